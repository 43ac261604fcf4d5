//! Demo mode only: mint tokens for the demo partners, list them. Without
//! `--demo` these routes do not exist (404). `serve --demo` signs them with
//! a random key of its own, for the demo audience: they are worth nothing
//! to a production server.

use axum::extract::State;
use transition_domain::wire::demo::{DemoPartner, DevToken, DevTokenRequest};
use transition_domain::{PartnerId, Role};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::clock::unix_now;
use crate::error::ApiError;
use crate::extract::Json;
use crate::state::AppState;
use crate::tokens::Claims;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(dev_token))
        .routes(routes!(dev_partners))
}

#[utoipa::path(post, path = "/dev/token", tag = "demo", request_body = DevTokenRequest, responses((status = 200, body = DevToken), (status = 404, description = "Not in demo mode", body = crate::error::Problem)))]
pub async fn dev_token(
    State(state): State<AppState>,
    Json(request): Json<DevTokenRequest>,
) -> Result<axum::Json<DevToken>, ApiError> {
    let partner_id = request.partner_id.trim();
    let partner_id = match PartnerId::parse(partner_id) {
        Ok(id) if partner_id.len() <= 64 => id,
        _ => {
            return Err(ApiError::malformed(
                "/partner_id",
                "a partner id of 1 to 64 characters",
            ))
        }
    };
    let roles = request.roles.unwrap_or_else(|| vec![Role::AccountAdmin]);
    let now = unix_now();
    // Never longer than the keys accept.
    let ttl = state
        .config
        .demo_token_ttl
        .as_secs()
        .min(state.keys.max_lifetime());
    let expires_at = now + ttl;
    let claims = Claims {
        sub: partner_id.clone(),
        roles: roles.clone(),
        exp: expires_at,
        aud: state.keys.audience().to_owned(),
        iat: Some(now),
        iss: state.keys.issuer().map(str::to_owned),
        company_name: None,
        csp: None,
    };
    let token = state.keys.mint(&claims).map_err(|error| {
        tracing::error!(%error, "cannot sign a demo token");
        ApiError::internal()
    })?;
    Ok(axum::Json(DevToken {
        token,
        partner_id: partner_id.to_string(),
        roles,
        expires_at,
    }))
}

#[utoipa::path(get, path = "/dev/partners", tag = "demo", responses((status = 200, body = Vec<DemoPartner>)))]
pub async fn dev_partners(
    State(state): State<AppState>,
) -> Result<axum::Json<Vec<DemoPartner>>, ApiError> {
    let partners = state.store.partners().await?;
    Ok(axum::Json(
        partners
            .into_iter()
            .map(|p| DemoPartner {
                partner_id: p.partner_id,
                company_name: p.company_name,
                csp: p.csp,
            })
            .collect(),
    ))
}
