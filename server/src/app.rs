//! The whole HTTP application: `router(state)` is what `serve` runs and
//! what the tests call with `oneshot`.

use std::path::PathBuf;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::Router;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::origin::Origin;
use crate::problem;
use crate::routes::{self, API_BASE};
use crate::state::AppState;
use crate::{embed, web};

/// Where the built app and the demo host page are, if they are served.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    /// trunk's `dist` directory.
    pub dist: Option<PathBuf>,
    /// The sample host page (a mock partner portal embedding the widget),
    /// served at `/host/` in demo mode.
    pub host: Option<PathBuf>,
}

/// The API under `/api/v1`, and the app when `assets` say where it is.
pub fn router(state: AppState, assets: &Assets) -> Router {
    let (api, operations) = routes::api(&state);
    let doc = crate::openapi::document(API_BASE, operations);
    let api = api
        .merge(crate::openapi::router(&doc))
        .fallback(problem::api_not_found);

    let mut app = Router::new()
        .nest(API_BASE, api)
        .route("/favicon.ico", axum::routing::get(web::favicon));
    if let Some(embed) = assets
        .dist
        .as_deref()
        .and_then(crate::embed::Embed::from_dist)
    {
        app = app.merge(crate::embed::router(
            std::sync::Arc::new(embed),
            std::sync::Arc::new(state.config.allowed_origins.clone()),
        ));
    }
    let mut pages = Vec::new();
    if let (true, Some(host)) = (state.config.demo, &assets.host) {
        // The host page routes the widget under /host/…: a reload there
        // gets the page again.
        let host_index = host.join("index.html");
        app = app.nest_service(
            "/host",
            ServeDir::new(host).fallback(ServeFile::new(&host_index)),
        );
        pages.push(host_index);
    }
    match &assets.dist {
        Some(dist) => {
            pages.push(dist.join("index.html"));
            app = app.fallback_service(web::serve_dist(dist));
        }
        None => app = app.fallback(problem::api_not_found),
    }

    let page_refs: Vec<&std::path::Path> = pages.iter().map(PathBuf::as_path).collect();
    let ancestors: Vec<String> = std::iter::once("'self'".to_owned())
        .chain(state.config.allowed_origins.iter().map(Origin::to_string))
        .collect();
    let csp = web::content_security_policy(&web::inline_script_hashes(&page_refs), &ancestors);
    let csp = HeaderValue::from_str(&csp)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"));

    let origins: Vec<HeaderValue> = state
        .config
        .allowed_origins
        .iter()
        .filter_map(|origin| HeaderValue::from_str(origin.as_str()).ok())
        .collect();
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::PATCH,
            Method::DELETE,
        ])
        .allow_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::ACCEPT_LANGUAGE,
            HeaderName::from_static("idempotency-key"),
            // The plan digest a commit carries, a draft's revision (issue 23).
            header::IF_MATCH,
            header::IF_NONE_MATCH,
        ])
        .expose_headers([
            header::LOCATION,
            header::CONTENT_DISPOSITION,
            header::RETRY_AFTER,
            // The preview's plan digest, a draft's revision (issue 23).
            header::ETAG,
        ]);

    // Innermost: their refusals get CORS, the caller's language and the
    // security headers like every other answer.
    let app = crate::limits::apply(app, &state);
    app.layer(axum::middleware::from_fn(embed::cross_origin_resources))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            problem::localize,
        ))
        .layer(DefaultBodyLimit::max(state.config.max_body_bytes))
        // The framed page sets its own (its parent alone may frame it).
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            csp,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(cors)
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            state.config.request_timeout,
        ))
        // Outside the timeout and CORS layers, so that their answers
        // (408, preflights) get it too.
        .layer(axum::middleware::from_fn(web::cache_control))
        .layer(TraceLayer::new_for_http().on_failure(crate::failure_log::on_failure))
        .with_state(state)
}
