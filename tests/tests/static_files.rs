//! Serving the built app: SPA fallback, caching, compression, and a CSP
//! that allows exactly the page's own inline scripts.

use axum::http::{Method, StatusCode};
use transition_server::app::Assets;
use transition_tests::*;

const INDEX: &str = r#"<!DOCTYPE html><html><head><script type="module">import init from '/app-0123456789abcdef.js'; init();</script></head><body></body></html>"#;

#[tokio::test]
async fn the_app_is_served_with_an_spa_fallback_and_the_right_caching() -> TestResult {
    let dist = tempfile::tempdir()?;
    std::fs::write(dist.path().join("index.html"), INDEX)?;
    std::fs::write(
        dist.path().join("app-0123456789abcdef.js"),
        "export default function init() {}\n".repeat(100),
    )?;
    let assets = Assets {
        dist: Some(dist.path().to_path_buf()),
        host: None,
    };
    let app = TestApp::with_assets(settings(true), assets).await?;

    let index = app.call(Method::GET, "/", None, None).await;
    assert_eq!(index.status, StatusCode::OK);
    assert_eq!(index.text(), INDEX);
    assert_eq!(index.header("cache-control"), "no-cache");

    let deep = app
        .call(
            Method::GET,
            "/account/business-profile/import?step=3",
            None,
            None,
        )
        .await;
    assert_eq!(
        deep.status,
        StatusCode::OK,
        "a client-side route gets the app"
    );
    assert_eq!(deep.text(), INDEX);

    let asset = app
        .call_with(
            Method::GET,
            "/app-0123456789abcdef.js",
            None,
            None,
            &[("accept-encoding", "br")],
        )
        .await;
    assert_eq!(asset.status, StatusCode::OK);
    assert_eq!(
        asset.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(asset.header("content-encoding"), "br");

    // The CSP names the hash of the inline module script, and no 'unsafe-inline' for scripts.
    let csp = index.header("content-security-policy");
    let script_src = csp
        .split(';')
        .find(|d| d.trim().starts_with("script-src"))
        .unwrap_or_default();
    assert!(script_src.contains("'sha256-"), "{csp}");
    assert!(!script_src.contains("unsafe-inline"), "{csp}");

    // The icon browsers ask for is an icon, not the app's page.
    let icon = app.call(Method::GET, "/favicon.ico", None, None).await;
    assert_eq!(icon.status, StatusCode::OK);
    assert_eq!(icon.header("content-type"), "image/svg+xml");
    assert!(icon.text().starts_with("<svg"), "{}", icon.text());

    // The API still answers problems, not the app.
    let api = app.call(Method::GET, "/api/v1/nope", None, None).await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert_eq!(api.code(), "not_found");
    Ok(())
}
