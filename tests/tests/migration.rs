//! Issue 12 part 5: migration 0002 scrubs the customer referrals that
//! imports stored before it (in their replayed answer and their audit
//! record), leaving their count and ids, and moves the old audit records
//! to the new trail.

use std::borrow::Cow;

use axum::http::StatusCode;
use sqlx::migrate::Migrator;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};
use transition_server::store::SqliteStore;
use transition_tests::*;

const OLD_RESPONSE: &str = r#"{"id":"imp-1","created_at":"2026-01-02T03:04:05Z","actor":{"partner_id":"4412345","roles":["account_admin"]},"pinpoint_account_id":"pp-contoso","profiles":[],"not_imported":{"referrals":[{"id":"ref-1","customer_name":"Boulangeries Martin","contact_email":"claire@martin.example","need":"CRM","status":"accepted","received_on":"2016-01-15"},{"id":"ref-2","customer_name":"Other","contact_phone":"+33 1 00 00 00 00","need":"ERP","status":"new","received_on":"2016-02-01"}],"reviews":3,"dropped_products":[],"dropped_industries":[],"excluded_locations":[],"excluded_solutions":[],"unselected_profiles":[]},"warnings":[]}"#;

#[tokio::test]
async fn stored_imports_and_audit_records_lose_their_referral_contents() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("old.db");
    // The database as the previous version left it: migration 0001 only.
    {
        let mut conn = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .connect()
            .await?;
        let mut migrator = Migrator::new(root().join("server/migrations/sqlite")).await?;
        let first: Vec<_> = migrator
            .migrations
            .iter()
            .filter(|m| m.version == 1)
            .cloned()
            .collect();
        migrator.migrations = Cow::Owned(first);
        migrator.run(&mut conn).await?;
        let export = std::fs::read_to_string(fixture("contoso.json"))?;
        sqlx::raw_sql("INSERT INTO partners VALUES ('4412345', 'Contoso', TRUE);")
            .execute(&mut conn)
            .await?;
        sqlx::query("INSERT INTO pinpoint_accounts VALUES ('pp-contoso', '4412345', $1, 'closed', '2026-01-01T00:00:00Z', '2026-01-02T03:04:05Z', 'imp-1')")
            .bind(&export)
            .execute(&mut conn)
            .await?;
        sqlx::query("INSERT INTO imports VALUES ('imp-1', '4412345', 'pp-contoso', 'key-1', 'hash', 201, $1, '2026-01-02T03:04:05Z')")
            .bind(OLD_RESPONSE)
            .execute(&mut conn)
            .await?;
        let not_imported: serde_json::Value = serde_json::from_str(OLD_RESPONSE)?;
        sqlx::query("INSERT INTO audit_records VALUES ('aud-1', 'imp-1', '4412345', $1, '[]', $2, '2026-01-02T03:04:05Z')")
            .bind(r#"{"partner_id":"4412345","roles":["account_admin"]}"#)
            .bind(not_imported["not_imported"].to_string())
            .execute(&mut conn)
            .await?;
        conn.close().await?;
    }

    // This version opens it: migration 0002 runs.
    let store = SqliteStore::open(&path).await?;
    drop(store);
    let mut conn = SqliteConnectOptions::new()
        .filename(&path)
        .connect()
        .await?;
    let body: String = sqlx::query_scalar("SELECT response_body FROM imports WHERE id = 'imp-1'")
        .fetch_one(&mut conn)
        .await?;
    let change: String = sqlx::query_scalar("SELECT change_json FROM audit_log WHERE id = 'aud-1'")
        .fetch_one(&mut conn)
        .await?;
    let dump: Vec<String> = sqlx::query_scalar(
        "SELECT response_body FROM imports UNION ALL SELECT change_json || actor_json FROM audit_log",
    )
    .fetch_all(&mut conn)
    .await?;
    conn.close().await?;
    for text in &dump {
        for personal in [
            "Boulangeries Martin",
            "claire@martin.example",
            "+33 1 00 00 00 00",
        ] {
            assert!(
                !text.contains(personal),
                "{personal} is still stored: {text}"
            );
        }
    }
    let body: serde_json::Value = serde_json::from_str(&body)?;
    let summary = serde_json::json!({"count": 2, "ids": ["ref-1", "ref-2"]});
    assert_eq!(body["not_imported"]["referrals"], summary);
    assert_eq!(body["not_imported"]["reviews"], 3, "the rest is kept");
    assert_eq!(body["id"], "imp-1");
    let change: serde_json::Value = serde_json::from_str(&change)?;
    assert_eq!(change["action"], "import");
    assert_eq!(change["import_id"], "imp-1");
    assert_eq!(change["not_imported"]["referrals"], summary);

    // The API reads the migrated rows: the import, and its audit record.
    let store = SqliteStore::open(&path).await?;
    let app = TestApp::with_sqlite(store).await?;
    let token = admin(CONTOSO);
    let import = app.get("/api/v1/imports/imp-1", &token).await;
    assert_eq!(import.status, StatusCode::OK);
    assert_eq!(import.json()["not_imported"]["referrals"], summary);
    let trail = app.get("/api/v1/audit", &token).await.json();
    assert_eq!(trail["items"][0]["id"], "aud-1");
    assert_eq!(
        trail["items"][0]["change"]["not_imported"]["referrals"],
        summary
    );
    let operator = app.operator_audit().await;
    assert_eq!(operator.json()["items"][0]["id"], "aud-1");
    // The referrals themselves are still downloadable, from the export.
    let csv = app
        .get("/api/v1/pinpoint/account/referrals.csv", &token)
        .await;
    assert!(csv.text().contains("claire@martin.example"));
    Ok(())
}
