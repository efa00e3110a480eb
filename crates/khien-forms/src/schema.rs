//! The JSON Schema (draft 2020-12) of a form's data: nested objects for dotted paths,
//! `additionalProperties: false` everywhere, and exactly what [`crate::Form::fill`] accepts:
//! null for a blank, the limits, the characters refused, the shapes of dates, telephone
//! numbers, e-mail addresses and numbers once surrounding whitespace is trimmed.
//!
//! The regular expressions use only what ECMA-262 and Python's `re` read alike.

use serde_json::{Map, Value, json};

use crate::data::{MAX_ITEMS, MAX_MULTILINE, MAX_TEXT};
use crate::model::{FieldType, Form};

/// One-line text: no control character (general category Cc) and no U+FFFD.
const ONE_LINE: &str = r"^[^\x00-\x1F\x7F-\x9F\uFFFD]*$";
/// Several lines: no control character but tab, line feed and carriage return, no U+FFFD.
const MULTI_LINE: &str = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFD]*$";
/// Whitespace that is not a control character, trimmed from one-line values (Unicode
/// `White_Space` without Cc).
const SPACE: &str = r"[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*";
/// Neither whitespace, nor control character, nor U+FFFD.
const SOLID: &str = r"[^\t\n\x0B\x0C\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\x00-\x1F\x7F-\x9F\uFFFD]";
/// A date as `[year]-[month]-[day]` reads it: optional sign, four-digit year, a real day.
const DATE: &str = concat!(
    r"[+-]?(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])",
    r"|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)",
    r"|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)"
);

/// `s` as a regex matching itself.
fn literal(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let special = "\\^$.|?*+()[]{}".contains(c);
            special
                .then_some('\\')
                .into_iter()
                .chain(std::iter::once(c))
        })
        .collect()
}

/// One-line text whose trimmed value matches `core`.
fn trimmed(core: &str) -> String {
    format!("^{SPACE}{core}{SPACE}$")
}

/// A string's length limit and pattern, in `allOf`: test generators (schemathesis) rewrite a
/// pattern's repetitions to fit a length limit of the same schema, and a class repeated up to
/// 50 000 times is very slow to compile.
fn limited(max: usize, pattern: &str) -> Value {
    json!([{"maxLength": max}, {"pattern": pattern}])
}

fn leaf(kind: FieldType, label: &str, options: &[String], columns: &[String]) -> Value {
    let one_line = |pattern: String| {
        json!({"type": ["string", "null"], "allOf": limited(MAX_TEXT, &pattern),
               "description": label})
    };
    // Numbers are accepted where text is, and written as JSON writes them.
    let multiline_cell = json!({"type": ["string", "number"],
                                "allOf": limited(MAX_MULTILINE, MULTI_LINE)});
    match kind {
        FieldType::Text | FieldType::IdNumber => {
            json!({"type": ["string", "number", "null"], "allOf": limited(MAX_TEXT, ONE_LINE),
                   "description": label})
        }
        FieldType::Multiline => {
            json!({"type": ["string", "number", "null"],
                   "allOf": limited(MAX_MULTILINE, MULTI_LINE), "description": label})
        }
        FieldType::Number => {
            json!({"type": ["number", "string", "null"],
                   "allOf": limited(MAX_TEXT, &trimmed(r"[0-9., \-]*")), "description": label})
        }
        // U+037E (Greek question mark) is `;` once normalised (NFC).
        FieldType::Phone => one_line(trimmed(r"[0-9 +\-().,;/\u037E]*")),
        FieldType::Email => one_line(trimmed(&format!("{SOLID}*@{SOLID}*"))),
        FieldType::Date => one_line(trimmed(DATE)),
        FieldType::Choice => {
            let choices: Vec<String> = options.iter().map(|o| literal(o)).collect();
            let mut v = one_line(trimmed(&format!("(?:{})", choices.join("|"))));
            v["examples"] = json!(options);
            v
        }
        FieldType::List => {
            json!({"type": ["array", "null"], "maxItems": MAX_ITEMS, "items": multiline_cell,
                   "description": label})
        }
        FieldType::Table => {
            let mut props = Map::new();
            for c in columns.iter().filter(|c| *c != "#") {
                let mut cell = multiline_cell.clone();
                cell["type"] = json!(["string", "number", "null"]);
                props.insert(c.clone(), cell);
            }
            json!({"type": ["array", "null"], "maxItems": MAX_ITEMS, "description": label,
                   "items": {"type": "object", "additionalProperties": false, "properties": props}})
        }
    }
}

fn insert(root: &mut Map<String, Value>, path: &str, schema: Value) {
    let mut parts = path.split('.').peekable();
    let mut node = root;
    while let Some(part) = parts.next() {
        let props = node
            .entry("properties")
            .or_insert_with(|| Value::Object(Map::new()));
        let Value::Object(props) = props else { return };
        if parts.peek().is_none() {
            props.insert(part.to_owned(), schema);
            return;
        }
        let child = props
            .entry(part.to_owned())
            .or_insert_with(|| json!({"type": "object", "additionalProperties": false}));
        let Value::Object(child) = child else { return };
        node = child;
    }
}

impl Form {
    /// The JSON Schema of this form's data.
    pub fn schema(&self) -> Value {
        let mut root = Map::new();
        root.insert(
            "$schema".into(),
            "https://json-schema.org/draft/2020-12/schema".into(),
        );
        root.insert("$id".into(), format!("urn:khien:form:{}", self.id).into());
        root.insert(
            "title".into(),
            format!("{} – {}", self.number, self.title).into(),
        );
        root.insert("type".into(), "object".into());
        root.insert("additionalProperties".into(), false.into());
        for (p, kind, label) in self.standard_fields() {
            insert(&mut root, p, leaf(kind, label, &[], &[]));
        }
        for (p, f) in &self.fields {
            insert(&mut root, p, leaf(f.kind, &f.label, &f.options, &f.columns));
        }
        Value::Object(root)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use serde_json::{Map, Value, json};

    use crate::Catalogue;
    use crate::model::FieldType;

    /// Whether `v` meets a leaf's types, length limits and patterns (the keywords leaves use).
    fn meets(schema: &Value, v: &Value, regexes: &mut HashMap<String, regex::Regex>) -> bool {
        let types: Vec<&str> = match &schema["type"] {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        let kind = match v {
            Value::Null => "null",
            Value::String(_) => "string",
            Value::Number(_) => "number",
            _ => "other",
        };
        if !types.contains(&kind) {
            return false;
        }
        let Value::String(s) = v else { return true };
        schema["allOf"]
            .as_array()
            .into_iter()
            .flatten()
            .all(|part| {
                let short = part["maxLength"]
                    .as_u64()
                    .is_none_or(|m| s.chars().count() as u64 <= m);
                let matches = part["pattern"].as_str().is_none_or(|p| {
                    regexes
                        .entry(p.to_owned())
                        .or_insert_with(|| regex::Regex::new(p).unwrap())
                        .is_match(s)
                });
                short && matches
            })
    }

    fn nested(path: &str, v: Value) -> Value {
        path.rsplit('.').fold(v, |inner, part| {
            let mut m = Map::new();
            m.insert(part.to_owned(), inner);
            Value::Object(m)
        })
    }

    /// Every one-value field's schema calls valid exactly the values `fill` accepts, on samples
    /// around each rule: blanks, control characters, U+FFFD, surrounding and inner whitespace,
    /// NFC, dates, telephone numbers, e-mail addresses, numbers, choices and lengths.
    #[test]
    fn each_field_schema_accepts_exactly_what_fill_accepts() {
        let long = "x".repeat(2_001);
        let strings = [
            "",
            " ",
            "abc",
            " abc ",
            "a\nb",
            "a\rb",
            "a\r\nb",
            "a\tb",
            "a\u{7}b",
            "\u{85}a",
            "a\u{FFFD}",
            "\u{3000}a\u{2000}",
            "a\u{2028}b",
            "0912 345 678",
            " (024) 3.8-1;2/ ",
            "0912\u{37E}345",
            "+84 912",
            "09a",
            "1\u{A0}5",
            "\u{A0}15\u{A0}",
            "1,5 - 2.5",
            "1e5",
            "a@b",
            " a@b.vn ",
            "a @b",
            "@",
            "ab",
            "a@b\u{2000}c",
            "2026-02-28",
            "2026-02-29",
            "2024-02-29",
            "2000-02-29",
            "1900-02-29",
            " 2026-01-05\u{3000}",
            "+2026-01-05",
            "-0004-02-29",
            "12026-01-01",
            "2026-1-05",
            "26-01-05",
            "Có",
            " Có ",
            "Không",
            "Co",
            "Trong nước",
            "Nước ngoài ",
            &long,
        ];
        let mut values: Vec<Value> = strings.iter().map(|s| json!(s)).collect();
        values.extend([json!(null), json!(5), json!(-1.5), json!(1e20), json!(true)]);
        let mut regexes = HashMap::new();
        for form in Catalogue::builtin().unwrap().forms() {
            let schema = form.schema();
            let standard = form.standard_fields();
            let fields = form
                .fields
                .iter()
                .map(|(p, f)| (p.as_str(), f.kind))
                .chain(standard.iter().map(|(p, k, _)| (*p, *k)));
            for (path, kind) in fields {
                if matches!(kind, FieldType::List | FieldType::Table) {
                    continue;
                }
                let mut leaf = &schema;
                for part in path.split('.') {
                    leaf = &leaf["properties"][part];
                }
                for v in &values {
                    let accepted = form.fill(&nested(path, v.clone())).is_ok();
                    assert_eq!(
                        meets(leaf, v, &mut regexes),
                        accepted,
                        "{} {path} ({kind:?}): {v}",
                        form.id
                    );
                }
            }
        }
    }
}
