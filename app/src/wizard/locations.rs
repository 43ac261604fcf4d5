//! The locations of a profile as the partner corrects and adds them before
//! import: each Pinpoint location with the partner's corrections
//! (`Selection::location_overrides`), and the new ones
//! (`Selection::new_locations`, `+new-{n}` in the plan).

use transition_domain::export::PinpointExport;
use transition_domain::ops::{LocationPatch, NewLocation};
use transition_domain::request::new_location_id;

use super::WizardDraft;

impl WizardDraft {
    /// Pinpoint location `location_id` of profile `id`, with the partner's
    /// corrections.
    pub fn location_value(
        &self,
        export: &PinpointExport,
        id: &str,
        location_id: &str,
    ) -> Option<NewLocation> {
        let mut draft = pinpoint_location(export, id, location_id)?.to_draft(location_id.into());
        if let Some(patch) = self
            .selection(id)
            .and_then(|s| s.location_overrides.get(location_id))
        {
            patch.apply(&mut draft);
        }
        Some(NewLocation {
            name: draft.name,
            phone: draft.phone,
            email: draft.email,
            address: draft.address,
        })
    }

    /// Corrects a Pinpoint location to read `value`; back to Pinpoint's
    /// own values, the correction is dropped.
    pub fn set_location_value(
        &mut self,
        export: &PinpointExport,
        id: &str,
        location_id: &str,
        value: &NewLocation,
    ) {
        let unchanged = pinpoint_location(export, id, location_id).as_ref() == Some(value);
        if let Some(selection) = self.selection_mut(id) {
            if unchanged {
                selection.location_overrides.remove(location_id);
            } else {
                selection
                    .location_overrides
                    .insert(location_id.to_owned(), LocationPatch::whole(value));
            }
        }
    }

    pub fn new_locations(&self, id: &str) -> &[NewLocation] {
        self.selection(id)
            .map(|s| s.new_locations.as_slice())
            .unwrap_or_default()
    }

    /// Adds an empty location to profile `id`; its index.
    pub fn add_location(&mut self, id: &str, empty: NewLocation) -> Option<usize> {
        let selection = self.selection_mut(id)?;
        selection.new_locations.push(empty);
        Some(selection.new_locations.len() - 1)
    }

    pub fn set_new_location(&mut self, id: &str, n: usize, value: NewLocation) {
        if let Some(slot) = self
            .selection_mut(id)
            .and_then(|s| s.new_locations.get_mut(n))
        {
            *slot = value;
        }
    }

    /// Removes new location `n`; the solutions of those after it follow
    /// them to their new names.
    pub fn remove_new_location(&mut self, id: &str, n: usize) {
        let Some(selection) = self.selection_mut(id) else {
            return;
        };
        if n >= selection.new_locations.len() {
            return;
        }
        let count = selection.new_locations.len();
        selection.new_locations.remove(n);
        if let Some(map) = selection.location_solutions.as_mut() {
            map.remove(&new_location_id(n));
            for k in n + 1..count {
                if let Some(ids) = map.remove(&new_location_id(k)) {
                    map.insert(new_location_id(k - 1), ids);
                }
            }
        }
    }

    /// How many locations profile `id` will have: Pinpoint's, less those
    /// left out, and the new ones.
    pub fn location_count(&self, export: &PinpointExport, id: &str) -> usize {
        let kept = export.profile(id).map_or(0, |(_, p)| {
            p.locations
                .iter()
                .filter(|l| !self.is_location_excluded(id, &l.id))
                .count()
        });
        kept + self.new_locations(id).len()
    }
}

/// Pinpoint location `location_id` of profile `id`, as Pinpoint has it.
fn pinpoint_location(export: &PinpointExport, id: &str, location_id: &str) -> Option<NewLocation> {
    let (_, profile) = export.profile(id)?;
    let source = profile.locations.iter().find(|l| l.id == location_id)?;
    Some(NewLocation {
        name: source.name.clone(),
        phone: source.phone.clone(),
        email: source.email.clone(),
        address: source.address.clone(),
    })
}
