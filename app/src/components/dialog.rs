//! The confirmation of a destructive action: a modal `<dialog>`, so the
//! browser keeps focus inside it and makes the page behind it inert,
//! Escape cancels, and focus goes back where it was. It says what is lost;
//! Cancel is focused first, so Enter alone never confirms.

use leptos::html;
use leptos::prelude::*;

use crate::i18n::{use_lang, T};

/// Keeps `dialog` open as a modal (focus kept inside, given back when it
/// closes) while `wanted` says so (tracked).
pub fn modal_while(dialog: NodeRef<html::Dialog>, wanted: impl Fn() -> bool + 'static) {
    Effect::new(move |_| {
        let wanted = wanted();
        if let Some(dialog) = dialog.get() {
            if wanted && !dialog.open() {
                // Only fails on a dialog not in the document or already
                // open non-modally; neither happens here.
                let _ = dialog.show_modal();
            } else if !wanted && dialog.open() {
                dialog.close();
            }
        }
    });
}

#[component]
pub fn ConfirmDialog(
    /// The dialog's DOM id; its title and text are `{id}-title`, `{id}-text`.
    #[prop(into)]
    id: String,
    /// Open while true; Escape, Cancel and the confirmation set it false.
    open: RwSignal<bool>,
    #[prop(into)] title: Signal<String>,
    /// What is lost.
    #[prop(into)]
    text: Signal<String>,
    /// The confirming button's label ("Delete").
    #[prop(into)]
    confirm: Signal<String>,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let dialog = NodeRef::<html::Dialog>::new();
    modal_while(dialog, move || open.get());
    let (title_id, text_id) = (format!("{id}-title"), format!("{id}-text"));
    let (labelled_by, described_by) = (title_id.clone(), text_id.clone());
    view! {
        <dialog
            node_ref=dialog
            id=id
            class="pt-dialog"
            aria-labelledby=labelled_by
            aria-describedby=described_by
            on:close=move |_| open.set(false)
        >
            <h2 id=title_id class="pt-dialog-title">{move || title.get()}</h2>
            <p id=text_id>{move || text.get()}</p>
            <div class="pt-actions">
                <button type="button" class="pt-button" autofocus on:click=move |_| open.set(false)>
                    {move || lang.text(T::Cancel)}
                </button>
                <button
                    type="button"
                    class="pt-button pt-button-danger"
                    on:click=move |_| {
                        open.set(false);
                        on_confirm.run(());
                    }
                >
                    {move || confirm.get()}
                </button>
            </div>
        </dialog>
    }
}
