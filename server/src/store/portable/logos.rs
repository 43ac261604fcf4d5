//! Logo images partners uploaded: the bytes and the facts read from them,
//! scoped by partner, at most a bound of them per partner.

use transition_domain::values::LogoFormat;
use transition_domain::wire::logos::LogoUpload;
use transition_domain::{LogoId, PartnerId, Timestamp};

use super::Backend;
use crate::store::{corrupt, LogoSaved, StoreError, StoredLogo};

/// A row of `logos`, as read (the bytes only when asked for).
#[derive(sqlx::FromRow)]
struct LogoRow {
    id: String,
    format: String,
    width: i64,
    height: i64,
    byte_size: i64,
}

impl TryFrom<LogoRow> for LogoUpload {
    type Error = StoreError;

    fn try_from(row: LogoRow) -> Result<LogoUpload, StoreError> {
        let format = LogoFormat::parse(&row.format)
            .map_err(|_| corrupt(format!("logo format {:?}", row.format)))?;
        Ok(LogoUpload {
            id: LogoId::from(row.id),
            format,
            width: u32::try_from(row.width).map_err(corrupt)?,
            height: u32::try_from(row.height).map_err(corrupt)?,
            byte_size: u64::try_from(row.byte_size).map_err(corrupt)?,
            warnings: Vec::new(),
        })
    }
}

/// Keeps `logo`, then removes the partner's oldest logos that no business
/// profile of theirs uses until at most `max` remain; when every one
/// beyond is in use, nothing is written.
pub(super) async fn save(
    store: &Backend,
    partner_id: &PartnerId,
    logo: &StoredLogo,
    now: &Timestamp,
    max: usize,
) -> Result<LogoSaved, StoreError> {
    let mut tx = store.begin_write().await?;
    sqlx::query(
        "INSERT INTO logos (id, partner_id, format, width, height, bytes, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(logo.upload.id.as_str())
    .bind(partner_id.as_str())
    .bind(logo.upload.format.as_str())
    .bind(i64::from(logo.upload.width))
    .bind(i64::from(logo.upload.height))
    .bind(logo.bytes.as_slice())
    .bind(now.as_str())
    .execute(&mut *tx)
    .await?;
    // Oldest first, each with whether a profile's logo names it (the
    // stored logo JSON holds `"upload":"<id>"`).
    let rows: Vec<(String, bool)> = sqlx::query_as(
        "SELECT l.id, EXISTS (SELECT 1 FROM business_profiles p
                              WHERE p.partner_id = l.partner_id
                                AND p.logo_json LIKE ('%\"upload\":\"' || l.id || '\"%'))
         FROM logos l WHERE l.partner_id = $1 ORDER BY l.seq",
    )
    .bind(partner_id.as_str())
    .fetch_all(&mut *tx)
    .await?;
    let mut over = rows.len().saturating_sub(max);
    for (id, used) in &rows {
        if over == 0 {
            break;
        }
        if *used || id == logo.upload.id.as_str() {
            continue;
        }
        sqlx::query("DELETE FROM logos WHERE partner_id = $1 AND id = $2")
            .bind(partner_id.as_str())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        over -= 1;
    }
    if over > 0 {
        // Dropped uncommitted: rolled back.
        drop(tx);
        return Ok(LogoSaved::Full);
    }
    tx.commit().await?;
    Ok(LogoSaved::Saved)
}

/// The facts of a partner's upload, without its bytes.
pub(super) async fn facts(
    store: &Backend,
    partner_id: &PartnerId,
    id: &LogoId,
) -> Result<Option<LogoUpload>, StoreError> {
    sqlx::query_as::<_, LogoRow>(
        "SELECT id, format, width, height, CAST(LENGTH(bytes) AS BIGINT) AS byte_size
         FROM logos WHERE partner_id = $1 AND id = $2",
    )
    .bind(partner_id.as_str())
    .bind(id.as_str())
    .fetch_optional(&store.pool)
    .await?
    .map(LogoUpload::try_from)
    .transpose()
}

/// A partner's upload with its bytes.
pub(super) async fn image(
    store: &Backend,
    partner_id: &PartnerId,
    id: &LogoId,
) -> Result<Option<StoredLogo>, StoreError> {
    let Some(upload) = facts(store, partner_id, id).await? else {
        return Ok(None);
    };
    let bytes: Option<Vec<u8>> =
        sqlx::query_scalar("SELECT bytes FROM logos WHERE partner_id = $1 AND id = $2")
            .bind(partner_id.as_str())
            .bind(id.as_str())
            .fetch_optional(&store.pool)
            .await?;
    Ok(bytes.map(|bytes| StoredLogo { upload, bytes }))
}
