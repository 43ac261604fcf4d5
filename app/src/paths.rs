//! The app's URL grammar, in one place and without Leptos: its paths
//! (relative to the router's base), the page each path is, the query, and
//! the one percent-coder that writes and reads them. The signals, the
//! history and the links that use them are [`crate::nav`]'s.

use crate::wizard::Step;

pub const DASHBOARD: &str = "/dashboard";
pub const SETTINGS: &str = "/account-settings";
pub const PROFILES: &str = "/account-settings/business-profile/profiles";
pub const REFERRALS: &str = "/account-settings/business-profile/referrals";
pub const NEW_PROFILE: &str = "/account-settings/business-profile/new";
pub const IMPORT: &str = "/account-settings/business-profile/import";

/// A query value, percent-encoded.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A wizard step, for one profile when the step edits one at a time.
pub fn import(step: Step, profile: Option<&str>) -> String {
    match profile {
        Some(id) if step.per_profile() => {
            format!("{IMPORT}?step={}&profile={}", step.as_str(), encode(id))
        }
        _ => format!("{IMPORT}?step={}", step.as_str()),
    }
}

pub fn profile(id: &str) -> String {
    format!("{PROFILES}/{}", encode(id))
}

pub fn profile_section(id: &str, section: &str) -> String {
    format!("{PROFILES}/{}?section={section}", encode(id))
}

pub fn import_result(id: &str) -> String {
    format!("/account-settings/business-profile/imports/{}", encode(id))
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
            DASHBOARD => Page::Dashboard,
            SETTINGS => Page::Settings,
            PROFILES => Page::Profiles,
            REFERRALS => Page::Referrals,
            IMPORT => Page::Import,
            NEW_PROFILE => Page::NewProfile,
            _ => {
                let param = |prefix: &str| {
                    path.strip_prefix(prefix)
                        .filter(|rest| !rest.is_empty() && !rest.contains('/'))
                        .map(decode)
                };
                if let Some(id) = param(&format!("{}/", PROFILES)) {
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
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        rest = tail;
        match first {
            b'%' => {
                let hex = tail.get(..2).and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        rest = tail.get(2..).unwrap_or_default();
                    }
                    None => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_carry_the_wizard_state() {
        assert_eq!(
            import(Step::Edit, Some("bp fr")),
            "/account-settings/business-profile/import?step=edit&profile=bp%20fr"
        );
        assert_eq!(
            import(Step::Preview, Some("bp-fr")),
            "/account-settings/business-profile/import?step=preview"
        );
        assert_eq!(profile("a/b"), format!("{PROFILES}/a%2Fb"));
    }

    #[test]
    fn pages_come_from_paths() {
        assert_eq!(Page::of("/"), Page::Home);
        assert_eq!(Page::of(""), Page::Home);
        assert_eq!(Page::of(PROFILES), Page::Profiles);
        assert_eq!(Page::of(&format!("{}/", PROFILES)), Page::Profiles);
        assert_eq!(
            Page::of(&format!("{}/bp%20fr", PROFILES)),
            Page::Profile("bp fr".into())
        );
        assert_eq!(
            Page::of("/account-settings/business-profile/imports/imp-1"),
            Page::ImportResult("imp-1".into())
        );
        assert_eq!(Page::of(&format!("{}/a/b", PROFILES)), Page::NotFound);
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
