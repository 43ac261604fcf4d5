//! A searchable multi-select of a catalogue (industries, Microsoft
//! products, service types): the WAI-ARIA 1.2 combobox with a listbox
//! popup. Typing filters the entries not chosen yet (the catalogue's own
//! search: case, spacing and accents ignored, aliases found); the arrow
//! keys move through them, Enter adds one, Escape closes the list. Chosen
//! values are chips, each with a remove button named after its value;
//! Backspace in the empty input removes the last one. The field's
//! messages sit under it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::fields::FieldMessages;
use crate::components::Msg;
use crate::edit::{Catalogue, Choice};
use crate::i18n::{use_lang, T};

/// Where the active option goes when the partner presses an arrow key
/// (`down`: ArrowDown) among `len` options: from nothing to the first
/// (or the last), then around the list; nothing when there is none.
pub fn moved(active: Option<usize>, len: usize, down: bool) -> Option<usize> {
    let last = len.checked_sub(1)?;
    Some(match (active.map(|n| n.min(last)), down) {
        (None, true) => 0,
        (None, false) => last,
        (Some(n), true) if n == last => 0,
        (Some(n), true) => n + 1,
        (Some(0), false) => last,
        (Some(n), false) => n - 1,
    })
}

/// The entries of `choices` that are not chosen and that `query` finds,
/// each as (key, label).
fn offered(
    choices: &[Choice],
    catalogue: Catalogue,
    query: &str,
    messages: &transition_domain::Messages,
) -> Vec<(String, String)> {
    choices
        .iter()
        .filter(|c| !c.checked && catalogue.matches(&c.key, &c.label, query, messages))
        .map(|c| (c.key.clone(), c.label.clone()))
        .collect()
}

#[component]
pub fn MultiSelect(
    /// The input's id: where "Go to the field" lands.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    catalogue: Catalogue,
    /// The values chosen now, in their order.
    #[prop(into)]
    values: Signal<Vec<String>>,
    on_toggle: Callback<(String, bool)>,
    #[prop(into, optional)] msgs: Signal<Vec<Msg>>,
    #[prop(into, optional)] disabled: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let label_id = format!("{id}-label");
    let list_id = format!("{id}-list");
    let msg_id = format!("{id}-msg");
    let hint_id = format!("{id}-hint");
    let status_id = format!("{id}-status");
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    // What the last add or remove did, said politely by the status line.
    let said = RwSignal::new(None::<String>);
    let invalid = move || msgs.with(|m| m.iter().any(|m| m.error));
    let chosen = Memo::new(move |_| {
        values.with(|v| {
            lang.with(|m| catalogue.chosen(v, m))
                .into_iter()
                .map(|c| (c.key, c.label))
                .collect::<Vec<_>>()
        })
    });
    let options = Memo::new(move |_| {
        values.with(|v| {
            let choices = lang.with(|m| catalogue.choices(v, m));
            query.with(|q| lang.with(|m| offered(&choices, catalogue, q, m)))
        })
    });
    let shown = move || open.get() && options.with(|o| !o.is_empty());
    let option_id = {
        let list_id = list_id.clone();
        move |n: usize| format!("{list_id}-{n}")
    };
    let add = move |n: usize| {
        if let Some((key, label)) = options.with_untracked(|o| o.get(n).cloned()) {
            on_toggle.run((key, true));
            said.set(Some(lang.fill(T::MultiAdded, &[("value", &label)])));
            query.set(String::new());
            let left = options.with_untracked(Vec::len);
            active.set(left.checked_sub(1).map(|last| n.min(last)));
        }
    };
    // The active option stays in sight in the list's own scroll.
    {
        let (list_id, option_id) = (list_id.clone(), option_id.clone());
        Effect::new(move |_| {
            if let Some(n) = active.get() {
                keep_in_sight(&list_id, &option_id(n));
            }
        });
    }
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let len = options.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" => {
                ev.prevent_default();
                if !open.get_untracked() {
                    open.set(true);
                }
                active.set(moved(active.get_untracked(), len, ev.key() == "ArrowDown"));
            }
            "Enter" => {
                if let (true, Some(n)) = (open.get_untracked(), active.get_untracked()) {
                    ev.prevent_default();
                    add(n);
                }
            }
            "Escape" => {
                if open.get_untracked() {
                    ev.prevent_default();
                    ev.stop_propagation();
                    open.set(false);
                    active.set(None);
                } else if !query.with_untracked(String::is_empty) {
                    ev.prevent_default();
                    query.set(String::new());
                }
            }
            "Backspace" if query.with_untracked(String::is_empty) => {
                if let Some((key, label)) = chosen.with_untracked(|c| c.last().cloned()) {
                    ev.prevent_default();
                    on_toggle.run((key, false));
                    said.set(Some(lang.fill(T::MultiRemoved, &[("value", &label)])));
                }
            }
            _ => {}
        }
    };
    let on_input = move |ev| {
        said.set(None);
        query.set(event_target_value(&ev));
        open.set(true);
        let any = options.with_untracked(|o| !o.is_empty());
        active.set(any.then_some(0));
    };
    let chips = {
        let id = id.clone();
        move || {
            chosen
                .get()
                .into_iter()
                .map(|(key, label)| {
                    let id = id.clone();
                    let remove = lang.fill(T::MultiRemove, &[("value", &label)]);
                    let removed = lang.fill(T::MultiRemoved, &[("value", &label)]);
                    view! {
                        <li class="pt-chip">
                            <span class="pt-chip-text">{label}</span>
                            <button
                                type="button"
                                class="pt-chip-remove"
                                disabled=disabled
                                on:click=move |_| {
                                    on_toggle.run((key.clone(), false));
                                    said.set(Some(removed.clone()));
                                    crate::browser::focus_soon(id.clone());
                                }
                            >
                                <span aria-hidden="true">"×"</span>
                                <span class="pt-visually-hidden">{remove}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let list = {
        let option_id = option_id.clone();
        move || {
            options
                .get()
                .into_iter()
                .enumerate()
                .map(|(n, (_, label))| {
                    let is_active = move || active.get() == Some(n);
                    view! {
                        <li
                            role="option"
                            id=option_id(n)
                            class="pt-option"
                            class:pt-option-active=is_active
                            aria-selected=move || is_active().to_string()
                            on:mousedown=|ev| ev.prevent_default()
                            on:click=move |_| add(n)
                        >
                            {label}
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let status = move || {
        let nothing =
            open.get() && query.with(|q| !q.trim().is_empty()) && options.with(Vec::is_empty);
        nothing
            .then(|| query.with(|q| lang.fill(T::MultiNone, &[("text", q)])))
            .or_else(|| said.get())
    };
    view! {
        <div class="pt-field pt-multi" class:pt-invalid=invalid>
            <label for=id.clone() id=label_id.clone()>{label}</label>
            <ul class="pt-chips" aria-labelledby=label_id.clone() hidden=move || chosen.with(Vec::is_empty)>
                {chips}
            </ul>
            <div class="pt-multi-box">
                <input
                    id=id.clone()
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    aria-autocomplete="list"
                    aria-expanded=move || shown().to_string()
                    aria-controls=list_id.clone()
                    aria-activedescendant=move || {
                        active.get().filter(|_| shown()).map(option_id.clone())
                    }
                    aria-describedby=format!("{hint_id} {msg_id}")
                    aria-invalid=move || invalid().to_string()
                    placeholder=move || lang.text(T::MultiSearch)
                    prop:value=move || query.get()
                    disabled=disabled
                    on:input=on_input
                    on:keydown=on_keydown
                    on:click=move |_| open.update(|o| *o = !*o)
                    on:blur=move |_| {
                        open.set(false);
                        active.set(None);
                    }
                />
                <ul
                    role="listbox"
                    id=list_id.clone()
                    class="pt-listbox"
                    aria-labelledby=label_id
                    hidden=move || !shown()
                >
                    {list}
                </ul>
            </div>
            <span id=hint_id class="pt-visually-hidden">{move || lang.text(T::MultiHint)}</span>
            <p id=status_id class="pt-multi-status" role="status">{status}</p>
            <div id=msg_id class="pt-field-msgs">
                <FieldMessages msgs />
            </div>
        </div>
    }
}

/// Scrolls the list `list_id` so that its option `option_id` shows.
fn keep_in_sight(list_id: &str, option_id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let element = |id: &str| {
        document
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let (Some(list), Some(option)) = (element(list_id), element(option_id)) else {
        return;
    };
    let (top, bottom) = (
        option.offset_top(),
        option.offset_top() + option.offset_height(),
    );
    if top < list.scroll_top() {
        list.set_scroll_top(top);
    } else if bottom > list.scroll_top() + list.client_height() {
        list.set_scroll_top(bottom - list.client_height());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_arrows_go_around_the_list() {
        assert_eq!(moved(None, 3, true), Some(0));
        assert_eq!(moved(None, 3, false), Some(2));
        assert_eq!(moved(Some(0), 3, true), Some(1));
        assert_eq!(moved(Some(2), 3, true), Some(0));
        assert_eq!(moved(Some(0), 3, false), Some(2));
        assert_eq!(moved(Some(2), 3, false), Some(1));
        // A list that shrank under the active option.
        assert_eq!(moved(Some(7), 3, true), Some(0));
        assert_eq!(moved(Some(7), 3, false), Some(1));
        assert_eq!(moved(Some(1), 0, true), None);
        assert_eq!(moved(None, 0, false), None);
    }

    #[test]
    fn only_entries_not_chosen_are_offered() {
        let en = transition_domain::locales::messages(transition_domain::Lang::En);
        let choices = Catalogue::Products.choices(&["Azure".to_owned()], en);
        let keys = |query: &str| -> Vec<String> {
            offered(&choices, Catalogue::Products, query, en)
                .into_iter()
                .map(|(key, _)| key)
                .collect()
        };
        assert_eq!(keys("azure"), Vec::<String>::new());
        assert_eq!(keys("TEAMS"), vec!["Microsoft Teams"]);
        assert_eq!(keys("").len(), 14);
    }
}
