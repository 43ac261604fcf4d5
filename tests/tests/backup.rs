//! `transition-server backup --to FILE` while the real server commits
//! imports: the copy passes SQLite's integrity check, holds every import
//! acknowledged (201) before the backup started, and every account in it
//! is all or nothing.

use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::process::Command;
use transition_domain::export::AccountStatus;
use transition_domain::PartnerId;
use transition_server::store::{SqliteStore, Store};
use transition_tests::*;

const PARTNERS: usize = 20;

fn partner(n: usize) -> String {
    format!("77{n:05}")
}

fn key(n: usize) -> String {
    format!("backup-key-{n}")
}

fn server() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_transition-test-server"));
    let languages = ["LANG", "LC_ALL", "LC_MESSAGES", "TRANSITION_LANG"];
    for name in languages.into_iter().chain(NOT_INHERITED) {
        command.env_remove(name);
    }
    command.env("RUST_LOG", "error").kill_on_drop(true);
    command
}

/// Twenty Contoso-shaped exports, one per partner, and the fixtures.
fn write_exports(dir: &std::path::Path) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    std::fs::create_dir_all(dir)?;
    let template: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("contoso.json"))?)?;
    for n in 0..PARTNERS {
        let mut export = template.clone();
        export["account"]["id"] = serde_json::json!(format!("pp-backup-{n}"));
        export["account"]["partner_id"] = serde_json::json!(partner(n));
        export["account"]["company_name"] = serde_json::json!(format!("Backup Partner {n}"));
        std::fs::write(dir.join(format!("partner-{n:02}.json")), export.to_string())?;
    }
    for name in ["contoso.json", "fabrikam.json", "northwind-closed.json"] {
        std::fs::copy(fixture(name), dir.join(name))?;
    }
    Ok(())
}

async fn backup(
    data: &std::path::Path,
    to: &std::path::Path,
    force: bool,
) -> Result<std::process::Output, Box<dyn std::error::Error + Send + Sync>> {
    let mut command = server();
    command.arg("backup").arg("--to").arg(to);
    if force {
        command.arg("--force");
    }
    let out = command
        .arg("--data-dir")
        .arg(data)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output();
    Ok(tokio::time::timeout(Duration::from_secs(120), out).await??)
}

/// The generated exports of `write_exports`, ingested into `dir/data`
/// by the real binary; answers the data directory.
async fn ingested(
    dir: &std::path::Path,
) -> Result<std::path::PathBuf, Box<dyn std::error::Error + Send + Sync>> {
    let data = dir.join("data");
    let exports = dir.join("exports");
    write_exports(&exports)?;
    let ingest = server()
        .arg("ingest")
        .arg(&exports)
        .arg("--data-dir")
        .arg(&data)
        .output()
        .await?;
    if !ingest.status.success() {
        return Err(format!("ingest failed: {}", String::from_utf8_lossy(&ingest.stderr)).into());
    }
    Ok(data)
}

#[tokio::test]
async fn an_online_backup_holds_every_acknowledged_import() -> TestResult {
    let dir = tempfile::tempdir()?;
    let data = ingested(dir.path()).await?;

    let mut child = server()
        .args(["serve", "--addr", "127.0.0.1:0", "--dist", "/nonexistent"])
        .arg("--data-dir")
        .arg(&data)
        .env("TRANSITION_JWT_SECRET", SECRET)
        .env("TRANSITION_OPERATOR_TOKEN", OPERATOR_TOKEN)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let base = listening_on(&mut child).await?;
    let client = reqwest::Client::new();

    // Twenty partners commit at once; each notes when its 201 arrived.
    let (acknowledged, mut answers) = tokio::sync::mpsc::unbounded_channel();
    let mut commits = Vec::new();
    for n in 0..PARTNERS {
        let (client, base, acknowledged) = (client.clone(), base.clone(), acknowledged.clone());
        commits.push(tokio::spawn(async move {
            let token = admin(&partner(n));
            let digest = plan_digest(&client, &base, &token, &contoso_request())
                .await
                .unwrap_or_default();
            let response = client
                .post(format!("{base}/api/v1/imports"))
                .bearer_auth(token)
                .header("content-type", "application/json")
                .header("idempotency-key", key(n))
                .header("if-match", digest)
                .body(contoso_request().to_string())
                .send()
                .await;
            let at = Instant::now();
            let _ = acknowledged.send(n);
            response.map(|r| (n, r.status().as_u16(), at))
        }));
    }
    // The backup starts once a few imports are through, while the others run.
    for _ in 0..3 {
        tokio::time::timeout(Duration::from_secs(60), answers.recv())
            .await?
            .ok_or("the commits stopped")?;
    }
    let copy = dir.path().join("copy.db");
    let started = Instant::now();
    let out = backup(&data, &copy, false).await?;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Backup written to"));

    let mut before = Vec::new();
    for commit in commits {
        let (n, status, at) = commit.await??;
        assert_eq!(status, 201, "partner {n}");
        if at < started {
            before.push(n);
        }
    }
    println!(
        "{} of {PARTNERS} imports acknowledged before the backup started",
        before.len()
    );
    assert!(before.len() >= 3, "{before:?}");
    child.kill().await?;

    // The copy is sound...
    assert_eq!(SqliteStore::integrity_check(&copy).await?, ["ok"]);
    // ...holds every import acknowledged before it started, and every
    // account in it is untouched or fully imported.
    let store = SqliteStore::open(&copy).await?;
    for n in 0..PARTNERS {
        let id = PartnerId::parse(&partner(n))?;
        let account = store.account(&id).await?.ok_or("account missing")?;
        let profiles = store.profiles(&id).await?;
        let import = store
            .import_by_key(&id, &transition_domain::IdempotencyKey::parse(&key(n))?)
            .await?;
        match account.status {
            AccountStatus::Closed => {
                assert_eq!(profiles.len(), 2, "partner {n}");
                assert!(import.is_some(), "partner {n}");
                assert_eq!(account.closed_by_import, import.map(|i| i.id));
            }
            AccountStatus::Active => {
                assert!(!before.contains(&n), "acknowledged import {n} is missing");
                assert!(profiles.is_empty(), "partner {n}");
                assert!(import.is_none(), "partner {n}");
            }
        }
    }
    // The fixtures came along too.
    for id in [CONTOSO, FABRIKAM, NORTHWIND] {
        assert!(
            store.partner(&PartnerId::parse(id)?).await?.is_some(),
            "{id}"
        );
    }
    Ok(())
}

#[tokio::test]
async fn a_backup_never_overwrites_without_force() -> TestResult {
    let dir = tempfile::tempdir()?;
    let data = ingested(dir.path()).await?;

    let copy = dir.path().join("copy.db");
    std::fs::write(&copy, "precious")?;
    let refused = backup(&data, &copy, false).await?;
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("--force"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert_eq!(std::fs::read_to_string(&copy)?, "precious");

    let forced = backup(&data, &copy, true).await?;
    assert_eq!(
        forced.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&forced.stderr)
    );
    assert_eq!(SqliteStore::integrity_check(&copy).await?, ["ok"]);
    let store = SqliteStore::open(&copy).await?;
    assert_eq!(store.partners().await?.len(), PARTNERS + 3);
    // No temporary file is left next to the copy.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())?
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".partial-"))
        .collect();
    assert!(leftovers.is_empty());

    // Nothing to back up: a clear refusal, and no empty database created.
    let empty = dir.path().join("nothing");
    let out = server()
        .arg("backup")
        .arg("--to")
        .arg(dir.path().join("none.db"))
        .arg("--data-dir")
        .arg(&empty)
        .output()
        .await?;
    assert_eq!(out.status.code(), Some(2));
    assert!(!empty.join("transition.db").exists());
    Ok(())
}
