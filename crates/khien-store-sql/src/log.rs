//! The processing log on SQLite and PostgreSQL: entry bundles, hash tiles and every signed
//! checkpoint, and the sequencer that gathers concurrent appends into one durable
//! transaction (group commit).
//!
//! Durability: an append is acknowledged only after the transaction holding its entries, the
//! tiles, the new checkpoint and the new state has committed (PostgreSQL's commit, SQLite's
//! WAL with `synchronous=FULL`). A crash at any moment leaves either the whole batch or none
//! of it, so the stored log always verifies and no acknowledged entry is lost.
//!
//! Several processes may append to one database (`khien serve` and `khien log append`): each
//! batch locks the state row first and rebuilds its in-memory edge when another process has
//! grown the tree since.
//!
//! The access history (`log_access`, who did what to which asset or data subject) is derived
//! from the entries: an indexer writes its rows a little after each commit, in transactions of
//! its own, and a history query first reads back from the bundles whatever it has not written
//! yet, so every durable entry is in every answer. On SQLite the history is a database of its
//! own beside the registry (`<file>-history`): its indexes (a page written per row, in no
//! order of the file) held the one writer every append waits for. It is not in backups; at
//! opening it is checked against the log (same log key, same leaf hash at its newest row) and
//! rebuilt from the bundles when it was not derived from this log or is behind it.

use std::sync::{Arc, Mutex};

use khien_log::event::{Action, Actor, ActorKind, Entry};
use khien_log::keys::{LogKey, PseudonymKey, Verified, Verifier};
use khien_log::prove::{ProveError, TileSet};
use khien_log::receipt::Receipt;
use khien_log::tiles::{TilePath, bundle_prefix, push_entry, split_bundle};
use khien_log::tree::{Edge, edge_tiles};
use khien_log::verify::{Claims, Replay, Report};
use khien_log::{Hash, TILE_WIDTH, leaf_hash, retention};
use khien_store::{Epochs, LogError};
use sqlx::postgres::PgPool;
use sqlx::sqlite::SqlitePool;
use time::OffsetDateTime;
use tokio::sync::{mpsc, oneshot};

/// What a new log is created with (ignored when the database already has a log), and
/// where its secret keys are kept.
#[derive(Debug, Clone)]
pub struct LogInit {
    /// The log's origin (checkpoint first line, key name), e.g. `khien.example.vn/log`.
    pub origin: String,
    /// Seed of the Ed25519 checkpoint key (randomness from the caller).
    pub seed: [u8; 32],
    /// The pseudonym key (randomness from the caller).
    pub pseudonym_key: [u8; 32],
    /// Now.
    pub now: OffsetDateTime,
    /// Where the secret keys live, outside the database.
    pub keys: std::sync::Arc<dyn KeyStore>,
}

/// A log's secret keys: the checkpoint signer and the pseudonym key.
#[derive(Clone)]
pub struct LogSecrets {
    /// The signed-note signer key (`PRIVATE+KEY+…`).
    pub signing_key: String,
    /// The pseudonym key (organisations' keys are derived from it).
    pub pseudonym_key: [u8; 32],
}

impl std::fmt::Debug for LogSecrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LogSecrets(<redacted>)")
    }
}

/// Where a log's secret keys are kept, outside the database (issue 13): whoever holds the
/// database alone can neither sign a checkpoint nor work out whose pseudonym is whose. The
/// database keeps only the public verifier key, by which the secrets are found.
pub trait KeyStore: Send + Sync + std::fmt::Debug + 'static {
    /// The secrets of the log whose verifier key is `verifier`, when kept here.
    fn load(&self, verifier: &str) -> Result<Option<LogSecrets>, String>;
    /// Keeps the secrets of a new log; called before the log's first row is written.
    fn save(&self, verifier: &str, secrets: &LogSecrets) -> Result<(), String>;
}

/// Keys kept in memory, for tests and throw-away logs.
#[derive(Debug, Default)]
pub struct MemoryKeys(std::sync::Mutex<std::collections::HashMap<String, LogSecrets>>);

impl KeyStore for MemoryKeys {
    fn load(&self, verifier: &str) -> Result<Option<LogSecrets>, String> {
        let m = self.0.lock().map_err(|_| "key store poisoned".to_owned())?;
        Ok(m.get(verifier).cloned())
    }
    fn save(&self, verifier: &str, secrets: &LogSecrets) -> Result<(), String> {
        let mut m = self.0.lock().map_err(|_| "key store poisoned".to_owned())?;
        m.insert(verifier.to_owned(), secrets.clone());
        Ok(())
    }
}

/// Entries indexed into the access history per transaction when catching up (at opening, or
/// before a history query).
const REINDEX_ROWS: u64 = 16 * TILE_WIDTH;

/// How long the indexer gathers committed batches before it writes them (one transaction of
/// the access history's database for all of them).
const INDEX_GATHER: std::time::Duration = std::time::Duration::from_millis(20);

/// Most entries the indexer writes in one transaction.
const INDEX_MAX_ROWS: usize = 8_192;

/// Committed batches waiting for the indexer. When it falls behind, the sequencer drops what
/// does not fit (it never waits for the history) and the indexer reads those entries back from
/// the bundles.
const INDEX_QUEUE: usize = 1_024;

/// The schema of the SQLite access history's own database (`PRAGMA user_version`
/// [`HISTORY_VERSION`]). The rows are derived from the log's entries; the state row says from
/// which log (its verifier key), up to which entry (`last_idx`, with that entry's leaf hash,
/// so that a history kept beside an older or another copy of the log is noticed and rebuilt),
/// and below which bundle the retention period removed them. The guards are those of the
/// history in the registry before (migrations 0008 and 0009).
const HISTORY_SCHEMA: &str = "\
CREATE TABLE IF NOT EXISTS history_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    log_key        TEXT NOT NULL,
    pruned_bundles INTEGER NOT NULL,
    last_idx       INTEGER,
    last_leaf      BLOB
);
CREATE TABLE IF NOT EXISTS log_access (
    idx        BIGINT PRIMARY KEY,
    org_id     BLOB,
    at         BIGINT NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id   TEXT NOT NULL,
    action     TEXT NOT NULL,
    denied     BOOLEAN NOT NULL,
    asset_id   BLOB,
    subject    TEXT,
    detail     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS log_access_org ON log_access (org_id, idx);
CREATE INDEX IF NOT EXISTS log_access_actor ON log_access (org_id, actor_id, idx);
CREATE INDEX IF NOT EXISTS log_access_asset ON log_access (org_id, asset_id, idx) WHERE asset_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS log_access_subject ON log_access (org_id, subject, idx) WHERE subject IS NOT NULL;
CREATE TRIGGER IF NOT EXISTS log_access_no_update BEFORE UPDATE ON log_access
BEGIN SELECT RAISE(ABORT, 'the access history is append-only'); END;
CREATE TRIGGER IF NOT EXISTS log_access_no_replace BEFORE INSERT ON log_access
WHEN EXISTS (SELECT 1 FROM log_access WHERE idx = NEW.idx)
BEGIN SELECT RAISE(ABORT, 'the access history is append-only'); END;
CREATE TRIGGER IF NOT EXISTS log_access_retention BEFORE DELETE ON log_access
WHEN OLD.idx >= 256 * (SELECT pruned_bundles FROM history_state WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'the access history is removed only after the retention period'); END;
CREATE TRIGGER IF NOT EXISTS history_state_forward BEFORE UPDATE ON history_state
WHEN NEW.log_key IS NOT OLD.log_key OR NEW.pruned_bundles < OLD.pruned_bundles
  OR NEW.last_idx < OLD.last_idx
BEGIN SELECT RAISE(ABORT, 'the access history only goes forward'); END;
CREATE TRIGGER IF NOT EXISTS history_state_no_delete BEFORE DELETE ON history_state
BEGIN SELECT RAISE(ABORT, 'the access history state is never deleted'); END;
CREATE TRIGGER IF NOT EXISTS history_state_no_replace BEFORE INSERT ON history_state
WHEN EXISTS (SELECT 1 FROM history_state)
BEGIN SELECT RAISE(ABORT, 'the access history state is never replaced'); END;
PRAGMA user_version = 1;
";

/// The version [`HISTORY_SCHEMA`] sets; a history database of another version is rebuilt.
const HISTORY_VERSION: i64 = 1;

/// What empties the SQLite access history before it is rebuilt (dropping a table drops its
/// triggers with it and fires none).
const HISTORY_WIPE: &str = "DROP TABLE IF EXISTS log_access; DROP TABLE IF EXISTS history_state; \
    PRAGMA user_version = 0;";

/// Largest number of entries committed in one transaction.
const MAX_BATCH: usize = 16_384;

/// How many times the sequencer lets other tasks run to gather a batch (see `sequencer`).
const GATHER_YIELDS: u32 = 2;

/// The stored state of the log.
#[derive(Debug, Clone)]
pub struct LogState {
    /// Entries.
    pub size: u64,
    /// The current signed checkpoint.
    pub checkpoint: String,
    /// Bundles removed under the retention period.
    pub pruned_bundles: u64,
    /// The retention period, in months.
    pub retention_months: u32,
}

/// What a retention pass removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pruned {
    /// Entries removed (in whole bundles of 256).
    pub entries: u64,
    /// The index of the retention event recording it, when anything was removed.
    pub event: Option<u64>,
}

#[derive(Debug, Clone)]
enum Db {
    Sqlite(SqlitePool),
    Pg(PgPool),
}

/// The right edge and the partial bundle, valid while the stored size equals `edge.size()`.
#[derive(Debug)]
struct Cached {
    edge: Edge,
    bundle: Vec<u8>,
}

/// Where the first index of an append goes once it is durable.
/// The first index of an append, and the registry's access epoch read in its transaction.
type Reply = oneshot::Sender<Result<(u64, Epochs), LogError>>;

/// Entries the sequencer committed, from index `.0`, for the indexer.
type Committed = (u64, Vec<Vec<u8>>);

enum Job {
    Append {
        entries: Vec<Vec<u8>>,
        reply: Reply,
    },
    Prune {
        now: OffsetDateTime,
        reply: oneshot::Sender<Result<Pruned, LogError>>,
    },
}

/// The processing log of one database.
pub struct SqlLog {
    db: Db,
    /// Where write transactions go (the store's queue of writers).
    writes: Db,
    /// The access history's database (SQLite: its own; PostgreSQL: the registry's), readers
    /// and writer.
    hist: Db,
    hist_writes: Db,
    key: Arc<LogKey>,
    pseudonyms: PseudonymKey,
    jobs: mpsc::Sender<Job>,
    tiles: Mutex<TileSet>,
}

impl std::fmt::Debug for SqlLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqlLog")
            .field("origin", &self.key.origin())
            .finish_non_exhaustive()
    }
}

fn be(e: sqlx::Error) -> LogError {
    LogError::Backend(e.to_string())
}

fn corrupt(what: impl Into<String>) -> LogError {
    LogError::Corrupt(what.into())
}

fn to_i64(v: u64) -> Result<i64, LogError> {
    i64::try_from(v).map_err(|_| corrupt("index out of range"))
}

fn to_u64(v: i64) -> Result<u64, LogError> {
    u64::try_from(v).map_err(|_| corrupt("negative index stored"))
}

fn hash_of(bytes: &[u8]) -> Result<Hash, LogError> {
    let arr: [u8; 32] = bytes
        .try_into()
        .map_err(|_| corrupt("stored root is not 32 bytes"))?;
    Ok(Hash(arr))
}

/// One row of the access history, derived from an entry.
struct AccessRow {
    idx: i64,
    org_id: Option<uuid::Uuid>,
    at_us: i64,
    actor_kind: String,
    actor_id: String,
    action: String,
    denied: bool,
    asset_id: Option<uuid::Uuid>,
    subject: Option<String>,
    detail: String,
}

/// A bundle's stored pieces, in order: its row in `log_bundles` (`k` 0), then its parts (`k`
/// 1) by their first entry. Read by one statement ([`BUNDLE_SQL`]).
type BundlePiece = (i32, i32, i32, Vec<u8>);

/// Bundle `n` as stored, in one statement: its row in `log_bundles` (a full bundle, or the
/// beginning of one written before parts existed), then its parts (migration 0016).
const BUNDLE_SQL: &str = "SELECT 0 AS k, 0 AS first, width, data FROM log_bundles WHERE n = $1 \
     UNION ALL SELECT 1 AS k, first, width, data FROM log_bundle_parts WHERE n = $1 \
     ORDER BY 1, 2";

/// Joins a bundle's pieces: `None` when it has none; an error when they do not follow each
/// other (a part that does not start where the bundle stands, or one past a full bundle).
fn assemble(n: u64, pieces: Vec<BundlePiece>) -> Result<Option<(u64, Vec<u8>)>, LogError> {
    let mut width: Option<i32> = None;
    let mut data = Vec::new();
    for (k, first, w, d) in pieces {
        let at = width.unwrap_or(0);
        if (k == 1 && first != at) || w <= at || w > 256 {
            return Err(corrupt(format!(
                "entry bundle {n}: its parts do not follow each other"
            )));
        }
        width = Some(w);
        if data.is_empty() {
            data = d;
        } else {
            data.extend_from_slice(&d);
        }
    }
    width
        .map(|w| Ok((u64::try_from(w).map_err(|_| corrupt("width"))?, data)))
        .transpose()
}

/// The first entry the access history lacks: the one after its newest row (`MAX(idx)`), or
/// the first entry kept under the retention period when that is later.
fn history_next(newest: Option<i64>, pruned_bundles: u64) -> Result<u64, LogError> {
    let after = match newest {
        Some(i) => to_u64(i)? + 1,
        None => 0,
    };
    Ok(after.max(pruned_bundles * TILE_WIDTH))
}

/// A serde enum's wire name (`snake_case`).
fn wire_name<T: serde::Serialize>(v: &T) -> Result<String, LogError> {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => Ok(s),
        _ => Err(corrupt("an enumeration without a name")),
    }
}

fn micros(t: OffsetDateTime) -> Result<i64, LogError> {
    i64::try_from(t.unix_timestamp_nanos() / 1000).map_err(|_| corrupt("instant out of range"))
}

/// The access history's row of entry `idx`.
fn access_row(idx: u64, bytes: &[u8]) -> Result<AccessRow, LogError> {
    let e = Entry::decode(bytes).map_err(|e| corrupt(e.to_string()))?;
    let mut detail = match serde_json::to_value(&e) {
        Ok(serde_json::Value::Object(m)) => m,
        _ => return Err(corrupt("an entry that is not an object")),
    };
    for k in [
        "v", "at", "org_id", "actor", "action", "asset_id", "subject",
    ] {
        detail.remove(k);
    }
    // The entry's free `details` (the use case, the door, the policies, ...) are read at the
    // same level as its fields; a field of the entry wins over a detail of the same name.
    if let Some(serde_json::Value::Object(inner)) = detail.remove("details") {
        for (k, v) in inner {
            detail.entry(k).or_insert(v);
        }
    }
    Ok(AccessRow {
        idx: to_i64(idx)?,
        org_id: e.org_id,
        at_us: micros(e.at)?,
        actor_kind: wire_name(&e.actor.kind)?,
        actor_id: e.actor.id,
        action: wire_name(&e.action)?,
        denied: e.outcome == khien_log::event::Outcome::Denied,
        asset_id: e.asset_id,
        subject: e.subject,
        detail: serde_json::Value::Object(detail).to_string(),
    })
}

type HistoryRow = (
    i64,
    i64,
    String,
    String,
    String,
    bool,
    Option<uuid::Uuid>,
    Option<String>,
    String,
);

fn history_entry(r: HistoryRow) -> Result<khien_store::HistoryEntry, LogError> {
    let (idx, at_us, kind, id, action, denied, asset, subject, detail) = r;
    let parse = |v: serde_json::Value| corrupt(format!("access history row {idx}: {v}"));
    let kind = serde_json::from_value(serde_json::Value::String(kind.clone()))
        .map_err(|_| parse(kind.into()))?;
    let action = serde_json::from_value(serde_json::Value::String(action.clone()))
        .map_err(|_| parse(action.into()))?;
    let detail = match serde_json::from_str(&detail) {
        Ok(serde_json::Value::Object(m)) => m,
        _ => return Err(parse("detail".into())),
    };
    Ok(khien_store::HistoryEntry {
        index: to_u64(idx)?,
        at: OffsetDateTime::from_unix_timestamp_nanos(i128::from(at_us) * 1000)
            .map_err(|_| corrupt("instant out of range"))?,
        actor: Actor { kind, id },
        action,
        denied,
        asset_id: asset.map(khien_domain::AssetId::from_uuid),
        subject,
        detail,
    })
}

/// The WHERE clause of a history query, with `$n` placeholders numbered in the order
/// [`bind_history!`] binds them.
fn history_sql(q: &khien_store::HistoryQuery) -> String {
    let mut sql = String::from(
        "SELECT idx, at, actor_kind, actor_id, action, denied, asset_id, subject, detail \
         FROM log_access WHERE org_id = $1",
    );
    let mut n = 1;
    let mut add = |cond: &str| {
        n += 1;
        sql.push_str(&format!(" AND {cond} ${n}"));
    };
    if q.actor.is_some() {
        add("actor_id =");
    }
    if q.asset.is_some() {
        add("asset_id =");
    }
    if q.subject.is_some() {
        add("subject =");
    }
    if q.action.is_some() {
        add("action =");
    }
    if q.denied.is_some() {
        add("denied =");
    }
    if q.from.is_some() {
        add("at >=");
    }
    if q.to.is_some() {
        add("at <");
    }
    if q.before.is_some() {
        add("idx <");
    }
    n += 1;
    sql.push_str(&format!(" ORDER BY idx DESC LIMIT ${n}"));
    sql
}

/// The SQL of the log, written once and expanded for each backend.
macro_rules! log_sql {
    (
        $module:ident,
        $pool:ty,
        $db:ty,
        $begin_write:literal,
        $begin_read:literal,
        $epochs_apart:literal,
        $apart:literal,
        $mark_sql:literal,
        $lock_history:literal
    ) => {
        mod $module {
            use super::*;

            type Tx<'a> = sqlx::Transaction<'a, $db>;

            pub(super) async fn init(
                pool: &$pool,
                init: &LogInit,
            ) -> Result<(LogKey, PseudonymKey), LogError> {
                let mut tx = pool.begin_with($begin_write).await.map_err(be)?;
                let row: Option<(String, Vec<u8>)> = sqlx::query_as(
                    "SELECT signing_key, pseudonym_key FROM log_keys WHERE id = 1",
                )
                .fetch_optional(&mut *tx)
                .await
                .map_err(be)?;
                let (key, pk) = match row {
                    // Logs made before issue 13 kept their secrets in the row; they still
                    // open, and say so.
                    Some((skey, pk)) if LogKey::parse(&skey).is_ok() => {
                        tracing::warn!(
                            "the processing log's secret keys are in its database (a log made \
                             before key files); anyone with the database can sign checkpoints"
                        );
                        let key = LogKey::parse(&skey).map_err(|e| corrupt(e.to_string()))?;
                        let pk: [u8; 32] = pk
                            .try_into()
                            .map_err(|_| corrupt("pseudonym key is not 32 bytes"))?;
                        (key, pk)
                    }
                    Some((vkey, _)) => {
                        let secrets = init
                            .keys
                            .load(&vkey)
                            .map_err(LogError::Keys)?
                            .ok_or_else(|| {
                                LogError::Keys(format!(
                                    "the secret keys of the log with verifier key {vkey} are not in the key store"
                                ))
                            })?;
                        let key = LogKey::parse(&secrets.signing_key)
                            .map_err(|e| LogError::Keys(e.to_string()))?;
                        if key.verifier_key() != vkey {
                            return Err(LogError::Keys(
                                "the key store's signing key does not match the log's verifier key".to_owned(),
                            ));
                        }
                        (key, secrets.pseudonym_key)
                    }
                    None => {
                        let key = LogKey::from_seed(&init.origin, init.seed)
                            .map_err(|e| LogError::Entry(e.to_string()))?;
                        // The secrets go to the key store first: a log is never left
                        // without its keys.
                        init.keys
                            .save(
                                key.verifier_key(),
                                &LogSecrets {
                                    signing_key: key.secret().to_owned(),
                                    pseudonym_key: init.pseudonym_key,
                                },
                            )
                            .map_err(LogError::Keys)?;
                        // The row keeps the public verifier key only.
                        sqlx::query(
                            "INSERT INTO log_keys (id, origin, signing_key, pseudonym_key, created_at) \
                             VALUES (1, $1, $2, $3, $4)",
                        )
                        .bind(key.origin())
                        .bind(key.verifier_key())
                        .bind(Vec::<u8>::new())
                        .bind(init.now)
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                        let root = tlog_tiles::EMPTY_HASH;
                        let cp = key
                            .sign_checkpoint(0, root)
                            .map_err(|e| LogError::Entry(e.to_string()))?;
                        sqlx::query(
                            "INSERT INTO log_state (id, size, root, checkpoint) VALUES (1, 0, $1, $2)",
                        )
                        .bind(root.0.to_vec())
                        .bind(&cp)
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                        sqlx::query(
                            "INSERT INTO log_checkpoints (size, note, created_at) VALUES (0, $1, $2)",
                        )
                        .bind(&cp)
                        .bind(init.now)
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                        (key, init.pseudonym_key)
                    }
                };
                tx.commit().await.map_err(be)?;
                Ok((key, PseudonymKey::new(pk)))
            }

            /// Locks the state row and returns `(size, pruned_bundles, retention_months)`.
            async fn lock_state(tx: &mut Tx<'_>) -> Result<(u64, u64, u32), LogError> {
                let (size, pruned, months): (i64, i64, i32) = sqlx::query_as(
                    "UPDATE log_state SET size = size WHERE id = 1 \
                     RETURNING size, pruned_bundles, retention_months",
                )
                .fetch_one(&mut **tx)
                .await
                .map_err(be)?;
                Ok((
                    to_u64(size)?,
                    to_u64(pruned)?,
                    u32::try_from(months).map_err(|_| corrupt("retention months"))?,
                ))
            }

            async fn load_edge(tx: &mut Tx<'_>, size: u64) -> Result<Cached, LogError> {
                let mut stored = Vec::new();
                for (level, n, _) in edge_tiles(size) {
                    let data: Option<Vec<u8>> =
                        sqlx::query_scalar("SELECT data FROM log_tiles WHERE level = $1 AND n = $2")
                            .bind(i32::from(level))
                            .bind(to_i64(n)?)
                            .fetch_optional(&mut **tx)
                            .await
                            .map_err(be)?;
                    let data = data.ok_or_else(|| corrupt(format!("hash tile {level}/{n} missing")))?;
                    stored.push((level, n, data));
                }
                let refs: Vec<(u8, u64, &[u8])> =
                    stored.iter().map(|(l, n, d)| (*l, *n, d.as_slice())).collect();
                let edge = Edge::from_tiles(size, &refs).map_err(|e| corrupt(e.to_string()))?;
                let bundle = if size.is_multiple_of(TILE_WIDTH) {
                    Vec::new()
                } else {
                    let n = size / TILE_WIDTH;
                    let pieces: Vec<BundlePiece> = sqlx::query_as(BUNDLE_SQL)
                        .bind(to_i64(n)?)
                        .fetch_all(&mut **tx)
                        .await
                        .map_err(be)?;
                    match assemble(n, pieces)? {
                        Some((w, data)) if w == size % TILE_WIDTH => data,
                        _ => return Err(corrupt(format!("entry bundle {n} missing or of the wrong width"))),
                    }
                };
                Ok(Cached { edge, bundle })
            }

            async fn insert_access(tx: &mut Tx<'_>, rows: &[AccessRow]) -> Result<(), LogError> {
                // Many rows per statement: one statement per row made group commit pay a
                // round trip per entry (10 parameters a row, well under either backend's
                // limit of bound parameters).
                for chunk in rows.chunks(256) {
                    let mut q = sqlx::QueryBuilder::<$db>::new(
                        "INSERT INTO log_access (idx, org_id, at, actor_kind, actor_id, action, \
                         denied, asset_id, subject, detail) ",
                    );
                    q.push_values(chunk, |mut b, r| {
                        b.push_bind(r.idx)
                            .push_bind(r.org_id)
                            .push_bind(r.at_us)
                            .push_bind(r.actor_kind.clone())
                            .push_bind(r.actor_id.clone())
                            .push_bind(r.action.clone())
                            .push_bind(r.denied)
                            .push_bind(r.asset_id)
                            .push_bind(r.subject.clone())
                            .push_bind(r.detail.clone());
                    });
                    q.build().execute(&mut **tx).await.map_err(be)?;
                }
                Ok(())
            }

            /// The log's size and the bundles removed under the retention period.
            async fn log_edge(log: &$pool) -> Result<(u64, u64), LogError> {
                let (size, pruned): (i64, i64) =
                    sqlx::query_as("SELECT size, pruned_bundles FROM log_state WHERE id = 1")
                        .fetch_one(log)
                        .await
                        .map_err(be)?;
                Ok((to_u64(size)?, to_u64(pruned)?))
            }

            /// The access history's newest row and the bundles removed from it, as `tx`
            /// (holding the history's write lock) sees them.
            async fn history_mark(tx: &mut Tx<'_>) -> Result<(Option<i64>, u64), LogError> {
                let (newest, pruned): (Option<i64>, i64) = sqlx::query_as($mark_sql)
                    .fetch_one(&mut **tx)
                    .await
                    .map_err(be)?;
                Ok((newest, to_u64(pruned)?))
            }

            /// A write transaction on the access history, holding its write lock (SQLite:
            /// `BEGIN IMMEDIATE` on its one writer; PostgreSQL: a table lock that readers pass),
            /// so that two indexers never compute the same next row.
            async fn history_tx(hist: &$pool) -> Result<Tx<'_>, LogError> {
                let mut tx = hist.begin_with($begin_write).await.map_err(be)?;
                if !$lock_history.is_empty() {
                    sqlx::query($lock_history)
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                }
                Ok(tx)
            }

            /// The access history rows of entries `from..to`, read back from the log's
            /// bundles, with the last one's leaf hash.
            async fn rows_from_log(
                log: &$pool,
                from: u64,
                to: u64,
            ) -> Result<(Vec<AccessRow>, Option<(u64, Hash)>), LogError> {
                let mut rows = Vec::new();
                let mut last = None;
                let mut n = from / TILE_WIDTH;
                while n * TILE_WIDTH < to {
                    let pieces: Vec<BundlePiece> = sqlx::query_as(BUNDLE_SQL)
                        .bind(to_i64(n)?)
                        .fetch_all(log)
                        .await
                        .map_err(be)?;
                    let (_, data) = assemble(n, pieces)?
                        .ok_or_else(|| corrupt(format!("entry bundle {n} missing")))?;
                    let entries = split_bundle(&data).map_err(|e| corrupt(e.to_string()))?;
                    for (i, e) in entries.iter().enumerate() {
                        let idx = n * TILE_WIDTH + i as u64;
                        if idx >= from && idx < to {
                            rows.push(access_row(idx, e)?);
                            last = Some((idx, leaf_hash(e)));
                        }
                    }
                    n += 1;
                }
                Ok((rows, last))
            }

            /// Writes rows into the access history (and, on SQLite, the newest one's index and
            /// leaf hash into its state row).
            async fn write_rows(
                tx: &mut Tx<'_>,
                rows: &[AccessRow],
                last: Option<(u64, Hash)>,
            ) -> Result<(), LogError> {
                insert_access(tx, rows).await?;
                if $apart && let Some((idx, leaf)) = last {
                    sqlx::query("UPDATE history_state SET last_idx = $1, last_leaf = $2 WHERE id = 1")
                        .bind(to_i64(idx)?)
                        .bind(leaf.0.to_vec())
                        .execute(&mut **tx)
                        .await
                        .map_err(be)?;
                }
                Ok(())
            }

            /// Brings the access history up to the log from the log's bundles (a history
            /// rebuilt, one the indexer left behind, a log made before the history existed);
            /// at most `rows` entries per transaction. Returns how many were indexed.
            pub(super) async fn reindex(log: &$pool, hist: &$pool, rows: u64) -> Result<u64, LogError> {
                let most = rows.max(1);
                let mut done = 0u64;
                loop {
                    let mut tx = history_tx(hist).await?;
                    let (newest, hist_pruned) = history_mark(&mut tx).await?;
                    let (size, pruned) = log_edge(log).await?;
                    let start = history_next(newest, pruned.max(hist_pruned))?;
                    if start >= size {
                        tx.commit().await.map_err(be)?;
                        return Ok(done);
                    }
                    let end = size.min(start + most);
                    let (rows, last) = rows_from_log(log, start, end).await?;
                    done += rows.len() as u64;
                    write_rows(&mut tx, &rows, last).await?;
                    tx.commit().await.map_err(be)?;
                }
            }

            /// Writes the history rows of batches the sequencer committed (in the order it
            /// committed them), in one transaction. Entries already there are skipped; those
            /// missing before a batch (batches dropped from a full queue, another process's
            /// appends) are read back from the bundles.
            pub(super) async fn index_batches(
                log: &$pool,
                hist: &$pool,
                batches: &[Committed],
            ) -> Result<(), LogError> {
                let mut tx = history_tx(hist).await?;
                let (newest, hist_pruned) = history_mark(&mut tx).await?;
                let mut at = history_next(newest, hist_pruned)?;
                let mut rows = Vec::new();
                let mut last = None;
                for (first, entries) in batches {
                    let end = first + entries.len() as u64;
                    if end <= at {
                        continue;
                    }
                    if *first > at {
                        let (_, pruned) = log_edge(log).await?;
                        let from = at.max(pruned * TILE_WIDTH);
                        if from < *first {
                            let (mut gap, gap_last) = rows_from_log(log, from, *first).await?;
                            rows.append(&mut gap);
                            last = gap_last.or(last);
                        }
                        at = *first;
                    }
                    for (idx, e) in (*first..).zip(entries) {
                        if idx >= at {
                            rows.push(access_row(idx, e)?);
                            last = Some((idx, leaf_hash(e)));
                        }
                    }
                    at = end;
                }
                write_rows(&mut tx, &rows, last).await?;
                tx.commit().await.map_err(be)?;
                Ok(())
            }

            /// Whether the access history lacks entries of the log.
            pub(super) async fn history_behind(log: &$pool, hist: &$pool) -> Result<bool, LogError> {
                let (size, pruned) = log_edge(log).await?;
                let (newest, hist_pruned): (Option<i64>, i64) = sqlx::query_as($mark_sql)
                    .fetch_one(hist)
                    .await
                    .map_err(be)?;
                Ok(history_next(newest, pruned.max(to_u64(hist_pruned)?))? < size)
            }

            /// Removes the history rows of the entries the retention period removed from the
            /// log (after its pass, and when opening, should a pass have stopped between the
            /// two databases).
            pub(super) async fn history_prune(log: &$pool, hist: &$pool) -> Result<u64, LogError> {
                let mut tx = history_tx(hist).await?;
                let (_, pruned) = log_edge(log).await?;
                if $apart {
                    sqlx::query(
                        "UPDATE history_state SET pruned_bundles = $1 WHERE id = 1 AND pruned_bundles < $1",
                    )
                    .bind(to_i64(pruned)?)
                    .execute(&mut *tx)
                    .await
                    .map_err(be)?;
                }
                let gone = sqlx::query("DELETE FROM log_access WHERE idx < $1")
                    .bind(to_i64(pruned * TILE_WIDTH)?)
                    .execute(&mut *tx)
                    .await
                    .map_err(be)?
                    .rows_affected();
                tx.commit().await.map_err(be)?;
                Ok(gone)
            }

            /// Makes the SQLite access history's own database ready: its schema, and a check
            /// that it was derived from this log up to an entry this log holds (the same leaf
            /// hash at that index). Otherwise (another version, another log, a log restored
            /// from an older backup) it is emptied, to be rebuilt from the bundles. Returns
            /// whether it was. PostgreSQL keeps the history in the registry: nothing to do.
            pub(super) async fn prepare_history(
                log: &$pool,
                hist: &$pool,
                log_key: &str,
            ) -> Result<bool, LogError> {
                if !$apart {
                    return Ok(false);
                }
                let (size, pruned) = log_edge(log).await?;
                let mut tx = hist.begin_with($begin_write).await.map_err(be)?;
                let version: i64 = sqlx::query_scalar("PRAGMA user_version")
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(be)?;
                let mut wipe = version != HISTORY_VERSION;
                if !wipe {
                    let state: Option<(String, Option<i64>, Option<Vec<u8>>)> = sqlx::query_as(
                        "SELECT log_key, last_idx, last_leaf FROM history_state WHERE id = 1",
                    )
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(be)?;
                    wipe = match state {
                        None => false,
                        Some((key, _, _)) if key != log_key => true,
                        Some((_, None, _)) => false,
                        Some((_, Some(last), leaf)) => {
                            let last = to_u64(last)?;
                            let tile: Option<Vec<u8>> = if last < size {
                                sqlx::query_scalar(
                                    "SELECT data FROM log_tiles WHERE level = 0 AND n = $1",
                                )
                                .bind(to_i64(last / TILE_WIDTH)?)
                                .fetch_optional(log)
                                .await
                                .map_err(be)?
                            } else {
                                None
                            };
                            let at = usize::try_from((last % TILE_WIDTH) * 32)
                                .map_err(|_| corrupt("index"))?;
                            let held = tile.as_deref().and_then(|t| t.get(at..at + 32));
                            held.is_none() || held != leaf.as_deref()
                        }
                    };
                }
                // Several statements in one string: SQLite runs them in turn (this is never
                // reached on PostgreSQL).
                if wipe {
                    sqlx::query(HISTORY_WIPE).execute(&mut *tx).await.map_err(be)?;
                }
                sqlx::query(HISTORY_SCHEMA).execute(&mut *tx).await.map_err(be)?;
                sqlx::query(
                    "INSERT INTO history_state (id, log_key, pruned_bundles) \
                     SELECT 1, $1, $2 WHERE NOT EXISTS (SELECT 1 FROM history_state)",
                )
                .bind(log_key)
                .bind(to_i64(pruned)?)
                .execute(&mut *tx)
                .await
                .map_err(be)?;
                tx.commit().await.map_err(be)?;
                Ok(wipe && version != 0)
            }

            pub(super) async fn history(
                pool: &$pool,
                q: &khien_store::HistoryQuery,
            ) -> Result<Vec<khien_store::HistoryEntry>, LogError> {
                let sql = history_sql(q);
                let mut query = sqlx::query_as::<_, HistoryRow>(&sql).bind(q.org.as_uuid());
                if let Some(v) = &q.actor { query = query.bind(v); }
                if let Some(v) = q.asset { query = query.bind(v.as_uuid()); }
                if let Some(v) = &q.subject { query = query.bind(v); }
                if let Some(v) = q.action { query = query.bind(wire_name(&v)?); }
                if let Some(v) = q.denied { query = query.bind(v); }
                if let Some(v) = q.from { query = query.bind(micros(v)?); }
                if let Some(v) = q.to { query = query.bind(micros(v)?); }
                if let Some(v) = q.before { query = query.bind(to_i64(v)?); }
                let rows = query
                    .bind(i64::from(q.limit.clamp(1, 10_000)))
                    .fetch_all(pool)
                    .await
                    .map_err(be)?;
                rows.into_iter().map(history_entry).collect()
            }

            /// Appends `entries` inside `tx`; returns the first index.
            async fn append_in(
                tx: &mut Tx<'_>,
                cache: &mut Option<Cached>,
                key: &LogKey,
                size: u64,
                entries: &[Vec<u8>],
                now: OffsetDateTime,
            ) -> Result<u64, LogError> {
                let mut c = match cache.take() {
                    Some(c) if c.edge.size() == size => c,
                    _ => load_edge(tx, size).await?,
                };
                let mut full = Vec::new();
                // Bundles this batch fills, written whole; the entries it adds to the bundle
                // left unfilled (from `part_from` in the bytes, `part_first` in the entries)
                // are written as one part: rewriting the whole partial bundle at every commit
                // wrote up to 32 pages of 4 KiB for a few entries (migration 0016).
                let mut bundles: Vec<(u64, Vec<u8>)> = Vec::new();
                let mut part_from = c.bundle.len();
                let mut part_first = size % TILE_WIDTH;
                for e in entries {
                    push_entry(&mut c.bundle, e).map_err(|e| LogError::Entry(e.to_string()))?;
                    c.edge.push(leaf_hash(e), &mut full);
                    if c.edge.size().is_multiple_of(TILE_WIDTH) {
                        bundles.push((c.edge.size() / TILE_WIDTH - 1, std::mem::take(&mut c.bundle)));
                        part_from = 0;
                        part_first = 0;
                    }
                }
                let new_size = c.edge.size();
                // A bundle begun before this batch may have its beginning in log_bundles (a log
                // written before parts existed): UPDATE, else INSERT (not an upsert: on SQLite
                // a BEFORE INSERT trigger refuses any insert over an existing row, which
                // `INSERT OR REPLACE` would otherwise use to replace a row without firing the
                // UPDATE or DELETE guards). Its parts go once it is whole.
                for (n, data) in &bundles {
                    let begun = n * TILE_WIDTH < size;
                    let n = to_i64(*n)?;
                    let width = i32::try_from(TILE_WIDTH).map_err(|_| corrupt("width"))?;
                    let grown = if begun {
                        sqlx::query("UPDATE log_bundles SET width = $2, data = $3 WHERE n = $1")
                            .bind(n)
                            .bind(width)
                            .bind(data.as_slice())
                            .execute(&mut **tx)
                            .await
                            .map_err(be)?
                            .rows_affected()
                    } else {
                        0
                    };
                    if grown == 0 {
                        sqlx::query("INSERT INTO log_bundles (n, width, data) VALUES ($1, $2, $3)")
                            .bind(n)
                            .bind(width)
                            .bind(data.as_slice())
                            .execute(&mut **tx)
                            .await
                            .map_err(be)?;
                    }
                    if begun {
                        sqlx::query("DELETE FROM log_bundle_parts WHERE n = $1")
                            .bind(n)
                            .execute(&mut **tx)
                            .await
                            .map_err(be)?;
                    }
                }
                if c.bundle.len() > part_from {
                    sqlx::query(
                        "INSERT INTO log_bundle_parts (n, first, width, data) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(to_i64(new_size / TILE_WIDTH)?)
                    .bind(i32::try_from(part_first).map_err(|_| corrupt("width"))?)
                    .bind(i32::try_from(new_size % TILE_WIDTH).map_err(|_| corrupt("width"))?)
                    .bind(&c.bundle[part_from..])
                    .execute(&mut **tx)
                    .await
                    .map_err(be)?;
                }
                // A partial tile whose width did not change holds the same hashes: only the
                // tiles this batch touched are written (level 0 each time, a level above only
                // when a tile below it was completed).
                let before = edge_tiles(size);
                let partial: Vec<_> = c
                    .edge
                    .partial_tiles()
                    .into_iter()
                    .filter(|t| !before.contains(&(t.level, t.n, t.width())))
                    .collect();
                for t in full.iter().chain(partial.iter()) {
                    let (level, n) = (i32::from(t.level), to_i64(t.n)?);
                    let width = i32::try_from(t.width()).map_err(|_| corrupt("width"))?;
                    let grown = sqlx::query(
                        "UPDATE log_tiles SET width = $3, data = $4 WHERE level = $1 AND n = $2",
                    )
                    .bind(level)
                    .bind(n)
                    .bind(width)
                    .bind(t.data.as_slice())
                    .execute(&mut **tx)
                    .await
                    .map_err(be)?;
                    if grown.rows_affected() == 0 {
                        sqlx::query(
                            "INSERT INTO log_tiles (level, n, width, data) VALUES ($1, $2, $3, $4)",
                        )
                        .bind(level)
                        .bind(n)
                        .bind(width)
                        .bind(t.data.as_slice())
                        .execute(&mut **tx)
                        .await
                        .map_err(be)?;
                    }
                }
                let root = c.edge.root();
                let cp = key
                    .sign_checkpoint(new_size, root)
                    .map_err(|e| LogError::Entry(e.to_string()))?;
                sqlx::query("INSERT INTO log_checkpoints (size, note, created_at) VALUES ($1, $2, $3)")
                    .bind(to_i64(new_size)?)
                    .bind(&cp)
                    .bind(now)
                    .execute(&mut **tx)
                    .await
                    .map_err(be)?;
                sqlx::query("UPDATE log_state SET size = $1, root = $2, checkpoint = $3 WHERE id = 1")
                    .bind(to_i64(new_size)?)
                    .bind(root.0.to_vec())
                    .bind(&cp)
                    .execute(&mut **tx)
                    .await
                    .map_err(be)?;
                *cache = Some(c);
                Ok(size)
            }

            pub(super) async fn append(
                pool: &$pool,
                cache: &mut Option<Cached>,
                key: &LogKey,
                entries: &[Vec<u8>],
                now: OffsetDateTime,
            ) -> Result<(u64, Epochs), LogError> {
                let mut tx = pool.begin_with($begin_write).await.map_err(be)?;
                // The state row, locked, with the registry's epochs as this transaction sees
                // them (khien-app confirms the credentials and vault rows behind a decision
                // with them, at no extra round trip).
                let (size, access, vault) = if $epochs_apart {
                    // PostgreSQL: read after the lock is held, in a statement of its own:
                    // under READ COMMITTED it sees whatever committed while this append
                    // waited for the lock (a destruction, a revoked token), which the
                    // locking statement's own snapshot would not.
                    let size: i64 = sqlx::query_scalar(
                        "UPDATE log_state SET size = size WHERE id = 1 RETURNING size",
                    )
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(be)?;
                    let (access, vault): (i64, i64) = sqlx::query_as(
                        "SELECT (SELECT n FROM access_epoch WHERE id = 1), \
                         (SELECT n FROM vault_epoch WHERE id = 1)",
                    )
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(be)?;
                    (size, access, vault)
                } else {
                    // SQLite: BEGIN IMMEDIATE took the one write lock before this statement
                    // ran, so its snapshot already follows every commit (one statement: a
                    // second cost a fifth of the protected reads, BENCHMARKS.md).
                    sqlx::query_as::<_, (i64, i64, i64)>(
                        "UPDATE log_state SET size = size WHERE id = 1 \
                         RETURNING size, (SELECT n FROM access_epoch WHERE id = 1), \
                         (SELECT n FROM vault_epoch WHERE id = 1)",
                    )
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(be)?
                };
                // The entries' access history rows are not written here: the indexer writes
                // them after the commit, in a transaction of the history's own (on SQLite, in
                // a database of its own), so that appends never wait for its indexes
                // (BENCHMARKS.md, "The vault").
                let first = append_in(&mut tx, cache, key, to_u64(size)?, entries, now).await?;
                tx.commit().await.map_err(be)?;
                Ok((first, Epochs { access, vault }))
            }

            pub(super) async fn prune(
                pool: &$pool,
                cache: &mut Option<Cached>,
                key: &LogKey,
                now: OffsetDateTime,
            ) -> Result<(Pruned, Option<Vec<u8>>), LogError> {
                let mut tx = pool.begin_with($begin_write).await.map_err(be)?;
                let (size, pruned, months) = lock_state(&mut tx).await?;
                let cutoff = retention::cutoff(now, months);
                let mut k = pruned;
                let mut last_at: Option<OffsetDateTime> = None;
                // Whole bundles only, oldest first, at most 4 096 per pass.
                while (k + 1) * TILE_WIDTH <= size && k < pruned + 4096 {
                    let data: Option<Vec<u8>> =
                        sqlx::query_scalar("SELECT data FROM log_bundles WHERE n = $1")
                            .bind(to_i64(k)?)
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err(be)?;
                    let data = data.ok_or_else(|| corrupt(format!("entry bundle {k} missing")))?;
                    let entries = split_bundle(&data).map_err(|e| corrupt(e.to_string()))?;
                    let mut newest = None;
                    for e in entries {
                        let at = Entry::decode(e).map_err(|e| corrupt(e.to_string()))?.at;
                        newest = newest.max(Some(at));
                    }
                    match newest {
                        Some(at) if at <= cutoff => {
                            last_at = last_at.max(Some(at));
                            k += 1;
                        }
                        _ => break,
                    }
                }
                let Some(last_at) = last_at else {
                    tx.commit().await.map_err(be)?;
                    return Ok((Pruned { entries: 0, event: None }, None));
                };
                sqlx::query("UPDATE log_state SET pruned_bundles = $1 WHERE id = 1")
                    .bind(to_i64(k)?)
                    .execute(&mut *tx)
                    .await
                    .map_err(be)?;
                // The access history's rows of these entries go after this commit
                // (`history_prune`).
                sqlx::query("DELETE FROM log_bundles WHERE n >= $1 AND n < $2")
                    .bind(to_i64(pruned)?)
                    .bind(to_i64(k)?)
                    .execute(&mut *tx)
                    .await
                    .map_err(be)?;
                let event = retention_entry(now, pruned, k, months, last_at, cutoff)?;
                let index = append_in(&mut tx, cache, key, size, std::slice::from_ref(&event), now).await?;
                tx.commit().await.map_err(be)?;
                Ok((
                    Pruned {
                        entries: (k - pruned) * TILE_WIDTH,
                        event: Some(index),
                    },
                    Some(event),
                ))
            }

            pub(super) async fn set_retention(pool: &$pool, months: u32) -> Result<(), LogError> {
                sqlx::query("UPDATE log_state SET retention_months = $1 WHERE id = 1")
                    .bind(i32::try_from(months).map_err(|_| LogError::Entry("months".into()))?)
                    .execute(pool)
                    .await
                    .map_err(|e| LogError::Entry(format!(
                        "thời hạn lưu giữ chỉ được kéo dài, tối thiểu 6 tháng (retention can only grow, at least 6 months): {e}"
                    )))?;
                Ok(())
            }

            pub(super) async fn state(pool: &$pool) -> Result<(LogState, Hash), LogError> {
                let (size, root, checkpoint, pruned, months): (i64, Vec<u8>, String, i64, i32) =
                    sqlx::query_as(
                        "SELECT size, root, checkpoint, pruned_bundles, retention_months \
                         FROM log_state WHERE id = 1",
                    )
                    .fetch_one(pool)
                    .await
                    .map_err(be)?;
                Ok((
                    LogState {
                        size: to_u64(size)?,
                        checkpoint,
                        pruned_bundles: to_u64(pruned)?,
                        retention_months: u32::try_from(months).map_err(|_| corrupt("months"))?,
                    },
                    hash_of(&root)?,
                ))
            }

            pub(super) async fn bundle(pool: &$pool, n: u64) -> Result<Option<(u64, Vec<u8>)>, LogError> {
                let pieces: Vec<BundlePiece> = sqlx::query_as(BUNDLE_SQL)
                    .bind(to_i64(n)?)
                    .fetch_all(pool)
                    .await
                    .map_err(be)?;
                assemble(n, pieces)
            }

            pub(super) async fn tile(pool: &$pool, level: u8, n: u64) -> Result<Option<(u64, Vec<u8>)>, LogError> {
                let row: Option<(i32, Vec<u8>)> =
                    sqlx::query_as("SELECT width, data FROM log_tiles WHERE level = $1 AND n = $2")
                        .bind(i32::from(level))
                        .bind(to_i64(n)?)
                        .fetch_optional(pool)
                        .await
                        .map_err(be)?;
                row.map(|(w, d)| Ok((u64::try_from(w).map_err(|_| corrupt("width"))?, d)))
                    .transpose()
            }

            /// Reads everything the replay needs in one snapshot and feeds it.
            pub(super) async fn verify(
                pool: &$pool,
                key: Verifier,
                trusted: Option<Verified>,
                replay_from: u64,
                progress: &mut (dyn FnMut(u64, u64) + Send),
            ) -> Result<Report, LogError> {
                let mut tx = pool.begin_with($begin_read).await.map_err(be)?;
                let state: Option<(i64, String, i64)> = sqlx::query_as(
                    "SELECT size, checkpoint, pruned_bundles FROM log_state WHERE id = 1",
                )
                .fetch_optional(&mut *tx)
                .await
                .map_err(be)?;
                let checkpoints: Vec<(i64, String)> =
                    sqlx::query_as("SELECT size, note FROM log_checkpoints ORDER BY size")
                        .fetch_all(&mut *tx)
                        .await
                        .map_err(be)?;
                let upper: Vec<(i32, i64, Vec<u8>)> =
                    sqlx::query_as("SELECT level, n, data FROM log_tiles WHERE level > 0 ORDER BY level, n")
                        .fetch_all(&mut *tx)
                        .await
                        .map_err(be)?;
                let max_bundle: Option<i64> = sqlx::query_scalar(
                    "SELECT MAX(n) FROM (SELECT n FROM log_bundles UNION ALL \
                     SELECT n FROM log_bundle_parts) AS b",
                )
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(be)?;
                let max_tile0: Option<i64> =
                    sqlx::query_scalar("SELECT MAX(n) FROM log_tiles WHERE level = 0")
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(be)?;
                let pruned = state.as_ref().map_or(Ok(0), |s| to_u64(s.2))?;
                let claims = Claims {
                    key,
                    state: state.map(|(s, cp, _)| Ok::<_, LogError>((to_u64(s)?, cp))).transpose()?,
                    checkpoints: checkpoints
                        .into_iter()
                        .map(|(s, n)| Ok((to_u64(s)?, n)))
                        .collect::<Result<_, LogError>>()?,
                    upper_tiles: upper
                        .into_iter()
                        .map(|(l, n, d)| {
                            Ok((u8::try_from(l).map_err(|_| corrupt("level"))?, to_u64(n)?, d))
                        })
                        .collect::<Result<_, LogError>>()?,
                    pruned_bundles: pruned,
                    trusted,
                    replay_from,
                };
                let mut replay = Replay::new(claims);
                let stored_end = [max_bundle, max_tile0]
                    .into_iter()
                    .flatten()
                    .map(|n| to_u64(n).map(|n| n + 1))
                    .collect::<Result<Vec<_>, _>>()?
                    .into_iter()
                    .max()
                    .unwrap_or(0);
                let end = replay.bundles().max(stored_end);
                const CHUNK: u64 = 1024;
                let mut from = 0u64;
                while from < end {
                    let to = (from + CHUNK).min(end);
                    // A bundle's row and parts, joined as they come (the replay finds any
                    // entry missing, extra or out of place).
                    let pieces: Vec<(i64, Vec<u8>)> = sqlx::query_as(
                        "SELECT n, data FROM (\
                         SELECT n, 0 AS k, 0 AS first, data FROM log_bundles WHERE n >= $1 AND n < $2 \
                         UNION ALL SELECT n, 1 AS k, first, data FROM log_bundle_parts \
                         WHERE n >= $1 AND n < $2) AS b ORDER BY n, k, first",
                    )
                    .bind(to_i64(from)?)
                    .bind(to_i64(to)?)
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(be)?;
                    let mut bundles: Vec<(i64, Vec<u8>)> = Vec::new();
                    for (n, d) in pieces {
                        match bundles.last_mut() {
                            Some((m, data)) if *m == n => data.extend_from_slice(&d),
                            _ => bundles.push((n, d)),
                        }
                    }
                    let tiles: Vec<(i64, Vec<u8>)> = sqlx::query_as(
                        "SELECT n, data FROM log_tiles WHERE level = 0 AND n >= $1 AND n < $2 ORDER BY n",
                    )
                    .bind(to_i64(from)?)
                    .bind(to_i64(to)?)
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(be)?;
                    let (mut bi, mut ti) = (bundles.iter().peekable(), tiles.iter().peekable());
                    let mut rows = Vec::with_capacity(usize::try_from(to - from).unwrap_or(0));
                    for n in from..to {
                        let b = bi.next_if(|(k, _)| to_u64(*k).ok() == Some(n)).map(|(_, d)| d.as_slice());
                        let t = ti.next_if(|(k, _)| to_u64(*k).ok() == Some(n)).map(|(_, d)| d.as_slice());
                        rows.push((n, b, t));
                    }
                    // Decoding and hashing in parallel, the tree in order.
                    let prepared = prepare_parallel(&rows)?;
                    for ((n, _, t), p) in rows.iter().zip(prepared) {
                        replay.feed_prepared(*n, p, *t);
                    }
                    progress(to, end);
                    from = to;
                }
                tx.commit().await.map_err(be)?;
                Ok(replay.finish())
            }
        }
    };
}

log_sql!(
    sqlite_sql,
    SqlitePool,
    sqlx::Sqlite,
    "BEGIN IMMEDIATE",
    "BEGIN",
    false,
    true,
    "SELECT (SELECT MAX(idx) FROM log_access), pruned_bundles FROM history_state WHERE id = 1",
    ""
);
log_sql!(
    pg_sql,
    PgPool,
    sqlx::Postgres,
    "BEGIN",
    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    true,
    false,
    "SELECT (SELECT MAX(idx) FROM log_access), pruned_bundles FROM log_state WHERE id = 1",
    "LOCK TABLE log_access IN SHARE ROW EXCLUSIVE MODE"
);

/// Examines bundles on every core (scoped threads; the replay itself stays in order).
/// A bundle index with its stored bundle and level-0 tile, as read for the replay.
type ReplayRow<'a> = (u64, Option<&'a [u8]>, Option<&'a [u8]>);

fn prepare_parallel(rows: &[ReplayRow<'_>]) -> Result<Vec<khien_log::verify::Prepared>, LogError> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let per = rows.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = rows
            .chunks(per)
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|(_, b, _)| khien_log::verify::prepare(*b))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut out = Vec::with_capacity(rows.len());
        for h in handles {
            out.extend(
                h.join()
                    .map_err(|_| corrupt("a verification thread stopped"))?,
            );
        }
        Ok(out)
    })
}

/// Calls the backend's function of the same name.
macro_rules! on_db {
    ($db:expr, $f:ident ( $($arg:expr),* )) => {
        match $db {
            Db::Sqlite(p) => sqlite_sql::$f(p, $($arg),*).await,
            Db::Pg(p) => pg_sql::$f(p, $($arg),*).await,
        }
    };
}

/// Calls the backend's function of the same name with the log's pool and the access
/// history's.
macro_rules! on_dbs {
    ($log:expr, $hist:expr, $f:ident ( $($arg:expr),* )) => {
        match ($log, $hist) {
            (Db::Sqlite(l), Db::Sqlite(h)) => sqlite_sql::$f(l, h, $($arg),*).await,
            (Db::Pg(l), Db::Pg(h)) => pg_sql::$f(l, h, $($arg),*).await,
            _ => Err(corrupt("the log and its access history are on different backends")),
        }
    };
}

/// The retention event: what was removed, under which period, and the newest removed entry's
/// time, so that a verifier can check the period was respected without the removed entries.
fn retention_entry(
    now: OffsetDateTime,
    from_bundle: u64,
    to_bundle: u64,
    months: u32,
    last_at: OffsetDateTime,
    cutoff: OffsetDateTime,
) -> Result<Vec<u8>, LogError> {
    let rfc = |t: OffsetDateTime| {
        t.format(&time::format_description::well_known::Rfc3339)
            .map_err(|e| LogError::Entry(e.to_string()))
    };
    let mut e = Entry::system(
        now,
        None,
        Actor {
            kind: ActorKind::System,
            id: "khien".to_owned(),
        },
        Action::LogRetention,
    );
    e.legal_basis = Some("Nghị định 165/2025/NĐ-CP Điều 17 khoản 10".to_owned());
    let mut d = serde_json::Map::new();
    d.insert("pruned_from".into(), (from_bundle * TILE_WIDTH).into());
    d.insert("pruned_to".into(), (to_bundle * TILE_WIDTH).into());
    d.insert("retention_months".into(), months.into());
    d.insert("last_removed_at".into(), rfc(last_at)?.into());
    d.insert("cutoff".into(), rfc(cutoff)?.into());
    e.details = Some(d);
    e.encode().map_err(|e| LogError::Entry(e.to_string()))
}

impl SqlLog {
    async fn open_db(
        db: Db,
        writes: Db,
        hist: Db,
        hist_writes: Db,
        own_thread: bool,
        init: &LogInit,
    ) -> Result<Arc<Self>, LogError> {
        let (key, pseudonyms) = on_db!(&writes, init(init))?;
        if on_dbs!(&db, &hist_writes, prepare_history(key.verifier_key()))? {
            tracing::warn!(
                "the access history was not derived from this log (another log, or an older copy of it): rebuilt from the log"
            );
        }
        // A retention pass that stopped between the log and its history.
        on_dbs!(&db, &hist_writes, history_prune())?;
        let indexed = on_dbs!(&db, &hist_writes, reindex(REINDEX_ROWS))?;
        if indexed > 0 {
            // Usually the last entries of a process that ended before its indexer wrote them
            // (a command of the command line): nothing to tell the person running it.
            tracing::debug!(
                entries = indexed,
                "access history brought up to date from the log"
            );
        }
        let key = Arc::new(key);
        let (jobs, rx) = mpsc::channel(4096);
        let (index, to_index) = mpsc::channel(INDEX_QUEUE);
        let appended = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let run = sequencer(writes.clone(), key.clone(), rx, index, appended.clone());
        if own_thread && let Db::Sqlite(pool) = &db {
            // SQLite in a file: the WAL is copied beside the commits, and the sequencer runs on
            // a thread of its own. A commit is about eight statements, each a round trip to
            // SQLite's worker thread; on the server's runtime each reply waited its turn
            // behind the requests' tasks, and every append waited for the commit
            // (BENCHMARKS.md, "The vault"). (An in-memory database is one connection, which
            // must never be closed: it stays on the caller's runtime.)
            tokio::spawn(checkpointer(pool.clone(), Arc::downgrade(&appended)));
            std::thread::Builder::new()
                .name("khien-log".to_owned())
                .spawn(move || {
                    let rt = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
                        Ok(rt) => rt,
                        Err(e) => {
                            // Appends then fail as "closed" (the queue's receiver is gone).
                            tracing::error!(error = %e, "the processing log's thread could not start");
                            return;
                        }
                    };
                    rt.block_on(async {
                        run.await;
                        // sqlx hands connections back to its pools in tasks spawned here:
                        // let them finish before the runtime goes.
                        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                    });
                })
                .map_err(|e| LogError::Backend(format!("the log's thread: {e}")))?;
        } else {
            tokio::spawn(run);
        }
        tokio::spawn(indexer(db.clone(), hist_writes.clone(), to_index));
        Ok(Arc::new(Self {
            db,
            writes,
            hist,
            hist_writes,
            key,
            pseudonyms,
            jobs,
            tiles: Mutex::new(TileSet::new()),
        }))
    }

    /// The log of a SQLite registry (created on first use).
    pub async fn sqlite(store: &crate::SqliteStore, init: &LogInit) -> Result<Arc<Self>, LogError> {
        Self::open_db(
            Db::Sqlite(store.pool.clone()),
            Db::Sqlite(store.writes.clone()),
            Db::Sqlite(store.history.clone()),
            Db::Sqlite(store.history_writes.clone()),
            !store.memory,
            init,
        )
        .await
    }

    /// The log of a PostgreSQL registry (created on first use).
    pub async fn postgres(store: &crate::PgStore, init: &LogInit) -> Result<Arc<Self>, LogError> {
        Self::open_db(
            Db::Pg(store.pool.clone()),
            Db::Pg(store.writes.clone()),
            Db::Pg(store.pool.clone()),
            Db::Pg(store.writes.clone()),
            false,
            init,
        )
        .await
    }

    /// The checkpoint signer's origin.
    pub fn origin(&self) -> &str {
        self.key.origin()
    }

    /// Appends encoded entries; returns the first index once durable. Private: everyone
    /// else appends `Entry` values through `EventLog::append`, which encodes them (tests
    /// reach this through `testing::append_raw`).
    #[cfg(feature = "testing")]
    pub(crate) async fn append_raw(&self, entries: Vec<Vec<u8>>) -> Result<u64, LogError> {
        self.append_encoded(entries).await.map(|(first, _)| first)
    }

    /// Appends encoded entries; returns the first index once durable and the registry's
    /// access epoch as the append's transaction saw it (none for an empty append).
    async fn append_encoded(
        &self,
        entries: Vec<Vec<u8>>,
    ) -> Result<(u64, Option<Epochs>), LogError> {
        if entries.is_empty() {
            return self.state().await.map(|s| (s.size, None));
        }
        let (reply, rx) = oneshot::channel();
        self.jobs
            .send(Job::Append { entries, reply })
            .await
            .map_err(|_| LogError::Closed)?;
        let (first, epoch) = rx.await.map_err(|_| LogError::Closed)??;
        Ok((first, Some(epoch)))
    }

    /// Brings the access history up to the log now (it otherwise follows each commit within
    /// a fraction of a second); returns how many entries were indexed.
    pub async fn index_history(&self) -> Result<u64, LogError> {
        on_dbs!(&self.db, &self.hist_writes, reindex(REINDEX_ROWS))
    }

    /// Removes the entry bundles past the retention period (whole bundles of 256 whose
    /// every entry is older than the period), recording the removal as an entry.
    pub async fn prune(&self, now: OffsetDateTime) -> Result<Pruned, LogError> {
        let (reply, rx) = oneshot::channel();
        self.jobs
            .send(Job::Prune { now, reply })
            .await
            .map_err(|_| LogError::Closed)?;
        let pruned = rx.await.map_err(|_| LogError::Closed)??;
        if pruned.entries > 0 {
            on_dbs!(&self.db, &self.hist_writes, history_prune())?;
        }
        Ok(pruned)
    }

    /// Sets the retention period (months, at least six; it can only grow).
    pub async fn set_retention(&self, months: u32) -> Result<(), LogError> {
        if months < retention::MIN_MONTHS {
            return Err(LogError::Entry(format!(
                "thời hạn lưu giữ tối thiểu {} tháng (Nghị định 165/2025 Điều 17.10)",
                retention::MIN_MONTHS
            )));
        }
        on_db!(&self.writes, set_retention(months))
    }

    /// The stored state.
    pub async fn state(&self) -> Result<LogState, LogError> {
        on_db!(&self.db, state()).map(|(s, _)| s)
    }

    /// Replays the whole log (entries before `replay_from` taken from their stored hashes)
    /// and reports every inconsistency.
    pub async fn verify(
        &self,
        key: Verifier,
        trusted: Option<Verified>,
        replay_from: u64,
        progress: &mut (dyn FnMut(u64, u64) + Send),
    ) -> Result<Report, LogError> {
        on_db!(&self.db, verify(key, trusted, replay_from, progress))
    }

    /// The consistency proof from `old` entries to the current tree, with both checkpoints.
    pub async fn consistency(&self, old: u64) -> Result<(Vec<Hash>, String), LogError> {
        let (state, root) = on_db!(&self.db, state())?;
        let old_root = self.root_at(old).await?;
        let proof = self
            .prove(|set| set.prove_consistency(state.size, root, old, old_root))
            .await?;
        Ok((proof, state.checkpoint))
    }

    /// The inclusion proof of entry `index` in the current tree, from the tiles alone (what a
    /// C2SP client computes): `(proof, tree size, leaf hash)`.
    pub async fn inclusion_proof(&self, index: u64) -> Result<(Vec<Hash>, u64, Hash), LogError> {
        let (state, root) = on_db!(&self.db, state())?;
        if index >= state.size {
            return Err(LogError::NoEntry(index));
        }
        let cached = self
            .tiles
            .lock()
            .map_err(|_| corrupt("tile cache poisoned"))?
            .leaf(index);
        let leaf = match cached {
            Some(h) => h,
            None => {
                let n = index / TILE_WIDTH;
                let (_, data) = on_db!(&self.db, tile(0, n))?
                    .ok_or_else(|| corrupt(format!("hash tile 0/{n} missing")))?;
                let mut set = self
                    .tiles
                    .lock()
                    .map_err(|_| corrupt("tile cache poisoned"))?;
                set.insert(0, n, data);
                set.leaf(index)
                    .ok_or_else(|| corrupt(format!("hash tile 0/{n} too short")))?
            }
        };
        let proof = self
            .prove(|set| set.prove_inclusion(state.size, root, index, leaf))
            .await?;
        Ok((proof, state.size, leaf))
    }

    async fn root_at(&self, size: u64) -> Result<Hash, LogError> {
        let verifier =
            Verifier::parse(self.key.verifier_key()).map_err(|e| corrupt(e.to_string()))?;
        let note: Option<String> = match &self.db {
            Db::Sqlite(p) => sqlx::query_scalar("SELECT note FROM log_checkpoints WHERE size = $1")
                .bind(to_i64(size)?)
                .fetch_optional(p)
                .await
                .map_err(be)?,
            Db::Pg(p) => sqlx::query_scalar("SELECT note FROM log_checkpoints WHERE size = $1")
                .bind(to_i64(size)?)
                .fetch_optional(p)
                .await
                .map_err(be)?,
        };
        let note = note.ok_or(LogError::NoEntry(size))?;
        verifier
            .verify_checkpoint(note.as_bytes())
            .map(|v| v.root)
            .map_err(|e| corrupt(e.to_string()))
    }

    async fn prove(
        &self,
        f: impl Fn(&TileSet) -> Result<Vec<Hash>, ProveError>,
    ) -> Result<Vec<Hash>, LogError> {
        for _ in 0..4 {
            let need = {
                let set = self
                    .tiles
                    .lock()
                    .map_err(|_| corrupt("tile cache poisoned"))?;
                match f(&set) {
                    Ok(p) => return Ok(p),
                    Err(ProveError::Need(need)) => need,
                    Err(ProveError::Tree(e)) => return Err(corrupt(e)),
                }
            };
            let mut fetched = Vec::with_capacity(need.len());
            for (level, n) in need {
                let (_, data) = on_db!(&self.db, tile(level, n))?
                    .ok_or_else(|| corrupt(format!("hash tile {level}/{n} missing")))?;
                fetched.push((level, n, data));
            }
            let mut set = self
                .tiles
                .lock()
                .map_err(|_| corrupt("tile cache poisoned"))?;
            // About 128 MiB of level-0 tiles at most; the upper levels stay.
            if set.len() > 16_384 {
                set.forget_leaves();
                if set.len() > 16_384 {
                    set.clear();
                }
            }
            for (level, n, data) in fetched {
                set.insert(level, n, data);
            }
        }
        Err(corrupt(
            "the tiles needed for the proof could not be gathered",
        ))
    }
}

/// Writes the access history's rows of what the sequencer committed, gathering the commits
/// of [`INDEX_GATHER`] into one transaction of the history's (on SQLite, in its own database:
/// the appends never wait for it).
async fn indexer(log: Db, hist: Db, mut committed: mpsc::Receiver<Committed>) {
    while let Some(first) = committed.recv().await {
        tokio::time::sleep(INDEX_GATHER).await;
        let mut rows = first.1.len();
        let mut batches = vec![first];
        while rows < INDEX_MAX_ROWS {
            match committed.try_recv() {
                Ok(b) => {
                    rows += b.1.len();
                    batches.push(b);
                }
                Err(_) => break,
            }
        }
        if let Err(e) = on_dbs!(&log, &hist, index_batches(&batches)) {
            // The next batch, or the next history query, reads what is missing back from
            // the bundles.
            tracing::error!(error = %e, "the access history could not be brought up to date");
        }
    }
}

async fn sequencer(
    db: Db,
    key: Arc<LogKey>,
    mut rx: mpsc::Receiver<Job>,
    index: mpsc::Sender<Committed>,
    appended: Arc<std::sync::atomic::AtomicU64>,
) {
    let mut cache: Option<Cached> = None;
    // A clock is not allowed here: entries carry their own time; checkpoints rows take the
    // newest entry's time, read back from the batch.
    while let Some(first) = rx.recv().await {
        let mut appends: Vec<(Vec<Vec<u8>>, Reply)> = Vec::new();
        let mut count = 0usize;
        let mut yields = 0u32;
        let mut next = Some(first);
        while let Some(job) = next.take() {
            match job {
                Job::Append { entries, reply } => {
                    count += entries.len();
                    appends.push((entries, reply));
                }
                Job::Prune { now, reply } => {
                    let r = match on_db!(&db, prune(&mut cache, &key, now)) {
                        Ok((pruned, event)) => {
                            if let (Some(i), Some(e)) = (pruned.event, event) {
                                let _ = index.try_send((i, vec![e]));
                            }
                            Ok(pruned)
                        }
                        Err(e) => {
                            cache = None;
                            Err(e)
                        }
                    };
                    let _ = reply.send(r);
                }
            }
            if count < MAX_BATCH {
                next = rx.try_recv().ok();
                // The queue is empty: the tasks woken by the previous commit's replies may
                // be about to send their next entry. Let them run (a few times, while that
                // brings more) so that one commit takes them all instead of several small
                // ones: with 16 clients, commits had eight entries on average. (On SQLite the
                // sequencer has a thread of its own and the senders run on other threads
                // meanwhile: the batch gathers while the previous commit runs.)
                if next.is_none() && yields < GATHER_YIELDS {
                    yields += 1;
                    tokio::task::yield_now().await;
                    next = rx.try_recv().ok();
                }
            }
        }
        if appends.is_empty() {
            continue;
        }
        let all: Vec<Vec<u8>> = appends
            .iter()
            .flat_map(|(e, _)| e.iter().cloned())
            .collect();
        let now = batch_time(&all);
        match on_db!(&db, append(&mut cache, &key, &all, now)) {
            Ok((first, epoch)) => {
                let mut at = first;
                for (entries, reply) in appends {
                    let _ = reply.send(Ok((at, epoch)));
                    at += entries.len() as u64;
                }
                appended.fetch_add(all.len() as u64, std::sync::atomic::Ordering::Relaxed);
                // Never waits: a batch that does not fit is read back from the bundles.
                let _ = index.try_send((first, all));
            }
            Err(e) => {
                cache = None;
                tracing::error!(error = %e, "processing log append failed");
                for (_, reply) in appends {
                    let _ = reply.send(Err(e.clone()));
                }
            }
        }
    }
}

/// Keeps SQLite's write-ahead log from growing without end, off the path of the appends.
/// SQLite copies the WAL into the database after commits (automatic PASSIVE checkpoints)
/// but rewinds it only when a writer starts while nothing in it is left to copy; with the
/// sequencer and the indexer writing back to back that moment never comes, and a bulk load of
/// 10 million entries grew the WAL past 20 GB (BENCHMARKS.md). So this task, on a connection
/// of its own, copies the WAL into the database (PASSIVE, beside the writer) every 100 ms
/// while the log grows, and every 16 384 entries asks for a RESTART checkpoint: it waits for
/// readers and writers in flight, copies what is left, and makes the next writer start the
/// WAL from its beginning (`journal_size_limit` then trims the file). A RESTART blocks new
/// writers while it waits, so its connection gives up after 50 ms (and tries again 16 384
/// entries later) rather than after the pools' 10 s. The commits themselves no longer copy
/// (their automatic checkpoint is set far off, `wal_autocheckpoint`): a copy of a thousand
/// pages inside a commit held every append waiting behind it.
async fn checkpointer(pool: SqlitePool, appended: std::sync::Weak<std::sync::atomic::AtomicU64>) {
    use sqlx::Connection as _;
    const RESTART_ENTRIES: u64 = 16_384;
    let opts = (*pool.connect_options())
        .clone()
        .busy_timeout(std::time::Duration::from_millis(50));
    drop(pool);
    let mut conn = match sqlx::SqliteConnection::connect_with(&opts).await {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!(error = %e, "no connection for the write-ahead log's checkpoints; commits copy it themselves");
            return;
        }
    };
    let mut last = 0u64;
    let mut since_restart = 0u64;
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        // The log is gone (its sequencer ended with it).
        let Some(counter) = appended.upgrade() else {
            let _ = conn.close().await;
            return;
        };
        let now = counter.load(std::sync::atomic::Ordering::Relaxed);
        drop(counter);
        if now == last {
            continue;
        }
        since_restart += now - last;
        last = now;
        let sql = if since_restart >= RESTART_ENTRIES {
            since_restart = 0;
            "PRAGMA wal_checkpoint(RESTART)"
        } else {
            "PRAGMA wal_checkpoint(PASSIVE)"
        };
        // A checkpoint that could not finish (readers in the way) says so in its first
        // column and is simply tried again later.
        if let Err(e) = sqlx::query(sql).execute(&mut conn).await {
            tracing::warn!(error = %e, "the write-ahead log could not be checkpointed; tried again later");
        }
    }
}

/// The time recorded beside a checkpoint: the newest entry's own time (entries carry the time
/// the caller's clock gave them).
fn batch_time(entries: &[Vec<u8>]) -> OffsetDateTime {
    entries
        .iter()
        .rev()
        .take(64)
        .filter_map(|e| Entry::decode(e).ok().map(|e| e.at))
        .max()
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

#[async_trait::async_trait]
impl khien_store::EventLog for SqlLog {
    async fn append(&self, entries: Vec<Entry>) -> Result<Vec<u64>, LogError> {
        self.append_seen(entries).await.map(|(indexes, _)| indexes)
    }

    async fn append_seen(
        &self,
        entries: Vec<Entry>,
    ) -> Result<(Vec<u64>, Option<Epochs>), LogError> {
        let n = entries.len() as u64;
        let raw = entries
            .iter()
            .map(|e| e.encode().map_err(|e| LogError::Entry(e.to_string())))
            .collect::<Result<Vec<_>, _>>()?;
        let (first, epoch) = self.append_encoded(raw).await?;
        Ok(((first..first + n).collect(), epoch))
    }

    fn pseudonyms(&self) -> &PseudonymKey {
        &self.pseudonyms
    }

    fn verifier_key(&self) -> &str {
        self.key.verifier_key()
    }

    async fn checkpoint(&self) -> Result<String, LogError> {
        Ok(self.state().await?.checkpoint)
    }

    async fn tile(&self, path: TilePath) -> Result<Option<Vec<u8>>, LogError> {
        match path {
            TilePath::Hashes { level, n, width } => {
                let Some((stored, data)) = on_db!(&self.db, tile(level, n))? else {
                    return Ok(None);
                };
                let width = u64::from(width);
                if stored < width {
                    return Ok(None);
                }
                let end = usize::try_from(width * 32).map_err(|_| corrupt("width"))?;
                Ok(data.get(..end).map(<[u8]>::to_vec))
            }
            TilePath::Entries { n, width } => {
                let Some((stored, data)) = on_db!(&self.db, bundle(n))? else {
                    return Ok(None);
                };
                if stored < u64::from(width) {
                    return Ok(None);
                }
                bundle_prefix(&data, usize::from(width))
                    .map(|b| Some(b.to_vec()))
                    .map_err(|e| corrupt(e.to_string()))
            }
        }
    }

    async fn history(
        &self,
        query: &khien_store::HistoryQuery,
    ) -> Result<Vec<khien_store::HistoryEntry>, LogError> {
        // Every durable entry is in the history when it is read: the indexer writes the rows
        // a little after each commit, and what it has not written yet is read back from the
        // bundles here (the history's write lock, and a commit, only when it is behind).
        if on_dbs!(&self.db, &self.hist, history_behind())? {
            on_dbs!(&self.db, &self.hist_writes, reindex(REINDEX_ROWS))?;
        }
        on_db!(&self.hist, history(query))
    }

    async fn receipt(&self, index: u64) -> Result<Receipt, LogError> {
        let (state, root) = on_db!(&self.db, state())?;
        if index >= state.size {
            return Err(LogError::NoEntry(index));
        }
        let n = index / TILE_WIDTH;
        let (_, data) = on_db!(&self.db, bundle(n))?.ok_or(LogError::NoEntry(index))?;
        let entries = split_bundle(&data).map_err(|e| corrupt(e.to_string()))?;
        let pos = usize::try_from(index % TILE_WIDTH).map_err(|_| corrupt("index"))?;
        let entry = entries
            .get(pos)
            .map(|e| e.to_vec())
            .ok_or_else(|| corrupt(format!("entry {index} missing from its bundle")))?;
        let leaf = leaf_hash(&entry);
        let proof = self
            .prove(|set| set.prove_inclusion(state.size, root, index, leaf))
            .await?;
        Ok(Receipt {
            entry,
            index,
            proof,
            checkpoint: state.checkpoint,
        })
    }
}
