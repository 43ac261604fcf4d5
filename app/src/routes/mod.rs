//! One page per route.

pub mod dashboard;
pub mod import;
pub mod new_profile;
pub mod profile;
pub mod profiles;
pub mod referrals;
pub mod results;
pub mod settings;

use std::future::Future;

use crate::nav::A;
use leptos::prelude::*;

use crate::api::{Api, ApiError, Me};
use crate::components::{ProblemView, Spinner};
use crate::i18n::{tr, T};
use crate::use_ctx;

/// Data for a page, reloaded when the signed-in user changes and, if
/// `follow_changes`, after every change the app makes.
pub fn resource<T, Fut>(
    follow_changes: bool,
    fetch: impl Fn(Api) -> Fut + 'static,
) -> LocalResource<Result<T, ApiError>>
where
    T: 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let ctx = use_ctx();
    LocalResource::new(move || {
        ctx.identity.track();
        if follow_changes {
            ctx.version.track();
        }
        fetch(ctx.api())
    })
}

/// The signed-in partner, as `GET /me` answered.
pub fn me_of(loaded: Option<Result<Me, ApiError>>) -> Result<Me, ApiError> {
    loaded.unwrap_or_else(|| Err(ApiError::Network(String::new())))
}

/// Shows `render(data)` once `data` has loaded, a spinner meanwhile, and
/// the problem if loading failed.
pub fn loaded<T, V>(
    data: LocalResource<Result<T, ApiError>>,
    render: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    view! {
        <Transition fallback=|| view! { <Spinner /> }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(value) => render(value).into_any(),
                        Err(error) => view! { <ProblemView error=Some(error) /> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div class="pt-card pt-empty">
            <h1 class="pt-title">{tr(T::NotFoundPage)}</h1>
            <A href=crate::paths::link(crate::paths::PROFILES)>{tr(T::BackToProfiles)}</A>
        </div>
    }
}
