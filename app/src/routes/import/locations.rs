//! Step 5: the locations of one profile.

use leptos::prelude::*;

use transition_domain::PinpointProfileId;

use crate::components::fields::{CheckBox, CheckGroup, FieldMessages};
use crate::edit::Choice;
use crate::i18n::{ts, use_lang, T};

use super::state::W;

#[component]
pub(super) fn LocationsForm(w: W, id: PinpointProfileId) -> impl IntoView {
    let lang = use_lang();
    let planned = w.planned(id.clone());
    let scope = w.scoped(id.clone());
    let locations: Vec<(String, String, String)> = w.export.with_value(|e| {
        e.profile(&id)
            .map(|(_, p)| {
                p.locations
                    .iter()
                    .map(|l| {
                        let a = &l.address;
                        let address = [
                            Some(a.line1.clone()),
                            a.line2.clone(),
                            Some(format!("{} {}", a.postal_code, a.city)),
                            Some(a.country.clone()),
                        ]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ");
                        (l.id.clone(), l.name.clone(), address)
                    })
                    .collect()
            })
            .unwrap_or_default()
    });
    let cards = locations
        .into_iter()
        .map(|(lid, name, address)| {
            let key = format!("locations/{lid}");
            let excluded = {
                let (id, lid) = (id.clone(), lid.clone());
                Signal::derive(move || w.draft.with(|d| d.is_location_excluded(&id, &lid)))
            };
            let include_label = {
                let name = name.clone();
                Signal::derive(move || T::ImportLocation.fill(lang.get(), &[("name", &name)]))
            };
            let toggle = {
                let (id, lid) = (id.clone(), lid.clone());
                Callback::new(move |on: bool| w.draft.update(|d| d.set_location_excluded(&id, &lid, !on)))
            };
            let choices = {
                let (id, lid) = (id.clone(), lid.clone());
                Signal::derive(move || {
                    let solutions: Vec<(String, String)> = planned.with(|p| {
                        p.as_ref()
                            .map(|d| {
                                d.solutions
                                    .iter()
                                    .map(|s| (s.source_id.clone().unwrap_or_else(|| s.id.to_string()), s.name.clone()))
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
                let (id, lid) = (id.clone(), lid.clone());
                Callback::new(move |(sid, on): (String, bool)| {
                    w.draft.update(|d| d.set_location_markets(&id, &lid, &sid, on));
                })
            };
            let has_solutions = Signal::derive(move || choices.with(|c| !c.is_empty()));
            let group_id = scope.id(&format!("{key}/solutions"));
            view! {
                <section class="pt-card" id=scope.id(&key) tabindex="-1">
                    <div class="pt-card-head">
                        <h3 class="pt-card-title">{name}</h3>
                    </div>
                    <p class="pt-muted">{address}</p>
                    <CheckBox
                        id=scope.id(&format!("{key}/include"))
                        label=include_label
                        checked=Signal::derive(move || !excluded.get())
                        on_change=toggle
                        msgs=scope.msgs(&key)
                    />
                    <div class:pt-hidden=move || excluded.get()>
                        <Show
                            when=move || has_solutions.get()
                            fallback=move || view! { <p class="pt-muted">{move || T::NoSolutionsToMarket.text(lang.get())}</p> }
                        >
                            <CheckGroup
                                id=group_id.clone()
                                legend=ts(T::MarketsHeading)
                                choices
                                on_toggle
                            />
                        </Show>
                    </div>
                </section>
            }
        })
        .collect_view();
    view! {
        <div id=scope.id("locations") tabindex="-1">
            <FieldMessages msgs=scope.msgs_exact("locations") />
        </div>
        {cards}
    }
}
