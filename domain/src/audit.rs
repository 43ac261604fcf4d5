//! What the audit trail says of a change: the names of the fields it
//! changed, worked out from the resource before and after (never their
//! values). The record's shape is in [`crate::wire::audit`].

use serde::Serialize;

use crate::ids::{LocationId, SolutionId};
use crate::model::BusinessProfile;

/// The top-level fields whose values differ between `before` and
/// `after` (compared as their JSON form), in name order. `skip` names
/// fields another action accounts for.
fn changed_fields<T: Serialize>(before: &T, after: &T, skip: &[&str]) -> Vec<String> {
    let as_object = |value: &T| match serde_json::to_value(value) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let (before, after) = (as_object(before), as_object(after));
    let mut names: Vec<&String> = before.keys().chain(after.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter(|name| !skip.contains(&name.as_str()))
        .filter(|name| before.get(*name) != after.get(*name))
        .cloned()
        .collect()
}

/// The profile's fields a change touched. `locations` is named when a
/// profile edit removed some (`excluded_location_ids`).
pub fn profile_fields(before: &BusinessProfile, after: &BusinessProfile) -> Vec<String> {
    changed_fields(&before.to_draft(), &after.to_draft(), &[])
}

/// The fields of location `id` a change touched.
pub fn location_fields(
    before: &BusinessProfile,
    after: &BusinessProfile,
    id: &LocationId,
) -> Vec<String> {
    let find = |p: &BusinessProfile| {
        p.locations
            .iter()
            .find(|l| &l.id == id)
            .map(|l| l.to_draft())
    };
    changed_fields(&find(before), &find(after), &[])
}

/// The fields of solution `id` a change touched.
pub fn solution_fields(
    before: &BusinessProfile,
    after: &BusinessProfile,
    id: &SolutionId,
) -> Vec<String> {
    let find = |p: &BusinessProfile| {
        p.solutions
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.to_draft())
    };
    changed_fields(&find(before), &find(after), &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_named_once_in_order_and_only_when_changed() {
        #[derive(Serialize)]
        struct T {
            a: u8,
            #[serde(skip_serializing_if = "Option::is_none")]
            b: Option<u8>,
            c: Vec<u8>,
        }
        let before = T {
            a: 1,
            b: None,
            c: vec![1],
        };
        let after = T {
            a: 1,
            b: Some(2),
            c: vec![],
        };
        assert_eq!(changed_fields(&before, &after, &[]), ["b", "c"]);
        assert_eq!(changed_fields(&before, &after, &["c"]), ["b"]);
        assert!(changed_fields(&before, &before, &[]).is_empty());
    }
}
