//! Khiên's registry on SQLite (the embedded default) and PostgreSQL (production).
//!
//! Both implement [`khien_store::Store`]. Their SQL is written once, in `registry/`, as the
//! bodies of macros expanded for each backend: the statements use only what both databases
//! accept (`$n` parameters, `RETURNING`, `ON CONFLICT`, recursive CTEs), and the Rust types
//! bound and read (UUID, `OffsetDateTime`, `Date`, `bool`, `i64`, JSON) map to each backend's
//! own column types. Each backend has its own migrations (`migrations/sqlite`,
//! `migrations/postgres`) so that each schema uses its database's native types.
//!
//! Architecture invariants:
//! - This crate and the scanners' source readers are the only places with SQL.
//! - Every `Store` method runs in one transaction or one statement.
//! - Every query on an organisation's data filters on `org_id`, and every reference between
//!   an organisation's rows carries `org_id` in its foreign key, so the schema itself forbids
//!   a row pointing into another organisation.

#![forbid(unsafe_code)]

mod access;
pub mod log;
mod registry;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use khien_store::Store;
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

/// Why the registry could not be opened.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OpenError {
    /// The URL is neither `sqlite:` nor `postgres:`.
    #[error("unsupported database URL `{0}`: expected sqlite://PATH or postgres://...")]
    UnsupportedUrl(String),
    /// The database could not be reached or created.
    #[error("cannot open the database `{url}`: {reason}")]
    Connect {
        /// The URL, without its password.
        url: String,
        /// What went wrong.
        reason: String,
    },
    /// A migration failed.
    #[error("cannot migrate the database `{url}`: {reason}")]
    Migrate {
        /// The URL, without its password.
        url: String,
        /// What went wrong.
        reason: String,
    },
}

/// Whether to bring the schema up to date when opening.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Migrations {
    /// Apply pending migrations.
    Apply,
    /// Leave the schema as it is.
    Skip,
}

/// The registry on SQLite.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// Write transactions: one connection, so that writers queue here (in order, woken at
    /// once) instead of in SQLite's busy handler, which sleeps 1, 2, 5, 10... up to 100 ms
    /// between tries (BENCHMARKS.md, "The vault"). The in-memory database's one pool.
    writes: SqlitePool,
    /// An in-memory database (one connection, shared by both pools).
    memory: bool,
    /// The access history's own database (a file beside the registry's, `<file>-history`,
    /// or a second in-memory database): derived from the processing log and rebuilt from it
    /// when missing or behind, so that indexing it never holds the log's one writer
    /// (BENCHMARKS.md, "The vault"). Readers.
    history: SqlitePool,
    /// Its one writer (the log's indexer, or a history query catching it up).
    history_writes: SqlitePool,
}

/// Where the access history of the SQLite registry in `file` is kept: beside it, named as
/// SQLite names a database's own companions (`-wal`, `-shm`).
pub fn sqlite_history_path(file: &std::path::Path) -> std::path::PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push("-history");
    std::path::PathBuf::from(name)
}

/// The registry on PostgreSQL.
#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
    /// The same pool (PostgreSQL has row locks; writers need no queue of their own).
    writes: PgPool,
}

/// Which backend a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// SQLite.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

impl Backend {
    /// The backend a URL names.
    pub fn of_url(url: &str) -> Result<Self, OpenError> {
        if url.starts_with("sqlite:") {
            Ok(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Self::Postgres)
        } else {
            Err(OpenError::UnsupportedUrl(redact_url(url)))
        }
    }
}

/// Opens the registry named by `url` and its processing log (created on first use from
/// `init`).
pub async fn open_with_log(
    url: &str,
    migrations: Migrations,
    init: &log::LogInit,
) -> Result<(Arc<dyn Store>, Arc<log::SqlLog>), OpenError> {
    let log_err = |e: khien_store::LogError| OpenError::Connect {
        url: redact_url(url),
        reason: e.to_string(),
    };
    Ok(match Backend::of_url(url)? {
        Backend::Sqlite => {
            let store = SqliteStore::open(url, migrations).await?;
            let log = log::SqlLog::sqlite(&store, init).await.map_err(log_err)?;
            (Arc::new(store), log)
        }
        Backend::Postgres => {
            let store = PgStore::open(url, migrations).await?;
            let log = log::SqlLog::postgres(&store, init).await.map_err(log_err)?;
            (Arc::new(store), log)
        }
    })
}

/// Opens the registry named by `url` (`sqlite://PATH`, `sqlite::memory:`, `postgres://...`).
/// A SQLite file and its directory are created when missing.
pub async fn open(url: &str, migrations: Migrations) -> Result<Arc<dyn Store>, OpenError> {
    Ok(match Backend::of_url(url)? {
        Backend::Sqlite => Arc::new(SqliteStore::open(url, migrations).await?),
        Backend::Postgres => Arc::new(PgStore::open(url, migrations).await?),
    })
}

/// Fills in the folded names of assets written before migration 0011 (the fold is Rust's,
/// `khien_domain::fold`, not SQL's), a thousand at a time; nothing to do afterwards.
#[macro_export]
#[doc(hidden)]
macro_rules! fold_asset_names {
    ($pool:expr) => {
        async {
            loop {
                let rows: Vec<(uuid::Uuid, uuid::Uuid, String)> = sqlx::query_as(
                    "SELECT org_id, id, name FROM data_assets WHERE name_folded IS NULL LIMIT 1000",
                )
                .fetch_all($pool)
                .await?;
                if rows.is_empty() {
                    return Ok::<(), sqlx::Error>(());
                }
                let mut tx = $pool.begin().await?;
                for (org, id, name) in rows {
                    sqlx::query(
                        "UPDATE data_assets SET name_folded = $1 WHERE org_id = $2 AND id = $3",
                    )
                    .bind(khien_domain::fold::fold(&name))
                    .bind(org)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
            }
        }
        .await
    };
}

impl SqliteStore {
    /// Opens (creating when missing) a SQLite registry.
    pub async fn open(url: &str, migrations: Migrations) -> Result<Self, OpenError> {
        let shown = redact_url(url);
        let connect_err = |reason: String| OpenError::Connect {
            url: shown.clone(),
            reason,
        };
        let memory = url.contains(":memory:") || url.contains("mode=memory");
        let opts = SqliteConnectOptions::from_str(url)
            .map_err(|e| connect_err(e.to_string()))?
            .create_if_missing(true)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let opts = if memory {
            opts
        } else {
            if let Some(dir) = opts.get_filename().parent()
                && !dir.as_os_str().is_empty()
            {
                std::fs::create_dir_all(dir).map_err(|e| connect_err(e.to_string()))?;
            }
            opts.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                // The access history's indexes take rows in no order of the file (actors,
                // assets, subjects): a page cache of 32 MiB per connection instead of 2, and
                // reads through a memory map, keep them off the disk (BENCHMARKS.md).
                .pragma("cache_size", "-32768")
                .pragma("mmap_size", "268435456")
                // The WAL file is cut back to 64 MiB whenever it is rewound (see
                // `log::checkpointer`).
                .pragma("journal_size_limit", "67108864")
                // Commits leave the copy of the WAL into the database to the log's
                // checkpointer (`log::checkpointer`), which does it beside them; past 32 MiB
                // (a process without a log, or a checkpointer that cannot keep up) a commit
                // still copies it.
                .pragma("wal_autocheckpoint", "8192")
                // Temporary storage in memory: statement journals (a statement's undo within
                // a transaction) spilled to a temporary file past 64 KiB at every large
                // insert of the access history; sorts, temporary indexes and index builds
                // (migrations) stay in memory too.
                .pragma("temp_store", "memory")
                // Freed pages are overwritten with zeros, so that a destroyed data key
                // (crypto-shredding, the vault) does not linger in the file.
                .pragma("secure_delete", "on")
        };
        // An in-memory database lives in one connection: keep exactly one, forever.
        let pool_opts = if memory {
            SqlitePoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
        } else {
            // No ping before each use: the connection is in this process (a ping was one
            // more round trip to its worker thread on every query; BENCHMARKS.md).
            SqlitePoolOptions::new()
                .max_connections(8)
                .test_before_acquire(false)
        };
        let pool = pool_opts
            .connect_with(opts.clone())
            .await
            .map_err(|e| connect_err(e.to_string()))?;
        let writes = if memory {
            pool.clone()
        } else {
            SqlitePoolOptions::new()
                .max_connections(1)
                .test_before_acquire(false)
                .acquire_timeout(Duration::from_secs(60))
                .connect_with(opts.clone())
                .await
                .map_err(|e| connect_err(e.to_string()))?
        };
        if migrations == Migrations::Apply {
            sqlx::migrate!("./migrations/sqlite")
                .run(&pool)
                .await
                .map_err(|e| OpenError::Migrate {
                    url: shown.clone(),
                    reason: e.to_string(),
                })?;
            fold_asset_names!(&pool).map_err(|e| OpenError::Migrate {
                url: shown.clone(),
                reason: e.to_string(),
            })?;
        }
        let (history, history_writes) = if memory {
            let pool = SqlitePoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
                .connect_with(
                    SqliteConnectOptions::from_str("sqlite::memory:")
                        .map_err(|e| connect_err(e.to_string()))?,
                )
                .await
                .map_err(|e| connect_err(e.to_string()))?;
            (pool.clone(), pool)
        } else {
            // Derived data, rebuilt from the log when it is behind: a commit need not reach
            // the disk before it returns (`synchronous = NORMAL`; the WAL still keeps the file
            // whole through a crash, and `log::SqlLog` checks what it holds at opening).
            let path = sqlite_history_path(opts.get_filename());
            let hopts = SqliteConnectOptions::new()
                .filename(&path)
                .create_if_missing(true)
                .busy_timeout(Duration::from_secs(10))
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .pragma("cache_size", "-32768")
                .pragma("mmap_size", "268435456")
                .pragma("journal_size_limit", "67108864")
                .pragma("temp_store", "memory")
                .pragma("secure_delete", "on");
            let history = SqlitePoolOptions::new()
                .max_connections(4)
                .test_before_acquire(false)
                .connect_with(hopts.clone())
                .await
                .map_err(|e| connect_err(format!("{}: {e}", path.display())))?;
            let history_writes = SqlitePoolOptions::new()
                .max_connections(1)
                .test_before_acquire(false)
                .acquire_timeout(Duration::from_secs(60))
                .connect_with(hopts)
                .await
                .map_err(|e| connect_err(format!("{}: {e}", path.display())))?;
            (history, history_writes)
        };
        Ok(Self {
            pool,
            writes,
            memory,
            history,
            history_writes,
        })
    }

    /// Closes the pools, waiting for connections to finish.
    pub async fn close(&self) {
        self.history_writes.close().await;
        self.history.close().await;
        self.writes.close().await;
        self.pool.close().await;
    }
}

impl PgStore {
    /// Opens a PostgreSQL registry, creating the database when it does not exist and the
    /// user may create it.
    pub async fn open(url: &str, migrations: Migrations) -> Result<Self, OpenError> {
        use sqlx::migrate::MigrateDatabase as _;
        let shown = redact_url(url);
        if migrations == Migrations::Apply
            && matches!(sqlx::Postgres::database_exists(url).await, Ok(false))
        {
            sqlx::Postgres::create_database(url)
                .await
                .map_err(|e| OpenError::Connect {
                    url: shown.clone(),
                    reason: format!("the database does not exist and cannot be created: {e}"),
                })?;
            tracing::info!(url = %shown, "created the PostgreSQL database");
        }
        // No ping before each use (it doubled the round trips of every query): a connection
        // the server closed fails its next query once and is replaced; none lives more than
        // 30 minutes.
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .test_before_acquire(false)
            .max_lifetime(Duration::from_secs(30 * 60))
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await
            .map_err(|e| OpenError::Connect {
                url: shown.clone(),
                reason: e.to_string(),
            })?;
        if migrations == Migrations::Apply {
            sqlx::migrate!("./migrations/postgres")
                .run(&pool)
                .await
                .map_err(|e| OpenError::Migrate {
                    url: shown.clone(),
                    reason: e.to_string(),
                })?;
            fold_asset_names!(&pool).map_err(|e| OpenError::Migrate {
                url: shown.clone(),
                reason: e.to_string(),
            })?;
        }
        // Without autovacuum nothing keeps the planner's statistics or removes dead rows: on a
        // vault loaded in bulk, a subject's live key was then read by scanning every key of
        // the organisation (about 20 ms a batch of destructions; BENCHMARKS.md, stop 31).
        if let Ok(setting) = sqlx::query_scalar::<_, String>("SHOW autovacuum")
            .fetch_one(&pool)
            .await
            && setting != "on"
        {
            tracing::warn!(
                url = %shown,
                "autovacuum is off on this PostgreSQL server: run ANALYZE (and VACUUM) yourself, or turn it on (autovacuum = on), or queries slow down as the registry grows"
            );
        }
        Ok(Self {
            writes: pool.clone(),
            pool,
        })
    }

    /// Closes the pools, waiting for connections to finish.
    pub async fn close(&self) {
        self.writes.close().await;
        self.pool.close().await;
    }
}

/// Writes a consistent copy of a SQLite registry (registry, processing log and vault, one
/// file) to `out` while it may be in use (`VACUUM INTO`). PostgreSQL registries are backed
/// up with the server's own tools (`pg_dump`); `khien serve` re-applies the destructions
/// recorded outside the database when it starts, whatever restored it.
pub async fn backup_sqlite(url: &str, out: &std::path::Path) -> Result<(), OpenError> {
    let shown = redact_url(url);
    if Backend::of_url(url)? != Backend::Sqlite {
        return Err(OpenError::Connect {
            url: shown,
            reason: "only SQLite registries are backed up by Khiên; use pg_dump for PostgreSQL"
                .to_owned(),
        });
    }
    if out.exists() {
        return Err(OpenError::Connect {
            url: shown,
            reason: format!("{} already exists", out.display()),
        });
    }
    let store = SqliteStore::open(url, Migrations::Apply).await?;
    let target = out.to_string_lossy().into_owned();
    sqlx::query("VACUUM INTO $1")
        .bind(target)
        .execute(&store.pool)
        .await
        .map_err(|e| OpenError::Connect {
            url: shown,
            reason: e.to_string(),
        })?;
    store.close().await;
    Ok(())
}

pub use khien_domain::redact_url;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_redacted() {
        let cases = [
            (
                "postgres://u:secret@h:5432/db",
                "postgres://u:***@h:5432/db",
            ),
            ("postgres://u@h/db", "postgres://u@h/db"),
            ("postgres://h/db?password=secret", "postgres://h/db?***"),
            (
                "postgres://h/db?sslmode=require",
                "postgres://h/db?sslmode=require",
            ),
            (
                "postgres://u:p@h/db?password=x",
                "postgres://u:***@h/db?***",
            ),
            ("sqlite://data/khien.db", "sqlite://data/khien.db"),
        ];
        for (url, want) in cases {
            assert_eq!(redact_url(url), want);
        }
    }

    /// Every schema change is made on both backends: the two migration directories hold the
    /// same file names, and each file creates the same tables.
    #[test]
    fn migrations_exist_for_both_backends() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let list = |dir: &str| -> Vec<String> {
            let mut names: Vec<String> = std::fs::read_dir(root.join(dir))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            names
        };
        let sqlite = list("sqlite");
        assert!(!sqlite.is_empty());
        assert_eq!(sqlite, list("postgres"));
        let tables = |dir: &str, file: &str| -> Vec<String> {
            let text = std::fs::read_to_string(root.join(dir).join(file)).unwrap();
            let mut t: Vec<String> = text
                .lines()
                .filter_map(|l| l.trim().strip_prefix("CREATE TABLE "))
                .map(|l| l.split_whitespace().next().unwrap_or("").to_owned())
                .collect();
            t.sort();
            t
        };
        for f in &sqlite {
            assert_eq!(tables("sqlite", f), tables("postgres", f), "{f}");
        }
    }

    #[test]
    fn backends_are_named_by_url() {
        assert_eq!(Backend::of_url("sqlite://x.db").unwrap(), Backend::Sqlite);
        assert_eq!(
            Backend::of_url("postgresql://h/db").unwrap(),
            Backend::Postgres
        );
        assert!(Backend::of_url("mysql://h/db").is_err());
    }
}

/// Helpers for tests: throw-away databases on a PostgreSQL server.
#[cfg(feature = "testing")]
pub mod testing {
    use super::{Migrations, PgStore, redact_url};

    /// Raw access to a log's tables, for tests that tamper with them as an administrator with
    /// database access could.
    #[async_trait::async_trait]
    pub trait Tamper: Send + Sync {
        /// Opens the store's processing log.
        async fn open_log(
            &self,
            init: &crate::log::LogInit,
        ) -> Result<std::sync::Arc<crate::log::SqlLog>, khien_store::LogError>;
        /// Runs one statement; returns the rows affected.
        async fn exec(&self, sql: &str) -> Result<u64, String>;
        /// Runs one statement on the access history's database (SQLite: its own file;
        /// PostgreSQL: the registry's).
        async fn exec_history(&self, sql: &str) -> Result<u64, String>;
        /// A blob column of one row of the access history's database.
        async fn blob_history(&self, sql: &str) -> Result<Vec<u8>, String>;
        /// Removes the append-only triggers, as an administrator could.
        async fn drop_log_guards(&self) -> Result<(), String>;
        /// A blob column of one row: `SELECT <col> FROM <table> WHERE <cond>`.
        async fn blob(&self, sql: &str) -> Result<Vec<u8>, String>;
        /// Sets a blob: `sql` has one parameter, `$1`.
        async fn set_blob(&self, sql: &str, data: Vec<u8>) -> Result<u64, String>;
        /// What opening the store does after migrating: fills in missing folded names.
        async fn fold_asset_names(&self) -> Result<(), String>;
    }

    macro_rules! tamper_impl {
        ($store:ty, $open:ident, $history:ident, $guards:expr, $history_guards:expr) => {
            #[async_trait::async_trait]
            impl Tamper for $store {
                async fn open_log(
                    &self,
                    init: &crate::log::LogInit,
                ) -> Result<std::sync::Arc<crate::log::SqlLog>, khien_store::LogError> {
                    crate::log::SqlLog::$open(self, init).await
                }
                async fn exec(&self, sql: &str) -> Result<u64, String> {
                    sqlx::query(sql)
                        .execute(&self.pool)
                        .await
                        .map(|r| r.rows_affected())
                        .map_err(|e| e.to_string())
                }
                async fn exec_history(&self, sql: &str) -> Result<u64, String> {
                    sqlx::query(sql)
                        .execute(&self.$history)
                        .await
                        .map(|r| r.rows_affected())
                        .map_err(|e| e.to_string())
                }
                async fn blob_history(&self, sql: &str) -> Result<Vec<u8>, String> {
                    sqlx::query_scalar(sql)
                        .fetch_one(&self.$history)
                        .await
                        .map_err(|e| e.to_string())
                }
                async fn drop_log_guards(&self) -> Result<(), String> {
                    for sql in $guards {
                        self.exec(sql).await?;
                    }
                    for sql in $history_guards {
                        self.exec_history(sql).await?;
                    }
                    Ok(())
                }
                async fn blob(&self, sql: &str) -> Result<Vec<u8>, String> {
                    sqlx::query_scalar(sql)
                        .fetch_one(&self.pool)
                        .await
                        .map_err(|e| e.to_string())
                }
                async fn set_blob(&self, sql: &str, data: Vec<u8>) -> Result<u64, String> {
                    sqlx::query(sql)
                        .bind(data)
                        .execute(&self.pool)
                        .await
                        .map(|r| r.rows_affected())
                        .map_err(|e| e.to_string())
                }
                async fn fold_asset_names(&self) -> Result<(), String> {
                    crate::fold_asset_names!(&self.pool).map_err(|e| e.to_string())
                }
            }
        };
    }

    tamper_impl!(
        crate::SqliteStore,
        sqlite,
        history_writes,
        [
            "DROP TRIGGER log_bundles_append_only",
            "DROP TRIGGER log_bundle_parts_no_update",
            "DROP TRIGGER log_bundle_parts_folded",
            "DROP TRIGGER log_tiles_append_only",
            "DROP TRIGGER log_tiles_no_delete",
            "DROP TRIGGER log_checkpoints_no_update",
            "DROP TRIGGER log_checkpoints_no_delete",
            "DROP TRIGGER log_bundles_retention",
            "DROP TRIGGER log_state_monotonic",
        ],
        [
            "DROP TRIGGER log_access_no_update",
            "DROP TRIGGER log_access_retention",
        ]
    );
    tamper_impl!(
        crate::PgStore,
        postgres,
        pool,
        [
            "ALTER TABLE log_bundles DISABLE TRIGGER USER",
            "ALTER TABLE log_bundle_parts DISABLE TRIGGER USER",
            "ALTER TABLE log_tiles DISABLE TRIGGER USER",
            "ALTER TABLE log_checkpoints DISABLE TRIGGER USER",
            "ALTER TABLE log_state DISABLE TRIGGER USER",
            "ALTER TABLE log_access DISABLE TRIGGER USER",
        ],
        [] as [&str; 0]
    );

    /// A database created for one test on the server named by `KHIEN_TEST_POSTGRES_URL`, and
    /// dropped by [`TempPgDatabase::drop_now`].
    #[derive(Debug)]
    pub struct TempPgDatabase {
        admin_url: String,
        name: String,
        /// URL of the new database.
        pub url: String,
    }

    /// Appends already-encoded entries (the tamper suite writes bytes it made itself).
    pub async fn append_raw(
        log: &crate::log::SqlLog,
        entries: Vec<Vec<u8>>,
    ) -> Result<u64, khien_store::LogError> {
        log.append_raw(entries).await
    }

    /// The server for tests, from `KHIEN_TEST_POSTGRES_URL`, if one was given.
    pub fn postgres_server() -> Option<String> {
        std::env::var("KHIEN_TEST_POSTGRES_URL")
            .ok()
            .filter(|u| !u.is_empty())
    }

    impl TempPgDatabase {
        /// Creates an empty database with a random name on `admin_url`'s server.
        pub async fn create(admin_url: &str) -> Result<Self, String> {
            use rand::Rng as _;
            #[allow(
                clippy::disallowed_methods,
                reason = "a test database's name, not the application's randomness"
            )]
            let name = format!("khien_t_{:016x}", rand::thread_rng().r#gen::<u64>());
            let admin = sqlx::PgPool::connect(admin_url)
                .await
                .map_err(|e| format!("cannot reach {}: {e}", redact_url(admin_url)))?;
            let sql = format!("CREATE DATABASE {name}");
            sqlx::query(&sql)
                .execute(&admin)
                .await
                .map_err(|e| e.to_string())?;
            admin.close().await;
            let url = replace_database(admin_url, &name);
            Ok(Self {
                admin_url: admin_url.to_owned(),
                name,
                url,
            })
        }

        /// Opens the registry on this database, migrated.
        pub async fn open(&self) -> Result<PgStore, super::OpenError> {
            PgStore::open(&self.url, Migrations::Apply).await
        }

        /// Drops the database, closing any connection still open to it.
        pub async fn drop_now(self) -> Result<(), String> {
            let admin = sqlx::PgPool::connect(&self.admin_url)
                .await
                .map_err(|e| e.to_string())?;
            let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
            sqlx::query(&sql)
                .execute(&admin)
                .await
                .map_err(|e| e.to_string())?;
            admin.close().await;
            Ok(())
        }
    }

    fn replace_database(url: &str, name: &str) -> String {
        let (base, query) = match url.split_once('?') {
            Some((b, q)) => (b, Some(q)),
            None => (url, None),
        };
        let scheme_end = base.find("://").map_or(0, |i| i + 3);
        let base = match base[scheme_end..].find('/') {
            Some(i) => &base[..scheme_end + i],
            None => base,
        };
        match query {
            Some(q) => format!("{base}/{name}?{q}"),
            None => format!("{base}/{name}"),
        }
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn database_is_replaced_in_urls() {
            assert_eq!(
                super::replace_database("postgres://postgres@127.0.0.1:5432/postgres", "t1"),
                "postgres://postgres@127.0.0.1:5432/t1"
            );
            assert_eq!(
                super::replace_database("postgres://h:5432?sslmode=disable", "t1"),
                "postgres://h:5432/t1?sslmode=disable"
            );
        }
    }
}
