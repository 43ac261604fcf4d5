//! Preview and commit of an import. The commit is one-way and atomic
//! (one transaction closes the account and creates everything), idempotent
//! (an `Idempotency-Key` replays the original answer byte for byte) and
//! audited. The server plans again with the domain crate: it never trusts
//! the browser's plan.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use transition_domain::export::AccountStatus;
use transition_domain::wire::audit::{AuditRecord, Change, CreatedProfile};
use transition_domain::wire::imports::ImportResult;
use transition_domain::{
    plan_import, BusinessProfile, Code, IdempotencyKey, ImportId, ImportRequest, PartnerId,
};

use crate::auth::Caller;
use crate::clock::{new_id, now, unix_now};
use crate::error::ApiError;
use crate::extract::Json;
use crate::failpoint;
use crate::problem::lang_of;
use crate::routes::pinpoint::{caller_account, stored_export};
use crate::routes::API_BASE;
use crate::state::AppState;
use crate::store::{CommitOutcome, NewImport, StoredImport};

#[utoipa::path(
    post,
    path = "/imports/preview",
    tag = "imports",
    security(("bearer" = [])),
    request_body = ImportRequest,
    responses(
        (status = 200, description = "The plan, even with errors: read can_commit", body = transition_domain::PlanReport<'_>),
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
    crate::routes::logos::resolve_request(&state, &caller.partner_id, &mut request).await?;
    // Profiles before the account: an import that lands in between shows
    // as a closed account, not as regions taken (see `imports_commit`).
    let existing = existing_profiles(&state, &caller).await?;
    let account = caller_account(&state, &caller).await?;
    if account.status == AccountStatus::Closed {
        return Err(ApiError::account_closed());
    }
    let export = stored_export(&state, &account)?;
    let plan = plan_import(&export, &request, &existing);
    Ok(
        axum::Json(plan.report(transition_domain::locales::messages(lang_of(&headers))))
            .into_response(),
    )
}

async fn existing_profiles(
    state: &AppState,
    caller: &Caller,
) -> Result<Vec<BusinessProfile>, ApiError> {
    Ok(state
        .store
        .profiles(&caller.partner_id)
        .await?
        .into_iter()
        .map(|stored| stored.profile)
        .collect())
}

/// The request's fingerprint: its canonical JSON (field order fixed by
/// the types), hashed. The same request spelt with other white space is
/// the same request.
fn request_hash(request: &ImportRequest) -> String {
    let canonical = serde_json::to_vec(request).unwrap_or_default();
    hex::encode(Sha256::digest(&canonical))
}

fn idempotency_key(headers: &HeaderMap) -> Result<IdempotencyKey, ApiError> {
    let missing = || ApiError::new(Code::IdempotencyKeyMissing);
    let value = headers.get("idempotency-key").ok_or_else(missing)?;
    let key = value.to_str().map_err(|_| missing())?;
    IdempotencyKey::parse(key).map_err(|_| {
        ApiError::malformed(
            "/headers/idempotency-key",
            "1 to 255 visible ASCII characters",
        )
    })
}

/// Replays a stored answer if it was for the same request.
fn replay(stored: &StoredImport, hash: &str) -> Result<Response, ApiError> {
    if stored.request_hash != hash {
        return Err(ApiError::new(Code::IdempotencyKeyReused));
    }
    let status = StatusCode::from_u16(stored.response_status).map_err(|_| ApiError::internal())?;
    Ok(json_response(
        status,
        stored.response_body.clone(),
        Some(&stored.id),
    ))
}

fn json_response(status: StatusCode, body: String, import_id: Option<&str>) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if let Some(location) =
        import_id.and_then(|id| HeaderValue::from_str(&format!("{API_BASE}/imports/{id}")).ok())
    {
        headers.insert(header::LOCATION, location);
    }
    response
}

/// A commit's claim of its idempotency key, kept in the store so that it
/// holds across replicas. Released when the commit ends; if the request
/// is dropped midway (the client went away), a task releases it; if the
/// process dies, the claim expires.
struct Lease {
    state: AppState,
    partner_id: PartnerId,
    key: IdempotencyKey,
    holder: String,
    released: bool,
}

impl Lease {
    /// The claim, or `None` while another commit under this key runs.
    async fn claim(
        state: &AppState,
        partner_id: &PartnerId,
        key: &IdempotencyKey,
    ) -> Result<Option<Lease>, ApiError> {
        let holder = new_id();
        let now = i64::try_from(unix_now()).unwrap_or(i64::MAX);
        // Longer than any request may run (the timeout layer ends it; the
        // configuration is refused otherwise).
        let ttl = i64::try_from(state.config.commit_lease.as_secs()).unwrap_or(i64::MAX);
        let claimed = state
            .store
            .claim_commit(partner_id, key, &holder, now, now.saturating_add(ttl))
            .await?;
        Ok(claimed.then(|| Lease {
            state: state.clone(),
            partner_id: partner_id.clone(),
            key: key.to_owned(),
            holder,
            released: false,
        }))
    }

    async fn release(mut self) {
        if self.released {
            return;
        }
        self.released = true;
        release(&self.state, &self.partner_id, &self.key, &self.holder).await;
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if self.released {
            return;
        }
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let (state, partner_id) = (self.state.clone(), self.partner_id.clone());
            let (key, holder) = (self.key.clone(), std::mem::take(&mut self.holder));
            runtime.spawn(async move { release(&state, &partner_id, &key, &holder).await });
        }
    }
}

/// Ends a commit's claim; if that fails, the claim expires by itself.
async fn release(state: &AppState, partner_id: &PartnerId, key: &IdempotencyKey, holder: &str) {
    if let Err(error) = state.store.release_commit(partner_id, key, holder).await {
        tracing::warn!(%error, partner = %partner_id, "could not release a commit's claim");
    }
}

#[utoipa::path(
    post,
    path = "/imports",
    tag = "imports",
    security(("bearer" = [])),
    request_body = ImportRequest,
    params(("Idempotency-Key" = String, Header, min_length = 1, max_length = 255, pattern = "^[!-~]+$", description = "1 to 255 visible ASCII characters; a retry with the same key and body replays the answer")),
    responses(
        (status = 201, description = "Imported; a retry with the same key and body replays this answer", body = ImportResult, headers(("Location" = String, description = "The import's URL"))),
        (status = 400, description = "idempotency_key_missing; malformed_request (the body, or an Idempotency-Key that is not 1 to 255 visible ASCII characters)", body = crate::error::Problem),
        (status = 404, description = "not_found: no Pinpoint account for this partner", body = crate::error::Problem),
        (status = 409, description = "pinpoint_account_closed, region_already_has_profile; idempotency_key_in_progress (retry later)", body = crate::error::Problem),
        (status = 422, description = "validation_failed (every issue), acknowledgement_required, idempotency_key_reused", body = crate::error::Problem)
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
    let answer = commit_claimed(state, headers, caller, key, hash, request, &mut lease).await;
    lease.release().await;
    answer
}

/// The commit, once its key is claimed.
async fn commit_claimed(
    state: AppState,
    headers: HeaderMap,
    caller: Caller,
    key: IdempotencyKey,
    hash: String,
    mut request: ImportRequest,
    lease: &mut Lease,
) -> Result<Response, ApiError> {
    // A commit under this key may have finished between the first look
    // and entering: look again now that no other one can be running here.
    if let Some(stored) = state.store.import_by_key(&caller.partner_id, &key).await? {
        return replay(&stored, &hash);
    }

    // Profiles first, then the account: an import commits both at once, so
    // if a concurrent import's profiles are seen, its closing is too, and
    // the loser hears "account closed", not "region taken".
    let existing = existing_profiles(&state, &caller).await?;
    let account = caller_account(&state, &caller).await?;
    if account.status == AccountStatus::Closed {
        // Closed by this very request under this key on another replica?
        return match state.store.import_by_key(&caller.partner_id, &key).await? {
            Some(stored) => replay(&stored, &hash),
            None => Err(ApiError::account_closed()),
        };
    }
    let export = stored_export(&state, &account)?;
    // An uploaded logo's facts are the stored ones, not the client's.
    crate::routes::logos::resolve_request(&state, &caller.partner_id, &mut request).await?;
    let plan = plan_import(&export, &request, &existing);
    failpoint::hit("after_plan");
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
    let profiles = plan
        .profiles_to_create(new_id)
        .map_err(ApiError::from_issues)?;

    let import_id = ImportId::from(new_id());
    let created_at = now();
    let lang = lang_of(&headers);
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
        CommitOutcome::RegionTaken(region) => {
            Err(ApiError::new(Code::RegionAlreadyHasProfile).with("region", region))
        }
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
