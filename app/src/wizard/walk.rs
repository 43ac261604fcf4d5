//! The way through the wizard: the places Next and Back walk (each chosen
//! profile's three steps in turn, so that no chosen profile is skipped),
//! and which of them the partner has reviewed.

use transition_domain::PinpointProfileId;

use super::{Place, Step};

/// Every place in order: the account, the choice, then the edit,
/// solutions and locations steps of each chosen profile in turn, then the
/// review.
pub fn places(chosen: &[PinpointProfileId]) -> Vec<Place> {
    let mut out = vec![
        Place::new(Step::Account, None),
        Place::new(Step::Choose, None),
    ];
    for id in chosen {
        for step in [Step::Edit, Step::Solutions, Step::Locations] {
            out.push(Place::new(step, Some(id.clone())));
        }
    }
    out.push(Place::new(Step::Preview, None));
    out
}

/// Where `at` stands among [`places`]: a per-profile step of a profile
/// that is not chosen (or of none) stands where that step of the first
/// chosen profile is, or, with none chosen, just after the choice.
fn position(at: &Place, list: &[Place]) -> usize {
    list.iter()
        .position(|p| *p == *at)
        .or_else(|| list.iter().position(|p| p.step == at.step))
        .unwrap_or(1)
}

/// The place Next leads to from `at`; none from the review.
pub fn next(at: &Place, chosen: &[PinpointProfileId]) -> Option<Place> {
    let list = places(chosen);
    let here = position(at, &list);
    let known = list.iter().any(|p| p.step == at.step);
    let to = if known { here + 1 } else { here };
    list.into_iter().nth(to)
}

/// The place Back leads to from `at`; none from the first step.
pub fn previous(at: &Place, chosen: &[PinpointProfileId]) -> Option<Place> {
    let list = places(chosen);
    let here = position(at, &list);
    here.checked_sub(1).and_then(|i| list.into_iter().nth(i))
}

/// Which of the chosen profiles `at` edits, counted from 1, and how many
/// are chosen: "Profile 2 of 2".
pub fn profile_number(at: &Place, chosen: &[PinpointProfileId]) -> Option<(usize, usize)> {
    let id = at.profile.as_ref()?;
    let n = chosen.iter().position(|c| c == id)?;
    Some((n + 1, chosen.len()))
}

/// True when the partner has gone on from `step` with Next: from the
/// account and the choice once, from a per-profile step for every chosen
/// profile. The review is never reviewed: it is where the import happens.
pub fn step_reviewed(reviewed: &[Place], step: Step, chosen: &[PinpointProfileId]) -> bool {
    match step {
        Step::Preview => false,
        _ if step.per_profile() => {
            !chosen.is_empty()
                && chosen
                    .iter()
                    .all(|id| reviewed.contains(&Place::new(step, Some(id.clone()))))
        }
        _ => reviewed.contains(&Place::new(step, None)),
    }
}

/// True when the partner has gone on from each of a profile's three steps.
pub fn profile_reviewed(reviewed: &[Place], id: &PinpointProfileId) -> bool {
    [Step::Edit, Step::Solutions, Step::Locations]
        .into_iter()
        .all(|step| reviewed.contains(&Place::new(step, Some(id.clone()))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<PinpointProfileId> {
        list.iter().map(|s| PinpointProfileId::from(*s)).collect()
    }

    fn at(step: Step, profile: Option<&str>) -> Place {
        Place::new(step, profile.map(PinpointProfileId::from))
    }

    #[test]
    fn next_visits_every_chosen_profile_before_the_review() {
        let chosen = ids(&["bp-fr", "bp-be"]);
        let mut walked = vec![at(Step::Account, None)];
        while let Some(place) = walked.last().and_then(|p| next(p, &chosen)) {
            walked.push(place);
        }
        assert_eq!(
            walked,
            vec![
                at(Step::Account, None),
                at(Step::Choose, None),
                at(Step::Edit, Some("bp-fr")),
                at(Step::Solutions, Some("bp-fr")),
                at(Step::Locations, Some("bp-fr")),
                at(Step::Edit, Some("bp-be")),
                at(Step::Solutions, Some("bp-be")),
                at(Step::Locations, Some("bp-be")),
                at(Step::Preview, None),
            ]
        );
        let mut back = vec![at(Step::Preview, None)];
        while let Some(place) = back.last().and_then(|p| previous(p, &chosen)) {
            back.push(place);
        }
        back.reverse();
        assert_eq!(back, walked, "Back walks the same way backwards");
    }

    #[test]
    fn a_place_of_a_profile_not_chosen_walks_from_the_first_chosen() {
        let chosen = ids(&["bp-be"]);
        assert_eq!(
            next(&at(Step::Edit, Some("bp-fr")), &chosen),
            Some(at(Step::Solutions, Some("bp-be")))
        );
        assert_eq!(
            next(&at(Step::Choose, None), &[]),
            Some(at(Step::Preview, None)),
            "with nothing chosen the profile steps are skipped"
        );
        assert_eq!(next(&at(Step::Preview, None), &chosen), None);
        assert_eq!(previous(&at(Step::Account, None), &chosen), None);
        assert_eq!(
            previous(&at(Step::Preview, None), &chosen),
            Some(at(Step::Locations, Some("bp-be")))
        );
    }

    #[test]
    fn a_step_that_is_not_per_profile_names_no_profile() {
        assert_eq!(at(Step::Preview, Some("bp-fr")).profile, None);
        assert_eq!(
            profile_number(
                &at(Step::Solutions, Some("bp-be")),
                &ids(&["bp-fr", "bp-be"])
            ),
            Some((2, 2))
        );
        assert_eq!(
            profile_number(&at(Step::Choose, None), &ids(&["bp-fr"])),
            None
        );
    }

    #[test]
    fn a_step_is_reviewed_once_every_chosen_profile_went_on_from_it() {
        let chosen = ids(&["bp-fr", "bp-be"]);
        let mut reviewed = vec![at(Step::Account, None), at(Step::Edit, Some("bp-fr"))];
        assert!(step_reviewed(&reviewed, Step::Account, &chosen));
        assert!(!step_reviewed(&reviewed, Step::Choose, &chosen));
        assert!(!step_reviewed(&reviewed, Step::Edit, &chosen));
        reviewed.push(at(Step::Edit, Some("bp-be")));
        assert!(step_reviewed(&reviewed, Step::Edit, &chosen));
        assert!(
            !step_reviewed(&reviewed, Step::Edit, &[]),
            "nothing chosen, nothing reviewed"
        );
        assert!(!profile_reviewed(&reviewed, &chosen[0]));
        reviewed.push(at(Step::Solutions, Some("bp-fr")));
        reviewed.push(at(Step::Locations, Some("bp-fr")));
        assert!(profile_reviewed(&reviewed, &chosen[0]));
        assert!(!step_reviewed(&reviewed, Step::Preview, &chosen));
    }
}
