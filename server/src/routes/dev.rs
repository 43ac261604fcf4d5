//! Demo mode only: mint tokens for the people of the demo partners
//! (`DEMO_PEOPLE`, or any user id the request names), list the partners. Without
//! `--demo` these routes do not exist (404). `serve --demo` signs them with
//! a random key of its own, for the demo audience: they are worth nothing
//! to a production server.

use axum::extract::State;
use transition_domain::wire::demo::{
    demo_person_name, DemoPartner, DevToken, DevTokenRequest, DEMO_PEOPLE,
};
use transition_domain::{PartnerId, Person, Role, UserId};
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
    let [(default_id, _), _] = DEMO_PEOPLE;
    let user_id = request.user_id.as_deref().unwrap_or(default_id).trim();
    let user_id = UserId::parse(user_id)
        .map_err(|_| ApiError::malformed("/user_id", "a user id of 1 to 255 characters"))?;
    let name = Person::name_from_claim(
        request
            .name
            .or_else(|| demo_person_name(user_id.as_str()).map(str::to_owned)),
    );
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
        sub: user_id.clone(),
        name: name.clone(),
        roles: roles.clone(),
        exp: expires_at,
        aud: state.keys.audience().to_owned(),
        iat: Some(now),
        iss: state.keys.issuer().map(str::to_owned),
        company_name: None,
        csp: None,
        other: [(
            state.keys.partner_claim().to_owned(),
            partner_id.to_string().into(),
        )]
        .into(),
    };
    let token = state.keys.mint(&claims).map_err(|error| {
        tracing::error!(%error, "cannot sign a demo token");
        ApiError::internal()
    })?;
    Ok(axum::Json(DevToken {
        token,
        partner_id: partner_id.to_string(),
        user_id: user_id.to_string(),
        name,
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
