//! Limits inside the router: a cap on requests in flight (beyond it, 503
//! `overloaded` at once, never a queue), per-partner and per-IP rate limits
//! on commits and on token-protected writes (429 `rate_limited`), and a
//! body-read timeout (408 `request_body_timeout`). Each refusal carries
//! `Retry-After` and is a problem in the caller's language. The connection
//! cap, the header-read timeout and the drain deadline are the serve
//! loop's (`net.rs`).

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::error_handling::HandleErrorLayer;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::{BoxError, Router};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use http_body_util::BodyExt;
use ipnet::IpNet;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower::load_shed::LoadShedLayer;
use tower::ServiceBuilder;
use tower_http::timeout::{TimeoutBody, TimeoutError};
use transition_domain::Code;

use crate::error::{ApiError, DEFAULT_HELP_URL};
use crate::problem::lang_of;
use crate::state::AppState;

/// The `Retry-After` of a 503 `overloaded`, in seconds.
pub const OVERLOAD_RETRY_AFTER_SECS: u64 = 1;

/// The flags of these limits and of the serve loop's, as `serve` takes
/// them. Out-of-range values are refused by the parser, before anything
/// starts.
#[derive(Debug, Clone, clap::Args)]
pub struct LimitArgs {
    /// The longest a client may take to send a request's headers (and the
    /// longest an idle keep-alive connection stays open), in seconds.
    #[arg(long, env = "TRANSITION_HEADER_TIMEOUT_SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=300))]
    pub header_timeout_secs: u64,
    /// The longest a request body may pause between two chunks, in seconds
    /// (the whole request stays bounded by --request-timeout-secs).
    #[arg(long, env = "TRANSITION_BODY_TIMEOUT_SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=300))]
    pub body_timeout_secs: u64,
    /// The most connections open at once; beyond it a new connection is
    /// answered 503 and closed.
    #[arg(long, env = "TRANSITION_MAX_CONNECTIONS", default_value_t = 1024,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max_connections: u32,
    /// The most requests handled at once; beyond it a request is answered
    /// 503 at once.
    #[arg(long, env = "TRANSITION_MAX_IN_FLIGHT", default_value_t = 256,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max_in_flight: u32,
    /// On SIGTERM or SIGINT, how long requests in flight may take to finish
    /// before the server exits anyway, in seconds.
    #[arg(long, env = "TRANSITION_DRAIN_TIMEOUT_SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(0..=3600))]
    pub drain_timeout_secs: u64,
    /// Commits (POST /api/v1/imports) a partner may make per minute.
    #[arg(long, env = "TRANSITION_COMMITS_PER_MINUTE_PER_PARTNER", default_value_t = 30,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub commits_per_minute_per_partner: u32,
    /// Commits one client address may make per minute, all partners together.
    #[arg(long, env = "TRANSITION_COMMITS_PER_MINUTE_PER_IP", default_value_t = 120,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub commits_per_minute_per_ip: u32,
    /// Other writes (POST, PUT, PATCH, DELETE with a partner token) a
    /// partner may make per minute.
    #[arg(long, env = "TRANSITION_WRITES_PER_MINUTE_PER_PARTNER", default_value_t = 600,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub writes_per_minute_per_partner: u32,
    /// Other writes one client address may make per minute.
    #[arg(long, env = "TRANSITION_WRITES_PER_MINUTE_PER_IP", default_value_t = 1200,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub writes_per_minute_per_ip: u32,
    /// A reverse proxy (an address or a CIDR block) whose X-Forwarded-For
    /// or Forwarded header names the client; repeat, or separate with
    /// commas. Without it the client is the socket's peer.
    #[arg(
        long = "trusted-proxy",
        env = "TRANSITION_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<String>,
}

/// Requests per minute, each limit at least one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rates {
    pub commits_per_partner: NonZeroU32,
    pub commits_per_ip: NonZeroU32,
    pub writes_per_partner: NonZeroU32,
    pub writes_per_ip: NonZeroU32,
}

/// The limits the router applies (`Settings::limits`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitSettings {
    pub max_in_flight: usize,
    pub body_timeout: Duration,
    pub rates: Rates,
    pub trusted_proxies: Vec<IpNet>,
}

const fn per_minute(n: u32) -> NonZeroU32 {
    match NonZeroU32::new(n) {
        Some(n) => n,
        None => NonZeroU32::MIN,
    }
}

impl Default for LimitSettings {
    fn default() -> Self {
        LimitSettings {
            max_in_flight: 256,
            body_timeout: Duration::from_secs(10),
            rates: Rates {
                commits_per_partner: per_minute(30),
                commits_per_ip: per_minute(120),
                writes_per_partner: per_minute(600),
                writes_per_ip: per_minute(1200),
            },
            trusted_proxies: Vec::new(),
        }
    }
}

impl LimitArgs {
    /// The router's limits, or why a flag is refused.
    pub fn settings(&self) -> anyhow::Result<LimitSettings> {
        let trusted_proxies = self
            .trusted_proxies
            .iter()
            .map(|text| parse_proxy(text))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(LimitSettings {
            max_in_flight: usize::try_from(self.max_in_flight).unwrap_or(usize::MAX),
            body_timeout: Duration::from_secs(self.body_timeout_secs),
            rates: Rates {
                commits_per_partner: per_minute(self.commits_per_minute_per_partner),
                commits_per_ip: per_minute(self.commits_per_minute_per_ip),
                writes_per_partner: per_minute(self.writes_per_minute_per_partner),
                writes_per_ip: per_minute(self.writes_per_minute_per_ip),
            },
            trusted_proxies,
        })
    }
}

/// An address (`10.0.0.7`, `::1`) or a CIDR block (`10.0.0.0/8`).
pub fn parse_proxy(text: &str) -> anyhow::Result<IpNet> {
    let text = text.trim();
    if let Ok(net) = text.parse::<IpNet>() {
        return Ok(net.trunc());
    }
    text.parse::<IpAddr>().map(IpNet::from).map_err(|_| {
        anyhow::anyhow!(
            "--trusted-proxy (TRANSITION_TRUSTED_PROXIES): {text:?} is neither an IP address \
             nor a CIDR block (10.0.0.0/8, fd00::/8)"
        )
    })
}

/// What a request counts against, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// `POST /api/v1/imports`.
    Commit,
    /// Another POST, PUT, PATCH or DELETE under `/api/v1` taking a partner
    /// token (not the preview, which changes nothing, nor the operator's
    /// or the demo's routes).
    Write,
}

impl Class {
    pub fn of(method: &Method, path: &str) -> Option<Class> {
        if !matches!(
            *method,
            Method::POST | Method::PUT | Method::PATCH | Method::DELETE
        ) {
            return None;
        }
        let rest = path.strip_prefix("/api/v1/")?.trim_end_matches('/');
        let first = rest.split('/').next().unwrap_or_default();
        match rest {
            "imports" if *method == Method::POST => Some(Class::Commit),
            "imports/preview" => None,
            _ if first == "operator" || first == "dev" => None,
            _ => Some(Class::Write),
        }
    }
}

/// The client's address: the socket's peer, or, when that peer is a
/// trusted proxy, the last hop its `Forwarded` (else `X-Forwarded-For`)
/// header names.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let peer = peer.to_canonical();
    if !trusted.iter().any(|net| net.contains(&peer)) {
        return peer;
    }
    forwarded_for(headers)
        .or_else(|| x_forwarded_for(headers))
        .map(|ip| ip.to_canonical())
        .unwrap_or(peer)
}

/// The last `for=` of the last `Forwarded` header (RFC 7239).
fn forwarded_for(headers: &HeaderMap) -> Option<IpAddr> {
    let value = headers.get_all(header::FORWARDED).iter().next_back()?;
    let element = value.to_str().ok()?.rsplit(',').next()?;
    element.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("for") {
            return None;
        }
        let node = value.trim().trim_matches('"');
        // `[2001:db8::1]:443`, `192.0.2.1:80`, `192.0.2.1`.
        let host = match node.strip_prefix('[') {
            Some(rest) => rest.split(']').next().unwrap_or_default(),
            None => node.split(':').next().unwrap_or_default(),
        };
        host.parse().ok()
    })
}

/// The last address of the last `X-Forwarded-For` header.
fn x_forwarded_for(headers: &HeaderMap) -> Option<IpAddr> {
    let value = headers.get_all("x-forwarded-for").iter().next_back()?;
    value.to_str().ok()?.rsplit(',').next()?.trim().parse().ok()
}

/// An IPv6 client is counted by its /64 (one host usually holds a whole
/// /64); an IPv4 one by its address.
fn ip_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & (u128::MAX << 64);
            IpAddr::V6(bits.into())
        }
    }
}

/// The rate limiters, one keyed GCRA limiter per (class, key kind). Keys
/// that have fully recovered are dropped every [`SWEEP_EVERY`], so their
/// memory is bounded by the keys seen in the last minutes; and only
/// requests with a valid partner token are counted, so only partners can
/// add keys.
pub struct Limiters {
    commits_by_partner: DefaultKeyedRateLimiter<String>,
    commits_by_ip: DefaultKeyedRateLimiter<IpAddr>,
    writes_by_partner: DefaultKeyedRateLimiter<String>,
    writes_by_ip: DefaultKeyedRateLimiter<IpAddr>,
    last_sweep: Mutex<Instant>,
}

/// How often recovered keys are dropped.
pub const SWEEP_EVERY: Duration = Duration::from_secs(60);

impl std::fmt::Debug for Limiters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limiters")
            .field("keys", &self.keys())
            .finish()
    }
}

impl Limiters {
    pub fn new(rates: &Rates) -> Limiters {
        Limiters {
            commits_by_partner: RateLimiter::keyed(Quota::per_minute(rates.commits_per_partner)),
            commits_by_ip: RateLimiter::keyed(Quota::per_minute(rates.commits_per_ip)),
            writes_by_partner: RateLimiter::keyed(Quota::per_minute(rates.writes_per_partner)),
            writes_by_ip: RateLimiter::keyed(Quota::per_minute(rates.writes_per_ip)),
            last_sweep: Mutex::new(Instant::now()),
        }
    }

    /// The keys held now, all limiters together.
    pub fn keys(&self) -> usize {
        self.commits_by_partner.len()
            + self.commits_by_ip.len()
            + self.writes_by_partner.len()
            + self.writes_by_ip.len()
    }

    /// Counts one request of `class`; `Err` holds how long to wait.
    pub fn check(&self, class: Class, partner: &str, ip: Option<IpAddr>) -> Result<(), Duration> {
        self.sweep_if_due();
        let (by_partner, by_ip) = match class {
            Class::Commit => (&self.commits_by_partner, &self.commits_by_ip),
            Class::Write => (&self.writes_by_partner, &self.writes_by_ip),
        };
        let clock = DefaultClock::default();
        // The partner first: its own excess then never spends what its
        // address shares with other partners (behind one NAT, say).
        by_partner
            .check_key(&partner.to_owned())
            .map_err(|not_until| not_until.wait_time_from(clock.now()))?;
        match ip {
            Some(ip) => by_ip
                .check_key(&ip_key(ip))
                .map_err(|not_until| not_until.wait_time_from(clock.now())),
            None => Ok(()),
        }
    }

    fn sweep_if_due(&self) {
        let Ok(mut last) = self.last_sweep.try_lock() else {
            return;
        };
        if last.elapsed() < SWEEP_EVERY {
            return;
        }
        *last = Instant::now();
        self.sweep();
    }

    /// Drops the keys that have fully recovered.
    pub fn sweep(&self) {
        for limiter in [&self.commits_by_partner, &self.writes_by_partner] {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        for limiter in [&self.commits_by_ip, &self.writes_by_ip] {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

/// A refusal of these limits, rendered in `lang` with `Retry-After`.
fn refusal(error: ApiError, headers: &HeaderMap, retry_after: u64) -> Response {
    let lang = lang_of(headers);
    let body = serde_json::to_vec(&error.problem(lang, DEFAULT_HELP_URL)).unwrap_or_default();
    let mut response = (error.status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.as_str()),
    );
    headers.insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
    response.extensions_mut().insert(error);
    response
}

/// 503 `overloaded`.
pub fn overloaded(headers: &HeaderMap) -> Response {
    refusal(ApiError::overloaded(), headers, OVERLOAD_RETRY_AFTER_SECS)
}

/// The router with these limits around every route (the fallbacks too):
/// outermost the in-flight cap, then the rate limits, then the body-read
/// timeout.
pub fn apply(router: Router<AppState>, state: &AppState) -> Router<AppState> {
    let limits = &state.config.limits;
    // One semaphore for every route (`Router::layer` wraps each route).
    let in_flight = GlobalConcurrencyLimitLayer::new(limits.max_in_flight.max(1));
    router
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            body_timeout,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            rate_limit,
        ))
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(shed))
                .layer(LoadShedLayer::new())
                .layer(in_flight),
        )
}

/// The answer of a request shed by the in-flight cap.
async fn shed(headers: HeaderMap, error: BoxError) -> Response {
    if error.is::<tower::load_shed::error::Overloaded>() {
        overloaded(&headers)
    } else {
        tracing::error!(%error, "the in-flight limit failed");
        ApiError::internal().into_response()
    }
}

async fn rate_limit(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(class) = Class::of(request.method(), request.uri().path()) else {
        return next.run(request).await;
    };
    // Only a valid partner token counts: without one, the route answers
    // 401 anyway, and strangers cannot fill the limiters with keys.
    let Some(token) = crate::auth::bearer_token(request.headers()) else {
        return next.run(request).await;
    };
    let Some(claims) = state.keys.authenticate(token).await else {
        return next.run(request).await;
    };
    let ip = crate::net::peer(&request).map(|peer| {
        client_ip(
            peer.ip(),
            request.headers(),
            &state.config.limits.trusted_proxies,
        )
    });
    match state.limiters.check(class, &claims.sub, ip) {
        Ok(()) => next.run(request).await,
        Err(wait) => {
            let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            let secs = secs.max(1);
            tracing::info!(?class, retry_after = secs, "rate limited");
            refusal(
                ApiError::new(Code::RateLimited, StatusCode::TOO_MANY_REQUESTS)
                    .with("retry_after", secs),
                request.headers(),
                secs,
            )
        }
    }
}

async fn body_timeout(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let limit = state.config.limits.body_timeout;
    let timed_out = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&timed_out);
    let headers = request.headers().clone();
    let request = request.map(|body| {
        Body::new(TimeoutBody::new(limit, body).map_err(move |error| {
            if error.is::<TimeoutError>() {
                flag.store(true, Ordering::Relaxed);
            }
            error
        }))
    });
    let response = next.run(request).await;
    if timed_out.load(Ordering::Relaxed) {
        let mut response = refusal(
            ApiError::new(Code::RequestBodyTimeout, StatusCode::REQUEST_TIMEOUT),
            &headers,
            0,
        );
        response.headers_mut().remove(header::RETRY_AFTER);
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return response;
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            if let (Ok(name), Ok(value)) = (
                axum::http::HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            ) {
                map.append(name, value);
            }
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    #[test]
    fn writes_and_commits_are_told_apart() {
        let cases = [
            (Method::POST, "/api/v1/imports", Some(Class::Commit)),
            (Method::POST, "/api/v1/imports/", Some(Class::Commit)),
            (Method::POST, "/api/v1/imports/preview", None),
            (Method::GET, "/api/v1/imports/abc", None),
            (Method::GET, "/api/v1/me", None),
            (
                Method::PATCH,
                "/api/v1/business-profiles/x",
                Some(Class::Write),
            ),
            (
                Method::DELETE,
                "/api/v1/business-profiles/x/locations/y",
                Some(Class::Write),
            ),
            (Method::POST, "/api/v1/operator/ingest", None),
            (Method::POST, "/api/v1/dev/token", None),
            (Method::POST, "/host/x", None),
        ];
        for (method, path, expected) in cases {
            assert_eq!(Class::of(&method, path), expected, "{method} {path}");
        }
    }

    #[test]
    fn a_proxy_header_is_believed_only_from_a_trusted_proxy() {
        let trusted = vec![
            parse_proxy("10.0.0.0/8").unwrap_or_default(),
            parse_proxy("::1").unwrap_or_default(),
        ];
        let xff = headers(&[("x-forwarded-for", "6.6.6.6, 203.0.113.9")]);
        assert_eq!(client_ip(ip("10.1.2.3"), &xff, &trusted), ip("203.0.113.9"));
        assert_eq!(client_ip(ip("::1"), &xff, &trusted), ip("203.0.113.9"));
        assert_eq!(
            client_ip(ip("192.0.2.5"), &xff, &trusted),
            ip("192.0.2.5"),
            "an untrusted peer's header is ignored"
        );
        let forwarded = headers(&[
            ("forwarded", "for=6.6.6.6"),
            (
                "forwarded",
                "for=\"[2001:db8::7]:443\";proto=https, for=198.51.100.4:80",
            ),
            ("x-forwarded-for", "203.0.113.9"),
        ]);
        assert_eq!(
            client_ip(ip("10.0.0.1"), &forwarded, &trusted),
            ip("198.51.100.4"),
            "Forwarded first, its last element"
        );
        let garbage = headers(&[("x-forwarded-for", "not-an-ip")]);
        assert_eq!(
            client_ip(ip("10.0.0.1"), &garbage, &trusted),
            ip("10.0.0.1")
        );
        assert_eq!(
            client_ip(ip("::ffff:10.0.0.1"), &xff, &trusted),
            ip("203.0.113.9"),
            "an IPv4-mapped peer is its IPv4 address"
        );
        assert!(parse_proxy("10.0.0.0/33").is_err());
        assert!(parse_proxy("proxy.internal").is_err());
    }

    #[test]
    fn limits_are_per_partner_and_per_address() {
        let rates = Rates {
            commits_per_partner: per_minute(2),
            commits_per_ip: per_minute(3),
            writes_per_partner: per_minute(100),
            writes_per_ip: per_minute(100),
        };
        let limiters = Limiters::new(&rates);
        let a = Some(ip("192.0.2.1"));
        let b = Some(ip("192.0.2.2"));
        assert!(limiters.check(Class::Commit, "p1", a).is_ok());
        assert!(limiters.check(Class::Commit, "p1", a).is_ok());
        let wait = limiters.check(Class::Commit, "p1", b);
        assert!(
            wait.is_err_and(|wait| wait > Duration::ZERO && wait <= Duration::from_secs(30)),
            "the third commit of p1 waits about 30 s"
        );
        assert!(
            limiters.check(Class::Write, "p1", a).is_ok(),
            "writes apart"
        );
        // p2 from address a: a has used 2 of its 3 (p1's refused third
        // spent nothing of b's).
        assert!(limiters.check(Class::Commit, "p2", a).is_ok());
        assert!(
            limiters.check(Class::Commit, "p2", a).is_err(),
            "a is spent"
        );
        assert!(limiters.check(Class::Commit, "p3", b).is_ok());
        assert!(limiters.check(Class::Commit, "p3", b).is_ok());
        assert!(
            limiters.check(Class::Commit, "p3", b).is_err(),
            "p3 is spent"
        );
        assert!(
            limiters.check(Class::Commit, "p4", b).is_ok(),
            "b has one left"
        );
        assert!(
            limiters.check(Class::Commit, "p5", b).is_err(),
            "b is spent"
        );
        // The /64 of an IPv6 client is one key.
        let v6a = Some(ip("2001:db8::1"));
        let v6b = Some(ip("2001:db8::ffff:2"));
        for partner in ["q1", "q2", "q3"] {
            assert!(limiters.check(Class::Commit, partner, v6a).is_ok());
        }
        assert!(limiters.check(Class::Commit, "q4", v6b).is_err());
        assert!(limiters.keys() > 0);
    }
}
