//! # transition-app
//!
//! The Pinpoint Transition wizard, a Leptos CSR app. It runs on its own
//! page (`main.rs` mounts it on `#pinpoint-transition`) or inside a host
//! page through [`mount`]. Every rule comes from `transition_domain`, the
//! same code the server runs; the app only shows what the domain says.

pub mod api;
pub mod browser;
pub mod components;
pub mod config;
pub mod data;
pub mod edit;
pub mod fields;
pub mod host;
pub mod i18n;
pub mod nav;
pub mod paths;
pub mod routes;
pub mod wizard;

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use transition_domain::Lang;
use wasm_bindgen::prelude::*;

use crate::api::{Api, ApiError, DemoPartner, Me};
use crate::config::HostConfig;
use crate::host::{Event, HostLink, ParentMessage};
use crate::nav::{Nav, Page, Redirect};

/// How the app got (or did not get) its token.
#[derive(Debug, Clone, PartialEq)]
pub enum Auth {
    Pending,
    Ready,
    /// No token from the host and no demo mode.
    SignedOut,
    Failed(ApiError),
}

/// Demo mode (`serve --demo`): the partners to switch between and who is
/// signed in now.
#[derive(Debug, Clone, PartialEq)]
pub struct Demo {
    pub partners: Vec<DemoPartner>,
    pub current: DemoIdentity,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoIdentity {
    pub partner_id: String,
    pub read_only: bool,
}

impl DemoIdentity {
    /// Stored as `partner_id` or `partner_id:ro`.
    pub fn encode(&self) -> String {
        if self.read_only {
            format!("{}:ro", self.partner_id)
        } else {
            self.partner_id.clone()
        }
    }

    pub fn decode(text: &str) -> DemoIdentity {
        match text.strip_suffix(":ro") {
            Some(id) => DemoIdentity {
                partner_id: id.to_owned(),
                read_only: true,
            },
            None => DemoIdentity {
                partner_id: text.to_owned(),
                read_only: false,
            },
        }
    }
}

/// The demo partner the app signs in as first.
pub const DEMO_DEFAULT_PARTNER: &str = "4412345";
const DEMO_KEY: &str = "pt-demo-identity";

/// The app's shared state, provided as context.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    /// The bearer token now; replacing it (a refresh) reloads nothing.
    token: StoredValue<Option<String>>,
    /// Bumped when the signed-in user changes: data is loaded again.
    pub identity: RwSignal<u32>,
    pub auth: RwSignal<Auth>,
    pub demo: RwSignal<Option<Demo>>,
    /// Bumped after every change, so that data read elsewhere reloads.
    pub version: RwSignal<u32>,
    pub api_base: StoredValue<String>,
    host: StoredValue<HostLink, LocalStorage>,
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
    fn new(config: &HostConfig, lang: Lang, link: HostLink) -> Ctx {
        Ctx {
            lang: RwSignal::new(lang),
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
        self.version.update(|v| *v = v.wrapping_add(1));
    }

    /// Signs in with `token`. The same user's new token only replaces the
    /// old one; another user's (or the first) loads everything again.
    pub fn set_token(&self, token: String) {
        let old = self.token.get_value();
        let old_user = old.as_deref().and_then(host::token_subject);
        let same_user = old_user.is_some() && old_user == host::token_subject(&token);
        self.token.set_value(Some(token));
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
    pub fn announce_import(&self, import_id: &str, profiles: &[(String, String, String)]) {
        self.emit(
            Event::Imported,
            &browser::imported_detail(import_id, profiles),
        );
    }

    /// Tells the host a profile changed after its import or creation.
    pub fn announce_profile_change(&self, profile_id: &str) {
        self.emit(
            Event::ProfileChanged,
            &host::object(&[("profile_id", JsValue::from_str(profile_id))]),
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
        let roles: Vec<String> = Vec::new();
        let roles = identity.read_only.then_some(roles.as_slice());
        let token = self
            .api()
            .dev_token(&identity.partner_id, roles)
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

/// Signs in: the host's token, else its `getToken()`, else (framed) the
/// parent's `init` message, else a demo token when the server is in
/// demo mode, else nobody.
fn sign_in(ctx: Ctx, config: &HostConfig) {
    if let Some(token) = config.token.clone() {
        ctx.set_token(token);
        return;
    }
    if config.get_token.is_some() {
        spawn_local(async move {
            if ctx.refresh_token().await.is_none() {
                ctx.auth.set(Auth::SignedOut);
            }
        });
        return;
    }
    if config.parent_origin.is_some() {
        // Framed: the parent's `init` brings the token.
        return;
    }
    spawn_local(async move {
        match ctx.api().dev_partners().await {
            Ok(partners) if !partners.is_empty() => {
                let saved = browser::session_get(DEMO_KEY).map(|s| DemoIdentity::decode(&s));
                let current = saved
                    .filter(|id| partners.iter().any(|p| p.partner_id == id.partner_id))
                    .unwrap_or_else(|| DemoIdentity {
                        partner_id: partners
                            .iter()
                            .find(|p| p.partner_id == DEMO_DEFAULT_PARTNER)
                            .unwrap_or(&partners[0])
                            .partner_id
                            .clone(),
                        read_only: false,
                    });
                ctx.demo.set(Some(Demo {
                    partners,
                    current: current.clone(),
                }));
                switch_demo(ctx, current);
            }
            _ => ctx.auth.set(Auth::SignedOut),
        }
    });
}

/// Mints a demo token for `identity` and signs in with it.
pub fn switch_demo(ctx: Ctx, identity: DemoIdentity) {
    ctx.auth.set(Auth::Pending);
    browser::session_set(DEMO_KEY, &identity.encode());
    ctx.demo.update(|demo| {
        if let Some(demo) = demo {
            demo.current = identity.clone();
        }
    });
    spawn_local(async move {
        let roles: Vec<String> = Vec::new();
        let roles = identity.read_only.then_some(roles.as_slice());
        match ctx.api().dev_token(&identity.partner_id, roles).await {
            Ok(token) => {
                ctx.token.set_value(None);
                ctx.set_token(token);
                ctx.bump();
            }
            Err(error) => ctx.auth.set(Auth::Failed(error)),
        }
    });
}

/// Framed: listens to the parent, and only to it (its exact origin, and
/// `window.parent` as the sender), until the app is unmounted; then tells
/// it the widget is ready for `init`.
fn listen_to_parent(ctx: Ctx, origin: String) {
    let handle = window_event_listener(leptos::ev::message, move |event| {
        match host::accept(&event, &origin) {
            Some(ParentMessage::Init {
                token,
                locale,
                theme,
                chrome,
            }) => {
                if let Some(locale) = locale {
                    ctx.lang.set(Lang::from_tag(&locale));
                }
                if !theme.is_undefined() {
                    let (dark, vars) = config::theme_of(&theme);
                    ctx.dark.set(dark);
                    ctx.theme_vars.set(vars);
                }
                if let Some(chrome) = chrome {
                    ctx.chrome.set(chrome);
                }
                match token {
                    Some(token) => ctx.set_token(token),
                    None => ctx.auth.set(Auth::SignedOut),
                }
            }
            Some(ParentMessage::Token(token)) => ctx.set_token(token),
            Some(ParentMessage::Locale(locale)) => ctx.lang.set(Lang::from_tag(&locale)),
            None => {}
        }
    });
    on_cleanup(move || handle.remove());
}

/// The page of the current path.
fn page_view(page: Page) -> AnyView {
    match page {
        Page::Home => view! { <Redirect path=paths::PROFILES /> }.into_any(),
        Page::Dashboard => view! { <routes::dashboard::DashboardPage /> }.into_any(),
        Page::Settings => view! { <routes::settings::SettingsPage /> }.into_any(),
        Page::Profiles => view! { <routes::profiles::ProfilesPage /> }.into_any(),
        Page::Referrals => view! { <routes::referrals::ReferralsPage /> }.into_any(),
        Page::Import => view! { <routes::import::ImportPage /> }.into_any(),
        Page::NewProfile => view! { <routes::new_profile::NewProfilePage /> }.into_any(),
        Page::Profile(id) => view! { <routes::profile::ProfilePage id=id /> }.into_any(),
        Page::ImportResult(id) => view! { <routes::results::ResultsPage id=id /> }.into_any(),
        Page::NotFound => view! { <routes::NotFound /> }.into_any(),
    }
}

/// The whole app for one host configuration; `slot` receives its context
/// (for the host's handle).
#[component]
pub fn App(
    config: HostConfig,
    #[prop(optional)] ctx_out: Option<Rc<Cell<Option<Ctx>>>>,
) -> impl IntoView {
    let lang = config
        .locale
        .or_else(|| browser::navigator_language().map(|tag| Lang::from_tag(&tag)))
        .unwrap_or_default();
    let link = HostLink {
        target: None,
        on_event: config.on_event.clone(),
        get_token: config.get_token.clone(),
        parent_origin: config.parent_origin.clone(),
    };
    let ctx = Ctx::new(&config, lang, link);
    if let Some(out) = ctx_out {
        out.set(Some(ctx));
    }
    provide_context(ctx);
    provide_context(ctx.lang);
    let nav = Nav::new(
        config.routing,
        &config.base_path,
        config.initial_path.as_deref(),
    );
    provide_context(nav);
    let me = LocalResource::new(move || {
        let ready = ctx.auth.get() == Auth::Ready;
        ctx.identity.track();
        ctx.version.track();
        async move {
            if ready {
                Some(ctx.api().me().await)
            } else {
                None
            }
        }
    });
    provide_context(MeResource(me));
    sign_in(ctx, &config);
    if let Some(origin) = config.parent_origin.clone() {
        listen_to_parent(ctx, origin);
    }

    // The theme's custom properties, set through the CSSOM: a host page
    // whose CSP forbids inline styles (no 'unsafe-inline') still applies
    // them.
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |previous: Option<Vec<String>>| {
        let vars = ctx.theme_vars.get();
        let Some(element) = root.get() else {
            return Vec::new();
        };
        let style = web_sys::HtmlElement::style(&element);
        for old in previous.unwrap_or_default() {
            let _ = style.remove_property(&old);
        }
        for (key, value) in &vars {
            let _ = style.set_property(key, value);
        }
        vars.into_iter().map(|(key, _)| key).collect()
    });
    let page = Memo::new(move |_| nav.path.with(|p| Page::of(p)));
    view! {
        <div
            class="pt-root"
            class:pt-dark=move || ctx.dark.get()
            class:pt-embedded=config.embedded
            node_ref=root
            lang=move || ctx.lang.get().as_str()
        >
            <Show when=move || ctx.chrome.get()>
                <components::shell::Header />
            </Show>
            <main class="pt-main" id="pt-main">
                <components::shell::Gate>
                    {move || page_view(page.get())}
                </components::shell::Gate>
            </main>
        </div>
    }
}

/// What the host holds of a mounted widget (`mountPinpointTransition`
/// answers it): `unmount()`, `setLocale(tag)`, `setToken(token)`.
#[wasm_bindgen]
pub struct WidgetHandle {
    mounted: Option<Box<dyn std::any::Any>>,
    ctx: Option<Ctx>,
    element: web_sys::HtmlElement,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget: its nodes, its listeners, its state. The mount
    /// element then hears `pinpoint-transition:closed`. Calling it again
    /// does nothing.
    pub fn unmount(&mut self) {
        self.ctx = None;
        if let Some(mounted) = self.mounted.take() {
            // Dropping leptos' handle removes the nodes and runs every
            // cleanup (listeners, timers) of the app's owner.
            drop(mounted);
            let link = HostLink {
                target: Some(self.element.clone().into()),
                ..HostLink::default()
            };
            link.emit(Event::Closed, &JsValue::UNDEFINED);
        }
    }

    /// Shows the widget in another language (`fr`, `en`, `fr-CA`, …).
    #[wasm_bindgen(js_name = setLocale)]
    pub fn set_locale(&self, locale: &str) {
        if let Some(ctx) = self.ctx {
            ctx.lang.try_set(Lang::from_tag(locale));
        }
    }

    /// Gives the widget a new token (the same user: nothing reloads).
    #[wasm_bindgen(js_name = setToken)]
    pub fn set_token(&self, token: &str) {
        let token = token.trim();
        if let (Some(ctx), false) = (self.ctx, token.is_empty()) {
            if ctx.auth.try_get_untracked().is_some() {
                ctx.set_token(token.to_owned());
            }
        }
    }
}

/// Mounts the app into `element` of a host page and answers its handle.
///
/// `config` (all optional, see `app/embed/widget.d.ts`): `apiBase`,
/// `token`, `getToken`, `locale`, `theme`, `basePath`, `routing`
/// (`"host"` or `"memory"`), `initialPath`, `chrome`, `onEvent`.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, config: JsValue) -> WidgetHandle {
    console_error_panic_hook::set_once();
    let pathname = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let config = HostConfig::from_js(&config, &pathname);
    start(element, config)
}

fn start(element: web_sys::HtmlElement, config: HostConfig) -> WidgetHandle {
    let slot = Rc::new(Cell::new(None));
    let target: web_sys::EventTarget = element.clone().into();
    let app_slot = slot.clone();
    let handle = leptos::mount::mount_to(element.clone(), move || {
        view! { <App config=config ctx_out=app_slot /> }
    });
    let ctx = slot.take();
    if let Some(ctx) = ctx {
        ctx.host.update_value(|link| link.target = Some(target));
        // After the first render, so that the host's listeners see a page.
        request_animation_frame(move || {
            ctx.host
                .try_with_value(|link| link.emit(Event::Ready, &JsValue::UNDEFINED));
        });
    }
    WidgetHandle {
        mounted: Some(Box::new(handle)),
        ctx,
        element,
    }
}

/// The element our own index.html mounts on.
pub const STANDALONE_ID: &str = "pinpoint-transition";

/// The path of the framed page (`/embed/frame?parent=<origin>`).
pub const FRAME_PATH: &str = "/embed/frame";

/// Mounts the app on our own page, when the page has the standalone
/// element: framed when the page is `/embed/frame?parent=<origin>`. A
/// host page that only loads the module (and calls [`mount`]) has none,
/// so nothing renders until it asks.
pub fn start_standalone() {
    console_error_panic_hook::set_once();
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(element) = window
        .document()
        .and_then(|d| d.get_element_by_id(STANDALONE_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let location = window.location();
    let framed = (location.pathname().ok().as_deref() == Some(FRAME_PATH))
        .then(|| location.search().ok())
        .flatten()
        .and_then(|search| nav::query_value(search.trim_start_matches('?'), "parent"))
        .and_then(|parent| HostConfig::framed(&parent));
    let config = framed.clone().unwrap_or_else(HostConfig::standalone);
    // Our own page lives as long as the page does.
    std::mem::forget(start(element, config));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_identities_round_trip() {
        for identity in [
            DemoIdentity {
                partner_id: "4412345".into(),
                read_only: true,
            },
            DemoIdentity {
                partner_id: "5523456".into(),
                read_only: false,
            },
        ] {
            assert_eq!(DemoIdentity::decode(&identity.encode()), identity);
        }
    }
}
