//! What a partner may do after the import.

mod common;

use common::{address, valid_profile};
use transition_domain::ops::{
    add_location, add_solution, create_profile, delete_location, delete_solution, edit_location,
    edit_profile, edit_solution, set_location_solutions, LocationPatch, NewLocation, OpError,
};
use transition_domain::request::{ProfileOverrides, SolutionOverrides};
use transition_domain::{validate_profile, BusinessProfile, Code, Issue};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

fn profile() -> std::result::Result<BusinessProfile, String> {
    let mut draft = valid_profile();
    draft.locations[0].solution_ids = vec!["s1".into()];
    draft.solutions.push(common::solution("s2", "Caisse"));
    draft.locations.push(common::location("l2", "2 rue B"));
    draft.locations[1].solution_ids = vec!["s1".into(), "s2".into()];
    validate_profile(&draft, "")
        .0
        .ok_or_else(|| "fixture profile is invalid".to_owned())
}

fn refused(outcome: transition_domain::ops::Outcome) -> Vec<(Code, String)> {
    match outcome {
        Ok(applied) => panic!("accepted: {:?}", applied.profile.id),
        Err(error) => error
            .into_issues()
            .into_iter()
            .map(|i: Issue| (i.code, i.path))
            .collect(),
    }
}

#[test]
fn solutions_are_edited_and_deleted_never_added() -> Result {
    let p = profile()?;
    let renamed = edit_solution(
        &p,
        &"s1".into(),
        &SolutionOverrides {
            name: Some("Stock 2".into()),
            ..SolutionOverrides::default()
        },
    )
    .map_err(|i| format!("{i:?}"))?;
    assert_eq!(renamed.profile.solutions[0].name.as_str(), "Stock 2");

    let deleted = delete_solution(&p, &"s1".into()).map_err(|i| format!("{i:?}"))?;
    assert_eq!(deleted.profile.solutions.len(), 1);
    assert!(
        deleted
            .profile
            .locations
            .iter()
            .all(|l| !l.solution_ids.iter().any(|id| id == "s1")),
        "removed from every location"
    );

    assert_eq!(
        refused(add_solution(&p)),
        [(Code::SolutionsImportOnly, "/solutions".into())]
    );
    assert_eq!(
        refused(delete_solution(&p, &"nope".into())),
        [(Code::SolutionNotFound, "/solutions".into())]
    );
    let clash = SolutionOverrides {
        name: Some(" CAISSE ".into()),
        ..SolutionOverrides::default()
    };
    assert_eq!(
        refused(edit_solution(&p, &"s1".into(), &clash)),
        [(Code::SolutionNameDuplicate, "/solutions/1/name".into())]
    );
    Ok(())
}

#[test]
fn locations_are_added_and_deleted_up_to_five_and_at_least_one() -> Result {
    let mut p = profile()?;
    for n in 3..=5 {
        let new = NewLocation {
            name: format!("Office {n}"),
            phone: None,
            email: None,
            address: address(&format!("{n} rue C"), "FR"),
        };
        p = add_location(&p, &new, format!("l{n}"))
            .map_err(|i| format!("{i:?}"))?
            .profile;
    }
    assert_eq!(p.locations.len(), 5);
    let sixth = NewLocation {
        name: "Office 6".into(),
        phone: None,
        email: None,
        address: address("6 rue C", "FR"),
    };
    assert_eq!(
        refused(add_location(&p, &sixth, "l6".into())),
        [(Code::LocationsTooMany, "/locations".into())]
    );
    let abroad = NewLocation {
        address: address("1 Main St", "US"),
        ..sixth.clone()
    };
    let p4 = delete_location(&p, &"l5".into())
        .map_err(|i| format!("{i:?}"))?
        .profile;
    assert_eq!(
        refused(add_location(&p4, &abroad, "l6".into())),
        [(
            Code::LocationOutsideRegion,
            "/locations/4/address/country".into()
        )]
    );

    let single = delete_location(&profile()?, &"l2".into())
        .map_err(|i| format!("{i:?}"))?
        .profile;
    assert_eq!(
        refused(delete_location(&single, &"l1".into())),
        [(Code::LocationsEmpty, "/locations".into())]
    );
    Ok(())
}

#[test]
fn an_address_cannot_be_edited() -> Result {
    let p = profile()?;
    let moved = LocationPatch {
        address: Some(address("99 rue Z", "FR")),
        ..LocationPatch::default()
    };
    assert_eq!(
        refused(edit_location(&p, &"l1".into(), &moved)),
        [(
            Code::LocationAddressImmutable,
            "/locations/0/address".into()
        )]
    );
    let renamed = LocationPatch {
        name: Some("Siège".into()),
        address: Some(address(" 1 RUE A", "fr")),
        ..LocationPatch::default()
    };
    let edited = edit_location(&p, &"l1".into(), &renamed).map_err(|i| format!("{i:?}"))?;
    assert_eq!(edited.profile.locations[0].name.as_str(), "Siège");
    Ok(())
}

#[test]
fn a_location_markets_a_subset_of_the_profiles_solutions() -> Result {
    let p = profile()?;
    let set = set_location_solutions(&p, &"l1".into(), &["s2".into(), "s2".into()])
        .map_err(|i| format!("{i:?}"))?;
    assert_eq!(set.profile.locations[0].solution_ids, ["s2"]);
    assert_eq!(
        refused(set_location_solutions(&p, &"l1".into(), &["zz".into()])),
        [(
            Code::LocationSolutionUnknown,
            "/locations/0/solution_ids/0".into()
        )]
    );
    assert_eq!(
        refused(set_location_solutions(&p, &"nope".into(), &[])),
        [(Code::LocationUnknown, "/locations".into())]
    );
    Ok(())
}

/// A location or solution that is not there is "not found" by its type
/// (the server answers 404); an unknown id in a field is a refusal (422).
#[test]
fn a_missing_location_or_solution_is_not_found() -> Result {
    let p = profile()?;
    let patch = SolutionOverrides::default();
    let not_found = [
        delete_solution(&p, &"nope".into()),
        edit_solution(&p, &"nope".into(), &patch),
        delete_location(&p, &"nope".into()),
        edit_location(&p, &"nope".into(), &LocationPatch::default()),
        set_location_solutions(&p, &"nope".into(), &[]),
    ];
    for outcome in not_found {
        assert!(matches!(outcome, Err(OpError::NotFound(_))), "{outcome:?}");
    }
    let excluded = ProfileOverrides {
        excluded_location_ids: vec!["nope".into()],
        ..ProfileOverrides::default()
    };
    assert!(matches!(
        edit_profile(&p, &excluded),
        Err(OpError::Refused(_))
    ));
    assert!(matches!(
        set_location_solutions(&p, &"l1".into(), &["zz".into()]),
        Err(OpError::Refused(_))
    ));
    Ok(())
}

#[test]
fn profile_edits_are_checked_by_the_same_rules() -> Result {
    let p = profile()?;
    let patch = ProfileOverrides {
        description: Some("😀".repeat(2501)),
        website: Some("ftp://x.y".into()),
        ..ProfileOverrides::default()
    };
    assert_eq!(
        refused(edit_profile(&p, &patch)),
        [
            (Code::DescriptionTooLong, "/description".into()),
            (Code::WebsiteInvalid, "/website".into())
        ]
    );
    let patch = ProfileOverrides {
        linkedin: Some(None),
        tags: Some(vec!["Cloud".into()]),
        ..ProfileOverrides::default()
    };
    let edited = edit_profile(&p, &patch)
        .map_err(|i| format!("{i:?}"))?
        .profile;
    assert!(edited.linkedin.is_none());
    assert_eq!(edited.tags.len(), 1);
    Ok(())
}

#[test]
fn only_csp_partners_create_profiles_in_a_free_region() -> Result {
    let mut draft = valid_profile();
    draft.solutions.clear();
    let mut n = 0;
    let mut ids = || {
        n += 1;
        format!("new-{n}")
    };
    assert_eq!(
        refused(create_profile(false, &[], &draft, &mut ids)),
        [(Code::CspOnly, String::new())]
    );
    let existing = [profile()?];
    assert_eq!(
        refused(create_profile(true, &existing, &draft, &mut ids)),
        [(Code::RegionAlreadyHasProfile, "/region".into())]
    );
    draft.region = "BE".into();
    draft.locations[0].address.country = "BE".into();
    let created =
        create_profile(true, &existing, &draft, &mut ids).map_err(|i| format!("{i:?}"))?;
    assert!(created.profile.id.starts_with("new-"));
    assert!(created.profile.solutions.is_empty());
    let mut with_solution = draft.clone();
    with_solution
        .solutions
        .push(common::solution("s9", "Sneaky"));
    assert_eq!(
        refused(create_profile(true, &existing, &with_solution, &mut ids)),
        [(Code::SolutionsImportOnly, "/solutions".into())]
    );
    Ok(())
}
