use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/me", get(me_get))
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Me {
    pub partner_id: String,
    pub company_name: Option<String>,
    pub csp: bool,
    pub roles: Vec<String>,
    pub can_write: bool,
    pub pinpoint_account: Option<AccountBrief>,
    pub business_profiles: usize,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AccountBrief {
    pub id: String,
    pub status: &'static str,
    pub import_id: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/me", tag = "account", security(("bearer" = [])), responses((status = 200, body = Me), (status = 401, body = crate::error::Problem)))]
pub async fn me_get(State(state): State<AppState>, caller: Caller) -> Result<Json<Me>, ApiError> {
    let partner = state.store.partner(&caller.partner_id).await?;
    let account = state.store.account(&caller.partner_id).await?;
    let profiles = state.store.profiles(&caller.partner_id).await?;
    Ok(Json(Me {
        can_write: caller.can_write(),
        company_name: partner.as_ref().map(|p| p.company_name.clone()),
        csp: partner.is_some_and(|p| p.csp),
        pinpoint_account: account.map(|a| AccountBrief {
            id: a.account_id,
            status: a.status.as_str(),
            import_id: a.closed_by_import,
        }),
        business_profiles: profiles.len(),
        partner_id: caller.partner_id,
        roles: caller.roles,
    }))
}
