//! `/embed/`: what a partner portal loads to embed the widget, served in
//! every mode (here: not demo). The loader is revalidated with an ETag,
//! the manifest names the build's hashed files and is cached for a year,
//! an allowed origin may fetch all of it (CORS, CORP), and the frame is
//! only for an allowed parent.

use axum::http::{Method, StatusCode};
use transition_server::app::Assets;
use transition_tests::*;

const PORTAL: &str = "https://portal.example";

/// trunk's page, as `trunk build` writes it.
const INDEX: &str = r#"<!DOCTYPE html><html><head>
<script type="module">import init from '/transition-app-0123456789abcdef.js'; init();</script>
<link rel="stylesheet" href="/main-0123456789abcdef.css" integrity="sha384-css"/>
<link rel="modulepreload" href="/transition-app-0123456789abcdef.js" crossorigin="anonymous" integrity="sha384-js">
<link rel="preload" href="/transition-app-0123456789abcdef_bg.wasm" crossorigin="anonymous" integrity="sha384-wasm" as="fetch" type="application/wasm">
</head><body><div id="pinpoint-transition"></div></body></html>"#;

async fn app() -> Result<(TestApp, tempfile::TempDir), Box<dyn std::error::Error + Send + Sync>> {
    let dist = tempfile::tempdir()?;
    std::fs::write(dist.path().join("index.html"), INDEX)?;
    for (name, body) in [
        ("transition-app-0123456789abcdef.js", "export default 1;\n"),
        ("transition-app-0123456789abcdef_bg.wasm", "\0asm"),
        ("main-0123456789abcdef.css", ".pt-root{}\n"),
    ] {
        std::fs::write(dist.path().join(name), body)?;
    }
    let assets = Assets {
        dist: Some(dist.path().to_path_buf()),
        host: None,
    };
    Ok((TestApp::with_assets(settings(false), assets).await?, dist))
}

#[tokio::test]
async fn the_loader_is_served_outside_demo_mode_and_revalidated() -> TestResult {
    let (app, _dist) = app().await?;
    let loader = app
        .call_with(
            Method::GET,
            "/embed/widget.js",
            None,
            None,
            &[("origin", PORTAL)],
        )
        .await;
    assert_eq!(loader.status, StatusCode::OK);
    assert!(loader.header("content-type").starts_with("text/javascript"));
    assert!(loader
        .text()
        .contains("export async function mountPinpointTransition"));
    assert!(
        !loader.text().contains("__PINPOINT_MANIFEST__"),
        "the manifest is named"
    );
    assert_eq!(
        loader.header("cache-control"),
        "public, max-age=300, must-revalidate"
    );
    assert_eq!(loader.header("access-control-allow-origin"), PORTAL);
    assert_eq!(
        loader.header("cross-origin-resource-policy"),
        "cross-origin"
    );
    let etag = loader.header("etag");
    assert!(etag.starts_with('"') && etag.len() > 10, "{etag}");

    let again = app
        .call_with(
            Method::GET,
            "/embed/widget.js",
            None,
            None,
            &[("if-none-match", &etag)],
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());

    let stale = app
        .call_with(
            Method::GET,
            "/embed/widget.js",
            None,
            None,
            &[("if-none-match", "\"old\"")],
        )
        .await;
    assert_eq!(stale.status, StatusCode::OK);

    // Another origin is not allowed to read it.
    let other = app
        .call_with(
            Method::GET,
            "/embed/widget.js",
            None,
            None,
            &[("origin", "https://evil.example")],
        )
        .await;
    assert_eq!(other.header("access-control-allow-origin"), "");

    let types = app
        .call(Method::GET, "/embed/widget.d.ts", None, None)
        .await;
    assert_eq!(types.status, StatusCode::OK);
    assert!(types
        .text()
        .contains("export function mountPinpointTransition("));
    assert!(!types.header("etag").is_empty());
    Ok(())
}

#[tokio::test]
async fn the_manifest_names_the_hashed_files_and_is_immutable() -> TestResult {
    let (app, _dist) = app().await?;
    let loader = app
        .call(Method::GET, "/embed/widget.js", None, None)
        .await
        .text();
    // The loader holds the files itself (no load waits on the manifest),
    // and names the manifest for tools.
    assert!(
        loader.contains(r#""href":"/transition-app-0123456789abcdef_bg.wasm""#),
        "{loader}"
    );
    assert!(!loader.contains("__PINPOINT_"), "{loader}");
    let name = loader
        .split(|c: char| c == '"' || c.is_whitespace())
        .find(|part| part.starts_with("manifest-") && part.ends_with(".json"))
        .ok_or("the loader names no manifest")?
        .to_owned();
    let manifest = app
        .call_with(
            Method::GET,
            &format!("/embed/{name}"),
            None,
            None,
            &[("origin", PORTAL)],
        )
        .await;
    assert_eq!(manifest.status, StatusCode::OK);
    assert_eq!(
        manifest.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(manifest.header("access-control-allow-origin"), PORTAL);
    assert_eq!(
        manifest.header("cross-origin-resource-policy"),
        "cross-origin"
    );
    let files = manifest.json();
    assert_eq!(files["js"]["href"], "/transition-app-0123456789abcdef.js");
    assert_eq!(files["js"]["integrity"], "sha384-js");
    assert_eq!(
        files["wasm"]["href"],
        "/transition-app-0123456789abcdef_bg.wasm"
    );
    assert_eq!(files["css"]["href"], "/main-0123456789abcdef.css");

    // Every file it names is there, for the portal, cached for a year.
    for kind in ["js", "wasm", "css"] {
        let href = files[kind]["href"].as_str().unwrap_or_default();
        let file = app
            .call_with(Method::GET, href, None, None, &[("origin", PORTAL)])
            .await;
        assert_eq!(file.status, StatusCode::OK, "{href}");
        assert_eq!(file.header("access-control-allow-origin"), PORTAL, "{href}");
        assert_eq!(file.header("cross-origin-resource-policy"), "cross-origin");
        assert_eq!(
            file.header("cache-control"),
            "public, max-age=31536000, immutable"
        );
    }

    let unknown = app
        .call(
            Method::GET,
            "/embed/manifest-0000000000000000.json",
            None,
            None,
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    Ok(())
}

#[tokio::test]
async fn the_frame_answers_only_an_allowed_parent_which_alone_may_frame_it() -> TestResult {
    let (app, _dist) = app().await?;
    for query in [
        "",
        "?parent=https://evil.example",
        "?parent=*",
        "?parent=https://portal.example/",
        "?parent=https://portal.example;%20script-src%20*",
    ] {
        let answer = app
            .call(Method::GET, &format!("/embed/frame{query}"), None, None)
            .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{query}");
    }
    let frame = app
        .call(
            Method::GET,
            "/embed/frame?parent=https%3A%2F%2Fportal.example",
            None,
            None,
        )
        .await;
    assert_eq!(frame.status, StatusCode::OK);
    assert_eq!(frame.text(), INDEX);
    let csp = frame.header("content-security-policy");
    assert!(csp.ends_with(&format!("frame-ancestors {PORTAL}")), "{csp}");
    assert!(
        !csp.contains("'self' https"),
        "only the parent may frame it: {csp}"
    );
    assert!(
        csp.contains("'sha256-"),
        "the page's inline script runs: {csp}"
    );

    // Every other page keeps the policy of the whole allow-list.
    let page = app.call(Method::GET, "/", None, None).await;
    assert!(page
        .header("content-security-policy")
        .ends_with(&format!("frame-ancestors 'self' {PORTAL}")));
    Ok(())
}

#[tokio::test]
async fn without_a_built_app_there_is_nothing_to_embed() -> TestResult {
    let app = TestApp::with_settings(settings(false)).await?;
    let answer = app.call(Method::GET, "/embed/widget.js", None, None).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    Ok(())
}
