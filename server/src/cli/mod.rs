//! The operator's commands: the clap types and the dispatch here, one
//! module per command, the runtime they share in [`runtime`]. Exit status:
//! 0 when there is no error, 1 when the export or the plan has errors, 2
//! when the input cannot be read or parsed, or the configuration is
//! refused. Every option is described in `docs/configuration.md` (a test
//! holds the two together).

mod approval;
mod backup;
mod check;
pub mod config;
mod ingest;
mod input;
mod plan;
mod referrals;
mod report;
pub mod runtime;
pub mod serve;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use transition_domain::export::DEFAULT_MAX_BYTES;
use transition_domain::locales::messages;
use transition_domain::report::Report;
use transition_domain::{Lang, PartnerId};

use crate::store::{PgStore, SqliteOptions, SqliteStore, Store};

pub use self::config::ServeArgs;

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
    pub serve: ServeArgs,
    #[command(flatten)]
    pub lang: LangArgs,
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
    /// A database URL instead (`sqlite:…`, or `postgres://…` for several
    /// replicas sharing one database); overrides --data-dir.
    #[arg(
        long,
        env = "TRANSITION_DATABASE_URL",
        global = true,
        hide_env_values = true
    )]
    pub database_url: Option<crate::secret::Secret>,
    /// The most connections to PostgreSQL this process opens (each
    /// replica has its own pool: replicas × this must stay under the
    /// server's max_connections).
    #[arg(
        long,
        env = "TRANSITION_DATABASE_POOL_SIZE",
        default_value_t = crate::store::postgres::DEFAULT_POOL_SIZE,
        value_parser = clap::value_parser!(u32).range(1..=1000),
        global = true
    )]
    pub database_pool_size: u32,
    /// Log lines as JSON (for log collectors) instead of for people.
    #[arg(long, env = "TRANSITION_LOG_JSON", global = true)]
    pub log_json: bool,
    /// How long a write waits for a database lock held elsewhere, in
    /// milliseconds, before it is answered 503 `storage_unavailable`.
    #[arg(
        long,
        env = "TRANSITION_DB_BUSY_TIMEOUT_MS",
        default_value_t = 5000,
        value_parser = clap::value_parser!(u64).range(1..=600_000),
        global = true
    )]
    pub db_busy_timeout_ms: u64,
}

impl StorageArgs {
    /// Opens the configured store (creating the data directory if needed).
    pub async fn open_store(&self) -> anyhow::Result<Arc<dyn Store>> {
        let options = SqliteOptions {
            busy_timeout: Duration::from_millis(self.db_busy_timeout_ms),
        };
        let store: Arc<dyn Store> = match &self.database_url {
            Some(url) if url.starts_with("sqlite:") => {
                Arc::new(SqliteStore::open_url_with_options(url, options).await?)
            }
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Arc::new(
                    PgStore::open(url, self.database_pool_size)
                        .await
                        .context("cannot open the PostgreSQL database")?,
                )
            }
            // The URL may hold a password: only its scheme is printed.
            Some(url) => anyhow::bail!(
                "unsupported database URL scheme {:?}: use sqlite:… or postgres://…",
                url.split(':').next().unwrap_or_default()
            ),
            None => {
                crate::private_files::create_private_dir(&self.data_dir)
                    .with_context(|| format!("cannot create {}", self.data_dir.display()))?;
                Arc::new(
                    SqliteStore::open_with_options(&self.data_dir.join("transition.db"), options)
                        .await?,
                )
            }
        };
        Ok(store)
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs the HTTP server (the default command).
    Serve(Box<ServeArgs>),
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
        partner_id: PartnerId,
        /// `csv` (the download partners get) or `json`.
        #[arg(long, value_enum, default_value_t = ReferralFormat::Csv)]
        format: ReferralFormat,
    },
    /// Whether a partner's imports need a second admin (one submits,
    /// another approves): prints it, or sets it with `on` or `off`
    /// (audited as the operator's change). Null: the partner has not
    /// chosen, and the server's --approval-default stands.
    Approval {
        /// The Partner Center partner id.
        partner_id: PartnerId,
        /// `on` or `off`; without it, the setting is printed.
        #[arg(value_enum)]
        set: Option<Switch>,
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
    /// The largest export accepted, in bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES, env = "TRANSITION_MAX_EXPORT_BYTES")]
    pub max_export_bytes: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    Text,
}

/// A setting turned on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Switch {
    On,
    Off,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReferralFormat {
    Csv,
    Json,
}

/// The language of what the CLI prints; applies to every command.
#[derive(Debug, Clone, clap::Args)]
pub struct LangArgs {
    /// The language of what is printed: a BCP 47 tag (`de`, `pt-BR`,
    /// `zh-TW`); without it, the environment's locale (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`), else English.
    #[arg(long, env = "TRANSITION_LANG", global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

impl LangArgs {
    /// `--lang`, else the POSIX locale of the environment, else English.
    pub fn resolve(&self) -> Lang {
        let env = |name: &str| std::env::var(name).ok();
        self.lang
            .or_else(|| lang_of_posix_locale(&[env("LC_ALL"), env("LC_MESSAGES"), env("LANG")]))
            .unwrap_or_default()
    }
}

fn parse_lang(tag: &str) -> Result<Lang, String> {
    Lang::match_tag(tag).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|lang| lang.as_str()).collect();
        format!(
            "not a language of Pinpoint Transition (one of {})",
            known.join(", ")
        )
    })
}

/// The language of the first set POSIX locale variable (`ru_RU.UTF-8`,
/// `de_DE@euro`); `C` and `POSIX` say nothing.
fn lang_of_posix_locale(values: &[Option<String>]) -> Option<Lang> {
    let value = values.iter().flatten().find(|value| !value.is_empty())?;
    let tag = value.split(['.', '@']).next().unwrap_or_default();
    if tag == "C" || tag == "POSIX" {
        return None;
    }
    Lang::match_tag(tag)
}

pub fn run(cli: Cli) -> ExitCode {
    let storage = cli.storage;
    let lang = cli.lang.resolve();
    let command = cli
        .command
        .unwrap_or_else(|| Command::Serve(Box::new(cli.serve)));
    let outcome = match command {
        Command::Check { export, output } => check::run(&export, &output, lang),
        Command::Plan {
            export,
            request,
            output,
        } => plan::run(&export, request.as_deref(), &output, lang),
        Command::Serve(args) => return serve::run(&storage, *args),
        Command::Ingest {
            paths,
            max_export_bytes,
        } => return ingest::run(&storage, &paths, max_export_bytes, lang),
        Command::Backup { to, force } => return backup::run(&storage, &to, force, lang),
        Command::Referrals { partner_id, format } => {
            return referrals::run(&storage, &partner_id, format, lang)
        }
        Command::Approval { partner_id, set } => {
            return approval::run(&storage, &partner_id, set, lang)
        }
    };
    match outcome {
        Ok(code) => code,
        Err(error) => fail(lang, error),
    }
}

/// Prints `error` as the CLI's error line, in `lang`, and answers the exit
/// status of a failure to run (2).
fn fail(lang: Lang, error: impl std::fmt::Display) -> ExitCode {
    let error = error.to_string();
    eprintln!(
        "{}",
        messages(lang).fill(Report::ErrorLine, &[("error", &error)])
    );
    ExitCode::from(2)
}

/// 1 when there are errors, else 0.
fn exit_for(errors: bool) -> ExitCode {
    if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
