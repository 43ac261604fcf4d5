//! Bounded work: every bounded list of a request or an export is refused
//! one entry past its bound, at its path and with its limit, and accepted
//! at its bound; a list over its bound is refused before any work per
//! entry.

mod common;

use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use transition_domain::bounds::{over_bounds, Bounded, LISTS, PROFILES};
use transition_domain::export::{PinpointProfile, PinpointSolution};
use transition_domain::model::{LocationDraft, ProfileDraft, SolutionDraft};
use transition_domain::request::{ProfileOverrides, Selection, SolutionOverrides};
use transition_domain::wire::demo::DevTokenRequest;
use transition_domain::wire::drafts::DraftContent;
use transition_domain::wire::profiles::SolutionIds;
use transition_domain::{
    parse_export, plan_import, Code, ExportError, ImportRequest, Issue, PinpointExport,
};

fn address() -> Value {
    json!({"line1": "1 rue X", "city": "Paris", "postal_code": "75001", "country": "FR"})
}

fn pinpoint_profile() -> Value {
    json!({"id": "bp", "region": "FR", "name": "n", "description": "", "website": "https://x.test",
           "industries": [], "products": [], "service_types": [], "tags": [], "target_sizes": [],
           "allow_endorsements": true, "locations": []})
}

fn pinpoint_solution() -> Value {
    json!({"id": "s", "business_profile_id": "bp", "name": "n", "summary": "", "description": "",
           "products": [], "industries": [], "location_ids": []})
}

/// The smallest value of each schema of [`LISTS`].
fn minimal(schema: &str) -> Value {
    match schema {
        "ImportRequest" => json!({"selections": []}),
        "Selection" => json!({"pinpoint_profile_id": "bp"}),
        "ProfileOverrides" | "SolutionOverrides" => json!({}),
        "ProfileDraft" => json!({"region": "FR", "name": "n", "website": "https://x.test"}),
        "LocationDraft" => json!({"name": "n", "address": address()}),
        "SolutionDraft" => json!({"kind": "app", "name": "n"}),
        "SolutionIds" => json!({"solution_ids": []}),
        "DevTokenRequest" => json!({"partner_id": "p"}),
        "DraftContent" => json!({"selections": [], "chosen": []}),
        "PinpointExport" => json!({
            "format": "pinpoint-export/v1",
            "account": {"id": "a", "partner_id": "p", "company_name": "c", "csp": false, "status": "active"},
            "business_profiles": [], "app_profiles": [], "service_profiles": [],
            "referrals": [], "customer_reviews": []}),
        "PinpointProfile" => pinpoint_profile(),
        "PinpointSolution" => pinpoint_solution(),
        other => panic!("no minimal value for {other}: add one"),
    }
}

/// The `n`-th entry of a list (or map) `property` of `schema`.
fn entry(schema: &str, property: &str, n: usize) -> Value {
    match (schema, property) {
        ("ImportRequest", "selections") => json!({"pinpoint_profile_id": format!("bp-{n}")}),
        ("DraftContent", "selections") => json!({"pinpoint_profile_id": format!("bp-{n}")}),
        ("DraftContent", "chosen") => json!(format!("bp-{n}")),
        ("DraftContent", "reviewed") => json!({"step": "account"}),
        ("Selection", "solutions") => json!({"source_id": format!("s-{n}")}),
        ("Selection", "location_solutions") => json!([]),
        ("Selection", "location_overrides") => json!({}),
        ("Selection", "new_locations") => json!({"name": "n", "address": address()}),
        ("ProfileDraft", "locations") => json!({"name": "n", "address": address()}),
        ("ProfileDraft", "solutions") => json!({"kind": "app", "name": "n"}),
        ("PinpointExport", "business_profiles") => pinpoint_profile(),
        ("PinpointExport", "app_profiles" | "service_profiles") => pinpoint_solution(),
        ("PinpointExport", "referrals") => json!({"id": format!("r-{n}"), "customer_name": "c",
            "need": "", "status": "new", "received_on": "2024-01-01"}),
        ("PinpointExport", "customer_reviews") => json!({"id": format!("v-{n}"), "author": "a",
            "rating": 5, "text": "", "date": "2024-01-01"}),
        ("PinpointProfile", "locations") => {
            json!({"id": format!("l-{n}"), "name": "n", "address": address()})
        }
        _ => json!(""),
    }
}

/// `schema`'s minimal value with `property` holding `len` entries.
fn with_list(schema: &str, property: &str, len: usize) -> Value {
    let mut value = minimal(schema);
    let list = if matches!(property, "location_solutions" | "location_overrides") {
        Value::Object(
            (0..len)
                .map(|n| (format!("l-{n}"), entry(schema, property, n)))
                .collect(),
        )
    } else {
        Value::Array((0..len).map(|n| entry(schema, property, n)).collect())
    };
    value[property] = list;
    value
}

fn check<T: DeserializeOwned + Bounded>(value: Value) -> Vec<Issue> {
    match serde_json::from_value::<T>(value) {
        Ok(value) => over_bounds(&value),
        Err(error) => panic!("the test value does not deserialize: {error}"),
    }
}

fn issues_of(schema: &str, value: Value) -> Vec<Issue> {
    match schema {
        "ImportRequest" => check::<ImportRequest>(value),
        "Selection" => check::<Selection>(value),
        "ProfileOverrides" => check::<ProfileOverrides>(value),
        "SolutionOverrides" => check::<SolutionOverrides>(value),
        "ProfileDraft" => check::<ProfileDraft>(value),
        "LocationDraft" => check::<LocationDraft>(value),
        "SolutionDraft" => check::<SolutionDraft>(value),
        "SolutionIds" => check::<SolutionIds>(value),
        "DevTokenRequest" => check::<DevTokenRequest>(value),
        "DraftContent" => check::<DraftContent>(value),
        "PinpointExport" => check::<PinpointExport>(value),
        "PinpointProfile" => check::<PinpointProfile>(value),
        "PinpointSolution" => check::<PinpointSolution>(value),
        other => panic!("no type for {other}: add it"),
    }
}

fn summary(issues: &[Issue]) -> Vec<(Code, String, String, String)> {
    issues
        .iter()
        .map(|i| {
            let param = |name: &str| i.params.get(name).map(ToString::to_string);
            (
                i.code,
                i.path.clone(),
                param("limit").unwrap_or_default(),
                param("actual").unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn every_bounded_list_is_refused_one_past_its_bound_and_accepted_at_it() {
    assert!(LISTS.len() >= 30, "the table lists every bounded list");
    for list in LISTS {
        let (schema, property, max) = (list.schema, list.property, list.bound.max);
        let at = issues_of(schema, with_list(schema, property, max));
        assert!(at.is_empty(), "{schema}.{property} at {max}: {at:?}");
        let over = issues_of(schema, with_list(schema, property, max + 1));
        assert_eq!(
            summary(&over),
            [(
                list.bound.code,
                format!("/{property}"),
                max.to_string(),
                (max + 1).to_string()
            )],
            "{schema}.{property} at {}",
            max + 1
        );
        assert!(over[0].is_error());
    }
}

#[test]
fn the_bounds_named_by_the_issue_are_the_domains() {
    let codes: Vec<Code> = LISTS.iter().map(|l| l.bound.code).collect();
    assert!(codes.contains(&Code::LocationsTooMany), "new locations");
    assert!(codes
        .iter()
        .all(|c| matches!(c, Code::ListTooLong | Code::LocationsTooMany)));
    let bound = |schema: &str, property: &str| {
        LISTS
            .iter()
            .find(|l| l.schema == schema && l.property == property)
            .map(|l| l.bound.max)
    };
    assert_eq!(bound("ProfileOverrides", "industries"), Some(100));
    assert_eq!(bound("ProfileOverrides", "tags"), Some(100));
    assert_eq!(bound("Selection", "new_locations"), Some(5));
    assert_eq!(bound("PinpointExport", "referrals"), Some(10_000));
    let message = Issue::error(Code::ListTooLong, "/tags")
        .with("limit", 100usize)
        .with("actual", 101usize);
    assert_eq!(
        message.message(transition_domain::locales::messages(
            transition_domain::Lang::En
        )),
        "This list has 101 entries; the limit is 100."
    );
    assert_eq!(
        message.message(transition_domain::locales::messages(
            transition_domain::Lang::Fr
        )),
        "Cette liste compte 101 entrées ; la limite est de 100."
    );
}

fn strings(n: usize) -> Value {
    Value::Array(vec![json!(""); n])
}

#[test]
fn nested_lists_are_named_by_their_whole_path() {
    let request = json!({"selections": [
        {"pinpoint_profile_id": "bp-fr"},
        {"pinpoint_profile_id": "bp-be",
         "overrides": {"industries": strings(101), "tags": strings(100)},
         "solutions": [{"source_id": "a"}, {"source_id": "b"},
                       {"source_id": "c", "overrides": {"products": strings(250)}}],
         "location_solutions": {"a/b": strings(1_001), "ok": strings(1_000)}}
    ]});
    let issues = issues_of("ImportRequest", request);
    assert_eq!(
        summary(&issues),
        [
            (
                Code::ListTooLong,
                "/selections/1/overrides/industries".to_owned(),
                "100".to_owned(),
                "101".to_owned()
            ),
            (
                Code::ListTooLong,
                "/selections/1/solutions/2/overrides/products".to_owned(),
                "100".to_owned(),
                "250".to_owned()
            ),
            (
                Code::ListTooLong,
                "/selections/1/location_solutions/a~1b".to_owned(),
                "1000".to_owned(),
                "1001".to_owned()
            ),
        ]
    );

    let mut export = minimal("PinpointExport");
    let mut profile = pinpoint_profile();
    profile["locations"] = Value::Array(
        (0..1_001)
            .map(|n| entry("PinpointProfile", "locations", n))
            .collect(),
    );
    export["business_profiles"] = json!([pinpoint_profile(), profile]);
    let mut solution = pinpoint_solution();
    solution["industries"] = strings(101);
    export["service_profiles"] = json!([solution]);
    assert_eq!(
        summary(&issues_of("PinpointExport", export))
            .into_iter()
            .map(|(_, path, _, _)| path)
            .collect::<Vec<_>>(),
        [
            "/business_profiles/1/locations",
            "/service_profiles/0/industries"
        ]
    );
}

#[test]
fn a_list_over_its_bound_is_not_looked_inside() {
    // 251 selections, each with too many industries: one issue, the
    // outer list's.
    let selection = json!({"pinpoint_profile_id": "bp", "overrides": {"industries": strings(101)}});
    let request = json!({"selections": vec![selection; PROFILES.max + 1]});
    let issues = issues_of("ImportRequest", request);
    assert_eq!(
        summary(&issues),
        [(
            Code::ListTooLong,
            "/selections".to_owned(),
            "250".to_owned(),
            "251".to_owned()
        )]
    );
}

#[test]
fn the_planner_checks_lengths_first_and_does_nothing_else() {
    let export = common::export(common::CONTOSO);
    let request: ImportRequest = match serde_json::from_value(json!({"selections": [
        {"pinpoint_profile_id": "bp-fr", "overrides": {"tags": strings(250_000)}},
        {"pinpoint_profile_id": "nowhere"}
    ]})) {
        Ok(request) => request,
        Err(error) => panic!("{error}"),
    };
    let started = std::time::Instant::now();
    let plan = plan_import(&export, &request, &[]);
    let elapsed = started.elapsed();
    // Only the length: not 250,000 `tag_empty`, not the unknown profile.
    assert_eq!(
        common::codes(&plan.issues),
        [(Code::ListTooLong, "/selections/0/overrides/tags".to_owned())]
    );
    assert!(plan.profiles.is_empty());
    assert!(!plan.can_commit());
    assert!(elapsed.as_millis() < 100, "{elapsed:?}");
}

#[test]
fn an_export_with_a_list_over_its_bound_is_refused_at_parse_with_the_path() {
    let mut export: Value = match serde_json::from_slice(common::CONTOSO) {
        Ok(value) => value,
        Err(error) => panic!("{error}"),
    };
    let referrals = |n: usize| {
        Value::Array(
            (0..n)
                .map(|k| entry("PinpointExport", "referrals", k))
                .collect(),
        )
    };
    export["referrals"] = referrals(10_000);
    assert!(
        parse_export(export.to_string().as_bytes()).is_ok(),
        "10,000 referrals are accepted"
    );
    export["referrals"] = referrals(10_001);
    match parse_export(export.to_string().as_bytes()) {
        Err(error @ ExportError::ListsTooLong { .. }) => {
            assert_eq!(
                common::codes(&error.issues()),
                [(Code::ListTooLong, "/referrals".to_owned())]
            );
            assert!(error.to_string().contains("list_too_long at /referrals"));
        }
        other => panic!("expected ListsTooLong, got {other:?}"),
    }
}

#[test]
fn the_issues_left_out_of_an_answer_are_counted_in_both_languages() {
    use transition_domain::labels::Label;
    use transition_domain::wire::problem::Problem;
    use transition_domain::Lang;

    let export = common::export(common::CONTOSO);
    let request: ImportRequest = match serde_json::from_value(json!({"selections": [
        {"pinpoint_profile_id": "bp-fr", "overrides": {"tags": strings(100)}}
    ]})) {
        Ok(request) => request,
        Err(error) => panic!("{error}"),
    };
    // 100 tags are within the bound: each empty one is its own issue
    // (`tag_empty`), and the rule on the count (`tags_too_many`) too.
    let plan = plan_import(&export, &request, &[]);
    let report = plan.report(transition_domain::locales::messages(Lang::Fr));
    assert!(plan.issues.len() > 100, "{}", plan.issues.len());
    assert_eq!(report.issues.len(), 100);
    assert_eq!(report.issue_count, plan.issues.len());
    assert_eq!(report.errors + report.warnings, report.issue_count);

    let problem = Problem {
        kind: String::new(),
        title: String::new(),
        status: 422,
        code: Code::ValidationFailed,
        issues: report.issues.clone(),
        issue_count: report.issue_count,
        help_url: None,
        plan_digest: None,
        preview: None,
    };
    let more = problem.issues_left_out();
    assert_eq!(more, plan.issues.len() - 100);
    assert_eq!(
        transition_domain::locales::messages(Lang::En).fill(Label::MoreIssues, &[("count", &more)]),
        format!("and {more} more issues not listed here")
    );
    assert_eq!(
        transition_domain::locales::messages(Lang::En).fill(Label::MoreIssues, &[("count", &1)]),
        "and 1 more issue not listed here"
    );
    assert_eq!(
        transition_domain::locales::messages(Lang::Fr).fill(Label::MoreIssues, &[("count", &1)]),
        "et 1 autre problème non affiché"
    );
    assert_eq!(
        transition_domain::locales::messages(Lang::Fr).fill(Label::MoreIssues, &[("count", &more)]),
        format!("et {more} autres problèmes non affichés")
    );
}

#[test]
fn the_request_that_imports_an_export_at_its_bounds_is_within_its_own() {
    use transition_domain::bounds::{APP_OR_SERVICE_PROFILES, LOCATIONS};

    let mut export = minimal("PinpointExport");
    let mut profile = pinpoint_profile();
    profile["locations"] = Value::Array(
        (0..LOCATIONS.max)
            .map(|n| entry("PinpointProfile", "locations", n))
            .collect(),
    );
    let mut profiles = vec![pinpoint_profile(); PROFILES.max];
    profiles[0] = profile;
    export["business_profiles"] = Value::Array(profiles);
    for (n, ids) in export["business_profiles"]
        .as_array_mut()
        .into_iter()
        .flatten()
        .enumerate()
    {
        ids["id"] = json!(format!("bp-{n}"));
    }
    // Every app and service profile on the first business profile, each
    // marketed from its first location.
    let solutions = |kind: &str| {
        Value::Array(
            (0..APP_OR_SERVICE_PROFILES.max)
                .map(|n| {
                    let mut solution = pinpoint_solution();
                    solution["id"] = json!(format!("{kind}-{n}"));
                    solution["business_profile_id"] = json!("bp-0");
                    solution["location_ids"] = json!(["l-0"]);
                    solution
                })
                .collect(),
        )
    };
    export["app_profiles"] = solutions("app");
    export["service_profiles"] = solutions("service");
    let export: PinpointExport = match serde_json::from_value(export) {
        Ok(export) => export,
        Err(error) => panic!("{error}"),
    };
    assert_eq!(over_bounds(&export), []);
    let everything = ImportRequest::everything(&export);
    assert_eq!(
        everything.selections[0].solutions.as_ref().map(Vec::len),
        Some(2 * APP_OR_SERVICE_PROFILES.max)
    );
    assert_eq!(over_bounds(&everything), []);
}
