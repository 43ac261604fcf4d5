//! The planner over the fixtures and over requests that edit, exclude,
//! and get things wrong.

mod common;

use std::collections::BTreeMap;

use common::{export, CONTOSO, FABRIKAM, NORTHWIND};
use transition_domain::plan::LeftOutReason;
use transition_domain::request::{SolutionChoice, SolutionOverrides};
use transition_domain::{plan_import, Code, ImportRequest, Issue, Lang, Severity};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

fn codes_at(issues: &[Issue]) -> Vec<(Code, &str)> {
    let mut codes: Vec<(Code, &str)> = issues.iter().map(|i| (i.code, i.path.as_str())).collect();
    codes.sort();
    codes
}

#[test]
fn contoso_plans_with_no_error_and_exactly_one_dropped_product() {
    let export = export(CONTOSO);
    let plan = plan_import(
        &export,
        &ImportRequest::everything(&export).acknowledged(),
        &[],
    );
    assert!(!plan.has_errors(), "{:?}", plan.issues);
    assert!(plan.can_commit());
    assert_eq!(
        codes_at(&plan.issues),
        [(Code::ProductDropped, "/business_profiles/0/products/2")]
    );
    assert_eq!(plan.issues[0].severity, Severity::Warning);
    let dropped: Vec<&str> = plan
        .not_imported
        .dropped_products
        .iter()
        .map(|d| d.value.as_str())
        .collect();
    assert_eq!(dropped, ["Salesforce CRM"]);

    assert_eq!(plan.profiles.len(), 2);
    let fr = &plan.profiles[0].draft;
    assert_eq!(fr.region, "FR");
    assert_eq!(fr.products, ["Microsoft Azure", "Microsoft 365"]);
    assert_eq!(fr.solutions.len(), 4, "two apps and two services");
    let paris = &fr.locations[0];
    assert_eq!(paris.id, "loc-paris");
    assert_eq!(
        paris.solution_ids,
        ["app-stock", "app-caisse", "svc-migration"]
    );
    assert_eq!(
        fr.locations[1].solution_ids,
        ["app-stock", "svc-migration", "svc-support"]
    );
    assert_eq!(
        plan.not_imported.referrals.count, 4,
        "referrals are never imported"
    );
    // Told by id only: the plan (and the import's stored answer) copies no
    // customer's contact.
    let ids: Vec<&str> = export.referrals.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(plan.not_imported.referrals.ids, ids);
    let text = serde_json::to_string(&plan.not_imported).unwrap_or_default();
    for referral in &export.referrals {
        assert!(!text.contains(&referral.customer_name));
    }
    assert_eq!(plan.not_imported.reviews, 3);
}

#[test]
fn contoso_cannot_commit_without_both_acknowledgements() {
    let export = export(CONTOSO);
    let mut request = ImportRequest::everything(&export);
    assert!(!plan_import(&export, &request, &[]).can_commit());
    request.acknowledgements.referrals_noted = true;
    assert!(!plan_import(&export, &request, &[]).can_commit());
    request.acknowledgements.account_closure = true;
    assert!(plan_import(&export, &request, &[]).can_commit());
}

#[test]
fn fabrikam_gives_every_error_of_its_readme() {
    let export = export(FABRIKAM);
    let plan = plan_import(
        &export,
        &ImportRequest::everything(&export).acknowledged(),
        &[],
    );
    assert!(!plan.can_commit());
    let got = codes_at(&plan.issues);
    let expected = [
        (Code::DescriptionTooLong, "/profiles/0/description"),
        (Code::WebsiteInvalid, "/profiles/0/website"),
        (Code::LinkedinInvalid, "/profiles/0/linkedin"),
        (Code::LogoFormatUnsupported, "/profiles/0/logo/format"),
        (Code::LogoTooWide, "/profiles/0/logo/width"),
        (Code::LogoTallerThanWide, "/profiles/0/logo/height"),
        (Code::TagDuplicate, "/profiles/0/tags/1"),
        (Code::ProductDropped, "/business_profiles/0/products/2"),
        (Code::LocationsTooMany, "/profiles/0/locations"),
        (
            Code::LocationOutsideRegion,
            "/profiles/0/locations/6/address/country",
        ),
        (Code::SolutionNameDuplicate, "/profiles/0/solutions/1/name"),
    ];
    let mut expected = expected.to_vec();
    expected.sort();
    assert_eq!(got, expected);
}

#[test]
fn fabrikam_imports_once_fixed_in_the_form() -> Result {
    let (export, request) = common::fabrikam_fixed(&["loc-5", "loc-toronto"]);
    let plan = plan_import(&export, &request, &[]);
    assert_eq!(
        codes_at(&plan.issues),
        [(Code::ProductDropped, "/business_profiles/0/products/2")]
    );
    assert!(plan.can_commit());
    let excluded: Vec<&str> = plan
        .not_imported
        .excluded_locations
        .iter()
        .map(|l| l.id.as_str())
        .collect();
    assert_eq!(excluded, ["loc-5", "loc-toronto"]);
    let created = plan.profiles_to_create({
        let mut n = 0;
        move || {
            n += 1;
            format!("id-{n}")
        }
    });
    let created = created.map_err(|issues| format!("{issues:?}"))?;
    assert_eq!(created.len(), 1);
    let profile = &created[0];
    assert_eq!(profile.id, "id-1");
    assert_eq!(profile.locations.len(), 5);
    // Location assignments follow the solutions to their new ids.
    let care = &profile.solutions[0];
    assert_eq!(care.source_id.as_deref(), Some("app-care"));
    assert!(profile.locations[0].solution_ids.contains(&care.id));
    Ok(())
}

#[test]
fn northwind_is_refused_as_closed() {
    let export = export(NORTHWIND);
    let plan = plan_import(
        &export,
        &ImportRequest::everything(&export).acknowledged(),
        &[],
    );
    assert_eq!(
        codes_at(&plan.issues),
        [(Code::PinpointAccountClosed, "/account/status")]
    );
    assert!(Code::PinpointAccountClosed.needs_service_centre());
    assert!(!plan.can_commit());
    assert!(plan.profiles.is_empty());
}

#[test]
fn a_region_that_already_has_a_profile_is_refused() -> Result {
    let export = export(CONTOSO);
    let request = ImportRequest::everything(&export).acknowledged();
    let first = plan_import(&export, &request, &[]);
    let existing = first
        .profiles_to_create(|| "x".into())
        .map_err(|issues| format!("{issues:?}"))?;
    let second = plan_import(&export, &request, &existing[..1]);
    assert!(second
        .issues
        .iter()
        .any(|i| i.code == Code::RegionAlreadyHasProfile && i.path == "/profiles/0/region"));
    assert!(!second.can_commit());
    Ok(())
}

#[test]
fn one_profile_per_region_and_one_selection_per_profile() -> Result {
    let mut export = export(CONTOSO);
    export.business_profiles[1].region = "FR".into();
    let plan = plan_import(
        &export,
        &ImportRequest::everything(&export).acknowledged(),
        &[],
    );
    assert!(plan
        .issues
        .iter()
        .any(|i| i.code == Code::RegionSelectedTwice && i.path == "/profiles/1/region"));

    let export = common::export(CONTOSO);
    let mut request = ImportRequest::everything(&export).acknowledged();
    request.selections.push(request.selections[0].clone());
    request
        .selections
        .push(transition_domain::Selection::new("bp-nope"));
    let plan = plan_import(&export, &request, &[]);
    assert_eq!(
        codes_at(&plan.issues)
            .into_iter()
            .filter(|(c, _)| *c != Code::ProductDropped)
            .collect::<Vec<_>>(),
        [
            (
                Code::SelectionProfileUnknown,
                "/selections/3/pinpoint_profile_id"
            ),
            (
                Code::SelectionDuplicate,
                "/selections/2/pinpoint_profile_id"
            ),
        ]
    );
    Ok(())
}

#[test]
fn selecting_one_profile_lists_the_other_and_its_solutions_as_not_imported() {
    let export = export(CONTOSO);
    let mut request = ImportRequest::everything(&export).acknowledged();
    request.selections.remove(0);
    let plan = plan_import(&export, &request, &[]);
    assert!(plan.can_commit());
    assert_eq!(plan.profiles.len(), 1);
    assert_eq!(plan.profiles[0].selection, 0);
    let unselected: Vec<&str> = plan
        .not_imported
        .unselected_profiles
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(unselected, ["bp-fr"]);
    assert_eq!(plan.not_imported.excluded_solutions.len(), 4);
    assert!(plan
        .not_imported
        .excluded_solutions
        .iter()
        .all(|s| s.reason == LeftOutReason::ProfileNotSelected));
    // The dropped product belonged to the unselected profile.
    assert!(plan.issues.is_empty(), "{:?}", plan.issues);
}

#[test]
fn no_selection_is_an_error() {
    let export = export(CONTOSO);
    let request = ImportRequest::default();
    let plan = plan_import(&export, &request, &[]);
    assert_eq!(
        codes_at(&plan.issues),
        [(Code::SelectionEmpty, "/selections")]
    );
}

#[test]
fn solutions_can_be_excluded_renamed_and_assigned_per_location() -> Result {
    let export = export(CONTOSO);
    let mut request = ImportRequest::everything(&export).acknowledged();
    let fr = &mut request.selections[0];
    fr.solutions = Some(vec![
        SolutionChoice {
            source_id: "app-stock".into(),
            include: true,
            overrides: SolutionOverrides {
                name: Some("Contoso Stock 2".into()),
                ..SolutionOverrides::default()
            },
        },
        SolutionChoice {
            source_id: "app-caisse".into(),
            include: false,
            overrides: SolutionOverrides::default(),
        },
    ]);
    fr.location_solutions = Some(BTreeMap::from([
        ("loc-lyon".to_owned(), vec!["app-stock".to_owned()]),
        ("loc-paris".to_owned(), vec![]),
    ]));
    let plan = plan_import(&export, &request, &[]);
    assert!(plan.can_commit(), "{:?}", plan.issues);
    let draft = &plan.profiles[0].draft;
    let names: Vec<&str> = draft.solutions.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Contoso Stock 2"]);
    assert_eq!(draft.locations[1].solution_ids, ["app-stock"]);
    assert!(draft.locations[0].solution_ids.is_empty());
    let excluded: Vec<(&str, LeftOutReason)> = plan
        .not_imported
        .excluded_solutions
        .iter()
        .map(|s| (s.id.as_str(), s.reason))
        .collect();
    assert_eq!(
        excluded,
        [
            ("app-caisse", LeftOutReason::Excluded),
            ("svc-migration", LeftOutReason::Excluded),
            ("svc-support", LeftOutReason::Excluded),
            ("app-retail-be", LeftOutReason::ProfileNotSelected),
        ]
        .into_iter()
        .filter(|(id, _)| *id != "app-retail-be")
        .collect::<Vec<_>>()
    );
    Ok(())
}

#[test]
fn request_mistakes_name_the_request_path() {
    let export = export(CONTOSO);
    let mut request = ImportRequest::everything(&export).acknowledged();
    let fr = &mut request.selections[0];
    fr.overrides.excluded_location_ids = vec!["loc-nope".into()];
    if let Some(solutions) = fr.solutions.as_mut() {
        solutions.push(SolutionChoice {
            source_id: "app-retail-be".into(),
            include: true,
            overrides: SolutionOverrides::default(),
        });
    }
    fr.location_solutions = Some(BTreeMap::from([
        ("loc-paris".to_owned(), vec!["app-ghost".to_owned()]),
        ("loc/ghost".to_owned(), vec![]),
    ]));
    let plan = plan_import(&export, &request, &[]);
    let got: Vec<(Code, &str)> = codes_at(&plan.issues)
        .into_iter()
        .filter(|(c, _)| *c != Code::ProductDropped)
        .collect();
    assert_eq!(
        got,
        [
            (
                Code::LocationUnknown,
                "/selections/0/location_solutions/loc~1ghost"
            ),
            (
                Code::LocationUnknown,
                "/selections/0/overrides/excluded_location_ids/0"
            ),
            (
                Code::SolutionSourceUnknown,
                "/selections/0/solutions/4/source_id"
            ),
            (
                Code::LocationSolutionUnknown,
                "/selections/0/location_solutions/loc-paris/0"
            ),
        ]
    );
}

#[test]
fn overridden_products_are_checked_strictly_and_the_dropped_tags_still_listed() {
    let export = export(CONTOSO);
    let mut request = ImportRequest::everything(&export).acknowledged();
    request.selections[0].overrides.products = Some(vec!["Teams".into(), "Oracle".into()]);
    let plan = plan_import(&export, &request, &[]);
    // No warning on a Pinpoint list the partner replaced...
    assert_eq!(
        codes_at(&plan.issues),
        [(Code::ProductUnknown, "/profiles/0/products/1")]
    );
    // ...but its tag that is not a Microsoft product is still not
    // imported, and the preview and the results say so.
    let dropped: Vec<(&str, &str)> = plan
        .not_imported
        .dropped_products
        .iter()
        .map(|d| (d.pinpoint_profile_id.as_str(), d.value.as_str()))
        .collect();
    assert_eq!(dropped, [("bp-fr", "Salesforce CRM")]);
    assert_eq!(
        plan.not_imported.dropped_products[0].path,
        "/business_profiles/0/products/2"
    );
}

#[test]
fn the_report_carries_messages_and_the_verdict() -> Result {
    let export = export(FABRIKAM);
    let plan = plan_import(
        &export,
        &ImportRequest::everything(&export).acknowledged(),
        &[],
    );
    let report = serde_json::to_value(plan.report(transition_domain::locales::messages(Lang::Fr)))?;
    assert_eq!(report["can_commit"], false);
    assert_eq!(report["errors"], 9);
    assert_eq!(report["warnings"], 2);
    let first = &report["issues"][0];
    assert_eq!(first["code"], "description_too_long");
    assert_eq!(first["path"], "/profiles/0/description");
    assert_eq!(first["params"]["limit"], 2500);
    assert_eq!(
        first["message"],
        "La description compte 2\u{202f}667 caractères ; la limite est de 2\u{202f}500."
    );
    Ok(())
}

#[test]
fn planning_is_deterministic() -> Result {
    let export = export(CONTOSO);
    let request = ImportRequest::everything(&export).acknowledged();
    let a = serde_json::to_string(&plan_import(&export, &request, &[]))?;
    let b = serde_json::to_string(&plan_import(&export, &request, &[]))?;
    assert_eq!(a, b);
    Ok(())
}

#[test]
fn the_request_round_trips_and_tells_absent_from_null() -> Result {
    let json = r#"{"selections":[{"pinpoint_profile_id":"bp-fr","overrides":{"linkedin":null,"name":"X"}}]}"#;
    let request: ImportRequest = serde_json::from_str(json)?;
    let o = &request.selections[0].overrides;
    assert_eq!(o.linkedin, Some(None));
    assert_eq!(o.logo, None);
    assert!(!request.acknowledgements.complete());
    let typo = r#"{"selections":[{"pinpoint_profile_id":"bp-fr","overrides":{"descripton":"x"}}]}"#;
    assert!(
        serde_json::from_str::<ImportRequest>(typo).is_err(),
        "a misspelt override is refused"
    );
    Ok(())
}

#[test]
fn the_left_out_section_names_what_the_warnings_tell_and_nothing_that_did_not_happen() {
    use transition_domain::plan::NotImported;
    let export = export(CONTOSO);
    let plan = plan_import(
        &export,
        &ImportRequest::everything(&export).acknowledged(),
        &[],
    );
    assert!(!plan.issues.is_empty());
    assert!(plan.issues.iter().all(|i| NotImported::names_issue(i.code)));
    assert!(!NotImported::names_issue(Code::LogoTallerThanWide));
    assert!(plan.not_imported.anything_else(), "three reviews, one tag");
    assert!(!NotImported::default().anything_else());
    let only_referrals = NotImported {
        referrals: plan.not_imported.referrals.clone(),
        ..NotImported::default()
    };
    assert!(!only_referrals.anything_else());
}
