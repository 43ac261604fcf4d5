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

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::bounds::MAX_ISSUES_SHOWN;
use crate::catalog::{Industry, Product};
use crate::codes::Code;
use crate::export::{AccountStatus, PinpointExport, PinpointSolution, Referral, SolutionKind};
use crate::ids::{LocationId, PinpointProfileId, ProfileId, SolutionId};
use crate::issue::{has_errors, pointer, Issue, LocalizedIssue, Param, Severity};
use crate::messages::Messages;
use crate::model::{
    validate_profile, BusinessProfile, LocationDraft, ProfileDraft, SolutionDraft, MAX_LOCATIONS,
};
use crate::request::{
    new_location_id, Acknowledgements, ImportRequest, Selection, SolutionOverrides,
};
use crate::values::Region;

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
            issues: self
                .issues
                .iter()
                .take(MAX_ISSUES_SHOWN)
                .map(|i| i.localized(messages))
                .collect(),
            issue_count: self.issues.len(),
            acknowledgements: self.acknowledgements,
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            can_commit: self.can_commit(),
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

/// Where an issue of a plan belongs: the Pinpoint business profile it is
/// about and the field of that profile, as the import wizard keys its
/// fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The Pinpoint business profile id.
    pub source_profile: PinpointProfileId,
    /// The field of that profile, by ids rather than positions (see
    /// [`profile_field`]): `name`, `logo/width`, `tags/2`, `locations`,
    /// `locations/{location id}/name`, `locations/{location id}/solutions`,
    /// `solutions`, `solutions/{Pinpoint solution id}/summary`, `region`;
    /// empty for the profile as a whole (its selection).
    pub field: String,
}

impl ImportPlan {
    /// Where one of this plan's issues belongs, read from its path:
    /// `/profiles/{k}/…` (the planned profile `k`), `/selections/{i}/…`
    /// (the profile of request entry `i`), `/business_profiles/…`,
    /// `/app_profiles/…`, `/service_profiles/…` (a value the plan drops).
    /// `None` for what concerns the whole account (`/account/…`,
    /// `/selections`) or a path this plan did not write.
    pub fn locate(&self, issue: &Issue) -> Option<Located> {
        let mut segments = issue.path.strip_prefix('/')?.splitn(3, '/');
        let root = segments.next()?;
        let n: usize = segments.next()?.parse().ok()?;
        let rest = segments.next().unwrap_or_default();
        match root {
            "profiles" => {
                let draft = &self.profiles.get(n)?.draft;
                let field = profile_field(
                    rest,
                    |m| draft.locations.get(m).map(|l| l.id.to_string()),
                    |m| {
                        draft
                            .solutions
                            .get(m)
                            .map(|s| source_of(s.source_id.as_deref(), &s.id))
                    },
                );
                Some(Located {
                    source_profile: source_profile_of(draft),
                    field,
                })
            }
            "selections" => {
                let source_profile = match self.profiles.iter().find(|p| p.selection == n) {
                    Some(planned) => source_profile_of(&planned.draft),
                    // An entry the planner refused (a profile unknown or
                    // selected twice) names its profile in `id`.
                    None => match issue.params.get("id")? {
                        Param::Text(id) => PinpointProfileId::from(id),
                        Param::Int(_) => return None,
                    },
                };
                Some(Located {
                    source_profile,
                    field: selection_field(rest),
                })
            }
            "business_profiles" | "app_profiles" | "service_profiles" => {
                // The plan reports into the export only the values it
                // drops, each recorded with its profile and solution.
                let dropped = self
                    .not_imported
                    .dropped_products
                    .iter()
                    .chain(&self.not_imported.dropped_industries)
                    .find(|d| d.path == issue.path)?;
                let field = match &dropped.solution_id {
                    Some(solution) => join(&format!("solutions/{solution}"), rest),
                    None => rest.to_owned(),
                };
                Some(Located {
                    source_profile: dropped.pinpoint_profile_id.clone(),
                    field,
                })
            }
            _ => None,
        }
    }
}

/// The key of a path inside one profile (`name`, `locations/1/name`,
/// `solutions/0/summary`): positions in `locations/{n}/…` and
/// `solutions/{n}/…` become ids, from `location_id(n)` and
/// `solution_id(n)`; anything else is kept as it is. The wizard keys
/// planned profiles this way, the profile pages post-import edits.
pub fn profile_field(
    rest: &str,
    location_id: impl Fn(usize) -> Option<String>,
    solution_id: impl Fn(usize) -> Option<String>,
) -> String {
    by_id(rest, "locations", &location_id)
        .or_else(|| by_id(rest, "solutions", &solution_id))
        .unwrap_or_else(|| rest.to_owned())
}

/// `{list}/{id}/…` for `{list}/{n}/…`, when `id_of(n)` knows `n`.
fn by_id(rest: &str, list: &str, id_of: &dyn Fn(usize) -> Option<String>) -> Option<String> {
    let after = rest.strip_prefix(list)?.strip_prefix('/')?;
    let (index, tail) = after.split_once('/').unwrap_or((after, ""));
    let id = id_of(index.parse().ok()?)?;
    Some(join(&format!("{list}/{id}"), tail))
}

/// The wizard field of a path inside request entry `/selections/{i}`.
fn selection_field(rest: &str) -> String {
    if let Some(tail) = rest.strip_prefix("overrides/") {
        if tail.starts_with("excluded_location_ids") {
            "locations".to_owned()
        } else {
            tail.to_owned()
        }
    } else if let Some(tail) = rest.strip_prefix("location_solutions/") {
        let location = tail.split('/').next().unwrap_or_default();
        // RFC 6901: `~1` is `/`, `~0` is `~`, undone in that order.
        let location = location.replace("~1", "/").replace("~0", "~");
        format!("locations/{location}/solutions")
    } else if let Some(tail) = rest.strip_prefix("location_overrides/") {
        let (location, field) = tail.split_once('/').unwrap_or((tail, ""));
        let location = location.replace("~1", "/").replace("~0", "~");
        join(&format!("locations/{location}"), field)
    } else if let Some(tail) = rest.strip_prefix("new_locations/") {
        let (n, field) = tail.split_once('/').unwrap_or((tail, ""));
        match n.parse() {
            Ok(n) => join(&format!("locations/{}", new_location_id(n)), field),
            Err(_) => "locations".to_owned(),
        }
    } else if rest.starts_with("new_locations") {
        "locations".to_owned()
    } else if rest.starts_with("solutions") {
        "solutions".to_owned()
    } else {
        String::new()
    }
}

/// The Pinpoint business profile a planned draft comes from.
fn source_profile_of(draft: &ProfileDraft) -> PinpointProfileId {
    draft
        .source_id
        .clone()
        .unwrap_or_else(|| PinpointProfileId::from(draft.id.as_str()))
}

/// The Pinpoint id of a planned profile or solution (its own id until the
/// import assigns a new one).
fn source_of(source_id: Option<&str>, id: &str) -> String {
    source_id.unwrap_or(id).to_owned()
}

/// `key/tail`, or `key` alone.
fn join(key: &str, tail: &str) -> String {
    if tail.is_empty() {
        key.to_owned()
    } else {
        format!("{key}/{tail}")
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
    /// The first [`MAX_ISSUES_SHOWN`] issues, errors first.
    pub issues: Vec<LocalizedIssue>,
    /// How many issues there are in all: more than `issues` lists when
    /// some were left out.
    pub issue_count: usize,
    pub acknowledgements: Acknowledgements,
    pub errors: usize,
    pub warnings: usize,
    pub can_commit: bool,
}

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
        let draft = build_draft(export, &sources, j, i, selection, &mut plan);

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

/// One app or service profile with where it sits in the export.
struct Source<'a> {
    kind: SolutionKind,
    solution: &'a PinpointSolution,
    path: String,
}

impl Source<'_> {
    fn left_out(&self, reason: LeftOutReason) -> LeftOut {
        LeftOut {
            id: self.solution.id.clone(),
            name: self.solution.name.clone(),
            kind: Some(self.kind),
            pinpoint_profile_id: self.solution.business_profile_id.clone(),
            reason,
        }
    }
}

/// Lookups built once per plan, so planning stays linear in the export.
struct SourceIndex<'a> {
    profiles: HashMap<&'a str, usize>,
    /// Per business profile (by index), its app and service profiles.
    solutions: Vec<Vec<Source<'a>>>,
}

impl<'a> SourceIndex<'a> {
    fn new(export: &'a PinpointExport) -> Self {
        let profiles: HashMap<&str, usize> = export
            .business_profiles
            .iter()
            .enumerate()
            .map(|(j, p)| (p.id.as_str(), j))
            .collect();
        let mut solutions: Vec<Vec<Source<'a>>> = export
            .business_profiles
            .iter()
            .map(|_| Vec::new())
            .collect();
        let lists = [
            (SolutionKind::App, "app_profiles", &export.app_profiles),
            (
                SolutionKind::Service,
                "service_profiles",
                &export.service_profiles,
            ),
        ];
        for (kind, list, items) in lists {
            for (n, solution) in items.iter().enumerate() {
                if let Some(&j) = profiles.get(solution.business_profile_id.as_str()) {
                    solutions[j].push(Source {
                        kind,
                        solution,
                        path: format!("/{list}/{n}"),
                    });
                }
            }
        }
        SourceIndex {
            profiles,
            solutions,
        }
    }

    fn solutions_of(&self, j: usize) -> &[Source<'a>] {
        self.solutions.get(j).map(Vec::as_slice).unwrap_or_default()
    }
}

/// The profile to create from Pinpoint profile `j` and the partner's
/// selection `i`: overrides applied, products filtered, locations and
/// solutions chosen. Request mistakes and dropped values go into `plan`.
fn build_draft(
    export: &PinpointExport,
    sources: &SourceIndex<'_>,
    j: usize,
    i: usize,
    selection: &Selection,
    plan: &mut ImportPlan,
) -> ProfileDraft {
    let source = &export.business_profiles[j];
    let o = &selection.overrides;
    let sel_path = format!("/selections/{i}");

    // Overridden products are the partner's choice, checked strictly;
    // Pinpoint's own are filtered. Either way a Pinpoint tag that is not a
    // Microsoft product is not imported, and is named as such; it is
    // warned about only while it is in the field the partner edits.
    let overridden = o.products.is_some();
    let kept = keep_known(
        &source.products,
        Product::find,
        Product::name,
        (&format!("/business_profiles/{j}"), "products"),
        |value, path| {
            if !overridden {
                plan.issues
                    .push(Issue::warning(Code::ProductDropped, path.as_str()).with("value", value));
            }
            plan.not_imported.dropped_products.push(DroppedValue {
                pinpoint_profile_id: source.id.clone(),
                solution_id: None,
                value: value.to_owned(),
                path,
            });
        },
    );
    let products = if overridden { Vec::new() } else { kept };

    // Locations, less those the partner excluded.
    for (n, excluded) in o.excluded_location_ids.iter().enumerate() {
        if !source.locations.iter().any(|l| &l.id == excluded) {
            plan.issues.push(
                Issue::error(
                    Code::LocationUnknown,
                    format!("{sel_path}/overrides/excluded_location_ids/{n}"),
                )
                .with("id", excluded.as_str()),
            );
        }
    }
    let is_excluded = |id: &str| o.excluded_location_ids.iter().any(|e| e == id);
    let mut locations: Vec<LocationDraft> = Vec::with_capacity(source.locations.len());
    for location in &source.locations {
        if is_excluded(&location.id) {
            plan.not_imported.excluded_locations.push(LeftOut {
                id: location.id.clone(),
                name: location.name.clone(),
                kind: None,
                pinpoint_profile_id: source.id.clone(),
                reason: LeftOutReason::Excluded,
            });
            continue;
        }
        locations.push(LocationDraft {
            id: LocationId::from(&location.id),
            name: location.name.clone(),
            phone: location.phone.clone(),
            email: location.email.clone(),
            address: location.address.clone(),
            solution_ids: Vec::new(),
        });
    }

    // The partner's corrections, then the locations they add. Every rule
    // is checked on the result, at the location's own path.
    for (location_id, patch) in &selection.location_overrides {
        match locations.iter_mut().find(|l| *l.id == **location_id) {
            Some(location) => patch.apply(location),
            // A correction to a location left out changes nothing.
            None if is_excluded(location_id) => {}
            None => plan.issues.push(
                Issue::error(
                    Code::LocationUnknown,
                    pointer(&format!("{sel_path}/location_overrides"), location_id),
                )
                .with("id", location_id.as_str()),
            ),
        }
    }
    if selection.new_locations.len() > MAX_LOCATIONS {
        // More than a profile may hold: refused as a whole, before any
        // work per entry.
        plan.issues.push(
            Issue::error(Code::LocationsTooMany, format!("{sel_path}/new_locations"))
                .with("limit", MAX_LOCATIONS)
                .with("actual", selection.new_locations.len()),
        );
    } else {
        for (n, new) in selection.new_locations.iter().enumerate() {
            let id = new_location_id(n);
            if source.locations.iter().any(|l| l.id == id) {
                plan.issues.push(
                    Issue::error(Code::DuplicateId, format!("{sel_path}/new_locations/{n}"))
                        .with("id", id.as_str())
                        .with("first", format!("/business_profiles/{j}/locations")),
                );
                continue;
            }
            locations.push(new.to_draft(LocationId::from(id)));
        }
    }

    // Solutions: which sources, with which edits.
    let own = sources.solutions_of(j);
    let mut chosen: Vec<(&Source<'_>, SolutionOverrides)> = Vec::with_capacity(own.len());
    match &selection.solutions {
        None => chosen.extend(own.iter().map(|s| (s, SolutionOverrides::default()))),
        Some(choices) => {
            // By id: a choice per solution, so looking each up must not
            // walk the list.
            let by_id: HashMap<&str, &Source<'_>> =
                own.iter().map(|s| (s.solution.id.as_str(), s)).collect();
            let mut seen: HashSet<&str> = HashSet::new();
            for (n, choice) in choices.iter().enumerate() {
                let path = || format!("{sel_path}/solutions/{n}/source_id");
                let Some(&found) = by_id.get(choice.source_id.as_str()) else {
                    plan.issues.push(
                        Issue::error(Code::SolutionSourceUnknown, path())
                            .with("id", choice.source_id.as_str()),
                    );
                    continue;
                };
                if !seen.insert(choice.source_id.as_str()) {
                    plan.issues.push(
                        Issue::error(Code::SolutionChosenTwice, path())
                            .with("id", choice.source_id.as_str()),
                    );
                    continue;
                }
                if choice.include {
                    chosen.push((found, choice.overrides.clone()));
                }
            }
            let included: HashSet<&str> =
                chosen.iter().map(|(c, _)| c.solution.id.as_str()).collect();
            for source_solution in own {
                if !included.contains(source_solution.solution.id.as_str()) {
                    plan.not_imported
                        .excluded_solutions
                        .push(source_solution.left_out(LeftOutReason::Excluded));
                }
            }
        }
    }

    let mut solutions: Vec<SolutionDraft> = Vec::with_capacity(chosen.len());
    for (found, overrides) in &chosen {
        let s = found.solution;
        let mut drop_value = |code: Code, list: &str, value: &str, path: String| {
            plan.issues
                .push(Issue::warning(code, path.as_str()).with("value", value));
            let dropped = DroppedValue {
                pinpoint_profile_id: source.id.clone(),
                solution_id: Some(s.id.clone()),
                value: value.to_owned(),
                path,
            };
            if list == "products" {
                plan.not_imported.dropped_products.push(dropped);
            } else {
                plan.not_imported.dropped_industries.push(dropped);
            }
        };
        let products = keep_known(
            &s.products,
            Product::find,
            Product::name,
            (&found.path, "products"),
            |value, path| drop_value(Code::ProductDropped, "products", value, path),
        );
        let industries = keep_known(
            &s.industries,
            Industry::find,
            Industry::name,
            (&found.path, "industries"),
            |value, path| drop_value(Code::IndustryDropped, "industries", value, path),
        );
        let mut draft = SolutionDraft {
            id: SolutionId::from(&s.id),
            source_id: Some(s.id.clone()),
            kind: found.kind,
            name: s.name.clone(),
            summary: s.summary.clone(),
            description: s.description.clone(),
            url: s.url.clone(),
            products,
            industries,
        };
        overrides.apply(&mut draft);
        solutions.push(draft);
    }

    // Which location markets which solution.
    let included: HashSet<&str> = solutions.iter().map(|s| s.id.as_str()).collect();
    match &selection.location_solutions {
        None => {
            for location in &mut locations {
                location.solution_ids = chosen
                    .iter()
                    .filter(|(c, _)| c.solution.location_ids.iter().any(|l| *l == *location.id))
                    .map(|(c, _)| SolutionId::from(&c.solution.id))
                    .collect();
            }
        }
        Some(assignments) => {
            for (location_id, ids) in assignments {
                let path = pointer(&format!("{sel_path}/location_solutions"), location_id);
                let Some(location) = locations.iter_mut().find(|l| *l.id == **location_id) else {
                    if !is_excluded(location_id) {
                        plan.issues.push(
                            Issue::error(Code::LocationUnknown, path)
                                .with("id", location_id.as_str()),
                        );
                    }
                    continue;
                };
                for (n, id) in ids.iter().enumerate() {
                    if !included.contains(id.as_str()) {
                        plan.issues.push(
                            Issue::error(Code::LocationSolutionUnknown, format!("{path}/{n}"))
                                .with("id", id.as_str()),
                        );
                    } else if !location.solution_ids.iter().any(|s| *s == **id) {
                        location.solution_ids.push(SolutionId::from(id));
                    }
                }
            }
        }
    }

    let mut draft = ProfileDraft {
        id: ProfileId::from(source.id.as_str()),
        source_id: Some(source.id.clone()),
        region: source.region.clone(),
        name: source.name.clone(),
        description: source.description.clone(),
        website: source.website.clone(),
        linkedin: source.linkedin.clone(),
        logo: source.logo.clone(),
        industries: source.industries.clone(),
        products,
        service_types: source.service_types.clone(),
        tags: source.tags.clone(),
        target_sizes: source.target_sizes.clone(),
        allow_endorsements: source.allow_endorsements,
        locations,
        solutions,
    };
    o.apply(&mut draft);
    draft
}

/// The catalogue names of `values` that the catalogue knows, once each;
/// each unknown value goes to `dropped` with its export path (`at` and
/// the list's name, joined only when a value is dropped).
fn keep_known<T: PartialEq + Copy>(
    values: &[String],
    find: impl Fn(&str) -> Option<T>,
    name: impl Fn(T) -> &'static str,
    (at, list): (&str, &str),
    mut dropped: impl FnMut(&str, String),
) -> Vec<String> {
    let mut kept: Vec<T> = Vec::with_capacity(values.len());
    for (n, value) in values.iter().enumerate() {
        match find(value) {
            Some(entry) if kept.contains(&entry) => {}
            Some(entry) => kept.push(entry),
            None => dropped(value.trim(), format!("{at}/{list}/{n}")),
        }
    }
    kept.into_iter()
        .map(|entry| name(entry).to_owned())
        .collect()
}
