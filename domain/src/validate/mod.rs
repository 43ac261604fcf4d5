//! The rules of a business profile (SPEC §3): [`validate_profile`] turns a
//! [`ProfileDraft`] into a [`BusinessProfile`] of checked values,
//! reporting every issue on the way rather than stopping at the first.

use std::collections::{HashMap, HashSet};

mod locations;
mod logo;

use locations::check_locations;
use logo::check_logo;
pub use logo::check_logo_image;

use crate::catalog::{Industry, Product, ServiceType, TargetSize};
use crate::codes::Code;
use crate::issue::{has_errors, Issue};
use crate::model::{BusinessProfile, ProfileDraft, Solution, SolutionDraft};
use crate::values::{
    Description, LinkedInPage, ProfileName, Region, SolutionDescription, SolutionName, Summary,
    Tag, WebUrl,
};

/// At most this many industries per profile.
pub const MAX_INDUSTRIES: usize = 5;
/// At most this many tags per profile.
pub const MAX_TAGS: usize = 20;
/// A profile has from 1 to this many locations.
pub const MAX_LOCATIONS: usize = 5;

// A selection may add no more new locations than a profile holds.
const _: () = assert!(crate::bounds::NEW_LOCATIONS.max == MAX_LOCATIONS);

/// `None` for an absent or blank optional text.
fn present(text: Option<&String>) -> Option<&str> {
    text.map(|t| t.trim()).filter(|t| !t.is_empty())
}

/// Collects issues while values are checked, placing each at its path.
struct Checker {
    issues: Vec<Issue>,
}

impl Checker {
    /// The value `result` holds; its issue, at `{at}/{field}`, otherwise.
    /// The path is written only for an issue: most values are valid.
    fn check<T>(
        &mut self,
        at: &str,
        field: impl std::fmt::Display,
        result: Result<T, Issue>,
    ) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(issue) => {
                self.issues.push(issue.at(format!("{at}/{field}")));
                None
            }
        }
    }

    fn optional<T>(
        &mut self,
        at: &str,
        field: &str,
        raw: Option<&String>,
        parse: impl FnOnce(&str) -> Result<T, Issue>,
    ) -> Result<Option<T>, ()> {
        match present(raw) {
            None => Ok(None),
            Some(text) => self.check(at, field, parse(text)).map(Some).ok_or(()),
        }
    }

    /// Parses each catalogue entry of list `{at}/{field}` once, dropping
    /// repeats of the same entry.
    fn catalogue<T: PartialEq + Copy>(
        &mut self,
        at: &str,
        field: &str,
        raw: &[String],
        find: impl Fn(&str) -> Option<T>,
        code: Code,
    ) -> Option<Vec<T>> {
        let mut values = Vec::with_capacity(raw.len());
        let mut ok = true;
        for (k, text) in raw.iter().enumerate() {
            match find(text) {
                Some(value) if values.contains(&value) => {}
                Some(value) => values.push(value),
                None => {
                    ok = false;
                    self.issues.push(
                        Issue::error(code, format!("{at}/{field}/{k}")).with("value", text.trim()),
                    );
                }
            }
        }
        ok.then_some(values)
    }
}

/// Checks every rule of SPEC §3 on `draft`, reporting issues under the
/// JSON Pointer `at`. Returns the checked profile only when no rule fails
/// with an error; warnings come back either way.
pub fn validate_profile(draft: &ProfileDraft, at: &str) -> (Option<BusinessProfile>, Vec<Issue>) {
    let mut c = Checker { issues: Vec::new() };

    let region = c.check(at, "region", Region::parse(&draft.region));
    let name = c.check(at, "name", ProfileName::parse(&draft.name));
    let description = c.check(at, "description", Description::parse(&draft.description));
    let website = c.check(
        at,
        "website",
        WebUrl::parse_as(&draft.website, Code::WebsiteInvalid),
    );
    let linkedin = c.optional(at, "linkedin", draft.linkedin.as_ref(), LinkedInPage::parse);
    let logo = match &draft.logo {
        None => Ok(None),
        Some(input) => check_logo(&mut c, input, &format!("{at}/logo"))
            .map(Some)
            .ok_or(()),
    };

    let industries = c.catalogue(
        at,
        "industries",
        &draft.industries,
        Industry::find,
        Code::IndustryUnknown,
    );
    if let Some(industries) = &industries {
        if industries.len() > MAX_INDUSTRIES {
            c.issues.push(
                Issue::error(Code::IndustriesTooMany, format!("{at}/industries"))
                    .with("limit", MAX_INDUSTRIES)
                    .with("actual", industries.len()),
            );
        }
    }
    let products = c.catalogue(
        at,
        "products",
        &draft.products,
        Product::find,
        Code::ProductUnknown,
    );
    let service_types = c.catalogue(
        at,
        "service_types",
        &draft.service_types,
        ServiceType::find,
        Code::ServiceTypeUnknown,
    );
    let tags = check_tags(&mut c, &draft.tags, &format!("{at}/tags"));
    let target_sizes = c.catalogue(
        at,
        "target_sizes",
        &draft.target_sizes,
        TargetSize::find,
        Code::TargetSizeUnknown,
    );
    if draft.target_sizes.is_empty() {
        c.issues.push(Issue::error(
            Code::TargetSizesEmpty,
            format!("{at}/target_sizes"),
        ));
    }

    // Every string of the draft, at once: storage keeps no control character.
    c.issues.extend(crate::text::control_characters(draft, at));
    let solutions = check_solutions(&mut c, &draft.solutions, at);
    let solution_ids: HashSet<&str> = draft.solutions.iter().map(|s| s.id.as_str()).collect();
    let locations = check_locations(&mut c, &draft.locations, region, &solution_ids, at);

    let profile = (|| {
        if has_errors(&c.issues) {
            return None;
        }
        Some(BusinessProfile {
            id: draft.id.clone(),
            source_id: draft.source_id.clone(),
            region: region?,
            name: name?,
            description: description?,
            website: website?,
            linkedin: linkedin.ok()?,
            logo: logo.ok()?,
            industries: industries?,
            products: products?,
            service_types: service_types?,
            tags: tags?,
            target_sizes: target_sizes?,
            allow_endorsements: draft.allow_endorsements,
            locations: locations?,
            solutions: solutions?,
        })
    })();
    (profile, c.issues)
}

fn check_tags(c: &mut Checker, raw: &[String], at: &str) -> Option<Vec<Tag>> {
    let before = c.issues.len();
    let mut tags = Vec::with_capacity(raw.len());
    let mut first_of: HashMap<String, usize> = HashMap::new();
    for (k, text) in raw.iter().enumerate() {
        if let Some(tag) = c.check(at, k, Tag::parse(text)) {
            match first_of.get(&tag.key()) {
                Some(first) => c.issues.push(
                    Issue::error(Code::TagDuplicate, format!("{at}/{k}"))
                        .with("value", tag.as_str())
                        .with("first", format!("{at}/{first}")),
                ),
                None => {
                    first_of.insert(tag.key(), k);
                    tags.push(tag);
                }
            }
        }
    }
    if raw.len() > MAX_TAGS {
        c.issues.push(
            Issue::error(Code::TagsTooMany, at)
                .with("limit", MAX_TAGS)
                .with("actual", raw.len()),
        );
    }
    (c.issues.len() == before).then_some(tags)
}

fn check_solutions(c: &mut Checker, drafts: &[SolutionDraft], at: &str) -> Option<Vec<Solution>> {
    let before = c.issues.len();
    let mut solutions = Vec::with_capacity(drafts.len());
    let mut first_of: HashMap<String, usize> = HashMap::new();
    for (k, draft) in drafts.iter().enumerate() {
        let path = format!("{at}/solutions/{k}");
        let name = c.check(&path, "name", SolutionName::parse(&draft.name));
        if let Some(name) = &name {
            match first_of.get(&name.key()) {
                Some(first) => c.issues.push(
                    Issue::error(Code::SolutionNameDuplicate, format!("{path}/name"))
                        .with("value", name.as_str())
                        .with("first", format!("{at}/solutions/{first}/name")),
                ),
                None => {
                    first_of.insert(name.key(), k);
                }
            }
        }
        let summary = c.check(&path, "summary", Summary::parse(&draft.summary));
        let description = c.check(
            &path,
            "description",
            SolutionDescription::parse(&draft.description),
        );
        let url = c.optional(&path, "url", draft.url.as_ref(), |text| {
            WebUrl::parse_as(text, Code::SolutionUrlInvalid)
        });
        let products = c.catalogue(
            &path,
            "products",
            &draft.products,
            Product::find,
            Code::ProductUnknown,
        );
        let industries = c.catalogue(
            &path,
            "industries",
            &draft.industries,
            Industry::find,
            Code::IndustryUnknown,
        );
        if let (
            Some(name),
            Some(summary),
            Some(description),
            Ok(url),
            Some(products),
            Some(industries),
        ) = (name, summary, description, url, products, industries)
        {
            solutions.push(Solution {
                id: draft.id.clone(),
                source_id: draft.source_id.clone(),
                kind: draft.kind,
                name,
                summary,
                description,
                url,
                products,
                industries,
            });
        }
    }
    (c.issues.len() == before).then_some(solutions)
}

/// A stored profile is re-checked when read back: nothing invalid enters
/// the model, whatever the storage held.
impl TryFrom<ProfileDraft> for BusinessProfile {
    type Error = String;
    fn try_from(draft: ProfileDraft) -> Result<Self, String> {
        match validate_profile(&draft, "") {
            (Some(profile), _) => Ok(profile),
            (None, issues) => Err(issues
                .iter()
                .filter(|i| i.is_error())
                .map(|i| format!("{} at {}", i.code, i.path))
                .collect::<Vec<_>>()
                .join(", ")),
        }
    }
}
