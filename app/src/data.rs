//! Loading a page's data: a resource that follows the signed-in user (and
//! the app's changes), and its view while it loads or when it failed.

use std::future::Future;

use leptos::prelude::*;

use crate::api::{Api, ApiError, Me};
use crate::components::{ProblemView, Spinner};
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
