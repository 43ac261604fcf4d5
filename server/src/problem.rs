//! The middleware that gives every error response its final form: problem
//! documents rendered in the caller's language with the configured help
//! link, and bare framework answers (400 of a path or query parameter that
//! does not parse, 405, 408, 413) turned into problems too.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::response::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use transition_domain::{Code, Lang};

use crate::error::ApiError;
use crate::state::AppState;

/// The caller's language from `Accept-Language` (by quality; English
/// when the header is absent, malformed or names none of ours).
pub fn lang_of(headers: &HeaderMap) -> Lang {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map(Lang::from_accept_language)
        .unwrap_or_default()
}

pub async fn localize(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let lang = lang_of(request.headers());
    let response = next.run(request).await;
    let (mut parts, body) = response.into_parts();
    let error = match parts.extensions.get::<ApiError>() {
        Some(error) => error.clone(),
        None => match bare_problem(&parts, state.config.max_body_bytes) {
            Some(Bare::Problem(error)) => error,
            Some(Bare::Unparsed) => {
                // The framework's text says which parameter did not parse.
                let text = axum::body::to_bytes(body, 4096).await.unwrap_or_default();
                ApiError::malformed("", String::from_utf8_lossy(&text).trim())
            }
            None => return Response::from_parts(parts, body),
        },
    };
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

/// What a framework-made error answer stands for.
enum Bare {
    Problem(ApiError),
    /// A path or query parameter that does not parse (400, plain text).
    Unparsed,
}

/// A framework-made error answer (no problem inside) as a problem.
fn bare_problem(parts: &Parts, body_limit: usize) -> Option<Bare> {
    let is_problem = parts
        .headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"));
    if is_problem {
        return None;
    }
    let error = match parts.status {
        StatusCode::BAD_REQUEST => return Some(Bare::Unparsed),
        StatusCode::METHOD_NOT_ALLOWED => ApiError::new(Code::MethodNotAllowed),
        StatusCode::REQUEST_TIMEOUT => ApiError::new(Code::RequestTimeout),
        StatusCode::PAYLOAD_TOO_LARGE => {
            ApiError::new(Code::PayloadTooLarge).with("limit", body_limit)
        }
        _ => return None,
    };
    Some(Bare::Problem(error))
}

/// The API's answer to a path it does not know.
pub async fn api_not_found() -> impl IntoResponse {
    ApiError::not_found()
}
