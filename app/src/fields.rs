//! Where on the page an issue belongs. The domain reports each issue at a
//! JSON Pointer; the page names its fields by the domain's [`FieldKey`]
//! (`name`, `tags/2`, `solutions/{source id}/summary`,
//! `locations/{location id}/name`). The wizard's issues are located by the
//! domain (`ImportPlan::locate`); the paths of a profile's own checks
//! (post-import edits, new profiles) become keys here, through the
//! domain's `profile_field`. Then keys become DOM ids.

use transition_domain::field::FieldKey;
use transition_domain::model::ProfileDraft;
pub use transition_domain::plan::profile_field;

/// The field of a profile draft (post-import edits and new profiles) that
/// an issue path (`/name`, `/locations/0/name`, …) points to.
pub fn draft_field(path: &str, draft: &ProfileDraft) -> FieldKey {
    let rest = path.trim_start_matches('/');
    profile_field(
        rest,
        |n| draft.locations.get(n).map(|l| l.id.clone()),
        |n| draft.solutions.get(n).map(|s| s.id.clone()),
    )
}

/// A DOM id for a field: `pt-{scope}-{key}`, every character outside
/// `[A-Za-z0-9_-]` written as `.{hex}` so that distinct keys stay distinct.
pub fn dom_id(scope: &str, key: &str) -> String {
    let mut out = String::from("pt-");
    for (part, sep) in [(scope, "-"), (key, "")] {
        for c in part.chars() {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                out.push(c);
            } else {
                out.push_str(&format!(".{:x}", u32::from(c)));
            }
        }
        out.push_str(sep);
    }
    out
}

/// The DOM id of the field keyed `key`: its printed text, made safe.
pub fn key_id(scope: &str, key: &FieldKey) -> String {
    dom_id(scope, &key.to_string())
}

/// The DOM ids to try when jumping to `field`: its own, then each of its
/// parents' (`tags/2` → `tags/2`, `tags`), most precise first.
pub fn targets(scope: &str, field: &FieldKey) -> Vec<String> {
    std::iter::once(field)
        .chain(&field.parents())
        .map(|key| key_id(scope, key))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use transition_domain::{parse_export, plan_import, ImportRequest};

    #[test]
    fn targets_go_from_precise_to_broad() {
        let key = FieldKey::field;
        assert_eq!(
            targets("s", &key("tags").sub(2)),
            vec!["pt-s-tags.2f2", "pt-s-tags"]
        );
        assert_eq!(targets("s", &key("name")), vec!["pt-s-name"]);
        assert_eq!(
            targets("s", &FieldKey::location("a/b").sub("name")),
            vec![
                "pt-s-locations.2fa.2fb.2fname",
                "pt-s-locations.2fa.2fb",
                "pt-s-locations"
            ]
        );
    }

    #[test]
    fn keys_keep_the_dom_ids_the_browser_tests_find() {
        let scope = "w-bp-us";
        assert_eq!(
            key_id(scope, &FieldKey::AddLocation),
            "pt-w-bp-us-locations.2fadd"
        );
        assert_eq!(
            key_id(scope, &FieldKey::location("loc-0").sub("email")),
            "pt-w-bp-us-locations.2floc-0.2femail"
        );
        assert_eq!(
            key_id(scope, &FieldKey::solution("app-care2").sub("name")),
            "pt-w-bp-us-solutions.2fapp-care2.2fname"
        );
        assert_eq!(
            key_id("p-add", &FieldKey::new_location().sub("address/city")),
            dom_id("p-add", "locations/new/address/city")
        );
        assert_eq!(key_id("w-x", &FieldKey::Profile), dom_id("w-x", ""));
    }

    #[test]
    fn dom_ids_are_safe_and_distinct() {
        assert_eq!(dom_id("bp-fr", "name"), "pt-bp-fr-name");
        assert_eq!(
            dom_id("p", "solutions/a b/name"),
            "pt-p-solutions.2fa.20b.2fname"
        );
        assert_ne!(dom_id("p", "a/b"), dom_id("p", "a.2fb/x"));
    }

    #[test]
    fn draft_paths_map_to_ids() -> Result<(), transition_domain::ExportError> {
        let export = parse_export(include_bytes!("../../fixtures/contoso.json"))?;
        let plan = plan_import(&export, &ImportRequest::everything(&export), &[]);
        let draft = &plan.profiles[0].draft;
        let field = |path: &str| draft_field(path, draft).to_string();
        assert_eq!(field("/locations/1/name"), "locations/loc-lyon/name");
        assert_eq!(field("/name"), "name");
        assert_eq!(field("/locations"), "locations");
        assert_eq!(field("/locations/9/name"), "locations/9/name");
        assert_eq!(
            draft_field("/locations/1/name", draft),
            FieldKey::location("loc-lyon").sub("name")
        );
        Ok(())
    }

    /// A control character pasted into a profile's name is refused by the
    /// domain's rule (`text`), and the profile page (`ops::edit_profile`,
    /// then `draft_field`) shows it next to the name.
    #[test]
    fn a_pasted_control_character_lands_on_its_field() -> Result<(), transition_domain::ExportError>
    {
        let export = parse_export(include_bytes!("../../fixtures/contoso.json"))?;
        let plan = plan_import(&export, &ImportRequest::everything(&export), &[]);
        let (profile, _) = transition_domain::validate_profile(&plan.profiles[0].draft, "");
        let Some(profile) = profile else {
            panic!("Contoso's first profile passes the rules")
        };
        let patch = transition_domain::request::ProfileOverrides {
            name: Some("Contoso\u{0}FR".to_owned()),
            description: Some("Two\nlines".to_owned()),
            ..Default::default()
        };
        let outcome = transition_domain::ops::edit_profile(&profile, &patch);
        let draft = profile.to_draft();
        let found: Vec<(String, transition_domain::Code)> = outcome
            .err()
            .map(|e| e.into_issues())
            .unwrap_or_default()
            .into_iter()
            .map(|i| (draft_field(&i.path, &draft).to_string(), i.code))
            .collect();
        assert_eq!(
            found,
            [(
                "name".to_owned(),
                transition_domain::Code::TextControlCharacter
            )]
        );
        Ok(())
    }
}
