//! Every rule of SPEC §3 at its boundary, through `validate_profile`.

mod common;

use common::{location, solution, valid_profile};
use transition_domain::input::LogoInput;
use transition_domain::model::ProfileDraft;
use transition_domain::{validate_profile, Code, Issue, Severity};

/// Applies `edit` to a valid profile and checks exactly which codes
/// (errors and warnings) the rules report, and at which paths.
fn check(edit: impl FnOnce(&mut ProfileDraft), expected: &[(Code, &str)]) {
    let mut draft = valid_profile();
    edit(&mut draft);
    let (profile, issues) = validate_profile(&draft, "");
    let mut got: Vec<(Code, String)> = issues.iter().map(|i| (i.code, i.path.clone())).collect();
    got.sort();
    let mut want: Vec<(Code, String)> = expected
        .iter()
        .map(|(c, p)| (*c, (*p).to_owned()))
        .collect();
    want.sort();
    assert_eq!(got, want, "issues for the edited profile");
    let blocking = issues.iter().any(Issue::is_error);
    assert_eq!(
        profile.is_none(),
        blocking,
        "a profile is built iff no error"
    );
}

fn issue_of(edit: impl FnOnce(&mut ProfileDraft)) -> Issue {
    let mut draft = valid_profile();
    edit(&mut draft);
    let (_, issues) = validate_profile(&draft, "");
    assert_eq!(issues.len(), 1, "{issues:?}");
    issues[0].clone()
}

#[test]
fn a_valid_profile_has_no_issue() {
    check(|_| {}, &[]);
}

#[test]
fn name_is_1_to_100_characters_after_trimming() {
    check(|d| d.name = "x".repeat(100), &[]);
    check(|d| d.name = format!("  {}  ", "x".repeat(100)), &[]);
    check(
        |d| d.name = "x".repeat(101),
        &[(Code::NameTooLong, "/name")],
    );
    check(|d| d.name = "   ".into(), &[(Code::NameEmpty, "/name")]);
    check(|d| d.name = String::new(), &[(Code::NameEmpty, "/name")]);
}

#[test]
fn description_is_at_most_2500_scalar_values() {
    // Emoji are one scalar value each (two UTF-16 units in JavaScript).
    check(|d| d.description = "😀".repeat(2500), &[]);
    check(
        |d| d.description = "😀".repeat(2501),
        &[(Code::DescriptionTooLong, "/description")],
    );
    // A combining mark is a scalar value of its own: "é" as e + U+0301 is 2.
    check(|d| d.description = "e\u{301}".repeat(1250), &[]);
    check(
        |d| d.description = format!("{}x", "e\u{301}".repeat(1250)),
        &[(Code::DescriptionTooLong, "/description")],
    );
    // Outer white space is trimmed before counting.
    check(
        |d| d.description = format!("\n  {}  \n", "a".repeat(2500)),
        &[],
    );
    let issue = issue_of(|d| d.description = "a".repeat(2501));
    assert_eq!(
        issue
            .params
            .get("limit")
            .map(ToString::to_string)
            .as_deref(),
        Some("2500")
    );
    assert_eq!(
        issue
            .params
            .get("actual")
            .map(ToString::to_string)
            .as_deref(),
        Some("2501")
    );
}

#[test]
fn website_is_an_absolute_http_or_https_url() {
    check(|d| d.website = "http://contoso.fr/fr".into(), &[]);
    for bad in [
        "fabrikam.com",
        "javascript:alert(1)",
        "ftp://contoso.fr",
        "https://",
        "",
        "//contoso.fr",
    ] {
        check(
            |d| d.website = bad.into(),
            &[(Code::WebsiteInvalid, "/website")],
        );
    }
}

#[test]
fn linkedin_is_optional_and_a_company_page() {
    check(|d| d.linkedin = None, &[]);
    check(|d| d.linkedin = Some("  ".into()), &[]);
    check(
        |d| d.linkedin = Some("https://www.linkedin.com/in/fabrikam-ceo".into()),
        &[(Code::LinkedinInvalid, "/linkedin")],
    );
}

fn logo(format: &str, width: u32, height: u32) -> Option<LogoInput> {
    Some(LogoInput {
        url: "https://cdn.contoso.fr/logo.png".into(),
        format: format.into(),
        width,
        height,
        upload: None,
    })
}

#[test]
fn logo_is_gif_jpg_or_png_at_most_300_px_wide() {
    check(|d| d.logo = logo("png", 300, 100), &[]);
    check(|d| d.logo = logo("gif", 120, 120), &[]);
    check(|d| d.logo = logo("JPEG", 200, 80), &[]);
    check(
        |d| d.logo = logo("png", 301, 100),
        &[(Code::LogoTooWide, "/logo/width")],
    );
    check(
        |d| d.logo = logo("bmp", 200, 100),
        &[(Code::LogoFormatUnsupported, "/logo/format")],
    );
    check(
        |d| d.logo = logo("svg", 200, 100),
        &[(Code::LogoFormatUnsupported, "/logo/format")],
    );
}

#[test]
fn a_logo_taller_than_wide_is_warned_against_not_refused() {
    let issue = issue_of(|d| d.logo = logo("png", 200, 201));
    assert_eq!(issue.code, Code::LogoTallerThanWide);
    assert_eq!(issue.severity, Severity::Warning);
    check(
        |d| d.logo = logo("png", 200, 201),
        &[(Code::LogoTallerThanWide, "/logo/height")],
    );
}

#[test]
fn at_most_5_industries_from_the_catalogue() {
    let five = ["Retail", "Media", "Energy", "Education", "Healthcare"];
    check(
        |d| d.industries = five.iter().map(|s| (*s).into()).collect(),
        &[],
    );
    check(
        |d| {
            d.industries = five.iter().map(|s| (*s).into()).collect();
            d.industries.push("Government".into());
        },
        &[(Code::IndustriesTooMany, "/industries")],
    );
    check(
        |d| d.industries = vec!["Retail".into(), "Space".into()],
        &[(Code::IndustryUnknown, "/industries/1")],
    );
}

#[test]
fn products_are_microsoft_products_with_aliases() {
    let (profile, issues) = validate_profile(
        &ProfileDraft {
            products: vec!["Office 365".into(), "O365".into(), "azure".into()],
            ..valid_profile()
        },
        "",
    );
    assert!(issues.is_empty(), "{issues:?}");
    let names: Vec<&str> = profile
        .map(|p| p.products.iter().map(|p| p.name()).collect())
        .unwrap_or_default();
    assert_eq!(names, ["Microsoft 365", "Microsoft Azure"]);
    check(
        |d| d.products = vec!["AWS".into()],
        &[(Code::ProductUnknown, "/products/0")],
    );
}

#[test]
fn service_types_come_from_the_catalogue() {
    check(|d| d.service_types = vec!["managed services".into()], &[]);
    check(
        |d| d.service_types = vec!["Astrology".into()],
        &[(Code::ServiceTypeUnknown, "/service_types/0")],
    );
}

#[test]
fn tags_1_to_50_characters_at_most_20_unique_ignoring_case() {
    let twenty: Vec<String> = (0..20).map(|n| format!("tag {n}")).collect();
    check(|d| d.tags = twenty.clone(), &[]);
    check(
        |d| {
            d.tags = twenty.clone();
            d.tags.push("tag 20".into());
        },
        &[(Code::TagsTooMany, "/tags")],
    );
    check(|d| d.tags = vec!["é".repeat(50)], &[]);
    check(
        |d| d.tags = vec!["é".repeat(51)],
        &[(Code::TagTooLong, "/tags/0")],
    );
    check(
        |d| d.tags = vec![" ".into()],
        &[(Code::TagEmpty, "/tags/0")],
    );
    check(
        |d| d.tags = vec!["apps".into(), " Apps ".into()],
        &[(Code::TagDuplicate, "/tags/1")],
    );
}

#[test]
fn at_least_one_known_target_size() {
    check(|d| d.target_sizes = vec!["enterprise".into()], &[]);
    check(
        |d| d.target_sizes = vec![],
        &[(Code::TargetSizesEmpty, "/target_sizes")],
    );
    check(
        |d| d.target_sizes = vec!["huge".into()],
        &[(Code::TargetSizeUnknown, "/target_sizes/0")],
    );
}

#[test]
fn one_to_five_locations_in_the_region_with_distinct_addresses() {
    let five = |d: &mut ProfileDraft| {
        d.locations = (0..5)
            .map(|n| location(&format!("l{n}"), &format!("{n} rue A")))
            .collect()
    };
    check(five, &[]);
    check(
        |d| {
            five(d);
            d.locations.push(location("l5", "5 rue A"));
        },
        &[(Code::LocationsTooMany, "/locations")],
    );
    check(
        |d| d.locations.clear(),
        &[(Code::LocationsEmpty, "/locations")],
    );
    check(
        |d| d.locations[0].address.country = "CA".into(),
        &[(Code::LocationOutsideRegion, "/locations/0/address/country")],
    );
    check(
        |d| d.locations.push(location("l2", "  1 RUE a ")),
        &[(Code::LocationAddressDuplicate, "/locations/1/address")],
    );
    check(
        |d| d.locations[0].address.city = " ".into(),
        &[(Code::AddressIncomplete, "/locations/0/address/city")],
    );
    check(
        |d| d.locations[0].email = Some("nobody".into()),
        &[(Code::EmailInvalid, "/locations/0/email")],
    );
}

#[test]
fn region_is_an_iso_3166_code() {
    check(
        |d| d.region = "XX".into(),
        &[(Code::RegionInvalid, "/region")],
    );
}

#[test]
fn solutions_have_bounded_texts_and_unique_names_ignoring_case() {
    check(
        |d| d.solutions.push(solution("s2", " stock ")),
        &[(Code::SolutionNameDuplicate, "/solutions/1/name")],
    );
    check(
        |d| d.solutions[0].name = "x".repeat(101),
        &[(Code::SolutionNameTooLong, "/solutions/0/name")],
    );
    check(|d| d.solutions[0].name = "x".repeat(100), &[]);
    check(|d| d.solutions[0].summary = "😀".repeat(250), &[]);
    check(
        |d| d.solutions[0].summary = "😀".repeat(251),
        &[(Code::SolutionSummaryTooLong, "/solutions/0/summary")],
    );
    check(|d| d.solutions[0].description = "a".repeat(2500), &[]);
    check(
        |d| d.solutions[0].description = "a".repeat(2501),
        &[(Code::SolutionDescriptionTooLong, "/solutions/0/description")],
    );
    check(
        |d| d.solutions[0].url = Some("javascript:void(0)".into()),
        &[(Code::SolutionUrlInvalid, "/solutions/0/url")],
    );
}

#[test]
fn a_location_markets_only_the_profiles_own_solutions() {
    check(|d| d.locations[0].solution_ids = vec!["s1".into()], &[]);
    check(
        |d| d.locations[0].solution_ids = vec!["s1".into(), "nope".into()],
        &[(Code::LocationSolutionUnknown, "/locations/0/solution_ids/1")],
    );
}

#[test]
fn every_issue_is_reported_not_only_the_first() {
    check(
        |d| {
            d.name = String::new();
            d.website = "contoso".into();
            d.tags = vec!["a".into(), "A".into()];
            d.locations.clear();
        },
        &[
            (Code::NameEmpty, "/name"),
            (Code::WebsiteInvalid, "/website"),
            (Code::TagDuplicate, "/tags/1"),
            (Code::LocationsEmpty, "/locations"),
        ],
    );
}

#[test]
fn values_are_stored_trimmed_and_normalized() -> Result<(), String> {
    let draft = ProfileDraft {
        name: "  Contoso  ".into(),
        website: "HTTPS://WWW.Contoso.FR/Accueil".into(),
        region: "fr".into(),
        ..valid_profile()
    };
    let (profile, _) = validate_profile(&draft, "");
    let profile = profile.ok_or("the draft is valid")?;
    assert_eq!(profile.name.as_str(), "Contoso");
    assert_eq!(profile.website.as_str(), "https://www.contoso.fr/Accueil");
    assert_eq!(profile.region.as_str(), "FR");
    Ok(())
}

#[test]
fn a_profile_round_trips_through_json_and_is_rechecked_when_read(
) -> Result<(), Box<dyn std::error::Error>> {
    let (profile, _) = validate_profile(&valid_profile(), "");
    let profile = profile.ok_or("the draft is valid")?;
    let json = serde_json::to_string(&profile)?;
    let back: transition_domain::BusinessProfile = serde_json::from_str(&json)?;
    assert_eq!(back, profile);
    let broken = json.replace("Contoso France", "");
    assert!(serde_json::from_str::<transition_domain::BusinessProfile>(&broken).is_err());
    Ok(())
}
