//! What every handler shares: the store, the token keys, the settings and
//! the rate limiters. Replicas share no memory, so whatever must hold
//! across them (commits in flight among others) lives in the store; the
//! rate limits are per replica.

use std::sync::Arc;
use std::time::Duration;

use crate::origin::Origin;
use crate::quota::{LimitSettings, Limiters};
use crate::store::Store;
use crate::tokens::TokenKeys;

/// Settings the handlers read (the CLI builds them from flags and the
/// environment).
#[derive(Debug, Clone)]
pub struct Settings {
    /// Demo mode: `POST /api/v1/dev/token` mints tokens.
    pub demo: bool,
    /// The regional service centre, linked from problems a partner cannot
    /// fix in the app.
    pub help_url: String,
    /// The largest request body, in bytes.
    pub max_body_bytes: usize,
    /// The largest Pinpoint export the operator may ingest, in bytes.
    pub max_export_bytes: usize,
    pub request_timeout: Duration,
    /// How long a commit's claim of its idempotency key lasts if its
    /// replica dies before releasing it (longer than `request_timeout`).
    pub commit_lease: Duration,
    /// Host origins allowed to call the API and to frame the app.
    pub allowed_origins: Vec<Origin>,
    /// The operator's bearer token; operator routes are closed without one.
    pub operator_token: Option<crate::secret::Secret>,
    /// How long minted demo tokens last.
    pub demo_token_ttl: Duration,
    /// The in-flight cap, the rate limits, the body-read timeout.
    pub limits: LimitSettings,
    /// Whether imports need a second admin, for a partner that has not
    /// set it (`--approval-default`).
    pub approval_default: bool,
}

/// The largest request body by default (`--max-body-bytes`): every route
/// but the operator's export ingest (`max_export_bytes`) keeps it. With
/// the domain's list bounds, a body this large asks for bounded work.
pub const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            demo: false,
            help_url: crate::error::DEFAULT_HELP_URL.to_owned(),
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            max_export_bytes: transition_domain::export::DEFAULT_MAX_BYTES,
            request_timeout: Duration::from_secs(30),
            commit_lease: Duration::from_secs(60),
            allowed_origins: Vec::new(),
            operator_token: None,
            demo_token_ttl: Duration::from_secs(8 * 3600),
            approval_default: false,
            limits: LimitSettings::default(),
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub keys: Arc<TokenKeys>,
    pub config: Arc<Settings>,
    /// The rate limiters of `config.limits.rates` (each replica counts
    /// its own requests).
    pub limiters: Arc<Limiters>,
    /// The requests in flight per partner and per address (each replica
    /// counts its own).
    pub in_flight: Arc<crate::places::InFlight>,
}

impl AppState {
    pub fn new(store: Arc<dyn Store>, keys: TokenKeys, config: Settings) -> AppState {
        AppState {
            limiters: Arc::new(Limiters::new(&config.limits.rates)),
            in_flight: Arc::default(),
            store,
            keys: Arc::new(keys),
            config: Arc::new(config),
        }
    }
}
