//! The JSON Schema (draft 2020-12) of a form's data: nested objects for dotted paths,
//! `additionalProperties: false` everywhere, the limits [`crate::Form::fill`] enforces.

use serde_json::{Map, Value, json};

use crate::data::{MAX_ITEMS, MAX_MULTILINE, MAX_TEXT};
use crate::model::{FieldType, Form};

fn leaf(kind: FieldType, label: &str, options: &[String], columns: &[String]) -> Value {
    let text = json!({"type": "string", "maxLength": MAX_TEXT, "description": label});
    match kind {
        FieldType::Text | FieldType::IdNumber | FieldType::Phone => text,
        FieldType::Email => {
            json!({"type": "string", "format": "email", "maxLength": MAX_TEXT, "description": label})
        }
        FieldType::Multiline => {
            json!({"type": "string", "maxLength": MAX_MULTILINE, "description": label})
        }
        FieldType::Number => json!({"type": ["number", "string"], "description": label}),
        FieldType::Date => json!({"type": "string", "format": "date", "description": label}),
        FieldType::Choice => json!({"type": "string", "enum": options, "description": label}),
        FieldType::List => {
            json!({"type": "array", "maxItems": MAX_ITEMS, "items": {"type": "string", "maxLength": MAX_MULTILINE}, "description": label})
        }
        FieldType::Table => {
            let mut props = Map::new();
            for c in columns.iter().filter(|c| *c != "#") {
                props.insert(
                    c.clone(),
                    json!({"type": ["string", "number", "null"], "maxLength": MAX_MULTILINE}),
                );
            }
            json!({"type": "array", "maxItems": MAX_ITEMS, "description": label,
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
