//! One item of a compact list (a solution, a location): its include
//! toggle (a checkbox labelled with the item's name), a short summary, a
//! badge with its error count, and a disclosure button that shows its form
//! in place. The form stays in the page while the row is collapsed, so
//! that "Go to the field" finds its field by id: `browser::focus_first`
//! expands the row (marked [`crate::browser::ROW`], its button
//! [`crate::browser::TOGGLE`]) before it focuses the field.

use leptos::prelude::*;

use crate::components::fields::FieldMessages;
use crate::components::Msg;
use crate::i18n::{use_lang, T};

/// The include toggle of a row.
pub struct Include {
    /// The checkbox's id.
    pub id: String,
    pub checked: Signal<bool>,
    pub on_change: Callback<bool>,
}

#[component]
pub fn ItemRow(
    /// The row's id: where an issue of the item as a whole lands.
    #[prop(into)]
    id: String,
    #[prop(into)] name: Signal<String>,
    #[prop(into)] summary: Signal<String>,
    /// The item's errors, itself and its fields.
    #[prop(into)]
    errors: Signal<usize>,
    /// The messages of the item itself, shown under its head.
    #[prop(into, optional)]
    msgs: Signal<Vec<Msg>>,
    #[prop(optional)] include: Option<Include>,
    /// A button at the end of the head (a new location's Remove).
    #[prop(optional)]
    action: Option<AnyView>,
    /// Whether the form is shown.
    open: RwSignal<bool>,
    /// Whether the row has a form to show now (a solution or location
    /// left out has none).
    #[prop(into)]
    expandable: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let name_id = format!("{id}-row-name");
    let summary_id = format!("{id}-row-summary");
    let body_id = format!("{id}-row-body");
    let msg_id = format!("{id}-row-msg");
    let title = match include {
        Some(Include {
            id: check_id,
            checked,
            on_change,
        }) => view! {
            <input
                type="checkbox"
                class="pt-row-check"
                id=check_id.clone()
                aria-describedby=format!("{summary_id} {msg_id}")
                prop:checked=checked
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label class="pt-row-name" for=check_id id=name_id.clone()>{name}</label>
        }
        .into_any(),
        None => view! { <span class="pt-row-name" id=name_id.clone()>{name}</span> }.into_any(),
    };
    let shown = move || open.get() && expandable.get();
    view! {
        <section class="pt-row" id=id tabindex="-1" data-pt-row="">
            <div class="pt-row-head">
                <div class="pt-row-title">{title}</div>
                <p class="pt-row-summary" id=summary_id>{summary}</p>
                <span class="pt-badge pt-badge-error pt-row-errors" hidden=move || errors.get() == 0>
                    {move || lang.fill(T::ListErrors, &[("count", &errors.get())])}
                </span>
                <button
                    type="button"
                    class="pt-button pt-button-subtle pt-row-toggle"
                    data-pt-toggle=""
                    aria-expanded=move || shown().to_string()
                    aria-controls=body_id.clone()
                    aria-describedby=name_id
                    hidden=move || !expandable.get()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span class="pt-row-chevron" aria-hidden="true"></span>
                    {move || lang.text(T::ListDetails)}
                </button>
                {action}
            </div>
            <div id=msg_id class="pt-field-msgs">
                <FieldMessages msgs />
            </div>
            <div class="pt-row-body" id=body_id hidden=move || !shown()>
                {children()}
            </div>
        </section>
    }
}
