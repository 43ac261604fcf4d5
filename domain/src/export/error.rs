//! Why an export is refused, as an error and as typed issues.

use crate::codes::Code;
use crate::issue::{pointer, Issue};

use super::FORMAT_V1;

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

pub(super) fn shape_error(error: &serde_path_to_error::Error<serde_json::Error>) -> ExportError {
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
