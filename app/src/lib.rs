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
pub mod edit;
pub mod fields;
pub mod i18n;
pub mod paths;
pub mod routes;
pub mod wizard;

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::path;
use transition_domain::Lang;
use wasm_bindgen::prelude::*;

use crate::api::{Api, ApiError, DemoPartner, Me};
use crate::config::HostConfig;

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
    pub token: RwSignal<Option<String>>,
    pub auth: RwSignal<Auth>,
    pub demo: RwSignal<Option<Demo>>,
    /// Bumped after every change, so that data read elsewhere reloads.
    pub version: RwSignal<u32>,
    pub api_base: StoredValue<String>,
    pub parent_origin: StoredValue<Option<String>>,
    pub embedded: bool,
}

impl Ctx {
    /// The API as the current user, read without tracking.
    pub fn api(&self) -> Api {
        Api {
            base: self.api_base.get_value(),
            token: self.token.get_untracked(),
            lang: self.lang.get_untracked(),
        }
    }

    pub fn bump(&self) {
        self.version.update(|v| *v = v.wrapping_add(1));
    }

    /// Tells the host an import completed: a `CustomEvent` on the mount
    /// element, and a `postMessage` to the framing parent when configured.
    pub fn announce_import(&self, import_id: &str, profiles: &[(String, String, String)]) {
        let detail = browser::imported_detail(import_id, profiles);
        MOUNT_TARGET.with(|target| {
            if let Some(target) = target.borrow().as_ref() {
                browser::dispatch_imported(target, &detail);
            }
        });
        if let Some(origin) = self.parent_origin.get_value() {
            browser::post_to_parent(&origin, &detail);
        }
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

thread_local! {
    static MOUNT_TARGET: RefCell<Option<web_sys::EventTarget>> = const { RefCell::new(None) };
}

/// Signs in: the host's token, else a demo token when the server is in
/// demo mode, else nobody.
fn sign_in(ctx: Ctx, host_token: Option<String>) {
    if let Some(token) = host_token {
        ctx.token.set(Some(token));
        ctx.auth.set(Auth::Ready);
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
                ctx.token.set(Some(token));
                ctx.auth.set(Auth::Ready);
                ctx.bump();
            }
            Err(error) => ctx.auth.set(Auth::Failed(error)),
        }
    });
}

/// Listens to the framing parent, and only to it: `{type:
/// "pinpoint-transition:token", token}` and `{type:
/// "pinpoint-transition:locale", locale}`. Messages from any other origin
/// are ignored.
fn listen_to_parent(ctx: Ctx) {
    let Some(origin) = ctx.parent_origin.get_value() else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            if event.origin() != origin {
                return;
            }
            let data = event.data();
            let field = |key: &str| {
                js_sys::Reflect::get(&data, &JsValue::from_str(key))
                    .ok()
                    .and_then(|v| v.as_string())
            };
            match field("type").as_deref() {
                Some("pinpoint-transition:token") => {
                    if let Some(token) = field("token").filter(|t| !t.is_empty()) {
                        ctx.token.set(Some(token));
                        ctx.auth.set(Auth::Ready);
                        ctx.bump();
                    }
                }
                Some("pinpoint-transition:locale") => {
                    if let Some(locale) = field("locale") {
                        ctx.lang.set(Lang::from_tag(&locale));
                    }
                }
                _ => {}
            }
        });
    let _ = window.add_event_listener_with_callback("message", handler.as_ref().unchecked_ref());
    handler.forget();
}

/// The whole app for one host configuration.
#[component]
pub fn App(config: HostConfig) -> impl IntoView {
    let lang = config
        .locale
        .or_else(|| browser::navigator_language().map(|tag| Lang::from_tag(&tag)))
        .unwrap_or_default();
    let ctx = Ctx {
        lang: RwSignal::new(lang),
        token: RwSignal::new(None),
        auth: RwSignal::new(Auth::Pending),
        demo: RwSignal::new(None),
        version: RwSignal::new(0),
        api_base: StoredValue::new(config.api_base.clone()),
        parent_origin: StoredValue::new(config.parent_origin.clone()),
        embedded: config.embedded,
    };
    provide_context(ctx);
    provide_context(ctx.lang);
    let me = LocalResource::new(move || {
        let ready = ctx.auth.get() == Auth::Ready;
        ctx.token.track();
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
    sign_in(ctx, config.token.clone());
    listen_to_parent(ctx);

    let style = config
        .theme_vars
        .iter()
        .map(|(k, v)| format!("{k}:{v};"))
        .collect::<String>();
    let base = config.base_path.clone();
    paths::set_base(&base);
    view! {
        <div
            class="pt-root"
            class:pt-dark=config.dark
            class:pt-embedded=config.embedded
            style=style
            lang=move || ctx.lang.get().as_str()
        >
            <Router base=base>
                <components::shell::Header />
                <main class="pt-main" id="pt-main">
                    <components::shell::Gate>
                        <Routes fallback=|| view! { <routes::NotFound /> }>
                            <Route
                                path=path!("/")
                                view=|| view! { <Redirect path=paths::PROFILES /> }
                            />
                            <Route path=path!("/index.html") view=|| view! { <Redirect path=paths::PROFILES /> } />
                            <Route path=path!("/dashboard") view=routes::dashboard::DashboardPage />
                            <Route
                                path=path!("/account-settings")
                                view=routes::settings::SettingsPage
                            />
                            <Route
                                path=path!("/account-settings/business-profile")
                                view=|| view! { <Redirect path=paths::PROFILES /> }
                            />
                            <Route
                                path=path!("/account-settings/business-profile/profiles")
                                view=routes::profiles::ProfilesPage
                            />
                            <Route
                                path=path!("/account-settings/business-profile/referrals")
                                view=routes::referrals::ReferralsPage
                            />
                            <Route
                                path=path!("/account-settings/business-profile/import")
                                view=routes::import::ImportPage
                            />
                            <Route
                                path=path!("/account-settings/business-profile/new")
                                view=routes::new_profile::NewProfilePage
                            />
                            <Route
                                path=path!("/account-settings/business-profile/profiles/:id")
                                view=routes::profile::ProfilePage
                            />
                            <Route
                                path=path!("/account-settings/business-profile/imports/:id")
                                view=routes::results::ResultsPage
                            />
                        </Routes>
                    </components::shell::Gate>
                </main>
            </Router>
        </div>
    }
}

/// Mounts the app into `element` of a host page.
///
/// `config` (all optional): `apiBase` (the server, default this origin),
/// `token` (the bearer token the portal minted), `locale` (`fr`, `en`, …),
/// `theme` (`"light"`, `"dark"`, or an object of CSS custom properties such
/// as `{accent: "#0f6cbd"}` → `--pt-accent`), `basePath` (the path the
/// widget's routes live under; default the host page's folder) and
/// `parentOrigin` (the exact origin of a framing parent to notify).
///
/// After an import, `element` receives a bubbling
/// `CustomEvent("pinpoint-transition:imported", {detail: {import_id,
/// profiles}})`.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, config: JsValue) {
    console_error_panic_hook::set_once();
    let pathname = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let config = HostConfig::from_js(&config, &pathname);
    MOUNT_TARGET.with(|target| *target.borrow_mut() = Some(element.clone().into()));
    let handle = leptos::mount::mount_to(element, move || view! { <App config=config.clone() /> });
    handle.forget();
}

/// The element our own index.html mounts on.
pub const STANDALONE_ID: &str = "pinpoint-transition";

/// Mounts the app on our own page, when the page has the standalone
/// element. A host page that only loads the module (and calls [`mount`])
/// has none, so nothing renders until it asks.
pub fn start_standalone() {
    console_error_panic_hook::set_once();
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(STANDALONE_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    MOUNT_TARGET.with(|target| *target.borrow_mut() = Some(element.clone().into()));
    let config = HostConfig::default();
    let handle = leptos::mount::mount_to(element, move || view! { <App config=config.clone() /> });
    handle.forget();
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
