//! What the async commands run on: logging, then a fresh tokio runtime.
//! Depends on nothing else of the CLI (nor of the crate).

use std::future::Future;
use std::process::ExitCode;

use tracing_subscriber::EnvFilter;

/// Logs to standard error, as JSON lines (`json`) or for people.
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

/// Runs an async command on a fresh runtime, with logging set up.
pub fn block_on(log_json: bool, command: impl Future<Output = ExitCode>) -> ExitCode {
    init_tracing(log_json);
    match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime.block_on(command),
        Err(error) => {
            eprintln!("error: cannot start the runtime: {error}");
            ExitCode::from(2)
        }
    }
}
