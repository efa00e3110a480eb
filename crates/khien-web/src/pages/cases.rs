//! Cases of every kind (breach, subject request, transfer, impact assessment, periodic duty,
//! provision and exploitation requests, incidents): the list, opening one, its timeline, its
//! obligations with their clocks, and the next steps its workflow allows.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use khien_app::AppError;
use khien_app::cases::{EventDraft, NewCase};
use khien_domain::{CaseEntryKind, CaseId, Text};
use serde::Deserialize;

use super::{Page, Posted, html, org_frame, org_id, see_other};
use crate::WebState;
use crate::ctx::{Ctx, Viewer};
use crate::view;

pub struct CaseRow {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub state: String,
    pub opened: String,
    pub open: bool,
}

pub struct KindRow {
    pub kind: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "cases.html")]
struct List {
    ctx: Ctx,
    rows: Vec<CaseRow>,
    kinds: Vec<KindRow>,
    pager: super::Pager,
}

#[derive(Deserialize, Default)]
pub struct ListQ {
    #[serde(default)]
    page: Option<usize>,
}

/// `GET /o/{org}/cases`: open cases first, then newest first.
pub async fn list(
    State(s): State<WebState>,
    v: Viewer,
    Path(org): Path<String>,
    Query(q): Query<ListQ>,
) -> Page {
    let org = org_id(&v, &org)?;
    let (ctx, _) = org_frame(&s, &v, org, "cases").await?;
    let t = v.t();
    let cases = s
        .app
        .list_cases(&v.caller, org)
        .await
        .map_err(|e| v.fail(e))?;
    let wf = &s.app.legal.workflows;
    let mut cases = cases;
    cases.sort_by_key(|c| wf.get(&c.kind).is_ok_and(|w| w.is_final(&c.state)));
    let pager = super::Pager::new(&t, cases.len(), q.page, "");
    html(&List {
        rows: cases[pager.range()]
            .iter()
            .map(|c| CaseRow {
                id: c.id.to_string(),
                title: c.title.as_str().to_owned(),
                kind: t.or("kind", &c.kind),
                state: t.or("state", &c.state),
                opened: view::when(c.opened_at),
                open: wf.get(&c.kind).is_ok_and(|w| !w.is_final(&c.state)),
            })
            .collect(),
        kinds: wf
            .all()
            .iter()
            .map(|w| KindRow {
                kind: w.kind.clone(),
                label: t.or("kind", &w.kind),
            })
            .collect(),
        pager,
        ctx,
    })
}

pub struct FieldRow {
    pub name: String,
    pub label: String,
    pub required: bool,
    pub choices: Vec<(String, String)>,
    pub article: String,
}

pub struct Choice {
    pub id: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "case_new.html")]
struct New {
    ctx: Ctx,
    kind: String,
    kind_label: String,
    fields: Vec<FieldRow>,
    triggers: Vec<Choice>,
    now: String,
}

#[derive(Deserialize, Default)]
pub struct NewQ {
    #[serde(default)]
    kind: String,
}

/// `GET /o/{org}/cases/new?kind=K`.
pub async fn new_case(
    State(s): State<WebState>,
    v: Viewer,
    Path(org): Path<String>,
    Query(q): Query<NewQ>,
) -> Page {
    let org = org_id(&v, &org)?;
    let (ctx, _) = org_frame(&s, &v, org, "cases").await?;
    let t = v.t();
    let w = s
        .app
        .legal
        .workflows
        .get(&q.kind)
        .map_err(|_| v.fail(AppError::NotFound("case kind")))?;
    html(&New {
        kind: w.kind.clone(),
        kind_label: t.or("kind", &w.kind),
        fields: w
            .fields
            .iter()
            .map(|f| FieldRow {
                name: f.name.clone(),
                label: t.or("case_field", &f.name),
                required: f.required,
                choices: f
                    .choices
                    .iter()
                    .map(|c| (c.clone(), t.or("choice", c)))
                    .collect(),
                article: f.legal_basis.clone().unwrap_or_default(),
            })
            .collect(),
        triggers: w
            .triggers
            .iter()
            .map(|tr| Choice {
                id: tr.clone(),
                label: t.or("trigger", tr),
            })
            .collect(),
        now: view::local_input(s.app.now()),
        ctx,
    })
}

fn when_or_now(
    s: &WebState,
    v: &Viewer,
    at: &str,
) -> Result<time::OffsetDateTime, axum::response::Response> {
    if at.trim().is_empty() {
        return Ok(s.app.now());
    }
    view::parse_local(at).ok_or_else(|| v.fail(AppError::invalid("at", "must be a date and time")))
}

fn note(v: &Viewer, n: &str) -> Result<Option<Text>, axum::response::Response> {
    let n = n.trim();
    if n.is_empty() {
        return Ok(None);
    }
    Text::parse("note", n, 2000)
        .map(Some)
        .map_err(|e| v.fail(e.into()))
}

#[derive(Deserialize)]
pub struct OpenForm {
    kind: String,
    title: String,
    #[serde(default)]
    trigger: String,
    #[serde(default)]
    at: String,
}

/// `POST /o/{org}/cases`: opens a case with its first event and its fields (`field.NAME`).
pub async fn open(State(s): State<WebState>, Path(org): Path<String>, p: Posted<OpenForm>) -> Page {
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let f = &p.form;
    let title = Text::parse("title", f.title.trim(), 200).map_err(|e| v.fail(e.into()))?;
    let fields: BTreeMap<String, String> = p
        .pairs
        .iter()
        .filter_map(|(k, val)| {
            k.strip_prefix("field.")
                .map(|n| (n.to_owned(), val.trim().to_owned()))
        })
        .filter(|(_, val)| !val.is_empty())
        .collect();
    let mut events = Vec::new();
    if !f.trigger.is_empty() {
        events.push(EventDraft {
            trigger: f.trigger.clone(),
            at: when_or_now(&s, v, &f.at)?,
            note: None,
            quantity: None,
        });
    }
    let case = s
        .app
        .open_case(
            &v.caller,
            org_uuid,
            &NewCase {
                kind: f.kind.clone(),
                title,
                fields,
                events,
            },
        )
        .await
        .map_err(|e| v.fail(e))?;
    Ok(see_other(&format!("/o/{org}/cases/{}", case.id)))
}

pub struct EntryRow {
    pub at: String,
    pub recorded: String,
    pub is_event: bool,
    pub label: String,
    pub from: String,
    pub to: String,
    pub note: String,
    pub quantity: String,
}

pub struct ObligationRow {
    pub title: String,
    pub article: String,
    pub due: String,
    pub status: String,
    pub late: bool,
    pub done: bool,
}

pub struct StepRow {
    pub name: String,
    pub label: String,
    pub fulfils: bool,
}

#[derive(Template)]
#[template(path = "case.html")]
struct Show {
    ctx: Ctx,
    id: String,
    title: String,
    kind: String,
    state: String,
    opened: String,
    closed: bool,
    fields: Vec<(String, String)>,
    entries: Vec<EntryRow>,
    obligations: Vec<ObligationRow>,
    steps: Vec<StepRow>,
    triggers: Vec<Choice>,
    now: String,
    /// Destructions in the vault done under this case (a data subject's request).
    destructions: Vec<super::vault::DestructionRow>,
}

fn case_id(v: &Viewer, s: &str) -> Result<CaseId, axum::response::Response> {
    s.parse::<uuid::Uuid>()
        .map(CaseId::from_uuid)
        .map_err(|_| v.fail(AppError::NotFound("case")))
}

/// `GET /o/{org}/cases/{case}`.
pub async fn show(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, case)): Path<(String, String)>,
) -> Page {
    let org_uuid = org_id(&v, &org)?;
    let id = case_id(&v, &case)?;
    let (ctx, o) = org_frame(&s, &v, org_uuid, "cases").await?;
    let t = v.t();
    let c = s
        .app
        .get_case(&v.caller, org_uuid, id)
        .await
        .map_err(|e| v.fail(e))?;
    let now = s.app.now();
    // The vault's destructions under this case (a read of its own, recorded); a caller who
    // may not list the vault, or a server without one, sees the case without them.
    let destructions = if s.app.vault.is_some() {
        s.app
            .vault_case_destructions(&v.caller, org_uuid, id)
            .await
            .unwrap_or_default()
            .into_iter()
            .map(super::vault::destruction_row)
            .collect()
    } else {
        Vec::new()
    };
    let w = s.app.legal.workflows.get(&c.kind).ok();
    let scope = khien_app::cases::scope_for(o.details.kind);
    let obligations = s
        .app
        .legal
        .obligations(&c, scope)
        .into_iter()
        .map(|ob| {
            let (status, late, done) = match ob.fulfilled_at {
                Some(at) => {
                    let late = at > ob.due;
                    (
                        t.f(
                            if late {
                                "case.fulfilled_late"
                            } else {
                                "case.fulfilled"
                            },
                            &[("at", &view::when(at))],
                        ),
                        late,
                        true,
                    )
                }
                None => {
                    let (l, late) = view::left(&t, ob.due, now);
                    (l, late, false)
                }
            };
            ObligationRow {
                title: ob.title,
                article: ob.legal_basis,
                due: view::when(ob.due),
                status,
                late,
                done,
            }
        })
        .collect::<Vec<_>>();
    let pending: Vec<String> = s
        .app
        .legal
        .obligations(&c, scope)
        .into_iter()
        .filter(|o| o.fulfilled_at.is_none())
        .map(|o| o.obligation)
        .collect();
    let steps = w
        .map(|w| {
            w.transitions
                .iter()
                .filter(|tr| tr.from.contains(&c.state))
                .map(|tr| StepRow {
                    name: tr.name.clone(),
                    label: t.or("transition", &tr.name),
                    fulfils: tr.fulfils.iter().any(|f| pending.contains(f)),
                })
                .collect()
        })
        .unwrap_or_default();
    html(&Show {
        id: c.id.to_string(),
        title: c.title.as_str().to_owned(),
        kind: t.or("kind", &c.kind),
        state: t.or("state", &c.state),
        opened: view::when(c.opened_at),
        closed: w.is_some_and(|w| w.is_final(&c.state)),
        fields: c
            .fields
            .iter()
            .map(|(k, val)| (t.or("case_field", k), t.or("choice", val)))
            .collect(),
        entries: c
            .entries
            .iter()
            .map(|e| EntryRow {
                at: view::when(e.at),
                recorded: view::when(e.recorded_at),
                is_event: e.kind == CaseEntryKind::Event,
                label: if e.kind == CaseEntryKind::Event {
                    t.or("trigger", &e.name)
                } else {
                    t.or("transition", &e.name)
                },
                from: e
                    .from_state
                    .as_deref()
                    .map(|x| t.or("state", x))
                    .unwrap_or_default(),
                to: e
                    .to_state
                    .as_deref()
                    .map(|x| t.or("state", x))
                    .unwrap_or_default(),
                note: e
                    .note
                    .as_ref()
                    .map(|n| n.as_str().to_owned())
                    .unwrap_or_default(),
                quantity: e.quantity.map(|q| q.to_string()).unwrap_or_default(),
            })
            .collect(),
        obligations,
        steps,
        triggers: w
            .map(|w| {
                w.triggers
                    .iter()
                    .map(|tr| Choice {
                        id: tr.clone(),
                        label: t.or("trigger", tr),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        now: view::local_input(now),
        destructions,
        ctx,
    })
}

#[derive(Deserialize)]
pub struct StepForm {
    name: String,
    #[serde(default)]
    at: String,
    #[serde(default)]
    note: String,
}

/// `POST /o/{org}/cases/{case}/transition`.
pub async fn transition(
    State(s): State<WebState>,
    Path((org, case)): Path<(String, String)>,
    p: Posted<StepForm>,
) -> Page {
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let id = case_id(v, &case)?;
    let at = if p.form.at.trim().is_empty() {
        None
    } else {
        Some(when_or_now(&s, v, &p.form.at)?)
    };
    s.app
        .apply_case_transition(
            &v.caller,
            org_uuid,
            id,
            &p.form.name,
            at,
            note(v, &p.form.note)?,
        )
        .await
        .map_err(|e| v.fail(e))?;
    Ok(see_other(&format!("/o/{org}/cases/{case}")))
}

#[derive(Deserialize)]
pub struct EventForm {
    trigger: String,
    #[serde(default)]
    at: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    quantity: String,
}

/// `POST /o/{org}/cases/{case}/event`.
pub async fn event(
    State(s): State<WebState>,
    Path((org, case)): Path<(String, String)>,
    p: Posted<EventForm>,
) -> Page {
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let id = case_id(v, &case)?;
    let quantity = match p.form.quantity.trim() {
        "" => None,
        q => Some(
            q.parse::<i64>()
                .map_err(|_| v.fail(AppError::invalid("quantity", "must be a whole number")))?,
        ),
    };
    let draft = EventDraft {
        trigger: p.form.trigger.clone(),
        at: when_or_now(&s, v, &p.form.at)?,
        note: note(v, &p.form.note)?,
        quantity,
    };
    s.app
        .record_case_event(&v.caller, org_uuid, id, &draft)
        .await
        .map_err(|e| v.fail(e))?;
    Ok(see_other(&format!("/o/{org}/cases/{case}")))
}
