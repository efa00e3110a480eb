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
