//! The import wizard's draft on the server (`GET/PUT/DELETE
//! /api/v1/imports/draft`): created only where there is none, replaced
//! only at the revision named (`If-Match`), else 412 `draft_changed`;
//! checked like an import request before planning (bounds, logo uploads,
//! the export's profiles) but not refused for unfinished edits; readable
//! by every role of the partner, written only by roles that write; never
//! another partner's; never a referral; gone once imported.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use transition_domain::Timestamp;
use transition_server::store::{DraftSaved, NewDraft};
use transition_tests::*;

#[path = "../images.rs"]
mod images;

const DRAFT: &str = "/api/v1/imports/draft";

/// Contoso's draft content: both profiles, `bp-fr` chosen and renamed.
fn content(name: &str) -> Value {
    json!({
        "selections": [
            {"pinpoint_profile_id": "bp-fr", "overrides": {"name": name}},
            {"pinpoint_profile_id": "bp-be"}
        ],
        "chosen": ["bp-fr"],
        "reviewed": [{"step": "account"}],
        "place": {"step": "edit", "profile": "bp-fr"}
    })
}

async fn put(app: &TestApp, token: &str, body: Value, headers: &[(&str, &str)]) -> Answer {
    app.call_with(Method::PUT, DRAFT, Some(token), Some(body), headers)
        .await
}

async fn delete(app: &TestApp, token: &str, headers: &[(&str, &str)]) -> Answer {
    app.call_with(Method::DELETE, DRAFT, Some(token), None, headers)
        .await
}

/// Creates Contoso's draft; its ETag.
async fn created(app: &TestApp, name: &str) -> String {
    let answer = put(app, &admin(CONTOSO), json!({"content": content(name)}), &[]).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    answer.header("etag")
}

/// A 422 whose one issue is `code` at `at`.
fn refused_with(answer: &Answer, code: &str, at: &str) {
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        answer.text()
    );
    let issues = answer.json()["issues"].clone();
    assert_eq!(issues.as_array().map(Vec::len), Some(1), "{issues}");
    assert_eq!(issues[0]["code"], code, "{issues}");
    assert_eq!(issues[0]["path"], at, "{issues}");
}

#[tokio::test]
async fn without_a_draft_get_is_404_and_a_create_answers_the_draft_with_its_etag() -> TestResult {
    let app = TestApp::new().await?;
    // 1. No draft yet.
    let answer = app.get(DRAFT, &admin(CONTOSO)).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND, "{}", answer.text());

    // 2. A create answers the draft, its revision as a strong ETag.
    let answer = put(&app, &admin(CONTOSO), json!({"content": content("A")}), &[]).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let draft = answer.json();
    let etag = answer.header("etag");
    assert_eq!(
        etag,
        format!("\"{}\"", draft["revision"].as_str().unwrap_or("?"))
    );
    assert_eq!(draft["version"], 1);
    assert_eq!(draft["content"]["selections"][0]["overrides"]["name"], "A");
    assert_eq!(draft["content"]["place"]["profile"], "bp-fr");
    assert_eq!(draft["saved_by"]["partner_id"], CONTOSO);
    assert!(Timestamp::parse(draft["saved_at"].as_str().unwrap_or_default()).is_ok());
    let read = app.get(DRAFT, &admin(CONTOSO)).await;
    assert_eq!(read.status, StatusCode::OK);
    assert_eq!(read.json(), draft, "GET answers what the PUT did");
    assert_eq!(read.header("etag"), etag);

    // A second create (no If-Match, or If-None-Match: *) overwrites nothing.
    for headers in [&[][..], &[("if-none-match", "*")][..]] {
        let answer = put(
            &app,
            &admin(CONTOSO),
            json!({"content": content("B")}),
            headers,
        )
        .await;
        assert_eq!(
            answer.status,
            StatusCode::PRECONDITION_FAILED,
            "{}",
            answer.text()
        );
        assert_eq!(answer.code(), "draft_changed");
    }
    let read = app.get(DRAFT, &admin(CONTOSO)).await;
    assert_eq!(
        read.json()["content"]["selections"][0]["overrides"]["name"],
        "A"
    );
    Ok(())
}

#[tokio::test]
async fn only_the_current_revision_is_replaced() -> TestResult {
    let app = TestApp::new().await?;
    let first = created(&app, "A").await;
    let body = json!({"content": content("B")});
    let answer = put(&app, &admin(CONTOSO), body.clone(), &[("if-match", &first)]).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let second = answer.header("etag");
    assert_ne!(second, first, "every save has a new revision");
    assert_eq!(answer.json()["version"], 2);

    // 3. The first revision is stale now: nothing is saved over B.
    let stale = put(
        &app,
        &admin(CONTOSO),
        json!({"content": content("C")}),
        &[("if-match", &first)],
    )
    .await;
    assert_eq!(
        stale.status,
        StatusCode::PRECONDITION_FAILED,
        "{}",
        stale.text()
    );
    assert_eq!(stale.code(), "draft_changed");
    let weak = format!("W/{second}");
    let answer = put(&app, &admin(CONTOSO), body.clone(), &[("if-match", &weak)]).await;
    assert_eq!(
        answer.status,
        StatusCode::PRECONDITION_FAILED,
        "a weak tag never matches"
    );
    let read = app.get(DRAFT, &admin(CONTOSO)).await;
    assert_eq!(
        read.json()["content"]["selections"][0]["overrides"]["name"],
        "B"
    );

    // The current one, among others in a list, is replaced.
    let list = format!("\"other\", {second}");
    let answer = put(
        &app,
        &admin(CONTOSO),
        json!({"content": content("D")}),
        &[("if-match", &list)],
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.json()["version"], 3);

    // Deleted and made again: the old revision never matches the new one.
    let third = answer.header("etag");
    let answer = delete(&app, &admin(CONTOSO), &[("if-match", &third)]).await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT, "{}", answer.text());
    let fourth = created(&app, "E").await;
    assert_ne!(fourth, third);
    let answer = put(&app, &admin(CONTOSO), body, &[("if-match", &third)]).await;
    assert_eq!(answer.status, StatusCode::PRECONDITION_FAILED);
    Ok(())
}

#[tokio::test]
async fn every_role_of_the_partner_reads_it_only_writers_write_and_other_partners_see_nothing(
) -> TestResult {
    let app = TestApp::new().await?;
    let etag = created(&app, "A").await;

    // 4. Another user of the partner (here read-only) reads it, with who saved it.
    let reader = token(CONTOSO, &[]);
    let read = app.get(DRAFT, &reader).await;
    assert_eq!(read.status, StatusCode::OK, "{}", read.text());
    assert_eq!(read.json()["saved_by"]["partner_id"], CONTOSO);
    assert_eq!(read.json()["saved_by"]["roles"], json!(["account_admin"]));
    assert_eq!(
        read.json()["saved_by"]["person"]["id"],
        format!("user-{CONTOSO}")
    );
    let other_admin = person_token(
        CONTOSO,
        "sam@contoso",
        Some("Sam Lee"),
        &["business_profile_admin"],
    );
    let answer = put(
        &app,
        &other_admin,
        json!({"content": content("B")}),
        &[("if-match", &etag)],
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let etag = answer.header("etag");
    let read = app.get(DRAFT, &admin(CONTOSO)).await;
    assert_eq!(
        read.json()["saved_by"]["roles"],
        json!(["business_profile_admin"])
    );
    assert_eq!(
        read.json()["saved_by"]["person"],
        json!({"id": "sam@contoso", "name": "Sam Lee"}),
        "the draft names the person who saved it last"
    );

    // Another partner: nothing, and its own draft is its own.
    assert_eq!(
        app.get(DRAFT, &admin(FABRIKAM)).await.status,
        StatusCode::NOT_FOUND
    );
    let answer = put(
        &app,
        &admin(FABRIKAM),
        json!({"content": content("X")}),
        &[("if-match", &etag)],
    )
    .await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "Contoso's profiles are not Fabrikam's: {}",
        answer.text()
    );
    let answer = delete(&app, &admin(FABRIKAM), &[]).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);

    // 5. A read-only role never writes.
    let answer = put(
        &app,
        &reader,
        json!({"content": content("R")}),
        &[("if-match", &etag)],
    )
    .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN, "{}", answer.text());
    assert_eq!(answer.code(), "role_required");
    let answer = delete(&app, &reader, &[]).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let read = app.get(DRAFT, &admin(CONTOSO)).await;
    assert_eq!(read.header("etag"), etag, "unchanged");
    Ok(())
}

#[tokio::test]
async fn a_draft_is_checked_like_an_import_request_before_planning() -> TestResult {
    let app = TestApp::new().await?;
    // 6. Bounds.
    let mut body = json!({"content": content("A")});
    body["content"]["chosen"] = Value::Array(vec![json!("bp-fr"); 251]);
    let answer = put(&app, &admin(CONTOSO), body, &[]).await;
    refused_with(&answer, "list_too_long", "/content/chosen");

    // Another partner's logo upload.
    let upload = app
        .send(
            axum::http::Request::builder()
                .method(Method::POST)
                .uri("/api/v1/logos")
                .header("authorization", format!("Bearer {}", admin(FABRIKAM)))
                .header("content-type", "image/png")
                .body(axum::body::Body::from(images::png(200, 100)))?,
        )
        .await;
    assert_eq!(upload.status, StatusCode::CREATED, "{}", upload.text());
    let theirs = upload.json()["id"].as_str().unwrap_or_default().to_owned();
    let mut body = json!({"content": content("A")});
    body["content"]["selections"][1]["overrides"]["logo"] =
        json!({"url": "", "format": "png", "width": 1, "height": 1, "upload": theirs});
    let answer = put(&app, &admin(CONTOSO), body, &[]).await;
    refused_with(
        &answer,
        "logo_upload_unknown",
        "/content/selections/1/overrides/logo/upload",
    );

    // A profile the export does not have.
    let mut body = json!({"content": content("A")});
    body["content"]["selections"][1]["pinpoint_profile_id"] = json!("bp-xx");
    let answer = put(&app, &admin(CONTOSO), body, &[]).await;
    refused_with(
        &answer,
        "selection_profile_unknown",
        "/content/selections/1/pinpoint_profile_id",
    );
    assert_eq!(
        app.get(DRAFT, &admin(CONTOSO)).await.status,
        StatusCode::NOT_FOUND
    );

    // Unfinished edits that break rules are kept: a draft may be unfinished.
    let answer = put(&app, &admin(CONTOSO), json!({"content": content("")}), &[]).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());

    // A malformed body is 400.
    let answer = put(
        &app,
        &admin(CONTOSO),
        json!({"content": {"chosen": "bp-fr"}}),
        &[],
    )
    .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    Ok(())
}

#[tokio::test]
async fn referrals_sent_in_a_draft_are_never_kept() -> TestResult {
    let app = TestApp::new().await?;
    // 7. Unknown fields (referrals among them) are dropped, not stored.
    let mut body = json!({"content": content("A"), "referrals": [{"customer_name": "Secret Ltd"}]});
    body["content"]["referrals"] = json!([{"customer_name": "Secret Ltd"}]);
    let answer = put(&app, &admin(CONTOSO), body, &[]).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let read = app.get(DRAFT, &admin(CONTOSO)).await;
    assert!(!read.text().contains("referrals\""), "{}", read.text());
    assert!(!read.text().contains("Secret Ltd"), "{}", read.text());
    Ok(())
}

#[tokio::test]
async fn delete_takes_the_current_revision_and_a_bad_if_match_is_400() -> TestResult {
    let app = TestApp::new().await?;
    let first = created(&app, "A").await;
    let answer = put(
        &app,
        &admin(CONTOSO),
        json!({"content": content("B")}),
        &[("if-match", &first)],
    )
    .await;
    let second = answer.header("etag");

    // 8. A stale revision removes nothing; a malformed If-Match is 400.
    let answer = delete(&app, &admin(CONTOSO), &[("if-match", &first)]).await;
    assert_eq!(
        answer.status,
        StatusCode::PRECONDITION_FAILED,
        "{}",
        answer.text()
    );
    assert_eq!(answer.code(), "draft_changed");
    for bad in ["no-quotes", "\"open", "W/x"] {
        let answer = delete(&app, &admin(CONTOSO), &[("if-match", bad)]).await;
        assert_eq!(
            answer.status,
            StatusCode::BAD_REQUEST,
            "{bad}: {}",
            answer.text()
        );
        assert_eq!(answer.code(), "malformed_request");
        assert_eq!(
            answer.json()["title"]
                .as_str()
                .map(|t| t.contains("/headers/if-match")),
            Some(true),
            "{}",
            answer.text()
        );
        let answer = put(
            &app,
            &admin(CONTOSO),
            json!({"content": content("C")}),
            &[("if-match", bad)],
        )
        .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{bad}");
    }
    assert_eq!(app.get(DRAFT, &admin(CONTOSO)).await.header("etag"), second);
    let answer = delete(&app, &admin(CONTOSO), &[("if-match", &second)]).await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.get(DRAFT, &admin(CONTOSO)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        delete(&app, &admin(CONTOSO), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    Ok(())
}

#[tokio::test]
async fn an_import_removes_the_draft_and_without_an_account_there_is_none() -> TestResult {
    let app = TestApp::new().await?;
    created(&app, "A").await;
    // 9. The import's own transaction removes it.
    app.import_contoso().await;
    assert_eq!(
        app.get(DRAFT, &admin(CONTOSO)).await.status,
        StatusCode::NOT_FOUND
    );
    let answer = put(&app, &admin(CONTOSO), json!({"content": content("B")}), &[]).await;
    assert_eq!(
        answer.status,
        StatusCode::NOT_FOUND,
        "a closed account has no draft: {}",
        answer.text()
    );
    // No account at all.
    let nobody = admin("7745678");
    assert_eq!(app.get(DRAFT, &nobody).await.status, StatusCode::NOT_FOUND);
    let answer = put(&app, &nobody, json!({"content": content("B")}), &[]).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    Ok(())
}

#[tokio::test]
async fn a_stored_draft_that_no_longer_reads_is_none_never_a_500() -> TestResult {
    let app = TestApp::new().await?;
    let partner = transition_domain::PartnerId::parse(CONTOSO)?;
    let broken = NewDraft {
        revision: "r-broken".to_owned(),
        content_json: "{\"selections\": 7}".to_owned(),
        saved_at: Timestamp::parse("2026-01-01T00:00:00Z")?,
        saved_by_json: "{}".to_owned(),
    };
    let saved = app.state.store.save_draft(&partner, &broken, None).await?;
    assert!(matches!(saved, DraftSaved::Saved { version: 1 }));
    let answer = app.get(DRAFT, &admin(CONTOSO)).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND, "{}", answer.text());
    // It is replaced knowingly, by its revision.
    let answer = put(
        &app,
        &admin(CONTOSO),
        json!({"content": content("A")}),
        &[("if-match", "\"r-broken\"")],
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    Ok(())
}

#[tokio::test]
async fn the_portals_origin_may_send_preconditions_and_read_the_etag() -> TestResult {
    let app = TestApp::new().await?;
    let preflight = app
        .call_with(
            Method::OPTIONS,
            DRAFT,
            None,
            None,
            &[
                ("origin", PORTAL_ORIGIN),
                ("access-control-request-method", "PUT"),
                (
                    "access-control-request-headers",
                    "authorization, content-type, if-match, if-none-match",
                ),
            ],
        )
        .await;
    let allowed = preflight
        .header("access-control-allow-headers")
        .to_ascii_lowercase();
    assert!(
        allowed.contains("if-match") && allowed.contains("if-none-match"),
        "{allowed}"
    );
    created(&app, "A").await;
    let read = app
        .call_with(
            Method::GET,
            DRAFT,
            Some(&admin(CONTOSO)),
            None,
            &[("origin", PORTAL_ORIGIN)],
        )
        .await;
    assert_eq!(read.status, StatusCode::OK);
    let exposed = read
        .header("access-control-expose-headers")
        .to_ascii_lowercase();
    assert!(exposed.contains("etag"), "{exposed}");
    Ok(())
}
