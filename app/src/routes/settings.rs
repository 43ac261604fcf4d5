//! Account settings: the sections, of which Business profile is ours.

use crate::nav::A;
use leptos::prelude::*;

use crate::components::shell::{Crumbs, PageHeading};
use crate::i18n::{use_lang, T};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Crumbs trail=Signal::derive(move || vec![(T::AccountSettings.text(lang.get()).to_owned(), None)]) />
        <PageHeading text=Signal::derive(move || T::AccountSettings.text(lang.get()).to_owned()) />
        <p class="pt-lead">{move || T::SettingsIntro.text(lang.get())}</p>
        <div class="pt-grid-cards">
            <section class="pt-card">
                <h2 class="pt-card-title">
                    <A href=crate::paths::link(crate::paths::PROFILES)>{move || T::BusinessProfile.text(lang.get())}</A>
                </h2>
                <p class="pt-muted">{move || T::BusinessProfileCardText.text(lang.get())}</p>
            </section>
        </div>
    }
}
