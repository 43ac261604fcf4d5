//! An import's receipt: `GET /imports/{id}/receipt` (JSON, with the
//! SHA-256 of its canonical form) and `/receipt.html` (the same, a
//! printable page in the reader's language). Both are made from the
//! import's stored answer and the partner's name, which an import freezes
//! (a closed account is never ingested again): every read gives the same
//! bytes and the same hash.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use transition_domain::wire::imports::ImportResult;
use transition_domain::wire::receipt::{Receipt, ReceiptDocument};
use transition_domain::ImportId;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::problem::lang_of;
use crate::receipt_page;
use crate::routes::pinpoint::file_stem;
use crate::state::AppState;

/// The receipt of one of the caller's imports, or 404 (another partner's
/// import is not found either).
async fn document(
    state: &AppState,
    caller: &Caller,
    id: &ImportId,
) -> Result<ReceiptDocument, ApiError> {
    let stored = state
        .store
        .import_by_id(&caller.partner_id, id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let result: ImportResult = serde_json::from_str(&stored.response_body).map_err(|error| {
        tracing::error!(import = %id, %error, "a stored import's answer does not parse");
        ApiError::internal()
    })?;
    let company = state
        .store
        .partner(&caller.partner_id)
        .await?
        .map(|p| p.company_name);
    let receipt = Receipt::of(&result, company);
    let canonical = receipt.canonical().map_err(|error| {
        tracing::error!(import = %id, %error, "a receipt does not serialize");
        ApiError::internal()
    })?;
    Ok(ReceiptDocument {
        sha256: hex::encode(Sha256::digest(&canonical)),
        receipt,
    })
}

#[utoipa::path(
    get,
    path = "/imports/{id}/receipt",
    tag = "imports",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "The receipt, and the SHA-256 of its canonical JSON (keys sorted, no whitespace: RFC 8785)", body = ReceiptDocument),
        (status = 404, description = "not_found: no such import of this partner", body = crate::error::Problem)
    )
)]
pub async fn receipt_get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<ImportId>,
) -> Result<Response, ApiError> {
    let document = document(&state, &caller, &id).await?;
    let mut response = axum::Json(document).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[utoipa::path(
    get,
    path = "/imports/{id}/receipt.html",
    tag = "imports",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "The receipt as a printable page in the Accept-Language's language; it runs no script and loads nothing", content_type = "text/html", body = String),
        (status = 404, description = "not_found: no such import of this partner", body = crate::error::Problem)
    )
)]
pub async fn receipt_html_get(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(id): Path<ImportId>,
) -> Result<Response, ApiError> {
    let document = document(&state, &caller, &id).await?;
    let page = receipt_page::render(&document, lang_of(&headers));
    let mut response = page.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(policy) = HeaderValue::from_str(&receipt_page::content_security_policy()) {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    let stem = file_stem(id.as_str());
    if let Ok(value) = HeaderValue::from_str(&format!("inline; filename=\"receipt-{stem}.html\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}
