//! How long planning takes on a large account: 1,000 app and service
//! profiles and 10,000 referrals. Prints figures; asserts nothing about
//! time (a slow machine is not a failure).
//!
//!     cargo run --release -p transition-domain --example plan_bench

use std::hint::black_box;
use std::time::{Duration, Instant};

use transition_domain::{parse_export, plan_import, ImportRequest};

/// A generated export: 5 business profiles (5 regions, 5 locations each),
/// 1,000 app and service profiles spread over them, 10,000 referrals.
fn large_export() -> String {
    let regions = ["FR", "BE", "DE", "NL", "ES"];
    let profiles: Vec<serde_json::Value> = regions
        .iter()
        .map(|region| {
            let locations: Vec<serde_json::Value> = (0..5)
                .map(|n| {
                    serde_json::json!({
                        "id": format!("loc-{region}-{n}"), "name": format!("Office {n}"),
                        "address": { "line1": format!("{n} Main Street"), "city": "City",
                                     "postal_code": "1000", "country": region }
                    })
                })
                .collect();
            serde_json::json!({
                "id": format!("bp-{region}"), "region": region, "name": format!("Company {region}"),
                "description": "x".repeat(2000), "website": "https://www.example.com",
                "industries": ["Retail"], "products": ["Azure", "Office 365", "Salesforce"],
                "service_types": ["Consulting"], "tags": ["a", "b", "c"], "target_sizes": ["small"],
                "allow_endorsements": true, "locations": locations
            })
        })
        .collect();
    let solution = |kind: &str, n: usize| {
        let region = regions[n % regions.len()];
        serde_json::json!({
            "id": format!("{kind}-{n}"), "business_profile_id": format!("bp-{region}"),
            "name": format!("Solution {kind} {n}"), "summary": "Summary.", "description": "Description.",
            "products": ["Azure", "Teams"], "industries": ["Retail"],
            "location_ids": [format!("loc-{region}-{}", n % 5)]
        })
    };
    let referrals: Vec<serde_json::Value> = (0..10_000)
        .map(|n| {
            serde_json::json!({
                "id": format!("ref-{n}"), "customer_name": format!("Customer {n}"),
                "need": "Migration", "status": "new", "received_on": "2016-01-15",
                "deal_value": { "amount": n, "currency": "EUR" }
            })
        })
        .collect();
    serde_json::json!({
        "format": "pinpoint-export/v1",
        "account": { "id": "pp-big", "partner_id": "1", "company_name": "Big", "csp": true, "status": "active" },
        "business_profiles": profiles,
        "app_profiles": (0..500).map(|n| solution("app", n)).collect::<Vec<_>>(),
        "service_profiles": (0..500).map(|n| solution("svc", n)).collect::<Vec<_>>(),
        "referrals": referrals,
        "customer_reviews": []
    })
    .to_string()
}

fn measure(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[runs / 2], times[runs * 9 / 10])
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let json = large_export();
    let export = parse_export(json.as_bytes())?;
    let request = ImportRequest::everything(&export).acknowledged();
    let plan = plan_import(&export, &request, &[]);
    println!(
        "account: {} bytes, {} business profiles, {} app/service profiles, {} referrals",
        json.len(),
        export.business_profiles.len(),
        export.app_profiles.len() + export.service_profiles.len(),
        export.referrals.len()
    );
    println!(
        "plan: {} profiles, {} solutions, {} issues, can_commit = {}",
        plan.profiles.len(),
        plan.profiles
            .iter()
            .map(|p| p.draft.solutions.len())
            .sum::<usize>(),
        plan.issues.len(),
        plan.can_commit()
    );
    let runs = 50;
    let (median, p90) = measure(runs, || {
        black_box(parse_export(black_box(json.as_bytes())).ok());
    });
    println!(
        "parse_export: median {} µs, p90 {} µs ({runs} runs)",
        median.as_micros(),
        p90.as_micros()
    );
    let (median, p90) = measure(runs, || {
        black_box(plan_import(black_box(&export), black_box(&request), &[]));
    });
    println!(
        "plan_import:  median {} µs, p90 {} µs ({runs} runs)",
        median.as_micros(),
        p90.as_micros()
    );
    Ok(())
}
