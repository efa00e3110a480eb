//! Every form: transcription faithful to the official annex, a full example rendered with
//! every label in order, empty data giving the "to complete" list, bad data refused.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use khien_forms::model::{FieldType, Issuer};
use khien_forms::{Catalogue, Form, docx, layout};
use serde_json::{Map, Value, json};
use unicode_normalization::UnicodeNormalization as _;

/// Whitespace collapsed, dotted leaders removed, NFC: how labels are compared.
fn norm(s: &str) -> String {
    let s: String = s.nfc().collect();
    // Dotted leaders and the boxes (☐) of the official text are blanks.
    let s = s.replace(['…', '\u{a0}', '☐', '□'], " ").replace("..", " ");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn official(form: &Form) -> String {
    let text = if form.id.starts_with("nd165") {
        include_str!("../forms/official/nd165-phu-luc.txt")
    } else {
        include_str!("../forms/official/nd356-phu-luc.txt")
    };
    norm(text)
}

fn set(root: &mut Map<String, Value>, path: &str, v: Value) {
    let mut parts: Vec<&str> = path.split('.').collect();
    let last = parts.pop().unwrap();
    let mut node = root;
    for p in parts {
        node = node
            .entry(p.to_owned())
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
            .unwrap();
    }
    node.insert(last.to_owned(), v);
}

/// A value for every field of the form.
fn full_example(form: &Form) -> Value {
    let mut root = Map::new();
    for (p, kind, _) in form.standard_fields() {
        let v = match kind {
            FieldType::Date => json!("2026-11-23"),
            _ => json!(format!("Giá trị {p}")),
        };
        set(&mut root, p, v);
    }
    for (path, f) in &form.fields {
        let v = match f.kind {
            FieldType::Text | FieldType::IdNumber => json!(format!("Giá trị {path}")),
            FieldType::Multiline => json!(format!("Nội dung {path}\ndòng thứ hai")),
            FieldType::Date => json!("2026-01-05"),
            FieldType::Phone => json!("0912 345 678"),
            FieldType::Email => json!("dpo@example.vn"),
            FieldType::Number => json!(42),
            FieldType::Choice => json!(f.options[0].clone()),
            FieldType::List => json!(["Tài liệu thứ nhất", "Tài liệu thứ hai"]),
            FieldType::Table => {
                let row: Map<String, Value> = f
                    .columns
                    .iter()
                    .filter(|c| *c != "#")
                    .map(|c| (c.clone(), json!(format!("ô {c}"))))
                    .collect();
                json!([row.clone(), row])
            }
        };
        set(&mut root, path, v);
    }
    Value::Object(root)
}

fn catalogue() -> Catalogue {
    Catalogue::builtin().unwrap()
}

#[test]
fn ids_follow_the_contract() {
    let c = catalogue();
    assert!(!c.forms().is_empty());
    for f in c.forms() {
        let ok = f.id.starts_with("nd165-") || f.id.starts_with("nd356-");
        assert!(ok, "{}", f.id);
        assert!(!f.title.is_empty() && !f.heading.is_empty(), "{}", f.id);
    }
}

#[test]
fn every_label_is_in_the_official_text_in_order() {
    for form in catalogue().forms() {
        let text = official(form);
        // The form's own section: from its title onwards.
        let start = text
            .find(&norm(&form.heading[0]))
            .unwrap_or_else(|| panic!("{}: title `{}` not in the annex", form.id, form.heading[0]));
        let mut at = start;
        for label in form
            .labels()
            .iter()
            .skip(2 + form.authority.len() + form.heading.len())
        {
            let l = norm(label);
            if l.is_empty() || l == "Kính gửi:" || l == "Nơi nhận:" {
                continue;
            }
            match text[at..].find(&l) {
                Some(i) => at += i + l.len(),
                None => panic!(
                    "{}: `{l}` is not in the official text after position {at} (or is out of order)",
                    form.id
                ),
            }
        }
    }
}

#[test]
fn a_full_example_renders_every_label_in_order_with_nothing_left() {
    for form in catalogue().forms() {
        let filled = form
            .fill(&full_example(form))
            .unwrap_or_else(|e| panic!("{}: {e}", form.id));
        assert!(
            filled.to_complete.is_empty(),
            "{}: {:?}",
            form.id,
            filled.to_complete
        );
        let blocks = layout::layout(&filled);
        let xml = docx::document_xml(&blocks);
        let text = norm(&docx::text_of(&xml).join("\n"));
        let mut at = 0;
        for label in form.labels() {
            let l = norm(&label);
            if l.is_empty() {
                continue;
            }
            match text[at..].find(&l) {
                Some(i) => at += i + l.len(),
                None => panic!(
                    "{}: label `{l}` missing or out of order in the DOCX",
                    form.id
                ),
            }
        }
        assert!(
            !text.contains(layout::BLANK),
            "{}: a blank left in a full example",
            form.id
        );
        // Every value appears.
        assert!(
            text.contains("dòng thứ hai")
                || !form.fields.values().any(|f| f.kind == FieldType::Multiline)
        );
        let bytes = docx::render(&blocks).unwrap();
        assert!(bytes.starts_with(b"PK"), "{}: not a zip", form.id);
    }
}

#[test]
fn empty_data_lists_every_required_blank() {
    for form in catalogue().forms() {
        let filled = form.fill(&json!({})).unwrap();
        let required =
            form.fields.values().filter(|f| !f.optional).count() + form.standard_fields().len();
        assert_eq!(
            filled.to_complete.len(),
            required,
            "{}: {:?}",
            form.id,
            filled.to_complete
        );
        let xml = docx::document_xml(&layout::layout(&filled));
        assert!(xml.contains(layout::BLANK), "{}", form.id);
        if form.issuer == Issuer::Organisation {
            assert!(filled.to_complete.iter().any(|t| t.field == "number"));
        }
    }
}

#[test]
fn bad_data_is_refused_with_the_field_named_and_never_repeated() {
    let c = catalogue();
    let form = c.get("nd165-01a").unwrap();
    let secret = "079201001234";
    let cases: Vec<(Value, &str)> = vec![
        (json!([]), "(gốc)"),
        (
            json!({"sender": {"name": 5, "nickname": secret}}),
            "sender.nickname",
        ),
        (json!({"unknown": secret}), "unknown"),
        (json!({"sender": {"name": ["x"]}}), "sender.name"),
        (json!({"sender": {"name": "a\u{0007}b"}}), "sender.name"),
        (
            json!({"sender": {"name": "x".repeat(10 * 1024 * 1024)}}),
            "sender.name",
        ),
        (
            json!({"sender": {"name": "dòng một\ndòng hai"}}),
            "sender.name",
        ),
        (
            json!({"sender": {"id_issued_on": "2026-02-30"}}),
            "sender.id_issued_on",
        ),
        (
            json!({"sender": {"email": "không phải email"}}),
            "sender.email",
        ),
        (json!({"sender": {"phone": "gọi tôi"}}), "sender.phone"),
        (json!({"documents": "một chuỗi"}), "documents"),
        (json!({"documents": ["ok", {"x": 1}]}), "documents[1]"),
        (json!({"date": "23/11/2026"}), "date"),
    ];
    for (data, field) in cases {
        let e = form.fill(&data).expect_err(&format!("accepted {field}"));
        assert_eq!(e.field, field, "{e}");
        assert!(!e.to_string().contains(secret), "{e}");
    }
}

#[test]
fn every_schema_is_valid_json_schema_shape_and_closed() {
    for form in catalogue().forms() {
        let s = form.schema();
        assert_eq!(s["type"], "object");
        assert_eq!(s["additionalProperties"], false);
        for path in form.fields.keys() {
            let mut node = &s;
            for part in path.split('.') {
                node = &node["properties"][part];
            }
            assert!(
                node.is_object(),
                "{}: {path} missing from the schema",
                form.id
            );
        }
    }
}
