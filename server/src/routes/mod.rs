//! The API's routes, one module per resource, and [`api`]: the one list
//! of them, from which both the router and the OpenAPI document are made
//! (`utoipa-axum`), grouped by what a request counts against.

use axum::Router;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::limits::{self, Class};
use crate::openapi::{self, ROLE_REQUIRED, RULES_BROKEN};
use crate::state::AppState;

pub mod approvals;
pub mod audit;
pub mod dev;
pub mod drafts;
pub mod health;
pub mod imports;
pub mod logos;
pub mod me;
pub mod operator;
pub mod pinpoint;
pub mod profiles;
pub mod receipts;

/// Where the API is served; every operation's path is relative to it.
pub const API_BASE: &str = "/api/v1";

/// The API's routes (relative to [`API_BASE`]) and their operations, the
/// demo's among them; the demo's routes are in the router only in demo
/// mode.
pub fn api(state: &AppState) -> (Router<AppState>, utoipa::openapi::OpenApi) {
    // Nothing counted: reads and the operator's routes.
    let uncounted = OpenApiRouter::new()
        .routes(routes!(health::health_get))
        .routes(routes!(health::ready_get))
        .routes(routes!(me::me_get))
        .routes(routes!(pinpoint::account_get))
        .routes(routes!(pinpoint::referrals_csv_get))
        .routes(routes!(pinpoint::referrals_json_get))
        .routes(routes!(drafts::draft_get))
        .routes(routes!(approvals::settings_get))
        .routes(routes!(imports::imports_get))
        .routes(routes!(receipts::receipt_get))
        .routes(routes!(receipts::receipt_html_get))
        .routes(routes!(profiles::profiles_list))
        .routes(routes!(profiles::profiles_get))
        .routes(routes!(logos::logos_get))
        .routes(routes!(audit::audit_list))
        .merge(operator::router(state.config.max_export_bytes));
    let commits = OpenApiRouter::new()
        .routes(routes!(imports::imports_commit))
        .routes(routes!(imports::approve::submission_approve));
    // The changes made by one of the domain's operations, which it may
    // refuse (422).
    let changes = openapi::declare(
        OpenApiRouter::new()
            .routes(routes!(profiles::profiles_create))
            .routes(routes!(profiles::profiles_edit))
            .routes(routes!(profiles::locations_add))
            .routes(routes!(profiles::locations_delete))
            .routes(routes!(profiles::locations_edit))
            .routes(routes!(profiles::location_solutions_set))
            .routes(routes!(profiles::solutions_edit))
            .routes(routes!(profiles::solutions_delete)),
        &[RULES_BROKEN],
    );
    let writes = changes
        .routes(routes!(profiles::solutions_add))
        .routes(routes!(logos::logos_upload))
        .routes(routes!(drafts::draft_put))
        .routes(routes!(drafts::draft_delete))
        .routes(routes!(approvals::settings_put))
        .routes(routes!(approvals::submission_post))
        .routes(routes!(approvals::submission_delete))
        .routes(routes!(approvals::submission_return));
    // Every write takes a partner token with a role that writes.
    let secured = |router| openapi::declare(router, &[ROLE_REQUIRED]);
    let mut api = uncounted
        .merge(limits::counted(secured(commits), Class::Commit, state))
        .merge(limits::counted(secured(writes), Class::Write, state))
        .merge(limits::counted(
            OpenApiRouter::new().routes(routes!(imports::imports_preview)),
            Class::Preview,
            state,
        ));
    let (dev, dev_doc) = dev::router().split_for_parts();
    api.get_openapi_mut().merge(dev_doc);
    let (mut router, doc) = api.split_for_parts();
    if state.config.demo {
        router = router.merge(dev);
    }
    (router, doc)
}
