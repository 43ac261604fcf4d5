//! `POST /imports/draft/submission/approve`: a second admin approves the
//! submitted draft, which commits it, under both names: the submitter
//! prepared it, the approver (the caller) imported it. It is the commit's
//! own path (the same key, claim, plan, transaction and replay), with the
//! digest the submitter reviewed as its `If-Match`, and the submission
//! checked again inside the transaction.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use sha2::{Digest, Sha256};
use transition_domain::Code;

use super::commit::{idempotency_key, replay, IfMatch, Lease};
use super::{commit_claimed, Approval, Commit};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::problem::lang_of;
use crate::routes::drafts::read_stored;
use crate::state::AppState;

/// An approval's fingerprint for its idempotency key: the same key
/// replays the approval's answer; it is refused for a plain commit.
fn approval_hash() -> String {
    hex::encode(Sha256::digest(b"approve the submitted draft"))
}

#[utoipa::path(
    post,
    path = "/imports/draft/submission/approve",
    tag = "approvals",
    security(("bearer" = [])),
    params(
        ("Idempotency-Key" = String, Header, min_length = 1, max_length = 255, pattern = "^[!-~]+$", description = "1 to 255 visible ASCII characters; a retry with the same key replays the answer")
    ),
    responses(
        (status = 201, description = "Approved and imported: `actor` is the approver, `prepared_by` the submitter", body = transition_domain::wire::imports::ImportResult, headers(("Location" = String, description = "The import's URL"))),
        (status = 400, description = "idempotency_key_missing; malformed_request", body = crate::error::Problem),
        (status = 403, description = "approval_self: the submitter cannot approve their own submission; role_required", body = crate::error::Problem),
        (status = 409, description = "not_submitted: no submission waits (returned, withdrawn, or never made); submission_changed: the plan changed since it was submitted (a newer export, the partner's business profiles, the rules), so it has to be submitted again, and nothing was written; pinpoint_account_closed; idempotency_key_in_progress", body = crate::error::Problem),
        (status = 422, description = "validation_failed: the submitted plan breaks a rule now; idempotency_key_reused", body = crate::error::Problem)
    )
)]
pub async fn submission_approve(
    State(state): State<AppState>,
    headers: HeaderMap,
    caller: Caller,
) -> Result<Response, ApiError> {
    caller.require_write()?;
    let key = idempotency_key(&headers)?;
    let hash = approval_hash();
    if let Some(stored) = state.store.import_by_key(&caller.partner_id, &key).await? {
        return replay(&stored, &hash);
    }
    let Some(mut lease) = Lease::claim(&state, &caller.partner_id, &key).await? else {
        return Err(ApiError::new(Code::IdempotencyKeyInProgress));
    };
    let answer = approve_claimed(state, &headers, caller, key, hash, &mut lease).await;
    lease.release().await;
    answer
}

async fn approve_claimed(
    state: AppState,
    headers: &HeaderMap,
    caller: Caller,
    key: transition_domain::IdempotencyKey,
    hash: String,
    lease: &mut Lease,
) -> Result<Response, ApiError> {
    if let Some(stored) = state.store.import_by_key(&caller.partner_id, &key).await? {
        return replay(&stored, &hash);
    }
    let draft = match state.store.draft(&caller.partner_id).await? {
        Some(stored) => read_stored(stored, &caller),
        None => None,
    };
    let Some((draft, submission)) =
        draft.and_then(|draft| draft.submission.clone().map(|s| (draft, s)))
    else {
        return Err(ApiError::new(Code::NotSubmitted));
    };
    if submission.is_by(&caller.person.id) {
        return Err(ApiError::new(Code::ApprovalSelf));
    }
    let commit = Commit {
        key,
        hash,
        shown: IfMatch::Tags(vec![submission.plan_digest.clone()]),
        approval: Some(Approval {
            prepared_by: submission.by,
            revision: draft.revision,
        }),
    };
    let request = draft.content.request();
    commit_claimed(state, lang_of(headers), caller, commit, request, lease).await
}
