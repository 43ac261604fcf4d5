//! The Pinpoint export (SPEC §2): the wire model and its parser.
//!
//! Exports are untrusted. [`parse_export`] bounds the input size, relies on
//! serde_json's nesting limit (128) against deep brackets, names the JSON
//! path of every shape error, and then checks the export's integrity
//! (no list longer than its [`bounds`](crate::bounds), unique ids,
//! references that resolve, dates and ratings in range),
//! reporting every such problem, not only the first.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::codes::Code;
use crate::ids::PinpointProfileId;
use crate::issue::{pointer, Issue};

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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AccountStatus {
    Active,
    Closed,
}

impl AccountStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountStatus::Active => "active",
            AccountStatus::Closed => "closed",
        }
    }

    /// The status named `text` (as [`AccountStatus::as_str`] writes it).
    pub fn parse(text: &str) -> Option<AccountStatus> {
        [AccountStatus::Active, AccountStatus::Closed]
            .into_iter()
            .find(|status| status.as_str() == text)
    }
}

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

/// A logo as described by its source: where it is, its format, its size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LogoInput {
    pub url: String,
    pub format: String,
    pub width: u32,
    pub height: u32,
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReferralStatus {
    New,
    Accepted,
    Declined,
    Won,
    Lost,
    Expired,
}

impl ReferralStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReferralStatus::New => "new",
            ReferralStatus::Accepted => "accepted",
            ReferralStatus::Declined => "declined",
            ReferralStatus::Won => "won",
            ReferralStatus::Lost => "lost",
            ReferralStatus::Expired => "expired",
        }
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

/// Why an export was refused. [`ExportError::issues`] gives the typed
/// issues (code, path, parameters) for the catalogue.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ExportError {
    #[error("the export is {actual} bytes; the limit is {limit}")]
    TooLarge { limit: usize, actual: usize },
    #[error("the export is not valid JSON at line {line}, column {column}: {reason}")]
    NotJson {
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("unknown export format {found:?}; expected {FORMAT_V1:?}")]
    UnknownFormat { found: Option<String> },
    #[error("{}: required field {field:?} is missing", display_path(path))]
    MissingField { path: String, field: String },
    #[error("{}: {reason}", display_path(path))]
    Malformed { path: String, reason: String },
    #[error("the export has {} list(s) longer than their bound, first: {}", issues.len(), issues.first().map(|i| format!("{} at {}", i.code, i.path)).unwrap_or_default())]
    ListsTooLong { issues: Vec<Issue> },
    #[error("the export has {} integrity problem(s), first: {}", issues.len(), issues.first().map(|i| format!("{} at {}", i.code, i.path)).unwrap_or_default())]
    Integrity { issues: Vec<Issue> },
}

fn display_path(path: &str) -> &str {
    if path.is_empty() {
        "/"
    } else {
        path
    }
}

impl ExportError {
    /// The refusal as typed issues, every one an error.
    pub fn issues(&self) -> Vec<Issue> {
        match self {
            ExportError::TooLarge { limit, actual } => vec![Issue::error(Code::ExportTooLarge, "")
                .with("limit", *limit)
                .with("actual", *actual)],
            ExportError::NotJson {
                line,
                column,
                reason,
            } => vec![Issue::error(Code::ExportNotJson, "")
                .with("line", *line)
                .with("column", *column)
                .with("reason", reason.as_str())],
            ExportError::UnknownFormat { found } => {
                vec![Issue::error(Code::ExportFormatUnknown, "/format")
                    .with("found", found.clone().unwrap_or_default())
                    .with("expected", FORMAT_V1)]
            }
            ExportError::MissingField { path, field } => {
                vec![Issue::error(Code::ExportFieldMissing, path.as_str())
                    .with("field", field.as_str())]
            }
            ExportError::Malformed { path, reason } => {
                vec![Issue::error(Code::ExportMalformed, path.as_str())
                    .with("reason", reason.as_str())]
            }
            ExportError::ListsTooLong { issues } | ExportError::Integrity { issues } => {
                issues.clone()
            }
        }
    }
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
    let issues = integrity_issues(&export);
    if issues.is_empty() {
        Ok(export)
    } else {
        Err(ExportError::Integrity { issues })
    }
}

/// serde_json's message without its " at line L column C" suffix.
pub fn error_reason(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// A serde_path_to_error path as a JSON Pointer (`""` for the root).
pub fn path_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer_text = String::new();
    for segment in path.iter() {
        pointer_text = match segment {
            Segment::Seq { index } => pointer(&pointer_text, index),
            Segment::Map { key } => pointer(&pointer_text, key),
            Segment::Enum { variant } => pointer(&pointer_text, variant),
            Segment::Unknown => pointer(&pointer_text, "?"),
        };
    }
    pointer_text
}

fn shape_error(error: &serde_path_to_error::Error<serde_json::Error>) -> ExportError {
    let path = path_pointer(error.path());
    let reason = error_reason(error.inner());
    if let Some(field) = reason
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return ExportError::MissingField {
            path: pointer(&path, field),
            field: field.to_owned(),
        };
    }
    ExportError::Malformed { path, reason }
}

/// Every integrity problem: duplicate ids within a list, references that
/// resolve to nothing, dates, ratings and currencies out of shape.
fn integrity_issues(export: &PinpointExport) -> Vec<Issue> {
    let mut issues = Vec::new();

    let profiles = unique_ids(
        export
            .business_profiles
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), format!("/business_profiles/{i}/id"))),
        &mut issues,
    );
    let mut locations_of: HashMap<&str, HashMap<&str, String>> = HashMap::new();
    for (i, profile) in export.business_profiles.iter().enumerate() {
        let ids = unique_ids(
            profile.locations.iter().enumerate().map(|(k, l)| {
                (
                    l.id.as_str(),
                    format!("/business_profiles/{i}/locations/{k}/id"),
                )
            }),
            &mut issues,
        );
        locations_of.entry(profile.id.as_str()).or_insert(ids);
    }

    // App and service profiles become solutions side by side: one id space.
    let solutions = export
        .app_profiles
        .iter()
        .enumerate()
        .map(|(i, s)| ("app_profiles", i, s))
        .chain(
            export
                .service_profiles
                .iter()
                .enumerate()
                .map(|(i, s)| ("service_profiles", i, s)),
        );
    let mut seen_solutions: HashMap<&str, String> = HashMap::new();
    for (list, i, solution) in solutions {
        let at = format!("/{list}/{i}");
        if let Some(first) = seen_solutions.get(solution.id.as_str()) {
            issues.push(
                Issue::error(Code::DuplicateId, format!("{at}/id"))
                    .with("id", solution.id.as_str())
                    .with("first", first.as_str()),
            );
        } else {
            seen_solutions.insert(solution.id.as_str(), format!("{at}/id"));
        }
        match profiles.get(solution.business_profile_id.as_str()) {
            None => issues.push(
                Issue::error(Code::DanglingReference, format!("{at}/business_profile_id"))
                    .with("id", solution.business_profile_id.as_str())
                    .with("target", "/business_profiles"),
            ),
            Some(profile_path) => {
                let locations = locations_of.get(solution.business_profile_id.as_str());
                let profile_path = profile_path.trim_end_matches("/id");
                for (k, location_id) in solution.location_ids.iter().enumerate() {
                    if !locations.is_some_and(|l| l.contains_key(location_id.as_str())) {
                        issues.push(
                            Issue::error(Code::DanglingReference, format!("{at}/location_ids/{k}"))
                                .with("id", location_id.as_str())
                                .with("target", format!("{profile_path}/locations")),
                        );
                    }
                }
            }
        }
    }

    unique_ids(
        export
            .referrals
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), format!("/referrals/{i}/id"))),
        &mut issues,
    );
    for (i, referral) in export.referrals.iter().enumerate() {
        let at = format!("/referrals/{i}");
        if let Some(profile_id) = &referral.business_profile_id {
            if !profiles.contains_key(profile_id.as_str()) {
                issues.push(
                    Issue::error(Code::DanglingReference, format!("{at}/business_profile_id"))
                        .with("id", profile_id.as_str())
                        .with("target", "/business_profiles"),
                );
            }
        }
        if !is_iso_date(&referral.received_on) {
            issues.push(invalid_value(
                format!("{at}/received_on"),
                &referral.received_on,
                "a date YYYY-MM-DD",
            ));
        }
        if let Some(deal) = &referral.deal_value {
            let currency_ok =
                deal.currency.len() == 3 && deal.currency.bytes().all(|b| b.is_ascii_uppercase());
            if !currency_ok {
                issues.push(invalid_value(
                    format!("{at}/deal_value/currency"),
                    &deal.currency,
                    "an ISO 4217 currency code",
                ));
            }
            if deal.amount.as_f64().is_none_or(|amount| amount < 0.0) {
                issues.push(invalid_value(
                    format!("{at}/deal_value/amount"),
                    &deal.amount.to_string(),
                    "an amount of zero or more",
                ));
            }
        }
    }

    unique_ids(
        export
            .customer_reviews
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), format!("/customer_reviews/{i}/id"))),
        &mut issues,
    );
    for (i, review) in export.customer_reviews.iter().enumerate() {
        if !(1..=5).contains(&review.rating) {
            issues.push(invalid_value(
                format!("/customer_reviews/{i}/rating"),
                &review.rating.to_string(),
                "a rating from 1 to 5",
            ));
        }
    }
    issues
}

fn invalid_value(path: String, value: &str, expected: &str) -> Issue {
    Issue::error(Code::ExportValueInvalid, path)
        .with("value", value)
        .with("expected", expected)
}

/// Records each id's path; a repeated id is reported naming its first use.
fn unique_ids<'a>(
    ids: impl Iterator<Item = (&'a str, String)>,
    issues: &mut Vec<Issue>,
) -> HashMap<&'a str, String> {
    let mut seen: HashMap<&'a str, String> = HashMap::new();
    for (id, path) in ids {
        if let Some(first) = seen.get(id) {
            issues.push(
                Issue::error(Code::DuplicateId, path)
                    .with("id", id)
                    .with("first", first.as_str()),
            );
        } else {
            seen.insert(id, path);
        }
    }
    seen
}

/// `YYYY-MM-DD` with a real month and a day that month has.
pub fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
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

/// Where a solution came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum SolutionKind {
    App,
    Service,
}
