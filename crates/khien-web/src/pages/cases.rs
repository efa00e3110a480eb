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
    /// A breach's facts and notices (issue 17).
    breach: Option<BreachView>,
}

/// A breach's facts, notices and forms on its case page.
pub struct BreachView {
    pub facts: Vec<(String, String)>,
    pub missing: String,
    pub must_tell: bool,
    pub kept_until: String,
    pub notices: Vec<NoticeRow>,
    pub form: BreachForm,
    pub kinds: Vec<KindBox>,
    pub severities: Vec<(String, String, bool)>,
}

pub struct NoticeRow {
    pub recipient: String,
    pub subject: String,
    pub at: String,
    pub sent: bool,
    pub error: String,
}

pub struct KindBox {
    pub code: &'static str,
    pub label: &'static str,
    pub checked: bool,
}

fn breach_view(
    t: &crate::i18n::T,
    f: &khien_domain::BreachFacts,
    notices: Vec<khien_domain::BreachNotice>,
) -> BreachView {
    use khien_domain::Code as _;
    let mut facts = Vec::new();
    let mut put = |key: &str, v: Option<String>| {
        if let Some(v) = v.filter(|v| !v.is_empty()) {
            facts.push((t.s(&format!("breach.{key}")).to_owned(), v));
        }
    };
    put("discovered_at", f.discovered_at.map(view::when));
    put("discovered_how", f.discovered_how.clone());
    put("occurred_at", f.occurred_at.map(view::when));
    put("place", f.place.clone());
    put("conduct", f.conduct.clone());
    put("parties", f.parties.clone());
    put(
        "data_kinds",
        Some(
            f.data_kinds
                .iter()
                .map(|k| k.label_vi())
                .collect::<Vec<_>>()
                .join("; "),
        ),
    );
    put("data_description", f.data_description.clone());
    put(
        "subjects_affected",
        f.subjects_affected.map(|n| n.to_string()),
    );
    put("severity", f.severity.map(|s| s.label_vi().to_owned()));
    put("risks", f.risks.clone());
    put("consequences", f.consequences.clone());
    put("measures", f.measures.clone());
    put("subject_guidance", f.subject_guidance.clone());
    put("contact", f.contact.clone());
    put("minutes_number", f.minutes_number.clone());
    put("minutes_date", f.minutes_date.map(view::date));
    put("minutes_participants", f.minutes_participants.clone());
    put("remediated_on", f.remediated_on.map(view::date));
    let text = |s: &Option<String>| s.clone().unwrap_or_default();
    BreachView {
        facts,
        missing: f
            .missing_for_notice()
            .iter()
            .map(|k| t.s(&format!("breach.{k}")).to_owned())
            .collect::<Vec<_>>()
            .join(", "),
        must_tell: f.subjects_must_be_told(),
        kept_until: f.kept_until().map(view::date).unwrap_or_default(),
        notices: notices
            .into_iter()
            .map(|n| NoticeRow {
                recipient: n.recipient,
                subject: n.subject.unwrap_or_default(),
                at: view::when(n.at),
                sent: n.sent,
                error: n.error.unwrap_or_default(),
            })
            .collect(),
        form: BreachForm {
            discovered_at: f.discovered_at.map(view::local_input).unwrap_or_default(),
            discovered_how: text(&f.discovered_how),
            occurred_at: f.occurred_at.map(view::local_input).unwrap_or_default(),
            place: text(&f.place),
            conduct: text(&f.conduct),
            parties: text(&f.parties),
            data_description: text(&f.data_description),
            subjects_affected: f
                .subjects_affected
                .map(|n| n.to_string())
                .unwrap_or_default(),
            severity: f.severity.map(|s| s.code().to_owned()).unwrap_or_default(),
            risks: text(&f.risks),
            consequences: text(&f.consequences),
            measures: text(&f.measures),
            subject_guidance: text(&f.subject_guidance),
            contact: text(&f.contact),
            minutes_number: text(&f.minutes_number),
            minutes_date: f.minutes_date.map(|d| d.to_string()).unwrap_or_default(),
            minutes_participants: text(&f.minutes_participants),
            remediated_on: f.remediated_on.map(|d| d.to_string()).unwrap_or_default(),
        },
        kinds: khien_domain::BreachDataKind::ALL
            .iter()
            .map(|k| KindBox {
                code: k.code(),
                label: k.label_vi(),
                checked: f.data_kinds.contains(k),
            })
            .collect(),
        severities: khien_domain::Severity::ALL
            .iter()
            .map(|x| {
                (
                    x.code().to_owned(),
                    x.label_vi().to_owned(),
                    f.severity == Some(*x),
                )
            })
            .collect(),
    }
}

/// The breach facts form, as posted (and as shown again).
#[derive(Deserialize, Default)]
pub struct BreachForm {
    #[serde(default)]
    pub discovered_at: String,
    #[serde(default)]
    pub discovered_how: String,
    #[serde(default)]
    pub occurred_at: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub conduct: String,
    #[serde(default)]
    pub parties: String,
    #[serde(default)]
    pub data_description: String,
    #[serde(default)]
    pub subjects_affected: String,
    #[serde(default)]
    pub severity: String,
    #[serde(default)]
    pub risks: String,
    #[serde(default)]
    pub consequences: String,
    #[serde(default)]
    pub measures: String,
    #[serde(default)]
    pub subject_guidance: String,
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub minutes_number: String,
    #[serde(default)]
    pub minutes_date: String,
    #[serde(default)]
    pub minutes_participants: String,
    #[serde(default)]
    pub remediated_on: String,
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

/// `POST /o/{org}/cases/{case}/breach`: the facts of a breach.
pub async fn breach_facts(
    State(s): State<WebState>,
    Path((org, case)): Path<(String, String)>,
    p: Posted<BreachForm>,
) -> Page {
    use khien_domain::Code as _;
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let id = case_id(v, &case)?;
    let f = &p.form;
    let instant = |field: &'static str,
                   s: &str|
     -> Result<Option<time::OffsetDateTime>, axum::response::Response> {
        match s.trim() {
            "" => Ok(None),
            x => view::parse_local(x)
                .map(Some)
                .ok_or_else(|| v.fail(AppError::invalid(field, "a date and time"))),
        }
    };
    let date =
        |field: &'static str, s: &str| -> Result<Option<time::Date>, axum::response::Response> {
            let fmt = time::macros::format_description!("[year]-[month]-[day]");
            match s.trim() {
                "" => Ok(None),
                x => time::Date::parse(x, fmt)
                    .map(Some)
                    .map_err(|_| v.fail(AppError::invalid(field, "a date"))),
            }
        };
    let kinds = p
        .pairs
        .iter()
        .filter(|(k, _)| k == "data_kinds")
        .map(|(_, x)| khien_domain::BreachDataKind::parse_code(x))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| v.fail(e.into()))?;
    let facts =
        khien_domain::BreachFacts {
            discovered_at: instant("discovered_at", &f.discovered_at)?,
            discovered_how: opt(&f.discovered_how),
            occurred_at: instant("occurred_at", &f.occurred_at)?,
            place: opt(&f.place),
            conduct: opt(&f.conduct),
            parties: opt(&f.parties),
            data_kinds: kinds,
            data_description: opt(&f.data_description),
            subjects_affected: match f.subjects_affected.trim() {
                "" => None,
                n => Some(n.parse().map_err(|_| {
                    v.fail(AppError::invalid("subjects_affected", "a whole number"))
                })?),
            },
            severity: match f.severity.trim() {
                "" => None,
                x => Some(khien_domain::Severity::parse_code(x).map_err(|e| v.fail(e.into()))?),
            },
            risks: opt(&f.risks),
            consequences: opt(&f.consequences),
            measures: opt(&f.measures),
            subject_guidance: opt(&f.subject_guidance),
            contact: opt(&f.contact),
            minutes_number: opt(&f.minutes_number),
            minutes_date: date("minutes_date", &f.minutes_date)?,
            minutes_participants: opt(&f.minutes_participants),
            remediated_on: date("remediated_on", &f.remediated_on)?,
        };
    s.app
        .breach_facts_set(&v.caller, org_uuid, id, &facts)
        .await
        .map_err(|e| v.fail(e))?;
    Ok(see_other(&format!("/o/{org}/cases/{case}#breach")))
}

#[derive(Deserialize)]
pub struct NotifyForm {
    #[serde(default)]
    recipients: String,
    #[serde(default)]
    subjects: String,
}

/// `POST /o/{org}/cases/{case}/notify`: notices to the affected subjects.
pub async fn breach_notify(
    State(s): State<WebState>,
    Path((org, case)): Path<(String, String)>,
    p: Posted<NotifyForm>,
) -> Page {
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let id = case_id(v, &case)?;
    let split = |s: &str| -> Vec<String> {
        s.split(['\n', ',', ';'])
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .collect()
    };
    s.app
        .breach_notify(
            &v.caller,
            org_uuid,
            id,
            &split(&p.form.recipients),
            &split(&p.form.subjects),
        )
        .await
        .map_err(|e| v.fail(e))?;
    Ok(see_other(&format!("/o/{org}/cases/{case}#breach")))
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
    let breach = if c.kind == "breach" {
        let (facts, notices) = tokio::join!(
            s.app.breach_facts_get(&v.caller, org_uuid, id),
            s.app.breach_notices(&v.caller, org_uuid, id)
        );
        let (facts, _) = facts.map_err(|e| v.fail(e))?;
        let notices = notices.map_err(|e| v.fail(e))?;
        Some(breach_view(&t, &facts, notices))
    } else {
        None
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
        breach,
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

/// The minutes confirming a breach (Law 91/2025 Art. 23(2)), drawn up from its facts, as a
/// download.
async fn minutes(s: &WebState, v: &Viewer, org: &str, case: &str, pdf: bool) -> Page {
    let org_uuid = org_id(v, org)?;
    let id = case_id(v, case)?;
    let blocks = s
        .app
        .breach_minutes(&v.caller, org_uuid, id)
        .await
        .map_err(|e| v.fail(e))?;
    let (bytes, mime, ext) = if pdf {
        (
            khien_forms::pdf::render(&blocks).map_err(|e| e.to_string()),
            "application/pdf",
            "pdf",
        )
    } else {
        (
            khien_forms::docx::render(&blocks).map_err(|e| e.to_string()),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
        )
    };
    let bytes = bytes.map_err(|e| {
        tracing::error!(error = %e, "the minutes could not be rendered");
        v.fail(AppError::Internal)
    })?;
    Ok(super::download(
        bytes,
        mime,
        &format!("bien-ban-{case}.{ext}"),
    ))
}

/// `GET /o/{org}/cases/{case}/minutes.docx`.
pub async fn minutes_docx(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, case)): Path<(String, String)>,
) -> Page {
    minutes(&s, &v, &org, &case, false).await
}

/// `GET /o/{org}/cases/{case}/minutes.pdf`.
pub async fn minutes_pdf(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, case)): Path<(String, String)>,
) -> Page {
    minutes(&s, &v, &org, &case, true).await
}
