//! `transition-server` with its crash points armed, for the crash-safety
//! tests: `TRANSITION_FAILPOINT=<name>` aborts the process when an import
//! reaches `<name>` (one of `transition_server::failpoint::NAMES`). The
//! real binary has no such code: this hook is only installed here.

use clap::Parser;

fn crash_at(name: &str) {
    if std::env::var("TRANSITION_FAILPOINT").is_ok_and(|wanted| wanted == name) {
        eprintln!("failpoint {name}: aborting");
        std::process::abort();
    }
}

fn main() -> std::process::ExitCode {
    transition_server::failpoint::install(crash_at);
    transition_server::cli::run(transition_server::cli::Cli::parse())
}
