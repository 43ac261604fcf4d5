//! How long each list of an import request may be: each type's
//! [`Bounded`] (see [`crate::bounds`]).

use crate::bounds::{
    each, within, within_opt, Bounded, CATALOGUE_VALUES, LOCATIONS, NEW_LOCATIONS, PROFILES,
    SOLUTIONS, TAGS,
};
use crate::issue::{pointer, Issue};

use super::{
    ImportRequest, LocationPatch, NewLocation, ProfileOverrides, Selection, SolutionOverrides,
};

/// Bodies without lists.
impl Bounded for NewLocation {
    fn over_bounds(&self, _at: &str, _issues: &mut Vec<Issue>) {}
}

impl Bounded for LocationPatch {
    fn over_bounds(&self, _at: &str, _issues: &mut Vec<Issue>) {}
}

impl Bounded for ImportRequest {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        if within(issues, at, "selections", self.selections.len(), PROFILES) {
            each(issues, at, "selections", &self.selections);
        }
    }
}

impl Bounded for Selection {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        self.overrides
            .over_bounds(&pointer(at, "overrides"), issues);
        let solutions = self.solutions.as_ref();
        if within_opt(issues, at, "solutions", solutions, SOLUTIONS) {
            let base = pointer(at, "solutions");
            for (n, choice) in solutions.into_iter().flatten().enumerate() {
                let choice_at = pointer(&pointer(&base, n), "overrides");
                choice.overrides.over_bounds(&choice_at, issues);
            }
        }
        if let Some(assignments) = &self.location_solutions {
            if within(
                issues,
                at,
                "location_solutions",
                assignments.len(),
                LOCATIONS,
            ) {
                let base = pointer(at, "location_solutions");
                for (location, ids) in assignments {
                    within(issues, &base, location, ids.len(), SOLUTIONS);
                }
            }
        }
        within(
            issues,
            at,
            "location_overrides",
            self.location_overrides.len(),
            LOCATIONS,
        );
        within(
            issues,
            at,
            "new_locations",
            self.new_locations.len(),
            NEW_LOCATIONS,
        );
    }
}

impl Bounded for ProfileOverrides {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        let lists = [
            ("industries", self.industries.as_ref(), CATALOGUE_VALUES),
            ("products", self.products.as_ref(), CATALOGUE_VALUES),
            (
                "service_types",
                self.service_types.as_ref(),
                CATALOGUE_VALUES,
            ),
            ("tags", self.tags.as_ref(), TAGS),
            ("target_sizes", self.target_sizes.as_ref(), CATALOGUE_VALUES),
            (
                "excluded_location_ids",
                Some(&self.excluded_location_ids),
                LOCATIONS,
            ),
        ];
        for (name, list, bound) in lists {
            within_opt(issues, at, name, list, bound);
        }
    }
}

impl Bounded for SolutionOverrides {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        within_opt(
            issues,
            at,
            "products",
            self.products.as_ref(),
            CATALOGUE_VALUES,
        );
        within_opt(
            issues,
            at,
            "industries",
            self.industries.as_ref(),
            CATALOGUE_VALUES,
        );
    }
}
