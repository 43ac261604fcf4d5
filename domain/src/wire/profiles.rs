//! `/business-profiles`: the list, and the bodies that are not domain
//! types of their own.

use serde::{Deserialize, Serialize};

use crate::bounds::{Bounded, Lists, SOLUTIONS};
use crate::issue::Issue;
use crate::model::BusinessProfile;

/// `GET /business-profiles`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileList {
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<crate::model::ProfileDraft>))]
    pub items: Vec<BusinessProfile>,
}

/// `PUT /business-profiles/{id}/locations/{lid}/solutions`: which of the
/// profile's solutions the location markets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SolutionIds {
    pub solution_ids: Vec<crate::ids::SolutionId>,
}

impl Bounded for SolutionIds {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        let mut lists = Lists::at(at, issues);
        lists.check("solution_ids", self.solution_ids.len(), SOLUTIONS);
    }
}
