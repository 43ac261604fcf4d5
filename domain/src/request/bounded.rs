//! How long each list of an import request may be: each type's
//! [`Bounded`] (see [`crate::bounds`]).

use crate::bounds::{
    Bounded, Lists, CATALOGUE_VALUES, LOCATIONS, NEW_LOCATIONS, PROFILES, SOLUTIONS, TAGS,
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
        Lists::at(at, issues).check_each("selections", &self.selections, PROFILES);
    }
}

impl Bounded for Selection {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        self.overrides
            .over_bounds(&pointer(at, "overrides"), issues);
        let solutions = self.solutions.as_ref();
        if Lists::at(at, issues).check_opt("solutions", solutions, SOLUTIONS) {
            let base = pointer(at, "solutions");
            for (n, choice) in solutions.into_iter().flatten().enumerate() {
                let choice_at = pointer(&pointer(&base, n), "overrides");
                choice.overrides.over_bounds(&choice_at, issues);
            }
        }
        if let Some(assignments) = &self.location_solutions {
            if Lists::at(at, issues).check("location_solutions", assignments.len(), LOCATIONS) {
                let base = pointer(at, "location_solutions");
                let mut each = Lists::at(&base, issues);
                for (location, ids) in assignments {
                    each.check(location, ids.len(), SOLUTIONS);
                }
            }
        }
        let mut lists = Lists::at(at, issues);
        lists.check(
            "location_overrides",
            self.location_overrides.len(),
            LOCATIONS,
        );
        lists.check("new_locations", self.new_locations.len(), NEW_LOCATIONS);
    }
}

impl Bounded for ProfileOverrides {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        let mut lists = Lists::at(at, issues);
        lists.check_opt("industries", self.industries.as_ref(), CATALOGUE_VALUES);
        lists.check_opt("products", self.products.as_ref(), CATALOGUE_VALUES);
        lists.check_opt(
            "service_types",
            self.service_types.as_ref(),
            CATALOGUE_VALUES,
        );
        lists.check_opt("tags", self.tags.as_ref(), TAGS);
        lists.check_opt("target_sizes", self.target_sizes.as_ref(), CATALOGUE_VALUES);
        let excluded = &self.excluded_location_ids;
        lists.check("excluded_location_ids", excluded.len(), LOCATIONS);
    }
}

impl Bounded for SolutionOverrides {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        let mut lists = Lists::at(at, issues);
        lists.check_opt("products", self.products.as_ref(), CATALOGUE_VALUES);
        lists.check_opt("industries", self.industries.as_ref(), CATALOGUE_VALUES);
    }
}
