//! The app's shared state (`Ctx`, provided as context): language, token
//! and who is signed in, the host link, theme and chrome.

use leptos::prelude::*;
use transition_domain::wire::imports::ImportResult;
use transition_domain::Lang;
use wasm_bindgen::prelude::*;

use crate::api::{Api, ApiError, Me};
use crate::config::HostConfig;
use crate::host::{Event, HostLink};
use crate::*;

/// How the app got (or did not get) its token.
#[derive(Debug, Clone, PartialEq)]
pub enum Auth {
    Pending,
    Ready,
    /// No token from the host and no demo mode.
    SignedOut,
    Failed(ApiError),
}

/// The app's shared state, provided as context.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The language asked for (the texts follow it: `i18n`).
    pub lang: RwSignal<Lang>,
    pub i18n: crate::i18n::I18n,
    /// The bearer token now; replacing it (a refresh) reloads nothing.
    pub(crate) token: StoredValue<Option<String>>,
    /// Bumped when the signed-in user changes: data is loaded again.
    pub identity: RwSignal<u32>,
    pub auth: RwSignal<Auth>,
    pub demo: RwSignal<Option<Demo>>,
    /// Bumped after every change, so that data read elsewhere reloads.
    pub version: RwSignal<u32>,
    pub api_base: StoredValue<String>,
    pub(crate) host: StoredValue<HostLink, LocalStorage>,
    pub embedded: bool,
    /// False inside a host that shows its own header and breadcrumbs.
    pub chrome: RwSignal<bool>,
    pub dark: RwSignal<bool>,
    pub theme_vars: RwSignal<Vec<(String, String)>>,
    /// Whether a page has opened yet (the first one leaves the focus where
    /// the host page has it).
    pub page_opened: StoredValue<bool>,
}

impl Ctx {
    pub(crate) fn new(config: &HostConfig, i18n: crate::i18n::I18n, link: HostLink) -> Ctx {
        Ctx {
            lang: i18n.lang,
            i18n,
            token: StoredValue::new(None),
            identity: RwSignal::new(0),
            auth: RwSignal::new(Auth::Pending),
            demo: RwSignal::new(None),
            version: RwSignal::new(0),
            api_base: StoredValue::new(config.api_base.clone()),
            host: StoredValue::new_local(link),
            embedded: config.embedded,
            chrome: RwSignal::new(config.chrome),
            dark: RwSignal::new(config.dark),
            theme_vars: RwSignal::new(config.theme_vars.clone()),
            page_opened: StoredValue::new(false),
        }
    }

    /// The API as the current user, read without tracking.
    pub fn api(&self) -> Api {
        Api {
            base: self.api_base.get_value(),
            token: self.token.get_value(),
            lang: self.lang.get_untracked(),
            session: Some(Session(*self)),
        }
    }

    pub fn bump(&self) {
        self.forget_prefetched();
        self.version.update(|v| *v = v.wrapping_add(1));
    }

    /// Drops what the loader read first that nobody took: from now on it
    /// may be stale.
    pub(crate) fn forget_prefetched(&self) {
        self.host.try_update_value(|link| link.prefetched.clear());
    }

    /// Signs in with `token`. The same user's new token only replaces the
    /// old one; another user's (or the first) loads everything again.
    pub fn set_token(&self, token: String) {
        let old = self.token.get_value();
        let old_user = old.as_deref().and_then(host::token_identity);
        let same_user = old_user.is_some() && old_user == host::token_identity(&token);
        self.token.set_value(Some(token));
        if old.is_some() && !same_user {
            // What the loader read was the first user's.
            self.forget_prefetched();
        }
        if !same_user || self.auth.get_untracked() != Auth::Ready {
            self.auth.set(Auth::Ready);
            self.identity.update(|v| *v = v.wrapping_add(1));
        }
    }

    /// Tells the host `event` (mount element, `onEvent`, framing parent).
    pub fn emit(&self, event: Event, detail: &JsValue) {
        self.host.with_value(|link| link.emit(event, detail));
    }

    /// Tells the host an import completed.
    pub fn announce_import(&self, result: &ImportResult) {
        self.emit(Event::Imported, &browser::imported_detail(result));
    }

    /// Tells the host a profile changed after its import or creation.
    pub fn announce_profile_change(&self, profile_id: &str) {
        self.emit(
            Event::ProfileChanged,
            &host::object(&[("profile_id", JsValue::from_str(profile_id))]),
        );
    }

    /// Asks the host to show one of its own pages (a link that leads out
    /// of the widget).
    pub fn navigate_host(&self, to: HostPage) {
        self.emit(
            Event::Navigate,
            &host::object(&[("to", JsValue::from_str(to.as_str()))]),
        );
    }

    /// A new token, from the host (`getToken()` or the framing parent) or
    /// from the demo server; `None` when none can be had.
    pub async fn refresh_token(self) -> Option<String> {
        let old = self.token.get_value();
        let asked = self.host.with_value(HostLink::fresh_token);
        if let Some(asked) = asked {
            let token = asked.await?;
            self.set_token(token.clone());
            return Some(token);
        }
        if self.host.with_value(|link| link.parent_origin.is_some()) {
            // The parent was asked; its answer comes as a message.
            for _ in 0..100 {
                host::sleep(std::time::Duration::from_millis(100)).await;
                let now = self.token.get_value();
                if now.is_some() && now != old {
                    return now;
                }
            }
            return None;
        }
        let identity = self.demo.get_untracked()?.current;
        let roles: Vec<transition_domain::Role> = Vec::new();
        let roles = identity.read_only.then_some(roles.as_slice());
        let token = self
            .api()
            .dev_token(&identity.partner_id, identity.user_id(), roles)
            .await
            .ok()?;
        self.set_token(token.clone());
        Some(token)
    }
}

/// What an [`Api`] call asks of the app around it: a fresh token when
/// the one it has expired, and telling the host of a refusal.
#[derive(Clone, Copy)]
pub struct Session(Ctx);

impl Session {
    /// Boxed: minting a demo token is itself an API call.
    pub fn refresh(self) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<String>>>> {
        Box::pin(self.0.refresh_token())
    }

    /// The loader's answer for `url`, once (see [`HostLink::take_prefetched`]).
    pub fn prefetched(self, url: &str) -> Option<js_sys::Promise> {
        self.0
            .host
            .try_update_value(|link| link.take_prefetched(url))
            .flatten()
    }

    pub fn report(self, error: &ApiError) {
        if let Some(status) = error.status() {
            let code = error.problem().map(|p| p.code.as_str()).unwrap_or_default();
            self.0.emit(
                Event::Error,
                &host::object(&[
                    ("code", JsValue::from_str(code)),
                    ("status", JsValue::from(status)),
                ]),
            );
        }
    }
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Session")
    }
}

impl PartialEq for Session {
    fn eq(&self, _: &Session) -> bool {
        true
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// `GET /me` for the signed-in partner; reloads on sign-in and changes.
#[derive(Clone, Copy)]
pub struct MeResource(pub LocalResource<Option<Result<Me, ApiError>>>);

pub fn use_me() -> MeResource {
    expect_context::<MeResource>()
}

/// A page of the host that a link of the widget leads to: inside a
/// portal it is the portal's, never one of ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostPage {
    Dashboard,
    AccountSettings,
}

impl HostPage {
    /// The `to` of the `navigate` event.
    pub fn as_str(self) -> &'static str {
        match self {
            HostPage::Dashboard => "dashboard",
            HostPage::AccountSettings => "account-settings",
        }
    }

    /// The host page an app path stands for, if it is one.
    pub fn of_path(path: &str) -> Option<HostPage> {
        match path {
            crate::paths::DASHBOARD => Some(HostPage::Dashboard),
            crate::paths::SETTINGS => Some(HostPage::AccountSettings),
            _ => None,
        }
    }
}
