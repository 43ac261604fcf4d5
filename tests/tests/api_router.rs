//! The API's cases through the router (`oneshot`).

use axum::http::{Method, StatusCode};
use serde_json::json;
use transition_server::state::Settings;
use transition_tests::*;

async fn app() -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
    TestApp::new().await
}

async fn app_with(settings: Settings) -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
    TestApp::with_settings(settings).await
}

include!("../cases/api.rs");

/// Contoso's export as a new account of another partner, padded with an
/// unknown field (which the export format ignores) to `size` bytes.
fn padded_export(
    format: &str,
    size: usize,
) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    let mut export: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("contoso.json"))?)?;
    export["format"] = json!(format);
    export["account"]["id"] = json!("pp-large");
    export["account"]["partner_id"] = json!("7712345");
    export["padding"] = json!("");
    let bare = export.to_string().len();
    export["padding"] = json!("x".repeat(size.saturating_sub(bare)));
    let body = export.to_string();
    assert_eq!(body.len(), size.max(bare));
    Ok(body)
}

async fn post_raw(app: &TestApp, path: &str, token: &str, body: String) -> Answer {
    let request = axum::http::Request::builder()
        .method("POST")
        .uri(path)
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "application/json")
        .body(axum::body::Body::from(body));
    match request {
        Ok(request) => app.send(request).await,
        Err(error) => panic!("bad test request: {error}"),
    }
}

// Exports may be as large as the export limit (16 MiB), far above the
// general body limit (64 KiB in the tests' settings, 1 MiB by default):
// the ingest route has its own limit, and only it.
#[tokio::test]
async fn http_ingest_takes_exports_up_to_the_export_limit() -> TestResult {
    let app = app().await?;
    let limit = app.state.config.max_export_bytes;
    assert_eq!(limit, transition_domain::export::DEFAULT_MAX_BYTES);
    assert!(app.state.config.max_body_bytes < 2 * 1024 * 1024);
    let path = "/api/v1/operator/exports";

    let valid = padded_export("pinpoint-export/v1", 2 * 1024 * 1024)?;
    let created = post_raw(&app, path, OPERATOR_TOKEN, valid).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    assert_eq!(created.json()["outcome"], "created");
    assert_eq!(created.json()["partner_id"], "7712345");

    // A large export the domain refuses gets the domain's answer.
    let unknown = padded_export("pinpoint-export/v9", 2 * 1024 * 1024)?;
    let refused = post_raw(&app, path, OPERATOR_TOKEN, unknown).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    assert_eq!(refused.code(), "validation_failed");
    assert_eq!(refused.json()["issues"][0]["code"], "export_format_unknown");

    // Exactly the limit still passes the body limit; one byte more does not.
    let at_limit = padded_export("pinpoint-export/v1", limit)?;
    let answer = post_raw(&app, path, OPERATOR_TOKEN, at_limit).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.json()["outcome"], "updated");
    for size in [limit + 1, 17 * 1024 * 1024] {
        let over = padded_export("pinpoint-export/v1", size)?;
        let answer = post_raw(&app, path, OPERATOR_TOKEN, over).await;
        assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE, "{size}");
        assert_eq!(answer.code(), "payload_too_large");
        assert!(answer.json()["title"]
            .as_str()
            .unwrap_or_default()
            .contains(&transition_domain::locales::number(
                transition_domain::Lang::En,
                limit as i64
            )));
        assert_eq!(answer.header("cache-control"), "no-store");
    }

    // Without the operator token, nothing is read: 401, not 413.
    let over = padded_export("pinpoint-export/v1", 17 * 1024 * 1024)?;
    let answer = post_raw(&app, path, &admin(CONTOSO), over).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);

    // Every other route keeps the general limit.
    let preview = json!({"selections": [], "padding": "x".repeat(2 * 1024 * 1024)}).to_string();
    let answer = post_raw(&app, "/api/v1/imports/preview", &admin(CONTOSO), preview).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(answer.json()["title"]
        .as_str()
        .unwrap_or_default()
        .contains(&transition_domain::locales::number(
            transition_domain::Lang::En,
            app.state.config.max_body_bytes as i64
        )));
    Ok(())
}

/// The Profiles tab decides who may import from `/me` alone: the
/// account's status, the import that closed it (when one did), the role.
#[tokio::test]
async fn me_tells_the_profiles_tab_who_may_import() -> TestResult {
    use transition_domain::wire::me::{ImportEligibility, Me};
    let app = TestApp::new().await?;
    let eligibility = |json: serde_json::Value| -> Result<ImportEligibility, serde_json::Error> {
        Ok(serde_json::from_value::<Me>(json)?.import_eligibility())
    };
    let northwind = app.get("/api/v1/me", &admin(NORTHWIND)).await.json();
    assert_eq!(northwind["pinpoint_account"]["status"], "closed");
    assert!(northwind["pinpoint_account"]["import_id"].is_null());
    assert_eq!(eligibility(northwind)?, ImportEligibility::Closed);

    let reader = token(CONTOSO, &["reader"]);
    assert_eq!(
        eligibility(app.get("/api/v1/me", &reader).await.json())?,
        ImportEligibility::PreviewOnly
    );
    assert_eq!(
        eligibility(app.get("/api/v1/me", &admin(CONTOSO)).await.json())?,
        ImportEligibility::Open
    );

    let committed = app
        .commit(&admin(CONTOSO), "eligibility", contoso_request())
        .await;
    assert_eq!(committed.status, StatusCode::CREATED);
    let id = committed.json()["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(!id.is_empty());
    // Told to every role, the read-only one too.
    let me = app.get("/api/v1/me", &reader).await.json();
    assert_eq!(me["pinpoint_account"]["import_id"], id.as_str());
    assert_eq!(
        eligibility(me)?,
        ImportEligibility::Imported(id.as_str().into())
    );
    Ok(())
}
