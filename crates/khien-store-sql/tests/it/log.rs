//! The processing log on both backends: appends, receipts, retention, and tampering in every
//! way we could think of, each caught by `verify` with a precise code.

use khien_log::event::{Action, Actor, ActorKind, Entry};
use khien_log::keys::{LogKey, Verifier};
use khien_log::receipt::Receipt;
use khien_log::tiles::{TilePath, split_bundle};
use khien_log::verify::Report;
use khien_store::EventLog as _;
use khien_store_sql::log::{LogInit, MemoryKeys, SqlLog};
use khien_store_sql::testing::Tamper;
use std::sync::Arc;
use time::OffsetDateTime;
use time::macros::datetime;

const ORIGIN: &str = "khien.test/log";
const T0: OffsetDateTime = datetime!(2026-01-05 08:00 UTC);

/// One key store for every test of the process: a reopened log finds its keys.
static KEYS: std::sync::LazyLock<std::sync::Arc<MemoryKeys>> =
    std::sync::LazyLock::new(std::sync::Arc::default);

fn init() -> LogInit {
    LogInit {
        origin: ORIGIN.to_owned(),
        seed: [9; 32],
        pseudonym_key: [5; 32],
        now: T0,
        keys: KEYS.clone(),
    }
}

/// The organisation of every test entry.
const ORG: u128 = 0x6f0d_5e6a_3c1b_4c8e_9a55_2f1d_7c0b_9e11;

fn entry(i: u64, at: OffsetDateTime) -> Vec<u8> {
    let mut e = Entry::system(
        at,
        Some(uuid::Uuid::from_u128(ORG)),
        Actor {
            kind: ActorKind::System,
            id: "crm".to_owned(),
        },
        Action::Access,
    );
    let mut d = serde_json::Map::new();
    d.insert("i".into(), i.into());
    e.details = Some(d);
    e.encode().unwrap()
}

/// Appends `n` entries in batches of 100 (so there are several checkpoints).
async fn fill(log: &SqlLog, from: u64, n: u64, at: OffsetDateTime) {
    let mut i = from;
    while i < from + n {
        let end = (i + 100).min(from + n);
        let first =
            khien_store_sql::testing::append_raw(log, (i..end).map(|k| entry(k, at)).collect())
                .await
                .unwrap();
        assert_eq!(first, i);
        i = end;
    }
}

async fn report(log: &SqlLog) -> Report {
    let key = Verifier::parse(log.verifier_key()).unwrap();
    log.verify(key, None, 0, &mut |_, _| {}).await.unwrap()
}

fn codes(r: &Report) -> Vec<&'static str> {
    r.problems.iter().map(|p| p.code).collect()
}

async fn seven_hundred(s: &dyn Tamper) -> Arc<SqlLog> {
    let log = s.open_log(&init()).await.unwrap();
    fill(&log, 0, 700, T0).await;
    let r = report(&log).await;
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!(
        (r.size, r.entries_replayed, r.checkpoints_checked),
        (700, 700, 7)
    );
    s.drop_log_guards().await.unwrap();
    log
}

/// Asserts the first problem's code (the precise one; later ones are consequences).
async fn caught(log: &SqlLog, first: &str) -> Report {
    let r = report(log).await;
    assert!(!r.ok(), "tampering went unnoticed");
    assert_eq!(codes(&r)[0], first, "{:#?}", r.problems);
    r
}

pub async fn appends_are_numbered_and_served_as_c2sp_tiles(s: &dyn Tamper) {
    let log = s.open_log(&init()).await.unwrap();
    // The same database opens the same log (key and state kept).
    let again = s
        .open_log(&LogInit {
            seed: [1; 32],
            ..init()
        })
        .await
        .unwrap();
    assert_eq!(log.verifier_key(), again.verifier_key());
    assert_eq!(
        log.verifier_key(),
        LogKey::from_seed(ORIGIN, [9; 32]).unwrap().verifier_key()
    );
    fill(&log, 0, 300, T0).await;
    fill(&again, 300, 10, T0).await;
    let cp = log.checkpoint().await.unwrap();
    let v = Verifier::parse(log.verifier_key())
        .unwrap()
        .verify_checkpoint(cp.as_bytes())
        .unwrap();
    assert_eq!(v.size, 310);
    // Entry bundle 0 is full, bundle 1 partial (54).
    let b0 = log
        .tile(TilePath::Entries { n: 0, width: 256 })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(split_bundle(&b0).unwrap().len(), 256);
    assert_eq!(split_bundle(&b0).unwrap()[7], entry(7, T0).as_slice());
    let b1 = log
        .tile(TilePath::Entries { n: 1, width: 54 })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(split_bundle(&b1).unwrap().len(), 54);
    let b1_prefix = log
        .tile(TilePath::Entries { n: 1, width: 3 })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(split_bundle(&b1_prefix).unwrap().len(), 3);
    assert!(
        log.tile(TilePath::Entries { n: 1, width: 55 })
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        log.tile(TilePath::Entries { n: 1, width: 256 })
            .await
            .unwrap()
            .is_none()
    );
    let t0 = log
        .tile(TilePath::Hashes {
            level: 0,
            n: 0,
            width: 256,
        })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(t0.len(), 256 * 32);
    assert_eq!(&t0[..32], khien_log::leaf_hash(&entry(0, T0)).0.as_slice());
    let t1 = log
        .tile(TilePath::Hashes {
            level: 1,
            n: 0,
            width: 1,
        })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(t1.len(), 32);
    // Receipts for every kind of position check offline with the verifier key alone.
    let key = Verifier::parse(log.verifier_key()).unwrap();
    for index in [0, 1, 255, 256, 300, 309] {
        let r = log.receipt(index).await.unwrap();
        let text = r.to_text();
        let back = Receipt::parse(&text).unwrap();
        let ok = back.check(&key).unwrap();
        assert_eq!((ok.index, ok.size), (index, 310));
        assert_eq!(back.entry, entry(index, T0));
        // An altered entry in the receipt fails.
        let mut bad = back.clone();
        bad.entry[10] ^= 1;
        assert!(bad.check(&key).is_err());
    }
    assert!(log.receipt(310).await.is_err());
    // Consistency from every earlier checkpoint.
    let (proof, _) = log.consistency(100).await.unwrap();
    assert!(!proof.is_empty());
    assert!(report(&log).await.ok());
}

/// The database keeps the public verifier key only; the secrets are in the key store, and a
/// log whose secrets are not there does not open (issue 13).
pub async fn the_secret_keys_are_not_in_the_database(s: &dyn Tamper) {
    let log = s.open_log(&init()).await.unwrap();
    fill(&log, 0, 3, T0).await;
    let pk = s
        .blob("SELECT pseudonym_key FROM log_keys WHERE id = 1")
        .await
        .unwrap();
    assert!(pk.is_empty(), "the pseudonym key is in the database");
    let sql = if s.exec("SELECT sqlite_version()").await.is_ok() {
        "SELECT CAST(signing_key AS BLOB) FROM log_keys WHERE id = 1"
    } else {
        "SELECT convert_to(signing_key, 'UTF8') FROM log_keys WHERE id = 1"
    };
    let stored = String::from_utf8(s.blob(sql).await.unwrap()).unwrap();
    assert_eq!(stored, log.verifier_key());
    assert!(!stored.contains("PRIVATE"));
    let elsewhere = LogInit {
        keys: std::sync::Arc::new(MemoryKeys::default()),
        ..init()
    };
    let r = s.open_log(&elsewhere).await;
    assert!(
        matches!(r, Err(khien_store::LogError::Keys(_))),
        "a log opened without its keys"
    );
}

pub async fn the_triggers_refuse_edits_through_sql(s: &dyn Tamper) {
    let log = s.open_log(&init()).await.unwrap();
    fill(&log, 0, 300, T0).await;
    // Every entry has its access-history row once the indexer has caught up.
    log.index_history().await.unwrap();
    assert_eq!(
        log.index_history().await.unwrap(),
        0,
        "nothing left to index"
    );
    for sql in [
        "UPDATE log_bundles SET width = 255 WHERE n = 0",
        "DELETE FROM log_bundles WHERE n = 0",
        "DELETE FROM log_tiles WHERE level = 0 AND n = 0",
        "UPDATE log_tiles SET width = 3 WHERE level = 0 AND n = 1",
        "DELETE FROM log_checkpoints WHERE size = 100",
        "UPDATE log_checkpoints SET note = 'x' WHERE size = 100",
        "UPDATE log_state SET size = 5 WHERE id = 1",
        "UPDATE log_state SET retention_months = 3 WHERE id = 1",
        // Rows that would reset the log or change its keys (issue 13).
        "DELETE FROM log_state",
        "DELETE FROM log_keys",
        "UPDATE log_keys SET origin = 'khác'",
        "DELETE FROM log_bundles",
        "DELETE FROM log_checkpoints",
        // The bundle being filled, kept in parts (migration 0016): a part never changes,
        // and goes only once its bundle is whole.
        "UPDATE log_bundle_parts SET width = width",
        "DELETE FROM log_bundle_parts",
        "DELETE FROM log_bundle_parts WHERE n = 1 AND first = 0",
    ] {
        assert!(s.exec(sql).await.is_err(), "{sql} was allowed");
    }
    // Statements of one backend only.
    let backend_only: &[&str] = if s.exec("SELECT sqlite_version()").await.is_ok() {
        // SQLite's REPLACE removes the old row without firing DELETE triggers.
        &[
            "INSERT OR REPLACE INTO log_checkpoints (size, note, created_at) VALUES (100, 'x', 'y')",
            "REPLACE INTO log_bundles (n, width, data) VALUES (0, 256, x'00')",
            "REPLACE INTO log_bundle_parts (n, first, width, data) VALUES (1, 0, 44, x'00')",
            "INSERT OR REPLACE INTO log_tiles (level, n, width, data) VALUES (0, 0, 256, x'00')",
            "INSERT OR REPLACE INTO log_state (id, size, root, checkpoint) VALUES (1, 0, x'00', '')",
            "INSERT OR REPLACE INTO log_keys (id, origin, signing_key, pseudonym_key, created_at) VALUES (1, 'o', 'k', x'00', 'y')",
        ]
    } else {
        // Row triggers do not fire on TRUNCATE.
        &[
            "TRUNCATE log_bundles",
            "TRUNCATE log_bundle_parts",
            "TRUNCATE log_tiles",
            "TRUNCATE log_checkpoints",
            "TRUNCATE log_state CASCADE",
            "TRUNCATE log_keys",
            "INSERT INTO log_checkpoints (size, note, created_at) VALUES (100, 'x', now()) \
             ON CONFLICT (size) DO UPDATE SET note = 'x'",
        ]
    };
    for sql in backend_only {
        assert!(s.exec(sql).await.is_err(), "{sql} was allowed");
    }
    // The access history, in its own database on SQLite, has the same guards.
    let mut history = vec![
        "DELETE FROM log_access",
        "DELETE FROM log_access WHERE idx = 5",
        "UPDATE log_access SET actor_id = 'người khác' WHERE idx = 5",
    ];
    if s.exec("SELECT sqlite_version()").await.is_ok() {
        history.extend([
            "INSERT OR REPLACE INTO log_access (idx, at, actor_kind, actor_id, action, denied, detail) VALUES (5, 0, 'user', 'x', 'access', 0, '{}')",
            // Its state: which log it comes from, how far, what retention removed.
            "DELETE FROM history_state",
            "UPDATE history_state SET log_key = 'khác'",
            "UPDATE history_state SET last_idx = 3",
            "INSERT OR REPLACE INTO history_state (id, log_key, pruned_bundles) VALUES (1, 'k', 0)",
        ]);
    } else {
        history.push("TRUNCATE log_access");
    }
    for sql in history {
        assert!(s.exec_history(sql).await.is_err(), "{sql} was allowed");
    }
    assert!(log.set_retention(5).await.is_err());
    log.set_retention(24).await.unwrap();
    assert!(log.set_retention(12).await.is_err(), "retention shortened");
    assert!(report(&log).await.ok());
}

/// The bundle being filled is written as one part per commit, folded into a whole bundle once
/// full; a log written before parts (its partial bundle as a row of `log_bundles`) goes on
/// from that row.
pub async fn the_bundle_being_filled_is_kept_in_parts(s: &dyn Tamper) {
    let log = s.open_log(&init()).await.unwrap();
    fill(&log, 0, 300, T0).await;
    // Entries 200..300: bundle 0 was completed (its parts 0..100 and 100..200 folded into
    // it), bundle 1 has one part of 44.
    assert_eq!(count(s, "log_bundle_parts WHERE n = 0").await, 0);
    assert_eq!(count(s, "log_bundle_parts WHERE n = 1").await, 1);
    let part = s
        .blob("SELECT data FROM log_bundle_parts WHERE n = 1 AND first = 0")
        .await
        .unwrap();
    assert_eq!(split_bundle(&part).unwrap().len(), 44);
    let served = log
        .tile(TilePath::Entries { n: 1, width: 44 })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(served, part);
    // As a log written before parts would have it: the 44 entries as a partial row.
    s.drop_log_guards().await.unwrap();
    s.exec(
        "INSERT INTO log_bundles (n, width, data) \
         SELECT n, width, data FROM log_bundle_parts WHERE n = 1",
    )
    .await
    .unwrap();
    s.exec("DELETE FROM log_bundle_parts").await.unwrap();
    drop(log);
    // It goes on from the row: the row, then a part, read back by every reader.
    let log = s.open_log(&init()).await.unwrap();
    fill(&log, 300, 100, T0).await;
    assert_eq!(
        count(s, "log_bundle_parts WHERE n = 1 AND first = 44").await,
        1
    );
    let served = log
        .tile(TilePath::Entries { n: 1, width: 144 })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(split_bundle(&served).unwrap().len(), 144);
    assert_eq!(&served[..part.len()], part.as_slice());
    assert_eq!(log.receipt(350).await.unwrap().entry, entry(350, T0));
    let r = report(&log).await;
    assert!(r.ok(), "{:?}", r.problems);
    // Opened again, its edge is rebuilt from the row and the part.
    drop(log);
    let log = s.open_log(&init()).await.unwrap();
    fill(&log, 400, 200, T0).await;
    let whole = s
        .blob("SELECT data FROM log_bundles WHERE n = 1")
        .await
        .unwrap();
    assert_eq!(split_bundle(&whole).unwrap().len(), 256);
    assert_eq!(
        &whole[..part.len()],
        part.as_slice(),
        "the old row was not grown"
    );
    assert_eq!(count(s, "log_bundle_parts WHERE n = 1").await, 0);
    let r = report(&log).await;
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!(r.size, 600);
    let receipt = log.receipt(599).await.unwrap();
    assert_eq!(receipt.entry, entry(599, T0));
}

/// How many rows of `from` (a table and its condition) there are, on either backend, in the
/// registry's database or (`history`) the access history's.
async fn count_in(s: &dyn Tamper, from: &str, history: bool) -> u64 {
    let sql = if s.exec("SELECT sqlite_version()").await.is_ok() {
        format!("SELECT CAST(CAST(COUNT(*) AS TEXT) AS BLOB) FROM {from}")
    } else {
        format!("SELECT convert_to(COUNT(*)::text, 'UTF8') FROM {from}")
    };
    let blob = if history {
        s.blob_history(&sql).await
    } else {
        s.blob(&sql).await
    };
    String::from_utf8(blob.unwrap()).unwrap().parse().unwrap()
}

async fn count(s: &dyn Tamper, from: &str) -> u64 {
    count_in(s, from, false).await
}

async fn count_history(s: &dyn Tamper, from: &str) -> u64 {
    count_in(s, from, true).await
}

/// Every entry of the test organisation in the access history, newest first.
fn org_history(limit: u32) -> khien_store::HistoryQuery {
    khien_store::HistoryQuery {
        org: khien_domain::OrgId::from_uuid(uuid::Uuid::from_u128(ORG)),
        actor: None,
        asset: None,
        subject: None,
        action: None,
        denied: None,
        from: None,
        to: None,
        before: None,
        limit,
    }
}

/// The indexes of [`org_history`], as a query reads them.
async fn history_of(log: &SqlLog, limit: u32) -> Vec<u64> {
    let q = org_history(limit);
    log.history(&q)
        .await
        .unwrap()
        .iter()
        .map(|h| h.index)
        .collect()
}

/// The access history follows the log: the indexer writes the rows after the commits, and a
/// query right after an append finds every entry (whatever the indexer has not written yet
/// is read back from the bundles first). Nothing is written twice.
pub async fn the_history_follows_its_entries(s: &dyn Tamper) {
    let log = s.open_log(&init()).await.unwrap();
    fill(&log, 0, 300, T0).await;
    let seen = history_of(&log, 1000).await;
    assert_eq!(seen, (0..300).rev().collect::<Vec<_>>());
    assert_eq!(count_history(s, "log_access").await, 300);
    fill(&log, 300, 5, T0).await;
    assert_eq!(history_of(&log, 2).await, vec![304, 303]);
    // Whoever wrote them (the indexer or the query), each row is there once.
    log.index_history().await.unwrap();
    assert_eq!(count_history(s, "log_access").await, 305);
    assert_eq!(
        log.index_history().await.unwrap(),
        0,
        "nothing left to index"
    );
    let r = report(&log).await;
    assert!(r.ok(), "{:?}", r.problems);
}

pub async fn an_edited_entry_is_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    let mut data = s
        .blob("SELECT data FROM log_bundles WHERE n = 1")
        .await
        .unwrap();
    // Rename the actor of one entry a third of the way in: still valid JSON, another entry.
    let from = data.len() / 3;
    let pos = from
        + data[from..]
            .windows(5)
            .position(|w| w == b"\"crm\"")
            .unwrap();
    data[pos + 3] = b'n';
    s.set_blob("UPDATE log_bundles SET data = $1 WHERE n = 1", data)
        .await
        .unwrap();
    let r = caught(&log, "entry_mismatch").await;
    assert_eq!(r.problems[0].at, "entry 341");
    assert!(codes(&r).contains(&"checkpoint_root"));
}

pub async fn reordered_entries_are_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    let data = s
        .blob("SELECT data FROM log_bundles WHERE n = 0")
        .await
        .unwrap();
    let mut entries: Vec<Vec<u8>> = split_bundle(&data)
        .unwrap()
        .into_iter()
        .map(<[u8]>::to_vec)
        .collect();
    entries.swap(3, 4);
    let mut swapped = Vec::new();
    for e in &entries {
        khien_log::tiles::push_entry(&mut swapped, e).unwrap();
    }
    s.set_blob("UPDATE log_bundles SET data = $1 WHERE n = 0", swapped)
        .await
        .unwrap();
    let r = caught(&log, "entry_mismatch").await;
    assert_eq!(r.problems[0].at, "entry 3");
    assert_eq!(r.problems[1].at, "entry 4");
}

pub async fn swapped_bundles_are_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    s.exec("UPDATE log_bundles SET n = 99 WHERE n = 0")
        .await
        .unwrap();
    s.exec("UPDATE log_bundles SET n = 0 WHERE n = 1")
        .await
        .unwrap();
    s.exec("UPDATE log_bundles SET n = 1 WHERE n = 99")
        .await
        .unwrap();
    let r = caught(&log, "entry_mismatch").await;
    assert_eq!(r.problems[0].at, "entry 0");
}

pub async fn a_deleted_bundle_is_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    s.exec("DELETE FROM log_bundles WHERE n = 1").await.unwrap();
    let r = caught(&log, "entries_missing").await;
    assert_eq!(r.problems[0].at, "bundle 1");
    // The tree itself still rebuilds from the level-0 tiles: nothing else is reported.
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
}

pub async fn a_deleted_entry_is_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    let data = s
        .blob("SELECT data FROM log_bundle_parts WHERE n = 2 AND first = 0")
        .await
        .unwrap();
    let entries = split_bundle(&data).unwrap();
    let mut fewer = Vec::new();
    for e in entries.iter().skip(1) {
        khien_log::tiles::push_entry(&mut fewer, e).unwrap();
    }
    s.set_blob(
        "UPDATE log_bundle_parts SET data = $1 WHERE n = 2 AND first = 0",
        fewer,
    )
    .await
    .unwrap();
    let r = caught(&log, "entries_missing").await;
    assert_eq!(r.problems[0].at, "bundle 2");
    assert!(codes(&r).contains(&"entry_mismatch"));
}

pub async fn an_added_entry_is_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    // The bundle being filled is in parts, one per commit (migration 0016): add to the last.
    const LAST: &str = "n = 2 AND first = (SELECT MAX(first) FROM log_bundle_parts WHERE n = 2)";
    let mut data = s
        .blob(&format!("SELECT data FROM log_bundle_parts WHERE {LAST}"))
        .await
        .unwrap();
    khien_log::tiles::push_entry(&mut data, &entry(9999, T0)).unwrap();
    s.set_blob(
        &format!("UPDATE log_bundle_parts SET data = $1 WHERE {LAST}"),
        data,
    )
    .await
    .unwrap();
    caught(&log, "entries_extra").await;
}

pub async fn a_truncated_log_is_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    // Cut the log back to 512 entries, state and tiles included; the later checkpoints stay.
    s.exec("DELETE FROM log_bundle_parts WHERE n = 2")
        .await
        .unwrap();
    s.exec("DELETE FROM log_tiles WHERE level = 0 AND n = 2")
        .await
        .unwrap();
    s.exec("UPDATE log_state SET size = 512 WHERE id = 1")
        .await
        .unwrap();
    let r = caught(&log, "tile_missing").await;
    assert!(codes(&r).contains(&"truncated"), "{:?}", r.problems);
}

pub async fn an_edited_hash_tile_is_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    let mut t = s
        .blob("SELECT data FROM log_tiles WHERE level = 1 AND n = 0")
        .await
        .unwrap();
    t[5] ^= 0x80;
    s.set_blob(
        "UPDATE log_tiles SET data = $1 WHERE level = 1 AND n = 0",
        t,
    )
    .await
    .unwrap();
    let r = caught(&log, "tile_mismatch").await;
    assert_eq!(r.problems[0].at, "tile 1/0");
    // A receipt is not issued from an altered tile.
    assert!(log.receipt(10).await.is_err());
}

pub async fn an_edited_leaf_tile_is_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    let mut t = s
        .blob("SELECT data FROM log_tiles WHERE level = 0 AND n = 1")
        .await
        .unwrap();
    t[32 * 9] ^= 0x01;
    s.set_blob(
        "UPDATE log_tiles SET data = $1 WHERE level = 0 AND n = 1",
        t,
    )
    .await
    .unwrap();
    let r = caught(&log, "entry_mismatch").await;
    assert_eq!(r.problems[0].at, "entry 265");
}

pub async fn a_deleted_tile_is_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    s.exec("DELETE FROM log_tiles WHERE level = 1")
        .await
        .unwrap();
    let r = caught(&log, "tile_missing").await;
    assert_eq!(r.problems[0].at, "tile 1/0");
}

pub async fn a_forged_checkpoint_is_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    // Signed by another key under the same name.
    let other = LogKey::from_seed(ORIGIN, [42; 32]).unwrap();
    let forged = other
        .sign_checkpoint(300, khien_log::leaf_hash(b"x"))
        .unwrap();
    let note = forged.replace('\'', "''");
    s.exec(&format!(
        "UPDATE log_checkpoints SET note = '{note}' WHERE size = 300"
    ))
    .await
    .unwrap();
    let r = caught(&log, "checkpoint_signature").await;
    assert_eq!(r.problems[0].at, "checkpoint 300");
    // Edited text under the real signature.
    s.exec(
        "UPDATE log_checkpoints SET note = REPLACE(note, '\n400\n', '\n401\n') WHERE size = 400",
    )
    .await
    .unwrap();
    let r = report(&log).await;
    assert!(
        r.problems.iter().any(|p| p.at == "checkpoint 400"),
        "{:?}",
        r.problems
    );
}

pub async fn a_forked_history_is_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    let key = Verifier::parse(log.verifier_key()).unwrap();
    let trusted = key
        .verify_checkpoint(log.checkpoint().await.unwrap().as_bytes())
        .unwrap();
    // The operator rewrites entry 5 and rebuilds everything, re-signing with the log's own key:
    // entries, tiles, checkpoints and state all agree with each other.
    for sql in [
        "DELETE FROM log_bundles",
        "DELETE FROM log_bundle_parts",
        "DELETE FROM log_tiles",
        "DELETE FROM log_checkpoints WHERE size > 0",
        "UPDATE log_state SET size = 0 WHERE id = 1",
    ] {
        s.exec(sql).await.unwrap();
    }
    s.exec_history("DELETE FROM log_access").await.unwrap();
    let rewritten = s.open_log(&init()).await.unwrap();
    let mut forged: Vec<Vec<u8>> = (0..700).map(|i| entry(i, T0)).collect();
    forged[5] = entry(5_000_000, T0);
    khien_store_sql::testing::append_raw(&rewritten, forged)
        .await
        .unwrap();
    // On its own the rewritten log is consistent...
    assert!(report(&rewritten).await.ok());
    // ...but it does not contain the checkpoint the auditor kept.
    let r = rewritten
        .verify(key, Some(trusted), 0, &mut |_, _| {})
        .await
        .unwrap();
    assert_eq!(codes(&r), vec!["fork"], "{:?}", r.problems);
}

pub async fn an_edited_state_is_caught(s: &dyn Tamper) {
    let log = seven_hundred(s).await;
    s.exec("UPDATE log_state SET size = 701 WHERE id = 1")
        .await
        .unwrap();
    let r = report(&log).await;
    assert!(
        codes(&r).contains(&"state_mismatch") || codes(&r).contains(&"tile_width"),
        "{:?}",
        r.problems
    );
}

pub async fn retention_removes_only_old_whole_bundles_and_logs_it(s: &dyn Tamper) {
    let log = s.open_log(&init()).await.unwrap();
    fill(&log, 0, 600, T0).await;
    fill(&log, 600, 100, datetime!(2026-03-01 00:00 UTC)).await;
    // Five months later: nothing may go.
    let early = log.prune(datetime!(2026-06-04 00:00 UTC)).await.unwrap();
    assert_eq!(early.entries, 0);
    assert_eq!(log.state().await.unwrap().size, 700);
    // Six months and a day: bundles 0 and 1 (512 entries, all from T0) go; bundle 2 holds
    // entries of March and stays.
    let pruned = log.prune(datetime!(2026-07-06 00:00 UTC)).await.unwrap();
    assert_eq!(pruned.entries, 512);
    assert_eq!(pruned.event, Some(700));
    let st = log.state().await.unwrap();
    assert_eq!((st.size, st.pruned_bundles), (701, 2));
    assert!(
        log.tile(TilePath::Entries { n: 0, width: 256 })
            .await
            .unwrap()
            .is_none()
    );
    let r = report(&log).await;
    assert!(r.ok(), "{:?}", r.problems);
    assert_eq!((r.entries_from_tiles, r.entries_replayed), (512, 189));
    // The retention event is in the log, with its receipt.
    let receipt = log.receipt(700).await.unwrap();
    let e = Entry::decode(&receipt.entry).unwrap();
    assert_eq!(e.action, Action::LogRetention);
    assert!(
        log.receipt(3).await.is_err(),
        "a removed entry has no receipt"
    );
    // Every older checkpoint still verifies against the tiles (consistency from size 100).
    assert!(log.consistency(100).await.is_ok());
    // The access history lost the same entries, and has the retention event (the log's own,
    // of no organisation).
    let seen = history_of(&log, 1000).await;
    assert_eq!(seen.len(), 188);
    assert_eq!((seen[0], seen[187]), (699, 512));
    assert_eq!(count_history(s, "log_access WHERE idx < 512").await, 0);
    log.index_history().await.unwrap();
    assert_eq!(count_history(s, "log_access WHERE idx = 700").await, 1);
    // Removing a bundle by hand, even below the mark, without its event is caught.
    s.drop_log_guards().await.unwrap();
    s.exec("UPDATE log_state SET pruned_bundles = 3 WHERE id = 1")
        .await
        .unwrap();
    s.exec("DELETE FROM log_bundle_parts WHERE n = 2")
        .await
        .unwrap();
    let r = report(&log).await;
    assert!(
        codes(&r).contains(&"retention_unlogged"),
        "{:?}",
        r.problems
    );
}

pub async fn concurrent_appends_are_all_kept_in_one_order(s: &dyn Tamper) {
    let log = s.open_log(&init()).await.unwrap();
    let mut tasks = Vec::new();
    for t in 0..8u64 {
        let log = log.clone();
        tasks.push(tokio::spawn(async move {
            let mut got = Vec::new();
            for k in 0..50u64 {
                let i = t * 1000 + k;
                let first = khien_store_sql::testing::append_raw(&log, vec![entry(i, T0)])
                    .await
                    .unwrap();
                got.push((first, i));
            }
            got
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all.sort();
    assert_eq!(all.len(), 400);
    for (pos, (index, i)) in all.iter().enumerate() {
        assert_eq!(*index, pos as u64);
        let r = log.receipt(*index).await.unwrap();
        assert_eq!(r.entry, entry(*i, T0));
    }
    assert!(report(&log).await.ok());
}

/// A credential replaced through SQL (SQLite's `INSERT OR REPLACE`, PostgreSQL's upsert)
/// moves the access epoch like any other change to access, so servers that keep callers in
/// memory see it (issue 13).
pub async fn replacing_a_credential_through_sql_moves_the_access_epoch<S>(s: &S)
where
    S: Tamper + khien_store::Store,
{
    use khien_domain::{Email, Text, TokenId, UserId};
    let u = s
        .create_user(
            &khien_store::NewUser {
                id: UserId::from_random([7; 16]),
                email: Email::parse("a@example.vn").unwrap(),
                display_name: Text::parse("name", "A", 10).unwrap(),
                password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaA".to_owned(),
            },
            &[],
            T0,
        )
        .await
        .unwrap();
    let tok = khien_store::ApiToken {
        id: TokenId::from_random([8; 16]),
        user_id: u.id,
        name: Text::parse("name", "HIS", 10).unwrap(),
        created_at: T0,
        expires_at: None,
        revoked_at: None,
        roles: None,
    };
    s.create_api_token(&tok, "digest-r").await.unwrap();
    assert!(s.authenticate("digest-r", T0).await.unwrap().is_some());
    let before = s.access_epoch().await.unwrap();
    let sql = if s.backend() == "sqlite" {
        "INSERT OR REPLACE INTO api_tokens (id, user_id, name, digest, created_at, expires_at, revoked_at, roles) \
         SELECT id, user_id, name, digest, created_at, expires_at, created_at, roles FROM api_tokens"
    } else {
        "INSERT INTO api_tokens (id, user_id, name, digest, created_at, expires_at, revoked_at, roles) \
         SELECT id, user_id, name, digest, created_at, expires_at, created_at, roles FROM api_tokens \
         ON CONFLICT (id) DO UPDATE SET revoked_at = EXCLUDED.revoked_at"
    };
    s.exec(sql).await.unwrap();
    assert!(
        s.authenticate("digest-r", T0).await.unwrap().is_none(),
        "the token is revoked"
    );
    assert!(
        s.access_epoch().await.unwrap() > before,
        "the access epoch moved"
    );
}

/// Assets written before the folded-name column existed (migration 0011) are found by a
/// search once the store has been opened again: opening fills in what is missing.
pub async fn asset_names_left_unfolded_are_folded_at_open<S>(s: &S)
where
    S: Tamper + khien_store::Store,
{
    use khien_domain::AssetId;
    let org = crate::contract::new_org(s, 3, "Công ty A").await;
    for (i, name) in ["Bảng lương", "Hồ sơ nhân sự"].iter().enumerate() {
        let id = AssetId::from_random([10 + u8::try_from(i).unwrap(); 16]);
        s.create_asset(org, id, &crate::contract::asset_draft(name), T0)
            .await
            .unwrap();
    }
    assert_eq!(
        s.exec("UPDATE data_assets SET name_folded = NULL").await,
        Ok(2)
    );
    let (hits, _) = s
        .list_assets_page(org, None, Some("luong"), 0, 10)
        .await
        .unwrap();
    assert!(hits.is_empty(), "an unfolded name is not found");
    s.fold_asset_names().await.unwrap();
    let (hits, total) = s
        .list_assets_page(org, None, Some("luong"), 0, 10)
        .await
        .unwrap();
    assert_eq!((hits.len(), total), (1, 1));
    assert_eq!(hits[0].details.name.as_str(), "Bảng lương");
}

/// SQLite keeps the access history in a file of its own beside the registry, which backups do
/// not hold. A history that was not derived from the log beside it (left beside a registry
/// restored from an older backup, or kept from a copy of the log that has since grown
/// differently) is emptied and rebuilt from the log's bundles when the log opens.
pub async fn a_sqlite_history_not_from_its_log_is_rebuilt(dir: &std::path::Path) {
    use khien_store_sql::{Migrations, SqliteStore, sqlite_history_path};
    let url = |name: &str| format!("sqlite://{}/{name}", dir.display());
    let t1 = datetime!(2026-02-02 09:00 UTC);
    let t2 = datetime!(2026-03-03 10:00 UTC);
    let copy_history = |from: &str, to: &str| {
        let (from, to) = (
            sqlite_history_path(&dir.join(from)),
            sqlite_history_path(&dir.join(to)),
        );
        for side in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{side}", to.display()));
        }
        std::fs::copy(from, to).unwrap();
    };
    // A log of 300 entries, backed up at 100.
    let a = SqliteStore::open(&url("a.db"), Migrations::Apply)
        .await
        .unwrap();
    let log = SqlLog::sqlite(&a, &init()).await.unwrap();
    fill(&log, 0, 100, T0).await;
    khien_store_sql::backup_sqlite(&url("a.db"), &dir.join("backup.db"))
        .await
        .unwrap();
    fill(&log, 100, 200, t1).await;
    assert_eq!(history_of(&log, 1000).await.len(), 300);
    log.index_history().await.unwrap();
    drop(log);
    a.close().await;

    // The backup restored as b.db, beside the newer history of a.db.
    std::fs::copy(dir.join("backup.db"), dir.join("b.db")).unwrap();
    copy_history("a.db", "b.db");
    let b = SqliteStore::open(&url("b.db"), Migrations::Apply)
        .await
        .unwrap();
    let log = SqlLog::sqlite(&b, &init()).await.unwrap();
    assert_eq!(
        history_of(&log, 1000).await,
        (0..100).rev().collect::<Vec<_>>()
    );
    // b grows on its own: entries 100.. at another time than a's.
    fill(&log, 100, 300, t2).await;
    log.index_history().await.unwrap();
    drop(log);
    b.close().await;

    // a's history (300 entries, same log key) put beside b (400 entries): at its newest row
    // the two logs hold different entries.
    copy_history("a.db", "b.db");
    let b = SqliteStore::open(&url("b.db"), Migrations::Apply)
        .await
        .unwrap();
    let log = SqlLog::sqlite(&b, &init()).await.unwrap();
    let seen = log.history(&org_history(1000)).await.unwrap();
    assert_eq!(seen.len(), 400);
    assert!(
        seen.iter().all(|h| if h.index < 100 {
            h.at == T0
        } else {
            h.at == t2
        }),
        "a row of the other copy survived"
    );
    assert_eq!(log.index_history().await.unwrap(), 0);
    drop(log);
    b.close().await;
}
