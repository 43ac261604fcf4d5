//! Adding a location to a profile.

use leptos::prelude::*;
use transition_domain::field::{FieldKey, NEW_LOCATION_ID};
use transition_domain::ops::{self, NewLocation};
use transition_domain::{BusinessProfile, ProfileId};

use crate::components::common::IssueSummary;
use crate::components::fields::FieldMessages;
use crate::components::profile_fields::Scoped;
use crate::fields::profile_field;
use crate::i18n::{use_lang, T};
use crate::use_ctx;

use super::*;

use crate::components::location_fields::*;
use crate::components::status::*;

/// Adds a location: checked with `ops::add_location`, sent with POST.
#[component]
pub(super) fn AddLocation(profile: RwSignal<BusinessProfile>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    let writable = can_write();
    let value = RwSignal::new(NewLocation::default());
    let touched = RwSignal::new(false);
    let action = api_action(
        move |api, (id, body): (ProfileId, transition_domain::ops::NewLocation)| async move {
            let updated = api.add_location(&id, &body).await?;
            ctx.announce_profile_change(&updated.id);
            profile.set(updated);
            value.set(NewLocation::default());
            touched.set(false);
            ctx.bump();
            Ok(())
        },
    );
    let status = status_of(action);
    let outcome = Memo::new(move |_| {
        profile.with(|p| value.with(|l| ops::add_location(p, l, NEW_LOCATION_ID.into())))
    });
    let issues = Signal::derive(move || {
        if !touched.get() {
            return vec![];
        }
        let n = profile.with(|p| p.locations.len());
        outcome.with(|o| {
            outcome_issues(o, |path| {
                profile.with(|p| {
                    profile_field(
                        path.trim_start_matches('/'),
                        |k| {
                            if k == n {
                                Some(NEW_LOCATION_ID.into())
                            } else {
                                p.locations.get(k).map(|l| l.id.clone())
                            }
                        },
                        |k| p.solutions.get(k).map(|s| s.id.clone()),
                    )
                })
            })
        })
    });
    let scope = Scoped::new("p-add", issues);
    let valid = Signal::derive(move || outcome.with(Result::is_ok));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        touched.set(true);
        if !valid.get_untracked() {
            crate::browser::focus_first(vec!["pt-add-location-issues".into()]);
            return;
        }
        let id = profile.with_untracked(|p| p.id.clone());
        action.dispatch((id, value.get_untracked()));
    };
    view! {
        <section class="pt-card" aria-labelledby="pt-add-location-title">
            <h2 class="pt-card-title" id="pt-add-location-title">{move || lang.text(T::AddLocation)}</h2>
            <form on:submit=submit>
                <LocationFields scope key=FieldKey::new_location() value on_change=Callback::new(move |()| { touched.set(true); action.clear(); }) />
                <FieldMessages msgs=scope.msgs_exact(&FieldKey::Locations) />
                <div id="pt-add-location-issues" tabindex="-1">
                    <IssueSummary id="pt-add-location-summary" items=summary_of(scope) />
                </div>
                <div class="pt-actions">
                    <button type="submit" class="pt-button pt-button-primary" aria-describedby="pt-add-location-readonly"
                        disabled=move || !writable || status.get() == Status::Busy>
                        {move || lang.text(T::AddLocation)}
                    </button>
                </div>
                <ReadOnlyReason id="pt-add-location-readonly" />
                <StatusLine status />
            </form>
        </section>
    }
}
