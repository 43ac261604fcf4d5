//! Account settings: the sections, of which Business profile is ours, and
//! the partner's setting for imports from Pinpoint (issue 23): whether
//! they need a second admin, which an account or a global admin changes.

use crate::nav::A;
use leptos::prelude::*;
use transition_domain::wire::approvals::{PartnerSettings, SettingsView};

use crate::components::fields::CheckBox;
use crate::components::shell::{Crumbs, PageHeading};
use crate::components::status::{api_action, status_of, StatusLine};
use crate::components::{ProblemView, Spinner};
use crate::data::resource;
use crate::i18n::{ts, use_lang, T};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let lang = use_lang();
    let settings = resource(false, |api| async move { api.settings().await });
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
            <section class="pt-card" aria-labelledby="pt-approval-setting-title">
                <h2 class="pt-card-title" id="pt-approval-setting-title">{move || lang.text(T::ApprovalSettingTitle)}</h2>
                <Transition fallback=|| view! { <Spinner /> }>
                    {move || Suspend::new(async move {
                        match settings.await {
                            Ok(view) => view! { <ApprovalSetting view /> }.into_any(),
                            Err(error) => view! { <ProblemView error=Some(error) /> }.into_any(),
                        }
                    })}
                </Transition>
            </section>
        </div>
    }
}

/// "Imports need a second admin", saved as it is ticked.
#[component]
fn ApprovalSetting(view: SettingsView) -> impl IntoView {
    let lang = use_lang();
    let on = RwSignal::new(view.settings.imports_need_second_admin);
    let save = api_action(move |api, wanted: bool| async move {
        let now = api
            .set_settings(&PartnerSettings {
                imports_need_second_admin: wanted,
            })
            .await;
        // What the server has, whatever the answer.
        match &now {
            Ok(now) => on.set(now.settings.imports_need_second_admin),
            Err(_) => on.set(!wanted),
        }
        now.map(drop)
    });
    let locked = Signal::derive(move || !view.can_change || save.pending().get());
    view! {
        <p class="pt-muted" id="pt-approval-setting-help">{move || lang.text(T::ApprovalSettingHelp)}</p>
        <CheckBox
            id="pt-approval-setting"
            label=ts(T::ApprovalSettingLabel)
            checked=on
            on_change=Callback::new(move |wanted: bool| {
                on.set(wanted);
                save.dispatch(wanted);
            })
            disabled=locked
        />
        {(!view.can_change).then(|| view! {
            <p class="pt-muted" id="pt-approval-setting-locked">{move || lang.text(T::ApprovalSettingLocked)}</p>
        })}
        <StatusLine status=status_of(save) />
    }
}
