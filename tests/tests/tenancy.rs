//! Tenant isolation and token checks: another partner's resource is
//! answered as if it did not exist, and changes nothing; bad tokens are 401.

use axum::http::{Method, StatusCode};
use base64::Engine;
use serde_json::json;
use transition_server::tokens::DEFAULT_AUDIENCE;
use transition_tests::*;

#[tokio::test]
async fn another_partners_ids_are_not_found_and_nothing_changes() -> TestResult {
    let app = TestApp::new().await?;
    let result = app.import_contoso().await;
    let owner = admin(CONTOSO);
    // Fabrikam, an admin of its own account, tries Contoso's resources.
    let intruder = admin(FABRIKAM);
    let import_id = result["id"].as_str().unwrap_or_default();
    let fr = &result["profiles"][0];
    let p = format!(
        "/api/v1/business-profiles/{}",
        fr["id"].as_str().unwrap_or_default()
    );
    let before = app.get(&p, &owner).await.json();

    let mut attempts = vec![
        (Method::GET, format!("/api/v1/imports/{import_id}"), None),
        (Method::GET, p.clone(), None),
    ];
    attempts.extend(profile_changes(fr));
    for (method, path, body) in attempts {
        let answer = app.call(method.clone(), &path, Some(&intruder), body).await;
        assert_eq!(
            answer.status,
            StatusCode::NOT_FOUND,
            "{method} {path}: {}",
            answer.text()
        );
        assert_eq!(answer.code(), "not_found", "{method} {path}");
    }
    assert_eq!(app.get(&p, &owner).await.json(), before, "nothing changed");
    let listed = app.get("/api/v1/business-profiles", &intruder).await.json();
    assert_eq!(
        listed["items"],
        json!([]),
        "Fabrikam sees none of Contoso's profiles"
    );
    let referrals = app
        .get("/api/v1/pinpoint/account/referrals.json", &intruder)
        .await
        .json();
    assert_eq!(
        referrals.as_array().map(Vec::len),
        Some(1),
        "only its own referral"
    );
    Ok(())
}

#[tokio::test]
async fn bad_tokens_are_unauthorized() -> TestResult {
    let app = TestApp::new().await?;
    let now = unix_now();
    let expired = token_with(
        CONTOSO,
        &["account_admin"],
        now - 3600,
        DEFAULT_AUDIENCE,
        SECRET,
    );
    let wrong_key = token_with(
        CONTOSO,
        &["account_admin"],
        now + 3600,
        DEFAULT_AUDIENCE,
        "another-secret-another-secret-another",
    );
    let wrong_audience = token_with(
        CONTOSO,
        &["account_admin"],
        now + 3600,
        "someone-else",
        SECRET,
    );
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let claims = json!({"sub": "user-4412345", "partner_id": CONTOSO, "roles": ["account_admin"], "exp": now + 3600, "aud": DEFAULT_AUDIENCE});
    let alg_none = format!(
        "{}.{}.",
        b64(br#"{"alg":"none","typ":"JWT"}"#),
        b64(claims.to_string().as_bytes())
    );
    let good = admin(CONTOSO);
    let tampered = {
        let parts: Vec<&str> = good.split('.').collect();
        let other = json!({"sub": "user-4412345", "partner_id": FABRIKAM, "roles": ["account_admin"], "exp": now + 3600, "aud": DEFAULT_AUDIENCE});
        format!(
            "{}.{}.{}",
            parts[0],
            b64(other.to_string().as_bytes()),
            parts.get(2).unwrap_or(&"")
        )
    };
    for (name, bad) in [
        ("expired", expired.as_str()),
        ("wrongly signed", wrong_key.as_str()),
        ("wrong audience", wrong_audience.as_str()),
        ("alg none", alg_none.as_str()),
        ("tampered", tampered.as_str()),
        ("garbage", "not-a-token"),
        ("empty", ""),
    ] {
        let answer = app.get("/api/v1/me", bad).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{name}");
        assert_eq!(answer.code(), "unauthorized", "{name}");
    }
    let no_header = app
        .call(Method::GET, "/api/v1/business-profiles", None, None)
        .await;
    assert_eq!(no_header.status, StatusCode::UNAUTHORIZED);
    let basic = app
        .call_with(
            Method::GET,
            "/api/v1/me",
            None,
            None,
            &[("authorization", "Basic dXNlcjpwYXNz")],
        )
        .await;
    assert_eq!(basic.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.get("/api/v1/me", &good).await.status, StatusCode::OK);
    Ok(())
}
