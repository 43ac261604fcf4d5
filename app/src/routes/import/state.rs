//! What every step of the wizard shares: the export, the partner's
//! draft, the plan made of it, the issues by field, the step and profile
//! of the URL.

use std::sync::Arc;

use leptos::prelude::*;
use transition_domain::export::PinpointExport;
use transition_domain::model::ProfileDraft;
use transition_domain::plan::Located;
use transition_domain::{ImportPlan, Issue, PinpointProfileId};

use crate::components::common::SummaryItem;
use crate::components::profile_fields::Scoped;
use crate::fields::{dom_id, targets};
use crate::paths;
use crate::wizard::{step_for, Step, WizardDraft};

/// Everything the steps share.
#[derive(Clone, Copy)]
pub(super) struct W {
    pub(super) export: StoredValue<Arc<PinpointExport>>,
    pub(super) draft: RwSignal<WizardDraft>,
    pub(super) plan: Memo<ImportPlan>,
    /// Every issue with the field it belongs to.
    pub(super) located: Memo<Vec<(Option<Located>, Issue)>>,
    pub(super) step: Memo<Step>,
    pub(super) profile: Memo<Option<PinpointProfileId>>,
    pub(super) closed: bool,
    pub(super) go: Callback<(Step, Option<PinpointProfileId>)>,
}

impl W {
    pub(super) fn profile_name(&self, id: &str) -> String {
        self.export.with_value(|e| {
            e.profile(id)
                .map(|(_, p)| p.name.clone())
                .unwrap_or_else(|| id.to_owned())
        })
    }

    /// The draft the plan makes of Pinpoint profile `id` (if chosen).
    pub(super) fn planned(&self, id: PinpointProfileId) -> Memo<Option<ProfileDraft>> {
        let plan = self.plan;
        Memo::new(move |_| {
            plan.with(|p| {
                p.profiles
                    .iter()
                    .find(|pp| pp.draft.source_id.as_deref() == Some(id.as_str()))
                    .map(|pp| pp.draft.clone())
            })
        })
    }

    /// The issues of one profile, by field.
    pub(super) fn scoped(&self, id: PinpointProfileId) -> Scoped {
        let located = self.located;
        let scope = format!("w-{id}");
        Scoped::new(
            scope,
            Signal::derive(move || {
                located.with(|list| {
                    list.iter()
                        .filter_map(|(at, issue)| {
                            at.as_ref()
                                .filter(|a| a.source_profile == id)
                                .map(|a| (a.field.clone(), issue.clone()))
                        })
                        .collect()
                })
            }),
        )
    }

    /// Summary lines: the issues of `only` (a profile id) or of all, with
    /// where to go to fix each.
    pub(super) fn summary(&self, only: Option<PinpointProfileId>) -> Signal<Vec<SummaryItem>> {
        let w = *self;
        Signal::derive(move || {
            w.located.with(|list| {
                list.iter()
                    .filter(|(at, _)| match (&only, at) {
                        (Some(id), Some(a)) => a.source_profile == *id,
                        (Some(_), None) => true,
                        (None, _) => true,
                    })
                    .map(|(at, issue)| match at {
                        Some(a) => {
                            let step = step_for(&a.field);
                            let targets = if step == Step::Choose {
                                vec![dom_id("choose", &a.source_profile)]
                            } else {
                                targets(&format!("w-{}", a.source_profile), &a.field)
                            };
                            SummaryItem {
                                issue: issue.clone(),
                                context: only.is_none().then(|| w.profile_name(&a.source_profile)),
                                targets,
                                href: Some(paths::import(step, Some(&a.source_profile))),
                            }
                        }
                        None => SummaryItem {
                            issue: issue.clone(),
                            context: None,
                            targets: vec![],
                            href: None,
                        },
                    })
                    .collect()
            })
        })
    }

    pub(super) fn error_count(&self, id: &str) -> usize {
        self.located.with(|list| {
            list.iter()
                .filter(|(at, i)| {
                    i.is_error() && at.as_ref().is_some_and(|a| a.source_profile == id)
                })
                .count()
        })
    }
}
