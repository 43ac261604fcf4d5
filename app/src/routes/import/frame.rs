//! The wizard's frame around every step: the step bar (✓ once reviewed,
//! an error count while errors remain), the step's heading ("Profile 2 of
//! 2: Contoso Belgium"), and the footer: Cancel, Back and the step's one
//! primary action, always in the same place (Next, or Import on the last
//! step), pinned to the bottom of the screen.

use leptos::prelude::*;
use transition_domain::ImportPlan;

use crate::browser;
use crate::components::dialog::ConfirmDialog;
use crate::components::Spinner;
use crate::fields::dom_id;
use crate::i18n::{use_lang, T};
use crate::nav::{use_navigate, A};
use crate::paths;
use crate::wizard::{next, previous, profile_number, step_reviewed, Step};

use super::commit::{blocker, retry_same_key, Blocker, Commit};
use super::state::{step_title, W};

/// An error count, as a badge: the number shown, the words read.
#[component]
pub(super) fn ErrorBadge(#[prop(into)] count: Signal<usize>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let n = count.get();
        (n > 0).then(|| {
            view! {
                <span class="pt-badge pt-badge-error">
                    <span aria-hidden="true">{n}</span>
                    <span class="pt-visually-hidden">{lang.fill(T::ListErrors, &[("count", &n)])}</span>
                </span>
            }
        })
    }
}

/// A ✓ for what the partner has reviewed, read as "Reviewed".
#[component]
pub(super) fn ReviewedMark() -> impl IntoView {
    let lang = use_lang();
    view! {
        <span class="pt-reviewed">
            <span aria-hidden="true">"✓"</span>
            <span class="pt-visually-hidden">{move || lang.text(T::Reviewed)}</span>
        </span>
    }
}

#[component]
pub(super) fn StepList(w: W) -> impl IntoView {
    let lang = use_lang();
    view! {
        <nav
            class="pt-steps"
            aria-label=move || lang.text(T::WizardSteps)
            inert=move || w.running().then_some("")
        >
            <ol>
                {Step::ALL
                    .iter()
                    .copied()
                    .map(|s| {
                        let current = move || w.step.get() == s;
                        let errors = Signal::derive(move || w.step_errors(s));
                        let reviewed = Signal::derive(move || {
                            w.draft.with(|d| step_reviewed(&d.reviewed, s, &d.chosen))
                        });
                        let done = move || reviewed.get() && errors.get() == 0;
                        let href = Signal::derive(move || {
                            crate::nav::link(paths::import(s, w.profile.get().as_deref()))
                        });
                        view! {
                            <li class:pt-step-current=current class:pt-step-done=done>
                                <A href=href attr:aria-current=move || current().then_some("step")>
                                    <span class="pt-step-n" aria-hidden="true">
                                        {move || if done() { "✓".to_owned() } else { (s.index() + 1).to_string() }}
                                    </span>
                                    <span class="pt-step-name">{move || lang.text(step_title(s))}</span>
                                    {move || done().then(|| view! {
                                        <span class="pt-visually-hidden">{lang.text(T::Reviewed)}</span>
                                    })}
                                    <ErrorBadge count=errors />
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The step's heading, which takes the focus when the step opens; on the
/// per-profile steps it names the profile and where it stands among the
/// chosen ones.
#[component]
pub(super) fn StepHeading(w: W) -> impl IntoView {
    let lang = use_lang();
    let of_profiles = move || {
        let place = w.place.get();
        let (n, total) = w.draft.with(|d| profile_number(&place, &d.chosen))?;
        let name = w.profile_name(place.profile.as_deref().unwrap_or_default());
        Some(lang.fill(
            T::ProfileOf,
            &[("n", &n), ("total", &total), ("name", &name)],
        ))
    };
    view! {
        <p class="pt-step-of">
            {move || {
                lang.fill(T::StepOf, &[("n", &(w.step.get().index() + 1)), ("total", &Step::ALL.len())])
            }}
        </p>
        <h2 class="pt-step-title" id="pt-step-heading" tabindex="-1">
            {move || lang.text(step_title(w.step.get()))}
            {move || of_profiles().map(|text| view! { <span class="pt-profile-of">{text}</span> })}
        </h2>
    }
}

/// Why the primary action cannot go on yet, said next to it; activating
/// it then moves the focus to what is missing.
#[derive(Debug, Clone, PartialEq)]
enum Stop {
    /// Nothing chosen: the choice's first box.
    NothingChosen(String),
    Commit(Blocker),
}

/// The footer: Cancel, Back and the step's primary action, with why that
/// action is not available yet. While the import runs, its progress takes
/// the primary action's place and the focus, and nothing else answers.
/// How many tenths of a second a discard waits for a save under way.
const DISCARD_WAITS: u32 = 100;

#[component]
pub(super) fn StepButtons(w: W) -> impl IntoView {
    let lang = use_lang();
    let running = Signal::derive(move || w.running());
    let back = move || w.draft.with(|d| previous(&w.place.get(), &d.chosen));
    let stop = Signal::derive(move || match w.step.get() {
        Step::Choose => w.draft.with(|d| {
            d.chosen.is_empty().then(|| {
                let first = w
                    .export
                    .with_value(|e| e.business_profiles.first().map(|p| dom_id("choose", &p.id)));
                Stop::NothingChosen(first.unwrap_or_default())
            })
        }),
        Step::Preview => {
            let errors = w
                .plan
                .with(|p| p.issues.iter().filter(|i| i.is_error()).count());
            let can_commit = w.plan.with(ImportPlan::can_commit);
            w.draft
                .with(|d| blocker(w.can_write, errors, can_commit, d.acknowledgements))
                .or_else(|| w.digest.blocker(w.draft))
                .map(Stop::Commit)
        }
        _ => None,
    });
    let hint = move || {
        stop.get().map(|s| match s {
            Stop::NothingChosen(_) => lang.text(T::NothingChosen).to_owned(),
            Stop::Commit(Blocker::ReadOnly) => lang.text(T::ReadOnlyNotice).to_owned(),
            Stop::Commit(Blocker::Errors(n)) => lang.fill(T::BlockedErrors, &[("count", &n)]),
            Stop::Commit(Blocker::Acknowledgements) => lang.text(T::BlockedAcks).to_owned(),
            Stop::Commit(Blocker::NothingChosen) => lang.text(T::NothingChosen).to_owned(),
            Stop::Commit(Blocker::Checking) => lang.text(T::DigestBlocked).to_owned(),
        })
    };
    let primary = move |_| match stop.get_untracked() {
        Some(Stop::NothingChosen(first)) => browser::focus_first(vec![first]),
        Some(Stop::Commit(Blocker::Checking)) => w.digest.when_known(w.run_commit),
        Some(Stop::Commit(b)) => browser::focus_first(
            w.draft
                .with_untracked(|d| b.where_to_look(d.acknowledgements)),
        ),
        None if w.step.get_untracked() == Step::Preview => w.run_commit.run(()),
        None => {
            let here = w.place.get_untracked();
            let to = w.draft.with_untracked(|d| next(&here, &d.chosen));
            w.draft.update(|d| d.mark_reviewed(here));
            if let Some(to) = to {
                w.go.run(to);
            }
        }
    };
    let label = move || match w.step.get() {
        Step::Preview => {
            let retry = w.commit.with(|c| match c {
                Commit::Failed(e) => retry_same_key(e),
                _ => false,
            });
            lang.text(match (w.approval, retry) {
                (true, _) => T::SubmitForApproval,
                (false, true) => T::RetryImport,
                (false, false) => T::ImportNow,
            })
        }
        _ => lang.text(T::Next),
    };
    // The progress takes the focus when the import starts.
    Effect::new(move |was: Option<bool>| {
        let now = running.get();
        if now && was == Some(false) {
            browser::focus_soon("pt-commit-progress".to_owned());
        }
        now
    });
    let confirm = RwSignal::new(false);
    let navigate = use_navigate();
    let ctx = crate::use_ctx();
    let leave = Callback::new(move |()| {
        // The changes are discarded: the server's draft with them. A save
        // under way ends first (its revision is the one to remove), and the
        // profiles are shown once the draft is gone, so that the wizard
        // opened again starts afresh.
        let saver = ArcRwSignal::from(w.saver);
        saver.update(crate::wizard::save::Saver::discard);
        super::forget_live();
        let api = ctx.api();
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            for _ in 0..DISCARD_WAITS {
                if saver.try_with_untracked(|s| s.saving()) != Some(true) {
                    break;
                }
                crate::host::sleep(std::time::Duration::from_millis(100)).await;
            }
            if let Some(revision) = saver.try_with_untracked(|s| s.revision.clone()).flatten() {
                let _ = api.delete_draft(&revision).await;
            }
            navigate(paths::PROFILES, false);
        });
    });
    let cancel = move |_| {
        let changed = w
            .pristine
            .with_value(|start| w.draft.with(|d| d.changed_from(start)));
        if changed {
            confirm.set(true);
        } else {
            leave.run(());
        }
    };
    view! {
        <div class="pt-wizard-footer">
            <super::autosave::DraftStatus w />
            <p class="pt-footer-hint" id="pt-primary-hint">{hint}</p>
            <div class="pt-actions">
                <button type="button" class="pt-button pt-button-subtle" disabled=running on:click=cancel>
                    {move || lang.text(T::Cancel)}
                </button>
                <span class="pt-spacer"></span>
                {move || back().map(|to| view! {
                    <button
                        type="button"
                        class="pt-button"
                        disabled=running
                        on:click=move |_| w.go.run(to.clone())
                    >
                        {move || lang.text(T::Back)}
                    </button>
                })}
                <Show
                    when=move || !running.get()
                    fallback=move || view! {
                        <div class="pt-commit-progress" id="pt-commit-progress" tabindex="-1">
                            <Spinner text=if w.approval { T::Submitting } else { T::Importing } />
                        </div>
                    }
                >
                    <button
                        type="button"
                        id=move || if w.step.get() == Step::Preview { "pt-commit" } else { "pt-next" }
                        class="pt-button pt-button-primary"
                        class:pt-button-danger=move || w.step.get() == Step::Preview
                        aria-disabled=move || stop.with(Option::is_some).then_some("true")
                        aria-describedby=move || {
                            let closure = (w.step.get() == Step::Preview).then_some("pt-closure-statement ");
                            format!("{}pt-primary-hint", closure.unwrap_or_default())
                        }
                        on:click=primary
                    >
                        {label}
                    </button>
                </Show>
            </div>
        </div>
        <ConfirmDialog
            id="pt-cancel-dialog"
            open=confirm
            title=Signal::derive(move || lang.text(T::DiscardTitle).to_owned())
            text=Signal::derive(move || lang.text(T::DiscardText).to_owned())
            confirm=Signal::derive(move || lang.text(T::Discard).to_owned())
            on_confirm=leave
        />
    }
}
