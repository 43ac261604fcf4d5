//! Text that storage can keep (`text.rs`): which characters a field may
//! hold, every string of a value checked at its pointer, and the places
//! that check it (profiles, exports).

mod common;

use common::{export, valid_profile, CONTOSO};
use transition_domain::{parse_export, validate_profile, ExportError};

use std::collections::BTreeMap;

use serde_json::json;

use transition_domain::text::{control_characters, is_storable};
use transition_domain::Code;

fn paths(value: &serde_json::Value) -> Vec<String> {
    control_characters(value, "")
        .into_iter()
        .map(|issue| {
            assert_eq!(issue.code, Code::TextControlCharacter);
            issue.path
        })
        .collect()
}

#[test]
fn single_line_text_keeps_no_control_character() {
    for bad in [
        "a\u{0}b", "\u{1}", "a\tb", "a\nb", "a\rb", "a\r\nb", "\u{1f}", "\u{7f}",
    ] {
        assert!(!is_storable(bad, false), "{bad:?}");
    }
    for good in [
        "Contoso FR",
        "",
        "é\u{301}",
        "🦀",
        "\u{202e}",
        "\u{feff}",
        "\u{80}",
    ] {
        assert!(is_storable(good, false), "{good:?}");
    }
}

#[test]
fn multi_line_text_keeps_tabs_line_feeds_and_crlf_only() {
    for good in ["a\tb", "a\nb", "a\r\nb\r\n"] {
        assert!(is_storable(good, true), "{good:?}");
    }
    for bad in [
        "a\rb", "a\r", "\r\r\n", "a\u{0}b", "\u{b}", "\u{c}", "\u{7f}",
    ] {
        assert!(!is_storable(bad, true), "{bad:?}");
    }
}

#[test]
fn every_string_is_checked_at_its_pointer() {
    let value = json!({
        "name": "Contoso\u{0}FR",
        "description": "line\nline\ttab",
        "summary": "bad\u{7f}",
        "tags": ["ok", "a\u{1}"],
        "locations": [{"name": "ok", "address": {"city": "Ly\non"}}],
        "logo": {"url": "https://x.example/\u{1b}"},
        "a/b~": "\u{0}",
        "k\u{0}": 1,
        "count": 3,
        "flag": true
    });
    let mut found = paths(&value);
    found.sort();
    assert_eq!(
        found,
        [
            "/a~1b~0",
            "/k\u{0}",
            "/locations/0/address/city",
            "/logo/url",
            "/name",
            "/summary",
            "/tags/1"
        ]
    );
    assert!(paths(&json!({"description": ["a\nb"], "text": "x\r\ny"})).is_empty());
}

#[test]
fn typed_values_use_their_wire_names_and_the_base_path() {
    let draft = transition_domain::request::ProfileOverrides {
        name: Some("Contoso\u{0}".into()),
        description: Some("two\nlines".into()),
        ..Default::default()
    };
    let issues = control_characters(&draft, "/selections/0/overrides");
    assert_eq!(issues.len(), 1);
    assert_eq!(
        issues.first().map(|i| i.path.as_str()),
        Some("/selections/0/overrides/name")
    );
    let mut map = BTreeMap::new();
    map.insert(7_u32, "\u{0}");
    assert_eq!(
        control_characters(&map, "")
            .first()
            .map(|i| i.path.as_str()),
        Some("/7")
    );
}

#[test]
fn a_profile_with_a_control_character_is_refused_at_the_field() {
    let mut draft = valid_profile();
    draft.name = "Contoso\u{0}FR".into();
    draft.description = "Line one\r\nLine two\tand a tab".into();
    let (profile, issues) = validate_profile(&draft, "/profiles/0");
    assert!(profile.is_none());
    let found: Vec<(Code, &str)> = issues
        .iter()
        .filter(|i| i.code == Code::TextControlCharacter)
        .map(|i| (i.code, i.path.as_str()))
        .collect();
    assert_eq!(found, [(Code::TextControlCharacter, "/profiles/0/name")]);
}

#[test]
fn an_export_with_a_control_character_is_refused_where_it_is() {
    let contoso = export(CONTOSO);
    let mut value = serde_json::to_value(&contoso).unwrap_or_default();
    if let Some(name) = value.pointer_mut("/business_profiles/0/locations/0/name") {
        *name = serde_json::Value::from("Lyon\u{7f}");
    }
    let bytes = serde_json::to_vec(&value).unwrap_or_default();
    let refused = parse_export(&bytes);
    let Err(ExportError::Integrity { issues }) = refused else {
        panic!("refused as an integrity problem: {refused:?}")
    };
    let paths: Vec<&str> = issues.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(paths, ["/business_profiles/0/locations/0/name"]);
    assert!(parse_export(CONTOSO).is_ok());
}
