//! The store in portable SQL, compiled once per backend: `sqlite.rs` and
//! `postgres.rs` each include this file as their `portable` module, with
//! `Backend` (the store, holding a `pool` of its database), `Conn` (a
//! connection) and `DbRow` (a row) named in the including module. The SQL
//! here means the same on SQLite and PostgreSQL (`$n` parameters, BOOLEAN,
//! 64-bit integers, RFC 3339 TEXT times); what differs (opening, backups)
//! is in the including module.

use std::path::Path;

use async_trait::async_trait;
use sqlx::Row;
use transition_domain::export::AccountStatus;
use transition_domain::input::LogoInput;
use transition_domain::model::{LocationDraft, ProfileDraft, SolutionDraft};
use transition_domain::wire::audit::{AuditAction, AuditRecord, Change};
use transition_domain::{BusinessProfile, PartnerId, PinpointExport};

use super::{Backend, Conn, DbRow};
use crate::failpoint;
use crate::store::{
    corrupt, from_json, status_from, to_json, unique_violation, AccountRecord, AuditQuery,
    CommitOutcome, IngestOutcome, NewImport, Partner, Store, StoreError, StoredImport,
    StoredProfile,
};

/// Appends an audit record, inside the caller's transaction.
async fn insert_audit(conn: &mut Conn, record: &AuditRecord) -> Result<(), StoreError> {
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
    .bind(&record.created_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Inserts a profile row and all its children.
async fn insert_profile(
    conn: &mut Conn,
    partner_id: &PartnerId,
    profile: &BusinessProfile,
    import_id: Option<&str>,
    now: &str,
) -> Result<(), sqlx::Error> {
    let draft = profile.to_draft();
    let names = |list: &[String]| serde_json::to_string(list).unwrap_or_else(|_| "[]".into());
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
    .bind(now)
    .execute(&mut *conn)
    .await?;
    insert_children(conn, &draft).await
}

async fn insert_children(conn: &mut Conn, draft: &ProfileDraft) -> Result<(), sqlx::Error> {
    let names = |list: &[String]| serde_json::to_string(list).unwrap_or_else(|_| "[]".into());
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

/// Reads one profile row's children and checks the whole profile again.
async fn read_profile(conn: &mut Conn, row: &DbRow) -> Result<StoredProfile, StoreError> {
    let id: String = row.try_get("id")?;
    let logo: Option<String> = row.try_get("logo_json")?;
    let logo: Option<LogoInput> = logo.as_deref().map(from_json).transpose()?;
    let mut draft = ProfileDraft {
        id: id.as_str().into(),
        source_id: row
            .try_get::<Option<String>, _>("source_id")?
            .map(Into::into),
        region: row.try_get("region")?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        website: row.try_get("website")?,
        linkedin: row.try_get("linkedin")?,
        logo,
        industries: from_json(&row.try_get::<String, _>("industries_json")?)?,
        products: from_json(&row.try_get::<String, _>("products_json")?)?,
        service_types: from_json(&row.try_get::<String, _>("service_types_json")?)?,
        tags: from_json(&row.try_get::<String, _>("tags_json")?)?,
        target_sizes: from_json(&row.try_get::<String, _>("target_sizes_json")?)?,
        allow_endorsements: row.try_get("allow_endorsements")?,
        locations: Vec::new(),
        solutions: Vec::new(),
    };
    let version: i64 = row.try_get("version")?;

    let solutions = sqlx::query(
        "SELECT id, source_id, kind, name, summary, description, url, products_json, industries_json
         FROM solutions WHERE profile_id = $1 ORDER BY position",
    )
    .bind(&id)
    .fetch_all(&mut *conn)
    .await?;
    for s in &solutions {
        let kind: String = s.try_get("kind")?;
        let kind = transition_domain::input::SolutionKind::parse(&kind)
            .ok_or_else(|| corrupt(format!("solution kind {kind:?}")))?;
        draft.solutions.push(SolutionDraft {
            id: s.try_get::<String, _>("id")?.into(),
            source_id: s.try_get("source_id")?,
            kind,
            name: s.try_get("name")?,
            summary: s.try_get("summary")?,
            description: s.try_get("description")?,
            url: s.try_get("url")?,
            products: from_json(&s.try_get::<String, _>("products_json")?)?,
            industries: from_json(&s.try_get::<String, _>("industries_json")?)?,
        });
    }
    let locations = sqlx::query(
        "SELECT id, name, phone, email, line1, line2, city, postal_code, country
         FROM locations WHERE profile_id = $1 ORDER BY position",
    )
    .bind(&id)
    .fetch_all(&mut *conn)
    .await?;
    for l in &locations {
        let location_id: String = l.try_get("id")?;
        let solution_ids = sqlx::query_scalar::<_, String>(
            "SELECT solution_id FROM location_solutions WHERE location_id = $1 ORDER BY position",
        )
        .bind(&location_id)
        .fetch_all(&mut *conn)
        .await?;
        draft.locations.push(LocationDraft {
            id: location_id.into(),
            name: l.try_get("name")?,
            phone: l.try_get("phone")?,
            email: l.try_get("email")?,
            address: transition_domain::input::AddressInput {
                line1: l.try_get("line1")?,
                line2: l.try_get("line2")?,
                city: l.try_get("city")?,
                postal_code: l.try_get("postal_code")?,
                country: l.try_get("country")?,
            },
            solution_ids: solution_ids.into_iter().map(Into::into).collect(),
        });
    }
    let profile =
        BusinessProfile::try_from(draft).map_err(|why| corrupt(format!("profile {id}: {why}")))?;
    Ok(StoredProfile { profile, version })
}

const PROFILE_COLUMNS: &str = "id, source_id, region, name, description, website, linkedin, logo_json,
    industries_json, products_json, service_types_json, tags_json, target_sizes_json, allow_endorsements, version";

fn import_from(row: &DbRow) -> Result<StoredImport, StoreError> {
    let status: i64 = row.try_get("response_status")?;
    Ok(StoredImport {
        id: row.try_get("id")?,
        request_hash: row.try_get("request_hash")?,
        response_status: u16::try_from(status).map_err(corrupt)?,
        response_body: row.try_get("response_body")?,
    })
}

/// One export of an ingest, in the caller's transaction. One look first
/// (is this account, or this partner, already known?), then only the
/// writes its answer calls for: a fresh account, the common case of a
/// bulk load, costs three statements.
async fn ingest_one(
    tx: &mut Conn,
    export: &PinpointExport,
    raw: &str,
    now: &str,
) -> Result<IngestOutcome, StoreError> {
    let account = &export.account;
    let existing = sqlx::query(
        "SELECT account_id, partner_id, status FROM pinpoint_accounts
             WHERE account_id = $1 OR partner_id = $2",
    )
    .bind(&account.id)
    .bind(&account.partner_id)
    .fetch_all(&mut *tx)
    .await?;
    if let Some(row) = existing.first() {
        let same = existing.len() == 1
            && row.try_get::<String, _>("account_id")? == account.id
            && row.try_get::<String, _>("partner_id")? == account.partner_id;
        if !same {
            return Ok(IngestOutcome::SkippedConflict);
        }
        // Only an active account of this partner is replaced.
        if status_from(&row.try_get::<String, _>("status")?)? == AccountStatus::Closed {
            return Ok(IngestOutcome::SkippedClosed);
        }
        let updated = sqlx::query(
            "UPDATE pinpoint_accounts SET export_json = $1, ingested_at = $2
                 WHERE account_id = $3 AND partner_id = $4 AND status = $5",
        )
        .bind(raw)
        .bind(now)
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
    .bind(now)
    .bind(closed.then_some(now))
    .execute(&mut *tx)
    .await?;
    Ok(IngestOutcome::Created)
}

#[async_trait]
impl Store for Backend {
    async fn health(&self) -> Result<(), StoreError> {
        sqlx::query_scalar::<_, i64>("SELECT CAST(1 AS BIGINT)")
            .fetch_one(&self.pool)
            .await?;
        Ok(())
    }

    async fn ready(&self, now: &str) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO readiness (id, checked_at) VALUES (1, $1)
             ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at",
        )
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn ingest_batch(
        &self,
        batch: &[(&PinpointExport, &str)],
        now: &str,
    ) -> Result<Vec<IngestOutcome>, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut outcomes = Vec::with_capacity(batch.len());
        for (export, raw) in batch {
            outcomes.push(ingest_one(&mut tx, export, raw, now).await?);
        }
        tx.commit().await?;
        Ok(outcomes)
    }

    async fn close(&self) {
        self.pool.close().await;
    }

    async fn partners(&self) -> Result<Vec<Partner>, StoreError> {
        let rows =
            sqlx::query("SELECT partner_id, company_name, csp FROM partners ORDER BY company_name")
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|row| {
                Ok(Partner {
                    partner_id: row.try_get("partner_id")?,
                    company_name: row.try_get("company_name")?,
                    csp: row.try_get("csp")?,
                })
            })
            .collect()
    }

    async fn partner(&self, partner_id: &PartnerId) -> Result<Option<Partner>, StoreError> {
        let row =
            sqlx::query("SELECT partner_id, company_name, csp FROM partners WHERE partner_id = $1")
                .bind(partner_id.as_str())
                .fetch_optional(&self.pool)
                .await?;
        row.map(|row| {
            Ok(Partner {
                partner_id: row.try_get("partner_id")?,
                company_name: row.try_get("company_name")?,
                csp: row.try_get("csp")?,
            })
        })
        .transpose()
    }

    async fn account(&self, partner_id: &PartnerId) -> Result<Option<AccountRecord>, StoreError> {
        let row = sqlx::query(
            "SELECT account_id, partner_id, status, export_json, ingested_at, closed_at, closed_by_import
             FROM pinpoint_accounts WHERE partner_id = $1",
        )
        .bind(partner_id.as_str())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(AccountRecord {
                account_id: row.try_get("account_id")?,
                partner_id: row.try_get("partner_id")?,
                status: status_from(&row.try_get::<String, _>("status")?)?,
                export_json: row.try_get("export_json")?,
                ingested_at: row.try_get("ingested_at")?,
                closed_at: row.try_get("closed_at")?,
                closed_by_import: row.try_get("closed_by_import")?,
            })
        })
        .transpose()
    }

    async fn profiles(&self, partner_id: &PartnerId) -> Result<Vec<StoredProfile>, StoreError> {
        // One read transaction: a consistent snapshot of every profile.
        let mut tx = self.begin_write().await?;
        let rows = sqlx::query(&format!(
            "SELECT {PROFILE_COLUMNS} FROM business_profiles WHERE partner_id = $1 ORDER BY region"
        ))
        .bind(partner_id.as_str())
        .fetch_all(&mut *tx)
        .await?;
        let mut profiles = Vec::with_capacity(rows.len());
        for row in &rows {
            profiles.push(read_profile(&mut tx, row).await?);
        }
        tx.commit().await?;
        Ok(profiles)
    }

    async fn profile(
        &self,
        partner_id: &PartnerId,
        id: &str,
    ) -> Result<Option<StoredProfile>, StoreError> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(&format!(
            "SELECT {PROFILE_COLUMNS} FROM business_profiles WHERE partner_id = $1 AND id = $2"
        ))
        .bind(partner_id.as_str())
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let profile = match row {
            Some(row) => Some(read_profile(&mut tx, &row).await?),
            None => None,
        };
        tx.commit().await?;
        Ok(profile)
    }

    async fn create_profile(
        &self,
        partner_id: &PartnerId,
        profile: &BusinessProfile,
        audit: &AuditRecord,
    ) -> Result<bool, StoreError> {
        let now = audit.created_at.as_str();
        let mut tx = self.begin_write().await?;
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

    async fn update_profile(
        &self,
        partner_id: &PartnerId,
        profile: &BusinessProfile,
        version: i64,
        audit: &AuditRecord,
    ) -> Result<bool, StoreError> {
        let now = audit.created_at.as_str();
        let draft = profile.to_draft();
        let names = |list: &[String]| to_json(&list);
        let logo = draft.logo.as_ref().map(to_json).transpose()?;
        let mut tx = self.begin_write().await?;
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
        .bind(names(&draft.industries)?)
        .bind(names(&draft.products)?)
        .bind(names(&draft.service_types)?)
        .bind(names(&draft.tags)?)
        .bind(names(&draft.target_sizes)?)
        .bind(draft.allow_endorsements)
        .bind(now)
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

    async fn import_by_key(
        &self,
        partner_id: &PartnerId,
        key: &str,
    ) -> Result<Option<StoredImport>, StoreError> {
        let row = sqlx::query(
            "SELECT id, request_hash, response_status, response_body FROM imports
             WHERE partner_id = $1 AND idempotency_key = $2",
        )
        .bind(partner_id.as_str())
        .bind(key)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(import_from).transpose()
    }

    async fn import_by_id(
        &self,
        partner_id: &PartnerId,
        id: &str,
    ) -> Result<Option<StoredImport>, StoreError> {
        let row = sqlx::query(
            "SELECT id, request_hash, response_status, response_body FROM imports
             WHERE partner_id = $1 AND id = $2",
        )
        .bind(partner_id.as_str())
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(import_from).transpose()
    }

    async fn commit_import(&self, import: &NewImport) -> Result<CommitOutcome, StoreError> {
        let mut tx = self.begin_write().await?;
        // The conditional close comes first: it takes the write lock and
        // decides the winner when several imports race for one account.
        let closed = sqlx::query(
            "UPDATE pinpoint_accounts SET status = $5, closed_at = $1, closed_by_import = $2
             WHERE account_id = $3 AND partner_id = $4 AND status = $6",
        )
        .bind(&import.audit.created_at)
        .bind(&import.id)
        .bind(&import.account_id)
        .bind(import.partner_id.as_str())
        .bind(AccountStatus::Closed.as_str())
        .bind(AccountStatus::Active.as_str())
        .execute(&mut *tx)
        .await?;
        if closed.rows_affected() != 1 {
            return Ok(CommitOutcome::AccountNotActive);
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
                Some(&import.id),
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
                response_body, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&import.id)
        .bind(import.partner_id.as_str())
        .bind(&import.account_id)
        .bind(&import.idempotency_key)
        .bind(&import.request_hash)
        .bind(i64::from(import.response_status))
        .bind(&import.response_body)
        .bind(&import.audit.created_at)
        .execute(&mut *tx)
        .await;
        match recorded {
            Ok(_) => {}
            Err(error) if unique_violation(&error) => return Ok(CommitOutcome::KeyTaken),
            Err(error) => return Err(error.into()),
        }
        insert_audit(&mut tx, &import.audit).await?;
        if let Some(holder) = &import.lease_holder {
            sqlx::query(
                "DELETE FROM commit_leases
                 WHERE partner_id = $1 AND idempotency_key = $2 AND holder = $3",
            )
            .bind(import.partner_id.as_str())
            .bind(&import.idempotency_key)
            .bind(holder)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(CommitOutcome::Committed)
    }

    async fn claim_commit(
        &self,
        partner_id: &PartnerId,
        key: &str,
        holder: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
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

    async fn release_commit(
        &self,
        partner_id: &PartnerId,
        key: &str,
        holder: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
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

    async fn backup(&self, to: &Path) -> Result<(), StoreError> {
        self.backup_to(to).await
    }

    async fn audit_records(
        &self,
        partner_id: Option<&PartnerId>,
        query: &AuditQuery,
    ) -> Result<Vec<AuditRecord>, StoreError> {
        // `before` is looked up within the same partner's records: another
        // partner's id gives an empty page, not a view of its position.
        let limit = query.limit.map_or(i64::MAX, i64::from);
        let rows = sqlx::query(
            "SELECT id, partner_id, action, actor_json, change_json, created_at FROM audit_log
             WHERE ($1 IS NULL OR partner_id = $1)
               AND ($2 IS NULL OR seq < (SELECT b.seq FROM audit_log b
                                         WHERE b.id = $2 AND ($1 IS NULL OR b.partner_id = $1)))
             ORDER BY seq DESC LIMIT $3",
        )
        .bind(partner_id.map(PartnerId::as_str))
        .bind(query.before.as_deref())
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let action: String = row.try_get("action")?;
                let change: Change = from_json(&row.try_get::<String, _>("change_json")?)?;
                if AuditAction::parse(&action) != Some(change.action()) {
                    return Err(corrupt(format!("audit action {action:?}")));
                }
                let partner: String = row.try_get("partner_id")?;
                Ok(AuditRecord {
                    id: row.try_get("id")?,
                    partner_id: PartnerId::parse(&partner).map_err(corrupt)?,
                    actor: from_json(&row.try_get::<String, _>("actor_json")?)?,
                    change,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }
}
