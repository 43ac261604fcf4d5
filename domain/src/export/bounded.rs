//! How long each list of an export may be: each type's [`Bounded`] (see
//! [`crate::bounds`]).

use crate::bounds::{
    Bounded, Lists, APP_OR_SERVICE_PROFILES, CATALOGUE_VALUES, LOCATIONS, PROFILES, REFERRALS,
    REVIEWS, TAGS,
};
use crate::issue::Issue;

use super::{PinpointExport, PinpointProfile, PinpointSolution};

impl Bounded for PinpointExport {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        let mut lists = Lists::at(at, issues);
        lists.check_each("business_profiles", &self.business_profiles, PROFILES);
        let (apps, services) = (&self.app_profiles, &self.service_profiles);
        lists.check_each("app_profiles", apps, APP_OR_SERVICE_PROFILES);
        lists.check_each("service_profiles", services, APP_OR_SERVICE_PROFILES);
        lists.check("referrals", self.referrals.len(), REFERRALS);
        lists.check("customer_reviews", self.customer_reviews.len(), REVIEWS);
    }
}

impl Bounded for PinpointProfile {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        let mut lists = Lists::at(at, issues);
        lists.check("industries", self.industries.len(), CATALOGUE_VALUES);
        lists.check("products", self.products.len(), CATALOGUE_VALUES);
        lists.check("service_types", self.service_types.len(), CATALOGUE_VALUES);
        lists.check("tags", self.tags.len(), TAGS);
        lists.check("target_sizes", self.target_sizes.len(), CATALOGUE_VALUES);
        lists.check("locations", self.locations.len(), LOCATIONS);
    }
}

impl Bounded for PinpointSolution {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        let mut lists = Lists::at(at, issues);
        lists.check("products", self.products.len(), CATALOGUE_VALUES);
        lists.check("industries", self.industries.len(), CATALOGUE_VALUES);
        lists.check("location_ids", self.location_ids.len(), LOCATIONS);
    }
}
