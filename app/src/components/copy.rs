//! A value the partner may need to quote (the import's id, for support),
//! with a Copy button: the clipboard when the browser allows it, else the
//! value selected for a manual copy. Either outcome is announced in a
//! polite live region.

use leptos::prelude::*;

use crate::i18n::{use_lang, T};

/// What the last press of Copy did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Copied {
    Not,
    Done,
    Refused,
}

/// `label`, the value in a `<code>` of id `id`, and its Copy button.
#[component]
pub fn CopyValue(
    #[prop(into)] label: Signal<String>,
    value: String,
    id: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let copied = RwSignal::new(Copied::Not);
    let label_id = format!("{id}-label");
    let copy_value = value.clone();
    let copy = move |_| {
        let text = copy_value.clone();
        copied.set(Copied::Not);
        leptos::task::spawn_local(async move {
            if crate::browser::copy_text(&text).await {
                copied.set(Copied::Done);
            } else {
                crate::browser::select_text(id);
                copied.set(Copied::Refused);
            }
        });
    };
    view! {
        <div class="pt-copy">
            <span class="pt-copy-label" id=label_id.clone()>{label}</span>
            <code class="pt-copy-value" id=id>{value}</code>
            <button
                type="button"
                class="pt-button"
                id=format!("{id}-copy")
                aria-describedby=label_id
                on:click=copy
            >
                {move || lang.text(T::CopyAction)}
            </button>
            <p class="pt-copy-status" role="status" aria-live="polite" id=format!("{id}-status")>
                {move || match copied.get() {
                    Copied::Not => String::new(),
                    Copied::Done => lang.text(T::CopyDone).to_owned(),
                    Copied::Refused => lang.text(T::CopyRefused).to_owned(),
                }}
            </p>
        </div>
    }
}
