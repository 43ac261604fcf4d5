//! The answer of a request the limits refuse: a problem in the caller's
//! language with `Retry-After`.

use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};

use crate::error::{ApiError, DEFAULT_HELP_URL, OVERLOAD_RETRY_AFTER_SECS};
use crate::problem::lang_of;

/// `error`, rendered in the language `headers` ask for, with
/// `Retry-After: retry_after`.
pub fn refusal(error: ApiError, headers: &HeaderMap, retry_after: u64) -> Response {
    let lang = lang_of(headers);
    let body = serde_json::to_vec(&error.problem(lang, DEFAULT_HELP_URL)).unwrap_or_default();
    let mut response = (error.status(), body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.as_str()),
    );
    headers.insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
    response.extensions_mut().insert(error);
    response
}

/// 503 `overloaded`.
pub fn overloaded(headers: &HeaderMap) -> Response {
    refusal(ApiError::overloaded(), headers, OVERLOAD_RETRY_AFTER_SECS)
}
