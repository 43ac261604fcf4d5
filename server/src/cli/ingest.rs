//! `transition-server ingest`: the operator loads Pinpoint exports.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};
use transition_domain::{parse_export_with, Lang, ParseLimits};

use super::input::read_input;
use super::{runtime, StorageArgs};
use crate::clock::now;
use crate::store::{IngestOutcome, Store};

/// Every file named, and every `*.json` of every directory named (sorted).
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|ext| ext == "json"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

#[derive(Default)]
struct Tally {
    created: usize,
    updated: usize,
    closed: usize,
    conflicts: usize,
    refused: usize,
}

pub fn run(storage: &StorageArgs, paths: &[PathBuf], max_export_bytes: usize) -> ExitCode {
    runtime::block_on(storage.log_json, ingest(storage, paths, max_export_bytes))
}

async fn ingest(storage: &StorageArgs, paths: &[PathBuf], max_export_bytes: usize) -> ExitCode {
    let files = match expand(paths) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let store = match storage.open_store().await {
        Ok(store) => store,
        Err(error) => {
            eprintln!("error: {error:#}");
            return ExitCode::from(2);
        }
    };
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(files.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    let mut tally = Tally::default();
    for file in &files {
        bar.set_message(file.display().to_string());
        match ingest_one(store.as_ref(), file, max_export_bytes).await {
            Ok((account, outcome)) => {
                match outcome {
                    IngestOutcome::Created => tally.created += 1,
                    IngestOutcome::Updated => tally.updated += 1,
                    IngestOutcome::SkippedClosed => tally.closed += 1,
                    IngestOutcome::SkippedConflict => tally.conflicts += 1,
                }
                let what = match outcome {
                    IngestOutcome::Created => "created",
                    IngestOutcome::Updated => "updated",
                    IngestOutcome::SkippedClosed => "skipped: already imported (closed)",
                    IngestOutcome::SkippedConflict => {
                        "skipped: the partner or account id belongs to another account"
                    }
                };
                bar.suspend(|| eprintln!("{}: account {account} {what}", file.display()));
            }
            Err(problems) => {
                tally.refused += 1;
                bar.suspend(|| {
                    eprintln!("{}: refused, nothing loaded:", file.display());
                    for line in problems {
                        eprintln!("  {line}");
                    }
                });
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    println!(
        "ingested {} file(s): {} created, {} updated, {} skipped (already imported), {} skipped (id conflict), {} refused",
        files.len(),
        tally.created,
        tally.updated,
        tally.closed,
        tally.conflicts,
        tally.refused
    );
    if tally.refused + tally.conflicts > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// One file: read, parse and check, then store. Errors are lines for the
/// operator.
async fn ingest_one(
    store: &dyn Store,
    file: &Path,
    max_export_bytes: usize,
) -> Result<(String, IngestOutcome), Vec<String>> {
    let bytes = read_input(file, max_export_bytes).map_err(|e| vec![e.to_string()])?;
    let limits = ParseLimits {
        max_bytes: max_export_bytes,
    };
    let export = parse_export_with(&bytes, limits).map_err(|error| {
        error
            .issues()
            .iter()
            .map(|issue| {
                format!(
                    "{} [{}] {}",
                    issue.path,
                    issue.code,
                    issue.message(Lang::En)
                )
            })
            .collect::<Vec<_>>()
    })?;
    let raw = String::from_utf8(bytes).map_err(|_| vec!["the file is not UTF-8".to_owned()])?;
    let outcome = store
        .ingest(&export, &raw, &now())
        .await
        .map_err(|error| vec![format!("storage: {error}")])?;
    Ok((export.account.id, outcome))
}
