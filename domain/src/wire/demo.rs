//! Demo mode only (`serve --demo`): the demo partners and their tokens.

use serde::{Deserialize, Serialize};

use crate::bounds::{Bounded, Lists, ROLES};
use crate::issue::Issue;
use crate::role::Role;

/// A partner the demo server knows (`GET /api/v1/dev/partners`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DemoPartner {
    pub partner_id: String,
    pub company_name: String,
    pub csp: bool,
}

/// `POST /api/v1/dev/token`: a token for a demo partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DevTokenRequest {
    pub partner_id: String,
    /// Defaults to `["account_admin"]`; `[]` is a read-only user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<Role>>,
}

/// The demo token and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DevToken {
    pub token: String,
    pub partner_id: String,
    pub roles: Vec<Role>,
    /// Seconds since the epoch.
    pub expires_at: u64,
}

impl Bounded for DevTokenRequest {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        Lists::at(at, issues).check_opt("roles", self.roles.as_ref(), ROLES);
    }
}
