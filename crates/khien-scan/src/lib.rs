//! The discovery scanner: reads files and databases, finds Vietnamese personal data in them
//! with `khien-detect`, classifies it under the regime in force and reports, without ever
//! keeping a raw value.
//!
//! Files (a file or a directory tree) are read by a pool of threads, one file at a time per
//! thread, each streamed with bounded memory: the scanner keeps statistics per column or field,
//! never rows. Databases are read through `khien-store-sql`'s read-only source connections,
//! a sample of rows per table. A problem with one file or table becomes an entry of
//! [`Report::errors`] and the scan goes on; Ctrl-C (the `cancel` flag) stops every reader at
//! its next block.

#![forbid(unsafe_code)]

pub mod classification;
pub mod database;
mod decode;
mod readers;
pub mod report;
mod unit;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use database::{is_database_url, sample_database};
use khien_detect::{Detector, FieldStats, Regime, classify, rollup};
use khien_domain::redact_url;

pub use decode::Enc;
pub use readers::Format;
pub use report::{Finding, Location, Report, ScanError, SourceSummary, Unit};
use unit::{FieldKey, UnitScan};

/// How to scan.
#[derive(Debug, Clone)]
pub struct Options {
    /// The regime findings are classified under.
    pub regime: Regime,
    /// Rows sampled per database table.
    pub sample_rows: u32,
    /// Threads reading files.
    pub threads: usize,
    /// The current year (birth years after it are not birth years).
    pub current_year: i32,
    /// Longest line accepted in a text file, in bytes.
    pub max_line_bytes: usize,
    /// Most distinct fields kept apart per file (JSON documents with ids as keys).
    pub max_fields: usize,
}

impl Options {
    /// Defaults: Law 91/2025, 1 000 rows per table, one thread per core, 16 MiB lines.
    pub fn new(current_year: i32) -> Self {
        Options {
            regime: Regime::Law91,
            sample_rows: 1000,
            threads: std::thread::available_parallelism().map_or(1, usize::from),
            current_year,
            max_line_bytes: 16 << 20,
            max_fields: 4096,
        }
    }
}

/// Where a scan reports its progress (a progress bar on a terminal).
pub trait Progress: Send + Sync {
    /// More bytes are to be read.
    fn add_total(&self, _bytes: u64) {}
    /// Bytes were read.
    fn advance(&self, _bytes: u64) {}
    /// What is being read now.
    fn message(&self, _what: &str) {}
}

/// Reports nothing.
pub struct NoProgress;
impl Progress for NoProgress {}

/// One file or table read, before it is turned into report entries.
struct UnitResult {
    source: usize,
    location: Location,
    format: &'static str,
    encoding: Option<&'static str>,
    bytes: Option<u64>,
    records: u64,
    sampled: Option<u64>,
    fields: Vec<(FieldKey, FieldStats)>,
    error: Option<String>,
}

/// The scan was interrupted; nothing it found should be written anywhere.
#[derive(Debug, thiserror::Error)]
#[error("the scan was interrupted")]
pub struct Interrupted;

/// Scans `sources` (paths of files or directories, and database URLs).
pub async fn scan(
    sources: Vec<String>,
    opts: Options,
    progress: Arc<dyn Progress>,
    cancel: Arc<AtomicBool>,
) -> Result<Report, Interrupted> {
    let mut summaries = Vec::new();
    let mut errors = Vec::new();
    let mut files: Vec<(usize, PathBuf, Format)> = Vec::new();
    let mut units: Vec<UnitResult> = Vec::new();
    for (i, s) in sources.iter().enumerate() {
        let shown = if is_database_url(s) {
            redact_url(s)
        } else {
            s.clone()
        };
        let mut summary = SourceSummary {
            source: shown.clone(),
            kind: "file",
            files: 0,
            tables: 0,
            bytes: 0,
            records: 0,
            skipped: 0,
        };
        if is_database_url(s) {
            summary.kind = db_kind(s);
            progress.message(&shown);
            match sample_database(s, opts.sample_rows).await {
                Err(e) => errors.push(ScanError {
                    source: shown.clone(),
                    file: None,
                    table: None,
                    message: e.to_string(),
                }),
                Ok(tables) => {
                    for t in tables {
                        if cancel.load(Ordering::Relaxed) {
                            return Err(Interrupted);
                        }
                        match t {
                            Err(e) => errors.push(ScanError {
                                source: shown.clone(),
                                file: None,
                                table: Some(e.table),
                                message: e.message,
                            }),
                            Ok(t) => units.push(table_unit(i, t, &opts)),
                        }
                    }
                }
            }
        } else {
            let p = Path::new(s);
            match std::fs::metadata(p) {
                Err(e) => errors.push(ScanError {
                    source: shown.clone(),
                    file: None,
                    table: None,
                    message: e.to_string(),
                }),
                Ok(m) if m.is_dir() => {
                    summary.kind = "directory";
                    let mut walk: Vec<walkdir::DirEntry> = Vec::new();
                    for entry in walkdir::WalkDir::new(p)
                        .follow_links(false)
                        .sort_by_file_name()
                    {
                        match entry {
                            Ok(e) if e.file_type().is_file() => walk.push(e),
                            Ok(_) => {}
                            Err(e) => errors.push(ScanError {
                                source: shown.clone(),
                                file: e.path().map(|p| p.display().to_string()),
                                table: None,
                                message: e.to_string(),
                            }),
                        }
                    }
                    for e in walk {
                        match Format::from_path(e.path()) {
                            Some(f) => files.push((i, e.into_path(), f)),
                            None => summary.skipped += 1,
                        }
                    }
                }
                Ok(_) => match Format::from_path(p) {
                    Some(f) => files.push((i, p.to_path_buf(), f)),
                    // A single file named explicitly is read as text when its name says nothing.
                    None => files.push((i, p.to_path_buf(), Format::Text)),
                },
            }
        }
        summaries.push(summary);
    }

    let total: u64 = files
        .iter()
        .filter_map(|(_, p, _)| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    progress.add_total(total);
    let file_units = {
        let progress = progress.clone();
        let cancel = cancel.clone();
        let opts = opts.clone();
        tokio::task::spawn_blocking(move || read_files(files, &opts, &*progress, &cancel))
            .await
            .map_err(|_| Interrupted)?
    };
    if cancel.load(Ordering::Relaxed) {
        return Err(Interrupted);
    }
    units.extend(file_units);
    Ok(build_report(summaries, units, errors, opts.regime))
}

fn db_kind(url: &str) -> &'static str {
    if url.starts_with("sqlite:") {
        "sqlite"
    } else if url.starts_with("postgres") {
        "postgres"
    } else {
        "mysql"
    }
}

fn table_unit(source: usize, t: database::TableSample, opts: &Options) -> UnitResult {
    let mut stats: Vec<FieldStats> = t.columns.iter().map(|c| FieldStats::new(Some(c))).collect();
    for row in &t.rows {
        for (s, v) in stats.iter_mut().zip(row) {
            if let Some(v) = v {
                s.add(v, opts.current_year);
            }
        }
    }
    let table = t.qualified_name();
    UnitResult {
        source,
        location: Location {
            table: Some(table.clone()),
            ..Location::default()
        },
        format: "table",
        encoding: None,
        bytes: None,
        records: t.row_count.unwrap_or(t.rows.len() as u64),
        sampled: Some(t.rows.len() as u64),
        fields: t
            .columns
            .into_iter()
            .zip(stats)
            .map(|(c, s)| {
                (
                    FieldKey {
                        table: None,
                        column: Some(c),
                        field: None,
                    },
                    s,
                )
            })
            .collect(),
        error: None,
    }
}

/// Reads files on `opts.threads` threads, each taking the next file in turn.
fn read_files(
    files: Vec<(usize, PathBuf, Format)>,
    opts: &Options,
    progress: &dyn Progress,
    cancel: &AtomicBool,
) -> Vec<UnitResult> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, UnitResult)>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..opts.threads.max(1) {
            s.spawn(|| {
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    let Some((source, path, format)) = files.get(k) else {
                        break;
                    };
                    if cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    progress.message(&path.display().to_string());
                    let mut unit = UnitScan::new(opts.max_fields, opts.current_year);
                    let outcome = readers::read(path, *format, &mut unit, opts, progress, cancel);
                    let overflowed = unit.overflowed;
                    let records = unit.records;
                    let error = match (outcome.error, overflowed) {
                        (Some(e), _) => Some(e),
                        (None, true) => Some(format!(
                            "more than {} distinct fields: the rest are counted together as \"…\"",
                            opts.max_fields
                        )),
                        (None, false) => None,
                    };
                    let r = UnitResult {
                        source: *source,
                        location: Location {
                            file: Some(path.display().to_string()),
                            ..Location::default()
                        },
                        format: format.name(),
                        encoding: outcome.encoding.map(Enc::name),
                        bytes: std::fs::metadata(path).ok().map(|m| m.len()),
                        records,
                        sampled: None,
                        fields: unit.into_fields(),
                        error,
                    };
                    if let Ok(mut g) = results.lock() {
                        g.push((k, r));
                    }
                }
            });
        }
    });
    let mut v = results.into_inner().unwrap_or_default();
    v.sort_by_key(|(k, _)| *k);
    v.into_iter().map(|(_, r)| r).collect()
}

fn build_report(
    mut summaries: Vec<SourceSummary>,
    units: Vec<UnitResult>,
    mut errors: Vec<ScanError>,
    regime: Regime,
) -> Report {
    let mut findings = Vec::new();
    let mut unit_entries = Vec::new();
    for u in units {
        let shown = summaries
            .get(u.source)
            .map(|s| s.source.clone())
            .unwrap_or_default();
        if let Some(s) = summaries.get_mut(u.source) {
            if u.location.file.is_some() {
                s.files += 1;
            } else {
                s.tables += 1;
            }
            s.bytes += u.bytes.unwrap_or(0);
            s.records += u.records;
        }
        if let Some(message) = u.error {
            errors.push(ScanError {
                source: shown.clone(),
                file: u.location.file.clone(),
                table: u.location.table.clone(),
                message,
            });
        }
        let mut found: Vec<Detector> = Vec::new();
        for (key, stats) in &u.fields {
            for f in stats.findings() {
                found.push(f.detector);
                let (category, basis) = classify(f.detector, regime);
                findings.push(Finding {
                    source: shown.clone(),
                    location: Location {
                        file: u.location.file.clone(),
                        table: u.location.table.clone().or_else(|| key.table.clone()),
                        column: key.column.clone(),
                        field: key.field.clone(),
                    },
                    detector: f.detector.id(),
                    category: category.code(),
                    legal_basis: basis,
                    count: f.count,
                    confidence: f.confidence,
                    samples: f.samples,
                });
            }
        }
        let r = rollup(found, regime);
        unit_entries.push(Unit {
            source: shown,
            location: u.location,
            format: u.format,
            encoding: u.encoding,
            bytes: u.bytes,
            records: u.records,
            sampled: u.sampled,
            personal_data: r.category.map_or("none", |c| c.code()),
            detectors: r.detectors.iter().map(|d| d.id()).collect(),
            identity_with_sensitive: r.identity_with_sensitive,
        });
    }
    Report {
        regime: regime.id(),
        sources: summaries,
        findings,
        errors,
        units: unit_entries,
    }
}

/// Reads `data` as a file of `format` (written to a temporary file, as the readers take
/// files) and returns its findings and error: for fuzzing the readers, and for tests.
pub fn read_bytes(format: Format, data: &[u8]) -> std::io::Result<(usize, Option<String>)> {
    let dir = std::env::temp_dir().join(format!(
        "khien-read-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("input");
    std::fs::write(&path, data)?;
    let opts = Options::new(2026);
    let mut unit = UnitScan::new(opts.max_fields, opts.current_year);
    let cancel = AtomicBool::new(false);
    let outcome = readers::read(&path, format, &mut unit, &opts, &NoProgress, &cancel);
    let found = unit
        .into_fields()
        .iter()
        .map(|(_, s)| s.findings().len())
        .sum();
    let _ = std::fs::remove_dir_all(&dir);
    Ok((found, outcome.error))
}
