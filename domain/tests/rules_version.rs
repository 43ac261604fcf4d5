//! The guard of `RULES_VERSION`: a plan digest covers the rules by their
//! version, so a change to the rules that changes a plan must bump it.
//! This test plans the fixtures (every profile, and a few fixed requests)
//! and hashes the plans together with the catalogues; when the hash moves,
//! the rules changed: bump `RULES_VERSION` and write the new fingerprint.

mod common;

use common::{export, valid_profile, CONTOSO, FABRIKAM, NORTHWIND};
use sha2::{Digest, Sha256};
use transition_domain::catalog::{Industry, Product, ServiceType, TargetSize};
use transition_domain::plan::{RULES_FINGERPRINT, RULES_VERSION};
use transition_domain::{plan_import, validate_profile, BusinessProfile, ImportRequest};

/// Each fixture with every profile; Contoso with a profile already in
/// France, and with edits that break rules and exclude a location.
fn plans() -> Vec<Vec<u8>> {
    let existing: Vec<BusinessProfile> = validate_profile(&valid_profile(), "")
        .0
        .into_iter()
        .collect();
    assert_eq!(existing.len(), 1, "the existing profile passes the rules");
    let contoso = export(CONTOSO);
    let edited: Result<ImportRequest, _> = serde_json::from_value(serde_json::json!({
        "selections": [
            {"pinpoint_profile_id": "bp-fr", "overrides": {
                "name": "", "description": "d".repeat(2_501),
                "products": ["Azure", "Not a product"], "excluded_location_ids": ["loc-lyon"]}},
            {"pinpoint_profile_id": "bp-be", "overrides": {"tags": ["", "ok"]}}
        ]
    }));
    let Ok(edited) = edited else {
        panic!("the edited request reads")
    };
    let mut cases = Vec::new();
    for bytes in [CONTOSO, FABRIKAM, NORTHWIND] {
        let export = export(bytes);
        cases.push(plan_import(
            &export,
            &ImportRequest::everything(&export),
            &[],
        ));
    }
    cases.push(plan_import(
        &contoso,
        &ImportRequest::everything(&contoso),
        &existing,
    ));
    cases.push(plan_import(&contoso, &edited, &[]));
    cases
        .iter()
        .map(|plan| serde_json::to_vec(plan).unwrap_or_default())
        .collect()
}

fn catalogues() -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    names.extend(
        Industry::ALL
            .iter()
            .map(|e| format!("industry:{}", e.name())),
    );
    names.extend(Product::ALL.iter().map(|e| format!("product:{}", e.name())));
    names.extend(
        ServiceType::ALL
            .iter()
            .map(|e| format!("service:{}", e.name())),
    );
    names.extend(TargetSize::ALL.iter().map(|e| format!("size:{}", e.name())));
    names
}

fn fingerprint() -> String {
    let mut hash = Sha256::new();
    for plan in plans() {
        hash.update((plan.len() as u64).to_be_bytes());
        hash.update(&plan);
    }
    for name in catalogues() {
        hash.update((name.len() as u64).to_be_bytes());
        hash.update(name.as_bytes());
    }
    hash.finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[test]
fn the_rules_have_not_changed_since_rules_version_was_set() {
    let now = fingerprint();
    assert_eq!(
        now, RULES_FINGERPRINT,
        "rules changed: bump RULES_VERSION (now {RULES_VERSION}), update RULES_FINGERPRINT to {now}"
    );
}

#[test]
fn the_fixed_requests_break_rules_and_leave_things_out() {
    // The guard sees a rule only if a fixture exercises it: the edited
    // request must fail some rules and exclude a location, or it guards less.
    let plans = plans();
    assert_eq!(plans.len(), 5);
    let edited = String::from_utf8_lossy(plans.last().map(Vec::as_slice).unwrap_or_default());
    for code in [
        "name_empty",
        "description_too_long",
        "product_unknown",
        "tag_empty",
        "loc-lyon",
    ] {
        assert!(edited.contains(code), "{code} in {edited}");
    }
    let taken = String::from_utf8_lossy(plans.get(3).map(Vec::as_slice).unwrap_or_default());
    assert!(taken.contains("region_already_has_profile"), "{taken}");
}
