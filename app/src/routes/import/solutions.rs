//! Step 4: the solutions (apps and services) of one profile, as a list
//! of rows (include, name, kind and products, errors) that each expand
//! into the solution's form.

use leptos::prelude::*;
use transition_domain::catalog::Product;
use transition_domain::export::PinpointSolution;
use transition_domain::field::FieldKey;
use transition_domain::input::SolutionKind;
use transition_domain::model::SolutionDraft;
use transition_domain::request::SolutionOverrides;
use transition_domain::values::{SolutionDescription, SolutionName, Summary};
use transition_domain::PinpointProfileId;

use crate::components::fields::TextField;
use crate::components::item_row::{Include, ItemRow};
use crate::components::multi_select::MultiSelect;
use crate::edit::Catalogue;
use crate::i18n::{ts, use_lang, T};

use super::state::W;

#[component]
pub(super) fn SolutionsForm(w: W, id: PinpointProfileId) -> impl IntoView {
    let lang = use_lang();
    let planned = w.planned(id.clone());
    let scope = w.scoped(id.clone());
    let sources: Vec<(SolutionKind, PinpointSolution)> = w.export.with_value(|e| {
        e.solutions_of(&id)
            .map(|(kind, s)| (kind, s.clone()))
            .collect()
    });
    if sources.is_empty() {
        return view! { <p class="pt-card pt-empty">{move || lang.text(T::NoSolutions)}</p> }
            .into_any();
    }
    let rows = sources
        .into_iter()
        .map(|(kind, source)| {
            let PinpointSolution { id: sid, name, .. } = source;
            let included = {
                let (id, sid) = (id.clone(), sid.clone());
                Signal::derive(move || {
                    w.draft
                        .with(|d| d.solution_choice(&id, &sid).map(|c| c.include).unwrap_or(true))
                })
            };
            let field = {
                let sid = sid.clone();
                move |get: fn(&transition_domain::model::SolutionDraft) -> String| {
                    let sid = sid.clone();
                    Signal::derive(move || {
                        planned
                            .with(|p| {
                                p.as_ref()
                                    .and_then(|d| d.solutions.iter().find(|s| s.source_id.as_deref() == Some(sid.as_str())))
                                    .map(get)
                            })
                            .unwrap_or_default()
                    })
                }
            };
            let set = {
                let (id, sid) = (id.clone(), sid.clone());
                move |apply: fn(&mut transition_domain::request::SolutionOverrides, String)| {
                    let (id, sid) = (id.clone(), sid.clone());
                    Callback::new(move |v: String| {
                        w.draft.update(|d| d.edit_solution(&id, &sid, |o| apply(o, v)));
                    })
                }
            };
            let card = FieldKey::solution(sid.as_str());
            let key = |f: &str| card.sub(f);
            // Industries and Microsoft products: the catalogue's boxes, the
            // current list from the plan (Pinpoint's, less what it drops).
            let catalogue = {
                let (id, sid) = (id.clone(), sid.clone());
                move |field: CatalogueField| {
                    let CatalogueField { key, legend, catalogue, get, set } = field;
                    let current = {
                        let sid = sid.clone();
                        Memo::new(move |_| {
                            planned.with(|p| {
                                p.as_ref()
                                    .and_then(|d| d.solutions.iter().find(|s| s.source_id.as_deref() == Some(sid.as_str())))
                                    .map(|s| get(s).clone())
                                    .unwrap_or_default()
                            })
                        })
                    };
                    let (id, sid) = (id.clone(), sid.clone());
                    let on_toggle = Callback::new(move |(value, on): (String, bool)| {
                        let list = current.with_untracked(|c| catalogue.toggle(c, &value, on));
                        w.draft.update(|d| d.edit_solution(&id, &sid, |o| set(o, list)));
                    });
                    view! {
                        <MultiSelect id=scope.id(&key) label=ts(legend) catalogue values=current on_toggle msgs=scope.msgs(&key) />
                    }
                }
            };
            let kind_text = match kind {
                SolutionKind::App => T::SolutionApp,
                SolutionKind::Service => T::SolutionService,
            };
            let toggle = {
                let (id, sid) = (id.clone(), sid.clone());
                Callback::new(move |on: bool| {
                    let export = w.export.get_value();
                    w.draft.update(|d| d.set_solution_included(&export, &id, &sid, on));
                })
            };
            // The row: the solution's name and products as planned (edited,
            // less what the plan drops), its kind, its errors.
            let shown_name = {
                let name = name.clone();
                let planned_name = field(|s| s.name.clone());
                Signal::derive(move || {
                    let now = planned_name.get();
                    if now.trim().is_empty() { name.clone() } else { now }
                })
            };
            let products = {
                let sid = sid.clone();
                Memo::new(move |_| {
                    planned.with(|p| {
                        p.as_ref()
                            .and_then(|d| d.solutions.iter().find(|s| s.source_id.as_deref() == Some(sid.as_str())))
                            .map(|s| s.products.clone())
                            .unwrap_or_default()
                    })
                })
            };
            let summary = Signal::derive(move || {
                let kind = lang.text(kind_text);
                if !included.get() {
                    return format!("{kind} · {}", lang.text(T::ListLeftOut));
                }
                let products: Vec<String> = products.with(|p| {
                    p.iter()
                        .map(|v| Product::find(v).map_or_else(|| v.to_owned(), |p| lang.with(|m| p.label(m))))
                        .collect()
                });
                if products.is_empty() { kind } else { format!("{kind} · {}", products.join(", ")) }
            });
            let errors = scope.errors(&card);
            let open = RwSignal::new(false);
            let fields = view! {
                <div class="pt-indent">
                    <TextField
                        id=scope.id(&key("name"))
                        label=ts(T::FieldSolutionName)
                        value=field(|s| s.name.clone())
                        on_input=set(|o, v| o.name = Some(v))
                        msgs=scope.msgs(&key("name"))
                        limit=SolutionName::MAX_CHARS
                        required=true
                    />
                    <TextField
                        id=scope.id(&key("summary"))
                        label=ts(T::FieldSummary)
                        value=field(|s| s.summary.clone())
                        on_input=set(|o, v| o.summary = Some(v))
                        msgs=scope.msgs(&key("summary"))
                        multiline=true
                        limit=Summary::MAX_CHARS
                    />
                    <TextField
                        id=scope.id(&key("description"))
                        label=ts(T::FieldSolutionDescription)
                        value=field(|s| s.description.clone())
                        on_input=set(|o, v| o.description = Some(v))
                        msgs=scope.msgs(&key("description"))
                        multiline=true
                        limit=SolutionDescription::MAX_CHARS
                    />
                    <TextField
                        id=scope.id(&key("url"))
                        label=ts(T::FieldUrl)
                        value=field(|s| s.url.clone().unwrap_or_default())
                        on_input=set(|o, v| o.url = Some(if v.trim().is_empty() { None } else { Some(v) }))
                        msgs=scope.msgs(&key("url"))
                        input_type="url"
                        optional=true
                    />
                    {catalogue(CatalogueField {
                        key: key("industries"),
                        legend: T::FieldIndustries,
                        catalogue: Catalogue::Industries,
                        get: |s| &s.industries,
                        set: |o, list| o.industries = Some(list),
                    })}
                    {catalogue(CatalogueField {
                        key: key("products"),
                        legend: T::FieldProducts,
                        catalogue: Catalogue::Products,
                        get: |s| &s.products,
                        set: |o, list| o.products = Some(list),
                    })}
                </div>
            };
            let include = Include { id: scope.id(&key("include")), checked: included, on_change: toggle };
            view! {
                <ItemRow id=scope.id(&card) name=shown_name summary errors include open expandable=included>
                    {fields}
                </ItemRow>
            }
        })
        .collect_view();
    view! { <div class="pt-rows">{rows}</div> }.into_any()
}

/// One catalogue list of a solution: where its issues go, its legend, and
/// how to read and replace it.
struct CatalogueField {
    key: FieldKey,
    legend: T,
    catalogue: Catalogue,
    get: fn(&SolutionDraft) -> &Vec<String>,
    set: fn(&mut SolutionOverrides, Vec<String>),
}
