//! The organisation's profile, which obligations apply to it, and the registers (issue 16).

use std::collections::BTreeMap;

use khien_app::registers::{ApplicabilityView, EntryInput};
use khien_domain::{Code, FieldValue, OrgProfile, RegisterEntry, Sector, SizeClass};
use khien_rules::applicability::{Decision, ItemKind};
use khien_rules::registers::{FieldKind, RawValue, Register};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use utoipa::openapi::schema::Schema;
use uuid::Uuid;

use crate::problem::{ApiError, FieldErrors};
use crate::schema;

use super::common::*;

fn size_schema() -> Schema {
    let mut codes = schema::codes::<SizeClass>();
    codes.push(Value::Null);
    schema::raw(json!({
        "enum": codes,
        "description": "Size class: household, micro, small, medium or large (null: not declared). \
                        Law 91/2025 Art. 38(2)-(3) and Decree 356/2025 Art. 41 decide by it.",
    }))
}

fn sectors_schema() -> Schema {
    schema::raw(json!({
        "type": "array",
        "items": {"enum": schema::codes::<Sector>()},
        "maxItems": 20,
        "description": "Sectors with duties of their own (Decree 356/2025 Art. 8-12, 23); each once.",
    }))
}

fn count_schema() -> Schema {
    schema::raw(json!({
        "anyOf": [
            {"type": "null"},
            {"type": "integer", "minimum": 0, "maximum": I64_MAX},
            {
                "type": "object",
                "properties": {
                    "basic": {"type": "integer", "minimum": 0, "maximum": I64_MAX / 2},
                    "sensitive": {"type": "integer", "minimum": 0, "maximum": I64_MAX / 2},
                },
                "required": ["basic", "sensitive"],
                "additionalProperties": false,
            },
        ],
        "description": "Data subjects whose personal data was processed, cumulatively (Decree \
                        356/2025 Art. 41): a number, or {\"basic\", \"sensitive\"}: the subjects \
                        with basic data only and those with sensitive data (added up).",
    }))
}

/// A count of data subjects, as a total or split.
#[derive(Debug, Clone, Copy)]
pub enum SubjectCountInput {
    /// In all.
    Total(u64),
    /// Split by class.
    Split {
        /// Subjects with basic personal data only.
        basic: u64,
        /// Subjects with sensitive personal data.
        sensitive: u64,
    },
}

/// The organisation's profile (PUT replaces it whole; what is left out is unset).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileInput {
    /// Size class.
    #[serde(default)]
    #[schema(schema_with = size_schema)]
    pub size: Option<String>,
    /// A start-up (doanh nghiệp khởi nghiệp).
    #[serde(default)]
    pub startup: bool,
    /// A household business (hộ kinh doanh).
    #[serde(default)]
    pub household_business: bool,
    /// Sectors.
    #[serde(default)]
    #[schema(schema_with = sectors_schema)]
    pub sectors: Vec<String>,
    /// A competent state agency (Law 91/2025 Art. 20(6)(a), 21(6)).
    #[serde(default)]
    pub state_agency: bool,
    /// Sells personal-data processing services (Decree 356/2025 Art. 21-23).
    #[serde(default)]
    pub processing_service: bool,
    /// Directly processes sensitive personal data.
    #[serde(default)]
    pub processes_sensitive: bool,
    /// Data subjects processed, cumulatively.
    #[serde(default)]
    #[schema(schema_with = count_schema)]
    pub subject_count: Option<SubjectCountInput>,
    /// Of which, with sensitive data (when `subject_count` is a number).
    #[serde(default, deserialize_with = "optional_count")]
    #[schema(value_type = Option<u64>, minimum = 0, maximum = 9_223_372_036_854_775_807_u64)]
    pub sensitive_subject_count: Option<u64>,
}

/// A whole number as JSON Schema counts one (12 and 12.0), at most `max`.
fn whole(v: &Value, max: u64) -> Option<u64> {
    let n = v.as_u64().or_else(|| {
        v.as_f64()
            .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f < 1.8e19)
            .map(|f| f as u64)
    })?;
    (n <= max).then_some(n)
}

impl<'de> Deserialize<'de> for SubjectCountInput {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        const WANT: &str = "expected a whole number of data subjects (at most 2^63-1), or an \
                            object with `basic` and `sensitive` (each at most 2^62-1)";
        let v = Value::deserialize(d)?;
        match &v {
            Value::Number(_) => whole(&v, I64_MAX)
                .map(Self::Total)
                .ok_or_else(|| D::Error::custom(WANT)),
            Value::Object(m)
                if m.len() == 2 && m.contains_key("basic") && m.contains_key("sensitive") =>
            {
                let half = I64_MAX / 2;
                match (whole(&m["basic"], half), whole(&m["sensitive"], half)) {
                    (Some(basic), Some(sensitive)) => Ok(Self::Split { basic, sensitive }),
                    _ => Err(D::Error::custom(WANT)),
                }
            }
            _ => Err(D::Error::custom(WANT)),
        }
    }
}

/// An optional count, 12 or 12.0, at most 2^63-1.
fn optional_count<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    use serde::de::Error as _;
    let v = Option::<Value>::deserialize(d)?;
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(v) => whole(&v, I64_MAX)
            .map(Some)
            .ok_or_else(|| D::Error::custom("expected a whole number, at most 2^63-1")),
    }
}

impl ProfileInput {
    pub(crate) fn parse(&self) -> Result<OrgProfile, FieldErrors> {
        let mut c = Check::default();
        let size = match &self.size {
            None => Some(None),
            Some(s) => c.code::<SizeClass>(s).map(Some),
        };
        let sectors: Option<Vec<Sector>> = self
            .sectors
            .iter()
            .map(|s| c.code::<Sector>(s))
            .collect::<Vec<_>>()
            .into_iter()
            .collect();
        let (total, sensitive) = match self.subject_count {
            None => (None, self.sensitive_subject_count),
            Some(SubjectCountInput::Total(n)) => (Some(n), self.sensitive_subject_count),
            Some(SubjectCountInput::Split { basic, sensitive }) => {
                (basic.checked_add(sensitive), Some(sensitive))
            }
        };
        let total = c.count("subject_count", total);
        let sensitive = c.count("sensitive_subject_count", sensitive);
        let value = (|| {
            Some(OrgProfile {
                size: size?,
                startup: self.startup,
                household_business: self.household_business,
                sectors: sectors?,
                state_agency: self.state_agency,
                processing_service: self.processing_service,
                processes_sensitive: self.processes_sensitive,
                subject_count: total?,
                sensitive_subject_count: sensitive?,
            })
        })();
        let value = match value {
            Some(p) => c.take(p.normalise()),
            None => None,
        };
        c.finish(value)
    }
}

/// Subjects split by class.
#[derive(Debug, Serialize, ToSchema)]
pub struct SubjectCountsDto {
    /// With basic personal data only.
    pub basic: u64,
    /// With sensitive personal data.
    pub sensitive: u64,
}

/// The organisation's profile as kept.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProfileDto {
    /// Size class.
    pub size: Option<String>,
    /// A start-up.
    pub startup: bool,
    /// A household business.
    pub household_business: bool,
    /// Sectors.
    pub sectors: Vec<String>,
    /// A competent state agency.
    pub state_agency: bool,
    /// Sells personal-data processing services.
    pub processing_service: bool,
    /// Directly processes sensitive personal data.
    pub processes_sensitive: bool,
    /// Data subjects processed, cumulatively.
    pub subject_count: Option<u64>,
    /// Of which, with sensitive data.
    pub sensitive_subject_count: Option<u64>,
    /// The same count split by class, when both are known.
    pub subject_counts: Option<SubjectCountsDto>,
    /// When it was last set (null: never; every flag then reads false).
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub updated_at: Option<OffsetDateTime>,
}

impl ProfileDto {
    pub fn new(p: &OrgProfile, updated_at: Option<OffsetDateTime>) -> Self {
        Self {
            size: p.size.map(|s| s.code().to_owned()),
            startup: p.startup,
            household_business: p.household_business,
            sectors: p.sectors.iter().map(|s| s.code().to_owned()).collect(),
            state_agency: p.state_agency,
            processing_service: p.processing_service,
            processes_sensitive: p.processes_sensitive,
            subject_count: p.subject_count,
            sensitive_subject_count: p.sensitive_subject_count,
            subject_counts: match (p.subject_count, p.sensitive_subject_count) {
                (Some(all), Some(s)) => Some(SubjectCountsDto {
                    basic: all.saturating_sub(s),
                    sensitive: s,
                }),
                _ => None,
            },
            updated_at,
        }
    }
}

/// A fact about the organisation that the rules use.
#[derive(Debug, Serialize, ToSchema)]
pub struct FactDto {
    /// `size:small`, `startup`, `sector:finance`, `core_important`, ...
    pub id: String,
    /// What it means, in Vietnamese.
    pub label: String,
    /// Where it comes from: `profile`, `catalogue` or `organisation` (its kind).
    pub source: String,
}

/// The threshold of a "large number" of data subjects.
#[derive(Debug, Serialize, ToSchema)]
pub struct ThresholdDto {
    /// From this many.
    pub value: u64,
    /// Where the figure comes from.
    pub basis: String,
    /// How Khiên reads it (an interpretation).
    pub note: String,
}

/// Whether one obligation or standing duty binds the organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct ObligationApplicabilityDto {
    /// The obligation's id (as in `khien obligations`).
    pub id: String,
    /// `obligation` (with a clock) or `duty` (standing, no clock).
    pub kind: String,
    /// Its regime.
    pub regime: String,
    /// What it asks.
    pub title: String,
    /// `applies`, `optional` or `exempt`.
    pub status: String,
    /// The last day the status holds (an optional duty becomes binding after it).
    #[serde(with = "iso_date::option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub until: Option<Date>,
    /// The article that decides it.
    pub basis: String,
    /// Why, in Vietnamese.
    pub reason: String,
    /// Why, in English.
    pub reason_en: String,
    /// The rule that decided, if one did.
    pub rule: Option<String>,
    /// Where the decision rests on Khiên's reading of the text.
    pub interpretation: Option<String>,
    /// The same, in English.
    pub interpretation_en: Option<String>,
}

impl From<&Decision> for ObligationApplicabilityDto {
    fn from(d: &Decision) -> Self {
        Self {
            id: d.id.clone(),
            kind: match d.kind {
                ItemKind::Obligation => "obligation",
                ItemKind::Duty => "duty",
            }
            .to_owned(),
            regime: d.regime.clone(),
            title: d.title.clone(),
            status: d.status.code().to_owned(),
            until: d.until,
            basis: d.basis.clone(),
            reason: d.reason.clone(),
            reason_en: d.reason_en.clone(),
            rule: d.rule.clone(),
            interpretation: d.interpretation.clone(),
            interpretation_en: d.interpretation_en.clone(),
        }
    }
}

/// Which obligations apply to the organisation today, and why.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicabilityDto {
    /// The day judged (Vietnam's date).
    #[serde(with = "iso_date")]
    #[schema(value_type = String, format = Date)]
    pub as_of: Date,
    /// Whether the profile was ever set.
    pub profile_set: bool,
    /// The facts that hold.
    pub facts: Vec<FactDto>,
    /// The "large number" of subjects used.
    pub large_subject_count: ThresholdDto,
    /// Every obligation and duty of every rule pack.
    pub obligations: Vec<ObligationApplicabilityDto>,
    /// The volume transferred or processed abroad since 2025-07-01, added up over the
    /// organisation's cases (Decree 165/2025 Art. 12.10); null when no case counts one.
    pub transferred_abroad: Option<TransferredDto>,
}

/// The organisation's cumulative cross-border volume.
#[derive(Debug, Serialize, ToSchema)]
pub struct TransferredDto {
    /// The total of the quantities recorded (`transfer_recorded` events).
    pub total: i64,
    /// Counted from.
    #[serde(with = "iso_date")]
    #[schema(value_type = String, format = Date)]
    pub since: Date,
    /// The article.
    pub basis: String,
}

impl ApplicabilityDto {
    pub fn new(v: &ApplicabilityView, legal: &khien_app::Legal) -> Self {
        let settings = legal.applicability.settings();
        Self {
            as_of: v.as_of,
            profile_set: v.profile_set,
            facts: v
                .facts
                .iter()
                .map(|(id, src)| FactDto {
                    id: id.clone(),
                    label: legal
                        .applicability
                        .fact(id)
                        .map_or_else(|| id.clone(), |f| f.label.clone()),
                    source: src.code().to_owned(),
                })
                .collect(),
            large_subject_count: ThresholdDto {
                value: v.large_subject_count,
                basis: settings.large_subject_count_basis.clone(),
                note: settings.large_subject_count_note.clone(),
            },
            obligations: v.obligations.iter().map(Into::into).collect(),
            transferred_abroad: v.transferred.as_ref().map(|t| TransferredDto {
                total: t.total,
                since: t.since,
                basis: t.legal_basis.clone(),
            }),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Registers.

/// A choice of a `choice` field.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChoiceDto {
    /// The code sent and stored.
    pub code: String,
    /// Vietnamese.
    pub label: String,
    /// English.
    pub label_en: String,
}

/// A field of a register.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldDefDto {
    /// Its name in entries.
    pub name: String,
    /// text, long_text, date, integer, bool, email, phone, url, choice or list.
    pub kind: String,
    /// Whether every entry has it.
    pub required: bool,
    /// Vietnamese label.
    pub label: String,
    /// English label.
    pub label_en: String,
    /// The allowed codes of a choice.
    pub choices: Vec<ChoiceDto>,
}

/// A register the texts require.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegisterDto {
    /// Its id (the URL segment).
    pub id: String,
    /// Vietnamese title.
    pub title: String,
    /// English title.
    pub title_en: String,
    /// The articles it comes from.
    pub basis: String,
    /// The least number of years an entry is kept, when a text sets one.
    pub retention_years: Option<u8>,
    /// The date field the retention counts from (null: from when it was recorded).
    pub retain_from: Option<String>,
    /// The field that names an entry.
    pub summary: String,
    /// Its fields.
    pub fields: Vec<FieldDefDto>,
    /// How many entries the organisation keeps in it.
    pub entries: usize,
}

impl RegisterDto {
    pub fn new(r: &Register, entries: usize) -> Self {
        Self {
            id: r.id.clone(),
            title: r.title.clone(),
            title_en: r.title_en.clone(),
            basis: r.basis.clone(),
            retention_years: r.retention_years,
            retain_from: r.retain_from.clone(),
            summary: r.summary.clone(),
            fields: r
                .fields
                .iter()
                .map(|f| FieldDefDto {
                    name: f.name.clone(),
                    kind: f.kind.code().to_owned(),
                    required: f.required,
                    label: f.label.clone(),
                    label_en: f.label_en.clone(),
                    choices: f
                        .choices
                        .iter()
                        .map(|c| ChoiceDto {
                            code: c.code.clone(),
                            label: c.label.clone(),
                            label_en: c.label_en.clone(),
                        })
                        .collect(),
                })
                .collect(),
            entries,
        }
    }
}

/// An entry of a register.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegisterEntryDto {
    /// Identifier.
    pub id: Uuid,
    /// The register.
    pub register: String,
    /// Its title in lists.
    pub summary: String,
    /// Its values by field name: text, numbers, booleans, dates as YYYY-MM-DD, lists.
    #[schema(value_type = Object)]
    pub fields: BTreeMap<String, Value>,
    /// Kept at least until (the register's retention), when known.
    #[serde(with = "iso_date::option")]
    #[schema(value_type = Option<String>, format = Date)]
    pub retain_until: Option<Date>,
    /// Who recorded it.
    pub recorded_by: Option<Uuid>,
    /// When.
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub recorded_at: OffsetDateTime,
    /// Last change.
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

impl From<&RegisterEntry> for RegisterEntryDto {
    fn from(e: &RegisterEntry) -> Self {
        Self {
            id: e.id.as_uuid(),
            register: e.register.clone(),
            summary: e.summary.clone(),
            fields: e
                .fields
                .iter()
                .map(|(k, v)| {
                    let v = match v {
                        FieldValue::Text(s) => Value::from(s.as_str()),
                        FieldValue::Integer(n) => Value::from(*n),
                        FieldValue::Bool(b) => Value::from(*b),
                        FieldValue::Date(d) => Value::from(d.to_string()),
                        FieldValue::List(l) => Value::from(l.clone()),
                    };
                    (k.clone(), v)
                })
                .collect(),
            retain_until: e.retain_until,
            recorded_by: e.recorded_by.map(|u| u.as_uuid()),
            recorded_at: e.recorded_at,
            updated_at: e.updated_at,
        }
    }
}

/// A JSON object of field values as the registers' check reads them (the API and the CLI);
/// the error names the field, never the value.
pub fn raw_values(body: &serde_json::Map<String, Value>) -> Result<EntryInput, String> {
    body.iter()
        .map(|(k, v)| {
            let raw = match v {
                Value::Null => RawValue::Null,
                Value::Bool(b) => RawValue::Bool(*b),
                Value::String(s) => RawValue::Text(s.clone()),
                // JSON Schema counts 12.0 as an integer.
                Value::Number(n) => match n.as_i64().or_else(|| {
                    n.as_f64()
                        .filter(|f| f.fract() == 0.0 && f.abs() < 9.2e18)
                        .map(|f| f as i64)
                }) {
                    Some(i) => RawValue::Integer(i),
                    None => return Err(format!("`{k}`: expected a whole number")),
                },
                Value::Array(a) => RawValue::List(
                    a.iter()
                        .map(|x| match x {
                            Value::String(s) => Ok(s.clone()),
                            _ => Err(format!("`{k}`: expected a list of texts")),
                        })
                        .collect::<Result<_, _>>()?,
                ),
                Value::Object(_) => return Err(format!("`{k}`: expected a value, not an object")),
            };
            Ok((k.clone(), raw))
        })
        .collect()
}

/// [`raw_values`], refused as a problem document.
pub(crate) fn entry_input(body: &serde_json::Map<String, Value>) -> Result<EntryInput, ApiError> {
    raw_values(body).map_err(|detail| ApiError::BadRequest {
        status: axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        detail,
    })
}

/// The exact JSON Schema of an entry of `r`, as `Register::check` reads it.
pub(crate) fn entry_schema(r: &Register) -> Value {
    use khien_rules::registers::{LIST_MAX, LONG_TEXT_MAX, TEXT_MAX};
    let ws = schema::WS;
    let blank = json!({"type": "string", "pattern": format!("^[{ws}]*$")});
    let nullable = |required: bool, shape: Value| -> Value {
        if required {
            shape
        } else {
            json!({"anyOf": [{"type": "null"}, blank.clone(), shape]})
        }
    };
    // One line, trimmed, no control characters: 1 to 500 characters.
    let item = format!(
        "^[{ws}]*[^{ws}{cc}](?:[^{cc}]{{0,{}}}[^{ws}{cc}])?[{ws}]*$",
        TEXT_MAX - 2,
        cc = schema::CC
    );
    let mut properties = serde_json::Map::new();
    let mut required = Vec::new();
    for f in &r.fields {
        let shape = match f.kind {
            FieldKind::Text => json!({"type": "string", "pattern": schema::text_pattern(TEXT_MAX)}),
            FieldKind::LongText => {
                json!({"type": "string", "pattern": schema::text_pattern(LONG_TEXT_MAX)})
            }
            FieldKind::Email => email_json(""),
            FieldKind::Phone => phone_json("", true),
            FieldKind::Url => json!({
                "type": "string",
                "pattern": format!(
                    "^[{ws}]*[hH][tT][tT][pP][sS]?://[^{ws}{cc}]{{0,1990}}[{ws}]*$",
                    cc = schema::CC
                ),
            }),
            FieldKind::Choice => json!({
                "enum": f.choices.iter().map(|c| c.code.clone()).collect::<Vec<_>>(),
            }),
            FieldKind::Date => json!({
                "type": "string",
                "format": "date",
                "pattern": "^(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$",
            }),
            FieldKind::Integer => json!({"type": "integer", "minimum": 0, "maximum": I64_MAX}),
            FieldKind::Bool => json!({"type": "boolean"}),
            // An empty array is "not given"; a required list needs an item.
            FieldKind::List => json!({
                "type": "array",
                "items": {"type": "string", "pattern": item},
                "minItems": usize::from(f.required),
                "maxItems": LIST_MAX,
            }),
        };
        let mut s = match f.kind {
            // Null is "not given" for these too.
            FieldKind::Integer | FieldKind::Bool | FieldKind::List if !f.required => {
                json!({"anyOf": [{"type": "null"}, shape]})
            }
            _ => nullable(f.required, shape),
        };
        s["description"] = format!("{} ({}).", f.label, f.label_en).into();
        properties.insert(f.name.clone(), s);
        if f.required {
            required.push(f.name.clone());
        }
    }
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
        "description": format!("An entry of the register “{}” ({}).", r.title, r.basis),
    })
}
