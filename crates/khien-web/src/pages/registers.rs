//! Who must do what (issue 16): the organisation's profile and which obligations apply to it
//! and why; the registers the texts require, each with its entries and a form generated from
//! its fields. The rules and the checks are the application's; these pages show them, in the
//! reader's language, and give back what was typed when something is refused.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use khien_app::AppError;
use khien_app::registers::{Kept, removable, today_vn};
use khien_domain::{
    Code, FieldValue, OrgId, OrgProfile, RegisterEntry, RegisterEntryId, Sector, SizeClass,
};
use khien_rules::applicability::Status;
use khien_rules::registers::{FieldKind, RawValue, Register};
use serde::Deserialize;

use super::{Page, Posted, html, org_frame, org_id, see_other};
use crate::WebState;
use crate::ctx::{Ctx, Viewer};
use crate::i18n::{Lang, T};

fn pick<'a>(lang: Lang, vi: &'a str, en: &'a str) -> &'a str {
    if lang == Lang::Vi { vi } else { en }
}

/// A number with the reader's thousands separator (100.000 / 100,000).
fn grouped(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = if lang == Lang::Vi { '.' } else { ',' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

pub struct Opt {
    pub code: String,
    pub label: String,
    pub selected: bool,
}

pub struct Flag {
    pub name: String,
    pub label: String,
    pub on: bool,
}

pub struct FactRow {
    pub label: String,
    pub source: String,
}

pub struct ObligationRow {
    pub id: String,
    pub title: String,
    pub status: String,
    pub status_class: &'static str,
    pub until: String,
    pub basis: String,
    pub reason: String,
    pub interpretation: String,
    pub duty: bool,
}

/// The profile form as shown: what is kept, or what was just typed.
#[derive(Default)]
pub struct ProfileForm {
    size: String,
    flags: BTreeMap<&'static str, bool>,
    sectors: Vec<String>,
    subject_count: String,
    sensitive_subject_count: String,
}

impl ProfileForm {
    fn of(p: &OrgProfile) -> Self {
        Self {
            size: p.size.map(|s| s.code().to_owned()).unwrap_or_default(),
            flags: [
                ("startup", p.startup),
                ("household_business", p.household_business),
                ("state_agency", p.state_agency),
                ("processing_service", p.processing_service),
                ("processes_sensitive", p.processes_sensitive),
            ]
            .into_iter()
            .collect(),
            sectors: p.sectors.iter().map(|s| s.code().to_owned()).collect(),
            subject_count: p.subject_count.map(|n| n.to_string()).unwrap_or_default(),
            sensitive_subject_count: p
                .sensitive_subject_count
                .map(|n| n.to_string())
                .unwrap_or_default(),
        }
    }
}

const FLAGS: [&str; 5] = [
    "startup",
    "household_business",
    "state_agency",
    "processing_service",
    "processes_sensitive",
];

#[derive(Template)]
#[template(path = "obligations.html")]
struct Obligations {
    ctx: Ctx,
    profile_set: bool,
    updated: String,
    saved: bool,
    error: String,
    sizes: Vec<Opt>,
    flags: Vec<Flag>,
    sectors: Vec<Flag>,
    subject_count: String,
    sensitive_subject_count: String,
    facts: Vec<FactRow>,
    threshold: String,
    binding: Vec<ObligationRow>,
    exempt: Vec<ObligationRow>,
}

#[derive(Deserialize, Default)]
pub struct Notice {
    #[serde(default)]
    saved: Option<String>,
    #[serde(default)]
    deleted: Option<String>,
    #[serde(default)]
    kept: Option<String>,
    #[serde(default)]
    edit: Option<String>,
}

async fn obligations_page(
    s: &WebState,
    v: &Viewer,
    org: OrgId,
    typed: Option<ProfileForm>,
    error: String,
    saved: bool,
) -> Page {
    let (ctx, _) = org_frame(s, v, org, "obligations").await?;
    let (profile, updated) = s.app.profile(&v.caller, org).await.map_err(|e| v.fail(e))?;
    let view = s
        .app
        .applicability(&v.caller, org)
        .await
        .map_err(|e| v.fail(e))?;
    let t = ctx.t;
    let lang = v.lang;
    let form = typed.unwrap_or_else(|| ProfileForm::of(&profile));
    let sizes = SizeClass::ALL
        .iter()
        .map(|c| Opt {
            code: c.code().to_owned(),
            label: t.or("size", c.code()),
            selected: form.size == c.code(),
        })
        .collect();
    let flags = FLAGS
        .iter()
        .map(|name| Flag {
            name: (*name).to_owned(),
            label: t.s(&format!("obligations.flag_{name}")).to_owned(),
            on: form.flags.get(name).copied().unwrap_or(false),
        })
        .collect();
    let sectors = Sector::ALL
        .iter()
        // Selling processing services is a flag above; the sector is the same fact.
        .filter(|c| **c != Sector::ProcessingService)
        .map(|c| Flag {
            name: c.code().to_owned(),
            label: t.or("sector", c.code()),
            on: form.sectors.iter().any(|x| x == c.code()),
        })
        .collect();
    let mut facts: Vec<FactRow> = view
        .facts
        .iter()
        .map(|(id, src)| FactRow {
            label: s.app.legal.applicability.fact(id).map_or_else(
                || id.clone(),
                |f| pick(lang, &f.label, &f.label_en).to_owned(),
            ),
            source: t
                .s(&format!("obligations.source_{}", src.code()))
                .to_owned(),
        })
        .collect();
    if let Some(n) = profile.subject_count {
        facts.push(FactRow {
            label: t.f(
                "obligations.fact_subjects",
                &[
                    ("n", &grouped(n, lang)),
                    ("large", &grouped(view.large_subject_count, lang)),
                ],
            ),
            source: t.s("obligations.source_profile").to_owned(),
        });
    }
    if let Some(tr) = &view.transferred {
        facts.push(FactRow {
            label: t.f(
                "obligations.fact_transferred",
                &[
                    ("n", &grouped(u64::try_from(tr.total).unwrap_or(0), lang)),
                    ("since", &crate::view::date(tr.since)),
                    ("basis", &crate::view::citation(&tr.legal_basis, lang)),
                ],
            ),
            source: t.s("obligations.source_cases").to_owned(),
        });
    }
    let mut binding = Vec::new();
    let mut exempt = Vec::new();
    for d in &view.obligations {
        let row = ObligationRow {
            id: d.id.clone(),
            title: d.title.clone(),
            status: t
                .s(&format!("obligations.status_{}", d.status.code()))
                .to_owned(),
            status_class: match d.status {
                Status::Applies => "applies",
                Status::Optional => "optional",
                Status::Exempt => "exempt",
            },
            until: d.until.map(crate::view::date).unwrap_or_default(),
            basis: crate::view::citation(&d.basis, lang),
            reason: pick(lang, &d.reason, &d.reason_en).to_owned(),
            interpretation: match lang {
                Lang::Vi => d.interpretation.clone(),
                Lang::En => d.interpretation_en.clone(),
            }
            .unwrap_or_default(),
            duty: d.kind == khien_rules::applicability::ItemKind::Duty,
        };
        if d.status == Status::Exempt {
            exempt.push(row);
        } else {
            binding.push(row);
        }
    }
    let settings = s.app.legal.applicability.settings();
    html(&Obligations {
        profile_set: updated.is_some(),
        updated: updated.map(crate::view::when).unwrap_or_default(),
        saved,
        error,
        sizes,
        flags,
        sectors,
        subject_count: form.subject_count,
        sensitive_subject_count: form.sensitive_subject_count,
        facts,
        threshold: t.f(
            "obligations.threshold",
            &[
                ("n", &grouped(view.large_subject_count, lang)),
                (
                    "basis",
                    &crate::view::citation(&settings.large_subject_count_basis, lang),
                ),
            ],
        ),
        binding,
        exempt,
        ctx,
    })
}

/// `GET /o/{org}/obligations`.
pub async fn obligations(
    State(s): State<WebState>,
    v: Viewer,
    Path(org): Path<String>,
    Query(n): Query<Notice>,
) -> Page {
    let org = org_id(&v, &org)?;
    obligations_page(&s, &v, org, None, String::new(), n.saved.is_some()).await
}

/// The profile's refusals in the reader's language (the domain's rules are in English).
fn profile_error(t: T, field: &str) -> String {
    match field {
        "household_business" => t.s("obligations.error_household").to_owned(),
        "sensitive_subject_count" => t.s("obligations.error_count").to_owned(),
        "subject_count" => t.s("obligations.error_subjects").to_owned(),
        _ => t.s("obligations.error_size").to_owned(),
    }
}

/// `POST /o/{org}/obligations/profile`: on a refusal the page comes back with what was typed
/// and the reason.
pub async fn set_profile(
    State(s): State<WebState>,
    Path(org): Path<String>,
    p: Posted<BTreeMap<String, String>>,
) -> Page {
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let t = T::new(v.lang);
    let has = |k: &str| p.pairs.iter().any(|(n, val)| n == k && !val.is_empty());
    let value = |k: &str| {
        p.pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, val)| val.trim().to_owned())
            .unwrap_or_default()
    };
    let typed = ProfileForm {
        size: value("size"),
        flags: FLAGS.iter().map(|f| (*f, has(f))).collect(),
        sectors: Sector::ALL
            .iter()
            .filter(|c| has(&format!("sector_{}", c.code())))
            .map(|c| c.code().to_owned())
            .collect(),
        subject_count: value("subject_count"),
        sensitive_subject_count: value("sensitive_subject_count"),
    };
    let count = |raw: &str, field: &'static str| -> Result<Option<u64>, &'static str> {
        let raw = raw.replace(['.', ' ', ',', '\u{a0}'], "");
        if raw.is_empty() {
            return Ok(None);
        }
        raw.parse::<u64>().map(Some).map_err(|_| field)
    };
    let parsed = (|| -> Result<OrgProfile, &'static str> {
        let size = if typed.size.is_empty() {
            None
        } else {
            Some(typed.size.parse::<SizeClass>().map_err(|_| "size")?)
        };
        let profile = OrgProfile {
            size,
            startup: has("startup"),
            household_business: has("household_business"),
            sectors: Sector::ALL
                .iter()
                .copied()
                .filter(|c| typed.sectors.iter().any(|x| x == c.code()))
                .collect(),
            state_agency: has("state_agency"),
            processing_service: has("processing_service"),
            processes_sensitive: has("processes_sensitive"),
            subject_count: count(&typed.subject_count, "subject_count")?,
            sensitive_subject_count: count(
                &typed.sensitive_subject_count,
                "sensitive_subject_count",
            )?,
        };
        match profile.clone().normalise() {
            Ok(_) => Ok(profile),
            Err(khien_domain::DomainError::Invalid {
                field: "subject_count",
                ..
            }) => Err("sensitive_subject_count"),
            Err(khien_domain::DomainError::Invalid { field, .. }) => Err(field),
            Err(_) => Err("size"),
        }
    })();
    let profile = match parsed {
        Ok(p) => p,
        Err(field) => {
            let msg = profile_error(t, field);
            return obligations_page(&s, v, org_uuid, Some(typed), msg, false).await;
        }
    };
    s.app
        .set_profile(&v.caller, org_uuid, profile)
        .await
        .map_err(|e| v.fail(e))?;
    Ok(see_other(&format!("/o/{org}/obligations?saved=1")))
}

pub struct RegisterRow {
    pub id: String,
    pub title: String,
    pub basis: String,
    pub retention: String,
    pub entries: usize,
}

#[derive(Template)]
#[template(path = "registers.html")]
struct Registers {
    ctx: Ctx,
    rows: Vec<RegisterRow>,
}

fn retention(t: T, lang: Lang, r: &Register) -> String {
    match (r.retention_years, &r.retain_from) {
        (Some(y), Some(from)) => t.f(
            "registers.retention_from",
            &[
                ("n", &y.to_string()),
                (
                    "from",
                    &r.field(from).map_or_else(
                        || from.clone(),
                        |f| pick(lang, &f.label, &f.label_en).to_lowercase(),
                    ),
                ),
            ],
        ),
        (Some(y), None) => t.f("registers.retention_years", &[("n", &y.to_string())]),
        _ => t.s("registers.retention_none").to_owned(),
    }
}

/// `GET /o/{org}/registers`.
pub async fn list(State(s): State<WebState>, v: Viewer, Path(org): Path<String>) -> Page {
    let org = org_id(&v, &org)?;
    let (ctx, _) = org_frame(&s, &v, org, "registers").await?;
    let counts = s
        .app
        .register_counts(&v.caller, org)
        .await
        .map_err(|e| v.fail(e))?;
    let rows = s
        .app
        .legal
        .registers
        .all()
        .iter()
        .map(|r| RegisterRow {
            id: r.id.clone(),
            title: pick(v.lang, &r.title, &r.title_en).to_owned(),
            basis: crate::view::citation(&r.basis, v.lang),
            retention: retention(ctx.t, v.lang, r),
            entries: counts.get(&r.id).copied().unwrap_or(0),
        })
        .collect();
    html(&Registers { ctx, rows })
}

pub struct InputField {
    pub name: String,
    pub label: String,
    pub kind: &'static str,
    pub required: bool,
    pub value: String,
    pub options: Vec<Opt>,
    pub error: String,
}

pub struct EntryRow {
    pub id: String,
    pub summary: String,
    pub recorded: String,
    pub retain_until: String,
    pub details: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    ctx: Ctx,
    id: String,
    title: String,
    basis: String,
    retention: String,
    entries: Vec<EntryRow>,
    fields: Vec<InputField>,
    /// The entry being changed (empty: a new one).
    editing: String,
    error: String,
    notice: String,
}

/// A stored value as a person reads it.
fn shown(f: Option<&khien_rules::registers::FieldDef>, v: &FieldValue, lang: Lang) -> String {
    match v {
        FieldValue::Text(s) => match f {
            Some(def) if def.kind == FieldKind::Choice => def.choice_label(s, lang == Lang::En),
            _ => s.clone(),
        },
        FieldValue::Integer(n) => n.to_string(),
        FieldValue::Bool(b) => T::new(lang)
            .s(if *b { "registers.yes" } else { "registers.no" })
            .to_owned(),
        FieldValue::Date(d) => crate::view::date(*d),
        FieldValue::List(l) => l.join("; "),
    }
}

/// A stored value as a form field holds it.
fn typed_back(v: &FieldValue) -> String {
    match v {
        FieldValue::Text(s) => s.clone(),
        FieldValue::Integer(n) => n.to_string(),
        FieldValue::Bool(b) => b.to_string(),
        FieldValue::Date(d) => format!("{}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day()),
        FieldValue::List(l) => l.join("\n"),
    }
}

/// Why an entry is still kept, in the reader's language.
fn kept_message(t: T, lang: Lang, reg: &Register, k: &Kept) -> String {
    match k {
        Kept::Running { years, from } => t.f(
            "registers.kept_running",
            &[
                ("n", &years.to_string()),
                (
                    "from",
                    &reg.field(from).map_or_else(
                        || from.clone(),
                        |f| pick(lang, &f.label, &f.label_en).to_owned(),
                    ),
                ),
                ("basis", &crate::view::citation(&reg.basis, lang)),
            ],
        ),
        Kept::Until { until, years } => t.f(
            "registers.kept_until",
            &[
                ("until", &crate::view::date(*until)),
                ("n", &years.to_string()),
                ("basis", &crate::view::citation(&reg.basis, lang)),
            ],
        ),
    }
}

struct Shown<'a> {
    posted: &'a BTreeMap<String, String>,
    errors: BTreeMap<String, String>,
    error: String,
    notice: String,
    editing: Option<RegisterEntryId>,
}

async fn register_page(
    s: &WebState,
    v: &Viewer,
    org: OrgId,
    register: &str,
    shown_as: Shown<'_>,
) -> Page {
    let (ctx, _) = org_frame(s, v, org, "registers").await?;
    let Some(reg) = s.app.legal.registers.get(register) else {
        return Err(v.fail(AppError::NotFound("register")));
    };
    let entries = s
        .app
        .register_entries(&v.caller, org, register)
        .await
        .map_err(|e| v.fail(e))?;
    let lang = v.lang;
    let label = |name: &str| {
        reg.field(name).map_or_else(
            || name.to_owned(),
            |f| pick(lang, &f.label, &f.label_en).to_owned(),
        )
    };
    // Values to show in the form: what was just typed, else the entry being changed.
    let mut values = shown_as.posted.clone();
    if values.is_empty()
        && let Some(id) = shown_as.editing
        && let Some(e) = entries.iter().find(|e| e.id == id)
    {
        values = e
            .fields
            .iter()
            .map(|(k, v)| (k.clone(), typed_back(v)))
            .collect();
    }
    let rows = entries
        .iter()
        .rev()
        .map(|e: &RegisterEntry| EntryRow {
            id: e.id.to_string(),
            summary: e.summary.clone(),
            recorded: crate::view::when(e.recorded_at),
            retain_until: e.retain_until.map(crate::view::date).unwrap_or_default(),
            details: reg
                .fields
                .iter()
                .filter_map(|f| {
                    e.fields
                        .get(&f.name)
                        .map(|x| (label(&f.name), shown(Some(f), x, lang)))
                })
                .collect(),
        })
        .collect();
    let fields = reg
        .fields
        .iter()
        .map(|f| {
            let value = values.get(&f.name).cloned().unwrap_or_default();
            let options = match f.kind {
                FieldKind::Choice => f
                    .choices
                    .iter()
                    .map(|c| Opt {
                        code: c.code.clone(),
                        label: pick(lang, &c.label, &c.label_en).to_owned(),
                        selected: value == c.code,
                    })
                    .collect(),
                FieldKind::Bool => [("true", "registers.yes"), ("false", "registers.no")]
                    .iter()
                    .map(|(code, key)| Opt {
                        code: (*code).to_owned(),
                        label: ctx.t.s(key).to_owned(),
                        selected: value == *code,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            InputField {
                name: f.name.clone(),
                label: pick(lang, &f.label, &f.label_en).to_owned(),
                kind: match f.kind {
                    FieldKind::Text => "text",
                    FieldKind::LongText | FieldKind::List => "multiline",
                    FieldKind::Date => "date",
                    FieldKind::Integer => "number",
                    FieldKind::Bool | FieldKind::Choice => "choice",
                    FieldKind::Email => "email",
                    FieldKind::Phone => "tel",
                    FieldKind::Url => "url",
                },
                required: f.required,
                value,
                options,
                error: shown_as.errors.get(&f.name).cloned().unwrap_or_default(),
            }
        })
        .collect();
    html(&RegisterPage {
        id: reg.id.clone(),
        title: pick(lang, &reg.title, &reg.title_en).to_owned(),
        basis: crate::view::citation(&reg.basis, lang),
        retention: retention(ctx.t, lang, reg),
        entries: rows,
        fields,
        editing: shown_as.editing.map(|e| e.to_string()).unwrap_or_default(),
        error: shown_as.error,
        notice: shown_as.notice,
        ctx,
    })
}

/// `GET /o/{org}/registers/{register}` (`?edit=ENTRY` fills the form with an entry to change).
pub async fn show(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, register)): Path<(String, String)>,
    Query(n): Query<Notice>,
) -> Page {
    let org = org_id(&v, &org)?;
    let t = T::new(v.lang);
    let mut notice = String::new();
    let mut error = String::new();
    if n.saved.is_some() {
        notice = t.s("registers.saved").to_owned();
    }
    if n.deleted.is_some() {
        notice = t.s("registers.deleted").to_owned();
    }
    if let (Some(kept), Some(reg)) = (&n.kept, s.app.legal.registers.get(&register))
        && let Ok(id) = kept.parse::<RegisterEntryId>()
        && let Ok(e) = s.app.register_entry(&v.caller, org, &register, id).await
        && let Err(k) = removable(reg, &e, today_vn(s.app.now()))
    {
        error = kept_message(t, v.lang, reg, &k);
    }
    let editing = n.edit.as_deref().and_then(|e| e.parse().ok());
    let posted = BTreeMap::new();
    register_page(
        &s,
        &v,
        org,
        &register,
        Shown {
            posted: &posted,
            errors: BTreeMap::new(),
            error,
            notice,
            editing,
        },
    )
    .await
}

/// The posted values of a register's fields, as typed and as the check reads them.
fn posted_values(reg: &Register, pairs: &[(String, String)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .filter(|(k, _)| reg.field(k).is_some())
        .map(|(k, val)| (k.clone(), val.clone()))
        .collect()
}

/// Adds or changes an entry; on a refusal the page comes back with what was typed and every
/// reason next to its field, so nothing is lost.
async fn save(
    s: &WebState,
    v: &Viewer,
    org: &str,
    register: &str,
    entry: Option<RegisterEntryId>,
    pairs: &[(String, String)],
) -> Page {
    let org_uuid = org_id(v, org)?;
    let Some(reg) = s.app.legal.registers.get(register) else {
        return Err(v.fail(AppError::NotFound("register")));
    };
    let posted = posted_values(reg, pairs);
    let input: BTreeMap<String, RawValue> = posted
        .iter()
        .map(|(k, val)| (k.clone(), RawValue::Text(val.clone())))
        .collect();
    // The application checks again; this only says what is wrong in the reader's language.
    if let Err(errs) = reg.check(&input) {
        let t = T::new(v.lang);
        let mut errors = BTreeMap::new();
        for e in &errs.0 {
            let rule = if v.lang == Lang::Vi {
                &e.rule_vi
            } else {
                &e.rule
            };
            errors.insert(e.field.clone(), rule.clone());
        }
        let shown_as = Shown {
            posted: &posted,
            error: t.f("registers.invalid", &[("n", &errs.0.len().to_string())]),
            errors,
            notice: String::new(),
            editing: entry,
        };
        return register_page(s, v, org_uuid, register, shown_as).await;
    }
    let done = match entry {
        None => s
            .app
            .add_register_entry(&v.caller, org_uuid, register, &input)
            .await
            .map(|_| ()),
        Some(id) => s
            .app
            .update_register_entry(&v.caller, org_uuid, register, id, &input)
            .await
            .map(|_| ()),
    };
    match done {
        Ok(()) => Ok(see_other(&format!("/o/{org}/registers/{register}?saved=1"))),
        Err(AppError::Rejected(why)) => {
            let shown_as = Shown {
                posted: &posted,
                errors: BTreeMap::new(),
                error: why,
                notice: String::new(),
                editing: entry,
            };
            register_page(s, v, org_uuid, register, shown_as).await
        }
        Err(e) => Err(v.fail(e)),
    }
}

/// `POST /o/{org}/registers/{register}`: adds an entry.
pub async fn add(
    State(s): State<WebState>,
    Path((org, register)): Path<(String, String)>,
    p: Posted<BTreeMap<String, String>>,
) -> Page {
    save(&s, &p.v, &org, &register, None, &p.pairs).await
}

/// `POST /o/{org}/registers/{register}/{entry}`: changes an entry.
pub async fn update(
    State(s): State<WebState>,
    Path((org, register, entry)): Path<(String, String, String)>,
    p: Posted<BTreeMap<String, String>>,
) -> Page {
    let id: RegisterEntryId = entry
        .parse()
        .map_err(|_| p.v.fail(AppError::NotFound("register entry")))?;
    save(&s, &p.v, &org, &register, Some(id), &p.pairs).await
}

/// `POST /o/{org}/registers/{register}/{entry}/delete`: removes an entry, or says until when
/// it is kept (the page is reached again by a redirect, so a reload sends nothing).
pub async fn delete(
    State(s): State<WebState>,
    Path((org, register, entry)): Path<(String, String, String)>,
    p: Posted<BTreeMap<String, String>>,
) -> Page {
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let id: RegisterEntryId = entry
        .parse()
        .map_err(|_| v.fail(AppError::NotFound("register entry")))?;
    match s
        .app
        .delete_register_entry(&v.caller, org_uuid, &register, id)
        .await
    {
        Ok(()) => Ok(see_other(&format!(
            "/o/{org}/registers/{register}?deleted=1"
        ))),
        Err(AppError::Conflict(_)) => Ok(see_other(&format!(
            "/o/{org}/registers/{register}?kept={id}"
        ))),
        Err(e) => Err(v.fail(e)),
    }
}
