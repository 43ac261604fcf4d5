//! `transition-server backup --to FILE`: a consistent copy of the store,
//! taken while the server runs (SQLite `VACUUM INTO`, through the
//! [`Store`](crate::store::Store) trait), checked, then moved into place.
//!
//! Restore: stop the server, copy the file to `<data dir>/transition.db`
//! (removing `transition.db-wal` and `transition.db-shm` there), start it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use transition_domain::locales::messages;
use transition_domain::report::Report;
use transition_domain::{Arg, Lang};

use super::{runtime, StorageArgs};
use crate::clock::nonce;

pub fn run(storage: &StorageArgs, to: &Path, force: bool, lang: Lang) -> ExitCode {
    runtime::block_on(storage.log_json, async {
        match backup(storage, to, force).await {
            Ok(bytes) => {
                let path = to.display().to_string();
                let args: [(&str, &dyn Arg); 2] = [("path", &path), ("bytes", &bytes)];
                println!("{}", messages(lang).fill(Report::BackupWritten, &args));
                ExitCode::SUCCESS
            }
            Err(error) => super::fail(lang, format_args!("{error:#}")),
        }
    })
}

/// Writes the copy next to `to` under a temporary name, then moves it to
/// `to`: an interrupted backup never leaves a half-written file there, and
/// without `force` an existing file is never replaced (even one created
/// meanwhile).
async fn backup(storage: &StorageArgs, to: &Path, force: bool) -> anyhow::Result<u64> {
    if to.is_dir() {
        anyhow::bail!("{} is a directory; name the backup file", to.display());
    }
    if !force && to.exists() {
        anyhow::bail!("{} exists; pass --force to replace it", to.display());
    }
    if storage.database_url.is_none() {
        let db = storage.data_dir.join("transition.db");
        if !db.is_file() {
            anyhow::bail!("no store to back up: {} does not exist", db.display());
        }
    }
    let name = to
        .file_name()
        .with_context(|| format!("{} names no file", to.display()))?
        .to_string_lossy()
        .into_owned();
    let dir = match to.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        anyhow::bail!("{} is not a directory", dir.display());
    }
    let partial = dir.join(format!(".{name}.partial-{}", nonce()));
    let store = storage.open_store().await?;
    let written = async {
        store
            .backup(&partial)
            .await
            .with_context(|| format!("cannot back up to {}", partial.display()))?;
        std::fs::File::open(&partial)
            .and_then(|file| file.sync_all())
            .with_context(|| format!("cannot sync {}", partial.display()))?;
        place(&partial, to, force)
    }
    .await;
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written?;
    if let Ok(dir) = std::fs::File::open(&dir) {
        let _ = dir.sync_all();
    }
    Ok(std::fs::metadata(to).map(|m| m.len()).unwrap_or_default())
}

/// Moves the finished copy to `to`: a rename with `force`, else a hard
/// link (which fails if `to` exists) and the removal of the temporary name.
fn place(partial: &Path, to: &Path, force: bool) -> anyhow::Result<()> {
    if force {
        return std::fs::rename(partial, to)
            .with_context(|| format!("cannot move the backup to {}", to.display()));
    }
    match std::fs::hard_link(partial, to) {
        Ok(()) => {
            let _ = std::fs::remove_file(partial);
            Ok(())
        }
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            anyhow::bail!("{} exists; pass --force to replace it", to.display())
        }
        // A file system without hard links: rename, having checked above.
        Err(_) if !to.exists() => std::fs::rename(partial, to)
            .with_context(|| format!("cannot move the backup to {}", to.display())),
        Err(error) => {
            Err(error).with_context(|| format!("cannot move the backup to {}", to.display()))
        }
    }
}
