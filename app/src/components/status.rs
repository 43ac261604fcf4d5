//! The state of a save or a delete, shown in place, and deleting after a
//! confirmation dialog.

use leptos::prelude::*;
use transition_domain::ops::Outcome;
use transition_domain::{BusinessProfile, Issue, ProfileId};

use crate::api::ApiError;
use crate::components::{ProblemView, Spinner};
use crate::i18n::{use_lang, T};
use crate::use_ctx;

/// The state of a save or a delete.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Idle,
    Busy,
    Done,
    Failed(ApiError),
}

/// A save, delete or commit: a Leptos action over the API as the signed-in
/// user. Its input is what to send; it answers the server's reply.
pub type ApiAction<I, O> = Action<I, Result<O, ApiError>>;

/// An action that runs `run(api, input)` (the page's own follow-up, such
/// as showing the saved profile, goes inside `run`).
pub fn api_action<I, O, Fut>(run: impl Fn(crate::api::Api, I) -> Fut + 'static) -> ApiAction<I, O>
where
    I: Clone + Send + Sync + 'static,
    O: Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<O, ApiError>> + 'static,
{
    let ctx = use_ctx();
    Action::new_unsync(move |input: &I| run(ctx.api(), input.clone()))
}

/// What an action's status line shows: busy while it runs, then done or
/// why it failed, nothing once cleared (`action.clear()`, when the partner
/// edits again).
pub fn status_of<I, O>(action: ApiAction<I, O>) -> Signal<Status>
where
    I: Send + Sync + 'static,
    O: Send + Sync + 'static,
{
    Signal::derive(move || {
        if action.pending().get() {
            return Status::Busy;
        }
        action.value().with(|value| match value {
            None => Status::Idle,
            Some(Ok(_)) => Status::Done,
            Some(Err(error)) => Status::Failed(error.clone()),
        })
    })
}

/// A status whose success shows nothing in place: what was deleted is
/// gone, what was created opens on its own page.
pub fn silent_when_done(status: Signal<Status>) -> Signal<Status> {
    Signal::derive(move || match status.get() {
        Status::Done => Status::Idle,
        other => other,
    })
}

/// Deleting after a confirmation. A press on Delete is first checked by
/// the domain (`check`: the same operation the server applies), then opens
/// the confirmation dialog ([`crate::components::dialog::ConfirmDialog`]
/// over `confirm`); only its confirming button sends the request, and the
/// page then reloads the profile (a version bump refetches it).
/// `I` is the id of what is deleted ([`LocationId`], [`SolutionId`]).
///
/// [`LocationId`]: transition_domain::LocationId
/// [`SolutionId`]: transition_domain::SolutionId
pub struct Deletion<I: 'static> {
    /// (profile id, id of what is deleted).
    action: ApiAction<(ProfileId, I), ()>,
    /// The confirmation dialog is open.
    pub confirm: RwSignal<bool>,
    /// What the open dialog would delete.
    pending: StoredValue<Option<(ProfileId, I)>>,
    issues: RwSignal<Vec<Issue>>,
}

impl<I: 'static> Clone for Deletion<I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static> Copy for Deletion<I> {}

impl<I: Clone + Send + Sync + 'static> Deletion<I> {
    /// Made while the component is built: `send(api, profile id, item id)`
    /// deletes.
    pub fn in_component<Fut>(
        send: impl Fn(crate::api::Api, ProfileId, I) -> Fut + Clone + 'static,
    ) -> Deletion<I>
    where
        Fut: std::future::Future<Output = Result<(), ApiError>> + 'static,
    {
        let ctx = use_ctx();
        let action = api_action(move |api, (id, item): (ProfileId, I)| {
            let send = send.clone();
            async move {
                send(api, id.clone(), item).await?;
                ctx.announce_profile_change(&id);
                ctx.bump();
                Ok(())
            }
        });
        Deletion {
            action,
            confirm: RwSignal::new(false),
            pending: StoredValue::new(None),
            issues: RwSignal::new(Vec::new()),
        }
    }

    /// Busy while deleting, or why it failed (a deleted item is gone: no
    /// "done").
    pub fn status(self) -> Signal<Status> {
        silent_when_done(status_of(self.action))
    }

    /// A press on Delete for `item` of `profile`: the domain's refusal,
    /// or the confirmation dialog.
    pub fn press(
        self,
        profile: RwSignal<BusinessProfile>,
        item: I,
        check: impl FnOnce(&BusinessProfile) -> Outcome,
    ) {
        if let Err(error) = profile.with_untracked(check) {
            self.issues.set(error.into_issues());
            return;
        }
        self.issues.set(Vec::new());
        self.pending
            .set_value(Some((profile.with_untracked(|p| p.id.clone()), item)));
        self.confirm.set(true);
    }

    /// The dialog's confirmation: deletes what the press asked for.
    pub fn confirmed(self) {
        if let Some(pending) = self.pending.try_update_value(Option::take).flatten() {
            self.action.dispatch(pending);
        }
    }

    /// Why the domain refused the deletion, in the page's language.
    pub fn msgs(self) -> Signal<Vec<crate::components::Msg>> {
        let lang = use_lang();
        let issues = self.issues;
        Signal::derive(move || {
            issues.with(|list| {
                list.iter()
                    .map(|i| crate::components::Msg::of(i, lang))
                    .collect::<Vec<_>>()
            })
        })
    }
}

/// Whether the partner's role may change things (`Me::can_write`): given
/// as context by the pages that show change controls. The server refuses
/// a read-only role's changes anyway; this is so that no control invites
/// one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CanWrite(pub bool);

/// True unless a page said the role reads only.
pub fn can_write() -> bool {
    use_context::<CanWrite>().is_none_or(|c| c.0)
}

/// Beside disabled change controls: why, for a read-only role (nothing
/// otherwise). `id` lets the controls point to it (`aria-describedby`).
#[component]
pub fn ReadOnlyReason(#[prop(into)] id: String) -> impl IntoView {
    let lang = use_lang();
    (!can_write()).then(|| {
        view! { <p class="pt-muted pt-readonly-reason" id=id>{move || lang.text(T::ReadOnlyReason)}</p> }
    })
}

/// The progress and result of a save, in place.
#[component]
pub fn StatusLine(
    #[prop(into)] status: Signal<Status>,
    #[prop(optional)] busy: Option<T>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="pt-status" aria-live="polite">
            {move || match status.get() {
                Status::Busy => view! { <Spinner text=busy.unwrap_or(T::Saving) /> }.into_any(),
                Status::Done => view! { <p class="pt-ok-text">{lang.text(T::Saved)}</p> }.into_any(),
                Status::Failed(error) => view! { <ProblemView error=Some(error) /> }.into_any(),
                Status::Idle => ().into_any(),
            }}
        </div>
    }
}
