//! The import wizard's draft: one row per partner, visible only while the
//! partner's Pinpoint account is active. A save names the revision it
//! replaces (none to create), so nothing is overwritten blindly.

use transition_domain::export::AccountStatus;
use transition_domain::PartnerId;

use transition_domain::wire::audit::AuditRecord;

use super::audit::insert_audit;
use super::Backend;
use crate::store::{
    timestamp, DraftDeleted, DraftSaved, NewDraft, StoreError, StoredDraft, SubmissionStep,
};

/// The partner's accounts that are active (at most one), as SQL.
const ACTIVE_ACCOUNT: &str =
    "SELECT account_id FROM pinpoint_accounts WHERE partner_id = $1 AND status = $2";

#[derive(sqlx::FromRow)]
struct DraftRow {
    account_id: String,
    revision: String,
    version: i64,
    content_json: String,
    saved_at: String,
    saved_by_json: String,
    submission_json: Option<String>,
    returned_json: Option<String>,
}

/// The partner's draft, if its account is active.
pub(super) async fn draft(
    store: &Backend,
    partner_id: &PartnerId,
) -> Result<Option<StoredDraft>, StoreError> {
    let row = sqlx::query_as::<_, DraftRow>(
        "SELECT d.account_id, d.revision, d.version, d.content_json, d.saved_at, d.saved_by_json,
                d.submission_json, d.returned_json
         FROM import_drafts d
         JOIN pinpoint_accounts a ON a.account_id = d.account_id AND a.partner_id = d.partner_id
         WHERE d.partner_id = $1 AND a.status = $2",
    )
    .bind(partner_id.as_str())
    .bind(AccountStatus::Active.as_str())
    .fetch_optional(&store.pool)
    .await?;
    row.map(|row| {
        Ok(StoredDraft {
            saved_at: timestamp(&row.saved_at)?,
            account_id: row.account_id,
            revision: row.revision,
            version: row.version,
            content_json: row.content_json,
            saved_by_json: row.saved_by_json,
            submission_json: row.submission_json,
            returned_json: row.returned_json,
        })
    })
    .transpose()
}

/// Creates the draft (`expected` none: only when there is none) or
/// replaces revision `expected`, in one transaction.
pub(super) async fn save(
    store: &Backend,
    partner_id: &PartnerId,
    draft: &NewDraft,
    expected: Option<&str>,
) -> Result<DraftSaved, StoreError> {
    let mut tx = store.begin_write().await?;
    let active = AccountStatus::Active.as_str();
    let account: Option<String> = sqlx::query_scalar(ACTIVE_ACCOUNT)
        .bind(partner_id.as_str())
        .bind(active)
        .fetch_optional(&mut *tx)
        .await?;
    let Some(account_id) = account else {
        return Ok(DraftSaved::NoAccount);
    };
    let submitted: Option<Option<String>> =
        sqlx::query_scalar("SELECT submission_json FROM import_drafts WHERE partner_id = $1")
            .bind(partner_id.as_str())
            .fetch_optional(&mut *tx)
            .await?;
    if matches!(submitted, Some(Some(_))) {
        return Ok(DraftSaved::Submitted);
    }
    let version: Option<i64> = match expected {
        None => {
            sqlx::query_scalar(
                "INSERT INTO import_drafts
                    (partner_id, account_id, revision, version, content_json, saved_at, saved_by_json)
                 VALUES ($1, $2, $3, 1, $4, $5, $6)
                 ON CONFLICT (partner_id) DO NOTHING
                 RETURNING version",
            )
            .bind(partner_id.as_str())
            .bind(&account_id)
            .bind(&draft.revision)
            .bind(&draft.content_json)
            .bind(draft.saved_at.as_str())
            .bind(&draft.saved_by_json)
            .fetch_optional(&mut *tx)
            .await?
        }
        Some(expected) => {
            sqlx::query_scalar(
                "UPDATE import_drafts
                 SET revision = $3, version = version + 1, content_json = $4, saved_at = $5,
                     saved_by_json = $6
                 WHERE partner_id = $1 AND revision = $2 AND account_id = $7
                   AND submission_json IS NULL
                 RETURNING version",
            )
            .bind(partner_id.as_str())
            .bind(expected)
            .bind(&draft.revision)
            .bind(&draft.content_json)
            .bind(draft.saved_at.as_str())
            .bind(&draft.saved_by_json)
            .bind(&account_id)
            .fetch_optional(&mut *tx)
            .await?
        }
    };
    let Some(version) = version else {
        return Ok(DraftSaved::Stale);
    };
    tx.commit().await?;
    Ok(DraftSaved::Saved { version })
}

/// Removes the draft (only revision `expected`, when named).
pub(super) async fn delete(
    store: &Backend,
    partner_id: &PartnerId,
    expected: Option<&str>,
) -> Result<DraftDeleted, StoreError> {
    let mut tx = store.begin_write().await?;
    let current: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT d.revision, d.submission_json FROM import_drafts d
         JOIN pinpoint_accounts a ON a.account_id = d.account_id AND a.partner_id = d.partner_id
         WHERE d.partner_id = $1 AND a.status = $2",
    )
    .bind(partner_id.as_str())
    .bind(AccountStatus::Active.as_str())
    .fetch_optional(&mut *tx)
    .await?;
    let Some((current, submission)) = current else {
        return Ok(DraftDeleted::Missing);
    };
    if submission.is_some() {
        return Ok(DraftDeleted::Submitted);
    }
    if expected.is_some_and(|expected| expected != current) {
        return Ok(DraftDeleted::Stale);
    }
    sqlx::query("DELETE FROM import_drafts WHERE partner_id = $1 AND revision = $2")
        .bind(partner_id.as_str())
        .bind(&current)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(DraftDeleted::Deleted)
}

/// Freezes revision `revision` of the draft as submitted for approval
/// (`submission_json`), clearing any earlier return, with its audit
/// record, in one transaction.
pub(super) async fn submit(
    store: &Backend,
    partner_id: &PartnerId,
    revision: &str,
    submission_json: &str,
    audit: &AuditRecord,
) -> Result<SubmissionStep, StoreError> {
    let mut tx = store.begin_write().await?;
    let done = sqlx::query(
        "UPDATE import_drafts SET submission_json = $3, returned_json = NULL
         WHERE partner_id = $1 AND revision = $2 AND submission_json IS NULL
           AND account_id IN (SELECT account_id FROM pinpoint_accounts
                              WHERE partner_id = $1 AND status = $4)",
    )
    .bind(partner_id.as_str())
    .bind(revision)
    .bind(submission_json)
    .bind(AccountStatus::Active.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done != 1 {
        return Ok(SubmissionStep::Stale);
    }
    insert_audit(&mut tx, audit).await?;
    tx.commit().await?;
    Ok(SubmissionStep::Done)
}

/// Ends the draft's submission `submission_json` (exactly that one:
/// returned or withdrawn), keeping `returned_json` when it was returned,
/// with its audit record, in one transaction. The draft gets a new
/// revision: a tab that still has the frozen one must read it again.
pub(super) async fn end_submission(
    store: &Backend,
    partner_id: &PartnerId,
    submission_json: &str,
    revision: &str,
    returned_json: Option<&str>,
    audit: &AuditRecord,
) -> Result<SubmissionStep, StoreError> {
    let mut tx = store.begin_write().await?;
    let done = sqlx::query(
        "UPDATE import_drafts
         SET submission_json = NULL, returned_json = $3, revision = $4, version = version + 1
         WHERE partner_id = $1 AND submission_json = $2",
    )
    .bind(partner_id.as_str())
    .bind(submission_json)
    .bind(returned_json)
    .bind(revision)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done != 1 {
        return Ok(SubmissionStep::Stale);
    }
    insert_audit(&mut tx, audit).await?;
    tx.commit().await?;
    Ok(SubmissionStep::Done)
}
