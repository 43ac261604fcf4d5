//! Reading what the operator gives: a file or standard input, bounded, and
//! the Pinpoint export in it.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use transition_domain::{parse_export_with, ExportError, Lang, ParseLimits, PinpointExport};

use super::{report, OutputArgs};

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
pub fn load_export(
    path: &Path,
    output: &OutputArgs,
    lang: Lang,
) -> Result<Result<PinpointExport, ExitCode>, InputError> {
    let bytes = read_input(path, output.max_export_bytes)?;
    let limits = ParseLimits {
        max_bytes: output.max_export_bytes,
    };
    match parse_export_with(&bytes, limits) {
        Ok(export) => Ok(Ok(export)),
        Err(error) => {
            report::print_export_error(&path.display().to_string(), &error, output.format, lang);
            // An export whose content contradicts itself has errors (1);
            // one that cannot be parsed at all is unreadable (2).
            let code = if matches!(
                error,
                ExportError::Integrity { .. } | ExportError::ListsTooLong { .. }
            ) {
                1
            } else {
                2
            };
            Ok(Err(ExitCode::from(code)))
        }
    }
}
