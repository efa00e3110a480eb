//! The supervising authority's side: every overseen unit in one table (sorted by lateness,
//! filterable, exportable as CSV and XLSX), each row leading to the unit's pages, read-only.
//! Every unit read is recorded in that unit's access history by the application
//! ([`khien_app::App::oversight`]).

use askama::Template;
use axum::extract::{Query, State};
use khien_app::oversight::UnitSummary;
use serde::Deserialize;

use super::{Page, download, html};
use crate::WebState;
use crate::ctx::{Ctx, Viewer};
use crate::i18n::T;
use crate::view;

/// The table's filters.
#[derive(Deserialize, Default, Clone)]
pub struct TableQ {
    /// Part of a unit's name or province.
    #[serde(default)]
    pub q: String,
    /// `late`: only units with something overdue or notified late; `nodpo`: without a DPO.
    #[serde(default)]
    pub only: String,
}

pub struct UnitRow {
    pub id: String,
    pub name: String,
    pub province: String,
    pub dpo: String,
    pub dpo_ok: bool,
    pub report: String,
    pub report_ok: bool,
    pub dossiers: String,
    pub incidents: String,
    pub incidents_late: u32,
    pub overdue: usize,
    pub days_late: i64,
    pub first_overdue: String,
}

#[derive(Template)]
#[template(path = "authority.html")]
struct Table {
    ctx: Ctx,
    rows: Vec<UnitRow>,
    total: usize,
    q: TableQ,
    own: Vec<(String, String)>,
}

fn rows(t: &T, units: &[UnitSummary], q: &TableQ) -> Vec<UnitRow> {
    let needle = q.q.trim().to_lowercase();
    units
        .iter()
        .filter(|u| {
            needle.is_empty()
                || u.org.details.name.as_str().to_lowercase().contains(&needle)
                || u.org
                    .details
                    .province
                    .as_ref()
                    .is_some_and(|p| p.as_str().to_lowercase().contains(&needle))
        })
        .filter(|u| match q.only.as_str() {
            "late" => !u.overdue.is_empty() || u.incidents_late > 0,
            "nodpo" => !u.dpo_designated,
            _ => true,
        })
        .map(|u| {
            let filed = u.dossiers.iter().filter(|d| d.filed).count();
            let mut states: Vec<String> = u
                .dossiers
                .iter()
                .map(|d| {
                    format!(
                        "{}: {}",
                        t.or("kind", &d.case.kind),
                        t.or("state", &d.case.state)
                    )
                })
                .collect();
            states.sort();
            UnitRow {
                id: u.org.id.to_string(),
                name: u.org.details.name.as_str().to_owned(),
                province: u
                    .org
                    .details
                    .province
                    .as_ref()
                    .map(|p| p.as_str().to_owned())
                    .unwrap_or_default(),
                dpo: t
                    .s(if u.dpo_designated {
                        "common.yes"
                    } else {
                        "common.no"
                    })
                    .to_owned(),
                dpo_ok: u.dpo_designated,
                report: u
                    .classification_report_filed
                    .map_or_else(|| t.s("common.no").to_owned(), view::when),
                report_ok: u.classification_report_filed.is_some(),
                dossiers: if u.dossiers.is_empty() {
                    String::new()
                } else {
                    format!(
                        "{} — {}",
                        t.f(
                            "authority.filed_of",
                            &[
                                ("n", &filed.to_string()),
                                ("total", &u.dossiers.len().to_string())
                            ]
                        ),
                        states.join("; ")
                    )
                },
                incidents: t.f(
                    "authority.incidents",
                    &[
                        ("on_time", &u.incidents_on_time.to_string()),
                        ("late", &u.incidents_late.to_string()),
                    ],
                ),
                incidents_late: u.incidents_late,
                overdue: u.overdue.len(),
                days_late: u.days_late,
                first_overdue: u
                    .overdue
                    .first()
                    .map(|d| format!("{} ({})", d.obligation.title, d.obligation.legal_basis))
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// The table for a supervisor (also `GET /` for them).
pub async fn render(s: &WebState, v: &Viewer, q: &TableQ) -> Page {
    let t = v.t();
    let units = s.app.oversight(&v.caller).await.map_err(|e| v.fail(e))?;
    // The authorities where the viewer is a supervisor (their own dossiers are cases there).
    let mut own = Vec::new();
    let mut authorities: Vec<khien_domain::OrgId> = v
        .caller
        .user()
        .map(|u| {
            u.principal
                .memberships
                .iter()
                .filter(|m| m.role == khien_domain::Role::Supervisor)
                .map(|m| m.org_id)
                .collect()
        })
        .unwrap_or_default();
    authorities.sort();
    authorities.dedup();
    for a in authorities {
        let o = s.app.get_org(&v.caller, a).await.map_err(|e| v.fail(e))?;
        own.push((o.id.to_string(), o.details.name.as_str().to_owned()));
    }
    html(&Table {
        rows: rows(&t, &units, q),
        total: units.len(),
        q: TableQ {
            q: q.q.chars().take(200).collect(),
            only: q.only.chars().take(10).collect(),
        },
        own,
        ctx: v.ctx(s, None, "authority"),
    })
}

/// `GET /authority`.
pub async fn table(State(s): State<WebState>, v: Viewer, Query(q): Query<TableQ>) -> Page {
    render(&s, &v, &q).await
}

fn header(t: &T) -> Vec<String> {
    [
        "authority.col_unit",
        "authority.col_province",
        "authority.col_dpo",
        "authority.col_report",
        "authority.col_dossiers",
        "authority.col_incidents_late",
        "authority.col_overdue",
        "authority.col_days_late",
        "authority.col_first_overdue",
    ]
    .iter()
    .map(|k| t.s(k).to_owned())
    .collect()
}

fn cells(r: &UnitRow) -> Vec<String> {
    vec![
        r.name.clone(),
        r.province.clone(),
        r.dpo.clone(),
        r.report.clone(),
        r.dossiers.clone(),
        r.incidents_late.to_string(),
        r.overdue.to_string(),
        r.days_late.to_string(),
        r.first_overdue.clone(),
    ]
}

/// A CSV field: quoted when needed, and never read as a formula by a spreadsheet.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// `GET /authority/units.csv`: the filtered table as CSV (UTF-8 with a byte-order mark, so
/// that spreadsheet programs read Vietnamese correctly).
pub async fn csv(State(s): State<WebState>, v: Viewer, Query(q): Query<TableQ>) -> Page {
    let t = v.t();
    let units = s.app.oversight(&v.caller).await.map_err(|e| v.fail(e))?;
    let mut out = String::from("\u{feff}");
    out.push_str(
        &header(&t)
            .iter()
            .map(|h| csv_field(h))
            .collect::<Vec<_>>()
            .join(","),
    );
    out.push_str("\r\n");
    for r in rows(&t, &units, &q) {
        out.push_str(
            &cells(&r)
                .iter()
                .map(|c| csv_field(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    Ok(download(
        out.into_bytes(),
        "text/csv; charset=utf-8",
        "don-vi.csv",
    ))
}

/// `GET /authority/units.xlsx`.
pub async fn xlsx(State(s): State<WebState>, v: Viewer, Query(q): Query<TableQ>) -> Page {
    let t = v.t();
    let units = s.app.oversight(&v.caller).await.map_err(|e| v.fail(e))?;
    let bytes = workbook(&header(&t), &rows(&t, &units, &q)).map_err(|e| {
        tracing::error!(error = %e, "the XLSX export failed");
        v.fail(khien_app::AppError::Internal)
    })?;
    Ok(download(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "don-vi.xlsx",
    ))
}

fn workbook(header: &[String], rows: &[UnitRow]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let ws = wb.add_worksheet();
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, u16::try_from(c).unwrap_or(0), h, &bold)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        for (c, cell) in cells(r).iter().enumerate() {
            let col = u16::try_from(c).unwrap_or(0);
            // Counts as numbers, the rest as text (never as formulas).
            if (5..=7).contains(&c)
                && let Ok(n) = cell.parse::<f64>()
            {
                ws.write_number(row, col, n)?;
            } else {
                ws.write_string(row, col, cell)?;
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofit();
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("Công ty A"), "Công ty A");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"x\""), "\"say \"\"x\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_field("-1"), "'-1");
    }
}
