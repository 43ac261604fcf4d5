//! `transition-server plan`: the import plan for an export and a request.

use std::path::Path;
use std::process::ExitCode;

use transition_domain::{plan_import, ImportRequest, Lang};

use super::input::{load_export, read_input, InputError};
use super::{exit_for, report, OutputArgs};

pub fn run(
    path: &Path,
    request_path: Option<&Path>,
    output: &OutputArgs,
    lang: Lang,
) -> Result<ExitCode, InputError> {
    let export = match load_export(path, output, lang)? {
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
    report::print_plan(&plan, output.format, lang);
    Ok(exit_for(plan.has_errors()))
}
