//! Which obligations and standing duties bind an organisation, and why (issue 16).
//!
//! An organisation is described by [`Facts`] (its size class, sectors, flags, and what its
//! catalogue holds). Every obligation and duty of every rule pack applies unless a rule of
//! `rules/applicability.toml` relieves it; the rules are data, each with the article that
//! decides it. [`Applicability::decide`] answers for one day: reliefs have a start and an end
//! (Law 91/2025 Art. 38(2): five years from 2026-01-01).

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use time::Date;

use crate::{Rules, RulesError};

/// The applicability rules shipped with Khiên.
pub const BUILTIN: &str = include_str!("../rules/applicability.toml");
const FILE: &str = "applicability.toml";

/// Whether an obligation binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// It binds.
    Applies,
    /// The organisation may choose whether to apply it.
    Optional,
    /// It does not bind this organisation.
    Exempt,
}

impl Status {
    /// The code used in the API and output.
    pub fn code(self) -> &'static str {
        match self {
            Self::Applies => "applies",
            Self::Optional => "optional",
            Self::Exempt => "exempt",
        }
    }
}

/// A fact a rule may name, with its meaning.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactDef {
    /// `size:small`, `startup`, `sector:finance`, ...
    pub id: String,
    /// Vietnamese.
    pub label: String,
    /// English.
    pub label_en: String,
}

/// A rule that relieves obligations.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable id.
    pub id: String,
    /// The obligations and duties it relieves.
    pub obligations: Vec<String>,
    /// `optional` or `exempt`.
    pub status: Status,
    /// One of these must hold (none listed: always).
    #[serde(default)]
    pub if_any: Vec<String>,
    /// All of these must hold.
    #[serde(default)]
    pub if_all: Vec<String>,
    /// None of these may hold (the exceptions).
    #[serde(default)]
    pub unless_any: Vec<String>,
    /// First day it relieves.
    #[serde(default, deserialize_with = "opt_date")]
    pub from: Option<Date>,
    /// Last day it relieves.
    #[serde(default, deserialize_with = "opt_date")]
    pub until: Option<Date>,
    /// The article(s).
    pub basis: String,
    /// Why, in Vietnamese.
    pub reason: String,
    /// Why, in English.
    pub reason_en: String,
    /// Where Khiên reads a text that leaves room, said so.
    #[serde(default)]
    pub interpretation: Option<String>,
    /// The same, in English.
    #[serde(default)]
    pub interpretation_en: Option<String>,
}

fn opt_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    crate::date(d).map(Some)
}

/// A figure the texts leave to be set.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// From how many data subjects a "large number" (Decree 356/2025 Art. 41).
    pub large_subject_count: u64,
    /// Where the figure comes from.
    pub large_subject_count_basis: String,
    /// How Khiên reads it.
    pub large_subject_count_note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    settings: Settings,
    #[serde(rename = "fact")]
    facts: Vec<FactDef>,
    #[serde(rename = "rule")]
    rules: Vec<Rule>,
}

/// What is known about an organisation, as fact ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts(BTreeSet<String>);

impl Facts {
    /// No facts.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a fact.
    pub fn with(mut self, id: &str) -> Self {
        self.0.insert(id.to_owned());
        self
    }

    /// Adds a fact.
    pub fn insert(&mut self, id: &str) {
        self.0.insert(id.to_owned());
    }

    /// Whether it holds.
    pub fn holds(&self, id: &str) -> bool {
        self.0.contains(id)
    }

    /// Every fact that holds.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }
}

/// Whether an item has a clock or is a standing duty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// An obligation with a period, started by an event.
    Obligation,
    /// A standing duty.
    Duty,
}

/// The answer for one obligation or duty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The obligation's or duty's id.
    pub id: String,
    /// Obligation or duty.
    pub kind: ItemKind,
    /// Its regime.
    pub regime: String,
    /// What it asks, in Vietnamese.
    pub title: String,
    /// Whether it binds.
    pub status: Status,
    /// The last day the status holds, when it ends (an optional that becomes binding).
    pub until: Option<Date>,
    /// The article that decides the status.
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

/// The loaded rules.
#[derive(Debug, Clone)]
pub struct Applicability {
    settings: Settings,
    facts: BTreeMap<String, FactDef>,
    rules: Vec<Rule>,
}

impl Applicability {
    /// The built-in rules, checked against the packs.
    pub fn builtin(packs: &Rules) -> Result<Self, RulesError> {
        Self::parse(BUILTIN, packs)
    }

    /// Rules from text, checked against the packs: every obligation named exists, every fact
    /// named is declared, reliefs are `optional` or `exempt`, dates are in order.
    pub fn parse(text: &str, packs: &Rules) -> Result<Self, RulesError> {
        let file: File = toml::from_str(text).map_err(|e| RulesError::Parse {
            file: FILE.to_owned(),
            reason: e.to_string(),
        })?;
        let invalid = |reason: String| RulesError::Invalid {
            file: FILE.to_owned(),
            reason,
        };
        let mut facts = BTreeMap::new();
        for f in file.facts {
            if facts.insert(f.id.clone(), f.clone()).is_some() {
                return Err(invalid(format!("fact `{}` is declared twice", f.id)));
            }
        }
        let known: BTreeSet<&str> = items(packs).map(|(_, id, _, _)| id).collect();
        let mut ids = BTreeSet::new();
        for r in &file.rules {
            if !ids.insert(r.id.as_str()) {
                return Err(invalid(format!("rule `{}` is used twice", r.id)));
            }
            if r.status == Status::Applies {
                return Err(invalid(format!(
                    "rule `{}`: a rule relieves (optional or exempt); everything applies by default",
                    r.id
                )));
            }
            if r.interpretation.is_some() != r.interpretation_en.is_some() {
                return Err(invalid(format!(
                    "rule `{}`: an interpretation is given in Vietnamese and in English",
                    r.id
                )));
            }
            if r.obligations.is_empty() || r.basis.trim().is_empty() || r.reason.trim().is_empty() {
                return Err(invalid(format!(
                    "rule `{}` needs obligations, a basis and a reason",
                    r.id
                )));
            }
            for o in &r.obligations {
                if !known.contains(o.as_str()) {
                    return Err(invalid(format!(
                        "rule `{}` names `{o}`, which no pack has",
                        r.id
                    )));
                }
            }
            for f in r.if_any.iter().chain(&r.if_all).chain(&r.unless_any) {
                if !facts.contains_key(f) {
                    return Err(invalid(format!(
                        "rule `{}` names the undeclared fact `{f}`",
                        r.id
                    )));
                }
            }
            if let (Some(a), Some(b)) = (r.from, r.until)
                && b < a
            {
                return Err(invalid(format!("rule `{}` ends before it starts", r.id)));
            }
        }
        Ok(Self {
            settings: file.settings,
            facts,
            rules: file.rules,
        })
    }

    /// The settings (the "large number" of subjects).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Replaces the "large number" of data subjects (a deployment's own reading).
    pub fn set_large_subject_count(&mut self, n: u64) {
        self.settings.large_subject_count = n;
    }

    /// A fact's definition.
    pub fn fact(&self, id: &str) -> Option<&FactDef> {
        self.facts.get(id)
    }

    /// Every declared fact.
    pub fn facts(&self) -> impl Iterator<Item = &FactDef> {
        self.facts.values()
    }

    /// The rules.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    fn labels(&self, ids: &[&str]) -> (String, String) {
        let vi: Vec<&str> = ids
            .iter()
            .map(|id| self.facts.get(*id).map_or(*id, |f| f.label.as_str()))
            .collect();
        let en: Vec<&str> = ids
            .iter()
            .map(|id| self.facts.get(*id).map_or(*id, |f| f.label_en.as_str()))
            .collect();
        (vi.join("; "), en.join("; "))
    }

    /// Every obligation and duty of every pack, judged for an organisation with `facts` on
    /// `today`, in pack order.
    pub fn decide(&self, packs: &Rules, facts: &Facts, today: Date) -> Vec<Decision> {
        items(packs)
            .map(|(regime, id, title, basis)| {
                self.decide_one(packs, regime, id, title, basis, facts, today)
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn decide_one(
        &self,
        packs: &Rules,
        regime: &crate::Regime,
        id: &str,
        title: &str,
        basis: &str,
        facts: &Facts,
        today: Date,
    ) -> Decision {
        let kind = if regime.obligations.iter().any(|o| o.id == id) {
            ItemKind::Obligation
        } else {
            ItemKind::Duty
        };
        let base = |status, until, basis: String, reason: String, reason_en: String| Decision {
            id: id.to_owned(),
            kind,
            regime: regime.id.clone(),
            title: title.to_owned(),
            status,
            until,
            basis,
            reason,
            reason_en,
            rule: None,
            interpretation: None,
            interpretation_en: None,
        };
        // A regime not in force today binds nobody today.
        if today < regime.in_force_from {
            return base(
                Status::Exempt,
                None,
                basis.to_owned(),
                format!(
                    "Chưa có hiệu lực: {} có hiệu lực từ {}",
                    regime.title, regime.in_force_from
                ),
                format!(
                    "Not yet in force: {} is in force from {}",
                    regime.id, regime.in_force_from
                ),
            );
        }
        if let Some(end) = regime.in_force_until
            && today > end
        {
            let then = packs
                .in_force(&regime.domain, today)
                .map_or_else(String::new, |r| r.title.clone());
            return base(
                Status::Exempt,
                None,
                regime.ended_by.clone().unwrap_or_else(|| basis.to_owned()),
                format!(
                    "{} hết hiệu lực từ sau ngày {end}; nay áp dụng {then}",
                    regime.title
                ),
                format!("{} ceased to have effect after {end}", regime.id),
            );
        }
        fn holds<'r>(facts: &Facts, ids: &'r [String]) -> Vec<&'r str> {
            ids.iter()
                .filter(|f| facts.holds(f))
                .map(String::as_str)
                .collect()
        }
        let mut best: Option<&Rule> = None;
        // A relief whose condition holds but whose exception also holds: why it applies.
        let mut blocked: Option<(&Rule, Vec<&str>)> = None;
        let mut scoped: Option<(&Rule, Vec<&str>)> = None;
        for r in self
            .rules
            .iter()
            .filter(|r| r.obligations.iter().any(|o| o == id))
        {
            let in_time = r.from.is_none_or(|f| today >= f) && r.until.is_none_or(|u| today <= u);
            let condition = (r.if_any.is_empty() || !holds(facts, &r.if_any).is_empty())
                && r.if_all.iter().all(|f| facts.holds(f));
            if !in_time || !condition {
                continue;
            }
            let exceptions = holds(facts, &r.unless_any);
            if !exceptions.is_empty() {
                // On a rule with no condition of its own ("exempt unless core_important") the
                // exception says whom the obligation is for; otherwise it is a "but".
                if r.if_any.is_empty() && r.if_all.is_empty() {
                    scoped.get_or_insert((r, exceptions));
                } else {
                    blocked.get_or_insert((r, exceptions));
                }
                continue;
            }
            best = match best {
                None => Some(r),
                Some(b) if stronger(r, b) => Some(r),
                keep => keep,
            };
        }
        if let Some(r) = best {
            return Decision {
                rule: Some(r.id.clone()),
                interpretation: r.interpretation.clone(),
                interpretation_en: r.interpretation_en.clone(),
                ..base(
                    r.status,
                    r.until,
                    r.basis.clone(),
                    r.reason.clone(),
                    r.reason_en.clone(),
                )
            };
        }
        if let Some((r, exceptions)) = blocked {
            let (vi, en) = self.labels(&exceptions);
            return Decision {
                rule: Some(r.id.clone()),
                ..base(
                    Status::Applies,
                    None,
                    r.basis.clone(),
                    format!("Không được hưởng miễn trừ ({}) vì: {vi}", r.reason),
                    format!("Not relieved ({}) because: {en}", r.reason_en),
                )
            };
        }
        if let Some((r, facts_held)) = scoped {
            let (vi, en) = self.labels(&facts_held);
            return Decision {
                rule: Some(r.id.clone()),
                ..base(
                    Status::Applies,
                    None,
                    r.basis.clone(),
                    format!("Áp dụng vì: {vi}"),
                    format!("Applies because: {en}"),
                )
            };
        }
        base(
            Status::Applies,
            None,
            basis.to_owned(),
            "Áp dụng: không có quy định miễn trừ nào phù hợp với hồ sơ của tổ chức".to_owned(),
            "Applies: no exemption fits the organisation's profile".to_owned(),
        )
    }
}

/// Whether relief `a` beats `b`: exempt over optional; then one without an end; then the
/// later end.
fn stronger(a: &Rule, b: &Rule) -> bool {
    if a.status != b.status {
        return a.status > b.status;
    }
    match (a.until, b.until) {
        (None, Some(_)) => true,
        (Some(x), Some(y)) => x > y,
        _ => false,
    }
}

/// Every obligation and duty of every pack: (regime, id, title, legal basis).
fn items(packs: &Rules) -> impl Iterator<Item = (&crate::Regime, &str, &str, &str)> {
    packs.regimes().iter().flat_map(|r| {
        r.obligations
            .iter()
            .map(move |o| (r, o.id.as_str(), o.title.as_str(), o.legal_basis.as_str()))
            .chain(
                r.duties
                    .iter()
                    .map(move |d| (r, d.id.as_str(), d.title.as_str(), d.legal_basis.as_str())),
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn decide(facts: &[&str], today: Date) -> BTreeMap<String, Decision> {
        let packs = Rules::builtin().unwrap();
        let a = Applicability::builtin(&packs).unwrap();
        let mut f = Facts::new();
        for x in facts {
            f.insert(x);
        }
        a.decide(&packs, &f, today)
            .into_iter()
            .map(|d| (d.id.clone(), d))
            .collect()
    }

    const IN_2026: Date = date!(2026 - 06 - 01);

    /// Facts, day, obligation, status, until, a piece of the basis.
    type Row = (
        &'static [&'static str],
        Date,
        &'static str,
        Status,
        Option<Date>,
        &'static str,
    );

    /// One row per rule, with the article that decides it: (facts, day, obligation, status,
    /// until, a piece of the basis).
    #[test]
    fn rules_by_profile() {
        use Status::{Applies, Exempt, Optional};
        let end = Some(date!(2030 - 12 - 31));
        #[rustfmt::skip]
        let rows: &[Row] = &[
            // Law 91/2025 Art. 38(2), Decree 356/2025 Art. 41(1): small businesses and start-ups
            // may choose, for five years, Art. 21 (impact assessment), 22 (updates), 33(2) (staff).
            (&["size:small"], IN_2026, "law91.dpia.submit", Optional, end, "Art. 38(2)"),
            (&["size:small"], IN_2026, "d356.dossier.periodic-update", Optional, end, "Art. 38(2)"),
            (&["size:small"], IN_2026, "d356.dossier.change-update", Optional, end, "Art. 38(2)"),
            (&["size:small"], IN_2026, "law91.dpo.designate", Optional, end, "Art. 38(2)"),
            (&["size:medium", "startup"], IN_2026, "law91.dpia.submit", Optional, end, "Art. 38(2)"),
            (&["startup"], date!(2030 - 12 - 31), "law91.dpia.submit", Optional, end, "Art. 38(2)"),
            // ... and only for five years.
            (&["size:small"], date!(2031 - 01 - 01), "law91.dpia.submit", Applies, None, "Art. 21"),
            // ... unless they sell processing services, process sensitive data or the data of a
            // large number of subjects (Decree 356/2025 Art. 41(1): from 100,000).
            (&["size:small", "processes_sensitive"], IN_2026, "law91.dpia.submit", Applies, None, "Art. 38(2)"),
            (&["size:small", "processing_service"], IN_2026, "law91.dpo.designate", Applies, None, "Art. 38(2)"),
            (&["startup", "large_subject_count"], IN_2026, "law91.dpia.submit", Applies, None, "Art. 38(2)"),
            // Art. 38(2) does not name Art. 20: the cross-border dossier binds small businesses.
            (&["size:small"], IN_2026, "law91.cross-border.dossier", Applies, None, "Art. 20(2)"),
            // Law 91/2025 Art. 38(3), Decree 356/2025 Art. 41(2): household and micro
            // businesses are exempt, with the same exceptions.
            (&["size:micro"], IN_2026, "law91.dpia.submit", Exempt, None, "Art. 38(3)"),
            (&["size:household"], IN_2026, "law91.dpo.designate", Exempt, None, "Art. 38(3)"),
            (&["size:micro", "processes_sensitive"], IN_2026, "law91.dpia.submit", Applies, None, "Art. 38(3)"),
            (&["size:household", "large_subject_count"], IN_2026, "d356.dossier.periodic-update", Applies, None, "Art. 38(3)"),
            // Stacking: a micro start-up is exempt (Art. 38(3)), not merely free to choose.
            (&["size:micro", "startup"], IN_2026, "law91.dpia.submit", Exempt, None, "Art. 38(3)"),
            (&["size:household", "size:small", "startup"], IN_2026, "law91.dpo.designate", Exempt, None, "Art. 38(3)"),
            // Stacking with an exception: both reliefs fall.
            (&["size:micro", "startup", "processing_service"], IN_2026, "law91.dpia.submit", Applies, None, "Art. 38"),
            // Law 91/2025 Art. 21(6) and 20(6)(a): competent state agencies.
            (&["state_agency"], IN_2026, "law91.dpia.submit", Exempt, None, "Art. 21(6)"),
            (&["state_agency"], IN_2026, "law91.cross-border.dossier", Exempt, None, "Art. 20(6)(a)"),
            (&["state_agency"], IN_2026, "law91.dpo.designate", Applies, None, "Art. 33(2)"),
            (&["state_agency", "processes_sensitive"], IN_2026, "law91.dpia.submit", Exempt, None, "Art. 21(6)"),
            // A large company: everything of the Law applies.
            (&["size:large"], IN_2026, "law91.dpia.submit", Applies, None, "Art. 21(1)"),
            (&["size:large"], IN_2026, "law91.dpo.designate", Applies, None, "Art. 33(2)"),
            // Decree 356/2025 Art. 42(3): core or important data that is personal data files the
            // personal-data dossiers, not the Decree 165/2025 set as well.
            (&["core_important", "core_important_personal"], IN_2026, "d165.cross-border.important.dossier", Exempt, None, "Art. 42(3)"),
            (&["core_important", "core_important_personal"], IN_2026, "law91.cross-border.dossier", Applies, None, "Art. 20(2)"),
            (&["core_important", "core_important_personal", "core_important_non_personal"], IN_2026, "d165.cross-border.important.dossier", Applies, None, "Art. 42(3)"),
            // Decree 165/2025 duties of the custodian of core or important data.
            (&[], IN_2026, "d165.drill.semiannual", Exempt, None, "Art. 12.6, 17.11"),
            (&["core_important", "core_important_non_personal"], IN_2026, "d165.drill.semiannual", Applies, None, "19.8"),
            (&["core_important"], IN_2026, "d165.risk-assessment.annual", Applies, None, "17.11"),
            (&[], IN_2026, "d165.erasure.execute", Applies, None, "Art. 13.1(b)"),
            // Sector duties (Decree 356/2025 Art. 8-12, 23).
            (&["sector:finance"], IN_2026, "d356.finance.compliance-assessment", Applies, None, "Art. 8"),
            (&[], IN_2026, "d356.finance.compliance-assessment", Exempt, None, "Art. 8"),
            (&["sector:health"], IN_2026, "d356.breach.financial-sector", Exempt, None, "Art. 8"),
            (&["sector:big_data"], IN_2026, "d356.big-data.safeguards", Applies, None, "Art. 9"),
            (&["sector:ai"], IN_2026, "d356.ai.compliance-assessment", Applies, None, "Art. 10"),
            (&["sector:finance"], IN_2026, "d356.ai.automated-processing-notice", Exempt, None, "Art. 10"),
            (&["sector:blockchain"], IN_2026, "d356.blockchain.compliance-assessment", Applies, None, "Art. 11"),
            (&["sector:cloud"], IN_2026, "d356.cloud.compliance-assessment", Applies, None, "Art. 12(3)"),
            (&["processing_service"], IN_2026, "d356.service.compliance-assessment", Applies, None, "Art. 23"),
            (&["size:large"], IN_2026, "d356.service.risk-framework", Exempt, None, "Art. 23"),
            // The authority's own clocks.
            (&[], IN_2026, "d356.agency.assess-dossier", Exempt, None, "Art. 18(5)"),
            (&["authority", "state_agency"], IN_2026, "d356.agency.assess-dossier", Applies, None, "Art. 18(5)"),
            (&["size:large"], IN_2026, "d165.exploitation.decide", Applies, None, "Art. 23.4"),
            // Decree 13/2023 ended on 2025-12-31 (Decree 356/2025 Art. 42(2)).
            (&[], IN_2026, "d13.dpia.submit", Exempt, None, "Art. 42(2)"),
            (&[], date!(2025 - 06 - 01), "d13.dpia.submit", Applies, None, "Decree 13/2023"),
            // ... and the reliefs of Law 91/2025 did not exist before it.
            (&["size:micro"], date!(2025 - 06 - 01), "law91.dpia.submit", Exempt, None, "Art. 21(1)"),
        ];
        for (facts, day, id, status, until, basis) in rows {
            let all = decide(facts, *day);
            let d = all
                .get(*id)
                .unwrap_or_else(|| panic!("no decision for {id}"));
            assert_eq!(
                (d.status, d.until),
                (*status, *until),
                "{id} for {facts:?} on {day}: {d:?}"
            );
            assert!(
                d.basis.contains(basis),
                "{id} for {facts:?} on {day}: basis {:?} lacks {basis:?}",
                d.basis
            );
            assert!(!d.reason.is_empty() && !d.reason_en.is_empty());
        }
    }

    #[test]
    fn a_relief_lost_to_an_exception_says_so() {
        let all = decide(&["size:small", "processes_sensitive"], IN_2026);
        let d = &all["law91.dpia.submit"];
        assert!(d.reason.contains("nhạy cảm"), "{}", d.reason);
        let all = decide(&["core_important"], IN_2026);
        assert!(
            all["d165.drill.semiannual"]
                .reason
                .starts_with("Áp dụng vì")
        );
    }

    #[test]
    fn every_obligation_and_duty_is_judged_once() {
        let packs = Rules::builtin().unwrap();
        let a = Applicability::builtin(&packs).unwrap();
        let all = a.decide(&packs, &Facts::new(), IN_2026);
        let ids: BTreeSet<&str> = all.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids.len(), all.len());
        let expected: usize = packs
            .regimes()
            .iter()
            .map(|r| r.obligations.len() + r.duties.len())
            .sum();
        assert_eq!(all.len(), expected);
        assert!(all.iter().any(|d| d.kind == ItemKind::Duty));
    }

    #[test]
    fn bad_rules_are_refused() {
        let packs = Rules::builtin().unwrap();
        let base = BUILTIN.split("[[rule]]").next().unwrap().to_owned();
        let rule = |body: &str| format!("{base}[[rule]]\n{body}");
        let ok = "id = \"x\"\nobligations = [\"law91.dpia.submit\"]\nstatus = \"exempt\"\nbasis = \"b\"\nreason = \"r\"\nreason_en = \"r\"\n";
        assert!(Applicability::parse(&rule(ok), &packs).is_ok());
        for bad in [
            ok.replace("law91.dpia.submit", "no.such"),
            ok.replace("exempt", "applies"),
            format!("{ok}if_any = [\"no_such_fact\"]\n"),
            format!("{ok}from = \"2027-01-01\"\nuntil = \"2026-01-01\"\n"),
            format!("{ok}surprise = 1\n"),
        ] {
            assert!(Applicability::parse(&rule(&bad), &packs).is_err(), "{bad}");
        }
        assert_eq!(
            Applicability::builtin(&packs)
                .unwrap()
                .settings()
                .large_subject_count,
            100_000
        );
    }
}
