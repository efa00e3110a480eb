//! The official forms: pick one, see what the registry already fills, fill the rest, check,
//! download PDF or DOCX. The checks and the registry's data are the application's
//! ([`khien_app::App::fill_form`]); rendering is the forms crate's.

use askama::Template;
use axum::extract::{Path, State};
use khien_app::AppError;
use khien_domain::CaseId;
use khien_forms::{FieldType, Filled, Form};
use serde_json::{Map, Value};

use super::{Page, Posted, download, html, org_frame, org_id};
use crate::WebState;
use crate::ctx::{Ctx, Viewer};

pub struct FormRow {
    pub id: String,
    pub number: String,
    pub title: String,
    pub source: String,
}

#[derive(Template)]
#[template(path = "forms.html")]
struct List {
    ctx: Ctx,
    rows: Vec<FormRow>,
}

/// `GET /o/{org}/forms`.
pub async fn list(State(s): State<WebState>, v: Viewer, Path(org): Path<String>) -> Page {
    let org = org_id(&v, &org)?;
    let (ctx, _) = org_frame(&s, &v, org, "forms").await?;
    let cat = khien_app::forms::catalogue().map_err(|e| v.fail(e))?;
    html(&List {
        rows: cat
            .forms()
            .iter()
            .map(|f| FormRow {
                id: f.id.clone(),
                number: f.number.clone(),
                title: f.title.clone(),
                source: f.source.clone(),
            })
            .collect(),
        ctx,
    })
}

pub struct FieldRow {
    pub path: String,
    pub label: String,
    pub kind: &'static str,
    pub value: String,
    pub optional: bool,
    pub from_registry: bool,
    pub options: Vec<String>,
    pub hint: String,
}

#[derive(Template)]
#[template(path = "form.html")]
struct Show {
    ctx: Ctx,
    id: String,
    number: String,
    title: String,
    source: String,
    fields: Vec<FieldRow>,
    to_complete: Vec<String>,
    checked: bool,
    error: String,
    /// `?case=…` when the form is filed under a case (drafted from it).
    case_q: String,
}

fn kind_name(k: FieldType) -> &'static str {
    match k {
        FieldType::Multiline | FieldType::List | FieldType::Table => "multiline",
        FieldType::Date => "date",
        FieldType::Email => "email",
        FieldType::Phone => "tel",
        FieldType::Number => "number",
        FieldType::Choice => "choice",
        FieldType::Text | FieldType::IdNumber => "text",
    }
}

/// A field: its path, label, type, whether optional, its options and its columns.
type FieldOf = (String, String, FieldType, bool, Vec<String>, Vec<String>);

/// Every field of a form in a stable order: the standard ones, then the form's own.
fn fields_of(form: &Form) -> Vec<FieldOf> {
    let mut out: Vec<_> = form
        .standard_fields()
        .into_iter()
        .map(|(p, k, l)| (p.to_owned(), l.to_owned(), k, false, Vec::new(), Vec::new()))
        .collect();
    for (p, f) in &form.fields {
        out.push((
            p.clone(),
            f.label.clone(),
            f.kind,
            f.optional,
            f.options.clone(),
            f.columns.clone(),
        ));
    }
    out
}

fn shown(filled: &Filled<'_>, path: &str) -> String {
    match filled.values.get(path) {
        Some(khien_forms::data::Filled1::Text(t)) => t.clone(),
        Some(khien_forms::data::Filled1::Date(d)) => {
            format!("{}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
        }
        Some(khien_forms::data::Filled1::List(l)) => l.join("\n"),
        Some(khien_forms::data::Filled1::Table(rows)) => rows
            .iter()
            .map(|r| r.join(" | "))
            .collect::<Vec<_>>()
            .join("\n"),
        None => String::new(),
    }
}

fn page(
    ctx: Ctx,
    form: &Form,
    filled: &Filled<'_>,
    registry: &Filled<'_>,
    checked: bool,
    error: String,
    case: Option<CaseId>,
) -> Page {
    let t = ctx.t;
    html(&Show {
        case_q: case.map(|c| format!("?case={c}")).unwrap_or_default(),
        id: form.id.clone(),
        number: form.number.clone(),
        title: form.title.clone(),
        source: form.source.clone(),
        fields: fields_of(form)
            .into_iter()
            .map(|(path, label, kind, optional, options, columns)| FieldRow {
                value: shown(filled, &path),
                from_registry: registry.values.contains_key(&path),
                hint: match kind {
                    FieldType::List => t.s("form.hint_list").to_owned(),
                    FieldType::Table => {
                        t.f("form.hint_table", &[("columns", &columns.join(" | "))])
                    }
                    _ => String::new(),
                },
                kind: kind_name(kind),
                path,
                label,
                optional,
                options,
            })
            .collect(),
        to_complete: filled.to_complete.iter().map(|c| c.label.clone()).collect(),
        checked,
        error,
        ctx,
    })
}

/// The case a form is filed under (`?case=`): drafted from it too.
#[derive(serde::Deserialize, Default)]
pub struct CaseQ {
    #[serde(default)]
    case: Option<String>,
}

fn case_of(v: &Viewer, q: &CaseQ) -> Result<Option<CaseId>, axum::response::Response> {
    match q.case.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(None),
        Some(c) => c
            .parse::<uuid::Uuid>()
            .map(|u| Some(CaseId::from_uuid(u)))
            .map_err(|_| v.fail(AppError::NotFound("case"))),
    }
}

/// `GET /o/{org}/forms/{form}[?case=]`: the form with what the registry fills.
pub async fn show(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, form)): Path<(String, String)>,
    axum::extract::Query(q): axum::extract::Query<CaseQ>,
) -> Page {
    let org = org_id(&v, &org)?;
    let case = case_of(&v, &q)?;
    let (ctx, _) = org_frame(&s, &v, org, "forms").await?;
    let f = khien_app::forms::form(&form).map_err(|e| v.fail(e))?;
    let filled = s
        .app
        .fill_form_for(&v.caller, org, &form, &Value::Object(Map::new()), case)
        .await
        .map_err(|e| v.fail(e))?;
    page(ctx, f, &filled, &filled, false, String::new(), case)
}

fn set(root: &mut Map<String, Value>, path: &str, v: Value) {
    match path.split_once('.') {
        None => {
            root.insert(path.to_owned(), v);
        }
        Some((head, rest)) => {
            let child = root
                .entry(head.to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if !child.is_object() {
                *child = Value::Object(Map::new());
            }
            if let Value::Object(m) = child {
                set(m, rest, v);
            }
        }
    }
}

/// The form's data from the posted fields (`f.PATH`): lists one item per line, tables one
/// row per line with cells separated by `|`, numbers as numbers.
pub fn data_of(form: &Form, pairs: &[(String, String)]) -> Value {
    let mut root = Map::new();
    for (path, _, kind, _, _, columns) in fields_of(form) {
        let Some((_, raw)) = pairs
            .iter()
            .find(|(k, _)| k.strip_prefix("f.") == Some(path.as_str()))
        else {
            continue;
        };
        let raw = raw.replace("\r\n", "\n");
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        let v = match kind {
            FieldType::List => Value::Array(
                raw.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(|l| Value::from(l.to_owned()))
                    .collect(),
            ),
            FieldType::Table => Value::Array(
                raw.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| {
                        let cells: Vec<&str> = l.split('|').map(str::trim).collect();
                        let row: Map<String, Value> = columns
                            .iter()
                            .filter(|c| *c != "#")
                            .zip(cells.iter().chain(std::iter::repeat(&"")))
                            .map(|(c, cell)| (c.clone(), Value::from((*cell).to_owned())))
                            .collect();
                        Value::Object(row)
                    })
                    .collect(),
            ),
            FieldType::Number => raw
                .parse::<i64>()
                .map(Value::from)
                .or_else(|_| raw.parse::<f64>().map(Value::from))
                .unwrap_or_else(|_| Value::from(raw.to_owned())),
            _ => Value::from(raw.to_owned()),
        };
        set(&mut root, &path, v);
    }
    Value::Object(root)
}

#[derive(serde::Deserialize)]
pub struct FillForm {
    #[serde(default)]
    action: String,
}

/// `POST /o/{org}/forms/{form}`: check (the page again, with what is left to complete), or
/// download as PDF or DOCX.
pub async fn fill(
    State(s): State<WebState>,
    Path((org, form)): Path<(String, String)>,
    axum::extract::Query(q): axum::extract::Query<CaseQ>,
    p: Posted<FillForm>,
) -> Page {
    let v = &p.v;
    let org = org_id(v, &org)?;
    let case = case_of(v, &q)?;
    let f = khien_app::forms::form(&form).map_err(|e| v.fail(e))?;
    let data = data_of(f, &p.pairs);
    let registry = s
        .app
        .fill_form_for(&v.caller, org, &form, &Value::Object(Map::new()), case)
        .await
        .map_err(|e| v.fail(e))?;
    let filled = match s
        .app
        .fill_form_for(&v.caller, org, &form, &data, case)
        .await
    {
        Ok(filled) => filled,
        Err(AppError::Rejected(msg)) => {
            let (ctx, _) = org_frame(&s, v, org, "forms").await?;
            // The data as posted, shown again so nothing typed is lost.
            let mut shown_back = registry.clone();
            for (path, ..) in fields_of(f) {
                if let Some((_, raw)) = p
                    .pairs
                    .iter()
                    .find(|(k, _)| k.strip_prefix("f.") == Some(path.as_str()))
                {
                    shown_back
                        .values
                        .insert(path, khien_forms::data::Filled1::Text(raw.clone()));
                }
            }
            let error = if v.lang == crate::i18n::Lang::En {
                msg
            } else {
                v.t().s("form.invalid").to_owned()
            };
            return page(ctx, f, &shown_back, &registry, false, error, case);
        }
        Err(e) => return Err(v.fail(e)),
    };
    match p.form.action.as_str() {
        "pdf" | "docx" => {
            let blocks = khien_forms::layout::layout(&filled);
            let (bytes, mime, ext) = if p.form.action == "pdf" {
                (
                    khien_forms::pdf::render(&blocks).map_err(|_| v.fail(AppError::Internal))?,
                    "application/pdf",
                    "pdf",
                )
            } else {
                (
                    khien_forms::docx::render(&blocks).map_err(|_| v.fail(AppError::Internal))?,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "docx",
                )
            };
            Ok(download(bytes, mime, &format!("{}.{ext}", f.id)))
        }
        _ => {
            let (ctx, _) = org_frame(&s, v, org, "forms").await?;
            page(ctx, f, &filled, &registry, true, String::new(), case)
        }
    }
}
