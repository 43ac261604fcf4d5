//! The import's results: a success message, what was created (with
//! links), when customers will find it, the referrals to download, what
//! was not carried over and why, and the import's id for support. Only
//! what happened is told: no zero counts, no list told twice.

mod receipt;

use crate::nav::A;
use leptos::prelude::*;

use crate::components::copy::CopyValue;
use crate::components::not_imported::{NotImportedView, ReferralDownloads};
use crate::components::shell::{profile_trail, Crumbs, PageHeading};
use crate::data::{loaded, resource};
use crate::i18n::{ts, use_lang, T};
use crate::locale;
use crate::paths;
use transition_domain::plan::NotImported;
use transition_domain::PinpointProfileId;

#[component]
pub fn ResultsPage(id: String) -> impl IntoView {
    let lang = use_lang();
    let id = Memo::new(move |_| id.clone());
    let result = resource(false, move |api| {
        let id = id.get();
        async move { api.import(&id).await }
    });
    view! {
        <Crumbs trail=Signal::derive(move || {
            profile_trail(lang, vec![(lang.text(T::ResultsTitle).to_owned(), None)])
        }) />
        <PageHeading text=ts(T::ResultsTitle) />
        {loaded(result, move |result| {
            let mut names: Vec<(PinpointProfileId, String)> = result
                .profiles
                .iter()
                .filter_map(|p| p.source_id.clone().map(|s| (s, p.name.to_string())))
                .collect();
            names.extend(result.not_imported.unselected_profiles.iter().map(|p| (PinpointProfileId::from(&p.id), p.name.clone())));
            let not_imported = result.not_imported.clone();
            let referrals = not_imported.referrals.count;
            let left_out = not_imported.anything_else();
            // The dropped tags and industries are named in the section of
            // what was not carried over: not repeated among the notes.
            let warnings: Vec<_> = result
                .warnings
                .iter()
                .filter(|w| !NotImported::names_issue(w.issue.code))
                .cloned()
                .collect();
            let created_at = result.created_at.clone();
            let count = result.profiles.len();
            // Imported on a second admin's approval: both names.
            let people = result.prepared_by.as_ref().map(|prepared| {
                let partner = result.actor.partner_id.as_str();
                (
                    prepared.name_or(partner).to_owned(),
                    result.actor.name_or(partner).to_owned(),
                )
            });
            view! {
                <div class="pt-alert pt-alert-success" role="status" id="pt-results-success">
                    <p class="pt-alert-title">{move || lang.fill(T::ResultsSuccess, &[("count", &count)])}</p>
                    <p>{move || {
                        lang.fill(T::ResultsIntro, &[("date", &locale::date(created_at.as_str(), lang.get()))])
                    }}</p>
                    {people.map(|(prepared, approved)| view! {
                        <p id="pt-results-approval">
                            {move || lang.fill(T::ResultsApproval, &[("prepared", &prepared), ("approved", &approved)])}
                        </p>
                    })}
                </div>
                <section class="pt-card" aria-labelledby="pt-created-title">
                    <h2 class="pt-card-title" id="pt-created-title">{move || lang.text(T::ResultsCreated)}</h2>
                    <ul class="pt-plain-list pt-created-list">
                        {result.profiles.into_iter().map(|p| created(lang, p)).collect_view()}
                    </ul>
                </section>
                <section class="pt-card" aria-labelledby="pt-next-title">
                    <h2 class="pt-card-title" id="pt-next-title">{move || lang.text(T::ResultsNextTitle)}</h2>
                    <p id="pt-search-delay">{move || lang.text(T::ResultsSearchDelay)}</p>
                </section>
                {(referrals > 0).then(|| view! { <ReferralsCard count=referrals /> })}
                {(!warnings.is_empty()).then(|| view! {
                    <section class="pt-card">
                        <h2 class="pt-card-title">{move || lang.text(T::ResultsWarnings)}</h2>
                        <ul class="pt-list">
                            {warnings.into_iter().map(|w| view! { <li>{move || lang.with(|m| w.issue.message(m))}</li> }).collect_view()}
                        </ul>
                    </section>
                })}
                {left_out.then(|| view! {
                    <NotImportedView not_imported=Signal::derive(move || not_imported.clone()) profile_names=Signal::derive(move || names.clone()) done=true />
                })}
                <receipt::ReceiptCard id=result.id.to_string() />
                <section class="pt-card pt-support">
                    <CopyValue label=ts(T::SupportImportId) value=result.id.to_string() id="pt-import-id" />
                </section>
                <div class="pt-actions">
                    <A href=crate::nav::link(paths::PROFILES) attr:class="pt-button pt-button-primary">{move || lang.text(T::BackToProfiles)}</A>
                </div>
            }
        })}
    }
}

/// One created business profile: its region, a link to it, and what it
/// holds (only the counts that are not zero).
fn created(lang: crate::i18n::I18n, p: transition_domain::model::BusinessProfile) -> impl IntoView {
    let name = p.name.to_string();
    let locations = p.locations.len();
    let solutions = p.solutions.len();
    view! {
        <li class="pt-created">
            <crate::components::RegionBadge code=p.region.to_string() />
            <A href=crate::nav::link(paths::profile(&p.id))>
                {move || lang.fill(T::OpenProfile, &[("name", &name)])}
            </A>
            <span class="pt-muted">
                {move || {
                    let mut parts = Vec::new();
                    if locations > 0 {
                        parts.push(lang.fill(T::ResultsLocations, &[("count", &locations)]));
                    }
                    if solutions > 0 {
                        parts.push(lang.fill(T::ResultsSolutions, &[("count", &solutions)]));
                    }
                    parts.join(" · ")
                }}
            </span>
        </li>
    }
}

/// The account's customer referrals, which an import never carries over:
/// the same downloads as the Customer referrals tab.
#[component]
fn ReferralsCard(count: usize) -> impl IntoView {
    let lang = use_lang();
    let account = resource(false, |api| async move { api.pinpoint_account().await });
    view! {
        <section class="pt-card" aria-labelledby="pt-results-referrals">
            <h2 class="pt-card-title" id="pt-results-referrals">{move || lang.text(T::CustomerReferrals)}</h2>
            <p>{move || lang.fill(T::ResultsReferralsText, &[("count", &count)])}</p>
            {loaded(account, move |account| {
                let referrals = Signal::derive(move || account.export.referrals.clone());
                view! { <ReferralDownloads referrals /> }
            })}
            <p>
                <A href=crate::nav::link(paths::REFERRALS)>{move || lang.text(T::TabReferrals)}</A>
            </p>
        </section>
    }
}
