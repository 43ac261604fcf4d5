//! Step 5: the locations of one profile, as a list of rows (include,
//! name, city and country, the solutions it markets, errors) that each
//! expand into the location's form. Each Pinpoint location can be
//! corrected (every field, the address included: it is fixed only once
//! imported) or left out, and new ones added, up to the limit of 5. The
//! domain checks every change live, on the field changed.

use leptos::prelude::*;
use transition_domain::field::FieldKey;
use transition_domain::ops::NewLocation;
use transition_domain::request::new_location_id;
use transition_domain::validate::MAX_LOCATIONS;
use transition_domain::PinpointProfileId;

use crate::components::fields::{CheckGroup, FieldMessages};
use crate::components::item_row::{Include, ItemRow};
use crate::components::location_fields::LocationFields;
use crate::edit::Choice;
use crate::i18n::{ts, use_lang, T};

use super::state::W;

#[component]
pub(super) fn LocationsForm(w: W, id: PinpointProfileId) -> impl IntoView {
    let lang = use_lang();
    let scope = w.scoped(id.clone());
    let sources: Vec<String> = w.export.with_value(|e| {
        e.profile(&id)
            .map(|(_, p)| p.locations.iter().map(|l| l.id.clone()).collect())
            .unwrap_or_default()
    });
    let cards = sources
        .into_iter()
        .map(|lid| view! { <PinpointLocationCard w id=id.clone() lid /> })
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
        <div class="pt-rows">{cards} {new_cards}</div>
        <div class="pt-card pt-add-row">
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
fn PinpointLocationCard(w: W, id: PinpointProfileId, lid: String) -> impl IntoView {
    let lang = use_lang();
    let scope = w.scoped(id.clone());
    let key = FieldKey::location(lid.as_str());
    let excluded = {
        let (id, lid) = (id.clone(), lid.clone());
        Signal::derive(move || w.draft.with(|d| d.is_location_excluded(&id, &lid)))
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
    let included = Signal::derive(move || !excluded.get());
    let summary = {
        let markets = market_names(w, id.clone(), lid.clone());
        Signal::derive(move || {
            if excluded.get() {
                return lang.text(T::ListLeftOut);
            }
            place_and_markets(value, markets)
        })
    };
    let include = Include {
        id: scope.id(&key.sub("include")),
        checked: included,
        on_change: toggle,
    };
    let open = RwSignal::new(false);
    view! {
        <ItemRow
            id=scope.id(&key)
            name=heading
            summary
            errors=scope.errors(&key)
            msgs=scope.msgs_exact(&key)
            include
            open
            expandable=included
        >
            <p class="pt-muted">{move || lang.text(T::CorrectBeforeImport)}</p>
            <LocationFields scope key=key.clone() value on_change=changed />
            <Markets w id lid=lid.clone() />
        </ItemRow>
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
    let name = Signal::derive(move || {
        let typed = value.with(|l| l.name.trim().to_owned());
        if typed.is_empty() {
            title.get()
        } else {
            typed
        }
    });
    let markets = market_names(w, id.clone(), lid.clone());
    let summary = Signal::derive(move || place_and_markets(value, markets));
    let action = view! {
        <button type="button" class="pt-button pt-button-subtle" on:click=remove>
            {move || lang.fill(T::RemoveNewLocation, &[("n", &(n + 1))])}
        </button>
    }
    .into_any();
    // A location just added opens on its form.
    let open = RwSignal::new(true);
    view! {
        <ItemRow
            id=scope.id(&key)
            name
            summary
            errors=scope.errors(&key)
            msgs=scope.msgs_exact(&key)
            action
            open
            expandable=true
        >
            <LocationFields scope key=key.clone() value on_change=changed />
            <Markets w id lid />
        </ItemRow>
    }
}

/// A location's row summary: its city and country or region, and the
/// solutions it markets.
fn place_and_markets(value: RwSignal<NewLocation>, markets: Signal<Vec<String>>) -> String {
    let lang = use_lang();
    let place = value.with(|l| {
        let country = l.address.country.trim();
        let country =
            (!country.is_empty()).then(|| crate::locale::region_name(country, lang.get()));
        [Some(l.address.city.trim().to_owned()), country]
            .into_iter()
            .flatten()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    });
    let markets = markets.with(|m| m.join(", "));
    match (place.is_empty(), markets.is_empty()) {
        (_, true) => place,
        (true, false) => lang.fill(T::ListSolutions, &[("solutions", &markets)]),
        (false, false) => format!(
            "{place} · {}",
            lang.fill(T::ListSolutions, &[("solutions", &markets)])
        ),
    }
}

/// The names of the solutions location `lid` markets.
fn market_names(w: W, id: PinpointProfileId, lid: String) -> Signal<Vec<String>> {
    let choices = market_choices(w, id, lid);
    Signal::derive(move || {
        choices.with(|c| {
            c.iter()
                .filter(|c| c.checked)
                .map(|c| c.label.clone())
                .collect()
        })
    })
}

/// Which of the profile's solutions a location markets.
#[component]
fn Markets(w: W, id: PinpointProfileId, lid: String) -> impl IntoView {
    let lang = use_lang();
    let scope = w.scoped(id.clone());
    let choices = market_choices(w, id.clone(), lid.clone());
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

/// A checkbox for each solution of the profile: whether location `lid`
/// markets it.
fn market_choices(w: W, id: PinpointProfileId, lid: String) -> Signal<Vec<Choice>> {
    let planned = w.planned(id.clone());
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
}
