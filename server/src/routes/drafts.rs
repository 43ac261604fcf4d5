//! `GET/PUT/DELETE /imports/draft`: the import wizard's draft, kept on the
//! server so that any admin of the partner resumes it on any device. Its
//! revision is the `ETag`; a save names the revision it replaces
//! (`If-Match`) or creates one where there is none, so nothing is ever
//! overwritten blindly (412 `draft_changed`). A draft gets the checks an
//! import request gets before planning (bounds, the partner's own logo
//! uploads, the export's profiles), not the rules: it may be unfinished.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use transition_domain::bounds::over_bounds;
use transition_domain::export::AccountStatus;
use transition_domain::issue::pointer;
use transition_domain::wire::approvals::{Returned, Submission};
use transition_domain::wire::drafts::{Draft, DraftContent, DraftPut};
use transition_domain::wire::imports::Actor;
use transition_domain::Code;

use crate::auth::Caller;
use crate::clock::{new_id, now};
use crate::error::ApiError;
use crate::extract::Json;
use crate::precondition::{etag, if_match, if_none_match, Condition};
use crate::routes::pinpoint::{caller_account, stored_export};
use crate::state::AppState;
use crate::store::{DraftDeleted, DraftSaved, NewDraft, StoredDraft};

#[utoipa::path(
    get,
    path = "/imports/draft",
    tag = "imports",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The partner's draft; its revision is the ETag", body = Draft, headers(("ETag" = String, description = "The draft's revision, quoted"))),
        (status = 404, description = "not_found: no draft (or no active Pinpoint account)", body = crate::error::Problem)
    )
)]
pub async fn draft_get(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Response, ApiError> {
    let draft = current(&state, &caller)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(answer(draft))
}

#[utoipa::path(
    put,
    path = "/imports/draft",
    tag = "imports",
    security(("bearer" = [])),
    request_body = DraftPut,
    params(
        ("If-Match" = Option<String>, Header, pattern = r#"^(\*|(W/)?"[!#-~]*"([ \t]*,[ \t]*(W/)?"[!#-~]*")*)$"#, description = "The revision replaced, quoted (its ETag); without it, the draft is created, and only where there is none"),
        ("If-None-Match" = Option<String>, Header, pattern = r#"^(\*|(W/)?"[!#-~]*"([ \t]*,[ \t]*(W/)?"[!#-~]*")*)$"#, description = "`*`: create only (the same as no If-Match)")
    ),
    responses(
        (status = 200, description = "Saved; its new revision is the ETag", body = Draft, headers(("ETag" = String, description = "The draft's new revision, quoted"))),
        (status = 400, description = "malformed_request: the body, or an If-Match or If-None-Match that is not `*` or a list of entity tags", body = crate::error::Problem),
        (status = 404, description = "not_found: no active Pinpoint account for this partner", body = crate::error::Problem),
        (status = 409, description = "draft_submitted: the draft is submitted for approval (frozen until it is approved, returned or withdrawn); nothing was saved", body = crate::error::Problem),
        (status = 412, description = "draft_changed: a draft exists (create), or its revision is not the one named; nothing was saved", body = crate::error::Problem),
        (status = 422, description = "validation_failed: a list over its bound, another partner's logo upload (logo_upload_unknown), or a profile the export does not have (selection_profile_unknown)", body = crate::error::Problem)
    )
)]
pub async fn draft_put(
    State(state): State<AppState>,
    headers: HeaderMap,
    caller: Caller,
    Json(DraftPut { mut content }): Json<DraftPut>,
) -> Result<Response, ApiError> {
    caller.require_write()?;
    let condition = if_match(&headers)?;
    // Without If-Match the draft is created: `*` says the same.
    if_none_match(&headers)?;
    let account = caller_account(&state, &caller).await?;
    if account.status != AccountStatus::Active {
        return Err(ApiError::not_found());
    }
    let export = stored_export(&state, &account)?;
    let misfits = content.misfits(&export, "/content");
    if !misfits.is_empty() {
        return Err(ApiError::from_issues(misfits));
    }
    // An uploaded logo's facts are the stored ones, not the client's.
    for (n, selection) in content.selections.iter_mut().enumerate() {
        if let Some(Some(logo)) = selection.overrides.logo.as_mut() {
            let at = pointer(
                &pointer(&pointer("/content/selections", n), "overrides"),
                "logo",
            );
            crate::routes::logos::resolve(&state, &caller.partner_id, logo, &at).await?;
        }
    }
    let expected = match condition {
        None => None,
        Some(condition) => Some(matching(&state, &caller, &condition).await?),
    };
    let saved_by = caller.actor();
    let draft = NewDraft {
        revision: new_id(),
        content_json: serde_json::to_string(&content).map_err(|_| ApiError::internal())?,
        saved_at: now(),
        saved_by_json: serde_json::to_string(&saved_by).map_err(|_| ApiError::internal())?,
    };
    match state
        .store
        .save_draft(&caller.partner_id, &draft, expected.as_deref())
        .await?
    {
        // The return's comment stays until the next submission.
        DraftSaved::Saved { version } => match current(&state, &caller).await? {
            Some(saved) if saved.revision == draft.revision => Ok(answer(saved)),
            // Saved over since: what this save wrote is what it answers.
            _ => Ok(answer(Draft {
                revision: draft.revision,
                version,
                saved_at: draft.saved_at,
                saved_by,
                content,
                submission: None,
                returned: None,
            })),
        },
        DraftSaved::Stale => Err(ApiError::new(Code::DraftChanged)),
        DraftSaved::NoAccount => Err(ApiError::not_found()),
        DraftSaved::Submitted => Err(ApiError::new(Code::DraftSubmitted)),
    }
}

#[utoipa::path(
    delete,
    path = "/imports/draft",
    tag = "imports",
    security(("bearer" = [])),
    params(("If-Match" = Option<String>, Header, pattern = r#"^(\*|(W/)?"[!#-~]*"([ \t]*,[ \t]*(W/)?"[!#-~]*")*)$"#, description = "The revision removed, quoted (its ETag); without it, whichever is current")),
    responses(
        (status = 204, description = "Removed"),
        (status = 400, description = "malformed_request: an If-Match that is not `*` or a list of entity tags", body = crate::error::Problem),
        (status = 404, description = "not_found: no draft (or no active Pinpoint account)", body = crate::error::Problem),
        (status = 409, description = "draft_submitted: the draft is submitted for approval; nothing was removed", body = crate::error::Problem),
        (status = 412, description = "draft_changed: the current draft is not the revision named; nothing was removed", body = crate::error::Problem)
    )
)]
pub async fn draft_delete(
    State(state): State<AppState>,
    headers: HeaderMap,
    caller: Caller,
) -> Result<Response, ApiError> {
    caller.require_write()?;
    let expected = match if_match(&headers)? {
        None => None,
        Some(condition) => Some(matching(&state, &caller, &condition).await?),
    };
    match state
        .store
        .delete_draft(&caller.partner_id, expected.as_deref())
        .await?
    {
        DraftDeleted::Deleted => Ok(StatusCode::NO_CONTENT.into_response()),
        DraftDeleted::Stale => Err(ApiError::new(Code::DraftChanged)),
        DraftDeleted::Missing => Err(ApiError::not_found()),
        DraftDeleted::Submitted => Err(ApiError::new(Code::DraftSubmitted)),
    }
}

/// The current revision when `condition` names it; 412 `draft_changed`
/// otherwise (none, or another). The store then replaces or removes
/// only that revision.
async fn matching(
    state: &AppState,
    caller: &Caller,
    condition: &Condition,
) -> Result<String, ApiError> {
    let revision = state
        .store
        .draft(&caller.partner_id)
        .await?
        .map(|draft| draft.revision);
    match revision {
        Some(revision) if condition.matches(Some(&revision)) => Ok(revision),
        _ => Err(ApiError::new(Code::DraftChanged)),
    }
}

/// The partner's draft as stored, read back with the wire types; one that
/// no longer reads (or is over its bounds) is logged and is none.
pub(crate) async fn current(state: &AppState, caller: &Caller) -> Result<Option<Draft>, ApiError> {
    let Some(stored) = state.store.draft(&caller.partner_id).await? else {
        return Ok(None);
    };
    Ok(read_stored(stored, caller))
}

/// A stored draft read back with the wire types, its submission and its
/// return among them; `None` (logged) when it no longer reads.
pub(crate) fn read_stored(stored: StoredDraft, caller: &Caller) -> Option<Draft> {
    let content: Result<DraftContent, _> = serde_json::from_str(&stored.content_json);
    let saved_by: Result<Actor, _> = serde_json::from_str(&stored.saved_by_json);
    let submission: Result<Option<Submission>, _> = stored
        .submission_json
        .as_deref()
        .map(serde_json::from_str)
        .transpose();
    let returned: Result<Option<Returned>, _> = stored
        .returned_json
        .as_deref()
        .map(serde_json::from_str)
        .transpose();
    match (content, saved_by, submission, returned) {
        (Ok(content), Ok(saved_by), Ok(submission), Ok(returned))
            if over_bounds(&content).is_empty() =>
        {
            Some(Draft {
                revision: stored.revision,
                version: stored.version,
                saved_at: stored.saved_at,
                saved_by,
                content,
                submission,
                returned,
            })
        }
        _ => {
            tracing::warn!(partner = %caller.partner_id, account = %stored.account_id,
                "a stored draft no longer reads: treated as none");
            None
        }
    }
}

/// `draft` with its revision as the `ETag`.
pub(crate) fn answer(draft: Draft) -> Response {
    let tag = etag(&draft.revision);
    let mut response = axum::Json(draft).into_response();
    if let Some(tag) = tag {
        response.headers_mut().insert(header::ETAG, tag);
    }
    response
}
