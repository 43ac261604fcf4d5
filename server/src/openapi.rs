//! The OpenAPI 3.1 document, generated from the handlers' and types'
//! annotations, served at `/api/v1/openapi.json`.
//!
//! A handler's annotation declares its successes and the refusals of its
//! own (409, ...). A group of routes declares what each of them answers
//! ([`declare`]: a secured write's 403, a rule-checked change's 422, a
//! counted write's 429). What every operation of a kind can answer is
//! added here, once, from the operation's shape ([`CommonResponses`]): 401
//! where a token is required, 400 where a body or a parameter is parsed,
//! 413 and 422 (a list longer than its bound, a control character) where
//! a body is read, 415 where the body is JSON, 404
//! where a path names a resource or the route exists only in demo mode
//! (tag `demo`), and 408, 500 and
//! 503 everywhere; and every bounded list its `maxItems` ([`ListBounds`]).
//! Every problem is `application/problem+json`.

use axum::body::Bytes;
use axum::http::{header, HeaderValue};
use axum::routing::get;
use axum::Router;
use utoipa::openapi::content::Content;
use utoipa::openapi::path::{Operation, ParameterIn, PathItem};
use utoipa::openapi::response::Response;
use utoipa::openapi::schema::Schema;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{Ref, RefOr};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;

use crate::error::Problem;
use crate::state::AppState;

/// What the document says beyond its operations; the operations come
/// from the routes ([`crate::routes::api`]), and [`document`] completes it.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Pinpoint Transition API",
        description = "Moves a partner's Pinpoint presence into Partner Center business profiles: preview, atomic idempotent import, post-import edits. Errors are RFC 9457 problem documents. See docs/api.md.",
    ),
    components(schemas(Problem)),
    modifiers(&Security)
)]
pub struct ApiDoc;

/// The whole document: `operations` (relative to `base`) under it, and
/// what every operation of a kind answers ([`CommonResponses`]) and every
/// list's bound ([`ListBounds`]).
pub fn document(base: &str, operations: utoipa::openapi::OpenApi) -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi().nest(base, operations);
    CommonResponses.modify(&mut doc);
    ListBounds.modify(&mut doc);
    doc
}

/// A secured write's 403.
pub const ROLE_REQUIRED: (&str, &str) = ("403", "role_required: the caller's roles only read");

/// The 422 of a change the domain's rules may refuse.
pub const RULES_BROKEN: (&str, &str) = (
    "422",
    "validation_failed: the new or changed profile breaks rules; every issue is listed",
);

/// The 429 of the writes a rate limit counts.
pub const RATE_LIMITED: (&str, &str) = (
    "429",
    "rate_limited: too many commits or writes per minute from this partner or this address; nothing was changed, retry after Retry-After seconds",
);

/// Declares `answers` (status, description: problems) on every operation
/// of `router` that does not declare that status itself.
pub fn declare<S>(mut router: OpenApiRouter<S>, answers: &[(&str, &str)]) -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
{
    for item in router.get_openapi_mut().paths.paths.values_mut() {
        for operation in operations(item) {
            for (status, description) in answers {
                add_problem(operation, status, description);
            }
        }
    }
    router
}

/// The operations of a path.
fn operations(item: &mut PathItem) -> impl Iterator<Item = &mut Operation> {
    [
        &mut item.get,
        &mut item.put,
        &mut item.post,
        &mut item.delete,
        &mut item.patch,
    ]
    .into_iter()
    .filter_map(Option::as_mut)
}

/// `status` answered with a problem, unless the operation declares it.
fn add_problem(operation: &mut Operation, status: &str, description: &str) {
    operation
        .responses
        .responses
        .entry(status.to_owned())
        .or_insert_with(|| RefOr::T(problem_response(description)));
}

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
            for operation in operations(item) {
                problems_as_problem_json(operation);
                add_common_responses(operation);
            }
        }
    }
}

/// Gives every bounded list its bound from the domain
/// (`transition_domain::bounds::LISTS`): `maxItems` on a list,
/// `maxProperties` on a map.
struct ListBounds;

impl Modify for ListBounds {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let Some(components) = openapi.components.as_mut() else {
            return;
        };
        for list in transition_domain::bounds::LISTS {
            let Some(RefOr::T(Schema::Object(object))) = components.schemas.get_mut(list.schema)
            else {
                continue;
            };
            if let Some(RefOr::T(property)) = object.properties.get_mut(list.property) {
                set_bound(property, list.bound.max);
            }
        }
    }
}

/// `maxItems` (an array) or `maxProperties` (a map) of `schema`, and of
/// each branch of a `oneOf`/`anyOf` (an optional list).
fn set_bound(schema: &mut Schema, max: usize) {
    match schema {
        Schema::Array(array) => array.max_items = Some(max),
        Schema::Object(object) if object.additional_properties.is_some() => {
            object.max_properties = Some(max);
        }
        Schema::OneOf(one_of) => one_of.items.iter_mut().for_each(|branch| {
            if let RefOr::T(branch) = branch {
                set_bound(branch, max);
            }
        }),
        Schema::AnyOf(any_of) => any_of.items.iter_mut().for_each(|branch| {
            if let RefOr::T(branch) = branch {
                set_bound(branch, max);
            }
        }),
        _ => {}
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
    let json_body = operation
        .request_body
        .as_ref()
        .is_some_and(|body| body.content.contains_key("application/json"));
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
        (true, "408", "request_timeout: the server took too long; nothing may be assumed done, retry (request_body_timeout: the body arrived too slowly; nothing was changed)"),
        (
            body,
            "422",
            "validation_failed: a list of the body is longer than its bound (its maxItems or maxProperties): list_too_long, or locations_too_many for new locations, at the list's JSON Pointer; a string holds a control character (U+0000 to U+001F, U+007F; tab, line feed and CRLF allowed in multi-line fields): text_control_character at its JSON Pointer",
        ),
        (
            json_body,
            "415",
            "unsupported_media_type: the body is not sent as JSON (Content-Type: application/json, parameters such as charset allowed, or a +json type)",
        ),
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
            "overloaded: too many requests at once; storage_unavailable: the storage is full, read-only, locked or failing for a moment. Either way nothing was changed; retry after the Retry-After seconds",
        ),
    ];
    for (applies, status, description) in common {
        if applies {
            add_problem(operation, status, description);
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

/// `GET /openapi.json`: `doc`, serialized once.
pub fn router(doc: &utoipa::openapi::OpenApi) -> Router<AppState> {
    let body = Bytes::from(serde_json::to_vec(doc).unwrap_or_default());
    Router::new().route(
        "/openapi.json",
        get(move || {
            let body = body.clone();
            async move {
                (
                    [(
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("application/json"),
                    )],
                    body,
                )
            }
        }),
    )
}
