//! A JSON body extractor whose refusals are problems like every other
//! error: `malformed_request` naming the JSON path, `payload_too_large`,
//! and `validation_failed` with `list_too_long` (or `locations_too_many`)
//! for a list longer than its bound in the domain (`bounds`).

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use serde::de::DeserializeOwned;
use transition_domain::bounds::{over_bounds, Bounded};
use transition_domain::export::{error_reason, path_pointer};
use transition_domain::Code;

use crate::error::ApiError;
use crate::state::AppState;

pub struct Json<T>(pub T);

impl<T: DeserializeOwned + Bounded> FromRequest<AppState> for Json<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::new(Code::PayloadTooLarge).with("limit", state.config.max_body_bytes)
                } else {
                    ApiError::malformed("", rejection.body_text())
                }
            })?;
        let value: T = parse_json(&bytes)?;
        // Lengths before anything else: a list over its bound is refused
        // as a whole (422), before any work per entry.
        let over = over_bounds(&value);
        if !over.is_empty() {
            return Err(ApiError::from_issues(over));
        }
        Ok(Json(value))
    }
}

/// Parses JSON, naming the path of the first value that does not fit.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = path_pointer(error.path());
        let path = if path.is_empty() {
            "/".to_owned()
        } else {
            path
        };
        ApiError::malformed(path, error_reason(error.inner()))
    })?;
    deserializer
        .end()
        .map_err(|error| ApiError::malformed("", error.to_string()))?;
    Ok(value)
}
