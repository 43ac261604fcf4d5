//! The API through a real socket: a partner's import from token to replay,
//! and what a browser on the host portal's origin relies on (CORS).

use transition_tests::*;

#[tokio::test]
async fn a_whole_import_over_http() -> TestResult {
    let app = TestApp::new().await?;
    let base = spawn_server(&app).await?;
    let client = reqwest::Client::new();

    let minted: serde_json::Value = serde_json::from_str(
        &client
            .post(format!("{base}/api/v1/dev/token"))
            .header("content-type", "application/json")
            .body(r#"{"partner_id": "4412345"}"#)
            .send()
            .await?
            .text()
            .await?,
    )?;
    let token = minted["token"].as_str().unwrap_or_default().to_owned();

    let preview = client
        .post(format!("{base}/api/v1/imports/preview"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body(contoso_request().to_string())
        .send()
        .await?;
    assert_eq!(preview.status(), 200);
    let plan: serde_json::Value = serde_json::from_str(&preview.text().await?)?;
    assert_eq!(plan["can_commit"], true);
    let digest = plan_digest(&client, &base, &token, &contoso_request()).await?;
    assert_eq!(
        Some(format!(
            "\"{}\"",
            plan["plan_digest"].as_str().unwrap_or_default()
        )),
        Some(digest.clone()),
        "the preview's body and its ETag name one digest"
    );

    let commit = || {
        client
            .post(format!("{base}/api/v1/imports"))
            .bearer_auth(&token)
            .header("idempotency-key", "socket-key")
            .header("if-match", &digest)
            .header("content-type", "application/json")
            .body(contoso_request().to_string())
            .send()
    };
    let first = commit().await?;
    assert_eq!(first.status(), 201);
    let location = first
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let first_body = first.bytes().await?;
    let replay = commit().await?;
    assert_eq!(replay.status(), 201);
    assert_eq!(replay.bytes().await?, first_body);

    let fetched = client
        .get(format!("{base}{location}"))
        .bearer_auth(&token)
        .send()
        .await?;
    assert_eq!(fetched.status(), 200);
    assert_eq!(fetched.bytes().await?, first_body);
    Ok(())
}

#[tokio::test]
async fn the_host_portal_origin_may_call_and_others_may_not() -> TestResult {
    let app = TestApp::new().await?;
    let base = spawn_server(&app).await?;
    let client = reqwest::Client::new();
    let preflight = |origin: &'static str| {
        client
            .request(reqwest::Method::OPTIONS, format!("{base}/api/v1/imports"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "authorization, content-type, idempotency-key, if-match",
            )
            .send()
    };
    let allowed = preflight("https://portal.example").await?;
    assert_eq!(
        allowed
            .headers()
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok()),
        Some("https://portal.example")
    );
    let allowed_headers = allowed
        .headers()
        .get("access-control-allow-headers")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    assert!(
        allowed_headers.contains("idempotency-key") && allowed_headers.contains("if-match"),
        "{allowed_headers}"
    );
    // The preview's plan digest is readable from the portal's origin.
    let preview = client
        .post(format!("{base}/api/v1/imports/preview"))
        .header("origin", "https://portal.example")
        .bearer_auth(admin(CONTOSO))
        .header("content-type", "application/json")
        .body(contoso_request().to_string())
        .send()
        .await?;
    let exposed = preview
        .headers()
        .get("access-control-expose-headers")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    assert!(exposed.contains("etag"), "{exposed}");
    assert!(preview.headers().get("etag").is_some());
    let other = preflight("https://evil.example").await?;
    assert!(other.headers().get("access-control-allow-origin").is_none());
    Ok(())
}
