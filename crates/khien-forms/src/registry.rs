//! Filling a form from the registry: each field's `from` key (in the form files) names a fact
//! the registry keeps about the organisation; [`known`] gives those facts for an organisation,
//! [`Form::prefill`] puts them in the blanks the person has not filled. What the registry does
//! not know stays a blank and is listed to complete: nothing is invented.

use std::collections::BTreeMap;

use khien_domain::{
    Case, Code, DataAsset, FieldValue, ImportanceLevel, OrgProfile, Organisation,
    ProcessingActivity, RegisterEntry,
};
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
    if let Some(a) = &d.contact_address {
        k.insert("organisation.contact_address", a.as_str().to_owned());
    }
    k.insert("organisation.kind", d.kind.label_vi().to_owned());
    if let Some(des) = &org.designation {
        k.insert("dpo.name", des.dpo_name.as_str().to_owned());
        if let Some(t) = &des.dpo_title {
            k.insert("dpo.title", t.as_str().to_owned());
        }
        k.insert("dpo.unit", des.unit_name.as_str().to_owned());
        if let Some(p) = &des.dpo_phone {
            k.insert("dpo.phone", p.as_str().to_owned());
        }
        if let Some(e) = &des.dpo_email {
            k.insert("dpo.email", e.as_str().to_owned());
        }
    }
    k
}

/// Every key the registry can supply (issue 16). A form's `from` must name one of them: the
/// loader refuses any other, so no blank waits for data nothing provides.
pub const SUPPLIED: &[&str] = &[
    "organisation.name",
    "organisation.address",
    "organisation.contact_address",
    "organisation.tax_code",
    "organisation.province",
    "organisation.kind",
    "organisation.size",
    "organisation.sectors",
    "organisation.subject_count",
    "dpo.name",
    "dpo.title",
    "dpo.unit",
    "dpo.phone",
    "dpo.email",
    "activities.list",
    "activities.purposes",
    "activities.data_categories",
    "activities.subject_categories",
    "activities.legal_bases",
    "activities.recipients",
    "activities.cross_border_recipients",
    "assets.list",
    "assets.storage",
    "assets.retention",
    "assets.core_important",
    "assets.volume",
    "registers.processors",
    "registers.sharing_agreements",
    "registers.confidentiality",
    "registers.training",
    "registers.drills",
    "registers.risks",
    "registers.protection_contacts",
    "registers.master_data",
    "registers.open_data",
    "registers.provision_requests",
    "registers.ndc_accounts",
    "case.title",
    "case.documents",
    "breach.time",
    "breach.place",
    "breach.conduct",
    "breach.parties",
    "breach.data",
    "breach.consequences",
    "breach.measures",
    "findings.full_name",
    "findings.contact_address",
    "findings.date_of_birth",
    "findings.phone",
    "findings.personal_id_number",
    "findings.passport_number",
    "findings.driving_licence_number",
    "findings.vehicle_plate",
    "findings.digital_accounts",
    "findings.other_identifying",
    "findings.location",
    "findings.racial_ethnic_origin",
    "findings.religious_views",
    "findings.health",
    "findings.criminal_records",
    "findings.biometric_genetic",
    "findings.bank_card_transactions",
];

/// Which category of personal data of the forms' lists (Decree 356/2025 Art. 3, 4; Forms 09
/// and 10, items II.3) a scanner's detector shows the organisation holds. A category no
/// detector found stays a blank: its absence is not proven.
const FINDINGS: &[(&str, &str)] = &[
    ("person_name", "findings.full_name"),
    ("vn.address", "findings.contact_address"),
    ("date_of_birth", "findings.date_of_birth"),
    ("vn.phone", "findings.phone"),
    ("vn.cccd", "findings.personal_id_number"),
    ("vn.cmnd", "findings.personal_id_number"),
    ("vn.passport", "findings.passport_number"),
    ("vn.driving_licence", "findings.driving_licence_number"),
    ("vn.licence_plate", "findings.vehicle_plate"),
    ("email", "findings.digital_accounts"),
    ("vn.tax_code", "findings.other_identifying"),
    ("vn.social_insurance", "findings.other_identifying"),
    ("vn.health_insurance_card", "findings.other_identifying"),
    ("geolocation", "findings.location"),
    ("ethnicity", "findings.racial_ethnic_origin"),
    ("religion", "findings.religious_views"),
    ("health", "findings.health"),
    ("criminal_record", "findings.criminal_records"),
    ("biometric", "findings.biometric_genetic"),
    ("payment_card", "findings.bank_card_transactions"),
    ("vn.bank_account", "findings.bank_card_transactions"),
];

/// What else the registry holds about an organisation, beyond its details: its profile, its
/// catalogue, its activities, its registers, and the case a form is filed under.
#[derive(Debug, Default, Clone, Copy)]
pub struct Holdings<'a> {
    /// The profile, when set.
    pub profile: Option<&'a OrgProfile>,
    /// The catalogue's assets.
    pub assets: &'a [DataAsset],
    /// The processing activities.
    pub activities: &'a [ProcessingActivity],
    /// Every register entry.
    pub registers: &'a [RegisterEntry],
    /// The case the form is filed under.
    pub case: Option<&'a Case>,
    /// The detectors the organisation's scans found something with (`vn.cccd`, ...).
    pub detectors: &'a [String],
    /// The facts of the breach case the form is filed under (Form 08).
    pub breach: Option<&'a khien_domain::BreachFacts>,
}

fn lines(items: impl IntoIterator<Item = String>) -> Option<String> {
    let mut seen: Vec<String> = Vec::new();
    for i in items {
        if !i.is_empty() && !seen.contains(&i) {
            seen.push(i);
        }
    }
    (!seen.is_empty()).then(|| seen.join("\n"))
}

fn joined(items: impl IntoIterator<Item = String>) -> Option<String> {
    lines(items).map(|s| s.replace('\n', "; "))
}

fn register_key(id: &str) -> Option<&'static str> {
    let key = format!("registers.{}", id.replace('-', "_"));
    SUPPLIED.iter().copied().find(|k| *k == key)
}

/// What the registry knows of an organisation and what it holds, by `from` key: [`known`]
/// plus the profile, the catalogue, the activities, the registers (one line per entry: its
/// summary and its first date) and the case.
pub fn known_all(org: &Organisation, h: &Holdings<'_>) -> Known {
    let mut k = known(org);
    let mut put = |key: &'static str, v: Option<String>| {
        if let Some(v) = v {
            k.insert(key, v);
        }
    };
    if let Some(p) = h.profile {
        put("organisation.size", p.size.map(|s| s.label_vi().to_owned()));
        put(
            "organisation.sectors",
            joined(p.sectors.iter().map(|s| s.label_vi().to_owned())),
        );
        put(
            "organisation.subject_count",
            p.subject_count.map(|n| n.to_string()),
        );
    }
    let acts = h.activities;
    put(
        "activities.list",
        lines(acts.iter().map(|a| {
            format!(
                "{}: {}",
                a.details.name.as_str(),
                a.details.purpose.as_str()
            )
        })),
    );
    put(
        "activities.purposes",
        lines(acts.iter().map(|a| a.details.purpose.as_str().to_owned())),
    );
    put(
        "activities.data_categories",
        joined(acts.iter().flat_map(|a| {
            a.details
                .data_categories
                .iter()
                .map(|c| c.as_str().to_owned())
        })),
    );
    put(
        "activities.subject_categories",
        joined(acts.iter().flat_map(|a| {
            a.details
                .data_subject_categories
                .iter()
                .map(|c| c.as_str().to_owned())
        })),
    );
    put(
        "activities.legal_bases",
        lines(acts.iter().map(|a| {
            let detail = a
                .details
                .legal_basis_detail
                .as_ref()
                .map(|d| format!(" ({})", d.as_str()))
                .unwrap_or_default();
            format!(
                "{}: {}{detail}",
                a.details.name.as_str(),
                a.details.legal_basis.label_vi()
            )
        })),
    );
    let recipient =
        |r: &khien_domain::Recipient| format!("{} ({})", r.name.as_str(), r.country.as_str());
    put(
        "activities.recipients",
        lines(
            acts.iter()
                .flat_map(|a| a.details.recipients.iter().map(recipient)),
        ),
    );
    put(
        "activities.cross_border_recipients",
        lines(acts.iter().flat_map(|a| {
            a.details
                .recipients
                .iter()
                .filter(|r| r.country.as_str() != "VN")
                .map(recipient)
        })),
    );
    let assets = h.assets;
    put(
        "assets.list",
        lines(assets.iter().map(|a| {
            let c = &a.details.classification;
            format!(
                "{} ({}; {}; {})",
                a.details.name.as_str(),
                a.details.kind.label_vi(),
                c.personal_data.label_vi(),
                c.importance.label_vi()
            )
        })),
    );
    put(
        "assets.storage",
        lines(assets.iter().map(|a| {
            let place = a
                .details
                .storage_location
                .as_ref()
                .map(|l| format!("{}, ", l.as_str()))
                .unwrap_or_default();
            format!(
                "{}: {place}{}",
                a.details.name.as_str(),
                a.details.storage_country.as_str()
            )
        })),
    );
    put(
        "assets.retention",
        lines(assets.iter().filter_map(|a| {
            a.details
                .retention
                .as_ref()
                .map(|r| format!("{}: {}", a.details.name.as_str(), r.label_vi()))
        })),
    );
    put(
        "assets.core_important",
        lines(
            assets
                .iter()
                .filter(|a| a.details.classification.importance != ImportanceLevel::Ordinary)
                .map(|a| {
                    let c = &a.details.classification;
                    let why = c
                        .importance_criterion
                        .map(|k| format!(" ({})", k.label_vi()))
                        .unwrap_or_default();
                    format!(
                        "{}: {}{why}",
                        a.details.name.as_str(),
                        c.importance.label_vi()
                    )
                }),
        ),
    );
    let records: u64 = assets.iter().filter_map(|a| a.details.record_count).sum();
    let subjects: u64 = assets
        .iter()
        .filter_map(|a| a.details.data_subject_count)
        .sum();
    if records > 0 || subjects > 0 {
        put(
            "assets.volume",
            Some(format!(
                "{records} bản ghi, {subjects} lượt chủ thể dữ liệu (cộng theo từng tài sản)"
            )),
        );
    }
    let mut by_register: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    for e in h.registers {
        let Some(key) = register_key(&e.register) else {
            continue;
        };
        let date = e.fields.values().find_map(|v| match v {
            FieldValue::Date(d) => Some(format!(
                " ({:02}/{:02}/{})",
                d.day(),
                u8::from(d.month()),
                d.year()
            )),
            _ => None,
        });
        by_register.entry(key).or_default().push(format!(
            "{}{}",
            e.summary,
            date.unwrap_or_default()
        ));
    }
    for (key, items) in by_register {
        put(key, lines(items));
    }
    // A category found by a scan is ticked ("Có"), in the forms' words.
    for (detector, key) in FINDINGS {
        if h.detectors.iter().any(|d| d == detector) {
            put(key, Some("Có".to_owned()));
        }
    }
    if let Some(f) = h.breach {
        // Decree 356/2025 Art. 28(1): when, where, what, who, which data and how much, the
        // consequences, the measures.
        let vn = |t: time::OffsetDateTime| {
            let t = t.to_offset(time::macros::offset!(+7));
            format!(
                "{:02} giờ {:02} ngày {:02}/{:02}/{}",
                t.hour(),
                t.minute(),
                t.day(),
                u8::from(t.month()),
                t.year()
            )
        };
        let time = match (f.occurred_at, f.discovered_at) {
            (Some(o), Some(d)) => Some(format!("Xảy ra lúc {}; phát hiện lúc {}", vn(o), vn(d))),
            (None, Some(d)) => Some(format!("Phát hiện lúc {}", vn(d))),
            (Some(o), None) => Some(format!("Xảy ra lúc {}", vn(o))),
            (None, None) => None,
        };
        put("breach.time", time);
        put("breach.place", f.place.clone());
        put("breach.conduct", f.conduct.clone());
        put("breach.parties", f.parties.clone());
        let mut data = Vec::new();
        if !f.data_kinds.is_empty() {
            data.push(
                f.data_kinds
                    .iter()
                    .map(|k| k.label_vi())
                    .collect::<Vec<_>>()
                    .join("; "),
            );
        }
        if let Some(d) = &f.data_description {
            data.push(d.clone());
        }
        if let Some(n) = f.subjects_affected {
            data.push(format!("Số chủ thể dữ liệu bị ảnh hưởng: {n}"));
        }
        put("breach.data", (!data.is_empty()).then(|| data.join("\n")));
        let mut consequences = Vec::new();
        if let Some(s) = f.severity {
            consequences.push(format!("Mức độ nghiêm trọng: {}", s.label_vi()));
        }
        consequences.extend(f.risks.clone());
        consequences.extend(f.consequences.clone());
        put(
            "breach.consequences",
            (!consequences.is_empty()).then(|| consequences.join("\n")),
        );
        put("breach.measures", f.measures.clone());
    }
    if let Some(c) = h.case {
        put("case.title", Some(c.title.as_str().to_owned()));
        put(
            "case.documents",
            c.fields
                .get("documents")
                .and_then(|d| lines(d.lines().map(|l| l.trim().to_owned()))),
        );
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
    set_value(data, path, Value::String(v));
}

fn set_value(data: &mut Value, path: &str, v: Value) {
    let mut node = data;
    let mut parts = path.split('.').peekable();
    while let Some(part) = parts.next() {
        let Some(map) = node.as_object_mut() else {
            return;
        };
        if parts.peek().is_none() {
            map.insert(part.to_owned(), v);
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
                FieldType::Text
                    | FieldType::Multiline
                    | FieldType::IdNumber
                    | FieldType::Phone
                    | FieldType::Email
            );
            let Some(key) = &f.from else { continue };
            if is_set(&out, path) {
                continue;
            }
            if textual && let Some(v) = known.get(key.as_str()).and_then(|v| fitted(v, f.kind)) {
                set(&mut out, path, v);
            }
            // A choice takes the registry's answer when it is one of the options.
            if f.kind == FieldType::Choice
                && let Some(v) = known.get(key.as_str())
                && f.options.iter().any(|o| o == v)
            {
                set(&mut out, path, v.clone());
            }
            // A list takes the registry's lines, one item each.
            if f.kind == FieldType::List
                && let Some(v) = known.get(key.as_str())
            {
                let items: Vec<Value> = v
                    .lines()
                    .filter(|l| !l.trim().is_empty() && !l.contains('\u{FFFD}'))
                    .map(|l| Value::String(l.trim().to_owned()))
                    .collect();
                if !items.is_empty() {
                    set_value(&mut out, path, Value::Array(items));
                }
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
