//! The server as a process: it stops cleanly on SIGTERM, and its logs
//! carry neither tokens nor referrals' personal data.

use std::process::Stdio;
use std::time::Duration;

use tokio::io::AsyncReadExt;
use tokio::process::Command;
use transition_tests::*;

#[tokio::test]
async fn sigterm_stops_gracefully_and_logs_hold_no_secrets() -> TestResult {
    let dir = tempfile::tempdir()?;
    let storage = Storage::fresh(dir.path()).await?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_transition-test-server"))
        .args(SERVE_ON_ANY_PORT)
        .arg("--demo")
        .args(storage.args())
        .env_remove("TRANSITION_JWT_SECRET")
        .env("RUST_LOG", "debug")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()?;
    let base = listening_on(&mut child).await?;

    let client = reqwest::Client::new();
    // Demo mode signs with a key of its own: the token comes from it.
    let minted = client
        .post(format!("{base}/api/v1/dev/token"))
        .header("content-type", "application/json")
        .body(serde_json::json!({"partner_id": CONTOSO}).to_string())
        .send()
        .await?
        .bytes()
        .await?;
    let minted: serde_json::Value = serde_json::from_slice(&minted)?;
    let token = minted["token"].as_str().ok_or("no demo token")?.to_owned();
    for path in [
        "/api/v1/me",
        "/api/v1/pinpoint/account/referrals.csv",
        "/api/v1/pinpoint/account",
    ] {
        let answer = client
            .get(format!("{base}{path}"))
            .bearer_auth(&token)
            .send()
            .await?;
        assert_eq!(answer.status(), 200, "{path}");
    }

    let pid = child.id().ok_or("no pid")?;
    let status = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .await?;
    assert!(status.success());
    let exit = tokio::time::timeout(Duration::from_secs(30), child.wait()).await??;
    assert!(exit.success(), "a clean exit on SIGTERM, got {exit}");

    let mut logs = String::new();
    if let Some(mut stderr) = child.stderr.take() {
        stderr.read_to_string(&mut logs).await?;
    }
    assert!(logs.contains("shutting down"), "{logs}");
    assert!(logs.contains("/api/v1/me"), "requests are logged: {logs}");
    assert!(!logs.contains(&token), "a token leaked into the logs");
    let signature = token.rsplit('.').next().unwrap_or_default();
    assert!(
        !logs.contains(signature),
        "a token signature leaked into the logs"
    );
    for personal in [
        "Claire Martin",
        "claire@martin.example",
        "Boulangeries Martin",
        "Jan Peeters",
    ] {
        assert!(
            !logs.contains(personal),
            "referral data leaked into the logs: {personal}"
        );
    }
    Ok(())
}
