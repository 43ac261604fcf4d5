//! The requests in flight per partner and per client address: beyond
//! either cap a request is answered 429 `rate_limited` at once, before its
//! body is read, so that no one partner or address can hold the shared
//! in-flight cap (`limits.rs`) by itself.
//!
//! The partner is counted first: a partner's requests over its own cap
//! then never take a place of its address, which other partners behind
//! the same address (a NAT, a proxy without a forwarded header) share.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use transition_domain::Code;

use crate::error::ApiError;
use crate::places::InFlightKey as Key;
use crate::quota::{client_ip, ip_key};
use crate::refusal::refusal;
use crate::state::AppState;

/// The middleware: a place under the request's partner (when it carries a
/// valid partner token) and under its client address, held until its
/// answer is ready.
pub async fn hold(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let limits = &state.config.limits;
    let partner = match crate::auth::verify_once(&state, &mut request).await {
        Some(caller) => {
            let key = Key::Partner(caller.partner_id.to_string());
            match state.in_flight.enter(key, limits.max_in_flight_per_partner) {
                Some(place) => Some(place),
                None => return busy(&request, "partner"),
            }
        }
        None => None,
    };
    let address = match crate::net::peer(&request) {
        Some(peer) => {
            let ip = client_ip(
                peer.ip(),
                request.headers(),
                &limits.trusted_proxies,
                limits.forwarded_header,
            );
            match state
                .in_flight
                .enter(Key::Address(ip_key(ip)), limits.max_in_flight_per_ip)
            {
                Some(place) => Some(place),
                None => return busy(&request, "address"),
            }
        }
        None => None,
    };
    let response = next.run(request).await;
    drop((partner, address));
    response
}

/// 429 `rate_limited`, to try again in a second: a place frees as soon as
/// one of the caller's requests ends.
fn busy(request: &Request, by: &'static str) -> Response {
    tracing::info!(by, "too many requests in flight");
    refusal(
        ApiError::new(Code::RateLimited).with("retry_after", 1u64),
        request.headers(),
        1,
    )
}
