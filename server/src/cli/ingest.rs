//! `transition-server ingest`: the operator loads Pinpoint exports.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};
use transition_domain::locales::messages;
use transition_domain::report::Report;
use transition_domain::{parse_export_with, Lang, ParseLimits, PinpointExport};

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

/// What the files came to, and the language the operator is told it in.
#[derive(Default)]
struct Tally {
    lang: Lang,
    created: usize,
    updated: usize,
    closed: usize,
    conflicts: usize,
    refused: usize,
}

pub fn run(
    storage: &StorageArgs,
    paths: &[PathBuf],
    max_export_bytes: usize,
    lang: Lang,
) -> ExitCode {
    runtime::block_on(
        storage.log_json,
        ingest(storage, paths, max_export_bytes, lang),
    )
}

async fn ingest(
    storage: &StorageArgs,
    paths: &[PathBuf],
    max_export_bytes: usize,
    lang: Lang,
) -> ExitCode {
    let files = match expand(paths) {
        Ok(files) => files,
        Err(error) => return super::fail(lang, error),
    };
    let store = match storage.open_store().await {
        Ok(store) => store,
        Err(error) => return super::fail(lang, format_args!("{error:#}")),
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
    let mut tally = Tally {
        lang,
        ..Tally::default()
    };
    let mut batch = Batch::default();
    for file in &files {
        bar.set_message(file.display().to_string());
        match read_one(file, max_export_bytes, lang) {
            Ok((export, raw)) => {
                batch.bytes += raw.len();
                batch.files.push((file, export, raw));
                if batch.files.len() >= BATCH_FILES || batch.bytes >= BATCH_BYTES {
                    store_batch(store.as_ref(), &mut batch, &mut tally, &bar).await;
                }
            }
            Err(problems) => refused(&mut tally, &bar, file, &problems),
        }
        bar.inc(1);
    }
    store_batch(store.as_ref(), &mut batch, &mut tally, &bar).await;
    bar.finish_and_clear();
    println!(
        "{}",
        messages(lang).fill(
            Report::Ingested,
            &[
                ("files", &files.len()),
                ("created", &tally.created),
                ("updated", &tally.updated),
                ("closed", &tally.closed),
                ("conflicts", &tally.conflicts),
                ("refused", &tally.refused),
            ]
        )
    );
    if tally.refused + tally.conflicts > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The most exports stored in one transaction, and the most bytes of
/// them held at once: a bulk load commits (and syncs) once per batch
/// instead of once per file.
const BATCH_FILES: usize = 500;
const BATCH_BYTES: usize = 64 * 1024 * 1024;

/// Exports read and checked, waiting to be stored together.
#[derive(Default)]
struct Batch<'a> {
    files: Vec<(&'a Path, PinpointExport, String)>,
    bytes: usize,
}

fn refused(tally: &mut Tally, bar: &ProgressBar, file: &Path, problems: &[String]) {
    tally.refused += 1;
    bar.suspend(|| {
        let file = file.display().to_string();
        eprintln!(
            "{}",
            messages(tally.lang).fill(Report::IngestRefused, &[("file", &file)])
        );
        for line in problems {
            eprintln!("  {line}");
        }
    });
}

fn stored(
    tally: &mut Tally,
    bar: &ProgressBar,
    file: &Path,
    account: &str,
    outcome: IngestOutcome,
) {
    let what = match outcome {
        IngestOutcome::Created => {
            tally.created += 1;
            Report::IngestCreated
        }
        IngestOutcome::Updated => {
            tally.updated += 1;
            Report::IngestUpdated
        }
        IngestOutcome::SkippedClosed => {
            tally.closed += 1;
            Report::IngestSkippedClosed
        }
        IngestOutcome::SkippedConflict => {
            tally.conflicts += 1;
            Report::IngestSkippedConflict
        }
    };
    let file = file.display().to_string();
    let line = messages(tally.lang).fill(what, &[("file", &file), ("account", &account)]);
    bar.suspend(|| eprintln!("{line}"));
}

/// Stores the batch in one transaction and reports each file. If the
/// transaction fails, each file is stored alone, so that the failure is
/// reported against the file that caused it and the others still load.
async fn store_batch(
    store: &dyn Store,
    batch: &mut Batch<'_>,
    tally: &mut Tally,
    bar: &ProgressBar,
) {
    let files = std::mem::take(&mut batch.files);
    batch.bytes = 0;
    if files.is_empty() {
        return;
    }
    let now = now();
    let items: Vec<(&PinpointExport, &str)> = files
        .iter()
        .map(|(_, export, raw)| (export, raw.as_str()))
        .collect();
    match store.ingest_batch(&items, &now).await {
        Ok(outcomes) if outcomes.len() == files.len() => {
            for ((file, export, _), outcome) in files.iter().zip(outcomes) {
                stored(tally, bar, file, &export.account.id, outcome);
            }
        }
        _ => {
            for (file, export, raw) in &files {
                match store.ingest(export, raw, &now).await {
                    Ok(outcome) => stored(tally, bar, file, &export.account.id, outcome),
                    Err(error) => refused(tally, bar, file, &[format!("storage: {error}")]),
                }
            }
        }
    }
}

/// One file: read, parse and check. Errors are lines for the operator.
fn read_one(
    file: &Path,
    max_export_bytes: usize,
    lang: Lang,
) -> Result<(PinpointExport, String), Vec<String>> {
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
                    issue.message(messages(lang))
                )
            })
            .collect::<Vec<_>>()
    })?;
    let raw = String::from_utf8(bytes).map_err(|_| vec!["the file is not UTF-8".to_owned()])?;
    Ok((export, raw))
}
