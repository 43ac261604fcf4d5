//! The import wizard's state, as plain data: which Pinpoint business
//! profiles the partner chose and every edit made to each, kept even while
//! a profile is unchosen so that choosing it again restores the edits.
//!
//! No rule lives here: the request built from this state goes to
//! `transition_domain::plan_import`, which says what is wrong with it.

use serde::{Deserialize, Serialize};
use transition_domain::export::PinpointExport;
use transition_domain::field::FieldKey;
use transition_domain::request::{
    Acknowledgements, ImportRequest, ProfileOverrides, Selection, SolutionChoice, SolutionOverrides,
};
use transition_domain::wire::drafts::{self, DraftContent};
use transition_domain::{plan_import, BusinessProfile, Code, PinpointProfileId};

pub mod drift;
mod locations;
pub mod save;
mod walk;

pub use transition_domain::wire::drafts::{Place, Step};
pub use walk::{next, places, previous, profile_number, profile_reviewed, step_reviewed};

/// Every Pinpoint profile's selection (chosen or not) with its edits, which
/// ones are chosen, and the acknowledgements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WizardDraft {
    /// One per business profile of the export, in export order.
    pub selections: Vec<Selection>,
    /// The ids of the chosen profiles.
    pub chosen: Vec<PinpointProfileId>,
    pub acknowledgements: Acknowledgements,
    /// The places the partner has gone on from with Next.
    #[serde(default)]
    pub reviewed: Vec<Place>,
}

impl WizardDraft {
    /// Starts from `ImportRequest::everything`: every profile, solution and
    /// assignment as Pinpoint had it. Profiles the planner refuses because
    /// their region already has a business profile start unchosen.
    pub fn start(export: &PinpointExport, existing: &[BusinessProfile]) -> WizardDraft {
        let everything = ImportRequest::everything(export);
        let plan = plan_import(export, &everything, existing);
        let taken: Vec<PinpointProfileId> = plan
            .issues
            .iter()
            .filter(|i| i.code == Code::RegionAlreadyHasProfile)
            .filter_map(|i| plan.locate(i))
            .map(|at| at.source_profile)
            .collect();
        let chosen = everything
            .selections
            .iter()
            .map(|s| s.pinpoint_profile_id.clone())
            .filter(|id| !taken.contains(id))
            .collect();
        WizardDraft {
            selections: everything.selections,
            chosen,
            acknowledgements: Acknowledgements::default(),
            reviewed: Vec::new(),
        }
    }

    /// True when the partner changed what would be imported (the choice,
    /// an edit, an acknowledgement) from `start`; walking through the
    /// steps changes nothing.
    pub fn changed_from(&self, start: &WizardDraft) -> bool {
        self.selections != start.selections
            || self.chosen != start.chosen
            || self.acknowledgements != start.acknowledgements
    }

    /// Notes that the partner went on from `place`.
    pub fn mark_reviewed(&mut self, place: Place) {
        if !self.reviewed.contains(&place) {
            self.reviewed.push(place);
        }
    }

    /// True when this draft fits `export` (a saved draft from an older
    /// export is thrown away rather than half applied): the domain's
    /// [`DraftContent::fits`].
    pub fn fits(&self, export: &PinpointExport) -> bool {
        self.content(None).fits(export)
    }

    /// The draft as the server keeps it, with where the partner is.
    pub fn content(&self, place: Option<Place>) -> DraftContent {
        DraftContent {
            selections: self.selections.clone(),
            chosen: self.chosen.clone(),
            acknowledgements: self.acknowledgements,
            reviewed: self.reviewed.clone(),
            place,
        }
    }

    /// A draft the server kept, and where the partner was.
    pub fn from_content(content: DraftContent) -> (WizardDraft, Option<Place>) {
        let draft = WizardDraft {
            selections: content.selections,
            chosen: content.chosen,
            acknowledgements: content.acknowledgements,
            reviewed: content.reviewed,
        };
        (draft, content.place)
    }

    /// The request the planner and the server get: the chosen selections,
    /// in export order, and the acknowledgements (the domain's one
    /// definition, [`drafts::chosen_request`]).
    pub fn request(&self) -> ImportRequest {
        drafts::chosen_request(&self.selections, &self.chosen, self.acknowledgements)
    }

    pub fn is_chosen(&self, id: &str) -> bool {
        self.chosen.iter().any(|c| *c == *id)
    }

    pub fn set_chosen(&mut self, id: &str, on: bool) {
        if on {
            if !self.is_chosen(id) && self.selection(id).is_some() {
                self.chosen.push(id.into());
                let order: Vec<&str> = self
                    .selections
                    .iter()
                    .map(|s| s.pinpoint_profile_id.as_str())
                    .collect();
                self.chosen
                    .sort_by_key(|c| order.iter().position(|o| *o == &**c).unwrap_or(usize::MAX));
            }
        } else {
            self.chosen.retain(|c| *c != *id);
        }
    }

    pub fn selection(&self, id: &str) -> Option<&Selection> {
        self.selections.iter().find(|s| s.pinpoint_profile_id == id)
    }

    pub fn selection_mut(&mut self, id: &str) -> Option<&mut Selection> {
        self.selections
            .iter_mut()
            .find(|s| s.pinpoint_profile_id == id)
    }

    /// Applies `edit` to a profile's overrides.
    pub fn edit_overrides(&mut self, id: &str, edit: impl FnOnce(&mut ProfileOverrides)) {
        if let Some(selection) = self.selection_mut(id) {
            edit(&mut selection.overrides);
        }
    }

    /// Applies `edit` to one solution's overrides.
    pub fn edit_solution(
        &mut self,
        id: &str,
        source_id: &str,
        edit: impl FnOnce(&mut SolutionOverrides),
    ) {
        if let Some(choice) = self
            .selection_mut(id)
            .and_then(|s| s.solutions.as_mut())
            .and_then(|list| list.iter_mut().find(|c| c.source_id == source_id))
        {
            edit(&mut choice.overrides);
        }
    }

    pub fn solution_choice(&self, id: &str, source_id: &str) -> Option<&SolutionChoice> {
        self.selection(id)
            .and_then(|s| s.solutions.as_ref())
            .and_then(|list| list.iter().find(|c| c.source_id == source_id))
    }

    /// Includes or leaves out an app or service profile. Leaving one out
    /// also takes it off every location; bringing it back puts it on the
    /// locations Pinpoint listed for it.
    pub fn set_solution_included(
        &mut self,
        export: &PinpointExport,
        id: &str,
        source_id: &str,
        include: bool,
    ) {
        let pinpoint_locations: Vec<String> = export
            .solutions()
            .find(|(_, s)| s.id == source_id)
            .map(|(_, s)| s.location_ids.clone())
            .unwrap_or_default();
        let Some(selection) = self.selection_mut(id) else {
            return;
        };
        if let Some(choice) = selection
            .solutions
            .as_mut()
            .and_then(|list| list.iter_mut().find(|c| c.source_id == source_id))
        {
            choice.include = include;
        }
        if let Some(assignments) = selection.location_solutions.as_mut() {
            for (location, ids) in assignments.iter_mut() {
                ids.retain(|s| s != source_id);
                if include && pinpoint_locations.contains(location) {
                    ids.push(source_id.to_owned());
                }
            }
        }
    }

    pub fn is_location_excluded(&self, id: &str, location_id: &str) -> bool {
        self.selection(id).is_some_and(|s| {
            s.overrides
                .excluded_location_ids
                .iter()
                .any(|l| l == location_id)
        })
    }

    pub fn set_location_excluded(&mut self, id: &str, location_id: &str, excluded: bool) {
        self.edit_overrides(id, |o| {
            o.excluded_location_ids.retain(|l| l != location_id);
            if excluded {
                o.excluded_location_ids.push(location_id.to_owned());
            }
        });
    }

    pub fn location_markets(&self, id: &str, location_id: &str, source_id: &str) -> bool {
        self.selection(id)
            .and_then(|s| s.location_solutions.as_ref())
            .and_then(|m| m.get(location_id))
            .is_some_and(|ids| ids.iter().any(|s| s == source_id))
    }

    pub fn set_location_markets(&mut self, id: &str, location_id: &str, source_id: &str, on: bool) {
        let Some(selection) = self.selection_mut(id) else {
            return;
        };
        let ids = selection
            .location_solutions
            .get_or_insert_with(Default::default)
            .entry(location_id.to_owned())
            .or_default();
        ids.retain(|s| s != source_id);
        if on {
            ids.push(source_id.to_owned());
        }
    }
}

/// The step where a wizard field is edited: the profile as a whole and
/// its region where profiles are chosen, its solutions and its locations
/// each on their own step, every other field on the edit step.
pub fn step_for(field: &FieldKey) -> Step {
    match field {
        FieldKey::Solutions | FieldKey::Solution(..) => Step::Solutions,
        FieldKey::Locations | FieldKey::Location(..) | FieldKey::AddLocation => Step::Locations,
        FieldKey::Profile => Step::Choose,
        FieldKey::Field(_) if *field == FieldKey::field("region") => Step::Choose,
        FieldKey::Field(_) => Step::Edit,
    }
}

/// Toggles `value` in a list of names, keeping the list's order.
pub fn toggled(list: &[String], value: &str, on: bool) -> Vec<String> {
    let mut out: Vec<String> = list.iter().filter(|v| *v != value).cloned().collect();
    if on {
        out.push(value.to_owned());
    }
    out
}

#[cfg(test)]
mod tests;
