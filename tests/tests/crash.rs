//! Crash safety: the real server binary is killed (SIGKILL) at random
//! moments and at compiled-in crash points while it commits imports, then
//! restarted. Every account must be either untouched (active, no profile,
//! no audit) or fully imported (closed, every profile and solution, the
//! import record and its audit) — and a retry with the same key must then
//! finish the job exactly once.
//!
//! Two replicas share the store (one SQLite file, or one PostgreSQL
//! database when the suite runs on PostgreSQL): one is killed again and
//! again while the other keeps serving, and the retries go through both.
//! A claim left by a killed replica expires (`--commit-lease-secs 3`), so
//! its retry goes through after a few `409 idempotency_key_in_progress`.
//!
//! Every third partner's import goes through a second admin's approval
//! (issue 23): its draft is submitted by one admin, and the commit is
//! another admin's approval, killed at the same points; such an account
//! ends with its submission still waiting, or imported once under both
//! names, and never approved twice.
//!
//! `TRANSITION_CRASH_CYCLES` sets the number of kill cycles (100 by default).

use std::time::Duration;

use tokio::process::Command;
use transition_tests::*;

/// A small deterministic generator (no dependency needed for this).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// Starts the binary on a free port and waits until it listens.
async fn start(
    data: &Storage,
    failpoint: Option<&str>,
) -> Result<Replica, Box<dyn std::error::Error + Send + Sync>> {
    let mut env = vec![
        // A hundred partners' commits and replays, all from this address.
        ("TRANSITION_COMMITS_PER_MINUTE_PER_IP", "1000000"),
    ];
    if let Some(point) = failpoint {
        env.push(("TRANSITION_FAILPOINT", point));
    }
    Replica::start(
        env!("CARGO_BIN_EXE_transition-test-server"),
        data,
        &["--request-timeout-secs", "2", "--commit-lease-secs", "3"],
        &env,
    )
    .await
}

fn partner(n: usize) -> String {
    format!("80{n:05}")
}

fn key(n: usize) -> String {
    format!("crash-key-{n}")
}

/// Whether partner `n`'s import is a second admin's approval.
fn approving(n: usize) -> bool {
    n % 3 == 1
}

/// The admin who submits partner `n`'s draft for approval (the approver
/// is `admin(partner)`, another person).
fn submitter(n: usize) -> String {
    person_token(
        &partner(n),
        "submitter",
        Some("Sam Lee"),
        &["account_admin"],
    )
}

/// Saves partner `n`'s draft (everything, acknowledged) and submits it,
/// as its submitter.
async fn submit(
    client: &reqwest::Client,
    base: &str,
    n: usize,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let token = submitter(n);
    let content = serde_json::json!({
        "selections": [{"pinpoint_profile_id": "bp-fr"}, {"pinpoint_profile_id": "bp-be"}],
        "chosen": ["bp-fr", "bp-be"],
        "acknowledgements": acknowledged()
    });
    let saved = client
        .put(format!("{base}/api/v1/imports/draft"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body(serde_json::json!({ "content": content }).to_string())
        .send()
        .await?;
    assert_eq!(saved.status(), 200, "partner {n}: draft");
    let digest = plan_digest(client, base, &token, &contoso_request()).await?;
    let submitted = client
        .post(format!("{base}/api/v1/imports/draft/submission"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body(serde_json::json!({ "plan_digest": digest.trim_matches('"') }).to_string())
        .send()
        .await?;
    assert_eq!(submitted.status(), 200, "partner {n}: submission");
    Ok(())
}

/// Partner `n`'s commit: an import, or the approval of its submission.
async fn commit(
    client: &reqwest::Client,
    base: &str,
    n: usize,
) -> Result<(u16, String), reqwest::Error> {
    commit_with_key(client, base, n, &key(n)).await
}

async fn commit_with_key(
    client: &reqwest::Client,
    base: &str,
    n: usize,
    key: &str,
) -> Result<(u16, String), reqwest::Error> {
    let token = admin(&partner(n));
    if approving(n) {
        let response = client
            .post(format!("{base}/api/v1/imports/draft/submission/approve"))
            .bearer_auth(&token)
            .header("idempotency-key", key)
            .send()
            .await?;
        let status = response.status().as_u16();
        return Ok((status, response.text().await?));
    }
    let mut request = client
        .post(format!("{base}/api/v1/imports"))
        .bearer_auth(&token)
        .header("idempotency-key", key)
        .header("content-type", "application/json")
        .body(contoso_request().to_string());
    // A retry of an import that went through finds the account closed (no
    // preview, no digest): its key replays the answer all the same.
    if let Ok(digest) = plan_digest(client, base, &token, &contoso_request()).await {
        request = request.header("if-match", digest);
    }
    let response = request.send().await?;
    let status = response.status().as_u16();
    Ok((status, response.text().await?))
}

/// Commits like a partner who retries: again after `Retry-After` while
/// the key is in progress elsewhere (a killed replica's claim expiring).
async fn commit_retrying(
    client: &reqwest::Client,
    base: &str,
    n: usize,
    waits: &mut usize,
) -> Result<(u16, String), Box<dyn std::error::Error + Send + Sync>> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let (status, body) = commit(client, base, n).await?;
        if status != 409 || !body.contains("idempotency_key_in_progress") {
            return Ok((status, body));
        }
        *waits += 1;
        if tokio::time::Instant::now() > deadline {
            return Err(format!("partner {n}: still in progress after 30 s").into());
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// The account of partner `n` is all or nothing. Returns true if imported.
async fn check_all_or_nothing(
    client: &reqwest::Client,
    base: &str,
    n: usize,
) -> Result<bool, Box<dyn std::error::Error + Send + Sync>> {
    let token = admin(&partner(n));
    let me = get_json(client, &format!("{base}/api/v1/me"), &token).await?;
    let profiles = get_json(client, &format!("{base}/api/v1/business-profiles"), &token).await?;
    let profiles = profiles["items"].as_array().cloned().unwrap_or_default();
    let audit = get_json(
        client,
        &format!("{base}/api/v1/operator/audit?partner_id={}", partner(n)),
        OPERATOR_TOKEN,
    )
    .await?;
    // The approval's own steps are audited too: only imports count here.
    let audit: Vec<serde_json::Value> = audit["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|record| record["change"]["action"] == "import")
        .cloned()
        .collect();
    let draft = client
        .get(format!("{base}/api/v1/imports/draft"))
        .bearer_auth(&token)
        .send()
        .await?;
    let draft_status = draft.status().as_u16();
    let draft: serde_json::Value = serde_json::from_str(&draft.text().await?).unwrap_or_default();
    match me["pinpoint_account"]["status"].as_str() {
        Some("active") => {
            assert!(
                profiles.is_empty(),
                "partner {n}: active account with profiles"
            );
            assert!(
                audit.is_empty(),
                "partner {n}: active account with an import's audit record"
            );
            assert!(me["pinpoint_account"]["import_id"].is_null());
            if approving(n) {
                assert_eq!(
                    draft["submission"]["by"]["person"]["id"], "submitter",
                    "partner {n}: not imported, its submission still waits"
                );
            }
            Ok(false)
        }
        Some("closed") => {
            assert_eq!(
                profiles.len(),
                2,
                "partner {n}: closed without every profile"
            );
            let solutions: Vec<usize> = profiles
                .iter()
                .map(|p| p["solutions"].as_array().map(Vec::len).unwrap_or_default())
                .collect();
            assert_eq!(solutions, [1, 4], "partner {n}: solutions (BE, FR)");
            assert_eq!(
                audit.len(),
                1,
                "partner {n}: closed without exactly one audit record"
            );
            let import_id = me["pinpoint_account"]["import_id"]
                .as_str()
                .unwrap_or_default();
            assert_eq!(audit[0]["change"]["import_id"], import_id);
            assert_eq!(
                draft_status, 404,
                "partner {n}: the draft went with the import"
            );
            if approving(n) {
                let record = &audit[0];
                assert_eq!(
                    (
                        &record["change"]["prepared_by"]["person"]["id"],
                        &record["actor"]["person"]["id"]
                    ),
                    (
                        &serde_json::json!("submitter"),
                        &serde_json::json!(format!("user-{}", partner(n)))
                    ),
                    "partner {n}: imported under both names"
                );
            }
            let import = client
                .get(format!("{base}/api/v1/imports/{import_id}"))
                .bearer_auth(&token)
                .send()
                .await?;
            assert_eq!(
                import.status(),
                200,
                "partner {n}: the import record is missing"
            );
            Ok(true)
        }
        other => Err(format!("partner {n}: unexpected account state {other:?}: {me}").into()),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_at_any_moment_every_account_is_all_or_nothing() -> TestResult {
    let cycles: usize = std::env::var("TRANSITION_CRASH_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let seed = std::env::var("TRANSITION_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(unix_now);
    println!("crash test: {cycles} cycles, seed {seed} (TRANSITION_CRASH_SEED to replay)");
    let mut random = Lcg(seed);

    // One Contoso-shaped account per cycle, ingested by the operator CLI.
    let dir = tempfile::tempdir()?;
    let data = Storage::fresh(&dir.path().join("data")).await?;
    let exports = dir.path().join("exports");
    std::fs::create_dir_all(&exports)?;
    let template: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("contoso.json"))?)?;
    for n in 0..cycles {
        let mut export = template.clone();
        export["account"]["id"] = serde_json::json!(format!("pp-crash-{n}"));
        export["account"]["partner_id"] = serde_json::json!(partner(n));
        std::fs::write(exports.join(format!("{n:05}.json")), export.to_string())?;
    }
    let ingest = Command::new(env!("CARGO_BIN_EXE_transition-test-server"))
        .arg("ingest")
        .arg(&exports)
        .args(data.args())
        .env("RUST_LOG", "error")
        .output()
        .await?;
    assert!(
        ingest.status.success(),
        "{}",
        String::from_utf8_lossy(&ingest.stderr)
    );

    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()?;
    let points: [Option<&str>; 5] = [
        None,
        Some("after_plan"),
        Some("after_account_update"),
        Some("after_profile_inserts"),
        Some("before_response"),
    ];
    // The replica that is never killed.
    let steady = start(&data, None).await?;
    for n in (0..cycles).filter(|&n| approving(n)) {
        submit(&client, &steady.base, n).await?;
    }
    let (mut answered, mut cut_off, mut claim_checked) = (0, 0, false);
    for n in 0..cycles {
        let point = points[n % points.len()];
        let mut server = start(&data, point).await?;
        let base = server.base.clone();
        let request = tokio::spawn({
            let client = client.clone();
            async move { commit(&client, &base, n).await }
        });
        if point.is_none() {
            // A SIGKILL at a random moment of the commit.
            tokio::time::sleep(Duration::from_micros(random.next() % 20_000)).await;
        } else {
            // The crash point aborts the process by itself.
            let _ = tokio::time::timeout(Duration::from_secs(20), server.child.wait()).await;
        }
        server.child.start_kill().ok();
        server.child.wait().await?;
        // The other replica kept serving.
        let ready = client
            .get(format!("{}/api/v1/ready", steady.base))
            .send()
            .await?;
        assert_eq!(
            ready.status(),
            200,
            "cycle {n}: the steady replica is not ready"
        );
        match request.await? {
            Ok((status, _)) => {
                answered += 1;
                assert!(
                    point.is_none(),
                    "cycle {n}: answered {status} despite crash point {point:?}"
                );
            }
            Err(_) => cut_off += 1,
        }
        if point == Some("after_plan") && !claim_checked {
            // Killed holding its claim of the key: the steady replica
            // tells a retry to wait, until the claim expires; then the
            // retry imports.
            claim_checked = true;
            let (status, body) = commit(&client, &steady.base, n).await?;
            assert_eq!(
                (status, body.contains("idempotency_key_in_progress")),
                (409, true),
                "cycle {n}: a killed replica's claim holds: {body}"
            );
            let mut waited = 0;
            let (status, body) = commit_retrying(&client, &steady.base, n, &mut waited).await?;
            assert_eq!(status, 201, "cycle {n}: after the claim expired: {body}");
            println!("crash test: a killed replica's claim held {waited} retries (a second each), then expired");
        }
    }
    println!("crash test: {answered} commits answered before the kill, {cut_off} cut off");

    // Restart cleanly: every account is all or nothing.
    let server = start(&data, None).await?;
    let mut imported = 0;
    for n in 0..cycles {
        if check_all_or_nothing(&client, &server.base, n).await? {
            imported += 1;
        }
    }
    println!("crash test: {imported} of {cycles} accounts imported before the retries");
    assert!(
        imported < cycles,
        "the crash points left some accounts untouched"
    );
    assert!(
        imported > 0,
        "the before_response crash point leaves committed imports"
    );

    // The partner retries with the same key, through either replica:
    // each import finishes once, and the other replica replays it.
    let mut waits = 0;
    for n in 0..cycles {
        let (first, other) = if n % 2 == 0 {
            (&server.base, &steady.base)
        } else {
            (&steady.base, &server.base)
        };
        let (status, body) = commit_retrying(&client, first, n, &mut waits).await?;
        assert_eq!(status, 201, "partner {n}: retry answered {status}: {body}");
        assert!(
            check_all_or_nothing(&client, other, n).await?,
            "partner {n}"
        );
        let (again, replay) = commit(&client, other, n).await?;
        assert_eq!(
            (again, &replay),
            (201, &body),
            "partner {n}: a second retry, through the other replica, replays"
        );
        if approving(n) {
            // Never approved twice, whatever the key.
            let (status, body) = commit_with_key(&client, other, n, "another-key").await?;
            assert_eq!(status, 409, "partner {n}: approved again: {body}");
        }
    }
    println!(
        "crash test: the retries waited {waits} times (a second each) for a killed replica's claim to expire"
    );
    drop(server);
    drop(steady);
    Ok(())
}
