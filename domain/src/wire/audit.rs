//! `GET /audit` and `GET /operator/audit`: who changed what, and when.
//! A record names the resources it touched by id and the fields it changed
//! by name; it never copies their values (a location's phone or e-mail, a
//! referral's contact stay where they live).

use serde::{Deserialize, Serialize};

use crate::ids::{ImportId, LocationId, PartnerId, PinpointProfileId, ProfileId, SolutionId};
use crate::plan::{NotImported, PlanDigest};
use crate::time::Timestamp;
use crate::wire::imports::Actor;

/// The largest page of `GET /audit`.
pub const MAX_AUDIT_PAGE: u32 = 100;
/// The page size when none is asked for.
pub const DEFAULT_AUDIT_PAGE: u32 = 50;

/// One change, as the audit trail keeps it. Never updated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditRecord {
    pub id: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub partner_id: PartnerId,
    /// RFC 3339, UTC: when the change was committed.
    pub created_at: Timestamp,
    pub actor: Actor,
    pub change: Change,
}

/// The kind of a change, as stored and as `change.action` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AuditAction {
    Import,
    ProfileCreate,
    ProfileEdit,
    LocationAdd,
    LocationEdit,
    LocationDelete,
    LocationSolutionsSet,
    SolutionEdit,
    SolutionDelete,
    ApprovalSetting,
    ApprovalRequested,
    ApprovalReturned,
    ApprovalWithdrawn,
}

impl AuditAction {
    pub const ALL: [AuditAction; 13] = [
        AuditAction::Import,
        AuditAction::ProfileCreate,
        AuditAction::ProfileEdit,
        AuditAction::LocationAdd,
        AuditAction::LocationEdit,
        AuditAction::LocationDelete,
        AuditAction::LocationSolutionsSet,
        AuditAction::SolutionEdit,
        AuditAction::SolutionDelete,
        AuditAction::ApprovalSetting,
        AuditAction::ApprovalRequested,
        AuditAction::ApprovalReturned,
        AuditAction::ApprovalWithdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::Import => "import",
            AuditAction::ProfileCreate => "profile_create",
            AuditAction::ProfileEdit => "profile_edit",
            AuditAction::LocationAdd => "location_add",
            AuditAction::LocationEdit => "location_edit",
            AuditAction::LocationDelete => "location_delete",
            AuditAction::LocationSolutionsSet => "location_solutions_set",
            AuditAction::SolutionEdit => "solution_edit",
            AuditAction::SolutionDelete => "solution_delete",
            AuditAction::ApprovalSetting => "approval_setting",
            AuditAction::ApprovalRequested => "approval_requested",
            AuditAction::ApprovalReturned => "approval_returned",
            AuditAction::ApprovalWithdrawn => "approval_withdrawn",
        }
    }

    pub fn parse(text: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

/// What changed: the action, the ids it concerns and, for an edit, the
/// names of the fields it changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Change {
    /// An import: the profiles it created and what it left in Pinpoint
    /// (referrals by count and id only).
    Import {
        import_id: ImportId,
        created: Vec<CreatedProfile>,
        not_imported: NotImported,
        /// The digest of the plan it carried out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        plan_digest: Option<PlanDigest>,
        /// Who prepared and submitted it, when a second admin approved
        /// it (the record's actor).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        prepared_by: Option<Actor>,
    },
    ProfileCreate {
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        profile_id: ProfileId,
        region: String,
    },
    ProfileEdit {
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        profile_id: ProfileId,
        fields: Vec<String>,
    },
    LocationAdd {
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        profile_id: ProfileId,
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        location_id: LocationId,
    },
    LocationEdit {
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        profile_id: ProfileId,
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        location_id: LocationId,
        fields: Vec<String>,
    },
    LocationDelete {
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        profile_id: ProfileId,
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        location_id: LocationId,
    },
    LocationSolutionsSet {
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        profile_id: ProfileId,
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        location_id: LocationId,
        #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
        solution_ids: Vec<SolutionId>,
    },
    SolutionEdit {
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        profile_id: ProfileId,
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        solution_id: SolutionId,
        fields: Vec<String>,
    },
    SolutionDelete {
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        profile_id: ProfileId,
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        solution_id: SolutionId,
    },
    /// The partner's setting "imports need a second admin" set to
    /// `imports_need_second_admin`, by a partner's admin (the actor) or by
    /// the operator (`by_operator`).
    ApprovalSetting {
        imports_need_second_admin: bool,
        #[serde(default)]
        by_operator: bool,
    },
    /// The draft submitted for approval, frozen with this plan digest.
    ApprovalRequested { plan_digest: PlanDigest },
    /// A submission returned to its submitter with a comment.
    ApprovalReturned {
        plan_digest: PlanDigest,
        submitted_by: Actor,
        comment: String,
    },
    /// A submission withdrawn by its submitter.
    ApprovalWithdrawn { plan_digest: PlanDigest },
}

impl Change {
    pub fn action(&self) -> AuditAction {
        match self {
            Change::Import { .. } => AuditAction::Import,
            Change::ProfileCreate { .. } => AuditAction::ProfileCreate,
            Change::ProfileEdit { .. } => AuditAction::ProfileEdit,
            Change::LocationAdd { .. } => AuditAction::LocationAdd,
            Change::LocationEdit { .. } => AuditAction::LocationEdit,
            Change::LocationDelete { .. } => AuditAction::LocationDelete,
            Change::LocationSolutionsSet { .. } => AuditAction::LocationSolutionsSet,
            Change::SolutionEdit { .. } => AuditAction::SolutionEdit,
            Change::SolutionDelete { .. } => AuditAction::SolutionDelete,
            Change::ApprovalSetting { .. } => AuditAction::ApprovalSetting,
            Change::ApprovalRequested { .. } => AuditAction::ApprovalRequested,
            Change::ApprovalReturned { .. } => AuditAction::ApprovalReturned,
            Change::ApprovalWithdrawn { .. } => AuditAction::ApprovalWithdrawn,
        }
    }

    /// The business profile the change is about (none for an import,
    /// which names each profile it created, nor for an approval's step).
    pub fn profile_id(&self) -> Option<&ProfileId> {
        match self {
            Change::Import { .. }
            | Change::ApprovalSetting { .. }
            | Change::ApprovalRequested { .. }
            | Change::ApprovalReturned { .. }
            | Change::ApprovalWithdrawn { .. } => None,
            Change::ProfileCreate { profile_id, .. }
            | Change::ProfileEdit { profile_id, .. }
            | Change::LocationAdd { profile_id, .. }
            | Change::LocationEdit { profile_id, .. }
            | Change::LocationDelete { profile_id, .. }
            | Change::LocationSolutionsSet { profile_id, .. }
            | Change::SolutionEdit { profile_id, .. }
            | Change::SolutionDelete { profile_id, .. } => Some(profile_id),
        }
    }
}

/// A profile an import created: its ids, never its contacts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedProfile {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub id: ProfileId,
    pub region: String,
    pub name: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub source_id: Option<PinpointProfileId>,
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
    pub solutions: Vec<SolutionId>,
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
    pub locations: Vec<LocationId>,
}

/// A page of `GET /audit`, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditPage {
    pub items: Vec<AuditRecord>,
    /// Pass as `before` for the next (older) page; absent on the last one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_before: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_and_matches_its_change_tag() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.as_str()), Some(action));
            let json = serde_json::to_value(action).unwrap_or_default();
            assert_eq!(json, action.as_str());
        }
        assert_eq!(AuditAction::parse("import "), None);
        let change = Change::LocationDelete {
            profile_id: ProfileId::from("p1"),
            location_id: LocationId::from("l1"),
        };
        let json = serde_json::to_value(&change).unwrap_or_default();
        assert_eq!(json["action"], change.action().as_str());
        assert_eq!(json["location_id"], "l1");
        let back: Change = serde_json::from_value(json).unwrap_or(Change::ProfileCreate {
            profile_id: ProfileId::from(""),
            region: String::new(),
        });
        assert_eq!(back, change);
    }
}
