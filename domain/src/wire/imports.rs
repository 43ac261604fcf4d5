//! `POST /imports` and `GET /imports/{id}`: a committed import.

use serde::{Deserialize, Serialize};

use crate::ids::ImportId;
use crate::issue::LocalizedIssue;
use crate::model::BusinessProfile;
use crate::person::Person;
use crate::plan::{NotImported, PlanDigest};
use crate::role::Role;
use crate::time::Timestamp;

/// Who committed an import (or changed a profile): the partner, the
/// person of the partner and the person's roles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Actor {
    pub partner_id: String,
    /// The person (the token's `sub` and `name`). Absent only from
    /// records written before people were recorded: those still read, and
    /// their stored answers replay byte for byte.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Person>,
    pub roles: Vec<Role>,
}

impl Actor {
    /// Who it is, for people: the person's name (else user id), or
    /// `fallback` for a record written before people were recorded.
    pub fn name_or<'a>(&'a self, fallback: &'a str) -> &'a str {
        self.person.as_ref().map_or(fallback, Person::display_name)
    }
}

/// What a committed import answers (201), and what `GET /imports/{id}`
/// returns, byte for byte.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportResult {
    pub id: ImportId,
    /// RFC 3339, UTC.
    pub created_at: Timestamp,
    pub actor: Actor,
    pub pinpoint_account_id: String,
    /// The business profiles created, with their new ids.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<crate::model::ProfileDraft>))]
    pub profiles: Vec<BusinessProfile>,
    pub not_imported: NotImported,
    pub warnings: Vec<LocalizedIssue>,
    /// The digest of the plan this import carried out (absent in imports
    /// made before digests).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_digest: Option<PlanDigest>,
    /// Who prepared and submitted it, when a second admin approved it
    /// (then `actor` is the approver).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prepared_by: Option<Actor>,
}

/// What the app reads of `POST /imports/preview`'s answer (a
/// [`PlanReport`](crate::PlanReport)): the digest of what the server
/// planned, to send back with the commit, and its verdict. The app plans
/// the preview itself; the server tells only what it would commit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewDigest {
    pub plan_digest: PlanDigest,
    pub can_commit: bool,
    /// The export version the server planned from: another than the one
    /// the app planned from means the export changed meanwhile.
    #[serde(default)]
    pub export_version: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::UserId;

    #[test]
    fn an_actor_written_before_people_still_reads_and_writes_the_same() {
        let legacy = r#"{"partner_id":"4412345","roles":["account_admin"]}"#;
        let actor: Actor = serde_json::from_str(legacy).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(actor.person, None);
        assert_eq!(serde_json::to_string(&actor).unwrap_or_default(), legacy);
    }

    #[test]
    fn an_actor_names_its_person() {
        let actor = Actor {
            partner_id: "4412345".into(),
            person: Some(Person::new(
                UserId::parse("alex@contoso").unwrap_or_else(|e| panic!("{e}")),
                Some("Alex Martin".into()),
            )),
            roles: vec![Role::AccountAdmin],
        };
        let json = serde_json::to_string(&actor).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"partner_id":"4412345","person":{"id":"alex@contoso","name":"Alex Martin"},"roles":["account_admin"]}"#
        );
        let back: Actor = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, actor);
    }
}
