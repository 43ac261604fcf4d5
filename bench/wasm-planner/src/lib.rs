//! The planner in wasm: the functions the benchmark page
//! (`transition-bench-browser wasm`) times with `performance.now()`, the
//! same calls as tests/benches/planner.rs makes natively.
//!
//! `load(text)` keeps the export's text, its deserialized
//! `PinpointExport` and the import request of everything in it; the timed
//! functions then work on what was kept, so that a call costs what the
//! native benchmark's iteration costs and not the copy of the text from a
//! JS string into wasm memory.

use std::cell::RefCell;

use transition_domain::{
    parse_export_with, plan_import, ImportRequest, ParseLimits, PinpointExport,
};
use wasm_bindgen::prelude::*;

struct Loaded {
    text: String,
    export: PinpointExport,
    request: ImportRequest,
}

thread_local! {
    static LOADED: RefCell<Option<Loaded>> = const { RefCell::new(None) };
}

/// Keeps `text` (a Pinpoint export), deserialized, and the request that
/// imports everything in it, acknowledged. Fails when it does not
/// deserialize.
#[wasm_bindgen]
pub fn load(text: String) -> Result<(), JsError> {
    let export: PinpointExport = serde_json::from_str(&text)?;
    let request = ImportRequest::everything(&export).acknowledged();
    LOADED.with(|loaded| {
        *loaded.borrow_mut() = Some(Loaded {
            text,
            export,
            request,
        })
    });
    Ok(())
}

fn with_loaded<T>(f: impl FnOnce(&Loaded) -> T) -> Result<T, JsError> {
    LOADED.with(|loaded| match loaded.borrow().as_ref() {
        Some(loaded) => Ok(f(loaded)),
        None => Err(JsError::new("nothing loaded: call load(text) first")),
    })
}

/// `parse_export` of the kept text (no byte limit, as natively): whether
/// it was accepted.
#[wasm_bindgen]
pub fn parse_once() -> Result<bool, JsError> {
    with_loaded(|loaded| {
        parse_export_with(
            loaded.text.as_bytes(),
            ParseLimits {
                max_bytes: usize::MAX,
            },
        )
        .is_ok()
    })
}

/// The serde pass alone over the kept text: whether it deserialized.
#[wasm_bindgen]
pub fn deserialize_once() -> Result<bool, JsError> {
    with_loaded(|loaded| serde_json::from_slice::<PinpointExport>(loaded.text.as_bytes()).is_ok())
}

/// `plan_import` of the kept export with the request of everything, no
/// existing profiles: whether the plan can be committed.
#[wasm_bindgen]
pub fn plan_once() -> Result<bool, JsError> {
    with_loaded(|loaded| plan_import(&loaded.export, &loaded.request, &[]).can_commit())
}

/// The number of app and service profiles of the kept export.
#[wasm_bindgen]
pub fn profiles() -> Result<usize, JsError> {
    with_loaded(|loaded| loaded.export.app_profiles.len() + loaded.export.service_profiles.len())
}
