//! The server's JSON body extractor (`transition_server::extract::Json`,
//! through `FromRequest` with a real `AppState` over an in-memory SQLite
//! store, behind axum's `DefaultBodyLimit` layer as the router puts it) on
//! arbitrary bytes, for every request type a handler reads.
//!
//! Input: one byte picks the type, the rest is the request body. Checks:
//! never panics; a refusal is `malformed_request` (400) or
//! `payload_too_large` (413) and renders as a problem in both languages
//! and as a response; an accepted body serializes and is accepted again as
//! the same value.
#![no_main]

use std::fmt::Debug;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequest, Request};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use libfuzzer_sys::fuzz_target;
use serde::de::DeserializeOwned;
use serde::Serialize;
use tokio::runtime::Runtime;
use tower::{service_fn, Layer, ServiceExt};
use transition_domain::bounds::Bounded;
use transition_domain::model::ProfileDraft;
use transition_domain::ops::{LocationPatch, NewLocation};
use transition_domain::request::{ProfileOverrides, SolutionOverrides};
use transition_domain::wire::demo::DevTokenRequest;
use transition_domain::wire::profiles::SolutionIds;
use transition_domain::{Code, ImportRequest, Lang};
use transition_server::error::ApiError;
use transition_server::extract::Json;
use transition_server::state::{AppState, Settings};
use transition_server::store::SqliteStore;
use transition_server::tokens::TokenKeys;

/// A small body limit, so that the 413 path is reached too (the largest
/// seed, a profile draft of 4.5 KB, is over it).
const MAX_BODY: usize = 4096;

fn runtime_and_state() -> &'static (Runtime, AppState) {
    static CELL: OnceLock<(Runtime, AppState)> = OnceLock::new();
    CELL.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let store = runtime
            .block_on(SqliteStore::open_url("sqlite::memory:"))
            .expect("in-memory store");
        let settings = Settings {
            max_body_bytes: MAX_BODY,
            ..Settings::default()
        };
        let state = AppState::new(
            Arc::new(store),
            TokenKeys::demo(Duration::from_secs(60)),
            settings,
        );
        (runtime, state)
    })
}

fn request(body: &[u8]) -> Request {
    Request::builder()
        .method("POST")
        .uri("/api/v1/fuzz")
        .header("content-type", "application/json")
        .body(Body::from(body.to_vec()))
        .expect("request")
}

fn extract<T: DeserializeOwned + Bounded>(body: &[u8]) -> Result<T, ApiError> {
    let (runtime, state) = runtime_and_state();
    // The body limit as the router applies it (app.rs), around the extractor.
    let service =
        DefaultBodyLimit::max(MAX_BODY).layer(service_fn(|request: Request| async move {
            let extracted = <Json<T> as FromRequest<AppState>>::from_request(request, state).await;
            Ok::<_, std::convert::Infallible>(extracted)
        }));
    match runtime.block_on(service.oneshot(request(body))) {
        Ok(extracted) => extracted.map(|Json(value)| value),
        Err(never) => match never {},
    }
}

fn check<T: DeserializeOwned + Serialize + PartialEq + Debug + Bounded>(body: &[u8]) {
    match extract::<T>(body) {
        Ok(value) => {
            let json = serde_json::to_vec(&value).expect("an accepted body serializes");
            match extract::<T>(&json) {
                Ok(again) => assert_eq!(again, value, "round trip"),
                Err(error) => {
                    // Re-serialized bigger than the limit is fine; anything
                    // else is a value the server writes but would not read.
                    assert!(
                        json.len() > MAX_BODY && error.code == Code::PayloadTooLarge,
                        "accepted, serialized, then refused: {error:?}"
                    );
                }
            }
        }
        Err(error) => {
            match error.code {
                Code::MalformedRequest => assert_eq!(error.status, StatusCode::BAD_REQUEST),
                Code::PayloadTooLarge => {
                    assert_eq!(error.status, StatusCode::PAYLOAD_TOO_LARGE);
                    assert!(body.len() > MAX_BODY);
                }
                // A list over its bound in the domain: 422, every issue a
                // length one.
                Code::ValidationFailed => {
                    assert_eq!(error.status, StatusCode::UNPROCESSABLE_ENTITY);
                    assert!(!error.issues.is_empty());
                    assert!(error
                        .issues
                        .iter()
                        .all(|i| matches!(i.code, Code::ListTooLong | Code::LocationsTooMany)));
                }
                other => panic!("unexpected refusal {other:?}"),
            }
            for lang in Lang::ALL {
                let problem = error.problem(lang, "https://example.test/help");
                let _ = serde_json::to_vec(&problem).expect("a problem serializes");
            }
            let _ = error.into_response();
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, body)) = data.split_first() else {
        return;
    };
    match kind % 8 {
        0 => check::<ImportRequest>(body),
        1 => check::<ProfileOverrides>(body),
        2 => check::<NewLocation>(body),
        3 => check::<LocationPatch>(body),
        4 => check::<SolutionOverrides>(body),
        5 => check::<ProfileDraft>(body),
        6 => check::<SolutionIds>(body),
        _ => check::<DevTokenRequest>(body),
    }
});
