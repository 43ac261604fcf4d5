//! The export parser against good, bad and hostile input.

mod common;

use common::{CONTOSO, FABRIKAM, NORTHWIND};
use transition_domain::export::{AccountStatus, ParseLimits};
use transition_domain::{parse_export, parse_export_with, Code, ExportError};

fn codes(error: &ExportError) -> Vec<(Code, String)> {
    error
        .issues()
        .into_iter()
        .map(|i| (i.code, i.path))
        .collect()
}

fn contoso_with(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_slice(CONTOSO).unwrap_or_default();
    edit(&mut value);
    value.to_string().into_bytes()
}

#[test]
fn the_fixtures_parse() -> Result<(), ExportError> {
    let contoso = parse_export(CONTOSO)?;
    assert_eq!(contoso.business_profiles.len(), 2);
    assert_eq!(
        contoso.app_profiles.len() + contoso.service_profiles.len(),
        5
    );
    assert_eq!(contoso.referrals.len(), 4);
    let fabrikam = parse_export(FABRIKAM)?;
    assert!(!fabrikam.account.csp);
    let northwind = parse_export(NORTHWIND)?;
    assert_eq!(northwind.account.status, AccountStatus::Closed);
    Ok(())
}

#[test]
fn an_unknown_format_has_its_own_error() {
    let bytes = contoso_with(|v| v["format"] = "pinpoint-export/v2".into());
    let error = parse_export(&bytes).err();
    assert_eq!(
        error,
        Some(ExportError::UnknownFormat {
            found: Some("pinpoint-export/v2".into())
        })
    );
    let bytes = contoso_with(|v| {
        v.as_object_mut().map(|o| o.remove("format"));
    });
    assert_eq!(
        parse_export(&bytes).err(),
        Some(ExportError::UnknownFormat { found: None })
    );
    // Even when the rest has another shape, the format is what is reported.
    assert!(matches!(
        parse_export(br#"{"format": "csv", "account": 3}"#),
        Err(ExportError::UnknownFormat { .. })
    ));
}

#[test]
fn a_missing_required_field_names_its_path() {
    let bytes = contoso_with(|v| {
        v["business_profiles"][1]["locations"][0]["address"]
            .as_object_mut()
            .map(|o| o.remove("city"));
    });
    let error = parse_export(&bytes).err().map(|e| codes(&e));
    assert_eq!(
        error,
        Some(vec![(
            Code::ExportFieldMissing,
            "/business_profiles/1/locations/0/address/city".to_owned()
        )])
    );
}

#[test]
fn a_mistyped_field_names_its_path() {
    let bytes = contoso_with(|v| v["business_profiles"][0]["logo"]["width"] = "wide".into());
    let error = parse_export(&bytes).err().map(|e| codes(&e));
    assert_eq!(
        error,
        Some(vec![(
            Code::ExportMalformed,
            "/business_profiles/0/logo/width".to_owned()
        )])
    );
    let bytes = contoso_with(|v| v["referrals"][0]["status"] = "maybe".into());
    let error = parse_export(&bytes).err().map(|e| codes(&e));
    assert_eq!(
        error,
        Some(vec![(
            Code::ExportMalformed,
            "/referrals/0/status".to_owned()
        )])
    );
}

#[test]
fn unknown_fields_are_ignored() {
    let bytes = contoso_with(|v| v["business_profiles"][0]["favourite_colour"] = "blue".into());
    assert!(parse_export(&bytes).is_ok());
}

#[test]
fn duplicate_and_dangling_ids_name_both_ends() {
    let bytes = contoso_with(|v| {
        v["business_profiles"][1]["id"] = "bp-fr".into();
        v["app_profiles"][0]["location_ids"][1] = "loc-nowhere".into();
        v["referrals"][3]["business_profile_id"] = "bp-gone".into();
    });
    let Err(ExportError::Integrity { issues }) = parse_export(&bytes) else {
        panic!("integrity errors expected");
    };
    let found: Vec<(Code, &str, String)> = issues
        .iter()
        .map(|i| {
            let other = i
                .params
                .get("first")
                .or_else(|| i.params.get("target"))
                .map(ToString::to_string)
                .unwrap_or_default();
            (i.code, i.path.as_str(), other)
        })
        .collect();
    assert!(found.contains(&(
        Code::DuplicateId,
        "/business_profiles/1/id",
        "/business_profiles/0/id".into()
    )));
    assert!(found.contains(&(
        Code::DanglingReference,
        "/app_profiles/0/location_ids/1",
        "/business_profiles/0/locations".into()
    )));
    assert!(found.contains(&(
        Code::DanglingReference,
        "/referrals/3/business_profile_id",
        "/business_profiles".into()
    )));
    // The BE profile's solution now refers to a profile id that is the FR one.
    assert!(issues.iter().all(|i| i.is_error()));
}

#[test]
fn dates_ratings_and_currencies_are_checked() {
    let bytes = contoso_with(|v| {
        v["referrals"][0]["received_on"] = "2016-02-30".into();
        v["referrals"][0]["deal_value"]["currency"] = "euro".into();
        v["customer_reviews"][0]["rating"] = 6.into();
    });
    let error = parse_export(&bytes)
        .err()
        .map(|e| codes(&e))
        .unwrap_or_default();
    let paths: Vec<&str> = error.iter().map(|(_, p)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/referrals/0/received_on",
            "/referrals/0/deal_value/currency",
            "/customer_reviews/0/rating"
        ]
    );
}

#[test]
fn hostile_input_gets_a_clear_error() {
    let deep = "[".repeat(200_000);
    let deep_object = format!(
        "{{\"format\":\"pinpoint-export/v1\",\"account\":{}",
        "[".repeat(200_000)
    );
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("truncated", CONTOSO[..CONTOSO.len() / 2].to_vec()),
        ("deep brackets", deep.into_bytes()),
        ("deep inside", deep_object.into_bytes()),
        ("binary", (0..=255u8).cycle().take(4096).collect()),
        ("not an object", b"[1, 2, 3]".to_vec()),
        ("trailing garbage", [CONTOSO, b"}"].concat()),
        (
            "invalid utf-8 in a string",
            b"{\"format\":\"\xff\xfe\"}".to_vec(),
        ),
    ];
    for (name, bytes) in cases {
        let error = parse_export(&bytes).err();
        let error = error.unwrap_or_else(|| panic!("{name}: accepted"));
        let issues = error.issues();
        assert!(!issues.is_empty(), "{name}");
        assert!(!error.to_string().is_empty(), "{name}");
    }
}

#[test]
fn the_size_limit_is_a_parameter() {
    let limits = ParseLimits { max_bytes: 1000 };
    let error = parse_export_with(CONTOSO, limits).err();
    assert_eq!(
        error,
        Some(ExportError::TooLarge {
            limit: 1000,
            actual: CONTOSO.len()
        })
    );
}

#[test]
fn amounts_keep_their_json_form() -> Result<(), Box<dyn std::error::Error>> {
    let export = parse_export(CONTOSO)?;
    let json = serde_json::to_value(&export.referrals[0])?;
    assert_eq!(json["deal_value"]["amount"], serde_json::json!(12000));
    Ok(())
}
