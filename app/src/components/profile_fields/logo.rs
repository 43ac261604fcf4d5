//! The logo of a profile: its image as it is, with its format and size,
//! and a file upload to replace it (the server reads the real format and
//! size from the bytes and the domain's logo rule decides: GIF, JPG or
//! PNG, at most 300 px wide). A Pinpoint logo is shown from its web
//! address with the size the browser reads; an upload is fetched through
//! the API (with the bearer token) into an object URL.

use leptos::prelude::*;
use leptos::task::spawn_local;
use transition_domain::field::FieldKey;
use transition_domain::input::LogoInput;
use transition_domain::wire::logos::LogoUpload;
use transition_domain::LogoId;
use wasm_bindgen::JsCast;

use crate::api::ApiError;
use crate::components::fields::FieldMessages;
use crate::edit::Edit;
use crate::i18n::{use_lang, I18n, T};
use crate::use_ctx;

use super::*;

/// The override a successful upload makes: the upload, with the facts
/// the server read (it reads them again from its store on every preview
/// and commit).
fn uploaded(upload: &LogoUpload) -> LogoInput {
    LogoInput {
        url: String::new(),
        format: upload.format.as_str().to_owned(),
        width: upload.width,
        height: upload.height,
        upload: Some(upload.id.clone()),
    }
}

/// What a refused or failed upload says, in the partner's language.
fn refusal(error: &ApiError, lang: I18n) -> Vec<String> {
    match error {
        ApiError::Problem(problem) if !problem.issues.is_empty() => problem
            .issues
            .iter()
            .map(|issue| lang.with(|m| issue.issue.message(m)))
            .collect(),
        ApiError::Problem(problem) => vec![problem.title.clone()],
        ApiError::Network(_) => vec![lang.text(T::NetworkError)],
        ApiError::Status(status) => vec![lang.fill(T::UnexpectedAnswer, &[("status", status)])],
        ApiError::Decode(_) => vec![lang.fill(T::UnexpectedAnswer, &[("status", &"JSON")])],
    }
}

/// An uploaded logo's image: fetched with the token, shown from an object
/// URL that is revoked when the image changes or leaves the page.
#[component]
fn UploadedImage(id: LogoId, width: u32, height: u32) -> impl IntoView {
    let lang = use_lang();
    let src = RwSignal::new(None::<String>);
    let failed = RwSignal::new(false);
    let api = use_ctx().api();
    spawn_local(async move {
        match api.logo_image(&id).await {
            Ok(blob) => match web_sys::Url::create_object_url_with_blob(&blob) {
                // The control may have left the page meanwhile.
                Ok(url) if src.try_set(Some(url.clone())).is_none() => {}
                Ok(url) => {
                    let _ = web_sys::Url::revoke_object_url(&url);
                }
                Err(_) => {
                    failed.try_set(true);
                }
            },
            Err(_) => {
                failed.try_set(true);
            }
        }
    });
    on_cleanup(move || {
        if let Some(Some(url)) = src.try_get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    });
    move || match (src.get(), failed.get()) {
        (Some(url), _) => view! {
            <img
                class="pt-logo-image"
                src=url
                alt=move || lang.text(T::LogoAlt)
                width=width
                height=height
            />
        }
        .into_any(),
        (None, true) => {
            view! { <p class="pt-muted">{move || lang.text(T::NetworkError)}</p> }.into_any()
        }
        (None, false) => view! {
            <p class="pt-muted" role="status">{move || lang.text(T::Loading)}</p>
        }
        .into_any(),
    }
}

/// A Pinpoint logo at its web address: its natural size as the browser
/// reads it once loaded, or a note when it cannot be loaded.
#[component]
fn WebImage(url: String) -> impl IntoView {
    let lang = use_lang();
    let natural = RwSignal::new(None::<(u32, u32)>);
    let failed = RwSignal::new(false);
    let shown = url.clone();
    view! {
        <Show
            when=move || !failed.get()
            fallback=move || {
                let url = shown.clone();
                view! {
                    <p class="pt-logo-unavailable">
                        {move || lang.fill(T::LogoUnavailable, &[("url", &url)])}
                    </p>
                }
            }
        >
            <img
                class="pt-logo-image"
                src=url.clone()
                alt=move || lang.text(T::LogoAlt)
                on:load=move |ev| {
                    let image = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlImageElement>().ok());
                    if let Some(image) = image {
                        natural.set(Some((image.natural_width(), image.natural_height())));
                    }
                }
                on:error=move |_| failed.set(true)
            />
            {move || {
                natural
                    .get()
                    .map(|(w, h)| {
                        view! {
                            <p class="pt-muted pt-logo-natural">
                                {lang.fill(T::LogoFacts, &[("format", &"—"), ("width", &w), ("height", &h)])}
                            </p>
                        }
                    })
            }}
        </Show>
    }
}

#[component]
pub(super) fn LogoEditor(form: Form) -> impl IntoView {
    let (scope, draft, on_edit, disabled) = form.parts();
    let lang = use_lang();
    let logo = Memo::new(move |_| draft.with(|d| d.logo.clone()));
    let key = FieldKey::field("logo");
    let field_id = scope.id(&key);
    let file_id = format!("{field_id}-file");
    let msg_id = format!("{field_id}-msg");
    let choose_id = format!("{field_id}-choose");
    let busy = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<String>::new());
    let input = NodeRef::<leptos::html::Input>::new();

    let on_file = move |_| {
        let Some(element) = input.get() else {
            return;
        };
        let Some(file) = element.files().and_then(|files| files.get(0)) else {
            return;
        };
        // The same file may be chosen again after a refusal.
        element.set_value("");
        let api = use_ctx().api();
        busy.set(true);
        refused.set(Vec::new());
        spawn_local(async move {
            let answer = api.upload_logo(&file).await;
            busy.try_set(false);
            match answer {
                Ok(upload) => on_edit.run(Edit::Logo(Some(uploaded(&upload)))),
                Err(error) => {
                    refused.try_set(refusal(&error, lang));
                }
            }
        });
    };
    let choose = move |_| {
        if let Some(element) = input.get() {
            element.click();
        }
    };

    let image = move || {
        logo.get().map(|l| {
            let facts = lang.fill(
                T::LogoFacts,
                &[
                    ("format", &l.format.to_uppercase()),
                    ("width", &l.width),
                    ("height", &l.height),
                ],
            );
            let picture = match l.upload.clone() {
                Some(id) => view! { <UploadedImage id width=l.width height=l.height /> }.into_any(),
                None => view! { <WebImage url=l.url.clone() /> }.into_any(),
            };
            view! {
                <figure class="pt-logo-preview">
                    <div class="pt-logo-frame">{picture}</div>
                    <figcaption class="pt-logo-facts">{facts}</figcaption>
                </figure>
            }
        })
    };

    view! {
        <fieldset class="pt-field pt-group pt-logo" id=field_id tabindex="-1">
            <legend>
                {move || lang.text(T::FieldLogo)}
                <span class="pt-optional">" ("{move || lang.text(T::Optional)}")"</span>
            </legend>
            <Show
                when=move || logo.with(Option::is_some)
                fallback=move || view! { <p class="pt-muted">{move || lang.text(T::LogoNone)}</p> }
            >
                {image}
            </Show>
            // What to choose, in the button's description (the file input
            // is named by it too).
            <span class="pt-visually-hidden" id=choose_id.clone()>
                {move || lang.text(T::LogoChoose)}
            </span>
            <input
                node_ref=input
                type="file"
                id=file_id
                class="pt-visually-hidden"
                accept="image/gif,image/jpeg,image/png"
                tabindex="-1"
                aria-label=move || lang.text(T::LogoChoose)
                aria-describedby=msg_id.clone()
                disabled=move || disabled.get() || busy.get()
                on:change=on_file
            />
            <div class="pt-logo-actions">
                <button
                    type="button"
                    class="pt-button"
                    aria-describedby=format!("{choose_id} {msg_id}")
                    aria-busy=move || busy.get().to_string()
                    disabled=move || disabled.get() || busy.get()
                    on:click=choose
                >
                    {move || {
                        lang.text(if logo.with(Option::is_some) { T::LogoReplace } else { T::AddLogo })
                    }}
                </button>
                <Show when=move || logo.with(Option::is_some)>
                    <button
                        type="button"
                        class="pt-button pt-button-subtle"
                        disabled=disabled
                        on:click=move |_| {
                            refused.set(Vec::new());
                            on_edit.run(Edit::Logo(None))
                        }
                    >
                        {move || lang.text(T::RemoveLogo)}
                    </button>
                </Show>
                <span class="pt-logo-progress" role="status" aria-live="polite">
                    {move || busy.get().then(|| view! {
                        <span class="pt-spinner" aria-hidden="true"></span>
                        {lang.text(T::LogoUploading)}
                    })}
                </span>
            </div>
            <div id=msg_id class="pt-field-msgs">
                {move || {
                    refused
                        .get()
                        .into_iter()
                        .map(|text| {
                            view! {
                                <p class="pt-msg pt-msg-error pt-logo-refusal">
                                    <span class="pt-visually-hidden">{lang.text(T::ErrorPrefix)}" "</span>
                                    {text}
                                </p>
                            }
                        })
                        .collect_view()
                }}
                <FieldMessages msgs=scope.msgs(&key) />
            </div>
        </fieldset>
    }
}
