//! Exact JSON Schemas of what the input parsers accept, so that the OpenAPI document tells the
//! truth: what it calls valid is accepted, and what it calls invalid is refused.
//!
//! Text goes through [`khien_domain::Text::parse`]: trimmed of Unicode `White_Space` (what
//! `str::trim` removes, control characters such as CR included), then 1 to `max` characters
//! with no control character (general category Cc) other than tab and newline. Because the
//! surrounding whitespace is trimmed away, a `maxLength` on the raw string would be wrong; the
//! patterns bound the trimmed text instead.
//!
//! The regular expressions use only what ECMA-262 and Python's `re` read alike (`\xHH`,
//! `\uHHHH`, classes, bounded repeats), so that validators and test generators agree.

use serde_json::{Map, Value, json};
use utoipa::openapi::schema::{ObjectBuilder, Schema, SchemaType};

/// Unicode `White_Space`, what `str::trim` removes, as the body of a regex class.
pub(crate) const WS: &str =
    r"\t\n\x0B\x0C\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";
/// Control characters (general category Cc), what `char::is_control` finds, as a class body.
pub(crate) const CC: &str = r"\x00-\x1F\x7F-\x9F";
/// Any character but a control character other than tab and newline, as a class.
const TEXT_INNER: &str = r"[^\x00-\x08\x0B-\x1F\x7F-\x9F]";

/// A schema written as JSON. utoipa's model lacks keywords some of these need (`if`/`then`/
/// `else`, `const`, `contains`), so the JSON is carried in the extension map of an untyped
/// utoipa object, which is flattened into the document verbatim.
pub(crate) fn raw(v: Value) -> Schema {
    let map = match v {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    Schema::Object(
        ObjectBuilder::new()
            .schema_type(SchemaType::AnyValue)
            .extensions(Some(map.into_iter().collect()))
            .build(),
    )
}

/// The text between the trimmed whitespace: 1 to `max` characters, first and last neither
/// whitespace nor control, none a control character but tab and newline.
fn trimmed_core(max: usize) -> String {
    let edge = format!("[^{WS}{CC}]");
    if max <= 1 {
        edge
    } else {
        format!("{edge}(?:{TEXT_INNER}{{0,{}}}{edge})?", max - 2)
    }
}

/// The pattern of a required text of at most `max` characters once trimmed.
pub(crate) fn text_pattern(max: usize) -> String {
    format!("^[{WS}]*{}[{WS}]*$", trimmed_core(max))
}

/// The pattern of an optional text: blank (absent once trimmed) or as [`text_pattern`].
pub(crate) fn text_opt_pattern(max: usize) -> String {
    format!("^[{WS}]*(?:{}[{WS}]*)?$", trimmed_core(max))
}

/// Any text of 1 to `max` characters once trimmed (control characters allowed).
pub(crate) fn trimmed_any_pattern(max: usize) -> String {
    let edge = format!("[^{WS}]");
    let core = if max <= 1 {
        edge
    } else {
        format!("{edge}(?:[\\s\\S]{{0,{}}}{edge})?", max - 2)
    };
    format!("^[{WS}]*{core}[{WS}]*$")
}

/// An RFC 3339 instant as the `time` crate reads it (`T`, `t` or a space between date and
/// time; `Z` or `z` for UTC; any number of fractional digits; a year of four digits).
pub(crate) fn instant_pattern() -> String {
    let time = r"[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?";
    let offset = r"(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])";
    let date = date_pattern_body().trim_start_matches("[+-]?");
    format!("^{date}{time}{offset}$")
}

/// A required text field (`Text::parse`). No `minLength`: the pattern needs a character, and
/// schemathesis rewrites a pattern's repetitions to fit length keywords, which makes these
/// patterns very slow to compile.
pub(crate) fn text(max: usize, description: &str) -> Value {
    json!({
        "type": "string",
        "pattern": text_pattern(max),
        "description": format!(
            "{description} 1 to {max} characters once surrounding whitespace is trimmed; no \
             control characters except tab and newline."
        ),
    })
}

/// An optional text field (`Text::parse_opt`): null, blank (both mean absent) or a text.
pub(crate) fn text_opt(max: usize, description: &str) -> Value {
    json!({
        "type": ["string", "null"],
        "pattern": text_opt_pattern(max),
        "description": format!(
            "{description} Null or blank for none, else 1 to {max} characters once surrounding \
             whitespace is trimmed; no control characters except tab and newline."
        ),
    })
}

/// The codes of a closed set.
pub(crate) fn codes<T: khien_domain::Code>() -> Vec<Value> {
    T::ALL.iter().map(|v| Value::from(v.code())).collect()
}

/// One code of a closed set.
pub(crate) fn code<T: khien_domain::Code>(description: &str) -> Value {
    json!({"type": "string", "enum": codes::<T>(), "description": description})
}

/// One code of a closed set, or null.
pub(crate) fn code_opt<T: khien_domain::Code>(description: &str) -> Value {
    let mut values = codes::<T>();
    values.push(Value::Null);
    json!({"type": ["string", "null"], "enum": values, "description": description})
}

/// A two-letter ISO 3166-1 country code in either case, as `CountryCode::parse` reads it
/// (trimmed).
pub(crate) fn country_pattern() -> String {
    format!("^[{WS}]*[A-Za-z]{{2}}[{WS}]*$")
}

/// Viet Nam's country code as `CountryCode::parse` reads it.
pub(crate) fn country_vn_pattern() -> String {
    format!("^[{WS}]*[Vv][Nn][{WS}]*$")
}

/// A date in the proleptic Gregorian calendar as the `time` crate's `[year]-[month]-[day]`
/// reads it: an optional sign, four digits of year, a month and a day that exist.
pub(crate) fn date_pattern_body() -> &'static str {
    concat!(
        r"[+-]?(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])",
        r"|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)",
        r"|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)"
    )
}

/// An instant in RFC 3339 as the `time` crate reads it, in the years 1900 to 2099 (of its own
/// offset): the range the case calendar accepts.
pub(crate) fn instant_1900_2099() -> Value {
    let date = concat!(
        r"(?:(?:19|20)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])",
        r"|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)",
        r"|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26]))-02-29)"
    );
    let time = r"[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?";
    let offset = r"(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])";
    json!({
        "type": "string",
        "pattern": format!("^{date}{time}{offset}$"),
        "description": "An instant, RFC 3339 (2026-11-23T09:30:00+07:00), in the years 1900 to \
                        2099.",
        "example": "2026-11-23T09:30:00+07:00",
    })
}

/// A whole number in `0..=max` (JSON Schema counts 30.0 as the integer 30, and so does the
/// server).
pub(crate) fn whole(max: u64, description: &str) -> Value {
    json!({"type": "integer", "minimum": 0, "maximum": max, "description": description})
}

/// Adds `null` to a schema's types.
pub(crate) fn nullable(mut v: Value) -> Value {
    if let Some(t) = v.get_mut("type") {
        let types = match t.take() {
            Value::Array(mut a) => {
                a.push(Value::from("null"));
                a
            }
            other => vec![other, Value::from("null")],
        };
        *t = Value::Array(types);
    }
    if let Some(Value::Array(values)) = v.get_mut("enum") {
        values.push(Value::Null);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rust's `regex` reads these patterns as the document's readers do, and they accept
    /// exactly what `Text::parse` accepts on samples around every boundary.
    #[test]
    fn text_patterns_match_text_parse() {
        let samples = [
            "",
            " ",
            "a",
            " a ",
            "\ta\n",
            "\r\na\r\n",
            "a\tb",
            "a\nb",
            "a\rb",
            "a\u{0}b",
            "\u{85}a\u{85}",
            "a\u{85}b",
            "\u{1c}a",
            "a\u{1c}",
            "\u{3000}x\u{3000}",
            "x\u{2028}y",
            "ab",
            "abc",
            "abcd",
            " abcd ",
            "abcde",
            "\u{7f}",
            "\u{a0}",
            "ắắắ",
            "ắắắắ",
            "a b c",
        ];
        for max in [1usize, 2, 3, 4] {
            let p = regex::Regex::new(&text_pattern(max)).unwrap();
            let po = regex::Regex::new(&text_opt_pattern(max)).unwrap();
            for s in samples {
                let ok = khien_domain::Text::parse("f", s, max).is_ok();
                assert_eq!(p.is_match(s), ok, "max {max}: {s:?}");
                let ok_opt = khien_domain::Text::parse_opt("f", Some(s), max).is_ok();
                assert_eq!(po.is_match(s), ok_opt, "opt max {max}: {s:?}");
            }
        }
    }
}
