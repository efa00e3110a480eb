//! The console's words: every string a person reads comes from a message catalogue,
//! `i18n/vi.toml` (the default) or `i18n/en.toml`, keyed alike. Keys are dotted paths
//! (`dashboard.title`); `{name}` in a message is replaced by an argument.
//!
//! A test checks that both catalogues hold the same keys, that every key the templates and
//! the code use exists, and that no Vietnamese message is left in English.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A language of the console.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Vietnamese, the default.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// From a code (`vi`, `en`).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "vi" => Some(Self::Vi),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// Its code (the `lang` attribute of pages).
    pub fn code(self) -> &'static str {
        match self {
            Self::Vi => "vi",
            Self::En => "en",
        }
    }

    /// The other one (the switch offers it).
    pub fn other(self) -> Self {
        match self {
            Self::Vi => Self::En,
            Self::En => Self::Vi,
        }
    }
}

const VI: &str = include_str!("../i18n/vi.toml");
const EN: &str = include_str!("../i18n/en.toml");
/// Labels of the rule packs' identifiers (case kinds, states, steps, events, fields,
/// choices), of detector categories and of use cases.
const VI_LABELS: &str = include_str!("../i18n/labels.vi.toml");
const EN_LABELS: &str = include_str!("../i18n/labels.en.toml");

type Messages = HashMap<String, String>;

fn flatten(prefix: &str, table: &toml::Table, out: &mut Messages) {
    for (k, v) in table {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            toml::Value::Table(t) => flatten(&key, t, out),
            toml::Value::String(s) => {
                out.insert(key, s.clone());
            }
            _ => {}
        }
    }
}

/// The messages of a catalogue's text (empty when it does not parse: the test catches it).
pub(crate) fn parse(text: &str) -> Messages {
    let mut out = Messages::new();
    match text.parse::<toml::Table>() {
        Ok(t) => flatten("", &t, &mut out),
        Err(e) => tracing::error!(error = %e, "a message catalogue does not parse"),
    }
    out
}

fn both(a: &str, b: &str) -> Messages {
    let mut m = parse(a);
    m.extend(parse(b));
    m
}

fn messages(lang: Lang) -> &'static Messages {
    static VI_M: OnceLock<Messages> = OnceLock::new();
    static EN_M: OnceLock<Messages> = OnceLock::new();
    match lang {
        Lang::Vi => VI_M.get_or_init(|| both(VI, VI_LABELS)),
        Lang::En => EN_M.get_or_init(|| both(EN, EN_LABELS)),
    }
}

/// The catalogue of one language, as templates use it: `t.s("key")`.
#[derive(Debug, Clone, Copy)]
pub struct T {
    /// The language.
    pub lang: Lang,
}

impl T {
    /// The catalogue of `lang`.
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    /// A message (its key when missing, which the tests forbid).
    pub fn s<'k>(&self, key: &'k str) -> &'k str
    where
        'static: 'k,
    {
        match messages(self.lang).get(key) {
            Some(m) => m.as_str(),
            None => {
                tracing::warn!(key, "a console message is missing");
                key
            }
        }
    }

    /// A message with `{name}` replaced by its argument.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut m = messages(self.lang)
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_owned());
        for (k, v) in args {
            m = m.replace(&format!("{{{k}}}"), v);
        }
        m
    }

    /// A message that may not exist (labels of workflow identifiers): the identifier itself
    /// when the catalogue has no entry.
    pub fn or(&self, prefix: &str, id: &str) -> String {
        messages(self.lang)
            .get(&format!("{prefix}.{id}"))
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    /// The language's code.
    pub fn code(&self) -> &'static str {
        self.lang.code()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic, reason = "tests")]
    use super::*;

    /// Words that betray an English message left in the Vietnamese catalogue.
    const ENGLISH: &[&str] = &[
        " the ",
        " and ",
        " of ",
        " to ",
        "Log in",
        "Save",
        "Cancel",
        "Download",
        "Overdue",
        " days",
        "Dashboard",
        "Members",
        "Search",
        "Filter",
        "Submit",
        "Password",
        "Email",
    ];

    #[test]
    fn both_catalogues_hold_the_same_keys() {
        let vi = both(VI, VI_LABELS);
        let en = both(EN, EN_LABELS);
        assert!(vi.len() > 50, "the Vietnamese catalogue does not parse");
        let mut missing_en: Vec<_> = vi.keys().filter(|k| !en.contains_key(*k)).collect();
        let mut missing_vi: Vec<_> = en.keys().filter(|k| !vi.contains_key(*k)).collect();
        missing_en.sort();
        missing_vi.sort();
        assert!(missing_en.is_empty(), "missing in en.toml: {missing_en:?}");
        assert!(missing_vi.is_empty(), "missing in vi.toml: {missing_vi:?}");
    }

    #[test]
    fn no_english_is_left_in_vietnamese_messages() {
        for (k, v) in both(VI, VI_LABELS) {
            let padded = format!(" {v} ");
            for w in ENGLISH {
                assert!(
                    !padded.contains(w),
                    "vi.toml {k} = {v:?} looks English ({w:?})"
                );
            }
        }
    }

    /// Every `t.s("…")` and `t.f("…"` in the templates and the code, and every literal
    /// `"section.key"` of a known section in the code, names a message.
    #[test]
    fn every_key_used_exists() {
        let vi = both(VI, VI_LABELS);
        let sections: std::collections::BTreeSet<&str> =
            vi.keys().filter_map(|k| k.split('.').next()).collect();
        let dirs = [
            concat!(env!("CARGO_MANIFEST_DIR"), "/templates"),
            concat!(env!("CARGO_MANIFEST_DIR"), "/src"),
            concat!(env!("CARGO_MANIFEST_DIR"), "/src/pages"),
        ];
        let mut used = 0;
        for dir in dirs {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    continue;
                }
                if path.ends_with("i18n.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                if path.extension().is_some_and(|e| e == "rs") {
                    for lit in text.split('"').skip(1).step_by(2) {
                        if let Some((sec, rest)) = lit.split_once('.')
                            && sections.contains(sec)
                            && !rest.is_empty()
                            && rest.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                            && !["html", "csv", "xlsx", "pdf", "docx", "rs", "toml"].contains(&rest)
                        {
                            used += 1;
                            assert!(
                                vi.contains_key(lit),
                                "{}: message {lit:?} is not in the catalogues",
                                path.display()
                            );
                        }
                    }
                }
                for pat in ["t.s(\"", "t.f(\"", "ctx.t.s(\""] {
                    for (i, _) in text.match_indices(pat) {
                        let rest = &text[i + pat.len()..];
                        let key = &rest[..rest.find('"').unwrap()];
                        used += 1;
                        assert!(
                            vi.contains_key(key),
                            "{}: message {key:?} is not in the catalogues",
                            path.display()
                        );
                    }
                }
            }
        }
        assert!(
            used > 50,
            "the scan of the templates found only {used} uses"
        );
    }

    #[test]
    fn arguments_are_replaced() {
        let t = T::new(Lang::Vi);
        let m = t.f("dashboard.days_left", &[("n", "3")]);
        assert!(m.contains('3') && !m.contains("{n}"), "{m}");
    }
}
