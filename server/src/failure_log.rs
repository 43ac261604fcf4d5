//! How answers that failed are logged (the trace layer's `on_failure`).
//! A 503 is the server refusing work it cannot take now (the in-flight
//! cap shed it, or the storage is unavailable): an attack or a burst sends
//! thousands, so they are a warning, summed up at most once every
//! [`SUMMARY_EVERY`] ("n requests answered 503 in the last 10 s"), not an
//! error line each. Any other 5xx, and a failure without an answer, is an
//! error, each logged.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use tower_http::classify::ServerErrorsFailureClass;
use tracing::Span;

/// The least time between two summaries of 503 answers.
pub const SUMMARY_EVERY: Duration = Duration::from_secs(10);

static SHED: Summary = Summary::new();

/// The trace layer's `on_failure`.
pub fn on_failure(class: ServerErrorsFailureClass, latency: Duration, _: &Span) {
    let latency_ms = u64::try_from(latency.as_millis()).unwrap_or(u64::MAX);
    match class {
        ServerErrorsFailureClass::StatusCode(StatusCode::SERVICE_UNAVAILABLE) => {
            if let Some(count) = SHED.note(Instant::now()) {
                tracing::warn!(
                    count,
                    every_secs = SUMMARY_EVERY.as_secs(),
                    "requests answered 503 (overloaded or storage unavailable) since the last summary"
                );
            }
        }
        ServerErrorsFailureClass::StatusCode(status) => {
            tracing::error!(status = status.as_u16(), latency_ms, "response failed");
        }
        ServerErrorsFailureClass::Error(error) => {
            tracing::error!(%error, latency_ms, "response failed");
        }
    }
}

/// Counts events and tells when to sum them up: the first at once, then
/// the count gathered, at most once every [`SUMMARY_EVERY`].
pub struct Summary {
    last: Mutex<Option<Instant>>,
    pending: AtomicU64,
}

impl Summary {
    pub const fn new() -> Summary {
        Summary {
            last: Mutex::new(None),
            pending: AtomicU64::new(0),
        }
    }

    /// Counts one event at `now`; the count to log when a summary is due.
    pub fn note(&self, now: Instant) -> Option<u64> {
        self.pending.fetch_add(1, Ordering::Relaxed);
        let mut last = self.last.lock().ok()?;
        let due = last.is_none_or(|at| now.saturating_duration_since(at) >= SUMMARY_EVERY);
        if !due {
            return None;
        }
        *last = Some(now);
        Some(self.pending.swap(0, Ordering::Relaxed))
    }
}

impl Default for Summary {
    fn default() -> Summary {
        Summary::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_one_line_then_one_sum_per_interval() {
        let summary = Summary::new();
        let start = Instant::now();
        assert_eq!(summary.note(start), Some(1), "the first at once");
        for n in 1..1000 {
            assert_eq!(summary.note(start + Duration::from_millis(n)), None);
        }
        assert_eq!(summary.note(start + SUMMARY_EVERY), Some(1000));
        assert_eq!(
            summary.note(start + SUMMARY_EVERY + Duration::from_secs(1)),
            None
        );
        assert_eq!(summary.note(start + SUMMARY_EVERY * 3), Some(2));
    }
}
