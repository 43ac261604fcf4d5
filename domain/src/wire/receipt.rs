//! `GET /imports/{id}/receipt`: the record of a committed import that a
//! partner keeps — who moved what, under which plan, and everything that
//! was not carried over. It is made from the import's stored answer alone,
//! so it reads the same every time it is asked for; its canonical JSON is
//! what its SHA-256 is taken over (the server's `receipt_sha256`).

use serde::{Deserialize, Serialize};

use crate::ids::{ImportId, LocationId, PinpointProfileId, ProfileId, SolutionId};
use crate::input::SolutionKind;
use crate::model::BusinessProfile;
use crate::plan::{NotImported, PlanDigest};
use crate::time::Timestamp;
use crate::values::Region;
use crate::wire::imports::{Actor, ImportResult};

/// The receipt's format, its first field: a reader knows what it holds.
pub const RECEIPT_FORMAT: &str = "pinpoint-transition-receipt/v1";

crate::catalogue! {
    /// The receipt's labels, in the reader's language (`receipt-<key>`):
    /// the printable page's, and the app's receipt card's.
    pub enum ReceiptText = "receipt-";

    Title = "title";
    Partner = "partner";
    Account = "account";
    ImportId = "import_id";
    ImportedAt = "imported_at";
    PreparedBy = "prepared_by";
    ApprovedBy = "approved_by";
    NoApproval = "no_approval";
    PlanDigest = "plan_digest";
    NoPlanDigest = "no_plan_digest";
    Created = "created";
    Locations = "locations";
    Solutions = "solutions";
    NotImported = "not_imported";
    Sha256 = "sha256";
    HowToCheck = "how_to_check";
    Print = "print";
}

/// What `GET /imports/{id}/receipt` answers: the receipt and the SHA-256
/// (64 lowercase hex digits) of its canonical JSON ([`Receipt::canonical`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReceiptDocument {
    pub receipt: Receipt,
    pub sha256: String,
}

/// One import's receipt. Ids and the partner's own names only: never a
/// customer referral's contents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Receipt {
    /// Always [`RECEIPT_FORMAT`].
    pub format: String,
    pub import_id: ImportId,
    pub partner: ReceiptPartner,
    pub pinpoint_account_id: String,
    pub imported_at: Timestamp,
    /// Who prepared the import (and, without a second admin's approval,
    /// committed it).
    pub prepared_by: Actor,
    /// The second admin who approved it, when one was asked.
    pub approved_by: Option<Actor>,
    /// The digest of the plan the partner was shown, when the import
    /// carried one.
    pub plan_digest: Option<PlanDigest>,
    pub created: Vec<ReceiptProfile>,
    /// Everything not carried over, as the import's results told it
    /// (the referrals by count and id: their contents stay with the
    /// Pinpoint account, downloadable).
    pub not_imported: NotImported,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReceiptPartner {
    pub id: String,
    /// The company's name in the Pinpoint export, when it has one.
    pub company_name: Option<String>,
}

/// A business profile the import created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReceiptProfile {
    pub id: ProfileId,
    pub source_id: Option<PinpointProfileId>,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub region: Region,
    pub name: String,
    pub locations: Vec<ReceiptLocation>,
    pub solutions: Vec<ReceiptSolution>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReceiptLocation {
    pub id: LocationId,
    pub name: String,
    pub city: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub country: Region,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReceiptSolution {
    pub id: SolutionId,
    pub name: String,
    pub kind: SolutionKind,
}

impl ReceiptProfile {
    fn of(profile: &BusinessProfile) -> ReceiptProfile {
        ReceiptProfile {
            id: profile.id.clone(),
            source_id: profile.source_id.clone(),
            region: profile.region,
            name: profile.name.to_string(),
            locations: profile
                .locations
                .iter()
                .map(|l| ReceiptLocation {
                    id: l.id.clone(),
                    name: l.name.to_string(),
                    city: l.address.city.as_str().to_owned(),
                    country: l.address.country,
                })
                .collect(),
            solutions: profile
                .solutions
                .iter()
                .map(|s| ReceiptSolution {
                    id: s.id.clone(),
                    name: s.name.to_string(),
                    kind: s.kind,
                })
                .collect(),
        }
    }
}

impl Receipt {
    /// The receipt of an import, from its stored answer and the company's
    /// name in the export.
    pub fn of(result: &ImportResult, company_name: Option<String>) -> Receipt {
        Receipt {
            format: RECEIPT_FORMAT.to_owned(),
            import_id: result.id.clone(),
            partner: ReceiptPartner {
                id: result.actor.partner_id.clone(),
                company_name: company_name.filter(|n| !n.trim().is_empty()),
            },
            pinpoint_account_id: result.pinpoint_account_id.clone(),
            imported_at: result.created_at.clone(),
            prepared_by: result
                .prepared_by
                .clone()
                .unwrap_or_else(|| result.actor.clone()),
            approved_by: result.prepared_by.as_ref().map(|_| result.actor.clone()),
            plan_digest: result.plan_digest.clone(),
            created: result.profiles.iter().map(ReceiptProfile::of).collect(),
            not_imported: result.not_imported.clone(),
        }
    }

    /// The canonical JSON the SHA-256 is taken over: object keys sorted,
    /// no whitespace, strings as serde_json escapes them. The receipt holds
    /// strings, integers, booleans and nulls only, so this is the JSON
    /// Canonicalization Scheme (RFC 8785) of it.
    pub fn canonical(&self) -> Result<Vec<u8>, serde_json::Error> {
        // A `Value`'s objects are sorted maps (serde_json without
        // `preserve_order`), so going through one sorts every key.
        serde_json::to_vec(&serde_json::to_value(self)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_canonical_form_sorts_keys_and_has_no_whitespace() {
        let text = r#"{"id":"imp-1","created_at":"2026-12-07T10:42:00Z",
            "actor":{"partner_id":"p-1","roles":["account_admin"]},
            "pinpoint_account_id":"acc-1","profiles":[],
            "not_imported":{"referrals":{"count":2,"ids":["r1","r2"]},"reviews":1,
              "dropped_products":[],"dropped_industries":[],"excluded_locations":[],
              "excluded_solutions":[],"unselected_profiles":[]},
            "warnings":[]}"#;
        let result: ImportResult = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
        let receipt = Receipt::of(&result, Some("Contoso".into()));
        let canonical = receipt
            .canonical()
            .map(String::from_utf8)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(canonical.starts_with(r#"{"approved_by":null,"created":[],"format":"pinpoint-transition-receipt/v1","import_id":"imp-1","imported_at":"2026-12-07T10:42:00Z","not_imported":{"dropped_industries":[]"#), "{canonical}");
        assert!(!canonical.contains(char::is_whitespace));
        assert_eq!(receipt.not_imported.referrals.count, 2);
        let back: Receipt =
            serde_json::from_slice(canonical.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, receipt);
    }

    #[test]
    fn a_blank_company_name_is_none() {
        let text = r#"{"id":"imp-1","created_at":"2026-12-07T10:42:00Z",
            "actor":{"partner_id":"p-1","roles":[]},"pinpoint_account_id":"acc-1","profiles":[],
            "not_imported":{"referrals":{"count":0,"ids":[]},"reviews":0,"dropped_products":[],
              "dropped_industries":[],"excluded_locations":[],"excluded_solutions":[],
              "unselected_profiles":[]},"warnings":[]}"#;
        let result: ImportResult = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            Receipt::of(&result, Some("  ".into())).partner.company_name,
            None
        );
    }
}
