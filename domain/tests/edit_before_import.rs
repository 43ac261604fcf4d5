//! Locations and solutions corrected before import: every field of a
//! location (its address included), new locations up to the limit of 5,
//! and a solution's products and industries. Each rule is checked on the
//! result, at the field the partner edited.

mod common;

use common::fabrikam_fixed;
use transition_domain::input::AddressInput;
use transition_domain::ops::{LocationPatch, NewLocation};
use transition_domain::plan::Located;
use transition_domain::request::new_location_id;
use transition_domain::{plan_import, Code, ImportPlan, Issue};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

fn us(line1: &str, city: &str) -> AddressInput {
    AddressInput {
        line1: line1.into(),
        line2: None,
        city: city.into(),
        postal_code: "97201".into(),
        country: "US".into(),
    }
}

fn new_location(name: &str, address: AddressInput) -> NewLocation {
    NewLocation {
        name: name.into(),
        phone: None,
        email: None,
        address,
    }
}

fn errors(plan: &ImportPlan) -> Vec<(Code, &str)> {
    let mut found: Vec<(Code, &str)> = plan
        .issues
        .iter()
        .filter(|i| i.is_error())
        .map(|i| (i.code, i.path.as_str()))
        .collect();
    found.sort();
    found
}

fn one(plan: &ImportPlan, code: Code) -> std::result::Result<&Issue, String> {
    let mut found = plan.issues.iter().filter(|i| i.code == code);
    match (found.next(), found.next()) {
        (Some(issue), None) => Ok(issue),
        _ => Err(format!("not exactly one {code:?}: {:?}", plan.issues)),
    }
}

fn field(plan: &ImportPlan, issue: &Issue) -> Option<String> {
    plan.locate(issue)
        .map(|Located { field, .. }| field.to_string())
}

#[test]
fn a_location_out_of_region_is_corrected_not_lost() -> Result {
    // Toronto is in Canada, the profile in the US: moved to Portland, it
    // is imported, with its id and its solutions.
    let (export, mut request) = fabrikam_fixed(&["loc-4", "loc-5"]);
    let before = plan_import(&export, &request, &[]);
    let outside = one(&before, Code::LocationOutsideRegion)?;
    assert_eq!(
        field(&before, outside).as_deref(),
        Some("locations/loc-toronto/address/country")
    );

    request.selections[0].location_overrides.insert(
        "loc-toronto".into(),
        LocationPatch {
            name: Some("Portland".into()),
            phone: Some(Some("+1 503 555 0100".into())),
            email: Some(Some("portland@fabrikam.com".into())),
            address: Some(us("1 Pioneer Sq", "Portland")),
        },
    );
    let plan = plan_import(&export, &request, &[]);
    assert_eq!(errors(&plan), []);
    assert!(plan.can_commit());
    let locations = &plan.profiles[0].draft.locations;
    assert_eq!(locations.len(), 5);
    let portland = locations
        .iter()
        .find(|l| l.id == "loc-toronto")
        .ok_or("the corrected location is kept")?;
    assert_eq!(portland.name, "Portland");
    assert_eq!(portland.phone.as_deref(), Some("+1 503 555 0100"));
    assert_eq!(portland.address.city, "Portland");
    assert!(plan
        .not_imported
        .excluded_locations
        .iter()
        .all(|l| l.id != "loc-toronto"));
    Ok(())
}

#[test]
fn five_locations_pass_and_six_are_too_many_new_ones_included() {
    // Seven in the export; four left out leaves three, and two new make 5.
    let (export, mut request) = fabrikam_fixed(&["loc-3", "loc-4", "loc-5", "loc-toronto"]);
    let selection = &mut request.selections[0];
    selection.new_locations = vec![
        new_location("Portland", us("1 Pioneer Sq", "Portland")),
        new_location("Boise", us("2 Capitol Blvd", "Boise")),
    ];
    let plan = plan_import(&export, &request, &[]);
    assert_eq!(errors(&plan), []);
    let ids: Vec<&str> = plan.profiles[0]
        .draft
        .locations
        .iter()
        .map(|l| l.id.as_str())
        .collect();
    assert_eq!(ids, ["loc-0", "loc-1", "loc-2", "+new-0", "+new-1"]);

    request.selections[0]
        .new_locations
        .push(new_location("Tacoma", us("3 Pacific Ave", "Tacoma")));
    let plan = plan_import(&export, &request, &[]);
    assert_eq!(
        errors(&plan),
        [(Code::LocationsTooMany, "/profiles/0/locations")]
    );
}

#[test]
fn a_new_location_out_of_region_is_an_error_on_its_country() -> Result {
    let (export, mut request) = fabrikam_fixed(&["loc-3", "loc-4", "loc-5", "loc-toronto"]);
    let mut montreal = us("4 Rue Sainte-Catherine", "Montréal");
    montreal.country = "CA".into();
    request.selections[0].new_locations = vec![new_location("Montréal", montreal)];
    let plan = plan_import(&export, &request, &[]);
    assert_eq!(
        errors(&plan),
        [(
            Code::LocationOutsideRegion,
            "/profiles/0/locations/3/address/country"
        )]
    );
    let issue = one(&plan, Code::LocationOutsideRegion)?;
    assert_eq!(
        field(&plan, issue),
        Some(format!("locations/{}/address/country", new_location_id(0)))
    );
    Ok(())
}

#[test]
fn an_address_edited_into_another_ones_is_a_duplicate() -> Result {
    let (export, mut request) = fabrikam_fixed(&["loc-4", "loc-5", "loc-toronto"]);
    let loc_0 = export.business_profiles[0].locations[0].address.clone();
    request.selections[0].location_overrides.insert(
        "loc-1".into(),
        LocationPatch {
            address: Some(loc_0),
            ..LocationPatch::default()
        },
    );
    let plan = plan_import(&export, &request, &[]);
    let duplicate = one(&plan, Code::LocationAddressDuplicate)?;
    assert!(
        duplicate
            .path
            .starts_with("/profiles/0/locations/1/address"),
        "{duplicate:?}"
    );
    assert_eq!(
        field(&plan, duplicate)
            .as_deref()
            .map(|f| f.starts_with("locations/loc-1/address")),
        Some(true)
    );
    Ok(())
}

#[test]
fn a_bad_correction_is_an_error_on_the_field_edited() -> Result {
    let (export, mut request) = fabrikam_fixed(&["loc-4", "loc-5", "loc-toronto"]);
    request.selections[0].location_overrides.insert(
        "loc-2".into(),
        LocationPatch {
            email: Some(Some("not an address".into())),
            ..LocationPatch::default()
        },
    );
    let plan = plan_import(&export, &request, &[]);
    let [(code, path)] = errors(&plan)[..] else {
        return Err(format!("one error expected: {:?}", plan.issues).into());
    };
    assert_eq!(path, "/profiles/0/locations/2/email");
    let issue = one(&plan, code)?;
    assert_eq!(
        field(&plan, issue).as_deref(),
        Some("locations/loc-2/email")
    );
    Ok(())
}

#[test]
fn a_correction_names_a_location_of_the_profile() -> Result {
    let (export, mut request) = fabrikam_fixed(&["loc-4", "loc-5"]);
    let selection = &mut request.selections[0];
    selection
        .location_overrides
        .insert("loc/nowhere".into(), LocationPatch::default());
    // A correction to a location left out changes nothing and is no error.
    selection.location_overrides.insert(
        "loc-5".into(),
        LocationPatch {
            name: Some(String::new()),
            ..LocationPatch::default()
        },
    );
    selection.location_overrides.insert(
        "loc-toronto".into(),
        LocationPatch {
            address: Some(us("1 Pioneer Sq", "Portland")),
            ..LocationPatch::default()
        },
    );
    let plan = plan_import(&export, &request, &[]);
    assert_eq!(
        errors(&plan),
        [(
            Code::LocationUnknown,
            "/selections/0/location_overrides/loc~1nowhere"
        )]
    );
    let issue = one(&plan, Code::LocationUnknown)?;
    assert_eq!(
        field(&plan, issue).as_deref(),
        Some("locations/loc/nowhere")
    );
    Ok(())
}

#[test]
fn more_new_locations_than_a_profile_holds_are_refused_at_once() {
    let (export, mut request) = fabrikam_fixed(&["loc-4", "loc-5", "loc-toronto"]);
    request.selections[0].new_locations = (0..10_000)
        .map(|n| {
            new_location(
                &format!("Office {n}"),
                us(&format!("{n} Main St"), "Portland"),
            )
        })
        .collect();
    let plan = plan_import(&export, &request, &[]);
    assert_eq!(
        errors(&plan),
        [(Code::LocationsTooMany, "/selections/0/new_locations")]
    );
    assert_eq!(
        plan.issues.len(),
        1,
        "the length alone, before any work on the rest: {:?}",
        plan.issues
    );
}

#[test]
fn a_new_location_markets_the_solutions_it_is_given() {
    let (export, mut request) = fabrikam_fixed(&["loc-3", "loc-4", "loc-5", "loc-toronto"]);
    let selection = &mut request.selections[0];
    selection.new_locations = vec![new_location("Portland", us("1 Pioneer Sq", "Portland"))];
    if let Some(map) = selection.location_solutions.as_mut() {
        map.insert(new_location_id(0), vec!["app-care2".into()]);
    }
    let plan = plan_import(&export, &request, &[]);
    assert_eq!(errors(&plan), []);
    let portland = &plan.profiles[0].draft.locations[3];
    assert_eq!(portland.solution_ids, ["app-care2"]);
}

#[test]
fn phone_and_email_null_remove_them_and_absent_keeps_them() -> Result {
    let patch: LocationPatch = serde_json::from_str(r#"{"phone": null}"#)?;
    assert_eq!(patch.phone, Some(None));
    assert_eq!(patch.email, None);
    let back = serde_json::to_string(&LocationPatch {
        email: Some(None),
        ..LocationPatch::default()
    })?;
    assert_eq!(back, r#"{"email":null}"#);
    Ok(())
}

#[test]
fn a_solutions_products_and_industries_are_edited_with_the_same_rules() -> Result {
    let (export, mut request) = fabrikam_fixed(&["loc-4", "loc-5", "loc-toronto"]);
    let solutions = request.selections[0]
        .solutions
        .as_mut()
        .ok_or("solutions listed")?;
    solutions[0].overrides.products = Some(vec!["Office 365".into(), "azure".into()]);
    solutions[0].overrides.industries = Some(vec!["Healthcare".into()]);
    let plan = plan_import(&export, &request, &[]);
    assert_eq!(errors(&plan), []);
    let care = &plan.profiles[0].draft.solutions[0];
    // Checked and named as Partner Center names them when committed.
    let mut n = 0;
    let committed = plan
        .profiles_to_create(|| {
            n += 1;
            format!("id-{n}")
        })
        .map_err(|e| format!("{e:?}"))?;
    let care_now = &committed[0].solutions[0];
    assert_eq!(care.products, ["Office 365", "azure"]);
    let names: Vec<&str> = care_now.products.iter().map(|p| p.name()).collect();
    assert_eq!(names, ["Microsoft 365", "Microsoft Azure"]);
    let industries: Vec<&str> = care_now.industries.iter().map(|i| i.name()).collect();
    assert_eq!(industries, ["Healthcare"]);

    // Only Microsoft products: anything else is an error on that entry.
    let solutions = request.selections[0]
        .solutions
        .as_mut()
        .ok_or("solutions listed")?;
    solutions[0].overrides.products = Some(vec!["Salesforce CRM".into()]);
    let plan = plan_import(&export, &request, &[]);
    let [(_, path)] = errors(&plan)[..] else {
        return Err(format!("one error expected: {:?}", plan.issues).into());
    };
    assert_eq!(path, "/profiles/0/solutions/0/products/0");
    Ok(())
}
