//! `GET/PUT/DELETE /imports/draft`: the import wizard's draft, kept on the
//! server (one per partner) so that any admin of the partner resumes it on
//! any device. Its `revision` is the `ETag`: a save names the revision it
//! replaces, so nothing is ever overwritten blindly.
//!
//! [`DraftContent::request`] is the one definition of the request a draft
//! stands for; the app's wizard builds its request through
//! [`chosen_request`].

use serde::{Deserialize, Serialize};

use crate::bounds::{Bounded, Lists, PLACES, PROFILES};
use crate::codes::Code;
use crate::export::PinpointExport;
use crate::ids::PinpointProfileId;
use crate::issue::{pointer, Issue};
use crate::request::{Acknowledgements, ImportRequest, Selection};
use crate::time::Timestamp;
use crate::wire::approvals::{Returned, Submission};
use crate::wire::imports::Actor;

/// The wizard's steps, in order. The URL names the current one, by the
/// step's text (`as_str`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Step {
    Account,
    Choose,
    Edit,
    Solutions,
    Locations,
    Preview,
}

impl Step {
    pub const ALL: &'static [Step] = <Step as strum::VariantArray>::VARIANTS;

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The step a URL names; anything else is the first step.
    pub fn parse(text: &str) -> Step {
        text.parse().unwrap_or(Step::Account)
    }

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }

    /// True when the step edits one profile at a time (the URL names it).
    pub fn per_profile(self) -> bool {
        matches!(self, Step::Edit | Step::Solutions | Step::Locations)
    }
}

/// Where the partner is: a step and, on the steps that edit one profile
/// at a time, that profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Place {
    pub step: Step,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<PinpointProfileId>,
}

impl Place {
    /// The place of `step` for `profile`; a step that is not per profile
    /// names none.
    pub fn new(step: Step, profile: Option<PinpointProfileId>) -> Place {
        Place {
            step,
            profile: profile.filter(|_| step.per_profile()),
        }
    }
}

/// The request a wizard's state stands for: the chosen selections, in
/// export order, and the acknowledgements.
pub fn chosen_request(
    selections: &[Selection],
    chosen: &[PinpointProfileId],
    acknowledgements: Acknowledgements,
) -> ImportRequest {
    ImportRequest {
        selections: selections
            .iter()
            .filter(|s| chosen.contains(&s.pinpoint_profile_id))
            .cloned()
            .collect(),
        acknowledgements,
    }
}

/// What a draft holds: every Pinpoint profile's selection (chosen or not)
/// with its edits, which are chosen, the acknowledgements, the places the
/// partner went on from, and where they were. Never a referral.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DraftContent {
    /// One per business profile of the export, in export order.
    pub selections: Vec<Selection>,
    /// The ids of the chosen profiles.
    pub chosen: Vec<PinpointProfileId>,
    #[serde(default)]
    pub acknowledgements: Acknowledgements,
    /// The places the partner has gone on from with Next.
    #[serde(default)]
    pub reviewed: Vec<Place>,
    /// Where the partner was when it was saved.
    #[serde(default)]
    pub place: Option<Place>,
}

impl DraftContent {
    /// The request this draft stands for ([`chosen_request`]).
    pub fn request(&self) -> ImportRequest {
        chosen_request(&self.selections, &self.chosen, self.acknowledgements)
    }

    /// What does not fit `export`, as issues at paths under `at`: one
    /// selection per business profile of the export, in its order, and
    /// only its profiles chosen.
    pub fn misfits(&self, export: &PinpointExport, at: &str) -> Vec<Issue> {
        let mut issues = Vec::new();
        let selections = pointer(at, "selections");
        for (n, selection) in self.selections.iter().enumerate() {
            let expected = export.business_profiles.get(n).map(|p| &p.id);
            if expected != Some(&selection.pinpoint_profile_id) {
                issues.push(
                    Issue::error(
                        Code::SelectionProfileUnknown,
                        pointer(&pointer(&selections, n), "pinpoint_profile_id"),
                    )
                    .with("id", selection.pinpoint_profile_id.as_str()),
                );
            }
        }
        if let Some(missing) = export.business_profiles.get(self.selections.len()) {
            issues.push(
                Issue::error(Code::SelectionProfileUnknown, selections)
                    .with("id", missing.id.as_str()),
            );
        }
        let chosen = pointer(at, "chosen");
        for (n, id) in self.chosen.iter().enumerate() {
            if !export.business_profiles.iter().any(|p| p.id == *id) {
                issues.push(
                    Issue::error(Code::SelectionProfileUnknown, pointer(&chosen, n))
                        .with("id", id.as_str()),
                );
            }
        }
        issues
    }

    /// True when this draft fits `export` (a draft of an older export is
    /// thrown away rather than half applied).
    pub fn fits(&self, export: &PinpointExport) -> bool {
        self.misfits(export, "").is_empty()
    }
}

/// `PUT /imports/draft`'s body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DraftPut {
    pub content: DraftContent,
}

/// A saved draft, as `GET` and `PUT /imports/draft` answer it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Draft {
    /// New on every save; the `ETag` (quoted) that `If-Match` names.
    pub revision: String,
    /// 1 for the first save, one more for each save after it: for people.
    pub version: i64,
    /// RFC 3339, UTC.
    pub saved_at: Timestamp,
    pub saved_by: Actor,
    pub content: DraftContent,
    /// Submitted for a second admin's approval: frozen until approved,
    /// returned or withdrawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<Submission>,
    /// The last submission returned, with its comment (until the next).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned: Option<Returned>,
}

impl Bounded for DraftContent {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        let mut lists = Lists::at(at, issues);
        lists.check_each("selections", &self.selections, PROFILES);
        lists.check("chosen", self.chosen.len(), PROFILES);
        lists.check("reviewed", self.reviewed.len(), PLACES);
    }
}

impl Bounded for DraftPut {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        self.content.over_bounds(&pointer(at, "content"), issues);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bounds::over_bounds;

    fn content(ids: &[&str], chosen: &[&str]) -> DraftContent {
        DraftContent {
            selections: ids
                .iter()
                .map(|id| Selection {
                    pinpoint_profile_id: PinpointProfileId::from(*id),
                    overrides: Default::default(),
                    solutions: None,
                    location_solutions: None,
                    location_overrides: Default::default(),
                    new_locations: Vec::new(),
                })
                .collect(),
            chosen: chosen
                .iter()
                .map(|id| PinpointProfileId::from(*id))
                .collect(),
            acknowledgements: Acknowledgements::BOTH,
            reviewed: Vec::new(),
            place: None,
        }
    }

    #[test]
    fn the_request_is_the_chosen_selections_in_their_order() {
        let draft = content(&["a", "b", "c"], &["c", "a"]);
        let request = draft.request();
        let ids: Vec<&str> = request
            .selections
            .iter()
            .map(|s| s.pinpoint_profile_id.as_str())
            .collect();
        assert_eq!(ids, ["a", "c"]);
        assert_eq!(request.acknowledgements, Acknowledgements::BOTH);
    }

    #[test]
    fn unknown_fields_such_as_referrals_are_dropped() {
        let read: Result<DraftPut, _> = serde_json::from_str(
            r#"{"content": {"selections": [], "chosen": [], "referrals": [{"name": "x"}]}}"#,
        );
        let text = read.map(|r| serde_json::to_string(&r).unwrap_or_default());
        assert!(
            matches!(&text, Ok(t) if !t.contains("\"referrals\"")),
            "{text:?}"
        );
    }

    #[test]
    fn a_draft_with_too_many_places_is_over_its_bounds() {
        let mut draft = content(&["a"], &["a"]);
        draft.reviewed = vec![Place::new(Step::Account, None); PLACES.max + 1];
        let put = DraftPut { content: draft };
        let issues = over_bounds(&put);
        assert_eq!(issues.len(), 1);
        assert_eq!(
            issues.first().map(|i| i.path.as_str()),
            Some("/content/reviewed")
        );
    }

    #[test]
    fn a_place_of_a_step_not_per_profile_names_none() {
        assert_eq!(
            Place::new(Step::Preview, Some(PinpointProfileId::from("a"))).profile,
            None
        );
        assert_eq!(Step::parse("nowhere"), Step::Account);
        assert_eq!(Step::Edit.next(), Some(Step::Solutions));
    }
}
