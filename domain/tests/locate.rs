//! `ImportPlan::locate`: every path shape the planner writes lands on the
//! Pinpoint profile and the field it is about, or on nothing when it is
//! about the whole account.

mod common;

use std::collections::BTreeMap;

use common::{export, CONTOSO, FABRIKAM, NORTHWIND};
use transition_domain::field::FieldKey;
use transition_domain::input::LogoInput;
use transition_domain::plan::{profile_field, Located};
use transition_domain::request::{SolutionChoice, SolutionOverrides};
use transition_domain::{plan_import, Code, ImportPlan, ImportRequest, Issue, Selection};

fn at(profile: &str, field: &str) -> Option<Located> {
    Some(Located {
        source_profile: profile.into(),
        field: FieldKey::parse(field),
    })
}

/// Every issue of `plan` with `code`, located.
fn located(plan: &ImportPlan, code: Code) -> Vec<(String, Option<Located>)> {
    let found: Vec<(String, Option<Located>)> = plan
        .issues
        .iter()
        .filter(|i| i.code == code)
        .map(|i| (i.path.clone(), plan.locate(i)))
        .collect();
    assert!(!found.is_empty(), "no {code} in {:?}", plan.issues);
    found
}

/// The one issue of `plan` with `code`, located.
fn one(plan: &ImportPlan, code: Code) -> Option<Located> {
    let found = located(plan, code);
    assert_eq!(found.len(), 1, "{found:?}");
    found.into_iter().next().and_then(|(_, l)| l)
}

#[test]
fn every_issue_of_fabrikam_lands_on_a_field_of_its_profile() {
    let export = export(FABRIKAM);
    let plan = plan_import(&export, &ImportRequest::everything(&export), &[]);
    assert!(plan.has_errors());
    let profile = export.business_profiles[0].id.as_str();
    let mut fields = Vec::new();
    for issue in &plan.issues {
        let Some(found) = plan.locate(issue) else {
            panic!("no field for {}", issue.path)
        };
        assert_eq!(found.source_profile, profile, "{}", issue.path);
        fields.push(found.field.to_string());
    }
    for key in ["description", "website", "linkedin", "logo", "locations"] {
        assert!(
            fields
                .iter()
                .any(|f| f == key || f.starts_with(&format!("{key}/"))),
            "{key} in {fields:?}"
        );
    }
    assert!(
        fields
            .iter()
            .any(|f| f.starts_with("solutions/") && f.ends_with("/name")),
        "{fields:?}"
    );
    assert!(fields.iter().any(|f| f.starts_with("tags/")), "{fields:?}");
    assert!(
        fields.iter().all(|f| !f.starts_with("profiles/")),
        "{fields:?}"
    );
}

#[test]
fn profile_paths_name_locations_and_solutions_by_id() {
    let export = export(CONTOSO);
    let mut request = ImportRequest::everything(&export);
    let fr = &mut request.selections[0];
    fr.overrides.name = Some(" ".into());
    fr.overrides.tags = Some(vec!["Retail".into(), "retail".into()]);
    fr.overrides.logo = Some(Some(LogoInput {
        url: "https://contoso.example/logo.png".into(),
        format: "png".into(),
        width: 9_999,
        height: 10,
        upload: None,
    }));
    if let Some(choices) = fr.solutions.as_mut() {
        choices[1].overrides = SolutionOverrides {
            name: Some(String::new()),
            ..SolutionOverrides::default()
        };
    }
    request.selections[1].overrides.excluded_location_ids = vec!["loc-bxl".into()];
    let plan = plan_import(&export, &request, &[]);

    assert_eq!(one(&plan, Code::NameEmpty), at("bp-fr", "name"));
    assert_eq!(one(&plan, Code::TagDuplicate), at("bp-fr", "tags/1"));
    assert_eq!(one(&plan, Code::LogoTooWide), at("bp-fr", "logo/width"));
    assert_eq!(
        one(&plan, Code::SolutionNameEmpty),
        at("bp-fr", "solutions/app-caisse/name")
    );
    assert_eq!(one(&plan, Code::LocationsEmpty), at("bp-be", "locations"));
}

#[test]
fn location_paths_name_the_location() {
    let export = export(CONTOSO);
    let plan = plan_import(&export, &ImportRequest::everything(&export), &[]);
    let issue = |path: &str| Issue::error(Code::LocationNameEmpty, path);
    assert_eq!(
        plan.locate(&issue("/profiles/0/locations/1/name")),
        at("bp-fr", "locations/loc-lyon/name")
    );
    assert_eq!(
        plan.locate(&issue("/profiles/0/locations/0/address/city")),
        at("bp-fr", "locations/loc-paris/address/city")
    );
    assert_eq!(
        plan.locate(&issue("/profiles/0/locations/0/solution_ids/1")),
        at("bp-fr", "locations/loc-paris/solution_ids/1")
    );
    assert_eq!(
        plan.locate(&issue("/profiles/1/locations/7/name")),
        at("bp-be", "locations/7/name"),
        "a position the plan does not hold stays a position"
    );
    assert_eq!(plan.locate(&issue("/profiles/1")), at("bp-be", ""));
    assert_eq!(plan.locate(&issue("/profiles/2/name")), None);
    assert_eq!(plan.locate(&issue("/profiles/x/name")), None);
    assert_eq!(plan.locate(&issue("profiles/0/name")), None);
    assert_eq!(plan.locate(&issue("")), None);
}

#[test]
fn a_region_already_taken_is_the_region_of_its_profile() {
    let export = export(CONTOSO);
    let everything = ImportRequest::everything(&export).acknowledged();
    let mut n = 0;
    let created = plan_import(&export, &everything, &[])
        .profiles_to_create(|| {
            n += 1;
            format!("id-{n}")
        })
        .unwrap_or_else(|issues| panic!("contoso imports: {issues:?}"));
    let plan = plan_import(&export, &everything, &created[1..]);
    assert_eq!(
        one(&plan, Code::RegionAlreadyHasProfile),
        at("bp-be", "region")
    );
}

#[test]
fn request_paths_land_on_the_profile_of_their_selection() {
    let export = export(CONTOSO);
    let mut request = ImportRequest::everything(&export);
    request.selections.insert(0, Selection::new("bp-nowhere"));
    request.selections.push(Selection::new("bp-fr"));
    let fr = &mut request.selections[1];
    fr.overrides.excluded_location_ids = vec!["loc-gone".into()];
    if let Some(choices) = fr.solutions.as_mut() {
        choices.push(SolutionChoice {
            source_id: "app-gone".into(),
            include: true,
            overrides: SolutionOverrides::default(),
        });
        choices.push(SolutionChoice {
            source_id: "app-stock".into(),
            include: true,
            overrides: SolutionOverrides::default(),
        });
    }
    fr.location_solutions = Some(BTreeMap::from([
        ("loc-lyon".to_owned(), vec!["app-gone".to_owned()]),
        ("a/b~c".to_owned(), vec![]),
    ]));
    let plan = plan_import(&export, &request, &[]);

    assert_eq!(
        one(&plan, Code::SelectionProfileUnknown),
        at("bp-nowhere", "")
    );
    assert_eq!(one(&plan, Code::SelectionDuplicate), at("bp-fr", ""));
    assert_eq!(
        one(&plan, Code::SolutionSourceUnknown),
        at("bp-fr", "solutions")
    );
    assert_eq!(
        one(&plan, Code::SolutionChosenTwice),
        at("bp-fr", "solutions")
    );
    assert_eq!(
        one(&plan, Code::LocationSolutionUnknown),
        at("bp-fr", "locations/loc-lyon/solutions")
    );
    let unknown: Vec<(String, Option<Located>)> = located(&plan, Code::LocationUnknown);
    assert_eq!(
        unknown,
        [
            (
                "/selections/1/overrides/excluded_location_ids/0".to_owned(),
                at("bp-fr", "locations")
            ),
            (
                "/selections/1/location_solutions/a~1b~0c".to_owned(),
                at("bp-fr", "locations/a/b~c/solutions")
            ),
        ]
    );
}

#[test]
fn dropped_values_land_on_their_profile_or_solution() {
    let mut export = export(CONTOSO);
    export.app_profiles[2].industries.push("Alchemy".into());
    export.service_profiles[0]
        .products
        .push("Salesforce CRM".into());
    let plan = plan_import(&export, &ImportRequest::everything(&export), &[]);
    let industry = export.app_profiles[2].industries.len() - 1;
    let product = export.service_profiles[0].products.len() - 1;

    assert_eq!(
        one(&plan, Code::IndustryDropped),
        at(
            "bp-be",
            &format!("solutions/app-retail-be/industries/{industry}")
        )
    );
    let products = located(&plan, Code::ProductDropped);
    assert_eq!(
        products,
        [
            (
                "/business_profiles/0/products/2".to_owned(),
                at("bp-fr", "products/2")
            ),
            (
                format!("/service_profiles/0/products/{product}"),
                at(
                    "bp-fr",
                    &format!("solutions/svc-migration/products/{product}")
                )
            ),
        ]
    );
    let elsewhere = Issue::warning(Code::ProductDropped, "/business_profiles/0/products/0");
    assert_eq!(plan.locate(&elsewhere), None, "a value the plan keeps");
}

#[test]
fn account_wide_issues_belong_to_no_profile() {
    let closed = export(NORTHWIND);
    let plan = plan_import(&closed, &ImportRequest::everything(&closed), &[]);
    assert_eq!(one(&plan, Code::PinpointAccountClosed), None);

    let contoso = export(CONTOSO);
    let plan = plan_import(&contoso, &ImportRequest::default(), &[]);
    assert_eq!(one(&plan, Code::SelectionEmpty), None);
}

#[test]
fn profile_fields_turn_positions_into_ids() {
    let location = |n: usize| (n < 2).then(|| format!("loc-{n}").into());
    let solution = |n: usize| (n == 0).then(|| "app/one".into());
    let key = |rest: &str| profile_field(rest, location, solution).to_string();
    assert_eq!(key("locations/1/name"), "locations/loc-1/name");
    assert_eq!(key("locations/1"), "locations/loc-1");
    assert_eq!(key("locations/5/name"), "locations/5/name");
    assert_eq!(key("locations"), "locations");
    assert_eq!(
        key("solutions/0/products/3"),
        "solutions/app/one/products/3"
    );
    assert_eq!(key("solutionsx/0"), "solutionsx/0");
    assert_eq!(key("tags/2"), "tags/2");
    assert_eq!(key(""), "");
}
