//! `POST /api/v1/logos` and `GET /api/v1/logos/{id}`: a logo image the
//! partner uploaded, as the server read it from its bytes.

use serde::{Deserialize, Serialize};

use crate::ids::LogoId;
use crate::issue::LocalizedIssue;
use crate::values::LogoFormat;

/// An uploaded logo: its id (what a profile's logo names in `upload`)
/// and the facts the server read from the file's bytes, never from its
/// name, its `Content-Type` or the client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LogoUpload {
    pub id: LogoId,
    pub format: LogoFormat,
    /// In pixels.
    pub width: u32,
    /// In pixels.
    pub height: u32,
    /// The file's size in bytes.
    pub byte_size: u64,
    /// What the logo rule warns of (a logo taller than wide), in the
    /// caller's language; only in the upload's answer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<LocalizedIssue>,
}

/// The most logos a partner keeps uploaded; an upload beyond removes its
/// oldest logos that no business profile uses.
pub const MAX_LOGOS_PER_PARTNER: usize = 20;

/// The largest logo file accepted, in bytes (1 MiB).
pub const MAX_LOGO_BYTES: usize = 1024 * 1024;
