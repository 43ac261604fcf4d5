//! What a partner may do to a business profile once it exists, as pure
//! functions the server applies and the browser previews. Each takes the
//! current profile and returns the new one, or every issue that forbids it.
//! Issue paths are JSON Pointers into the profile.
//!
//! Solutions come only from an import: they can be edited or deleted,
//! never added. A location's address cannot change: delete and add again.

use crate::codes::Code;
use crate::ids::{LocationId, SolutionId};
use crate::issue::{pointer, Issue};
use crate::model::{BusinessProfile, ProfileDraft};
use crate::request::{ProfileOverrides, SolutionOverrides};
use crate::validate::validate_profile;
use crate::values::Region;

/// A change that holds, with the warnings it still carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub profile: BusinessProfile,
    pub warnings: Vec<Issue>,
}

/// Why an operation does not apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpError {
    /// The location or solution it names is not in the profile
    /// (`location_unknown` at `/locations`, `solution_not_found` at
    /// `/solutions`): the resource does not exist.
    NotFound(Issue),
    /// Every issue (errors and warnings) that stands in its way.
    Refused(Vec<Issue>),
}

impl OpError {
    /// The issues to show: the one of `NotFound`, or every refusal.
    pub fn issues(&self) -> &[Issue] {
        match self {
            OpError::NotFound(issue) => std::slice::from_ref(issue),
            OpError::Refused(issues) => issues,
        }
    }

    pub fn into_issues(self) -> Vec<Issue> {
        match self {
            OpError::NotFound(issue) => vec![issue],
            OpError::Refused(issues) => issues,
        }
    }
}

/// The outcome of an operation: the new profile, or why it does not apply.
pub type Outcome = Result<Applied, OpError>;

fn refused(issue: Issue) -> OpError {
    OpError::Refused(vec![issue])
}

pub use crate::request::{LocationPatch, NewLocation};

/// Re-checks the whole profile after a change: a change is accepted only
/// if the profile it leaves obeys every rule.
fn revalidate(draft: &ProfileDraft) -> Outcome {
    match validate_profile(draft, "") {
        (Some(profile), issues) => Ok(Applied {
            profile,
            warnings: issues,
        }),
        (None, issues) => Err(OpError::Refused(issues)),
    }
}

fn location_unknown(id: &str) -> OpError {
    OpError::NotFound(Issue::error(Code::LocationUnknown, "/locations").with("id", id))
}

fn solution_unknown(id: &str) -> OpError {
    OpError::NotFound(Issue::error(Code::SolutionNotFound, "/solutions").with("id", id))
}

fn location_index(profile: &BusinessProfile, id: &str) -> Result<usize, OpError> {
    profile
        .locations
        .iter()
        .position(|l| l.id == id)
        .ok_or_else(|| location_unknown(id))
}

fn solution_index(profile: &BusinessProfile, id: &str) -> Result<usize, OpError> {
    profile
        .solutions
        .iter()
        .position(|s| s.id == id)
        .ok_or_else(|| solution_unknown(id))
}

/// Edits the profile's fields (partner info, expertise, preferences).
/// `excluded_location_ids` deletes those locations.
pub fn edit_profile(profile: &BusinessProfile, patch: &ProfileOverrides) -> Outcome {
    let mut draft = profile.to_draft();
    patch.apply(&mut draft);
    let mut unknown = Vec::new();
    for (n, id) in patch.excluded_location_ids.iter().enumerate() {
        if profile.location(id).is_none() {
            unknown.push(
                Issue::error(Code::LocationUnknown, format!("/excluded_location_ids/{n}"))
                    .with("id", id.as_str()),
            );
        }
    }
    if !unknown.is_empty() {
        return Err(OpError::Refused(unknown));
    }
    draft
        .locations
        .retain(|l| !patch.excluded_location_ids.iter().any(|e| *e == *l.id));
    revalidate(&draft)
}

/// Adds a location with the id `new_id` (the caller's to choose).
pub fn add_location(profile: &BusinessProfile, location: &NewLocation, new_id: String) -> Outcome {
    let mut draft = profile.to_draft();
    draft.locations.push(location.to_draft(new_id.into()));
    revalidate(&draft)
}

/// Deletes a location; a profile keeps at least one.
pub fn delete_location(profile: &BusinessProfile, location_id: &LocationId) -> Outcome {
    let k = location_index(profile, location_id)?;
    let mut draft = profile.to_draft();
    draft.locations.remove(k);
    revalidate(&draft)
}

/// Edits a location's name, phone or email. Its address cannot change.
pub fn edit_location(
    profile: &BusinessProfile,
    location_id: &LocationId,
    patch: &LocationPatch,
) -> Outcome {
    let k = location_index(profile, location_id)?;
    let stored = profile
        .locations
        .get(k)
        .ok_or_else(|| location_unknown(location_id))?;
    let mut draft = profile.to_draft();
    let location = draft
        .locations
        .get_mut(k)
        .ok_or_else(|| location_unknown(location_id))?;
    if let Some(address) = &patch.address {
        let same = Region::parse_as(&address.country, Code::CountryInvalid).is_ok()
            && crate::model::address_key(address) == stored.address.key();
        if !same {
            return Err(refused(Issue::error(
                Code::LocationAddressImmutable,
                format!("/locations/{k}/address"),
            )));
        }
    }
    // The address is the same place (checked above): kept as stored.
    LocationPatch {
        address: None,
        ..patch.clone()
    }
    .apply(location);
    revalidate(&draft)
}

/// Sets which of the profile's solutions a location markets.
pub fn set_location_solutions(
    profile: &BusinessProfile,
    location_id: &LocationId,
    solution_ids: &[SolutionId],
) -> Outcome {
    let mut draft = profile.to_draft();
    let location = draft
        .locations
        .iter_mut()
        .find(|l| l.id == *location_id)
        .ok_or_else(|| location_unknown(location_id))?;
    location.solution_ids = solution_ids.to_vec();
    revalidate(&draft)
}

/// Edits an imported solution's name, summary, description or URL.
pub fn edit_solution(
    profile: &BusinessProfile,
    solution_id: &SolutionId,
    patch: &SolutionOverrides,
) -> Outcome {
    let mut draft = profile.to_draft();
    let solution = draft
        .solutions
        .iter_mut()
        .find(|s| s.id == *solution_id)
        .ok_or_else(|| solution_unknown(solution_id))?;
    patch.apply(solution);
    revalidate(&draft)
}

/// Deletes a solution, and with it every location's assignment of it.
pub fn delete_solution(profile: &BusinessProfile, solution_id: &SolutionId) -> Outcome {
    let k = solution_index(profile, solution_id)?;
    let mut draft = profile.to_draft();
    draft.solutions.remove(k);
    for location in &mut draft.locations {
        location.solution_ids.retain(|id| id != solution_id);
    }
    revalidate(&draft)
}

/// Adding a solution is always refused: solutions come only from import.
pub fn add_solution(_profile: &BusinessProfile) -> Outcome {
    Err(refused(Issue::error(
        Code::SolutionsImportOnly,
        "/solutions",
    )))
}

/// Creates a new business profile from scratch, which only CSP partners
/// may do, in a region where the partner has none. It starts without
/// solutions; `new_id` gives the profile's and its locations' ids.
pub fn create_profile(
    csp: bool,
    existing: &[BusinessProfile],
    draft: &ProfileDraft,
    mut new_id: impl FnMut() -> String,
) -> Outcome {
    if !csp {
        return Err(refused(Issue::error(Code::CspOnly, "")));
    }
    if let Ok(region) = Region::parse(&draft.region) {
        if existing.iter().any(|p| p.region == region) {
            return Err(refused(
                Issue::error(Code::RegionAlreadyHasProfile, "/region")
                    .with("region", region.as_str()),
            ));
        }
    }
    if !draft.solutions.is_empty() {
        return Err(refused(Issue::error(
            Code::SolutionsImportOnly,
            "/solutions",
        )));
    }
    let mut draft = draft.clone();
    draft.id = new_id().into();
    draft.source_id = None;
    for (k, location) in draft.locations.iter_mut().enumerate() {
        location.id = new_id().into();
        if let Some(n) = location.solution_ids.first() {
            return Err(refused(
                Issue::error(
                    Code::LocationSolutionUnknown,
                    pointer(&format!("/locations/{k}/solution_ids"), 0),
                )
                .with("id", n.as_str()),
            ));
        }
    }
    revalidate(&draft)
}
