//! A second admin's approval (`/settings` and `/imports/draft/submission`):
//! where the partner's setting asks for it, a draft is submitted (frozen
//! with the digest of the plan it stands for and the submitter), and
//! another admin approves it (the import, under both names) or returns it
//! with a comment; the submitter may withdraw it.

use serde::{Deserialize, Serialize};

use crate::bounds::Bounded;
use crate::codes::Code;
use crate::issue::{pointer, Issue};
use crate::person::UserId;
use crate::plan::PlanDigest;
use crate::time::Timestamp;
use crate::wire::imports::Actor;

/// The longest comment a returned submission carries, in characters.
pub const MAX_COMMENT_CHARS: usize = 1000;

/// A partner's settings (`GET/PUT /settings`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerSettings {
    /// Imports need a second admin: one admin submits, another approves.
    pub imports_need_second_admin: bool,
}

/// Who may change the partner's settings, as `GET /settings` tells the
/// person signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SettingsView {
    pub settings: PartnerSettings,
    /// Whether the person signed in may change them (an account or a
    /// global admin).
    pub can_change: bool,
}

/// A draft submitted for approval: frozen until it is approved, returned
/// or withdrawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Submission {
    /// Who submitted it (the token's subject): never its approver.
    pub by: Actor,
    /// RFC 3339, UTC.
    pub at: Timestamp,
    /// The digest of the plan the submitter reviewed. An approval commits
    /// only that plan.
    pub plan_digest: PlanDigest,
}

impl Submission {
    /// Whether `user` submitted it: who may withdraw it, and who may
    /// never approve nor return it.
    pub fn is_by(&self, user: &UserId) -> bool {
        self.by.person.as_ref().is_some_and(|p| &p.id == user)
    }
}

/// A submission another admin returned, with their comment for the
/// submitter. The draft is editable again; the next submission clears it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Returned {
    pub by: Actor,
    /// RFC 3339, UTC.
    pub at: Timestamp,
    /// Who had submitted it.
    pub submitted_by: Actor,
    pub comment: String,
}

/// `POST /imports/draft/submission`: the plan the submitter reviewed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubmitRequest {
    pub plan_digest: PlanDigest,
}

/// `POST /imports/draft/submission/return`: why it goes back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnRequest {
    pub comment: String,
}

impl ReturnRequest {
    /// The comment's rules: not blank, at most [`MAX_COMMENT_CHARS`]
    /// characters, no control characters but line feeds and tabs. The
    /// issues sit on `/comment`.
    pub fn issues(&self) -> Vec<Issue> {
        let at = pointer("", "comment");
        let comment = self.comment.trim();
        let mut issues = Vec::new();
        if comment.is_empty() {
            issues.push(Issue::error(Code::CommentEmpty, at));
        } else if comment.chars().count() > MAX_COMMENT_CHARS {
            issues.push(Issue::error(Code::CommentTooLong, at).with("max", MAX_COMMENT_CHARS));
        } else if comment
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            issues.push(Issue::error(Code::CommentInvalid, at));
        }
        issues
    }

    /// The comment as kept: trimmed, line ends as line feeds.
    pub fn cleaned(&self) -> String {
        self.comment
            .trim()
            .replace("\r\n", "\n")
            .replace('\r', "\n")
    }
}

/// No lists: nothing over a bound. (The comment's length is its rule:
/// [`ReturnRequest::issues`].)
impl Bounded for PartnerSettings {
    fn over_bounds(&self, _: &str, _: &mut Vec<Issue>) {}
}

impl Bounded for SubmitRequest {
    fn over_bounds(&self, _: &str, _: &mut Vec<Issue>) {}
}

impl Bounded for ReturnRequest {
    fn over_bounds(&self, _: &str, _: &mut Vec<Issue>) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(comment: &str) -> Vec<Code> {
        ReturnRequest {
            comment: comment.to_owned(),
        }
        .issues()
        .iter()
        .map(|i| i.code)
        .collect()
    }

    #[test]
    fn a_comment_is_said_plainly_and_briefly() {
        assert_eq!(codes("Please add the Lyon office."), vec![]);
        assert_eq!(codes("Line one\nline two\tand a tab"), vec![]);
        assert_eq!(codes("  \n "), vec![Code::CommentEmpty]);
        assert_eq!(
            codes(&"é".repeat(MAX_COMMENT_CHARS)),
            Vec::<Code>::new(),
            "counted in characters, not bytes"
        );
        assert_eq!(
            codes(&"a".repeat(MAX_COMMENT_CHARS + 1)),
            vec![Code::CommentTooLong]
        );
        assert_eq!(codes("a\u{0}b"), vec![Code::CommentInvalid]);
        let issue = ReturnRequest {
            comment: String::new(),
        }
        .issues();
        assert_eq!(issue.first().map(|i| i.path.as_str()), Some("/comment"));
        let cleaned = ReturnRequest {
            comment: " a\r\nb\r ".into(),
        }
        .cleaned();
        assert_eq!(cleaned, "a\nb");
    }
}
