//! A second admin's approval. `GET/PUT /settings`: whether the partner's
//! imports need one (its account or global admin changes it, audited).
//! `POST /imports/draft/submission` freezes the draft with the digest of
//! the plan its submitter reviewed; `DELETE` withdraws it (the submitter
//! only); `…/return` sends it back with a comment (anyone but the
//! submitter); `…/approve` (in `imports`) commits it. Each step is
//! audited in its own transaction.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use transition_domain::wire::approvals::{
    PartnerSettings, ReturnRequest, Returned, SettingsView, Submission, SubmitRequest,
};
use transition_domain::wire::audit::{AuditRecord, Change};
use transition_domain::{Code, Role};

use crate::auth::Caller;
use crate::clock::{new_id, now};
use crate::error::ApiError;
use crate::extract::Json;
use crate::precondition::if_match;
use crate::problem::lang_of;
use crate::routes::drafts::{answer, current, read_stored};
use crate::routes::imports::check_submission;
use crate::settings::need_second_admin;
use crate::state::AppState;
use crate::store::{StoredDraft, SubmissionStep};

/// Whether the caller may change the partner's settings.
fn can_change(caller: &Caller) -> bool {
    caller
        .roles
        .iter()
        .any(|role| matches!(role, Role::AccountAdmin | Role::GlobalAdmin))
}

async fn view(state: &AppState, caller: &Caller) -> Result<SettingsView, ApiError> {
    Ok(SettingsView {
        settings: PartnerSettings {
            imports_need_second_admin: need_second_admin(state, &caller.partner_id).await?,
        },
        can_change: can_change(caller),
    })
}

#[utoipa::path(
    get,
    path = "/settings",
    tag = "approvals",
    security(("bearer" = [])),
    responses((status = 200, description = "The partner's settings, and whether the caller may change them", body = SettingsView))
)]
pub async fn settings_get(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Response, ApiError> {
    Ok(axum::Json(view(&state, &caller).await?).into_response())
}

#[utoipa::path(
    put,
    path = "/settings",
    tag = "approvals",
    security(("bearer" = [])),
    request_body = PartnerSettings,
    responses(
        (status = 200, description = "Set (a change is audited as `approval_setting`)", body = SettingsView),
        (status = 403, description = "settings_role_required: only an account admin or a global admin changes the partner's settings", body = crate::error::Problem)
    )
)]
pub async fn settings_put(
    State(state): State<AppState>,
    caller: Caller,
    Json(wanted): Json<PartnerSettings>,
) -> Result<Response, ApiError> {
    if !can_change(&caller) {
        return Err(ApiError::new(Code::SettingsRoleRequired));
    }
    let value = wanted.imports_need_second_admin;
    if need_second_admin(&state, &caller.partner_id).await? != value {
        let at = now();
        let audit = caller.record(Change::ApprovalSetting {
            imports_need_second_admin: value,
            by_operator: false,
        });
        state
            .store
            .set_imports_need_second_admin(&caller.partner_id, value, &at, &audit)
            .await?;
    }
    Ok(axum::Json(view(&state, &caller).await?).into_response())
}

#[utoipa::path(
    post,
    path = "/imports/draft/submission",
    tag = "approvals",
    security(("bearer" = [])),
    request_body = SubmitRequest,
    params(("If-Match" = Option<String>, Header, pattern = r#"^(\*|(W/)?"[!#-~]*"([ \t]*,[ \t]*(W/)?"[!#-~]*")*)$"#, description = "The draft's revision submitted, quoted (its ETag)")),
    responses(
        (status = 200, description = "Submitted: the draft, frozen, with its `submission`", body = transition_domain::wire::drafts::Draft),
        (status = 400, description = "malformed_request: the body, or an If-Match that is not `*` or a list of entity tags", body = crate::error::Problem),
        (status = 404, description = "not_found: no draft (save it first)", body = crate::error::Problem),
        (status = 409, description = "draft_submitted: already submitted", body = crate::error::Problem),
        (status = 412, description = "draft_changed: the draft is not the revision named; plan_changed: the plan digest is not the plan's now, with `plan_digest` and `preview`", body = crate::error::Problem),
        (status = 422, description = "validation_failed: the draft's plan breaks a rule; acknowledgement_required", body = crate::error::Problem)
    )
)]
pub async fn submission_post(
    State(state): State<AppState>,
    headers: HeaderMap,
    caller: Caller,
    Json(SubmitRequest { plan_digest }): Json<SubmitRequest>,
) -> Result<Response, ApiError> {
    caller.require_write()?;
    let condition = if_match(&headers)?;
    let draft = current(&state, &caller)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if draft.submission.is_some() {
        return Err(ApiError::new(Code::DraftSubmitted));
    }
    if condition.is_some_and(|condition| !condition.matches(Some(&draft.revision))) {
        return Err(ApiError::new(Code::DraftChanged));
    }
    check_submission(
        &state,
        &caller,
        draft.content.request(),
        &plan_digest,
        lang_of(&headers),
    )
    .await?;
    let submission = Submission {
        by: caller.actor(),
        at: now(),
        plan_digest: plan_digest.clone(),
    };
    let json = serde_json::to_string(&submission).map_err(|_| ApiError::internal())?;
    let audit = caller.record(Change::ApprovalRequested { plan_digest });
    match state
        .store
        .submit_draft(&caller.partner_id, &draft.revision, &json, &audit)
        .await?
    {
        SubmissionStep::Done => {
            tracing::info!(partner = %caller.partner_id, "import submitted for approval");
            now_answer(&state, &caller).await
        }
        SubmissionStep::Stale => Err(ApiError::new(Code::DraftChanged)),
    }
}

#[utoipa::path(
    delete,
    path = "/imports/draft/submission",
    tag = "approvals",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Withdrawn: the draft, editable again", body = transition_domain::wire::drafts::Draft),
        (status = 403, description = "approval_not_submitter: only its submitter withdraws a submission (another admin returns it)", body = crate::error::Problem),
        (status = 409, description = "not_submitted: no submission waits", body = crate::error::Problem)
    )
)]
pub async fn submission_delete(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Response, ApiError> {
    caller.require_write()?;
    let (stored, submission) = submitted(&state, &caller).await?;
    if !submission.is_by(&caller.person.id) {
        return Err(ApiError::new(Code::ApprovalNotSubmitter));
    }
    let audit = caller.record(Change::ApprovalWithdrawn {
        plan_digest: submission.plan_digest,
    });
    end(&state, &caller, &stored, None, &audit).await
}

#[utoipa::path(
    post,
    path = "/imports/draft/submission/return",
    tag = "approvals",
    security(("bearer" = [])),
    request_body = ReturnRequest,
    responses(
        (status = 200, description = "Returned: the draft, editable again, with `returned` and its comment", body = transition_domain::wire::drafts::Draft),
        (status = 403, description = "approval_self: the submitter withdraws their own submission instead", body = crate::error::Problem),
        (status = 409, description = "not_submitted: no submission waits", body = crate::error::Problem),
        (status = 422, description = "validation_failed: comment_empty, comment_too_long, comment_invalid (at /comment)", body = crate::error::Problem)
    )
)]
pub async fn submission_return(
    State(state): State<AppState>,
    caller: Caller,
    Json(request): Json<ReturnRequest>,
) -> Result<Response, ApiError> {
    caller.require_write()?;
    let issues = request.issues();
    if !issues.is_empty() {
        return Err(ApiError::from_issues(issues));
    }
    let (stored, submission) = submitted(&state, &caller).await?;
    if submission.is_by(&caller.person.id) {
        return Err(ApiError::new(Code::ApprovalSelf));
    }
    let comment = request.cleaned();
    let returned = Returned {
        by: caller.actor(),
        at: now(),
        submitted_by: submission.by.clone(),
        comment: comment.clone(),
    };
    let json = serde_json::to_string(&returned).map_err(|_| ApiError::internal())?;
    let audit = caller.record(Change::ApprovalReturned {
        plan_digest: submission.plan_digest,
        submitted_by: submission.by,
        comment,
    });
    end(&state, &caller, &stored, Some(&json), &audit).await
}

/// The partner's draft as stored, and its submission; 409
/// `not_submitted` when none waits.
async fn submitted(
    state: &AppState,
    caller: &Caller,
) -> Result<(StoredDraft, Submission), ApiError> {
    let stored = state.store.draft(&caller.partner_id).await?;
    let submission = stored
        .clone()
        .and_then(|stored| read_stored(stored, caller))
        .and_then(|draft| draft.submission);
    match (stored, submission) {
        (Some(stored), Some(submission)) => Ok((stored, submission)),
        _ => Err(ApiError::new(Code::NotSubmitted)),
    }
}

/// Ends the submission `stored` holds (exactly that one), and answers the
/// draft as it is now.
async fn end(
    state: &AppState,
    caller: &Caller,
    stored: &StoredDraft,
    returned_json: Option<&str>,
    audit: &AuditRecord,
) -> Result<Response, ApiError> {
    let Some(submission_json) = stored.submission_json.as_deref() else {
        return Err(ApiError::new(Code::NotSubmitted));
    };
    match state
        .store
        .end_submission(
            &caller.partner_id,
            submission_json,
            &new_id(),
            returned_json,
            audit,
        )
        .await?
    {
        SubmissionStep::Done => now_answer(state, caller).await,
        SubmissionStep::Stale => Err(ApiError::new(Code::NotSubmitted)),
    }
}

/// The draft as it is now, with its revision as the ETag.
async fn now_answer(state: &AppState, caller: &Caller) -> Result<Response, ApiError> {
    let draft = current(state, caller)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(answer(draft))
}
