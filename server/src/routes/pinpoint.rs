//! The caller's Pinpoint account as ingested, and its referrals download —
//! before and after the import alike (nothing is lost).

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::value::RawValue;
use transition_domain::referrals::{referrals_csv, referrals_json};
use transition_domain::wire::pinpoint::PinpointAccount;
use transition_domain::{parse_export_with, ParseLimits, PinpointExport};

use crate::auth::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use crate::store::AccountRecord;

/// The caller's account, or 404.
pub async fn caller_account(state: &AppState, caller: &Caller) -> Result<AccountRecord, ApiError> {
    state
        .store
        .account(&caller.partner_id)
        .await?
        .ok_or_else(ApiError::not_found)
}

/// The stored export, parsed again with the domain's parser (it was
/// checked when ingested; a failure here means corrupt storage).
pub fn stored_export(
    state: &AppState,
    account: &AccountRecord,
) -> Result<PinpointExport, ApiError> {
    let limits = ParseLimits {
        max_bytes: state.config.max_export_bytes.max(account.export_json.len()),
    };
    parse_export_with(account.export_json.as_bytes(), limits).map_err(|error| {
        tracing::error!(account = %account.account_id, %error, "stored export does not parse");
        ApiError::internal()
    })
}

#[utoipa::path(
    get,
    path = "/pinpoint/account",
    tag = "pinpoint",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The account, its export as ingested", body = PinpointAccount),
        (status = 404, description = "not_found: no Pinpoint account for this partner", body = crate::error::Problem)
    )
)]
pub async fn account_get(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Response, ApiError> {
    let account = caller_account(&state, &caller).await?;
    let export: &RawValue = serde_json::from_str(&account.export_json).map_err(|error| {
        tracing::error!(account = %account.account_id, %error, "stored export is not JSON");
        ApiError::internal()
    })?;
    Ok(Json(PinpointAccount {
        id: account.account_id,
        status: account.status,
        closed_at: account.closed_at,
        import_id: account.closed_by_import,
        export,
        export_version: account.export_version,
    })
    .into_response())
}

fn attachment(body: String, content_type: &'static str, filename: String) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A file name made only of safe characters.
pub fn file_stem(account_id: &str) -> String {
    account_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The referrals download in one of its two formats.
async fn referrals_download(
    state: &AppState,
    caller: &Caller,
    csv_in: Option<transition_domain::Lang>,
) -> Result<Response, ApiError> {
    let account = caller_account(state, caller).await?;
    let export = stored_export(state, &account)?;
    let stem = file_stem(&account.account_id);
    Ok(if let Some(lang) = csv_in {
        attachment(
            referrals_csv(
                &export.referrals,
                transition_domain::locales::messages(lang),
            ),
            "text/csv; charset=utf-8",
            format!("referrals-{stem}.csv"),
        )
    } else {
        attachment(
            referrals_json(&export.referrals),
            "application/json",
            format!("referrals-{stem}.json"),
        )
    })
}

#[utoipa::path(
    get,
    path = "/pinpoint/account/referrals.csv",
    tag = "pinpoint",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "RFC 4180 CSV, UTF-8 with BOM, CRLF; an attachment", content_type = "text/csv", body = String),
        (status = 404, description = "not_found: no Pinpoint account for this partner", body = crate::error::Problem)
    )
)]
pub async fn referrals_csv_get(
    State(state): State<AppState>,
    caller: Caller,
    headers: axum::http::HeaderMap,
) -> Result<Response, ApiError> {
    referrals_download(&state, &caller, Some(crate::problem::lang_of(&headers))).await
}

#[utoipa::path(
    get,
    path = "/pinpoint/account/referrals.json",
    tag = "pinpoint",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The export's referrals; an attachment", body = Vec<transition_domain::export::Referral>),
        (status = 404, description = "not_found: no Pinpoint account for this partner", body = crate::error::Problem)
    )
)]
pub async fn referrals_json_get(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Response, ApiError> {
    referrals_download(&state, &caller, None).await
}
