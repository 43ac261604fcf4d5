//! The operator's `ingest` and `referrals` commands, as run from a shell.

use std::process::Command;

use transition_tests::*;

fn server() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_transition-test-server"));
    command.env("RUST_LOG", "error");
    // English, whatever the machine's locale.
    for name in ["LANG", "LC_ALL", "LC_MESSAGES", "TRANSITION_LANG"] {
        command.env_remove(name);
    }
    command
}

#[test]
fn ingest_loads_good_exports_and_reports_bad_ones_without_loading_them() -> TestResult {
    let dir = tempfile::tempdir()?;
    let exports = dir.path().join("exports");
    std::fs::create_dir_all(&exports)?;
    std::fs::copy(fixture("contoso.json"), exports.join("a-contoso.json"))?;
    std::fs::copy(
        fixture("northwind-closed.json"),
        exports.join("b-northwind.json"),
    )?;
    std::fs::write(
        exports.join("c-broken.json"),
        r#"{"format": "pinpoint-export/v1", "account": {"id": 1}}"#,
    )?;
    std::fs::write(exports.join("notes.txt"), "not an export, not a .json file")?;
    let data = dir.path().join("data");

    let out = server()
        .arg("ingest")
        .arg(&exports)
        .arg("--data-dir")
        .arg(&data)
        .output()?;
    assert_eq!(
        out.status.code(),
        Some(1),
        "a refused file makes the run fail"
    );
    let stdout = String::from_utf8(out.stdout)?;
    let stderr = String::from_utf8(out.stderr)?;
    assert!(
        stdout.contains("Ingested 3 files: 2 created, 0 updated, 0 skipped (already imported), 0 skipped (id conflict), 1 refused."),
        "{stdout}"
    );
    assert!(
        stderr.contains("c-broken.json: refused, nothing loaded"),
        "{stderr}"
    );
    assert!(
        stderr.contains("/account/id [export_malformed]"),
        "{stderr}"
    );

    // Again: the active account is updated, the closed one left alone.
    let again = server()
        .arg("ingest")
        .arg(exports.join("a-contoso.json"))
        .arg(exports.join("b-northwind.json"))
        .arg("--data-dir")
        .arg(&data)
        .output()?;
    assert_eq!(again.status.code(), Some(0));
    assert!(String::from_utf8(again.stdout)?.contains("1 updated, 1 skipped (already imported)"));

    // Another account of Contoso's partner, and Contoso's account under
    // another partner: both are id conflicts, left out (exit status 1).
    let mut other_account: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("contoso.json"))?)?;
    other_account["account"]["id"] = "pp-contoso-2".into();
    let mut other_partner: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("contoso.json"))?)?;
    other_partner["account"]["partner_id"] = "9912345".into();
    std::fs::write(
        exports.join("c-other-account.json"),
        other_account.to_string(),
    )?;
    std::fs::write(
        exports.join("d-other-partner.json"),
        other_partner.to_string(),
    )?;
    let conflicts = server()
        .arg("ingest")
        .arg(exports.join("c-other-account.json"))
        .arg(exports.join("d-other-partner.json"))
        .arg("--data-dir")
        .arg(&data)
        .output()?;
    assert_eq!(conflicts.status.code(), Some(1));
    assert!(String::from_utf8(conflicts.stdout)?
        .contains("0 created, 0 updated, 0 skipped (already imported), 2 skipped (id conflict)"));

    let referrals = server()
        .args(["referrals", CONTOSO, "--format", "csv", "--data-dir"])
        .arg(&data)
        .output()?;
    assert_eq!(referrals.status.code(), Some(0));
    let export = transition_domain::parse_export(&std::fs::read(fixture("contoso.json"))?)?;
    assert_eq!(
        String::from_utf8(referrals.stdout)?,
        transition_domain::referrals::referrals_csv(
            &export.referrals,
            transition_domain::locales::messages(transition_domain::Lang::En)
        )
    );
    let unknown = server()
        .args(["referrals", "000", "--data-dir"])
        .arg(&data)
        .output()?;
    assert_eq!(unknown.status.code(), Some(1));
    Ok(())
}

/// `approval PARTNER_ID [on|off]`: prints the setting (null until the
/// partner or the operator chooses), sets it, and audits the operator's
/// change (no person, `by_operator`).
#[tokio::test]
async fn approval_prints_and_sets_the_second_admin_setting_audited() -> TestResult {
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");
    type Out = Result<(Option<i32>, String), Box<dyn std::error::Error + Send + Sync>>;
    let run = |args: &[&str]| -> Out {
        let out = server().args(args).arg("--data-dir").arg(&data).output()?;
        Ok((out.status.code(), String::from_utf8(out.stdout)?))
    };
    let (code, out) = run(&["approval", CONTOSO])?;
    assert_eq!(code, Some(0));
    assert_eq!(
        out.trim(),
        r#"{"imports_need_second_admin":null,"partner_id":"4412345"}"#
    );
    let (code, out) = run(&["approval", CONTOSO, "on"])?;
    assert_eq!(code, Some(0));
    assert!(out.contains(r#""imports_need_second_admin":true"#), "{out}");
    let (code, out) = run(&["approval", CONTOSO])?;
    assert_eq!(code, Some(0));
    assert!(out.contains(r#""imports_need_second_admin":true"#), "{out}");
    let (code, _) = run(&["approval", CONTOSO, "maybe"])?;
    assert_eq!(code, Some(2), "neither on nor off");

    let store = transition_server::store::SqliteStore::open(&data.join("transition.db")).await?;
    let records = transition_server::store::Store::audit_records(
        &store,
        Some(&transition_domain::PartnerId::parse(CONTOSO)?),
        &transition_server::store::AuditQuery::default(),
    )
    .await?;
    assert_eq!(records.len(), 1);
    let record = serde_json::to_value(&records[0])?;
    assert_eq!(record["change"]["action"], "approval_setting");
    assert_eq!(record["change"]["by_operator"], true);
    assert!(record["actor"].get("person").is_none());
    Ok(())
}

/// The data directory, the database and a backup hold customer referrals:
/// the server's own account alone reads them (issue 24, files).
#[cfg(unix)]
#[test]
fn the_data_directory_the_database_and_backups_are_the_owners_alone() -> TestResult {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &std::path::Path| -> std::io::Result<u32> {
        Ok(std::fs::metadata(path)?.permissions().mode() & 0o777)
    };
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");
    let out = server()
        .arg("ingest")
        .arg(fixture("contoso.json"))
        .arg("--data-dir")
        .arg(&data)
        .output()?;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mode(&data)?, 0o700);
    assert_eq!(mode(&data.join("transition.db"))?, 0o600);
    let backup = dir.path().join("copy.db");
    let out = server()
        .args(["backup", "--to"])
        .arg(&backup)
        .arg("--data-dir")
        .arg(&data)
        .output()?;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mode(&backup)?, 0o600);
    Ok(())
}
