//! `GET /api/v1/me`: every authenticated partner, with or without a
//! Pinpoint export in the store.

use axum::extract::State;
use axum::Json;
use transition_domain::wire::me::{AccountBrief, Me};

use crate::auth::Caller;
use crate::error::ApiError;
use crate::state::AppState;

/// The token's `company_name` and `csp` claims win over the stored
/// export's partner record; without either, no company name and not a CSP.
#[utoipa::path(
    get,
    path = "/me",
    tag = "account",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The signed-in partner", body = Me),
        (status = 401, description = "No valid bearer token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 500, description = "The store failed", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn me_get(State(state): State<AppState>, caller: Caller) -> Result<Json<Me>, ApiError> {
    let partner = state.store.partner(&caller.partner_id).await?;
    let account = state.store.account(&caller.partner_id).await?;
    let profiles = state.store.profiles(&caller.partner_id).await?;
    let can_write = caller.can_write();
    // A partner row made for a profile of a partner with no export has no name.
    let stored_name = partner
        .as_ref()
        .map(|p| p.company_name.clone())
        .filter(|name| !name.is_empty());
    let stored_csp = partner.is_some_and(|p| p.csp);
    Ok(Json(Me {
        can_write,
        company_name: caller.company_name.or(stored_name),
        csp: caller.csp.unwrap_or(stored_csp),
        pinpoint_account: account.map(|a| AccountBrief {
            id: a.account_id,
            status: a.status,
            import_id: a.closed_by_import,
        }),
        business_profiles: profiles.len(),
        help_url: Some(state.config.help_url.clone()),
        partner_id: caller.partner_id.into(),
        person: Some(caller.person),
        roles: caller.roles,
    }))
}
