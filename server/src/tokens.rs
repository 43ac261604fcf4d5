//! Bearer tokens: JWTs whose `sub` is the partner id, with `roles`, `exp`,
//! `aud` and optionally `iat`, `iss`, `company_name` and `csp`; and the
//! keys they are checked with ([`TokenKeys`], held by the app's state).
//!
//! Two kinds of keys, either or both:
//! - an HS256 secret shared with the portal (`--jwt-secret`);
//! - the portal's public keys as a JWKS (`--jwks-file` or `--jwks-url`):
//!   RS256/ES256 (or whatever algorithm a key declares), the token's `alg`
//!   must be its key's. The set is reloaded in the background (file: when
//!   it changes; URL: when it is older than its maximum age) and on a
//!   token naming an unknown `kid`, rate-limited.
//!
//! A token is refused when it is malformed, unsigned (`alg: none`), signed
//! with an algorithm no configured key has, badly signed, expired, of
//! another audience or issuer, lives longer than the maximum lifetime, or
//! its `sub` is not a partner id. Knows nothing of HTTP requests: the
//! extractors of [`crate::auth`] use it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};

use axum::http::header;
use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, Jwk, KeyAlgorithm, PublicKeyUse};
use jsonwebtoken::{
    decode, decode_header, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation,
};
use serde::{Deserialize, Deserializer, Serialize};
use transition_domain::PartnerId;

use crate::clock::{nonce, unix_now};

/// The audience tokens must name unless configured otherwise.
pub const DEFAULT_AUDIENCE: &str = "pinpoint-transition";

/// The audience of demo tokens: a demo token is never a production token.
pub const DEMO_AUDIENCE: &str = "pinpoint-transition-demo";

/// The longest a token may live (`exp - iat`), in seconds, by default.
pub const DEFAULT_MAX_LIFETIME_SECS: u64 = 3600;

/// Clock skew tolerated on `exp`, `iat` and the lifetime, in seconds.
const LEEWAY: u64 = 5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    #[serde(default)]
    pub roles: Vec<String>,
    pub exp: u64,
    /// One audience; a token naming several keeps the first (validation
    /// has already checked that ours is among them).
    #[serde(deserialize_with = "one_audience")]
    pub aud: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
    /// The partner's company name as the portal knows it; authoritative
    /// over the stored export's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// Whether the partner is a CSP; authoritative over the stored
    /// export's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csp: Option<bool>,
}

fn one_audience<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Audience {
        One(String),
        Many(Vec<String>),
    }
    match Audience::deserialize(deserializer)? {
        Audience::One(aud) => Ok(aud),
        Audience::Many(list) => list
            .into_iter()
            .next()
            .ok_or_else(|| serde::de::Error::custom("empty audience")),
    }
}

/// Why a JWKS could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum JwksError {
    #[error("cannot read the JWKS file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot fetch the JWKS from {url}: {reason}")]
    Fetch { url: String, reason: String },
    #[error("{origin} is not a JWK set: {reason}")]
    Parse { origin: String, reason: String },
    #[error("{origin} holds no usable signature key (RSA or EC P-256/P-384 public keys)")]
    Empty { origin: String },
}

/// How a JWKS is kept fresh.
#[derive(Debug, Clone)]
pub struct JwksOptions {
    /// File: how often its modification time is looked at.
    pub file_poll: Duration,
    /// URL: the age after which the set is fetched again.
    pub max_age: Duration,
    /// The least time between two reloads asked for by unknown `kid`s
    /// (or between a failed fetch and the next).
    pub min_refresh: Duration,
    /// How long a request with an unknown `kid` waits for the reload it
    /// triggered before it is refused; the reload goes on regardless.
    pub unknown_kid_wait: Duration,
    /// URL: the longest a fetch may take.
    pub fetch_timeout: Duration,
    /// URL: the largest response accepted, in bytes.
    pub max_bytes: usize,
}

impl Default for JwksOptions {
    fn default() -> Self {
        JwksOptions {
            file_poll: Duration::from_secs(5),
            max_age: Duration::from_secs(3600),
            min_refresh: Duration::from_secs(30),
            unknown_kid_wait: Duration::from_secs(2),
            fetch_timeout: Duration::from_secs(10),
            max_bytes: 256 * 1024,
        }
    }
}

/// One verification key of a JWKS.
struct JwksKey {
    kid: Option<String>,
    alg: Algorithm,
    key: DecodingKey,
}

/// A parsed JWK set: the keys this server can verify with.
#[derive(Default)]
struct KeySet {
    keys: Vec<JwksKey>,
}

impl KeySet {
    /// Parses a JWK set, skipping keys that are not for signatures or of
    /// a kind this server cannot verify (each one is logged).
    fn parse(bytes: &[u8], origin: &str) -> Result<KeySet, JwksError> {
        #[derive(Deserialize)]
        struct RawSet {
            keys: Vec<serde_json::Value>,
        }
        let raw: RawSet = serde_json::from_slice(bytes).map_err(|error| JwksError::Parse {
            origin: origin.to_owned(),
            reason: error.to_string(),
        })?;
        let mut keys = Vec::new();
        for (n, value) in raw.keys.into_iter().enumerate() {
            let jwk: Jwk = match serde_json::from_value(value) {
                Ok(jwk) => jwk,
                Err(error) => {
                    tracing::warn!(%origin, key = n, %error, "JWKS: a key this server cannot read, skipped");
                    continue;
                }
            };
            match usable_key(&jwk) {
                Some(key) => keys.push(key),
                None => {
                    tracing::warn!(%origin, key = n, kid = ?jwk.common.key_id, "JWKS: not an RSA or EC signature key, skipped");
                }
            }
        }
        if keys.is_empty() {
            return Err(JwksError::Empty {
                origin: origin.to_owned(),
            });
        }
        Ok(KeySet { keys })
    }

    fn has_kid(&self, kid: &str) -> bool {
        self.keys.iter().any(|k| k.kid.as_deref() == Some(kid))
    }
}

/// The algorithm a JWK verifies: the one it declares, else the usual one
/// of its kind. Symmetric keys, encryption keys and Ed25519 are left out.
fn usable_key(jwk: &Jwk) -> Option<JwksKey> {
    if matches!(
        jwk.common.public_key_use,
        Some(PublicKeyUse::Encryption | PublicKeyUse::Other(_))
    ) {
        return None;
    }
    let alg = match (&jwk.algorithm, &jwk.common.key_algorithm) {
        (AlgorithmParameters::RSA(_), None | Some(KeyAlgorithm::RS256)) => Algorithm::RS256,
        (AlgorithmParameters::RSA(_), Some(KeyAlgorithm::RS384)) => Algorithm::RS384,
        (AlgorithmParameters::RSA(_), Some(KeyAlgorithm::RS512)) => Algorithm::RS512,
        (AlgorithmParameters::RSA(_), Some(KeyAlgorithm::PS256)) => Algorithm::PS256,
        (AlgorithmParameters::RSA(_), Some(KeyAlgorithm::PS384)) => Algorithm::PS384,
        (AlgorithmParameters::RSA(_), Some(KeyAlgorithm::PS512)) => Algorithm::PS512,
        (AlgorithmParameters::EllipticCurve(ec), declared) => match (&ec.curve, declared) {
            (EllipticCurve::P256, None | Some(KeyAlgorithm::ES256)) => Algorithm::ES256,
            (EllipticCurve::P384, None | Some(KeyAlgorithm::ES384)) => Algorithm::ES384,
            _ => return None,
        },
        _ => return None,
    };
    let key = DecodingKey::from_jwk(jwk).ok()?;
    Some(JwksKey {
        kid: jwk.common.key_id.clone(),
        alg,
        key,
    })
}

/// Where a JWKS comes from.
enum JwksSource {
    File(PathBuf),
    Url { url: String, client: HttpClient },
}

impl JwksSource {
    fn origin(&self) -> String {
        match self {
            JwksSource::File(path) => path.display().to_string(),
            JwksSource::Url { url, .. } => url.clone(),
        }
    }
}

/// What identifies a version of the JWKS file without reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileStamp {
    modified: Option<SystemTime>,
    len: u64,
    inode: u64,
}

impl FileStamp {
    async fn read(path: &Path) -> Option<FileStamp> {
        tokio::fs::metadata(path)
            .await
            .ok()
            .map(|m| FileStamp::of(&m))
    }

    fn of(metadata: &std::fs::Metadata) -> FileStamp {
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(metadata);
        #[cfg(not(unix))]
        let inode = 0;
        FileStamp {
            modified: metadata.modified().ok(),
            len: metadata.len(),
            inode,
        }
    }
}

struct RefreshState {
    in_progress: bool,
    /// The last look at the file's stamp, or the last fetch started.
    last_check: Instant,
    /// The last reload asked for by an unknown `kid`.
    last_forced: Option<Instant>,
    /// When the keys in use were loaded.
    loaded_at: Instant,
    file_stamp: Option<FileStamp>,
    /// Whether the last fetch failed (then retried after `min_refresh`).
    failing: bool,
}

/// A JWK set kept fresh in the background.
pub struct Jwks {
    source: JwksSource,
    options: JwksOptions,
    current: RwLock<Arc<KeySet>>,
    refresh: Mutex<RefreshState>,
    /// Bumped after every reload attempt; requests waiting on an unknown
    /// `kid` watch it.
    generation: tokio::sync::watch::Sender<u64>,
}

impl std::fmt::Debug for Jwks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jwks")
            .field("source", &self.source.origin())
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reason {
    Poll,
    UnknownKid,
}

impl Jwks {
    /// Loads a JWKS file (it must hold at least one usable key).
    pub async fn from_file(path: &Path, options: JwksOptions) -> Result<Jwks, JwksError> {
        let source = JwksSource::File(path.to_path_buf());
        let (set, stamp) = load_file(path).await?;
        Ok(Jwks::with(source, options, set, Some(stamp)))
    }

    /// Fetches a JWKS over HTTP(S) (it must hold at least one usable key).
    pub async fn from_url(url: &str, options: JwksOptions) -> Result<Jwks, JwksError> {
        let client = http_client(&options).map_err(|reason| JwksError::Fetch {
            url: url.to_owned(),
            reason,
        })?;
        let set = fetch(&client, url, &options).await?;
        let source = JwksSource::Url {
            url: url.to_owned(),
            client,
        };
        Ok(Jwks::with(source, options, set, None))
    }

    fn with(
        source: JwksSource,
        options: JwksOptions,
        set: KeySet,
        file_stamp: Option<FileStamp>,
    ) -> Jwks {
        tracing::info!(source = %source.origin(), keys = set.keys.len(), "JWKS loaded");
        let now = Instant::now();
        Jwks {
            source,
            options,
            current: RwLock::new(Arc::new(set)),
            refresh: Mutex::new(RefreshState {
                in_progress: false,
                last_check: now,
                last_forced: None,
                loaded_at: now,
                file_stamp,
                failing: false,
            }),
            generation: tokio::sync::watch::channel(0).0,
        }
    }

    fn keys(&self) -> Arc<KeySet> {
        match self.current.read() {
            Ok(guard) => Arc::clone(&guard),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Starts a reload in the background when one is due; returns a
    /// receiver that changes when a reload (this one or one already
    /// running) ends, or `None` when none is running.
    fn maybe_refresh(
        self: &Arc<Self>,
        reason: Reason,
    ) -> Option<tokio::sync::watch::Receiver<u64>> {
        let runtime = tokio::runtime::Handle::try_current().ok()?;
        let receiver = self.generation.subscribe();
        let mut state = match self.refresh.lock() {
            Ok(state) => state,
            Err(poisoned) => poisoned.into_inner(),
        };
        if state.in_progress {
            return Some(receiver);
        }
        let now = Instant::now();
        let since = |t: Instant| now.saturating_duration_since(t);
        let due = match (reason, &self.source) {
            (Reason::UnknownKid, _) => state
                .last_forced
                .is_none_or(|t| since(t) >= self.options.min_refresh),
            (Reason::Poll, JwksSource::File(_)) => {
                since(state.last_check) >= self.options.file_poll
            }
            (Reason::Poll, JwksSource::Url { .. }) => {
                if state.failing {
                    since(state.last_check) >= self.options.min_refresh
                } else {
                    since(state.loaded_at) >= self.options.max_age
                }
            }
        };
        if !due {
            return None;
        }
        state.in_progress = true;
        state.last_check = now;
        if reason == Reason::UnknownKid {
            state.last_forced = Some(now);
        }
        let stamp = state.file_stamp.clone();
        drop(state);
        let jwks = Arc::clone(self);
        runtime.spawn(async move { jwks.reload(stamp).await });
        Some(receiver)
    }

    async fn reload(&self, stamp: Option<FileStamp>) {
        // Whatever happens below, the next reload may start afterwards.
        let _done = ReloadDone(self);
        let origin = self.source.origin();
        // The new keys (None: the file did not change) and the file's stamp.
        let (outcome, seen) = match &self.source {
            JwksSource::File(path) => match tokio::fs::metadata(path).await {
                Ok(metadata) if Some(FileStamp::of(&metadata)) == stamp => (Ok(None), None),
                Ok(_) => match load_file(path).await {
                    Ok((set, seen)) => (Ok(Some(set)), Some(seen)),
                    // A broken file is read again only once it changes.
                    Err(error) => (Err(error), FileStamp::read(path).await),
                },
                Err(source) => (
                    Err(JwksError::Read {
                        path: origin.clone(),
                        source,
                    }),
                    None,
                ),
            },
            JwksSource::Url { url, client } => {
                (fetch(client, url, &self.options).await.map(Some), None)
            }
        };
        let failed = outcome.is_err();
        match outcome {
            Ok(None) => {}
            Ok(Some(set)) => {
                tracing::info!(source = %origin, keys = set.keys.len(), "JWKS reloaded");
                match self.current.write() {
                    Ok(mut guard) => *guard = Arc::new(set),
                    Err(poisoned) => *poisoned.into_inner() = Arc::new(set),
                }
            }
            Err(error) => {
                tracing::warn!(%error, "JWKS reload failed; the keys loaded before stay in use");
            }
        }
        let mut state = match self.refresh.lock() {
            Ok(state) => state,
            Err(poisoned) => poisoned.into_inner(),
        };
        if !failed {
            state.loaded_at = Instant::now();
        }
        if seen.is_some() {
            state.file_stamp = seen;
        }
        state.failing = failed;
    }
}

/// Ends a reload: clears `in_progress` and wakes the requests waiting for
/// it, even if the reload was cut short.
struct ReloadDone<'a>(&'a Jwks);

impl Drop for ReloadDone<'_> {
    fn drop(&mut self) {
        let mut state = match self.0.refresh.lock() {
            Ok(state) => state,
            Err(poisoned) => poisoned.into_inner(),
        };
        state.in_progress = false;
        drop(state);
        self.0.generation.send_modify(|n| *n = n.wrapping_add(1));
    }
}

async fn load_file(path: &Path) -> Result<(KeySet, FileStamp), JwksError> {
    let read = |source| JwksError::Read {
        path: path.display().to_string(),
        source,
    };
    let metadata = tokio::fs::metadata(path).await.map_err(read)?;
    let bytes = tokio::fs::read(path).await.map_err(read)?;
    let set = KeySet::parse(&bytes, &path.display().to_string())?;
    Ok((set, FileStamp::of(&metadata)))
}

type HttpClient = hyper_util::client::legacy::Client<
    hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>,
    http_body_util::Empty<bytes::Bytes>,
>;

/// An HTTP(S) client: rustls on ring with the system's root certificates.
fn http_client(options: &JwksOptions) -> Result<HttpClient, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut http = hyper_util::client::legacy::connect::HttpConnector::new();
    http.enforce_http(false);
    http.set_connect_timeout(Some(options.fetch_timeout));
    let builder = match hyper_rustls::HttpsConnectorBuilder::new()
        .with_provider_and_native_roots(Arc::clone(&provider))
    {
        Ok(builder) => builder,
        Err(error) => {
            // Plain http:// still works; https:// then fails to verify.
            tracing::warn!(%error, "no system root certificates: https:// JWKS URLs cannot be verified");
            let config = rustls::ClientConfig::builder_with_provider(provider)
                .with_safe_default_protocol_versions()
                .map_err(|error| error.to_string())?
                .with_root_certificates(rustls::RootCertStore::empty())
                .with_no_client_auth();
            hyper_rustls::HttpsConnectorBuilder::new().with_tls_config(config)
        }
    };
    let connector = builder.https_or_http().enable_http1().wrap_connector(http);
    Ok(
        hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .build(connector),
    )
}

/// An error and its causes, `: `-separated (hyper's own message alone
/// says only "client error").
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Fetches and parses a JWKS: at most `max_bytes` of it, all within
/// `fetch_timeout`; redirects are not followed.
async fn fetch(client: &HttpClient, url: &str, options: &JwksOptions) -> Result<KeySet, JwksError> {
    use http_body_util::BodyExt;
    let failed = |reason: String| JwksError::Fetch {
        url: url.to_owned(),
        reason,
    };
    let request = axum::http::Request::get(url)
        .header(header::ACCEPT, "application/json")
        .header(
            header::USER_AGENT,
            concat!("transition-server/", env!("CARGO_PKG_VERSION")),
        )
        .body(http_body_util::Empty::new())
        .map_err(|error| failed(error.to_string()))?;
    let exchange = async {
        let response = client
            .request(request)
            .await
            .map_err(|error| failed(error_chain(&error)))?;
        if !response.status().is_success() {
            return Err(failed(format!("status {}", response.status())));
        }
        let limited = http_body_util::Limited::new(response.into_body(), options.max_bytes);
        limited
            .collect()
            .await
            .map(|body| body.to_bytes())
            .map_err(
                |error| match error.downcast::<http_body_util::LengthLimitError>() {
                    Ok(_) => failed(format!("larger than {} bytes", options.max_bytes)),
                    Err(error) => failed(error.to_string()),
                },
            )
    };
    let body = tokio::time::timeout(options.fetch_timeout, exchange)
        .await
        .map_err(|_| failed(format!("no answer within {:?}", options.fetch_timeout)))??;
    KeySet::parse(&body, url)
}

/// Why a token was refused (never shown to the caller: all are 401).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    /// It names a `kid` the JWKS does not hold (yet).
    UnknownKid,
    Invalid,
}

/// How tokens are checked: the keys, the audience, the issuer and the
/// longest lifetime.
pub struct TokenKeys {
    hmac: Option<(EncodingKey, DecodingKey)>,
    jwks: Option<Arc<Jwks>>,
    audience: String,
    issuer: Option<String>,
    max_lifetime: u64,
}

impl std::fmt::Debug for TokenKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenKeys")
            .field("hmac", &self.hmac.is_some())
            .field("jwks", &self.jwks)
            .field("audience", &self.audience)
            .field("issuer", &self.issuer)
            .field("max_lifetime", &self.max_lifetime)
            .finish()
    }
}

impl TokenKeys {
    /// HS256 with `secret`, for `audience`, default maximum lifetime.
    pub fn new(secret: &[u8], audience: &str) -> TokenKeys {
        TokenKeys::with_audience(audience).with_secret(secret)
    }

    /// No key at all yet: every token is refused until one is added.
    pub fn with_audience(audience: &str) -> TokenKeys {
        TokenKeys {
            hmac: None,
            jwks: None,
            audience: audience.to_owned(),
            issuer: None,
            max_lifetime: DEFAULT_MAX_LIFETIME_SECS,
        }
    }

    /// Demo mode: a random per-process HS256 key and the demo audience.
    pub fn demo(max_lifetime: Duration) -> TokenKeys {
        let secret = format!("{}{}", nonce(), nonce());
        TokenKeys::new(secret.as_bytes(), DEMO_AUDIENCE).with_max_lifetime(max_lifetime.as_secs())
    }

    /// Also accepts HS256 tokens signed with `secret`.
    pub fn with_secret(mut self, secret: &[u8]) -> TokenKeys {
        self.hmac = Some((
            EncodingKey::from_secret(secret),
            DecodingKey::from_secret(secret),
        ));
        self
    }

    /// Also accepts tokens signed by a key of `jwks`.
    pub fn with_jwks(mut self, jwks: Jwks) -> TokenKeys {
        self.jwks = Some(Arc::new(jwks));
        self
    }

    /// Requires `iss` to be `issuer`.
    pub fn with_issuer(mut self, issuer: Option<String>) -> TokenKeys {
        self.issuer = issuer;
        self
    }

    /// The longest lifetime accepted, in seconds.
    pub fn with_max_lifetime(mut self, seconds: u64) -> TokenKeys {
        self.max_lifetime = seconds;
        self
    }

    pub fn audience(&self) -> &str {
        &self.audience
    }

    pub fn issuer(&self) -> Option<&str> {
        self.issuer.as_deref()
    }

    pub fn max_lifetime(&self) -> u64 {
        self.max_lifetime
    }

    /// Signs claims with the HS256 secret (demo mode, tests).
    pub fn mint(&self, claims: &Claims) -> Result<String, jsonwebtoken::errors::Error> {
        let (encoding, _) = self
            .hmac
            .as_ref()
            .ok_or(jsonwebtoken::errors::ErrorKind::InvalidKeyFormat)?;
        encode(&Header::new(Algorithm::HS256), claims, encoding)
    }

    /// Verifies a token with the keys in hand now. A token naming an
    /// unknown `kid` starts a reload of the JWKS (rate-limited) and is
    /// refused; [`TokenKeys::authenticate`] waits for that reload.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        self.check(token).ok()
    }

    /// Verifies a token; when it names a `kid` the JWKS does not hold,
    /// waits (briefly) for a reload and tries once more.
    pub async fn authenticate(&self, token: &str) -> Option<Claims> {
        match self.check(token) {
            Ok(claims) => Some(claims),
            Err(Refusal::Invalid) => None,
            Err(Refusal::UnknownKid) => {
                let jwks = self.jwks.as_ref()?;
                let mut receiver = jwks.maybe_refresh(Reason::UnknownKid)?;
                let wait = jwks.options.unknown_kid_wait;
                tokio::time::timeout(wait, receiver.changed())
                    .await
                    .ok()?
                    .ok()?;
                self.check(token).ok()
            }
        }
    }

    fn check(&self, token: &str) -> Result<Claims, Refusal> {
        if let Some(jwks) = &self.jwks {
            // The periodic look at the file, or the URL's maximum age.
            let _ = jwks.maybe_refresh(Reason::Poll);
        }
        // `alg: none` and unknown algorithms do not even parse.
        let header = decode_header(token).map_err(|_| Refusal::Invalid)?;
        let claims = match header.alg {
            Algorithm::HS256 => {
                let (_, key) = self.hmac.as_ref().ok_or(Refusal::Invalid)?;
                self.decode(token, key, Algorithm::HS256)?
            }
            Algorithm::HS384 | Algorithm::HS512 => return Err(Refusal::Invalid),
            alg => {
                let jwks = self.jwks.as_ref().ok_or(Refusal::Invalid)?;
                let set = jwks.keys();
                if let Some(kid) = header.kid.as_deref() {
                    if !set.has_kid(kid) {
                        return Err(Refusal::UnknownKid);
                    }
                }
                // The token's kid (or, without one, every key) of the
                // token's algorithm: a key verifies only its algorithm.
                let mut candidates = set
                    .keys
                    .iter()
                    .filter(|k| k.alg == alg && (header.kid.is_none() || k.kid == header.kid));
                candidates
                    .find_map(|k| self.decode(token, &k.key, alg).ok())
                    .ok_or(Refusal::Invalid)?
            }
        };
        Ok(claims)
    }

    fn decode(&self, token: &str, key: &DecodingKey, alg: Algorithm) -> Result<Claims, Refusal> {
        let mut validation = Validation::new(alg);
        validation.set_audience(&[&self.audience]);
        let mut required = vec!["exp", "aud", "sub"];
        if let Some(issuer) = &self.issuer {
            validation.set_issuer(&[issuer]);
            required.push("iss");
        }
        validation.set_required_spec_claims(&required);
        validation.leeway = LEEWAY;
        let claims = decode::<Claims>(token, key, &validation)
            .map_err(|_| Refusal::Invalid)?
            .claims;
        if PartnerId::parse(&claims.sub).is_err() || !self.lifetime_ok(&claims, unix_now()) {
            return Err(Refusal::Invalid);
        }
        Ok(claims)
    }

    /// `exp - iat` within the maximum; without `iat`, `exp` no further
    /// than the maximum from now; `iat` not in the future.
    fn lifetime_ok(&self, claims: &Claims, now: u64) -> bool {
        match claims.iat {
            Some(iat) => {
                iat <= now.saturating_add(LEEWAY)
                    && claims.exp.saturating_sub(iat) <= self.max_lifetime
            }
            None => claims.exp.saturating_sub(now) <= self.max_lifetime.saturating_add(LEEWAY),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(exp: u64, iat: Option<u64>) -> Claims {
        Claims {
            sub: "4412345".into(),
            roles: vec!["account_admin".into()],
            exp,
            aud: DEFAULT_AUDIENCE.into(),
            iat,
            iss: None,
            company_name: None,
            csp: None,
        }
    }

    const SECRET: &[u8] = b"unit-test-secret-unit-test-secret-0123";

    #[test]
    fn lifetime_is_bounded_with_and_without_iat() {
        let keys = TokenKeys::new(SECRET, DEFAULT_AUDIENCE).with_max_lifetime(600);
        let now = unix_now();
        let ok = keys.mint(&claims(now + 600, Some(now))).unwrap_or_default();
        assert!(keys.verify(&ok).is_some());
        let long = keys.mint(&claims(now + 601, Some(now))).unwrap_or_default();
        assert!(keys.verify(&long).is_none());
        let no_iat_far = keys.mint(&claims(now + 3600, None)).unwrap_or_default();
        assert!(keys.verify(&no_iat_far).is_none());
        let no_iat_near = keys.mint(&claims(now + 300, None)).unwrap_or_default();
        assert!(keys.verify(&no_iat_near).is_some());
        let future_iat = keys
            .mint(&claims(now + 700, Some(now + 100)))
            .unwrap_or_default();
        assert!(keys.verify(&future_iat).is_none());
    }

    #[test]
    fn the_sub_must_be_a_partner_id() {
        let keys = TokenKeys::new(SECRET, DEFAULT_AUDIENCE);
        let now = unix_now();
        let mut c = claims(now + 60, Some(now));
        for (sub, valid) in [
            ("4412345".to_owned(), true),
            (" ".to_owned(), false),
            ("44\n12345".to_owned(), false),
            ("1".repeat(PartnerId::MAX_CHARS), true),
            ("1".repeat(PartnerId::MAX_CHARS + 1), false),
        ] {
            c.sub.clone_from(&sub);
            let token = keys.mint(&c).unwrap_or_default();
            assert_eq!(keys.verify(&token).is_some(), valid, "{sub:?}");
        }
    }

    #[test]
    fn issuer_is_required_when_configured() {
        let keys = TokenKeys::new(SECRET, DEFAULT_AUDIENCE)
            .with_issuer(Some("https://portal.test".into()));
        let now = unix_now();
        let mut c = claims(now + 60, Some(now));
        assert!(keys.verify(&keys.mint(&c).unwrap_or_default()).is_none());
        c.iss = Some("https://other.test".into());
        assert!(keys.verify(&keys.mint(&c).unwrap_or_default()).is_none());
        c.iss = Some("https://portal.test".into());
        assert!(keys.verify(&keys.mint(&c).unwrap_or_default()).is_some());
    }

    #[test]
    fn demo_tokens_are_not_production_tokens() {
        let demo = TokenKeys::demo(Duration::from_secs(3600));
        let now = unix_now();
        let mut c = claims(now + 60, Some(now));
        c.aud = DEMO_AUDIENCE.into();
        let token = demo.mint(&c).unwrap_or_default();
        assert!(demo.verify(&token).is_some());
        let other = TokenKeys::demo(Duration::from_secs(3600));
        assert!(other.verify(&token).is_none(), "a random key per process");
    }

    #[test]
    fn a_token_with_an_audience_list_reads() {
        let json = r#"{"sub":"1","exp":1,"aud":["a","b"]}"#;
        let c: Claims = serde_json::from_str(json).unwrap_or_else(|_| claims(0, None));
        assert_eq!(c.aud, "a");
    }

    #[test]
    fn jwks_keys_of_other_kinds_are_skipped() {
        let json = br#"{"keys":[{"kty":"oct","k":"c2VjcmV0","kid":"h"},{"kty":"OKP","crv":"X25519","x":"AA"}]}"#;
        assert!(matches!(
            KeySet::parse(json, "test"),
            Err(JwksError::Empty { .. })
        ));
        assert!(matches!(
            KeySet::parse(b"{}", "test"),
            Err(JwksError::Parse { .. })
        ));
    }
}
