//! The limits' settings and state, apart from the router (`limits.rs`),
//! so that the shared state can hold them: the flags, the rates and the
//! keyed rate limiters (the client address they count is `forwarded.rs`'s).

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use ipnet::IpNet;

pub use crate::forwarded::{client_ip, ip_key, parse_proxy, ForwardedHeader};

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
    /// The most requests of one partner (by its token) handled at once;
    /// beyond it the partner's next request is answered 429 at once.
    #[arg(long, env = "TRANSITION_MAX_IN_FLIGHT_PER_PARTNER", default_value_t = 32,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max_in_flight_per_partner: u32,
    /// The most requests from one client address (an IPv6 client's /64)
    /// handled at once; beyond it the next is answered 429 at once.
    #[arg(long, env = "TRANSITION_MAX_IN_FLIGHT_PER_IP", default_value_t = 64,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max_in_flight_per_ip: u32,
    /// The slowest a request body may arrive on average, in bytes per
    /// second, after its first 5 seconds: a slower body is cut (408). 0
    /// turns the minimum off.
    #[arg(long, env = "TRANSITION_BODY_MIN_BYTES_PER_SEC", default_value_t = 1024,
          value_parser = clap::value_parser!(u64).range(0..=1_000_000_000))]
    pub body_min_bytes_per_sec: u64,
    /// The most connections open at once from one peer address (an IPv6
    /// peer's /64; a --trusted-proxy is not capped); beyond it a new
    /// connection is answered 503 and closed.
    #[arg(long, env = "TRANSITION_MAX_CONNECTIONS_PER_IP", default_value_t = 512,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max_connections_per_ip: u32,
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
    pub max_in_flight_per_partner: usize,
    pub max_in_flight_per_ip: usize,
    pub body_timeout: Duration,
    /// Bytes per second a body keeps on average (`body_rate`); 0: no
    /// minimum.
    pub body_min_rate: u64,
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
            max_in_flight_per_partner: 32,
            max_in_flight_per_ip: 64,
            body_timeout: Duration::from_secs(10),
            body_min_rate: 1024,
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
            max_in_flight_per_partner: usize::try_from(self.max_in_flight_per_partner)
                .unwrap_or(usize::MAX),
            max_in_flight_per_ip: usize::try_from(self.max_in_flight_per_ip).unwrap_or(usize::MAX),
            body_timeout: Duration::from_secs(self.body_timeout_secs),
            body_min_rate: self.body_min_bytes_per_sec,
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

/// What a request counts against: the class of the router its route is
/// in (`routes::api`, `limits::counted`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// `POST /api/v1/imports`.
    Commit,
    /// Another write taking a partner token (not the operator's or the
    /// demo's routes).
    Write,
    /// `POST /api/v1/imports/preview`: counted at the writes' rates, apart
    /// from them, and open to every role (it changes nothing).
    Preview,
}

impl Class {
    /// Whether the class's routes need a role that writes.
    pub fn needs_write(self) -> bool {
        !matches!(self, Class::Preview)
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
    previews_by_partner: DefaultKeyedRateLimiter<String>,
    previews_by_ip: DefaultKeyedRateLimiter<IpAddr>,
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
            previews_by_partner: RateLimiter::keyed(Quota::per_minute(rates.writes_per_partner)),
            previews_by_ip: RateLimiter::keyed(Quota::per_minute(rates.writes_per_ip)),
            last_sweep: Mutex::new(Instant::now()),
        }
    }

    /// The keys held now, all limiters together.
    pub fn keys(&self) -> usize {
        self.commits_by_partner.len()
            + self.commits_by_ip.len()
            + self.writes_by_partner.len()
            + self.writes_by_ip.len()
            + self.previews_by_partner.len()
            + self.previews_by_ip.len()
    }

    /// Counts one request of `class`; `Err` holds how long to wait.
    pub fn check(&self, class: Class, partner: &str, ip: Option<IpAddr>) -> Result<(), Duration> {
        self.sweep_if_due();
        let (by_partner, by_ip) = match class {
            Class::Commit => (&self.commits_by_partner, &self.commits_by_ip),
            Class::Write => (&self.writes_by_partner, &self.writes_by_ip),
            Class::Preview => (&self.previews_by_partner, &self.previews_by_ip),
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
        for limiter in [
            &self.commits_by_partner,
            &self.writes_by_partner,
            &self.previews_by_partner,
        ] {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        for limiter in [
            &self.commits_by_ip,
            &self.writes_by_ip,
            &self.previews_by_ip,
        ] {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}
