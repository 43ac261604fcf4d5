//! Helpers shared by the cross-crate tests in `tests/tests/`: a fresh app
//! per test (its own database), tokens of any shape, requests through the
//! router or a real socket.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use tower::ServiceExt;
use transition_server::app::{router, Assets};
use transition_server::limits::{LimitSettings, Rates};
use transition_server::origin::Origin;
use transition_server::state::{AppState, Settings};
use transition_server::store::{PgStore, SqliteOptions, SqliteStore, Store};
use transition_server::tokens::{TokenKeys, DEFAULT_AUDIENCE};

pub mod generate;

pub type TestResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// A fixture of `fixtures/` by file name.
pub fn fixture(name: &str) -> PathBuf {
    root().join("fixtures").join(name)
}

pub const SECRET: &str = "test-secret-test-secret-test-secret-0123";
/// As long as `serve` requires (32 bytes at least).
/// A tool's tokio runtime, or its exit code (2) once it has said why
/// there is none.
pub fn runtime() -> Result<tokio::runtime::Runtime, std::process::ExitCode> {
    tokio::runtime::Runtime::new().map_err(|error| {
        eprintln!("error: cannot start the runtime: {error}");
        std::process::ExitCode::from(2)
    })
}

/// A new business profile in `region`, as `POST /business-profiles` takes
/// it: valid, with one location.
pub fn new_profile(region: &str) -> serde_json::Value {
    serde_json::json!({
        "region": region, "name": "Contoso New", "website": "https://contoso.example",
        "target_sizes": ["small"],
        "locations": [{"name": "HQ", "address": {"line1": "1 Rue Neuve", "city": "Bruxelles",
                        "postal_code": "1000", "country": region}}]
    })
}

/// `serve` on a free loopback port, without the app or the host page:
/// how every process test starts the server (with its own settings after).
pub const SERVE_ON_ANY_PORT: [&str; 7] = [
    "serve",
    "--addr",
    "127.0.0.1:0",
    "--dist",
    "/nonexistent",
    "--host-page",
    "/nonexistent",
];

/// Settings a test's own environment may hold that a server under test
/// must not inherit.
pub const NOT_INHERITED: [&str; 6] = [
    "TRANSITION_FAILPOINT",
    "TRANSITION_JWKS_FILE",
    "TRANSITION_JWKS_URL",
    "TRANSITION_JWT_ISSUER",
    "TRANSITION_JWT_PARTNER_CLAIM",
    "TRANSITION_DEMO",
];

pub const OPERATOR_TOKEN: &str = "operator-test-token-0123456789abcdef";
/// The partner portal the test settings allow.
pub const PORTAL_ORIGIN: &str = "https://portal.example";
pub const CONTOSO: &str = "4412345";
pub const FABRIKAM: &str = "5523456";
pub const NORTHWIND: &str = "6634567";

/// Both acknowledgements, for request bodies.
pub fn acknowledged() -> serde_json::Value {
    serde_json::json!({"referrals_noted": true, "account_closure": true})
}

pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

/// A token for the person `user-{partner}` of `partner` with `roles`,
/// signed with the test secret.
pub fn token(partner: &str, roles: &[&str]) -> String {
    token_with(partner, roles, unix_now() + 3600, DEFAULT_AUDIENCE, SECRET)
}

/// The admin token of a partner.
pub fn admin(partner: &str) -> String {
    token(partner, &["account_admin"])
}

/// A token of the person `user-{partner}` of `partner` (`partner_id`).
pub fn token_with(partner: &str, roles: &[&str], exp: u64, aud: &str, secret: &str) -> String {
    let claims = serde_json::json!({
        "sub": format!("user-{partner}"),
        "partner_id": partner,
        "roles": roles,
        "exp": exp,
        "aud": aud,
    });
    sign_test_claims(&claims, secret)
}

/// A token of the person `user` (display `name`, if any) of `partner`,
/// signed with the test secret.
pub fn person_token(partner: &str, user: &str, name: Option<&str>, roles: &[&str]) -> String {
    let mut claims = serde_json::json!({
        "sub": user,
        "partner_id": partner,
        "roles": roles,
        "exp": unix_now() + 3600,
        "aud": DEFAULT_AUDIENCE,
    });
    if let Some(name) = name {
        claims["name"] = name.into();
    }
    sign_test_claims(&claims, SECRET)
}

/// Signs any claims with HS256 and `secret`: as JSON, so that a test may
/// sign what no `Claims` holds.
pub fn sign_test_claims(claims: &serde_json::Value, secret: &str) -> String {
    TokenKeys::new(secret.as_bytes(), DEFAULT_AUDIENCE)
        .mint(claims)
        .unwrap_or_default()
}

/// One answer: status, headers, body bytes.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The problem code of an error answer.
    pub fn code(&self) -> String {
        self.json()["code"].as_str().unwrap_or_default().to_owned()
    }

    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }
}

/// The PostgreSQL server the HTTP suite runs against instead of SQLite
/// when this is set: the URL of a database on it where the tests may
/// create databases (`scripts/test.sh` starts a throwaway cluster and sets
/// it; point it at your own server to use that one).
pub const POSTGRES_ENV: &str = "TRANSITION_TEST_POSTGRES_URL";

/// The PostgreSQL server of [`POSTGRES_ENV`], if the tests run on one.
pub fn postgres_server() -> Option<String> {
    std::env::var(POSTGRES_ENV)
        .ok()
        .filter(|url| !url.is_empty())
}

/// Creates a new, empty database on the PostgreSQL server `server` (the
/// URL of any database there) and returns its URL. Never dropped: the
/// tests' cluster is thrown away whole.
pub async fn fresh_postgres_database(
    server: &str,
) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    use sqlx::Connection;
    let name = format!("test_{}", uuid::Uuid::new_v4().simple());
    let mut admin = sqlx::PgConnection::connect(server).await?;
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await?;
    admin.close().await?;
    // postgres://user@host:port/database?options: another database.
    let (base, query) = server.split_once('?').unwrap_or((server, ""));
    let authority_end = base
        .find("://")
        .and_then(|scheme| base[scheme + 3..].find('/').map(|slash| scheme + 3 + slash))
        .unwrap_or(base.len());
    let mut url = format!("{}/{name}", &base[..authority_end]);
    if !query.is_empty() {
        url.push('?');
        url.push_str(query);
    }
    Ok(url)
}

/// Where a test's server process keeps its data: a data directory for
/// the embedded SQLite, or a fresh database on the tests' PostgreSQL
/// server ([`POSTGRES_ENV`]).
#[derive(Debug, Clone)]
pub enum Storage {
    DataDir(PathBuf),
    Postgres(String),
}

impl Storage {
    /// Fresh storage: `dir` (created on first use), or a new database.
    pub async fn fresh(dir: &Path) -> Result<Storage, Box<dyn std::error::Error + Send + Sync>> {
        Ok(match postgres_server() {
            Some(server) => Storage::Postgres(fresh_postgres_database(&server).await?),
            None => Storage::DataDir(dir.to_path_buf()),
        })
    }

    /// The server's command-line options that name it.
    pub fn args(&self) -> [std::ffi::OsString; 2] {
        match self {
            Storage::DataDir(dir) => ["--data-dir".into(), dir.into()],
            Storage::Postgres(url) => ["--database-url".into(), url.into()],
        }
    }
}

/// A fresh application over its own database with the demo exports, as
/// the tests drive it through `oneshot`.
pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    /// The store under `state`, for tests that reach into SQLite itself
    /// (`None` when the suite runs on PostgreSQL).
    pub sqlite: Option<SqliteStore>,
    /// Its database file.
    pub db_path: PathBuf,
    /// When set, requests go over a real socket to this base URL.
    socket: Option<(String, reqwest::Client)>,
    _dir: tempfile::TempDir,
}

pub fn settings(demo: bool) -> Settings {
    Settings {
        demo,
        operator_token: Some(OPERATOR_TOKEN.into()),
        allowed_origins: vec![match Origin::parse(PORTAL_ORIGIN) {
            Ok(origin) => origin,
            Err(error) => panic!("{error}"),
        }],
        max_body_bytes: 64 * 1024,
        limits: free_rates(),
        ..Settings::default()
    }
}

/// Rate limits and in-flight caps no test here reaches (one partner commits
/// 50 times at once in the idempotency race): they are tested against the
/// real process, in `tests/tests/overload.rs` and `starvation.rs`.
pub fn free_rates() -> LimitSettings {
    let free = std::num::NonZeroU32::MAX;
    LimitSettings {
        rates: Rates {
            commits_per_partner: free,
            commits_per_ip: free,
            writes_per_partner: free,
            writes_per_ip: free,
        },
        max_in_flight_per_partner: 100_000,
        max_in_flight_per_ip: 100_000,
        ..LimitSettings::default()
    }
}

impl TestApp {
    pub async fn new() -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
        Self::with_settings(settings(true)).await
    }

    pub async fn with_settings(
        settings: Settings,
    ) -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
        Self::with_assets(settings, Assets::default()).await
    }

    /// An app that also serves the built app and host page of `assets`.
    pub async fn with_assets(
        settings: Settings,
        assets: Assets,
    ) -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
        let keys = TokenKeys::new(SECRET.as_bytes(), DEFAULT_AUDIENCE);
        Self::build(settings, keys, &assets, SqliteOptions::default()).await
    }

    /// An app over `sqlite` as it is (no demo exports loaded).
    pub async fn with_sqlite(
        sqlite: SqliteStore,
    ) -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
        let keys = TokenKeys::new(SECRET.as_bytes(), DEFAULT_AUDIENCE);
        let store: Arc<dyn Store> = Arc::new(sqlite.clone());
        let state = AppState::new(store, keys, settings(true));
        let router = router(state.clone(), &Assets::default());
        Ok(TestApp {
            router,
            state,
            sqlite: Some(sqlite),
            db_path: PathBuf::new(),
            socket: None,
            _dir: tempfile::tempdir()?,
        })
    }

    /// A fresh app whose store opens its database with `options`.
    pub async fn with_store_options(
        options: SqliteOptions,
    ) -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
        let keys = TokenKeys::new(SECRET.as_bytes(), DEFAULT_AUDIENCE);
        Self::build(settings(true), keys, &Assets::default(), options).await
    }

    /// A fresh database with the demo exports, `keys` checking tokens.
    async fn build(
        settings: Settings,
        keys: TokenKeys,
        assets: &Assets,
        options: SqliteOptions,
    ) -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
        let dir = tempfile::tempdir()?;
        let db_path = dir.path().join("test.db");
        // A fresh SQLite file, or a new database on the tests' PostgreSQL.
        let (store, sqlite): (Arc<dyn Store>, _) = match postgres_server() {
            Some(server) => {
                let url = fresh_postgres_database(&server).await?;
                (Arc::new(PgStore::open(&url, 4).await?), None)
            }
            None => {
                let sqlite = SqliteStore::open_with_options(&db_path, options).await?;
                (Arc::new(sqlite.clone()), Some(sqlite))
            }
        };
        transition_server::demo::load_demo(store.as_ref())
            .await
            .map_err(|e| e.to_string())?;
        let state = AppState::new(store, keys, settings);
        let router = router(state.clone(), assets);
        Ok(TestApp {
            router,
            state,
            sqlite,
            db_path,
            socket: None,
            _dir: dir,
        })
    }

    /// The same app, served on a real socket: every request then crosses
    /// TCP and a real HTTP client.
    pub async fn over_socket(
        mut self,
    ) -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
        let base = spawn_server(&self).await?;
        self.socket = Some((base, reqwest::Client::new()));
        Ok(self)
    }

    /// Sends one request through the router, or over the socket.
    pub async fn send(&self, request: Request<Body>) -> Answer {
        if let Some((base, client)) = &self.socket {
            return match send_over(client, base, request).await {
                Ok(answer) => answer,
                Err(error) => panic!("request over the socket failed: {error}"),
            };
        }
        match self.router.clone().oneshot(request).await {
            Ok(response) => {
                let (parts, body) = response.into_parts();
                let body = body
                    .collect()
                    .await
                    .map(|b| b.to_bytes().to_vec())
                    .unwrap_or_default();
                Answer {
                    status: parts.status,
                    headers: parts.headers,
                    body,
                }
            }
            Err(never) => match never {},
        }
    }

    /// A request with an optional bearer token and JSON body.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<serde_json::Value>,
    ) -> Answer {
        self.call_with(method, path, token, body, &[]).await
    }

    pub async fn call_with(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<serde_json::Value>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut builder = Request::builder().method(method).uri(path);
        if let Some(token) = token {
            builder = builder.header("authorization", format!("Bearer {token}"));
        }
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let body = match body {
            Some(json) => {
                builder = builder.header("content-type", "application/json");
                Body::from(json.to_string())
            }
            None => Body::empty(),
        };
        match builder.body(body) {
            Ok(request) => self.send(request).await,
            Err(error) => panic!("bad test request: {error}"),
        }
    }

    pub async fn get(&self, path: &str, token: &str) -> Answer {
        self.call(Method::GET, path, Some(token), None).await
    }

    /// `POST /api/v1/business-profiles` with `body`.
    pub async fn create_profile(&self, token: &str, body: serde_json::Value) -> Answer {
        let path = "/api/v1/business-profiles";
        self.call(Method::POST, path, Some(token), Some(body)).await
    }

    /// `GET /api/v1/operator/audit` with the operator's token.
    pub async fn operator_audit(&self) -> Answer {
        self.get("/api/v1/operator/audit", OPERATOR_TOKEN).await
    }

    /// Commits `request` for `partner` under `key`, as the app does:
    /// previews it first, then sends the preview's plan digest in
    /// `If-Match` (none when the preview gave none: a closed account, a
    /// role that may not, ...).
    pub async fn commit(
        &self,
        partner_token: &str,
        key: &str,
        request: serde_json::Value,
    ) -> Answer {
        match self.preview_digest(partner_token, &request).await {
            Some(etag) => {
                self.commit_with(partner_token, key, request, &[("if-match", &etag)])
                    .await
            }
            None => self.commit_bare(partner_token, key, request).await,
        }
    }

    /// Commits `request` under `key` with no `If-Match` (and no preview).
    pub async fn commit_bare(
        &self,
        partner_token: &str,
        key: &str,
        request: serde_json::Value,
    ) -> Answer {
        self.commit_with(partner_token, key, request, &[]).await
    }

    /// Commits `request` under `key` with these other headers.
    pub async fn commit_with(
        &self,
        partner_token: &str,
        key: &str,
        request: serde_json::Value,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut all = vec![("idempotency-key", key)];
        all.extend_from_slice(headers);
        self.call_with(
            Method::POST,
            "/api/v1/imports",
            Some(partner_token),
            Some(request),
            &all,
        )
        .await
    }

    /// `POST /api/v1/imports/preview` of `request`: its `ETag` (the plan
    /// digest, quoted: what `If-Match` carries), if it answered one.
    pub async fn preview_digest(
        &self,
        partner_token: &str,
        request: &serde_json::Value,
    ) -> Option<String> {
        let answer = self
            .call(
                Method::POST,
                "/api/v1/imports/preview",
                Some(partner_token),
                Some(request.clone()),
            )
            .await;
        etag_of(&answer.headers)
    }

    /// Imports everything of Contoso; returns the import result.
    pub async fn import_contoso(&self) -> serde_json::Value {
        let answer = self
            .commit(&admin(CONTOSO), "contoso-all", contoso_request())
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
        answer.json()
    }
}

/// A 200 answer's `ETag`, as sent.
fn etag_of(headers: &HeaderMap) -> Option<String> {
    headers
        .get("etag")
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned)
}

/// For tests that commit with their own HTTP client: previews `body` at
/// `base` (`http://host:port`) and gives the preview's `ETag`, the plan
/// digest quoted, to send as `If-Match`. An error when the preview does
/// not answer 200 with one.
pub async fn plan_digest(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    body: &serde_json::Value,
) -> Result<String, String> {
    let response = client
        .post(format!("{base}/api/v1/imports/preview"))
        .bearer_auth(token)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .map_err(|error| format!("preview: {error}"))?;
    let status = response.status();
    match etag_of(response.headers()) {
        Some(etag) if status == reqwest::StatusCode::OK => Ok(etag),
        _ => Err(format!("preview answered {status} with no plan digest")),
    }
}

/// Contoso's two profiles, everything as Pinpoint has it, acknowledged.
pub fn contoso_request() -> serde_json::Value {
    serde_json::json!({
        "selections": [{"pinpoint_profile_id": "bp-fr"}, {"pinpoint_profile_id": "bp-be"}],
        "acknowledgements": acknowledged()
    })
}

/// Serves the app on a real socket (port 0); returns its base URL.
pub async fn spawn_server(app: &TestApp) -> Result<String, std::io::Error> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let router = app.router.clone();
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    Ok(format!("http://{addr}"))
}

async fn send_over(
    client: &reqwest::Client,
    base: &str,
    request: Request<Body>,
) -> Result<Answer, Box<dyn std::error::Error + Send + Sync>> {
    let (parts, body) = request.into_parts();
    let bytes = body.collect().await?.to_bytes();
    let method = reqwest::Method::from_bytes(parts.method.as_str().as_bytes())?;
    let mut outgoing = client.request(method, format!("{base}{}", parts.uri));
    for (name, value) in &parts.headers {
        outgoing = outgoing.header(name.as_str(), value.as_bytes());
    }
    let response = outgoing.body(bytes.to_vec()).send().await?;
    let status = StatusCode::from_u16(response.status().as_u16())?;
    let mut headers = HeaderMap::new();
    for (name, value) in response.headers() {
        if let (Ok(name), Ok(value)) = (
            axum::http::HeaderName::from_bytes(name.as_str().as_bytes()),
            axum::http::HeaderValue::from_bytes(value.as_bytes()),
        ) {
            headers.append(name, value);
        }
    }
    let body = response.bytes().await?.to_vec();
    Ok(Answer {
        status,
        headers,
        body,
    })
}

/// Every change a partner can ask of the profile `profile` (as the API
/// returns it): method, path, body. For role and tenant checks.
pub fn profile_changes(
    profile: &serde_json::Value,
) -> Vec<(Method, String, Option<serde_json::Value>)> {
    let id = profile["id"].as_str().unwrap_or_default();
    let lid = profile["locations"][0]["id"].as_str().unwrap_or_default();
    let sid = profile["solutions"][0]["id"].as_str().unwrap_or_default();
    let p = format!("/api/v1/business-profiles/{id}");
    let new_location = serde_json::json!({"name": "X", "address": {"line1": "1 rue X", "city": "Paris",
                                                                  "postal_code": "75001", "country": "FR"}});
    vec![
        (
            Method::PATCH,
            p.clone(),
            Some(serde_json::json!({"name": "Changed"})),
        ),
        (Method::POST, format!("{p}/locations"), Some(new_location)),
        (
            Method::PATCH,
            format!("{p}/locations/{lid}"),
            Some(serde_json::json!({"name": "Changed"})),
        ),
        (Method::DELETE, format!("{p}/locations/{lid}"), None),
        (
            Method::PUT,
            format!("{p}/locations/{lid}/solutions"),
            Some(serde_json::json!({"solution_ids": []})),
        ),
        (
            Method::POST,
            format!("{p}/solutions"),
            Some(serde_json::json!({})),
        ),
        (
            Method::PATCH,
            format!("{p}/solutions/{sid}"),
            Some(serde_json::json!({"name": "Changed"})),
        ),
        (Method::DELETE, format!("{p}/solutions/{sid}"), None),
    ]
}

/// Reads a server process's first line of standard output ("… http://ADDR/")
/// and returns its base URL; the rest of its output is drained so it never
/// blocks on a full pipe.
pub async fn listening_on(
    child: &mut tokio::process::Child,
) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    use tokio::io::AsyncBufReadExt;
    let stdout = child
        .stdout
        .take()
        .ok_or("the server's stdout is not piped")?;
    let mut lines = tokio::io::BufReader::new(stdout).lines();
    let line = tokio::time::timeout(std::time::Duration::from_secs(60), lines.next_line())
        .await??
        .ok_or("the server stopped before listening")?;
    let base = line
        .split("http://")
        .nth(1)
        .map(|rest| format!("http://{}", rest.trim_end_matches('/')))
        .ok_or_else(|| format!("unexpected first line: {line}"))?;
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Ok(base)
}

// ---- Portal identity: the test key pairs of `tests/keys/` (test-only) ----

/// The JWKS holding the public halves of the RSA and EC test keys.
pub const JWKS_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/keys/jwks.json");
/// The JWKS after the portal rotated its RSA key (`RSA2_KID`).
pub const JWKS_ROTATED_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/keys/jwks-rotated.json");
/// The `kid` of `tests/keys/rsa-private.pem` in `JWKS_FILE`.
pub const RSA_KID: &str = "test-rsa-1";
/// The `kid` of `tests/keys/ec-private.pem` in `JWKS_FILE`.
pub const EC_KID: &str = "test-ec-1";
/// The `kid` of `tests/keys/rsa2-private.pem`, only in `JWKS_ROTATED_FILE`.
pub const RSA2_KID: &str = "test-rsa-2";
/// The issuer the identity tests configure (`--jwt-issuer`).
pub const TEST_ISSUER: &str = "https://portal.test";

pub const RSA_PRIVATE_PEM: &str = include_str!("keys/rsa-private.pem");
pub const EC_PRIVATE_PEM: &str = include_str!("keys/ec-private.pem");
pub const RSA2_PRIVATE_PEM: &str = include_str!("keys/rsa2-private.pem");

/// Claims as the portal would send them for its user Alex: `sub`
/// `alex@{partner}`, `name`, `partner_id`, `roles`, the production
/// audience, `iss` = `TEST_ISSUER`, issued now, valid ten minutes.
pub fn portal_claims(partner: &str, roles: &[&str]) -> serde_json::Value {
    portal_claims_as(
        partner,
        &format!("alex@{partner}"),
        Some("Alex Martin"),
        roles,
    )
}

/// [`portal_claims`] for the person `user` (display `name`, if any).
pub fn portal_claims_as(
    partner: &str,
    user: &str,
    name: Option<&str>,
    roles: &[&str],
) -> serde_json::Value {
    let now = unix_now();
    let mut claims = serde_json::json!({
        "sub": user,
        "partner_id": partner,
        "roles": roles,
        "aud": DEFAULT_AUDIENCE,
        "iss": TEST_ISSUER,
        "iat": now,
        "exp": now + 600,
    });
    if let Some(name) = name {
        claims["name"] = name.into();
    }
    claims
}

/// Signs `claims` with a PEM private key (RSA for RS*/PS*, EC PKCS#8 for
/// ES*), `kid` in the header when given. Empty on a bad key.
pub fn signed_token(
    alg: jsonwebtoken::Algorithm,
    private_pem: &str,
    kid: Option<&str>,
    claims: &serde_json::Value,
) -> String {
    use jsonwebtoken::{Algorithm, EncodingKey, Header};
    let key = match alg {
        Algorithm::ES256 | Algorithm::ES384 => EncodingKey::from_ec_pem(private_pem.as_bytes()),
        _ => EncodingKey::from_rsa_pem(private_pem.as_bytes()),
    };
    let mut header = Header::new(alg);
    header.kid = kid.map(str::to_owned);
    key.and_then(|key| jsonwebtoken::encode(&header, claims, &key))
        .unwrap_or_default()
}

/// An RS256 token signed with `tests/keys/rsa-private.pem`, kid `RSA_KID`.
pub fn rs256_token(claims: &serde_json::Value) -> String {
    signed_token(
        jsonwebtoken::Algorithm::RS256,
        RSA_PRIVATE_PEM,
        Some(RSA_KID),
        claims,
    )
}

/// An ES256 token signed with `tests/keys/ec-private.pem`, kid `EC_KID`.
pub fn es256_token(claims: &serde_json::Value) -> String {
    signed_token(
        jsonwebtoken::Algorithm::ES256,
        EC_PRIVATE_PEM,
        Some(EC_KID),
        claims,
    )
}

impl TestApp {
    /// A fresh app with the demo exports whose tokens are checked with
    /// `keys` (e.g. a JWKS) instead of the test secret.
    pub async fn with_keys(
        settings: Settings,
        keys: TokenKeys,
    ) -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
        Self::build(settings, keys, &Assets::default(), SqliteOptions::default()).await
    }
}

/// `GET url` with the bearer `token`, its body as JSON (for tests that
/// talk to a server process).
pub async fn get_json(
    client: &reqwest::Client,
    url: &str,
    token: &str,
) -> Result<serde_json::Value, Box<dyn std::error::Error + Send + Sync>> {
    let text = client
        .get(url)
        .bearer_auth(token)
        .send()
        .await?
        .text()
        .await?;
    Ok(serde_json::from_str(&text)?)
}

// ---- A replica: a production server process over given storage ----

/// A `serve` process (production mode: the test secret checks tokens, the
/// operator token opens the operator routes) of the server binary `bin`
/// over `storage`, on a free port of 127.0.0.1; killed when dropped.
pub struct Replica {
    pub child: tokio::process::Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
}

impl Replica {
    /// Starts it with `extra` flags and `env` variables; returns once it
    /// listens. Its logs are dropped.
    pub async fn start(
        bin: &str,
        storage: &Storage,
        extra: &[&str],
        env: &[(&str, &str)],
    ) -> Result<Replica, Box<dyn std::error::Error + Send + Sync>> {
        let mut child = tokio::process::Command::new(bin)
            .args(SERVE_ON_ANY_PORT)
            .args(extra)
            .args(storage.args())
            .env("TRANSITION_JWT_SECRET", SECRET)
            .env("TRANSITION_OPERATOR_TOKEN", OPERATOR_TOKEN)
            .env("RUST_LOG", "error")
            .env_remove("TRANSITION_FAILPOINT")
            .envs(env.iter().copied())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()?;
        let base = listening_on(&mut child).await?;
        Ok(Replica { child, base })
    }
}

// ---- A real server process (port 0, its own data directory, demo mode) ----

/// A `serve --demo` process on a free port of 127.0.0.1, over a data
/// directory of its own; killed when dropped.
pub struct ServerProcess {
    pub child: tokio::process::Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    pub addr: std::net::SocketAddr,
    _dir: tempfile::TempDir,
}

impl ServerProcess {
    /// Starts `bin serve --demo` with `extra` flags; returns once it
    /// listens. Its logs go to `stderr` (null when `None`).
    pub async fn start(
        bin: &str,
        extra: &[&str],
        stderr: Option<std::process::Stdio>,
    ) -> Result<ServerProcess, Box<dyn std::error::Error + Send + Sync>> {
        let dir = tempfile::tempdir()?;
        let mut child = tokio::process::Command::new(bin)
            .args(SERVE_ON_ANY_PORT)
            .arg("--demo")
            .args(extra)
            .arg("--data-dir")
            .arg(dir.path())
            .env_remove("TRANSITION_JWT_SECRET")
            .stdout(std::process::Stdio::piped())
            .stderr(stderr.unwrap_or_else(std::process::Stdio::null))
            .kill_on_drop(true)
            .spawn()?;
        let base = listening_on(&mut child).await?;
        let addr = base.trim_start_matches("http://").parse()?;
        Ok(ServerProcess {
            child,
            base,
            addr,
            _dir: dir,
        })
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.id()
    }

    /// A demo token of `partner`'s first demo person (an account admin).
    pub async fn token(
        &self,
        partner: &str,
    ) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
        let [(alex, _), _] = transition_domain::wire::demo::DEMO_PEOPLE;
        self.token_as(partner, alex).await
    }

    /// A demo token of the person `user_id` of `partner` (an account admin).
    pub async fn token_as(
        &self,
        partner: &str,
        user_id: &str,
    ) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
        let minted = reqwest::Client::new()
            .post(format!("{}/api/v1/dev/token", self.base))
            .header("content-type", "application/json")
            .body(serde_json::json!({ "partner_id": partner, "user_id": user_id }).to_string())
            .send()
            .await?
            .bytes()
            .await?;
        let minted: serde_json::Value = serde_json::from_slice(&minted)?;
        minted["token"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("no demo token for {partner}: {minted}").into())
    }

    /// Sends SIGTERM (through `kill`: the workspace forbids `unsafe`).
    pub async fn terminate(&self) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let pid = self.pid().ok_or("the server has already exited")?;
        let status = tokio::process::Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .await?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("kill -TERM {pid}: {status}").into())
        }
    }
}

/// The resident memory of process `pid` in KiB (`VmRSS` of
/// `/proc/<pid>/status`), when it can be read.
pub fn rss_kib(pid: u32) -> Option<u64> {
    proc_status_kib(pid, "VmRSS")
}

/// A memory figure of `/proc/<pid>/status` in KiB (`VmRSS`, `VmHWM` …),
/// when it can be read.
pub fn proc_status_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

// ---- Shared by the browser tests and the benchmarks ----

/// A ChromeDriver on a free port of 127.0.0.1 (killed when dropped), once
/// it answers, with its URL.
pub async fn start_chromedriver(
) -> Result<(tokio::process::Child, String), Box<dyn std::error::Error + Send + Sync>> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let child = tokio::process::Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| {
            format!("cannot start chromedriver (scripts/setup.sh --browser installs it): {e}")
        })?;
    let url = format!("http://127.0.0.1:{port}");
    let probe = reqwest::Client::new();
    for _ in 0..100 {
        if probe.get(format!("{url}/status")).send().await.is_ok() {
            return Ok((child, url));
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err("chromedriver did not start".into())
}

/// The CSP a portal needs to embed the widget from `server`, exactly as
/// `docs/embedding.md` lists it: the portal tests fail if the widget needs
/// more.
pub fn portal_csp(server: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' {server} 'wasm-unsafe-eval'; \
         connect-src 'self' {server}; style-src 'self' {server}; img-src 'self' data: blob:; \
         frame-src 'self' {server}; object-src 'none'; base-uri 'self'"
    )
}

/// Criterion's median estimate of benchmark `group/size` under `dir`
/// (`target/criterion`), in µs, when it was run.
pub fn criterion_median_us(dir: &Path, group: &str, size: usize) -> Option<f64> {
    let path = dir
        .join(group)
        .join(size.to_string())
        .join("new/estimates.json");
    let estimates: serde_json::Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    estimates["median"]["point_estimate"]
        .as_f64()
        .map(|ns| ns / 1000.0)
}
