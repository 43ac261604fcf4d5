//! The operator CLI as an operator runs it: the real binary, real files,
//! exit statuses and output.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../fixtures")
        .join(name)
        .display()
        .to_string()
}

fn run(args: &[&str]) -> std::io::Result<Output> {
    Command::new(env!("CARGO_BIN_EXE_transition-server"))
        .args(args)
        .output()
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> std::io::Result<Output> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_transition-server"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input)?;
    }
    child.wait_with_output()
}

fn json(output: &Output) -> serde_json::Result<serde_json::Value> {
    serde_json::from_slice(&output.stdout)
}

#[test]
fn plan_contoso_exits_0_with_one_dropped_product() -> Result {
    let out = run(&["plan", &fixture("contoso.json")])?;
    assert_eq!(out.status.code(), Some(0));
    let plan = json(&out)?;
    assert_eq!(plan["can_commit"], true);
    assert_eq!(plan["errors"], 0);
    assert_eq!(plan["warnings"], 1);
    assert_eq!(plan["issues"][0]["code"], "product_dropped");
    assert_eq!(plan["issues"][0]["severity"], "warning");
    assert_eq!(plan["issues"][0]["path"], "/business_profiles/0/products/2");
    assert_eq!(
        plan["not_imported"]["dropped_products"][0]["value"],
        "Salesforce CRM"
    );
    assert_eq!(plan["profiles"].as_array().map(Vec::len), Some(2));
    Ok(())
}

#[test]
fn plan_fabrikam_in_french_text_names_every_error_with_its_path() -> Result {
    let out = run(&[
        "plan",
        &fixture("fabrikam.json"),
        "--format",
        "text",
        "--lang",
        "fr",
    ])?;
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout)?;
    for (path, words) in [
        (
            "/profiles/0/description",
            "La description compte 2667 caractères",
        ),
        ("/profiles/0/website", "n’est pas une adresse web"),
        ("/profiles/0/linkedin", "page entreprise LinkedIn"),
        ("/profiles/0/logo/format", "utilisez GIF, JPG ou PNG"),
        ("/profiles/0/logo/width", "la limite est de 300 px"),
        ("/profiles/0/tags/1", "figure déjà"),
        ("/profiles/0/locations", "7 emplacements"),
        (
            "/profiles/0/locations/6/address/country",
            "hors de la région US",
        ),
        ("/profiles/0/solutions/1/name", "s’appelle déjà"),
        (
            "/business_profiles/0/products/2",
            "« AWS » n’est pas un produit Microsoft",
        ),
    ] {
        assert!(text.contains(path), "missing path {path} in:\n{text}");
        assert!(text.contains(words), "missing «{words}» in:\n{text}");
    }
    assert!(
        text.contains("ne peut pas être importé — 9 erreurs à corriger"),
        "{text}"
    );
    Ok(())
}

#[test]
fn contoso_in_french_text_speaks_the_documents_words_with_plurals() -> Result {
    let plan = run(&[
        "plan",
        &fixture("contoso.json"),
        "--format",
        "text",
        "--lang",
        "fr",
    ])?;
    let check = run(&[
        "check",
        &fixture("contoso.json"),
        "--format",
        "text",
        "--lang",
        "fr",
    ])?;
    let text = String::from_utf8(plan.stdout)? + &String::from_utf8(check.stdout)?;
    for words in [
        "2 profils commerciaux, 5 profils d’application ou de service, 4 références client, 3 avis des clients",
        "FR — Contoso France : 2 emplacements, 4 solutions",
        "BE — Contoso Belgium : 1 emplacement, 1 solution",
        "4 références client : jamais importées",
        "« Salesforce CRM » n’est pas un produit Microsoft : il n’est pas importé.",
    ] {
        assert!(text.contains(words), "missing «{words}» in:\n{text}");
    }
    for replaced in ["(s)", "profil d’entreprise", "recommandation", "fermé"] {
        assert!(!text.contains(replaced), "«{replaced}» in:\n{text}");
    }
    Ok(())
}

#[test]
fn plan_northwind_is_refused_as_closed() -> Result {
    let out = run(&[
        "plan",
        &fixture("northwind-closed.json"),
        "--format",
        "text",
    ])?;
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout)?;
    assert!(text.contains("[pinpoint_account_closed]"), "{text}");
    assert!(text.contains("regional service center"), "{text}");
    Ok(())
}

#[test]
fn check_reports_the_export_and_its_rules() -> Result {
    let out = run(&["check", &fixture("contoso.json")])?;
    assert_eq!(out.status.code(), Some(0));
    let report = json(&out)?;
    assert_eq!(report["valid"], true);
    assert_eq!(report["referrals"], 4);
    let out = run(&["check", &fixture("fabrikam.json"), "--lang", "fr"])?;
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)?["errors"], 9);
    Ok(())
}

#[test]
fn a_request_file_selects_and_edits() -> Result {
    let dir = std::env::temp_dir().join(format!("transition-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let request = dir.join("request.json");
    std::fs::write(
        &request,
        r#"{"selections":[{"pinpoint_profile_id":"bp-be","overrides":{"name":"Contoso België"}}]}"#,
    )?;
    let out = run(&[
        "plan",
        &fixture("contoso.json"),
        &request.display().to_string(),
    ])?;
    assert_eq!(
        out.status.code(),
        Some(0),
        "no error, though not acknowledged"
    );
    let plan = json(&out)?;
    assert_eq!(plan["can_commit"], false);
    assert_eq!(plan["profiles"][0]["name"], "Contoso België");
    std::fs::write(&request, r#"{"selections":[{"pinpoint_profile_id":7}]}"#)?;
    let out = run(&[
        "plan",
        &fixture("contoso.json"),
        &request.display().to_string(),
    ])?;
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr)?;
    assert!(
        stderr.contains("/selections/0/pinpoint_profile_id"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

#[test]
fn unreadable_or_unparsable_input_exits_2() -> Result {
    let out = run(&["check", "/nonexistent/export.json"])?;
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)?.contains("cannot read"));

    let out = run_with_stdin(
        &["check", "-", "--format", "text"],
        b"{\"format\": \"pinpoint-export/v1\", ",
    )?;
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stdout)?.contains("[export_not_json]"));

    let out = run_with_stdin(&["plan", "-"], b"{\"format\": \"pinpoint-export/v9\"}")?;
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json(&out)?["issues"][0]["code"], "export_format_unknown");

    let out = run_with_stdin(
        &["check", "-", "--max-export-bytes", "10"],
        b"{\"format\": \"pinpoint-export/v1\"}",
    )?;
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json(&out)?["issues"][0]["code"], "export_too_large");
    Ok(())
}

#[test]
fn standard_input_is_read_with_a_dash() -> Result {
    let bytes = std::fs::read(fixture("contoso.json"))?;
    let out = run_with_stdin(&["plan", "-", "--format", "text"], &bytes)?;
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout)?.contains("Verdict: can be imported."));
    Ok(())
}
