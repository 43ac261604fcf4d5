//! Account settings: the sections, of which Business profile is ours.

use crate::nav::A;
use leptos::prelude::*;

use crate::components::shell::{Crumbs, PageHeading};
use crate::i18n::{use_lang, T};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Crumbs trail=Signal::derive(move || vec![(lang.text(T::AccountSettings).to_owned(), None)]) />
        <PageHeading text=Signal::derive(move || lang.text(T::AccountSettings).to_owned()) />
        <p class="pt-lead">{move || lang.text(T::SettingsIntro)}</p>
        <div class="pt-grid-cards">
            <section class="pt-card">
                <h2 class="pt-card-title">
                    <A href=crate::nav::link(crate::paths::PROFILES)>{move || lang.text(T::BusinessProfile)}</A>
                </h2>
                <p class="pt-muted">{move || lang.text(T::BusinessProfileCardText)}</p>
            </section>
        </div>
    }
}
