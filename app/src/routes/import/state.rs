//! What every step of the wizard shares: the export, the partner's
//! draft, the plan made of it, the issues by field, the place of the URL,
//! and the commit.

use std::sync::Arc;

use leptos::prelude::*;
use transition_domain::export::PinpointExport;
use transition_domain::field::FieldKey;
use transition_domain::model::ProfileDraft;
use transition_domain::plan::Located;
use transition_domain::{ImportPlan, Issue, PinpointProfileId};

use crate::components::common::SummaryItem;
use crate::components::profile_fields::Scoped;
use crate::fields::{dom_id, targets};
use crate::i18n::{use_lang, T};
use crate::paths;
use crate::wizard::save::Saver;
use crate::wizard::{step_for, Place, Step, WizardDraft};

use super::commit::Commit;

/// Everything the steps share.
#[derive(Clone, Copy)]
pub(super) struct W {
    pub(super) export: StoredValue<Arc<PinpointExport>>,
    /// The draft the wizard starts from: Cancel asks first when the
    /// partner's draft differs from it.
    pub(super) pristine: StoredValue<WizardDraft>,
    /// The draft's saves on the server (`autosave`).
    pub(super) saver: RwSignal<Saver>,
    pub(super) draft: RwSignal<WizardDraft>,
    pub(super) plan: Memo<ImportPlan>,
    /// Every issue with the field it belongs to.
    pub(super) located: Memo<Vec<(Option<Located>, Issue)>>,
    pub(super) step: Memo<Step>,
    pub(super) profile: Memo<Option<PinpointProfileId>>,
    pub(super) place: Memo<Place>,
    /// The signed-in user may import (else every field is disabled).
    pub(super) can_write: bool,
    /// The partner's imports need a second admin: the Preview submits
    /// for approval instead of importing.
    pub(super) approval: bool,
    pub(super) go: Callback<Place>,
    pub(super) commit: Signal<Commit>,
    pub(super) run_commit: Callback<()>,
    /// The server's digest of what the Preview shows (issue 23).
    pub(super) digest: super::digest::Digest,
}

impl W {
    /// A chosen profile's name as the partner has it now (edited in the
    /// wizard), else as Pinpoint had it.
    pub(super) fn profile_name(&self, id: &str) -> String {
        self.plan
            .with(|p| {
                p.profiles
                    .iter()
                    .find(|pp| pp.draft.source_id.as_deref() == Some(id))
                    .map(|pp| pp.draft.name.trim().to_owned())
            })
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| {
                self.export.with_value(|e| {
                    e.profile(id)
                        .map(|(_, p)| p.name.clone())
                        .unwrap_or_else(|| id.to_owned())
                })
            })
    }

    /// True while the import runs: the steps and Back are locked.
    pub(super) fn running(&self) -> bool {
        self.commit.with(|c| *c == Commit::Running)
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

    /// The name of the location or solution an issue is about ("Toronto"),
    /// as the plan has it, else as Pinpoint had it.
    fn item_name(&self, at: &Located) -> Option<String> {
        let profile = at.source_profile.as_str();
        match &at.field {
            FieldKey::Location(id, _) => self
                .plan
                .with(|p| {
                    p.profiles
                        .iter()
                        .filter(|pp| pp.draft.source_id.as_deref() == Some(profile))
                        .flat_map(|pp| &pp.draft.locations)
                        .find(|l| l.id == *id)
                        .map(|l| l.name.clone())
                })
                .or_else(|| {
                    self.export.with_value(|e| {
                        e.profile(profile)
                            .and_then(|(_, p)| p.locations.iter().find(|l| *l.id == **id))
                            .map(|l| l.name.clone())
                    })
                }),
            FieldKey::Solution(id, _) => self
                .plan
                .with(|p| {
                    p.profiles
                        .iter()
                        .filter(|pp| pp.draft.source_id.as_deref() == Some(profile))
                        .flat_map(|pp| &pp.draft.solutions)
                        .find(|s| s.source_id.as_deref() == Some(id.as_str()))
                        .map(|s| s.name.clone())
                })
                .or_else(|| {
                    self.export.with_value(|e| {
                        e.solutions_of(profile)
                            .find(|(_, s)| *s.id == **id)
                            .map(|(_, s)| s.name.clone())
                    })
                }),
            _ => None,
        }
        .filter(|name| !name.trim().is_empty())
    }

    /// Summary lines: the issues of `only` (a profile id) or of all, in
    /// the order of the steps where they are fixed, each under its step,
    /// named by its item (and its profile when all are shown), with where
    /// to go to fix it.
    pub(super) fn summary(&self, only: Option<PinpointProfileId>) -> Signal<Vec<SummaryItem>> {
        let w = *self;
        let lang = use_lang();
        Signal::derive(move || {
            // The profile is named only where several are listed.
            let named_profiles = only.is_none() && w.draft.with(|d| d.chosen.len() > 1);
            let mut items: Vec<(usize, SummaryItem)> = w.located.with(|list| {
                list.iter()
                    .filter(|(at, _)| match (&only, at) {
                        (Some(id), Some(a)) => a.source_profile == *id,
                        (Some(_), None) => true,
                        (None, _) => true,
                    })
                    .map(|(at, issue)| {
                        let step = at.as_ref().map_or(Step::Preview, |a| step_for(&a.field));
                        let group = Some(lang.text(step_title(step)).to_owned());
                        let item = match at {
                            Some(a) => {
                                let targets = if step == Step::Choose {
                                    vec![dom_id("choose", &a.source_profile)]
                                } else {
                                    targets(&format!("w-{}", a.source_profile), &a.field)
                                };
                                let profile =
                                    named_profiles.then(|| w.profile_name(&a.source_profile));
                                let context = match (profile, w.item_name(a)) {
                                    (Some(p), Some(i)) => Some(format!("{p} · {i}")),
                                    (p, i) => p.or(i),
                                };
                                SummaryItem {
                                    issue: issue.clone(),
                                    context,
                                    group,
                                    targets,
                                    href: Some(paths::import(step, Some(&a.source_profile))),
                                }
                            }
                            None => SummaryItem {
                                issue: issue.clone(),
                                context: None,
                                group,
                                targets: vec![],
                                href: None,
                            },
                        };
                        (step.index(), item)
                    })
                    .collect()
            });
            // Stable: within a step, the planner's order.
            items.sort_by_key(|(step, _)| *step);
            items.into_iter().map(|(_, item)| item).collect()
        })
    }

    /// The errors of profile `id`.
    pub(super) fn error_count(&self, id: &str) -> usize {
        self.located.with(|list| {
            list.iter()
                .filter(|(at, i)| {
                    i.is_error() && at.as_ref().is_some_and(|a| a.source_profile == id)
                })
                .count()
        })
    }

    /// The errors fixed on `step`, of every chosen profile.
    pub(super) fn step_errors(&self, step: Step) -> usize {
        self.located.with(|list| {
            list.iter()
                .filter(|(at, i)| {
                    i.is_error()
                        && at.as_ref().map_or(Step::Preview, |a| step_for(&a.field)) == step
                })
                .count()
        })
    }
}

/// The title of a step, in the step bar and its heading.
pub(super) fn step_title(step: Step) -> T {
    match step {
        Step::Account => T::StepAccount,
        Step::Choose => T::StepChoose,
        Step::Edit => T::StepEdit,
        Step::Solutions => T::StepSolutions,
        Step::Locations => T::StepLocations,
        Step::Preview => T::StepPreview,
    }
}
