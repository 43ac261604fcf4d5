//! The OpenAPI 3.1 document, generated from the handlers' and types'
//! annotations, served at `/api/v1/openapi.json`.

use axum::routing::get;
use axum::{Json, Router};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::routes::{dev, health, imports, me, operator, pinpoint, profiles};
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Pinpoint Transition API",
        description = "Moves a partner's Pinpoint presence into Partner Center business profiles: preview, atomic idempotent import, post-import edits. Errors are RFC 9457 problem documents. See docs/api.md.",
    ),
    paths(
        health::health_get,
        me::me_get,
        pinpoint::account_get,
        pinpoint::referrals_csv_get,
        pinpoint::referrals_json_get,
        imports::imports_preview,
        imports::imports_commit,
        imports::imports_get,
        profiles::profiles_list,
        profiles::profiles_create,
        profiles::profiles_get,
        profiles::profiles_edit,
        profiles::locations_add,
        profiles::locations_delete,
        profiles::locations_edit,
        profiles::location_solutions_set,
        profiles::solutions_add,
        profiles::solutions_edit,
        profiles::solutions_delete,
        dev::dev_token,
        dev::dev_partners,
        operator::operator_ingest,
        operator::operator_audit,
    ),
    modifiers(&Security)
)]
pub struct ApiDoc;

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut bearer = Http::new(HttpAuthScheme::Bearer);
        bearer.bearer_format = Some("JWT".to_owned());
        components.add_security_scheme("bearer", SecurityScheme::Http(bearer));
        components.add_security_scheme(
            "operator",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(openapi_get))
}

pub async fn openapi_get() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
