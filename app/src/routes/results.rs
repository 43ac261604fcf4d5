//! The import's results: what was created (with links), what was not and
//! why, and the notes the import kept.

use crate::nav::A;
use leptos::prelude::*;

use crate::components::not_imported::NotImportedView;
use crate::components::shell::{profile_trail, Crumbs, PageHeading};
use crate::data::{loaded, resource};
use crate::i18n::{ts, use_lang, T};
use crate::locale;
use crate::paths;
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
            let warnings = result.warnings.clone();
            let created_at = result.created_at.clone();
            let import_id = result.id.clone();
            view! {
                <div class="pt-alert pt-alert-success" role="status">
                    <p class="pt-alert-title">{move || {
                        lang.fill(T::ResultsIntro, &[("date", &locale::date(created_at.as_str(), lang.get()))])
                    }}</p>
                    <p class="pt-muted">{move || lang.fill(T::ImportId, &[("id", &import_id)])}</p>
                </div>
                <section class="pt-card" aria-labelledby="pt-created-title">
                    <h2 class="pt-card-title" id="pt-created-title">{move || lang.text(T::ResultsCreated)}</h2>
                    <ul class="pt-plain-list pt-created-list">
                        {result
                            .profiles
                            .into_iter()
                            .map(|p| {
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
                                            {move || lang.fill(T::ProfileSummary, &[("locations", &locations), ("solutions", &solutions)])}
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
                {(!warnings.is_empty()).then(|| view! {
                    <section class="pt-card">
                        <h2 class="pt-card-title">{move || lang.text(T::ResultsWarnings)}</h2>
                        <ul class="pt-list">
                            {warnings.into_iter().map(|w| view! { <li>{move || lang.with(|m| w.issue.message(m))}</li> }).collect_view()}
                        </ul>
                    </section>
                })}
                <NotImportedView not_imported=Signal::derive(move || not_imported.clone()) profile_names=Signal::derive(move || names.clone()) done=true />
                <div class="pt-actions">
                    <A href=crate::nav::link(paths::PROFILES) attr:class="pt-button pt-button-primary">{move || lang.text(T::BackToProfiles)}</A>
                    <A href=crate::nav::link(paths::REFERRALS) attr:class="pt-button">{move || lang.text(T::TabReferrals)}</A>
                </div>
            }
        })}
    }
}
