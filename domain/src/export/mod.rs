//! The Pinpoint export (SPEC §2): the wire model and its parser.
//!
//! Exports are untrusted. [`parse_export`] bounds the input size, relies on
//! serde_json's nesting limit (128) against deep brackets, names the JSON
//! path of every shape error, and then checks the export's integrity
//! (no list longer than its [`bounds`](crate::bounds), unique ids,
//! references that resolve, dates and ratings in range),
//! reporting every such problem, not only the first.

use serde::{Deserialize, Serialize};

use crate::ids::PinpointProfileId;
use crate::input::{AddressInput, LogoInput, SolutionKind};
use crate::labels::Label;
use crate::messages::Messages;

mod bounded;
mod error;
mod integrity;

use error::shape_error;
pub use error::{error_reason, path_pointer, ExportError};

use integrity::integrity_issues;

/// The only export format this version reads.
pub const FORMAT_V1: &str = "pinpoint-export/v1";

/// The default largest export accepted, in bytes.
pub const DEFAULT_MAX_BYTES: usize = 16 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PinpointExport {
    pub format: String,
    pub account: Account,
    pub business_profiles: Vec<PinpointProfile>,
    pub app_profiles: Vec<PinpointSolution>,
    pub service_profiles: Vec<PinpointSolution>,
    pub referrals: Vec<Referral>,
    pub customer_reviews: Vec<CustomerReview>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    pub id: String,
    pub partner_id: String,
    pub company_name: String,
    pub csp: bool,
    pub status: AccountStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AccountStatus {
    Active,
    Closed,
}

crate::input::enum_text!(AccountStatus);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PinpointProfile {
    pub id: PinpointProfileId,
    pub region: String,
    pub name: String,
    pub description: String,
    pub website: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linkedin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<LogoInput>,
    pub industries: Vec<String>,
    pub products: Vec<String>,
    pub service_types: Vec<String>,
    pub tags: Vec<String>,
    pub target_sizes: Vec<String>,
    pub allow_endorsements: bool,
    pub locations: Vec<PinpointLocation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PinpointLocation {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub address: AddressInput,
}

/// An app profile or a service profile: both become solutions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PinpointSolution {
    pub id: String,
    pub business_profile_id: PinpointProfileId,
    pub name: String,
    pub summary: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub products: Vec<String>,
    pub industries: Vec<String>,
    pub location_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Referral {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_profile_id: Option<PinpointProfileId>,
    pub customer_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_phone: Option<String>,
    pub need: String,
    pub status: ReferralStatus,
    pub received_on: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal_value: Option<DealValue>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReferralStatus {
    New,
    Accepted,
    Declined,
    Won,
    Lost,
    Expired,
}

crate::input::enum_text!(ReferralStatus);

impl ReferralStatus {
    /// The status as a person reads it in `messages`' language.
    pub fn label(self, messages: &Messages) -> String {
        let label = match self {
            ReferralStatus::New => Label::ReferralNew,
            ReferralStatus::Accepted => Label::ReferralAccepted,
            ReferralStatus::Declined => Label::ReferralDeclined,
            ReferralStatus::Won => Label::ReferralWon,
            ReferralStatus::Lost => Label::ReferralLost,
            ReferralStatus::Expired => Label::ReferralExpired,
        };
        messages.text(label)
    }
}

/// An amount of money. The amount keeps its textual JSON form (no float
/// rounding); the currency is an ISO 4217 code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DealValue {
    #[cfg_attr(feature = "openapi", schema(value_type = f64))]
    pub amount: serde_json::Number,
    pub currency: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CustomerReview {
    pub id: String,
    pub author: String,
    pub rating: u8,
    pub text: String,
    pub date: String,
}

/// Limits applied while parsing untrusted exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseLimits {
    pub max_bytes: usize,
}

impl Default for ParseLimits {
    fn default() -> Self {
        ParseLimits {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Reads only `format`; serde skips every other field without keeping it.
#[derive(Deserialize)]
struct FormatProbe {
    format: Option<serde_json::Value>,
}

/// Parses and checks an export with the default limits.
pub fn parse_export(bytes: &[u8]) -> Result<PinpointExport, ExportError> {
    parse_export_with(bytes, ParseLimits::default())
}

/// Parses and checks an export. Never panics; memory is bounded by
/// `limits.max_bytes` and nesting by serde_json's recursion limit.
pub fn parse_export_with(bytes: &[u8], limits: ParseLimits) -> Result<PinpointExport, ExportError> {
    if bytes.len() > limits.max_bytes {
        return Err(ExportError::TooLarge {
            limit: limits.max_bytes,
            actual: bytes.len(),
        });
    }
    // First pass: is it JSON, and is it a format we read? The unknown-format
    // refusal must not be hidden behind shape errors of another format.
    let probe: serde_json::Value = match serde_json::from_slice::<FormatProbe>(bytes) {
        Ok(probe) => probe.format.unwrap_or(serde_json::Value::Null),
        Err(error) if error.is_data() => {
            // Valid JSON that is not an object at the top.
            return Err(ExportError::Malformed {
                path: String::new(),
                reason: error_reason(&error),
            });
        }
        Err(error) => {
            return Err(ExportError::NotJson {
                line: error.line(),
                column: error.column(),
                reason: error_reason(&error),
            })
        }
    };
    match probe {
        serde_json::Value::String(format) if format == FORMAT_V1 => {}
        serde_json::Value::String(format) => {
            return Err(ExportError::UnknownFormat {
                found: Some(format),
            })
        }
        serde_json::Value::Null => return Err(ExportError::UnknownFormat { found: None }),
        other => {
            return Err(ExportError::UnknownFormat {
                found: Some(other.to_string()),
            })
        }
    }

    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let export: PinpointExport =
        serde_path_to_error::deserialize(&mut deserializer).map_err(|error| shape_error(&error))?;
    // Lengths before entries: a list over its bound is refused as a whole.
    let issues = crate::bounds::over_bounds(&export);
    if !issues.is_empty() {
        return Err(ExportError::ListsTooLong { issues });
    }
    let mut issues = crate::text::control_characters(&export, "");
    issues.extend(integrity_issues(&export));
    if issues.is_empty() {
        Ok(export)
    } else {
        Err(ExportError::Integrity { issues })
    }
}

/// `YYYY-MM-DD` with a real month and a day that month has.
pub fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return false;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

impl PinpointExport {
    /// The business profile with this id.
    pub fn profile(&self, id: &str) -> Option<(usize, &PinpointProfile)> {
        self.business_profiles
            .iter()
            .enumerate()
            .find(|(_, p)| p.id == id)
    }

    /// App and service profiles, each with its kind, in export order.
    pub fn solutions(&self) -> impl Iterator<Item = (SolutionKind, &PinpointSolution)> {
        self.app_profiles
            .iter()
            .map(|s| (SolutionKind::App, s))
            .chain(
                self.service_profiles
                    .iter()
                    .map(|s| (SolutionKind::Service, s)),
            )
    }

    /// The app and service profiles of business profile `profile`, each
    /// with its kind, in export order.
    pub fn solutions_of<'a>(
        &'a self,
        profile: &'a str,
    ) -> impl Iterator<Item = (SolutionKind, &'a PinpointSolution)> + 'a {
        self.solutions()
            .filter(move |(_, s)| s.business_profile_id == profile)
    }
}
