//! One page per route.

pub mod dashboard;
pub mod import;
pub mod new_profile;
pub mod profile;
pub mod profiles;
pub mod referrals;
pub mod results;
pub mod settings;

use leptos::prelude::*;

use crate::i18n::{tr, T};
use crate::nav::A;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div class="pt-card pt-empty">
            <h1 class="pt-title">{tr(T::NotFoundPage)}</h1>
            <A href=crate::nav::link(crate::paths::PROFILES)>{tr(T::BackToProfiles)}</A>
        </div>
    }
}
