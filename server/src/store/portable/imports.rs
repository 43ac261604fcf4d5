//! Committed imports (also the idempotency records: key, request hash,
//! response to replay) and the claims on a key while its commit runs.

use transition_domain::export::AccountStatus;
use transition_domain::{ImportId, PartnerId};

use super::audit::insert_audit;
use super::profiles::insert_profile;
use super::Backend;
use crate::failpoint;
use crate::store::{corrupt, unique_violation, CommitOutcome, NewImport, StoreError, StoredImport};

/// What an import's row keeps to replay its response.
#[derive(sqlx::FromRow)]
struct ImportRow {
    id: String,
    request_hash: String,
    response_status: i64,
    response_body: String,
}

impl TryFrom<ImportRow> for StoredImport {
    type Error = StoreError;

    fn try_from(row: ImportRow) -> Result<StoredImport, StoreError> {
        Ok(StoredImport {
            id: ImportId::from(row.id),
            request_hash: row.request_hash,
            response_status: u16::try_from(row.response_status).map_err(corrupt)?,
            response_body: row.response_body,
        })
    }
}

/// How an import is found: by its idempotency key, or by its id.
pub(super) enum Lookup<'a> {
    Key(&'a str),
    Id(&'a str),
}

/// A partner's import, found by `lookup`.
pub(super) async fn find(
    store: &Backend,
    partner_id: &PartnerId,
    lookup: Lookup<'_>,
) -> Result<Option<StoredImport>, StoreError> {
    let (column, value) = match lookup {
        Lookup::Key(key) => ("idempotency_key", key),
        Lookup::Id(id) => ("id", id),
    };
    sqlx::query_as::<_, ImportRow>(&format!(
        "SELECT id, request_hash, response_status, response_body FROM imports
         WHERE partner_id = $1 AND {column} = $2"
    ))
    .bind(partner_id.as_str())
    .bind(value)
    .fetch_optional(&store.pool)
    .await?
    .map(StoredImport::try_from)
    .transpose()
}

pub(super) async fn commit(
    store: &Backend,
    import: &NewImport,
) -> Result<CommitOutcome, StoreError> {
    let mut tx = store.begin_write().await?;
    // The conditional close comes first: it takes the write lock and
    // decides the winner when several imports race for one account.
    let closed = sqlx::query(
        "UPDATE pinpoint_accounts SET status = $5, closed_at = $1, closed_by_import = $2
         WHERE account_id = $3 AND partner_id = $4 AND status = $6 AND export_version = $7",
    )
    .bind(import.audit.created_at.as_str())
    .bind(import.id.as_str())
    .bind(&import.account_id)
    .bind(import.partner_id.as_str())
    .bind(AccountStatus::Closed.as_str())
    .bind(AccountStatus::Active.as_str())
    .bind(import.expected.export_version)
    .execute(&mut *tx)
    .await?;
    if closed.rows_affected() != 1 {
        // Closed by another import, or still active with another export.
        let active = sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM pinpoint_accounts
             WHERE account_id = $1 AND partner_id = $2 AND status = $3",
        )
        .bind(&import.account_id)
        .bind(import.partner_id.as_str())
        .bind(AccountStatus::Active.as_str())
        .fetch_one(&mut *tx)
        .await?;
        return Ok(if active > 0 {
            CommitOutcome::ExportChanged
        } else {
            CommitOutcome::AccountNotActive
        });
    }
    // The account's row is locked now (the write above): the profiles the
    // plan saw must be the ones there are.
    let mut profiles = sqlx::query_as::<_, (String, i64)>(
        "SELECT id, version FROM business_profiles WHERE partner_id = $1",
    )
    .bind(import.partner_id.as_str())
    .fetch_all(&mut *tx)
    .await?;
    // Sorted here, byte for byte like `Expected`'s: PostgreSQL's ORDER BY
    // follows the database's collation.
    profiles.sort();
    let same = profiles.len() == import.expected.profiles.len()
        && profiles
            .iter()
            .zip(&import.expected.profiles)
            .all(|((id, version), (expected, at))| id == expected.as_str() && version == at);
    if !same {
        return Ok(CommitOutcome::ProfilesChanged);
    }
    failpoint::hit("after_account_update");

    for profile in &import.profiles {
        let taken = sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM business_profiles WHERE partner_id = $1 AND region = $2",
        )
        .bind(import.partner_id.as_str())
        .bind(profile.region.as_str())
        .fetch_one(&mut *tx)
        .await?;
        if taken > 0 {
            return Ok(CommitOutcome::RegionTaken(profile.region.to_string()));
        }
        match insert_profile(
            &mut tx,
            &import.partner_id,
            profile,
            Some(import.id.as_str()),
            &import.audit.created_at,
        )
        .await
        {
            Ok(()) => {}
            Err(error) if unique_violation(&error) => {
                return Ok(CommitOutcome::RegionTaken(profile.region.to_string()))
            }
            Err(error) => return Err(error.into()),
        }
    }
    failpoint::hit("after_profile_inserts");

    let recorded = sqlx::query(
        "INSERT INTO imports (id, partner_id, account_id, idempotency_key, request_hash, response_status,
            response_body, created_at, plan_digest)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(import.id.as_str())
    .bind(import.partner_id.as_str())
    .bind(&import.account_id)
    .bind(import.idempotency_key.as_str())
    .bind(&import.request_hash)
    .bind(i64::from(import.response_status))
    .bind(&import.response_body)
    .bind(import.audit.created_at.as_str())
    .bind(import.plan_digest.as_ref().map(|d| d.as_str()))
    .execute(&mut *tx)
    .await;
    match recorded {
        Ok(_) => {}
        Err(error) if unique_violation(&error) => return Ok(CommitOutcome::KeyTaken),
        Err(error) => return Err(error.into()),
    }
    insert_audit(&mut tx, &import.audit).await?;
    match &import.submission {
        // An approval: the submission must still stand, exactly.
        Some(revision) => {
            let removed = sqlx::query(
                "DELETE FROM import_drafts
                 WHERE partner_id = $1 AND revision = $2 AND submission_json IS NOT NULL",
            )
            .bind(import.partner_id.as_str())
            .bind(revision)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if removed != 1 {
                return Ok(CommitOutcome::SubmissionEnded);
            }
        }
        None => {
            sqlx::query("DELETE FROM import_drafts WHERE partner_id = $1")
                .bind(import.partner_id.as_str())
                .execute(&mut *tx)
                .await?;
        }
    }
    if let Some(holder) = &import.lease_holder {
        sqlx::query(
            "DELETE FROM commit_leases
             WHERE partner_id = $1 AND idempotency_key = $2 AND holder = $3",
        )
        .bind(import.partner_id.as_str())
        .bind(import.idempotency_key.as_str())
        .bind(holder)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(CommitOutcome::Committed)
}

pub(super) async fn claim(
    store: &Backend,
    partner_id: &PartnerId,
    key: &str,
    holder: &str,
    now: i64,
    expires_at: i64,
) -> Result<bool, StoreError> {
    let mut tx = store.begin_write().await?;
    sqlx::query(
        "DELETE FROM commit_leases
         WHERE partner_id = $1 AND idempotency_key = $2 AND expires_at <= $3",
    )
    .bind(partner_id.as_str())
    .bind(key)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let claimed = sqlx::query(
        "INSERT INTO commit_leases (partner_id, idempotency_key, holder, expires_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (partner_id, idempotency_key) DO NOTHING",
    )
    .bind(partner_id.as_str())
    .bind(key)
    .bind(holder)
    .bind(expires_at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(claimed.rows_affected() == 1)
}

pub(super) async fn release(
    store: &Backend,
    partner_id: &PartnerId,
    key: &str,
    holder: &str,
) -> Result<(), StoreError> {
    let mut tx = store.begin_write().await?;
    sqlx::query(
        "DELETE FROM commit_leases
         WHERE partner_id = $1 AND idempotency_key = $2 AND holder = $3",
    )
    .bind(partner_id.as_str())
    .bind(key)
    .bind(holder)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}
