//! Step 5: the locations of one profile. Each Pinpoint location can be
//! corrected (every field, the address included: it is fixed only once
//! imported) or left out, and new ones added, up to the limit of 5. The
//! domain checks every change live, on the field changed.

use leptos::prelude::*;
use transition_domain::field::FieldKey;
use transition_domain::ops::NewLocation;
use transition_domain::request::new_location_id;
use transition_domain::validate::MAX_LOCATIONS;
use transition_domain::PinpointProfileId;

use crate::components::fields::{CheckBox, CheckGroup, FieldMessages};
use crate::components::location_fields::LocationFields;
use crate::edit::Choice;
use crate::i18n::{ts, use_lang, T};

use super::state::W;

#[component]
pub(super) fn LocationsForm(w: W, id: PinpointProfileId) -> impl IntoView {
    let lang = use_lang();
    let scope = w.scoped(id.clone());
    let sources: Vec<(String, String)> = w.export.with_value(|e| {
        e.profile(&id)
            .map(|(_, p)| {
                p.locations
                    .iter()
                    .map(|l| (l.id.clone(), l.name.clone()))
                    .collect()
            })
            .unwrap_or_default()
    });
    let cards = sources
        .into_iter()
        .map(|(lid, name)| view! { <PinpointLocationCard w id=id.clone() lid name /> })
        .collect_view();

    let count = {
        let id = id.clone();
        Memo::new(move |_| {
            w.export
                .with_value(|e| w.draft.with(|d| d.location_count(e, &id)))
        })
    };
    let new_count = {
        let id = id.clone();
        Memo::new(move |_| w.draft.with(|d| d.new_locations(&id).len()))
    };
    // A removal renames the new locations after it (`+new-{n}`): their
    // cards are built again, from the draft.
    let generation = RwSignal::new(0_u32);
    let full = Signal::derive(move || count.get() >= MAX_LOCATIONS);
    let add_id = scope.id(&FieldKey::AddLocation);
    let add = {
        let id = id.clone();
        move |_| {
            let added = w
                .draft
                .try_update(|d| d.add_location(&id, NewLocation::default()))
                .flatten();
            if let Some(n) = added {
                crate::browser::focus_soon(
                    scope.id(&FieldKey::location(new_location_id(n)).sub("name")),
                );
            }
        }
    };
    let removed = Callback::new(move |()| {
        generation.update(|g| *g += 1);
        crate::browser::focus_soon(scope.id(&FieldKey::AddLocation));
    });
    let new_cards = move || {
        generation.track();
        (0..new_count.get())
            .map(|n| view! { <NewLocationCard w id=id.clone() n removed /> })
            .collect_view()
    };
    view! {
        <div id=scope.id(&FieldKey::Locations) tabindex="-1">
            <FieldMessages msgs=scope.msgs_exact(&FieldKey::Locations) />
        </div>
        {cards}
        {new_cards}
        <div class="pt-card">
            <p class="pt-muted" id=format!("{add_id}-limit")>
                {move || lang.fill(T::LocationsLimit, &[("limit", &MAX_LOCATIONS), ("count", &count.get())])}
            </p>
            <button
                type="button"
                class="pt-button"
                id=add_id.clone()
                aria-describedby=format!("{add_id}-limit")
                disabled=full
                on:click=add
            >
                {move || lang.text(T::AddLocation)}
            </button>
        </div>
    }
}

/// A Pinpoint location: imported or left out, and corrected.
#[component]
fn PinpointLocationCard(w: W, id: PinpointProfileId, lid: String, name: String) -> impl IntoView {
    let lang = use_lang();
    let scope = w.scoped(id.clone());
    let key = FieldKey::location(lid.as_str());
    let excluded = {
        let (id, lid) = (id.clone(), lid.clone());
        Signal::derive(move || w.draft.with(|d| d.is_location_excluded(&id, &lid)))
    };
    let include_label = {
        let name = name.clone();
        Signal::derive(move || lang.fill(T::ImportLocation, &[("name", &name)]))
    };
    let toggle = {
        let (id, lid) = (id.clone(), lid.clone());
        Callback::new(move |on: bool| w.draft.update(|d| d.set_location_excluded(&id, &lid, !on)))
    };
    let value = RwSignal::new(
        w.export
            .with_value(|e| w.draft.with_untracked(|d| d.location_value(e, &id, &lid)))
            .unwrap_or_default(),
    );
    let changed = {
        let (id, lid) = (id.clone(), lid.clone());
        Callback::new(move |()| {
            let location = value.get_untracked();
            w.export.with_value(|e| {
                w.draft
                    .update(|d| d.set_location_value(e, &id, &lid, &location))
            });
        })
    };
    let heading = Signal::derive(move || value.with(|l| l.name.clone()));
    view! {
        <section class="pt-card" id=scope.id(&key) tabindex="-1">
            <div class="pt-card-head">
                <h3 class="pt-card-title">{move || heading.get()}</h3>
            </div>
            <CheckBox
                id=scope.id(&key.sub("include"))
                label=include_label
                checked=Signal::derive(move || !excluded.get())
                on_change=toggle
                msgs=scope.msgs_exact(&key)
            />
            <div class:pt-hidden=move || excluded.get()>
                <p class="pt-muted">{move || lang.text(T::CorrectBeforeImport)}</p>
                <LocationFields scope key=key.clone() value on_change=changed />
                <Markets w id lid=lid.clone() />
            </div>
        </section>
    }
}

/// A location the partner adds.
#[component]
fn NewLocationCard(w: W, id: PinpointProfileId, n: usize, removed: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let scope = w.scoped(id.clone());
    let lid = new_location_id(n);
    let key = FieldKey::location(lid.as_str());
    let value: RwSignal<NewLocation> = RwSignal::new(
        w.draft
            .with_untracked(|d| d.new_locations(&id).get(n).cloned())
            .unwrap_or_default(),
    );
    let changed = {
        let id = id.clone();
        Callback::new(move |()| {
            let location = value.get_untracked();
            w.draft.update(|d| d.set_new_location(&id, n, location));
        })
    };
    let remove = {
        let id = id.clone();
        move |_| {
            w.draft.update(|d| d.remove_new_location(&id, n));
            removed.run(());
        }
    };
    let title = Signal::derive(move || lang.fill(T::NewLocationN, &[("n", &(n + 1))]));
    view! {
        <section class="pt-card" id=scope.id(&key) tabindex="-1">
            <div class="pt-card-head">
                <h3 class="pt-card-title">{move || title.get()}</h3>
                <button type="button" class="pt-button pt-button-subtle" on:click=remove>
                    {move || lang.fill(T::RemoveNewLocation, &[("n", &(n + 1))])}
                </button>
            </div>
            <FieldMessages msgs=scope.msgs_exact(&key) />
            <LocationFields scope key=key.clone() value on_change=changed />
            <Markets w id lid />
        </section>
    }
}

/// Which of the profile's solutions a location markets.
#[component]
fn Markets(w: W, id: PinpointProfileId, lid: String) -> impl IntoView {
    let lang = use_lang();
    let planned = w.planned(id.clone());
    let scope = w.scoped(id.clone());
    let choices = {
        let (id, lid) = (id.clone(), lid.clone());
        Signal::derive(move || {
            let solutions: Vec<(String, String)> = planned.with(|p| {
                p.as_ref()
                    .map(|d| {
                        d.solutions
                            .iter()
                            .map(|s| {
                                (
                                    s.source_id.clone().unwrap_or_else(|| s.id.to_string()),
                                    s.name.clone(),
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default()
            });
            w.draft.with(|d| {
                solutions
                    .into_iter()
                    .map(|(sid, name)| Choice {
                        checked: d.location_markets(&id, &lid, &sid),
                        key: sid,
                        label: name,
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let on_toggle = {
        let lid = lid.clone();
        Callback::new(move |(sid, on): (String, bool)| {
            w.draft
                .update(|d| d.set_location_markets(&id, &lid, &sid, on));
        })
    };
    let has_solutions = Signal::derive(move || choices.with(|c| !c.is_empty()));
    let group_id = scope.id(&FieldKey::location(lid.as_str()).sub("solutions"));
    view! {
        <Show
            when=move || has_solutions.get()
            fallback=move || view! { <p class="pt-muted">{move || lang.text(T::NoSolutionsToMarket)}</p> }
        >
            <CheckGroup id=group_id.clone() legend=ts(T::MarketsHeading) choices on_toggle />
        </Show>
    }
}
