//! Dashboard: the partner at a glance, and the way to the business profile.

use crate::nav::A;
use leptos::prelude::*;

use crate::components::shell::{Crumbs, PageHeading};
use crate::components::{ProblemView, Spinner};
use crate::data::me_of;
use crate::i18n::{use_lang, T};

#[component]
pub fn DashboardPage() -> impl IntoView {
    let lang = use_lang();
    let me = crate::use_me().0;
    view! {
        <Crumbs trail=Signal::derive(Vec::new) />
        <PageHeading text=Signal::derive(move || lang.text(T::Dashboard).to_owned()) />
        <Transition fallback=|| view! { <Spinner /> }>
            {move || Suspend::new(async move {
                match me_of(me.await) {
                    Err(error) => view! { <ProblemView error=Some(error) /> }.into_any(),
                    Ok(me) => {
                        let status = me.pinpoint_account.as_ref().map(|a| a.status);
                        let company = me.display_name().to_owned();
                        let person = me.person.as_ref().map(|p| p.display_name().to_owned());
                        view! {
                            <div class="pt-grid-cards">
                                <section class="pt-card">
                                    <h2 class="pt-card-title">
                                        {move || lang.fill(T::Welcome, &[("company", &company)])}
                                    </h2>
                                    <p class="pt-muted">
                                        {move || lang.fill(T::PartnerId, &[("id", &me.partner_id)])}
                                    </p>
                                    {person.map(|person| view! {
                                        <p id="pt-signed-in-person">
                                            {move || lang.fill(T::SignedInPerson, &[("person", &person)])}
                                        </p>
                                    })}
                                    {me.csp.then(|| view! {
                                        <span class="pt-badge">{move || lang.text(T::CspMember)}</span>
                                    })}
                                </section>
                                <section class="pt-card">
                                    <h2 class="pt-card-title">{move || lang.text(T::BusinessProfile)}</h2>
                                    <p>
                                        {move || match status {
                                            Some(transition_domain::export::AccountStatus::Active) => lang.text(T::DashboardPinpointActive),
                                            Some(_) => lang.text(T::DashboardPinpointClosed),
                                            None => lang.text(T::DashboardNoPinpoint),
                                        }}
                                    </p>
                                    <A href=crate::nav::link(crate::paths::PROFILES) attr:class="pt-button pt-button-primary">
                                        {move || lang.text(T::GoToBusinessProfile)}
                                    </A>
                                </section>
                            </div>
                        }
                        .into_any()
                    }
                }
            })}
        </Transition>
    }
}
