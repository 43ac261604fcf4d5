//! The limits' settings and state, apart from the router (`limits.rs`),
//! so that the shared state can hold them: the flags, the rates, the
//! client address behind a trusted proxy, and the keyed rate limiters.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::{header, HeaderMap};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use ipnet::IpNet;

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
    /// A reverse proxy (an address or a CIDR block) whose forwarded header
    /// (--forwarded-header) names the client; repeat, or separate with
    /// commas. Without it the client is the socket's peer.
    #[arg(
        long = "trusted-proxy",
        env = "TRANSITION_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<String>,
    /// The one header the trusted proxies set to name the client:
    /// `x-forwarded-for` or `forwarded` (RFC 7239). The other is never
    /// read, whoever sends it.
    #[arg(long, env = "TRANSITION_FORWARDED_HEADER", value_enum, default_value_t = ForwardedHeader::XForwardedFor)]
    pub forwarded_header: ForwardedHeader,
}

/// The header a trusted proxy names the client in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ForwardedHeader {
    #[default]
    XForwardedFor,
    Forwarded,
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
    pub forwarded_header: ForwardedHeader,
}

pub(crate) const fn per_minute(n: u32) -> NonZeroU32 {
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
            forwarded_header: ForwardedHeader::XForwardedFor,
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
            forwarded_header: self.forwarded_header,
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

/// What a request counts against: the class of the router its route is
/// in (`routes::api`, `limits::counted`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// `POST /api/v1/imports`.
    Commit,
    /// Another write taking a partner token (not the preview, which
    /// changes nothing, nor the operator's or the demo's routes).
    Write,
}

/// The client's address: the socket's peer; or, when that peer is a
/// trusted proxy, the rightmost address of the `header` it sets that is
/// not a trusted proxy itself (each proxy appends the address it heard
/// from, so what a client wrote itself sits to the left and is passed
/// over). An entry that does not read (`unknown`, garbage) stops the walk:
/// the peer then stands for the client. Every entry a trusted proxy: the
/// leftmost.
pub fn client_ip(
    peer: IpAddr,
    headers: &HeaderMap,
    trusted: &[IpNet],
    header: ForwardedHeader,
) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    let peer = peer.to_canonical();
    if !is_trusted(&peer) {
        return peer;
    }
    let hops = match header {
        ForwardedHeader::XForwardedFor => x_forwarded_for(headers),
        ForwardedHeader::Forwarded => forwarded_for(headers),
    };
    for hop in hops.iter().rev() {
        match hop.map(|ip| ip.to_canonical()) {
            Some(ip) if is_trusted(&ip) => continue,
            Some(ip) => return ip,
            None => return peer,
        }
    }
    hops.first()
        .copied()
        .flatten()
        .map_or(peer, |ip| ip.to_canonical())
}

/// Every `for=` of every `Forwarded` header (RFC 7239), in order; `None`
/// for one that is not an address.
fn forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let mut hops = Vec::new();
    for value in headers.get_all(header::FORWARDED) {
        let Ok(text) = value.to_str() else {
            hops.push(None);
            continue;
        };
        for element in text.split(',') {
            hops.push(element.split(';').find_map(|pair| {
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
            }));
        }
    }
    hops
}

/// Every address of every `X-Forwarded-For` header, in order; `None` for
/// one that is not an address.
fn x_forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let mut hops = Vec::new();
    for value in headers.get_all("x-forwarded-for") {
        match value.to_str() {
            Ok(text) => hops.extend(text.split(',').map(|hop| hop.trim().parse().ok())),
            Err(_) => hops.push(None),
        }
    }
    hops
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
