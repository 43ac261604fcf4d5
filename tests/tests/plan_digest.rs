//! Issue 23, deliverable 2: a plan that cannot drift. The preview answers
//! a plan digest (in its body and its `ETag`); a commit carries it in
//! `If-Match`, and is refused 412 `plan_changed`, with the plan as it is
//! now and nothing written, when what the partner reviewed moved: a newer
//! export, another business profile. Without it: 428, after the rules'
//! 422s. Replays are never checked against it.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::{json, Value};
use transition_tests::*;

type TestResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

const PREVIEW: &str = "/api/v1/imports/preview";

async fn preview(app: &TestApp, body: Value) -> Answer {
    app.call(Method::POST, PREVIEW, Some(&admin(CONTOSO)), Some(body))
        .await
}

/// The digest in a preview's body, quoted as its `ETag` is.
fn quoted(answer: &Answer) -> String {
    format!(
        "\"{}\"",
        answer.json()["plan_digest"].as_str().unwrap_or_default()
    )
}

/// `POST /api/v1/operator/exports` of `bytes` as they are.
async fn ingest(app: &TestApp, bytes: Vec<u8>) -> Answer {
    let request = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/operator/exports")
        .header("authorization", format!("Bearer {OPERATOR_TOKEN}"))
        .header("content-type", "application/json")
        .body(Body::from(bytes));
    match request {
        Ok(request) => app.send(request).await,
        Err(error) => panic!("bad test request: {error}"),
    }
}

/// Contoso's export with the French profile's description changed.
fn contoso_changed() -> Result<Vec<u8>, Box<dyn std::error::Error + Send + Sync>> {
    let mut export: Value = serde_json::from_slice(&std::fs::read(fixture("contoso.json"))?)?;
    export["business_profiles"][0]["description"] =
        json!("Contoso aide les PME à migrer vers Microsoft Azure (texte revu).");
    Ok(serde_json::to_vec(&export)?)
}

/// Nothing of an import: the account active, no business profile, no
/// audit record.
async fn nothing_imported(app: &TestApp) {
    let me = app.get("/api/v1/me", &admin(CONTOSO)).await.json();
    assert_eq!(me["pinpoint_account"]["status"], "active", "{me}");
    let profiles = app
        .get("/api/v1/business-profiles", &admin(CONTOSO))
        .await
        .json();
    assert_eq!(
        profiles["items"].as_array().map(Vec::len),
        Some(0),
        "{profiles}"
    );
    let audit = app.operator_audit().await.json()["items"].clone();
    assert_eq!(audit.as_array().map(Vec::len), Some(0), "{audit}");
}

#[tokio::test]
async fn the_preview_answers_its_digest_in_the_body_and_the_etag() -> TestResult {
    let app = TestApp::new().await?;
    let answer = preview(&app, contoso_request()).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let digest = answer.json()["plan_digest"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        digest.len() == 71
            && digest.starts_with("sha256:")
            && digest[7..]
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)),
        "{digest}"
    );
    assert_eq!(answer.header("etag"), format!("\"{digest}\""));

    // The same request, spelt otherwise (key order, white space), and
    // with other acknowledgements: the same digest.
    let respelt: Value = serde_json::from_str(
        r#"{ "acknowledgements": {"account_closure": false},
             "selections": [ {"pinpoint_profile_id": "bp-fr"}, {"pinpoint_profile_id": "bp-be"} ] }"#,
    )?;
    assert_eq!(quoted(&preview(&app, respelt).await), quoted(&answer));
    // Another request: another digest.
    let one = json!({"selections": [{"pinpoint_profile_id": "bp-fr"}]});
    assert_ne!(quoted(&preview(&app, one).await), quoted(&answer));
    // Another partner with the same request: another digest.
    let fabrikam = app
        .call(
            Method::POST,
            PREVIEW,
            Some(&admin(FABRIKAM)),
            Some(json!({"selections": []})),
        )
        .await;
    assert_eq!(fabrikam.status, StatusCode::OK, "{}", fabrikam.text());
    assert_ne!(quoted(&fabrikam), quoted(&answer));

    // The preview's digest commits.
    let committed = app
        .commit_with(
            &admin(CONTOSO),
            "digest-ok",
            contoso_request(),
            &[("if-match", &answer.header("etag"))],
        )
        .await;
    assert_eq!(
        committed.status,
        StatusCode::CREATED,
        "{}",
        committed.text()
    );
    assert_eq!(committed.json()["plan_digest"], digest.as_str());
    Ok(())
}

#[tokio::test]
async fn a_newer_export_refuses_the_commit_with_the_new_preview() -> TestResult {
    let app = TestApp::new().await?;
    let shown = app
        .preview_digest(&admin(CONTOSO), &contoso_request())
        .await
        .ok_or("a digest")?;

    // The same bytes again change nothing a plan depends on.
    let same = ingest(&app, std::fs::read(fixture("contoso.json"))?).await;
    assert_eq!(same.status, StatusCode::OK, "{}", same.text());
    assert_eq!(
        app.preview_digest(&admin(CONTOSO), &contoso_request())
            .await,
        Some(shown.clone())
    );

    let changed = ingest(&app, contoso_changed()?).await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text());
    assert_eq!(changed.json()["outcome"], "updated");
    let now = app
        .preview_digest(&admin(CONTOSO), &contoso_request())
        .await
        .ok_or("a digest")?;
    assert_ne!(now, shown);

    let refused = app
        .commit_with(
            &admin(CONTOSO),
            "stale",
            contoso_request(),
            &[("if-match", &shown), ("accept-language", "fr")],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::PRECONDITION_FAILED,
        "{}",
        refused.text()
    );
    let problem = refused.json();
    assert_eq!(problem["code"], "plan_changed");
    assert_eq!(
        format!(
            "\"{}\"",
            problem["plan_digest"].as_str().unwrap_or_default()
        ),
        now
    );
    assert_eq!(problem["preview"]["plan_digest"], problem["plan_digest"]);
    assert_eq!(
        problem["preview"]["profiles"][0]["description"],
        "Contoso aide les PME à migrer vers Microsoft Azure (texte revu)."
    );
    assert!(problem["preview"]["can_commit"].is_boolean(), "{problem}");
    // In the caller's language.
    assert!(
        problem["title"]
            .as_str()
            .is_some_and(|t| t.contains("aperçu")),
        "{problem}"
    );
    nothing_imported(&app).await;

    // The key was not used up: with the new digest, the same key imports.
    let imported = app
        .commit_with(
            &admin(CONTOSO),
            "stale",
            contoso_request(),
            &[("if-match", &now)],
        )
        .await;
    assert_eq!(imported.status, StatusCode::CREATED, "{}", imported.text());
    Ok(())
}

#[tokio::test]
async fn a_new_profile_in_another_region_refuses_the_commit() -> TestResult {
    let app = TestApp::new().await?;
    let shown = app
        .preview_digest(&admin(CONTOSO), &contoso_request())
        .await
        .ok_or("a digest")?;
    // Contoso is a CSP partner: it may create a profile before importing.
    let created = app.create_profile(&admin(CONTOSO), new_profile("DE")).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());

    let refused = app
        .commit_with(
            &admin(CONTOSO),
            "k",
            contoso_request(),
            &[("if-match", &shown)],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::PRECONDITION_FAILED,
        "{}",
        refused.text()
    );
    assert_eq!(refused.code(), "plan_changed");
    let me = app.get("/api/v1/me", &admin(CONTOSO)).await.json();
    assert_eq!(me["pinpoint_account"]["status"], "active", "{me}");

    // An edit of that profile moves the digest too.
    let fresh = app
        .preview_digest(&admin(CONTOSO), &contoso_request())
        .await
        .ok_or("a digest")?;
    let id = created.json()["id"].as_str().unwrap_or_default().to_owned();
    let edited = app
        .call(
            Method::PATCH,
            &format!("/api/v1/business-profiles/{id}"),
            Some(&admin(CONTOSO)),
            Some(json!({"name": "Contoso Deutschland"})),
        )
        .await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.text());
    let refused = app
        .commit_with(
            &admin(CONTOSO),
            "k",
            contoso_request(),
            &[("if-match", &fresh)],
        )
        .await;
    assert_eq!(refused.code(), "plan_changed", "{}", refused.text());
    Ok(())
}

#[tokio::test]
async fn without_if_match_428_but_the_rules_first() -> TestResult {
    let app = TestApp::new().await?;
    let bare = app
        .commit_bare(&admin(CONTOSO), "bare", contoso_request())
        .await;
    assert_eq!(
        bare.status,
        StatusCode::PRECONDITION_REQUIRED,
        "{}",
        bare.text()
    );
    assert_eq!(bare.code(), "plan_digest_required");

    // A request that breaks a rule hears of the rule first.
    let broken = json!({
        "selections": [{"pinpoint_profile_id": "bp-fr", "overrides": {"name": ""}}],
        "acknowledgements": acknowledged()
    });
    let answer = app.commit_bare(&admin(CONTOSO), "broken", broken).await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        answer.text()
    );
    let unacknowledged = json!({"selections": [{"pinpoint_profile_id": "bp-fr"}]});
    let answer = app
        .commit_bare(&admin(CONTOSO), "unacknowledged", unacknowledged)
        .await;
    assert_eq!(
        answer.code(),
        "acknowledgement_required",
        "{}",
        answer.text()
    );

    // A weak tag, or one that is no digest, matches nothing; one that is
    // not an entity tag at all is malformed.
    let digest = app
        .preview_digest(&admin(CONTOSO), &contoso_request())
        .await
        .ok_or("a digest")?;
    for tag in [format!("W/{digest}"), "\"v1\"".to_owned()] {
        let answer = app
            .commit_with(
                &admin(CONTOSO),
                "tags",
                contoso_request(),
                &[("if-match", &tag)],
            )
            .await;
        assert_eq!(answer.code(), "plan_changed", "{tag}: {}", answer.text());
    }
    for tag in ["*", digest.trim_matches('"')] {
        let answer = app
            .commit_with(
                &admin(CONTOSO),
                "tags",
                contoso_request(),
                &[("if-match", tag)],
            )
            .await;
        assert_eq!(
            answer.status,
            StatusCode::BAD_REQUEST,
            "{tag}: {}",
            answer.text()
        );
    }
    // A list that names it matches.
    let list = format!("\"sha256:{}\", {digest}", "0".repeat(64));
    let answer = app
        .commit_with(
            &admin(CONTOSO),
            "tags",
            contoso_request(),
            &[("if-match", &list)],
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    nothing_else_ran(&app).await;
    Ok(())
}

/// One import only, after all the refusals above.
async fn nothing_else_ran(app: &TestApp) {
    let audit = app.operator_audit().await.json()["items"].clone();
    assert_eq!(audit.as_array().map(Vec::len), Some(1), "{audit}");
}

#[tokio::test]
async fn a_replay_is_never_checked_against_the_digest() -> TestResult {
    let app = TestApp::new().await?;
    let first = app.commit(&admin(CONTOSO), "once", contoso_request()).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    // After the import the preview has no digest to give (the account is
    // closed), and the old one is stale: the same key replays all the same.
    let stale = format!("\"sha256:{}\"", "1".repeat(64));
    for headers in [
        vec![],
        vec![("if-match", stale.as_str())],
        vec![("if-match", "not a tag")],
    ] {
        let again = app
            .commit_with(&admin(CONTOSO), "once", contoso_request(), &headers)
            .await;
        assert_eq!(again.status, StatusCode::CREATED, "{}", again.text());
        assert_eq!(again.body, first.body, "byte for byte");
    }
    // Another key hears that the account is closed, digest or not.
    let other = app
        .commit_with(
            &admin(CONTOSO),
            "other",
            contoso_request(),
            &[("if-match", &stale)],
        )
        .await;
    assert_eq!(other.code(), "pinpoint_account_closed", "{}", other.text());
    Ok(())
}
