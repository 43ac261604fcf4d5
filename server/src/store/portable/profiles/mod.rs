//! Business profiles with their locations, solutions and the solutions
//! each location offers: written here, read back (and checked through
//! the domain again) in `read`.

use transition_domain::model::ProfileDraft;
use transition_domain::wire::audit::AuditRecord;
use transition_domain::{BusinessProfile, PartnerId, Timestamp};

use super::audit::insert_audit;
use super::{Backend, Conn, DbRow};
use crate::store::{to_json, unique_violation, StoreError, StoredProfile};
use read::Scope;

mod read;

/// A list of catalogue names or tags as its `*_json` column holds it. A
/// list of strings always serializes.
fn names(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_default()
}

/// Inserts a profile row and all its children.
pub(super) async fn insert_profile(
    conn: &mut Conn,
    partner_id: &PartnerId,
    profile: &BusinessProfile,
    import_id: Option<&str>,
    now: &Timestamp,
) -> Result<(), sqlx::Error> {
    let draft = profile.to_draft();
    let logo = draft
        .logo
        .as_ref()
        .and_then(|logo| serde_json::to_string(logo).ok());
    sqlx::query(
        "INSERT INTO business_profiles (id, partner_id, region, source_id, import_id, name, description,
            website, linkedin, logo_json, industries_json, products_json, service_types_json, tags_json,
            target_sizes_json, allow_endorsements, version, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 1, $17, $17)",
    )
    .bind(draft.id.as_str())
    .bind(partner_id.as_str())
    .bind(&draft.region)
    .bind(draft.source_id.as_deref())
    .bind(import_id)
    .bind(&draft.name)
    .bind(&draft.description)
    .bind(&draft.website)
    .bind(&draft.linkedin)
    .bind(logo)
    .bind(names(&draft.industries))
    .bind(names(&draft.products))
    .bind(names(&draft.service_types))
    .bind(names(&draft.tags))
    .bind(names(&draft.target_sizes))
    .bind(draft.allow_endorsements)
    .bind(now.as_str())
    .execute(&mut *conn)
    .await?;
    insert_children(conn, &draft).await
}

async fn insert_children(conn: &mut Conn, draft: &ProfileDraft) -> Result<(), sqlx::Error> {
    for (position, s) in draft.solutions.iter().enumerate() {
        let kind = s.kind.as_str();
        sqlx::query(
            "INSERT INTO solutions (id, profile_id, position, source_id, kind, name, summary, description,
                url, products_json, industries_json)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(s.id.as_str())
        .bind(draft.id.as_str())
        .bind(position as i64)
        .bind(&s.source_id)
        .bind(kind)
        .bind(&s.name)
        .bind(&s.summary)
        .bind(&s.description)
        .bind(&s.url)
        .bind(names(&s.products))
        .bind(names(&s.industries))
        .execute(&mut *conn)
        .await?;
    }
    for (position, l) in draft.locations.iter().enumerate() {
        let a = &l.address;
        sqlx::query(
            "INSERT INTO locations (id, profile_id, position, name, phone, email, line1, line2, city,
                postal_code, country)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(l.id.as_str())
        .bind(draft.id.as_str())
        .bind(position as i64)
        .bind(&l.name)
        .bind(&l.phone)
        .bind(&l.email)
        .bind(&a.line1)
        .bind(&a.line2)
        .bind(&a.city)
        .bind(&a.postal_code)
        .bind(&a.country)
        .execute(&mut *conn)
        .await?;
        for (n, solution_id) in l.solution_ids.iter().enumerate() {
            sqlx::query(
                "INSERT INTO location_solutions (location_id, solution_id, position) VALUES ($1, $2, $3)",
            )
            .bind(l.id.as_str())
            .bind(solution_id.as_str())
            .bind(n as i64)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// Every profile of a partner, by region.
pub(super) async fn profiles(
    store: &Backend,
    partner_id: &PartnerId,
) -> Result<Vec<StoredProfile>, StoreError> {
    // One read transaction: a consistent snapshot of every profile.
    let mut tx = store.begin_write().await?;
    let profiles = read::profiles(&mut tx, &Scope::Partner(partner_id)).await?;
    tx.commit().await?;
    Ok(profiles)
}

pub(super) async fn profile(
    store: &Backend,
    partner_id: &PartnerId,
    id: &str,
) -> Result<Option<StoredProfile>, StoreError> {
    let mut tx = store.begin_write().await?;
    let mut profiles = read::profiles(&mut tx, &Scope::Profile(partner_id, id)).await?;
    tx.commit().await?;
    Ok(profiles.pop())
}

pub(super) async fn create(
    store: &Backend,
    partner_id: &PartnerId,
    profile: &BusinessProfile,
    audit: &AuditRecord,
) -> Result<bool, StoreError> {
    let now = &audit.created_at;
    let mut tx = store.begin_write().await?;
    // A partner the portal vouches for may have no Pinpoint export,
    // so no row yet: its profiles need one (no name known: empty).
    sqlx::query(
        "INSERT INTO partners (partner_id, company_name, csp) VALUES ($1, '', $2)
         ON CONFLICT (partner_id) DO NOTHING",
    )
    .bind(partner_id.as_str())
    .bind(true)
    .execute(&mut *tx)
    .await?;
    match insert_profile(&mut tx, partner_id, profile, None, now).await {
        Ok(()) => {}
        Err(error) if unique_violation(&error) => return Ok(false),
        Err(error) => return Err(error.into()),
    }
    insert_audit(&mut tx, audit).await?;
    tx.commit().await?;
    Ok(true)
}

pub(super) async fn update(
    store: &Backend,
    partner_id: &PartnerId,
    profile: &BusinessProfile,
    version: i64,
    audit: &AuditRecord,
) -> Result<bool, StoreError> {
    let now = &audit.created_at;
    let draft = profile.to_draft();
    let logo = draft.logo.as_ref().map(to_json).transpose()?;
    let mut tx = store.begin_write().await?;
    let updated = sqlx::query(
        "UPDATE business_profiles SET name = $1, description = $2, website = $3, linkedin = $4,
            logo_json = $5, industries_json = $6, products_json = $7, service_types_json = $8,
            tags_json = $9, target_sizes_json = $10, allow_endorsements = $11,
            version = version + 1, updated_at = $12
         WHERE id = $13 AND partner_id = $14 AND version = $15",
    )
    .bind(&draft.name)
    .bind(&draft.description)
    .bind(&draft.website)
    .bind(&draft.linkedin)
    .bind(logo)
    .bind(names(&draft.industries))
    .bind(names(&draft.products))
    .bind(names(&draft.service_types))
    .bind(names(&draft.tags))
    .bind(names(&draft.target_sizes))
    .bind(draft.allow_endorsements)
    .bind(now.as_str())
    .bind(draft.id.as_str())
    .bind(partner_id.as_str())
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query("DELETE FROM locations WHERE profile_id = $1")
        .bind(draft.id.as_str())
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM solutions WHERE profile_id = $1")
        .bind(draft.id.as_str())
        .execute(&mut *tx)
        .await?;
    insert_children(&mut tx, &draft).await?;
    insert_audit(&mut tx, audit).await?;
    tx.commit().await?;
    Ok(true)
}
