//! Shared builders for the domain's tests.
#![allow(dead_code)]

use transition_domain::input::AddressInput;
use transition_domain::model::{LocationDraft, ProfileDraft, SolutionDraft};
use transition_domain::{parse_export, Code, ImportRequest, Issue, PinpointExport};

pub const CONTOSO: &[u8] = include_bytes!("../../../fixtures/contoso.json");
pub const FABRIKAM: &[u8] = include_bytes!("../../../fixtures/fabrikam.json");
pub const NORTHWIND: &[u8] = include_bytes!("../../../fixtures/northwind-closed.json");

pub fn export(bytes: &[u8]) -> PinpointExport {
    match parse_export(bytes) {
        Ok(export) => export,
        Err(error) => panic!("fixture does not parse: {error}"),
    }
}

pub fn address(line1: &str, country: &str) -> AddressInput {
    AddressInput {
        line1: line1.into(),
        line2: None,
        city: "Paris".into(),
        postal_code: "75002".into(),
        country: country.into(),
    }
}

pub fn location(id: &str, line1: &str) -> LocationDraft {
    LocationDraft {
        id: id.into(),
        name: format!("Office {id}"),
        phone: None,
        email: None,
        address: address(line1, "FR"),
        solution_ids: Vec::new(),
    }
}

pub fn solution(id: &str, name: &str) -> SolutionDraft {
    SolutionDraft {
        id: id.into(),
        source_id: Some(id.into()),
        kind: transition_domain::input::SolutionKind::App,
        name: name.into(),
        summary: "A summary.".into(),
        description: "A description.".into(),
        url: None,
        products: vec!["Azure".into()],
        industries: vec!["Retail".into()],
    }
}

/// A profile that passes every rule.
pub fn valid_profile() -> ProfileDraft {
    ProfileDraft {
        id: "p1".into(),
        source_id: None,
        region: "FR".into(),
        name: "Contoso France".into(),
        description: "We migrate to Azure.".into(),
        website: "https://www.contoso.fr".into(),
        linkedin: Some("https://www.linkedin.com/company/contoso".into()),
        logo: None,
        industries: vec!["Retail".into()],
        products: vec!["Microsoft Azure".into()],
        service_types: vec!["Consulting".into()],
        tags: vec!["PME".into()],
        target_sizes: vec!["small".into()],
        allow_endorsements: true,
        locations: vec![location("l1", "1 rue A")],
        solutions: vec![solution("s1", "Stock")],
    }
}

/// The codes of `issues`, sorted, each with its severity's initial.
pub fn codes(issues: &[Issue]) -> Vec<(Code, String)> {
    let mut codes: Vec<(Code, String)> = issues.iter().map(|i| (i.code, i.path.clone())).collect();
    codes.sort();
    codes
}

/// Fabrikam with everything but its locations fixed in the form, and
/// `excluded` of its seven locations left out.
pub fn fabrikam_fixed(excluded: &[&str]) -> (PinpointExport, ImportRequest) {
    let export = export(FABRIKAM);
    let mut request = ImportRequest::everything(&export).acknowledged();
    let selection = &mut request.selections[0];
    let o = &mut selection.overrides;
    o.description = Some("Fabrikam builds healthcare apps on Azure.".into());
    o.website = Some("https://fabrikam.com".into());
    o.linkedin = Some(None);
    o.logo = Some(None);
    o.tags = Some(vec!["apps".into(), "mobile".into()]);
    o.excluded_location_ids = excluded.iter().map(|&id| id.to_owned()).collect();
    if let Some(solutions) = selection.solutions.as_mut() {
        solutions[1].overrides.name = Some("CareTrack Mobile".into());
    }
    (export, request)
}
