//! The operator's commands. Exit status: 0 when there is no error, 1 when
//! the export or the plan has errors, 2 when the input cannot be read or
//! parsed, or the configuration is refused. Every option is described in
//! `docs/configuration.md` (a test holds the two together).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use transition_domain::export::{ParseLimits, DEFAULT_MAX_BYTES};
use transition_domain::issue::has_errors;
use transition_domain::{
    check_export, parse_export_with, plan_import, ExportError, ImportRequest, Lang, PinpointExport,
};

use crate::report;

#[derive(Debug, Parser)]
#[command(
    name = "transition-server",
    version,
    about = "Pinpoint Transition: moves a partner's Pinpoint presence into Partner Center business profiles",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(flatten)]
    pub storage: StorageArgs,
    /// `serve`'s options, for when the command is left out.
    #[command(flatten)]
    pub serve: crate::serve::ServeArgs,
    /// `serve` when omitted.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Where data lives; applies to every command.
#[derive(Debug, Clone, clap::Args)]
pub struct StorageArgs {
    /// The directory of the embedded SQLite database (`transition.db`).
    #[arg(
        long,
        env = "TRANSITION_DATA_DIR",
        default_value = "data",
        global = true
    )]
    pub data_dir: PathBuf,
    /// A database URL instead (`sqlite:…`); overrides --data-dir.
    #[arg(long, env = "TRANSITION_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Log lines as JSON (for log collectors) instead of for people.
    #[arg(long, env = "TRANSITION_LOG_JSON", global = true)]
    pub log_json: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs the HTTP server (the default command).
    Serve(Box<crate::serve::ServeArgs>),
    /// Loads Pinpoint exports (files, or every *.json of directories) into
    /// the store. Each is checked first; a bad one is reported and
    /// skipped; an imported (closed) account is never changed.
    Ingest {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The largest export accepted, in bytes.
        #[arg(long, default_value_t = DEFAULT_MAX_BYTES, env = "TRANSITION_MAX_EXPORT_BYTES")]
        max_export_bytes: usize,
    },
    /// Writes a consistent copy of the store to a file while the server
    /// runs (SQLite VACUUM INTO), and checks it. To restore: stop the
    /// server, copy the file to <data dir>/transition.db, start it.
    Backup {
        /// The backup file to write.
        #[arg(long)]
        to: PathBuf,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Prints a partner's customer referrals (before or after the import).
    Referrals {
        /// The Partner Center partner id.
        partner_id: String,
        /// `csv` (the download partners get) or `json`.
        #[arg(long, value_enum, default_value_t = ReferralFormat::Csv)]
        format: ReferralFormat,
    },
    /// Parses a Pinpoint export and checks it against every rule, as if
    /// every profile were imported unchanged.
    Check {
        /// The export file, or `-` for standard input.
        export: PathBuf,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Prints the import plan for an export and a request: what would be
    /// created, what would not, and every issue.
    Plan {
        /// The export file, or `-` for standard input.
        export: PathBuf,
        /// The import request (API.md); by default every profile, every
        /// solution, with both acknowledgements given.
        request: Option<PathBuf>,
        #[command(flatten)]
        output: OutputArgs,
    },
}

#[derive(Debug, Clone, clap::Args)]
pub struct OutputArgs {
    /// `json` for programs (the API's preview shape), `text` for people.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// The language of messages.
    #[arg(long, value_enum, default_value_t = LangArg::En, env = "TRANSITION_LANG")]
    pub lang: LangArg,
    /// The largest export accepted, in bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES, env = "TRANSITION_MAX_EXPORT_BYTES")]
    pub max_export_bytes: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReferralFormat {
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Fr,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::En => Lang::En,
            LangArg::Fr => Lang::Fr,
        }
    }
}

/// Why a command could not even look at its input.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not an import request: {reason}")]
    Request { path: String, reason: String },
}

pub fn run(cli: Cli) -> ExitCode {
    let storage = cli.storage;
    let command = cli
        .command
        .unwrap_or_else(|| Command::Serve(Box::new(cli.serve)));
    let outcome = match command {
        Command::Check { export, output } => check(&export, &output),
        Command::Plan {
            export,
            request,
            output,
        } => plan(&export, request.as_deref(), &output),
        Command::Serve(args) => return crate::serve::run_blocking(&storage, *args),
        Command::Ingest {
            paths,
            max_export_bytes,
        } => return crate::ingest::run_blocking(&storage, &paths, max_export_bytes),
        Command::Backup { to, force } => return crate::backup::run_blocking(&storage, &to, force),
        Command::Referrals { partner_id, format } => {
            return crate::ingest::referrals_blocking(&storage, &partner_id, format)
        }
    };
    match outcome {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

/// Reads a file or standard input, at most `limit + 1` bytes so an
/// oversized input is refused without being held whole.
pub fn read_input(path: &Path, limit: usize) -> Result<Vec<u8>, InputError> {
    let name = path.display().to_string();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let mut bytes = Vec::new();
    let result = if name == "-" {
        std::io::stdin().lock().take(cap).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|file| file.take(cap).read_to_end(&mut bytes))
    };
    result.map_err(|source| InputError::Read { path: name, source })?;
    Ok(bytes)
}

/// The export, or the exit code and what was printed about its refusal.
fn load_export(
    path: &Path,
    output: &OutputArgs,
) -> Result<Result<PinpointExport, ExitCode>, InputError> {
    let bytes = read_input(path, output.max_export_bytes)?;
    let limits = ParseLimits {
        max_bytes: output.max_export_bytes,
    };
    match parse_export_with(&bytes, limits) {
        Ok(export) => Ok(Ok(export)),
        Err(error) => {
            report::print_export_error(
                &path.display().to_string(),
                &error,
                output.format,
                output.lang.into(),
            );
            // An export whose content contradicts itself has errors (1);
            // one that cannot be parsed at all is unreadable (2).
            let code = if matches!(error, ExportError::Integrity { .. }) {
                1
            } else {
                2
            };
            Ok(Err(ExitCode::from(code)))
        }
    }
}

fn check(path: &Path, output: &OutputArgs) -> Result<ExitCode, InputError> {
    let export = match load_export(path, output)? {
        Ok(export) => export,
        Err(code) => return Ok(code),
    };
    let issues = check_export(&export);
    report::print_check(&export, &issues, output.format, output.lang.into());
    Ok(exit_for(has_errors(&issues)))
}

fn plan(
    path: &Path,
    request_path: Option<&Path>,
    output: &OutputArgs,
) -> Result<ExitCode, InputError> {
    let export = match load_export(path, output)? {
        Ok(export) => export,
        Err(code) => return Ok(code),
    };
    let request = match request_path {
        None => ImportRequest::everything(&export).acknowledged(),
        Some(request_path) => {
            let bytes = read_input(request_path, output.max_export_bytes)?;
            let name = request_path.display().to_string();
            let mut deserializer = serde_json::Deserializer::from_slice(&bytes);
            serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
                InputError::Request {
                    path: name,
                    reason: format!(
                        "at {}: {}",
                        transition_domain::export::path_pointer(error.path()),
                        transition_domain::export::error_reason(error.inner())
                    ),
                }
            })?
        }
    };
    let plan = plan_import(&export, &request, &[]);
    report::print_plan(&plan, output.format, output.lang.into());
    Ok(exit_for(plan.has_errors()))
}

/// Runs an async command on a fresh runtime, with logging set up.
pub fn block_on(
    storage: &StorageArgs,
    command: impl std::future::Future<Output = ExitCode>,
) -> ExitCode {
    crate::serve::init_tracing(storage.log_json);
    match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime.block_on(command),
        Err(error) => {
            eprintln!("error: cannot start the runtime: {error}");
            ExitCode::from(2)
        }
    }
}

fn exit_for(errors: bool) -> ExitCode {
    if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
