use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use transition_domain::wire::health::{Health, HealthStatus, StorageStatus};

use crate::state::AppState;

/// Liveness and a storage round trip: 200, or 503 when storage fails.
#[utoipa::path(get, path = "/health", tag = "service", responses((status = 200, description = "Up, storage reachable", body = Health), (status = 503, description = "Storage unavailable", body = Health)))]
pub async fn health_get(State(state): State<AppState>) -> impl IntoResponse {
    match state.store.health().await {
        Ok(()) => (
            StatusCode::OK,
            Json(Health {
                status: HealthStatus::Ok,
                storage: StorageStatus::Ok,
            }),
        ),
        Err(error) => {
            tracing::error!(%error, "health check: storage unavailable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(Health {
                    status: HealthStatus::Degraded,
                    storage: StorageStatus::Unavailable,
                }),
            )
        }
    }
}

/// How long a load balancer should wait before asking again, in seconds.
const READY_RETRY_AFTER: &str = "5";

/// Readiness: 200 when the store accepts a write now; 503 (with
/// `Retry-After`) while it is read-only, full, locked beyond its busy
/// timeout or unreachable. The process keeps running either way, and is
/// ready again as soon as the store is.
#[utoipa::path(get, path = "/ready", tag = "service", responses((status = 200, description = "Ready: the store accepted a write", body = Health), (status = 503, description = "Not ready: the store refused a write or cannot be reached", body = Health, headers(("Retry-After" = String, description = "Seconds before asking again")))))]
pub async fn ready_get(State(state): State<AppState>) -> impl IntoResponse {
    match state.store.ready(&crate::clock::now()).await {
        Ok(()) => (
            StatusCode::OK,
            Json(Health {
                status: HealthStatus::Ok,
                storage: StorageStatus::Ok,
            }),
        )
            .into_response(),
        Err(error) => {
            tracing::warn!(%error, "readiness check: the store refuses writes");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(
                    header::RETRY_AFTER,
                    HeaderValue::from_static(READY_RETRY_AFTER),
                )],
                Json(Health {
                    status: HealthStatus::Degraded,
                    storage: StorageStatus::Unavailable,
                }),
            )
                .into_response()
        }
    }
}
