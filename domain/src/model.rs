//! The Partner Center model: business profiles, their locations, their
//! solutions and which solutions each location markets.
//!
//! Two layers: a *draft* holds raw values as a person typed them or as an
//! export held them (any text), and [`validate_profile`] turns a draft into
//! a [`BusinessProfile`] made of checked values, reporting every issue on
//! the way rather than stopping at the first. Both serialize to the same
//! JSON shape.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::catalog::{Industry, Product, ServiceType, TargetSize};
use crate::codes::Code;
use crate::export::{AddressInput, LogoInput, SolutionKind};
use crate::ids::{LocationId, PinpointProfileId, ProfileId, SolutionId};
use crate::issue::{has_errors, Issue};
use crate::values::{
    AddressLine, Description, Email, LinkedInPage, LocationName, LogoFormat, Phone, ProfileName,
    Region, SolutionDescription, SolutionName, Summary, Tag, WebUrl, LOGO_MAX_WIDTH,
};

/// At most this many industries per profile.
pub const MAX_INDUSTRIES: usize = 5;
/// At most this many tags per profile.
pub const MAX_TAGS: usize = 20;
/// A profile has from 1 to this many locations.
pub const MAX_LOCATIONS: usize = 5;

/// A Partner Center business profile, every value checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ProfileDraft", into = "ProfileDraft")]
pub struct BusinessProfile {
    pub id: ProfileId,
    /// The Pinpoint business profile it was imported from, if any.
    pub source_id: Option<PinpointProfileId>,
    pub region: Region,
    pub name: ProfileName,
    pub description: Description,
    pub website: WebUrl,
    pub linkedin: Option<LinkedInPage>,
    pub logo: Option<Logo>,
    pub industries: Vec<Industry>,
    pub products: Vec<Product>,
    pub service_types: Vec<ServiceType>,
    pub tags: Vec<Tag>,
    pub target_sizes: Vec<TargetSize>,
    pub allow_endorsements: bool,
    pub locations: Vec<Location>,
    pub solutions: Vec<Solution>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    pub url: WebUrl,
    pub format: LogoFormat,
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub id: LocationId,
    pub name: LocationName,
    pub phone: Option<Phone>,
    pub email: Option<Email>,
    pub address: Address,
    /// The profile's solutions this location markets.
    pub solution_ids: Vec<SolutionId>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub line1: AddressLine,
    pub line2: Option<AddressLine>,
    pub city: AddressLine,
    pub postal_code: AddressLine,
    pub country: Region,
}

impl Address {
    /// Two addresses are the same when they match ignoring case and spacing.
    pub fn key(&self) -> String {
        address_key(&self.to_input())
    }

    pub fn to_input(&self) -> AddressInput {
        AddressInput {
            line1: self.line1.as_str().to_owned(),
            line2: self.line2.as_ref().map(|l| l.as_str().to_owned()),
            city: self.city.as_str().to_owned(),
            postal_code: self.postal_code.as_str().to_owned(),
            country: self.country.to_string(),
        }
    }
}

pub(crate) fn address_key(address: &AddressInput) -> String {
    let squash = |text: &str| {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    [
        squash(&address.line1),
        squash(address.line2.as_deref().unwrap_or_default()),
        squash(&address.city),
        squash(&address.postal_code),
        squash(&address.country),
    ]
    .join("\u{1f}")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    pub id: SolutionId,
    /// The Pinpoint app or service profile it was imported from.
    pub source_id: Option<String>,
    pub kind: SolutionKind,
    pub name: SolutionName,
    pub summary: Summary,
    pub description: SolutionDescription,
    pub url: Option<WebUrl>,
    pub products: Vec<Product>,
    pub industries: Vec<Industry>,
}

/// A business profile as typed or imported, before any rule is checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileDraft {
    #[serde(default)]
    pub id: ProfileId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<PinpointProfileId>,
    pub region: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub website: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linkedin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<LogoInput>,
    #[serde(default)]
    pub industries: Vec<String>,
    #[serde(default)]
    pub products: Vec<String>,
    #[serde(default)]
    pub service_types: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub target_sizes: Vec<String>,
    #[serde(default = "yes")]
    pub allow_endorsements: bool,
    #[serde(default)]
    pub locations: Vec<LocationDraft>,
    #[serde(default)]
    pub solutions: Vec<SolutionDraft>,
}

impl Default for ProfileDraft {
    /// A draft with nothing in it (endorsements allowed, as Partner Center
    /// starts a profile).
    fn default() -> ProfileDraft {
        ProfileDraft {
            id: ProfileId::default(),
            source_id: None,
            region: String::new(),
            name: String::new(),
            description: String::new(),
            website: String::new(),
            linkedin: None,
            logo: None,
            industries: vec![],
            products: vec![],
            service_types: vec![],
            tags: vec![],
            target_sizes: vec![],
            allow_endorsements: true,
            locations: vec![],
            solutions: vec![],
        }
    }
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LocationDraft {
    #[serde(default)]
    pub id: LocationId,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub address: AddressInput,
    #[serde(default)]
    pub solution_ids: Vec<SolutionId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SolutionDraft {
    #[serde(default)]
    pub id: SolutionId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    pub kind: SolutionKind,
    pub name: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub products: Vec<String>,
    #[serde(default)]
    pub industries: Vec<String>,
}

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

fn check_logo(c: &mut Checker, input: &LogoInput, at: &str) -> Option<Logo> {
    let url = c.check(
        at,
        "url",
        WebUrl::parse_as(&input.url, Code::LogoUrlInvalid),
    );
    let format = c.check(at, "format", LogoFormat::parse(&input.format));
    let mut ok = true;
    if input.width > LOGO_MAX_WIDTH {
        ok = false;
        c.issues.push(
            Issue::error(Code::LogoTooWide, format!("{at}/width"))
                .with("limit", LOGO_MAX_WIDTH)
                .with("actual", input.width),
        );
    }
    if input.height > input.width {
        c.issues.push(
            Issue::warning(Code::LogoTallerThanWide, format!("{at}/height"))
                .with("width", input.width)
                .with("height", input.height),
        );
    }
    let (url, format) = (url?, format?);
    ok.then_some(Logo {
        url,
        format,
        width: input.width,
        height: input.height,
    })
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

fn check_locations(
    c: &mut Checker,
    drafts: &[LocationDraft],
    region: Option<Region>,
    solution_ids: &HashSet<&str>,
    at: &str,
) -> Option<Vec<Location>> {
    let before = c.issues.len();
    if drafts.is_empty() {
        c.issues.push(Issue::error(
            Code::LocationsEmpty,
            format!("{at}/locations"),
        ));
    }
    if drafts.len() > MAX_LOCATIONS {
        c.issues.push(
            Issue::error(Code::LocationsTooMany, format!("{at}/locations"))
                .with("limit", MAX_LOCATIONS)
                .with("actual", drafts.len()),
        );
    }
    let mut locations = Vec::with_capacity(drafts.len());
    let mut first_of: HashMap<String, usize> = HashMap::new();
    for (k, draft) in drafts.iter().enumerate() {
        let path = format!("{at}/locations/{k}");
        let location = check_location(c, draft, region, solution_ids, &path);
        let key = address_key(&draft.address);
        match first_of.get(&key) {
            Some(first) => c.issues.push(
                Issue::error(Code::LocationAddressDuplicate, format!("{path}/address"))
                    .with("first", format!("{at}/locations/{first}")),
            ),
            None => {
                first_of.insert(key, k);
            }
        }
        locations.extend(location);
    }
    (c.issues.len() == before).then_some(locations)
}

fn check_location(
    c: &mut Checker,
    draft: &LocationDraft,
    region: Option<Region>,
    solution_ids: &HashSet<&str>,
    path: &str,
) -> Option<Location> {
    let name = c.check(path, "name", LocationName::parse(&draft.name));
    let phone = c.optional(path, "phone", draft.phone.as_ref(), Phone::parse);
    let email = c.optional(path, "email", draft.email.as_ref(), Email::parse);
    let address = check_address(c, &draft.address, &format!("{path}/address"));
    if let (Some(address), Some(region)) = (&address, region) {
        if address.country != region {
            c.issues.push(
                Issue::error(
                    Code::LocationOutsideRegion,
                    format!("{path}/address/country"),
                )
                .with("country", address.country.as_str())
                .with("region", region.as_str()),
            );
        }
    }
    let mut assigned: Vec<SolutionId> = Vec::with_capacity(draft.solution_ids.len());
    let mut seen: HashSet<&str> = HashSet::with_capacity(draft.solution_ids.len());
    let mut ok = true;
    for (j, id) in draft.solution_ids.iter().enumerate() {
        if !solution_ids.contains(id.as_str()) {
            ok = false;
            c.issues.push(
                Issue::error(
                    Code::LocationSolutionUnknown,
                    format!("{path}/solution_ids/{j}"),
                )
                .with("id", id.as_str()),
            );
        } else if seen.insert(id.as_str()) {
            assigned.push(id.clone());
        }
    }
    Some(Location {
        id: draft.id.clone(),
        name: name?,
        phone: phone.ok()?,
        email: email.ok()?,
        address: address?,
        solution_ids: ok.then_some(assigned)?,
    })
}

fn check_address(c: &mut Checker, input: &AddressInput, at: &str) -> Option<Address> {
    let line1 = c.check(at, "line1", AddressLine::parse(&input.line1, "line1"));
    let line2 = c.optional(at, "line2", input.line2.as_ref(), |text| {
        AddressLine::parse(text, "line2")
    });
    let city = c.check(at, "city", AddressLine::parse(&input.city, "city"));
    let postal_code = c.check(
        at,
        "postal_code",
        AddressLine::parse(&input.postal_code, "postal_code"),
    );
    let country = c.check(
        at,
        "country",
        Region::parse_as(&input.country, Code::CountryInvalid),
    );
    Some(Address {
        line1: line1?,
        line2: line2.ok()?,
        city: city?,
        postal_code: postal_code?,
        country: country?,
    })
}

impl BusinessProfile {
    /// The profile as a draft: the starting point of every edit.
    pub fn to_draft(&self) -> ProfileDraft {
        ProfileDraft {
            id: self.id.clone(),
            source_id: self.source_id.clone(),
            region: self.region.to_string(),
            name: self.name.to_string(),
            description: self.description.to_string(),
            website: self.website.as_str().to_owned(),
            linkedin: self.linkedin.as_ref().map(|l| l.as_str().to_owned()),
            logo: self.logo.as_ref().map(|logo| LogoInput {
                url: logo.url.as_str().to_owned(),
                format: match logo.format {
                    LogoFormat::Gif => "gif",
                    LogoFormat::Jpg => "jpg",
                    LogoFormat::Png => "png",
                }
                .to_owned(),
                width: logo.width,
                height: logo.height,
            }),
            industries: self
                .industries
                .iter()
                .map(|i| i.name().to_owned())
                .collect(),
            products: self.products.iter().map(|p| p.name().to_owned()).collect(),
            service_types: self
                .service_types
                .iter()
                .map(|s| s.name().to_owned())
                .collect(),
            tags: self.tags.iter().map(ToString::to_string).collect(),
            target_sizes: self
                .target_sizes
                .iter()
                .map(|s| s.name().to_owned())
                .collect(),
            allow_endorsements: self.allow_endorsements,
            locations: self.locations.iter().map(Location::to_draft).collect(),
            solutions: self.solutions.iter().map(Solution::to_draft).collect(),
        }
    }

    pub fn location(&self, id: &str) -> Option<&Location> {
        self.locations.iter().find(|l| l.id == id)
    }

    pub fn solution(&self, id: &str) -> Option<&Solution> {
        self.solutions.iter().find(|s| s.id == id)
    }
}

impl Location {
    pub fn to_draft(&self) -> LocationDraft {
        LocationDraft {
            id: self.id.clone(),
            name: self.name.to_string(),
            phone: self.phone.as_ref().map(|p| p.as_str().to_owned()),
            email: self.email.as_ref().map(|e| e.as_str().to_owned()),
            address: self.address.to_input(),
            solution_ids: self.solution_ids.clone(),
        }
    }
}

impl Solution {
    pub fn to_draft(&self) -> SolutionDraft {
        SolutionDraft {
            id: self.id.clone(),
            source_id: self.source_id.clone(),
            kind: self.kind,
            name: self.name.to_string(),
            summary: self.summary.to_string(),
            description: self.description.to_string(),
            url: self.url.as_ref().map(|u| u.as_str().to_owned()),
            products: self.products.iter().map(|p| p.name().to_owned()).collect(),
            industries: self
                .industries
                .iter()
                .map(|i| i.name().to_owned())
                .collect(),
        }
    }
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

impl From<BusinessProfile> for ProfileDraft {
    fn from(profile: BusinessProfile) -> ProfileDraft {
        profile.to_draft()
    }
}
