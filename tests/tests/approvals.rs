//! A second admin's approval (issue 23): the partner's setting (off by
//! default, the server's default otherwise, changed by an account or a
//! global admin, audited); a draft submitted with the digest of the plan
//! its submitter reviewed, frozen; approved by another admin (the import,
//! under both names), returned with a comment, or withdrawn by its
//! submitter; never approved by its submitter, nor once the plan moved.
//! On SQLite, and on PostgreSQL in the HTTP suite's second run.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use transition_server::state::Settings;
use transition_tests::*;

const DRAFT: &str = "/api/v1/imports/draft";
const SUBMISSION: &str = "/api/v1/imports/draft/submission";
const SETTINGS: &str = "/api/v1/settings";

fn alex() -> String {
    person_token(
        CONTOSO,
        "alex@contoso",
        Some("Alex Martin"),
        &["account_admin"],
    )
}

fn sam() -> String {
    person_token(
        CONTOSO,
        "sam@contoso",
        Some("Sam Lee"),
        &["business_profile_admin"],
    )
}

fn reader() -> String {
    person_token(CONTOSO, "rita@contoso", Some("Rita Reader"), &["viewer"])
}

/// Contoso's draft: both profiles chosen, as in the export, acknowledged.
fn content() -> Value {
    json!({
        "selections": [{"pinpoint_profile_id": "bp-fr"}, {"pinpoint_profile_id": "bp-be"}],
        "chosen": ["bp-fr", "bp-be"],
        "acknowledgements": acknowledged()
    })
}

async fn set(app: &TestApp, token: &str, on: bool) -> Answer {
    app.call(
        Method::PUT,
        SETTINGS,
        Some(token),
        Some(json!({"imports_need_second_admin": on})),
    )
    .await
}

/// Saves Contoso's draft as Alex; its ETag.
async fn drafted(app: &TestApp) -> String {
    let answer = app
        .call(
            Method::PUT,
            DRAFT,
            Some(&alex()),
            Some(json!({"content": content()})),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    answer.header("etag")
}

/// The digest of the draft's plan, as the preview gives it (unquoted).
async fn digest(app: &TestApp) -> String {
    let etag = app.preview_digest(&alex(), &contoso_request()).await;
    etag.unwrap_or_default().trim_matches('"').to_owned()
}

async fn submit(app: &TestApp, token: &str, digest: &str, revision: Option<&str>) -> Answer {
    let headers: Vec<(&str, &str)> = revision.map(|r| ("if-match", r)).into_iter().collect();
    app.call_with(
        Method::POST,
        SUBMISSION,
        Some(token),
        Some(json!({"plan_digest": digest})),
        &headers,
    )
    .await
}

async fn give_back(app: &TestApp, token: &str, comment: &str) -> Answer {
    app.call(
        Method::POST,
        &format!("{SUBMISSION}/return"),
        Some(token),
        Some(json!({"comment": comment})),
    )
    .await
}

async fn withdraw(app: &TestApp, token: &str) -> Answer {
    app.call(Method::DELETE, SUBMISSION, Some(token), None)
        .await
}

async fn approve(app: &TestApp, token: &str, key: &str) -> Answer {
    app.call_with(
        Method::POST,
        &format!("{SUBMISSION}/approve"),
        Some(token),
        None,
        &[("idempotency-key", key)],
    )
    .await
}

fn refused(answer: &Answer, status: StatusCode, code: &str) {
    assert_eq!(answer.status, status, "{}", answer.text());
    assert_eq!(answer.code(), code, "{}", answer.text());
}

/// The partner's audit actions, oldest first.
async fn actions(app: &TestApp) -> Vec<String> {
    let page = app.get("/api/v1/audit?limit=100", &alex()).await.json();
    let mut actions: Vec<String> = page["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["change"]["action"].as_str().map(str::to_owned))
        .collect();
    actions.reverse();
    actions
}

#[tokio::test]
async fn the_setting_is_off_unless_set_and_only_an_account_or_global_admin_changes_it() -> TestResult
{
    let app = TestApp::new().await?;
    let read = app.get(SETTINGS, &alex()).await;
    assert_eq!(read.status, StatusCode::OK, "{}", read.text());
    assert_eq!(
        read.json(),
        json!({"settings": {"imports_need_second_admin": false}, "can_change": true})
    );
    assert_eq!(app.get(SETTINGS, &sam()).await.json()["can_change"], false);
    assert_eq!(
        app.get(SETTINGS, &reader()).await.json()["can_change"],
        false
    );
    refused(
        &set(&app, &sam(), true).await,
        StatusCode::FORBIDDEN,
        "settings_role_required",
    );
    refused(
        &set(&app, &reader(), true).await,
        StatusCode::FORBIDDEN,
        "role_required",
    );

    let global = person_token(CONTOSO, "gina@contoso", None, &["global_admin"]);
    let answer = set(&app, &global, true).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.json()["settings"]["imports_need_second_admin"], true);
    // The same value again changes nothing, and records nothing.
    assert_eq!(set(&app, &alex(), true).await.status, StatusCode::OK);
    assert_eq!(actions(&app).await, ["approval_setting"]);
    let page = app.get("/api/v1/audit", &alex()).await.json();
    let record = &page["items"][0];
    assert_eq!(record["actor"]["person"]["id"], "gina@contoso");
    assert_eq!(record["change"]["imports_need_second_admin"], true);
    assert_eq!(record["change"]["by_operator"], false);
    // Another partner's setting is its own.
    let other = app.get(SETTINGS, &admin(FABRIKAM)).await.json();
    assert_eq!(other["settings"]["imports_need_second_admin"], false);

    // The server's default stands for a partner that has not chosen.
    let strict = TestApp::with_settings(Settings {
        approval_default: true,
        ..settings(true)
    })
    .await?;
    let read = strict.get(SETTINGS, &alex()).await.json();
    assert_eq!(read["settings"]["imports_need_second_admin"], true);
    assert_eq!(set(&strict, &alex(), false).await.status, StatusCode::OK);
    let read = strict.get(SETTINGS, &alex()).await.json();
    assert_eq!(read["settings"]["imports_need_second_admin"], false);
    Ok(())
}

#[tokio::test]
async fn submitted_returned_withdrawn_and_approved_by_another_admin_under_both_names() -> TestResult
{
    let app = TestApp::new().await?;
    assert_eq!(set(&app, &alex(), true).await.status, StatusCode::OK);
    let revision = drafted(&app).await;
    let digest = digest(&app).await;

    // With the setting on, Import is refused: it has to be submitted.
    let direct = app.commit(&alex(), "direct", contoso_request()).await;
    refused(&direct, StatusCode::CONFLICT, "approval_required");

    // A digest that is not the plan's now, or another revision: refused.
    let stale = format!("sha256:{}", "0".repeat(64));
    let answer = submit(&app, &alex(), &stale, None).await;
    refused(&answer, StatusCode::PRECONDITION_FAILED, "plan_changed");
    assert_eq!(answer.json()["plan_digest"], digest.as_str());
    let answer = submit(&app, &alex(), &digest, Some("\"another\"")).await;
    refused(&answer, StatusCode::PRECONDITION_FAILED, "draft_changed");
    refused(
        &submit(&app, &reader(), &digest, None).await,
        StatusCode::FORBIDDEN,
        "role_required",
    );

    // 1. Alex submits: the draft is frozen, with Alex and the digest.
    let answer = submit(&app, &alex(), &digest, Some(&revision)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let draft = answer.json();
    assert_eq!(draft["submission"]["by"]["person"]["id"], "alex@contoso");
    assert_eq!(draft["submission"]["by"]["person"]["name"], "Alex Martin");
    assert_eq!(draft["submission"]["plan_digest"], digest.as_str());
    let seen = app.get(DRAFT, &sam()).await.json();
    assert_eq!(
        seen["submission"], draft["submission"],
        "every admin sees it"
    );
    refused(
        &submit(&app, &alex(), &digest, None).await,
        StatusCode::CONFLICT,
        "draft_submitted",
    );
    let edit = app
        .call_with(
            Method::PUT,
            DRAFT,
            Some(&sam()),
            Some(json!({"content": content()})),
            &[("if-match", &answer.header("etag"))],
        )
        .await;
    refused(&edit, StatusCode::CONFLICT, "draft_submitted");
    refused(
        &app.call(Method::DELETE, DRAFT, Some(&sam()), None).await,
        StatusCode::CONFLICT,
        "draft_submitted",
    );

    // Never by the submitter, nor by a read-only role.
    refused(
        &approve(&app, &alex(), "k-alex").await,
        StatusCode::FORBIDDEN,
        "approval_self",
    );
    refused(
        &give_back(&app, &alex(), "mine").await,
        StatusCode::FORBIDDEN,
        "approval_self",
    );
    refused(
        &approve(&app, &reader(), "k-rita").await,
        StatusCode::FORBIDDEN,
        "role_required",
    );
    refused(
        &withdraw(&app, &sam()).await,
        StatusCode::FORBIDDEN,
        "approval_not_submitter",
    );
    refused(
        &withdraw(&app, &reader()).await,
        StatusCode::FORBIDDEN,
        "role_required",
    );

    // 2. Sam returns it with a comment; it is editable again.
    let blank = give_back(&app, &sam(), "  ").await;
    refused(
        &blank,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    );
    assert_eq!(blank.json()["issues"][0]["code"], "comment_empty");
    assert_eq!(blank.json()["issues"][0]["path"], "/comment");
    let answer = give_back(&app, &sam(), "Please check the Brussels phone number.").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let draft = answer.json();
    assert!(draft.get("submission").is_none(), "{draft}");
    assert_eq!(
        draft["returned"]["comment"],
        "Please check the Brussels phone number."
    );
    assert_eq!(draft["returned"]["by"]["person"]["id"], "sam@contoso");
    assert_eq!(
        draft["returned"]["submitted_by"]["person"]["id"],
        "alex@contoso"
    );
    refused(
        &approve(&app, &sam(), "k-none").await,
        StatusCode::CONFLICT,
        "not_submitted",
    );
    refused(
        &withdraw(&app, &alex()).await,
        StatusCode::CONFLICT,
        "not_submitted",
    );

    // 3. Alex submits again (the comment goes), then withdraws.
    let answer = submit(&app, &alex(), &digest, Some(&answer.header("etag"))).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert!(answer.json().get("returned").is_none());
    let answer = withdraw(&app, &alex()).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert!(answer.json().get("submission").is_none());

    // 4. Submitted once more, and approved by Sam: imported under both names.
    assert_eq!(
        submit(&app, &alex(), &digest, None).await.status,
        StatusCode::OK
    );
    let answer = approve(&app, &sam(), "k-sam").await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let result = answer.json();
    assert_eq!(result["actor"]["person"]["id"], "sam@contoso");
    assert_eq!(result["prepared_by"]["person"]["id"], "alex@contoso");
    assert_eq!(result["plan_digest"], digest.as_str());
    assert_eq!(result["profiles"].as_array().map(Vec::len), Some(2));
    let replay = approve(&app, &sam(), "k-sam").await;
    assert_eq!(replay.status, StatusCode::CREATED);
    assert_eq!(replay.text(), answer.text(), "a retry replays the answer");
    // Another key finds nothing waiting any more.
    refused(
        &approve(&app, &sam(), "k-again").await,
        StatusCode::CONFLICT,
        "not_submitted",
    );
    assert_eq!(app.get(DRAFT, &alex()).await.status, StatusCode::NOT_FOUND);
    let id = result["id"].as_str().unwrap_or_default();
    let receipt = app
        .get(&format!("/api/v1/imports/{id}/receipt"), &alex())
        .await
        .json();
    assert_eq!(
        receipt["receipt"]["prepared_by"]["person"]["id"],
        "alex@contoso"
    );
    assert_eq!(
        receipt["receipt"]["approved_by"]["person"]["id"],
        "sam@contoso"
    );

    assert_eq!(
        actions(&app).await,
        [
            "approval_setting",
            "approval_requested",
            "approval_returned",
            "approval_requested",
            "approval_withdrawn",
            "approval_requested",
            "import"
        ]
    );
    let page = app.get("/api/v1/audit", &alex()).await.json();
    let import = &page["items"][0];
    assert_eq!(import["actor"]["person"]["id"], "sam@contoso");
    assert_eq!(
        import["change"]["prepared_by"]["person"]["id"],
        "alex@contoso"
    );
    assert_eq!(import["change"]["plan_digest"], digest.as_str());
    let returned = &page["items"][4];
    assert_eq!(
        returned["change"]["comment"],
        "Please check the Brussels phone number."
    );
    Ok(())
}

#[tokio::test]
async fn a_plan_that_moved_since_its_submission_is_not_approved_and_nothing_is_written(
) -> TestResult {
    let app = TestApp::new().await?;
    drafted(&app).await;
    let digest = digest(&app).await;
    // Submitting needs no setting: a partner may ask for a review.
    assert_eq!(
        submit(&app, &alex(), &digest, None).await.status,
        StatusCode::OK
    );
    // A submission waits: Import is refused even with the setting off.
    let direct = app.commit(&sam(), "direct", contoso_request()).await;
    refused(&direct, StatusCode::CONFLICT, "draft_submitted");

    // Another admin adds a business profile meanwhile: the plan moved.
    let created = app.create_profile(&sam(), new_profile("DE")).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let answer = approve(&app, &sam(), "k-moved").await;
    refused(&answer, StatusCode::CONFLICT, "submission_changed");
    let account = app.get("/api/v1/pinpoint/account", &alex()).await.json();
    assert_eq!(account["status"], "active", "nothing was written");
    let draft = app.get(DRAFT, &alex()).await.json();
    assert_eq!(
        draft["submission"]["plan_digest"],
        digest.as_str(),
        "still waiting"
    );

    // Returned, reviewed and submitted again, it is approved.
    assert_eq!(
        give_back(&app, &sam(), "The plan moved.").await.status,
        StatusCode::OK
    );
    let fresh = app.preview_digest(&alex(), &contoso_request()).await;
    let fresh = fresh.unwrap_or_default().trim_matches('"').to_owned();
    assert_ne!(fresh, digest);
    assert_eq!(
        submit(&app, &alex(), &fresh, None).await.status,
        StatusCode::OK
    );
    let answer = approve(&app, &sam(), "k-fresh").await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    Ok(())
}
