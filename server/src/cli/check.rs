//! `transition-server check`: an export against every rule, as if every
//! profile were imported unchanged.

use std::path::Path;
use std::process::ExitCode;

use transition_domain::issue::has_errors;
use transition_domain::{check_export, Lang};

use super::input::{load_export, InputError};
use super::{exit_for, report, OutputArgs};

pub fn run(path: &Path, output: &OutputArgs, lang: Lang) -> Result<ExitCode, InputError> {
    let export = match load_export(path, output, lang)? {
        Ok(export) => export,
        Err(code) => return Ok(code),
    };
    let issues = check_export(&export);
    report::print_check(&export, &issues, output.format, lang);
    Ok(exit_for(has_errors(&issues)))
}
