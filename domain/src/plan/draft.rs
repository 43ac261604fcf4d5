//! The draft of one profile to create: a Pinpoint business profile with
//! the partner's selection applied, in three steps (its locations, its
//! solutions, which location markets which solution). Request mistakes and
//! dropped values are written into the plan as they are found.

use std::collections::{HashMap, HashSet};

use crate::catalog::{Industry, Product};
use crate::codes::Code;
use crate::export::{PinpointExport, PinpointProfile};
use crate::ids::{LocationId, ProfileId, SolutionId};
use crate::issue::{pointer, Issue};
use crate::model::{LocationDraft, ProfileDraft, SolutionDraft};
use crate::request::{new_location_id, Selection, SolutionOverrides};

use super::source::{Source, SourceIndex};
use super::types::{DroppedValue, ImportPlan, LeftOut, LeftOutReason};

/// The profile to create from Pinpoint profile `j` and the partner's
/// selection `i`: overrides applied, products filtered, locations and
/// solutions chosen. Request mistakes and dropped values go into `plan`.
pub(super) fn build_draft(
    export: &PinpointExport,
    sources: &SourceIndex<'_>,
    j: usize,
    i: usize,
    selection: &Selection,
    plan: &mut ImportPlan,
) -> Option<ProfileDraft> {
    let source = export.business_profiles.get(j)?;
    let step = Step {
        source,
        j,
        selection,
        sel_path: format!("/selections/{i}"),
    };
    let products = step.products(plan);
    let mut locations = step.locations(plan);
    let chosen = step.choose_solutions(sources.solutions_of(j), plan);
    let solutions = step.solutions(&chosen, plan);
    step.assign(&mut locations, &chosen, &solutions, plan);

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
    selection.overrides.apply(&mut draft);
    Some(draft)
}

/// One business profile of the export with the partner's selection for it:
/// what every step of [`build_draft`] reads.
struct Step<'a> {
    source: &'a PinpointProfile,
    /// The profile's position in the export.
    j: usize,
    selection: &'a Selection,
    /// `/selections/{i}`.
    sel_path: String,
}

/// A solution the partner keeps, with the edits they asked for.
type Chosen<'s, 'a> = (&'s Source<'a>, SolutionOverrides);

impl Step<'_> {
    fn is_excluded(&self, id: &str) -> bool {
        self.selection
            .overrides
            .excluded_location_ids
            .iter()
            .any(|e| e == id)
    }

    /// The profile's products. Overridden products are the partner's
    /// choice, checked strictly; Pinpoint's own are filtered. Either way a
    /// Pinpoint tag that is not a Microsoft product is not imported, and
    /// is named as such; it is warned about only while it is in the field
    /// the partner edits.
    fn products(&self, plan: &mut ImportPlan) -> Vec<String> {
        let source = self.source;
        let overridden = self.selection.overrides.products.is_some();
        let kept = keep_known(
            &source.products,
            Product::find,
            Product::name,
            (&format!("/business_profiles/{}", self.j), "products"),
            |value, path| {
                if !overridden {
                    plan.issues.push(
                        Issue::warning(Code::ProductDropped, path.as_str()).with("value", value),
                    );
                }
                plan.not_imported.dropped_products.push(DroppedValue {
                    pinpoint_profile_id: source.id.clone(),
                    solution_id: None,
                    value: value.to_owned(),
                    path,
                });
            },
        );
        if overridden {
            Vec::new()
        } else {
            kept
        }
    }

    /// The locations, less those the partner excluded, with their
    /// corrections, then the locations they add. Every rule is checked on
    /// the result, at the location's own path. (The number of new
    /// locations is bounded before planning: `bounds::NEW_LOCATIONS`.)
    fn locations(&self, plan: &mut ImportPlan) -> Vec<LocationDraft> {
        let (source, sel_path) = (self.source, &self.sel_path);
        let excluded_ids = &self.selection.overrides.excluded_location_ids;
        for (n, excluded) in excluded_ids.iter().enumerate() {
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
        let mut locations: Vec<LocationDraft> = Vec::with_capacity(source.locations.len());
        for location in &source.locations {
            if self.is_excluded(&location.id) {
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
        for (location_id, patch) in &self.selection.location_overrides {
            match locations.iter_mut().find(|l| *l.id == **location_id) {
                Some(location) => patch.apply(location),
                // A correction to a location left out changes nothing.
                None if self.is_excluded(location_id) => {}
                None => plan.issues.push(
                    Issue::error(
                        Code::LocationUnknown,
                        pointer(&format!("{sel_path}/location_overrides"), location_id),
                    )
                    .with("id", location_id.as_str()),
                ),
            }
        }
        for (n, new) in self.selection.new_locations.iter().enumerate() {
            let id = new_location_id(n);
            if source.locations.iter().any(|l| l.id == id) {
                plan.issues.push(
                    Issue::error(Code::DuplicateId, format!("{sel_path}/new_locations/{n}"))
                        .with("id", id.as_str())
                        .with("first", format!("/business_profiles/{}/locations", self.j)),
                );
                continue;
            }
            locations.push(new.to_draft(LocationId::from(id)));
        }
        locations
    }

    /// Which of the profile's own app and service profiles (`own`) become
    /// solutions, with which edits.
    fn choose_solutions<'s, 'a>(
        &self,
        own: &'s [Source<'a>],
        plan: &mut ImportPlan,
    ) -> Vec<Chosen<'s, 'a>> {
        let Some(choices) = &self.selection.solutions else {
            return own
                .iter()
                .map(|s| (s, SolutionOverrides::default()))
                .collect();
        };
        let mut chosen = Vec::with_capacity(own.len());
        // By id: a choice per solution, so looking each up must not walk
        // the list.
        let by_id: HashMap<&str, &Source<'_>> =
            own.iter().map(|s| (s.solution.id.as_str(), s)).collect();
        let mut seen: HashSet<&str> = HashSet::new();
        for (n, choice) in choices.iter().enumerate() {
            let path = || format!("{}/solutions/{n}/source_id", self.sel_path);
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
        let included: HashSet<&str> = chosen.iter().map(|(c, _)| c.solution.id.as_str()).collect();
        for source_solution in own {
            if !included.contains(source_solution.solution.id.as_str()) {
                plan.not_imported
                    .excluded_solutions
                    .push(source_solution.left_out(LeftOutReason::Excluded));
            }
        }
        chosen
    }

    /// The chosen solutions' drafts: catalogue values filtered, the
    /// partner's edits applied.
    fn solutions(&self, chosen: &[Chosen<'_, '_>], plan: &mut ImportPlan) -> Vec<SolutionDraft> {
        let mut solutions: Vec<SolutionDraft> = Vec::with_capacity(chosen.len());
        for (found, overrides) in chosen {
            let s = found.solution;
            let mut drop_value = |code: Code, value: &str, path: String| {
                plan.issues
                    .push(Issue::warning(code, path.as_str()).with("value", value));
                let dropped = DroppedValue {
                    pinpoint_profile_id: self.source.id.clone(),
                    solution_id: Some(s.id.clone()),
                    value: value.to_owned(),
                    path,
                };
                match code {
                    Code::ProductDropped => plan.not_imported.dropped_products.push(dropped),
                    _ => plan.not_imported.dropped_industries.push(dropped),
                }
            };
            let products = keep_known(
                &s.products,
                Product::find,
                Product::name,
                (&found.path, "products"),
                |value, path| drop_value(Code::ProductDropped, value, path),
            );
            let industries = keep_known(
                &s.industries,
                Industry::find,
                Industry::name,
                (&found.path, "industries"),
                |value, path| drop_value(Code::IndustryDropped, value, path),
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
        solutions
    }

    /// Which location markets which solution: as Pinpoint had it, or as
    /// the partner assigned.
    fn assign(
        &self,
        locations: &mut [LocationDraft],
        chosen: &[Chosen<'_, '_>],
        solutions: &[SolutionDraft],
        plan: &mut ImportPlan,
    ) {
        let Some(assignments) = &self.selection.location_solutions else {
            for location in locations {
                location.solution_ids = chosen
                    .iter()
                    .filter(|(c, _)| c.solution.location_ids.iter().any(|l| *l == *location.id))
                    .map(|(c, _)| SolutionId::from(&c.solution.id))
                    .collect();
            }
            return;
        };
        let included: HashSet<&str> = solutions.iter().map(|s| s.id.as_str()).collect();
        for (location_id, ids) in assignments {
            let path = pointer(
                &format!("{}/location_solutions", self.sel_path),
                location_id,
            );
            let Some(location) = locations.iter_mut().find(|l| *l.id == **location_id) else {
                if !self.is_excluded(location_id) {
                    plan.issues.push(
                        Issue::error(Code::LocationUnknown, path).with("id", location_id.as_str()),
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
