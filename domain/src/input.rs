//! The raw values a partner's data brings, as the export and the drafts
//! both hold them before any rule has read them: an address, a logo's
//! description, and what kind of solution a listing is. Below the export
//! ([`export`](crate::export)) and the drafts ([`model`](crate::model)),
//! which share them.

use serde::{Deserialize, Serialize};

use crate::ids::LogoId;

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressInput {
    pub line1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    pub city: String,
    pub postal_code: String,
    pub country: String,
}

/// A logo as described by its source: where it is, its format, its size.
///
/// With `upload`, the image is the partner's upload of that id
/// (`POST /api/v1/logos`): `url` is not read, and the server replaces
/// `format`, `width` and `height` with the facts it read from the
/// uploaded bytes before any rule reads them. Without it, the image is at
/// the web address `url` (a Pinpoint export's logo).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LogoInput {
    #[serde(default)]
    pub url: String,
    pub format: String,
    pub width: u32,
    pub height: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload: Option<LogoId>,
}

/// Where a solution came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum SolutionKind {
    App,
    Service,
}

/// `as_str` and `parse` of an enum whose text strum derives beside
/// serde's (`domain/tests/enum_text.rs` holds them together).
macro_rules! enum_text {
    ($name:ident) => {
        impl $name {
            /// Its text, as serde writes it (and the store keeps it).
            pub fn as_str(self) -> &'static str {
                self.into()
            }

            /// The variant named `text`, as `as_str` writes it.
            pub fn parse(text: &str) -> Option<$name> {
                text.parse().ok()
            }
        }
    };
}
pub(crate) use enum_text;

enum_text!(SolutionKind);
