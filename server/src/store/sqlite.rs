//! The embedded default: SQLite through sqlx, in WAL mode with
//! `synchronous=FULL` (a committed import survives a power cut) and
//! foreign keys on. Every transaction starts with a write, so it holds the
//! write lock from its first statement and never has to upgrade. The
//! queries are the portable ones (`portable.rs`).

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, SqlitePool};

use super::{corrupt, StoreError};

// The same queries compiled for this backend's types, on purpose: see
// `portable.rs`.
#[allow(clippy::duplicate_mod)]
#[path = "portable.rs"]
mod portable;

type Backend = SqliteStore;
type Conn = sqlx::SqliteConnection;
type DbRow = sqlx::sqlite::SqliteRow;

#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if needed) the database file and runs the embedded
    /// migrations.
    pub async fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let options = SqliteConnectOptions::new().filename(path);
        Self::open_with(options).await
    }

    /// Opens a `sqlite:` URL (e.g. `sqlite::memory:` for tests).
    pub async fn open_url(url: &str) -> Result<SqliteStore, StoreError> {
        Self::open_with(SqliteConnectOptions::from_str(url)?).await
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

    async fn open_with(options: SqliteConnectOptions) -> Result<SqliteStore, StoreError> {
        let in_memory = options.get_filename().as_os_str() == ":memory:";
        let options = options
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(30));
        // An in-memory database lives in one connection.
        let max = if in_memory { 1 } else { 8 };
        let pool = SqlitePoolOptions::new()
            .max_connections(max)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        Ok(SqliteStore { pool })
    }

    /// `VACUUM INTO` a new file, then its integrity check.
    async fn backup_to(&self, to: &Path) -> Result<(), StoreError> {
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
}
