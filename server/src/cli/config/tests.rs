//! The flags of `serve`, refused before anything starts.

use clap::Parser;

use super::*;

fn args(line: &[&str]) -> Option<ServeArgs> {
    let mut argv = vec!["transition-server", "serve"];
    argv.extend_from_slice(line);
    match crate::cli::Cli::try_parse_from(argv).ok()?.command? {
        crate::cli::Command::Serve(args) => Some(*args),
        _ => None,
    }
}

fn refused(line: &[&str]) -> Option<String> {
    args(line).and_then(|a| check_identity(&a).err().map(|e| e.to_string()))
}

#[test]
fn identity_settings_are_checked_before_anything_starts() {
    let secret = "0123456789abcdef0123456789abcdef";
    assert!(refused(&["--demo"]).is_none());
    assert!(refused(&["--jwt-secret", secret]).is_none());
    assert!(refused(&["--jwks-url", "https://portal.test/jwks.json"]).is_none());
    for line in [
        &["--demo", "--jwt-secret", secret][..],
        &["--demo", "--jwks-file", "jwks.json"],
        &["--demo", "--jwks-url", "https://portal.test/jwks.json"],
        &["--demo", "--jwt-issuer", "https://portal.test"],
    ] {
        let message = refused(line).unwrap_or_default();
        assert!(
            message.contains("--demo refuses to start"),
            "{line:?}: {message}"
        );
    }
    assert!(refused(&[]).is_some_and(|m| m.contains("no way to check tokens")));
    assert!(refused(&["--jwt-secret", "short"]).is_some_and(|m| m.contains("32 bytes")));
    assert!(refused(&["--jwks-url", "ftp://portal.test/jwks"]).is_some());
    assert!(
        refused(&["--jwt-secret", secret, "--jwt-audience", DEMO_AUDIENCE])
            .is_some_and(|m| m.contains("demo audience"))
    );
    assert!(refused(&["--jwt-secret", secret, "--jwt-max-lifetime-secs", "0"]).is_some());
    // The partner claim: any but the reserved ones; demo keeps its own.
    assert!(refused(&["--jwt-secret", secret, "--jwt-partner-claim", "tid"]).is_none());
    for claim in [
        "",
        " ",
        "sub",
        "name",
        "roles",
        "exp",
        "aud",
        "iat",
        "iss",
        "nbf",
        "company_name",
        "csp",
    ] {
        assert!(
            refused(&["--jwt-secret", secret, "--jwt-partner-claim", claim]).is_some(),
            "{claim:?}"
        );
    }
    assert!(refused(&["--demo", "--jwt-partner-claim", "tid"])
        .is_some_and(|m| m.contains("--jwt-partner-claim")));
    // A file and a URL at once is a usage error.
    assert!(args(&["--jwks-file", "a.json", "--jwks-url", "https://p.test/j"]).is_none());
}

#[test]
fn limit_flags_are_checked_before_anything_starts() {
    let defaults = args(&[]).map(|a| (NetSettings::from(&a.limits), settings(&a).ok()));
    let Some((net, Some(defaults))) = defaults else {
        panic!("the defaults are refused");
    };
    assert_eq!(net.header_timeout, Duration::from_secs(10));
    assert_eq!(net.max_connections, 1024);
    assert_eq!(net.max_connections_per_ip, 512);
    assert_eq!(defaults.limits, crate::quota::LimitSettings::default());
    for line in [
        &["--header-timeout-secs", "0"][..],
        &["--header-timeout-secs", "301"],
        &["--body-timeout-secs", "0"],
        &["--max-connections", "0"],
        &["--max-in-flight", "0"],
        &["--drain-timeout-secs", "3601"],
        &["--commits-per-minute-per-partner", "0"],
        &["--writes-per-minute-per-ip", "-1"],
        &["--max-in-flight-per-partner", "0"],
        &["--max-in-flight-per-ip", "0"],
        &["--max-connections-per-ip", "0"],
        &["--body-min-bytes-per-sec", "-1"],
    ] {
        assert!(args(line).is_none(), "{line:?} is refused by the parser");
    }
    let proxies = args(&["--trusted-proxy", "10.0.0.0/8,::1"])
        .and_then(|a| settings(&a).ok())
        .map(|s| s.limits.trusted_proxies.len());
    assert_eq!(proxies, Some(2));
    let message = settings_refused(&["--trusted-proxy", "proxy.internal"]).unwrap_or_default();
    assert!(
        message.contains("--trusted-proxy") && message.contains("proxy.internal"),
        "{message}"
    );
}

fn settings_refused(line: &[&str]) -> Option<String> {
    args(line).and_then(|a| settings(&a).err().map(|e| e.to_string()))
}

#[test]
fn origins_and_the_operator_token_are_checked_before_anything_starts() {
    let token = "0123456789abcdef0123456789abcdef";
    let accepted = args(&[
        "--allowed-origin",
        "HTTPS://Portal.example:443",
        "--allowed-origin",
        "http://localhost:3000",
        "--operator-token",
        token,
    ])
    .map(|a| settings(&a).map(|s| s.allowed_origins));
    let origins = match accepted {
        Some(Ok(origins)) => origins.iter().map(ToString::to_string).collect::<Vec<_>>(),
        other => panic!("refused: {other:?}"),
    };
    assert_eq!(origins, ["https://portal.example", "http://localhost:3000"]);

    for (origin, reason) in [
        ("*", "wildcards"),
        ("https://portal.example; script-src *", "space"),
        ("https://portal.example;frame-ancestors", "semicolon"),
        ("https://portal.example/", "no path"),
        ("https://portäl.example", "ASCII form"),
    ] {
        let message = settings_refused(&[
            "--allowed-origin",
            "https://ok.example",
            "--allowed-origin",
            origin,
        ])
        .unwrap_or_default();
        assert!(
            message.starts_with("--allowed-origin (TRANSITION_ALLOWED_ORIGINS): ")
                && message.contains(&format!("{origin:?}"))
                && message.contains(reason),
            "{origin}: {message}"
        );
    }

    let short = &token[..31];
    let message = settings_refused(&["--operator-token", short]).unwrap_or_default();
    assert!(message.contains("at least 32 bytes, got 31"), "{message}");
    assert!(
        !message.contains(short),
        "the token is not printed: {message}"
    );
    assert!(settings_refused(&["--operator-token", &token[..32]]).is_none());
    let spaced = format!("{token} x");
    assert!(settings_refused(&["--operator-token", &spaced]).is_some_and(|m| m.contains("spaces")));
    // No operator token at all closes the operator routes; that is allowed.
    assert!(settings_refused(&[]).is_none());

    // A commit's claim must outlast any request.
    let lease = settings_refused(&["--request-timeout-secs", "30", "--commit-lease-secs", "30"])
        .unwrap_or_default();
    assert!(lease.contains("--commit-lease-secs"), "{lease}");
    assert!(
        settings_refused(&["--request-timeout-secs", "2", "--commit-lease-secs", "3"]).is_none()
    );
}

#[test]
fn a_jwks_url_is_https_and_plain_http_only_to_loopback_behind_the_test_flag() {
    assert!(refused(&["--jwks-url", "http://portal.test/jwks.json"])
        .is_some_and(|m| m.contains("https://")));
    assert!(refused(&["--jwks-url", "http://127.0.0.1:9/jwks.json"]).is_some());
    let loopback = [
        "--jwks-url",
        "http://127.0.0.1:9/jwks.json",
        "--jwks-allow-http-loopback",
    ];
    assert!(refused(&loopback).is_none());
    let elsewhere = [
        "--jwks-url",
        "http://portal.test/jwks.json",
        "--jwks-allow-http-loopback",
    ];
    assert!(refused(&elsewhere).is_some());
}

#[test]
fn the_settings_print_no_secret() {
    let secret = "jwt-secret-0123456789abcdef-0123456789";
    let operator = "operator-token-0123456789abcdef-0123456789";
    let parsed = args(&["--jwt-secret", secret, "--operator-token", operator]);
    let Some(parsed) = parsed else {
        panic!("the flags parse");
    };
    let shown = format!("{parsed:?}");
    assert!(
        !shown.contains(secret) && !shown.contains(operator),
        "{shown}"
    );
    let settings = settings(&parsed).unwrap_or_else(|e| panic!("{e}"));
    let shown = format!("{settings:?}");
    assert!(!shown.contains(operator), "{shown}");
    let cli = crate::cli::Cli::try_parse_from([
        "transition-server",
        "--database-url",
        "postgres://pt:hunter2-password@db/pt",
        "ingest",
        "x.json",
    ]);
    let shown = format!("{cli:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
}
