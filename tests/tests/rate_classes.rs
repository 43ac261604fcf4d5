//! The rate limits are layers of the commit and write routers (`routes::api`,
//! `limits::counted`): what they count is told by the route, not by its
//! path's text, and a read on a counted path (answered 405) counts for
//! nothing.

use std::num::NonZeroU32;

use axum::http::{Method, StatusCode};
use transition_tests::*;

#[tokio::test]
async fn only_the_writes_of_a_counted_route_are_counted() -> TestResult {
    let mut config = settings(false);
    config.limits.rates.commits_per_partner = NonZeroU32::MIN;
    config.limits.rates.writes_per_partner = NonZeroU32::MIN;
    let app = TestApp::with_settings(config).await?;
    let contoso = admin(CONTOSO);
    for path in ["/api/v1/imports", "/api/v1/imports/"] {
        let read = app.call(Method::GET, path, Some(&contoso), None).await;
        assert_ne!(read.status, StatusCode::TOO_MANY_REQUESTS, "GET {path}");
    }
    let first = app.commit(&contoso, "k1", contoso_request()).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    let second = app.commit(&contoso, "k2", contoso_request()).await;
    assert_eq!(second.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(second.code(), "rate_limited");

    // The preview is counted at the writes' rate (one a minute here),
    // apart from the writes and the commits, and for every role: the
    // commit above spent Contoso's one preview; a reader previews.
    let reader = token(FABRIKAM, &["reader"]);
    for (who, expected) in [
        (&contoso, StatusCode::TOO_MANY_REQUESTS),
        (&reader, StatusCode::OK),
    ] {
        let preview = app
            .call(
                Method::POST,
                "/api/v1/imports/preview",
                Some(who),
                Some(contoso_request()),
            )
            .await;
        assert_eq!(preview.status, expected, "{}", preview.text());
    }

    // Writes have their own count: one change, then 429.
    let profile = first.json()["profiles"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let path = format!("/api/v1/business-profiles/{profile}");
    let patch = serde_json::json!({"name": "Contoso France SAS"});
    let edit = app
        .call(Method::PATCH, &path, Some(&contoso), Some(patch.clone()))
        .await;
    assert_eq!(edit.status, StatusCode::OK, "{}", edit.text());
    let again = app
        .call(Method::PATCH, &path, Some(&contoso), Some(patch))
        .await;
    assert_eq!(again.status, StatusCode::TOO_MANY_REQUESTS);
    // Reads of the same paths are not.
    for _ in 0..3 {
        assert_eq!(
            app.call(Method::GET, &path, Some(&contoso), None)
                .await
                .status,
            StatusCode::OK
        );
    }
    Ok(())
}

#[tokio::test]
async fn a_drafts_saves_and_removals_are_writes_and_its_reads_are_not_counted() -> TestResult {
    let mut config = settings(false);
    config.limits.rates.writes_per_partner = NonZeroU32::MIN;
    let app = TestApp::with_settings(config).await?;
    let contoso = admin(CONTOSO);
    let draft = serde_json::json!({"content": {"selections": [{"pinpoint_profile_id": "bp-fr"},
        {"pinpoint_profile_id": "bp-be"}], "chosen": ["bp-fr"]}});
    let path = "/api/v1/imports/draft";
    let saved = app
        .call(Method::PUT, path, Some(&contoso), Some(draft.clone()))
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text());
    for _ in 0..3 {
        let read = app.call(Method::GET, path, Some(&contoso), None).await;
        assert_eq!(read.status, StatusCode::OK, "reads are not counted");
    }
    let etag = saved.header("etag");
    let again = app
        .call_with(
            Method::PUT,
            path,
            Some(&contoso),
            Some(draft),
            &[("if-match", &etag)],
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        again.text()
    );
    let removed = app.call(Method::DELETE, path, Some(&contoso), None).await;
    assert_eq!(
        removed.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        removed.text()
    );
    Ok(())
}
