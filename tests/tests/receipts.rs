//! Issue 23 part 4: an import's receipt. `GET /imports/{id}/receipt` gives
//! the receipt and the SHA-256 of its canonical JSON, which anyone can
//! compute again; `/receipt.html` is the same receipt as a printable page
//! in the reader's language that runs nothing. Only the import's own
//! partner reads it.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use transition_tests::*;

/// Imports Contoso with a profile name that is markup; returns the
/// import's id.
async fn import(app: &TestApp) -> String {
    let request = json!({
        "selections": [
            {"pinpoint_profile_id": "bp-fr", "overrides": {"name": "<b>Contoso</b> & Fils"}},
            {"pinpoint_profile_id": "bp-be"}
        ],
        "acknowledgements": acknowledged()
    });
    let alex = person_token(
        CONTOSO,
        "alex@contoso",
        Some("Alex Martin"),
        &["account_admin"],
    );
    let answer = app.commit(&alex, "receipt-1", request).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    answer.json()["id"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn the_receipt_states_a_hash_anyone_can_compute_again() -> TestResult {
    let app = TestApp::new().await?;
    let id = import(&app).await;
    let path = format!("/api/v1/imports/{id}/receipt");
    let answer = app.get(&path, &admin(CONTOSO)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let document = answer.json();
    let receipt = &document["receipt"];

    // The canonical form, made here from the JSON alone: serde_json's
    // `Value` sorts object keys, and `to_vec` writes no whitespace.
    let canonical = serde_json::to_vec(receipt)?;
    assert_eq!(
        document["sha256"],
        hex::encode(Sha256::digest(&canonical)),
        "the stated hash is the canonical JSON's"
    );

    assert_eq!(receipt["format"], "pinpoint-transition-receipt/v1");
    assert_eq!(receipt["import_id"], id.as_str());
    assert_eq!(receipt["partner"]["id"], CONTOSO);
    assert_eq!(receipt["prepared_by"]["partner_id"], CONTOSO);
    assert_eq!(
        receipt["prepared_by"]["person"],
        json!({"id": "alex@contoso", "name": "Alex Martin"}),
        "the receipt names who prepared the import"
    );
    assert_eq!(receipt["approved_by"], Value::Null);
    assert!(
        receipt["plan_digest"]
            .as_str()
            .is_some_and(|d| d.starts_with("sha256:") && d.len() == 71),
        "the receipt names the plan the partner reviewed: {receipt}"
    );
    let created = receipt["created"].as_array().ok_or("no created list")?;
    assert_eq!(created.len(), 2);
    assert_eq!(created[0]["name"], "<b>Contoso</b> & Fils");
    assert!(created
        .iter()
        .all(|p| p["locations"].as_array().is_some_and(|l| !l.is_empty())));
    // Referrals by count and id: never a customer's name.
    assert_eq!(receipt["not_imported"]["referrals"]["count"], 4);
    assert!(!answer.text().contains("Boulangeries Martin"));

    // Read again, the same bytes.
    let again = app.get(&path, &admin(CONTOSO)).await;
    assert_eq!(again.text(), answer.text());
    Ok(())
}

#[tokio::test]
async fn the_printable_receipt_is_in_the_readers_language_and_runs_nothing() -> TestResult {
    let app = TestApp::new().await?;
    let id = import(&app).await;
    let document = app
        .get(&format!("/api/v1/imports/{id}/receipt"), &admin(CONTOSO))
        .await
        .json();
    let sha = document["sha256"].as_str().unwrap_or_default().to_owned();
    let digest = document["receipt"]["plan_digest"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let answer = app
        .call_with(
            Method::GET,
            &format!("/api/v1/imports/{id}/receipt.html"),
            Some(&admin(CONTOSO)),
            None,
            &[("accept-language", "fr-BE,fr;q=0.9")],
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert!(answer.header("content-type").starts_with("text/html"));
    let policy = answer.header("content-security-policy");
    assert!(
        policy.starts_with("default-src 'none'; style-src 'sha256-"),
        "{policy}"
    );
    assert!(answer
        .header("content-disposition")
        .starts_with("inline; filename=\"receipt-"));
    let page = answer.text();
    assert!(
        page.starts_with("<!doctype html><html lang=\"fr\""),
        "{page}"
    );
    assert!(page.contains("Reçu d’importation"));
    assert!(page.contains("Profils commerciaux créés"));
    assert!(page.contains("<dt>Préparé par</dt><dd>Alex Martin (alex@contoso)</dd>"));
    assert!(page.contains("&lt;b&gt;Contoso&lt;/b&gt; &amp; Fils"));
    assert!(!page.contains("<b>Contoso"));
    assert!(!page.contains("<script"));
    assert!(
        page.contains(&sha),
        "the page shows the hash to check it by"
    );
    assert!(
        page.contains(&format!("<code>{digest}</code>")),
        "and the reviewed plan's digest"
    );
    Ok(())
}

#[tokio::test]
async fn another_partner_finds_no_receipt() -> TestResult {
    let app = TestApp::new().await?;
    let id = import(&app).await;
    for path in [
        format!("/api/v1/imports/{id}/receipt"),
        format!("/api/v1/imports/{id}/receipt.html"),
        "/api/v1/imports/no-such-import/receipt".to_owned(),
    ] {
        let answer = app.get(&path, &admin(FABRIKAM)).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(answer.code(), "not_found");
    }
    Ok(())
}
