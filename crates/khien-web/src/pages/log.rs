//! The processing log: the current signed checkpoint and whether it verifies, the access
//! history with its filters, and a receipt for any entry.

use askama::Template;
use axum::extract::{Path, Query, State};
use base64::Engine as _;
use khien_app::AppError;
use khien_app::history::HistoryFilter;
use khien_log::event::Action;
use serde::Deserialize;

use super::{Page, download, html, org_frame, org_id};
use crate::WebState;
use crate::ctx::{Ctx, Viewer};
use crate::view;

pub struct EntryRow {
    pub index: u64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub denied: bool,
    pub op: String,
}

#[derive(Template)]
#[template(path = "log.html")]
struct LogPage {
    ctx: Ctx,
    size: String,
    root: String,
    verified: bool,
    verifier: String,
    rows: Vec<EntryRow>,
    next: String,
    f: HistoryQ,
    actions: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "log_rows.html")]
struct Rows<'a> {
    ctx: &'a Ctx,
    rows: &'a [EntryRow],
    next: &'a str,
}

/// The filters, as the form sends them.
#[derive(Deserialize, Default, Clone)]
pub struct HistoryQ {
    #[serde(default)]
    pub user: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub cursor: String,
}

fn code(a: Action) -> String {
    serde_json::to_value(a)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn local_day(s: &str, end: bool) -> Option<time::OffsetDateTime> {
    let d = time::Date::parse(
        s.trim(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()?;
    let d = if end { d.next_day()? } else { d };
    Some(d.midnight().assume_offset(khien_calendar::period::VN))
}

/// `GET /o/{org}/log`: with `HX-Request`, only the table's rows (the filters update it).
pub async fn page(
    State(s): State<WebState>,
    v: Viewer,
    headers: axum::http::HeaderMap,
    Path(org): Path<String>,
    Query(q): Query<HistoryQ>,
) -> Page {
    let org_uuid = org_id(&v, &org)?;
    let (ctx, _) = org_frame(&s, &v, org_uuid, "log").await?;
    let t = v.t();
    let (_, verified) = s.app.checkpoint_status().await.map_err(|e| v.fail(e))?;
    let filter = HistoryFilter {
        user: Some(q.user.trim().to_owned()).filter(|u| !u.is_empty()),
        asset: None,
        subject: Some(q.subject.trim().to_owned()).filter(|u| !u.is_empty()),
        action: Action::ALL.iter().copied().find(|a| code(*a) == q.action),
        denied: match q.decision.as_str() {
            "deny" => Some(true),
            "permit" => Some(false),
            _ => None,
        },
        from: local_day(&q.from, false),
        to: local_day(&q.to, true),
        cursor: q.cursor.parse().ok(),
        limit: Some(50),
    };
    let rows: Vec<EntryRow>;
    let next: String;
    if ctx.can_history {
        let page = s
            .app
            .access_history(&v.caller, org_uuid, filter)
            .await
            .map_err(|e| v.fail(e))?;
        rows = page
            .entries
            .iter()
            .map(|e| EntryRow {
                index: e.index,
                at: view::when(e.at),
                actor: format!(
                    "{}:{}",
                    t.or(
                        "actor",
                        &serde_json::to_value(e.actor.kind)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_owned))
                            .unwrap_or_default()
                    ),
                    e.actor.id
                ),
                action: t.or("action", &code(e.action)),
                denied: e.denied,
                op: e
                    .detail
                    .get("op")
                    .and_then(|o| o.as_str())
                    .map(|o| t.or("op", o))
                    .unwrap_or_default(),
            })
            .collect();
        next = page.next.map(|n| n.to_string()).unwrap_or_default();
    } else {
        rows = Vec::new();
        next = String::new();
    }
    let fragment = headers.contains_key("hx-request") && !headers.contains_key("hx-boosted");
    if fragment {
        let r = Rows {
            ctx: &ctx,
            rows: &rows,
            next: &next,
        };
        return html(&r);
    }
    let b64 = base64::engine::general_purpose::STANDARD;
    html(&LogPage {
        size: verified.map(|v| v.size.to_string()).unwrap_or_default(),
        root: verified.map(|v| b64.encode(v.root.0)).unwrap_or_default(),
        verified: verified.is_some(),
        verifier: s.app.log.verifier_key().to_owned(),
        rows,
        next,
        f: q,
        actions: Action::ALL
            .iter()
            .map(|a| (code(*a), t.or("action", &code(*a))))
            .collect(),
        ctx,
    })
}

/// `GET /o/{org}/log/receipt/{index}`: the entry's receipt as a text file
/// (`khien log verify-receipt` checks it offline).
pub async fn receipt(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, index)): Path<(String, String)>,
) -> Page {
    let org = org_id(&v, &org)?;
    let index: u64 = index
        .parse()
        .map_err(|_| v.fail(AppError::NotFound("entry")))?;
    let r = s
        .app
        .entry_receipt(&v.caller, org, index)
        .await
        .map_err(|e| v.fail(e))?;
    Ok(download(
        r.to_text().into_bytes(),
        "text/plain; charset=utf-8",
        &format!("khien-receipt-{index}.txt"),
    ))
}
