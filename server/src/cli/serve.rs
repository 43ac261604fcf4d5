//! `transition-server serve`: the checked configuration
//! ([`config`](super::config)), logging, storage, migrations, demo data,
//! then the HTTP server until SIGINT or SIGTERM (then requests in flight
//! get `--drain-timeout-secs` to finish).

use std::process::ExitCode;

use anyhow::Context;

use super::config::{ServeArgs, ServeConfig};
use super::{runtime, StorageArgs};
use crate::app::router;
use crate::state::AppState;

pub fn run(storage: &StorageArgs, args: ServeArgs) -> ExitCode {
    runtime::block_on(storage.log_json, async {
        match serve(storage, &args).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                tracing::error!("{error:#}");
                eprintln!("error: {error:#}");
                ExitCode::from(2)
            }
        }
    })
}

async fn serve(storage: &StorageArgs, args: &ServeArgs) -> anyhow::Result<()> {
    let ServeConfig {
        addr,
        assets,
        demo,
        identity,
        settings,
        net,
    } = args.config()?;
    let keys = identity.token_keys(&settings).await?;
    let store = storage.open_store().await?;
    if demo {
        tracing::warn!(
            "DEMO MODE: anyone can mint a token for any partner (POST /api/v1/dev/token); \
             never expose this server to partners"
        );
        crate::demo::load_demo(store.as_ref()).await?;
    }
    let state = AppState::new(store.clone(), keys, settings);
    let app = router(state, &assets);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, demo, "listening");
    if demo {
        println!("Pinpoint Transition (demo) is running: open http://{addr}/");
        if assets.host.is_some() {
            println!("The widget embedded in a mock partner portal: http://{addr}/host/");
        }
    } else {
        println!("Pinpoint Transition is listening on http://{addr}/");
    }
    crate::net::serve(listener, app, net, shutdown_signal()).await;
    store.close().await;
    tracing::info!("stopped");
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
