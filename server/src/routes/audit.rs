//! The caller's own audit trail: every change made to its partner's data
//! (imports, profile and location and solution changes), newest first, a
//! bounded page at a time. Never another partner's.

use axum::extract::{Query, State};
use serde::Deserialize;
use transition_domain::wire::audit::{AuditPage, DEFAULT_AUDIT_PAGE, MAX_AUDIT_PAGE};

use crate::auth::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use crate::store::AuditQuery;

// The document's `maximum` of `limit` (an attribute takes a literal).
const _: () = assert!(MAX_AUDIT_PAGE == 100);

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditParams {
    /// 1 to 100 records (50 when absent).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
    /// The `next_before` of the previous page: only older records.
    pub before: Option<String>,
}

#[utoipa::path(
    get,
    path = "/audit",
    tag = "audit",
    security(("bearer" = [])),
    params(AuditParams),
    responses(
        (status = 200, description = "The caller's partner's audit records, newest first", body = AuditPage),
        (status = 400, description = "malformed_request: limit is not 1 to 100", body = crate::error::Problem)
    )
)]
pub async fn audit_list(
    State(state): State<AppState>,
    caller: Caller,
    Query(params): Query<AuditParams>,
) -> Result<axum::Json<AuditPage>, ApiError> {
    page(&state, Some(&caller.partner_id), params)
        .await
        .map(axum::Json)
}

/// One page of the audit trail, of one partner or (the operator's) of
/// every partner: 1 to [`MAX_AUDIT_PAGE`] records, newest first, older
/// than `before` when given.
pub async fn page(
    state: &AppState,
    partner_id: Option<&transition_domain::PartnerId>,
    params: AuditParams,
) -> Result<AuditPage, ApiError> {
    let limit = params.limit.unwrap_or(DEFAULT_AUDIT_PAGE);
    if !(1..=MAX_AUDIT_PAGE).contains(&limit) {
        return Err(ApiError::malformed(
            "/query/limit",
            format!("1 to {MAX_AUDIT_PAGE}"),
        ));
    }
    // One more than asked tells whether an older page exists.
    let query = AuditQuery {
        limit: Some(limit + 1),
        before: params.before,
    };
    let mut items = state.store.audit_records(partner_id, &query).await?;
    let more = items.len() > limit as usize;
    items.truncate(limit as usize);
    let next_before = more
        .then(|| items.last().map(|record| record.id.clone()))
        .flatten();
    Ok(AuditPage { items, next_before })
}
