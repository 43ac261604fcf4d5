//! The API's cases through a real socket (the server on port 0, a real
//! HTTP client).

use axum::http::{Method, StatusCode};
use serde_json::json;
use transition_server::state::Settings;
use transition_tests::*;

async fn app() -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
    TestApp::new().await?.over_socket().await
}

async fn app_with(settings: Settings) -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
    TestApp::with_settings(settings).await?.over_socket().await
}

include!("../cases/api.rs");
