//! `transition-server serve`: configuration (identity settings checked
//! before anything starts), logging, storage, migrations, demo data, then
//! the HTTP server until SIGINT or SIGTERM (then requests in flight get
//! `--drain-timeout-secs` to finish).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;

use super::{runtime, StorageArgs};
use crate::app::{router, Assets};
use crate::net::NetSettings;
use crate::state::{AppState, Settings};
use crate::tokens::{
    Jwks, JwksOptions, TokenKeys, DEFAULT_AUDIENCE, DEFAULT_MAX_LIFETIME_SECS, DEMO_AUDIENCE,
};

#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// The address to listen on.
    #[arg(long, env = "TRANSITION_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// trunk's output directory (the built app); not served when absent.
    #[arg(long, env = "TRANSITION_DIST", default_value = "dist")]
    pub dist: PathBuf,
    /// The sample host page (a mock partner portal), served at /host/ in
    /// demo mode.
    #[arg(long, env = "TRANSITION_HOST_PAGE", default_value = "app/host")]
    pub host_page: PathBuf,
    /// Demo mode: loads the demo partners' exports and lets
    /// POST /api/v1/dev/token mint tokens. Never in production.
    #[arg(long, env = "TRANSITION_DEMO")]
    pub demo: bool,
    /// The HS256 secret shared with the portal (at least 32 bytes). Outside
    /// demo mode, this or a JWKS (--jwks-file, --jwks-url) is required.
    #[arg(long, env = "TRANSITION_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,
    /// The portal's public keys (a JWK set file): RS256/ES256 tokens are
    /// checked against them. Re-read when the file changes.
    #[arg(long, env = "TRANSITION_JWKS_FILE", conflicts_with = "jwks_url")]
    pub jwks_file: Option<PathBuf>,
    /// The portal's JWKS URL (https://…/jwks.json): fetched at startup,
    /// again after --jwks-max-age-secs and on an unknown key id.
    #[arg(long, env = "TRANSITION_JWKS_URL")]
    pub jwks_url: Option<String>,
    /// How long a JWKS fetched from --jwks-url is used before it is
    /// fetched again, in seconds.
    #[arg(long, env = "TRANSITION_JWKS_MAX_AGE_SECS", default_value_t = 3600)]
    pub jwks_max_age_secs: u64,
    /// The issuer tokens must name (`iss`); when set, a token without it is
    /// refused.
    #[arg(long, env = "TRANSITION_JWT_ISSUER")]
    pub jwt_issuer: Option<String>,
    /// The audience tokens must name.
    #[arg(long, env = "TRANSITION_JWT_AUDIENCE", default_value = DEFAULT_AUDIENCE)]
    pub jwt_audience: String,
    /// The longest a token may live, in seconds: `exp - iat`, or `exp - now`
    /// for a token without `iat`.
    #[arg(long, env = "TRANSITION_JWT_MAX_LIFETIME_SECS", default_value_t = DEFAULT_MAX_LIFETIME_SECS)]
    pub jwt_max_lifetime_secs: u64,
    /// The operator's bearer token for /api/v1/operator routes (at least
    /// 32 bytes).
    #[arg(long, env = "TRANSITION_OPERATOR_TOKEN", hide_env_values = true)]
    pub operator_token: Option<String>,
    /// Host origins (the partner portal, `https://host[:port]`) allowed to
    /// call the API and frame the app; repeat, or separate with commas.
    #[arg(
        long = "allowed-origin",
        env = "TRANSITION_ALLOWED_ORIGINS",
        value_delimiter = ','
    )]
    pub allowed_origins: Vec<String>,
    /// The regional service centre, linked from refusals a partner cannot
    /// fix in the app.
    #[arg(long, env = "TRANSITION_HELP_URL", default_value = crate::error::DEFAULT_HELP_URL)]
    pub help_url: String,
    /// The largest request body, in bytes.
    #[arg(long, env = "TRANSITION_MAX_BODY_BYTES", default_value_t = crate::state::DEFAULT_MAX_BODY_BYTES)]
    pub max_body_bytes: usize,
    /// The longest a request may take, in seconds.
    #[arg(long, env = "TRANSITION_REQUEST_TIMEOUT_SECS", default_value_t = 30)]
    pub request_timeout_secs: u64,
    /// How long a commit's claim of its idempotency key outlives a replica
    /// that died mid-commit, in seconds; more than the request timeout.
    #[arg(long, env = "TRANSITION_COMMIT_LEASE_SECS", default_value_t = 60)]
    pub commit_lease_secs: u64,
    /// Slow clients, overload and rate limits.
    #[command(flatten)]
    pub limits: crate::quota::LimitArgs,
}

pub fn run(storage: &StorageArgs, args: ServeArgs) -> ExitCode {
    runtime::block_on(storage.log_json, async {
        match serve(storage, args).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                tracing::error!("{error:#}");
                eprintln!("error: {error:#}");
                ExitCode::from(2)
            }
        }
    })
}

/// Refuses what must not run: demo mode next to production identity
/// settings, no way to check tokens, a short secret. Runs before the store
/// is opened, so a refused demo never writes demo data anywhere.
pub fn check_identity(args: &ServeArgs) -> anyhow::Result<()> {
    if args.demo {
        let production: Vec<&str> = [
            (
                args.jwt_secret.is_some(),
                "--jwt-secret (TRANSITION_JWT_SECRET)",
            ),
            (
                args.jwks_file.is_some(),
                "--jwks-file (TRANSITION_JWKS_FILE)",
            ),
            (args.jwks_url.is_some(), "--jwks-url (TRANSITION_JWKS_URL)"),
            (
                args.jwt_issuer.is_some(),
                "--jwt-issuer (TRANSITION_JWT_ISSUER)",
            ),
        ]
        .into_iter()
        .filter_map(|(set, name)| set.then_some(name))
        .collect();
        if !production.is_empty() {
            anyhow::bail!(
                "--demo refuses to start while production identity settings are configured: {}. \
                 Demo mode mints its own tokens for anyone; unset these (or drop --demo)",
                production.join(", ")
            );
        }
        return Ok(());
    }
    if args.jwt_secret.is_none() && args.jwks_file.is_none() && args.jwks_url.is_none() {
        anyhow::bail!(
            "no way to check tokens: set --jwks-url (TRANSITION_JWKS_URL), --jwks-file \
             (TRANSITION_JWKS_FILE) or --jwt-secret (TRANSITION_JWT_SECRET); or run --demo"
        );
    }
    if args.jwt_audience == DEMO_AUDIENCE {
        anyhow::bail!(
            "--jwt-audience (TRANSITION_JWT_AUDIENCE) must not be the demo audience {:?}",
            DEMO_AUDIENCE
        );
    }
    if args
        .jwt_secret
        .as_ref()
        .is_some_and(|secret| secret.len() < 32)
    {
        anyhow::bail!("--jwt-secret (TRANSITION_JWT_SECRET) must be at least 32 bytes");
    }
    if args.jwt_max_lifetime_secs == 0 {
        anyhow::bail!("--jwt-max-lifetime-secs must be at least 1");
    }
    if let Some(url) = &args.jwks_url {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            anyhow::bail!("--jwks-url must be an https:// (or http://) URL, got {url:?}");
        }
    }
    Ok(())
}

/// The keys tokens are checked with (loading the JWKS, if any).
pub async fn token_keys(args: &ServeArgs, settings: &Settings) -> anyhow::Result<TokenKeys> {
    check_identity(args)?;
    if args.demo {
        return Ok(TokenKeys::demo(settings.demo_token_ttl));
    }
    let mut keys = TokenKeys::with_audience(&args.jwt_audience)
        .with_issuer(args.jwt_issuer.clone())
        .with_max_lifetime(args.jwt_max_lifetime_secs);
    if let Some(secret) = &args.jwt_secret {
        keys = keys.with_secret(secret.as_bytes());
    }
    let options = JwksOptions {
        max_age: Duration::from_secs(args.jwks_max_age_secs.max(1)),
        ..JwksOptions::default()
    };
    if let Some(path) = &args.jwks_file {
        keys = keys.with_jwks(Jwks::from_file(path, options).await?);
    } else if let Some(url) = &args.jwks_url {
        keys = keys.with_jwks(Jwks::from_url(url, options).await?);
    }
    Ok(keys)
}

/// The shortest operator token accepted, in bytes.
pub const MIN_OPERATOR_TOKEN_BYTES: usize = 32;

/// The handlers' settings from the flags, or why they are refused: an
/// allowed origin that is not `scheme://host[:port]`, a short operator
/// token. Runs before the store is opened.
pub fn settings(args: &ServeArgs) -> anyhow::Result<Settings> {
    let allowed_origins = crate::origin::parse_all(&args.allowed_origins).map_err(|error| {
        anyhow::anyhow!("--allowed-origin (TRANSITION_ALLOWED_ORIGINS): {error}")
    })?;
    if let Some(token) = &args.operator_token {
        // The token itself is never printed.
        if token.len() < MIN_OPERATOR_TOKEN_BYTES {
            anyhow::bail!(
                "--operator-token (TRANSITION_OPERATOR_TOKEN) must be at least \
                 {MIN_OPERATOR_TOKEN_BYTES} bytes, got {} (head -c 32 /dev/urandom | base64)",
                token.len()
            );
        }
        if token.chars().any(|c| c.is_whitespace() || c.is_control()) {
            anyhow::bail!(
                "--operator-token (TRANSITION_OPERATOR_TOKEN) must not hold spaces or control \
                 characters: a bearer token carrying them could never match"
            );
        }
    }
    let request_timeout = Duration::from_secs(args.request_timeout_secs.max(1));
    if args.commit_lease_secs <= request_timeout.as_secs() {
        anyhow::bail!(
            "--commit-lease-secs (TRANSITION_COMMIT_LEASE_SECS) must be more than the request \
             timeout ({} s), got {}: a running commit must never lose its claim",
            request_timeout.as_secs(),
            args.commit_lease_secs
        );
    }
    Ok(Settings {
        demo: args.demo,
        help_url: args.help_url.clone(),
        max_body_bytes: args.max_body_bytes,
        request_timeout,
        commit_lease: Duration::from_secs(args.commit_lease_secs),
        allowed_origins,
        operator_token: args.operator_token.clone(),
        limits: args.limits.settings()?,
        ..Settings::default()
    })
}

async fn serve(storage: &StorageArgs, args: ServeArgs) -> anyhow::Result<()> {
    let settings = settings(&args)?;
    let keys = token_keys(&args, &settings).await?;
    let store = storage.open_store().await?;
    if args.demo {
        tracing::warn!(
            "DEMO MODE: anyone can mint a token for any partner (POST /api/v1/dev/token); \
             never expose this server to partners"
        );
        crate::demo::load_demo(store.as_ref()).await?;
    }
    let state = AppState::new(store.clone(), keys, settings);
    let assets = Assets {
        dist: existing_dir(&args.dist, "the built app (run `trunk build --release`)"),
        host: existing_dir(&args.host_page, "the demo host page"),
    };
    let app = router(state, &assets);
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("cannot listen on {}", args.addr))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, demo = args.demo, "listening");
    if args.demo {
        println!("Pinpoint Transition (demo) is running: open http://{addr}/");
        if assets.host.is_some() {
            println!("The widget embedded in a mock partner portal: http://{addr}/host/");
        }
    } else {
        println!("Pinpoint Transition is listening on http://{addr}/");
    }
    crate::net::serve(
        listener,
        app,
        NetSettings::from(&args.limits),
        shutdown_signal(),
    )
    .await;
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

fn existing_dir(path: &Path, what: &str) -> Option<PathBuf> {
    if path.is_dir() {
        Some(path.to_path_buf())
    } else {
        tracing::warn!(path = %path.display(), "{what} is not there; not serving it");
        None
    }
}

async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

#[cfg(test)]
mod tests {
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
        assert!(
            settings_refused(&["--operator-token", &spaced]).is_some_and(|m| m.contains("spaces"))
        );
        // No operator token at all closes the operator routes; that is allowed.
        assert!(settings_refused(&[]).is_none());

        // A commit's claim must outlast any request.
        let lease =
            settings_refused(&["--request-timeout-secs", "30", "--commit-lease-secs", "30"])
                .unwrap_or_default();
        assert!(lease.contains("--commit-lease-secs"), "{lease}");
        assert!(
            settings_refused(&["--request-timeout-secs", "2", "--commit-lease-secs", "3"])
                .is_none()
        );
    }
}
