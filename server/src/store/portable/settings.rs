//! A partner's settings: one row once set; until then the server's
//! default (`--approval-default`) stands.

use transition_domain::wire::audit::AuditRecord;
use transition_domain::{PartnerId, Timestamp};

use super::audit::insert_audit;
use super::Backend;
use crate::store::StoreError;

/// Whether the partner's imports need a second admin, if ever set.
pub(super) async fn imports_need_second_admin(
    store: &Backend,
    partner_id: &PartnerId,
) -> Result<Option<bool>, StoreError> {
    let value = sqlx::query_scalar::<_, bool>(
        "SELECT imports_need_second_admin FROM partner_settings WHERE partner_id = $1",
    )
    .bind(partner_id.as_str())
    .fetch_optional(&store.pool)
    .await?;
    Ok(value)
}

/// Sets it, with the change's audit record, in one transaction.
pub(super) async fn set_imports_need_second_admin(
    store: &Backend,
    partner_id: &PartnerId,
    value: bool,
    now: &Timestamp,
    audit: &AuditRecord,
) -> Result<(), StoreError> {
    let mut tx = store.begin_write().await?;
    sqlx::query(
        "INSERT INTO partner_settings (partner_id, imports_need_second_admin, updated_at)
         VALUES ($1, $2, $3)
         ON CONFLICT (partner_id) DO UPDATE
         SET imports_need_second_admin = excluded.imports_need_second_admin,
             updated_at = excluded.updated_at",
    )
    .bind(partner_id.as_str())
    .bind(value)
    .bind(now.as_str())
    .execute(&mut *tx)
    .await?;
    insert_audit(&mut tx, audit).await?;
    tx.commit().await?;
    Ok(())
}
