//! The app's URLs (relative to the router's base), in one place.

use crate::wizard::Step;

/// An app path as a link `href`: under the host page's base path in host
/// routing (`crate::nav`), as it is in memory routing.
pub fn link(path: impl AsRef<str>) -> String {
    match leptos::prelude::use_context::<crate::nav::Nav>() {
        Some(nav) => nav.href(path.as_ref()),
        None => path.as_ref().to_owned(),
    }
}

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
}
