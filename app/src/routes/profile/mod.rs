//! A business profile after import: partner info, expertise, preferences,
//! locations and solutions, each edited with the domain's operations
//! (`transition_domain::ops`) checked live before anything is sent.

mod add_location;
mod fields;
mod locations;
mod solutions;

use leptos::prelude::*;
use transition_domain::field::FieldKey;
use transition_domain::ops::Outcome;
use transition_domain::{BusinessProfile, Issue, ProfileId};

use crate::components::common::SummaryItem;
use crate::components::profile_fields::{Scoped, Section};
use crate::components::shell::{profile_trail, Crumbs, LinkTabs, PageHeading};
use crate::components::status::CanWrite;
use crate::components::{ProblemView, Spinner};
use crate::data::{me_of, resource};
use crate::fields::targets;
use crate::i18n::{ts, use_lang, T};
use crate::paths;

use self::fields::FieldsSection;
use self::locations::LocationsSection;
use self::solutions::SolutionsSection;

/// The issues of an outcome (errors, or the warnings a change keeps),
/// each at its field key.
fn outcome_issues(outcome: &Outcome, key_of: impl Fn(&str) -> FieldKey) -> Vec<(FieldKey, Issue)> {
    let issues = match outcome {
        Ok(applied) => applied.warnings.as_slice(),
        Err(error) => error.issues(),
    };
    issues
        .iter()
        .map(|i| (key_of(&i.path), i.clone()))
        .collect()
}

#[component]
pub fn ProfilePage(id: ProfileId) -> impl IntoView {
    let me = crate::use_me().0;
    let id = Memo::new(move |_| id.clone());
    // Follows changes: every change bumps the version (and refetches `me`),
    // which rebuilds the view below, so the profile must be fetched again
    // too, or the rebuilt view would show the profile as it first loaded.
    let data = resource(true, move |api| {
        let id = id.get();
        async move { api.business_profile(&id).await }
    });
    let lang = use_lang();
    view! {
        <Transition fallback=|| view! { <Spinner /> }>
            {move || Suspend::new(async move {
                match (data.await, me_of(me.await)) {
                    (Err(e), _) if e.is_not_found() => view! {
                        <Crumbs trail=Signal::derive(move || profile_trail(lang, vec![])) />
                        <PageHeading text=ts(T::ProfileNotFound) />
                        <ProblemView error=Some(e) />
                    }
                    .into_any(),
                    (Err(e), _) | (_, Err(e)) => view! { <ProblemView error=Some(e) /> }.into_any(),
                    (Ok(profile), Ok(me)) => view! { <ProfileView profile can_write=me.can_write /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The sections of a profile's page, each a tab (`?section=…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileSection {
    Info,
    Expertise,
    Preferences,
    Locations,
    Solutions,
}

impl ProfileSection {
    pub const ALL: [ProfileSection; 5] = [
        ProfileSection::Info,
        ProfileSection::Expertise,
        ProfileSection::Preferences,
        ProfileSection::Locations,
        ProfileSection::Solutions,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProfileSection::Info => "info",
            ProfileSection::Expertise => "expertise",
            ProfileSection::Preferences => "preferences",
            ProfileSection::Locations => "locations",
            ProfileSection::Solutions => "solutions",
        }
    }

    /// The section a URL names; anything else is the first.
    pub fn parse(text: &str) -> ProfileSection {
        ProfileSection::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .unwrap_or(ProfileSection::Info)
    }

    fn title(self) -> T {
        match self {
            ProfileSection::Info => T::SectionInfo,
            ProfileSection::Expertise => T::SectionExpertise,
            ProfileSection::Preferences => T::SectionPreferences,
            ProfileSection::Locations => T::Locations,
            ProfileSection::Solutions => T::Solutions,
        }
    }
}

#[component]
fn ProfileView(profile: BusinessProfile, can_write: bool) -> impl IntoView {
    let lang = use_lang();
    provide_context(CanWrite(can_write));
    let section_query = crate::nav::query("section");
    let id = profile.id.clone();
    let profile = RwSignal::new(profile);
    let section =
        Memo::new(move |_| ProfileSection::parse(&section_query.get().unwrap_or_default()));
    let name = Memo::new(move |_| profile.with(|p| p.name.to_string()));
    let region = Memo::new(move |_| profile.with(|p| p.region.to_string()));
    let tabs = {
        let id = id.clone();
        Signal::derive(move || {
            ProfileSection::ALL
                .into_iter()
                .map(|s| {
                    (
                        lang.text(s.title()).to_owned(),
                        paths::profile_section(&id, s.as_str()),
                        section.get() == s,
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let source = profile.with_untracked(|p| p.source_id.clone());
    view! {
        <Crumbs trail=Signal::derive(move || profile_trail(lang, vec![(name.get(), None)])) />
        <div class="pt-title-row">
            <crate::components::RegionBadge code=region.get_untracked() large=true />
            <PageHeading text=name />
        </div>
        {source.map(|s| view! { <p class="pt-muted">{move || lang.fill(T::ImportedFrom, &[("id", &s)])}</p> })}
        {(!can_write).then(|| view! {
            <div class="pt-alert pt-alert-info" role="note">{move || lang.text(T::ReadOnlyNotice)}</div>
        })}
        <LinkTabs label=ts(T::BusinessProfile) tabs />
        <div class="pt-tab-panel">
            {move || match section.get() {
                ProfileSection::Locations => view! { <LocationsSection profile /> }.into_any(),
                ProfileSection::Solutions => view! { <SolutionsSection profile /> }.into_any(),
                ProfileSection::Expertise => view! { <FieldsSection profile section=Section::Expertise /> }.into_any(),
                ProfileSection::Preferences => view! { <FieldsSection profile section=Section::Preferences /> }.into_any(),
                ProfileSection::Info => view! { <FieldsSection profile section=Section::Info /> }.into_any(),
            }}
        </div>
    }
}

/// Summary items of a form's issues, each linking to its field.
fn summary_of(scope: Scoped) -> Signal<Vec<SummaryItem>> {
    Signal::derive(move || {
        let scope_name = scope.scope.get_value();
        scope.issues.with(|list| {
            list.iter()
                .map(|(field, issue)| SummaryItem {
                    group: None,
                    issue: issue.clone(),
                    context: None,
                    targets: targets(&scope_name, field),
                    href: None,
                })
                .collect()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_round_trip_through_the_url() {
        for section in ProfileSection::ALL {
            assert_eq!(ProfileSection::parse(section.as_str()), section);
        }
        assert_eq!(ProfileSection::parse("nope"), ProfileSection::Info);
    }
}
