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

mod archive;
pub mod classification;
pub mod database;
mod decode;
mod input;
mod mail;
mod markup;
mod office;
mod pdf;
mod pdf_layout;
mod readers;
pub mod report;
mod sheets;
mod table;
mod unit;

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use database::{is_database_url, sample_database};
use khien_detect::{Detector, FieldStats, Regime, classify, rollup};
use khien_domain::redact_url;

pub use decode::Enc;
pub use readers::Format;
pub use report::{Finding, Location, Report, ScanError, Skipped, SourceSummary, Unit};
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
    /// Most distinct fields kept apart per file (JSON documents with ids as keys), and most
    /// columns kept apart per table.
    pub max_fields: usize,
    /// Most cells read per sheet.
    pub max_cells: u64,
    /// Files inside files (a DOCX in a ZIP in an e-mail) are read this deep at most.
    pub max_depth: u32,
    /// Largest entry of an archive or office container expanded, in bytes.
    pub max_entry_bytes: u64,
    /// Most bytes expanded from archives under one file given to the scan.
    pub max_expanded_bytes: u64,
    /// Largest expansion of an archive entry over its compressed size (a ZIP bomb expands by
    /// thousands; office XML by 10 to 30).
    pub max_ratio: u64,
    /// Largest HTML, RTF or e-mail file read (they are read whole).
    pub max_whole_bytes: u64,
    /// Largest PDF read.
    pub max_pdf_bytes: u64,
    /// Read pictures and scanned PDFs by OCR when Tesseract is installed.
    pub ocr: bool,
    /// A text, CSV or TSV file at least this large is read in parts by `threads` threads.
    pub parallel_text_bytes: u64,
    /// A program that reads one file in a process of its own (`khien scan-isolated`): the
    /// formats whose libraries can crash the process or exhaust its memory on a crafted file
    /// (PDF, legacy XLS, Parquet) are read there, under a memory limit and a time limit, so
    /// that a crash is that file's error. `None`: read in this process.
    pub isolate: Option<PathBuf>,
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
            max_cells: 50_000_000,
            max_depth: 4,
            max_entry_bytes: 512 << 20,
            max_expanded_bytes: 4 << 30,
            max_ratio: 200,
            max_whole_bytes: 64 << 20,
            max_pdf_bytes: 256 << 20,
            ocr: true,
            parallel_text_bytes: 32 << 20,
            isolate: None,
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
#[derive(serde::Serialize, serde::Deserialize)]
struct UnitResult {
    source: usize,
    location: Location,
    format: String,
    encoding: Option<String>,
    bytes: Option<u64>,
    records: u64,
    sampled: Option<u64>,
    fields: Vec<(FieldKey, Vec<Found>)>,
    /// Values of persons under 16 (Law 91/2025 Art. 24).
    children: u64,
    error: Option<String>,
}

/// A finding of one field, as it travels from a reader.
#[derive(serde::Serialize, serde::Deserialize)]
struct Found {
    detector: String,
    count: u64,
    confidence: f32,
    samples: Vec<String>,
}

/// The findings of a unit's fields, and its children's values.
fn findings_of(fields: Vec<(FieldKey, FieldStats)>) -> (Vec<(FieldKey, Vec<Found>)>, u64) {
    let mut children = 0;
    let out = fields
        .into_iter()
        .map(|(k, s)| {
            children += s.minors();
            let found = s
                .findings()
                .into_iter()
                .map(|f| Found {
                    detector: f.detector.id().to_owned(),
                    count: f.count,
                    confidence: f.confidence,
                    samples: f.samples,
                })
                .collect();
            (k, found)
        })
        .filter(|(_, found): &(FieldKey, Vec<Found>)| !found.is_empty())
        .collect();
    (out, children)
}

/// The `'static` name of a format or an encoding read back from a worker.
fn static_name(name: &str) -> &'static str {
    const NAMES: &[&str] = &[
        "csv",
        "tsv",
        "json",
        "ndjson",
        "parquet",
        "xlsx",
        "ods",
        "text",
        "docx",
        "odt",
        "pdf",
        "rtf",
        "html",
        "eml",
        "zip",
        "image",
        "unsupported",
        "table",
        "utf-8",
        "utf-8-bom",
        "utf-16le",
        "utf-16be",
        "windows-1258",
    ];
    NAMES
        .iter()
        .find(|n| **n == name)
        .copied()
        .unwrap_or("unknown")
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
    let local = {
        let (opts, progress, cancel) = (opts.clone(), progress.clone(), cancel.clone());
        move |jobs: Vec<FileJob>| async move {
            tokio::task::spawn_blocking(move || Ok(read_files(jobs, &opts, &*progress, &cancel)))
                .await
                .map_err(|_| "a reader thread failed".to_owned())?
        }
    };
    scan_with(sources, opts, progress, cancel, local)
        .await
        .map_err(|_| Interrupted)
}

/// Why a scan whose files were read elsewhere gave no report.
#[derive(Debug, thiserror::Error)]
pub enum ScanFailed {
    /// Ctrl-C, or the cancel flag.
    #[error("the scan was interrupted")]
    Interrupted,
    /// Whatever read the files failed (a queue that went away).
    #[error("the files could not be read: {0}")]
    Readers(String),
}

/// Scans `sources` with the files read by `read` (on this machine's threads for [`scan`]; by
/// `khien scan-worker` processes over a queue for a distributed scan). Databases are sampled
/// here. `read` gets every file to read as a [`FileJob`] and returns what each gave, in any
/// order.
pub async fn scan_with<F, Fut>(
    sources: Vec<String>,
    opts: Options,
    progress: Arc<dyn Progress>,
    cancel: Arc<AtomicBool>,
    read: F,
) -> Result<Report, ScanFailed>
where
    F: FnOnce(Vec<FileJob>) -> Fut,
    Fut: std::future::Future<Output = Result<Vec<FileResult>, String>>,
{
    let mut summaries = Vec::new();
    let mut errors = Vec::new();
    let mut skipped: Vec<Skipped> = Vec::new();
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
                            return Err(ScanFailed::Interrupted);
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
    let jobs: Vec<FileJob> = files
        .into_iter()
        .enumerate()
        .map(|(k, (source, path, format))| FileJob {
            k,
            source,
            shown: path.display().to_string(),
            path: std::path::absolute(&path).unwrap_or(path),
            as_text: format == Format::Text,
            current_year: opts.current_year,
            ocr: opts.ocr,
            max_depth: opts.max_depth,
            max_line_bytes: opts.max_line_bytes,
            threads: opts.threads,
            parallel_text_bytes: opts.parallel_text_bytes,
        })
        .collect();
    let n = jobs.len();
    let mut file_units = read(jobs).await.map_err(ScanFailed::Readers)?;
    file_units.sort_by_key(|f| f.k);
    file_units.dedup_by_key(|f| f.k);
    if !cancel.load(Ordering::Relaxed)
        && (file_units.len() != n || file_units.iter().enumerate().any(|(i, f)| f.k != i))
    {
        return Err(ScanFailed::Readers(format!(
            "{} of {n} files came back from the readers",
            file_units.len()
        )));
    }
    if cancel.load(Ordering::Relaxed) {
        return Err(ScanFailed::Interrupted);
    }
    for f in file_units {
        if let Some(s) = summaries.get_mut(f.source) {
            s.skipped += f.skipped_entries;
        }
        let source = summaries
            .get(f.source)
            .map(|s| s.source.clone())
            .unwrap_or_default();
        for (file, reason) in f.skipped {
            if let Some(s) = summaries.get_mut(f.source) {
                s.skipped += 1;
            }
            skipped.push(Skipped {
                source: source.clone(),
                file,
                reason,
            });
        }
        units.extend(f.units);
    }
    let mut r = build_report(summaries, units, errors, opts.regime);
    r.skipped = skipped;
    Ok(r)
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
    let sampled = t.rows.len() as u64;
    let (fields, children) = findings_of(
        t.columns
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
    );
    UnitResult {
        source,
        location: Location {
            table: Some(table),
            ..Location::default()
        },
        format: "table".to_owned(),
        encoding: None,
        bytes: None,
        records: t.row_count.unwrap_or(sampled),
        sampled: Some(sampled),
        fields,
        children,
        error: None,
    }
}

/// One file for a reader: where it is (an absolute path, for workers on other machines that
/// mount the same storage), how the report shows it, and the options that shape the reading.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct FileJob {
    /// Position in the scan.
    pub k: usize,
    /// Which source given to the scan it belongs to.
    pub source: usize,
    /// The path as the report shows it.
    pub shown: String,
    /// The path to open.
    pub path: PathBuf,
    /// Read as text whatever its name (a single file named on the command line).
    pub as_text: bool,
    current_year: i32,
    ocr: bool,
    max_depth: u32,
    max_line_bytes: usize,
    /// Threads that may read one large text, CSV or TSV file in parts.
    threads: usize,
    parallel_text_bytes: u64,
}

impl FileJob {
    /// The options a reader of this job uses.
    /// The options of the job, clamped: a job may come from another machine.
    fn options(&self) -> Options {
        let mut o = Options::new(self.current_year);
        o.ocr = self.ocr;
        o.max_depth = self.max_depth.min(16);
        o.max_line_bytes = self.max_line_bytes.clamp(1 << 10, 256 << 20);
        o.threads = self.threads.clamp(1, 64);
        o.parallel_text_bytes = self.parallel_text_bytes.max(1 << 20);
        o
    }

    fn format(&self) -> Format {
        if self.as_text {
            Format::Text
        } else {
            Format::from_path(&self.path).unwrap_or(Format::Text)
        }
    }
}

/// What reading one file produced: its unit, and those of the files it holds. Serialisable,
/// so that a worker can send it back over a queue; it holds findings (masked samples), never a
/// value.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct FileResult {
    k: usize,
    source: usize,
    units: Vec<UnitResult>,
    /// Files not read, with the reason (OCR not installed, a format known but not read).
    skipped: Vec<(String, String)>,
    /// Entries of archives not read because their format is not one the scanner reads.
    skipped_entries: u64,
}

/// Keeps a reader's panic off standard error: the panic becomes that file's error in the
/// report, and its message (which a parser may have written from the file's bytes) is not
/// printed. Panics of other threads are printed as before. Call once, before scanning.
pub fn quiet_reader_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let reader = std::thread::current()
                .name()
                .is_some_and(|n| n.starts_with("khien-scan-"));
            if !reader {
                previous(info);
            }
        }));
    });
}

/// Message for a reader that panicked: the file is reported, the scan goes on.
const PANICKED: &str = "the reader failed on this file (an internal error, reported as this file's error); the scan went on";

/// Reads one input (a file, or a file inside another at `depth`) into `out`, and the files it
/// holds after it. A panic in a reader becomes this input's error.
#[allow(clippy::too_many_arguments)]
fn read_input(
    source: usize,
    shown: &str,
    input: input::Input<'_>,
    format: Format,
    depth: u32,
    ctx: &readers::Ctx<'_>,
    out: &mut FileResult,
) {
    let slot = out.units.len();
    let mut unit = UnitScan::new(ctx.opts.max_fields, ctx.opts.current_year);
    let mut children: Vec<UnitResult> = Vec::new();
    let mut inner = FileResult {
        k: out.k,
        source,
        units: Vec::new(),
        skipped: Vec::new(),
        skipped_entries: 0,
    };
    let outcome = {
        let nested_ctx = readers::Ctx {
            opts: ctx.opts,
            progress: &NoProgress,
            cancel: ctx.cancel,
            expanded: ctx.expanded,
        };
        let mut nested = |name: &str, bytes: Vec<u8>| {
            let child = format!("{shown}!/{name}");
            let Some(f) = Format::from_path(Path::new(name)) else {
                inner.skipped_entries += 1;
                return;
            };
            if depth + 1 > ctx.opts.max_depth {
                inner.units.push(error_unit(
                    source,
                    &child,
                    f,
                    bytes.len() as u64,
                    format!(
                        "files inside files more than {} deep: not read",
                        ctx.opts.max_depth
                    ),
                ));
                return;
            }
            let before = inner.units.len();
            let r = catch_unwind(AssertUnwindSafe(|| {
                read_input(
                    source,
                    &child,
                    input::Input::Bytes(&bytes),
                    f,
                    depth + 1,
                    &nested_ctx,
                    &mut inner,
                );
            }));
            if r.is_err() {
                inner.units.truncate(before);
                inner.units.push(error_unit(
                    source,
                    &child,
                    f,
                    bytes.len() as u64,
                    PANICKED.to_owned(),
                ));
            }
        };
        readers::read(input, shown, format, &mut unit, ctx, &mut nested)
    };
    children.append(&mut inner.units);
    out.skipped.append(&mut inner.skipped);
    out.skipped_entries += inner.skipped_entries;
    if let Some(reason) = outcome.skipped {
        out.skipped.push((shown.to_owned(), reason));
        out.units.append(&mut children);
        return;
    }
    out.skipped_entries += outcome.skipped_entries;
    let overflowed = unit.overflowed;
    let records = unit.records;
    let error = match (outcome.error, overflowed) {
        (Some(e), _) => Some(e),
        (None, true) => Some(format!(
            "more than {} distinct fields: the rest are counted together as \"…\"",
            ctx.opts.max_fields
        )),
        (None, false) => None,
    };
    let (fields, children_values) = findings_of(unit.into_fields());
    let r = UnitResult {
        source,
        location: Location {
            file: Some(shown.to_owned()),
            ..Location::default()
        },
        format: format.name().to_owned(),
        encoding: outcome.encoding.map(|e| e.name().to_owned()),
        bytes: Some(input.len()),
        records,
        sampled: None,
        fields,
        children: children_values,
        error,
    };
    out.units.insert(slot.min(out.units.len()), r);
    out.units.append(&mut children);
}

fn error_unit(source: usize, shown: &str, f: Format, bytes: u64, message: String) -> UnitResult {
    UnitResult {
        source,
        location: Location {
            file: Some(shown.to_owned()),
            ..Location::default()
        },
        format: f.name().to_owned(),
        encoding: None,
        bytes: Some(bytes),
        records: 0,
        sampled: None,
        fields: Vec::new(),
        children: 0,
        error: Some(message),
    }
}

/// Reads one file: what a reader thread, or a `khien scan-worker`, does with a job. A panic
/// in a reader becomes the file's error.
pub fn read_job(job: &FileJob, progress: &dyn Progress, cancel: &AtomicBool) -> FileResult {
    let opts = job.options();
    let format = job.format();
    progress.message(&job.shown);
    let expanded = Cell::new(0);
    let ctx = readers::Ctx {
        opts: &opts,
        progress,
        cancel,
        expanded: &expanded,
    };
    let mut out = FileResult {
        k: job.k,
        source: job.source,
        units: Vec::new(),
        skipped: Vec::new(),
        skipped_entries: 0,
    };
    let r = catch_unwind(AssertUnwindSafe(|| {
        read_input(
            job.source,
            &job.shown,
            input::Input::File(&job.path),
            format,
            0,
            &ctx,
            &mut out,
        );
    }));
    if r.is_err() {
        let bytes = std::fs::metadata(&job.path).map_or(0, |m| m.len());
        out.units = vec![error_unit(
            job.source,
            &job.shown,
            format,
            bytes,
            PANICKED.to_owned(),
        )];
    }
    out
}

/// Memory a process reading one file may take (address space, as `prlimit --as` sets it):
/// the bound the issue sets for a scan. A PDF bomb is stopped at about 400 MiB resident; a PDF
/// of more than about 150 MiB may not fit and is reported as its file's error.
const ISOLATED_MEMORY: u64 = 1 << 30;
/// Time a process reading one file may take.
const ISOLATED_TIME: std::time::Duration = std::time::Duration::from_secs(30 * 60);
/// Most bytes of result a process reading one file may send back.
const ISOLATED_OUTPUT: u64 = 256 << 20;

impl FileJob {
    /// Whether the file is of a format whose readers can bring down the process (the PDF,
    /// XLS and Parquet libraries allocate what a file declares and recurse without bound).
    pub fn needs_isolation(&self) -> bool {
        let ext = self
            .path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        !self.as_text && matches!(ext.as_deref(), Some("pdf" | "xls" | "parquet" | "pq"))
    }
}

/// Reads one file in a process of its own: `program scan-isolated`, given the job as JSON on
/// its standard input, answers the [`FileResult`] as JSON on its standard output. It runs under
/// `prlimit --as` (util-linux: 1 GiB of address space) where that exists, and is killed after
/// 30 minutes. A crash, a kill or an answer that cannot be read is the file's error.
pub fn read_job_isolated(job: &FileJob, program: &Path, cancel: &AtomicBool) -> FileResult {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    let failed = |why: &str| {
        FileResult::failed(
            job,
            &format!("the reader of this file stopped ({why}): not read; the scan went on"),
        )
    };
    let Ok(body) = serde_json::to_vec(job) else {
        return failed("the job could not be written");
    };
    let prlimit = std::path::Path::new("/usr/bin/prlimit");
    let mut cmd = if prlimit.exists() {
        let mut c = Command::new(prlimit);
        c.arg(format!("--as={ISOLATED_MEMORY}"))
            .arg("--")
            .arg(program);
        c
    } else {
        Command::new(program)
    };
    let child = cmd
        .arg("scan-isolated")
        .env("KHIEN_LOG", "off")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(_) => return failed("the reading process could not start"),
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(&body);
    }
    let stdout = child.stdout.take();
    let reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(s) = stdout {
            let _ = s.take(ISOLATED_OUTPUT).read_to_end(&mut v);
        }
        v
    });
    let started = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if cancel.load(Ordering::Relaxed) || started.elapsed() > ISOLATED_TIME => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => {
                // A reader thread, not an async worker: waiting here blocks nothing else.
                #[allow(clippy::disallowed_methods)]
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Err(_) => break None,
        }
    };
    let out = reader.join().unwrap_or_default();
    match status {
        Some(s) if s.success() => match serde_json::from_slice::<FileResult>(&out) {
            Ok(r) if r.k == job.k => r,
            _ => failed("its answer could not be read"),
        },
        Some(_) => failed("out of memory, or a crash"),
        None if cancel.load(Ordering::Relaxed) => failed("the scan was interrupted"),
        None => failed(&format!(
            "more than {} minutes",
            ISOLATED_TIME.as_secs() / 60
        )),
    }
}

impl FileResult {
    /// The result of a job that could not be read, with the reason (a worker that died on
    /// it three times, a result too large to send back).
    pub fn failed(job: &FileJob, message: &str) -> FileResult {
        let bytes = std::fs::metadata(&job.path).map_or(0, |m| m.len());
        FileResult {
            k: job.k,
            source: job.source,
            units: vec![error_unit(
                job.source,
                &job.shown,
                job.format(),
                bytes,
                message.to_owned(),
            )],
            skipped: Vec::new(),
            skipped_entries: 0,
        }
    }

    /// Bytes of the file read (for a progress bar fed by workers).
    pub fn bytes(&self) -> u64 {
        self.units.first().and_then(|u| u.bytes).unwrap_or(0)
    }

    /// Position of the file in the scan.
    pub fn position(&self) -> usize {
        self.k
    }
}

/// Reads files on `opts.threads` threads, each taking the next file in turn.
fn read_files(
    files: Vec<FileJob>,
    opts: &Options,
    progress: &dyn Progress,
    cancel: &AtomicBool,
) -> Vec<FileResult> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<FileResult>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for t in 0..opts.threads.max(1) {
            let work = || {
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = files.get(k) else {
                        break;
                    };
                    if cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    let out = match &opts.isolate {
                        Some(program) if job.needs_isolation() => {
                            progress.message(&job.shown);
                            let r = read_job_isolated(job, program, cancel);
                            progress.advance(r.bytes());
                            r
                        }
                        _ => read_job(job, progress, cancel),
                    };
                    if let Ok(mut g) = results.lock() {
                        g.push(out);
                    }
                }
            };
            // Named, so that a panic hook can tell a reader's panic from others.
            let _ = std::thread::Builder::new()
                .name(format!("khien-scan-{t}"))
                .spawn_scoped(s, work);
        }
    });
    let mut v = results
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    v.sort_by_key(|r| r.k);
    v
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
            // Bytes of the files given (a file inside an archive is in its archive's bytes).
            if !u.location.file.as_deref().is_some_and(|f| f.contains("!/")) {
                s.bytes += u.bytes.unwrap_or(0);
            }
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
        for (key, found_here) in u.fields {
            for f in found_here {
                let Some(detector) = Detector::from_id(&f.detector) else {
                    continue;
                };
                found.push(detector);
                let (category, basis) = classify(detector, regime);
                findings.push(Finding {
                    source: shown.clone(),
                    location: Location {
                        file: u.location.file.clone(),
                        table: u.location.table.clone().or_else(|| key.table.clone()),
                        column: key.column.clone(),
                        field: key.field.clone(),
                    },
                    detector: detector.id(),
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
            format: static_name(&u.format),
            encoding: u.encoding.as_deref().map(static_name),
            bytes: u.bytes,
            records: u.records,
            sampled: u.sampled,
            personal_data: r.category.map_or("none", |c| c.code()),
            detectors: r.detectors.iter().map(|d| d.id()).collect(),
            identity_with_sensitive: r.identity_with_sensitive,
            children: u.children,
        });
    }
    Report {
        regime: regime.id(),
        sources: summaries,
        findings,
        errors,
        units: unit_entries,
        skipped: Vec::new(),
    }
}

/// Reads `data` as a file of `format` and returns its findings and error (the first among the
/// files it holds): for fuzzing the readers, and for tests.
pub fn read_bytes(format: Format, data: &[u8]) -> std::io::Result<(usize, Option<String>)> {
    let opts = Options::new(2026);
    let cancel = AtomicBool::new(false);
    let expanded = Cell::new(0);
    let ctx = readers::Ctx {
        opts: &opts,
        progress: &NoProgress,
        cancel: &cancel,
        expanded: &expanded,
    };
    let mut out = FileResult {
        k: 0,
        source: 0,
        units: Vec::new(),
        skipped: Vec::new(),
        skipped_entries: 0,
    };
    let name = format!("input.{}", format.name());
    read_input(
        0,
        &name,
        input::Input::Bytes(data),
        format,
        0,
        &ctx,
        &mut out,
    );
    let found = out
        .units
        .iter()
        .flat_map(|u| &u.fields)
        .map(|(_, f)| f.len())
        .sum();
    let error = out.units.iter().find_map(|u| u.error.clone());
    Ok((found, error))
}
