//! The state of a save or a delete, shown in place, and deleting with a
//! second press to confirm.

use leptos::prelude::*;
use leptos::task::spawn_local;
use transition_domain::ops::Outcome;
use transition_domain::{BusinessProfile, Issue};

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

/// Deleting with a second press to confirm. Each press is first checked by
/// the domain (`check`: the same operation the server applies); the second
/// sends the request, and the page then reloads the profile (a version
/// bump refetches it).
#[derive(Clone, Copy)]
pub struct Deletion {
    ctx: crate::Ctx,
    pub status: RwSignal<Status>,
    pub confirm: RwSignal<bool>,
    issues: RwSignal<Vec<Issue>>,
}

impl Deletion {
    /// Made while the component is built (it reads the app's context).
    pub fn in_component() -> Deletion {
        Deletion {
            ctx: use_ctx(),
            status: RwSignal::new(Status::Idle),
            confirm: RwSignal::new(false),
            issues: RwSignal::new(Vec::new()),
        }
    }

    pub fn press<Fut>(
        self,
        profile: RwSignal<BusinessProfile>,
        check: impl FnOnce(&BusinessProfile) -> Outcome,
        send: impl FnOnce(crate::api::Api, String) -> Fut + 'static,
    ) where
        Fut: std::future::Future<Output = Result<(), ApiError>> + 'static,
    {
        if let Err(issues) = profile.with_untracked(check) {
            self.issues.set(issues);
            return;
        }
        self.issues.set(Vec::new());
        if !self.confirm.get_untracked() {
            self.confirm.set(true);
            return;
        }
        self.confirm.set(false);
        let ctx = self.ctx;
        let id = profile.with_untracked(|p| p.id.clone());
        self.status.set(Status::Busy);
        spawn_local(async move {
            match send(ctx.api(), id.clone()).await {
                Ok(()) => {
                    self.status.set(Status::Idle);
                    ctx.announce_profile_change(&id);
                    ctx.bump();
                }
                Err(e) => self.status.set(Status::Failed(e)),
            }
        });
    }

    /// Why the domain refused the deletion, in the page's language.
    pub fn msgs(self) -> Signal<Vec<crate::components::Msg>> {
        let lang = use_lang();
        let issues = self.issues;
        Signal::derive(move || {
            let lang = lang.get();
            issues.with(|list| {
                list.iter()
                    .map(|i| crate::components::Msg {
                        error: i.is_error(),
                        text: i.message(lang),
                    })
                    .collect::<Vec<_>>()
            })
        })
    }
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
                Status::Done => view! { <p class="pt-ok-text">{T::Saved.text(lang.get())}</p> }.into_any(),
                Status::Failed(error) => view! { <ProblemView error=Some(error) /> }.into_any(),
                Status::Idle => ().into_any(),
            }}
        </div>
    }
}
