//! The frame of the business profile page: breadcrumbs, heading (for
//! screen readers only inside a host, whose page has its own), and the
//! Profiles and Customer referrals tabs.

use leptos::prelude::*;

use crate::components::shell::{profile_trail, Crumbs, LinkTabs, PageHeading};
use crate::i18n::{use_lang, T};
use crate::paths;

/// The two tabs of the business profile page.
pub fn tabs(lang: crate::i18n::I18n, selected: usize) -> Vec<(String, String, bool)> {
    vec![
        (
            lang.text(T::TabProfiles).to_owned(),
            paths::PROFILES.to_owned(),
            selected == 0,
        ),
        (
            lang.text(T::TabReferrals).to_owned(),
            paths::REFERRALS.to_owned(),
            selected == 1,
        ),
    ]
}

/// The page's frame: breadcrumbs, heading, tabs.
#[component]
pub fn BusinessProfileFrame(selected: usize, children: Children) -> impl IntoView {
    let lang = use_lang();
    let ctx = crate::use_ctx();
    view! {
        <Crumbs trail=Signal::derive(move || {
            let mut trail = profile_trail(lang, vec![]);
            if let Some(last) = trail.last_mut() {
                last.1 = None;
            }
            trail
        }) />
        // Inside a host, its own page heading says "Business profile".
        <PageHeading
            text=Signal::derive(move || lang.text(T::BusinessProfile).to_owned())
            visually_hidden=Signal::derive(move || !ctx.chrome.get())
        />
        <LinkTabs
            label=Signal::derive(move || lang.text(T::BusinessProfile).to_owned())
            tabs=Signal::derive(move || tabs(lang, selected))
        />
        <div class="pt-tab-panel">{children()}</div>
    }
}
