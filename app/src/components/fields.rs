//! Form fields: each has a `<label>`, and its messages sit next to it,
//! linked with `aria-describedby`.

use leptos::prelude::*;
use transition_domain::values::char_len;

use crate::components::Msg;
use crate::edit::Choice;
use crate::i18n::{use_lang, T};

/// The messages of one field.
#[component]
pub fn FieldMessages(#[prop(into)] msgs: Signal<Vec<Msg>>) -> impl IntoView {
    let lang = use_lang();
    let help_url = use_context::<crate::components::common::HelpUrl>();
    move || {
        msgs.get()
            .into_iter()
            .map(|m| {
                let (class, prefix) = if m.error {
                    ("pt-msg pt-msg-error", T::ErrorPrefix)
                } else {
                    ("pt-msg pt-msg-warning", T::WarningPrefix)
                };
                let help = help_url.clone().filter(|_| m.help).map(|help| {
                    view! {
                        " "
                        <a class="pt-help-link" href=help.0 target="_blank" rel="noopener">
                            {lang.text(T::ServiceCentre)}
                        </a>
                    }
                });
                view! {
                    <p class=class>
                        <span class="pt-visually-hidden">{lang.text(prefix)}" "</span>
                        {m.text}
                        {help}
                    </p>
                }
            })
            .collect_view()
    }
}

/// A text input or text area.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into, optional)] msgs: Signal<Vec<Msg>>,
    #[prop(optional)] multiline: bool,
    /// Shows "n / limit characters" (Unicode scalar values, as the rules
    /// count them).
    #[prop(optional)]
    limit: Option<usize>,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] optional: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(into, optional)] disabled: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let msg_id = format!("{id}-msg");
    let invalid = move || msgs.with(|m| m.iter().any(|m| m.error));
    let counter = limit.map(|limit| {
        (move || {
            let count = value.with(|v| char_len(v.trim()));
            let over = count > limit;
            view! {
                <p class="pt-counter" class:pt-over=over>
                    {lang.fill(T::Characters, &[("count", &count), ("limit", &limit)])}
                </p>
            }
        })
        .into_any()
    });
    let input = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="6"
                aria-describedby=msg_id.clone()
                aria-invalid=move || invalid().to_string()
                aria-required=required.then_some("true")
                prop:value=value
                disabled=disabled
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type=input_type.unwrap_or("text")
                autocomplete=autocomplete
                aria-describedby=msg_id.clone()
                aria-invalid=move || invalid().to_string()
                aria-required=required.then_some("true")
                prop:value=value
                disabled=disabled
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="pt-field" class:pt-invalid=invalid>
            <label for=id.clone()>
                {label}
                {optional
                    .then(|| {
                        view! { <span class="pt-optional">" ("{move || lang.text(T::Optional)}")"</span> }
                    })}
            </label>
            {input}
            <div id=msg_id.clone() class="pt-field-msgs">
                {counter}
                <FieldMessages msgs />
            </div>
        </div>
    }
}

/// A country or region, chosen by its name in the partner's language from
/// a list that filters as they type (`<input list>`, a native combobox);
/// the ISO code stays the value the rules check and the wire carries. A
/// name the list does not know is kept as typed, so the rule's message
/// says so next to the field.
#[component]
pub fn CountryField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    /// The ISO code (or what was typed that is not one).
    #[prop(into)]
    value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into, optional)] msgs: Signal<Vec<Msg>>,
    #[prop(optional)] required: bool,
    #[prop(into, optional)] disabled: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let msg_id = format!("{id}-msg");
    let list_id = format!("{id}-list");
    let invalid = move || msgs.with(|m| m.iter().any(|m| m.error));
    let names = Memo::new(move |_| crate::locale::region_names(lang.get()));
    // While the partner types, the field shows what they type; once they
    // leave it, the name of the code it holds.
    let typing = RwSignal::new(None::<String>);
    let shown = move || {
        typing.get().unwrap_or_else(|| {
            let code = value.get();
            names
                .with(|names| {
                    names
                        .iter()
                        .find(|(known, _)| known.eq_ignore_ascii_case(code.trim()))
                        .map(|(_, name)| name.clone())
                })
                .unwrap_or(code)
        })
    };
    // While typing, a whole name is its code; when the field is left, a
    // code typed as such ("fr") is too.
    let chosen = move |text: String, left: bool| {
        let typed = text.trim();
        let code = names.with_untracked(|names| {
            names
                .iter()
                .find(|(code, name)| {
                    name.eq_ignore_ascii_case(typed) || (left && code.eq_ignore_ascii_case(typed))
                })
                .map(|(code, _)| (*code).to_owned())
        });
        typing.set((!left).then(|| text.clone()));
        on_input.run(code.unwrap_or(text));
    };
    view! {
        <div class="pt-field" class:pt-invalid=invalid>
            <label for=id.clone()>{label}</label>
            <input
                id=id.clone()
                type="text"
                list=list_id.clone()
                autocomplete="country-name"
                placeholder=move || lang.text(T::RegionSearch)
                aria-describedby=msg_id.clone()
                aria-invalid=move || invalid().to_string()
                aria-required=required.then_some("true")
                prop:value=shown
                disabled=disabled
                on:input=move |ev| chosen(event_target_value(&ev), false)
                on:change=move |ev| chosen(event_target_value(&ev), true)
            />
            <datalist id=list_id>
                {move || {
                    names
                        .get()
                        .into_iter()
                        .map(|(code, name)| view! { <option value=name data-code=code></option> })
                        .collect_view()
                }}
            </datalist>
            <div id=msg_id class="pt-field-msgs">
                <FieldMessages msgs />
            </div>
        </div>
    }
}

/// A group of checkboxes: a catalogue choice, or solutions to market.
/// Checkbox nodes stay in place while their state changes, so the keyboard
/// focus stays where the partner is.
#[component]
pub fn CheckGroup(
    #[prop(into)] id: String,
    #[prop(into)] legend: Signal<String>,
    #[prop(into)] choices: Signal<Vec<Choice>>,
    on_toggle: Callback<(String, bool)>,
    #[prop(into, optional)] msgs: Signal<Vec<Msg>>,
    #[prop(into, optional)] disabled: Signal<bool>,
) -> impl IntoView {
    let msg_id = format!("{id}-msg");
    let invalid = move || msgs.with(|m| m.iter().any(|m| m.error));
    let keys =
        Memo::new(move |_| choices.with(|c| c.iter().map(|c| c.key.clone()).collect::<Vec<_>>()));
    view! {
        <fieldset
            class="pt-field pt-checks-field"
            class:pt-invalid=invalid
            id=id.clone()
            tabindex="-1"
            aria-describedby=msg_id.clone()
        >
            <legend>{legend}</legend>
            <div class="pt-checks">
                <For
                    each=move || keys.get()
                    key=|k| k.clone()
                    children=move |key| {
                        let k1 = key.clone();
                        let k2 = key.clone();
                        let k3 = key.clone();
                        let checked = move || {
                            choices.with(|cs| cs.iter().any(|c| c.key == k1 && c.checked))
                        };
                        let label = move || {
                            choices
                                .with(|cs| {
                                    cs.iter().find(|c| c.key == k2).map(|c| c.label.clone())
                                })
                                .unwrap_or_default()
                        };
                        view! {
                            <label class="pt-check">
                                <input
                                    type="checkbox"
                                    prop:checked=checked
                                    disabled=disabled
                                    on:change=move |ev| on_toggle.run((k3.clone(), event_target_checked(&ev)))
                                />
                                <span>{label}</span>
                            </label>
                        }
                    }
                />
            </div>
            <div id=msg_id.clone() class="pt-field-msgs">
                <FieldMessages msgs />
            </div>
        </fieldset>
    }
}

/// One checkbox with its label and messages.
#[component]
pub fn CheckBox(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
    #[prop(into, optional)] msgs: Signal<Vec<Msg>>,
    #[prop(into, optional)] disabled: Signal<bool>,
) -> impl IntoView {
    let msg_id = format!("{id}-msg");
    view! {
        <div class="pt-field pt-field-check">
            <label class="pt-check" for=id.clone()>
                <input
                    type="checkbox"
                    id=id.clone()
                    aria-describedby=msg_id.clone()
                    prop:checked=checked
                    disabled=disabled
                    on:change=move |ev| on_change.run(event_target_checked(&ev))
                />
                <span>{label}</span>
            </label>
            <div id=msg_id.clone() class="pt-field-msgs">
                <FieldMessages msgs />
            </div>
        </div>
    }
}
