//! The serve loop: HTTP/1.1 connections (hyper) with a header-read
//! timeout (which also closes an idle keep-alive connection), headers of
//! at most [`MAX_HEADER_BYTES`] (431 beyond), a cap on open connections
//! and another per peer address (beyond either a new connection is
//! answered 503 and closed, never queued), each request knowing its peer
//! (`ConnectInfo<SocketAddr>`), and on shutdown a drain with a deadline.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use ipnet::IpNet;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tower::ServiceExt;
use transition_domain::Lang;

use crate::error::OVERLOAD_RETRY_AFTER_SECS;
use crate::error::{ApiError, DEFAULT_HELP_URL};
use crate::places::Places;
use crate::quota::{ip_key, parse_proxy, LimitArgs};

/// The serve loop's limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetSettings {
    /// The longest a client may take to send a request's headers; an idle
    /// keep-alive connection is closed after it too.
    pub header_timeout: Duration,
    /// The most connections open at once.
    pub max_connections: usize,
    /// The most connections open at once from one peer address (an IPv6
    /// peer's /64), but from a trusted proxy.
    pub max_connections_per_ip: usize,
    /// The trusted proxies, whose connections only the overall cap
    /// bounds (they carry many clients').
    pub trusted_proxies: Vec<IpNet>,
    /// How long requests in flight may take to finish after the shutdown
    /// signal.
    pub drain_timeout: Duration,
}

impl From<&LimitArgs> for NetSettings {
    fn from(args: &LimitArgs) -> NetSettings {
        NetSettings {
            header_timeout: Duration::from_secs(args.header_timeout_secs),
            max_connections: usize::try_from(args.max_connections).unwrap_or(usize::MAX),
            max_connections_per_ip: usize::try_from(args.max_connections_per_ip)
                .unwrap_or(usize::MAX),
            // Refused at start when one does not read (`LimitArgs::settings`).
            trusted_proxies: args
                .trusted_proxies
                .iter()
                .filter_map(|text| parse_proxy(text).ok())
                .collect(),
            drain_timeout: Duration::from_secs(args.drain_timeout_secs),
        }
    }
}

/// Connections over the cap being answered at once (each for at most
/// [`REFUSAL_TIME`]); beyond these, an extra connection is closed without
/// an answer.
const REFUSALS_AT_ONCE: usize = 64;
/// How long a refused connection is given to read its 503.
const REFUSAL_TIME: Duration = Duration::from_secs(1);

/// The most a request line and its headers may take, in bytes: hyper
/// answers `431 Request Header Fields Too Large` beyond it (its own
/// default is about 400 KB, which a thousand idle sockets multiply).
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

/// Serves `app` on `listener` until `shutdown` resolves; then stops
/// accepting, lets requests in flight finish, and returns once they have
/// or once `drain_timeout` has passed, whichever comes first.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    settings: NetSettings,
    shutdown: impl Future<Output = ()>,
) {
    let connections = Arc::new(Semaphore::new(settings.max_connections.max(1)));
    let per_peer: Arc<Places<IpAddr>> = Arc::default();
    let refusals = Arc::new(Semaphore::new(REFUSALS_AT_ONCE));
    let refusal: Arc<[u8]> = refusal_response().into();
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(settings.header_timeout)
        // Headers that arrived whole, and the buffer an unfinished one may
        // fill: neither passes the cap.
        .max_header_size(MAX_HEADER_BYTES)
        .max_buf_size(MAX_HEADER_BYTES);
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors, or a connection reset before
                    // it was accepted: wait a little rather than spin.
                    tracing::warn!(%error, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Ok(permit) = Arc::clone(&connections).try_acquire_owned() else {
            refuse(stream, &refusals, &refusal);
            continue;
        };
        let peer_ip = peer.ip().to_canonical();
        let peer_place = if settings
            .trusted_proxies
            .iter()
            .any(|net| net.contains(&peer_ip))
        {
            None
        } else {
            match per_peer.enter(ip_key(peer_ip), settings.max_connections_per_ip) {
                Some(place) => Some(place),
                None => {
                    drop(permit);
                    refuse(stream, &refusals, &refusal);
                    continue;
                }
            }
        };
        if let Err(error) = stream.set_nodelay(true) {
            tracing::debug!(%error, "cannot set TCP_NODELAY");
        }
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            app.clone().oneshot(request)
        });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%peer, %error, "connection ended with an error");
            }
            drop((permit, peer_place));
        });
    }
    drop(listener);
    let open = settings.max_connections.max(1) - connections.available_permits();
    tracing::info!(
        open,
        deadline_secs = settings.drain_timeout.as_secs(),
        "no longer accepting; draining"
    );
    tokio::select! {
        () = graceful.shutdown() => tracing::info!("every connection closed"),
        () = tokio::time::sleep(settings.drain_timeout) => {
            let open = settings.max_connections.max(1) - connections.available_permits();
            tracing::warn!(open, "drain deadline passed; closing the connections still open");
        }
    }
}

/// A connection over a cap: answered 503 (when fewer than
/// [`REFUSALS_AT_ONCE`] are being answered) and closed.
fn refuse(stream: TcpStream, refusals: &Arc<Semaphore>, response: &Arc<[u8]>) {
    let Ok(permit) = Arc::clone(refusals).try_acquire_owned() else {
        tracing::debug!("connection cap reached; closed without an answer");
        return;
    };
    tracing::debug!("connection cap reached; answering 503");
    let response = Arc::clone(response);
    tokio::spawn(async move {
        let mut stream = stream;
        let _ = tokio::time::timeout(REFUSAL_TIME, async {
            stream.write_all(&response).await?;
            stream.shutdown().await?;
            // Read what the client sent until it closes, so that closing
            // does not reset the connection before it read the answer.
            let mut sink = [0u8; 4096];
            while stream.read(&mut sink).await? > 0 {}
            Ok::<(), std::io::Error>(())
        })
        .await;
        drop(permit);
    });
}

/// The raw HTTP/1.1 503 `overloaded` of a connection over the cap (in
/// English: its request is never read).
fn refusal_response() -> Vec<u8> {
    let error = ApiError::overloaded();
    let body = serde_json::to_vec(&error.problem(Lang::En, DEFAULT_HELP_URL)).unwrap_or_default();
    let mut response = format!(
        "HTTP/1.1 503 Service Unavailable\r\n\
         content-type: application/problem+json\r\n\
         content-language: en\r\n\
         retry-after: {OVERLOAD_RETRY_AFTER_SECS}\r\n\
         cache-control: no-store\r\n\
         connection: close\r\n\
         content-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(&body);
    response
}

/// The peer address a request came from, when it came over [`serve`].
pub fn peer(request: &axum::extract::Request) -> Option<SocketAddr> {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(peer)| *peer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_refusal_is_a_whole_http_answer() {
        let response = String::from_utf8(refusal_response()).unwrap_or_default();
        let (head, body) = response.split_once("\r\n\r\n").unwrap_or_default();
        assert!(head.starts_with("HTTP/1.1 503 "), "{head}");
        assert!(head.contains("retry-after: 1\r\n"), "{head}");
        assert!(head.contains(&format!("content-length: {}", body.len())));
        let problem: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
        assert_eq!(problem["code"], "overloaded");
        assert_eq!(problem["status"], 503);
    }
}
