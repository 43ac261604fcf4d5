//! The widget's side of the host page: the events it tells the host
//! (a `CustomEvent` on the mount element, the host's `onEvent` callback,
//! and a `postMessage` to a framing parent), the tokens it asks the host
//! for, and the messages it takes from a framing parent.
//!
//! Event names, all prefixed `pinpoint-transition:`: `ready`, `step`,
//! `imported`, `profile-changed`, `navigate`, `error`, `closed` (see
//! `app/embed/widget.d.ts`).

use std::future::Future;
use std::time::Duration;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The prefix of every event and message name.
pub const PREFIX: &str = "pinpoint-transition:";

/// Something the widget tells the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Ready,
    Step,
    Imported,
    /// An import submitted for a second admin's approval (issue 23).
    ApprovalRequested,
    /// A submission returned to its submitter with a comment.
    ApprovalReturned,
    /// A submission withdrawn by its submitter.
    ApprovalWithdrawn,
    ProfileChanged,
    /// A link that leads out of the widget, to a page of the host
    /// (`{to: "dashboard" | "account-settings"}`): the host navigates.
    Navigate,
    Error,
    Closed,
    /// Framed mode only: the widget needs a (new) token.
    TokenRequest,
}

impl Event {
    pub fn name(self) -> &'static str {
        match self {
            Event::Ready => "ready",
            Event::Step => "step",
            Event::Imported => "imported",
            Event::ApprovalRequested => "approval-requested",
            Event::ApprovalReturned => "approval-returned",
            Event::ApprovalWithdrawn => "approval-withdrawn",
            Event::ProfileChanged => "profile-changed",
            Event::Navigate => "navigate",
            Event::Error => "error",
            Event::Closed => "closed",
            Event::TokenRequest => "token-request",
        }
    }

    /// `pinpoint-transition:<name>`.
    pub fn full_name(self) -> String {
        format!("{PREFIX}{}", self.name())
    }
}

/// Where the widget talks to its host: the mount element, the host's
/// callbacks, the framing parent. Not `Send`: kept in local storage.
#[derive(Debug, Clone, Default)]
pub struct HostLink {
    pub target: Option<web_sys::EventTarget>,
    pub on_event: Option<js_sys::Function>,
    pub get_token: Option<js_sys::Function>,
    /// The exact origin of the framing parent.
    pub parent_origin: Option<String>,
    /// The first reads the loader asked for while the wasm compiled
    /// (`prefetched`: URL → the promise of its answer), each taken once.
    pub prefetched: Vec<(String, JsValue)>,
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}

/// A plain object from string pairs.
pub fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let out = js_sys::Object::new();
    for (key, value) in pairs {
        set(&out, key, value);
    }
    out.into()
}

impl HostLink {
    /// The loader's answer for `url`, if it asked for it and nobody took
    /// it yet.
    pub fn take_prefetched(&mut self, url: &str) -> Option<js_sys::Promise> {
        let at = self.prefetched.iter().position(|(of, _)| of == url)?;
        self.prefetched.swap_remove(at).1.dyn_into().ok()
    }

    /// Tells the host `event` with `detail`, by every channel it has.
    pub fn emit(&self, event: Event, detail: &JsValue) {
        let name = event.full_name();
        if let Some(target) = &self.target {
            let init = web_sys::CustomEventInit::new();
            init.set_detail(detail);
            init.set_bubbles(true);
            init.set_composed(true);
            if let Ok(custom) = web_sys::CustomEvent::new_with_event_init_dict(&name, &init) {
                let _ = target.dispatch_event(&custom);
            }
        }
        if let Some(callback) = &self.on_event {
            let message = object(&[
                ("type", JsValue::from_str(event.name())),
                ("detail", detail.clone()),
            ]);
            // A host callback that throws is the host's problem, not ours.
            let _ = callback.call1(&JsValue::NULL, &message);
        }
        if let Some(origin) = &self.parent_origin {
            post_to_parent(origin, &name, detail);
        }
    }

    /// Asks the host for a fresh token: its `getToken()` (which may answer
    /// a promise), or the framing parent. `None` when it has none to give.
    pub fn fresh_token(&self) -> Option<impl Future<Output = Option<String>>> {
        if let Some(get_token) = self.get_token.clone() {
            return Some(Box::pin(async move {
                let answer = get_token.call0(&JsValue::NULL).ok()?;
                let value = match answer.dyn_into::<js_sys::Promise>() {
                    Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.ok()?,
                    Err(value) => value,
                };
                value.as_string().filter(|t| !t.trim().is_empty())
            })
                as std::pin::Pin<Box<dyn Future<Output = Option<String>>>>);
        }
        let origin = self.parent_origin.clone()?;
        post_to_parent(
            &origin,
            &Event::TokenRequest.full_name(),
            &JsValue::UNDEFINED,
        );
        None
    }
}

/// Posts `{type, detail}` to the framing parent, addressed to exactly
/// `origin` (never `*`); nothing when the page is not framed.
pub fn post_to_parent(origin: &str, name: &str, detail: &JsValue) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let message = object(&[
        ("type", JsValue::from_str(name)),
        ("detail", detail.clone()),
    ]);
    let _ = parent.post_message(&message, origin);
}

/// A message from the framing parent, once it passed [`accept`].
#[derive(Debug, Clone, PartialEq)]
pub enum ParentMessage {
    /// `{type: "pinpoint-transition:init", token, locale, theme, chrome}`.
    Init {
        token: Option<String>,
        locale: Option<String>,
        theme: JsValue,
        chrome: Option<bool>,
    },
    /// `{type: "pinpoint-transition:token", token}`.
    Token(String),
    /// `{type: "pinpoint-transition:locale", locale}`.
    Locale(String),
}

fn field(data: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn text(data: &JsValue, key: &str) -> Option<String> {
    field(data, key)
        .as_string()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// Reads a message event, and only when it comes from exactly `origin`
/// and from the window that frames this one (`event.source` is
/// `window.parent`): any other sender is ignored.
pub fn accept(event: &web_sys::MessageEvent, origin: &str) -> Option<ParentMessage> {
    if event.origin() != origin {
        return None;
    }
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    if js_sys::Object::is(&parent, &window) {
        return None;
    }
    let source = event.source()?;
    if !js_sys::Object::is(&source, &parent) {
        return None;
    }
    let data = event.data();
    let kind = text(&data, "type")?;
    match kind.strip_prefix(PREFIX)? {
        "init" => Some(ParentMessage::Init {
            token: text(&data, "token"),
            locale: text(&data, "locale"),
            theme: field(&data, "theme"),
            chrome: field(&data, "chrome").as_bool(),
        }),
        "token" => text(&data, "token").map(ParentMessage::Token),
        "locale" => text(&data, "locale").map(ParentMessage::Locale),
        _ => None,
    }
}

/// Seconds since the epoch by the browser's clock.
pub fn now_secs() -> f64 {
    js_sys::Date::now() / 1000.0
}

/// The claims of a JWT, read without checking anything (the server
/// checks; the widget only wants to know when to ask for a new one, and
/// whether a new token is another user's).
fn token_claims(token: &str) -> Option<JsValue> {
    let payload = token.split('.').nth(1)?;
    let mut b64: String = payload
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    while !b64.len().is_multiple_of(4) {
        b64.push('=');
    }
    let json = web_sys::window()?.atob(&b64).ok()?;
    js_sys::JSON::parse(&json).ok()
}

/// The `exp` and `iat` claims of a token.
pub fn token_times(token: &str) -> Option<(f64, Option<f64>)> {
    let claims = token_claims(token)?;
    Some((
        field(&claims, "exp").as_f64()?,
        field(&claims, "iat").as_f64(),
    ))
}

/// Who and for which partner a token is: its claims but the times (`exp`,
/// `iat`, `nbf`, `jti`), as JSON. `sub` is the person, not the partner
/// (whose claim the server may name otherwise, `--jwt-partner-claim`),
/// so a new token is the same user's only when nothing else changed: the
/// same person of another partner, or with other roles, is another user.
pub fn token_identity(token: &str) -> Option<String> {
    let claims = token_claims(token)?;
    if !claims.is_object() {
        return None;
    }
    for time in ["exp", "iat", "nbf", "jti"] {
        let _ = js_sys::Reflect::delete_property(
            claims.unchecked_ref::<js_sys::Object>(),
            &JsValue::from_str(time),
        );
    }
    js_sys::JSON::stringify(&claims).ok()?.as_string()
}

/// How long before its `exp` a token is replaced: 20 s, or a tenth of a
/// shorter token's lifetime.
pub const REFRESH_MARGIN: Duration = Duration::from_secs(20);

/// The margin for a token issued at `iat` that expires at `exp`.
pub fn refresh_margin(exp: f64, iat: Option<f64>) -> f64 {
    let most = REFRESH_MARGIN.as_secs_f64();
    iat.map_or(most, |iat| ((exp - iat) / 10.0).clamp(0.0, most))
}

/// True when the token expires within its refresh margin.
pub fn expires_soon(token: &str) -> bool {
    token_times(token).is_some_and(|(exp, iat)| exp - now_secs() <= refresh_margin(exp, iat))
}

/// Waits `duration` (a timer of the browser).
pub async fn sleep(duration: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                i32::try_from(duration.as_millis()).unwrap_or(i32::MAX),
            );
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_tokens_are_replaced_near_their_end() {
        assert_eq!(refresh_margin(3600.0, Some(0.0)), 20.0);
        assert_eq!(refresh_margin(3600.0, None), 20.0);
        assert_eq!(refresh_margin(10.0, Some(0.0)), 1.0);
        assert_eq!(refresh_margin(0.0, Some(10.0)), 0.0);
    }

    #[test]
    fn events_have_stable_names() {
        assert_eq!(
            Event::ProfileChanged.full_name(),
            "pinpoint-transition:profile-changed"
        );
        assert_eq!(Event::TokenRequest.name(), "token-request");
        assert_eq!(Event::Navigate.full_name(), "pinpoint-transition:navigate");
    }
}
