//! What changed between the plan a partner reviewed and the plan now
//! (issue 23: a commit refused 412 `plan_changed`), said profile by
//! profile. An empty list means the preview looks the same: the partner's
//! business profiles or the rules changed behind it.

use transition_domain::model::ProfileDraft;
use transition_domain::plan::PlannedProfile;
use transition_domain::ImportPlan;

/// One change the drift notice names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DriftItem {
    /// A business profile that will now be created.
    Added { name: String, region: String },
    /// A business profile that will no longer be created.
    Removed { name: String, region: String },
    /// A profile's own fields (name, description, ...) changed.
    Details { name: String },
    Solutions {
        name: String,
        before: usize,
        after: usize,
    },
    Locations {
        name: String,
        before: usize,
        after: usize,
    },
    /// What will not be imported changed.
    NotImported,
    /// The plan has errors now, and had none.
    Errors,
}

/// A planned profile's key: its Pinpoint profile, else its place.
fn key(planned: &PlannedProfile) -> String {
    planned
        .draft
        .source_id
        .as_ref()
        .map_or_else(|| format!("#{}", planned.selection), |id| id.to_string())
}

/// A draft without its locations and solutions: its own fields.
fn own_fields(draft: &ProfileDraft) -> ProfileDraft {
    ProfileDraft {
        locations: Vec::new(),
        solutions: Vec::new(),
        ..draft.clone()
    }
}

/// What changed from `before` (reviewed) to `after` (now).
pub fn drift(before: &ImportPlan, after: &ImportPlan) -> Vec<DriftItem> {
    let mut items = Vec::new();
    for old in &before.profiles {
        let Some(new) = after.profiles.iter().find(|p| key(p) == key(old)) else {
            items.push(DriftItem::Removed {
                name: old.draft.name.clone(),
                region: old.draft.region.clone(),
            });
            continue;
        };
        let name = new.draft.name.clone();
        if own_fields(&old.draft) != own_fields(&new.draft) {
            items.push(DriftItem::Details { name: name.clone() });
        }
        let (b, a) = (old.draft.solutions.len(), new.draft.solutions.len());
        if b != a || old.draft.solutions != new.draft.solutions {
            items.push(DriftItem::Solutions {
                name: name.clone(),
                before: b,
                after: a,
            });
        }
        let (b, a) = (old.draft.locations.len(), new.draft.locations.len());
        if b != a || old.draft.locations != new.draft.locations {
            items.push(DriftItem::Locations {
                name,
                before: b,
                after: a,
            });
        }
    }
    for new in &after.profiles {
        if !before.profiles.iter().any(|p| key(p) == key(new)) {
            items.push(DriftItem::Added {
                name: new.draft.name.clone(),
                region: new.draft.region.clone(),
            });
        }
    }
    if before.not_imported != after.not_imported {
        items.push(DriftItem::NotImported);
    }
    if after.has_errors() && !before.has_errors() {
        items.push(DriftItem::Errors);
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use transition_domain::{parse_export, plan_import, ImportRequest, PinpointExport};

    const CONTOSO: &str = include_str!("../../../fixtures/contoso.json");

    fn contoso(edit: impl FnOnce(&mut serde_json::Value)) -> PinpointExport {
        let mut json: serde_json::Value = serde_json::from_str(CONTOSO).unwrap_or_default();
        edit(&mut json);
        let bytes = serde_json::to_vec(&json).unwrap_or_default();
        parse_export(&bytes).unwrap_or_else(|e| panic!("the edited export: {e}"))
    }

    fn plan(export: &PinpointExport) -> ImportPlan {
        plan_import(export, &ImportRequest::everything(export), &[])
    }

    #[test]
    fn the_same_plan_has_no_drift() {
        let export = contoso(|_| {});
        assert_eq!(drift(&plan(&export), &plan(&export)), Vec::new());
    }

    #[test]
    fn a_changed_description_is_a_change_of_details() {
        let before = plan(&contoso(|_| {}));
        let after = plan(&contoso(|j| {
            j["business_profiles"][0]["description"] = "Revu.".into();
        }));
        assert_eq!(
            drift(&before, &after),
            vec![DriftItem::Details {
                name: after.profiles[0].draft.name.clone()
            }]
        );
    }

    #[test]
    fn a_location_gone_and_a_profile_gone_are_named() {
        let before = plan(&contoso(|_| {}));
        let mut after = before.clone();
        if let Some(first) = after.profiles.first_mut() {
            first.draft.locations.pop();
        }
        let items = drift(&before, &after);
        assert!(
            items.iter().any(|i| matches!(
                i,
                DriftItem::Locations {
                    before: 2,
                    after: 1,
                    ..
                }
            )),
            "{items:?}"
        );
        // The same plans the other way round: one more location.
        let back = drift(&after, &before);
        assert!(
            back.iter().any(|i| matches!(
                i,
                DriftItem::Locations {
                    before: 1,
                    after: 2,
                    ..
                }
            )),
            "{back:?}"
        );
        // A plan of one profile against one of two: one added, one removed.
        let mut one = before.clone();
        one.profiles.truncate(1);
        let added = drift(&one, &before);
        assert!(
            added
                .iter()
                .any(|i| matches!(i, DriftItem::Added { region, .. } if region == "BE")),
            "{added:?}"
        );
        let removed = drift(&before, &one);
        assert!(
            removed
                .iter()
                .any(|i| matches!(i, DriftItem::Removed { region, .. } if region == "BE")),
            "{removed:?}"
        );
    }

    #[test]
    fn errors_now_are_named() {
        let before = plan(&contoso(|_| {}));
        let after = plan(&contoso(|j| {
            j["business_profiles"][0]["name"] = "x".repeat(300).into();
        }));
        assert!(after.has_errors());
        assert!(drift(&before, &after).contains(&DriftItem::Errors));
    }
}
