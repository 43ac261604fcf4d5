//! Step 2: which business profiles, apps and services to import.

use leptos::prelude::*;
use transition_domain::field::FieldKey;

use crate::components::fields::{CheckBox, FieldMessages};
use crate::components::Msg;
use crate::fields::dom_id;
use crate::i18n::{use_lang, T};

use super::state::W;

use super::frame::{StepButtons, StepHeading};

#[component]
pub(super) fn ChooseStep(w: W) -> impl IntoView {
    let lang = use_lang();
    let export = w.export.get_value();
    let rows: Vec<_> = export
        .business_profiles
        .iter()
        .map(|p| {
            let solutions = export.solutions_of(&p.id).count();
            (
                p.id.clone(),
                p.region.clone(),
                p.name.clone(),
                p.locations.len(),
                solutions,
            )
        })
        .collect();
    let global = Signal::derive(move || {
        w.located.with(|list| {
            list.iter()
                .filter(|(at, _)| at.is_none())
                .map(|(_, i)| Msg::of(i, lang))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <StepHeading w />
        <p class="pt-lead">{move || lang.text(T::ChooseIntro)}</p>
        <FieldMessages msgs=global />
        <fieldset
            class="pt-bare"
            disabled=!w.can_write
            aria-describedby=(!w.can_write).then_some("pt-read-only-notice")
        >
        <ul class="pt-plain-list pt-choose-list">
            {rows
                .into_iter()
                .map(|(id, region, name, locations, solutions)| {
                    let scope = w.scoped(id.clone());
                    let msgs = Signal::derive(move || {
                        let region_msgs = scope.msgs_exact(&FieldKey::field("region")).get();
                        let whole = scope.msgs_exact(&FieldKey::Profile).get();
                        region_msgs.into_iter().chain(whole).collect::<Vec<_>>()
                    });
                    let id2 = id.clone();
                    let id3 = id.clone();
                    let label = {
                        let (name, region) = (name.clone(), region.clone());
                        Signal::derive(move || {
                            lang.fill(T::ImportThisProfile, &[("name", &name), ("region", &region)])
                        })
                    };
                    view! {
                        <li class="pt-card pt-choose-card">
                            <CheckBox
                                id=dom_id("choose", &id)
                                label
                                checked=Signal::derive(move || w.draft.with(|d| d.is_chosen(&id2)))
                                on_change=Callback::new(move |on| w.draft.update(|d| d.set_chosen(&id3, on)))
                                msgs
                            />
                            <p class="pt-muted pt-indent">
                                {move || lang.fill(T::ProfileCounts, &[("locations", &locations), ("solutions", &solutions)])}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        </fieldset>
        <StepButtons w />
    }
}
