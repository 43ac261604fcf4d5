//! The wizard's plain functions, natively.

use super::*;
use transition_domain::parse_export;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn contoso() -> Result<PinpointExport, transition_domain::ExportError> {
    parse_export(include_bytes!("../../../fixtures/contoso.json"))
}

#[test]
fn starts_with_everything_chosen_and_builds_the_request_in_export_order() -> TestResult {
    let export = contoso()?;
    let mut draft = WizardDraft::start(&export, &[]);
    assert_eq!(draft.chosen, vec!["bp-fr", "bp-be"]);
    assert_eq!(draft.request(), ImportRequest::everything(&export));
    draft.set_chosen("bp-fr", false);
    draft.set_chosen("bp-fr", true);
    assert_eq!(draft.chosen, vec!["bp-fr", "bp-be"]);
    draft.set_chosen("bp-fr", false);
    assert_eq!(draft.request().selections.len(), 1);
    assert_eq!(draft.request().selections[0].pinpoint_profile_id, "bp-be");
    draft.set_chosen("nope", true);
    assert_eq!(draft.chosen, vec!["bp-be"]);
    Ok(())
}

#[test]
fn edits_survive_unchoosing_and_choosing_again() -> TestResult {
    let export = contoso()?;
    let mut draft = WizardDraft::start(&export, &[]);
    draft.edit_overrides("bp-fr", |o| o.name = Some("Contoso FR".into()));
    draft.set_chosen("bp-fr", false);
    draft.set_chosen("bp-fr", true);
    let request = draft.request();
    assert_eq!(
        request.selections[0].overrides.name.as_deref(),
        Some("Contoso FR")
    );
    assert!(draft.fits(&export));
    Ok(())
}

#[test]
fn a_region_already_taken_starts_unchosen() -> TestResult {
    let export = contoso()?;
    let plan = plan_import(
        &export,
        &ImportRequest::everything(&export).acknowledged(),
        &[],
    );
    let profiles = plan
        .profiles_to_create({
            let mut n = 0;
            move || {
                n += 1;
                format!("id-{n}")
            }
        })
        .map_err(|issues| format!("contoso does not import: {issues:?}"))?;
    let be: Vec<BusinessProfile> = profiles
        .into_iter()
        .filter(|p| p.region.as_str() == "BE")
        .collect();
    let draft = WizardDraft::start(&export, &be);
    assert_eq!(draft.chosen, vec!["bp-fr"]);
    Ok(())
}

#[test]
fn leaving_a_solution_out_takes_it_off_every_location_and_back() -> TestResult {
    let export = contoso()?;
    let mut draft = WizardDraft::start(&export, &[]);
    assert!(draft.location_markets("bp-fr", "loc-lyon", "app-stock"));
    draft.set_solution_included(&export, "bp-fr", "app-stock", false);
    assert!(!draft.location_markets("bp-fr", "loc-lyon", "app-stock"));
    assert!(!draft.location_markets("bp-fr", "loc-paris", "app-stock"));
    assert_eq!(
        draft
            .solution_choice("bp-fr", "app-stock")
            .map(|c| c.include),
        Some(false)
    );
    let plan = plan_import(&export, &draft.request(), &[]);
    assert!(!plan.has_errors(), "{:?}", plan.issues);
    draft.set_solution_included(&export, "bp-fr", "app-stock", true);
    assert!(draft.location_markets("bp-fr", "loc-lyon", "app-stock"));
    let sorted = |request: ImportRequest| {
        let mut request = request;
        for selection in &mut request.selections {
            for ids in selection
                .location_solutions
                .iter_mut()
                .flat_map(|m| m.values_mut())
            {
                ids.sort();
            }
        }
        request
    };
    assert_eq!(
        sorted(draft.request()),
        sorted(ImportRequest::everything(&export))
    );
    Ok(())
}

#[test]
fn locations_are_excluded_and_assigned() -> TestResult {
    let export = contoso()?;
    let mut draft = WizardDraft::start(&export, &[]);
    draft.set_location_excluded("bp-fr", "loc-lyon", true);
    assert!(draft.is_location_excluded("bp-fr", "loc-lyon"));
    draft.set_location_excluded("bp-fr", "loc-lyon", false);
    assert!(!draft.is_location_excluded("bp-fr", "loc-lyon"));
    draft.set_location_markets("bp-fr", "loc-lyon", "app-caisse", true);
    assert!(draft.location_markets("bp-fr", "loc-lyon", "app-caisse"));
    draft.set_location_markets("bp-fr", "loc-lyon", "app-caisse", false);
    assert!(!draft.location_markets("bp-fr", "loc-lyon", "app-caisse"));
    Ok(())
}

#[test]
fn steps_round_trip_through_the_url() -> TestResult {
    for &step in Step::ALL {
        assert_eq!(Step::parse(step.as_str()), step);
    }
    assert_eq!(Step::parse("garbage"), Step::Account);
    assert_eq!(Step::Account.previous(), None);
    assert_eq!(Step::Preview.next(), None);
    assert_eq!(Step::Choose.next(), Some(Step::Edit));
    Ok(())
}

#[test]
fn toggling_keeps_order() -> TestResult {
    let list = vec!["a".to_owned(), "b".to_owned()];
    assert_eq!(toggled(&list, "a", false), vec!["b"]);
    assert_eq!(toggled(&list, "c", true), vec!["a", "b", "c"]);
    let step = |key: &str| step_for(&FieldKey::parse(key));
    assert_eq!(step("solutions/app-1/name"), Step::Solutions);
    assert_eq!(step("solutions"), Step::Solutions);
    assert_eq!(step("locations"), Step::Locations);
    assert_eq!(step("locations/a/b/solutions"), Step::Locations);
    assert_eq!(step("locations/add"), Step::Locations);
    assert_eq!(step("region"), Step::Choose);
    assert_eq!(step(""), Step::Choose);
    assert_eq!(step("tags/2"), Step::Edit);
    assert_eq!(step("solutionsx"), Step::Edit);
    Ok(())
}

#[test]
fn a_corrected_location_reads_back_and_an_undone_correction_is_dropped() -> TestResult {
    let export = contoso()?;
    let mut draft = WizardDraft::start(&export, &[]);
    let mut lyon = draft
        .location_value(&export, "bp-fr", "loc-lyon")
        .ok_or("Lyon is a location of bp-fr")?;
    let pinpoint = lyon.clone();
    lyon.phone = Some("+33 4 72 00 00 00".into());
    lyon.address.line1 = "1 place Bellecour".into();
    draft.set_location_value(&export, "bp-fr", "loc-lyon", &lyon);
    assert_eq!(
        draft.location_value(&export, "bp-fr", "loc-lyon"),
        Some(lyon)
    );
    let request = draft.request();
    let patch = request.selections[0]
        .location_overrides
        .get("loc-lyon")
        .ok_or("the correction is in the request")?;
    assert_eq!(patch.phone, Some(Some("+33 4 72 00 00 00".into())));
    draft.set_location_value(&export, "bp-fr", "loc-lyon", &pinpoint);
    assert!(draft.request().selections[0].location_overrides.is_empty());
    assert_eq!(draft.location_value(&export, "bp-fr", "nowhere"), None);
    Ok(())
}

#[test]
fn new_locations_count_and_their_solutions_follow_a_removal() -> TestResult {
    let export = contoso()?;
    let mut draft = WizardDraft::start(&export, &[]);
    assert_eq!(draft.location_count(&export, "bp-fr"), 2);
    let empty = transition_domain::ops::NewLocation::default;
    assert_eq!(draft.add_location("bp-fr", empty()), Some(0));
    assert_eq!(draft.add_location("bp-fr", empty()), Some(1));
    draft.set_location_excluded("bp-fr", "loc-lyon", true);
    assert_eq!(draft.location_count(&export, "bp-fr"), 3);
    let mut second = empty();
    second.name = "Nantes".into();
    draft.set_new_location("bp-fr", 1, second.clone());
    draft.set_location_markets("bp-fr", "+new-1", "app-stock", true);
    draft.remove_new_location("bp-fr", 0);
    assert_eq!(draft.new_locations("bp-fr"), [second]);
    assert!(draft.location_markets("bp-fr", "+new-0", "app-stock"));
    assert!(!draft.location_markets("bp-fr", "+new-1", "app-stock"));
    draft.remove_new_location("bp-fr", 5);
    assert_eq!(draft.location_count(&export, "bp-fr"), 2);
    assert_eq!(draft.add_location("nope", empty()), None);
    Ok(())
}

#[test]
fn the_draft_goes_to_the_server_and_back_unchanged_with_its_place() -> TestResult {
    let export = contoso()?;
    let mut draft = WizardDraft::start(&export, &[]);
    draft.edit_overrides("bp-be", |o| o.name = Some("Contoso BE".into()));
    draft.set_chosen("bp-fr", false);
    draft.acknowledgements.referrals_noted = true;
    draft.mark_reviewed(Place::new(Step::Account, None));
    let place = Place::new(Step::Edit, Some("bp-be".into()));
    let content = draft.content(Some(place.clone()));
    // As the server stores it: JSON, read back with the same type.
    let json = serde_json::to_string(&content)?;
    let read: transition_domain::wire::drafts::DraftContent = serde_json::from_str(&json)?;
    assert_eq!(
        read.request(),
        draft.request(),
        "one definition of the request"
    );
    let (back, at) = WizardDraft::from_content(read);
    assert_eq!(back, draft);
    assert_eq!(at, Some(place));
    assert!(back.fits(&export));
    // A draft of another export does not fit.
    let mut other = back.clone();
    other.selections.pop();
    assert!(!other.fits(&export));
    Ok(())
}
