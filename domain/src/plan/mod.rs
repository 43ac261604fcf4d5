//! The import planner: `export + request + existing profiles → plan`.
//!
//! One pure function, [`plan_import`], with no hidden state. It never stops
//! at the first problem: every issue is reported, each at the JSON Pointer
//! of the value concerned —
//! - `/profiles/{k}/…` into the plan itself, for a rule of SPEC §3 that the
//!   profile to be created breaks (its `selection` names the request entry);
//! - `/selections/{i}/…` into the request, for a request that refers to
//!   nothing or contradicts itself;
//! - `/account/…`, `/business_profiles/…`, `/app_profiles/…`,
//!   `/service_profiles/…` into the export, for what the export holds that
//!   will be dropped or that forbids the import.

mod digest;
mod draft;
mod locate;
mod source;
mod types;

use std::collections::{HashMap, HashSet};

use crate::codes::Code;
use crate::export::{AccountStatus, PinpointExport};
use crate::issue::Issue;
use crate::model::BusinessProfile;
use crate::request::ImportRequest;
use crate::validate::validate_profile;
use crate::values::Region;

#[cfg(feature = "digest")]
pub use digest::plan_digest;
pub use digest::{preimage, PlanDigest, RULES_FINGERPRINT, RULES_VERSION};
use draft::build_draft;
pub use locate::{profile_field, Located};
use source::SourceIndex;
pub use types::{
    AccountSummary, DroppedValue, ImportPlan, LeftOut, LeftOutReason, NotImported, PlanReport,
    PlannedProfile, ReferralSummary,
};

/// Plans the import of `request` from `export` for a partner who already
/// has `existing` business profiles. Pure and deterministic. A request
/// with a list longer than its bound ([`crate::bounds`]) is planned no
/// further: its issues are those lengths alone.
pub fn plan_import(
    export: &PinpointExport,
    request: &ImportRequest,
    existing: &[BusinessProfile],
) -> ImportPlan {
    let account = &export.account;
    let mut plan = ImportPlan {
        account: AccountSummary {
            id: account.id.clone(),
            partner_id: account.partner_id.clone(),
            company_name: account.company_name.clone(),
            csp: account.csp,
            status: account.status,
        },
        profiles: Vec::new(),
        not_imported: NotImported {
            referrals: ReferralSummary::of(&export.referrals),
            reviews: export.customer_reviews.len(),
            ..NotImported::default()
        },
        issues: Vec::new(),
        acknowledgements: request.acknowledgements,
    };
    // Lengths first: a list over its bound is refused as a whole, before
    // any work per entry.
    let over = crate::bounds::over_bounds(request);
    if !over.is_empty() {
        plan.issues = over;
        return plan;
    }
    if account.status == AccountStatus::Closed {
        plan.issues.push(
            Issue::error(Code::PinpointAccountClosed, "/account/status")
                .with("account", account.id.as_str()),
        );
        return plan;
    }
    if request.selections.is_empty() {
        plan.issues
            .push(Issue::error(Code::SelectionEmpty, "/selections"));
    }

    let sources = SourceIndex::new(export);
    let taken: HashSet<Region> = existing.iter().map(|p| p.region).collect();
    let mut region_of_selection: HashMap<String, usize> = HashMap::new();
    let mut selected: HashSet<&str> = HashSet::new();

    for (i, selection) in request.selections.iter().enumerate() {
        let id_path = format!("/selections/{i}/pinpoint_profile_id");
        let id = selection.pinpoint_profile_id.as_str();
        let Some(&j) = sources.profiles.get(id) else {
            plan.issues
                .push(Issue::error(Code::SelectionProfileUnknown, id_path).with("id", id));
            continue;
        };
        if !selected.insert(id) {
            plan.issues
                .push(Issue::error(Code::SelectionDuplicate, id_path).with("id", id));
            continue;
        }
        let k = plan.profiles.len();
        let at = format!("/profiles/{k}");
        let Some(draft) = build_draft(export, &sources, j, i, selection, &mut plan) else {
            continue;
        };

        if let Ok(region) = Region::parse(&draft.region) {
            if taken.contains(&region) {
                plan.issues.push(
                    Issue::error(Code::RegionAlreadyHasProfile, format!("{at}/region"))
                        .with("region", region.as_str()),
                );
            }
            if region_of_selection.insert(region.to_string(), i).is_some() {
                plan.issues.push(
                    Issue::error(Code::RegionSelectedTwice, format!("{at}/region"))
                        .with("region", region.as_str()),
                );
            }
        }
        let (_, issues) = validate_profile(&draft, &at);
        plan.issues.extend(issues);
        plan.profiles.push(PlannedProfile {
            selection: i,
            draft,
        });
    }

    for (j, profile) in export.business_profiles.iter().enumerate() {
        if selected.contains(profile.id.as_str()) {
            continue;
        }
        plan.not_imported.unselected_profiles.push(LeftOut {
            id: profile.id.to_string(),
            name: profile.name.clone(),
            kind: None,
            pinpoint_profile_id: profile.id.clone(),
            reason: LeftOutReason::ProfileNotSelected,
        });
        for source in sources.solutions_of(j) {
            plan.not_imported
                .excluded_solutions
                .push(source.left_out(LeftOutReason::ProfileNotSelected));
        }
    }
    // Errors first, each group in the order found (a stable sort).
    plan.issues.sort_by_key(|issue| issue.severity);
    plan
}

/// The export checked on its own: every rule of SPEC §3 applied to every
/// business profile and app/service profile as Pinpoint holds them, as if
/// all were imported unchanged (paths `/profiles/{k}` follow the export's
/// `/business_profiles/{k}`).
pub fn check_export(export: &PinpointExport) -> Vec<Issue> {
    plan_import(
        export,
        &ImportRequest::everything(export).acknowledged(),
        &[],
    )
    .issues
}
