//! Typed issues: what a rule says when it fails.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::codes::Code;
use crate::messages::{Arg, Messages, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Severity {
    /// Blocks saving or importing.
    Error,
    /// Shown, does not block.
    Warning,
}

/// A parameter of an issue: a limit, a measured value, an offending text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Param {
    Int(i64),
    Text(String),
}

impl std::fmt::Display for Param {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Param::Int(n) => write!(f, "{n}"),
            Param::Text(s) => f.write_str(s),
        }
    }
}

impl Arg for Param {
    fn value(&self) -> Value<'_> {
        match self {
            Param::Int(n) => Value::Int(*n),
            Param::Text(text) => Value::Text(text),
        }
    }
}

impl From<usize> for Param {
    fn from(n: usize) -> Self {
        Param::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Param {
    fn from(n: u32) -> Self {
        Param::Int(i64::from(n))
    }
}
impl From<u64> for Param {
    fn from(n: u64) -> Self {
        Param::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<&str> for Param {
    fn from(s: &str) -> Self {
        Param::Text(s.to_owned())
    }
}
impl From<String> for Param {
    fn from(s: String) -> Self {
        Param::Text(s)
    }
}

/// One failed rule: a stable `code`, the JSON Pointer `path` of the
/// offending value and the parameters its message needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Issue {
    pub severity: Severity,
    pub code: Code,
    pub path: String,
    #[serde(default)]
    pub params: BTreeMap<String, Param>,
}

impl Issue {
    pub fn error(code: Code, path: impl Into<String>) -> Issue {
        Issue {
            severity: Severity::Error,
            code,
            path: path.into(),
            params: BTreeMap::new(),
        }
    }

    pub fn warning(code: Code, path: impl Into<String>) -> Issue {
        Issue {
            severity: Severity::Warning,
            ..Issue::error(code, path)
        }
    }

    pub fn with(mut self, name: &str, value: impl Into<Param>) -> Issue {
        self.params.insert(name.to_owned(), value.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The text a person reads, from the catalogue. An address field the
    /// rule names by its key is said in the reader's words.
    pub fn message(&self, messages: &Messages) -> String {
        let field = match (self.code, self.params.get("field")) {
            (Code::AddressIncomplete, Some(Param::Text(key))) => {
                crate::labels::address_field(key, messages)
            }
            _ => None,
        };
        let args: Vec<(&str, &dyn Arg)> = self
            .params
            .iter()
            .map(|(name, value)| match (name.as_str(), &field) {
                ("field", Some(words)) => ("field", words as &dyn Arg),
                _ => (name.as_str(), value as &dyn Arg),
            })
            .collect();
        messages.fill(self.code, &args)
    }

    /// The issue with its message, as the API and the CLI print it.
    pub fn localized(&self, messages: &Messages) -> LocalizedIssue {
        LocalizedIssue {
            message: self.message(messages),
            issue: self.clone(),
        }
    }
}

/// An issue with its message in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "FlatIssue")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LocalizedIssue {
    #[serde(flatten)]
    pub issue: Issue,
    pub message: String,
}

/// How a [`LocalizedIssue`] is read: its fields side by side, as written
/// (serde's `flatten` would buffer every field first, and costs the
/// browser build its code).
#[derive(Deserialize)]
struct FlatIssue {
    severity: Severity,
    code: Code,
    path: String,
    #[serde(default)]
    params: BTreeMap<String, Param>,
    message: String,
}

impl From<FlatIssue> for LocalizedIssue {
    fn from(flat: FlatIssue) -> LocalizedIssue {
        LocalizedIssue {
            issue: Issue {
                severity: flat.severity,
                code: flat.code,
                path: flat.path,
                params: flat.params,
            },
            message: flat.message,
        }
    }
}

/// True when any issue is an error.
pub fn has_errors(issues: &[Issue]) -> bool {
    issues.iter().any(Issue::is_error)
}

/// Appends a JSON Pointer segment, escaping `~` and `/` (RFC 6901).
pub fn pointer(base: &str, segment: impl std::fmt::Display) -> String {
    let segment = segment.to_string();
    let escaped = segment.replace('~', "~0").replace('/', "~1");
    format!("{base}/{escaped}")
}

impl Issue {
    /// The same issue at another path: value constructors report at `""`
    /// and their caller, who knows where the value sits, places it.
    pub fn at(mut self, path: impl Into<String>) -> Issue {
        self.path = path.into();
        self
    }
}
