//! Where an issue of a plan belongs: read back from the JSON Pointer the
//! planner wrote, into the key of a field of the wizard.

use crate::field::FieldKey;
use crate::ids::{LocationId, PinpointProfileId, SolutionId};
use crate::issue::{Issue, Param};
use crate::model::ProfileDraft;
use crate::request::new_location_id;

use super::types::ImportPlan;

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
    /// [`FieldKey::Profile`] for the profile as a whole (its selection).
    pub field: FieldKey,
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
                    |m| draft.locations.get(m).map(|l| l.id.clone()),
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
                    Some(solution) => FieldKey::solution(solution.as_str()).sub(rest),
                    None => FieldKey::parse(rest),
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
/// `solution_id(n)`; anything else is read as it is. The wizard keys
/// planned profiles this way, the profile pages post-import edits.
pub fn profile_field(
    rest: &str,
    location_id: impl Fn(usize) -> Option<LocationId>,
    solution_id: impl Fn(usize) -> Option<SolutionId>,
) -> FieldKey {
    let by_id = |list: &str| {
        let after = rest.strip_prefix(list)?.strip_prefix('/')?;
        let (index, tail) = after.split_once('/').unwrap_or((after, ""));
        Some((index.parse::<usize>().ok()?, tail))
    };
    let key = match (by_id("locations"), by_id("solutions")) {
        (Some((n, tail)), _) => location_id(n).map(|id| FieldKey::location(id).sub(tail)),
        (_, Some((n, tail))) => solution_id(n).map(|id| FieldKey::solution(id).sub(tail)),
        (None, None) => None,
    };
    key.unwrap_or_else(|| FieldKey::parse(rest))
}

/// The wizard field of a path inside request entry `/selections/{i}`.
fn selection_field(rest: &str) -> FieldKey {
    // RFC 6901: `~1` is `/`, `~0` is `~`, undone in that order.
    let location = |token: &str| FieldKey::location(token.replace("~1", "/").replace("~0", "~"));
    if let Some(tail) = rest.strip_prefix("overrides/") {
        if tail.starts_with("excluded_location_ids") {
            FieldKey::Locations
        } else {
            FieldKey::parse(tail)
        }
    } else if let Some(tail) = rest.strip_prefix("location_solutions/") {
        location(tail.split('/').next().unwrap_or_default()).sub("solutions")
    } else if let Some(tail) = rest.strip_prefix("location_overrides/") {
        let (token, field) = tail.split_once('/').unwrap_or((tail, ""));
        location(token).sub(field)
    } else if let Some(tail) = rest.strip_prefix("new_locations/") {
        let (n, field) = tail.split_once('/').unwrap_or((tail, ""));
        match n.parse() {
            Ok(n) => FieldKey::location(new_location_id(n)).sub(field),
            Err(_) => FieldKey::Locations,
        }
    } else if rest.starts_with("new_locations") {
        FieldKey::Locations
    } else if rest.starts_with("solutions") {
        FieldKey::Solutions
    } else {
        FieldKey::Profile
    }
}

/// The Pinpoint business profile a planned draft comes from.
fn source_profile_of(draft: &ProfileDraft) -> PinpointProfileId {
    draft
        .source_id
        .clone()
        .unwrap_or_else(|| PinpointProfileId::from(draft.id.as_str()))
}

/// The Pinpoint id of a planned solution (its own id until the import
/// assigns a new one).
fn source_of(source_id: Option<&str>, id: &SolutionId) -> SolutionId {
    source_id.map_or_else(|| id.clone(), SolutionId::from)
}
