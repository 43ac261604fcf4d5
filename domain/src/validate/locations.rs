//! The rules of a profile's locations: each one's name, contacts and
//! address, how many there are, and which solutions each markets.

use std::collections::{HashMap, HashSet};

use crate::codes::Code;
use crate::ids::SolutionId;
use crate::input::AddressInput;
use crate::issue::Issue;
use crate::model::{address_key, Address, Location, LocationDraft};
use crate::values::{AddressLine, Email, LocationName, Phone, Region};

use super::{Checker, MAX_LOCATIONS};

pub(super) fn check_locations(
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
