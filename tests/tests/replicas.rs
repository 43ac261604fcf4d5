//! Several replicas, one store: two server processes share one database
//! (one SQLite file, or one PostgreSQL database when the suite runs on
//! PostgreSQL). Concurrent commits spread over both make exactly one
//! import; a retry through the other replica replays it byte for byte or
//! is told to wait; nothing answers 500. On the tests' own PostgreSQL
//! cluster, readiness follows the database going away and coming back.

use std::process::Stdio;
use std::time::Duration;

use tokio::process::Command;
use transition_tests::*;

/// One test at a time: the readiness test stops the database the other
/// one uses.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn replica(storage: &Storage) -> Result<Replica, Box<dyn std::error::Error + Send + Sync>> {
    // Fifty commits and forty edits of one partner at once, all from this
    // address: not what the rate limits are for.
    let unlimited = "1000000";
    Replica::start(
        env!("CARGO_BIN_EXE_transition-test-server"),
        storage,
        &[],
        &[
            ("TRANSITION_COMMITS_PER_MINUTE_PER_PARTNER", unlimited),
            ("TRANSITION_COMMITS_PER_MINUTE_PER_IP", unlimited),
            ("TRANSITION_WRITES_PER_MINUTE_PER_PARTNER", unlimited),
            ("TRANSITION_WRITES_PER_MINUTE_PER_IP", unlimited),
        ],
    )
    .await
}

/// Contoso's export for another partner, ingested by the operator CLI.
async fn ingest_accounts(
    storage: &Storage,
    dir: &std::path::Path,
    partners: &[&str],
) -> TestResult {
    let template: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("contoso.json"))?)?;
    let mut command = Command::new(env!("CARGO_BIN_EXE_transition-test-server"));
    command.arg("ingest");
    for partner in partners {
        let mut export = template.clone();
        export["account"]["id"] = format!("pp-{partner}").into();
        export["account"]["partner_id"] = (*partner).into();
        let path = dir.join(format!("{partner}.json"));
        std::fs::write(&path, export.to_string())?;
        command.arg(path);
    }
    let out = command
        .args(storage.args())
        .env("RUST_LOG", "error")
        .output()
        .await?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

async fn commit(
    client: &reqwest::Client,
    base: &str,
    partner: &str,
    key: &str,
) -> Result<(u16, String), reqwest::Error> {
    let token = admin(partner);
    let mut request = client
        .post(format!("{base}/api/v1/imports"))
        .bearer_auth(&token)
        .header("idempotency-key", key)
        .header("content-type", "application/json")
        .body(contoso_request().to_string());
    // Once one of the fifty went through, the account is closed: no
    // preview, no digest, and the others replay or hear 409.
    if let Ok(digest) = plan_digest(client, base, &token, &contoso_request()).await {
        request = request.header("if-match", digest);
    }
    let response = request.send().await?;
    let status = response.status().as_u16();
    Ok((status, response.text().await?))
}

/// 50 commits at once for `partner`, every other one through each replica,
/// under `key(n)`.
async fn fifty_commits(
    client: &reqwest::Client,
    replicas: [&str; 2],
    partner: &str,
    key: impl Fn(usize) -> String,
) -> Result<Vec<(u16, String)>, Box<dyn std::error::Error + Send + Sync>> {
    let tasks: Vec<_> = (0..50)
        .map(|n| {
            let (client, base, partner, key) = (
                client.clone(),
                replicas[n % 2].to_owned(),
                partner.to_owned(),
                key(n),
            );
            tokio::spawn(async move { commit(&client, &base, &partner, &key).await })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await??);
    }
    Ok(answers)
}

fn code(body: &str) -> String {
    serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v["code"].as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The partner's account is closed with both profiles and one audit
/// record, seen through `base`.
async fn imported_once(client: &reqwest::Client, base: &str, partner: &str) -> TestResult {
    let me = get_json(client, &format!("{base}/api/v1/me"), &admin(partner)).await?;
    assert_eq!(me["pinpoint_account"]["status"], "closed", "{me}");
    let profiles = get_json(
        client,
        &format!("{base}/api/v1/business-profiles"),
        &admin(partner),
    )
    .await?;
    assert_eq!(
        profiles["items"].as_array().map(Vec::len),
        Some(2),
        "{profiles}"
    );
    let audit = get_json(
        client,
        &format!("{base}/api/v1/operator/audit?partner_id={partner}"),
        OPERATOR_TOKEN,
    )
    .await?;
    let imports = audit["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|record| record["change"]["action"] == "import")
        .count();
    assert_eq!(imports, 1, "{audit}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_on_one_store_make_exactly_one_import() -> TestResult {
    let _turn = ONE_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir()?;
    let storage = Storage::fresh(&dir.path().join("data")).await?;
    let (one_key, many_keys) = ("8100001", "8100002");
    ingest_accounts(&storage, dir.path(), &[one_key, many_keys]).await?;
    let a = replica(&storage).await?;
    let b = replica(&storage).await?;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()?;
    let replicas = [a.base.as_str(), b.base.as_str()];

    // One key: one import; every other answer is its replay, byte for
    // byte, or "in progress".
    let answers = fifty_commits(&client, replicas, one_key, |_| "one-key".to_owned()).await?;
    let created: Vec<&String> = answers
        .iter()
        .filter(|(status, _)| *status == 201)
        .map(|(_, body)| body)
        .collect();
    for (status, body) in &answers {
        assert!(
            *status == 201 || (*status == 409 && code(body) == "idempotency_key_in_progress"),
            "one key: {status} {body}"
        );
    }
    let first = created.first().ok_or("one key: no commit succeeded")?;
    assert!(
        created.iter().all(|body| body == first),
        "one key: replays differ"
    );
    for base in replicas {
        let (status, body) = commit(&client, base, one_key, "one-key").await?;
        assert_eq!((status, &body), (201, *first), "a retry through {base}");
    }
    imported_once(&client, &b.base, one_key).await?;

    // A key each: one import; the others hear that the account is closed.
    let answers = fifty_commits(&client, replicas, many_keys, |n| format!("key-{n}")).await?;
    let mut created = 0;
    for (status, body) in &answers {
        match (*status, code(body).as_str()) {
            (201, _) => created += 1,
            (409, "pinpoint_account_closed") => {}
            other => panic!("a key each: {other:?} {body}"),
        }
    }
    assert_eq!(created, 1, "a key each: {answers:?}");
    imported_once(&client, &a.base, many_keys).await?;

    // 40 edits of one profile at once, over both replicas: each is applied
    // whole or refused with profile_busy (retry later); none is a 500,
    // and the profile ends as one of them left it.
    let profiles = get_json(
        &client,
        &format!("{}/api/v1/business-profiles", a.base),
        &admin(one_key),
    )
    .await?;
    let id = profiles["items"][0]["id"]
        .as_str()
        .ok_or("no profile")?
        .to_owned();
    let edits: Vec<_> = (0..40)
        .map(|n| {
            let (client, base, id) = (client.clone(), replicas[n % 2].to_owned(), id.clone());
            tokio::spawn(async move {
                let answer = client
                    .patch(format!("{base}/api/v1/business-profiles/{id}"))
                    .bearer_auth(admin(one_key))
                    .header("content-type", "application/json")
                    .body(serde_json::json!({"name": format!("Edit {n}")}).to_string())
                    .send()
                    .await?;
                let status = answer.status().as_u16();
                let retry = answer.headers().contains_key("retry-after");
                Ok::<_, reqwest::Error>((status, retry, answer.text().await?))
            })
        })
        .collect();
    let mut applied = 0;
    for edit in edits {
        let (status, retry, body) = edit.await??;
        match (status, code(&body).as_str()) {
            (200, _) => applied += 1,
            (409, "profile_busy") => assert!(retry, "profile_busy without Retry-After"),
            other => panic!("an edit answered {other:?}: {body}"),
        }
    }
    assert!(applied >= 1, "no edit was applied");
    let after = get_json(
        &client,
        &format!("{}/api/v1/business-profiles/{id}", b.base),
        &admin(one_key),
    )
    .await?;
    let name = after["name"].as_str().unwrap_or_default();
    assert!(name.starts_with("Edit "), "{after}");
    println!(
        "replicas: 40 concurrent edits of one profile, {applied} applied, the rest profile_busy"
    );
    println!(
        "replicas: 50 commits with one key and 50 with a key each, over two replicas on {}",
        match storage {
            Storage::DataDir(_) => "one SQLite file",
            Storage::Postgres(_) => "one PostgreSQL database",
        }
    );
    drop((a, b));
    Ok(())
}

/// The throwaway cluster's directory (`scripts/pg.sh`), when the tests
/// own it and may stop and start it.
const PG_DIR_ENV: &str = "TRANSITION_TEST_POSTGRES_DIR";

async fn ready_status(client: &reqwest::Client, base: &str) -> u16 {
    match client.get(format!("{base}/api/v1/ready")).send().await {
        Ok(answer) => answer.status().as_u16(),
        Err(_) => 0,
    }
}

async fn pg(action: &str, dir: &str) -> TestResult {
    let status = Command::new(root().join("scripts/pg.sh"))
        .args([action, dir])
        .stdout(Stdio::null())
        .status()
        .await?;
    assert!(status.success(), "scripts/pg.sh {action} failed");
    Ok(())
}

/// Polls readiness until it answers `want` (30 s at most).
async fn ready_becomes(client: &reqwest::Client, base: &str, want: u16) -> TestResult {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let status = ready_status(client, base).await;
        if status == want {
            return Ok(());
        }
        if tokio::time::Instant::now() > deadline {
            return Err(format!("/api/v1/ready still answers {status}, not {want}").into());
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_follows_postgresql_stopping_and_starting() -> TestResult {
    let (Some(_), Ok(pg_dir)) = (postgres_server(), std::env::var(PG_DIR_ENV)) else {
        // Only on a cluster the tests own (scripts/test.sh sets both); a
        // developer's own server is never stopped.
        println!("readiness: skipped, no throwaway PostgreSQL cluster ({PG_DIR_ENV})");
        return Ok(());
    };
    let _turn = ONE_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir()?;
    let storage = Storage::fresh(dir.path()).await?;
    let mut server = replica(&storage).await?;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()?;
    assert_eq!(ready_status(&client, &server.base).await, 200);

    pg("stop", &pg_dir).await?;
    let stopped = ready_becomes(&client, &server.base, 503).await;
    // A partner's request meanwhile: a clear 503, not a 500.
    let during = client
        .get(format!("{}/api/v1/business-profiles", server.base))
        .bearer_auth(admin(CONTOSO))
        .send()
        .await;
    let during = match during {
        Ok(answer) => (
            answer.status().as_u16(),
            answer.text().await.unwrap_or_default(),
        ),
        Err(error) => (0, error.to_string()),
    };
    let alive = server.child.try_wait()?.is_none();
    // Started again whatever happened, for the tests that follow.
    pg("start", &pg_dir).await?;
    stopped?;
    assert!(alive, "the server exited while PostgreSQL was down");
    assert!(
        during.0 == 503 && during.1.contains("storage_unavailable"),
        "a request while PostgreSQL was down: {during:?}"
    );
    ready_becomes(&client, &server.base, 200).await?;
    assert!(server.child.try_wait()?.is_none(), "the server exited");
    Ok(())
}
