//! `transition-server`: the operator's command line. See `cli.rs`.

// Outside tests, nothing may panic on bad input: no unwrap, no expect,
// no indexing that can fail (tests may).
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = transition_server::cli::Cli::parse();
    transition_server::cli::run(cli)
}
