//! `transition-server` built with its crash points (feature `failpoints`),
//! for the crash-safety tests. Release builds of the real binary have none.

use clap::Parser;

fn main() -> std::process::ExitCode {
    transition_server::cli::run(transition_server::cli::Cli::parse())
}
