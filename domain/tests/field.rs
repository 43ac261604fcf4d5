//! `FieldKey`: one grammar, printed and parsed in one place; which keys
//! are under which, and their parents for a page's jump targets.

use transition_domain::field::FieldKey;
use transition_domain::plan::profile_field;
use transition_domain::{LocationId, SolutionId};

fn location(id: &str, field: Option<&str>) -> FieldKey {
    FieldKey::Location(LocationId::from(id), field.map(str::to_owned))
}

fn solution(id: &str, field: Option<&str>) -> FieldKey {
    FieldKey::Solution(SolutionId::from(id), field.map(str::to_owned))
}

#[test]
fn every_key_prints_the_text_of_today() {
    let cases = [
        (FieldKey::Profile, ""),
        (FieldKey::field("name"), "name"),
        (FieldKey::field("logo").sub("width"), "logo/width"),
        (FieldKey::field("tags").sub(2), "tags/2"),
        (FieldKey::field("region"), "region"),
        (FieldKey::Locations, "locations"),
        (FieldKey::location("loc-lyon"), "locations/loc-lyon"),
        (
            FieldKey::location("loc-lyon").sub("name"),
            "locations/loc-lyon/name",
        ),
        (
            FieldKey::location("loc-lyon").sub("solutions"),
            "locations/loc-lyon/solutions",
        ),
        (FieldKey::new_location(), "locations/new"),
        (
            FieldKey::new_location().sub("address").sub("city"),
            "locations/new/address/city",
        ),
        (FieldKey::AddLocation, "locations/add"),
        (FieldKey::Solutions, "solutions"),
        (FieldKey::solution("app-1"), "solutions/app-1"),
        (
            FieldKey::solution("app-1").sub("summary"),
            "solutions/app-1/summary",
        ),
    ];
    for (key, text) in cases {
        assert_eq!(key.to_string(), text);
        assert_eq!(FieldKey::parse(text), key, "{text}");
    }
}

#[test]
fn ids_with_slashes_spaces_and_tildes_round_trip() {
    let ids = [
        "a/b", "Paris 7e", "x~1y", "a/b~c", "~0", " / ", "7", "+new-0",
    ];
    let fields = [
        None,
        Some("name"),
        Some("address"),
        Some("address/city"),
        Some("solutions"),
        Some("solution_ids/1"),
        Some("include"),
    ];
    for id in ids {
        for field in fields {
            let key = location(id, field);
            assert_eq!(FieldKey::parse(&key.to_string()), key, "{key}");
        }
        for field in [None, Some("summary"), Some("products/3"), Some("include")] {
            let key = solution(id, field);
            assert_eq!(FieldKey::parse(&key.to_string()), key, "{key}");
        }
    }
    assert_eq!(
        location("a/b", Some("name")).to_string(),
        "locations/a/b/name"
    );
}

#[test]
fn every_text_reads_back_as_itself() {
    for text in [
        "",
        "locations/",
        "locations//name",
        "locations/a/b/c",
        "locationsx/1",
        "solutions/x/unknown/name",
        "a//b",
        "tags/add",
        "new_locations",
    ] {
        assert_eq!(FieldKey::parse(text).to_string(), text);
        assert_eq!(
            text.parse::<FieldKey>().map(|k| k.to_string()),
            Ok(text.to_owned())
        );
    }
    assert_eq!(
        FieldKey::parse("locationsx/1"),
        FieldKey::field("locationsx/1")
    );
    assert!(matches!(
        FieldKey::parse("locationsx/1"),
        FieldKey::Field(_)
    ));
}

#[test]
fn a_key_holds_itself_and_what_is_under_it() {
    let key = FieldKey::parse;
    assert!(key("logo").contains(&key("logo/width")));
    assert!(key("name").contains(&key("name")));
    assert!(!key("name").contains(&key("names")));
    assert!(!key("tags/1").contains(&key("tags")));
    assert!(key("tags").contains(&key("tags/1")));
    assert!(key("locations").contains(&key("locations/a/b/name")));
    assert!(key("locations").contains(&FieldKey::AddLocation));
    assert!(!key("locations").contains(&key("solutions/a")));
    assert!(key("locations/a/b").contains(&key("locations/a/b/address/city")));
    assert!(key("locations/a/b/address").contains(&key("locations/a/b/address/city")));
    assert!(!key("locations/a").contains(&key("locations/a/b/name")));
    assert!(!key("locations/a/name").contains(&key("locations/a")));
    assert!(key("solutions/s").contains(&key("solutions/s/products/2")));
    assert!(!key("solutions/s").contains(&key("solutions/t/name")));
    assert!(FieldKey::Profile.contains(&key("region")));
    assert!(!key("region").contains(&FieldKey::Profile));
}

#[test]
fn parents_go_from_precise_to_broad() {
    let texts = |key: &str| -> Vec<String> {
        FieldKey::parse(key)
            .parents()
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(texts("tags/2"), ["tags"]);
    assert!(texts("name").is_empty());
    assert!(texts("").is_empty());
    assert!(texts("locations").is_empty());
    assert_eq!(
        texts("locations/a/b/address/city"),
        ["locations/a/b/address", "locations/a/b", "locations"]
    );
    assert_eq!(texts("locations/add"), ["locations"]);
    assert_eq!(
        texts("solutions/s/products/3"),
        ["solutions/s/products", "solutions/s", "solutions"]
    );
}

#[test]
fn profile_fields_are_typed_keys() {
    let key = |rest: &str| {
        profile_field(
            rest,
            |n| (n < 2).then(|| LocationId::from(format!("loc {n}"))),
            |n| (n == 0).then(|| SolutionId::from("app/one")),
        )
    };
    assert_eq!(key("locations/1/name"), location("loc 1", Some("name")));
    assert_eq!(key("locations/1"), location("loc 1", None));
    assert_eq!(key("locations/5/name"), location("5", Some("name")));
    assert_eq!(
        key("solutions/0/products/3"),
        solution("app/one", Some("products/3"))
    );
    assert_eq!(key("locations"), FieldKey::Locations);
    assert_eq!(key("logo/width"), FieldKey::Field("logo/width".into()));
    assert_eq!(key(""), FieldKey::Profile);
}
