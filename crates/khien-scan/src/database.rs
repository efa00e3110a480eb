//! Databases as sources for the scanner: what tables and columns a database has, and a sample
//! of rows from each, read over a read-only connection.
//!
//! SQLite is opened read-only (`mode=ro`); PostgreSQL sessions start with
//! `default_transaction_read_only = on`; MySQL/MariaDB sessions run
//! `SET SESSION TRANSACTION READ ONLY` before anything else. Every value is read as text by
//! the database itself (`CAST`), so a table of any column types can be sampled; binary columns
//! are read as NULL (they are not text to look into), and text is cut to its first
//! [`MAX_CELL`] characters by the database, so a column of documents costs no more than one of
//! names.
//!
//! The sample is spread over the table rather than its first rows (which are often the oldest
//! or test rows): PostgreSQL samples pages (`TABLESAMPLE SYSTEM`) on tables larger than ten
//! samples, MySQL/MariaDB keep each row with the probability that gives the sample, SQLite
//! picks random rowids. Row counts are the databases' estimates (PostgreSQL's `reltuples`,
//! InnoDB's `table_rows`, SQLite's rowid range), never a `COUNT(*)` over a large table.
//! PostgreSQL and MySQL/MariaDB statements stop after [`STATEMENT_TIMEOUT_MS`].

use std::str::FromStr;

use sqlx::mysql::{MySqlConnectOptions, MySqlConnection};
use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{Connection, Row};

use khien_domain::redact_url;

/// Longest text read from one cell, in characters.
pub const MAX_CELL: u32 = 4096;

/// Longest a statement of the scanner may run on a database server.
pub const STATEMENT_TIMEOUT_MS: u32 = 30_000;

/// Tables with more rows than this many samples are sampled at random.
const SPREAD_OVER: f64 = 10.0;

/// A sample of one table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableSample {
    /// Schema, where the database has them (`None` for SQLite and for PostgreSQL's `public`).
    pub schema: Option<String>,
    /// Table name.
    pub name: String,
    /// Column names, in order.
    pub columns: Vec<String>,
    /// Sampled rows: one text value (or NULL) per column.
    pub rows: Vec<Vec<Option<String>>>,
    /// Rows in the table, as the database estimates them (exact for small SQLite tables),
    /// when known.
    pub row_count: Option<u64>,
}

impl TableSample {
    /// `schema.table`, or `table`.
    pub fn qualified_name(&self) -> String {
        match &self.schema {
            Some(s) => format!("{s}.{}", self.name),
            None => self.name.clone(),
        }
    }
}

/// A table that could not be sampled.
#[derive(Debug, Clone, PartialEq)]
pub struct TableError {
    /// `schema.table`.
    pub table: String,
    /// What went wrong.
    pub message: String,
}

/// Why a database could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// The URL names no database kind the scanner reads.
    #[error(
        "unsupported database URL `{0}`: expected sqlite://, postgres://, mysql:// or mariadb://"
    )]
    Unsupported(String),
    /// The connection failed.
    #[error("cannot connect to `{url}`: {reason}")]
    Connect {
        /// The URL without its password.
        url: String,
        /// What went wrong.
        reason: String,
    },
    /// Listing the tables failed.
    #[error("cannot list the tables of `{url}`: {reason}")]
    Introspect {
        /// The URL without its password.
        url: String,
        /// What went wrong.
        reason: String,
    },
}

/// Whether a string is a database URL the scanner reads.
pub fn is_database_url(s: &str) -> bool {
    [
        "sqlite:",
        "postgres://",
        "postgresql://",
        "mysql://",
        "mariadb://",
    ]
    .iter()
    .any(|p| s.starts_with(p))
}

/// Reads the tables of the database at `url` and up to `sample_rows` rows of each.
pub async fn sample_database(
    url: &str,
    sample_rows: u32,
) -> Result<Vec<Result<TableSample, TableError>>, SourceError> {
    let connect = |e: sqlx::Error| SourceError::Connect {
        url: redact_url(url),
        reason: e.to_string(),
    };
    let introspect = |e: sqlx::Error| SourceError::Introspect {
        url: redact_url(url),
        reason: e.to_string(),
    };
    let limit = i64::from(sample_rows);
    if url.starts_with("sqlite:") {
        let opts = SqliteConnectOptions::from_str(url)
            .map_err(connect)?
            .read_only(true)
            .create_if_missing(false);
        let mut c = SqliteConnection::connect_with(&opts)
            .await
            .map_err(connect)?;
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .fetch_all(&mut c)
        .await
        .map_err(introspect)?;
        let mut out = Vec::new();
        for t in tables {
            out.push(
                sqlite_table(&mut c, &t, limit)
                    .await
                    .map_err(|e| TableError {
                        table: t.clone(),
                        message: e.to_string(),
                    }),
            );
        }
        return Ok(out);
    }
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let opts = PgConnectOptions::from_str(url).map_err(connect)?.options([
            ("default_transaction_read_only", "on".to_owned()),
            ("statement_timeout", STATEMENT_TIMEOUT_MS.to_string()),
        ]);
        let mut c = PgConnection::connect_with(&opts).await.map_err(connect)?;
        let tables: Vec<(String, String)> = sqlx::query_as(
            "SELECT table_schema::text, table_name::text FROM information_schema.tables \
             WHERE table_type = 'BASE TABLE' \
               AND table_schema NOT IN ('pg_catalog', 'information_schema') \
               AND table_schema NOT LIKE 'pg_toast%' \
             ORDER BY 1, 2",
        )
        .fetch_all(&mut c)
        .await
        .map_err(introspect)?;
        let mut out = Vec::new();
        for (s, t) in tables {
            out.push(
                pg_table(&mut c, &s, &t, limit)
                    .await
                    .map_err(|e| TableError {
                        table: format!("{s}.{t}"),
                        message: e.to_string(),
                    }),
            );
        }
        return Ok(out);
    }
    if url.starts_with("mysql://") || url.starts_with("mariadb://") {
        let url_mysql = url.replacen("mariadb://", "mysql://", 1);
        let opts = MySqlConnectOptions::from_str(&url_mysql).map_err(connect)?;
        let mut c = MySqlConnection::connect_with(&opts)
            .await
            .map_err(connect)?;
        sqlx::query("SET SESSION TRANSACTION READ ONLY")
            .execute(&mut c)
            .await
            .map_err(connect)?;
        // MariaDB counts seconds, MySQL milliseconds; each ignores the other's variable.
        let _ = sqlx::query(&format!(
            "SET SESSION max_statement_time = {}",
            STATEMENT_TIMEOUT_MS / 1000
        ))
        .execute(&mut c)
        .await;
        let _ = sqlx::query(&format!(
            "SET SESSION max_execution_time = {STATEMENT_TIMEOUT_MS}"
        ))
        .execute(&mut c)
        .await;
        let tables: Vec<(String, String)> = sqlx::query_as(
            "SELECT CAST(table_schema AS CHAR), CAST(table_name AS CHAR) FROM information_schema.tables \
             WHERE table_type = 'BASE TABLE' AND table_schema = DATABASE() ORDER BY 2",
        )
        .fetch_all(&mut c)
        .await
        .map_err(introspect)?;
        let mut out = Vec::new();
        for (s, t) in tables {
            out.push(
                mysql_table(&mut c, &s, &t, limit)
                    .await
                    .map_err(|e| TableError {
                        table: t.clone(),
                        message: e.to_string(),
                    }),
            );
        }
        return Ok(out);
    }
    Err(SourceError::Unsupported(redact_url(url)))
}

/// `"name"` with inner quotes doubled (SQLite, PostgreSQL).
fn dq(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `` `name` `` with inner backticks doubled (MySQL).
fn bq(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

fn text_rows<R: Row>(rows: &[R], width: usize) -> Vec<Vec<Option<String>>>
where
    for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    usize: sqlx::ColumnIndex<R>,
{
    rows.iter()
        .map(|r| {
            (0..width)
                .map(|i| r.try_get::<Option<String>, usize>(i).ok().flatten())
                .collect()
        })
        .collect()
}

async fn sqlite_table(
    c: &mut SqliteConnection,
    table: &str,
    limit: i64,
) -> Result<TableSample, sqlx::Error> {
    let cols: Vec<(String, String)> =
        sqlx::query_as("SELECT name, type FROM pragma_table_info($1) ORDER BY cid")
            .bind(table)
            .fetch_all(&mut *c)
            .await?;
    let columns: Vec<String> = cols.iter().map(|(n, _)| n.clone()).collect();
    // The rowid range estimates the rows (exact unless rows were deleted) at the cost of two
    // index lookups; a table without rowid is counted.
    let range: Result<(Option<i64>, Option<i64>), sqlx::Error> =
        sqlx::query_as(&format!("SELECT MIN(rowid), MAX(rowid) FROM {}", dq(table)))
            .fetch_one(&mut *c)
            .await;
    let (estimate, has_rowid) = match range {
        Ok((Some(lo), Some(hi))) => (Some(u64::try_from(hi - lo + 1).unwrap_or(0)), true),
        Ok(_) => (Some(0), true),
        Err(_) => {
            let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {}", dq(table)))
                .fetch_one(&mut *c)
                .await?;
            (u64::try_from(n).ok(), false)
        }
    };
    let mut rows = Vec::new();
    if !columns.is_empty() {
        let select: Vec<String> = columns
            .iter()
            .map(|n| {
                let q = dq(n);
                format!(
                    "CASE WHEN typeof({q}) = 'blob' THEN NULL ELSE substr(CAST({q} AS TEXT), 1, {MAX_CELL}) END"
                )
            })
            .collect();
        let spread = has_rowid && estimate.is_some_and(|e| e as f64 > SPREAD_OVER * limit as f64);
        let sql = if spread {
            format!(
                "SELECT {} FROM {t} WHERE rowid IN (SELECT rowid FROM {t} ORDER BY random() LIMIT $1)",
                select.join(", "),
                t = dq(table)
            )
        } else {
            format!("SELECT {} FROM {} LIMIT $1", select.join(", "), dq(table))
        };
        let fetched = sqlx::query(&sql).bind(limit).fetch_all(&mut *c).await?;
        rows = text_rows(&fetched, columns.len());
    }
    Ok(TableSample {
        schema: None,
        name: table.to_owned(),
        columns,
        row_count: estimate.map(|e| e.max(rows.len() as u64)),
        rows,
    })
}

async fn pg_table(
    c: &mut PgConnection,
    schema: &str,
    table: &str,
    limit: i64,
) -> Result<TableSample, sqlx::Error> {
    let cols: Vec<(String, String)> = sqlx::query_as(
        "SELECT column_name::text, data_type::text FROM information_schema.columns \
         WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position",
    )
    .bind(schema)
    .bind(table)
    .fetch_all(&mut *c)
    .await?;
    let columns: Vec<String> = cols.iter().map(|(n, _)| n.clone()).collect();
    let qualified = format!("{}.{}", dq(schema), dq(table));
    let estimate: Option<f32> = sqlx::query_scalar(
        "SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = $1 AND c.relname = $2",
    )
    .bind(schema)
    .bind(table)
    .fetch_optional(&mut *c)
    .await?;
    let mut rows = Vec::new();
    if !columns.is_empty() {
        let select: Vec<String> = cols
            .iter()
            .map(|(n, ty)| {
                if ty == "bytea" {
                    "NULL::text".to_owned()
                } else {
                    format!("left({}::text, {MAX_CELL})", dq(n))
                }
            })
            .collect();
        // Pages sampled at random, three times as many as the sample needs, on large tables.
        let sample = match estimate {
            Some(e) if f64::from(e) > SPREAD_OVER * limit as f64 => {
                let pct = (300.0 * limit as f64 / f64::from(e)).clamp(0.01, 100.0);
                format!(" TABLESAMPLE SYSTEM ({pct:.4})")
            }
            _ => String::new(),
        };
        let sql = format!(
            "SELECT {} FROM {qualified}{sample} LIMIT $1",
            select.join(", ")
        );
        let fetched = sqlx::query(&sql).bind(limit).fetch_all(&mut *c).await?;
        rows = text_rows(&fetched, columns.len());
    }
    // reltuples is -1 for a table never analysed: then the sample tells at least that many.
    let row_count = match estimate {
        Some(e) if e >= 0.0 => Some((e as u64).max(rows.len() as u64)),
        _ => None,
    };
    Ok(TableSample {
        schema: (schema != "public").then(|| schema.to_owned()),
        name: table.to_owned(),
        columns,
        rows,
        row_count,
    })
}

async fn mysql_table(
    c: &mut MySqlConnection,
    schema: &str,
    table: &str,
    limit: i64,
) -> Result<TableSample, sqlx::Error> {
    let cols: Vec<(String, String)> = sqlx::query_as(
        "SELECT CAST(column_name AS CHAR), CAST(data_type AS CHAR) FROM information_schema.columns \
         WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position",
    )
    .bind(schema)
    .bind(table)
    .fetch_all(&mut *c)
    .await?;
    let columns: Vec<String> = cols.iter().map(|(n, _)| n.clone()).collect();
    // InnoDB's estimate (exact for MyISAM); a small table is counted.
    let estimate: Option<u64> = sqlx::query_scalar(
        "SELECT CAST(table_rows AS UNSIGNED) FROM information_schema.tables \
         WHERE table_schema = ? AND table_name = ?",
    )
    .bind(schema)
    .bind(table)
    .fetch_optional(&mut *c)
    .await?
    .flatten();
    let small = estimate.is_none_or(|e| e as f64 <= SPREAD_OVER * limit as f64);
    let estimate = if small {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {}", bq(table)))
            .fetch_one(&mut *c)
            .await?;
        u64::try_from(n).ok()
    } else {
        estimate
    };
    let mut rows = Vec::new();
    if !columns.is_empty() {
        let select: Vec<String> = cols
            .iter()
            .map(|(n, ty)| {
                if ty.contains("blob") || ty.contains("binary") {
                    "CAST(NULL AS CHAR)".to_owned()
                } else {
                    format!(
                        "LEFT(CAST({} AS CHAR CHARACTER SET utf8mb4), {MAX_CELL})",
                        bq(n)
                    )
                }
            })
            .collect();
        // Each row kept with three times the probability the sample needs: spread over the
        // table without sorting it.
        let filter = match estimate {
            Some(e) if !small && e > 0 => {
                let p = (3.0 * limit as f64 / e as f64).min(1.0);
                format!(" WHERE RAND() < {p:.6}")
            }
            _ => String::new(),
        };
        let sql = format!(
            "SELECT {} FROM {}{filter} LIMIT ?",
            select.join(", "),
            bq(table)
        );
        let fetched = sqlx::query(&sql).bind(limit).fetch_all(&mut *c).await?;
        rows = text_rows(&fetched, columns.len());
    }
    Ok(TableSample {
        schema: None,
        name: table.to_owned(),
        columns,
        row_count: estimate.map(|e| e.max(rows.len() as u64)),
        rows,
    })
}
