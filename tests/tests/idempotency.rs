//! Idempotent commits: replays are byte-identical, and concurrent commits
//! of one account make exactly one import.

use std::sync::Arc;

use axum::http::StatusCode;
use transition_tests::*;

#[tokio::test]
async fn the_same_key_and_body_replayed_ten_times_is_one_import() -> TestResult {
    let app = TestApp::new().await?;
    let token = admin(CONTOSO);
    let first = app.commit(&token, "replay-key", contoso_request()).await;
    assert_eq!(first.status, StatusCode::CREATED);
    for _ in 0..10 {
        let again = app.commit(&token, "replay-key", contoso_request()).await;
        assert_eq!(again.status, StatusCode::CREATED);
        assert_eq!(again.body, first.body, "byte-identical");
        assert_eq!(again.header("location"), first.header("location"));
    }
    // The same request spelt differently (key order, spacing) is the same.
    let reordered = serde_json::json!({
        "acknowledgements": {"account_closure": true, "referrals_noted": true},
        "selections": [{"pinpoint_profile_id": "bp-fr"}, {"pinpoint_profile_id": "bp-be"}]
    });
    let same = app.commit(&token, "replay-key", reordered).await;
    assert_eq!(same.body, first.body);
    let audit = app.operator_audit().await.json()["items"].clone();
    assert_eq!(audit.as_array().map(Vec::len), Some(1), "one import");
    assert_eq!(
        app.get("/api/v1/business-profiles", &token).await.json()["items"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    Ok(())
}

async fn race(
    keys: impl Fn(usize) -> String,
) -> Result<(Vec<Answer>, Arc<TestApp>), Box<dyn std::error::Error + Send + Sync>> {
    let app = Arc::new(TestApp::new().await?);
    let token = admin(CONTOSO);
    let mut tasks = Vec::new();
    for n in 0..50 {
        let app = Arc::clone(&app);
        let token = token.clone();
        let key = keys(n);
        tasks.push(tokio::spawn(async move {
            app.commit(&token, &key, contoso_request()).await
        }));
    }
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await?);
    }
    Ok((answers, app))
}

async fn exactly_one_import(app: &TestApp) {
    let audit = app.operator_audit().await.json()["items"].clone();
    assert_eq!(
        audit.as_array().map(Vec::len),
        Some(1),
        "exactly one import"
    );
    let me = app.get("/api/v1/me", &admin(CONTOSO)).await.json();
    assert_eq!(me["pinpoint_account"]["status"], "closed");
    assert_eq!(
        me["pinpoint_account"]["import_id"], audit[0]["change"]["import_id"],
        "closed once, by that import"
    );
    assert_eq!(me["business_profiles"], 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_commits_with_one_key_make_one_import() -> TestResult {
    let (answers, app) = race(|_| "shared-key".to_owned()).await?;
    let created: Vec<&Answer> = answers
        .iter()
        .filter(|a| a.status == StatusCode::CREATED)
        .collect();
    assert!(!created.is_empty());
    assert!(
        created.iter().all(|a| a.body == created[0].body),
        "every 201 is the same import"
    );
    for answer in &answers {
        let in_progress =
            answer.status == StatusCode::CONFLICT && answer.code() == "idempotency_key_in_progress";
        assert!(
            answer.status == StatusCode::CREATED || in_progress,
            "{:?} {}",
            answer.status,
            answer.text()
        );
    }
    exactly_one_import(&app).await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_commits_with_different_keys_make_one_import() -> TestResult {
    let (answers, app) = race(|n| format!("key-{n}")).await?;
    let created = answers
        .iter()
        .filter(|a| a.status == StatusCode::CREATED)
        .count();
    assert_eq!(created, 1, "exactly one winner");
    for answer in answers.iter().filter(|a| a.status != StatusCode::CREATED) {
        assert_eq!(answer.status, StatusCode::CONFLICT, "{}", answer.text());
        assert_eq!(answer.code(), "pinpoint_account_closed");
    }
    exactly_one_import(&app).await;
    Ok(())
}
