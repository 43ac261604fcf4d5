//! The frame of the business profile page: breadcrumbs, heading, and the
//! Profiles and Customer referrals tabs.

use leptos::prelude::*;
use transition_domain::Lang;

use crate::components::shell::{profile_trail, Crumbs, LinkTabs, PageHeading};
use crate::i18n::{use_lang, T};
use crate::paths;

/// The two tabs of the business profile page.
pub fn tabs(lang: Lang, selected: usize) -> Vec<(String, String, bool)> {
    vec![
        (
            T::TabProfiles.text(lang).to_owned(),
            paths::PROFILES.to_owned(),
            selected == 0,
        ),
        (
            T::TabReferrals.text(lang).to_owned(),
            paths::REFERRALS.to_owned(),
            selected == 1,
        ),
    ]
}

/// The page's frame: breadcrumbs, heading, tabs.
#[component]
pub fn BusinessProfileFrame(selected: usize, children: Children) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Crumbs trail=Signal::derive(move || {
            let lang = lang.get();
            let mut trail = profile_trail(lang, vec![]);
            if let Some(last) = trail.last_mut() {
                last.1 = None;
            }
            trail
        }) />
        <PageHeading text=Signal::derive(move || T::BusinessProfile.text(lang.get()).to_owned()) />
        <LinkTabs
            label=Signal::derive(move || T::BusinessProfile.text(lang.get()).to_owned())
            tabs=Signal::derive(move || tabs(lang.get(), selected))
        />
        <div class="pt-tab-panel">{children()}</div>
    }
}
