//! The key of a field of a business profile: where the planner says an
//! issue belongs ([`crate::plan::Located`]) and how the app's pages name
//! their fields. Printed ([`fmt::Display`]) and parsed ([`FieldKey::parse`])
//! here and nowhere else:
//!
//! | key | text |
//! |---|---|
//! | [`FieldKey::Profile`] | empty: the profile as a whole (its selection) |
//! | [`FieldKey::Field`] | `name`, `logo/width`, `tags/2`, `region` |
//! | [`FieldKey::Locations`] | `locations` |
//! | [`FieldKey::Location`] | `locations/{location id}`, `locations/{location id}/address/city` |
//! | [`FieldKey::AddLocation`] | `locations/add` |
//! | [`FieldKey::Solutions`] | `solutions` |
//! | [`FieldKey::Solution`] | `solutions/{id}`, `solutions/{id}/summary` |
//!
//! Ids are printed as they are, `/` included (the app's DOM ids are made
//! of this text). A parse reads an id up to the last `/` that a field of
//! a location ([`LOCATION_FIELDS`]) or of a solution ([`SOLUTION_FIELDS`])
//! follows, so an id may hold `/`, but one that ends in `/{field name}`
//! reads back as a shorter id and that field; `locations/add` is the
//! wizard's button that adds a location, not a location with the id `add`.

use std::convert::Infallible;
use std::fmt;
use std::str::FromStr;

use crate::ids::{LocationId, SolutionId};

/// The first segment of every field of a location, and of the keys the
/// app gives a location's card (`include`).
pub const LOCATION_FIELDS: &[&str] = &[
    "name",
    "address",
    "phone",
    "email",
    "solutions",
    "solution_ids",
    "include",
];

/// The first segment of every field of a solution, and of the keys the
/// app gives a solution's card (`include`).
pub const SOLUTION_FIELDS: &[&str] = &[
    "name",
    "summary",
    "description",
    "url",
    "industries",
    "products",
    "include",
];

/// The id of the location that the add-location form of a profile's page
/// (after import) and of the new-profile page builds: `locations/new`.
pub const NEW_LOCATION_ID: &str = "new";

const LOCATIONS: &str = "locations";
const SOLUTIONS: &str = "solutions";
const ADD_LOCATION: &str = "add";

/// The key of a field of a business profile (see the [module](self)).
/// A sub-field is a `/`-separated path (`address/city`, `products/3`),
/// never empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldKey {
    /// The profile as a whole: its selection in the wizard.
    Profile,
    /// A field of the profile itself, by its path: `name`, `logo/width`,
    /// `tags/2`. Its first segment is neither `locations` nor `solutions`.
    Field(String),
    /// The list of locations.
    Locations,
    /// One location, by id, or a field of it.
    Location(LocationId, Option<String>),
    /// The wizard's button that adds a location.
    AddLocation,
    /// The list of solutions.
    Solutions,
    /// One solution, by id (in the wizard, its Pinpoint id), or a field of
    /// it.
    Solution(SolutionId, Option<String>),
}

impl FieldKey {
    /// The key a text prints: every text is one. `parse(t).to_string()`
    /// is `t`.
    pub fn parse(text: &str) -> FieldKey {
        if text.is_empty() {
            return FieldKey::Profile;
        }
        if let Some(rest) = after_list(text, LOCATIONS) {
            return match rest {
                None => FieldKey::Locations,
                Some(ADD_LOCATION) => FieldKey::AddLocation,
                Some(rest) => {
                    let (id, field) = split_item(rest, LOCATION_FIELDS);
                    FieldKey::Location(LocationId::from(id), field.map(str::to_owned))
                }
            };
        }
        if let Some(rest) = after_list(text, SOLUTIONS) {
            return match rest {
                None => FieldKey::Solutions,
                Some(rest) => {
                    let (id, field) = split_item(rest, SOLUTION_FIELDS);
                    FieldKey::Solution(SolutionId::from(id), field.map(str::to_owned))
                }
            };
        }
        FieldKey::Field(text.to_owned())
    }

    /// A field by its path from the profile (`name`, `logo/width`,
    /// `locations`): the key [`FieldKey::parse`] reads.
    pub fn field(path: &str) -> FieldKey {
        FieldKey::parse(path)
    }

    /// One location.
    pub fn location(id: impl Into<LocationId>) -> FieldKey {
        FieldKey::Location(id.into(), None)
    }

    /// The location of the add-location forms ([`NEW_LOCATION_ID`]).
    pub fn new_location() -> FieldKey {
        FieldKey::location(NEW_LOCATION_ID)
    }

    /// One solution.
    pub fn solution(id: impl Into<SolutionId>) -> FieldKey {
        FieldKey::Solution(id.into(), None)
    }

    /// The key of `tail` (a field path: `name`, `address/city`, `2`) under
    /// this one: `tags` and `2` make `tags/2`, a location and `name` its
    /// name. An empty tail is this key.
    pub fn sub(&self, tail: impl fmt::Display) -> FieldKey {
        let tail = tail.to_string();
        if tail.is_empty() {
            return self.clone();
        }
        match self {
            FieldKey::Profile => FieldKey::parse(&tail),
            FieldKey::Field(path) => FieldKey::Field(format!("{path}/{tail}")),
            FieldKey::Location(id, field) => {
                FieldKey::Location(id.clone(), Some(join(field, &tail)))
            }
            FieldKey::Solution(id, field) => {
                FieldKey::Solution(id.clone(), Some(join(field, &tail)))
            }
            FieldKey::Locations | FieldKey::AddLocation | FieldKey::Solutions => {
                FieldKey::parse(&format!("{self}/{tail}"))
            }
        }
    }

    /// True when `other` is this key or under it: `logo/width` is under
    /// `logo` (`names` is not under `name`), a location's fields are under
    /// the location and every location under `locations`; everything is
    /// under the profile as a whole.
    pub fn contains(&self, other: &FieldKey) -> bool {
        use FieldKey as K;
        match (self, other) {
            (K::Profile, _) => true,
            (K::Field(a), K::Field(b)) => path_contains(a, b),
            (K::Locations, K::Locations | K::Location(..) | K::AddLocation) => true,
            (K::Location(a, fa), K::Location(b, fb)) => a == b && field_contains(fa, fb),
            (K::AddLocation, K::AddLocation) => true,
            (K::Solutions, K::Solutions | K::Solution(..)) => true,
            (K::Solution(a, fa), K::Solution(b, fb)) => a == b && field_contains(fa, fb),
            _ => false,
        }
    }

    /// The keys this one is under, most precise first, up to the first
    /// segment (`tags/2` → `tags`; `locations/{id}/address/city` →
    /// `locations/{id}/address`, `locations/{id}`, `locations`). The
    /// profile as a whole is no page's field: it is left out.
    pub fn parents(&self) -> Vec<FieldKey> {
        let mut out = Vec::new();
        let mut key = self.parent();
        while let Some(next) = key {
            key = next.parent();
            out.push(next);
        }
        out
    }

    /// The key just above this one, but the profile as a whole.
    fn parent(&self) -> Option<FieldKey> {
        match self {
            FieldKey::Profile | FieldKey::Locations | FieldKey::Solutions => None,
            FieldKey::Field(path) => path
                .rsplit_once('/')
                .map(|(head, _)| FieldKey::Field(head.to_owned())),
            FieldKey::AddLocation | FieldKey::Location(_, None) => Some(FieldKey::Locations),
            FieldKey::Location(id, Some(field)) => {
                Some(FieldKey::Location(id.clone(), shorter(field)))
            }
            FieldKey::Solution(_, None) => Some(FieldKey::Solutions),
            FieldKey::Solution(id, Some(field)) => {
                Some(FieldKey::Solution(id.clone(), shorter(field)))
            }
        }
    }
}

impl fmt::Display for FieldKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldKey::Profile => Ok(()),
            FieldKey::Field(path) => f.write_str(path),
            FieldKey::Locations => f.write_str(LOCATIONS),
            FieldKey::Location(id, field) => item(f, LOCATIONS, id.as_str(), field),
            FieldKey::AddLocation => write!(f, "{LOCATIONS}/{ADD_LOCATION}"),
            FieldKey::Solutions => f.write_str(SOLUTIONS),
            FieldKey::Solution(id, field) => item(f, SOLUTIONS, id.as_str(), field),
        }
    }
}

impl FromStr for FieldKey {
    type Err = Infallible;

    fn from_str(text: &str) -> Result<FieldKey, Infallible> {
        Ok(FieldKey::parse(text))
    }
}

impl From<&str> for FieldKey {
    fn from(text: &str) -> FieldKey {
        FieldKey::parse(text)
    }
}

/// `{list}/{id}` or `{list}/{id}/{field}`.
fn item(f: &mut fmt::Formatter<'_>, list: &str, id: &str, field: &Option<String>) -> fmt::Result {
    write!(f, "{list}/{id}")?;
    match field {
        Some(field) => write!(f, "/{field}"),
        None => Ok(()),
    }
}

/// `Some(None)` for `list` itself, `Some(Some(rest))` for `list/rest`,
/// `None` for any other text (`locationsx`).
fn after_list<'a>(text: &'a str, list: &str) -> Option<Option<&'a str>> {
    let rest = text.strip_prefix(list)?;
    if rest.is_empty() {
        return Some(None);
    }
    rest.strip_prefix('/').map(Some)
}

/// `{id}/{field}` split at the last `/` that one of `fields` follows (the
/// id not empty), or `rest` all id.
fn split_item<'a>(rest: &'a str, fields: &[&str]) -> (&'a str, Option<&'a str>) {
    let at = rest.match_indices('/').rev().map(|(i, _)| i).find(|&i| {
        let head = rest[i + 1..].split('/').next().unwrap_or_default();
        i > 0 && fields.contains(&head)
    });
    match at {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    }
}

/// `field/tail`, or `tail` when there is no field.
fn join(field: &Option<String>, tail: &str) -> String {
    match field {
        Some(field) => format!("{field}/{tail}"),
        None => tail.to_owned(),
    }
}

/// True when path `b` is `a` or under it (`logo/width` under `logo`).
fn path_contains(a: &str, b: &str) -> bool {
    b.strip_prefix(a)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// [`path_contains`] for sub-fields, no field being the item itself.
fn field_contains(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(a), Some(b)) => path_contains(a, b),
    }
}

/// A sub-field's parent path: `address` for `address/city`, none for
/// `name`.
fn shorter(field: &str) -> Option<String> {
    field.rsplit_once('/').map(|(head, _)| head.to_owned())
}
