//! Operator routes, behind the separate operator token: load an export
//! over HTTP (as `transition-server ingest` does from files) and read the
//! audit trail.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{HeaderMap, StatusCode};
use serde::{Deserialize, Serialize};
use transition_domain::{
    parse_export_with, Code, ExportError, ParseLimits, PartnerId, PinpointExport,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::Operator;
use crate::clock::now;
use crate::error::ApiError;
use crate::extract::{integral_numbers, parse_strict};
use crate::routes::audit::{self, AuditParams};
use crate::state::AppState;
use crate::store::IngestOutcome;
use transition_domain::wire::audit::AuditPage;

/// The operator routes. An export may be as large as `max_export_bytes`
/// (the limit `transition-server ingest` has too), above the general
/// request body limit that every other route keeps.
pub fn router(max_export_bytes: usize) -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(operator_ingest))
        .route_layer(DefaultBodyLimit::max(max_export_bytes))
        .routes(routes!(operator_audit))
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Ingested {
    pub account_id: String,
    pub partner_id: String,
    pub outcome: IngestOutcome,
}

#[utoipa::path(
    post,
    path = "/operator/exports",
    tag = "operator",
    security(("operator" = [])),
    request_body(content = transition_domain::PinpointExport, description = "A Pinpoint export"),
    responses(
        (status = 201, description = "A new account", body = Ingested),
        (status = 200, description = "An active account's export replaced", body = Ingested),
        (status = 409, description = "Skipped: the account is closed, or belongs to another partner", body = Ingested),
        (status = 422, description = "validation_failed: the export is refused; every issue is listed", body = crate::error::Problem)
    )
)]
pub async fn operator_ingest(
    State(state): State<AppState>,
    _operator: Operator,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<(StatusCode, axum::Json<Ingested>), ApiError> {
    crate::extract::require_json(&headers)?;
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(Code::PayloadTooLarge).with("limit", state.config.max_export_bytes)
        } else {
            ApiError::malformed("", rejection.body_text())
        }
    })?;
    let limits = ParseLimits {
        max_bytes: state.config.max_export_bytes,
    };
    // Read as the document describes it (`extract`): integers written
    // `12.0` are integers (and stored so), and an object is never an array.
    let body = integral_numbers(&body);
    let export = parse_export_with(&body, limits).map_err(|error| ApiError::from_export(&error))?;
    if let Err((path, reason)) = parse_strict::<PinpointExport>(&body) {
        return Err(ApiError::from_export(&ExportError::Malformed {
            path,
            reason,
        }));
    }
    let raw = std::str::from_utf8(&body).map_err(|_| ApiError::malformed("/", "not UTF-8"))?;
    let outcome = state.store.ingest(&export, raw, &now()).await?;
    let status = match outcome {
        IngestOutcome::Created => StatusCode::CREATED,
        IngestOutcome::Updated => StatusCode::OK,
        IngestOutcome::SkippedClosed | IngestOutcome::SkippedConflict => StatusCode::CONFLICT,
    };
    Ok((
        status,
        axum::Json(Ingested {
            account_id: export.account.id,
            partner_id: export.account.partner_id,
            outcome,
        }),
    ))
}

#[derive(Debug, Deserialize)]
pub struct AuditQuery {
    pub partner_id: Option<String>,
    pub limit: Option<u32>,
    pub before: Option<String>,
}

#[utoipa::path(
    get,
    path = "/operator/audit",
    tag = "operator",
    security(("operator" = [])),
    params(
        ("partner_id" = Option<String>, Query, description = "Only this partner's records"),
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 100, description = "1 to 100 records (50 when absent)"),
        ("before" = Option<String>, Query, description = "The `next_before` of the previous page: only older records")
    ),
    responses(
        (status = 200, description = "A page of the audit trail (every change of every partner, or of one), newest first", body = AuditPage),
        (status = 400, description = "malformed_request: limit is not 1 to 100", body = crate::error::Problem)
    )
)]
pub async fn operator_audit(
    State(state): State<AppState>,
    _operator: Operator,
    Query(query): Query<AuditQuery>,
) -> Result<axum::Json<AuditPage>, ApiError> {
    let params = AuditParams {
        limit: query.limit,
        before: query.before,
    };
    let page = match query.partner_id.as_deref().map(PartnerId::parse) {
        None => audit::page(&state, None, params).await?,
        Some(Ok(partner_id)) => audit::page(&state, Some(&partner_id), params).await?,
        // No caller has such an id, so no change was ever made by one.
        Some(Err(_)) => AuditPage {
            items: Vec::new(),
            next_before: None,
        },
    };
    Ok(axum::Json(page))
}
