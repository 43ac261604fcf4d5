//! # transition-app
//!
//! The Pinpoint Transition wizard, a Leptos CSR app. It runs on its own
//! page (`main.rs` mounts it on `#pinpoint-transition`) or inside a host
//! page through [`mount`]. Every rule comes from `transition_domain`, the
//! same code the server runs; the app only shows what the domain says.

// Outside tests, nothing may panic on bad input: no unwrap, no expect,
// no indexing that can fail (tests may).
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

pub mod api;
pub mod browser;
pub mod components;
pub mod config;
pub mod ctx;
pub mod data;
pub mod edit;
pub mod fields;
pub mod host;
pub mod i18n;
pub mod locale;
pub mod mount;
pub mod nav;
pub mod paths;
pub mod routes;
pub mod sign_in;
pub mod wizard;

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

pub use crate::ctx::*;
pub use crate::mount::*;
pub use crate::sign_in::*;

use crate::config::HostConfig;
use crate::host::HostLink;
use crate::nav::{Nav, Redirect};
use crate::paths::Page;
use transition_domain::Lang;

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
    // The portal's choice, then our own page's remembered one, then the
    // browser's languages, then English.
    let remembered = (!config.embedded)
        .then(|| browser::local_get(i18n::REMEMBERED))
        .flatten();
    let lang = config.locale.unwrap_or_else(|| {
        let browser = browser::navigator_languages();
        Lang::negotiate(remembered.iter().chain(&browser).map(String::as_str))
    });
    let i18n = i18n::I18n::new(lang);
    provide_context(i18n);
    i18n::follow(i18n, config.locales.clone(), config.preload.clone());
    let link = HostLink {
        target: None,
        on_event: config.on_event.clone(),
        get_token: config.get_token.clone(),
        parent_origin: config.parent_origin.clone(),
        prefetched: config.prefetched.clone(),
    };
    let ctx = Ctx::new(&config, i18n, link);
    if let Some(out) = ctx_out {
        out.set(Some(ctx));
    }
    provide_context(ctx);
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
            lang=move || i18n.get().as_str()
            dir=move || i18n.get().dir()
        >
            <i18n::TextsGate>
                <Show when=move || ctx.chrome.get()>
                    <components::shell::Header />
                </Show>
                <main class="pt-main" id="pt-main">
                    <components::shell::Gate>
                        {move || page_view(page.get())}
                    </components::shell::Gate>
                </main>
            </i18n::TextsGate>
        </div>
    }
}
