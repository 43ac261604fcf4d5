//! Issue 12 part 4: storage faults. A locked database, a read-only one and
//! a full one each answer a clear 503 `storage_unavailable` problem with
//! `Retry-After`, leave nothing half written, and the server recovers by
//! itself once the fault goes: the same request then succeeds.
//!
//! How each fault is made (see docs/reliability.md, "Storage faults"):
//! - locked: a second connection to the database file holds
//!   `BEGIN EXCLUSIVE` longer than the server's busy timeout (200 ms
//!   here), so the server's write fails with the real `SQLITE_BUSY`;
//! - read-only: the tests may run as root, who ignores file modes, so the
//!   store's test switch sets `PRAGMA query_only` on its connections: the
//!   write fails with the real `SQLITE_READONLY`;
//! - full: the switch caps `PRAGMA max_page_count` at the current size:
//!   the write fails with the real `SQLITE_FULL`, as on a full disk.
//!
//! Every request crosses a real socket to the running server.

use std::time::Duration;

use axum::http::{Method, StatusCode};
use serde_json::json;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, SqliteConnection};
use transition_server::store::SqliteOptions;
use transition_tests::*;

const BUSY_TIMEOUT: Duration = Duration::from_millis(200);

async fn server() -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
    TestApp::with_store_options(SqliteOptions {
        busy_timeout: BUSY_TIMEOUT,
    })
    .await?
    .over_socket()
    .await
}

/// Another process's view of the database file.
async fn other_connection(
    app: &TestApp,
) -> Result<SqliteConnection, Box<dyn std::error::Error + Send + Sync>> {
    Ok(SqliteConnectOptions::new()
        .filename(&app.db_path)
        .busy_timeout(Duration::from_secs(5))
        .connect()
        .await?)
}

/// Rows of each table a change writes, counted directly in the file.
async fn rows(app: &TestApp) -> Result<Vec<i64>, Box<dyn std::error::Error + Send + Sync>> {
    let mut conn = other_connection(app).await?;
    let mut counts = Vec::new();
    for table in [
        "imports",
        "audit_log",
        "business_profiles",
        "locations",
        "solutions",
    ] {
        counts.push(
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&mut conn)
                .await?,
        );
    }
    let closed: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM pinpoint_accounts WHERE status = 'closed'")
            .fetch_one(&mut conn)
            .await?;
    counts.push(closed);
    conn.close().await?;
    Ok(counts)
}

/// The answer is the storage problem, in the caller's language.
fn assert_unavailable(answer: &Answer) {
    assert_eq!(
        answer.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        answer.text()
    );
    assert_eq!(answer.code(), "storage_unavailable");
    assert_eq!(answer.header("content-type"), "application/problem+json");
    assert_eq!(answer.header("retry-after"), "5");
    assert_eq!(answer.header("content-language"), "fr");
    assert!(
        answer.json()["title"]
            .as_str()
            .is_some_and(|t| t.contains("stockage")),
        "{}",
        answer.text()
    );
}

/// The plan digest of Contoso's request, previewed before any fault is
/// armed (the commits below carry it).
async fn digest(app: &TestApp) -> Result<String, &'static str> {
    app.preview_digest(&admin(CONTOSO), &contoso_request())
        .await
        .ok_or("the preview answers a plan digest")
}

async fn commit_in_french(app: &TestApp, digest: &str) -> Answer {
    app.call_with(
        Method::POST,
        "/api/v1/imports",
        Some(&admin(CONTOSO)),
        Some(contoso_request()),
        &[
            ("idempotency-key", "fault-key"),
            ("accept-language", "fr"),
            ("if-match", digest),
        ],
    )
    .await
}

async fn edit_in_french(app: &TestApp, profile: &str, name: &str) -> Answer {
    app.call_with(
        Method::PATCH,
        &format!("/api/v1/business-profiles/{profile}"),
        Some(&admin(CONTOSO)),
        Some(json!({ "name": name })),
        &[("accept-language", "fr")],
    )
    .await
}

#[tokio::test]
async fn a_locked_database_answers_503_then_the_same_request_succeeds() -> TestResult {
    let app = server().await?;
    let digest = digest(&app).await?;
    let before = rows(&app).await?;

    let mut holder = other_connection(&app).await?;
    sqlx::raw_sql("BEGIN EXCLUSIVE")
        .execute(&mut holder)
        .await?;
    let answer = commit_in_french(&app, &digest).await;
    assert_unavailable(&answer);
    // Reads still go on meanwhile (WAL): the account is untouched.
    let me = app.get("/api/v1/me", &admin(CONTOSO)).await;
    assert_eq!(me.json()["pinpoint_account"]["status"], "active");
    sqlx::raw_sql("ROLLBACK").execute(&mut holder).await?;
    assert_eq!(rows(&app).await?, before, "nothing partial was written");

    // The lock is gone: the same request, same key, goes through.
    let answer = commit_in_french(&app, &digest).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let profile = answer.json()["profiles"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let imported = rows(&app).await?;

    // A profile edit under the lock: refused whole, then done.
    sqlx::raw_sql("BEGIN EXCLUSIVE")
        .execute(&mut holder)
        .await?;
    assert_unavailable(&edit_in_french(&app, &profile, "Locked out").await);
    sqlx::raw_sql("ROLLBACK").execute(&mut holder).await?;
    assert_eq!(rows(&app).await?, imported);
    let stored = app
        .get(
            &format!("/api/v1/business-profiles/{profile}"),
            &admin(CONTOSO),
        )
        .await;
    assert_ne!(stored.json()["name"], "Locked out");
    let answer = edit_in_french(&app, &profile, "Unlocked").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.json()["name"], "Unlocked");
    holder.close().await?;
    Ok(())
}

#[tokio::test]
async fn a_read_only_database_answers_503_then_recovers() -> TestResult {
    let app = server().await?;
    let digest = digest(&app).await?;
    let before = rows(&app).await?;
    let faults = app.sqlite.as_ref().ok_or("a SQLite store")?.faults();

    faults.set_read_only(true);
    assert_unavailable(&commit_in_french(&app, &digest).await);
    faults.set_read_only(false);
    assert_eq!(rows(&app).await?, before, "nothing partial was written");

    let answer = commit_in_french(&app, &digest).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let profile = answer.json()["profiles"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let imported = rows(&app).await?;
    faults.set_read_only(true);
    assert_unavailable(&edit_in_french(&app, &profile, "Read only").await);
    faults.set_read_only(false);
    assert_eq!(rows(&app).await?, imported);
    let answer = edit_in_french(&app, &profile, "Writable").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    Ok(())
}

#[tokio::test]
async fn a_full_database_answers_503_then_recovers() -> TestResult {
    let app = server().await?;
    let digest = digest(&app).await?;
    let before = rows(&app).await?;
    let faults = app.sqlite.as_ref().ok_or("a SQLite store")?.faults();

    faults.set_full(true);
    assert_unavailable(&commit_in_french(&app, &digest).await);
    // Reads are unaffected by a full disk.
    let me = app.get("/api/v1/me", &admin(CONTOSO)).await;
    assert_eq!(me.status, StatusCode::OK);
    faults.set_full(false);
    assert_eq!(rows(&app).await?, before, "nothing partial was written");

    let answer = commit_in_french(&app, &digest).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    // The replay is the stored answer, byte for byte.
    let replay = commit_in_french(&app, &digest).await;
    assert_eq!(replay.body, answer.body);
    Ok(())
}
