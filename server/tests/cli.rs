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

/// The server binary, with no language from the environment: each test
/// names its own (`--lang`, `LANG`), else English.
fn server() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_transition-server"));
    for name in ["LANG", "LC_ALL", "LC_MESSAGES", "TRANSITION_LANG"] {
        command.env_remove(name);
    }
    command
}

fn run(args: &[&str]) -> std::io::Result<Output> {
    server().args(args).output()
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> std::io::Result<Output> {
    let mut child = server()
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
            "La description compte 2\u{202f}667 caractères",
        ),
        ("/profiles/0/website", "n’est pas une adresse web"),
        ("/profiles/0/linkedin", "page entreprise LinkedIn"),
        (
            "/profiles/0/logo/format",
            "chargez un remplaçant en GIF, JPG ou PNG",
        ),
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
    assert!(text.contains("Regional Service Center"), "{text}");
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
fn check_speaks_russian_by_flag_and_by_the_environments_locale() -> Result {
    let by_flag = run(&[
        "check",
        &fixture("fabrikam.json"),
        "--format",
        "text",
        "--lang",
        "ru",
    ])?;
    let by_env = server()
        .args(["check", &fixture("fabrikam.json"), "--format", "text"])
        .env("LANG", "ru_RU.UTF-8")
        .output()?;
    for out in [&by_flag, &by_env] {
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8_lossy(&out.stdout);
        // The verdict, its count agreeing with its noun (9 → "правил"),
        // the numbers grouped as Russian groups them, and the issue
        // messages, all in Russian.
        assert!(text.contains("Файл экспорта нарушает 9 правил."), "{text}");
        assert!(
            text.contains("Описание содержит 2\u{a0}667 символов"),
            "{text}"
        );
        assert!(!text.contains("rules"), "{text}");
    }
    assert_eq!(by_flag.stdout, by_env.stdout);
    // An unknown language is refused with the list of ours.
    let unknown = run(&["check", &fixture("contoso.json"), "--lang", "nl"])?;
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("pt-BR"));
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

/// Runs `serve` with `args` and `envs` (no other `TRANSITION_*` setting of
/// this environment), in a data directory that does not exist yet. A
/// server that starts after all is killed after 30 s, so a regression
/// fails instead of hanging.
fn serve_refused(args: &[&str], envs: &[(&str, &str)]) -> std::io::Result<(Output, bool)> {
    let data = std::env::temp_dir().join(format!(
        "transition-cli-refused-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default()
    ));
    let mut command = Command::new(env!("CARGO_BIN_EXE_transition-server"));
    for (name, _) in std::env::vars() {
        if name.starts_with("TRANSITION_") {
            command.env_remove(name);
        }
    }
    let mut child = command
        .args(["serve", "--addr", "127.0.0.1:0", "--dist", "/nonexistent"])
        .args(["--jwt-secret", "0123456789abcdef0123456789abcdef"])
        .arg("--data-dir")
        .arg(&data)
        .args(args)
        .envs(envs.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let started = std::time::Instant::now();
    while child.try_wait()?.is_none() && started.elapsed() < std::time::Duration::from_secs(30) {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    if child.try_wait()?.is_none() {
        child.kill()?;
    }
    let out = child.wait_with_output()?;
    let wrote = data.exists();
    if wrote {
        std::fs::remove_dir_all(&data)?;
    }
    Ok((out, wrote))
}

/// `(flags, variables, what the message says)` of a refused `serve`.
type RefusedServe = (
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
    &'static [&'static str],
);

#[test]
fn serve_refuses_a_bad_origin_or_a_short_operator_token_at_start() -> Result {
    let cases: [RefusedServe; 6] = [
        (
            &["--allowed-origin", "*"],
            &[],
            &["--allowed-origin", "\"*\" is not an origin", "wildcards"],
        ),
        (
            &[
                "--allowed-origin",
                "https://portal.example; script-src https://evil.example",
            ],
            &[],
            &["\"https://portal.example; script-src https://evil.example\""],
        ),
        (
            &[],
            &[(
                "TRANSITION_ALLOWED_ORIGINS",
                "https://portal.example,https://b.example;frame-ancestors",
            )],
            &[
                "TRANSITION_ALLOWED_ORIGINS",
                "\"https://b.example;frame-ancestors\"",
                "semicolon",
            ],
        ),
        (
            &["--allowed-origin", "https://portal.example/app"],
            &[],
            &["\"https://portal.example/app\"", "no path"],
        ),
        (
            &["--operator-token", "short-operator-token"],
            &[],
            &["--operator-token", "at least 32 bytes"],
        ),
        (
            &[],
            &[("TRANSITION_OPERATOR_TOKEN", "short-operator-token")],
            &["TRANSITION_OPERATOR_TOKEN", "at least 32 bytes"],
        ),
    ];
    for (args, envs, said) in cases {
        let (out, wrote) = serve_refused(args, envs)?;
        let stderr = String::from_utf8(out.stderr)?;
        assert_eq!(out.status.code(), Some(2), "{args:?} {envs:?}: {stderr}");
        for words in said {
            assert!(
                stderr.contains(words),
                "{args:?} {envs:?} names {words}: {stderr}"
            );
        }
        assert!(
            !stderr.contains("short-operator-token"),
            "the token is not printed"
        );
        assert!(
            !wrote,
            "{args:?} {envs:?}: refused before the data directory is made"
        );
    }
    Ok(())
}
