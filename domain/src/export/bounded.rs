//! How long each list of an export may be: each type's [`Bounded`] (see
//! [`crate::bounds`]).

use crate::bounds::{
    each, within, Bounded, APP_OR_SERVICE_PROFILES, CATALOGUE_VALUES, LOCATIONS, PROFILES,
    REFERRALS, REVIEWS, TAGS,
};
use crate::issue::Issue;

use super::{PinpointExport, PinpointProfile, PinpointSolution};

impl Bounded for PinpointExport {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        if within(
            issues,
            at,
            "business_profiles",
            self.business_profiles.len(),
            PROFILES,
        ) {
            each(issues, at, "business_profiles", &self.business_profiles);
        }
        for (name, list) in [
            ("app_profiles", &self.app_profiles),
            ("service_profiles", &self.service_profiles),
        ] {
            if within(issues, at, name, list.len(), APP_OR_SERVICE_PROFILES) {
                each(issues, at, name, list);
            }
        }
        within(issues, at, "referrals", self.referrals.len(), REFERRALS);
        within(
            issues,
            at,
            "customer_reviews",
            self.customer_reviews.len(),
            REVIEWS,
        );
    }
}

impl Bounded for PinpointProfile {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        let lists = [
            ("industries", &self.industries, CATALOGUE_VALUES),
            ("products", &self.products, CATALOGUE_VALUES),
            ("service_types", &self.service_types, CATALOGUE_VALUES),
            ("tags", &self.tags, TAGS),
            ("target_sizes", &self.target_sizes, CATALOGUE_VALUES),
        ];
        for (name, list, bound) in lists {
            within(issues, at, name, list.len(), bound);
        }
        within(issues, at, "locations", self.locations.len(), LOCATIONS);
    }
}

impl Bounded for PinpointSolution {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        within(
            issues,
            at,
            "products",
            self.products.len(),
            CATALOGUE_VALUES,
        );
        within(
            issues,
            at,
            "industries",
            self.industries.len(),
            CATALOGUE_VALUES,
        );
        within(
            issues,
            at,
            "location_ids",
            self.location_ids.len(),
            LOCATIONS,
        );
    }
}
