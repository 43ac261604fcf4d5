//! `GET /pinpoint/account`: the caller's Pinpoint account as ingested.

use serde::{Deserialize, Serialize};

use crate::export::{AccountStatus, PinpointExport};
use crate::ids::ImportId;
use crate::time::Timestamp;

/// The caller's Pinpoint account, its export as ingested.
// `E` is how the export is held: the app reads a `PinpointExport`; the
// server sends the stored JSON untouched (a `&RawValue`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(bound = ""))]
pub struct PinpointAccount<E = PinpointExport> {
    pub id: String,
    pub status: AccountStatus,
    /// RFC 3339, once the import closed it.
    pub closed_at: Option<Timestamp>,
    /// The import that closed it.
    pub import_id: Option<ImportId>,
    /// The Pinpoint export as ingested.
    #[cfg_attr(feature = "openapi", schema(value_type = PinpointExport))]
    pub export: E,
    /// Goes up each time the operator ingests other bytes for this
    /// account: a plan made from this export is stale once a preview
    /// names another.
    #[serde(default)]
    pub export_version: i64,
}

impl<E> PinpointAccount<E> {
    pub fn is_closed(&self) -> bool {
        self.status == AccountStatus::Closed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_as_stored_reads_as_an_export() {
        let stored = serde_json::json!({
            "format": "pinpoint-export/v1",
            "account": {"id": "pp-1", "partner_id": "1", "company_name": "C", "csp": false, "status": "closed"},
            "business_profiles": [], "app_profiles": [], "service_profiles": [],
            "referrals": [], "customer_reviews": []
        });
        let sent = PinpointAccount {
            id: "pp-1".to_owned(),
            status: AccountStatus::Closed,
            closed_at: Timestamp::parse("2026-01-02T03:04:05Z").ok(),
            import_id: None,
            export: &stored,
            export_version: 3,
        };
        let json = serde_json::to_string(&sent).unwrap_or_default();
        let read: Result<PinpointAccount, _> = serde_json::from_str(&json);
        let read = read.map_err(|e| e.to_string());
        assert!(
            read.as_ref().is_ok_and(PinpointAccount::is_closed),
            "{read:?}"
        );
        assert!(json.contains(r#""import_id":null"#), "{json}");
        assert_eq!(
            read.map(|account| account.export.account.id),
            Ok("pp-1".to_owned())
        );
    }
}
