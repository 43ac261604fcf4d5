//! Helpers shared by the cross-crate tests in `tests/tests/`.

use std::path::PathBuf;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// A fixture of `fixtures/` by file name.
pub fn fixture(name: &str) -> PathBuf {
    root().join("fixtures").join(name)
}
