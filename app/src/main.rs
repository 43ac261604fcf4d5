//! Mounts the app on our own page (`index.html` has the element it needs);
//! a host page that embeds the widget calls `mount` instead.

// Outside tests, nothing may panic on bad input: no unwrap, no expect,
// no indexing that can fail (tests may).
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

fn main() {
    transition_app::start_standalone();
}
