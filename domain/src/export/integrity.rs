//! The export's integrity: what its shape alone does not say (dates,
//! unique ids, references between its lists), checked once it is read.

use std::collections::HashMap;

use crate::codes::Code;
use crate::issue::Issue;

use super::{is_iso_date, PinpointExport};

/// Every integrity problem: duplicate ids within a list, references that
/// resolve to nothing, dates, ratings and currencies out of shape.
pub(super) fn integrity_issues(export: &PinpointExport) -> Vec<Issue> {
    let mut issues = Vec::new();

    let profiles = unique_ids(
        export
            .business_profiles
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), format!("/business_profiles/{i}/id"))),
        &mut issues,
    );
    let mut locations_of: HashMap<&str, HashMap<&str, String>> = HashMap::new();
    for (i, profile) in export.business_profiles.iter().enumerate() {
        let ids = unique_ids(
            profile.locations.iter().enumerate().map(|(k, l)| {
                (
                    l.id.as_str(),
                    format!("/business_profiles/{i}/locations/{k}/id"),
                )
            }),
            &mut issues,
        );
        locations_of.entry(profile.id.as_str()).or_insert(ids);
    }

    // App and service profiles become solutions side by side: one id space.
    let solutions = export
        .app_profiles
        .iter()
        .enumerate()
        .map(|(i, s)| ("app_profiles", i, s))
        .chain(
            export
                .service_profiles
                .iter()
                .enumerate()
                .map(|(i, s)| ("service_profiles", i, s)),
        );
    let mut seen_solutions: HashMap<&str, String> = HashMap::new();
    for (list, i, solution) in solutions {
        let at = format!("/{list}/{i}");
        if let Some(first) = seen_solutions.get(solution.id.as_str()) {
            issues.push(
                Issue::error(Code::DuplicateId, format!("{at}/id"))
                    .with("id", solution.id.as_str())
                    .with("first", first.as_str()),
            );
        } else {
            seen_solutions.insert(solution.id.as_str(), format!("{at}/id"));
        }
        match profiles.get(solution.business_profile_id.as_str()) {
            None => issues.push(
                Issue::error(Code::DanglingReference, format!("{at}/business_profile_id"))
                    .with("id", solution.business_profile_id.as_str())
                    .with("target", "/business_profiles"),
            ),
            Some(profile_path) => {
                let locations = locations_of.get(solution.business_profile_id.as_str());
                let profile_path = profile_path.trim_end_matches("/id");
                for (k, location_id) in solution.location_ids.iter().enumerate() {
                    if !locations.is_some_and(|l| l.contains_key(location_id.as_str())) {
                        issues.push(
                            Issue::error(Code::DanglingReference, format!("{at}/location_ids/{k}"))
                                .with("id", location_id.as_str())
                                .with("target", format!("{profile_path}/locations")),
                        );
                    }
                }
            }
        }
    }

    unique_ids(
        export
            .referrals
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), format!("/referrals/{i}/id"))),
        &mut issues,
    );
    for (i, referral) in export.referrals.iter().enumerate() {
        let at = format!("/referrals/{i}");
        if let Some(profile_id) = &referral.business_profile_id {
            if !profiles.contains_key(profile_id.as_str()) {
                issues.push(
                    Issue::error(Code::DanglingReference, format!("{at}/business_profile_id"))
                        .with("id", profile_id.as_str())
                        .with("target", "/business_profiles"),
                );
            }
        }
        if !is_iso_date(&referral.received_on) {
            issues.push(invalid_value(
                format!("{at}/received_on"),
                &referral.received_on,
                "a date YYYY-MM-DD",
            ));
        }
        if let Some(deal) = &referral.deal_value {
            let currency_ok =
                deal.currency.len() == 3 && deal.currency.bytes().all(|b| b.is_ascii_uppercase());
            if !currency_ok {
                issues.push(invalid_value(
                    format!("{at}/deal_value/currency"),
                    &deal.currency,
                    "an ISO 4217 currency code",
                ));
            }
            if deal.amount.as_f64().is_none_or(|amount| amount < 0.0) {
                issues.push(invalid_value(
                    format!("{at}/deal_value/amount"),
                    &deal.amount.to_string(),
                    "an amount of zero or more",
                ));
            }
        }
    }

    unique_ids(
        export
            .customer_reviews
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), format!("/customer_reviews/{i}/id"))),
        &mut issues,
    );
    for (i, review) in export.customer_reviews.iter().enumerate() {
        if !(1..=5).contains(&review.rating) {
            issues.push(invalid_value(
                format!("/customer_reviews/{i}/rating"),
                &review.rating.to_string(),
                "a rating from 1 to 5",
            ));
        }
    }
    issues
}

fn invalid_value(path: String, value: &str, expected: &str) -> Issue {
    Issue::error(Code::ExportValueInvalid, path)
        .with("value", value)
        .with("expected", expected)
}

/// Records each id's path; a repeated id is reported naming its first use.
fn unique_ids<'a>(
    ids: impl Iterator<Item = (&'a str, String)>,
    issues: &mut Vec<Issue>,
) -> HashMap<&'a str, String> {
    let mut seen: HashMap<&'a str, String> = HashMap::new();
    for (id, path) in ids {
        if let Some(first) = seen.get(id) {
            issues.push(
                Issue::error(Code::DuplicateId, path)
                    .with("id", id)
                    .with("first", first.as_str()),
            );
        } else {
            seen.insert(id, path);
        }
    }
    seen
}
