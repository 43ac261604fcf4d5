//! Where on the page an issue belongs. The domain reports each issue at a
//! JSON Pointer (`/profiles/{k}/…`, `/selections/{i}/…`, export paths, or
//! profile paths for post-import edits); the page names its fields by
//! stable keys (`name`, `tags/2`, `solutions/{source id}/summary`,
//! `locations/{location id}/name`). This module turns one into the other.

use transition_domain::export::PinpointExport;
use transition_domain::model::ProfileDraft;
use transition_domain::request::ImportRequest;
use transition_domain::ImportPlan;

/// A field of one Pinpoint profile in the wizard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldRef {
    /// The Pinpoint business profile id.
    pub profile: String,
    /// The field key inside that profile (empty: the profile as a whole).
    pub field: String,
}

/// True when an issue at `field` belongs to the widget keyed `key`: the
/// same key, or a part of it (`logo/width` belongs to `logo`).
pub fn belongs(field: &str, key: &str) -> bool {
    field == key || (field.starts_with(key) && field.as_bytes().get(key.len()) == Some(&b'/'))
}

fn split_index(rest: &str) -> Option<(usize, &str)> {
    let (head, tail) = match rest.split_once('/') {
        Some((head, tail)) => (head, tail),
        None => (rest, ""),
    };
    head.parse().ok().map(|n| (n, tail))
}

fn join(key: &str, tail: &str) -> String {
    if tail.is_empty() {
        key.to_owned()
    } else {
        format!("{key}/{tail}")
    }
}

/// Rewrites `locations/{n}/…` and `solutions/{n}/…` of a profile path into
/// keys by id, with `location_id(n)` and `solution_id(n)`.
pub fn profile_field(
    rest: &str,
    location_id: impl Fn(usize) -> Option<String>,
    solution_id: impl Fn(usize) -> Option<String>,
) -> String {
    for (list, lookup) in [
        (
            "locations/",
            &location_id as &dyn Fn(usize) -> Option<String>,
        ),
        ("solutions/", &solution_id),
    ] {
        if let Some(after) = rest.strip_prefix(list) {
            if let Some((n, tail)) = split_index(after) {
                if let Some(id) = lookup(n) {
                    return join(&format!("{list}{id}"), tail);
                }
            }
        }
    }
    rest.to_owned()
}

/// The field of a profile draft (post-import edits and new profiles) that
/// an issue path (`/name`, `/locations/0/name`, …) points to.
pub fn draft_field(path: &str, draft: &ProfileDraft) -> String {
    let rest = path.trim_start_matches('/');
    profile_field(
        rest,
        |n| draft.locations.get(n).map(|l| l.id.clone()),
        |n| draft.solutions.get(n).map(|s| s.id.clone()),
    )
}

/// The wizard field an issue of `plan` points to, if it is about one
/// profile; `None` for account-wide issues.
pub fn locate(
    path: &str,
    plan: &ImportPlan,
    request: &ImportRequest,
    export: &PinpointExport,
) -> Option<FieldRef> {
    let (root, rest) = path
        .trim_start_matches('/')
        .split_once('/')
        .unwrap_or((path.trim_start_matches('/'), ""));
    let (n, rest) = split_index(rest)?;
    match root {
        "profiles" => {
            let planned = plan.profiles.get(n)?;
            let profile = request
                .selections
                .get(planned.selection)?
                .pinpoint_profile_id
                .clone();
            let draft = &planned.draft;
            let field = profile_field(
                rest,
                |m| draft.locations.get(m).map(|l| l.id.clone()),
                |m| {
                    draft
                        .solutions
                        .get(m)
                        .map(|s| s.source_id.clone().unwrap_or_else(|| s.id.clone()))
                },
            );
            Some(FieldRef { profile, field })
        }
        "selections" => {
            let selection = request.selections.get(n)?;
            let field = if let Some(tail) = rest.strip_prefix("overrides/") {
                if tail.starts_with("excluded_location_ids") {
                    "locations".to_owned()
                } else {
                    tail.to_owned()
                }
            } else if let Some(tail) = rest.strip_prefix("location_solutions/") {
                let location = tail.split('/').next().unwrap_or_default();
                format!("locations/{}/solutions", unescape(location))
            } else if rest.starts_with("solutions") {
                "solutions".to_owned()
            } else {
                String::new()
            };
            Some(FieldRef {
                profile: selection.pinpoint_profile_id.clone(),
                field,
            })
        }
        "business_profiles" => {
            let profile = export.business_profiles.get(n)?;
            Some(FieldRef {
                profile: profile.id.clone(),
                field: rest.to_owned(),
            })
        }
        "app_profiles" | "service_profiles" => {
            let list = if root == "app_profiles" {
                &export.app_profiles
            } else {
                &export.service_profiles
            };
            let solution = list.get(n)?;
            Some(FieldRef {
                profile: solution.business_profile_id.clone(),
                field: join(&format!("solutions/{}", solution.id), rest),
            })
        }
        _ => None,
    }
}

/// Undoes RFC 6901 escaping of one segment.
fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
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
    use transition_domain::{parse_export, plan_import};

    fn export(name: &str) -> PinpointExport {
        let bytes = match name {
            "contoso" => include_bytes!("../../fixtures/contoso.json").as_slice(),
            _ => include_bytes!("../../fixtures/fabrikam.json").as_slice(),
        };
        parse_export(bytes).expect("fixture parses")
    }

    #[test]
    fn every_profile_issue_of_fabrikam_lands_on_a_field() {
        let export = export("fabrikam");
        let request = ImportRequest::everything(&export);
        let plan = plan_import(&export, &request, &[]);
        assert!(plan.has_errors());
        let profile = export.business_profiles[0].id.clone();
        let mut fields = Vec::new();
        for issue in &plan.issues {
            let found = locate(&issue.path, &plan, &request, &export)
                .unwrap_or_else(|| panic!("no field for {}", issue.path));
            assert_eq!(found.profile, profile, "{}", issue.path);
            fields.push(found.field);
        }
        for key in ["description", "website", "linkedin", "logo", "locations"] {
            assert!(
                fields.iter().any(|f| belongs(f, key)),
                "{key} in {fields:?}"
            );
        }
        assert!(
            fields
                .iter()
                .any(|f| f.starts_with("solutions/") && f.ends_with("/name")),
            "{fields:?}"
        );
        assert!(fields.iter().any(|f| f.starts_with("tags/")), "{fields:?}");
    }

    #[test]
    fn request_and_export_paths_are_located() {
        let export = export("contoso");
        let request = ImportRequest::everything(&export);
        let plan = plan_import(&export, &request, &[]);
        let at = |path: &str| locate(path, &plan, &request, &export);
        assert_eq!(
            at("/business_profiles/0/products/2"),
            Some(FieldRef {
                profile: "bp-fr".into(),
                field: "products/2".into()
            })
        );
        assert_eq!(
            at("/selections/1/location_solutions/loc-bxl/0").map(|f| f.field),
            Some("locations/loc-bxl/solutions".into())
        );
        assert_eq!(
            at("/selections/0/overrides/excluded_location_ids/0").map(|f| f.field),
            Some("locations".into())
        );
        assert_eq!(
            at("/profiles/0/locations/1/name").map(|f| f.field),
            Some("locations/loc-lyon/name".into())
        );
        assert_eq!(
            at("/profiles/0/solutions/0/summary").map(|f| f.field),
            Some("solutions/app-stock/summary".into())
        );
        assert_eq!(
            at("/app_profiles/0/industries/1").map(|f| f.field),
            Some("solutions/app-stock/industries/1".into())
        );
        assert_eq!(at("/account/status"), None);
        assert_eq!(at("/profiles/99/name"), None);
        assert_eq!(at("/profiles/x/name"), None);
        assert_eq!(at(""), None);
    }

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
    fn draft_paths_map_to_ids() {
        let export = export("contoso");
        let plan = plan_import(&export, &ImportRequest::everything(&export), &[]);
        let draft = &plan.profiles[0].draft;
        assert_eq!(
            draft_field("/locations/1/name", draft),
            "locations/loc-lyon/name"
        );
        assert_eq!(draft_field("/name", draft), "name");
        assert_eq!(draft_field("/locations", draft), "locations");
        assert_eq!(draft_field("/locations/9/name", draft), "locations/9/name");
    }
}
