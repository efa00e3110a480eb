//! Who must do what (issue 16): the organisation's profile and which obligations apply to it
//! and why; the registers the texts require, each with its entries and a form generated from
//! its fields. The rules and the checks are the application's; these pages show them.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use khien_app::AppError;
use khien_domain::{Code, FieldValue, OrgProfile, RegisterEntryId, Sector, SizeClass};
use khien_rules::applicability::Status;
use khien_rules::registers::{FieldKind, RawValue, Register};

use super::{Page, Posted, html, org_frame, org_id, see_other};
use crate::WebState;
use crate::ctx::{Ctx, Viewer};
use crate::i18n::Lang;

fn pick<'a>(lang: Lang, vi: &'a str, en: &'a str) -> &'a str {
    if lang == Lang::Vi { vi } else { en }
}

pub struct Opt {
    pub code: String,
    pub label: String,
    pub selected: bool,
}

pub struct Flag {
    pub name: &'static str,
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

#[derive(Template)]
#[template(path = "obligations.html")]
struct Obligations {
    ctx: Ctx,
    profile_set: bool,
    updated: String,
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

/// `GET /o/{org}/obligations`.
pub async fn obligations(State(s): State<WebState>, v: Viewer, Path(org): Path<String>) -> Page {
    let org = org_id(&v, &org)?;
    let (ctx, _) = org_frame(&s, &v, org, "obligations").await?;
    let (profile, updated) = s.app.profile(&v.caller, org).await.map_err(|e| v.fail(e))?;
    let view = s
        .app
        .applicability(&v.caller, org)
        .await
        .map_err(|e| v.fail(e))?;
    let t = ctx.t;
    let lang = v.lang;
    let sizes = SizeClass::ALL
        .iter()
        .map(|c| Opt {
            code: c.code().to_owned(),
            label: t.or("size", c.code()),
            selected: profile.size == Some(*c),
        })
        .collect();
    let flag = |name: &'static str, on: bool| Flag {
        name,
        label: t.s(&format!("obligations.flag_{name}")).to_owned(),
        on,
    };
    let flags = vec![
        flag("startup", profile.startup),
        flag("household_business", profile.household_business),
        flag("state_agency", profile.state_agency),
        flag("processing_service", profile.processing_service),
        flag("processes_sensitive", profile.processes_sensitive),
    ];
    let sectors = Sector::ALL
        .iter()
        .map(|c| Flag {
            name: c.code(),
            label: t.or("sector", c.code()),
            on: profile.sectors.contains(c),
        })
        .collect();
    let facts = view
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
            basis: d.basis.clone(),
            reason: pick(lang, &d.reason, &d.reason_en).to_owned(),
            interpretation: d.interpretation.clone().unwrap_or_default(),
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
        sizes,
        flags,
        sectors,
        subject_count: profile
            .subject_count
            .map(|n| n.to_string())
            .unwrap_or_default(),
        sensitive_subject_count: profile
            .sensitive_subject_count
            .map(|n| n.to_string())
            .unwrap_or_default(),
        facts,
        threshold: t.f(
            "obligations.threshold",
            &[
                ("n", &view.large_subject_count.to_string()),
                ("basis", &settings.large_subject_count_basis),
            ],
        ),
        binding,
        exempt,
        ctx,
    })
}

/// `POST /o/{org}/obligations/profile`.
pub async fn set_profile(
    State(s): State<WebState>,
    Path(org): Path<String>,
    p: Posted<BTreeMap<String, String>>,
) -> Page {
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let has = |k: &str| p.pairs.iter().any(|(n, val)| n == k && !val.is_empty());
    let value = |k: &str| {
        p.pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, val)| val.trim().to_owned())
            .unwrap_or_default()
    };
    let count = |k: &'static str| -> Result<Option<u64>, AppError> {
        let raw = value(k).replace(['.', ' ', ','], "");
        if raw.is_empty() {
            return Ok(None);
        }
        raw.parse::<u64>()
            .map(Some)
            .map_err(|_| AppError::invalid(k, "expected a whole number"))
    };
    let profile = (|| -> Result<OrgProfile, AppError> {
        let size = value("size");
        Ok(OrgProfile {
            size: if size.is_empty() {
                None
            } else {
                Some(size.parse::<SizeClass>()?)
            },
            startup: has("startup"),
            household_business: has("household_business"),
            sectors: Sector::ALL
                .iter()
                .copied()
                .filter(|c| has(&format!("sector_{}", c.code())))
                .collect(),
            state_agency: has("state_agency"),
            processing_service: has("processing_service"),
            processes_sensitive: has("processes_sensitive"),
            subject_count: count("subject_count")?,
            sensitive_subject_count: count("sensitive_subject_count")?,
        })
    })()
    .map_err(|e| v.fail(e))?;
    s.app
        .set_profile(&v.caller, org_uuid, profile)
        .await
        .map_err(|e| v.fail(e))?;
    Ok(see_other(&format!("/o/{org}/obligations")))
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

fn retention(t: crate::i18n::T, r: &Register) -> String {
    match r.retention_years {
        Some(y) => t.f("registers.retention_years", &[("n", &y.to_string())]),
        None => t.s("registers.retention_none").to_owned(),
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
            basis: r.basis.clone(),
            retention: retention(ctx.t, r),
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
    error: String,
}

fn shown(v: &FieldValue) -> String {
    match v {
        FieldValue::Text(s) => s.clone(),
        FieldValue::Integer(n) => n.to_string(),
        FieldValue::Bool(b) => if *b { "✓" } else { "✗" }.to_owned(),
        FieldValue::Date(d) => crate::view::date(*d),
        FieldValue::List(l) => l.join("; "),
    }
}

async fn register_page(
    s: &WebState,
    v: &Viewer,
    org: khien_domain::OrgId,
    register: &str,
    posted: &BTreeMap<String, String>,
    error: String,
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
    let label = |name: &str| {
        reg.field(name).map_or_else(
            || name.to_owned(),
            |f| pick(v.lang, &f.label, &f.label_en).to_owned(),
        )
    };
    let entries = entries
        .iter()
        .rev()
        .map(|e| EntryRow {
            id: e.id.to_string(),
            summary: e.summary.clone(),
            recorded: crate::view::when(e.recorded_at),
            retain_until: e.retain_until.map(crate::view::date).unwrap_or_default(),
            details: reg
                .fields
                .iter()
                .filter_map(|f| e.fields.get(&f.name).map(|x| (label(&f.name), shown(x))))
                .collect(),
        })
        .collect();
    let fields = reg
        .fields
        .iter()
        .map(|f| {
            let value = posted.get(&f.name).cloned().unwrap_or_default();
            let options = match f.kind {
                FieldKind::Choice => f
                    .choices
                    .iter()
                    .map(|c| Opt {
                        code: c.code.clone(),
                        label: pick(v.lang, &c.label, &c.label_en).to_owned(),
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
                label: pick(v.lang, &f.label, &f.label_en).to_owned(),
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
            }
        })
        .collect();
    html(&RegisterPage {
        id: reg.id.clone(),
        title: pick(v.lang, &reg.title, &reg.title_en).to_owned(),
        basis: reg.basis.clone(),
        retention: retention(ctx.t, reg),
        entries,
        fields,
        error,
        ctx,
    })
}

/// `GET /o/{org}/registers/{register}`.
pub async fn show(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, register)): Path<(String, String)>,
) -> Page {
    let org = org_id(&v, &org)?;
    register_page(&s, &v, org, &register, &BTreeMap::new(), String::new()).await
}

/// `POST /o/{org}/registers/{register}`: adds an entry; on a refusal the page comes back with
/// what was typed and the reason, so nothing is lost.
pub async fn add(
    State(s): State<WebState>,
    Path((org, register)): Path<(String, String)>,
    p: Posted<BTreeMap<String, String>>,
) -> Page {
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let Some(reg) = s.app.legal.registers.get(&register) else {
        return Err(v.fail(AppError::NotFound("register")));
    };
    let posted: BTreeMap<String, String> = p
        .pairs
        .iter()
        .filter(|(k, _)| reg.field(k).is_some())
        .map(|(k, val)| (k.clone(), val.clone()))
        .collect();
    let input: BTreeMap<String, RawValue> = posted
        .iter()
        .map(|(k, val)| (k.clone(), RawValue::Text(val.clone())))
        .collect();
    // The application checks again; this only names the field in the reader's language.
    if let Err(e) = reg.check(&input) {
        let label = reg.field(&e.field).map_or_else(
            || e.field.clone(),
            |f| pick(v.lang, &f.label, &f.label_en).to_owned(),
        );
        let t = crate::i18n::T::new(v.lang);
        let msg = t.f("registers.invalid", &[("field", &label), ("rule", &e.rule)]);
        return register_page(&s, v, org_uuid, &register, &posted, msg).await;
    }
    match s
        .app
        .add_register_entry(&v.caller, org_uuid, &register, &input)
        .await
    {
        Ok(_) => Ok(see_other(&format!("/o/{org}/registers/{register}"))),
        Err(AppError::Rejected(why)) => {
            register_page(&s, v, org_uuid, &register, &posted, why).await
        }
        Err(e) => Err(v.fail(e)),
    }
}

/// `POST /o/{org}/registers/{register}/{entry}/delete`.
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
        Ok(()) => Ok(see_other(&format!("/o/{org}/registers/{register}"))),
        Err(AppError::Conflict(_)) => {
            let t = crate::i18n::T::new(v.lang);
            let msg = t.s("registers.kept").to_owned();
            register_page(&s, v, org_uuid, &register, &BTreeMap::new(), msg).await
        }
        Err(e) => Err(v.fail(e)),
    }
}
