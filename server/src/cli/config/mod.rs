//! `serve`'s configuration: its flags, checked once into one
//! [`ServeConfig`] before anything starts (no store opened, no port bound),
//! so that a refused setting never leaves a trace.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::app::Assets;
use crate::net::NetSettings;
use crate::secret::Secret;
use crate::state::Settings;
use crate::tokens::{
    Jwks, JwksOptions, TokenKeys, DEFAULT_AUDIENCE, DEFAULT_MAX_LIFETIME_SECS,
    DEFAULT_PARTNER_CLAIM, DEMO_AUDIENCE, RESERVED_CLAIMS,
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
    pub jwt_secret: Option<Secret>,
    /// The portal's public keys (a JWK set file): RS256/ES256 tokens are
    /// checked against them. Re-read when the file changes.
    #[arg(long, env = "TRANSITION_JWKS_FILE", conflicts_with = "jwks_url")]
    pub jwks_file: Option<PathBuf>,
    /// The portal's JWKS URL (https://…/jwks.json): fetched at startup,
    /// again after --jwks-max-age-secs and on an unknown key id.
    #[arg(long, env = "TRANSITION_JWKS_URL")]
    pub jwks_url: Option<String>,
    /// Accepts a plain http:// --jwks-url to a loopback host (127.0.0.1,
    /// [::1], localhost). For tests only: anyone on the path of plain HTTP
    /// could hand out keys and forge any token.
    #[arg(long, env = "TRANSITION_JWKS_ALLOW_HTTP_LOOPBACK", hide = true)]
    pub jwks_allow_http_loopback: bool,
    /// How long a JWKS fetched from --jwks-url is used before it is
    /// fetched again, in seconds.
    #[arg(long, env = "TRANSITION_JWKS_MAX_AGE_SECS", default_value_t = 3600)]
    pub jwks_max_age_secs: u64,
    /// The issuer tokens must name (`iss`); when set, a token without it is
    /// refused.
    #[arg(long, env = "TRANSITION_JWT_ISSUER")]
    pub jwt_issuer: Option<String>,
    /// The claim that names the partner (a string, or a decimal integer);
    /// `sub` names the person. Not a registered claim nor one this server
    /// reads for something else (`sub`, `name`, `roles`, ...).
    #[arg(long, env = "TRANSITION_JWT_PARTNER_CLAIM", default_value = DEFAULT_PARTNER_CLAIM)]
    pub jwt_partner_claim: String,
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
    pub operator_token: Option<Secret>,
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
    /// Whether imports need a second admin (one submits, another
    /// approves) for a partner that has not chosen: its account or global
    /// admin, or the operator (`approval`), sets its own.
    #[arg(long, env = "TRANSITION_APPROVAL_DEFAULT", default_value_t = false, action = clap::ArgAction::Set)]
    pub approval_default: bool,
    /// Slow clients, overload and rate limits.
    #[command(flatten)]
    pub limits: crate::quota::LimitArgs,
}

/// Everything `serve` runs with, checked.
pub struct ServeConfig {
    pub addr: SocketAddr,
    /// The built app and the demo host page, where they are.
    pub assets: Assets,
    pub demo: bool,
    pub identity: Identity,
    /// The handlers' settings.
    pub settings: Settings,
    /// The serve loop's limits.
    pub net: NetSettings,
}

/// How tokens are checked. Not `Debug`: it holds the shared secret.
pub enum Identity {
    /// Demo mode: a random key per process, the demo audience.
    Demo,
    /// The portal's tokens.
    Portal {
        audience: String,
        issuer: Option<String>,
        /// The claim that names the partner.
        partner_claim: String,
        max_lifetime_secs: u64,
        secret: Option<Secret>,
        jwks: Option<JwksFrom>,
        jwks_max_age: Duration,
    },
}

/// Where the portal's JWKS comes from.
pub enum JwksFrom {
    File(PathBuf),
    /// Over https:// (plain http:// to a loopback host in tests).
    Url {
        url: String,
        allow_http_loopback: bool,
    },
}

impl ServeArgs {
    /// The checked configuration, or why the flags are refused: the
    /// handlers' settings first, then the identity settings.
    pub fn config(&self) -> anyhow::Result<ServeConfig> {
        let settings = settings(self)?;
        check_identity(self)?;
        let identity = if self.demo {
            Identity::Demo
        } else {
            let jwks = match (&self.jwks_file, &self.jwks_url) {
                (Some(path), _) => Some(JwksFrom::File(path.clone())),
                (None, Some(url)) => Some(JwksFrom::Url {
                    url: url.clone(),
                    allow_http_loopback: self.jwks_allow_http_loopback,
                }),
                (None, None) => None,
            };
            Identity::Portal {
                audience: self.jwt_audience.clone(),
                issuer: self.jwt_issuer.clone(),
                partner_claim: self.jwt_partner_claim.clone(),
                max_lifetime_secs: self.jwt_max_lifetime_secs,
                secret: self.jwt_secret.clone(),
                jwks,
                jwks_max_age: Duration::from_secs(self.jwks_max_age_secs.max(1)),
            }
        };
        Ok(ServeConfig {
            addr: self.addr,
            assets: Assets {
                dist: existing_dir(&self.dist, "the built app (run `trunk build --release`)"),
                host: existing_dir(&self.host_page, "the demo host page"),
            },
            demo: self.demo,
            identity,
            settings,
            net: NetSettings::from(&self.limits),
        })
    }
}

impl Identity {
    /// The keys tokens are checked with (loading the JWKS, if any).
    pub async fn token_keys(&self, settings: &Settings) -> anyhow::Result<TokenKeys> {
        let Identity::Portal {
            audience,
            issuer,
            partner_claim,
            max_lifetime_secs,
            secret,
            jwks,
            jwks_max_age,
        } = self
        else {
            return Ok(TokenKeys::demo(settings.demo_token_ttl));
        };
        let mut keys = TokenKeys::with_audience(audience)
            .with_issuer(issuer.clone())
            .with_partner_claim(partner_claim)
            .with_max_lifetime(*max_lifetime_secs);
        if let Some(secret) = secret {
            keys = keys.with_secret(secret.as_bytes());
        }
        let options = JwksOptions {
            max_age: *jwks_max_age,
            ..JwksOptions::default()
        };
        match jwks {
            Some(JwksFrom::File(path)) => {
                keys = keys.with_jwks(Jwks::from_file(path, options).await?)
            }
            Some(JwksFrom::Url {
                url,
                allow_http_loopback,
            }) => {
                let options = JwksOptions {
                    allow_http_loopback: *allow_http_loopback,
                    ..options
                };
                keys = keys.with_jwks(Jwks::from_url(url, options).await?)
            }
            None => {}
        }
        Ok(keys)
    }
}

/// Refuses what must not run: demo mode next to production identity
/// settings, no way to check tokens, a short secret, a partner claim that
/// is empty or reserved. Runs before the store
/// is opened, so a refused demo never writes demo data anywhere.
fn check_identity(args: &ServeArgs) -> anyhow::Result<()> {
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
            (
                args.jwt_partner_claim != DEFAULT_PARTNER_CLAIM,
                "--jwt-partner-claim (TRANSITION_JWT_PARTNER_CLAIM)",
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
    let claim = args.jwt_partner_claim.as_str();
    if claim.trim().is_empty() {
        anyhow::bail!("--jwt-partner-claim (TRANSITION_JWT_PARTNER_CLAIM) must name a claim");
    }
    if RESERVED_CLAIMS.contains(&claim) {
        anyhow::bail!(
            "--jwt-partner-claim (TRANSITION_JWT_PARTNER_CLAIM) cannot be {claim:?}: `sub` is the \
             person, and {} are read for something else; name the claim that holds the partner id \
             (for example partner_id or tid)",
            RESERVED_CLAIMS.join(", ")
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
        if let Err(reason) = crate::tokens::check_jwks_url(url, args.jwks_allow_http_loopback) {
            anyhow::bail!("--jwks-url {url:?}: {reason}");
        }
    }
    Ok(())
}

/// The shortest operator token accepted, in bytes.
pub const MIN_OPERATOR_TOKEN_BYTES: usize = 32;

/// The handlers' settings from the flags, or why they are refused: an
/// allowed origin that is not `scheme://host[:port]`, a short operator
/// token. Runs before the store is opened.
fn settings(args: &ServeArgs) -> anyhow::Result<Settings> {
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
        approval_default: args.approval_default,
        ..Settings::default()
    })
}

fn existing_dir(path: &Path, what: &str) -> Option<PathBuf> {
    if path.is_dir() {
        Some(path.to_path_buf())
    } else {
        tracing::warn!(path = %path.display(), "{what} is not there; not serving it");
        None
    }
}

#[cfg(test)]
mod tests;
