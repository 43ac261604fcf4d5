//! One error type for every handler, answered as RFC 9457
//! `application/problem+json`. Its text comes from the domain's catalogue,
//! in the caller's language (see `problem::localize`).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use transition_domain::bounds;
use transition_domain::issue::Param;
use transition_domain::ops::OpError;
use transition_domain::plan::PlanDigest;
pub use transition_domain::wire::problem::{Problem, PROBLEM_BASE};
use transition_domain::{Code, Issue, Lang};

/// A refusal: a stable code (its HTTP status is [`status`]'s), parameters
/// for its message, and, for rule failures, every issue.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub code: Code,
    pub params: BTreeMap<String, Param>,
    pub issues: Vec<Issue>,
    /// What a `plan_changed` refusal carries besides its text.
    pub extra: Option<Arc<PlanChanged>>,
}

/// The plan as it is now, told with 412 `plan_changed`: its digest, and
/// the preview (a `PlanReport` as JSON, already in the caller's language).
#[derive(Debug, Clone, PartialEq)]
pub struct PlanChanged {
    pub plan_digest: PlanDigest,
    pub preview: serde_json::Value,
}

impl ApiError {
    pub fn new(code: Code) -> ApiError {
        ApiError {
            code,
            params: BTreeMap::new(),
            issues: Vec::new(),
            extra: None,
        }
    }

    /// 412 `plan_changed`, with the plan as it is now.
    pub fn plan_changed(changed: PlanChanged) -> ApiError {
        ApiError {
            extra: Some(Arc::new(changed)),
            ..ApiError::new(Code::PlanChanged)
        }
    }

    pub fn with(mut self, name: &str, value: impl Into<Param>) -> ApiError {
        self.params.insert(name.to_owned(), value.into());
        self
    }

    pub fn not_found() -> ApiError {
        ApiError::new(Code::NotFound)
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(Code::Unauthorized)
    }

    pub fn role_required() -> ApiError {
        ApiError::new(Code::RoleRequired)
    }

    pub fn account_closed() -> ApiError {
        ApiError::new(Code::PinpointAccountClosed)
    }

    pub fn malformed(path: impl Into<String>, reason: impl Into<String>) -> ApiError {
        ApiError::new(Code::MalformedRequest)
            .with("path", path.into())
            .with("reason", reason.into())
    }

    /// 503 `overloaded`: nothing was done, retry after
    /// [`OVERLOAD_RETRY_AFTER_SECS`]
    /// (answered with `Retry-After`).
    pub fn overloaded() -> ApiError {
        ApiError::new(Code::Overloaded).with("retry_after", OVERLOAD_RETRY_AFTER_SECS)
    }

    pub fn internal() -> ApiError {
        ApiError::new(Code::InternalError)
    }

    /// Its HTTP status ([`status`]).
    pub fn status(&self) -> StatusCode {
        status(self.code)
    }

    /// Rule failures (SPEC §3): 422 with every issue, unless one of them
    /// is a refusal with a status of its own ([`status`]; API.md's problem
    /// table).
    pub fn from_issues(issues: Vec<Issue>) -> ApiError {
        let special = issues.iter().find_map(|issue| {
            (status(issue.code) != StatusCode::UNPROCESSABLE_ENTITY).then(|| ApiError {
                code: issue.code,
                params: issue.params.clone(),
                issues: Vec::new(),
                extra: None,
            })
        });
        special.unwrap_or(ApiError {
            code: Code::ValidationFailed,
            params: BTreeMap::new(),
            issues,
            extra: None,
        })
    }

    /// The problem document in `lang`.
    pub fn problem(&self, lang: Lang, help_url: &str) -> Problem {
        let messages = transition_domain::locales::messages(lang);
        let args: Vec<(&str, &dyn transition_domain::Arg)> = self
            .params
            .iter()
            .map(|(name, value)| (name.as_str(), value as &dyn transition_domain::Arg))
            .collect();
        let title = messages.fill(self.code, &args);
        Problem {
            kind: format!("{PROBLEM_BASE}{}", self.code),
            title,
            status: self.status().as_u16(),
            code: self.code,
            // At most this many: a refusal of 250,000 entries is not a
            // 250,000-line answer; `issue_count` says how many in all.
            issues: bounds::shown(&self.issues, messages),
            issue_count: self.issues.len(),
            help_url: self
                .code
                .needs_service_centre()
                .then(|| help_url.to_owned()),
            plan_digest: self.extra.as_ref().map(|extra| extra.plan_digest.clone()),
            preview: self.extra.as_ref().map(|extra| extra.preview.clone()),
        }
    }
}

/// The `Retry-After` of a 503 `overloaded`, in seconds.
pub const OVERLOAD_RETRY_AFTER_SECS: u64 = 1;

/// The default regional service centre link, when none is configured.
pub const DEFAULT_HELP_URL: &str = "https://partner.microsoft.com/support/regionalsupport";

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        // Rendered in English here; `problem::localize` re-renders it in the
        // caller's language with the configured help link.
        let body =
            serde_json::to_vec(&self.problem(Lang::En, DEFAULT_HELP_URL)).unwrap_or_default();
        let mut response = (self.status(), body).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        // A refusal saying when to retry says it in the header too: its
        // `retry_after` parameter, or its code's.
        let retry = match self.params.get("retry_after") {
            Some(Param::Int(secs)) => HeaderValue::from_str(&secs.to_string()).ok(),
            _ => retry_after(self.code).map(HeaderValue::from),
        };
        if let Some(value) = retry {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response.extensions_mut().insert(self);
        response
    }
}

/// The HTTP status of each code: the refusals of the API's own, and the
/// rule failures with a status other than 422 (API.md's problem table).
/// Every other code is a rule failure, answered 422.
pub fn status(code: Code) -> StatusCode {
    match code {
        Code::MalformedRequest | Code::IdempotencyKeyMissing => StatusCode::BAD_REQUEST,
        Code::Unauthorized => StatusCode::UNAUTHORIZED,
        Code::RoleRequired
        | Code::CspOnly
        | Code::ApprovalSelf
        | Code::ApprovalNotSubmitter
        | Code::SettingsRoleRequired => StatusCode::FORBIDDEN,
        Code::NotFound => StatusCode::NOT_FOUND,
        Code::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
        Code::RequestTimeout | Code::RequestBodyTimeout => StatusCode::REQUEST_TIMEOUT,
        Code::PinpointAccountClosed
        | Code::RegionAlreadyHasProfile
        | Code::SolutionsImportOnly
        | Code::LocationAddressImmutable
        | Code::ProfileBusy
        | Code::LogoUploadsFull
        | Code::IdempotencyKeyInProgress
        | Code::ApprovalRequired
        | Code::DraftSubmitted
        | Code::NotSubmitted
        | Code::SubmissionChanged => StatusCode::CONFLICT,
        Code::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        Code::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        Code::DraftChanged => StatusCode::PRECONDITION_FAILED,
        Code::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        Code::InternalError => StatusCode::INTERNAL_SERVER_ERROR,
        Code::Overloaded | Code::StorageUnavailable => StatusCode::SERVICE_UNAVAILABLE,
        Code::PlanChanged => StatusCode::PRECONDITION_FAILED,
        Code::PlanDigestRequired => StatusCode::PRECONDITION_REQUIRED,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// `Retry-After` (seconds) of the refusals that pass if the same request
/// is sent again a little later.
fn retry_after(code: Code) -> Option<u64> {
    match code {
        Code::IdempotencyKeyInProgress | Code::ProfileBusy => Some(1),
        Code::StorageUnavailable => Some(STORAGE_RETRY_AFTER_SECS),
        _ => None,
    }
}

/// A post-import operation that does not apply: a location or solution
/// that is not there is 404 like any other missing resource; a refusal is
/// answered as [`ApiError::from_issues`] says.
impl From<OpError> for ApiError {
    fn from(error: OpError) -> ApiError {
        match error {
            OpError::NotFound(_) => ApiError::not_found(),
            OpError::Refused(issues) => ApiError::from_issues(issues),
        }
    }
}

/// How long a caller is told to wait after `storage_unavailable`.
pub const STORAGE_RETRY_AFTER_SECS: u64 = 5;

impl From<crate::store::StoreError> for ApiError {
    fn from(error: crate::store::StoreError) -> ApiError {
        // The detail goes to the log only; the caller learns nothing of it.
        if error.is_unavailable() {
            // Disk full, database read-only or locked, I/O: it passes, and
            // the failed transaction left nothing behind.
            tracing::warn!(%error, "storage unavailable");
            return ApiError::new(Code::StorageUnavailable);
        }
        tracing::error!(%error, "storage error");
        ApiError::internal()
    }
}

impl ApiError {
    /// A refused Pinpoint export: 422 `validation_failed` with its issues.
    pub fn from_export(error: &transition_domain::ExportError) -> ApiError {
        ApiError {
            code: Code::ValidationFailed,
            params: BTreeMap::new(),
            issues: error.issues(),
            extra: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use transition_domain::ops::OpError;
    use transition_domain::{Code, Issue};

    use super::*;

    #[test]
    fn an_operation_on_a_missing_resource_is_not_found_by_its_type() {
        let missing = Issue::error(Code::SolutionNotFound, "/solutions").with("id", "s9");
        assert_eq!(
            ApiError::from(OpError::NotFound(missing.clone())),
            ApiError::not_found()
        );
        // The same issue as a refusal is a rule failure, whatever its path.
        let refused = ApiError::from(OpError::Refused(vec![missing]));
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(refused.code, Code::ValidationFailed);
        let conflict = ApiError::from(OpError::Refused(vec![Issue::error(
            Code::SolutionsImportOnly,
            "/solutions",
        )]));
        assert_eq!(conflict.status(), StatusCode::CONFLICT);
        assert_eq!(conflict.code, Code::SolutionsImportOnly);
    }

    #[test]
    fn a_refusal_saying_when_to_retry_carries_retry_after() {
        let response = ApiError::overloaded().into_response();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(
            response.headers().get(header::RETRY_AFTER),
            Some(&HeaderValue::from_static("1"))
        );
        let response = ApiError::internal().into_response();
        assert!(response.headers().get(header::RETRY_AFTER).is_none());
    }
}
