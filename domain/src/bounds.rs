//! Bounded work: how many entries each list of a request or an export may
//! hold, and how many issues an answer lists.
//!
//! These are not rules of Partner Center (those are in [`model`]: at most
//! 5 industries, 20 tags, 5 locations); they cap the work one request can
//! ask for. A list over its bound is refused as a whole, by its length
//! alone, before any of its entries is looked at: [`Bounded::over_bounds`]
//! reads lengths only, outer lists first, and does not look inside a list
//! that is itself over its bound.
//!
//! This module is a leaf of the domain: the trait, the limits and
//! [`LISTS`]. Each `impl Bounded` stands next to its type, and says its
//! lists one a line through [`Lists`].
//!
//! The server checks every JSON body right after reading it (422
//! `validation_failed` with `list_too_long` issues), the export parser
//! checks an export before its integrity, and [`plan_import`] checks its
//! request first. [`LISTS`] names every bounded list for the OpenAPI
//! document (`maxItems`, `maxProperties`).
//!
//! [`model`]: crate::model
//! [`plan_import`]: crate::plan::plan_import

use crate::codes::Code;
use crate::issue::{pointer, Issue, LocalizedIssue};
use crate::messages::Messages;

/// A bound on one kind of list: at most `max` entries, else `code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound {
    pub max: usize,
    pub code: Code,
}

impl Bound {
    const fn of(max: usize) -> Bound {
        Bound {
            max,
            code: Code::ListTooLong,
        }
    }
}

/// Business profiles of an export, and selections of a request: one per
/// region, and ISO 3166-1 has 249 codes.
pub const PROFILES: Bound = Bound::of(250);
/// Catalogue values of one list: industries, products, service types,
/// customer sizes (of a profile, a solution or an override). The
/// catalogues hold 15 or fewer; Partner Center keeps at most 5 industries.
pub const CATALOGUE_VALUES: Bound = Bound::of(100);
/// Tags of a profile (Partner Center keeps at most 20).
pub const TAGS: Bound = Bound::of(100);
/// Locations of one Pinpoint business profile or draft, and the lists
/// keyed by location (excluded ids, corrections, assignments, a solution's
/// `location_ids`).
pub const LOCATIONS: Bound = Bound::of(1_000);
/// New locations of one selection: no more than a profile holds
/// (`validate::MAX_LOCATIONS`, which asserts that it is the same number).
pub const NEW_LOCATIONS: Bound = Bound {
    max: 5,
    code: Code::LocationsTooMany,
};
/// Solutions of a draft, solution choices and solution ids (of a
/// location, of an assignment).
pub const SOLUTIONS: Bound = Bound::of(1_000);
/// App profiles, and service profiles, of an export: together no more
/// than [`SOLUTIONS`], so that the request that imports everything
/// ([`ImportRequest::everything`]) is within its own bounds.
pub const APP_OR_SERVICE_PROFILES: Bound = Bound::of(SOLUTIONS.max / 2);
/// Customer referrals of an export.
pub const REFERRALS: Bound = Bound::of(10_000);
/// Customer reviews of an export (only counted).
pub const REVIEWS: Bound = Bound::of(10_000);

/// Places of a wizard draft the partner went on from: the account, the
/// choice, three steps of each of [`PROFILES`] and the review.
pub const PLACES: Bound = Bound::of(3 * PROFILES.max + 3);

/// Roles asked of the demo token route.
pub const ROLES: Bound = Bound::of(20);

/// At most this many issues are listed in an answer (a preview's report,
/// a problem); the answer also says how many there were in all.
pub const MAX_ISSUES_SHOWN: usize = 100;

/// The issues an answer lists: the first [`MAX_ISSUES_SHOWN`], each with
/// its message in `messages`' language (the answer says how many in all).
pub fn shown(issues: &[Issue], messages: &Messages) -> Vec<LocalizedIssue> {
    issues
        .iter()
        .take(MAX_ISSUES_SHOWN)
        .map(|i| i.localized(messages))
        .collect()
}

/// One bounded list of a wire type, as the OpenAPI document names it: the
/// schema, the property, its bound. Every list [`Bounded`] checks is here;
/// a test walks this table and checks each one is refused past its bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoundedList {
    pub schema: &'static str,
    pub property: &'static str,
    pub bound: Bound,
}

const fn list(schema: &'static str, property: &'static str, bound: Bound) -> BoundedList {
    BoundedList {
        schema,
        property,
        bound,
    }
}

/// Every bounded list, by schema and property.
pub const LISTS: &[BoundedList] = &[
    list("ImportRequest", "selections", PROFILES),
    list("Selection", "solutions", SOLUTIONS),
    list("Selection", "location_solutions", LOCATIONS),
    list("Selection", "location_overrides", LOCATIONS),
    list("Selection", "new_locations", NEW_LOCATIONS),
    list("ProfileOverrides", "industries", CATALOGUE_VALUES),
    list("ProfileOverrides", "products", CATALOGUE_VALUES),
    list("ProfileOverrides", "service_types", CATALOGUE_VALUES),
    list("ProfileOverrides", "tags", TAGS),
    list("ProfileOverrides", "target_sizes", CATALOGUE_VALUES),
    list("ProfileOverrides", "excluded_location_ids", LOCATIONS),
    list("SolutionOverrides", "products", CATALOGUE_VALUES),
    list("SolutionOverrides", "industries", CATALOGUE_VALUES),
    list("ProfileDraft", "industries", CATALOGUE_VALUES),
    list("ProfileDraft", "products", CATALOGUE_VALUES),
    list("ProfileDraft", "service_types", CATALOGUE_VALUES),
    list("ProfileDraft", "tags", TAGS),
    list("ProfileDraft", "target_sizes", CATALOGUE_VALUES),
    list("ProfileDraft", "locations", LOCATIONS),
    list("ProfileDraft", "solutions", SOLUTIONS),
    list("LocationDraft", "solution_ids", SOLUTIONS),
    list("SolutionDraft", "products", CATALOGUE_VALUES),
    list("SolutionDraft", "industries", CATALOGUE_VALUES),
    list("SolutionIds", "solution_ids", SOLUTIONS),
    list("DevTokenRequest", "roles", ROLES),
    list("DraftContent", "selections", PROFILES),
    list("DraftContent", "chosen", PROFILES),
    list("DraftContent", "reviewed", PLACES),
    list("PinpointExport", "business_profiles", PROFILES),
    list("PinpointExport", "app_profiles", APP_OR_SERVICE_PROFILES),
    list(
        "PinpointExport",
        "service_profiles",
        APP_OR_SERVICE_PROFILES,
    ),
    list("PinpointExport", "referrals", REFERRALS),
    list("PinpointExport", "customer_reviews", REVIEWS),
    list("PinpointProfile", "industries", CATALOGUE_VALUES),
    list("PinpointProfile", "products", CATALOGUE_VALUES),
    list("PinpointProfile", "service_types", CATALOGUE_VALUES),
    list("PinpointProfile", "tags", TAGS),
    list("PinpointProfile", "target_sizes", CATALOGUE_VALUES),
    list("PinpointProfile", "locations", LOCATIONS),
    list("PinpointSolution", "products", CATALOGUE_VALUES),
    list("PinpointSolution", "industries", CATALOGUE_VALUES),
    list("PinpointSolution", "location_ids", LOCATIONS),
];

/// A value whose lists have bounds.
pub trait Bounded {
    /// Pushes one issue for each list of `self` over its bound, at its
    /// JSON Pointer under `at`. Reads lengths only; a list over its bound
    /// is not looked inside.
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>);
}

/// Every list of `value` over its bound, as issues at paths from the root.
pub fn over_bounds<T: Bounded + ?Sized>(value: &T) -> Vec<Issue> {
    let mut issues = Vec::new();
    value.over_bounds("", &mut issues);
    issues
}

/// Checks one list's length; true when it is within its bound (and may be
/// looked inside).
fn within(issues: &mut Vec<Issue>, at: &str, name: &str, len: usize, bound: Bound) -> bool {
    if len <= bound.max {
        return true;
    }
    issues.push(
        Issue::error(bound.code, pointer(at, name))
            .with("limit", bound.max)
            .with("actual", len),
    );
    false
}

/// The same for an optional list (absent: nothing to check).
fn within_opt<T>(
    issues: &mut Vec<Issue>,
    at: &str,
    name: &str,
    list: Option<&Vec<T>>,
    bound: Bound,
) -> bool {
    list.is_none_or(|list| within(issues, at, name, list.len(), bound))
}

/// The lists of one value, checked at its path: what an `impl Bounded`
/// says, one list a line.
pub struct Lists<'a> {
    issues: &'a mut Vec<Issue>,
    at: &'a str,
}

impl<'a> Lists<'a> {
    pub fn at(at: &'a str, issues: &'a mut Vec<Issue>) -> Lists<'a> {
        Lists { issues, at }
    }

    /// A list of `len` entries; true when within `bound`.
    pub fn check(&mut self, name: &str, len: usize, bound: Bound) -> bool {
        within(self.issues, self.at, name, len, bound)
    }

    /// An optional list (absent: nothing to check).
    pub fn check_opt<T>(&mut self, name: &str, list: Option<&Vec<T>>, bound: Bound) -> bool {
        within_opt(self.issues, self.at, name, list, bound)
    }

    /// A list, and then each of its entries when it is within `bound`.
    pub fn check_each<T: Bounded>(&mut self, name: &str, list: &[T], bound: Bound) {
        if self.check(name, list.len(), bound) {
            each(self.issues, self.at, name, list);
        }
    }
}

/// Checks each entry of a list already within its bound.
fn each<T: Bounded>(issues: &mut Vec<Issue>, at: &str, name: &str, list: &[T]) {
    let base = pointer(at, name);
    for (n, entry) in list.iter().enumerate() {
        entry.over_bounds(&pointer(&base, n), issues);
    }
}
