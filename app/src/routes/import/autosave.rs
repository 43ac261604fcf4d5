//! The wizard's draft, saved on the server as the partner works: a second
//! after the last change, and at once on each step change; only when the
//! role writes. A save that finds another revision (another tab or
//! device saved meanwhile) opens the conflict dialog: load theirs, or keep
//! mine over theirs. The footer says where the draft stands
//! ([`DraftStatus`]). The rules of it all are `wizard::save`'s.

use std::time::Duration;

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ctx::Ctx;
use crate::i18n::{use_lang, T};
use crate::locale;
use crate::use_ctx;
use crate::wizard::save::{Next, SaveStatus, Saver};
use crate::wizard::{Place, WizardDraft};

use super::state::W;

/// How long after the last change a draft is saved.
const DEBOUNCE: Duration = Duration::from_secs(1);

/// Saves the draft as the partner works (only when the role writes).
pub(super) fn autosave(w: W) {
    if !w.can_write {
        return;
    }
    let ctx = use_ctx();
    Effect::new(move |previous: Option<Place>| {
        let place = w.place.get();
        let content = w.draft.with(|d| d.content(Some(place.clone())));
        // Opening the wizard is not a change.
        let Some(previous) = previous else {
            return place;
        };
        let saver = ArcRwSignal::from(w.saver);
        if previous != place {
            if let Some(generation) = saver.try_update(|s| s.moved(&content)).flatten() {
                save_if_due(&saver, ctx, generation);
            }
        } else if let Some(generation) = saver.try_update(|s| s.edited(&content)).flatten() {
            set_timeout(move || save_if_due(&saver, ctx, generation), DEBOUNCE);
        }
        place
    });
}

fn save_if_due(saver: &ArcRwSignal<Saver>, ctx: Ctx, generation: u64) {
    if saver.with_untracked(|s| s.due(generation)) {
        save_now(saver.clone(), ctx);
    }
}

/// Saves the draft as it is now, if a save may start. Only the saver is
/// read, by its reference-counted signal: it outlives the wizard's views
/// (a language switch draws them again), so a save under way or due is
/// never lost.
pub(super) fn save_now(saver: ArcRwSignal<Saver>, ctx: Ctx) {
    let Some(request) = saver.try_update(Saver::begin).flatten() else {
        return;
    };
    let api = ctx.api();
    spawn_local(async move {
        let outcome = api
            .save_draft(&request.content, request.revision.as_deref())
            .await;
        let next = saver.try_update(|s| s.finished(request.content, outcome));
        follow(saver, ctx, next.unwrap_or(Next::Nothing));
    });
}

fn follow(saver: ArcRwSignal<Saver>, ctx: Ctx, next: Next) {
    match next {
        Next::Nothing => {}
        Next::SaveNow => save_now(saver, ctx),
        Next::SaveIn(secs) => set_timeout(
            move || {
                saver.update(Saver::waited);
                save_now(saver, ctx);
            },
            Duration::from_secs(u64::from(secs)),
        ),
        Next::FetchTheirs => spawn_local(async move {
            match ctx.api().draft().await {
                Ok(theirs) => {
                    let next = saver.try_update(|s| s.current_is(theirs));
                    follow(saver, ctx, next.unwrap_or(Next::Nothing));
                }
                Err(_) => saver.update(Saver::failed),
            }
        }),
    }
}

/// Where the draft stands, in the footer (a live region), with a retry
/// when it was not saved.
#[component]
pub(super) fn DraftStatus(w: W) -> impl IntoView {
    let lang = use_lang();
    let ctx = use_ctx();
    let text = move || {
        w.saver.with(|s| match &s.status {
            SaveStatus::Idle => String::new(),
            SaveStatus::Pending | SaveStatus::Saving => lang.text(T::DraftSaving),
            SaveStatus::Saved { at } => lang.fill(
                T::DraftSavedAt,
                &[("time", &locale::time(at.as_str(), lang.get()))],
            ),
            SaveStatus::Waiting { secs } => lang.fill(T::DraftWaiting, &[("seconds", secs)]),
            SaveStatus::Failed | SaveStatus::Conflict { .. } => lang.text(T::DraftNotSaved),
        })
    };
    let failed = move || w.saver.with(|s| s.status == SaveStatus::Failed);
    w.can_write.then(|| {
        view! {
            <p class="pt-draft-status" id="pt-draft-status" role="status" aria-live="polite">{text}</p>
            <Show when=failed>
                <button type="button" class="pt-button pt-button-subtle" id="pt-draft-retry" on:click=move |_| save_now(ArcRwSignal::from(w.saver), ctx)>
                    {move || lang.text(T::DraftRetry)}
                </button>
            </Show>
        }
    })
}

/// The conflict: another tab or device saved this draft meanwhile. A
/// modal dialog (focus kept inside, returned after); Escape leaves the
/// draft not saved, and Try again asks again.
#[component]
pub(super) fn ConflictDialog(
    w: W,
    /// Who the other save names when it names no person (a draft saved
    /// before people were recorded): the company.
    name: String,
) -> impl IntoView {
    let lang = use_lang();
    let ctx = use_ctx();
    let dialog = NodeRef::<html::Dialog>::new();
    let open = Memo::new(move |_| {
        w.saver
            .with(|s| matches!(s.status, SaveStatus::Conflict { .. }))
    });
    crate::components::dialog::modal_while(dialog, move || open.get());
    let text = move || {
        w.saver.with(|s| match &s.status {
            SaveStatus::Conflict { theirs } => lang.fill(
                T::DraftConflictText,
                &[
                    ("name", &theirs.saved_by.name_or(&name)),
                    ("time", &locale::time(theirs.saved_at.as_str(), lang.get())),
                ],
            ),
            _ => String::new(),
        })
    };
    let load = move |_| {
        if let Some(theirs) = w.saver.try_update(Saver::load_theirs).flatten() {
            let (draft, _) = WizardDraft::from_content(theirs.content);
            w.draft.set(draft);
        }
    };
    let keep = move |_| {
        let next = w.saver.try_update(Saver::keep_mine);
        if next == Some(Next::SaveNow) {
            save_now(ArcRwSignal::from(w.saver), ctx);
        }
    };
    view! {
        <dialog
            node_ref=dialog
            id="pt-draft-conflict"
            class="pt-dialog"
            aria-labelledby="pt-draft-conflict-title"
            aria-describedby="pt-draft-conflict-text"
            on:close=move |_| w.saver.update(Saver::undecided)
        >
            <h2 id="pt-draft-conflict-title" class="pt-dialog-title">{move || lang.text(T::DraftConflictTitle)}</h2>
            <p id="pt-draft-conflict-text">{text}</p>
            <div class="pt-actions">
                <button type="button" class="pt-button pt-button-primary" id="pt-draft-load" autofocus on:click=load>
                    {move || lang.text(T::DraftLoadNewer)}
                </button>
                <button type="button" class="pt-button" id="pt-draft-keep" on:click=keep>
                    {move || lang.text(T::DraftKeepMine)}
                </button>
            </div>
        </dialog>
    }
}
