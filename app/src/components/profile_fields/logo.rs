//! The logo of a profile: a link to an image, or none.

use leptos::prelude::*;
use transition_domain::field::FieldKey;
use transition_domain::input::LogoInput;

use crate::components::fields::{FieldMessages, TextField};
use crate::edit::Edit;
use crate::i18n::{ts, use_lang, T};

use super::*;

#[component]
pub(super) fn LogoEditor(form: Form) -> impl IntoView {
    let (scope, draft, on_edit, disabled) = form.parts();
    let lang = use_lang();
    let has_logo = Memo::new(move |_| draft.with(|d| d.logo.is_some()));
    let logo = move || draft.with(|d| d.logo.clone());
    let change = move |f: Box<dyn FnOnce(&mut LogoInput)>| {
        if let Some(mut current) = logo() {
            f(&mut current);
            on_edit.run(Edit::Logo(Some(current)));
        }
    };
    let number = |text: String| text.trim().parse::<u32>().unwrap_or(0);
    let format_id = scope.id(&FieldKey::field("logo/format"));
    let format_msg_id = format!("{format_id}-msg");
    view! {
        <fieldset class="pt-field pt-group" id=scope.id(&FieldKey::field("logo")) tabindex="-1">
            <legend>
                {move || lang.text(T::FieldLogo)}
                <span class="pt-optional">" ("{move || lang.text(T::Optional)}")"</span>
            </legend>
            <Show
                when=move || has_logo.get()
                fallback=move || {
                    view! {
                        <p class="pt-muted">{move || lang.text(T::LogoNone)}</p>
                        <button
                            type="button"
                            class="pt-button"
                            disabled=disabled
                            on:click=move |_| {
                                on_edit
                                    .run(
                                        Edit::Logo(
                                            Some(LogoInput {
                                                url: String::new(),
                                                format: "png".into(),
                                                width: 0,
                                                height: 0,
                                                upload: None,
                                            }),
                                        ),
                                    )
                            }
                        >
                            {move || lang.text(T::AddLogo)}
                        </button>
                    }
                }
            >
                <div class="pt-grid-2">
                    <TextField
                        id=scope.id(&FieldKey::field("logo/url"))
                        label=ts(T::FieldLogoUrl)
                        value=Signal::derive(move || logo().map(|l| l.url).unwrap_or_default())
                        on_input=Callback::new(move |v: String| change(Box::new(move |l| l.url = v)))
                        msgs=scope.msgs(&FieldKey::field("logo/url"))
                        input_type="url"
                        disabled
                    />
                    <div class="pt-field">
                        <label for=format_id.clone()>{move || lang.text(T::FieldLogoFormat)}</label>
                        <select
                            id=format_id.clone()
                            class="pt-select"
                            aria-describedby=format_msg_id.clone()
                            disabled=disabled
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                change(Box::new(move |l| l.format = v));
                            }
                        >
                            {move || {
                                let current = logo().map(|l| l.format).unwrap_or_default();
                                let mut options = vec!["gif".to_owned(), "jpg".to_owned(), "png".to_owned()];
                                if !options.iter().any(|o| o.eq_ignore_ascii_case(&current)) {
                                    options.push(current.clone());
                                }
                                options
                                    .into_iter()
                                    .map(|o| {
                                        let selected = o.eq_ignore_ascii_case(&current);
                                        view! {
                                            <option value=o.clone() selected=selected>
                                                {o.to_uppercase()}
                                            </option>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </select>
                        <div id=format_msg_id.clone() class="pt-field-msgs">
                            <FieldMessages msgs=scope.msgs(&FieldKey::field("logo/format")) />
                        </div>
                    </div>
                    <TextField
                        id=scope.id(&FieldKey::field("logo/width"))
                        label=ts(T::FieldLogoWidth)
                        value=Signal::derive(move || logo().map(|l| l.width.to_string()).unwrap_or_default())
                        on_input=Callback::new(move |v: String| {
                            let n = number(v);
                            change(Box::new(move |l| l.width = n))
                        })
                        msgs=scope.msgs(&FieldKey::field("logo/width"))
                        input_type="number"
                        disabled
                    />
                    <TextField
                        id=scope.id(&FieldKey::field("logo/height"))
                        label=ts(T::FieldLogoHeight)
                        value=Signal::derive(move || logo().map(|l| l.height.to_string()).unwrap_or_default())
                        on_input=Callback::new(move |v: String| {
                            let n = number(v);
                            change(Box::new(move |l| l.height = n))
                        })
                        msgs=scope.msgs(&FieldKey::field("logo/height"))
                        input_type="number"
                        disabled
                    />
                </div>
                <button
                    type="button"
                    class="pt-button pt-button-subtle"
                    disabled=disabled
                    on:click=move |_| on_edit.run(Edit::Logo(None))
                >
                    {move || lang.text(T::RemoveLogo)}
                </button>
            </Show>
            <div class="pt-field-msgs">
                <FieldMessages msgs=scope.msgs_exact(&FieldKey::field("logo")) />
            </div>
        </fieldset>
    }
}
