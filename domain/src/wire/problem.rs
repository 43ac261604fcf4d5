//! Problems: every refusal of the API, as RFC 9457
//! `application/problem+json`.

use serde::{Deserialize, Serialize};

use crate::codes::Code;
use crate::issue::LocalizedIssue;

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
    /// Every issue, for `validation_failed`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<LocalizedIssue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_url: Option<String>,
}

impl Problem {
    /// True when the partner cannot fix this in the app: the regional
    /// service centre can.
    pub fn needs_service_centre(&self) -> bool {
        self.help_url.is_some() || self.code.needs_service_centre()
    }
}
