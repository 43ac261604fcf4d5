//! What a plan holds: the profiles to create, what is left behind, the
//! issues; and the views the API and the CLI print.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::bounds;
use crate::codes::Code;
use crate::export::{AccountStatus, Referral};
use crate::ids::{PinpointProfileId, SolutionId};
use crate::input::SolutionKind;
use crate::issue::{has_errors, Issue, LocalizedIssue, Severity};
use crate::messages::Messages;
use crate::model::{BusinessProfile, ProfileDraft};
use crate::request::Acknowledgements;
use crate::validate::validate_profile;

/// What an import would do, and every issue that stands in its way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportPlan {
    pub account: AccountSummary,
    /// The business profiles that would be created, in request order. Ids
    /// are the Pinpoint ids until the import assigns new ones.
    pub profiles: Vec<PlannedProfile>,
    pub not_imported: NotImported,
    pub issues: Vec<Issue>,
    pub acknowledgements: Acknowledgements,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountSummary {
    pub id: String,
    pub partner_id: String,
    pub company_name: String,
    pub csp: bool,
    pub status: AccountStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlannedProfile {
    /// The index of the request's selection this profile comes from.
    pub selection: usize,
    #[serde(flatten)]
    pub draft: ProfileDraft,
}

/// Everything the Pinpoint account holds that will not be carried over.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotImported {
    /// Customer referrals are never imported; they stay with the account,
    /// downloadable. Only their count and ids are told here: this section
    /// is stored with the import and its audit record, which must not copy
    /// a customer's name, e-mail, phone or deal value.
    pub referrals: ReferralSummary,
    /// Customer reviews are not carried over: the feature was removed.
    pub reviews: usize,
    /// Product tags that are not Microsoft products, each one named.
    pub dropped_products: Vec<DroppedValue>,
    /// Solution industries that are not in the catalogue.
    pub dropped_industries: Vec<DroppedValue>,
    /// Locations the partner excluded.
    pub excluded_locations: Vec<LeftOut>,
    /// App and service profiles that will not become solutions.
    pub excluded_solutions: Vec<LeftOut>,
    /// Pinpoint business profiles not selected.
    pub unselected_profiles: Vec<LeftOut>,
}

impl NotImported {
    /// Whether this section names, one by one, what an issue of `code`
    /// tells: a list of the plan's warnings shown beside it need not
    /// repeat it (each dropped product tag or industry).
    pub fn names_issue(code: Code) -> bool {
        matches!(code, Code::ProductDropped | Code::IndustryDropped)
    }

    /// Whether anything but the referrals was left out (the referrals
    /// always are, and are told on their own).
    pub fn anything_else(&self) -> bool {
        self.reviews > 0
            || !self.dropped_products.is_empty()
            || !self.dropped_industries.is_empty()
            || !self.excluded_locations.is_empty()
            || !self.excluded_solutions.is_empty()
            || !self.unselected_profiles.is_empty()
    }
}

/// How many referrals the account holds, and their ids (never their
/// contents).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferralSummary {
    pub count: usize,
    /// The Pinpoint referral ids, in export order.
    pub ids: Vec<String>,
}

impl ReferralSummary {
    pub fn of(referrals: &[Referral]) -> ReferralSummary {
        ReferralSummary {
            count: referrals.len(),
            ids: referrals.iter().map(|r| r.id.clone()).collect(),
        }
    }
}

/// A value of the export that is dropped, and where it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DroppedValue {
    pub pinpoint_profile_id: PinpointProfileId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solution_id: Option<String>,
    pub value: String,
    /// JSON Pointer into the export.
    pub path: String,
}

/// Something of the export left out, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeftOut {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SolutionKind>,
    pub pinpoint_profile_id: PinpointProfileId,
    pub reason: LeftOutReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum LeftOutReason {
    /// The partner chose to leave it out.
    Excluded,
    /// Its business profile is not being imported.
    ProfileNotSelected,
}

impl ImportPlan {
    pub fn has_errors(&self) -> bool {
        has_errors(&self.issues)
    }

    /// True only with no error, at least one profile, and both
    /// acknowledgements given.
    pub fn can_commit(&self) -> bool {
        !self.has_errors() && !self.profiles.is_empty() && self.acknowledgements.complete()
    }

    /// The plan as the API and the CLI print it: issues with messages in
    /// `messages`' language, and the verdict.
    pub fn report(&self, messages: &Messages) -> PlanReport<'_> {
        let count = |severity| {
            self.issues
                .iter()
                .filter(|i| i.severity == severity)
                .count()
        };
        PlanReport {
            account: &self.account,
            profiles: &self.profiles,
            not_imported: &self.not_imported,
            issues: bounds::shown(&self.issues, messages),
            issue_count: self.issues.len(),
            acknowledgements: self.acknowledgements,
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            can_commit: self.can_commit(),
            plan_digest: None,
            export_version: None,
        }
    }

    /// The checked profiles to create, with new ids from `new_id` (the
    /// caller's source of unique ids: the domain has no randomness).
    /// Location assignments follow the solutions to their new ids.
    /// Refused with the plan's errors when the plan cannot commit.
    pub fn profiles_to_create(
        &self,
        mut new_id: impl FnMut() -> String,
    ) -> Result<Vec<BusinessProfile>, Vec<Issue>> {
        if !self.can_commit() {
            let mut issues: Vec<Issue> = self
                .issues
                .iter()
                .filter(|i| i.is_error())
                .cloned()
                .collect();
            if !self.acknowledgements.complete() {
                issues.push(Issue::error(
                    Code::AcknowledgementRequired,
                    "/acknowledgements",
                ));
            }
            if self.profiles.is_empty() && issues.is_empty() {
                issues.push(Issue::error(Code::SelectionEmpty, "/selections"));
            }
            return Err(issues);
        }
        let mut created = Vec::with_capacity(self.profiles.len());
        for (k, planned) in self.profiles.iter().enumerate() {
            let mut draft = planned.draft.clone();
            draft.id = new_id().into();
            let mut renamed: HashMap<SolutionId, SolutionId> = HashMap::new();
            for solution in &mut draft.solutions {
                let id = SolutionId::from(new_id());
                renamed.insert(std::mem::replace(&mut solution.id, id.clone()), id);
            }
            for location in &mut draft.locations {
                location.id = new_id().into();
                for solution_id in &mut location.solution_ids {
                    if let Some(id) = renamed.get(solution_id) {
                        solution_id.clone_from(id);
                    }
                }
            }
            match validate_profile(&draft, &format!("/profiles/{k}")) {
                (Some(profile), _) => created.push(profile),
                (None, issues) => return Err(issues),
            }
        }
        Ok(created)
    }
}

/// The serializable view of a plan: what `POST /imports/preview` answers
/// and what `transition-server plan` prints.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanReport<'a> {
    #[cfg_attr(feature = "openapi", schema(value_type = AccountSummary))]
    pub account: &'a AccountSummary,
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<PlannedProfile>))]
    pub profiles: &'a [PlannedProfile],
    #[cfg_attr(feature = "openapi", schema(value_type = NotImported))]
    pub not_imported: &'a NotImported,
    /// The first [`MAX_ISSUES_SHOWN`](bounds::MAX_ISSUES_SHOWN) issues,
    /// errors first.
    pub issues: Vec<LocalizedIssue>,
    /// How many issues there are in all: more than `issues` lists when
    /// some were left out.
    pub issue_count: usize,
    pub acknowledgements: Acknowledgements,
    pub errors: usize,
    pub warnings: usize,
    pub can_commit: bool,
    /// The digest of this preview (`POST /imports/preview` sets it; the
    /// CLI's `plan` leaves it out): what `POST /imports` carries in
    /// `If-Match`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_digest: Option<super::PlanDigest>,
    /// The version of the stored export this preview planned from
    /// (`POST /imports/preview` sets it, as `GET /pinpoint/account` says
    /// it): a client that planned from an older export knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_version: Option<i64>,
}
