//! Discovery scans as use cases: a scan's report turned into the catalogue's records
//! ([`scan_record`], shared by the command line and the console), and scans started from the
//! console, run in the background with their progress ([`ScanJobs`]).
//!
//! Scanning reads files and databases on the server's side, so the console may scan only
//! folders under the roots the operator allowed when starting the server, and databases only
//! when the operator allowed it ([`ScanPolicy`]). A report holds counts and masked samples,
//! never a raw value (khien-scan's invariant).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use khien_domain::{AssetId, AssetKind, OrgId, PersonalDataClass, ScanId, Text};
use khien_scan::{Location, Report};
use khien_store::{ScanRecord, ScanWritten, ScannedAsset, ScannedFinding};
use time::OffsetDateTime;

use crate::access::ops;
use crate::{App, AppError, Caller, On};

/// Where the console may point a scan.
#[derive(Debug, Clone, Default)]
pub struct ScanPolicy {
    /// Folders (canonical paths) under which files may be scanned.
    pub roots: Vec<PathBuf>,
    /// Whether database URLs may be scanned (the server connects to them, read-only).
    pub databases: bool,
    /// The program that reads crash-prone formats in a process of their own
    /// (`khien_scan::Options::isolate`): the server's own binary.
    pub isolate: Option<PathBuf>,
}

impl ScanPolicy {
    /// Checks one source the console asked for; returns it as the scanner should read it.
    pub fn check(&self, source: &str) -> Result<String, AppError> {
        let source = source.trim();
        if source.is_empty() || source.chars().count() > 2000 {
            return Err(AppError::invalid(
                "source",
                "must have 1 to 2000 characters",
            ));
        }
        if khien_scan::database::is_database_url(source) {
            return if self.databases {
                Ok(source.to_owned())
            } else {
                Err(AppError::invalid(
                    "source",
                    "database scans from the console are not enabled on this server (khien serve --scan-databases)",
                ))
            };
        }
        if self.roots.is_empty() {
            return Err(AppError::invalid(
                "source",
                "folder scans from the console are not enabled on this server (khien serve --scan-root DIR)",
            ));
        }
        let path = std::fs::canonicalize(Path::new(source))
            .map_err(|_| AppError::invalid("source", "no such folder or file on the server"))?;
        if !self.roots.iter().any(|r| path.starts_with(r)) {
            return Err(AppError::invalid(
                "source",
                "outside the folders this server may scan",
            ));
        }
        Ok(path.display().to_string())
    }
}

/// Where a scan started from the console stands.
#[derive(Debug, Clone)]
pub enum ScanState {
    /// Reading.
    Running,
    /// Finished with this report.
    Done(Arc<Report>),
    /// Interrupted or failed.
    Failed(String),
    /// Its results were written into the catalogue.
    Accepted {
        /// The report.
        report: Arc<Report>,
        /// What changed.
        created: u64,
        /// Assets updated.
        updated: u64,
        /// Findings written.
        findings: u64,
        /// The log entry recording it.
        index: u64,
    },
}

/// A scan started from the console.
#[derive(Debug)]
pub struct ScanJob {
    /// Its id (also the id of the scan record it becomes).
    pub id: ScanId,
    /// The organisation.
    pub org: OrgId,
    /// What it reads (database URLs shown without passwords).
    pub sources: Vec<String>,
    /// When it started.
    pub started_at: OffsetDateTime,
    /// Bytes to read, as far as known.
    pub total: AtomicU64,
    /// Bytes read.
    pub done: AtomicU64,
    /// What is being read now.
    pub current: Mutex<String>,
    /// Its state.
    pub state: Mutex<ScanState>,
    sources_raw: Vec<String>,
    cancel: Arc<AtomicBool>,
}

impl ScanJob {
    /// The state now.
    pub fn state(&self) -> ScanState {
        self.state
            .lock()
            .map_or_else(|_| ScanState::Failed("internal".to_owned()), |s| s.clone())
    }

    /// Percentage read (0 to 100) while running.
    pub fn percent(&self) -> u8 {
        let total = self.total.load(Ordering::Relaxed);
        let done = self.done.load(Ordering::Relaxed);
        if total == 0 {
            return 0;
        }
        u8::try_from((done.min(total) * 100) / total).unwrap_or(100)
    }

    /// What is being read now.
    pub fn current(&self) -> String {
        self.current.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

struct JobProgress(Arc<ScanJob>);

impl khien_scan::Progress for JobProgress {
    fn add_total(&self, bytes: u64) {
        self.0.total.fetch_add(bytes, Ordering::Relaxed);
    }
    fn advance(&self, bytes: u64) {
        self.0.done.fetch_add(bytes, Ordering::Relaxed);
    }
    fn message(&self, what: &str) {
        if let Ok(mut c) = self.0.current.lock() {
            // Only the file's name: the page shows it, and paths can be long.
            let short = Path::new(what)
                .file_name()
                .map_or(what, |n| n.to_str().unwrap_or(what));
            short
                .chars()
                .take(200)
                .collect::<String>()
                .clone_into(&mut c);
        }
    }
}

/// Most scans kept per process (the oldest finished ones are forgotten first).
const MAX_JOBS: usize = 64;

/// Scans started from the console, kept in memory until the process stops.
#[derive(Default)]
pub struct ScanJobs {
    jobs: Mutex<HashMap<ScanId, Arc<ScanJob>>>,
    /// Where scans may read.
    pub policy: Mutex<ScanPolicy>,
}

impl std::fmt::Debug for ScanJobs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScanJobs").finish_non_exhaustive()
    }
}

impl ScanJobs {
    fn insert(&self, job: Arc<ScanJob>) {
        if let Ok(mut jobs) = self.jobs.lock() {
            if jobs.len() >= MAX_JOBS {
                let oldest = jobs
                    .values()
                    .filter(|j| !matches!(j.state(), ScanState::Running))
                    .min_by_key(|j| j.started_at)
                    .map(|j| j.id);
                if let Some(id) = oldest {
                    jobs.remove(&id);
                }
            }
            jobs.insert(job.id, job);
        }
    }

    fn get(&self, org: OrgId, id: ScanId) -> Option<Arc<ScanJob>> {
        self.jobs
            .lock()
            .ok()?
            .get(&id)
            .filter(|j| j.org == org)
            .cloned()
    }

    fn of(&self, org: OrgId) -> Vec<Arc<ScanJob>> {
        let mut v: Vec<_> = self
            .jobs
            .lock()
            .map(|j| j.values().filter(|j| j.org == org).cloned().collect())
            .unwrap_or_default();
        v.sort_by_key(|j| std::cmp::Reverse(j.started_at));
        v
    }

    fn running(&self) -> usize {
        self.jobs.lock().map_or(0, |j| {
            j.values()
                .filter(|j| matches!(j.state(), ScanState::Running))
                .count()
        })
    }
}

/// Scans running at once in one process (each uses every core).
const MAX_RUNNING: usize = 2;

impl App {
    /// Starts a scan of `sources` for `org` in the background (the decision recorded first,
    /// with the number of sources, never their paths); returns its id.
    pub async fn start_scan(
        &self,
        caller: &Caller,
        org: OrgId,
        sources: &[String],
        regime: khien_detect::Regime,
    ) -> Result<ScanId, AppError> {
        if sources.is_empty() || sources.len() > 16 {
            return Err(AppError::invalid("source", "give 1 to 16 sources"));
        }
        let policy = self
            .scans
            .policy
            .lock()
            .map(|p| p.clone())
            .map_err(|_| AppError::Internal)?;
        let checked = sources
            .iter()
            .map(|s| policy.check(s))
            .collect::<Result<Vec<_>, _>>()?;
        let id = ScanId::from_random(self.random_bytes());
        let on = On::default()
            .with("scan_id", id.to_string())
            .with("sources", checked.len() as u64);
        let p = self.permit(caller, ops::SCAN_START, org, on).await?;
        if self.scans.running() >= MAX_RUNNING {
            return self.finish(&p, Err(AppError::Busy)).await;
        }
        let now = self.now();
        let job = Arc::new(ScanJob {
            id,
            org,
            sources: checked
                .iter()
                .map(|s| {
                    if khien_scan::database::is_database_url(s) {
                        khien_domain::redact_url(s)
                    } else {
                        s.clone()
                    }
                })
                .collect(),
            started_at: now,
            total: AtomicU64::new(0),
            done: AtomicU64::new(0),
            current: Mutex::new(String::new()),
            state: Mutex::new(ScanState::Running),
            sources_raw: checked,
            cancel: Arc::new(AtomicBool::new(false)),
        });
        self.scans.insert(job.clone());
        let mut opts = khien_scan::Options::new(now.year());
        opts.regime = regime;
        opts.isolate = self
            .scans
            .policy
            .lock()
            .ok()
            .and_then(|p| p.isolate.clone());
        khien_scan::quiet_reader_panics();
        tokio::spawn(async move {
            let progress: Arc<dyn khien_scan::Progress> = Arc::new(JobProgress(job.clone()));
            let r =
                khien_scan::scan(job.sources_raw.clone(), opts, progress, job.cancel.clone()).await;
            let state = match r {
                Ok(report) => ScanState::Done(Arc::new(report)),
                Err(_) => ScanState::Failed("interrupted".to_owned()),
            };
            if let Ok(mut s) = job.state.lock() {
                *s = state;
            }
        });
        self.finish(&p, Ok(id)).await
    }

    /// A scan's progress, polled by the console: not recorded (it shows no data; reading its
    /// results is [`App::scan_results`]), but decided like a read of the catalogue.
    pub async fn scan_progress(
        &self,
        caller: &Caller,
        org: OrgId,
        id: ScanId,
    ) -> Result<Arc<ScanJob>, AppError> {
        self.permit_unrecorded(caller, ops::ASSET_LIST, org).await?;
        self.scans.get(org, id).ok_or(AppError::NotFound("scan"))
    }

    /// A scan with its results (masked samples): recorded as an access.
    pub async fn scan_results(
        &self,
        caller: &Caller,
        org: OrgId,
        id: ScanId,
    ) -> Result<Arc<ScanJob>, AppError> {
        let on = On::default().with("scan_id", id.to_string());
        let p = self.permit(caller, ops::SCAN_READ, org, on).await?;
        let r = self.scans.get(org, id).ok_or(AppError::NotFound("scan"));
        self.finish(&p, r).await
    }

    /// The organisation's scans started in this process, newest first.
    pub async fn scans(&self, caller: &Caller, org: OrgId) -> Result<Vec<Arc<ScanJob>>, AppError> {
        self.permit_unrecorded(caller, ops::ASSET_LIST, org).await?;
        Ok(self.scans.of(org))
    }

    /// Writes a finished scan's results into the catalogue ([`App::record_scan`]).
    pub async fn accept_scan(
        &self,
        caller: &Caller,
        org: OrgId,
        id: ScanId,
    ) -> Result<(ScanWritten, u64), AppError> {
        let job = self.scans.get(org, id).ok_or(AppError::NotFound("scan"))?;
        let report = match job.state() {
            ScanState::Done(r) => r,
            ScanState::Accepted { .. } => {
                return Err(AppError::Conflict(
                    "the scan's results are already in the catalogue".to_owned(),
                ));
            }
            _ => return Err(AppError::Conflict("the scan has not finished".to_owned())),
        };
        let record = scan_record(id, &report, &job.sources_raw, || self.random_bytes())?;
        let (w, index) = match record {
            Some(rec) => self.record_scan(caller, org, &rec).await?,
            None => (
                ScanWritten {
                    created: 0,
                    updated: 0,
                    findings: 0,
                },
                0,
            ),
        };
        if let Ok(mut s) = job.state.lock() {
            *s = ScanState::Accepted {
                report,
                created: w.created,
                updated: w.updated,
                findings: w.findings,
                index,
            };
        }
        Ok((w, index))
    }
}

/// A name that fits the catalogue: the end of a long path is the telling part.
fn name(s: &str) -> Result<Text, AppError> {
    let n = s.chars().count();
    let short: String = if n > 200 {
        s.chars().skip(n - 200).collect()
    } else {
        s.to_owned()
    };
    Text::parse("name", &short, 200).map_err(AppError::from)
}

fn class(code: &str) -> PersonalDataClass {
    match code {
        "sensitive" => PersonalDataClass::Sensitive,
        "basic" => PersonalDataClass::Basic,
        _ => PersonalDataClass::None,
    }
}

fn canonical(path: &str) -> String {
    std::fs::canonicalize(path).map_or_else(|_| path.to_owned(), |p| p.display().to_string())
}

/// The catalogue's records for a scan's report: every file or table where personal data was
/// found becomes an asset (or updates the asset an earlier scan made of it, by its locator),
/// under an asset for its directory or database, with its findings. `sources` are the
/// sources as given to the scanner (database URLs with their passwords, which never leave
/// this function: locators use the report's redacted form). `None` when nothing was found.
pub fn scan_record(
    id: ScanId,
    report: &Report,
    sources: &[String],
    mut random: impl FnMut() -> [u8; 16],
) -> Result<Option<ScanRecord>, AppError> {
    let mut assets: Vec<ScannedAsset> = Vec::new();
    for (i, s) in report.sources.iter().enumerate() {
        let units: Vec<_> = report
            .units
            .iter()
            .filter(|u| u.source == s.source && u.personal_data != "none")
            .collect();
        if units.is_empty() {
            continue;
        }
        let raw = sources.get(i).map_or(s.source.as_str(), String::as_str);
        let (parent, prefix) = match s.kind {
            "directory" => {
                let path = canonical(raw);
                assets.push(scanned(
                    format!("dir:{path}"),
                    None,
                    name(&path)?,
                    AssetKind::File,
                    &units,
                    None,
                    None,
                    random(),
                ));
                (Some(assets.len() - 1), String::new())
            }
            "file" => (None, String::new()),
            _ => {
                assets.push(scanned(
                    format!("db:{}", s.source),
                    None,
                    name(&s.source)?,
                    AssetKind::Database,
                    &units,
                    None,
                    None,
                    random(),
                ));
                (Some(assets.len() - 1), format!("table:{}#", s.source))
            }
        };
        for u in units {
            let (locator, label, kind) = match (&u.location.file, &u.location.table) {
                (Some(f), _) => (format!("file:{}", canonical(f)), f.clone(), AssetKind::File),
                (None, Some(t)) => (format!("{prefix}{t}"), t.clone(), AssetKind::Table),
                (None, None) => continue,
            };
            let findings: Vec<ScannedFinding> = report
                .findings
                .iter()
                .filter(|f| f.source == u.source && same_unit(&f.location, &u.location))
                .map(|f| ScannedFinding {
                    table: if u.location.file.is_some() {
                        f.location.table.clone()
                    } else {
                        None
                    },
                    column: f.location.column.clone(),
                    field: f.location.field.clone(),
                    detector: f.detector.to_owned(),
                    category: f.category.to_owned(),
                    legal_basis: f.legal_basis.to_owned(),
                    count: f.count,
                    confidence: f64::from(f.confidence),
                    samples: f.samples.clone(),
                })
                .collect();
            let mut a = scanned(
                locator,
                parent,
                name(&label)?,
                kind,
                &[u],
                u.bytes,
                Some(u.records),
                random(),
            );
            a.findings = findings;
            assets.push(a);
        }
    }
    if assets.is_empty() {
        return Ok(None);
    }
    Ok(Some(ScanRecord {
        id,
        regime: report.regime.to_owned(),
        sources: report.sources.iter().map(|s| s.source.clone()).collect(),
        assets,
    }))
}

fn same_unit(finding: &Location, unit: &Location) -> bool {
    match (&unit.file, &unit.table) {
        (Some(f), _) => finding.file.as_ref() == Some(f),
        (None, t) => finding.file.is_none() && finding.table.as_ref() == t.as_ref(),
    }
}

#[allow(clippy::too_many_arguments)]
fn scanned(
    locator: String,
    parent: Option<usize>,
    name: Text,
    kind: AssetKind,
    units: &[&khien_scan::Unit],
    bytes: Option<u64>,
    records: Option<u64>,
    id: [u8; 16],
) -> ScannedAsset {
    let personal_data = units
        .iter()
        .map(|u| class(u.personal_data))
        .max()
        .unwrap_or(PersonalDataClass::None);
    ScannedAsset {
        locator,
        parent,
        new_id: AssetId::from_random(id),
        name,
        kind,
        personal_data,
        volume_bytes: bytes,
        record_count: records,
        findings: Vec::new(),
    }
}
