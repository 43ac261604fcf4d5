//! A JSON body says so (issue 24, part 9a): `Content-Type:
//! application/json`, parameters allowed, or a `+json` type. Without it, or
//! with another type, a JSON write is 415 `unsupported_media_type`, a
//! problem like every other, before the body is read; and the document
//! declares 415 on every operation whose body is JSON.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::json;
use transition_tests::*;

/// `POST /imports/preview` of Contoso's request with `content_type`.
async fn preview(app: &TestApp, content_type: Option<&str>) -> Result<Answer, axum::http::Error> {
    let mut builder = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/imports/preview")
        .header("authorization", format!("Bearer {}", admin(CONTOSO)));
    if let Some(content_type) = content_type {
        builder = builder.header("content-type", content_type);
    }
    Ok(app
        .send(builder.body(Body::from(contoso_request().to_string()))?)
        .await)
}

#[tokio::test]
async fn a_json_write_without_its_media_type_is_415() -> TestResult {
    let app = TestApp::new().await?;
    for content_type in [
        None,
        Some("text/plain"),
        Some("text/plain; charset=utf-8"),
        Some("application/x-www-form-urlencoded"),
        Some(""),
    ] {
        let answer = preview(&app, content_type).await?;
        assert_eq!(
            answer.status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type:?}: {}",
            answer.text()
        );
        assert_eq!(answer.code(), "unsupported_media_type");
        assert_eq!(answer.header("content-type"), "application/problem+json");
        assert!(answer.json()["title"]
            .as_str()
            .unwrap_or_default()
            .contains("application/json"));
    }
    for content_type in [
        "application/json",
        "application/json; charset=utf-8",
        "Application/JSON;charset=UTF-8",
    ] {
        let answer = preview(&app, Some(content_type)).await?;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{content_type}: {}",
            answer.text()
        );
    }
    Ok(())
}

#[tokio::test]
async fn the_operators_export_and_a_profile_patch_need_it_too() -> TestResult {
    let app = TestApp::new().await?;
    let export = std::fs::read(fixture("fabrikam.json"))?;
    let ingest = |content_type: &'static str| {
        Request::builder()
            .method(Method::POST)
            .uri("/api/v1/operator/exports")
            .header("authorization", format!("Bearer {OPERATOR_TOKEN}"))
            .header("content-type", content_type)
            .body(Body::from(export.clone()))
    };
    let refused = app.send(ingest("text/plain")?).await;
    assert_eq!(refused.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let taken = app.send(ingest("application/json; charset=utf-8")?).await;
    assert!(taken.status.is_success(), "{}", taken.text());

    let result = app.import_contoso().await;
    let id = result["profiles"][0]["id"].as_str().unwrap_or_default();
    let patch = Request::builder()
        .method(Method::PATCH)
        .uri(format!("/api/v1/business-profiles/{id}"))
        .header("authorization", format!("Bearer {}", admin(CONTOSO)))
        .body(Body::from(json!({"name": "Contoso"}).to_string()))?;
    let answer = app.send(patch).await;
    assert_eq!(answer.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(answer.code(), "unsupported_media_type");
    Ok(())
}

#[tokio::test]
async fn every_operation_with_a_json_body_declares_415() -> TestResult {
    let app = TestApp::new().await?;
    let doc = app
        .call(Method::GET, "/api/v1/openapi.json", None, None)
        .await
        .json();
    let mut with_json = 0;
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for (method, operation) in item.as_object().into_iter().flatten() {
            let json_body = operation["requestBody"]["content"]["application/json"].is_object();
            let declared = operation["responses"]["415"].is_object();
            assert_eq!(json_body, declared, "{method} {path}");
            with_json += usize::from(json_body);
        }
    }
    assert!(with_json >= 12, "{with_json} operations with a JSON body");
    Ok(())
}
