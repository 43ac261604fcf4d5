//! Property tests: parsing and planning never panic, and planning is
//! deterministic, whatever the input.

mod common;

use proptest::prelude::*;
use transition_domain::request::{SolutionChoice, SolutionOverrides};
use transition_domain::{parse_export, plan_import, ImportRequest, Lang, Selection};

fn contoso() -> transition_domain::PinpointExport {
    common::export(common::CONTOSO)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parsing_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Err(error) = parse_export(&bytes) {
            prop_assert!(!error.issues().is_empty());
        }
    }

    #[test]
    fn parsing_a_mutated_export_never_panics(
        cut in 0..common::CONTOSO.len(),
        flips in proptest::collection::vec((0..common::CONTOSO.len(), any::<u8>()), 0..8),
    ) {
        let mut bytes = common::CONTOSO.to_vec();
        for (at, byte) in flips {
            bytes[at] = byte;
        }
        bytes.truncate(cut.max(1));
        let _ = parse_export(&bytes);
    }

    #[test]
    fn planning_arbitrary_requests_never_panics_and_is_deterministic(
        picks in proptest::collection::vec(
            (
                prop_oneof![Just("bp-fr".to_owned()), Just("bp-be".to_owned()), ".{0,6}"],
                proptest::option::of(".{0,120}"),
                proptest::option::of(proptest::collection::vec(".{0,60}", 0..25)),
                proptest::option::of(proptest::collection::vec(
                    (prop_oneof![Just("app-stock".to_owned()), Just("svc-support".to_owned()), ".{0,5}"],
                     any::<bool>(), proptest::option::of(".{0,110}")),
                    0..6,
                )),
                proptest::collection::vec(prop_oneof![Just("loc-lyon".to_owned()), ".{0,5}"], 0..3),
            ),
            0..4,
        ),
        acks in any::<(bool, bool)>(),
    ) {
        let export = contoso();
        let selections = picks
            .into_iter()
            .map(|(id, name, tags, solutions, excluded)| {
                let mut selection = Selection::new(id);
                selection.overrides.name = name;
                selection.overrides.tags = tags;
                selection.overrides.excluded_location_ids = excluded;
                selection.solutions = solutions.map(|choices| {
                    choices
                        .into_iter()
                        .map(|(source_id, include, name)| SolutionChoice {
                            source_id,
                            include,
                            overrides: SolutionOverrides { name, ..SolutionOverrides::default() },
                        })
                        .collect()
                });
                selection
            })
            .collect();
        let mut request = ImportRequest { selections, ..ImportRequest::default() };
        request.acknowledgements.referrals_noted = acks.0;
        request.acknowledgements.account_closure = acks.1;
        let a = plan_import(&export, &request, &[]);
        let b = plan_import(&export, &request, &[]);
        prop_assert_eq!(&a, &b);
        // Every message gets every parameter it names.
        for issue in &a.issues {
            for lang in Lang::ALL {
                let messages = transition_domain::locales::messages(lang);
                for name in messages.variables(issue.code.id()) {
                    prop_assert!(issue.params.contains_key(&name), "{} lacks {}", issue.code, name);
                }
            }
        }
        // Every issue lands on a profile, but those about the whole account.
        for issue in &a.issues {
            let account_wide = issue.path == "/selections" || issue.path.starts_with("/account/");
            prop_assert_eq!(a.locate(issue).is_none(), account_wide, "{}", issue.path);
        }
        if a.can_commit() {
            let mut n = 0;
            let created = a.profiles_to_create(|| { n += 1; n.to_string() });
            prop_assert!(created.is_ok(), "{:?}", created);
        }
    }
}
