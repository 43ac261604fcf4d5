//! Storage behind one trait. SQL lives only in this module's
//! implementations; the rest of the server speaks in domain types. Every
//! method that reads or writes a partner's data takes its [`PartnerId`].

#[cfg(test)]
mod commit_tests;
mod drafts;
mod imports;
pub mod postgres;
mod sqlite;
#[cfg(test)]
mod tests;

use std::path::Path;

use async_trait::async_trait;
use serde::Serialize;
use transition_domain::export::AccountStatus;
use transition_domain::wire::audit::AuditRecord;
use transition_domain::wire::logos::LogoUpload;
use transition_domain::{
    BusinessProfile, IdempotencyKey, ImportId, LogoId, PartnerId, PinpointExport, ProfileId,
    Timestamp,
};

pub use drafts::{DraftDeleted, DraftSaved, NewDraft, StoredDraft, SubmissionStep};
pub use imports::{CommitOutcome, Expected, NewImport, StoredImport};
pub use postgres::PgStore;
pub use sqlite::{Faults, SqliteOptions, SqliteStore, DEFAULT_BUSY_TIMEOUT};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// Stored data that no longer reads back as valid.
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    /// What this backend does not do.
    #[error("{0}")]
    Unsupported(String),
}

impl StoreError {
    /// A fault of the storage itself rather than of the request or the
    /// data: a full disk, a read-only or locked database, an I/O error, a
    /// file that cannot be opened, no connection free in time. It passes
    /// without a restart, and the transaction it broke left nothing.
    pub fn is_unavailable(&self) -> bool {
        match self {
            // The pool's own: no connection free in time, or none could
            // be made.
            StoreError::Database(sqlx::Error::PoolTimedOut | sqlx::Error::Io(_)) => true,
            StoreError::Database(error) => {
                sqlite::unavailable(error) || postgres::unavailable(error)
            }
            StoreError::Migrate(_) | StoreError::Corrupt(_) | StoreError::Unsupported(_) => false,
        }
    }
}

/// A partner as the store knows it (from its Pinpoint export): a row of
/// `partners` as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema, sqlx::FromRow)]
pub struct Partner {
    pub partner_id: String,
    pub company_name: String,
    pub csp: bool,
}

/// A partner's Pinpoint account: the export as ingested, and its state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRecord {
    pub account_id: String,
    pub partner_id: String,
    pub status: AccountStatus,
    pub export_json: String,
    pub ingested_at: Timestamp,
    pub closed_at: Option<Timestamp>,
    pub closed_by_import: Option<ImportId>,
    /// Bumped by each ingest that changes `export_json`.
    pub export_version: i64,
}

/// A business profile with its optimistic-concurrency version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredProfile {
    pub profile: BusinessProfile,
    pub version: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IngestOutcome {
    Created,
    Updated,
    /// The account was already imported (closed): left as it is.
    SkippedClosed,
    /// Another account already belongs to this partner, or this account
    /// to another partner: left as it is.
    SkippedConflict,
}

/// Which audit records to read: newest first, at most `limit` (all when
/// `None`), older than the record `before` when given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    pub limit: Option<u32>,
    pub before: Option<String>,
}

/// An uploaded logo: the facts read from its bytes, and the bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredLogo {
    pub upload: LogoUpload,
    pub bytes: Vec<u8>,
}

/// What became of a logo to keep ([`Store::save_logo`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoSaved {
    Saved,
    /// Every one of the partner's logos beyond the bound is used by a
    /// business profile: nothing was written.
    Full,
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// A cheap round trip to the database.
    async fn health(&self) -> Result<(), StoreError>;

    /// A write committed (one row, overwritten each time): the store
    /// accepts writes now, so it is neither read-only, full nor gone.
    async fn ready(&self, now: &Timestamp) -> Result<(), StoreError>;

    /// Loads an export (already parsed and checked) for its partner. An
    /// existing account is updated only while it is still active.
    async fn ingest(
        &self,
        export: &PinpointExport,
        raw: &str,
        now: &Timestamp,
    ) -> Result<IngestOutcome, StoreError> {
        let outcomes = self.ingest_batch(&[(export, raw)], now).await?;
        outcomes
            .first()
            .copied()
            .ok_or_else(|| corrupt("an ingest of one export gave no outcome"))
    }

    /// Loads several exports (each with its raw text) in one transaction,
    /// as [`Store::ingest`] would one by one: an outcome each, in order,
    /// or an error and nothing loaded. For bulk loads.
    async fn ingest_batch(
        &self,
        batch: &[(&PinpointExport, &str)],
        now: &Timestamp,
    ) -> Result<Vec<IngestOutcome>, StoreError>;

    async fn partners(&self) -> Result<Vec<Partner>, StoreError>;
    async fn partner(&self, partner_id: &PartnerId) -> Result<Option<Partner>, StoreError>;
    async fn account(&self, partner_id: &PartnerId) -> Result<Option<AccountRecord>, StoreError>;

    async fn profiles(&self, partner_id: &PartnerId) -> Result<Vec<StoredProfile>, StoreError>;
    async fn profile(
        &self,
        partner_id: &PartnerId,
        id: &ProfileId,
    ) -> Result<Option<StoredProfile>, StoreError>;
    /// Creates a profile with its audit record, in one transaction;
    /// `false` (and nothing written) when the partner has one in that
    /// region. The record's `created_at` is the profile's.
    async fn create_profile(
        &self,
        partner_id: &PartnerId,
        profile: &BusinessProfile,
        audit: &AuditRecord,
    ) -> Result<bool, StoreError>;
    /// Replaces a profile if it is still at `version`, and writes the
    /// change's audit record, in one transaction; `false` (and nothing
    /// written) otherwise (changed meanwhile, or gone).
    async fn update_profile(
        &self,
        partner_id: &PartnerId,
        profile: &BusinessProfile,
        version: i64,
        audit: &AuditRecord,
    ) -> Result<bool, StoreError>;

    async fn import_by_key(
        &self,
        partner_id: &PartnerId,
        key: &IdempotencyKey,
    ) -> Result<Option<StoredImport>, StoreError>;
    async fn import_by_id(
        &self,
        partner_id: &PartnerId,
        id: &ImportId,
    ) -> Result<Option<StoredImport>, StoreError>;
    /// Writes an import atomically: closes the account (only if active),
    /// creates the profiles, records the idempotency key, the response and
    /// the audit record — all, or nothing.
    async fn commit_import(&self, import: &NewImport) -> Result<CommitOutcome, StoreError>;

    /// Claims `(partner_id, key)` for a commit by `holder` until
    /// `expires_at` (Unix seconds), in a short transaction of its own:
    /// `false` while another holder's unexpired claim stands. An expired
    /// claim (its holder died) is taken over.
    async fn claim_commit(
        &self,
        partner_id: &PartnerId,
        key: &IdempotencyKey,
        holder: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<bool, StoreError>;
    /// Ends `holder`'s claim of `(partner_id, key)`, if it still has it.
    async fn release_commit(
        &self,
        partner_id: &PartnerId,
        key: &IdempotencyKey,
        holder: &str,
    ) -> Result<(), StoreError>;

    /// Audit records, newest first: every partner's, or only
    /// `partner_id`'s (then `query.before` must be one of its records,
    /// else the page is empty).
    async fn audit_records(
        &self,
        partner_id: Option<&PartnerId>,
        query: &AuditQuery,
    ) -> Result<Vec<AuditRecord>, StoreError>;

    /// Keeps a partner's uploaded logo, then removes that partner's oldest
    /// logos that no business profile uses until at most `max` remain
    /// (the new one is never removed); [`LogoSaved::Full`], and nothing
    /// written, when the rest are all in use.
    async fn save_logo(
        &self,
        partner_id: &PartnerId,
        logo: &StoredLogo,
        now: &Timestamp,
        max: usize,
    ) -> Result<LogoSaved, StoreError>;
    /// The facts of a partner's uploaded logo (not its bytes); `None` for
    /// an id the partner has not uploaded (another partner's among them).
    async fn logo_upload(
        &self,
        partner_id: &PartnerId,
        id: &LogoId,
    ) -> Result<Option<LogoUpload>, StoreError>;
    /// A partner's uploaded logo with its bytes.
    async fn logo_image(
        &self,
        partner_id: &PartnerId,
        id: &LogoId,
    ) -> Result<Option<StoredLogo>, StoreError>;

    /// The partner's import draft, while its Pinpoint account is active.
    async fn draft(&self, partner_id: &PartnerId) -> Result<Option<StoredDraft>, StoreError>;
    /// Creates the partner's draft (`expected` none: only if it has none)
    /// or replaces its revision `expected`, in one transaction.
    async fn save_draft(
        &self,
        partner_id: &PartnerId,
        draft: &NewDraft,
        expected: Option<&str>,
    ) -> Result<DraftSaved, StoreError>;
    /// Removes the partner's draft (only revision `expected`, if named).
    async fn delete_draft(
        &self,
        partner_id: &PartnerId,
        expected: Option<&str>,
    ) -> Result<DraftDeleted, StoreError>;

    /// Freezes the draft's revision `revision` as submitted for approval
    /// (`submission_json`, a `Submission`), clearing an earlier return,
    /// with its audit record, in one transaction.
    async fn submit_draft(
        &self,
        partner_id: &PartnerId,
        revision: &str,
        submission_json: &str,
        audit: &AuditRecord,
    ) -> Result<SubmissionStep, StoreError>;
    /// Ends the submission `submission_json` (returned, with
    /// `returned_json`, or withdrawn), giving the draft the new revision
    /// `revision`, with its audit record, in one transaction.
    async fn end_submission(
        &self,
        partner_id: &PartnerId,
        submission_json: &str,
        revision: &str,
        returned_json: Option<&str>,
        audit: &AuditRecord,
    ) -> Result<SubmissionStep, StoreError>;

    /// Whether the partner's imports need a second admin, if the partner
    /// (or the operator) ever set it.
    async fn imports_need_second_admin(
        &self,
        partner_id: &PartnerId,
    ) -> Result<Option<bool>, StoreError>;
    /// Sets it, with its audit record, in one transaction.
    async fn set_imports_need_second_admin(
        &self,
        partner_id: &PartnerId,
        value: bool,
        now: &Timestamp,
        audit: &AuditRecord,
    ) -> Result<(), StoreError>;

    /// Closes every connection (on shutdown): PostgreSQL sees its clients
    /// leave, SQLite checkpoints its log.
    async fn close(&self);

    /// Writes a consistent copy of the whole store to `to` (a file that
    /// must not exist yet) while the store stays in use, and checks the
    /// copy's integrity. Every transaction committed before the copy
    /// started is in it; none committed after is.
    async fn backup(&self, to: &Path) -> Result<(), StoreError>;
}

/// A stored time, read back.
fn timestamp(text: &str) -> Result<Timestamp, StoreError> {
    Timestamp::parse(text).map_err(|_| corrupt(format!("time {text:?}")))
}

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

fn to_json(value: &impl serde::Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(corrupt)
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(corrupt)
}

fn status_from(text: &str) -> Result<AccountStatus, StoreError> {
    AccountStatus::parse(text).ok_or_else(|| corrupt(format!("account status {text:?}")))
}

fn unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(db) if db.is_unique_violation())
}
