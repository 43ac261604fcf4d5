//! What every commit shares: the idempotency key and the request's hash,
//! replays, the key's claim while a commit runs ([`Lease`]), and the
//! `If-Match` that carries the plan digest the partner was shown.

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use sha2::{Digest, Sha256};
use transition_domain::plan::PlanDigest;
use transition_domain::{Code, IdempotencyKey, ImportRequest, PartnerId};

use crate::clock::{new_id, unix_now};
use crate::error::ApiError;
use crate::precondition::{self, Condition};
use crate::routes::API_BASE;
use crate::state::AppState;
use crate::store::StoredImport;

/// What a commit's `If-Match` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum IfMatch {
    /// No `If-Match`: 428 `plan_digest_required` once the request passes
    /// the rules.
    Absent,
    /// The plan digests it lists (strong entity tags, quoted). A weak tag
    /// (`W/"…"`) never matches, as RFC 9110's strong comparison says, nor
    /// does a tag that is not a plan digest.
    Tags(Vec<PlanDigest>),
}

impl IfMatch {
    pub(super) fn matches(&self, digest: &PlanDigest) -> bool {
        match self {
            IfMatch::Absent => false,
            IfMatch::Tags(tags) => tags.contains(digest),
        }
    }
}

/// Reads `If-Match` as every conditional request does
/// ([`precondition::if_match`]: a list of entity tags, compared strongly,
/// so a weak one never matches); the tags that are plan digests are kept.
/// `*` is refused: it would match any plan, the very thing the digest is
/// there to prevent.
pub(super) fn if_match(headers: &HeaderMap) -> Result<IfMatch, ApiError> {
    match precondition::if_match(headers)? {
        None => Ok(IfMatch::Absent),
        Some(Condition::Any) => Err(ApiError::malformed(
            "/headers/if-match",
            "the plan digest of the preview, quoted: \"sha256:…\"",
        )),
        Some(Condition::Tags(tags)) => Ok(IfMatch::Tags(
            tags.iter().filter_map(|t| PlanDigest::parse(t)).collect(),
        )),
    }
}

/// `ETag: "<digest>"`.
pub(super) fn etag(digest: &PlanDigest) -> Option<HeaderValue> {
    precondition::etag(digest.as_str())
}

/// The request's fingerprint: its canonical JSON (field order fixed by
/// the types), hashed. The same request spelt with other white space is
/// the same request.
pub(super) fn request_hash(request: &ImportRequest) -> String {
    let canonical = serde_json::to_vec(request).unwrap_or_default();
    hex::encode(Sha256::digest(&canonical))
}

pub(super) fn idempotency_key(headers: &HeaderMap) -> Result<IdempotencyKey, ApiError> {
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
pub(super) fn replay(stored: &StoredImport, hash: &str) -> Result<Response, ApiError> {
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

pub(super) fn json_response(status: StatusCode, body: String, import_id: Option<&str>) -> Response {
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
pub(super) struct Lease {
    state: AppState,
    partner_id: PartnerId,
    key: IdempotencyKey,
    pub(super) holder: String,
    pub(super) released: bool,
}

impl Lease {
    /// The claim, or `None` while another commit under this key runs.
    pub(super) async fn claim(
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

    pub(super) async fn release(mut self) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn read(values: &[&str]) -> Result<IfMatch, Code> {
        let mut headers = HeaderMap::new();
        for value in values {
            if let Ok(value) = HeaderValue::from_str(value) {
                headers.append(header::IF_MATCH, value);
            }
        }
        if_match(&headers).map_err(|error| error.code)
    }

    #[test]
    fn if_match_lists_strong_plan_digests() {
        let a = format!("sha256:{}", "a".repeat(64));
        let b = format!("sha256:{}", "b".repeat(64));
        let digest = |text: &str| PlanDigest::parse(text).into_iter().collect::<Vec<_>>();
        assert_eq!(read(&[]), Ok(IfMatch::Absent));
        assert_eq!(read(&[&format!("\"{a}\"")]), Ok(IfMatch::Tags(digest(&a))));
        let both = [digest(&a), digest(&b)].concat();
        assert_eq!(
            read(&[&format!("\"{a}\", \"{b}\"")]),
            Ok(IfMatch::Tags(both.clone()))
        );
        assert_eq!(
            read(&[&format!("\"{a}\""), &format!("\"{b}\"")]),
            Ok(IfMatch::Tags(both))
        );
        // Weak, or not a digest: listed in vain.
        assert_eq!(
            read(&[&format!("W/\"{a}\"")]),
            Ok(IfMatch::Tags(Vec::new()))
        );
        assert_eq!(read(&["\"v1\""]), Ok(IfMatch::Tags(Vec::new())));
        for bad in ["*", &a, "\"unterminated", "\"a\"b\""] {
            assert_eq!(read(&[bad]), Err(Code::MalformedRequest), "{bad}");
        }
        let tags = read(&[&format!("\"{a}\"")]).unwrap_or(IfMatch::Absent);
        assert!(digest(&a).iter().all(|d| tags.matches(d)));
        assert!(!digest(&b).iter().any(|d| tags.matches(d)));
        assert!(!digest(&a).iter().any(|d| IfMatch::Absent.matches(d)));
    }
}
