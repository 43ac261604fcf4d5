//! The app's own navigation, in two modes the host chooses:
//!
//! - `Routing::Host`: the app's pages live under a base path of the host
//!   page (`/host/account-settings/…`); links and the browser's history
//!   move between them, and a reload comes back to the same page.
//! - `Routing::Memory`: the app never touches the host's URL or history;
//!   its current page lives in a signal (a framed widget, or a host that
//!   routes on its own).
//!
//! leptos_router 0.8's `Router` is bound to the browser's location and
//! history (`BrowserUrl`), which the memory mode must leave alone, so the
//! few things the pages need (a link, `navigate`, the query and the route
//! parameter) are here, over one signal of the current app path.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::paths::{self, query_value, split};

/// How the widget routes (the host's `routing` option).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Routing {
    #[default]
    Host,
    Memory,
}

impl Routing {
    pub fn parse(text: &str) -> Option<Routing> {
        match text.trim() {
            "host" => Some(Routing::Host),
            "memory" => Some(Routing::Memory),
            _ => None,
        }
    }
}

/// The navigation state of one mounted app, provided as context.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The app path (no base).
    pub path: RwSignal<String>,
    /// The query string, without `?`.
    pub query: RwSignal<String>,
    base: StoredValue<String>,
    pub mode: Routing,
}

impl Nav {
    /// Starts at the browser's location (host mode) or at `start`
    /// (memory mode), and follows the browser's back and forward buttons
    /// in host mode until the app is unmounted.
    pub fn new(mode: Routing, base: &str, start: Option<&str>) -> Nav {
        let (path, query) = match (mode, start) {
            (Routing::Memory, Some(start)) => split(start),
            (Routing::Memory, None) => (paths::PROFILES.to_owned(), String::new()),
            (Routing::Host, _) => browser_location(base),
        };
        let nav = Nav {
            path: RwSignal::new(path),
            query: RwSignal::new(query),
            base: StoredValue::new(base.to_owned()),
            mode,
        };
        if mode == Routing::Host {
            let handle = window_event_listener(leptos::ev::popstate, move |_| {
                let (path, query) = browser_location(&nav.base.get_value());
                nav.path.set(path);
                nav.query.set(query);
            });
            on_cleanup(move || handle.remove());
        }
        nav
    }

    /// The base a link's `href` starts with.
    pub fn base(&self) -> String {
        match self.mode {
            Routing::Host => self.base.get_value(),
            Routing::Memory => String::new(),
        }
    }

    /// Goes to an app path (`/account-settings/…?step=…`), adding a history
    /// entry in host mode (or replacing the current one).
    pub fn go(&self, target: &str, replace: bool) {
        let (path, query) = split(target);
        if self.mode == Routing::Host {
            let full = format!("{}{target}", self.base.get_value());
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = if replace {
                    history.replace_state_with_url(&JsValue::NULL, "", Some(&full))
                } else {
                    history.push_state_with_url(&JsValue::NULL, "", Some(&full))
                };
            }
            let changed_page = self.path.get_untracked() != path;
            if changed_page {
                if let Some(window) = web_sys::window() {
                    window.scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
        }
        if self.path.get_untracked() != path {
            self.path.set(path);
        }
        if self.query.get_untracked() != query {
            self.query.set(query);
        }
    }

    /// An `href` as a link carries it: the app path under the base.
    pub fn href(&self, target: &str) -> String {
        format!("{}{target}", self.base())
    }

    /// The app path of an `href` this app wrote, if it is one.
    pub fn app_target(&self, href: &str) -> Option<String> {
        let base = self.base();
        let rest = href.strip_prefix(base.as_str())?;
        rest.starts_with('/').then(|| rest.to_owned())
    }
}

/// The browser's current path (under `base`) and query.
fn browser_location(base: &str) -> (String, String) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return (String::new(), String::new());
    };
    let path = location.pathname().unwrap_or_default();
    let path = path.strip_prefix(base).unwrap_or(&path).to_owned();
    let query = location.search().unwrap_or_default();
    (path, query.trim_start_matches('?').to_owned())
}

pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

/// `navigate(path, replace)`, for pages that move on by themselves.
pub fn use_navigate() -> impl Fn(&str, bool) + Clone + Send + Sync + 'static {
    let nav = use_nav();
    move |target: &str, replace: bool| nav.go(target, replace)
}

/// A query value of the current page, tracked.
pub fn query(key: &'static str) -> Memo<Option<String>> {
    let nav = use_nav();
    Memo::new(move |_| nav.query.with(|q| query_value(q, key)))
}

/// A link to an app page. `href` is what `paths::link` gives (with the
/// base); a plain click moves inside the app, a click with a modifier
/// (new tab) is left to the browser.
#[component]
pub fn A(#[prop(into)] href: Signal<String>, children: Children) -> impl IntoView {
    let nav = use_nav();
    let shown = move || {
        let href = href.get();
        match (nav.mode, nav.app_target(&href)) {
            (Routing::Memory, Some(target)) => format!("#{target}"),
            _ => href,
        }
    };
    let on_click = move |event: web_sys::MouseEvent| {
        let plain = event.button() == 0
            && !(event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key());
        if let (true, Some(target)) = (plain, nav.app_target(&href.get_untracked())) {
            event.prevent_default();
            nav.go(&target, false);
        }
    };
    view! { <a href=shown on:click=on_click>{children()}</a> }
}

/// Replaces the current page by `target` (a redirect).
#[component]
pub fn Redirect(path: &'static str) -> impl IntoView {
    let nav = use_nav();
    request_animation_frame(move || nav.go(path, true));
}

/// An app path as a link `href`: under the host page's base path in host
/// routing (see [`Routing`]), as it is in memory routing.
pub fn link(path: impl AsRef<str>) -> String {
    match use_context::<Nav>() {
        Some(nav) => nav.href(path.as_ref()),
        None => path.as_ref().to_owned(),
    }
}
