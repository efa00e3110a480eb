//! The registers the texts require, as data (`rules/registers.toml`): each register's fields
//! with their kinds, labels and the article they come from, its retention, and the check of an
//! entry's values against them. Adding a register is adding a table to the file.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use time::Date;

use crate::RulesError;

/// The registers shipped with Khiên.
pub const BUILTIN: &str = include_str!("../rules/registers.toml");
const FILE: &str = "registers.toml";

/// The most characters of a `text` value (and of a list item).
pub const TEXT_MAX: usize = 500;
/// The most characters of a `long_text` value.
pub const LONG_TEXT_MAX: usize = 20_000;
/// The most items of a list.
pub const LIST_MAX: usize = 500;

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// A line of text.
    Text,
    /// Several paragraphs.
    LongText,
    /// A date (YYYY-MM-DD).
    Date,
    /// A whole number, not negative.
    Integer,
    /// Yes or no.
    Bool,
    /// An e-mail address.
    Email,
    /// A telephone number.
    Phone,
    /// An http(s) address.
    Url,
    /// One of the listed codes.
    Choice,
    /// A list of short texts.
    List,
}

impl FieldKind {
    /// The code used in the file and the API's description.
    pub fn code(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::LongText => "long_text",
            Self::Date => "date",
            Self::Integer => "integer",
            Self::Bool => "bool",
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Url => "url",
            Self::Choice => "choice",
            Self::List => "list",
        }
    }
}

/// One allowed value of a `choice` field.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The code stored and sent.
    pub code: String,
    /// Vietnamese.
    pub label: String,
    /// English.
    pub label_en: String,
}

/// A field of a register.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    /// Its name (snake_case).
    pub name: String,
    /// What it holds.
    pub kind: FieldKind,
    /// Whether every entry must have it.
    #[serde(default)]
    pub required: bool,
    /// Vietnamese label.
    pub label: String,
    /// English label.
    pub label_en: String,
    /// The allowed values of a `choice`.
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// For a date: the date field it cannot precede (an end after its start).
    #[serde(default)]
    pub not_before: Option<String>,
}

impl FieldDef {
    /// The label of a choice's code (the code itself when it is not one).
    pub fn choice_label(&self, code: &str, english: bool) -> String {
        self.choices.iter().find(|c| c.code == code).map_or_else(
            || code.to_owned(),
            |c| {
                if english {
                    c.label_en.clone()
                } else {
                    c.label.clone()
                }
            },
        )
    }
}

/// A register.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Register {
    /// Its id, the URL segment (`processors`).
    pub id: String,
    /// Vietnamese title.
    pub title: String,
    /// English title.
    pub title_en: String,
    /// The articles it comes from.
    pub basis: String,
    /// The least number of years an entry is kept, when a text sets one.
    #[serde(default)]
    pub retention_years: Option<u8>,
    /// The date field the retention counts from (absent: from when the entry was recorded).
    #[serde(default)]
    pub retain_from: Option<String>,
    /// The required text field that names an entry in lists.
    pub summary: String,
    /// Its fields.
    #[serde(rename = "field")]
    pub fields: Vec<FieldDef>,
    /// The periodic duty an entry discharges: recording it records the duty's event (a drill
    /// held restarts the six-month clock of Decree 165/2025 Art. 19.8).
    #[serde(default)]
    pub discharges: Option<Discharge>,
}

/// The event of a periodic duty an entry records, on the date one of its fields gives.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discharge {
    /// The case event (`drill_done`).
    pub trigger: String,
    /// The date field it happened on.
    pub date: String,
}

/// How long an entry is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// The register has no retention period.
    NoPeriod,
    /// Kept at least until this day.
    Until(Date),
    /// Kept, with no end yet: the date the period counts from is not given.
    WhileRunning,
}

impl Keep {
    /// The last day, when there is one.
    pub fn until(self) -> Option<Date> {
        match self {
            Self::Until(d) => Some(d),
            _ => None,
        }
    }
}

/// A value as a caller sent it, before it is checked against its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawValue {
    /// A string.
    Text(String),
    /// A whole number.
    Integer(i64),
    /// A boolean.
    Bool(bool),
    /// A list of strings.
    List(Vec<String>),
    /// Nothing (a field left empty).
    Null,
}

/// A checked value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text (text, long text, e-mail, phone, URL, choice code).
    Text(String),
    /// A number.
    Integer(i64),
    /// Yes or no.
    Bool(bool),
    /// A date.
    Date(Date),
    /// A list.
    List(Vec<String>),
}

/// Why a value was refused: the field and what is wrong (in English and in Vietnamese),
/// never the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{field}`: {rule}")]
pub struct EntryError {
    /// The field.
    pub field: String,
    /// What is wrong.
    pub rule: String,
    /// What is wrong, in Vietnamese.
    pub rule_vi: String,
}

/// Every refusal of an entry's values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct EntryErrors(pub Vec<EntryError>);

impl EntryErrors {
    /// The first refusal's field.
    pub fn first_field(&self) -> &str {
        self.0.first().map_or("", |e| e.field.as_str())
    }
}

fn refuse(field: &str, rule: impl Into<String>, rule_vi: impl Into<String>) -> EntryError {
    EntryError {
        field: field.to_owned(),
        rule: rule.into(),
        rule_vi: rule_vi.into(),
    }
}

impl Register {
    /// Refuses values whose JSON type is not the field's (an API client sends a list as an
    /// array, a number as a number, yes or no as a boolean; the console's forms send text,
    /// which [`Register::check`] reads leniently).
    pub fn check_types(&self, raw: &BTreeMap<String, RawValue>) -> Result<(), EntryErrors> {
        let mut errors = Vec::new();
        for (name, v) in raw {
            let Some(f) = self.field(name) else { continue };
            let ok = match (f.kind, v) {
                (_, RawValue::Null) => true,
                (FieldKind::List, RawValue::List(_)) => true,
                (FieldKind::Integer, RawValue::Integer(_)) => true,
                (FieldKind::Bool, RawValue::Bool(_)) => true,
                (FieldKind::List | FieldKind::Integer | FieldKind::Bool, _) => false,
                (_, RawValue::Text(_)) => true,
                _ => false,
            };
            if !ok {
                let (en, vi) = match f.kind {
                    FieldKind::List => ("expected an array of texts", "phải là một mảng văn bản"),
                    FieldKind::Integer => ("expected a whole number", "phải là số nguyên"),
                    FieldKind::Bool => ("expected true or false", "phải là true hoặc false"),
                    _ => ("expected text", "phải là văn bản"),
                };
                errors.push(refuse(name, en, vi));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(EntryErrors(errors))
        }
    }

    /// A field by name.
    pub fn field(&self, name: &str) -> Option<&FieldDef> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// Checks an entry's values: no unknown field, every required one present, each of its
    /// kind. Empty strings and nulls are "not given". Returns the checked values and the
    /// entry's summary.
    pub fn check(
        &self,
        raw: &BTreeMap<String, RawValue>,
    ) -> Result<(BTreeMap<String, Value>, String), EntryErrors> {
        let mut out = BTreeMap::new();
        let mut errors = Vec::new();
        for (name, v) in raw {
            let Some(def) = self.field(name) else {
                let known: Vec<&str> = self.fields.iter().map(|f| f.name.as_str()).collect();
                errors.push(refuse(
                    name,
                    format!(
                        "no such field in this register; its fields are: {}",
                        known.join(", ")
                    ),
                    "sổ này không có trường này",
                ));
                continue;
            };
            match check_value(def, v) {
                Ok(Some(value)) => {
                    out.insert(name.clone(), value);
                }
                Ok(None) => {}
                Err(e) => errors.push(e),
            }
        }
        for f in &self.fields {
            let refused = errors.iter().any(|e| e.field == f.name);
            if f.required && !refused && !out.contains_key(&f.name) {
                errors.push(refuse(&f.name, "required", "bắt buộc, chưa điền"));
            }
            if let (Some(other), Some(Value::Date(d))) = (&f.not_before, out.get(&f.name))
                && let Some(Value::Date(start)) = out.get(other)
                && d < start
            {
                let label = self
                    .field(other)
                    .map_or(other.as_str(), |o| o.label.as_str());
                errors.push(refuse(
                    &f.name,
                    format!("cannot precede `{other}`"),
                    format!("không thể trước «{label}»"),
                ));
            }
        }
        if !errors.is_empty() {
            return Err(EntryErrors(errors));
        }
        match out.get(&self.summary) {
            Some(Value::Text(s)) => {
                let summary = s.clone();
                Ok((out, summary))
            }
            _ => Err(EntryErrors(vec![refuse(
                &self.summary,
                "required",
                "bắt buộc, chưa điền",
            )])),
        }
    }

    /// Until when an entry with these values must be kept: `retention_years` after its
    /// `retain_from` date (or after `recorded_on`), or for now with no end yet when that date
    /// is not given (a contract still running).
    pub fn retain_until(&self, values: &BTreeMap<String, Value>, recorded_on: Date) -> Keep {
        let Some(years) = self.retention_years else {
            return Keep::NoPeriod;
        };
        let from = match &self.retain_from {
            None => recorded_on,
            Some(f) => match values.get(f) {
                Some(Value::Date(d)) => *d,
                _ => return Keep::WhileRunning,
            },
        };
        let year = from.year() + i32::from(years);
        // 29 February plus whole years ends on 28 February (Civil Code Art. 148(3): the
        // period ends on the last day of the month when the month has no such day).
        match Date::from_calendar_date(year, from.month(), from.day())
            .or_else(|_| Date::from_calendar_date(year, from.month(), 28))
        {
            Ok(until) => Keep::Until(until),
            // Past the calendar's last year: kept, with no end Khiên can write.
            Err(_) => Keep::WhileRunning,
        }
    }
}

fn check_value(def: &FieldDef, v: &RawValue) -> Result<Option<Value>, EntryError> {
    let name = def.name.as_str();
    let text = |max: usize| -> Result<Option<String>, EntryError> {
        match v {
            RawValue::Null => Ok(None),
            RawValue::Text(s) => {
                let s = s.trim();
                if s.is_empty() {
                    return Ok(None);
                }
                if s.chars().count() > max {
                    return Err(refuse(
                        name,
                        format!("at most {max} characters"),
                        format!("tối đa {max} ký tự"),
                    ));
                }
                if s.chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
                {
                    return Err(refuse(
                        name,
                        "control characters are not allowed",
                        "không được chứa ký tự điều khiển",
                    ));
                }
                Ok(Some(s.to_owned()))
            }
            _ => Err(refuse(name, "expected text", "phải là văn bản")),
        }
    };
    Ok(match def.kind {
        FieldKind::Text => text(TEXT_MAX)?.map(Value::Text),
        FieldKind::LongText => text(LONG_TEXT_MAX)?.map(Value::Text),
        FieldKind::Email => match text(254)? {
            None => None,
            Some(s) => {
                let ok = khien_domain::Email::parse(&s).is_ok();
                if !ok {
                    return Err(refuse(
                        name,
                        "expected an address like name@example.vn",
                        "phải là địa chỉ thư điện tử, ví dụ ten@coquan.vn",
                    ));
                }
                Some(Value::Text(s.to_lowercase()))
            }
        },
        FieldKind::Phone => match text(64)? {
            None => None,
            Some(s) => {
                if khien_domain::check_phone("phone", &s).is_err() {
                    return Err(refuse(
                        name,
                        "expected a telephone number of 8 to 15 digits",
                        "phải là số điện thoại từ 8 đến 15 chữ số",
                    ));
                }
                Some(Value::Text(s))
            }
        },
        FieldKind::Url => match text(2_000)? {
            None => None,
            Some(s) => {
                let lower = s.to_ascii_lowercase();
                if !(lower.starts_with("https://") || lower.starts_with("http://"))
                    || s.contains(char::is_whitespace)
                {
                    return Err(refuse(
                        name,
                        "expected an http(s):// address",
                        "phải là địa chỉ bắt đầu bằng http:// hoặc https://",
                    ));
                }
                Some(Value::Text(s))
            }
        },
        FieldKind::Choice => match text(100)? {
            None => None,
            Some(s) => {
                if !def.choices.iter().any(|c| c.code == s) {
                    let codes: Vec<&str> = def.choices.iter().map(|c| c.code.as_str()).collect();
                    return Err(refuse(
                        name,
                        format!("expected one of: {}", codes.join(", ")),
                        "phải là một trong các lựa chọn của danh sách",
                    ));
                }
                Some(Value::Text(s))
            }
        },
        FieldKind::Date => match text(10)? {
            None => None,
            Some(s) => {
                let fmt = time::macros::format_description!("[year]-[month]-[day]");
                let d = Date::parse(&s, fmt).map_err(|_| {
                    refuse(
                        name,
                        "expected a date as YYYY-MM-DD",
                        "phải là một ngày có thật (năm-tháng-ngày)",
                    )
                })?;
                if !(1900..=2099).contains(&d.year()) {
                    return Err(refuse(
                        name,
                        "dates must lie between 1900 and 2099",
                        "năm phải từ 1900 đến 2099",
                    ));
                }
                Some(Value::Date(d))
            }
        },
        FieldKind::Integer => match v {
            RawValue::Null => None,
            RawValue::Integer(n) if *n >= 0 => Some(Value::Integer(*n)),
            RawValue::Integer(_) => {
                return Err(refuse(name, "must not be negative", "không được là số âm"));
            }
            RawValue::Text(s) if s.trim().is_empty() => None,
            RawValue::Text(s) => match s.trim().parse::<i64>() {
                Ok(n) if n >= 0 => Some(Value::Integer(n)),
                _ => {
                    return Err(refuse(
                        name,
                        "expected a whole number, not negative",
                        "phải là số nguyên không âm",
                    ));
                }
            },
            _ => return Err(refuse(name, "expected a whole number", "phải là số nguyên")),
        },
        FieldKind::Bool => match v {
            RawValue::Null => None,
            RawValue::Bool(b) => Some(Value::Bool(*b)),
            RawValue::Text(s) if s.is_empty() => None,
            RawValue::Text(s) if s == "true" || s == "on" => Some(Value::Bool(true)),
            RawValue::Text(s) if s == "false" || s == "off" => Some(Value::Bool(false)),
            _ => {
                return Err(refuse(
                    name,
                    "expected true or false",
                    "phải là có hoặc không",
                ));
            }
        },
        FieldKind::List => {
            let (items, strict): (Vec<String>, bool) = match v {
                RawValue::Null => return Ok(None),
                RawValue::List(l) => (l.clone(), true),
                // A form's text area: one item per line, blank lines skipped.
                RawValue::Text(s) => (s.lines().map(str::to_owned).collect(), false),
                _ => {
                    return Err(refuse(
                        name,
                        "expected a list of texts",
                        "phải là danh sách, mỗi dòng một mục",
                    ));
                }
            };
            let mut out = Vec::new();
            for i in items {
                let i = i.trim();
                if i.is_empty() {
                    if strict {
                        return Err(refuse(name, "an empty item", "có mục trống"));
                    }
                    continue;
                }
                if i.chars().count() > TEXT_MAX || i.chars().any(char::is_control) {
                    return Err(refuse(
                        name,
                        format!("each item is one line of at most {TEXT_MAX} characters"),
                        format!("mỗi mục một dòng, tối đa {TEXT_MAX} ký tự"),
                    ));
                }
                out.push(i.to_owned());
            }
            if out.len() > LIST_MAX {
                return Err(refuse(
                    name,
                    format!("at most {LIST_MAX} items"),
                    format!("tối đa {LIST_MAX} mục"),
                ));
            }
            (!out.is_empty()).then_some(Value::List(out))
        }
    })
}

/// Every register.
#[derive(Debug, Clone)]
pub struct Registers {
    registers: Vec<Register>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(rename = "register")]
    registers: Vec<Register>,
}

impl Registers {
    /// The built-in registers.
    pub fn builtin() -> Result<Self, RulesError> {
        Self::parse(BUILTIN)
    }

    /// Registers from text, checked: unique ids made of `[a-z0-9-]`, unique field names, the
    /// summary a required text field, `retain_from` a date field, choices only on choices.
    pub fn parse(text: &str) -> Result<Self, RulesError> {
        let file: File = toml::from_str(text).map_err(|e| RulesError::Parse {
            file: FILE.to_owned(),
            reason: e.to_string(),
        })?;
        let invalid = |reason: String| RulesError::Invalid {
            file: FILE.to_owned(),
            reason,
        };
        let mut ids = BTreeSet::new();
        for r in &file.registers {
            let slug = !r.id.is_empty()
                && r.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !slug || !ids.insert(r.id.as_str()) {
                return Err(invalid(format!(
                    "register id `{}` is invalid or used twice",
                    r.id
                )));
            }
            let mut names = BTreeSet::new();
            for f in &r.fields {
                if !names.insert(f.name.as_str()) {
                    return Err(invalid(format!("`{}`: field `{}` twice", r.id, f.name)));
                }
                if (f.kind == FieldKind::Choice) == f.choices.is_empty() {
                    return Err(invalid(format!(
                        "`{}`: field `{}`: choices belong to choice fields, and a choice needs them",
                        r.id, f.name
                    )));
                }
            }
            for f in &r.fields {
                if let Some(other) = &f.not_before
                    && (f.kind != FieldKind::Date
                        || r.field(other).is_none_or(|o| o.kind != FieldKind::Date))
                {
                    return Err(invalid(format!(
                        "`{}`: field `{}`: not_before names a date field, on a date field",
                        r.id, f.name
                    )));
                }
            }
            if let Some(d) = &r.discharges
                && r.field(&d.date)
                    .is_none_or(|f| f.kind != FieldKind::Date || !f.required)
            {
                return Err(invalid(format!(
                    "`{}`: discharges names `{}`, which is not a required date field",
                    r.id, d.date
                )));
            }
            match r.field(&r.summary) {
                Some(f) if f.required && f.kind == FieldKind::Text => {}
                _ => {
                    return Err(invalid(format!(
                        "`{}`: the summary must name a required text field",
                        r.id
                    )));
                }
            }
            if let Some(from) = &r.retain_from
                && (r.retention_years.is_none()
                    || r.field(from).is_none_or(|f| f.kind != FieldKind::Date))
            {
                return Err(invalid(format!(
                    "`{}`: retain_from must name a date field, with retention_years",
                    r.id
                )));
            }
        }
        Ok(Self {
            registers: file.registers,
        })
    }

    /// Every register, in the file's order.
    pub fn all(&self) -> &[Register] {
        &self.registers
    }

    /// A register by id.
    pub fn get(&self, id: &str) -> Option<&Register> {
        self.registers.iter().find(|r| r.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn raw(pairs: &[(&str, RawValue)]) -> BTreeMap<String, RawValue> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect()
    }

    #[test]
    fn the_builtin_registers_load() {
        let r = Registers::builtin().unwrap();
        for id in [
            "processors",
            "sharing-agreements",
            "confidentiality",
            "training",
            "drills",
            "risks",
            "protection-contacts",
            "master-data",
            "open-data",
            "provision-requests",
            "ndc-accounts",
        ] {
            assert!(r.get(id).is_some(), "{id}");
        }
        // Decree 165/2025 Art. 16.3(a): processing records kept at least 3 years.
        assert_eq!(r.get("processors").unwrap().retention_years, Some(3));
    }

    #[test]
    fn entries_are_checked_against_their_register() {
        let regs = Registers::builtin().unwrap();
        let p = regs.get("processors").unwrap();
        let required: Vec<&FieldDef> = p.fields.iter().filter(|f| f.required).collect();
        let mut ok = BTreeMap::new();
        for f in &required {
            let v = match f.kind {
                FieldKind::Date => RawValue::Text("2026-03-01".into()),
                FieldKind::Integer => RawValue::Integer(3),
                FieldKind::Bool => RawValue::Bool(true),
                FieldKind::List => RawValue::List(vec!["Họ tên".into()]),
                FieldKind::Choice => RawValue::Text(f.choices[0].code.clone()),
                FieldKind::Email => RawValue::Text("dpo@example.vn".into()),
                FieldKind::Phone => RawValue::Text("024 3826 1234".into()),
                FieldKind::Url => RawValue::Text("https://example.vn".into()),
                _ => RawValue::Text("Công ty TNHH Xử lý Dữ liệu Việt".into()),
            };
            ok.insert(f.name.clone(), v);
        }
        let (values, summary) = p.check(&ok).unwrap();
        assert_eq!(summary, "Công ty TNHH Xử lý Dữ liệu Việt");
        // A contract still running (no end date): kept, with no end yet.
        let mut running = values.clone();
        running.remove("ended_on");
        assert_eq!(
            p.retain_until(&running, date!(2026 - 03 - 01)),
            Keep::WhileRunning
        );
        let mut ended = values;
        ended.insert("ended_on".into(), Value::Date(date!(2028 - 02 - 29)));
        assert_eq!(
            p.retain_until(&ended, date!(2026 - 03 - 01)),
            Keep::Until(date!(2031 - 02 - 28))
        );

        // An end before its start is refused, naming the start in Vietnamese.
        let mut backwards = ok.clone();
        backwards.insert("signed_on".into(), RawValue::Text("2026-03-01".into()));
        backwards.insert("ended_on".into(), RawValue::Text("2026-02-01".into()));
        let e = p.check(&backwards).unwrap_err();
        assert_eq!(e.first_field(), "ended_on");
        assert!(e.0[0].rule_vi.contains("không thể trước"));
        // Every refusal at once.
        let mut two = ok.clone();
        two.insert("signed_on".into(), RawValue::Text("31/12/2026".into()));
        two.insert("ended_on".into(), RawValue::Text("hôm qua".into()));
        assert_eq!(p.check(&two).unwrap_err().0.len(), 2);
        let mut unknown = ok.clone();
        unknown.insert("no_such".into(), RawValue::Text("x".into()));
        assert_eq!(p.check(&unknown).unwrap_err().first_field(), "no_such");
        let mut missing = ok.clone();
        missing.remove(&p.summary);
        assert!(p.check(&missing).is_err());
        let blank = raw(&[(p.summary.as_str(), RawValue::Text("   ".into()))]);
        assert!(p.check(&blank).is_err());
        let date_field = p.fields.iter().find(|f| f.kind == FieldKind::Date).unwrap();
        for bad in ["31/12/2026", "2026-02-30", "3000-01-01"] {
            let mut e = ok.clone();
            e.insert(date_field.name.clone(), RawValue::Text(bad.into()));
            assert!(p.check(&e).is_err(), "{bad}");
        }
    }

    #[test]
    fn kinds() {
        let def = |kind, choices: Vec<Choice>| FieldDef {
            name: "f".into(),
            kind,
            required: false,
            label: "f".into(),
            label_en: "f".into(),
            choices,
            not_before: None,
        };
        let t = |s: &str| RawValue::Text(s.into());
        let cases: Vec<(FieldDef, RawValue, Option<Option<Value>>)> = vec![
            (
                def(FieldKind::Email, vec![]),
                t("A@B.vn"),
                Some(Some(Value::Text("a@b.vn".into()))),
            ),
            (def(FieldKind::Email, vec![]), t("not an address"), None),
            (
                def(FieldKind::Phone, vec![]),
                t("+84 912 345 678"),
                Some(Some(Value::Text("+84 912 345 678".into()))),
            ),
            (def(FieldKind::Phone, vec![]), t("12345"), None),
            (def(FieldKind::Url, vec![]), t("javascript:alert(1)"), None),
            (def(FieldKind::Integer, vec![]), RawValue::Integer(-1), None),
            (
                def(FieldKind::Integer, vec![]),
                t("12"),
                Some(Some(Value::Integer(12))),
            ),
            (
                def(FieldKind::Bool, vec![]),
                t("on"),
                Some(Some(Value::Bool(true))),
            ),
            (
                def(FieldKind::List, vec![]),
                t("a\n\n b \n"),
                Some(Some(Value::List(vec!["a".into(), "b".into()]))),
            ),
            (def(FieldKind::List, vec![]), RawValue::Integer(1), None),
            (def(FieldKind::Text, vec![]), t("  "), Some(None)),
            (def(FieldKind::Text, vec![]), t("a\u{0}b"), None),
            (def(FieldKind::Text, vec![]), RawValue::Null, Some(None)),
            (
                def(
                    FieldKind::Choice,
                    vec![Choice {
                        code: "x".into(),
                        label: "x".into(),
                        label_en: "x".into(),
                    }],
                ),
                t("y"),
                None,
            ),
        ];
        for (d, v, want) in cases {
            assert_eq!(check_value(&d, &v).ok(), want, "{:?} {v:?}", d.kind);
        }
        assert!(check_value(&def(FieldKind::Text, vec![]), &t(&"x".repeat(TEXT_MAX + 1))).is_err());
    }
}
