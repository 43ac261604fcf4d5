//! A JSON body extractor whose refusals are problems like every other
//! error: `unsupported_media_type` (415) for a body not declared
//! `application/json`, `malformed_request` naming the JSON path,
//! `payload_too_large`, `validation_failed` with `list_too_long` (or
//! `locations_too_many`) for a list longer than its bound in the domain
//! (`bounds`), then with `text_control_character` for every string that
//! holds a control character storage cannot keep (`text`).
//!
//! Bodies are read as the OpenAPI document (JSON Schema) describes them:
//! an object is only ever an object (serde's derive also takes an array
//! for a struct: [`Strict`] refuses it), and an integer may be written
//! with a zero fraction or an exponent (`12.0`, `1.2e1`: see
//! [`integral_numbers`]).

use std::borrow::Cow;

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderMap, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use transition_domain::bounds::{over_bounds, Bounded};
use transition_domain::export::{error_reason, path_pointer};
use transition_domain::Code;

use crate::error::ApiError;
use crate::state::AppState;

mod strict;
pub use strict::Strict;

pub struct Json<T>(pub T);

impl<T: DeserializeOwned + Bounded + Serialize> FromRequest<AppState> for Json<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        require_json(request.headers())?;
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
        // Then every string, before anything is stored.
        let controls = transition_domain::text::control_characters(&value, "");
        if !controls.is_empty() {
            return Err(ApiError::from_issues(controls));
        }
        Ok(Json(value))
    }
}

/// A JSON body must say so: `Content-Type: application/json`, with or
/// without parameters (`; charset=utf-8`), or a structured `+json` type
/// (`application/merge-patch+json`). Anything else, or nothing, is 415
/// `unsupported_media_type`, before a byte of the body is read.
pub fn require_json(headers: &HeaderMap) -> Result<(), ApiError> {
    let essence = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .map(|essence| essence.trim().to_ascii_lowercase());
    match essence
        .as_deref()
        .and_then(|e| e.strip_prefix("application/"))
    {
        Some(subtype) if subtype == "json" || is_plus_json(subtype) => Ok(()),
        _ => Err(ApiError::new(Code::UnsupportedMediaType)),
    }
}

/// `vnd.example+json`: a token before `+json`.
fn is_plus_json(subtype: &str) -> bool {
    subtype.strip_suffix("+json").is_some_and(|name| {
        !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
    })
}

/// Parses JSON, naming the path of the first value that does not fit.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    parse_strict(&integral_numbers(bytes))
        .map_err(|(path, reason)| ApiError::malformed(path, reason))
}

/// Parses JSON as [`Strict`] reads it (numbers as they are): the value,
/// or the JSON Pointer of the first value that does not fit ("/" for the
/// whole body, "" when the text itself is not JSON) and why.
pub fn parse_strict<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, (String, String)> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(Strict(&mut deserializer)).map_err(|error| {
        let path = path_pointer(error.path());
        let path = if path.is_empty() {
            "/".to_owned()
        } else {
            path
        };
        (path, error_reason(error.inner()))
    })?;
    deserializer
        .end()
        .map_err(|error| (String::new(), error.to_string()))?;
    Ok(value)
}

/// The largest integer a JSON number written with a fraction or an
/// exponent is read exactly as (2^53): beyond it a `f64` is not exact.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// `bytes` with every number written with a fraction or an exponent whose
/// value is an integer (`431895187.0`, `5e0`) written as that integer, as
/// JSON Schema counts it (an integer field then takes it; a number field
/// reads the same value). Strings are left as they are, and so are
/// numbers beyond ±2^53. Borrowed when there is none (the usual case).
pub fn integral_numbers(bytes: &[u8]) -> Cow<'_, [u8]> {
    let mut out: Option<Vec<u8>> = None;
    let mut copied = 0;
    let mut k = 0;
    let number_byte = |b: &u8| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9');
    while let Some(&b) = bytes.get(k) {
        match b {
            b'"' => {
                k += 1;
                while let Some(&c) = bytes.get(k).filter(|&&c| c != b'"') {
                    k += if c == b'\\' { 2 } else { 1 };
                }
                k += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = k;
                while bytes.get(k).is_some_and(number_byte) {
                    k += 1;
                }
                let token = bytes.get(start..k).unwrap_or_default();
                if !token.iter().any(|b| matches!(b, b'.' | b'e' | b'E')) {
                    continue;
                }
                let value = std::str::from_utf8(token)
                    .ok()
                    .and_then(|text| text.parse::<f64>().ok());
                if let Some(value) = value.filter(|v| v.fract() == 0.0 && v.abs() <= EXACT) {
                    let out = out.get_or_insert_with(|| Vec::with_capacity(bytes.len()));
                    out.extend_from_slice(bytes.get(copied..start).unwrap_or_default());
                    // Exact: an integer of at most 2^53 in magnitude.
                    #[allow(clippy::cast_possible_truncation)]
                    out.extend_from_slice((value as i64).to_string().as_bytes());
                    copied = k;
                }
            }
            _ => k += 1,
        }
    }
    match out {
        Some(mut out) => {
            out.extend_from_slice(bytes.get(copied..).unwrap_or_default());
            Cow::Owned(out)
        }
        None => Cow::Borrowed(bytes),
    }
}

#[cfg(test)]
mod tests {
    use transition_domain::{Code, ImportRequest};

    use super::*;

    #[test]
    fn an_object_sent_as_an_array_is_malformed_wherever_it_is() {
        let body =
            br#"{"selections": [{"pinpoint_profile_id": "bp-fr", "overrides": [null, null]}],
                        "acknowledgements": {"referrals_noted": true, "account_closure": true}}"#;
        let error = parse_json::<ImportRequest>(body).err();
        assert_eq!(error.as_ref().map(|e| e.code), Some(Code::MalformedRequest));
        assert_eq!(
            error.and_then(|e| e.params.get("path").map(|p| format!("{p:?}"))),
            Some(format!(
                "{:?}",
                transition_domain::issue::Param::from("/selections/0/overrides")
            ))
        );
        let whole = parse_json::<ImportRequest>(b"[[], {}]").err();
        assert_eq!(whole.map(|e| e.code), Some(Code::MalformedRequest));
    }

    #[test]
    fn a_json_body_says_so() {
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            if let Ok(value) = value.parse() {
                headers.insert(header::CONTENT_TYPE, value);
            }
            require_json(&headers).is_ok()
        };
        for good in [
            "application/json",
            "application/json; charset=utf-8",
            "Application/JSON;charset=UTF-8",
            "application/merge-patch+json",
        ] {
            assert!(with(good), "{good}");
        }
        for bad in [
            "",
            "text/plain",
            "text/json",
            "application/jsonp",
            "application/+json",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
        ] {
            assert!(!with(bad), "{bad}");
        }
        assert!(
            require_json(&HeaderMap::new()).is_err_and(|e| e.code == Code::UnsupportedMediaType)
        );
    }

    #[test]
    fn integral_numbers_are_integers_and_strings_are_untouched() {
        let text =
            br#"{"a": 431895187.0, "b": "7.0 \" 8.0", "c": [5e0, -2.50, 1.5, 12, 1e300, -0.0]}"#;
        assert_eq!(
            String::from_utf8_lossy(&integral_numbers(text)),
            r#"{"a": 431895187, "b": "7.0 \" 8.0", "c": [5, -2.50, 1.5, 12, 1e300, 0]}"#
        );
        let plain = br#"{"a": 1, "b": "x.0"}"#;
        assert!(matches!(integral_numbers(plain), Cow::Borrowed(_)));
    }
}
