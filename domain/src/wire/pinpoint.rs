//! `GET /pinpoint/account`: the caller's Pinpoint account as ingested.

use serde::{Deserialize, Serialize};

use crate::export::{AccountStatus, PinpointExport};

/// The caller's Pinpoint account. `E` is how the export is held: the app
/// reads a [`PinpointExport`]; the server sends the stored JSON as it was
/// ingested, untouched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(bound = ""))]
pub struct PinpointAccount<E = PinpointExport> {
    pub id: String,
    pub status: AccountStatus,
    /// RFC 3339, once the import closed it.
    pub closed_at: Option<String>,
    /// The import that closed it.
    pub import_id: Option<String>,
    /// The Pinpoint export as ingested.
    #[cfg_attr(feature = "openapi", schema(value_type = PinpointExport))]
    pub export: E,
}

impl<E> PinpointAccount<E> {
    pub fn is_closed(&self) -> bool {
        self.status == AccountStatus::Closed
    }
}
