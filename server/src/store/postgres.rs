//! PostgreSQL, for several replicas sharing one database: the same
//! portable queries as SQLite (`portable/`), a pool sized by
//! configuration, migrations of its own (`migrations/postgres`, run under
//! sqlx's advisory lock, so replicas starting together migrate once).
//! Transactions run at READ COMMITTED: the account's conditional close and
//! the unique keys decide every race, as on SQLite.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::PgPool;

use super::StoreError;

// The same queries compiled for this backend's types, on purpose: see
// `portable/mod.rs`.
#[allow(clippy::duplicate_mod)]
#[path = "portable/mod.rs"]
mod portable;

type Backend = PgStore;
type Conn = sqlx::PgConnection;
type DbRow = sqlx::postgres::PgRow;

/// Whether a PostgreSQL error is a fault of the storage that passes (see
/// [`StoreError::is_unavailable`]): by SQLSTATE, a connection lost or
/// refused (class 08), the server shutting down or starting (57P01-57P03),
/// out of disk, memory or connections (class 53), a read-only
/// transaction (25006: a standby, or `default_transaction_read_only`),
/// and a transaction PostgreSQL broke to resolve a conflict (40001
/// serialization failure, 40P01 deadlock, 55P03 lock not available).
pub(super) fn unavailable(error: &sqlx::Error) -> bool {
    let sqlx::Error::Database(db) = error else {
        return false;
    };
    let Some(pg) = db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>() else {
        return false;
    };
    let code = pg.code();
    code.starts_with("08")
        || code.starts_with("53")
        || matches!(
            code,
            "57P01" | "57P02" | "57P03" | "25006" | "40001" | "40P01" | "55P03"
        )
}

/// The pool size when none is configured.
pub const DEFAULT_POOL_SIZE: u32 = 10;

#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects to a `postgres://` URL with a pool of `pool_size`
    /// connections, and runs the embedded migrations.
    pub async fn open(url: &str, pool_size: u32) -> Result<PgStore, StoreError> {
        let options = PgConnectOptions::from_str(url)?.application_name("transition-server");
        let pool = PgPoolOptions::new()
            .max_connections(pool_size.max(1))
            // A request waits this long for a connection, then fails as
            // unavailable rather than queueing without end.
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(PgStore { pool })
    }

    /// Begins a write transaction: PostgreSQL orders concurrent writers
    /// itself (row locks), so there is no turn to wait for here.
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, sqlx::Error> {
        self.pool.begin().await
    }

    /// Closes every connection (on shutdown).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// PostgreSQL is backed up with its own tools, not through the server.
    async fn backup_to(&self, to: &Path) -> Result<(), StoreError> {
        Err(StoreError::Unsupported(format!(
            "backups of a PostgreSQL store are taken with pg_dump or point-in-time \
             recovery, not by the server (nothing was written to {})",
            to.display()
        )))
    }
}
