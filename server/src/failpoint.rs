//! Crash points for the crash-safety tests. Built with the `failpoints`
//! feature, `TRANSITION_FAILPOINT=<name>` aborts the process when the
//! import reaches `<name>`; without the feature, `hit` is empty.

/// The points where a test may crash an import.
pub const NAMES: [&str; 4] = [
    "after_plan",
    "after_account_update",
    "after_profile_inserts",
    "before_response",
];

#[cfg(feature = "failpoints")]
pub fn hit(name: &str) {
    if std::env::var("TRANSITION_FAILPOINT").is_ok_and(|wanted| wanted == name) {
        eprintln!("failpoint {name}: aborting");
        std::process::abort();
    }
}

#[cfg(not(feature = "failpoints"))]
#[inline(always)]
pub fn hit(_name: &str) {}
