//! `POST /imports` and `GET /imports/{id}`: a committed import.

use serde::{Deserialize, Serialize};

use crate::ids::ImportId;
use crate::issue::LocalizedIssue;
use crate::model::BusinessProfile;
use crate::plan::NotImported;
use crate::role::Role;
use crate::time::Timestamp;

/// Who committed an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Actor {
    pub partner_id: String,
    pub roles: Vec<Role>,
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
}
