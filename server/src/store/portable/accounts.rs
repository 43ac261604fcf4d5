//! Partners and their Pinpoint accounts: the exports as ingested, and
//! whether each was imported (closed).

use transition_domain::export::AccountStatus;
use transition_domain::{ImportId, PartnerId, PinpointExport, Timestamp};

use super::{Backend, Conn};
use crate::store::{status_from, timestamp, AccountRecord, IngestOutcome, Partner, StoreError};

/// A row of `pinpoint_accounts`.
#[derive(sqlx::FromRow)]
struct AccountRow {
    account_id: String,
    partner_id: String,
    status: String,
    export_json: String,
    ingested_at: String,
    closed_at: Option<String>,
    closed_by_import: Option<String>,
    export_version: i64,
}

impl TryFrom<AccountRow> for AccountRecord {
    type Error = StoreError;

    fn try_from(row: AccountRow) -> Result<AccountRecord, StoreError> {
        Ok(AccountRecord {
            account_id: row.account_id,
            partner_id: row.partner_id,
            status: status_from(&row.status)?,
            export_json: row.export_json,
            ingested_at: timestamp(&row.ingested_at)?,
            closed_at: row.closed_at.as_deref().map(timestamp).transpose()?,
            closed_by_import: row.closed_by_import.map(ImportId::from),
            export_version: row.export_version,
        })
    }
}

/// Whose an account is, and its state: what an ingest looks at first.
#[derive(sqlx::FromRow)]
struct AccountOwner {
    account_id: String,
    partner_id: String,
    status: String,
}

/// One export of an ingest, in the caller's transaction. One look first
/// (is this account, or this partner, already known?), then only the
/// writes its answer calls for: a fresh account, the common case of a
/// bulk load, costs three statements.
async fn ingest_one(
    tx: &mut Conn,
    export: &PinpointExport,
    raw: &str,
    now: &Timestamp,
) -> Result<IngestOutcome, StoreError> {
    let account = &export.account;
    let existing = sqlx::query_as::<_, AccountOwner>(
        "SELECT account_id, partner_id, status FROM pinpoint_accounts
             WHERE account_id = $1 OR partner_id = $2",
    )
    .bind(&account.id)
    .bind(&account.partner_id)
    .fetch_all(&mut *tx)
    .await?;
    if let Some(owner) = existing.first() {
        let same = existing.len() == 1
            && owner.account_id == account.id
            && owner.partner_id == account.partner_id;
        if !same {
            return Ok(IngestOutcome::SkippedConflict);
        }
        // Only an active account of this partner is replaced.
        if status_from(&owner.status)? == AccountStatus::Closed {
            return Ok(IngestOutcome::SkippedClosed);
        }
        // Other bytes are another export: the plans previewed from the old
        // one no longer commit (`export_version`); the same bytes change
        // nothing a plan depends on.
        let updated = sqlx::query(
            "UPDATE pinpoint_accounts SET export_json = $1, ingested_at = $2,
                 export_version = CASE WHEN export_json = $1 THEN export_version
                                       ELSE export_version + 1 END
                 WHERE account_id = $3 AND partner_id = $4 AND status = $5",
        )
        .bind(raw)
        .bind(now.as_str())
        .bind(&account.id)
        .bind(&account.partner_id)
        .bind(AccountStatus::Active.as_str())
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() == 0 {
            // Closed by an import since the look above.
            return Ok(IngestOutcome::SkippedClosed);
        }
        sqlx::query("UPDATE partners SET company_name = $1, csp = $2 WHERE partner_id = $3")
            .bind(&account.company_name)
            .bind(account.csp)
            .bind(&account.partner_id)
            .execute(&mut *tx)
            .await?;
        return Ok(IngestOutcome::Updated);
    }
    sqlx::query(
        "INSERT INTO partners (partner_id, company_name, csp) VALUES ($1, $2, $3)
         ON CONFLICT (partner_id) DO UPDATE SET company_name = excluded.company_name, csp = excluded.csp",
    )
    .bind(&account.partner_id)
    .bind(&account.company_name)
    .bind(account.csp)
    .execute(&mut *tx)
    .await?;
    // An export of an account Pinpoint had already closed is stored
    // closed: it can never be imported.
    let closed = account.status == AccountStatus::Closed;
    sqlx::query(
        "INSERT INTO pinpoint_accounts (account_id, partner_id, export_json, status, ingested_at, closed_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&account.id)
    .bind(&account.partner_id)
    .bind(raw)
    .bind(account.status.as_str())
    .bind(now.as_str())
    .bind(closed.then_some(now.as_str()))
    .execute(&mut *tx)
    .await?;
    Ok(IngestOutcome::Created)
}

pub(super) async fn ingest_batch(
    store: &Backend,
    batch: &[(&PinpointExport, &str)],
    now: &Timestamp,
) -> Result<Vec<IngestOutcome>, StoreError> {
    let mut tx = store.begin_write().await?;
    let mut outcomes = Vec::with_capacity(batch.len());
    for (export, raw) in batch {
        outcomes.push(ingest_one(&mut tx, export, raw, now).await?);
    }
    tx.commit().await?;
    Ok(outcomes)
}

pub(super) async fn partners(store: &Backend) -> Result<Vec<Partner>, StoreError> {
    Ok(
        sqlx::query_as("SELECT partner_id, company_name, csp FROM partners ORDER BY company_name")
            .fetch_all(&store.pool)
            .await?,
    )
}

pub(super) async fn partner(
    store: &Backend,
    partner_id: &PartnerId,
) -> Result<Option<Partner>, StoreError> {
    Ok(
        sqlx::query_as("SELECT partner_id, company_name, csp FROM partners WHERE partner_id = $1")
            .bind(partner_id.as_str())
            .fetch_optional(&store.pool)
            .await?,
    )
}

pub(super) async fn account(
    store: &Backend,
    partner_id: &PartnerId,
) -> Result<Option<AccountRecord>, StoreError> {
    sqlx::query_as::<_, AccountRow>(
        "SELECT account_id, partner_id, status, export_json, ingested_at, closed_at, closed_by_import,
                export_version
         FROM pinpoint_accounts WHERE partner_id = $1",
    )
    .bind(partner_id.as_str())
    .fetch_optional(&store.pool)
    .await?
    .map(AccountRecord::try_from)
    .transpose()
}
