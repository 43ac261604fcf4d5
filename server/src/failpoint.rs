//! Crash points for the crash-safety tests. The import calls [`hit`] at
//! each named point; it does nothing unless a program installed a hook
//! with [`install`]. Only the crash tests' binary (`transition-test-server`
//! in `tests/`) does: the code that reads `TRANSITION_FAILPOINT` and
//! aborts lives there, so `transition-server` cannot crash on purpose
//! however it is built (no cargo feature that another crate of the
//! workspace could turn on).

use std::sync::OnceLock;

/// The points where a test may crash an import.
pub const NAMES: [&str; 4] = [
    "after_plan",
    "after_account_update",
    "after_profile_inserts",
    "before_response",
];

static HOOK: OnceLock<fn(&str)> = OnceLock::new();

/// Makes every later [`hit`] call `hook` with the point's name. Once per
/// process: false (and `hook` not installed) if one already was.
pub fn install(hook: fn(&str)) -> bool {
    HOOK.set(hook).is_ok()
}

/// The import reached the point `name`.
pub fn hit(name: &str) {
    if let Some(hook) = HOOK.get() {
        hook(name);
    }
}
