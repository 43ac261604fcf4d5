//! Identity from the portal: RS256/ES256 tokens checked against a JWKS
//! (file, reloaded when it changes; URL, fetched and cached), the issuer,
//! the maximum lifetime, the authoritative `company_name`/`csp` claims of
//! `/me`, and demo mode that refuses to run next to production settings.

use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::StatusCode;
use jsonwebtoken::Algorithm;
use tokio::process::Command;
use transition_server::tokens::{Jwks, JwksError, JwksOptions, TokenKeys, DEFAULT_AUDIENCE};
use transition_tests::*;

/// Reloads as soon as asked: the tests do not wait for rate limits.
fn eager() -> JwksOptions {
    JwksOptions {
        file_poll: Duration::from_millis(50),
        min_refresh: Duration::ZERO,
        unknown_kid_wait: Duration::from_secs(5),
        allow_http_loopback: true,
        ..JwksOptions::default()
    }
}

/// The options of a JWKS served over plain HTTP on loopback by a test.
fn on_loopback() -> JwksOptions {
    JwksOptions {
        allow_http_loopback: true,
        ..JwksOptions::default()
    }
}

/// A copy of `JWKS_FILE` in a temporary directory (so a test may replace it).
fn jwks_copy() -> Result<(tempfile::TempDir, std::path::PathBuf), std::io::Error> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("jwks.json");
    std::fs::copy(JWKS_FILE, &path)?;
    Ok((dir, path))
}

/// The production app: only the JWKS, the test issuer, the default
/// maximum lifetime.
async fn portal_app(
    jwks: &std::path::Path,
) -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
    let keys = TokenKeys::with_audience(DEFAULT_AUDIENCE)
        .with_issuer(Some(TEST_ISSUER.to_owned()))
        .with_jwks(Jwks::from_file(jwks, eager()).await?);
    TestApp::with_keys(settings(false), keys).await
}

async fn me_status(app: &TestApp, token: &str) -> StatusCode {
    app.get("/api/v1/me", token).await.status
}

#[tokio::test]
async fn rs256_and_es256_tokens_of_the_jwks_are_accepted() -> TestResult {
    let (_dir, jwks) = jwks_copy()?;
    let app = portal_app(&jwks).await?;
    for token in [
        rs256_token(&portal_claims(CONTOSO, &["account_admin"])),
        es256_token(&portal_claims(CONTOSO, &["account_admin"])),
    ] {
        assert!(!token.is_empty());
        let me = app.get("/api/v1/me", &token).await;
        assert_eq!(me.status, StatusCode::OK, "{}", me.text());
        assert_eq!(me.json()["partner_id"], CONTOSO);
        assert_eq!(me.json()["can_write"], true);
    }
    // Writes work with them too: the whole API takes these tokens.
    let token = rs256_token(&portal_claims(CONTOSO, &["account_admin"]));
    let answer = app.commit(&token, "rs256-import", contoso_request()).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    Ok(())
}

#[tokio::test]
async fn tokens_the_jwks_did_not_sign_or_that_break_a_rule_are_refused() -> TestResult {
    let (_dir, jwks) = jwks_copy()?;
    let app = portal_app(&jwks).await?;
    let now = unix_now();
    let good = portal_claims(CONTOSO, &["account_admin"]);
    let with = |changes: serde_json::Value| {
        let mut claims = good.clone();
        if let (Some(claims), Some(changes)) = (claims.as_object_mut(), changes.as_object()) {
            for (k, v) in changes {
                if v.is_null() {
                    claims.remove(k);
                } else {
                    claims.insert(k.clone(), v.clone());
                }
            }
        }
        claims
    };
    let hs256 = {
        let claims = with(serde_json::json!({}));
        jsonwebtoken::encode(
            &jsonwebtoken::Header::new(Algorithm::HS256),
            &claims,
            &jsonwebtoken::EncodingKey::from_secret(SECRET.as_bytes()),
        )?
    };
    let b64 = |bytes: &[u8]| {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    };
    let unsigned = format!(
        "{}.{}.",
        b64(br#"{"alg":"none","typ":"JWT","kid":"test-rsa-1"}"#),
        b64(good.to_string().as_bytes())
    );
    let cases: Vec<(&str, String)> = vec![
        ("HS256 when only a JWKS is configured", hs256),
        ("HS256 of the test helpers", admin(CONTOSO)),
        ("alg none", unsigned),
        (
            "wrong issuer",
            rs256_token(&with(serde_json::json!({"iss": "https://evil.test"}))),
        ),
        (
            "no issuer",
            rs256_token(&with(serde_json::json!({"iss": null}))),
        ),
        (
            "lifetime over the maximum",
            rs256_token(&with(
                serde_json::json!({"iat": now, "exp": now + 3601 + 60}),
            )),
        ),
        (
            "no iat and exp beyond the maximum",
            es256_token(&with(serde_json::json!({"iat": null, "exp": now + 7200}))),
        ),
        (
            "iat in the future",
            rs256_token(&with(
                serde_json::json!({"iat": now + 600, "exp": now + 900}),
            )),
        ),
        (
            "expired",
            rs256_token(&with(
                serde_json::json!({"iat": now - 900, "exp": now - 300}),
            )),
        ),
        (
            "other audience",
            rs256_token(&with(serde_json::json!({"aud": "another-app"}))),
        ),
        (
            "unknown kid",
            signed_token(Algorithm::RS256, RSA2_PRIVATE_PEM, Some(RSA2_KID), &good),
        ),
        (
            "a known kid, another key",
            signed_token(Algorithm::RS256, RSA2_PRIVATE_PEM, Some(RSA_KID), &good),
        ),
        (
            "the EC key's kid with RS256",
            signed_token(Algorithm::RS256, RSA_PRIVATE_PEM, Some(EC_KID), &good),
        ),
        (
            "RS512 with the RS256 key",
            signed_token(Algorithm::RS512, RSA_PRIVATE_PEM, Some(RSA_KID), &good),
        ),
        (
            "no sub",
            rs256_token(&with(serde_json::json!({"sub": null}))),
        ),
        (
            "empty sub",
            rs256_token(&with(serde_json::json!({"sub": " "}))),
        ),
    ];
    for (what, token) in &cases {
        let answer = app.get("/api/v1/me", token).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{what}");
        assert_eq!(
            answer.header("content-type"),
            "application/problem+json",
            "{what}"
        );
    }
    // Within the limits: exactly the maximum lifetime, no kid at all.
    let edge = rs256_token(&with(serde_json::json!({"iat": now, "exp": now + 3600})));
    assert_eq!(me_status(&app, &edge).await, StatusCode::OK);
    let no_kid = signed_token(Algorithm::ES256, EC_PRIVATE_PEM, None, &good);
    assert_eq!(me_status(&app, &no_kid).await, StatusCode::OK);
    let short_no_iat = rs256_token(&with(serde_json::json!({"iat": null, "exp": now + 600})));
    assert_eq!(me_status(&app, &short_no_iat).await, StatusCode::OK);
    Ok(())
}

#[tokio::test]
async fn hs256_still_works_when_a_secret_is_configured_too() -> TestResult {
    let (_dir, jwks) = jwks_copy()?;
    let keys = TokenKeys::with_audience(DEFAULT_AUDIENCE)
        .with_secret(SECRET.as_bytes())
        .with_jwks(Jwks::from_file(&jwks, eager()).await?);
    let app = TestApp::with_keys(settings(false), keys).await?;
    assert_eq!(me_status(&app, &admin(CONTOSO)).await, StatusCode::OK);
    let mut claims = portal_claims(CONTOSO, &[]);
    if let Some(c) = claims.as_object_mut() {
        c.remove("iss");
    }
    assert_eq!(me_status(&app, &rs256_token(&claims)).await, StatusCode::OK);
    Ok(())
}

#[tokio::test]
async fn a_jwks_file_replaced_on_disk_is_reloaded() -> TestResult {
    let (dir, jwks) = jwks_copy()?;
    let app = portal_app(&jwks).await?;
    let claims = portal_claims(FABRIKAM, &["account_admin"]);
    let rotated = signed_token(Algorithm::RS256, RSA2_PRIVATE_PEM, Some(RSA2_KID), &claims);
    let old = rs256_token(&claims);
    assert_eq!(me_status(&app, &rotated).await, StatusCode::UNAUTHORIZED);
    assert_eq!(me_status(&app, &old).await, StatusCode::OK);

    // The portal rotates its RSA key; the file is replaced atomically.
    let staged = dir.path().join("jwks.json.new");
    std::fs::copy(JWKS_ROTATED_FILE, &staged)?;
    std::fs::rename(&staged, &jwks)?;

    // The unknown kid makes the server look at the file again.
    assert_eq!(me_status(&app, &rotated).await, StatusCode::OK);
    // The retired key's tokens stop working once the periodic look has
    // seen the new file (at most `file_poll` later).
    let mut refused = false;
    for _ in 0..100 {
        if me_status(&app, &old).await == StatusCode::UNAUTHORIZED {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(refused, "the retired RSA key is still accepted");
    // The EC key stayed in the set.
    let ec = es256_token(&claims);
    assert_eq!(me_status(&app, &ec).await, StatusCode::OK);

    // A broken file keeps the keys in use.
    std::fs::write(&jwks, "{ not json")?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(me_status(&app, &ec).await, StatusCode::OK);
    assert_eq!(me_status(&app, &rotated).await, StatusCode::OK);

    // Fixed again (the first set): its RSA key is back, at the latest when
    // the periodic look sees the file (an unknown kid's own look may just
    // have been spent on the broken file).
    std::fs::copy(JWKS_FILE, &staged)?;
    std::fs::rename(&staged, &jwks)?;
    let mut status = me_status(&app, &old).await;
    for _ in 0..100 {
        if status == StatusCode::OK {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        status = me_status(&app, &old).await;
    }
    assert_eq!(status, StatusCode::OK);
    Ok(())
}

#[tokio::test]
async fn me_answers_a_partner_without_an_export_from_the_claims() -> TestResult {
    let (_dir, jwks) = jwks_copy()?;
    let app = portal_app(&jwks).await?;
    let mut claims = portal_claims("9900001", &["account_admin"]);
    claims["company_name"] = "Woodgrove Bank".into();
    claims["csp"] = true.into();
    let me = app.get("/api/v1/me", &rs256_token(&claims)).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.text());
    let me: transition_domain::wire::me::Me = serde_json::from_slice(&me.body)?;
    assert_eq!(me.partner_id, "9900001");
    assert_eq!(me.company_name.as_deref(), Some("Woodgrove Bank"));
    assert!(me.csp);
    assert!(me.can_write);
    assert_eq!(me.pinpoint_account, None);
    assert_eq!(me.business_profiles, 0);

    let bare = portal_claims("9900002", &[]);
    let answer = app.get("/api/v1/me", &rs256_token(&bare)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let json = answer.json();
    assert_eq!(json["company_name"], serde_json::Value::Null);
    assert_eq!(json["csp"], false);
    assert_eq!(json["can_write"], false);
    assert_eq!(json["pinpoint_account"], serde_json::Value::Null);
    Ok(())
}

#[tokio::test]
async fn claims_win_over_the_stored_partner_record() -> TestResult {
    let (_dir, jwks) = jwks_copy()?;
    let app = portal_app(&jwks).await?;
    // Without the claims: the export's record (Contoso Ltd, a CSP).
    let stored = app
        .get(
            "/api/v1/me",
            &rs256_token(&portal_claims(CONTOSO, &["account_admin"])),
        )
        .await
        .json();
    assert_eq!(stored["company_name"], "Contoso Ltd");
    assert_eq!(stored["csp"], true);
    assert_eq!(stored["pinpoint_account"]["status"], "active");

    let mut claims = portal_claims(CONTOSO, &["account_admin"]);
    claims["company_name"] = "Contoso Group".into();
    claims["csp"] = false.into();
    let answer = app.get("/api/v1/me", &es256_token(&claims)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let me: transition_domain::wire::me::Me = serde_json::from_slice(&answer.body)?;
    assert_eq!(me.company_name.as_deref(), Some("Contoso Group"));
    assert!(!me.csp);
    assert_eq!(
        me.pinpoint_account.map(|a| a.status),
        Some(transition_domain::export::AccountStatus::Active)
    );
    assert_eq!(me.business_profiles, 0);
    Ok(())
}

/// Serves `body` at `/jwks.json` on a local socket; returns its URL, the
/// body to change and how many times it was fetched.
async fn jwks_server(
    body: String,
) -> Result<(String, Arc<Mutex<String>>, Arc<Mutex<usize>>), std::io::Error> {
    let served = Arc::new(Mutex::new(body));
    let hits = Arc::new(Mutex::new(0usize));
    let (s, h) = (Arc::clone(&served), Arc::clone(&hits));
    let app = axum::Router::new().route(
        "/jwks.json",
        axum::routing::get(move || {
            let (s, h) = (Arc::clone(&s), Arc::clone(&h));
            async move {
                if let Ok(mut hits) = h.lock() {
                    *hits += 1;
                }
                s.lock().map(|b| b.clone()).unwrap_or_default()
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok((format!("http://{addr}/jwks.json"), served, hits))
}

fn hits(counter: &Mutex<usize>) -> usize {
    counter.lock().map(|n| *n).unwrap_or_default()
}

#[tokio::test]
async fn a_jwks_url_is_fetched_cached_and_refetched_on_an_unknown_kid() -> TestResult {
    let (url, served, fetched) = jwks_server(std::fs::read_to_string(JWKS_FILE)?).await?;
    let options = JwksOptions {
        min_refresh: Duration::from_secs(2),
        ..eager()
    };
    let keys = TokenKeys::with_audience(DEFAULT_AUDIENCE)
        .with_issuer(Some(TEST_ISSUER.to_owned()))
        .with_jwks(Jwks::from_url(&url, options).await?);
    let app = TestApp::with_keys(settings(false), keys).await?;
    let claims = portal_claims(CONTOSO, &["account_admin"]);
    for _ in 0..5 {
        assert_eq!(me_status(&app, &rs256_token(&claims)).await, StatusCode::OK);
    }
    assert_eq!(hits(&fetched), 1, "cached: fetched once");

    let rotated = signed_token(Algorithm::RS256, RSA2_PRIVATE_PEM, Some(RSA2_KID), &claims);
    assert_eq!(me_status(&app, &rotated).await, StatusCode::UNAUTHORIZED);
    assert_eq!(hits(&fetched), 2, "an unknown kid fetches again");
    // Many unknown kids at once fetch at most once per min_refresh.
    for _ in 0..10 {
        assert_eq!(me_status(&app, &rotated).await, StatusCode::UNAUTHORIZED);
    }
    assert!(hits(&fetched) <= 3, "rate-limited: {}", hits(&fetched));

    if let Ok(mut body) = served.lock() {
        *body = std::fs::read_to_string(JWKS_ROTATED_FILE)?;
    }
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(me_status(&app, &rotated).await, StatusCode::OK);
    Ok(())
}

#[tokio::test]
async fn a_bad_jwks_is_refused_at_startup() -> TestResult {
    let (url, served, _) = jwks_server("x".repeat(300 * 1024)).await?;
    let too_big = Jwks::from_url(&url, on_loopback()).await;
    assert!(
        matches!(too_big, Err(JwksError::Fetch { .. })),
        "{too_big:?}"
    );
    if let Ok(mut body) = served.lock() {
        *body = r#"{"keys":[{"kty":"oct","k":"c2VjcmV0"}]}"#.to_owned();
    }
    let symmetric = Jwks::from_url(&url, on_loopback()).await;
    assert!(
        matches!(symmetric, Err(JwksError::Empty { .. })),
        "{symmetric:?}"
    );
    let missing = Jwks::from_file(std::path::Path::new("/nonexistent/jwks.json"), eager()).await;
    assert!(
        matches!(missing, Err(JwksError::Read { .. })),
        "{missing:?}"
    );
    Ok(())
}

fn server_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_transition-test-server"));
    for name in NOT_INHERITED {
        command.env_remove(name);
    }
    command
        .env("RUST_LOG", "warn")
        .env_remove("TRANSITION_JWT_SECRET")
        .kill_on_drop(true);
    command
}

#[tokio::test]
async fn the_real_binary_takes_portal_tokens_from_a_jwks_file() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut child = server_command()
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--dist",
            "/nonexistent",
            "--jwt-issuer",
            TEST_ISSUER,
            "--jwks-file",
            JWKS_FILE,
        ])
        .arg("--data-dir")
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let base = listening_on(&mut child).await?;
    let client = reqwest::Client::new();
    let mut claims = portal_claims("9900003", &["account_admin"]);
    claims["company_name"] = "Northwind Traders".into();
    for (token, expected) in [
        (rs256_token(&claims), 200),
        (es256_token(&claims), 200),
        (admin(CONTOSO), 401),
    ] {
        let answer = client
            .get(format!("{base}/api/v1/me"))
            .bearer_auth(&token)
            .send()
            .await?;
        assert_eq!(answer.status().as_u16(), expected);
        if expected == 200 {
            let me: serde_json::Value = serde_json::from_slice(&answer.bytes().await?)?;
            assert_eq!(me["company_name"], "Northwind Traders");
            assert_eq!(me["csp"], false);
        }
    }
    // No demo routes outside demo mode.
    let mint = client
        .post(format!("{base}/api/v1/dev/token"))
        .header("content-type", "application/json")
        .body(r#"{"partner_id":"4412345"}"#)
        .send()
        .await?;
    assert_eq!(mint.status().as_u16(), 404);
    child.kill().await?;
    Ok(())
}

#[tokio::test]
async fn demo_refuses_to_start_next_to_production_identity_settings() -> TestResult {
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");
    let cases: [(&str, &str); 4] = [
        ("TRANSITION_JWT_SECRET", SECRET),
        ("TRANSITION_JWKS_FILE", JWKS_FILE),
        ("TRANSITION_JWKS_URL", "https://portal.test/jwks.json"),
        ("TRANSITION_JWT_ISSUER", TEST_ISSUER),
    ];
    for (variable, value) in cases {
        let out = server_command()
            .args(["serve", "--demo", "--addr", "127.0.0.1:0"])
            .arg("--data-dir")
            .arg(&data)
            .env(variable, value)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output();
        let out = tokio::time::timeout(Duration::from_secs(60), out).await??;
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{variable}: {stderr}");
        assert!(stderr.contains("--demo refuses to start"), "{stderr}");
        assert!(stderr.contains(variable), "names {variable}: {stderr}");
        assert!(!stderr.contains(SECRET), "the secret is not printed");
    }
    // The flag form too, without the `serve` word.
    let out = server_command()
        .args(["--demo", "--addr", "127.0.0.1:0", "--jwt-secret", SECRET])
        .arg("--data-dir")
        .arg(&data)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output();
    let out = tokio::time::timeout(Duration::from_secs(60), out).await??;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        !data.join("transition.db").exists(),
        "a refused demo writes no demo data"
    );

    // Production without any key is refused the same way.
    let out = server_command()
        .args(["serve", "--addr", "127.0.0.1:0"])
        .arg("--data-dir")
        .arg(&data)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output();
    let out = tokio::time::timeout(Duration::from_secs(60), out).await??;
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--jwks-url"));
    Ok(())
}

#[tokio::test]
async fn demo_tokens_carry_the_demo_audience_and_warn_at_startup() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut child = server_command()
        .args(SERVE_ON_ANY_PORT)
        .arg("--demo")
        .arg("--data-dir")
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut stderr = child.stderr.take().ok_or("no stderr")?;
    let base = listening_on(&mut child).await?;
    let client = reqwest::Client::new();
    let minted: serde_json::Value = serde_json::from_slice(
        &client
            .post(format!("{base}/api/v1/dev/token"))
            .header("content-type", "application/json")
            .body(r#"{"partner_id":"4412345"}"#)
            .send()
            .await?
            .bytes()
            .await?,
    )?;
    let token = minted["token"].as_str().ok_or("no token")?;
    let payload = token.split('.').nth(1).ok_or("not a JWT")?;
    let payload = {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload)?
    };
    let claims: serde_json::Value = serde_json::from_slice(&payload)?;
    assert_eq!(claims["aud"], transition_server::tokens::DEMO_AUDIENCE);
    assert_ne!(claims["aud"], DEFAULT_AUDIENCE);
    let me = client
        .get(format!("{base}/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await?;
    assert_eq!(me.status().as_u16(), 200);
    // A token signed with the test secret means nothing to a demo server.
    let forged = client
        .get(format!("{base}/api/v1/me"))
        .bearer_auth(admin(CONTOSO))
        .send()
        .await?;
    assert_eq!(forged.status().as_u16(), 401);

    child.kill().await?;
    let mut logs = String::new();
    tokio::io::AsyncReadExt::read_to_string(&mut stderr, &mut logs).await?;
    assert!(logs.contains("DEMO MODE"), "{logs}");
    Ok(())
}

/// `openssl s_server -WWW` serving `JWKS_FILE` over HTTPS with a
/// certificate for `localhost` issued by the test CA (`tests/keys/tls-*`).
async fn https_jwks(
    www: &std::path::Path,
) -> Result<(tokio::process::Child, String), Box<dyn std::error::Error + Send + Sync>> {
    std::fs::copy(JWKS_FILE, www.join("jwks.json"))?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let keys = root().join("tests/keys");
    let tls = Command::new("openssl")
        .args(["s_server", "-quiet", "-WWW", "-accept", &port.to_string()])
        .arg("-cert")
        .arg(keys.join("tls-localhost.pem"))
        .arg("-key")
        .arg(keys.join("tls-localhost.key"))
        .current_dir(www)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    for _ in 0..200 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return Ok((tls, format!("https://localhost:{port}/jwks.json")));
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    Err("openssl s_server did not start".into())
}

#[tokio::test]
async fn a_jwks_url_over_https_is_trusted_only_through_the_root_certificates() -> TestResult {
    if std::process::Command::new("openssl")
        .arg("version")
        .output()
        .is_err()
    {
        eprintln!("SKIPPED: no openssl command to serve HTTPS");
        return Ok(());
    }
    let www = tempfile::tempdir()?;
    let (_tls, url) = https_jwks(www.path()).await?;
    let data = tempfile::tempdir()?;
    let no_roots = tempfile::tempdir()?;

    // The test CA is not trusted: the server refuses to start.
    let out = server_command()
        .args(["serve", "--addr", "127.0.0.1:0", "--jwks-url", &url])
        .arg("--data-dir")
        .arg(data.path())
        .env_remove("SSL_CERT_FILE")
        .env("SSL_CERT_DIR", no_roots.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output();
    let out = tokio::time::timeout(Duration::from_secs(60), out).await??;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("cannot fetch the JWKS"), "{stderr}");
    assert!(stderr.contains("certificate"), "says why: {stderr}");

    // Trusted (SSL_CERT_FILE names the test CA): fetched over TLS.
    let mut child = server_command()
        .args(["serve", "--addr", "127.0.0.1:0", "--dist", "/nonexistent"])
        .args(["--jwks-url", &url, "--jwt-issuer", TEST_ISSUER])
        .arg("--data-dir")
        .arg(data.path())
        .env("SSL_CERT_FILE", root().join("tests/keys/tls-ca.pem"))
        .env_remove("SSL_CERT_DIR")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let base = listening_on(&mut child).await?;
    let answer = reqwest::Client::new()
        .get(format!("{base}/api/v1/me"))
        .bearer_auth(es256_token(&portal_claims(CONTOSO, &[])))
        .send()
        .await?;
    assert_eq!(answer.status().as_u16(), 200);
    child.kill().await?;
    Ok(())
}

#[tokio::test]
async fn an_old_jwks_is_fetched_again_in_the_background_without_holding_requests() -> TestResult {
    // The portal answers the first fetch at once and the later ones slowly.
    let fetched = Arc::new(Mutex::new(0usize));
    let counter = Arc::clone(&fetched);
    let body = std::fs::read_to_string(JWKS_FILE)?;
    let portal = axum::Router::new().route(
        "/jwks.json",
        axum::routing::get(move || {
            let (counter, body) = (Arc::clone(&counter), body.clone());
            async move {
                let n = counter
                    .lock()
                    .map(|mut n| {
                        *n += 1;
                        *n
                    })
                    .unwrap_or_default();
                if n > 1 {
                    tokio::time::sleep(Duration::from_millis(1500)).await;
                }
                body
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/jwks.json", listener.local_addr()?);
    tokio::spawn(async move {
        let _ = axum::serve(listener, portal).await;
    });
    let options = JwksOptions {
        max_age: Duration::from_millis(200),
        ..on_loopback()
    };
    let keys =
        TokenKeys::with_audience(DEFAULT_AUDIENCE).with_jwks(Jwks::from_url(&url, options).await?);
    let app = TestApp::with_keys(settings(false), keys).await?;
    let token = rs256_token(&portal_claims(CONTOSO, &[]));
    assert_eq!(me_status(&app, &token).await, StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Older than its maximum age: fetched again, while requests go on with
    // the keys in hand.
    let started = std::time::Instant::now();
    for _ in 0..5 {
        assert_eq!(me_status(&app, &token).await, StatusCode::OK);
    }
    assert!(
        started.elapsed() < Duration::from_millis(1000),
        "requests waited for the slow fetch: {:?}",
        started.elapsed()
    );
    let mut again = false;
    for _ in 0..100 {
        if hits(&fetched) >= 2 {
            again = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(again, "the old set was not fetched again");
    assert_eq!(hits(&fetched), 2, "one fetch at a time");
    Ok(())
}

#[tokio::test]
async fn a_token_without_the_partner_claim_is_refused_even_when_its_sub_is_a_partner() -> TestResult
{
    let (_dir, jwks) = jwks_copy()?;
    let app = portal_app(&jwks).await?;
    // The tokens of before people were named: the partner in `sub`.
    let mut old = portal_claims(CONTOSO, &["account_admin"]);
    old["sub"] = CONTOSO.into();
    if let Some(claims) = old.as_object_mut() {
        claims.remove("partner_id");
    }
    for claims in [
        old.clone(),
        serde_json::json!({"partner_id": ""}),
        serde_json::json!({"partner_id": " "}),
        serde_json::json!({"partner_id": null}),
        serde_json::json!({"partner_id": true}),
        serde_json::json!({"partner_id": 44.5}),
        serde_json::json!({"partner_id": {"id": CONTOSO}}),
    ]
    .into_iter()
    .map(|change| {
        let mut claims = old.clone();
        if let (Some(c), Some(change)) = (claims.as_object_mut(), change.as_object()) {
            c.extend(change.clone());
        }
        claims
    }) {
        let answer = app.get("/api/v1/me", &rs256_token(&claims)).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{claims}");
        assert_eq!(answer.header("content-type"), "application/problem+json");
    }
    Ok(())
}

#[tokio::test]
async fn a_numeric_partner_claim_names_the_partner_in_decimal() -> TestResult {
    let (_dir, jwks) = jwks_copy()?;
    let app = portal_app(&jwks).await?;
    let mut claims = portal_claims(CONTOSO, &["account_admin"]);
    claims["partner_id"] = 4412345.into();
    let me = app.get("/api/v1/me", &es256_token(&claims)).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.text());
    // The same partner as its string form: Contoso's stored export.
    assert_eq!(me.json()["partner_id"], CONTOSO);
    assert_eq!(me.json()["company_name"], "Contoso Ltd");
    assert_eq!(me.json()["pinpoint_account"]["status"], "active");
    Ok(())
}

#[tokio::test]
async fn two_people_of_one_partner_share_its_data_and_are_told_apart() -> TestResult {
    let app = TestApp::new().await?;
    let alex = person_token(
        CONTOSO,
        "alex@contoso",
        Some("Alex Martin"),
        &["account_admin"],
    );
    let sam = person_token(CONTOSO, "sam@contoso", Some(" Sam Lee "), &["global_admin"]);
    let me = app.get("/api/v1/me", &sam).await.json();
    assert_eq!(me["partner_id"], CONTOSO);
    assert_eq!(
        me["person"],
        serde_json::json!({"id": "sam@contoso", "name": "Sam Lee"})
    );

    let imported = app.commit(&alex, "alex-imports", contoso_request()).await;
    assert_eq!(imported.status, StatusCode::CREATED, "{}", imported.text());
    assert_eq!(
        imported.json()["actor"],
        serde_json::json!({
            "partner_id": CONTOSO,
            "person": {"id": "alex@contoso", "name": "Alex Martin"},
            "roles": ["account_admin"]
        })
    );
    // Sam sees what Alex imported, and Alex's import as Alex's.
    let listed = app.get("/api/v1/business-profiles", &sam).await.json();
    assert_eq!(listed["items"].as_array().map(Vec::len), Some(2));
    let id = imported.json()["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let fetched = app.get(&format!("/api/v1/imports/{id}"), &sam).await;
    assert_eq!(
        fetched.body, imported.body,
        "the same bytes for every person"
    );

    let created = app.create_profile(&sam, new_profile("DE")).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let trail = app.get("/api/v1/audit?limit=10", &alex).await.json();
    let people: Vec<serde_json::Value> = trail["items"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|record| record["actor"]["person"].clone())
        .collect();
    assert_eq!(
        people,
        [
            serde_json::json!({"id": "sam@contoso", "name": "Sam Lee"}),
            serde_json::json!({"id": "alex@contoso", "name": "Alex Martin"}),
        ],
        "newest first, each person named"
    );
    // A name that is not one (a control character) is dropped, the
    // person kept.
    let nameless = person_token(CONTOSO, "kim@contoso", Some("Kim\u{7}"), &[]);
    let me = app.get("/api/v1/me", &nameless).await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(
        me.json()["person"],
        serde_json::json!({"id": "kim@contoso"})
    );
    Ok(())
}

#[tokio::test]
async fn a_sub_that_is_another_partners_id_grants_nothing_of_that_partner() -> TestResult {
    let app = TestApp::new().await?;
    let contoso = admin(CONTOSO);
    let created = app.create_profile(&contoso, new_profile("DE")).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    // A person of Fabrikam whose user id happens to be Contoso's partner id.
    let tricky = person_token(FABRIKAM, CONTOSO, None, &["account_admin"]);
    let me = app.get("/api/v1/me", &tricky).await.json();
    assert_eq!(me["partner_id"], FABRIKAM);
    assert_eq!(me["person"]["id"], CONTOSO);
    let listed = app.get("/api/v1/business-profiles", &tricky).await.json();
    assert_eq!(listed["items"].as_array().map(Vec::len), Some(0));
    let id = created.json()["id"].as_str().unwrap_or_default().to_owned();
    let theirs = app
        .get(&format!("/api/v1/business-profiles/{id}"), &tricky)
        .await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let audit = app.get("/api/v1/audit", &tricky).await.json();
    assert_eq!(audit["items"].as_array().map(Vec::len), Some(0));
    Ok(())
}

#[tokio::test]
async fn the_real_binary_reads_the_partner_from_a_configured_claim() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut child = server_command()
        .args(SERVE_ON_ANY_PORT)
        .args(["--jwt-secret", SECRET, "--jwt-partner-claim", "tid"])
        .arg("--data-dir")
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let base = listening_on(&mut child).await?;
    let client = reqwest::Client::new();
    let now = unix_now();
    let claims = |extra: serde_json::Value| {
        let mut claims = serde_json::json!({
            "sub": "alex@tenant", "name": "Alex Martin", "roles": ["account_admin"],
            "exp": now + 600, "aud": DEFAULT_AUDIENCE,
        });
        if let (Some(c), Some(extra)) = (claims.as_object_mut(), extra.as_object()) {
            c.extend(extra.clone());
        }
        sign_test_claims(&claims, SECRET)
    };
    for (token, expected, partner) in [
        (
            claims(serde_json::json!({"tid": "9900004"})),
            200,
            "9900004",
        ),
        (claims(serde_json::json!({"tid": 9900005})), 200, "9900005"),
        // `partner_id` is not the configured claim.
        (claims(serde_json::json!({"partner_id": CONTOSO})), 401, ""),
        (admin(CONTOSO), 401, ""),
    ] {
        let answer = client
            .get(format!("{base}/api/v1/me"))
            .bearer_auth(&token)
            .send()
            .await?;
        assert_eq!(answer.status().as_u16(), expected, "{partner}");
        if expected == 200 {
            let me: serde_json::Value = serde_json::from_slice(&answer.bytes().await?)?;
            assert_eq!(me["partner_id"], partner);
            assert_eq!(me["person"]["id"], "alex@tenant");
        }
    }
    child.kill().await?;

    // A reserved claim is refused before anything starts.
    let out = server_command()
        .args(SERVE_ON_ANY_PORT)
        .args(["--jwt-secret", SECRET])
        .env("TRANSITION_JWT_PARTNER_CLAIM", "sub")
        .arg("--data-dir")
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output();
    let out = tokio::time::timeout(Duration::from_secs(60), out).await??;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--jwt-partner-claim"), "{stderr}");
    Ok(())
}

#[tokio::test]
async fn demo_tokens_name_a_demo_person_and_the_partner() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut child = server_command()
        .args(SERVE_ON_ANY_PORT)
        .arg("--demo")
        .arg("--data-dir")
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let base = listening_on(&mut child).await?;
    let client = reqwest::Client::new();
    let mint = |body: &'static str| {
        client
            .post(format!("{base}/api/v1/dev/token"))
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let default: serde_json::Value =
        serde_json::from_slice(&mint(r#"{"partner_id":"4412345"}"#).await?.bytes().await?)?;
    assert_eq!(default["user_id"], "demo-alex");
    assert_eq!(default["name"], "Alex Martin");
    let sam: serde_json::Value = serde_json::from_slice(
        &mint(r#"{"partner_id":"4412345","user_id":"demo-sam"}"#)
            .await?
            .bytes()
            .await?,
    )?;
    assert_eq!(sam["name"], "Sam Lee");
    let me: serde_json::Value = serde_json::from_slice(
        &client
            .get(format!("{base}/api/v1/me"))
            .bearer_auth(sam["token"].as_str().unwrap_or_default())
            .send()
            .await?
            .bytes()
            .await?,
    )?;
    assert_eq!(me["partner_id"], CONTOSO);
    assert_eq!(
        me["person"],
        serde_json::json!({"id": "demo-sam", "name": "Sam Lee"})
    );
    let blank = mint(r#"{"partner_id":"4412345","user_id":" "}"#).await?;
    assert_eq!(blank.status().as_u16(), 400);
    child.kill().await?;
    Ok(())
}

#[tokio::test]
async fn a_jwks_url_over_plain_http_is_refused_at_start() -> TestResult {
    let (url, _, fetched) = jwks_server(std::fs::read_to_string(JWKS_FILE)?).await?;
    let data = tempfile::tempdir()?;
    let out = server_command()
        .args(["serve", "--addr", "127.0.0.1:0", "--jwks-url", &url])
        .arg("--data-dir")
        .arg(data.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output();
    let out = tokio::time::timeout(Duration::from_secs(60), out).await??;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("https://"), "says why: {stderr}");
    let hits = fetched.lock().map(|n| *n).unwrap_or(usize::MAX);
    assert_eq!(hits, 0, "never fetched over plain HTTP");
    Ok(())
}
