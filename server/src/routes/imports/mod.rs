//! Preview and commit of an import. The commit is one-way and atomic
//! (one transaction closes the account and creates everything), idempotent
//! (an `Idempotency-Key` replays the original answer byte for byte) and
//! audited. The server plans again with the domain crate: it never trusts
//! the browser's plan.

pub mod approve;
mod commit;
mod plan;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use transition_domain::wire::audit::{AuditRecord, Change, CreatedProfile};
use transition_domain::wire::imports::ImportResult;
use transition_domain::{Code, IdempotencyKey, ImportId, ImportRequest};

use crate::auth::Caller;
use crate::clock::{new_id, now};
use crate::error::ApiError;
use crate::extract::Json;
use crate::failpoint;
use crate::problem::lang_of;
use crate::state::AppState;
use crate::store::{CommitOutcome, NewImport};
use commit::{
    etag, idempotency_key, if_match, json_response, replay, request_hash, IfMatch, Lease,
};
use plan::loaded;

#[utoipa::path(
    post,
    path = "/imports/preview",
    tag = "imports",
    security(("bearer" = [])),
    request_body = ImportRequest,
    responses(
        (status = 200, description = "The plan, even with errors: read can_commit. `plan_digest` (also the ETag) is what POST /imports sends in If-Match", body = transition_domain::PlanReport<'_>, headers(("ETag" = String, description = "The plan digest, quoted"))),
        (status = 404, description = "not_found: no Pinpoint account for this partner", body = crate::error::Problem),
        (status = 409, description = "pinpoint_account_closed: already imported; the service centre helps", body = crate::error::Problem)
    )
)]
pub async fn imports_preview(
    State(state): State<AppState>,
    headers: HeaderMap,
    caller: Caller,
    Json(mut request): Json<ImportRequest>,
) -> Result<Response, ApiError> {
    let loaded = loaded(&state, &caller, &mut request).await?;
    let mut response = axum::Json(loaded.preview(lang_of(&headers))).into_response();
    if let Some(value) = etag(&loaded.digest) {
        response.headers_mut().insert(header::ETAG, value);
    }
    Ok(response)
}

#[utoipa::path(
    post,
    path = "/imports",
    tag = "imports",
    security(("bearer" = [])),
    request_body = ImportRequest,
    params(
        ("Idempotency-Key" = String, Header, min_length = 1, max_length = 255, pattern = "^[!-~]+$", description = "1 to 255 visible ASCII characters; a retry with the same key and body replays the answer"),
        ("If-Match" = Option<String>, Header, pattern = "^\"sha256:[0-9a-f]{64}\"$", description = "The plan digest of the preview the partner reviewed, quoted (the preview's ETag). Required: without it, 428 plan_digest_required. Replays are never checked against it")
    ),
    responses(
        (status = 201, description = "Imported; a retry with the same key and body replays this answer", body = ImportResult, headers(("Location" = String, description = "The import's URL"))),
        (status = 400, description = "idempotency_key_missing; malformed_request (the body, an Idempotency-Key that is not 1 to 255 visible ASCII characters, or an If-Match that is not a list of quoted entity tags)", body = crate::error::Problem),
        (status = 404, description = "not_found: no Pinpoint account for this partner", body = crate::error::Problem),
        (status = 409, description = "pinpoint_account_closed, region_already_has_profile; idempotency_key_in_progress (retry later)", body = crate::error::Problem),
        (status = 412, description = "plan_changed: the plan digest in If-Match is not the plan's now (a newer export, the partner's business profiles, the rules); nothing was written. `plan_digest` and `preview` give the plan now", body = crate::error::Problem),
        (status = 422, description = "validation_failed (every issue), acknowledgement_required, idempotency_key_reused", body = crate::error::Problem),
        (status = 428, description = "plan_digest_required: no If-Match (a request that breaks a rule is 422 first)", body = crate::error::Problem)
    )
)]
pub async fn imports_commit(
    State(state): State<AppState>,
    headers: HeaderMap,
    caller: Caller,
    Json(request): Json<ImportRequest>,
) -> Result<Response, ApiError> {
    caller.require_write()?;
    let key = idempotency_key(&headers)?;
    let hash = request_hash(&request);
    if let Some(stored) = state.store.import_by_key(&caller.partner_id, &key).await? {
        return replay(&stored, &hash);
    }
    let Some(mut lease) = Lease::claim(&state, &caller.partner_id, &key).await? else {
        return Err(ApiError::new(Code::IdempotencyKeyInProgress));
    };
    let answer = direct_commit(state, headers, caller, key, hash, request, &mut lease).await;
    lease.release().await;
    answer
}

/// A commit without approval, once its key is claimed: refused while the
/// partner's imports need a second admin, or while a submission waits.
async fn direct_commit(
    state: AppState,
    headers: HeaderMap,
    caller: Caller,
    key: IdempotencyKey,
    hash: String,
    request: ImportRequest,
    lease: &mut Lease,
) -> Result<Response, ApiError> {
    // A commit under this key may have finished between the first look
    // and entering: look again now that no other one can be running here.
    if let Some(stored) = state.store.import_by_key(&caller.partner_id, &key).await? {
        return replay(&stored, &hash);
    }
    let shown = if_match(&headers)?;
    if crate::settings::need_second_admin(&state, &caller.partner_id).await? {
        return Err(ApiError::new(Code::ApprovalRequired));
    }
    let submitted = state.store.draft(&caller.partner_id).await?;
    if submitted.is_some_and(|draft| draft.submission_json.is_some()) {
        return Err(ApiError::new(Code::DraftSubmitted));
    }
    let commit = Commit {
        key,
        hash,
        shown,
        approval: None,
    };
    commit_claimed(state, lang_of(&headers), caller, commit, request, lease).await
}

/// What a commit carries besides its request.
struct Commit {
    key: IdempotencyKey,
    hash: String,
    /// The plan digest the partner reviewed.
    shown: IfMatch,
    /// A second admin's approval of a submission.
    approval: Option<Approval>,
}

/// The submission an approval commits.
struct Approval {
    /// The submitter, who prepared the import.
    prepared_by: transition_domain::wire::imports::Actor,
    /// The draft's revision, submitted.
    revision: String,
}

/// The commit, once its key is claimed: plans again, checks the digest,
/// and writes everything in one transaction.
async fn commit_claimed(
    state: AppState,
    lang: transition_domain::Lang,
    caller: Caller,
    commit: Commit,
    mut request: ImportRequest,
    lease: &mut Lease,
) -> Result<Response, ApiError> {
    let Commit {
        key,
        hash,
        shown,
        approval,
    } = commit;
    // Approving, a plan that moved since it was submitted has to be
    // submitted again; committing, the partner reviews the plan now.
    let approving = approval.is_some();
    let moved = |now: &plan::Loaded| {
        if approving {
            ApiError::new(Code::SubmissionChanged)
        } else {
            now.changed(lang)
        }
    };
    let original = request.clone();
    let loaded = match loaded(&state, &caller, &mut request).await {
        Ok(loaded) => loaded,
        // Closed by this very request under this key on another replica?
        Err(error) if error.code == Code::PinpointAccountClosed => {
            return match state.store.import_by_key(&caller.partner_id, &key).await? {
                Some(stored) => replay(&stored, &hash),
                None => Err(error),
            };
        }
        Err(error) => return Err(error),
    };
    failpoint::hit("after_plan");
    if shown != IfMatch::Absent && !shown.matches(&loaded.digest) {
        return Err(moved(&loaded));
    }
    let plan = &loaded.plan;
    committable(plan, &request)?;
    if shown == IfMatch::Absent {
        return Err(ApiError::new(Code::PlanDigestRequired));
    }
    let profiles = plan
        .profiles_to_create(new_id)
        .map_err(ApiError::from_issues)?;
    let account = &loaded.account;

    let import_id = ImportId::from(new_id());
    let created_at = now();
    let result = ImportResult {
        id: import_id.clone(),
        created_at: created_at.clone(),
        actor: caller.actor(),
        pinpoint_account_id: account.account_id.clone(),
        profiles,
        not_imported: plan.not_imported.clone(),
        warnings: plan
            .issues
            .iter()
            .map(|i| i.localized(transition_domain::locales::messages(lang)))
            .collect(),
        plan_digest: Some(loaded.digest.clone()),
        prepared_by: approval.as_ref().map(|a| a.prepared_by.clone()),
    };
    let body = serde_json::to_string(&result).map_err(|_| ApiError::internal())?;
    let created = result
        .profiles
        .iter()
        .map(|p| CreatedProfile {
            id: p.id.clone(),
            region: p.region.to_string(),
            name: p.name.to_string(),
            source_id: p.source_id.clone(),
            solutions: p.solutions.iter().map(|s| s.id.clone()).collect(),
            locations: p.locations.iter().map(|l| l.id.clone()).collect(),
        })
        .collect();
    let audit = AuditRecord {
        id: new_id(),
        partner_id: caller.partner_id.clone(),
        created_at: created_at.clone(),
        actor: caller.actor(),
        change: Change::Import {
            import_id: import_id.clone(),
            created,
            not_imported: result.not_imported,
            plan_digest: Some(loaded.digest.clone()),
            prepared_by: approval.as_ref().map(|a| a.prepared_by.clone()),
        },
    };
    let import = NewImport {
        id: import_id.clone(),
        partner_id: caller.partner_id.clone(),
        account_id: account.account_id.clone(),
        idempotency_key: key.clone(),
        request_hash: hash.clone(),
        profiles: result.profiles,
        response_status: StatusCode::CREATED.as_u16(),
        response_body: body.clone(),
        audit,
        lease_holder: Some(lease.holder.clone()),
        plan_digest: Some(loaded.digest.clone()),
        expected: loaded.expected(),
        submission: approval.as_ref().map(|a| a.revision.clone()),
    };
    match state.store.commit_import(&import).await? {
        CommitOutcome::Committed => {
            // The import's transaction ended the claim.
            lease.released = true;
            tracing::info!(import = %import_id, partner = %caller.partner_id, profiles = import.profiles.len(), "import committed");
            failpoint::hit("before_response");
            Ok(json_response(StatusCode::CREATED, body, Some(&import_id)))
        }
        // Another commit won the race; if it was this same request under
        // this key (a retry), its answer is ours.
        CommitOutcome::AccountNotActive | CommitOutcome::KeyTaken => {
            match state.store.import_by_key(&caller.partner_id, &key).await? {
                Some(stored) => replay(&stored, &hash),
                None => Err(ApiError::account_closed()),
            }
        }
        // What the plan was made from moved between the look and the
        // transaction: nothing was written; the plan as it is now.
        CommitOutcome::ExportChanged | CommitOutcome::ProfilesChanged => {
            if approval.is_some() {
                return Err(ApiError::new(Code::SubmissionChanged));
            }
            let mut request = original;
            Err(loaded_changed(&state, &caller, &mut request, lang).await)
        }
        // Returned or withdrawn while it was being approved.
        CommitOutcome::SubmissionEnded => Err(ApiError::new(Code::NotSubmitted)),
        CommitOutcome::RegionTaken(region) => {
            Err(ApiError::new(Code::RegionAlreadyHasProfile).with("region", region))
        }
    }
}

/// Whether `request` may be submitted for approval with `digest`: the
/// plan now has that digest (else 412 `plan_changed`, with the plan now),
/// breaks no rule (422) and has both acknowledgements.
pub(crate) async fn check_submission(
    state: &AppState,
    caller: &Caller,
    mut request: ImportRequest,
    digest: &transition_domain::plan::PlanDigest,
    lang: transition_domain::Lang,
) -> Result<(), ApiError> {
    let loaded = loaded(state, caller, &mut request).await?;
    if &loaded.digest != digest {
        return Err(loaded.changed(lang));
    }
    committable(&loaded.plan, &request)
}

/// What a commit and a submission both need of a plan: no rule broken
/// (422, every error), and both acknowledgements given.
fn committable(
    plan: &transition_domain::ImportPlan,
    request: &ImportRequest,
) -> Result<(), ApiError> {
    if plan.has_errors() {
        return Err(ApiError::from_issues(
            plan.issues
                .iter()
                .filter(|i| i.is_error())
                .cloned()
                .collect(),
        ));
    }
    if !request.acknowledgements.complete() {
        return Err(ApiError::new(Code::AcknowledgementRequired));
    }
    Ok(())
}

/// 412 `plan_changed` with the plan as it is now, or what stands in the
/// way of planning it (the account closed meanwhile, ...).
async fn loaded_changed(
    state: &AppState,
    caller: &Caller,
    request: &mut ImportRequest,
    lang: transition_domain::Lang,
) -> ApiError {
    match loaded(state, caller, request).await {
        Ok(now) => now.changed(lang),
        Err(error) => error,
    }
}

#[utoipa::path(
    get,
    path = "/imports/{id}",
    tag = "imports",
    security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "The import's answer, as it was given", body = ImportResult)
    )
)]
pub async fn imports_get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<ImportId>,
) -> Result<Response, ApiError> {
    let stored = state
        .store
        .import_by_id(&caller.partner_id, &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(json_response(StatusCode::OK, stored.response_body, None))
}
