//! The embedded default: SQLite through sqlx, in WAL mode with
//! `synchronous=FULL` (a committed import survives a power cut) and
//! foreign keys on. Every transaction starts with a write, so it holds the
//! write lock from its first statement and never has to upgrade.

use std::path::Path;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, Row, SqliteConnection, SqlitePool};
use transition_domain::export::{AccountStatus, LogoInput};
use transition_domain::model::{LocationDraft, ProfileDraft, SolutionDraft};
use transition_domain::wire::audit::{AuditAction, AuditRecord, Change};
use transition_domain::{BusinessProfile, PartnerId, PinpointExport};

use super::{
    AccountRecord, AuditQuery, CommitOutcome, IngestOutcome, NewImport, Partner, Store, StoreError,
    StoredImport, StoredProfile,
};
use crate::failpoint;

#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    faults: Arc<Faults>,
}

/// How long a statement waits for a lock another connection holds before
/// it fails with `SQLITE_BUSY` (then answered 503 `storage_unavailable`).
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How the store opens its database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SqliteOptions {
    pub busy_timeout: Duration,
}

impl Default for SqliteOptions {
    fn default() -> Self {
        SqliteOptions {
            busy_timeout: DEFAULT_BUSY_TIMEOUT,
        }
    }
}

/// Storage faults a test can turn on and off on a running store, each
/// through SQLite's own mechanism, so the statements fail with SQLite's
/// real error codes: `read_only` sets `PRAGMA query_only` (writes fail
/// with `SQLITE_READONLY`), `full` caps `PRAGMA max_page_count` at the
/// database's current size (a write that needs a new page fails with
/// `SQLITE_FULL`, as on a full disk). Inert until a test first turns one
/// on (`transition-server` never does): then every connection handed out
/// is set to the current state first.
#[derive(Debug, Default)]
pub struct Faults {
    armed: AtomicBool,
    read_only: AtomicBool,
    full: AtomicBool,
}

impl Faults {
    pub fn set_read_only(&self, on: bool) {
        self.read_only.store(on, Ordering::SeqCst);
        self.armed.store(true, Ordering::SeqCst);
    }

    pub fn set_full(&self, on: bool) {
        self.full.store(on, Ordering::SeqCst);
        self.armed.store(true, Ordering::SeqCst);
    }

    /// The statements that put a connection in the current state, if any
    /// fault was ever turned on. SQLite never lowers the page cap below
    /// the current size: 1 means "no page more"; its default maximum
    /// (4294967294) lifts the cap again.
    fn pragmas(&self) -> Option<&'static str> {
        if !self.armed.load(Ordering::SeqCst) {
            return None;
        }
        let read_only = self.read_only.load(Ordering::SeqCst);
        let full = self.full.load(Ordering::SeqCst);
        Some(match (read_only, full) {
            (false, false) => "PRAGMA query_only = 0; PRAGMA max_page_count = 4294967294;",
            (true, false) => "PRAGMA query_only = 1; PRAGMA max_page_count = 4294967294;",
            (false, true) => "PRAGMA query_only = 0; PRAGMA max_page_count = 1;",
            (true, true) => "PRAGMA query_only = 1; PRAGMA max_page_count = 1;",
        })
    }
}

/// Whether a database error is a fault of the storage that passes
/// (see [`StoreError::is_unavailable`]).
pub(super) fn unavailable(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) => true,
        sqlx::Error::Database(db) => db
            .code()
            .and_then(|code| code.parse::<i32>().ok())
            // The primary result code is the extended one's low byte.
            .is_some_and(|code| {
                matches!(
                    code & 0xff,
                    SQLITE_BUSY
                        | SQLITE_LOCKED
                        | SQLITE_READONLY
                        | SQLITE_IOERR
                        | SQLITE_FULL
                        | SQLITE_CANTOPEN
                )
            }),
        _ => false,
    }
}

const SQLITE_BUSY: i32 = 5;
const SQLITE_LOCKED: i32 = 6;
const SQLITE_READONLY: i32 = 8;
const SQLITE_IOERR: i32 = 10;
const SQLITE_FULL: i32 = 13;
const SQLITE_CANTOPEN: i32 = 14;

impl SqliteStore {
    /// Opens (creating if needed) the database file and runs the embedded
    /// migrations.
    pub async fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        Self::open_with_options(path, SqliteOptions::default()).await
    }

    /// [`SqliteStore::open`] with `options`.
    pub async fn open_with_options(
        path: &Path,
        options: SqliteOptions,
    ) -> Result<SqliteStore, StoreError> {
        let connect = SqliteConnectOptions::new().filename(path);
        Self::open_with(connect, options).await
    }

    /// Opens a `sqlite:` URL (e.g. `sqlite::memory:` for tests).
    pub async fn open_url(url: &str) -> Result<SqliteStore, StoreError> {
        Self::open_url_with_options(url, SqliteOptions::default()).await
    }

    /// [`SqliteStore::open_url`] with `options`.
    pub async fn open_url_with_options(
        url: &str,
        options: SqliteOptions,
    ) -> Result<SqliteStore, StoreError> {
        Self::open_with(SqliteConnectOptions::from_str(url)?, options).await
    }

    /// The switches of the simulated storage faults (tests only).
    pub fn faults(&self) -> Arc<Faults> {
        Arc::clone(&self.faults)
    }

    /// `PRAGMA integrity_check` of a database file, opened read-only:
    /// `["ok"]` when it is sound, else every problem found.
    pub async fn integrity_check(path: &Path) -> Result<Vec<String>, StoreError> {
        let mut conn = SqliteConnectOptions::new()
            .filename(path)
            .read_only(true)
            .connect()
            .await?;
        let verdict = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_all(&mut conn)
            .await?;
        conn.close().await?;
        Ok(verdict)
    }

    async fn open_with(
        connect: SqliteConnectOptions,
        options: SqliteOptions,
    ) -> Result<SqliteStore, StoreError> {
        let in_memory = connect.get_filename().as_os_str() == ":memory:";
        let connect = connect
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(options.busy_timeout);
        // An in-memory database lives in one connection.
        let max = if in_memory { 1 } else { 8 };
        let faults = Arc::new(Faults::default());
        let hook = Arc::clone(&faults);
        let on_connect = Arc::clone(&faults);
        let pool = SqlitePoolOptions::new()
            .max_connections(max)
            // New connections and idle ones alike.
            .after_connect(move |conn, _| {
                let pragmas = on_connect.pragmas();
                Box::pin(async move {
                    if let Some(pragmas) = pragmas {
                        sqlx::Executor::execute(&mut *conn, sqlx::raw_sql(pragmas)).await?;
                    }
                    Ok(())
                })
            })
            .before_acquire(move |conn, _| {
                let pragmas = hook.pragmas();
                Box::pin(async move {
                    if let Some(pragmas) = pragmas {
                        sqlx::Executor::execute(&mut *conn, sqlx::raw_sql(pragmas)).await?;
                    }
                    Ok(true)
                })
            })
            .connect_with(connect)
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        Ok(SqliteStore { pool, faults })
    }
}

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

fn to_json(value: &impl serde::Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(corrupt)
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(corrupt)
}

fn status_from(text: &str) -> Result<AccountStatus, StoreError> {
    AccountStatus::parse(text).ok_or_else(|| corrupt(format!("account status {text:?}")))
}

fn unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// Appends an audit record, inside the caller's transaction.
async fn insert_audit(conn: &mut SqliteConnection, record: &AuditRecord) -> Result<(), StoreError> {
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
    conn: &mut SqliteConnection,
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

async fn insert_children(
    conn: &mut SqliteConnection,
    draft: &ProfileDraft,
) -> Result<(), sqlx::Error> {
    let names = |list: &[String]| serde_json::to_string(list).unwrap_or_else(|_| "[]".into());
    for (position, s) in draft.solutions.iter().enumerate() {
        let kind = match s.kind {
            transition_domain::export::SolutionKind::App => "app",
            transition_domain::export::SolutionKind::Service => "service",
        };
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
async fn read_profile(
    conn: &mut SqliteConnection,
    row: &sqlx::sqlite::SqliteRow,
) -> Result<StoredProfile, StoreError> {
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
        let kind = match s.try_get::<String, _>("kind")?.as_str() {
            "app" => transition_domain::export::SolutionKind::App,
            "service" => transition_domain::export::SolutionKind::Service,
            other => return Err(corrupt(format!("solution kind {other:?}"))),
        };
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
            address: transition_domain::export::AddressInput {
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

fn import_from(row: &sqlx::sqlite::SqliteRow) -> Result<StoredImport, StoreError> {
    let status: i64 = row.try_get("response_status")?;
    Ok(StoredImport {
        id: row.try_get("id")?,
        request_hash: row.try_get("request_hash")?,
        response_status: u16::try_from(status).map_err(corrupt)?,
        response_body: row.try_get("response_body")?,
    })
}

#[async_trait]
impl Store for SqliteStore {
    async fn health(&self) -> Result<(), StoreError> {
        sqlx::query_scalar::<_, i64>("SELECT 1")
            .fetch_one(&self.pool)
            .await?;
        Ok(())
    }

    async fn ingest(
        &self,
        export: &PinpointExport,
        raw: &str,
        now: &str,
    ) -> Result<IngestOutcome, StoreError> {
        let account = &export.account;
        let mut tx = self.pool.begin().await?;
        // Update first: only an active account of this partner is replaced.
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
        let outcome = if updated.rows_affected() == 1 {
            sqlx::query("UPDATE partners SET company_name = $1, csp = $2 WHERE partner_id = $3")
                .bind(&account.company_name)
                .bind(account.csp)
                .bind(&account.partner_id)
                .execute(&mut *tx)
                .await?;
            IngestOutcome::Updated
        } else {
            let existing = sqlx::query(
                "SELECT account_id, partner_id, status FROM pinpoint_accounts
                 WHERE account_id = $1 OR partner_id = $2",
            )
            .bind(&account.id)
            .bind(&account.partner_id)
            .fetch_all(&mut *tx)
            .await?;
            if let Some(row) = existing.first() {
                let same = row.try_get::<String, _>("account_id")? == account.id
                    && row.try_get::<String, _>("partner_id")? == account.partner_id;
                if same
                    && status_from(&row.try_get::<String, _>("status")?)? == AccountStatus::Closed
                {
                    IngestOutcome::SkippedClosed
                } else {
                    IngestOutcome::SkippedConflict
                }
            } else {
                sqlx::query(
                    "INSERT INTO partners (partner_id, company_name, csp) VALUES ($1, $2, $3)
                     ON CONFLICT (partner_id) DO UPDATE SET company_name = excluded.company_name, csp = excluded.csp",
                )
                .bind(&account.partner_id)
                .bind(&account.company_name)
                .bind(account.csp)
                .execute(&mut *tx)
                .await?;
                // An export of an account Pinpoint had already closed is
                // stored closed: it can never be imported.
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
                IngestOutcome::Created
            }
        };
        tx.commit().await?;
        Ok(outcome)
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
        let mut tx = self.pool.begin().await?;
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
        let mut tx = self.pool.begin().await?;
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
        let mut tx = self.pool.begin().await?;
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
        let mut tx = self.pool.begin().await?;
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
        let mut tx = self.pool.begin().await?;
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
        tx.commit().await?;
        Ok(CommitOutcome::Committed)
    }

    async fn backup(&self, to: &Path) -> Result<(), StoreError> {
        let target = to
            .to_str()
            .ok_or_else(|| corrupt(format!("{} is not a UTF-8 path", to.display())))?;
        // One read transaction: a snapshot of everything committed before
        // it, while writers go on (WAL).
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&self.pool)
            .await?;
        let verdict = SqliteStore::integrity_check(to).await?;
        if verdict != ["ok"] {
            return Err(corrupt(format!(
                "the copy {} fails its integrity check: {}",
                to.display(),
                verdict.join("; ")
            )));
        }
        Ok(())
    }

    async fn audit_records(
        &self,
        partner_id: Option<&PartnerId>,
        query: &AuditQuery,
    ) -> Result<Vec<AuditRecord>, StoreError> {
        // `before` is looked up within the same partner's records: another
        // partner's id gives an empty page, not a view of its position.
        let limit = query.limit.map_or(-1, i64::from);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The primary SQLite code of a store error, if it is one.
    fn code(error: &StoreError) -> Option<i32> {
        match error {
            StoreError::Database(sqlx::Error::Database(db)) => db
                .code()
                .and_then(|c| c.parse::<i32>().ok())
                .map(|c| c & 0xff),
            _ => None,
        }
    }

    async fn fresh() -> Result<(SqliteStore, std::path::PathBuf), StoreError> {
        let path = std::env::temp_dir().join(format!("pt-faults-{}.db", crate::clock::nonce()));
        let store = SqliteStore::open(&path).await?;
        Ok((store, path))
    }

    async fn write(store: &SqliteStore) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO partners (partner_id, company_name, csp) VALUES ($1, $2, TRUE)")
            .bind(crate::clock::nonce())
            .bind("x".repeat(20_000))
            .execute(&store.pool)
            .await?;
        Ok(())
    }

    #[tokio::test]
    async fn each_switch_fails_writes_with_sqlites_own_code_and_is_unavailable(
    ) -> Result<(), StoreError> {
        let (store, path) = fresh().await?;
        let faults = store.faults();
        faults.set_read_only(true);
        let error = write(&store).await.err();
        assert_eq!(error.as_ref().and_then(code), Some(SQLITE_READONLY));
        assert!(error.is_some_and(|e| e.is_unavailable()));
        faults.set_read_only(false);
        faults.set_full(true);
        let error = write(&store).await.err();
        assert_eq!(error.as_ref().and_then(code), Some(SQLITE_FULL));
        assert!(error.is_some_and(|e| e.is_unavailable()));
        faults.set_full(false);
        write(&store).await?;
        // Other database errors stay internal ones.
        let error = sqlx::query("SELECT * FROM no_such_table")
            .execute(&store.pool)
            .await
            .map_err(StoreError::from)
            .err();
        assert!(error.is_some_and(|e| !e.is_unavailable()));
        store.pool.close().await;
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        Ok(())
    }
}
