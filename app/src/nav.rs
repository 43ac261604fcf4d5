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

use crate::paths;

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

/// One of the app's pages, from its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// `/` and the folders above the Profiles tab: redirected to it.
    Home,
    Dashboard,
    Settings,
    Profiles,
    Referrals,
    Import,
    NewProfile,
    Profile(transition_domain::ProfileId),
    ImportResult(String),
    NotFound,
}

impl Page {
    /// The page of an app path (no base, no query); path parameters are
    /// percent-decoded.
    pub fn of(path: &str) -> Page {
        let path = path.trim_end_matches('/');
        const BP: &str = "/account-settings/business-profile";
        match path {
            "" | "/index.html" | BP => Page::Home,
            paths::DASHBOARD => Page::Dashboard,
            paths::SETTINGS => Page::Settings,
            paths::PROFILES => Page::Profiles,
            paths::REFERRALS => Page::Referrals,
            paths::IMPORT => Page::Import,
            paths::NEW_PROFILE => Page::NewProfile,
            _ => {
                let param = |prefix: &str| {
                    path.strip_prefix(prefix)
                        .filter(|rest| !rest.is_empty() && !rest.contains('/'))
                        .map(decode)
                };
                if let Some(id) = param(&format!("{}/", paths::PROFILES)) {
                    Page::Profile(id.into())
                } else if let Some(id) = param(&format!("{BP}/imports/")) {
                    Page::ImportResult(id)
                } else {
                    Page::NotFound
                }
            }
        }
    }
}

/// Percent-decoding of a path segment or query value (`+` is a space in
/// a query).
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of `key` in a query string (`a=1&b=2`, no `?`).
pub fn query_value(query: &str, key: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(k, _)| decode(k) == key)
        .map(|(_, v)| decode(v))
}

/// Splits `path?query#hash` into the path and the query.
pub fn split(target: &str) -> (String, String) {
    let target = target.split('#').next().unwrap_or_default();
    match target.split_once('?') {
        Some((path, query)) => (path.to_owned(), query.to_owned()),
        None => (target.to_owned(), String::new()),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_come_from_paths() {
        assert_eq!(Page::of("/"), Page::Home);
        assert_eq!(Page::of(""), Page::Home);
        assert_eq!(Page::of(paths::PROFILES), Page::Profiles);
        assert_eq!(Page::of(&format!("{}/", paths::PROFILES)), Page::Profiles);
        assert_eq!(
            Page::of(&format!("{}/bp%20fr", paths::PROFILES)),
            Page::Profile("bp fr".into())
        );
        assert_eq!(
            Page::of("/account-settings/business-profile/imports/imp-1"),
            Page::ImportResult("imp-1".into())
        );
        assert_eq!(
            Page::of(&format!("{}/a/b", paths::PROFILES)),
            Page::NotFound
        );
        assert_eq!(Page::of("/nowhere"), Page::NotFound);
    }

    #[test]
    fn queries_are_read_and_decoded() {
        let q = "step=edit&profile=bp%20fr&x";
        assert_eq!(query_value(q, "step").as_deref(), Some("edit"));
        assert_eq!(query_value(q, "profile").as_deref(), Some("bp fr"));
        assert_eq!(query_value(q, "x").as_deref(), Some(""));
        assert_eq!(query_value(q, "y"), None);
        assert_eq!(decode("a%2Fb+c%"), "a/b c%");
        assert_eq!(decode("%e2%82%ac"), "€");
        assert_eq!(
            split("/p?step=a#top"),
            ("/p".to_owned(), "step=a".to_owned())
        );
    }
}
