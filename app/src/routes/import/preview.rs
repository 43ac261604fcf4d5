//! Step 6: what will and will not be imported, the acknowledgements, the
//! commit.

use leptos::prelude::*;
use transition_domain::input::SolutionKind;
use transition_domain::ImportPlan;

use crate::components::common::IssueSummary;
use crate::components::fields::CheckBox;
use crate::components::not_imported::NotImportedView;
use crate::components::ProblemView;
use crate::i18n::{ts, use_lang, T};

use super::commit::*;
use super::frame::{StepButtons, StepHeading};
use super::state::W;

#[component]
pub(super) fn PreviewStep(w: W) -> impl IntoView {
    let lang = use_lang();
    let locked = Signal::derive(move || w.running() || !w.can_write);
    let failure = Signal::derive(move || match w.commit.get() {
        Commit::Failed(e) => Some(e),
        _ => None,
    });
    let not_imported = Signal::derive(move || w.plan.with(|p| p.not_imported.clone()));
    let names = Signal::derive(move || {
        w.export.with_value(|e| {
            e.business_profiles
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let ack = move |referrals: bool| {
        Signal::derive(move || {
            w.draft.with(|d| {
                if referrals {
                    d.acknowledgements.referrals_noted
                } else {
                    d.acknowledgements.account_closure
                }
            })
        })
    };
    let set_ack = move |referrals: bool| {
        Callback::new(move |on: bool| {
            w.draft.update(|d| {
                if referrals {
                    d.acknowledgements.referrals_noted = on;
                } else {
                    d.acknowledgements.account_closure = on;
                }
            });
        })
    };
    view! {
        <StepHeading w />
        <super::drift::DriftAlert w />
        <p class="pt-lead">
            {move || lang.text(if w.approval { T::PreviewIntroApproval } else { T::PreviewIntro })}
        </p>
        <IssueSummary id="pt-preview-issues" items=w.summary(None) />
        <WillBeCreated plan=w.plan />
        <NotImportedView not_imported profile_names=names referrals=Signal::derive(move || w.export.with_value(|e| e.referrals.clone())) />
        <section class="pt-card pt-commit" aria-labelledby="pt-commit-title">
            <h2 class="pt-card-title" id="pt-commit-title">
                {move || lang.text(if w.approval { T::SubmitForApproval } else { T::ImportNow })}
            </h2>
            {w.approval.then(|| view! {
                <p class="pt-alert pt-alert-info" id="pt-approval-note">{move || lang.text(T::ApprovalNote)}</p>
            })}
            <div class="pt-alert pt-alert-warning" id="pt-closure-statement">
                <p class="pt-alert-title">{move || lang.text(T::ClosureStatement)}</p>
            </div>
            <CheckBox
                id="pt-ack-referrals"
                label=ts(T::AckReferrals)
                checked=ack(true)
                on_change=set_ack(true)
                disabled=locked
            />
            <CheckBox
                id="pt-ack-closure"
                label=ts(T::AckClosure)
                checked=ack(false)
                on_change=set_ack(false)
                disabled=locked
            />
            {move || failure.get().map(|_| view! {
                <p class="pt-muted">{lang.text(T::ImportRefused)}</p>
            })}
            <ProblemView error=failure />
            <super::drift::DigestStatus w />
        </section>
        <StepButtons w />
    }
}

/// What the import will create: each business profile with its locations
/// and solutions (the Preview's, and the approval's).
#[component]
pub(super) fn WillBeCreated(plan: Memo<ImportPlan>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="pt-card" aria-labelledby="pt-will-create">
            <h2 class="pt-card-title" id="pt-will-create">{move || lang.text(T::WillBeCreated)}</h2>
            {move || {
                plan.with(|plan| {
                    plan.profiles
                        .iter()
                        .map(|pp| {
                            let d = &pp.draft;
                            let name_of = |sid: &str| {
                                d.solutions
                                    .iter()
                                    .find(|s| s.id == sid)
                                    .map(|s| s.name.clone())
                                    .unwrap_or_else(|| sid.to_owned())
                            };
                            let locations: Vec<String> = d
                                .locations
                                .iter()
                                .map(|l| {
                                    let list: Vec<String> = l.solution_ids.iter().map(|s| name_of(s)).collect();
                                    let list = if list.is_empty() { lang.text(T::None).to_owned() } else { list.join(", ") };
                                    format!("{} — {}", l.name, lang.fill(T::MarketedHere, &[("list", &list)]))
                                })
                                .collect();
                            let solutions: Vec<String> = d
                                .solutions
                                .iter()
                                .map(|s| {
                                    let kind = match s.kind {
                                        SolutionKind::App => T::SolutionApp,
                                        SolutionKind::Service => T::SolutionService,
                                    };
                                    format!("{} ({})", s.name, lang.text(kind))
                                })
                                .collect();
                            view! {
                                <article class="pt-plan-profile">
                                    <h3 class="pt-subtitle">
                                        <crate::components::RegionBadge code=d.region.to_string() />" "{d.name.clone()}
                                    </h3>
                                    <p class="pt-muted pt-ellipsis">{d.website.clone()}</p>
                                    <div class="pt-grid-2">
                                        <div>
                                            <h4>{lang.text(T::Locations)}" ("{locations.len()}")"</h4>
                                            <ul class="pt-list">{locations.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                                        </div>
                                        <div>
                                            <h4>{lang.text(T::Solutions)}" ("{solutions.len()}")"</h4>
                                            <ul class="pt-list">{solutions.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                                        </div>
                                    </div>
                                </article>
                            }
                        })
                        .collect_view()
                })
            }}
        </section>
    }
}
