//! The few things the app asks of the browser itself: random keys, session
//! storage, downloads, focus, and talking to the host page. Each fails
//! quietly (or with a `Result`) rather than panicking: the host page may
//! forbid storage, or run the widget in an insecure context.

use transition_domain::wire::imports::ImportResult;
use transition_domain::Person;
use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// A fresh random UUID for an `Idempotency-Key`: `crypto.randomUUID()`
/// where the page is a secure context, else a v4 UUID from
/// `crypto.getRandomValues()`.
pub fn random_key() -> String {
    let Some(crypto) = window().and_then(|w| w.crypto().ok()) else {
        return fallback_key();
    };
    let has_uuid = js_sys::Reflect::has(&crypto, &JsValue::from_str("randomUUID")).unwrap_or(false);
    if has_uuid {
        return crypto.random_uuid();
    }
    let mut bytes = [0u8; 16];
    if crypto.get_random_values_with_u8_array(&mut bytes).is_err() {
        return fallback_key();
    }
    uuid_v4(bytes)
}

/// Without Web Crypto: `Math.random()`, good enough to tell two requests
/// of one partner apart.
fn fallback_key() -> String {
    let mut bytes = [0u8; 16];
    for b in &mut bytes {
        *b = (js_sys::Math::random() * 256.0) as u8;
    }
    uuid_v4(bytes)
}

/// Formats 16 random bytes as a version 4 UUID.
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

fn session() -> Option<web_sys::Storage> {
    window().and_then(|w| w.session_storage().ok().flatten())
}

fn stored(storage: Option<web_sys::Storage>, key: &str) -> Option<String> {
    storage.and_then(|s| s.get_item(key).ok().flatten())
}

fn store(storage: Option<web_sys::Storage>, key: &str, value: &str) {
    if let Some(s) = storage {
        let _ = s.set_item(key, value);
    }
}

pub fn session_get(key: &str) -> Option<String> {
    stored(session(), key)
}

pub fn session_set(key: &str, value: &str) {
    store(session(), key, value)
}

pub fn session_remove(key: &str) {
    if let Some(s) = session() {
        let _ = s.remove_item(key);
    }
}

/// The browser's languages, preferred first (`navigator.languages`, else
/// `navigator.language`).
pub fn navigator_languages() -> Vec<String> {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

fn local() -> Option<web_sys::Storage> {
    window().and_then(|w| w.local_storage().ok().flatten())
}

/// A value kept across visits (`localStorage`), if the page may keep one.
pub fn local_get(key: &str) -> Option<String> {
    stored(local(), key)
}

pub fn local_set(key: &str, value: &str) {
    store(local(), key, value)
}

/// Offers `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let document = window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.set_hidden(true);
    if let Some(body) = document.body() {
        body.append_child(&anchor)?;
        anchor.click();
        body.remove_child(&anchor)?;
    } else {
        anchor.click();
    }
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// Writes `text` to the clipboard (`navigator.clipboard.writeText`): false
/// when the browser has no clipboard here (an insecure page) or refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    // `clipboard` is absent outside secure contexts: calling through an
    // undefined object would throw.
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !present {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Selects the whole text of the element with this id, so that the
/// partner can copy it by hand.
pub fn select_text(id: &str) {
    let Some(window) = window() else {
        return;
    };
    let element = window.document().and_then(|d| d.get_element_by_id(id));
    if let (Ok(Some(selection)), Some(element)) = (window.get_selection(), element) {
        let _ = selection.remove_all_ranges();
        let _ = selection.select_all_children(&element);
    }
}

/// Moves the keyboard focus to the element with this id, once the current
/// render has reached the page.
pub fn focus_soon(id: String) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(element) = window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// Focuses the first element that exists among `ids`, once a navigation
/// that shows it has rendered.
pub fn focus_first(ids: Vec<String>) {
    leptos::prelude::set_timeout(
        move || {
            let Some(document) = window().and_then(|w| w.document()) else {
                return;
            };
            if let Some(element) = ids
                .iter()
                .find_map(|id| document.get_element_by_id(id))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                // A field in the form of a collapsed row of a list: the
                // row expands first.
                let expanded = expand_row_of(&element);
                let focus = move || {
                    element.scroll_into_view();
                    let _ = element.focus();
                };
                if expanded {
                    leptos::prelude::set_timeout(focus, std::time::Duration::from_millis(30));
                } else {
                    focus();
                }
            }
        },
        std::time::Duration::from_millis(60),
    );
}

/// The attribute that marks a row of a list
/// ([`crate::components::item_row`]).
pub const ROW: &str = "data-pt-row";
/// The attribute that marks a row's disclosure button.
pub const TOGGLE: &str = "data-pt-toggle";

/// Expands the row of a list ([`crate::components::item_row`]) whose
/// collapsed form holds `element`; true if it did.
fn expand_row_of(element: &web_sys::Element) -> bool {
    let in_body = element.closest(".pt-row-body").ok().flatten().is_some();
    let toggle = element
        .closest(&format!("[{ROW}]"))
        .ok()
        .flatten()
        .filter(|_| in_body)
        .and_then(|row| {
            row.query_selector(&format!("[{TOGGLE}][aria-expanded='false']"))
                .ok()
                .flatten()
        })
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
    match toggle {
        Some(toggle) => {
            toggle.click();
            true
        }
        None => false,
    }
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}

/// The event detail and message payload for a completed import:
/// `{import_id, profiles: [{id, name, region}]}`.
pub fn imported_detail(result: &ImportResult) -> JsValue {
    let detail = js_sys::Object::new();
    set(&detail, "import_id", &JsValue::from_str(result.id.as_ref()));
    let list = js_sys::Array::new();
    for profile in &result.profiles {
        let item = js_sys::Object::new();
        set(&item, "id", &JsValue::from_str(profile.id.as_ref()));
        set(&item, "name", &JsValue::from_str(&profile.name.to_string()));
        set(
            &item,
            "region",
            &JsValue::from_str(&profile.region.to_string()),
        );
        list.push(&item);
    }
    set(&detail, "profiles", &list);
    // Who prepared it and, when a second admin approved it, who did.
    let (prepared, approved) = match &result.prepared_by {
        Some(prepared) => (prepared, Some(&result.actor)),
        None => (&result.actor, None),
    };
    set(
        &detail,
        "prepared_by",
        &person_detail(prepared.person.as_ref()),
    );
    set(
        &detail,
        "approved_by",
        &approved.map_or(JsValue::NULL, |a| person_detail(a.person.as_ref())),
    );
    detail.into()
}

/// `{id, name}` of a person, for the host (`null` when none is known).
pub fn person_detail(person: Option<&Person>) -> JsValue {
    let Some(person) = person else {
        return JsValue::NULL;
    };
    let out = js_sys::Object::new();
    set(&out, "id", &JsValue::from_str(person.id.as_str()));
    set(
        &out,
        "name",
        &person
            .name
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str),
    );
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_version_4() {
        let id = uuid_v4([0xff; 16]);
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        let id = uuid_v4([0; 16]);
        assert_eq!(id, "00000000-0000-4000-8000-000000000000");
    }
}
