//! The records of an import wizard's draft, as the store keeps it (one
//! per partner, for its active Pinpoint account). The content and the
//! actor are JSON the routes read back with the domain's types.

use transition_domain::Timestamp;

/// A partner's draft as stored (only while its account is active).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDraft {
    pub account_id: String,
    pub revision: String,
    pub version: i64,
    pub content_json: String,
    pub saved_at: Timestamp,
    pub saved_by_json: String,
    /// Submitted for approval (frozen): the `Submission`.
    pub submission_json: Option<String>,
    /// The last submission returned: the `Returned`.
    pub returned_json: Option<String>,
}

/// A save of a draft: its new revision and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDraft {
    pub revision: String,
    pub content_json: String,
    pub saved_at: Timestamp,
    pub saved_by_json: String,
}

/// What became of a save ([`crate::store::Store::save_draft`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftSaved {
    /// Saved; its version.
    Saved { version: i64 },
    /// A create over an existing draft, or a replace of a revision that
    /// is not the current one: nothing written.
    Stale,
    /// The partner has no active Pinpoint account: nothing written.
    NoAccount,
    /// The draft is submitted for approval (frozen): nothing written.
    Submitted,
}

/// What became of a removal ([`crate::store::Store::delete_draft`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftDeleted {
    Deleted,
    /// The current draft is not the revision named: nothing removed.
    Stale,
    /// There is no draft (or no active account).
    Missing,
    /// The draft is submitted for approval (frozen): nothing removed.
    Submitted,
}

/// What became of a submission's step ([`crate::store::Store::submit_draft`],
/// [`crate::store::Store::end_submission`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmissionStep {
    /// Done, with its audit record.
    Done,
    /// The draft is not the revision named, or not (or already) submitted,
    /// or gone: nothing written.
    Stale,
}
