//! The audit trail: one record per change, written in the transaction of
//! the change it records, read newest first.

use transition_domain::wire::audit::{AuditAction, AuditRecord, Change};
use transition_domain::PartnerId;

use super::{Backend, Conn};
use crate::store::{corrupt, from_json, timestamp, to_json, AuditQuery, StoreError};

/// A row of `audit_log`, as read.
#[derive(sqlx::FromRow)]
struct AuditRow {
    id: String,
    partner_id: String,
    action: String,
    actor_json: String,
    change_json: String,
    created_at: String,
}

/// A record read back: its action column must be its change's.
impl TryFrom<AuditRow> for AuditRecord {
    type Error = StoreError;

    fn try_from(row: AuditRow) -> Result<AuditRecord, StoreError> {
        let change: Change = from_json(&row.change_json)?;
        if AuditAction::parse(&row.action) != Some(change.action()) {
            return Err(corrupt(format!("audit action {:?}", row.action)));
        }
        Ok(AuditRecord {
            id: row.id,
            partner_id: PartnerId::parse(&row.partner_id).map_err(corrupt)?,
            actor: from_json(&row.actor_json)?,
            change,
            created_at: timestamp(&row.created_at)?,
        })
    }
}

/// Appends an audit record, inside the caller's transaction.
pub(super) async fn insert_audit(conn: &mut Conn, record: &AuditRecord) -> Result<(), StoreError> {
    let import_id = match &record.change {
        Change::Import { import_id, .. } => Some(import_id.as_str()),
        _ => None,
    };
    sqlx::query(
        "INSERT INTO audit_log (id, partner_id, action, import_id, profile_id, actor_json, change_json, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&record.id)
    .bind(record.partner_id.as_str())
    .bind(record.change.action().as_str())
    .bind(import_id)
    .bind(record.change.profile_id().map(|id| id.as_str()))
    .bind(to_json(&record.actor)?)
    .bind(to_json(&record.change)?)
    .bind(record.created_at.as_str())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(super) async fn records(
    store: &Backend,
    partner_id: Option<&PartnerId>,
    query: &AuditQuery,
) -> Result<Vec<AuditRecord>, StoreError> {
    // `before` is looked up within the same partner's records: another
    // partner's id gives an empty page, not a view of its position.
    let limit = query.limit.map_or(i64::MAX, i64::from);
    let rows = sqlx::query_as::<_, AuditRow>(
        "SELECT id, partner_id, action, actor_json, change_json, created_at FROM audit_log
         WHERE ($1 IS NULL OR partner_id = $1)
           AND ($2 IS NULL OR seq < (SELECT b.seq FROM audit_log b
                                     WHERE b.id = $2 AND ($1 IS NULL OR b.partner_id = $1)))
         ORDER BY seq DESC LIMIT $3",
    )
    .bind(partner_id.map(PartnerId::as_str))
    .bind(query.before.as_deref())
    .bind(limit)
    .fetch_all(&store.pool)
    .await?;
    rows.into_iter().map(AuditRecord::try_from).collect()
}
