//! Steps 3 to 5, one profile at a time: the switcher between the chosen
//! profiles, and step 3 (the profile's fields).

use crate::nav::A;
use leptos::prelude::*;
use transition_domain::validate::MAX_LOCATIONS;
use transition_domain::PinpointProfileId;

use crate::components::common::IssueSummary;
use crate::components::profile_fields::{ProfileFields, Section};
use crate::edit::Edit;
use crate::i18n::{use_lang, T};
use crate::paths;
use crate::wizard::{profile_reviewed, Step};

use super::state::W;

use super::frame::{ErrorBadge, ReviewedMark, StepButtons, StepHeading};
use super::locations::LocationsForm;
use super::solutions::SolutionsForm;

/// The chosen profiles as tabs, each with ✓ once its three steps are
/// reviewed and an error count while errors remain.
#[component]
pub(super) fn ProfileSwitcher(w: W) -> impl IntoView {
    let lang = use_lang();
    view! {
        <nav
            class="pt-tabs pt-profile-tabs"
            aria-label=move || lang.text(T::ProfilePicker)
            inert=move || w.running().then_some("")
        >
            {move || {
                let chosen = w.draft.with(|d| d.chosen.clone());
                let step = w.step.get();
                let current = w.profile.get();
                chosen
                    .into_iter()
                    .map(|id| {
                        let selected = current.as_deref() == Some(id.as_str());
                        let name = w.profile_name(&id);
                        let region = w
                            .export
                            .with_value(|e| e.profile(&id).map(|(_, p)| p.region.clone()))
                            .unwrap_or_default();
                        let (for_errors, for_review) = (id.clone(), id.clone());
                        let errors = Signal::derive(move || w.error_count(&for_errors));
                        let reviewed = move || {
                            errors.get() == 0
                                && w.draft.with(|d| profile_reviewed(&d.reviewed, &for_review))
                        };
                        view! {
                            <A
                                href=crate::nav::link(paths::import(step, Some(&id)))
                                attr:class=if selected { "pt-tab pt-tab-selected" } else { "pt-tab" }
                                attr:aria-current=selected.then_some("page")
                            >
                                <crate::components::RegionBadge code=region.to_string() />" "{name}
                                {move || reviewed().then(|| view! { " "<ReviewedMark /> })}
                                <ErrorBadge count=errors />
                            </A>
                        }
                    })
                    .collect_view()
            }}
        </nav>
    }
}

/// Edit, Solutions or Locations, for one profile.
#[component]
pub(super) fn ProfileStep(w: W, step: Step, id: PinpointProfileId) -> impl IntoView {
    let lang = use_lang();
    let intro = match step {
        Step::Edit => Signal::derive(move || lang.text(T::EditIntro).to_owned()),
        Step::Solutions => Signal::derive(move || lang.text(T::SolutionsIntro).to_owned()),
        _ => Signal::derive(move || lang.fill(T::LocationsIntro, &[("limit", &MAX_LOCATIONS)])),
    };
    let body = match step {
        Step::Edit => view! { <EditForm w id=id.clone() /> }.into_any(),
        Step::Solutions => view! { <SolutionsForm w id=id.clone() /> }.into_any(),
        _ => view! { <LocationsForm w id=id.clone() /> }.into_any(),
    };
    view! {
        <StepHeading w />
        <p class="pt-lead">{intro}</p>
        <ProfileSwitcher w />
        <div class="pt-with-summary">
            <aside class="pt-summary-col">
                <IssueSummary id="pt-wizard-issues" items=w.summary(Some(id.clone())) />
            </aside>
            // A read-only user sees every field, disabled, with the reason.
            <fieldset
                class="pt-form-col pt-bare"
                disabled=!w.can_write
                aria-describedby=(!w.can_write).then_some("pt-read-only-notice")
            >
                {body}
            </fieldset>
        </div>
        <StepButtons w />
    }
}

#[component]
pub(super) fn EditForm(w: W, id: PinpointProfileId) -> impl IntoView {
    let lang = use_lang();
    let planned = w.planned(id.clone());
    let draft = Signal::derive(move || planned.get().unwrap_or_default());
    let scope = w.scoped(id.clone());
    let on_edit = Callback::new(move |edit: Edit| {
        w.draft.update(|d| d.edit_overrides(&id, |o| edit.apply(o)));
    });
    Section::ALL
        .into_iter()
        .map(|section| {
            view! {
                <section class="pt-card">
                    <h3 class="pt-card-title">{move || lang.text(section.title())}</h3>
                    <ProfileFields section scope draft on_edit />
                </section>
            }
        })
        .collect_view()
}
