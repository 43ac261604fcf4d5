//! The locations of a profile: each one edited, its solutions chosen,
//! deleted.

use leptos::prelude::*;
use transition_domain::field::FieldKey;
use transition_domain::input::AddressInput;
use transition_domain::model::Location;
use transition_domain::ops::{self, LocationPatch};
use transition_domain::validate::MAX_LOCATIONS;
use transition_domain::values::LocationName;
use transition_domain::{BusinessProfile, LocationId, ProfileId, SolutionId};

use crate::components::dialog::ConfirmDialog;
use crate::components::fields::{CheckGroup, FieldMessages, TextField};
use crate::components::profile_fields::Scoped;
use crate::edit::Choice;
use crate::fields::draft_field;
use crate::i18n::{ts, use_lang, T};
use crate::use_ctx;

use super::*;

use super::add_location::AddLocation;
use crate::components::location_fields::*;
use crate::components::status::*;

pub(super) fn address_text(a: &AddressInput) -> String {
    [
        Some(a.line1.clone()),
        a.line2.clone(),
        Some(format!("{} {}", a.postal_code, a.city)),
        Some(a.country.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

#[component]
pub(super) fn LocationsSection(profile: RwSignal<BusinessProfile>) -> impl IntoView {
    let lang = use_lang();
    let ids = Memo::new(move |_| {
        profile.with(|p| p.locations.iter().map(|l| l.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <p class="pt-lead">
            {move || lang.fill(T::LocationsLimit, &[("limit", &MAX_LOCATIONS), ("count", &ids.with(Vec::len))])}
        </p>
        <p class="pt-alert pt-alert-info" role="note">{move || lang.text(T::AddressImmutable)}</p>
        <For
            each=move || ids.get()
            key=|id| id.clone()
            children=move |lid| view! { <LocationCard profile lid /> }
        />
        <AddLocation profile />
    }
}

/// One location: rename (name, phone, email), its solutions, delete.
#[component]
pub(super) fn LocationCard(profile: RwSignal<BusinessProfile>, lid: LocationId) -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    let writable = can_write();
    let location = {
        let lid = lid.clone();
        Memo::new(move |_| profile.with(|p| p.location(&lid).cloned()))
    };
    let patch = RwSignal::new(LocationPatch::default());
    let action = api_action(
        move |api, (id, lid, body): (ProfileId, LocationId, LocationPatch)| async move {
            let updated = api.edit_location(&id, &lid, &body).await?;
            ctx.announce_profile_change(&updated.id);
            profile.set(updated);
            patch.set(LocationPatch::default());
            Ok(())
        },
    );
    let status = status_of(action);
    let outcome = {
        let lid = lid.clone();
        Memo::new(move |_| profile.with(|p| patch.with(|o| ops::edit_location(p, &lid, o))))
    };
    let key_of = move |path: &str| profile.with(|p| draft_field(path, &p.to_draft()));
    let issues = Signal::derive(move || outcome.with(|o| outcome_issues(o, key_of)));
    let scope = Scoped::new("p-loc", issues);
    let key = FieldKey::location(lid.as_str());
    let readonly_id = format!("{}-readonly", scope.id(&key));
    let readonly_of_solutions = readonly_id.clone();
    let value = move |get: fn(&Location, &LocationPatch) -> String| {
        Signal::derive(move || {
            location
                .with(|l| l.as_ref().map(|l| patch.with(|p| get(l, p))))
                .unwrap_or_default()
        })
    };
    let name = value(|l, p| p.name.clone().unwrap_or_else(|| l.name.to_string()));
    let phone = value(|l, p| match &p.phone {
        Some(v) => v.clone().unwrap_or_default(),
        None => l
            .phone
            .as_ref()
            .map(|x| x.as_str().to_owned())
            .unwrap_or_default(),
    });
    let email = value(|l, p| match &p.email {
        Some(v) => v.clone().unwrap_or_default(),
        None => l
            .email
            .as_ref()
            .map(|x| x.as_str().to_owned())
            .unwrap_or_default(),
    });
    let changed = Signal::derive(move || patch.with(|p| *p != LocationPatch::default()));
    let valid = Signal::derive(move || outcome.with(Result::is_ok));
    let display_name = Signal::derive(move || {
        location.with(|l| l.as_ref().map(|l| l.name.to_string()).unwrap_or_default())
    });
    let address = Signal::derive(move || {
        location.with(|l| {
            l.as_ref()
                .map(|l| address_text(&l.address.to_input()))
                .unwrap_or_default()
        })
    });

    let save = {
        let lid = lid.clone();
        move || {
            let id = profile.with_untracked(|p| p.id.clone());
            action.dispatch((id, lid.clone(), patch.get_untracked()));
        }
    };

    // Deleting: checked with ops::delete_location, then confirmed in a dialog.
    let deletion =
        Deletion::in_component(
            |api, id, item| async move { api.delete_location(&id, &item).await },
        );
    let delete = {
        let lid = lid.clone();
        move |_| {
            let lid = lid.clone();
            deletion.press(profile, lid.clone(), move |p| ops::delete_location(p, &lid));
        }
    };
    let delete_msgs = deletion.msgs();
    let delete_status = deletion.status();

    // The solutions this location markets: ops::set_location_solutions, PUT.
    let chosen = RwSignal::new(location.with_untracked(|l| {
        l.as_ref()
            .map(|l| l.solution_ids.clone())
            .unwrap_or_default()
    }));
    let solutions_action = api_action(
        move |api, (id, lid, ids): (ProfileId, LocationId, Vec<SolutionId>)| async move {
            let updated = api.set_location_solutions(&id, &lid, &ids).await?;
            ctx.announce_profile_change(&updated.id);
            profile.set(updated);
            Ok(())
        },
    );
    let solutions_status = status_of(solutions_action);
    let solutions_outcome = {
        let lid = lid.clone();
        Memo::new(move |_| {
            profile.with(|p| chosen.with(|c| ops::set_location_solutions(p, &lid, c)))
        })
    };
    let solutions_msgs = Signal::derive(move || {
        solutions_outcome.with(|o| match o {
            Ok(_) => vec![],
            Err(error) => error
                .issues()
                .iter()
                .map(|i| crate::components::Msg::of(i, lang))
                .collect(),
        })
    });
    let choices = Signal::derive(move || {
        profile.with(|p| {
            chosen.with(|c| {
                p.solutions
                    .iter()
                    .map(|s| Choice {
                        key: s.id.to_string(),
                        label: s.name.to_string(),
                        checked: c.contains(&s.id),
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let solutions_changed = Signal::derive(move || {
        location.with(|l| {
            l.as_ref()
                .map(|l| l.solution_ids.clone())
                .unwrap_or_default()
        }) != chosen.get()
    });
    let save_solutions = {
        let lid = lid.clone();
        move |_| {
            if solutions_outcome.with_untracked(Result::is_err) {
                return;
            }
            let id = profile.with_untracked(|p| p.id.clone());
            solutions_action.dispatch((id, lid.clone(), chosen.get_untracked()));
        }
    };
    let has_solutions = Signal::derive(move || profile.with(|p| !p.solutions.is_empty()));
    let save = StoredValue::new(save);
    let group_id = scope.id(&key.sub("solutions"));
    view! {
        <section class="pt-card" id=scope.id(&key) tabindex="-1">
            <div class="pt-card-head">
                <h2 class="pt-card-title">{display_name}</h2>
            </div>
            <p class="pt-address">
                <span class="pt-muted">{address}</span>
            </p>
            <form on:submit=move |ev| {
                ev.prevent_default();
                if changed.get_untracked() && valid.get_untracked() {
                    save.with_value(|f| f());
                }
            }>
                <div class="pt-grid-3">
                    <TextField
                        id=scope.id(&key.sub("name"))
                        label=ts(T::FieldLocationName)
                        value=name
                        on_input=Callback::new(move |v| { action.clear(); patch.update(|p| p.name = Some(v)) })
                        msgs=scope.msgs(&key.sub("name"))
                        limit=LocationName::MAX_CHARS
                        required=true
                    />
                    <TextField
                        id=scope.id(&key.sub("phone"))
                        label=ts(T::FieldPhone)
                        value=phone
                        on_input=Callback::new(move |v| { action.clear(); patch.update(|p| p.phone = Some(optional(v))) })
                        msgs=scope.msgs(&key.sub("phone"))
                        input_type="tel"
                        optional=true
                    />
                    <TextField
                        id=scope.id(&key.sub("email"))
                        label=ts(T::FieldEmail)
                        value=email
                        on_input=Callback::new(move |v| { action.clear(); patch.update(|p| p.email = Some(optional(v))) })
                        msgs=scope.msgs(&key.sub("email"))
                        input_type="email"
                        optional=true
                    />
                </div>
                <FieldMessages msgs=scope.msgs_exact(&key) />
                <div class="pt-actions">
                    <button
                        type="submit"
                        class="pt-button pt-button-primary"
                        disabled=move || !writable || !changed.get() || !valid.get() || status.get() == Status::Busy
                        aria-describedby=readonly_id.clone()
                    >
                        {move || lang.fill(T::SaveLocationNamed, &[("name", &display_name.get())])}
                    </button>
                </div>
                <StatusLine status />
            </form>
            <Show when=move || has_solutions.get()>
                <CheckGroup
                    id=group_id.clone()
                    legend=ts(T::MarketsHeading)
                    choices
                    on_toggle=Callback::new(move |(sid, on): (String, bool)| {
                        solutions_action.clear();
                        chosen.update(|c| {
                            c.retain(|x| **x != *sid);
                            if on {
                                c.push(sid.into());
                            }
                        });
                    })
                    msgs=solutions_msgs
                />
                <div class="pt-actions">
                    <button
                        type="button"
                        class="pt-button"
                        disabled=move || !writable || !solutions_changed.get() || solutions_status.get() == Status::Busy
                        aria-describedby=readonly_of_solutions.clone()
                        on:click=save_solutions.clone()
                    >
                        {move || lang.fill(T::SaveSolutions, &[("name", &display_name.get())])}
                    </button>
                </div>
                <StatusLine status=solutions_status />
            </Show>
            <div class="pt-actions pt-danger-zone">
                <button
                    type="button"
                    class="pt-button pt-button-danger-outline"
                    aria-describedby=format!("{}-del {readonly_id}", scope.id(&key))
                    disabled=move || !writable || delete_status.get() == Status::Busy
                    on:click=delete
                >
                    {move || lang.fill(T::DeleteLocationNamed, &[("name", &display_name.get())])}
                </button>
                <ConfirmDialog
                    id=format!("{}-confirm", scope.id(&key))
                    open=deletion.confirm
                    title=Signal::derive(move || lang.fill(T::DeleteLocationTitle, &[("name", &display_name.get())]))
                    text=Signal::derive(move || lang.text(T::DeleteLocationText).to_owned())
                    confirm=Signal::derive(move || lang.text(T::DeleteAction).to_owned())
                    on_confirm=Callback::new(move |()| deletion.confirmed())
                />
                <div id=format!("{}-del", scope.id(&key))>
                    <FieldMessages msgs=delete_msgs />
                </div>
            </div>
            <StatusLine status=delete_status busy=T::Deleting />
            <ReadOnlyReason id=readonly_id.clone() />
        </section>
    }
}
