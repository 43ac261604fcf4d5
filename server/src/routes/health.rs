use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use transition_domain::wire::health::{Health, HealthStatus, StorageStatus};

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/health", get(health_get))
}

/// Liveness and a storage round trip: 200, or 503 when storage fails.
#[utoipa::path(get, path = "/api/v1/health", tag = "service", responses((status = 200, description = "Up, storage reachable", body = Health), (status = 503, description = "Storage unavailable", body = Health)))]
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
