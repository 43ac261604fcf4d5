//! What a preview and a commit both plan from, loaded once: the account
//! and its export, the partner's business profiles (with their versions),
//! the plan, and its digest.

use transition_domain::export::AccountStatus;
use transition_domain::plan::{plan_digest, PlanDigest};
use transition_domain::{plan_import, BusinessProfile, ImportPlan, ImportRequest, Lang};

use crate::auth::Caller;
use crate::error::{ApiError, PlanChanged};
use crate::routes::pinpoint::{caller_account, stored_export};
use crate::state::AppState;
use crate::store::{AccountRecord, Expected, StoredProfile};

pub(super) struct Loaded {
    pub account: AccountRecord,
    pub existing: Vec<StoredProfile>,
    pub plan: ImportPlan,
    pub digest: PlanDigest,
}

impl Loaded {
    /// What the store checks again inside the import's transaction.
    pub fn expected(&self) -> Expected {
        Expected::of(&self.account, &self.existing)
    }

    /// The preview of this plan, in `lang`, with its digest.
    pub fn preview(&self, lang: Lang) -> serde_json::Value {
        let mut report = self.plan.report(transition_domain::locales::messages(lang));
        report.plan_digest = Some(self.digest.clone());
        report.export_version = Some(self.account.export_version);
        serde_json::to_value(&report).unwrap_or_default()
    }

    /// 412 `plan_changed`: this is the plan now.
    pub fn changed(&self, lang: Lang) -> ApiError {
        ApiError::plan_changed(PlanChanged {
            plan_digest: self.digest.clone(),
            preview: self.preview(lang),
        })
    }
}

/// Loads and plans `request` for the caller. Profiles first, then the
/// account: an import commits both at once, so if a concurrent import's
/// profiles are seen, its closing is too, and the loser hears "account
/// closed" (409 `pinpoint_account_closed`), not "region taken". An
/// uploaded logo's facts are the stored ones, not the client's: `request`
/// is resolved in place, and the digest covers it resolved.
pub(super) async fn loaded(
    state: &AppState,
    caller: &Caller,
    request: &mut ImportRequest,
) -> Result<Loaded, ApiError> {
    let existing = state.store.profiles(&caller.partner_id).await?;
    let account = caller_account(state, caller).await?;
    if account.status == AccountStatus::Closed {
        return Err(ApiError::account_closed());
    }
    let export = stored_export(state, &account)?;
    crate::routes::logos::resolve_request(state, &caller.partner_id, request).await?;
    let profiles: Vec<BusinessProfile> = existing.iter().map(|s| s.profile.clone()).collect();
    let plan = plan_import(&export, request, &profiles);
    let digest = plan_digest(&account.export_json, &profiles, request);
    Ok(Loaded {
        account,
        existing,
        plan,
        digest,
    })
}
