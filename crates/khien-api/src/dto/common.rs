//! What the wire types of every area share: limits, serde helpers for instants, whole numbers
//! and dates, schemas of codes and of JSON written by hand, and [`Check`], which collects field
//! errors while an input is parsed.

use khien_domain::{ActivityId, Code, DomainError, Text};
use uuid::Uuid;

use crate::problem::FieldErrors;
use crate::schema;
use serde_json::json;

/// Longest name, in characters.
pub(super) const NAME_MAX: usize = 300;
/// Longest free text, in characters.
pub(super) const TEXT_MAX: usize = 5_000;
/// Most items in a list field.
pub(super) const LIST_MAX: usize = 500;

/// RFC 3339 instants.
pub(crate) mod rfc3339 {
    pub(crate) use time::serde::rfc3339::*;
    pub(crate) mod option {
        pub(crate) use time::serde::rfc3339::option::*;
    }
}

/// Whole numbers, which JSON may write `30` or `30.0` (JSON Schema's `integer` counts both).
pub(crate) mod whole {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer};

    /// An optional whole number in the range of `T`: null (or absent, with
    /// `#[serde(default)]`), or a number without a fractional part.
    pub(crate) fn option<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
    where
        D: Deserializer<'de>,
        T: TryFrom<u64>,
    {
        let Some(n) = Option::<serde_json::Number>::deserialize(d)? else {
            return Ok(None);
        };
        // 2^64, the first float beyond u64.
        const U64_END: f64 = 18_446_744_073_709_551_616.0;
        let v = match (n.as_u64(), n.as_f64()) {
            (Some(v), _) => v,
            (None, Some(f)) if f.fract() == 0.0 && (0.0..U64_END).contains(&f) => {
                // Exact: `f` is whole and within u64's range.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let v = f as u64;
                v
            }
            _ => {
                return Err(D::Error::custom(
                    "expected a whole number that is not negative",
                ));
            }
        };
        T::try_from(v)
            .map(Some)
            .map_err(|_| D::Error::custom("the number is out of range"))
    }
}

/// `YYYY-MM-DD` dates.
pub(crate) mod iso_date {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;
    use time::macros::format_description;

    const FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
        format_description!("[year]-[month]-[day]");

    pub(crate) fn serialize<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
        let text = d.format(FORMAT).map_err(serde::ser::Error::custom)?;
        s.serialize_str(&text)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text, FORMAT)
            .map_err(|_| serde::de::Error::custom("expected a date as YYYY-MM-DD"))
    }

    /// Optional dates (`null` or absent: none).
    pub(crate) mod option {
        use serde::{Deserialize, Deserializer, Serializer};
        use time::Date;

        pub(crate) fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
            match d {
                Some(d) => super::serialize(d, s),
                None => s.serialize_none(),
            }
        }

        pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<Date>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(text) => Date::parse(&text, super::FORMAT)
                    .map(Some)
                    .map_err(|_| serde::de::Error::custom("expected a date as YYYY-MM-DD")),
            }
        }
    }
}

/// Schema of a closed set of codes, listing them.
pub(super) fn code_schema<T: Code>() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some(T::ALL.iter().map(|v| v.code())))
        .build()
}

/// Declares functions that return schemas written as JSON, for `#[schema(schema_with = f)]`
/// (the field's doc comment is not used then: the description is part of the JSON).
macro_rules! json_schemas {
    ($($name:ident => $e:expr;)+) => {
        $(fn $name() -> Schema { schema::raw($e) })+
    };
}
pub(crate) use json_schemas;

/// The largest count the registry stores (`i64::MAX`).
pub(super) const I64_MAX: u64 = 9_223_372_036_854_775_807;

/// An e-mail address as `Email::parse` reads it: trimmed, one `@` with something before it, a
/// dot inside the domain (not first, not last), no whitespace or control character, at most
/// 254 characters (in lower case).
pub(crate) fn email_json(description: &str) -> serde_json::Value {
    let ws = schema::WS;
    let cc = schema::CC;
    let any = format!("[^@{ws}{cc}]");
    let not_dot = format!("[^@.{ws}{cc}]");
    json!({
        "type": "string",
        "allOf": [
            {"pattern": format!("^[{ws}]*{any}+@{not_dot}{any}*\\.{any}*{not_dot}[{ws}]*$")},
            {"pattern": format!("^[{ws}]*[^{ws}]{{1,254}}[{ws}]*$")},
        ],
        "description": format!(
            "{description} One @, a dot inside the domain, no spaces; at most 254 characters; \
             compared in lower case."
        ),
        "example": "dpo@example.vn",
    })
}

/// A telephone number as `khien_domain::check_phone` reads it: trimmed, an optional leading
/// `+`, 8 to 15 digits with at most two spaces, dots, dashes or brackets between them;
/// `required = false` also allows null or blank.
pub(crate) fn phone_json(description: &str, required: bool) -> serde_json::Value {
    let ws = schema::WS;
    // At most two marks in a row: the longest number is 48 characters, under the 64 allowed.
    let phone = format!(r"^[{ws}]*\+?(?:[ .()\-]{{0,2}}[0-9]){{8,15}}[ .()\-]{{0,2}}[{ws}]*$");
    let shape = json!({"type": "string", "pattern": phone});
    if required {
        let mut s = shape;
        s["description"] = description.into();
        s["example"] = "024 3826 1234".into();
        return s;
    }
    json!({
        "anyOf": [
            {"type": "null"},
            {"type": "string", "pattern": format!("^[{ws}]*$")},
            shape,
        ],
        "description": format!("{description} Null or blank for none."),
        "example": "024 3826 1234",
    })
}

/// Collects field errors while parsing an input, so that one response names them all.
#[derive(Default)]
pub(crate) struct Check {
    pub(super) errors: FieldErrors,
}

impl Check {
    pub(crate) fn take<T>(&mut self, r: Result<T, DomainError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.errors.push(e);
                None
            }
        }
    }

    pub(crate) fn text(&mut self, field: &'static str, s: &str, max: usize) -> Option<Text> {
        self.take(Text::parse(field, s, max))
    }

    pub(crate) fn text_opt(
        &mut self,
        field: &'static str,
        s: Option<&str>,
        max: usize,
    ) -> Option<Option<Text>> {
        self.take(Text::parse_opt(field, s, max))
    }

    pub(crate) fn code<T: Code>(&mut self, s: &str) -> Option<T> {
        self.take(T::parse_code(s))
    }

    pub(crate) fn list(&mut self, field: &'static str, items: &[String]) -> Option<Vec<Text>> {
        if items.len() > LIST_MAX {
            self.errors.push(DomainError::TooLong {
                field,
                max: LIST_MAX,
            });
            return None;
        }
        let parsed: Vec<Option<Text>> = items
            .iter()
            .map(|s| self.text(field, s, NAME_MAX))
            .collect();
        parsed.into_iter().collect()
    }

    pub(crate) fn count(&mut self, field: &'static str, v: Option<u64>) -> Option<Option<u64>> {
        match v {
            Some(n) if i64::try_from(n).is_err() => {
                self.errors.push(DomainError::Invalid {
                    field,
                    rule: "must be at most 9223372036854775807",
                });
                None
            }
            other => Some(other),
        }
    }

    /// Finishes: the value if every field was right, else every error found.
    pub(crate) fn finish<T>(self, value: Option<T>) -> Result<T, FieldErrors> {
        match value {
            Some(v) if self.errors.is_empty() => Ok(v),
            _ => Err(self.errors),
        }
    }
}

pub(super) fn opt(t: &Option<Text>) -> Option<String> {
    t.as_ref().map(ToString::to_string)
}

/// Identifiers in paths are parsed by axum as UUIDs; these wrap them in domain types.
pub(crate) fn org_id(u: Uuid) -> khien_domain::OrgId {
    khien_domain::OrgId::from_uuid(u)
}

/// See [`org_id`].
pub(crate) fn activity_id(u: Uuid) -> ActivityId {
    ActivityId::from_uuid(u)
}
