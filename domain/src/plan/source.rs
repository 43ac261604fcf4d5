//! The export's app and service profiles, indexed once per plan by the
//! business profile they belong to.

use std::collections::HashMap;

use crate::export::{PinpointExport, PinpointSolution};
use crate::input::SolutionKind;

use super::types::{LeftOut, LeftOutReason};

/// One app or service profile with where it sits in the export.
pub(super) struct Source<'a> {
    pub(super) kind: SolutionKind,
    pub(super) solution: &'a PinpointSolution,
    pub(super) path: String,
}

impl Source<'_> {
    pub(super) fn left_out(&self, reason: LeftOutReason) -> LeftOut {
        LeftOut {
            id: self.solution.id.clone(),
            name: self.solution.name.clone(),
            kind: Some(self.kind),
            pinpoint_profile_id: self.solution.business_profile_id.clone(),
            reason,
        }
    }
}

/// Lookups built once per plan, so planning stays linear in the export.
pub(super) struct SourceIndex<'a> {
    pub(super) profiles: HashMap<&'a str, usize>,
    /// Per business profile (by index), its app and service profiles.
    solutions: Vec<Vec<Source<'a>>>,
}

impl<'a> SourceIndex<'a> {
    pub(super) fn new(export: &'a PinpointExport) -> Self {
        let profiles: HashMap<&str, usize> = export
            .business_profiles
            .iter()
            .enumerate()
            .map(|(j, p)| (p.id.as_str(), j))
            .collect();
        let mut solutions: Vec<Vec<Source<'a>>> = export
            .business_profiles
            .iter()
            .map(|_| Vec::new())
            .collect();
        let lists = [
            (SolutionKind::App, "app_profiles", &export.app_profiles),
            (
                SolutionKind::Service,
                "service_profiles",
                &export.service_profiles,
            ),
        ];
        for (kind, list, items) in lists {
            for (n, solution) in items.iter().enumerate() {
                let entry = profiles
                    .get(solution.business_profile_id.as_str())
                    .and_then(|&j| solutions.get_mut(j));
                if let Some(entry) = entry {
                    entry.push(Source {
                        kind,
                        solution,
                        path: format!("/{list}/{n}"),
                    });
                }
            }
        }
        SourceIndex {
            profiles,
            solutions,
        }
    }

    pub(super) fn solutions_of(&self, j: usize) -> &[Source<'a>] {
        self.solutions.get(j).map(Vec::as_slice).unwrap_or_default()
    }
}
