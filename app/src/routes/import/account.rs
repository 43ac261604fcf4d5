//! Step 1: what the Pinpoint account holds, and what will not be imported.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::ApiError;
use crate::api::PinpointAccount;
use crate::components::{ProblemView, Spinner};
use crate::i18n::{use_lang, T};
use crate::nav::{use_navigate, A};
use crate::paths;
use crate::use_ctx;
use transition_domain::request::ImportRequest;

use super::frame::{StepButtons, StepHeading};
use super::state::W;

#[component]
pub(super) fn AccountStep(w: W) -> impl IntoView {
    let lang = use_lang();
    let export = w.export.get_value();
    let counts = [
        (T::BusinessProfiles, export.business_profiles.len()),
        (T::AppProfiles, export.app_profiles.len()),
        (T::ServiceProfiles, export.service_profiles.len()),
        (T::CustomerReferrals, export.referrals.len()),
        (T::CustomerReviews, export.customer_reviews.len()),
    ];
    let profiles: Vec<_> = export
        .business_profiles
        .iter()
        .map(|p| {
            let solutions = export.solutions_of(&p.id).count();
            (
                p.region.clone(),
                p.name.clone(),
                p.locations.len(),
                solutions,
            )
        })
        .collect();
    let company = export.account.company_name.clone();
    view! {
        <StepHeading w />
        <section class="pt-card">
            <h3 class="pt-card-title">{company}</h3>
            <p>{move || lang.text(T::AccountIntro)}</p>
            <p class="pt-subtitle">{move || lang.text(T::AccountHolds)}</p>
            <dl class="pt-stats">
                {counts
                    .into_iter()
                    .map(|(label, n)| view! {
                        <div class="pt-stat">
                            <dt>{move || lang.text(label)}</dt>
                            <dd>{n}</dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
            <ul class="pt-list">
                {profiles
                    .into_iter()
                    .map(|(region, name, locations, solutions)| view! {
                        <li>
                            <crate::components::RegionBadge code=region.to_string() />" "
                            <strong>{name}</strong>" — "
                            {move || lang.fill(T::ProfileCounts, &[("locations", &locations), ("solutions", &solutions)])}
                        </li>
                    })
                    .collect_view()}
            </ul>
        </section>
        <StepButtons w />
    }
}

/// A closed account does not enter the wizard. One this app imported
/// opens its results instead (browser Back from the results lands here);
/// another says so, with the server's own refusal (and its service centre
/// link), and leads back to the business profiles.
#[component]
pub(super) fn ClosedAccount(account: PinpointAccount) -> impl IntoView {
    let lang = use_lang();
    let ctx = use_ctx();
    if let Some(id) = account.import_id.clone() {
        let navigate = use_navigate();
        Effect::new(move |_| navigate(&paths::import_result(&id), true));
        return view! { <Spinner /> }.into_any();
    }
    let refusal = RwSignal::new(None::<ApiError>);
    let request = ImportRequest::everything(&account.export);
    spawn_local(async move {
        if let Err(error) = ctx.api().preview(&request).await {
            refusal.set(Some(error));
        }
    });
    view! {
        <Show when=move || refusal.with(Option::is_none)>
            <div class="pt-alert pt-alert-error" role="alert">
                <p class="pt-alert-title">{move || lang.text(T::AccountClosedStop)}</p>
            </div>
        </Show>
        <ProblemView error=refusal />
        <p>
            <A href=crate::nav::link(paths::PROFILES) attr:class="pt-button">
                {move || lang.text(T::BackToProfiles)}
            </A>
        </p>
    }
    .into_any()
}
