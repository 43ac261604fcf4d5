//! The commit, as plain functions (tested natively): its state, which
//! `Idempotency-Key` a commit sends, and whether a failed one keeps it.

use serde::{Deserialize, Serialize};

use transition_domain::request::Acknowledgements;

use crate::api::ApiError;

/// The commit's state.
#[derive(Debug, Clone, PartialEq)]
pub enum Commit {
    Idle,
    Running,
    Failed(ApiError),
}

/// Why the import cannot start yet, first reason first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocker {
    /// The signed-in user's role can only read.
    ReadOnly,
    /// The plan has this many errors.
    Errors(usize),
    /// A confirmation is not given.
    Acknowledgements,
    /// No profile is chosen.
    NothingChosen,
    /// The server's digest of what is shown is not known yet (issue 23):
    /// the commit must carry it.
    Checking,
}

/// What keeps the partner from importing, if anything. `can_commit` is
/// the plan's own verdict; the errors are counted to say how many.
pub fn blocker(
    can_write: bool,
    errors: usize,
    can_commit: bool,
    acks: Acknowledgements,
) -> Option<Blocker> {
    if !can_write {
        Some(Blocker::ReadOnly)
    } else if errors > 0 {
        Some(Blocker::Errors(errors))
    } else if !acks.complete() {
        Some(Blocker::Acknowledgements)
    } else if !can_commit {
        Some(Blocker::NothingChosen)
    } else {
        None
    }
}

impl Blocker {
    /// Where the focus goes when the partner activates Import anyway:
    /// the DOM ids to try, the first that exists wins (the first
    /// confirmation not given, of `acks`).
    pub fn where_to_look(self, acks: Acknowledgements) -> Vec<String> {
        let ids: &[&str] = match self {
            Blocker::ReadOnly => &["pt-read-only-notice"],
            Blocker::Errors(_) => &["pt-preview-issues"],
            Blocker::Acknowledgements if acks.referrals_noted => &["pt-ack-closure"],
            Blocker::Acknowledgements => &["pt-ack-referrals"],
            Blocker::NothingChosen => &[],
            Blocker::Checking => &["pt-digest-status"],
        };
        ids.iter().map(|id| (*id).to_owned()).collect()
    }
}

/// An `Idempotency-Key` with the body it was made for, kept (in session
/// storage) until the import succeeds: a retry of the same body reuses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingKey {
    pub key: String,
    pub body: String,
}

/// The key for a commit of `body`: the pending one when it was made for
/// this very body (a retry), else `fresh()`. Answers the key and what to
/// keep pending (stored as JSON).
pub fn choose_key(stored: Option<&str>, body: &str, fresh: impl FnOnce() -> String) -> PendingKey {
    let key = stored
        .and_then(|json| serde_json::from_str::<PendingKey>(json).ok())
        .filter(|pending| pending.body == body)
        .map(|pending| pending.key)
        .unwrap_or_else(fresh);
    PendingKey {
        key,
        body: body.to_owned(),
    }
}

/// True when a failure may be retried with the same key: the request may
/// not have been seen, or is still running. Any other refusal forgets the
/// key: the partner changes something, and that is another request.
pub fn retry_same_key(error: &ApiError) -> bool {
    match error {
        ApiError::Network(_) => true,
        ApiError::Problem(p) => {
            p.status >= 500
                || p.status == 408
                || p.code == transition_domain::Code::IdempotencyKeyInProgress
        }
        ApiError::Status(s) => *s >= 500 || *s == 408,
        ApiError::Decode(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(key: &str, body: &str) -> String {
        serde_json::to_string(&PendingKey {
            key: key.into(),
            body: body.into(),
        })
        .unwrap_or_default()
    }

    #[test]
    fn the_first_thing_missing_is_said() {
        let both = Acknowledgements {
            referrals_noted: true,
            account_closure: true,
        };
        assert_eq!(blocker(false, 2, false, both), Some(Blocker::ReadOnly));
        assert_eq!(blocker(true, 2, false, both), Some(Blocker::Errors(2)));
        assert_eq!(
            blocker(true, 0, false, Acknowledgements::default()),
            Some(Blocker::Acknowledgements),
            "no error: the confirmations are what is missing"
        );
        assert_eq!(blocker(true, 0, false, both), Some(Blocker::NothingChosen));
        assert_eq!(blocker(true, 0, true, both), None);
        // Waiting for the server's digest: the status is where to look.
        assert_eq!(
            Blocker::Checking.where_to_look(both),
            vec!["pt-digest-status".to_owned()]
        );
    }

    #[test]
    fn a_retry_of_the_same_body_reuses_its_key() {
        let pending = stored("k1", "{\"a\":1}");
        let chosen = choose_key(Some(&pending), "{\"a\":1}", || "fresh".into());
        assert_eq!(chosen.key, "k1");
    }

    #[test]
    fn another_body_or_nothing_pending_gets_a_fresh_key() {
        let pending = stored("k1", "{\"a\":1}");
        assert_eq!(
            choose_key(Some(&pending), "{\"a\":2}", || "fresh".into()).key,
            "fresh"
        );
        assert_eq!(choose_key(None, "{}", || "fresh".into()).key, "fresh");
        assert_eq!(
            choose_key(Some("not json"), "{}", || "fresh".into()).key,
            "fresh"
        );
        let chosen = choose_key(None, "{\"b\":1}", || "k2".into());
        assert_eq!(chosen.body, "{\"b\":1}", "the body it was made for is kept");
    }

    #[test]
    fn only_unseen_or_running_commits_keep_their_key() {
        assert!(retry_same_key(&ApiError::Network("offline".into())));
        assert!(retry_same_key(&ApiError::Status(502)));
        assert!(retry_same_key(&ApiError::Status(408)));
        assert!(!retry_same_key(&ApiError::Status(422)));
        assert!(!retry_same_key(&ApiError::Status(409)));
    }
}
