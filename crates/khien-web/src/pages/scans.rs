//! Scans started from the browser (a folder on the server, or a database URL), their live
//! progress, their results, accepting them into the catalogue, and the classification report.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse};
use khien_app::AppError;
use khien_app::scans::{ScanJob, ScanState};
use khien_domain::ScanId;
use serde::Deserialize;

use super::{Page, Posted, download, html, org_frame, org_id, see_other};
use crate::WebState;
use crate::ctx::{Ctx, Viewer};
use crate::view;

pub struct JobRow {
    pub id: String,
    pub started: String,
    pub sources: String,
    pub state: String,
}

#[derive(Template)]
#[template(path = "scans.html")]
struct List {
    ctx: Ctx,
    jobs: Vec<JobRow>,
    roots: Vec<String>,
    default_source: String,
    databases: bool,
}

fn state_label(t: &crate::i18n::T, s: &ScanState) -> String {
    t.s(match s {
        ScanState::Running => "scan.running",
        ScanState::Done(_) => "scan.done",
        ScanState::Failed(_) => "scan.failed",
        ScanState::Accepted { .. } => "scan.accepted",
    })
    .to_owned()
}

/// `GET /o/{org}/scans`.
pub async fn list(State(s): State<WebState>, v: Viewer, Path(org): Path<String>) -> Page {
    let org = org_id(&v, &org)?;
    let (ctx, _) = org_frame(&s, &v, org, "scans").await?;
    let t = v.t();
    let jobs = s.app.scans(&v.caller, org).await.map_err(|e| v.fail(e))?;
    let policy = s
        .app
        .scans
        .policy
        .lock()
        .map(|p| p.clone())
        .unwrap_or_default();
    html(&List {
        ctx,
        jobs: jobs
            .iter()
            .map(|j| JobRow {
                id: j.id.to_string(),
                started: view::when(j.started_at),
                sources: j.sources.join(", "),
                state: state_label(&t, &j.state()),
            })
            .collect(),
        roots: policy
            .roots
            .iter()
            .map(|r| r.display().to_string())
            .collect(),
        default_source: match policy.roots.as_slice() {
            [one] => one.display().to_string(),
            _ => String::new(),
        },
        databases: policy.databases,
    })
}

#[derive(Deserialize)]
pub struct StartForm {
    #[serde(default)]
    sources: String,
    #[serde(default)]
    regime: String,
}

/// `POST /o/{org}/scans`: one source per line.
pub async fn start(
    State(s): State<WebState>,
    Path(org): Path<String>,
    p: Posted<StartForm>,
) -> Page {
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let sources: Vec<String> = p
        .form
        .sources
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    let regime = match p.form.regime.as_str() {
        "decree13" => khien_detect::Regime::Decree13,
        _ => khien_detect::Regime::Law91,
    };
    let id = s
        .app
        .start_scan(&v.caller, org_uuid, &sources, regime)
        .await
        .map_err(|e| v.fail(e))?;
    Ok(see_other(&format!("/o/{org}/scans/{id}")))
}

fn scan_id(v: &Viewer, s: &str) -> Result<ScanId, axum::response::Response> {
    s.parse::<uuid::Uuid>()
        .map(ScanId::from_uuid)
        .map_err(|_| v.fail(AppError::NotFound("scan")))
}

pub struct UnitRow {
    pub place: String,
    pub personal: String,
    pub personal_code: &'static str,
    pub records: u64,
    pub categories: String,
    /// Values of persons under 16 (Law 91/2025 Art. 24), as a note ("" when none).
    pub children: String,
}

/// A file not read, or read with a problem, and what happened.
pub struct NoteRow {
    pub place: String,
    pub message: String,
}

pub struct SourceRow {
    pub source: String,
    pub files: u64,
    pub tables: u64,
    pub records: u64,
    pub skipped: u64,
}

#[derive(Template)]
#[template(path = "scan.html")]
struct Show {
    ctx: Ctx,
    id: String,
    running: bool,
    progress: String,
    failed: bool,
    done: bool,
    accepted: String,
    sources: Vec<SourceRow>,
    units: Vec<UnitRow>,
    errors_text: String,
    errors: Vec<NoteRow>,
    skipped: Vec<NoteRow>,
    skipped_text: String,
}

#[derive(Template)]
#[template(path = "scan_progress.html")]
struct Progress {
    t: crate::i18n::T,
    org: String,
    id: String,
    percent: u8,
    current: String,
}

fn progress_of(t: crate::i18n::T, org: &str, j: &ScanJob) -> Progress {
    Progress {
        t,
        org: org.to_owned(),
        id: j.id.to_string(),
        percent: j.percent(),
        current: j.current(),
    }
}

/// `GET /o/{org}/scans/{scan}`.
pub async fn show(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, scan)): Path<(String, String)>,
) -> Page {
    let org_uuid = org_id(&v, &org)?;
    let id = scan_id(&v, &scan)?;
    let (ctx, _) = org_frame(&s, &v, org_uuid, "scans").await?;
    let t = v.t();
    let job = s
        .app
        .scan_results(&v.caller, org_uuid, id)
        .await
        .map_err(|e| v.fail(e))?;
    let state = job.state();
    let (report, accepted) = match &state {
        ScanState::Done(r) => (Some(r.clone()), String::new()),
        ScanState::Accepted {
            report,
            created,
            updated,
            findings,
            index,
        } => (
            Some(report.clone()),
            t.f(
                "scan.accepted_summary",
                &[
                    ("created", &created.to_string()),
                    ("updated", &updated.to_string()),
                    ("findings", &findings.to_string()),
                    ("index", &index.to_string()),
                ],
            ),
        ),
        _ => (None, String::new()),
    };
    let (sources, units, errors) = match &report {
        Some(r) => (
            r.sources
                .iter()
                .map(|s| SourceRow {
                    source: s.source.clone(),
                    files: s.files,
                    tables: s.tables,
                    records: s.records,
                    skipped: s.skipped,
                })
                .collect(),
            r.units
                .iter()
                .filter(|u| u.personal_data != "none")
                .map(|u| UnitRow {
                    place: khien_scan::report::location_text(&u.location),
                    personal: t.or("personal", u.personal_data),
                    personal_code: u.personal_data,
                    records: u.records,
                    categories: {
                        let mut c: Vec<String> = r
                            .findings
                            .iter()
                            .filter(|f| {
                                f.source == u.source
                                    && f.location.file == u.location.file
                                    && (u.location.file.is_some()
                                        || f.location.table == u.location.table)
                            })
                            .map(|f| t.or("detector", f.detector))
                            .collect();
                        c.sort();
                        c.dedup();
                        c.join(", ")
                    },
                    children: if u.children > 0 {
                        t.f("scan.children", &[("n", &u.children.to_string())])
                    } else {
                        String::new()
                    },
                })
                .collect(),
            r.errors.len(),
        ),
        None => (Vec::new(), Vec::new(), 0),
    };
    // What was not read, and why (messages name no value: the scanner's contract).
    let (error_rows, skipped_rows) = match &report {
        Some(r) => (
            r.errors
                .iter()
                .map(|e| NoteRow {
                    place: e
                        .file
                        .as_ref()
                        .or(e.table.as_ref())
                        .unwrap_or(&e.source)
                        .clone(),
                    message: e.message.clone(),
                })
                .collect(),
            r.skipped
                .iter()
                .map(|s| NoteRow {
                    place: s.file.clone(),
                    message: s.reason.clone(),
                })
                .collect(),
        ),
        None => (Vec::new(), Vec::new()),
    };
    html(&Show {
        id: id.to_string(),
        running: matches!(state, ScanState::Running),
        failed: matches!(state, ScanState::Failed(_)),
        done: matches!(state, ScanState::Done(_)),
        progress: askama::Template::render(&progress_of(t, &org, &job)).unwrap_or_default(),
        accepted,
        sources,
        units,
        errors_text: if errors > 0 {
            t.f("scan.errors", &[("n", &errors.to_string())])
        } else {
            String::new()
        },
        skipped_text: t.f(
            "scan.skipped_list",
            &[("n", &skipped_rows.len().to_string())],
        ),
        errors: error_rows,
        skipped: skipped_rows,
        ctx,
    })
}

/// `GET /o/{org}/scans/{scan}/progress`: the progress bar alone (htmx polls it); when the
/// scan has finished, htmx is told to reload the page.
pub async fn progress(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, scan)): Path<(String, String)>,
) -> Page {
    let org_uuid = org_id(&v, &org)?;
    let id = scan_id(&v, &scan)?;
    let job = s
        .app
        .scan_progress(&v.caller, org_uuid, id)
        .await
        .map_err(|e| v.fail(e))?;
    if !matches!(job.state(), ScanState::Running) {
        let mut r = StatusCode::OK.into_response();
        if let Ok(h) = HeaderValue::from_str(&format!("/o/{org}/scans/{scan}")) {
            r.headers_mut().insert("hx-redirect", h);
        }
        return Ok(r);
    }
    let p = progress_of(v.t(), &org, &job);
    match askama::Template::render(&p) {
        Ok(b) => Ok(Html(b).into_response()),
        Err(_) => Err(StatusCode::INTERNAL_SERVER_ERROR.into_response()),
    }
}

#[derive(Deserialize)]
pub struct Empty {}

/// `POST /o/{org}/scans/{scan}/accept`.
pub async fn accept(
    State(s): State<WebState>,
    Path((org, scan)): Path<(String, String)>,
    p: Posted<Empty>,
) -> Page {
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let id = scan_id(v, &scan)?;
    s.app
        .accept_scan(&v.caller, org_uuid, id)
        .await
        .map_err(|e| v.fail(e))?;
    Ok(see_other(&format!("/o/{org}/scans/{scan}")))
}

#[derive(Deserialize, Default)]
pub struct ReportQ {
    #[serde(default)]
    format: String,
}

/// `GET /o/{org}/scans/{scan}/report?format=pdf|docx`: the classification report (the Thanh
/// Hóa directive §1) of a finished scan, headed with the organisation's registry data.
pub async fn report(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, scan)): Path<(String, String)>,
    Query(q): Query<ReportQ>,
) -> Page {
    let org_uuid = org_id(&v, &org)?;
    let id = scan_id(&v, &scan)?;
    let o = s
        .app
        .get_org(&v.caller, org_uuid)
        .await
        .map_err(|e| v.fail(e))?;
    let job = s
        .app
        .scan_results(&v.caller, org_uuid, id)
        .await
        .map_err(|e| v.fail(e))?;
    let report = match job.state() {
        ScanState::Done(r) | ScanState::Accepted { report: r, .. } => r,
        _ => return Err(v.fail(AppError::Conflict("the scan has not finished".to_owned()))),
    };
    let heading = khien_scan::classification::Heading {
        organisation: Some(o.details.name.as_str().to_owned()),
        place: o.details.province.as_ref().map(|p| p.as_str().to_owned()),
        recipient: o
            .details
            .province
            .as_ref()
            .map(|p| format!("Ủy ban nhân dân {0} (qua Công an {0})", p.as_str())),
        date: Some(s.app.now().to_offset(khien_calendar::period::VN).date()),
        signer: o
            .designation
            .as_ref()
            .map(|d| d.dpo_name.as_str().to_owned()),
        ..Default::default()
    };
    let blocks = khien_scan::classification::blocks(&report, &heading);
    let rendered = match q.format.as_str() {
        "docx" => khien_forms::docx::render(&blocks)
            .map(|b| {
                (
                    b,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "bao-cao-phan-loai.docx",
                )
            })
            .map_err(|_| AppError::Internal),
        _ => khien_forms::pdf::render(&blocks)
            .map(|b| (b, "application/pdf", "bao-cao-phan-loai.pdf"))
            .map_err(|_| AppError::Internal),
    };
    let (bytes, mime, name) = rendered.map_err(|e| v.fail(e))?;
    Ok(download(bytes, mime, name))
}
