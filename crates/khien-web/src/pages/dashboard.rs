//! The first page: the DPO's dashboard of what is due, or the authority's table of units.

use askama::Template;
use axum::extract::{Path, Query, State};
use khien_domain::{Code as _, OrgId};

use super::{Page, html, org_frame, org_id};
use crate::WebState;
use crate::ctx::{Ctx, Viewer};
use crate::view;

/// One obligation due, as the dashboard shows it.
pub struct DueRow {
    pub case_id: String,
    pub case_title: String,
    pub kind: String,
    pub title: String,
    pub article: String,
    pub due: String,
    pub left: String,
    pub overdue: bool,
    pub next_step: String,
}

/// Obligations listed on the dashboard (the soonest; the rest are in the cases).
const DUE_SHOWN: usize = 100;

#[derive(Template)]
#[template(path = "dashboard.html")]
struct Dashboard {
    ctx: Ctx,
    kind: String,
    dpo: String,
    dpo_since: String,
    due: Vec<DueRow>,
    due_total: usize,
    overdue: usize,
    assets: u64,
    personal_assets: u64,
    important: u64,
    open_cases: usize,
    report_filed: String,
}

#[derive(Template)]
#[template(path = "no_org.html")]
struct NoOrg {
    ctx: Ctx,
}

/// `GET /`: the user's first page.
pub async fn home(
    State(s): State<WebState>,
    v: Viewer,
    q: Query<super::authority::TableQ>,
) -> Page {
    if v.supervisor() {
        return super::authority::render(&s, &v, &q).await;
    }
    // The first organisation they belong to that is not an authority (an authority's own
    // staff without supervision see their authority).
    let orgs = s.app.list_orgs(&v.caller).await.map_err(|e| v.fail(e))?;
    let first = orgs
        .iter()
        .find(|o| o.details.kind != khien_domain::OrgKind::Authority)
        .or(orgs.first());
    match first {
        Some(o) => render(&s, &v, o.id).await,
        None => html(&NoOrg {
            ctx: v.ctx(&s, None, "home"),
        }),
    }
}

/// `GET /o/{org}`.
pub async fn dashboard(State(s): State<WebState>, v: Viewer, Path(org): Path<String>) -> Page {
    let org = org_id(&v, &org)?;
    render(&s, &v, org).await
}

/// The next step that fulfils `obligation` in a case of `kind`, in the viewer's language.
pub fn next_step(s: &WebState, t: &crate::i18n::T, kind: &str, obligation: &str) -> String {
    s.app
        .legal
        .workflows
        .get(kind)
        .ok()
        .and_then(|w| {
            w.transitions
                .iter()
                .find(|tr| tr.fulfils.iter().any(|f| f == obligation))
        })
        .map(|tr| t.or("transition", &tr.name))
        .unwrap_or_default()
}

async fn render(s: &WebState, v: &Viewer, org: OrgId) -> Page {
    // The page's reads run together, so that their log entries share one durable commit.
    let (frame, due, counts) = tokio::join!(
        org_frame(s, v, org, "home"),
        s.app.due_and_cases(&v.caller, org),
        s.app.asset_counts(&v.caller, org)
    );
    let (ctx, o) = frame?;
    let (due, _, cases) = due.map_err(|e| v.fail(e))?;
    let counts = counts.map_err(|e| v.fail(e))?;
    let t = v.t();
    let now = s.app.now();
    let rows: Vec<DueRow> = due
        .iter()
        .map(|d| {
            let (left, overdue) = view::left(&t, d.obligation.due, now);
            DueRow {
                case_id: d.case_id.to_string(),
                case_title: d.case_title.clone(),
                kind: t.or("kind", &d.case_kind),
                title: d.obligation.title.clone(),
                article: d.obligation.legal_basis.clone(),
                due: view::when(d.obligation.due),
                left,
                overdue,
                next_step: next_step(s, &t, &d.case_kind, &d.obligation.obligation),
            }
        })
        .collect();
    let open_cases = cases
        .iter()
        .filter(|c| {
            s.app
                .legal
                .workflows
                .get(&c.kind)
                .is_ok_and(|w| !w.is_final(&c.state))
        })
        .count();
    // The classification report (the Thanh Hóa directive §1): when it was sent, if it was.
    let report_filed = cases
        .iter()
        .filter(|c| {
            c.kind == khien_app::oversight::CLASSIFICATION_REPORT_KIND && c.state == "filed"
        })
        .flat_map(|c| {
            c.entries
                .iter()
                .filter(|e| e.to_state.as_deref() == Some("filed"))
        })
        .map(|e| e.at)
        .max()
        .map(view::when)
        .unwrap_or_default();
    let (dpo, dpo_since) = match &o.designation {
        Some(d) => (d.dpo_name.as_str().to_owned(), view::date(d.since)),
        None => (String::new(), String::new()),
    };
    html(&Dashboard {
        kind: t.or("org_kind", o.details.kind.code()),
        overdue: rows.iter().filter(|r| r.overdue).count(),
        due_total: rows.len(),
        due: rows.into_iter().take(DUE_SHOWN).collect(),
        assets: counts.total,
        personal_assets: counts.personal,
        important: counts.important,
        open_cases,
        report_filed,
        dpo,
        dpo_since,
        ctx,
    })
}
