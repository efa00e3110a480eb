//! Checking a form's data and filling the form.
//!
//! Data is one JSON object; dotted field paths are nested objects (`{"sender": {"name": …}}`
//! for `sender.name`). Unknown fields, wrong types, control characters, oversized strings and
//! impossible dates are refused with the field named; the value itself is never repeated (it
//! may be personal data). Missing fields are not errors: they stay blank on the document and
//! are listed in [`Filled::to_complete`].

use std::collections::BTreeMap;

use serde_json::Value;
use unicode_normalization::UnicodeNormalization as _;

use crate::model::{FieldType, Form, Issuer, STANDARD_FIELDS};

/// Longest one-line value, in characters.
pub const MAX_TEXT: usize = 2_000;
/// Longest multi-line value, in characters.
pub const MAX_MULTILINE: usize = 50_000;
/// Most items in a list or rows in a table.
pub const MAX_ITEMS: usize = 500;

/// Why data was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("trường `{field}`: {reason}")]
pub struct DataError {
    /// The field's path (`sender.name`, `documents[2]`, `rows[0].name`).
    pub field: String,
    /// What is wrong, in Vietnamese and English.
    pub reason: String,
}

fn refuse(field: &str, reason: &str) -> DataError {
    DataError {
        field: field.to_owned(),
        reason: reason.to_owned(),
    }
}

/// A value, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filled1 {
    /// Text (NFC).
    Text(String),
    /// A date.
    Date(time::Date),
    /// List items.
    List(Vec<String>),
    /// Table rows, cells in column order.
    Table(Vec<Vec<String>>),
}

/// A blank left for the person filing.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ToComplete {
    /// The field's path.
    pub field: String,
    /// Its label on the form.
    pub label: String,
}

/// A form with its data.
#[derive(Debug, Clone)]
pub struct Filled<'a> {
    /// The form.
    pub form: &'a Form,
    /// The values given, by path.
    pub values: BTreeMap<String, Filled1>,
    /// What is left to complete, in the form's order.
    pub to_complete: Vec<ToComplete>,
}

impl Filled<'_> {
    /// The text of a value (dates as `dd/mm/yyyy`), if given.
    pub fn text(&self, path: &str) -> Option<String> {
        match self.values.get(path)? {
            Filled1::Text(t) => Some(t.clone()),
            Filled1::Date(d) => Some(format!(
                "{:02}/{:02}/{}",
                d.day(),
                u8::from(d.month()),
                d.year()
            )),
            Filled1::List(_) | Filled1::Table(_) => None,
        }
    }
}

/// The leaves of `v` under `prefix`, by path. A key is a known field, or an object on the way
/// to one: anything else is refused, an empty object included.
fn flatten<'v>(
    prefix: &str,
    v: &'v Value,
    out: &mut Vec<(String, &'v Value)>,
    known: &dyn Fn(&str) -> bool,
    leads_to_known: &dyn Fn(&str) -> bool,
) -> Result<(), DataError> {
    let Value::Object(map) = v else {
        return Err(refuse(
            if prefix.is_empty() { "(gốc)" } else { prefix },
            "phải là một đối tượng JSON (must be a JSON object)",
        ));
    };
    for (k, v) in map {
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        if known(&path) {
            out.push((path, v));
        } else if v.is_object() && leads_to_known(&path) {
            flatten(&path, v, out, known, leads_to_known)?;
        } else {
            let shown: String = path.chars().take(80).collect();
            return Err(refuse(&shown, "không có trong mẫu này (unknown field)"));
        }
    }
    Ok(())
}

fn check_text(path: &str, s: &str, multiline: bool) -> Result<String, DataError> {
    let max = if multiline { MAX_MULTILINE } else { MAX_TEXT };
    if s.chars().count() > max {
        return Err(refuse(
            path,
            &format!("dài quá {max} ký tự (longer than {max} characters)"),
        ));
    }
    if s.chars()
        .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\t')) && c != '\r')
        || s.contains('\u{FFFD}')
    {
        return Err(refuse(
            path,
            "chứa ký tự điều khiển (contains control characters)",
        ));
    }
    let nfc: String = s.replace("\r\n", "\n").replace('\r', "\n").nfc().collect();
    if !multiline && nfc.contains('\n') {
        return Err(refuse(path, "phải nằm trên một dòng (must be one line)"));
    }
    Ok(nfc.trim().to_owned())
}

fn scalar(path: &str, v: &Value, multiline: bool) -> Result<String, DataError> {
    match v {
        Value::String(s) => check_text(path, s, multiline),
        Value::Number(n) => Ok(n.to_string()),
        _ => Err(refuse(path, "phải là chuỗi (must be a string)")),
    }
}

fn value(
    path: &str,
    kind: FieldType,
    options: &[String],
    columns: &[String],
    v: &Value,
) -> Result<Option<Filled1>, DataError> {
    if v.is_null() {
        return Ok(None);
    }
    let out = match kind {
        FieldType::Text | FieldType::IdNumber => Filled1::Text(scalar(path, v, false)?),
        FieldType::Multiline => Filled1::Text(scalar(path, v, true)?),
        FieldType::Number => match v {
            Value::Number(n) => Filled1::Text(n.to_string()),
            Value::String(_) => {
                let s = scalar(path, v, false)?;
                if !s.chars().all(|c| c.is_ascii_digit() || ".,  -".contains(c)) {
                    return Err(refuse(path, "phải là một số (must be a number)"));
                }
                Filled1::Text(s)
            }
            _ => return Err(refuse(path, "phải là một số (must be a number)")),
        },
        FieldType::Phone => {
            // A telephone number is written as a string: as a JSON number it loses its
            // leading 0.
            if !v.is_string() {
                return Err(refuse(path, "phải là chuỗi (must be a string)"));
            }
            let s = scalar(path, v, false)?;
            if !s
                .chars()
                .all(|c| c.is_ascii_digit() || " +-().,;/".contains(c))
            {
                return Err(refuse(
                    path,
                    "không phải số điện thoại (not a telephone number)",
                ));
            }
            Filled1::Text(s)
        }
        FieldType::Email => {
            let s = scalar(path, v, false)?;
            if !s.contains('@') || s.contains(char::is_whitespace) {
                return Err(refuse(
                    path,
                    "không phải địa chỉ thư điện tử (not an e-mail address)",
                ));
            }
            Filled1::Text(s)
        }
        FieldType::Date => {
            let s = scalar(path, v, false)?;
            let fmt = time::macros::format_description!("[year]-[month]-[day]");
            let d = time::Date::parse(&s, fmt).map_err(|_| {
                refuse(
                    path,
                    "phải là ngày dạng YYYY-MM-DD (must be a date, YYYY-MM-DD)",
                )
            })?;
            Filled1::Date(d)
        }
        FieldType::Choice => {
            let s = scalar(path, v, false)?;
            if !options.contains(&s) {
                return Err(refuse(
                    path,
                    "không phải một lựa chọn của mẫu (not one of the form's options)",
                ));
            }
            Filled1::Text(s)
        }
        FieldType::List => {
            let Value::Array(items) = v else {
                return Err(refuse(
                    path,
                    "phải là một mảng chuỗi (must be an array of strings)",
                ));
            };
            if items.len() > MAX_ITEMS {
                return Err(refuse(
                    path,
                    &format!("quá {MAX_ITEMS} mục (more than {MAX_ITEMS} items)"),
                ));
            }
            Filled1::List(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, it)| scalar(&format!("{path}[{i}]"), it, true))
                    .collect::<Result<_, _>>()?,
            )
        }
        FieldType::Table => {
            let Value::Array(rows) = v else {
                return Err(refuse(
                    path,
                    "phải là một mảng đối tượng (must be an array of objects)",
                ));
            };
            if rows.len() > MAX_ITEMS {
                return Err(refuse(
                    path,
                    &format!("quá {MAX_ITEMS} dòng (more than {MAX_ITEMS} rows)"),
                ));
            }
            let mut out = Vec::with_capacity(rows.len());
            for (i, row) in rows.iter().enumerate() {
                let Value::Object(cells) = row else {
                    return Err(refuse(
                        &format!("{path}[{i}]"),
                        "phải là một đối tượng (must be an object)",
                    ));
                };
                for k in cells.keys() {
                    if !columns.contains(k) || k == "#" {
                        let shown: String = k.chars().take(40).collect();
                        return Err(refuse(
                            &format!("{path}[{i}].{shown}"),
                            "không phải cột của bảng (not a column of the table)",
                        ));
                    }
                }
                let mut line = Vec::with_capacity(columns.len());
                for c in columns {
                    if c == "#" {
                        line.push((i + 1).to_string());
                        continue;
                    }
                    line.push(match cells.get(c) {
                        Some(v) if !v.is_null() => scalar(&format!("{path}[{i}].{c}"), v, true)?,
                        _ => String::new(),
                    });
                }
                out.push(line);
            }
            Filled1::Table(out)
        }
    };
    Ok(Some(out))
}

impl Form {
    /// The paths of the standard fields that apply to this form.
    pub fn standard_fields(&self) -> Vec<(&'static str, FieldType, &'static str)> {
        if self.bare {
            return Vec::new();
        }
        STANDARD_FIELDS
            .iter()
            .copied()
            .filter(|(p, _, _)| match *p {
                "number" => self.number_line,
                "org_name" => self.issuer == Issuer::Organisation,
                _ => true,
            })
            .collect()
    }

    /// Data with a value for every field: a template to fill in, and what the tests and the
    /// benchmark render. Text values name their field (`Giá trị sender.name`), so a person
    /// sees where each lands; dates are 2026-01-05, tables have two rows, choices take the
    /// first option.
    pub fn example(&self) -> Value {
        fn set(root: &mut serde_json::Map<String, Value>, path: &str, v: Value) {
            let mut parts = path.split('.').peekable();
            let mut node = root;
            while let Some(part) = parts.next() {
                if parts.peek().is_none() {
                    node.insert(part.to_owned(), v);
                    return;
                }
                let next = node
                    .entry(part.to_owned())
                    .or_insert_with(|| Value::Object(serde_json::Map::new()));
                if !next.is_object() {
                    *next = Value::Object(serde_json::Map::new());
                }
                match next.as_object_mut() {
                    Some(m) => node = m,
                    None => return,
                }
            }
        }
        let mut root = serde_json::Map::new();
        for (p, kind, _) in self.standard_fields() {
            let v = match kind {
                FieldType::Date => Value::from("2026-11-23"),
                _ => Value::from(format!("Giá trị {p}")),
            };
            set(&mut root, p, v);
        }
        for (path, f) in &self.fields {
            let v = match f.kind {
                FieldType::Text | FieldType::IdNumber => Value::from(format!("Giá trị {path}")),
                FieldType::Multiline => Value::from(format!("Nội dung {path}\ndòng thứ hai")),
                FieldType::Date => Value::from("2026-01-05"),
                FieldType::Phone => Value::from("0912 345 678"),
                FieldType::Email => Value::from("dpo@example.vn"),
                FieldType::Number => Value::from(42),
                FieldType::Choice => Value::from(f.options.first().cloned().unwrap_or_default()),
                FieldType::List => Value::from(vec!["Tài liệu thứ nhất", "Tài liệu thứ hai"]),
                FieldType::Table => {
                    let row: serde_json::Map<String, Value> = f
                        .columns
                        .iter()
                        .filter(|c| *c != "#")
                        .map(|c| (c.clone(), Value::from(format!("ô {c}"))))
                        .collect();
                    Value::Array(vec![Value::Object(row.clone()), Value::Object(row)])
                }
            };
            set(&mut root, path, v);
        }
        Value::Object(root)
    }

    /// Checks `data` and fills the form with it.
    pub fn fill(&self, data: &Value) -> Result<Filled<'_>, DataError> {
        let standard = self.standard_fields();
        let known =
            |p: &str| self.fields.contains_key(p) || standard.iter().any(|(s, _, _)| *s == p);
        let leads_to_known = |p: &str| {
            let below = format!("{p}.");
            self.fields.keys().any(|k| k.starts_with(&below))
                || standard.iter().any(|(s, _, _)| s.starts_with(&below))
        };
        let mut given = Vec::new();
        flatten("", data, &mut given, &known, &leads_to_known)?;
        let mut values = BTreeMap::new();
        for (path, v) in given {
            let (kind, options, columns) = match self.fields.get(&path) {
                Some(f) => (f.kind, f.options.as_slice(), f.columns.as_slice()),
                None => {
                    let kind = standard
                        .iter()
                        .find(|(s, _, _)| *s == path)
                        .map_or(FieldType::Text, |(_, k, _)| *k);
                    (kind, &[][..], &[][..])
                }
            };
            if let Some(filled) = value(&path, kind, options, columns, v)? {
                let empty = matches!(&filled, Filled1::Text(t) if t.is_empty())
                    || matches!(&filled, Filled1::List(l) if l.is_empty())
                    || matches!(&filled, Filled1::Table(t) if t.is_empty());
                if !empty {
                    values.insert(path, filled);
                }
            }
        }
        // What is left, in the order of the document.
        let mut to_complete = Vec::new();
        let mut push = |path: &str, label: &str, optional: bool| {
            if !optional
                && !values.contains_key(path)
                && !to_complete.iter().any(|t: &ToComplete| t.field == path)
            {
                to_complete.push(ToComplete {
                    field: path.to_owned(),
                    label: label.to_owned(),
                });
            }
        };
        for (p, _, label) in &standard {
            if *p != "signer_name" {
                push(p, label, false);
            }
        }
        if let Some(r) = &self.recipient_field {
            push(r, &self.fields[r].label, false);
        }
        for line in &self.body {
            for path in crate::model::blanks_of(line) {
                let f = &self.fields[path];
                push(path, &f.label, f.optional);
            }
        }
        if !self.bare {
            push("signer_name", "Họ và tên người ký", false);
        }
        Ok(Filled {
            form: self,
            values,
            to_complete,
        })
    }
}
