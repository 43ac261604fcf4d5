//! The OpenAPI 3.1 document, generated from the handlers' and types'
//! annotations, served at `/api/v1/openapi.json`.
//!
//! A handler's annotation declares its successes and the refusals of its
//! own (403, 409, 422, ...). What every operation of a kind can answer is
//! added here, once, from the operation's shape ([`CommonResponses`]): 401
//! where a token is required, 400 where a body or a parameter is parsed,
//! 413 where a body is read, 404 where a path names a resource or the route
//! exists only in demo mode (tag `demo`), and 408 and 500 everywhere. Every
//! problem is `application/problem+json`.

use axum::routing::get;
use axum::{Json, Router};
use utoipa::openapi::content::Content;
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::response::Response;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{Ref, RefOr};
use utoipa::{Modify, OpenApi};

use crate::error::Problem;

use crate::routes::{audit, dev, health, imports, me, operator, pinpoint, profiles};
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
        audit::audit_list,
        dev::dev_token,
        dev::dev_partners,
        operator::operator_ingest,
        operator::operator_audit,
    ),
    components(schemas(Problem)),
    modifiers(&Security, &CommonResponses)
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

/// The tag of the routes that exist only in demo mode.
pub const DEMO_TAG: &str = "demo";

/// The media type of every problem.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Adds the answers every operation of a kind can give (see the module's
/// documentation) and gives every problem its media type.
struct CommonResponses;

impl Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in operations.into_iter().flatten() {
                problems_as_problem_json(operation);
                add_common_responses(operation);
            }
        }
    }
}

fn is_problem(content: &Content) -> bool {
    matches!(&content.schema, Some(RefOr::Ref(r)) if *r == Ref::from_schema_name("Problem"))
}

/// `application/json` responses whose body is a `Problem` are
/// `application/problem+json`.
fn problems_as_problem_json(operation: &mut Operation) {
    for response in operation.responses.responses.values_mut() {
        let RefOr::T(response) = response else {
            continue;
        };
        if response
            .content
            .get("application/json")
            .is_some_and(is_problem)
        {
            if let Some(content) = response.content.shift_remove("application/json") {
                response.content.insert(PROBLEM_JSON.to_owned(), content);
            }
        }
    }
}

fn add_common_responses(operation: &mut Operation) {
    let parameters = operation.parameters.as_deref().unwrap_or_default();
    let in_path = parameters
        .iter()
        .any(|p| p.parameter_in == ParameterIn::Path);
    let body = operation.request_body.is_some();
    let demo = operation
        .tags
        .as_ref()
        .is_some_and(|tags| tags.iter().any(|tag| tag == DEMO_TAG));
    let secured = operation
        .security
        .as_ref()
        .is_some_and(|requirements| requirements.iter().any(|r| *r != Default::default()));
    let server_error = operation
        .responses
        .responses
        .keys()
        .any(|status| status.starts_with('5'));
    let unavailable = operation.responses.responses.contains_key("503");
    let common = [
        (
            body || !parameters.is_empty(),
            "400",
            "malformed_request: the body is not JSON or does not fit its schema (the title names the JSON Pointer of the first value that does not), or a parameter does not parse",
        ),
        (
            secured,
            "401",
            "unauthorized: the bearer token is missing, malformed, expired, for another audience or badly signed",
        ),
        (
            in_path,
            "404",
            "not_found: no such resource among the caller's (another partner's resources do not exist for the caller)",
        ),
        (
            demo,
            "404",
            "not_found: without demo mode (serve --demo) this route does not exist",
        ),
        (true, "408", "request_timeout: the server took too long; nothing may be assumed done, retry"),
        (
            body,
            "413",
            "payload_too_large: the body is larger than the server's limit (the title names it)",
        ),
        (
            !server_error,
            "500",
            "internal_error: nothing was changed; the details are only in the server's log",
        ),
        (
            !unavailable,
            "503",
            "storage_unavailable: the storage is full, read-only, locked or failing for a moment; nothing was changed; retry after the Retry-After seconds",
        ),
    ];
    for (applies, status, description) in common {
        if applies {
            operation
                .responses
                .responses
                .entry(status.to_owned())
                .or_insert_with(|| RefOr::T(problem_response(description)));
        }
    }
}

/// A problem answer with its description.
pub fn problem_response(description: &str) -> Response {
    let mut response = Response::new(description);
    response.content.insert(
        PROBLEM_JSON.to_owned(),
        Content::new(Some(Ref::from_schema_name("Problem"))),
    );
    response
}

pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(openapi_get))
}

pub async fn openapi_get() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
