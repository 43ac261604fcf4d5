//! The app's shape, held by a test: no page importing another (nothing
//! under `routes/` imports `crate::routes`). The length of its files and
//! its import cycles are checked with the other crates' by
//! `tests/tests/modules.rs`.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources() -> Vec<(PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            (path, text)
        })
        .collect()
}

#[test]
fn no_page_imports_another() {
    let offenders: Vec<String> = sources()
        .into_iter()
        .filter(|(path, _)| path.components().any(|c| c.as_os_str() == "routes"))
        .filter(|(_, text)| {
            text.lines()
                .any(|line| line.trim_start().starts_with("use crate::routes"))
        })
        .map(|(path, _)| path.display().to_string())
        .collect();
    assert!(offenders.is_empty(), "pages importing pages: {offenders:?}");
}
