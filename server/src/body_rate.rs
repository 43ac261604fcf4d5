//! A request body that must keep a minimum average rate: after a grace of
//! [`GRACE`], a body that has brought fewer than `min_rate` bytes per
//! second since its request began is cut with [`TooSlow`] (the limits
//! answer 408). A pause between chunks has its own bound (the body-read
//! timeout); this one catches a body that trickles just under it, which
//! would otherwise hold its place for as long as the trickle lasts.

use std::error::Error;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use bytes::Bytes;
use http_body::{Frame, SizeHint};
use tokio::time::{Instant, Sleep};

/// How long a body may take before its rate counts.
pub const GRACE: Duration = Duration::from_secs(5);

/// The error of a body cut for its rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooSlow;

impl fmt::Display for TooSlow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the request body arrived too slowly")
    }
}

impl Error for TooSlow {}

/// `inner`, cut when it falls under `min_rate` bytes per second.
pub struct MinRate {
    inner: Body,
    started: Instant,
    received: u64,
    min_rate: u64,
    deadline: Pin<Box<Sleep>>,
}

impl MinRate {
    pub fn new(inner: Body, min_rate: u64) -> MinRate {
        let started = Instant::now();
        MinRate {
            inner,
            started,
            received: 0,
            min_rate: min_rate.max(1),
            deadline: Box::pin(tokio::time::sleep_until(started + GRACE)),
        }
    }

    /// When the bytes received so far stop being enough: the grace, plus
    /// a second for each `min_rate` bytes.
    fn due(&self) -> Instant {
        let earned = Duration::from_secs_f64(self.received as f64 / self.min_rate as f64);
        self.started + GRACE + earned
    }
}

impl http_body::Body for MinRate {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(data) = frame.data_ref() {
                    this.received = this.received.saturating_add(data.len() as u64);
                    let due = this.due();
                    if Instant::now() > due {
                        return Poll::Ready(Some(Err(axum::Error::new(TooSlow))));
                    }
                    this.deadline.as_mut().reset(due);
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(other) => Poll::Ready(other),
            Poll::Pending => match this.deadline.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(Some(Err(axum::Error::new(TooSlow)))),
                Poll::Pending => Poll::Pending,
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Whether `error` (or what it wraps) is a body cut for its rate.
pub fn is_too_slow(error: &(dyn Error + 'static)) -> bool {
    let mut source = Some(error);
    while let Some(error) = source {
        if error.is::<TooSlow>() {
            return true;
        }
        source = error.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;
    use http_body_util::BodyExt;

    fn trickle(bytes: usize, every: Duration) -> Body {
        let stream = futures_util::stream::iter(0..bytes).then(move |_| async move {
            tokio::time::sleep(every).await;
            Ok::<_, std::io::Error>(Bytes::from_static(b"x"))
        });
        Body::from_stream(stream)
    }

    #[tokio::test(start_paused = true)]
    async fn a_trickle_is_cut_after_the_grace() {
        // One byte every 4.5 s: never a pause of 10 s, but about 0.2 B/s.
        let body = MinRate::new(trickle(100, Duration::from_millis(4500)), 1024);
        let started = Instant::now();
        let error = body.collect().await.err();
        assert!(error.is_some_and(|e| is_too_slow(&e)));
        let took = started.elapsed();
        assert!(
            took >= GRACE && took < GRACE + Duration::from_secs(1),
            "{took:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_body_at_the_rate_is_whole() {
        // 2 KB/s against 1 KB/s for 20 s.
        let body = MinRate::new(trickle(40, Duration::from_millis(500)), 1)
            .collect()
            .await;
        assert!(body.is_ok_and(|b| b.to_bytes().len() == 40));
        let fast = MinRate::new(Body::from(vec![0u8; 100_000]), 1024)
            .collect()
            .await;
        assert!(fast.is_ok_and(|b| b.to_bytes().len() == 100_000));
    }
}
