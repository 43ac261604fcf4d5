//! Limits inside the router: a cap on requests in flight (beyond it, 503
//! `overloaded` at once, never a queue) and caps per partner and per
//! client address under it (429, `in_flight.rs`); per-partner and per-IP
//! rate limits on commits, on token-protected writes and on the preview
//! (429 `rate_limited`); and a body-read timeout with a minimum body rate
//! (408 `request_body_timeout`, `body_rate.rs`). Each refusal carries
//! `Retry-After` and is a problem in the caller's language. The connection
//! caps, the header-read timeout and the drain deadline are the serve
//! loop's (`net.rs`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use axum::body::Body;
use axum::error_handling::HandleErrorLayer;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::{BoxError, Router};
use http_body_util::BodyExt;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower::load_shed::LoadShedLayer;
use tower::ServiceBuilder;
use tower_http::timeout::{TimeoutBody, TimeoutError};
use transition_domain::Code;
use utoipa_axum::router::OpenApiRouter;

use crate::body_rate::{is_too_slow, MinRate};
use crate::error::ApiError;
use crate::refusal::refusal;
use crate::state::AppState;

pub use crate::error::OVERLOAD_RETRY_AFTER_SECS;
pub use crate::quota::*;
pub use crate::refusal::overloaded;

/// The router with these limits around every route (the fallbacks too):
/// outermost the in-flight cap, then the caps per partner and per
/// address, then the body-read timeout and rate. The rate limits are
/// around their routes only ([`counted`]).
pub fn apply(router: Router<AppState>, state: &AppState) -> Router<AppState> {
    let limits = &state.config.limits;
    // One semaphore for every route (`Router::layer` wraps each route).
    let in_flight = GlobalConcurrencyLimitLayer::new(limits.max_in_flight.max(1));
    router
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            body_timeout,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::in_flight::hold,
        ))
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(shed))
                .layer(LoadShedLayer::new())
                .layer(in_flight),
        )
}

/// The answer of a request shed by the in-flight cap.
async fn shed(headers: HeaderMap, error: BoxError) -> Response {
    if error.is::<tower::load_shed::error::Overloaded>() {
        overloaded(&headers)
    } else {
        tracing::error!(%error, "the in-flight limit failed");
        ApiError::internal().into_response()
    }
}

/// The state of a counted router's rate limit: what its requests count
/// against.
#[derive(Clone)]
struct Counted {
    state: AppState,
    class: Class,
}

/// `router`'s routes, each request counted against `class`'s limits (a
/// route layer: an unknown path counts against nothing), and their 429
/// declared.
pub fn counted(
    router: OpenApiRouter<AppState>,
    class: Class,
    state: &AppState,
) -> OpenApiRouter<AppState> {
    let counted = Counted {
        state: state.clone(),
        class,
    };
    crate::openapi::declare(router, &[crate::openapi::RATE_LIMITED])
        .route_layer(axum::middleware::from_fn_with_state(counted, rate_limit))
}

async fn rate_limit(
    State(Counted { state, class }): State<Counted>,
    mut request: Request,
    next: Next,
) -> Response {
    // A route layer also wraps its path's 405 answer: a read there (GET,
    // HEAD, OPTIONS) is never counted.
    if !matches!(
        *request.method(),
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    ) {
        return next.run(request).await;
    }
    // Only a valid partner token counts: without one, the route answers
    // 401 anyway, and strangers cannot fill the limiters with keys. The
    // caller verified here is the handler's (`auth::Caller`): its token
    // is verified once.
    let Some(caller) = crate::auth::verify_once(&state, &mut request).await else {
        return next.run(request).await;
    };
    // Every counted route needs a role that writes: a read-only caller is
    // refused here, before a byte of the body is read (a slow body from a
    // read-only token holds nothing).
    if class.needs_write() && !caller.can_write() {
        return ApiError::role_required().into_response();
    }
    let ip = crate::net::peer(&request).map(|peer| {
        client_ip(
            peer.ip(),
            request.headers(),
            &state.config.limits.trusted_proxies,
            state.config.limits.forwarded_header,
        )
    });
    match state.limiters.check(class, caller.partner_id.as_str(), ip) {
        Ok(()) => next.run(request).await,
        Err(wait) => {
            let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            let secs = secs.max(1);
            tracing::info!(?class, retry_after = secs, "rate limited");
            refusal(
                ApiError::new(Code::RateLimited).with("retry_after", secs),
                request.headers(),
                secs,
            )
        }
    }
}

async fn body_timeout(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let limit = state.config.limits.body_timeout;
    let min_rate = state.config.limits.body_min_rate;
    let timed_out = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&timed_out);
    let headers = request.headers().clone();
    let request = request.map(|body| {
        let body = if min_rate > 0 {
            Body::new(MinRate::new(body, min_rate))
        } else {
            body
        };
        Body::new(TimeoutBody::new(limit, body).map_err(move |error| {
            if error.is::<TimeoutError>() || is_too_slow(error.as_ref()) {
                flag.store(true, Ordering::Relaxed);
            }
            error
        }))
    });
    let response = next.run(request).await;
    if timed_out.load(Ordering::Relaxed) {
        let mut response = refusal(ApiError::new(Code::RequestBodyTimeout), &headers, 0);
        response.headers_mut().remove(header::RETRY_AFTER);
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return response;
    }
    response
}

#[cfg(test)]
mod tests {
    use std::net::IpAddr;
    use std::time::Duration;

    use super::*;
    use crate::quota::per_minute;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            if let (Ok(name), Ok(value)) = (
                axum::http::HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            ) {
                map.append(name, value);
            }
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    #[test]
    fn a_proxy_header_is_believed_only_from_a_trusted_proxy() {
        use crate::quota::ForwardedHeader::{Forwarded, XForwardedFor};
        let trusted = vec![
            parse_proxy("10.0.0.0/8").unwrap_or_default(),
            parse_proxy("::1").unwrap_or_default(),
        ];
        let client = |peer: &str, h: &HeaderMap, which| client_ip(ip(peer), h, &trusted, which);
        let xff = headers(&[("x-forwarded-for", "6.6.6.6, 203.0.113.9")]);
        assert_eq!(client("10.1.2.3", &xff, XForwardedFor), ip("203.0.113.9"));
        assert_eq!(client("::1", &xff, XForwardedFor), ip("203.0.113.9"));
        assert_eq!(
            client("192.0.2.5", &xff, XForwardedFor),
            ip("192.0.2.5"),
            "an untrusted peer's header is ignored"
        );
        // The rightmost hop that is not a trusted proxy, across lines.
        let chain = headers(&[
            ("x-forwarded-for", "6.6.6.6"),
            ("x-forwarded-for", "203.0.113.9, 10.0.0.2"),
        ]);
        assert_eq!(client("10.0.0.1", &chain, XForwardedFor), ip("203.0.113.9"));
        let all_proxies = headers(&[("x-forwarded-for", "10.0.0.3, 10.0.0.2")]);
        assert_eq!(
            client("10.0.0.1", &all_proxies, XForwardedFor),
            ip("10.0.0.3")
        );
        let forwarded = headers(&[
            ("forwarded", "for=6.6.6.6"),
            (
                "forwarded",
                "for=\"[2001:db8::7]:443\";proto=https, for=198.51.100.4:80",
            ),
            ("x-forwarded-for", "203.0.113.9"),
        ]);
        assert_eq!(
            client("10.0.0.1", &forwarded, Forwarded),
            ip("198.51.100.4"),
            "the rightmost for= of the Forwarded headers"
        );
        assert_eq!(
            client("10.0.0.1", &forwarded, XForwardedFor),
            ip("203.0.113.9"),
            "only the configured header is read"
        );
        let garbage = headers(&[("x-forwarded-for", "6.6.6.6, not-an-ip")]);
        assert_eq!(client("10.0.0.1", &garbage, XForwardedFor), ip("10.0.0.1"));
        assert_eq!(
            client("::ffff:10.0.0.1", &xff, XForwardedFor),
            ip("203.0.113.9"),
            "an IPv4-mapped peer is its IPv4 address"
        );
    }

    /// The review's attack: with --trusted-proxy, a sender rotating its
    /// own `Forwarded: for=…` was never limited. The proxy sets
    /// X-Forwarded-For; what the client wrote is never the limited address.
    #[test]
    fn spoofed_forwarded_entries_do_not_change_the_limited_address() {
        use crate::quota::ForwardedHeader::{Forwarded, XForwardedFor};
        let trusted = vec![parse_proxy("10.0.0.0/8").unwrap_or_default()];
        for n in 0..50u8 {
            let spoofed = format!("for=198.51.100.{n}");
            let h = headers(&[
                ("forwarded", &spoofed),
                ("x-forwarded-for", &format!("192.0.2.{n}, 203.0.113.9")),
            ]);
            assert_eq!(
                client_ip(ip("10.0.0.1"), &h, &trusted, XForwardedFor),
                ip("203.0.113.9")
            );
            // A proxy that sets Forwarded appends the address it heard from.
            let appended = format!("{spoofed}, for=203.0.113.9");
            let h = headers(&[("forwarded", &appended)]);
            assert_eq!(
                client_ip(ip("10.0.0.1"), &h, &trusted, Forwarded),
                ip("203.0.113.9")
            );
        }
    }

    #[test]
    fn proxies_are_addresses_or_blocks() {
        assert!(parse_proxy("10.0.0.0/33").is_err());
        assert!(parse_proxy("proxy.internal").is_err());
    }

    #[test]
    fn limits_are_per_partner_and_per_address() {
        let rates = Rates {
            commits_per_partner: per_minute(2),
            commits_per_ip: per_minute(3),
            writes_per_partner: per_minute(100),
            writes_per_ip: per_minute(100),
        };
        let limiters = Limiters::new(&rates);
        let a = Some(ip("192.0.2.1"));
        let b = Some(ip("192.0.2.2"));
        assert!(limiters.check(Class::Commit, "p1", a).is_ok());
        assert!(limiters.check(Class::Commit, "p1", a).is_ok());
        let wait = limiters.check(Class::Commit, "p1", b);
        assert!(
            wait.is_err_and(|wait| wait > Duration::ZERO && wait <= Duration::from_secs(30)),
            "the third commit of p1 waits about 30 s"
        );
        assert!(
            limiters.check(Class::Write, "p1", a).is_ok(),
            "writes apart"
        );
        // p2 from address a: a has used 2 of its 3 (p1's refused third
        // spent nothing of b's).
        assert!(limiters.check(Class::Commit, "p2", a).is_ok());
        assert!(
            limiters.check(Class::Commit, "p2", a).is_err(),
            "a is spent"
        );
        assert!(limiters.check(Class::Commit, "p3", b).is_ok());
        assert!(limiters.check(Class::Commit, "p3", b).is_ok());
        assert!(
            limiters.check(Class::Commit, "p3", b).is_err(),
            "p3 is spent"
        );
        assert!(
            limiters.check(Class::Commit, "p4", b).is_ok(),
            "b has one left"
        );
        assert!(
            limiters.check(Class::Commit, "p5", b).is_err(),
            "b is spent"
        );
        // The /64 of an IPv6 client is one key.
        let v6a = Some(ip("2001:db8::1"));
        let v6b = Some(ip("2001:db8::ffff:2"));
        for partner in ["q1", "q2", "q3"] {
            assert!(limiters.check(Class::Commit, partner, v6a).is_ok());
        }
        assert!(limiters.check(Class::Commit, "q4", v6b).is_err());
        assert!(limiters.keys() > 0);
    }
}
