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

/// The demo people of every demo partner, as `(user id, name)`: two
/// admins, so that who did what can be told apart. The first is the one a
/// token is for when the request names nobody.
pub const DEMO_PEOPLE: [(&str, &str); 2] = [("demo-alex", "Alex Martin"), ("demo-sam", "Sam Lee")];

/// The name of the demo person `user_id`, if it is one.
pub fn demo_person_name(user_id: &str) -> Option<&'static str> {
    DEMO_PEOPLE
        .iter()
        .find(|(id, _)| *id == user_id)
        .map(|(_, name)| *name)
}

/// `POST /api/v1/dev/token`: a token for a person of a demo partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DevTokenRequest {
    pub partner_id: String,
    /// Defaults to `["account_admin"]`; `[]` is a read-only user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<Role>>,
    /// The person (the token's `sub`); defaults to the first of
    /// [`DEMO_PEOPLE`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The person's display name (the token's `name`); defaults to the
    /// demo person's name, none for another id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The demo token and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DevToken {
    pub token: String,
    pub partner_id: String,
    /// The person the token is for (its `sub`).
    pub user_id: String,
    /// The person's display name (its `name`), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub roles: Vec<Role>,
    /// Seconds since the epoch.
    pub expires_at: u64,
}

impl Bounded for DevTokenRequest {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        Lists::at(at, issues).check_opt("roles", self.roles.as_ref(), ROLES);
    }
}
