//! The planner on parsed exports with arbitrary requests.
//!
//! Input: one mode byte, then the request as JSON. Mode bits 0-1 pick the
//! export (0-2: a fixture; 3: the rest of the input is `export NUL request`,
//! an export fuzzed along with the request, used when it parses); bit 2
//! plans against the profiles a full import of that export already made
//! (region conflicts). The request is an `ImportRequest` read with
//! serde_json. Checks: planning never panics and is deterministic; the
//! report counts the plan's issues (and lists at most 100); `locate` on
//! every issue; a plan that can commit gives checked profiles
//! (`profiles_to_create`, counter ids), one that cannot is refused with
//! errors.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use transition_domain::{
    parse_export, plan_import, BusinessProfile, ImportRequest, Lang, PinpointExport, Severity,
};

const FIXTURES: [&[u8]; 3] = [
    include_bytes!("../../fixtures/contoso.json"),
    include_bytes!("../../fixtures/fabrikam.json"),
    include_bytes!("../../fixtures/northwind-closed.json"),
];

/// Bigger inputs are skipped: each run stays fast.
const MAX_INPUT: usize = 64 * 1024;

struct Fixture {
    export: PinpointExport,
    existing: Vec<BusinessProfile>,
}

fn fixtures() -> &'static [Fixture] {
    static CELL: OnceLock<Vec<Fixture>> = OnceLock::new();
    CELL.get_or_init(|| {
        FIXTURES
            .iter()
            .map(|bytes| {
                let export = parse_export(bytes).expect("fixture parses");
                let existing = existing_after_full_import(&export);
                Fixture { export, existing }
            })
            .collect()
    })
}

/// The profiles a full, acknowledged import of `export` creates (none when
/// that import cannot commit, e.g. a closed account).
fn existing_after_full_import(export: &PinpointExport) -> Vec<BusinessProfile> {
    let request = ImportRequest::everything(export).acknowledged();
    let mut n = 0u64;
    plan_import(export, &request, &[])
        .profiles_to_create(|| {
            n += 1;
            format!("existing-{n}")
        })
        .unwrap_or_default()
}

fn check(export: &PinpointExport, request: &ImportRequest, existing: &[BusinessProfile]) {
    let plan = plan_import(export, request, existing);
    assert_eq!(
        plan,
        plan_import(export, request, existing),
        "deterministic"
    );
    for lang in Lang::ALL {
        let report = plan.report(transition_domain::locales::messages(lang));
        let errors = plan
            .issues
            .iter()
            .filter(|i| i.severity == Severity::Error)
            .count();
        assert_eq!(report.errors, errors);
        assert_eq!(report.issue_count, plan.issues.len());
        assert_eq!(
            report.issues.len(),
            plan.issues
                .len()
                .min(transition_domain::bounds::MAX_ISSUES_SHOWN)
        );
        assert_eq!(report.can_commit, plan.can_commit());
        let _ = serde_json::to_vec(&report).expect("a report serializes");
    }
    for issue in &plan.issues {
        let _ = plan.locate(issue);
    }
    let mut n = 0u64;
    match plan.profiles_to_create(|| {
        n += 1;
        format!("id-{n}")
    }) {
        Ok(profiles) => {
            assert!(plan.can_commit());
            assert_eq!(profiles.len(), plan.profiles.len());
        }
        Err(issues) => {
            assert!(
                !plan.can_commit(),
                "a plan that can commit was refused: {issues:?}"
            );
            assert!(
                issues.iter().any(|i| i.is_error()),
                "refused without an error"
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_INPUT {
        return;
    }
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let with_existing = mode & 4 != 0;
    match usize::from(mode & 3) {
        3 => {
            let Some(nul) = rest.iter().position(|&b| b == 0) else {
                return;
            };
            let Ok(export) = parse_export(&rest[..nul]) else {
                return;
            };
            let Ok(request) = serde_json::from_slice::<ImportRequest>(&rest[nul + 1..]) else {
                return;
            };
            let existing = if with_existing {
                existing_after_full_import(&export)
            } else {
                Vec::new()
            };
            check(&export, &request, &existing);
        }
        k => {
            let Ok(request) = serde_json::from_slice::<ImportRequest>(rest) else {
                return;
            };
            let fixture = &fixtures()[k];
            let existing: &[BusinessProfile] = if with_existing {
                &fixture.existing
            } else {
                &[]
            };
            check(&fixture.export, &request, existing);
        }
    }
});
