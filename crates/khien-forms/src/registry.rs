//! Filling a form from the registry: each field's `from` key (in the form files) names a fact
//! the registry keeps about the organisation; [`known`] gives those facts for an organisation,
//! [`Form::prefill`] puts them in the blanks the person has not filled. What the registry does
//! not know stays a blank and is listed to complete: nothing is invented.

use std::collections::BTreeMap;

use khien_domain::Organisation;
use serde_json::Value;

use crate::model::{FieldType, Form};

/// The facts the registry holds, by `from` key.
pub type Known = BTreeMap<&'static str, String>;

/// What the registry knows of an organisation, by the keys the form files use:
/// `organisation.name`, `organisation.address` (head office), `organisation.tax_code`,
/// `organisation.province`, and from the current designation (Decree 165/2025 Art. 18.1)
/// `dpo.name`, `dpo.title`, `dpo.unit`.
pub fn known(org: &Organisation) -> Known {
    let mut k = Known::new();
    let d = &org.details;
    k.insert("organisation.name", d.name.as_str().to_owned());
    if let Some(a) = &d.head_office_address {
        k.insert("organisation.address", a.as_str().to_owned());
    }
    if let Some(t) = &d.tax_code {
        k.insert("organisation.tax_code", t.as_str().to_owned());
    }
    if let Some(p) = &d.province {
        k.insert("organisation.province", p.as_str().to_owned());
    }
    if let Some(des) = &org.designation {
        k.insert("dpo.name", des.dpo_name.as_str().to_owned());
        if let Some(t) = &des.dpo_title {
            k.insert("dpo.title", t.as_str().to_owned());
        }
        k.insert("dpo.unit", des.unit_name.as_str().to_owned());
    }
    k
}

fn is_set(data: &Value, path: &str) -> bool {
    let mut node = data;
    for part in path.split('.') {
        match node.get(part) {
            Some(n) => node = n,
            None => return false,
        }
    }
    !node.is_null()
}

/// A registry value as a field of this kind takes it: on one line (the registry's texts may
/// hold line breaks and tabs), or none when the form would refuse it (U+FFFD).
fn fitted(v: &str, kind: FieldType) -> Option<String> {
    if v.contains('\u{FFFD}') {
        return None;
    }
    Some(match kind {
        FieldType::Multiline => v.to_owned(),
        _ => v.replace(['\n', '\t', '\r'], " "),
    })
}

fn set(data: &mut Value, path: &str, v: String) {
    let mut node = data;
    let mut parts = path.split('.').peekable();
    while let Some(part) = parts.next() {
        let Some(map) = node.as_object_mut() else {
            return;
        };
        if parts.peek().is_none() {
            map.insert(part.to_owned(), Value::String(v));
            return;
        }
        node = map
            .entry(part.to_owned())
            .or_insert_with(|| Value::Object(serde_json::Map::new()));
    }
}

impl Form {
    /// `data` with the blanks it leaves filled from `known`: the fields whose `from` key is
    /// known, the issuer's name (`org_name`) and the place (`place`, the province). What the
    /// person gave always wins. `data` that is not an object is returned unchanged, for
    /// [`Form::fill`] to refuse.
    pub fn prefill(&self, known: &Known, data: &Value) -> Value {
        let mut out = data.clone();
        if !out.is_object() {
            return out;
        }
        let standard = self.standard_fields();
        for (path, key) in [
            ("org_name", "organisation.name"),
            ("place", "organisation.province"),
        ] {
            if standard.iter().any(|(p, _, _)| *p == path)
                && !is_set(&out, path)
                && let Some(v) = known.get(key).and_then(|v| fitted(v, FieldType::Text))
            {
                set(&mut out, path, v);
            }
        }
        for (path, f) in &self.fields {
            let textual = matches!(
                f.kind,
                FieldType::Text | FieldType::Multiline | FieldType::IdNumber
            );
            if let Some(key) = &f.from
                && textual
                && !is_set(&out, path)
                && let Some(v) = known.get(key.as_str()).and_then(|v| fitted(v, f.kind))
            {
                set(&mut out, path, v);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::Catalogue;

    #[test]
    fn prefill_fills_only_what_is_known_and_not_given() {
        let c = Catalogue::builtin().unwrap();
        let form = c.get("nd165-01b").unwrap();
        let mut k = Known::new();
        k.insert("organisation.name", "Công ty Ví Dụ".into());
        k.insert("organisation.province", "Hà Nội".into());
        k.insert("organisation.address", "1 Tràng Tiền".into());
        let given = json!({"place": "Huế"});
        let data = form.prefill(&k, &given);
        assert_eq!(data["org_name"], "Công ty Ví Dụ");
        assert_eq!(data["place"], "Huế", "what the person gave wins");
        let filled = form.fill(&data).unwrap();
        let address: Vec<_> = form
            .fields
            .iter()
            .filter(|(_, f)| f.from.as_deref() == Some("organisation.address"))
            .map(|(p, _)| p.clone())
            .collect();
        assert!(!address.is_empty());
        for p in &address {
            assert_eq!(filled.text(p).as_deref(), Some("1 Tràng Tiền"), "{p}");
            assert!(!filled.to_complete.iter().any(|t| &t.field == p));
        }
        // The DPO is not known: still to complete.
        let dpo: Vec<_> = form
            .fields
            .iter()
            .filter(|(_, f)| f.from.as_deref() == Some("dpo.name") && !f.optional)
            .map(|(p, _)| p.clone())
            .collect();
        for p in &dpo {
            assert!(filled.to_complete.iter().any(|t| &t.field == p), "{p}");
        }
        assert_eq!(form.prefill(&k, &json!([])), json!([]));
    }

    /// The registry's texts may hold line breaks and tabs (`Text` allows them) and U+FFFD,
    /// which one-line fields refuse: what is prefilled must never make the data refused.
    #[test]
    fn prefilled_values_fit_the_fields() {
        let c = Catalogue::builtin().unwrap();
        let form = c.get("nd165-01b").unwrap();
        let mut k = Known::new();
        k.insert("organisation.name", "Công ty\nVí Dụ".into());
        k.insert("organisation.province", "Hà\tNội".into());
        k.insert("organisation.address", "1 Tràng Tiền\u{FFFD}".into());
        let data = form.prefill(&k, &json!({}));
        assert_eq!(data["org_name"], "Công ty Ví Dụ");
        assert_eq!(data["place"], "Hà Nội");
        let filled = form.fill(&data).unwrap();
        assert!(
            filled.to_complete.iter().any(|t| form
                .fields
                .get(&t.field)
                .and_then(|f| f.from.as_deref())
                == Some("organisation.address")),
            "a value the form would refuse is left to complete"
        );
    }
}
