//! The embedded default: SQLite through sqlx, in WAL mode with
//! `synchronous=FULL` (a committed import survives a power cut) and
//! foreign keys on. Every transaction starts with a write, so it holds the
//! write lock from its first statement and never has to upgrade. The
//! queries are the portable ones (`portable/`).

use std::path::Path;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, SqlitePool};

use super::{corrupt, StoreError};

// The same queries compiled for this backend's types, on purpose: see
// `portable/mod.rs`.
#[allow(clippy::duplicate_mod)]
#[path = "portable/mod.rs"]
mod portable;

type Backend = SqliteStore;
type Conn = sqlx::SqliteConnection;
type DbRow = sqlx::sqlite::SqliteRow;

#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    faults: Arc<Faults>,
    /// The process's write turn: SQLite lets one transaction write at a
    /// time, and a connection that finds the lock taken sleeps in SQLite's
    /// busy handler (1, 2, 5, 10 … 100 ms) instead of being woken when it
    /// is free. Writers of this process wait their turn here instead, in
    /// order; the busy timeout still covers other processes (`ingest`, a
    /// backup). Measured by `scripts/bench.sh http` (docs/performance.md).
    writer: Arc<tokio::sync::Mutex<()>>,
    busy_timeout: Duration,
}

/// A write transaction of the SQLite store, with the process's write turn
/// (held until it is committed or dropped). Statements run on it as on
/// the transaction's connection: `&mut *tx`.
pub struct WriteTx {
    tx: sqlx::Transaction<'static, sqlx::Sqlite>,
    _turn: tokio::sync::OwnedMutexGuard<()>,
}

impl std::ops::Deref for WriteTx {
    type Target = sqlx::SqliteConnection;
    fn deref(&self) -> &sqlx::SqliteConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut sqlx::SqliteConnection {
        &mut self.tx
    }
}

impl WriteTx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
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
        sqlx::Error::Database(db)
            if db.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() =>
        {
            db.code()
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
                })
        }
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

    /// Connections of a database file's pool.
    pub const POOL_SIZE: u32 = 8;

    /// `connect` with the store's settings: created when missing, WAL,
    /// `synchronous=FULL`, foreign keys, the busy timeout. The benchmarks
    /// measure SQLite's own rate with these (`scripts/bench.sh`).
    pub fn durable(connect: SqliteConnectOptions, options: SqliteOptions) -> SqliteConnectOptions {
        connect
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(options.busy_timeout)
    }

    async fn open_with(
        connect: SqliteConnectOptions,
        options: SqliteOptions,
    ) -> Result<SqliteStore, StoreError> {
        let in_memory = connect.get_filename().as_os_str() == ":memory:";
        if !in_memory {
            // Made by us, for its owner alone (SQLite would make it 0644).
            crate::private_files::create_private_file(connect.get_filename())
                .map_err(|error| StoreError::Database(sqlx::Error::Io(error)))?;
        }
        let connect = SqliteStore::durable(connect, options);
        // An in-memory database lives in one connection.
        let max = if in_memory { 1 } else { SqliteStore::POOL_SIZE };
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
        Ok(SqliteStore {
            pool,
            faults,
            writer: Arc::new(tokio::sync::Mutex::new(())),
            busy_timeout: options.busy_timeout,
        })
    }

    /// Begins a write transaction once it is this writer's turn; waiting
    /// longer than the busy timeout for it fails as a pool timeout does
    /// (503 `storage_unavailable`), as waiting for SQLite's lock would.
    async fn begin_write(&self) -> Result<WriteTx, sqlx::Error> {
        let turn = tokio::time::timeout(self.busy_timeout, Arc::clone(&self.writer).lock_owned())
            .await
            .map_err(|_| sqlx::Error::PoolTimedOut)?;
        let tx = self.pool.begin().await?;
        Ok(WriteTx { tx, _turn: turn })
    }

    /// `VACUUM INTO` a new file, then its integrity check.
    async fn backup_to(&self, to: &Path) -> Result<(), StoreError> {
        let target = to
            .to_str()
            .ok_or_else(|| corrupt(format!("{} is not a UTF-8 path", to.display())))?;
        // For its owner alone: VACUUM INTO fills an empty file as it is.
        crate::private_files::create_private_file(to)
            .map_err(|error| StoreError::Database(sqlx::Error::Io(error)))?;
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
