//! Replaying a whole log and reporting every inconsistency precisely.
//!
//! The replay recomputes each entry's leaf hash and checks it against the stored level-0 hash
//! tile, rebuilds the tree from the leaves and checks every stored tile above level 0, every
//! stored checkpoint (signature and root at its size), the current state, and the removals
//! made under the retention period. It is fed one bundle at a time, in order, so a log of any
//! size is checked in constant memory (bar the tiles above level 0, 1/256 of the tree).
//!
//! What it catches: an edited, deleted, reordered, added or truncated entry; an edited,
//! deleted or added tile; an edited, removed, forged or out-of-place checkpoint; a removal
//! before the retention period or without its retention event; a fork (a history that does
//! not contain a checkpoint the auditor trusts). What no replay can catch alone: an operator
//! who rewrites entries, tiles and checkpoints together and re-signs them with the log's own
//! key. Against that an auditor keeps checkpoints (or the Go checker's copies) and passes one
//! as `trusted`: the rewritten history then fails to contain it.

use std::collections::BTreeMap;

use serde::Serialize;
use tlog_tiles::Hash;

use crate::event::{Action, Entry};
use crate::keys::{Verified, Verifier};
use crate::tiles::split_bundle;
use crate::tree::{Edge, TileWrite, to_hash};
use crate::{TILE_WIDTH, leaf_hash, retention};

/// One inconsistency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// A stable code (`entry_mismatch`, `tile_mismatch`, `checkpoint_root`, ...).
    pub code: &'static str,
    /// Where: an entry index, a tile `L/N`, a checkpoint size.
    pub at: String,
    /// What is wrong, in Vietnamese and English.
    pub message: String,
}

/// What the replay found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Entries in the tree as rebuilt.
    pub size: u64,
    /// Its root hash, base64.
    pub root: String,
    /// Entries whose bytes were replayed.
    pub entries_replayed: u64,
    /// Entries taken from their stored leaf hashes (removed after the retention period, or
    /// before the trusted checkpoint the replay started from).
    pub entries_from_tiles: u64,
    /// Checkpoints checked.
    pub checkpoints_checked: u64,
    /// Every inconsistency found, in the order found.
    pub problems: Vec<Problem>,
}

impl Report {
    /// Whether the log verified.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// What the store claims, for the replay to check.
#[derive(Debug, Clone)]
pub struct Claims {
    /// The verifier key trusted by the auditor.
    pub key: Verifier,
    /// The current size and signed checkpoint, as recorded.
    pub state: Option<(u64, String)>,
    /// The checkpoint history: `(size, signed note)`.
    pub checkpoints: Vec<(u64, String)>,
    /// Every stored hash tile above level 0: `(level, index, data)`.
    pub upper_tiles: Vec<(u8, u64, Vec<u8>)>,
    /// Bundles recorded as removed under the retention period (`[0, pruned)`).
    pub pruned_bundles: u64,
    /// A checkpoint the auditor kept, already checked with `key`: the rebuilt history must
    /// contain it.
    pub trusted: Option<Verified>,
    /// Entries before this index are taken from their stored leaf hashes (start the replay
    /// from a trusted checkpoint); whole bundles only.
    pub replay_from: u64,
}

/// One entry, examined: its leaf hash, whether it decodes, and the entry when it is a
/// retention event.
#[derive(Debug)]
struct Examined {
    leaf: Hash,
    malformed: Option<String>,
    retention: Option<Entry>,
}

/// A bundle examined ahead of the replay: splitting, decoding and hashing are independent per
/// bundle, so callers may run [`prepare`] on several threads and feed the results in order.
#[derive(Debug)]
pub struct Prepared(Option<Result<Vec<Examined>, crate::tiles::BundleError>>);

/// Examines a bundle (or its absence).
pub fn prepare(bundle: Option<&[u8]>) -> Prepared {
    Prepared(bundle.map(|b| {
        split_bundle(b).map(|entries| {
            entries
                .into_iter()
                .map(|e| {
                    // The full entry is needed only for retention events.
                    let (malformed, retention) = match Entry::check(e) {
                        Ok(Action::LogRetention) => match Entry::decode(e) {
                            Ok(entry) => (None, Some(entry)),
                            Err(err) => (Some(err.to_string()), None),
                        },
                        Ok(_) => (None, None),
                        Err(err) => (Some(err.to_string()), None),
                    };
                    Examined {
                        leaf: leaf_hash(e),
                        malformed,
                        retention,
                    }
                })
                .collect()
        })
    }))
}

/// A replay in progress.
#[derive(Debug)]
pub struct Replay {
    target: u64,
    edge: Edge,
    full: Vec<TileWrite>,
    pending: Vec<(u64, Option<Verified>)>,
    next_cp: usize,
    trusted: Option<Verified>,
    upper: BTreeMap<(u8, u64), Vec<u8>>,
    state: Option<(u64, Option<Verified>)>,
    pruned_bundles: u64,
    replay_from_bundle: u64,
    retention_ok_to: u64,
    cp_bad_roots: Vec<u64>,
    broken: bool,
    report: Report,
}

fn b64(h: &Hash) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(h.0)
}

impl Replay {
    /// Starts a replay: checks the checkpoints' signatures and works out the size to expect.
    pub fn new(claims: Claims) -> Self {
        let mut problems = Vec::new();
        let mut pending = Vec::new();
        let mut target = 0u64;
        for (size, note) in &claims.checkpoints {
            match claims.key.verify_checkpoint(note.as_bytes()) {
                Ok(v) if v.size == *size => {
                    target = target.max(v.size);
                    pending.push((v.size, Some(v)));
                }
                Ok(v) => problems.push(Problem {
                    code: "checkpoint_misfiled",
                    at: format!("checkpoint {size}"),
                    message: format!(
                        "điểm kiểm tra lưu ở kích thước {size} nhưng ghi kích thước {} \
                         (checkpoint stored under size {size} says size {})",
                        v.size, v.size
                    ),
                }),
                Err(e) => problems.push(Problem {
                    code: "checkpoint_signature",
                    at: format!("checkpoint {size}"),
                    message: format!("điểm kiểm tra kích thước {size}: {e}"),
                }),
            }
        }
        pending.sort_by_key(|(s, _)| *s);
        let state = claims.state.as_ref().map(|(size, note)| {
            target = target.max(*size);
            match claims.key.verify_checkpoint(note.as_bytes()) {
                Ok(v) => (*size, Some(v)),
                Err(e) => {
                    problems.push(Problem {
                        code: "state_checkpoint",
                        at: "state".to_owned(),
                        message: format!("điểm kiểm tra hiện tại (current checkpoint): {e}"),
                    });
                    (*size, None)
                }
            }
        });
        if let Some(t) = &claims.trusted {
            target = target.max(t.size);
        }
        let upper = claims
            .upper_tiles
            .into_iter()
            .map(|(l, n, d)| ((l, n), d))
            .collect();
        Self {
            target,
            edge: Edge::new(),
            full: Vec::new(),
            pending,
            next_cp: 0,
            trusted: claims.trusted,
            upper,
            state,
            pruned_bundles: claims.pruned_bundles,
            replay_from_bundle: claims.replay_from / TILE_WIDTH,
            retention_ok_to: 0,
            cp_bad_roots: Vec::new(),
            broken: false,
            report: Report {
                size: 0,
                root: String::new(),
                entries_replayed: 0,
                entries_from_tiles: 0,
                checkpoints_checked: 0,
                problems,
            },
        }
    }

    /// How many bundles the log should have.
    pub fn bundles(&self) -> u64 {
        self.target.div_ceil(TILE_WIDTH)
    }

    fn problem(&mut self, code: &'static str, at: String, message: String) {
        self.report.problems.push(Problem { code, at, message });
    }

    /// Feeds bundle `n` (and its level-0 hash tile), as stored; `None` when absent.
    pub fn feed(&mut self, n: u64, bundle: Option<&[u8]>, tile0: Option<&[u8]>) {
        self.feed_prepared(n, prepare(bundle), tile0);
    }

    /// Feeds bundle `n` examined by [`prepare`], with its level-0 hash tile.
    pub fn feed_prepared(&mut self, n: u64, bundle: Prepared, tile0: Option<&[u8]>) {
        if self.broken {
            return;
        }
        let base = n * TILE_WIDTH;
        let expected = (self.target.saturating_sub(base)).min(TILE_WIDTH) as usize;
        if expected == 0 {
            if bundle.0.is_some() {
                self.problem(
                    "entries_extra",
                    format!("bundle {n}"),
                    format!(
                        "gói bản ghi {n} nằm sau cuối nhật ký (bundle {n} lies beyond the log's end)"
                    ),
                );
            }
            return;
        }
        let stored: Option<Vec<Hash>> = tile0.map(|d| d.chunks_exact(32).map(to_hash).collect());
        if let Some(s) = &stored {
            if tile0.is_some_and(|d| !d.len().is_multiple_of(32)) || s.len() != expected {
                self.problem(
                    "tile_width",
                    format!("tile 0/{n}"),
                    format!(
                        "ô băm 0/{n} có {} giá trị băm, cần {expected} (hash tile 0/{n} holds {} hashes, expected {expected})",
                        s.len(),
                        s.len()
                    ),
                );
            }
        } else {
            self.problem(
                "tile_missing",
                format!("tile 0/{n}"),
                format!("thiếu ô băm 0/{n} (hash tile 0/{n} is missing)"),
            );
        }
        let skip = n < self.replay_from_bundle;
        let mut leaves: Vec<Option<Hash>> = vec![None; expected];
        match bundle.0 {
            Some(examined) if !skip => match examined {
                Ok(entries) => {
                    if entries.len() != expected {
                        let (code, what) = if entries.len() < expected {
                            ("entries_missing", "thiếu (missing)")
                        } else {
                            ("entries_extra", "thừa (extra)")
                        };
                        self.problem(
                            code,
                            format!("bundle {n}"),
                            format!(
                                "gói bản ghi {n} có {} bản ghi, cần {expected}: bản ghi {what} \
                                 (bundle {n} holds {} entries, expected {expected})",
                                entries.len(),
                                entries.len()
                            ),
                        );
                    }
                    for (i, e) in entries.into_iter().take(expected).enumerate() {
                        let idx = base + i as u64;
                        if let Some(err) = e.malformed {
                            self.problem(
                                "entry_malformed",
                                format!("entry {idx}"),
                                format!("bản ghi {idx} không đọc được (entry unreadable): {err}"),
                            );
                        }
                        if let Some(r) = &e.retention {
                            self.check_retention_event(idx, r);
                        }
                        let leaf = e.leaf;
                        if let Some(s) = stored.as_ref().and_then(|s| s.get(i))
                            && *s != leaf
                        {
                            self.problem(
                                "entry_mismatch",
                                format!("entry {idx}"),
                                format!(
                                    "bản ghi {idx} không khớp giá trị băm lá trong ô 0/{n}: bản ghi hoặc ô đã bị sửa \
                                     (entry {idx} does not match its leaf hash: entry or tile altered)"
                                ),
                            );
                        }
                        leaves[i] = Some(leaf);
                        self.report.entries_replayed += 1;
                    }
                }
                Err(e) => self.problem(
                    "bundle_malformed",
                    format!("bundle {n}"),
                    format!("gói bản ghi {n}: {e}"),
                ),
            },
            Some(_) => {}
            None if skip || n < self.pruned_bundles => {}
            None => self.problem(
                "entries_missing",
                format!("bundle {n}"),
                format!(
                    "mất gói bản ghi {n} (bản ghi {base}–{}) mà không có sự kiện lưu giữ nào ghi nhận việc xóa \
                     (entries deleted without a retention event)",
                    base + expected as u64 - 1
                ),
            ),
        }
        for (i, slot) in leaves.iter_mut().enumerate() {
            if slot.is_none() {
                match stored.as_ref().and_then(|s| s.get(i)) {
                    Some(h) => {
                        *slot = Some(*h);
                        self.report.entries_from_tiles += 1;
                    }
                    None => {
                        let idx = base + i as u64;
                        self.problem(
                            "unrecoverable",
                            format!("entry {idx}"),
                            format!(
                                "không còn bản ghi lẫn giá trị băm của bản ghi {idx}: không thể dựng lại cây sau điểm này \
                                 (neither the entry nor its hash remains; the tree cannot be rebuilt past it)"
                            ),
                        );
                        self.broken = true;
                        return;
                    }
                }
            }
        }
        for leaf in leaves.into_iter().flatten() {
            self.edge.push(leaf, &mut self.full);
            self.after_push();
        }
        self.check_full_tiles();
    }

    /// A retention event records `pruned_to` (entries removed below it), `last_removed_at`
    /// (the newest removed entry's time) and `retention_months`; the removal must have waited
    /// the period (Decree 165/2025 Art. 17.10).
    fn check_retention_event(&mut self, idx: u64, e: &Entry) {
        let details = e.details.as_ref();
        let get = |k: &str| details.and_then(|d| d.get(k));
        let pruned_to = get("pruned_to").and_then(serde_json::Value::as_u64);
        let months = get("retention_months").and_then(serde_json::Value::as_u64);
        let last = get("last_removed_at")
            .and_then(serde_json::Value::as_str)
            .and_then(|s| {
                time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
            });
        match (pruned_to, months, last) {
            (Some(to), Some(m), Some(last)) => {
                let months_ok = u32::try_from(m).is_ok_and(|m| m >= retention::MIN_MONTHS);
                let waited = u32::try_from(m)
                    .map(|m| last <= retention::cutoff(e.at, m))
                    .unwrap_or(false);
                if !months_ok || !waited {
                    self.problem(
                        "retention_early",
                        format!("entry {idx}"),
                        format!(
                            "sự kiện lưu giữ {idx} xóa bản ghi chưa đủ thời hạn lưu giữ tối thiểu 6 tháng \
                             (Nghị định 165/2025 Điều 17.10) (removal before the retention period)"
                        ),
                    );
                }
                self.retention_ok_to = self.retention_ok_to.max(to);
            }
            _ => self.problem(
                "retention_malformed",
                format!("entry {idx}"),
                format!("sự kiện lưu giữ {idx} thiếu pruned_to/retention_months/last_removed_at"),
            ),
        }
    }

    fn after_push(&mut self) {
        let size = self.edge.size();
        while let Some((cp_size, v)) = self.pending.get(self.next_cp).copied() {
            if cp_size > size {
                break;
            }
            self.next_cp += 1;
            if cp_size < size {
                continue; // size 0
            }
            self.report.checkpoints_checked += 1;
            if let Some(v) = v
                && v.root != self.edge.root()
            {
                self.cp_bad_roots.push(cp_size);
            }
        }
        if let Some(t) = self.trusted
            && t.size == size
        {
            self.trusted = None;
            if t.root != self.edge.root() {
                self.problem(
                    "fork",
                    format!("checkpoint {size}"),
                    format!(
                        "lịch sử nhật ký không chứa điểm kiểm tra tin cậy kích thước {size}: nhật ký đã bị viết lại (phân nhánh) \
                         (the log's history does not contain the trusted checkpoint: it was rewritten, a fork)"
                    ),
                );
            }
        }
    }

    fn check_full_tiles(&mut self) {
        for t in std::mem::take(&mut self.full) {
            if t.level == 0 {
                continue; // checked leaf by leaf
            }
            self.compare_tile(&t);
        }
    }

    fn compare_tile(&mut self, t: &TileWrite) {
        let (l, n) = (t.level, t.n);
        match self.upper.remove(&(l, n)) {
            Some(d) if d == t.data => {}
            Some(_) => self.problem(
                "tile_mismatch",
                format!("tile {l}/{n}"),
                format!("ô băm {l}/{n} không khớp với cây dựng lại (hash tile {l}/{n} does not match the rebuilt tree)"),
            ),
            None => self.problem(
                "tile_missing",
                format!("tile {l}/{n}"),
                format!("thiếu ô băm {l}/{n} (hash tile {l}/{n} is missing)"),
            ),
        }
    }

    /// Ends the replay.
    pub fn finish(mut self) -> Report {
        if !self.broken {
            for t in self.edge.partial_tiles() {
                if t.level > 0 {
                    self.compare_tile(&t);
                }
            }
            let extra: Vec<(u8, u64)> = self.upper.keys().copied().collect();
            for (l, n) in extra {
                self.problem(
                    "tile_extra",
                    format!("tile {l}/{n}"),
                    format!(
                        "ô băm {l}/{n} không thuộc cây (hash tile {l}/{n} is not part of the tree)"
                    ),
                );
            }
        }
        let size = self.edge.size();
        let root = self.edge.root();
        if let Some(first) = self.cp_bad_roots.first().copied() {
            let count = self.cp_bad_roots.len();
            self.problem(
                "checkpoint_root",
                format!("checkpoint {first}"),
                format!(
                    "{count} điểm kiểm tra đã ký, từ kích thước {first}, không khớp gốc của cây dựng lại: nội dung nhật ký đã bị thay đổi \
                     ({count} signed checkpoints from size {first} do not match the rebuilt root: the log's content changed)"
                ),
            );
        }
        let beyond: Vec<u64> = self.pending[self.next_cp..]
            .iter()
            .map(|(s, _)| *s)
            .filter(|s| *s > size)
            .collect();
        if let Some(first) = beyond.first() {
            self.problem(
                "truncated",
                format!("checkpoint {first}"),
                format!(
                    "đã ký điểm kiểm tra kích thước {first} nhưng nhật ký chỉ còn {size} bản ghi: phần cuối đã bị cắt \
                     (a checkpoint was signed at size {first} but only {size} entries remain: truncated)"
                ),
            );
        }
        if let Some(t) = self.trusted {
            self.problem(
                "fork",
                format!("checkpoint {}", t.size),
                format!(
                    "nhật ký ({size} bản ghi) ngắn hơn điểm kiểm tra tin cậy kích thước {} (log shorter than the trusted checkpoint)",
                    t.size
                ),
            );
        }
        if let Some((claimed, v)) = self.state {
            let agrees = claimed == size && v.is_none_or(|v| v.size == size && v.root == root);
            if !agrees {
                self.problem(
                    "state_mismatch",
                    "state".to_owned(),
                    format!(
                        "trạng thái ghi {claimed} bản ghi nhưng cây dựng lại có {size} bản ghi hoặc gốc khác \
                         (recorded state disagrees with the rebuilt tree)"
                    ),
                );
            }
        }
        if self.pruned_bundles > 0 && self.retention_ok_to < self.pruned_bundles * TILE_WIDTH {
            let to = self.pruned_bundles * TILE_WIDTH;
            self.problem(
                "retention_unlogged",
                format!("bundle 0–{}", self.pruned_bundles - 1),
                format!(
                    "bản ghi 0–{} đã bị xóa nhưng không có sự kiện lưu giữ nào ghi nhận \
                     (entries removed without a retention event recording it)",
                    to - 1
                ),
            );
        }
        self.report.size = size;
        self.report.root = b64(&root);
        self.report
    }
}
