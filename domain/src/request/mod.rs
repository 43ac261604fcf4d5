//! The import request (API.md, "Import request"): which Pinpoint business
//! profiles to copy, the partner's edits, which solutions to bring and
//! which location markets which, and the two acknowledgements.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::export::PinpointExport;
use crate::ids::{LocationId, PinpointProfileId};
use crate::input::{AddressInput, LogoInput};
use crate::model::LocationDraft;

mod bounded;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportRequest {
    pub selections: Vec<Selection>,
    #[serde(default)]
    pub acknowledgements: Acknowledgements,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Acknowledgements {
    /// The partner has noted (or downloaded) their customer referrals.
    #[serde(default)]
    pub referrals_noted: bool,
    /// The partner understands that importing closes the Pinpoint account.
    #[serde(default)]
    pub account_closure: bool,
}

impl Acknowledgements {
    pub const BOTH: Acknowledgements = Acknowledgements {
        referrals_noted: true,
        account_closure: true,
    };

    pub fn complete(self) -> bool {
        self.referrals_noted && self.account_closure
    }
}

/// One Pinpoint business profile to copy, with the partner's edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Selection {
    pub pinpoint_profile_id: PinpointProfileId,
    #[serde(default)]
    pub overrides: ProfileOverrides,
    /// The app and service profiles to bring as solutions. Absent: all of
    /// this profile's, as they are. Present: exactly those listed with
    /// `include: true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solutions: Option<Vec<SolutionChoice>>,
    /// Location id → the source ids of the solutions it markets. Absent:
    /// as Pinpoint had it. Present: exactly this (a location not listed
    /// markets nothing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_solutions: Option<BTreeMap<String, Vec<String>>>,
    /// Pinpoint location id → the partner's corrections to it (any field,
    /// the address included: it becomes fixed only once imported).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub location_overrides: BTreeMap<String, LocationPatch>,
    /// Locations the partner adds. In `location_solutions` and in the
    /// plan, the `n`-th is named [`new_location_id`]`(n)`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub new_locations: Vec<NewLocation>,
}

/// The id the plan gives the `n`-th new location of a selection, until
/// the import gives it a real one. Pinpoint's ids are kept as they are, so
/// a new location's id has a prefix no export id has (`+`); the planner
/// checks that anyway.
pub fn new_location_id(n: usize) -> String {
    format!("+new-{n}")
}

impl Selection {
    pub fn new(pinpoint_profile_id: impl Into<PinpointProfileId>) -> Selection {
        Selection {
            pinpoint_profile_id: pinpoint_profile_id.into(),
            overrides: ProfileOverrides::default(),
            solutions: None,
            location_solutions: None,
            location_overrides: BTreeMap::new(),
            new_locations: Vec::new(),
        }
    }
}

/// Replaces a field of the Pinpoint profile; an absent field keeps the
/// Pinpoint value. For `linkedin` and `logo`, `null` removes the value.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileOverrides {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(
        default,
        deserialize_with = "present_or_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub linkedin: Option<Option<String>>,
    #[serde(
        default,
        deserialize_with = "present_or_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub logo: Option<Option<LogoInput>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industries: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_types: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_sizes: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_endorsements: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excluded_location_ids: Vec<String>,
}

/// The fields a partner may give for a new location. `Default` is the
/// empty form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewLocation {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub address: AddressInput,
}

/// A change to a location. Before import (`Selection::location_overrides`)
/// every field may change; after import the address may be repeated as it
/// is, but not changed (`ops::edit_location`). For `phone` and `email`,
/// `null` removes the value.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LocationPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        default,
        deserialize_with = "present_or_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub phone: Option<Option<String>>,
    #[serde(
        default,
        deserialize_with = "present_or_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub email: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<AddressInput>,
}

/// One app or service profile and whether (and how) to import it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SolutionChoice {
    pub source_id: String,
    #[serde(default = "yes")]
    pub include: bool,
    #[serde(default)]
    pub overrides: SolutionOverrides,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SolutionOverrides {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(
        default,
        deserialize_with = "present_or_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub url: Option<Option<String>>,
    /// Replaces the products: Microsoft products only, by name or alias.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industries: Option<Vec<String>>,
}

/// Tells an absent field (`None`, via `default`) from an explicit `null`
/// (`Some(None)`).
fn present_or_null<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

impl ImportRequest {
    /// The request a wizard starts from: every business profile selected,
    /// every app and service profile included as a solution, each assigned
    /// to the locations its Pinpoint profile lists; no overrides, and the
    /// acknowledgements not yet given.
    pub fn everything(export: &PinpointExport) -> ImportRequest {
        let selections = export
            .business_profiles
            .iter()
            .map(|profile| {
                let own: Vec<_> = export.solutions_of(&profile.id).map(|(_, s)| s).collect();
                let solutions = own
                    .iter()
                    .map(|s| SolutionChoice {
                        source_id: s.id.clone(),
                        include: true,
                        overrides: SolutionOverrides::default(),
                    })
                    .collect();
                let location_solutions = profile
                    .locations
                    .iter()
                    .map(|location| {
                        let ids = own
                            .iter()
                            .filter(|s| s.location_ids.contains(&location.id))
                            .map(|s| s.id.clone())
                            .collect();
                        (location.id.clone(), ids)
                    })
                    .collect();
                Selection {
                    pinpoint_profile_id: profile.id.clone(),
                    overrides: ProfileOverrides::default(),
                    solutions: Some(solutions),
                    location_solutions: Some(location_solutions),
                    location_overrides: BTreeMap::new(),
                    new_locations: Vec::new(),
                }
            })
            .collect();
        ImportRequest {
            selections,
            acknowledgements: Acknowledgements::default(),
        }
    }

    /// The same request with both acknowledgements given.
    pub fn acknowledged(mut self) -> ImportRequest {
        self.acknowledgements = Acknowledgements::BOTH;
        self
    }
}

impl ProfileOverrides {
    /// Writes every field this override sets into `draft`. Excluded
    /// locations are not applied here: the planner lists them as not
    /// imported, an edit deletes them.
    pub fn apply(&self, draft: &mut crate::model::ProfileDraft) {
        fn set<T: Clone>(target: &mut T, value: &Option<T>) {
            if let Some(value) = value {
                target.clone_from(value);
            }
        }
        set(&mut draft.name, &self.name);
        set(&mut draft.description, &self.description);
        set(&mut draft.website, &self.website);
        set(&mut draft.linkedin, &self.linkedin);
        set(&mut draft.logo, &self.logo);
        set(&mut draft.industries, &self.industries);
        set(&mut draft.products, &self.products);
        set(&mut draft.service_types, &self.service_types);
        set(&mut draft.tags, &self.tags);
        set(&mut draft.target_sizes, &self.target_sizes);
        set(&mut draft.allow_endorsements, &self.allow_endorsements);
    }
}

impl SolutionOverrides {
    /// Writes every field this override sets into `draft`.
    pub fn apply(&self, draft: &mut crate::model::SolutionDraft) {
        if let Some(name) = &self.name {
            draft.name.clone_from(name);
        }
        if let Some(summary) = &self.summary {
            draft.summary.clone_from(summary);
        }
        if let Some(description) = &self.description {
            draft.description.clone_from(description);
        }
        if let Some(url) = &self.url {
            draft.url.clone_from(url);
        }
        if let Some(products) = &self.products {
            draft.products.clone_from(products);
        }
        if let Some(industries) = &self.industries {
            draft.industries.clone_from(industries);
        }
    }
}

impl LocationPatch {
    /// Writes every field this patch sets into `draft`.
    pub fn apply(&self, draft: &mut LocationDraft) {
        if let Some(name) = &self.name {
            draft.name.clone_from(name);
        }
        if let Some(phone) = &self.phone {
            draft.phone.clone_from(phone);
        }
        if let Some(email) = &self.email {
            draft.email.clone_from(email);
        }
        if let Some(address) = &self.address {
            draft.address.clone_from(address);
        }
    }

    /// The patch that makes a location read exactly `location`.
    pub fn whole(location: &NewLocation) -> LocationPatch {
        LocationPatch {
            name: Some(location.name.clone()),
            phone: Some(location.phone.clone()),
            email: Some(location.email.clone()),
            address: Some(location.address.clone()),
        }
    }
}

impl NewLocation {
    /// The location as a draft of a profile, with the id `id` and no
    /// solutions yet.
    pub fn to_draft(&self, id: LocationId) -> LocationDraft {
        LocationDraft {
            id,
            name: self.name.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            address: self.address.clone(),
            solution_ids: Vec::new(),
        }
    }
}
