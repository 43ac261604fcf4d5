//! Where on the page an issue belongs. The domain reports each issue at a
//! JSON Pointer; the page names its fields by stable keys (`name`,
//! `tags/2`, `solutions/{source id}/summary`, `locations/{location id}/name`).
//! The wizard's issues are located by the domain (`ImportPlan::locate`);
//! the paths of a profile's own checks (post-import edits, new profiles)
//! become keys here, through the domain's `profile_field`. Then keys become
//! DOM ids.

use transition_domain::model::ProfileDraft;
pub use transition_domain::plan::profile_field;

/// True when an issue at `field` belongs to the widget keyed `key`: the
/// same key, or a part of it (`logo/width` belongs to `logo`).
pub fn belongs(field: &str, key: &str) -> bool {
    field == key || (field.starts_with(key) && field.as_bytes().get(key.len()) == Some(&b'/'))
}

/// The field of a profile draft (post-import edits and new profiles) that
/// an issue path (`/name`, `/locations/0/name`, …) points to.
pub fn draft_field(path: &str, draft: &ProfileDraft) -> String {
    let rest = path.trim_start_matches('/');
    profile_field(
        rest,
        |n| draft.locations.get(n).map(|l| l.id.to_string()),
        |n| draft.solutions.get(n).map(|s| s.id.to_string()),
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

/// The DOM ids to try when jumping to `field`: its own, then each of its
/// parents' (`tags/2` → `tags/2`, `tags`), most precise first.
pub fn targets(scope: &str, field: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut key = field;
    loop {
        out.push(dom_id(scope, key));
        match key.rfind('/') {
            Some(i) => key = &key[..i],
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use transition_domain::{parse_export, plan_import, ImportRequest};

    #[test]
    fn fields_belong_to_their_widgets() {
        assert!(belongs("logo/width", "logo"));
        assert!(belongs("name", "name"));
        assert!(!belongs("names", "name"));
        assert!(!belongs("tags", "tags/1"));
        assert!(belongs("tags/1", "tags"));
    }

    #[test]
    fn targets_go_from_precise_to_broad() {
        assert_eq!(targets("s", "tags/2"), vec!["pt-s-tags.2f2", "pt-s-tags"]);
        assert_eq!(targets("s", "name"), vec!["pt-s-name"]);
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
        assert_eq!(
            draft_field("/locations/1/name", draft),
            "locations/loc-lyon/name"
        );
        assert_eq!(draft_field("/name", draft), "name");
        assert_eq!(draft_field("/locations", draft), "locations");
        assert_eq!(draft_field("/locations/9/name", draft), "locations/9/name");
        Ok(())
    }
}
