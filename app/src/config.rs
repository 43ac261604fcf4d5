//! What the host page tells the widget through `mount(element, config)`:
//! `{apiBase, token, getToken, locale, theme, basePath, routing, chrome,
//! initialPath, onEvent}` (see `app/embed/widget.d.ts`). Every field is
//! optional; anything of the wrong type is ignored rather than trusted.

use transition_domain::Lang;
use wasm_bindgen::{JsCast, JsValue};

use crate::nav::Routing;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HostConfig {
    /// Where the API lives (`https://transition.example`); empty: this origin.
    pub api_base: String,
    /// The bearer token the host minted.
    pub token: Option<String>,
    /// The host's `getToken()`: called at start when there is no `token`,
    /// and again whenever the token expires or a call answers 401.
    pub get_token: Option<js_sys::Function>,
    /// The host's `onEvent({type, detail})`.
    pub on_event: Option<js_sys::Function>,
    /// The host's language; else the browser's.
    pub locale: Option<Lang>,
    /// `light` or `dark`, and CSS custom properties to set on the root.
    pub dark: bool,
    pub theme_vars: Vec<(String, String)>,
    /// The path under which the widget's routes live (the host page's).
    pub base_path: String,
    /// `host` (the app's pages are URLs under `base_path`) or `memory`
    /// (the host's URL is never touched).
    pub routing: Routing,
    /// The first page in memory routing (an app path).
    pub initial_path: Option<String>,
    /// True: our own header, breadcrumbs and page heading. Our own page
    /// has them; a host page has its own, so the widget shows them only
    /// when the host asks (`chrome: true`).
    pub chrome: bool,
    /// The exact origin of the parent window that frames the widget: the
    /// only one it posts to and listens to.
    pub parent_origin: Option<String>,
    /// True when mounted by a host page rather than by our own index.html.
    pub embedded: bool,
    /// The build's locale files (`locales` of the loader, or our page's).
    pub locales: crate::i18n::LocaleFiles,
    /// The locale file the loader already asked for (`localePreload`).
    pub preload: Option<crate::i18n::Preload>,
    /// The first reads the loader already asked for (`prefetched`: URL →
    /// promise of the answer; a `JsValue` known to be a promise, which
    /// compares).
    pub prefetched: Vec<(String, JsValue)>,
}

impl HostConfig {
    /// Our own page (`index.html`), not embedded.
    pub fn standalone() -> HostConfig {
        HostConfig {
            chrome: true,
            locales: crate::i18n::LocaleFiles::of_page(),
            preload: crate::i18n::Preload::of_page(),
            ..HostConfig::default()
        }
    }

    /// The framed page (`/embed/frame?parent=<origin>`): memory routing,
    /// no chrome unless the parent asks, talks only to `parent`.
    pub fn framed(parent: &str) -> Option<HostConfig> {
        is_origin(parent).then(|| HostConfig {
            routing: Routing::Memory,
            parent_origin: Some(parent.to_owned()),
            embedded: true,
            chrome: false,
            locales: crate::i18n::LocaleFiles::of_page(),
            preload: crate::i18n::Preload::of_page(),
            ..HostConfig::default()
        })
    }
}

fn text(config: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(config, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

impl HostConfig {
    /// Reads a host's config object.
    pub fn from_js(config: &JsValue, pathname: &str) -> HostConfig {
        let mut out = HostConfig {
            api_base: text(config, "apiBase").unwrap_or_default(),
            token: text(config, "token"),
            locale: text(config, "locale").map(|l| Lang::from_tag(&l)),
            locales: js_sys::Reflect::get(config, &JsValue::from_str("locales"))
                .map(|files| crate::i18n::LocaleFiles::from_js(&files))
                .unwrap_or_default(),
            preload: js_sys::Reflect::get(config, &JsValue::from_str("localePreload"))
                .ok()
                .and_then(|p| crate::i18n::Preload::from_js(&p)),
            prefetched: prefetched(config),
            get_token: function(config, "getToken"),
            on_event: function(config, "onEvent"),
            base_path: text(config, "basePath")
                .map(|p| normalize_base(&p))
                .unwrap_or_else(|| base_of(pathname)),
            routing: text(config, "routing")
                .and_then(|r| Routing::parse(&r))
                .unwrap_or_default(),
            initial_path: text(config, "initialPath").filter(|p| p.starts_with('/')),
            chrome: js_sys::Reflect::get(config, &JsValue::from_str("chrome"))
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
            parent_origin: text(config, "parentOrigin").filter(|o| is_origin(o)),
            embedded: true,
            ..HostConfig::default()
        };
        if let Ok(theme) = js_sys::Reflect::get(config, &JsValue::from_str("theme")) {
            (out.dark, out.theme_vars) = theme_of(&theme);
        }
        out
    }
}

/// `prefetched` of the config: each URL with the promise of its answer.
fn prefetched(config: &JsValue) -> Vec<(String, JsValue)> {
    let Some(object) = js_sys::Reflect::get(config, &JsValue::from_str("prefetched"))
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Object>().ok())
    else {
        return Vec::new();
    };
    js_sys::Object::entries(&object)
        .iter()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.dyn_into().ok()?;
            let url = entry.get(0).as_string()?;
            let answer = entry.get(1);
            answer
                .is_instance_of::<js_sys::Promise>()
                .then_some((url, answer))
        })
        .collect()
}

fn function(config: &JsValue, key: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(config, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Function>().ok())
}

/// A theme: `"light"`, `"dark"`, or `{mode, accent, …}` whose keys become
/// `--pt-…` custom properties.
pub fn theme_of(theme: &JsValue) -> (bool, Vec<(String, String)>) {
    let mut dark = false;
    let mut vars = Vec::new();
    if let Some(name) = theme.as_string() {
        dark = name.trim().eq_ignore_ascii_case("dark");
    } else if let Some(object) = theme.dyn_ref::<js_sys::Object>() {
        for entry in js_sys::Object::entries(object).iter() {
            let pair = js_sys::Array::from(&entry);
            let (Some(key), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string())
            else {
                continue;
            };
            if key == "mode" {
                dark = value.eq_ignore_ascii_case("dark");
            } else if let (Some(var), true) = (css_var(&key), is_css_value(&value)) {
                vars.push((var, value));
            }
        }
    }
    (dark, vars)
}

/// A custom property value that cannot end the declaration or the rule.
pub fn is_css_value(value: &str) -> bool {
    !value.is_empty() && value.len() <= 200 && !value.contains([';', '{', '}', '<', '>', '\\'])
}

/// `accent` or `accentColor` → `--pt-accent` / `--pt-accent-color`; `None`
/// for a key that cannot name a custom property.
pub fn css_var(key: &str) -> Option<String> {
    let key = key
        .trim()
        .trim_start_matches("--pt-")
        .trim_start_matches("--");
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    let mut out = String::from("--pt-");
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// An origin as `postMessage` wants it: `scheme://host[:port]`, nothing
/// more (no `*`, no path).
pub fn is_origin(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once("://") else {
        return false;
    };
    matches!(scheme, "http" | "https")
        && !rest.is_empty()
        && !rest.contains(['/', '?', '#', '*', ' '])
}

/// The folder of a page path: `/host/index.html` → `/host`, `/host/` →
/// `/host`, `/` → ``.
pub fn base_of(pathname: &str) -> String {
    let folder = match pathname.rfind('/') {
        Some(i) => &pathname[..i],
        None => "",
    };
    normalize_base(folder)
}

/// A router base: a leading slash, no trailing one, `` for the root.
pub fn normalize_base(path: &str) -> String {
    let trimmed = path.trim().trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_come_from_the_host_page() {
        assert_eq!(base_of("/host/index.html"), "/host");
        assert_eq!(base_of("/host/"), "/host");
        assert_eq!(base_of("/"), "");
        assert_eq!(base_of(""), "");
        assert_eq!(normalize_base("portal/pinpoint/"), "/portal/pinpoint");
        assert_eq!(normalize_base("/"), "");
    }

    #[test]
    fn origins_are_exact() {
        assert!(is_origin("https://portal.example"));
        assert!(is_origin("http://127.0.0.1:8090"));
        assert!(!is_origin("*"));
        assert!(!is_origin("https://portal.example/path"));
        assert!(!is_origin("javascript://x"));
    }

    #[test]
    fn theme_keys_become_custom_properties() {
        assert_eq!(css_var("accent").as_deref(), Some("--pt-accent"));
        assert_eq!(css_var("accentHover").as_deref(), Some("--pt-accent-hover"));
        assert_eq!(css_var("--pt-radius").as_deref(), Some("--pt-radius"));
        assert_eq!(css_var("x;y"), None);
        assert_eq!(css_var(""), None);
    }
}
