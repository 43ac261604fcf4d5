//! The middleware that gives every error response its final form: problem
//! documents rendered in the caller's language with the configured help
//! link, and bare framework answers (404, 405, 408, 413) turned into
//! problems too.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use transition_domain::{Code, Lang};

use crate::error::ApiError;
use crate::state::AppState;

/// The caller's language from `Accept-Language` (its first tag).
pub fn lang_of(headers: &HeaderMap) -> Lang {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map(|value| Lang::from_tag(value.split(',').next().unwrap_or_default()))
        .unwrap_or_default()
}

pub async fn localize(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let lang = lang_of(request.headers());
    let response = next.run(request).await;
    let error = match response.extensions().get::<ApiError>() {
        Some(error) => error.clone(),
        None => match bare_problem(&response, state.config.max_body_bytes) {
            Some(error) => error,
            None => return response,
        },
    };
    let (mut parts, _) = response.into_parts();
    let body = serde_json::to_vec(&error.problem(lang, &state.config.help_url)).unwrap_or_default();
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    let mut response = Response::from_parts(parts, Body::from(body));
    response.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.as_str()),
    );
    response
}

/// A framework-made error answer (no problem inside) as a problem.
fn bare_problem(response: &Response, body_limit: usize) -> Option<ApiError> {
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"));
    if is_problem {
        return None;
    }
    let error = match response.status() {
        StatusCode::METHOD_NOT_ALLOWED => {
            ApiError::new(Code::MethodNotAllowed, StatusCode::METHOD_NOT_ALLOWED)
        }
        StatusCode::REQUEST_TIMEOUT => {
            ApiError::new(Code::RequestTimeout, StatusCode::REQUEST_TIMEOUT)
        }
        StatusCode::PAYLOAD_TOO_LARGE => {
            ApiError::new(Code::PayloadTooLarge, StatusCode::PAYLOAD_TOO_LARGE)
                .with("limit", body_limit)
        }
        _ => return None,
    };
    Some(error)
}

/// The API's answer to a path it does not know.
pub async fn api_not_found() -> impl IntoResponse {
    ApiError::not_found()
}
