//! The plan digest in the wizard (issue 23): the Preview's status while
//! the server's digest is asked for (`digest.rs`), and the notice shown
//! when a commit is refused because what it would import changed since
//! ([`DriftNotice`], kept by the import page across the wizard's reload).

use leptos::prelude::*;
use transition_domain::plan::PlanDigest;
use transition_domain::{Code, ImportPlan};

use crate::api::ApiError;
use crate::browser;
use crate::i18n::{use_lang, T};
use crate::wizard::drift::{drift, DriftItem};
use crate::wizard::WizardDraft;

use super::digest::{selections_key, Shown};
use super::state::W;

/// A commit refused because what it would import changed: the plan the
/// partner had reviewed, and the digest of the plan now.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Drifted {
    before: ImportPlan,
    selections: String,
    digest: PlanDigest,
}

/// The drift notice, kept by the import page: the wizard is made again
/// from the account and profiles fetched afresh, and shows it.
#[derive(Clone, Copy)]
pub(super) struct DriftNotice(RwSignal<Option<Drifted>>, RwSignal<u64>);

impl DriftNotice {
    pub(super) fn new() -> DriftNotice {
        DriftNotice(RwSignal::new(None), RwSignal::new(0))
    }

    /// Tracks the reloads a drift asks for: the import page's account and
    /// profiles are fetched again at each.
    pub(super) fn track(&self) {
        self.1.track();
    }

    /// Fetches the account, the profiles and the draft again (after a
    /// submission's step: the page shows what the server has now).
    pub(super) fn reload(&self) {
        self.1.update(|n| *n += 1);
    }
}

/// The digest a 412 `plan_changed` names: the plan's now.
pub(super) fn plan_changed(error: &ApiError) -> Option<PlanDigest> {
    error
        .problem()
        .filter(|p| p.code == Code::PlanChanged)
        .and_then(|p| p.plan_digest.clone())
}

/// What the Preview adds for the digest: asks for it as the selections
/// change, says so while it is checked, and turns a commit refused 412
/// into the drift notice (fetching the account and profiles again).
#[component]
pub(super) fn DigestStatus(w: W) -> impl IntoView {
    let lang = use_lang();
    let notice = use_context::<DriftNotice>().unwrap_or_else(DriftNotice::new);
    Effect::new(move |_| {
        if notice.0.with(Option::is_some) {
            return;
        }
        let request = w.draft.with(WizardDraft::request);
        w.digest.ask(request);
    });
    Effect::new(move |_| {
        // A commit refused 412, or a preview planned from a newer export
        // than the one this wizard shows.
        let refused = w
            .commit
            .with(|c| match c {
                super::commit::Commit::Failed(error) => plan_changed(error),
                _ => None,
            })
            .or_else(|| w.digest.other_export.get());
        if let Some(digest) = refused {
            notice.0.set(Some(Drifted {
                before: w.plan.get_untracked(),
                selections: w.draft.with_untracked(|d| selections_key(&d.request())),
                digest,
            }));
            // The account and profiles again, and the wizard made of them.
            notice.1.update(|n| *n = n.wrapping_add(1));
        }
    });
    let checking = Signal::derive(move || {
        notice.0.with(Option::is_none)
            && w.digest.failed.with(Option::is_none)
            && w.digest.blocker(w.draft).is_some()
    });
    let failed = Signal::derive(move || w.digest.failed.get());
    view! {
        <div id="pt-digest-status" tabindex="-1">
            <Show when=move || checking.get()>
                <crate::components::Spinner text=T::DigestChecking />
            </Show>
            {move || failed.get().map(|_| view! {
                <p class="pt-muted">{move || lang.text(T::DigestFailed)}</p>
            })}
            <crate::components::ProblemView error=failed />
        </div>
    }
}

/// The drift notice at the top of the Preview, while there is one.
#[component]
pub(super) fn DriftAlert(w: W) -> impl IntoView {
    let notice = use_context::<DriftNotice>().unwrap_or_else(DriftNotice::new);
    move || {
        notice
            .0
            .get()
            .map(|drifted| view! { <DriftView w notice drifted /> })
    }
}

/// The words of one drift item.
fn item_text(lang: crate::i18n::I18n, item: &DriftItem) -> String {
    match item {
        DriftItem::Added { name, region } => {
            lang.fill(T::DriftAdded, &[("name", name), ("region", region)])
        }
        DriftItem::Removed { name, region } => {
            lang.fill(T::DriftRemoved, &[("name", name), ("region", region)])
        }
        DriftItem::Details { name } => lang.fill(T::DriftDetails, &[("name", name)]),
        DriftItem::Solutions {
            name,
            before,
            after,
        } => lang.fill(
            T::DriftSolutions,
            &[("name", name), ("before", before), ("after", after)],
        ),
        DriftItem::Locations {
            name,
            before,
            after,
        } => lang.fill(
            T::DriftLocations,
            &[("name", name), ("before", before), ("after", after)],
        ),
        DriftItem::NotImported => lang.text(T::DriftNotImported),
        DriftItem::Errors => lang.text(T::DriftErrors),
    }
}

/// "What you are importing changed since you reviewed it": an alert that
/// takes the focus, what changed, and Review again.
#[component]
fn DriftView(w: W, notice: DriftNotice, drifted: Drifted) -> impl IntoView {
    let lang = use_lang();
    let items = Memo::new({
        let before = drifted.before.clone();
        move |_| w.plan.with(|after| drift(&before, after))
    });
    // After the wizard's own focus on its step heading: the alert takes it.
    Effect::new(move |_| browser::focus_first(vec!["pt-drift-notice".to_owned()]));
    let review = move |_| {
        let key = w.draft.with_untracked(|d| selections_key(&d.request()));
        if key == drifted.selections {
            w.digest
                .shown
                .set(Some(Shown::new(key, drifted.digest.clone())));
        }
        notice.0.set(None);
        browser::focus_soon("pt-step-heading".to_owned());
    };
    view! {
        <div class="pt-alert pt-alert-warning pt-drift" id="pt-drift-notice" role="alert" tabindex="-1"
            aria-labelledby="pt-drift-title">
            <p class="pt-alert-title" id="pt-drift-title">{move || lang.text(T::DriftTitle)}</p>
            {move || {
                let items = items.get();
                if items.is_empty() {
                    view! { <p>{lang.text(T::DriftNone)}</p> }.into_any()
                } else {
                    view! {
                        <p>{lang.text(T::DriftIntro)}</p>
                        <ul class="pt-list" id="pt-drift-list">
                            {items.iter().map(|item| view! { <li>{item_text(lang, item)}</li> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
            <button type="button" class="pt-button pt-button-primary" id="pt-drift-review" on:click=review>
                {move || lang.text(T::DriftReview)}
            </button>
        </div>
    }
}
