//! `transition-server`: the operator's command line. See `cli.rs`.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = transition_server::cli::Cli::parse();
    transition_server::cli::run(cli)
}
