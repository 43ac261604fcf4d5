//! Problems: every refusal of the API, as RFC 9457
//! `application/problem+json`.

use serde::{Deserialize, Serialize};

use crate::codes::Code;
use crate::issue::LocalizedIssue;
use crate::plan::PlanDigest;

/// Where the `type` URIs of problems live: this, then the code.
pub const PROBLEM_BASE: &str = "https://pinpoint-transition.example/problems/";

/// RFC 9457 problem details, with our extensions: the stable `code`, every
/// issue of a rule failure, and the regional service centre's address when
/// the partner cannot fix the problem in the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// [`PROBLEM_BASE`] followed by the code.
    #[serde(rename = "type")]
    pub kind: String,
    /// The code's message, in the caller's language.
    pub title: String,
    /// The HTTP status, repeated.
    pub status: u16,
    pub code: Code,
    /// The issues of `validation_failed`: the first
    /// [`MAX_ISSUES_SHOWN`](crate::bounds::MAX_ISSUES_SHOWN), errors first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<LocalizedIssue>,
    /// How many issues there are in all (absent when there are none): more
    /// than `issues` lists when some were left out.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub issue_count: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_url: Option<String>,
    /// `plan_changed`: the digest of the plan as it is now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_digest: Option<PlanDigest>,
    /// `plan_changed`: the plan as it is now (a `PlanReport`, with
    /// `plan_digest`), in the caller's language. Written, never read here:
    /// the app plans again itself, and a reader of any JSON value would
    /// weigh in its bundle (other clients read it as JSON).
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub preview: Option<serde_json::Value>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Problem {
    /// How many issues were left out of `issues`.
    pub fn issues_left_out(&self) -> usize {
        self.issue_count.saturating_sub(self.issues.len())
    }

    /// True when the partner cannot fix this in the app: the regional
    /// service centre can.
    pub fn needs_service_centre(&self) -> bool {
        self.help_url.is_some() || self.code.needs_service_centre()
    }
}

#[cfg(all(test, feature = "locales"))]
mod tests {
    use super::*;
    use crate::issue::Issue;
    use crate::Lang;

    #[test]
    fn what_the_server_writes_the_app_reads() {
        let problem = Problem {
            kind: format!("{PROBLEM_BASE}validation_failed"),
            title: "Some values break the rules".to_owned(),
            status: 422,
            code: Code::ValidationFailed,
            issues: vec![Issue::error(Code::NameEmpty, "/name")
                .localized(crate::locales::messages(Lang::Fr))],
            issue_count: 3,
            help_url: None,
            plan_digest: None,
            preview: None,
        };
        let json = serde_json::to_value(&problem).unwrap_or_default();
        assert_eq!(
            json["type"],
            "https://pinpoint-transition.example/problems/validation_failed"
        );
        assert_eq!(json["issues"][0]["code"], "name_empty");
        assert!(json.get("help_url").is_none(), "absent, not null");
        assert_eq!(json["issue_count"], 3);
        let read: Result<Problem, _> = serde_json::from_value(json);
        let read = read.ok();
        assert_eq!(read.as_ref().map(Problem::issues_left_out), Some(2));
        assert_eq!(read, Some(problem));
    }

    #[test]
    fn the_service_centre_is_named_by_the_code_or_the_link() {
        let mut problem = Problem {
            kind: String::new(),
            title: String::new(),
            status: 403,
            code: Code::RoleRequired,
            issues: Vec::new(),
            issue_count: 0,
            help_url: None,
            plan_digest: None,
            preview: None,
        };
        assert!(problem.needs_service_centre());
        problem.code = Code::NotFound;
        assert!(!problem.needs_service_centre());
        problem.help_url = Some("https://example.test/help".to_owned());
        assert!(problem.needs_service_centre());
    }
}
