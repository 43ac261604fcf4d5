//! `transition-server serve`: configuration, logging, storage, migrations,
//! demo data, then the HTTP server until SIGINT or SIGTERM.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tracing_subscriber::EnvFilter;

use crate::app::{router, Assets};
use crate::auth::{TokenKeys, DEFAULT_AUDIENCE};
use crate::cli::StorageArgs;
use crate::routes::now;
use crate::state::{AppState, Settings};
use crate::store::{SqliteStore, Store};

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
    /// The HS256 secret of partner tokens (required outside demo mode).
    #[arg(long, env = "TRANSITION_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,
    /// The audience tokens must name.
    #[arg(long, env = "TRANSITION_JWT_AUDIENCE", default_value = DEFAULT_AUDIENCE)]
    pub jwt_audience: String,
    /// The operator's bearer token for /api/v1/operator routes.
    #[arg(long, env = "TRANSITION_OPERATOR_TOKEN", hide_env_values = true)]
    pub operator_token: Option<String>,
    /// Host origins (the partner portal) allowed to call the API and frame
    /// the app; repeat, or separate with commas.
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
    #[arg(long, env = "TRANSITION_MAX_BODY_BYTES", default_value_t = 1024 * 1024)]
    pub max_body_bytes: usize,
    /// The longest a request may take, in seconds.
    #[arg(long, env = "TRANSITION_REQUEST_TIMEOUT_SECS", default_value_t = 30)]
    pub request_timeout_secs: u64,
}

/// The demo partners' exports, built into the binary so that demo mode
/// works from any directory.
pub const DEMO_EXPORTS: [(&str, &str); 3] = [
    ("contoso.json", include_str!("../../fixtures/contoso.json")),
    (
        "fabrikam.json",
        include_str!("../../fixtures/fabrikam.json"),
    ),
    (
        "northwind-closed.json",
        include_str!("../../fixtures/northwind-closed.json"),
    ),
];

pub fn init_tracing(json: bool) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

/// Opens the configured store (creating the data directory if needed).
pub async fn open_store(storage: &StorageArgs) -> anyhow::Result<Arc<dyn Store>> {
    let store = match &storage.database_url {
        Some(url) if url.starts_with("sqlite:") => SqliteStore::open_url(url).await?,
        Some(url) => anyhow::bail!(
            "unsupported database URL {:?}: this build stores in SQLite (sqlite:…)",
            url.split(':').next().unwrap_or_default()
        ),
        None => {
            std::fs::create_dir_all(&storage.data_dir)
                .with_context(|| format!("cannot create {}", storage.data_dir.display()))?;
            SqliteStore::open(&storage.data_dir.join("transition.db")).await?
        }
    };
    Ok(Arc::new(store))
}

pub fn run_blocking(storage: &StorageArgs, args: ServeArgs) -> ExitCode {
    crate::cli::block_on(storage, async {
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

async fn serve(storage: &StorageArgs, args: ServeArgs) -> anyhow::Result<()> {
    let store = open_store(storage).await?;
    let secret = match (&args.jwt_secret, args.demo) {
        (Some(secret), _) if secret.len() >= 32 => secret.clone(),
        (Some(_), _) => anyhow::bail!("--jwt-secret must be at least 32 bytes"),
        (None, true) => format!(
            "{}{}",
            uuid::Uuid::new_v4().simple(),
            uuid::Uuid::new_v4().simple()
        ),
        (None, false) => {
            anyhow::bail!("--jwt-secret (TRANSITION_JWT_SECRET) is required outside --demo mode")
        }
    };
    if args.demo {
        load_demo(store.as_ref()).await?;
    }
    let settings = Settings {
        demo: args.demo,
        help_url: args.help_url.clone(),
        max_body_bytes: args.max_body_bytes,
        request_timeout: Duration::from_secs(args.request_timeout_secs.max(1)),
        allowed_origins: args.allowed_origins.clone(),
        operator_token: args.operator_token.clone(),
        ..Settings::default()
    };
    let state = AppState::new(
        store,
        TokenKeys::new(secret.as_bytes(), &args.jwt_audience),
        settings,
    );
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
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await?;
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

/// Loads the demo exports; an account already imported stays as it is.
pub async fn load_demo(store: &dyn Store) -> anyhow::Result<()> {
    for (name, raw) in DEMO_EXPORTS {
        let export = transition_domain::parse_export(raw.as_bytes())
            .map_err(|error| anyhow::anyhow!("demo export {name}: {error}"))?;
        let outcome = store.ingest(&export, raw, &now()).await?;
        tracing::info!(export = name, ?outcome, "demo data");
    }
    Ok(())
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
