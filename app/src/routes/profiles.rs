//! Account settings → Business profile, tab Profiles: the partner's
//! business profiles, Import from Pinpoint, and (CSP partners) Create a new
//! business profile.

use crate::nav::A;
use leptos::prelude::*;

use crate::api::Me;
use crate::components::business_profile::BusinessProfileFrame;
use crate::components::{ProblemView, Spinner};
use crate::data::{me_of, resource};
use crate::i18n::{use_lang, T};
use crate::paths;
use transition_domain::wire::me::ImportEligibility;

#[component]
pub fn ProfilesPage() -> impl IntoView {
    let lang = use_lang();
    let me = crate::use_me().0;
    let profiles = resource(true, |api| async move { api.business_profiles().await });
    view! {
        <BusinessProfileFrame selected=0>
            <Transition fallback=|| view! { <Spinner /> }>
                {move || Suspend::new(async move {
                    let me = me_of(me.await);
                    let profiles = profiles.await;
                    match (me, profiles) {
                        (Err(error), _) | (_, Err(error)) => {
                            view! { <ProblemView error=Some(error) /> }.into_any()
                        }
                        (Ok(me), Ok(profiles)) => {
                            let empty = profiles.is_empty();
                            view! {
                                {(!me.can_write).then(|| view! {
                                    <div class="pt-alert pt-alert-info" role="note">
                                        {move || lang.text(T::ReadOnlyNotice)}
                                    </div>
                                })}
                                <p class="pt-lead">{move || lang.text(T::ProfilesIntro)}</p>
                                <Actions me=me.clone() />
                                <h2 class="pt-section-title">{move || lang.text(T::BusinessProfiles)}</h2>
                                {empty.then(|| view! {
                                    <p class="pt-card pt-empty">{move || lang.text(T::NoProfiles)}</p>
                                })}
                                <ul class="pt-grid-cards pt-plain-list">
                                    {profiles
                                        .into_iter()
                                        .map(|p| {
                                            let href = crate::nav::link(paths::profile(&p.id));
                                            let name = p.name.to_string();
                                            let region = p.region.to_string();
                                            let locations = p.locations.len();
                                            let solutions = p.solutions.len();
                                            let website = p.website.as_str().to_owned();
                                            view! {
                                                <li class="pt-card pt-profile-card">
                                                    <div class="pt-card-head">
                                                        <crate::components::RegionBadge code=region.clone() />
                                                        <h3 class="pt-card-title">
                                                            <A href=href.clone()>{name}</A>
                                                        </h3>
                                                    </div>
                                                    <p class="pt-muted pt-ellipsis">{website}</p>
                                                    <p>
                                                        {move || lang.fill(T::ProfileSummary,
                                                            &[("locations", &locations), ("solutions", &solutions)],
                                                        )}
                                                    </p>
                                                    <A href=href attr:class="pt-button">{move || lang.text(T::Manage)}</A>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                            .into_any()
                        }
                    }
                })}
            </Transition>
        </BusinessProfileFrame>
    }
}

/// Import from Pinpoint, as the account and the caller's role allow it
/// (the domain decides; nobody enters the wizard to learn they cannot
/// import), and Create a new business profile for CSP partners.
#[component]
fn Actions(me: Me) -> impl IntoView {
    let lang = use_lang();
    // One card whatever the case (one view, not five: the bundle's
    // weight): its text, and the link it offers, if any.
    // No step named: the wizard opens where the partner's saved draft
    // was, or at the first step.
    let start = crate::nav::link(paths::IMPORT);
    let (text, link) = match me.import_eligibility() {
        ImportEligibility::Open => (
            T::ImportFromPinpointText,
            Some((start, T::ImportFromPinpoint, "pt-import-start")),
        ),
        ImportEligibility::PreviewOnly => (
            T::ReadOnlyPreview,
            Some((start, T::PreviewImport, "pt-import-start")),
        ),
        ImportEligibility::Imported(id) => (
            T::ProfilesImported,
            Some((
                crate::nav::link(paths::import_result(id.as_str())),
                T::SeeImport,
                "pt-import-results",
            )),
        ),
        ImportEligibility::Closed => (T::ProfilesClosed, None),
        ImportEligibility::NoAccount => (T::DashboardNoPinpoint, None),
    };
    let open = text == T::ImportFromPinpointText;
    let help = (text == T::ProfilesClosed)
        .then_some(me.help_url.clone())
        .flatten();
    let import = view! {
        <section class="pt-card" class:pt-card-accent=open id="pt-import-card">
            <h2 class="pt-card-title">{move || lang.text(T::ImportFromPinpoint)}</h2>
            <p>{move || lang.text(text)}</p>
            {link.map(|(href, label, id)| view! {
                <A href=href attr:class=if open { "pt-button pt-button-primary" } else { "pt-button" } attr:id=id>
                    {move || lang.text(label)}
                </A>
            })}
            {help.map(|href| view! {
                <p><a class="pt-help-link" href=href target="_blank" rel="noopener">{move || lang.text(T::ServiceCentre)}</a></p>
            })}
        </section>
    };
    view! {
        <div class="pt-grid-cards">
            {import}
            {me.csp.then(|| view! {
                <section class="pt-card">
                    <h2 class="pt-card-title">{move || lang.text(T::CreateProfile)}</h2>
                    <p>{move || lang.text(T::CreateProfileText)}</p>
                    <A href=crate::nav::link(paths::NEW_PROFILE) attr:class="pt-button">{move || lang.text(T::CreateProfile)}</A>
                </section>
            })}
        </div>
    }
}
