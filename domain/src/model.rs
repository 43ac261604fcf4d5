//! The Partner Center model: business profiles, their locations, their
//! solutions and which solutions each location markets.
//!
//! Two layers: a *draft* holds raw values as a person typed them or as an
//! export held them (any text), and
//! [`validate_profile`](crate::validate::validate_profile) turns a draft
//! into a [`BusinessProfile`] made of checked values, reporting every issue
//! on the way rather than stopping at the first. Both serialize to the
//! same JSON shape.

use serde::{Deserialize, Serialize};

use crate::bounds::{Bounded, Lists, CATALOGUE_VALUES, LOCATIONS, SOLUTIONS, TAGS};
use crate::catalog::{Industry, Product, ServiceType, TargetSize};
use crate::ids::{LocationId, LogoId, PinpointProfileId, ProfileId, SolutionId};
use crate::input::{AddressInput, LogoInput, SolutionKind};
use crate::issue::Issue;
use crate::values::{
    AddressLine, Description, Email, LinkedInPage, LocationName, LogoFormat, Phone, ProfileName,
    Region, SolutionDescription, SolutionName, Summary, Tag, WebUrl,
};

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
    pub image: LogoImage,
    pub format: LogoFormat,
    pub width: u32,
    pub height: u32,
}

/// Where a logo's image is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogoImage {
    /// At a web address (a Pinpoint export's logo).
    Web(WebUrl),
    /// The partner's upload of this id (`POST /api/v1/logos`).
    Upload(LogoId),
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
                url: match &logo.image {
                    LogoImage::Web(url) => url.as_str().to_owned(),
                    LogoImage::Upload(_) => String::new(),
                },
                upload: match &logo.image {
                    LogoImage::Web(_) => None,
                    LogoImage::Upload(id) => Some(id.clone()),
                },
                format: logo.format.as_str().to_owned(),
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

impl From<BusinessProfile> for ProfileDraft {
    fn from(profile: BusinessProfile) -> ProfileDraft {
        profile.to_draft()
    }
}

impl Bounded for ProfileDraft {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        let mut lists = Lists::at(at, issues);
        lists.check("industries", self.industries.len(), CATALOGUE_VALUES);
        lists.check("products", self.products.len(), CATALOGUE_VALUES);
        lists.check("service_types", self.service_types.len(), CATALOGUE_VALUES);
        lists.check("tags", self.tags.len(), TAGS);
        lists.check("target_sizes", self.target_sizes.len(), CATALOGUE_VALUES);
        lists.check_each("locations", &self.locations, LOCATIONS);
        lists.check_each("solutions", &self.solutions, SOLUTIONS);
    }
}

impl Bounded for LocationDraft {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        let mut lists = Lists::at(at, issues);
        lists.check("solution_ids", self.solution_ids.len(), SOLUTIONS);
    }
}

impl Bounded for SolutionDraft {
    fn over_bounds(&self, at: &str, issues: &mut Vec<Issue>) {
        let mut lists = Lists::at(at, issues);
        lists.check("products", self.products.len(), CATALOGUE_VALUES);
        lists.check("industries", self.industries.len(), CATALOGUE_VALUES);
    }
}
