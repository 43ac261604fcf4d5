//! The import's receipt, as its results page shows it: the hash that identifies it,
//! and the receipt to keep, as the printable page (in the partner's
//! language) and as the JSON the hash is taken over.

use leptos::prelude::*;
use leptos::task::spawn_local;
use transition_domain::wire::receipt::ReceiptText;

use crate::api::ApiError;
use crate::browser;
use crate::components::copy::CopyValue;
use crate::components::{ProblemView, Spinner};
use crate::data::{loaded, resource};
use crate::i18n::{use_lang, T};
use crate::paths;
use crate::use_ctx;

#[component]
pub fn ReceiptCard(id: String) -> impl IntoView {
    let lang = use_lang();
    let ctx = use_ctx();
    let stem = paths::encode(&id);
    let receipt = resource(false, {
        let id = id.clone();
        move |api| {
            let id = id.clone();
            async move { api.receipt(&id).await }
        }
    });
    // The printable page is fetched when asked for (it is in the language
    // the partner reads now).
    let fetching = RwSignal::new(false);
    let failed = RwSignal::new(None::<ApiError>);
    let page_name = format!("receipt-{stem}.html");
    let save_page = move |_| {
        if fetching.get_untracked() {
            return;
        }
        fetching.set(true);
        failed.set(None);
        let (api, id, name) = (ctx.api(), id.clone(), page_name.clone());
        spawn_local(async move {
            match api.receipt_page(&id).await {
                Ok(page) => {
                    let _ = browser::download(&name, "text/html;charset=utf-8", &page);
                }
                Err(error) => failed.set(Some(error)),
            }
            fetching.set(false);
        });
    };
    let json_name = format!("receipt-{stem}.json");
    view! {
        <section class="pt-card" aria-labelledby="pt-receipt-title" id="pt-receipt">
            <h2 class="pt-card-title" id="pt-receipt-title">{move || lang.text(ReceiptText::Title)}</h2>
            <p>{move || lang.text(T::ReceiptIntro)}</p>
            {loaded(receipt, move |file| {
                let json_name = json_name.clone();
                let text = file.text.clone();
                view! {
                    <CopyValue
                        label=Signal::derive(move || lang.text(ReceiptText::Sha256))
                        value=file.document.sha256.clone()
                        id="pt-receipt-sha256"
                    />
                    <div class="pt-actions">
                        <button
                            type="button"
                            class="pt-button"
                            id="pt-receipt-page"
                            aria-disabled=move || fetching.get().then_some("true")
                            on:click=save_page.clone()
                        >
                            {move || lang.text(T::ReceiptDownloadPage)}
                        </button>
                        <button
                            type="button"
                            class="pt-button"
                            id="pt-receipt-json"
                            on:click=move |_| {
                                let _ = browser::download(&json_name, "application/json", &text);
                            }
                        >
                            {move || lang.text(T::ReceiptDownloadJson)}
                        </button>
                    </div>
                }
            })}
            {move || fetching.get().then(|| view! { <Spinner text=T::ReceiptPreparing /> })}
            <ProblemView error=failed />
        </section>
    }
}
