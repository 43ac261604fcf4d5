//! Generated Pinpoint exports for the benchmarks (`scripts/bench.sh`):
//! accounts of any size, and many small accounts with their own partner.
//! Every generated export is valid: it parses and plans without errors.

use serde_json::{json, Value};

/// Regions of the generated business profiles, one each (ISO 3166-1).
const REGIONS: [&str; 60] = [
    "FR", "BE", "DE", "NL", "ES", "IT", "PT", "LU", "CH", "AT", "IE", "GB", "DK", "SE", "NO", "FI",
    "IS", "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "HR", "SI", "EE", "LV", "LT", "MT", "CY", "US",
    "CA", "MX", "BR", "AR", "CL", "CO", "PE", "UY", "JP", "KR", "CN", "IN", "SG", "MY", "TH", "VN",
    "PH", "ID", "AU", "NZ", "ZA", "EG", "MA", "TN", "SN", "KE", "NG", "AE",
];

/// App and service profiles per business profile: a large account has
/// more business profiles, as a large partner has more regions.
const SOLUTIONS_PER_PROFILE: usize = 200;

/// Locations of each generated business profile.
const LOCATIONS: usize = 5;

/// The size of a generated account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// App and service profiles together (half each).
    pub solutions: usize,
    /// Customer referrals.
    pub referrals: usize,
}

impl Size {
    /// `solutions` app and service profiles with ten referrals each: the
    /// growth series of the planner benchmark (10, 100, 1,000, 10,000).
    pub const fn scaled(solutions: usize) -> Size {
        Size {
            solutions,
            referrals: solutions * 10,
        }
    }

    /// Business profiles of the account: one per 200 app/service
    /// profiles, at least one, at most one per generated region.
    pub fn business_profiles(self) -> usize {
        self.solutions
            .div_ceil(SOLUTIONS_PER_PROFILE)
            .clamp(1, REGIONS.len())
    }
}

/// An account of `size` for partner `partner_id`, as Pinpoint exports it.
pub fn export(partner_id: &str, size: Size) -> Value {
    let profiles = size.business_profiles();
    let business_profiles: Vec<Value> = REGIONS[..profiles]
        .iter()
        .map(|region| business_profile(region))
        .collect();
    let solution = |kind: &str, n: usize| {
        let region = REGIONS[n % profiles];
        json!({
            "id": format!("{kind}-{n}"), "business_profile_id": format!("bp-{region}"),
            "name": format!("Solution {kind} {n}"),
            "summary": "Gestion de stock pour magasins connectée à Azure.",
            "description": "Application SaaS de gestion de stock multi-magasins, hébergée sur Microsoft Azure.",
            "url": format!("https://www.example.com/{kind}/{n}"),
            "products": ["Azure", "Microsoft Teams"], "industries": ["Retail"],
            "location_ids": [format!("loc-{region}-{}", n % LOCATIONS)]
        })
    };
    let apps = size.solutions / 2;
    let referrals: Vec<Value> = (0..size.referrals)
        .map(|n| {
            json!({
                "id": format!("ref-{n}"), "customer_name": format!("Customer {n}"),
                "need": "Migration de messagerie vers Microsoft 365", "status": "new",
                "received_on": "2016-01-15",
                "deal_value": { "amount": n, "currency": "EUR" }
            })
        })
        .collect();
    json!({
        "format": "pinpoint-export/v1",
        "account": {
            "id": format!("pp-{partner_id}"), "partner_id": partner_id,
            "company_name": format!("Partner {partner_id}"), "csp": true, "status": "active"
        },
        "business_profiles": business_profiles,
        "app_profiles": (0..apps).map(|n| solution("app", n)).collect::<Vec<_>>(),
        "service_profiles": (apps..size.solutions).map(|n| solution("svc", n)).collect::<Vec<_>>(),
        "referrals": referrals,
        "customer_reviews": []
    })
}

fn business_profile(region: &str) -> Value {
    let locations: Vec<Value> = (0..LOCATIONS)
        .map(|n| {
            json!({
                "id": format!("loc-{region}-{n}"), "name": format!("Office {n}"),
                "address": { "line1": format!("{n} Main Street"), "city": "City",
                             "postal_code": "1000", "country": region },
                "phone": "+33 1 23 45 67 89", "email": "office@example.com"
            })
        })
        .collect();
    json!({
        "id": format!("bp-{region}"), "region": region, "name": format!("Company {region}"),
        "description": "Nous aidons les PME à migrer vers Microsoft Azure et Microsoft 365. ".repeat(20),
        "website": "https://www.example.com", "linkedin": "https://www.linkedin.com/company/example",
        "industries": ["Retail", "Manufacturing"], "products": ["Azure", "Office 365", "Salesforce CRM"],
        "service_types": ["Consulting", "Migration"], "tags": ["PME", "Sécurité", "Migration"],
        "target_sizes": ["small", "medium"], "allow_endorsements": true, "locations": locations
    })
}

/// The partner id of the `n`th generated partner: seven digits, apart
/// from the fixtures' partners.
pub fn partner_id(n: usize) -> String {
    format!("{}", 80_000_000 + n)
}

/// Contoso's account (`fixtures/contoso.json`) as the `n`th generated
/// partner's: the same profiles, solutions and referrals under another
/// account id and partner id. A contoso-size account of its own.
pub fn contoso_of(contoso: &Value, n: usize) -> Value {
    let partner = partner_id(n);
    let mut export = contoso.clone();
    export["account"]["id"] = json!(format!("pp-{partner}"));
    export["account"]["partner_id"] = json!(partner);
    export
}

#[cfg(test)]
mod tests {
    use super::*;
    use transition_domain::{parse_export_with, plan_import, ImportRequest, ParseLimits};

    #[test]
    fn generated_accounts_parse_and_plan_without_errors() -> crate::TestResult {
        for solutions in [10, 100, 1_000] {
            let size = Size::scaled(solutions);
            let text = export(&partner_id(1), size).to_string();
            let limits = ParseLimits {
                max_bytes: usize::MAX,
            };
            let parsed = parse_export_with(text.as_bytes(), limits)
                .map_err(|e| format!("{size:?}: {e:?}"))?;
            let generated = parsed.app_profiles.len() + parsed.service_profiles.len();
            assert_eq!(generated, solutions);
            assert_eq!(parsed.referrals.len(), solutions * 10);
            let request = ImportRequest::everything(&parsed).acknowledged();
            let plan = plan_import(&parsed, &request, &[]);
            let errors: Vec<_> = plan.issues.iter().take(3).collect();
            assert!(!plan.has_errors(), "{size:?}: {errors:?}");
            assert_eq!(plan.profiles.len(), size.business_profiles());
        }
        Ok(())
    }
}
