//! The records of an import as the store writes and reads them: what one
//! import writes in its one transaction ([`NewImport`]), what its plan was
//! made from ([`Expected`], checked again inside that transaction), how
//! the transaction ended ([`CommitOutcome`]), and a committed import as
//! stored, to replay its answer ([`StoredImport`]).

use transition_domain::wire::audit::AuditRecord;
use transition_domain::{
    plan::PlanDigest, BusinessProfile, IdempotencyKey, ImportId, PartnerId, ProfileId,
};

#[cfg(doc)]
use super::Store;
use super::{AccountRecord, StoredProfile};

/// A committed import as stored: enough to replay its response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredImport {
    pub id: ImportId,
    pub request_hash: String,
    pub response_status: u16,
    pub response_body: String,
}

/// Everything one import writes, in one transaction.
#[derive(Debug, Clone)]
pub struct NewImport {
    pub id: ImportId,
    pub partner_id: PartnerId,
    pub account_id: String,
    pub idempotency_key: IdempotencyKey,
    pub request_hash: String,
    pub profiles: Vec<BusinessProfile>,
    pub response_status: u16,
    pub response_body: String,
    /// Its audit record; `created_at` is the import's time.
    pub audit: AuditRecord,
    /// The holder of this key's claim ([`Store::claim_commit`]): the claim
    /// ends in the import's own transaction, so a committed import never
    /// leaves its claim behind, and costs no write of its own to end.
    pub lease_holder: Option<String>,
    /// The digest of the plan this import carries out.
    pub plan_digest: Option<PlanDigest>,
    /// What the plan was made from: the transaction writes nothing unless
    /// it still holds ([`CommitOutcome::ExportChanged`],
    /// [`CommitOutcome::ProfilesChanged`]).
    pub expected: Expected,
    /// An approved submission: the draft's revision, which must still be
    /// submitted when the transaction runs
    /// ([`CommitOutcome::SubmissionEnded`] otherwise).
    pub submission: Option<String>,
}

/// What a plan was made from, as the store can check it inside the
/// import's transaction: the account's `export_version` and the partner's
/// business profiles, each id with its version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expected {
    pub export_version: i64,
    /// Sorted by id.
    pub profiles: Vec<(ProfileId, i64)>,
}

impl Expected {
    /// What `account` and `profiles` (in any order) stand at now.
    pub fn of(account: &AccountRecord, profiles: &[StoredProfile]) -> Expected {
        let mut profiles: Vec<(ProfileId, i64)> = profiles
            .iter()
            .map(|stored| (stored.profile.id.clone(), stored.version))
            .collect();
        profiles.sort();
        Expected {
            export_version: account.export_version,
            profiles,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommitOutcome {
    Committed,
    /// The account was not active any more (closed by another import).
    AccountNotActive,
    /// The partner already has a profile in this region.
    RegionTaken(String),
    /// Another request committed with this idempotency key meanwhile.
    KeyTaken,
    /// The account's export was ingested again (other bytes) since the plan.
    ExportChanged,
    /// The partner's business profiles changed since the plan (one added,
    /// edited or removed).
    ProfilesChanged,
    /// The submission approved was returned or withdrawn meanwhile.
    SubmissionEnded,
}
