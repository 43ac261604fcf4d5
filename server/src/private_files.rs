//! The data directory and the SQLite files hold the partners' customer
//! referrals: only the account the server runs as may read them. The
//! directory is created 0700, the database and its backups 0600 (SQLite
//! gives its `-wal` and `-shm` files the database's own permissions). An
//! existing directory that others may enter is used as it is, with a
//! warning at start: it is the operator's to narrow.

use std::io;
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Creates `dir` (and its missing parents) readable by its owner only; an
/// existing one wider than that is kept, and logged.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        warn_if_open(dir);
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder.create(dir)
}

/// Creates the empty file `path` readable and writable by its owner only;
/// nothing when it exists already.
pub fn create_private_file(path: &Path) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(error) => Err(error),
    }
}

/// The permission bits others than the owner have on `path`, if any.
#[cfg(unix)]
pub fn open_to_others(path: &Path) -> Option<u32> {
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then_some(mode)
}

#[cfg(not(unix))]
pub fn open_to_others(_: &Path) -> Option<u32> {
    None
}

fn warn_if_open(dir: &Path) {
    if let Some(mode) = open_to_others(dir) {
        tracing::warn!(
            dir = %dir.display(),
            mode = format!("{mode:o}"),
            "the data directory may be read by other users of this machine (it holds customer referrals): make it 0700"
        );
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or_default()
    }

    #[test]
    fn the_data_directory_and_files_are_the_owners_alone() -> io::Result<()> {
        let root = std::env::temp_dir().join(format!("pt-private-{}", crate::clock::nonce()));
        let dir = root.join("a/data");
        create_private_dir(&dir)?;
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(open_to_others(&dir), None);
        let file = dir.join("transition.db");
        create_private_file(&file)?;
        assert_eq!(mode(&file), 0o600);
        std::fs::write(&file, b"kept")?;
        create_private_file(&file)?;
        assert_eq!(
            std::fs::read(&file)?,
            b"kept",
            "an existing file is left as it is"
        );
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755))?;
        assert_eq!(open_to_others(&dir), Some(0o755));
        create_private_dir(&dir)?;
        assert_eq!(mode(&dir), 0o755, "an existing directory is the operator's");
        std::fs::remove_dir_all(&root)
    }
}
