//! Case workflows as data (`rules/cases.toml`): each kind of case is a state machine whose
//! transitions are checked here, and whose open obligations come from the rule packs.
//!
//! A case records *events* (a rule-pack trigger with its instant: `breach_discovered` at
//! 10:00) and *transitions* (`notify_authority` at 15:00). Its obligations are those its
//! workflow lists whose trigger it has recorded, judged by the regime in force at the latest
//! such event; one is fulfilled by a transition, at or after that event, that lists it.

use khien_calendar::{Calendar, Scope};
use serde::Deserialize;
use time::OffsetDateTime;

use crate::{Rules, RulesError};

/// The workflows shipped with Khiên.
pub const BUILTIN_CASES: &str = include_str!("../rules/cases.toml");

/// One transition of a workflow.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transition {
    /// Its name, e.g. `notify_authority`.
    pub name: String,
    /// The states it may leave.
    pub from: Vec<String>,
    /// The state it enters; absent when it records an act without changing state.
    pub to: Option<String>,
    /// The obligations it fulfils.
    #[serde(default)]
    pub fulfils: Vec<String>,
    /// The obligations whose one extension it grants (recorded before their original due).
    #[serde(default)]
    pub extends: Vec<String>,
    /// Narrower starting states for some cases, by a field's value (a core-data transfer
    /// starts only once approved, Decree 165/2025 Art. 12.5).
    #[serde(default)]
    pub restrict: Vec<Restriction>,
}

/// A transition allowed only from some states when a field of the case has given values.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Restriction {
    /// The field.
    pub field: String,
    /// Its values that restrict.
    pub values: Vec<String>,
    /// The states the transition may then leave.
    pub only_from: Vec<String>,
    /// Where the restriction comes from.
    pub legal_basis: String,
}

/// A structured field of a kind of case.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    /// Its name.
    pub name: String,
    /// What it holds, in Vietnamese.
    pub title: String,
    /// It must be given when the case is opened.
    #[serde(default)]
    pub required: bool,
    /// The allowed values, when it is a choice.
    #[serde(default)]
    pub choices: Vec<String>,
    /// Where the requirement comes from.
    #[serde(default)]
    pub legal_basis: Option<String>,
}

/// A quantity a kind of case adds up over its events.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cumulative {
    /// The event that carries the quantity.
    pub trigger: String,
    /// Counted from this day (local time).
    #[serde(deserialize_with = "crate::date")]
    pub since: time::Date,
    /// What it is, in Vietnamese.
    pub title: String,
    /// Where the rule comes from.
    pub legal_basis: String,
}

impl Cumulative {
    /// The first instant counted.
    pub fn since(&self) -> OffsetDateTime {
        self.since
            .midnight()
            .assume_offset(khien_calendar::period::VN)
    }
}

/// One kind of case.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workflow {
    /// The kind, e.g. `breach`.
    pub kind: String,
    /// Its name, in Vietnamese.
    pub title: String,
    /// The events a case of this kind may record.
    pub triggers: Vec<String>,
    /// The events a case must record when it is opened.
    #[serde(default)]
    pub required_triggers: Vec<String>,
    /// The obligations that may apply.
    pub obligations: Vec<String>,
    /// Structured fields.
    #[serde(default)]
    pub fields: Vec<FieldSpec>,
    /// A quantity added up over events.
    #[serde(default)]
    pub cumulative: Option<Cumulative>,
    /// The state of a new case.
    pub initial: String,
    /// Every state.
    pub states: Vec<String>,
    /// States that end the case.
    pub final_states: Vec<String>,
    /// The transitions.
    pub transitions: Vec<Transition>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Workflow>,
}

/// Why a case operation was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CaseError {
    /// No such kind of case.
    #[error("no kind of case `{0}`")]
    UnknownKind(String),
    /// The kind does not record this event.
    #[error("a `{kind}` case does not record the event `{trigger}`")]
    UnknownTrigger {
        /// The case kind.
        kind: String,
        /// The event.
        trigger: String,
    },
    /// A required event is missing when opening.
    #[error("a `{kind}` case needs the event `{trigger}` when it is opened")]
    MissingTrigger {
        /// The case kind.
        kind: String,
        /// The event.
        trigger: String,
    },
    /// The transition does not exist for this kind.
    #[error("a `{kind}` case has no transition `{transition}`")]
    UnknownTransition {
        /// The case kind.
        kind: String,
        /// The transition.
        transition: String,
    },
    /// The transition is not allowed from the current state.
    #[error("`{transition}` is not allowed from the state `{state}`; allowed from: {allowed}")]
    NotAllowed {
        /// The transition.
        transition: String,
        /// The current state.
        state: String,
        /// The states it may leave.
        allowed: String,
    },
    /// The case is closed.
    #[error("the case is in the final state `{0}`")]
    Closed(String),
    /// The transition is not allowed from this state for a case with this field's value.
    #[error(
        "`{transition}` is allowed only from {allowed} when `{field}` is `{value}` ({legal_basis})"
    )]
    Restricted {
        /// The transition.
        transition: String,
        /// The field.
        field: String,
        /// Its value.
        value: String,
        /// The states it may leave.
        allowed: String,
        /// The article.
        legal_basis: String,
    },
    /// A required field is missing or empty.
    #[error("the field `{0}` is required")]
    MissingField(String),
    /// A field the kind does not have.
    #[error("this kind of case has no such field")]
    UnknownField,
    /// A value outside a field's choices.
    #[error("the field `{field}` must be one of: {choices}")]
    NotAChoice {
        /// The field.
        field: String,
        /// Its choices.
        choices: String,
    },
}

/// Every workflow.
#[derive(Debug, Clone)]
pub struct Workflows {
    workflows: Vec<Workflow>,
}

impl Workflows {
    /// The built-in workflows, checked against `rules`.
    pub fn builtin(rules: &Rules) -> Result<Self, RulesError> {
        Self::parse(BUILTIN_CASES, rules)
    }

    /// Workflows from TOML, checked against `rules`: states, transitions, triggers and
    /// obligations must all refer to things that exist.
    pub fn parse(text: &str, rules: &Rules) -> Result<Self, RulesError> {
        let file: File = toml::from_str(text).map_err(|e| RulesError::Parse {
            file: "cases.toml".to_owned(),
            reason: e.to_string(),
        })?;
        let invalid = |reason: String| RulesError::Invalid {
            file: "cases.toml".to_owned(),
            reason,
        };
        let mut kinds = std::collections::BTreeSet::new();
        for w in &file.case {
            if !kinds.insert(w.kind.clone()) {
                return Err(invalid(format!("the kind `{}` is defined twice", w.kind)));
            }
            let known = |s: &String| w.states.contains(s);
            if !known(&w.initial) || !w.final_states.iter().all(known) {
                return Err(invalid(format!(
                    "`{}`: initial and final states must be listed in states",
                    w.kind
                )));
            }
            for t in &w.transitions {
                if !t.from.iter().all(known) || t.to.as_ref().is_some_and(|s| !known(s)) {
                    return Err(invalid(format!(
                        "`{}`: transition `{}` names an unknown state",
                        w.kind, t.name
                    )));
                }
                for r in &t.restrict {
                    let field = w.fields.iter().find(|f| f.name == r.field);
                    let values_ok = field.is_some_and(|f| {
                        f.choices.is_empty() || r.values.iter().all(|v| f.choices.contains(v))
                    });
                    if !values_ok
                        || !r.only_from.iter().all(|s| t.from.contains(s))
                        || r.legal_basis.trim().is_empty()
                    {
                        return Err(invalid(format!(
                            "`{}`: `{}` restricts on an unknown field or value, a state it \
                             does not leave, or without a legal basis",
                            w.kind, t.name
                        )));
                    }
                }
                if let Some(o) = t.fulfils.iter().find(|o| !w.obligations.contains(o)) {
                    return Err(invalid(format!(
                        "`{}`: `{}` fulfils `{o}`, which the kind does not list",
                        w.kind, t.name
                    )));
                }
            }
            if !w.required_triggers.iter().all(|t| w.triggers.contains(t)) {
                return Err(invalid(format!(
                    "`{}`: a required trigger is not among its triggers",
                    w.kind
                )));
            }
            for id in &w.obligations {
                let (_, o) = rules.obligation(id)?;
                if !w.triggers.contains(&o.trigger) {
                    return Err(invalid(format!(
                        "`{}`: obligation `{id}` starts on `{}`, which the kind does not record",
                        w.kind, o.trigger
                    )));
                }
            }
        }
        Ok(Self {
            workflows: file.case,
        })
    }

    /// Every workflow.
    pub fn all(&self) -> &[Workflow] {
        &self.workflows
    }

    /// The workflow of a kind.
    pub fn get(&self, kind: &str) -> Result<&Workflow, CaseError> {
        self.workflows
            .iter()
            .find(|w| w.kind == kind)
            .ok_or_else(|| CaseError::UnknownKind(kind.to_owned()))
    }
}

impl Workflow {
    /// Checks the events given when a case is opened.
    pub fn check_opening(&self, triggers: &[&str]) -> Result<(), CaseError> {
        for t in triggers {
            self.check_trigger(t)?;
        }
        if let Some(missing) = self
            .required_triggers
            .iter()
            .find(|r| !triggers.contains(&r.as_str()))
        {
            return Err(CaseError::MissingTrigger {
                kind: self.kind.clone(),
                trigger: missing.clone(),
            });
        }
        Ok(())
    }

    /// Checks the fields given when a case is opened: no unknown field, every required one
    /// present and non-blank, choices respected.
    pub fn check_fields(
        &self,
        fields: &std::collections::BTreeMap<String, String>,
    ) -> Result<(), CaseError> {
        if fields
            .keys()
            .any(|k| !self.fields.iter().any(|f| f.name == *k))
        {
            return Err(CaseError::UnknownField);
        }
        for f in &self.fields {
            match fields.get(&f.name).map(|v| v.trim()) {
                None | Some("") if f.required => {
                    return Err(CaseError::MissingField(f.name.clone()));
                }
                Some(v)
                    if !v.is_empty()
                        && !f.choices.is_empty()
                        && !f.choices.iter().any(|c| c == v) =>
                {
                    return Err(CaseError::NotAChoice {
                        field: f.name.clone(),
                        choices: f.choices.join(", "),
                    });
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Checks that the kind records an event.
    pub fn check_trigger(&self, trigger: &str) -> Result<(), CaseError> {
        if self.triggers.iter().any(|t| t == trigger) {
            Ok(())
        } else {
            Err(CaseError::UnknownTrigger {
                kind: self.kind.clone(),
                trigger: trigger.to_owned(),
            })
        }
    }

    /// Whether a state ends the case.
    pub fn is_final(&self, state: &str) -> bool {
        self.final_states.iter().any(|s| s == state)
    }

    /// The state after `transition` from `state`, or why it is refused.
    pub fn apply<'a>(&'a self, state: &'a str, transition: &str) -> Result<&'a str, CaseError> {
        self.apply_to(state, transition, &std::collections::BTreeMap::new())
    }

    /// As [`Workflow::apply`], for a case with these fields: a transition restricted by a
    /// field's value (a core-data transfer, Decree 165/2025 Art. 12.5) leaves only the
    /// states the restriction allows.
    pub fn apply_to<'a>(
        &'a self,
        state: &'a str,
        transition: &str,
        fields: &std::collections::BTreeMap<String, String>,
    ) -> Result<&'a str, CaseError> {
        let to = self.apply_unrestricted(state, transition)?;
        if let Some(t) = self.transitions.iter().find(|t| t.name == transition) {
            for r in &t.restrict {
                if let Some(value) = fields.get(&r.field).map(|v| v.trim())
                    && r.values.iter().any(|v| v == value)
                    && !r.only_from.iter().any(|s| s == state)
                {
                    return Err(CaseError::Restricted {
                        transition: transition.to_owned(),
                        field: r.field.clone(),
                        value: value.to_owned(),
                        allowed: r.only_from.join(", "),
                        legal_basis: r.legal_basis.clone(),
                    });
                }
            }
        }
        Ok(to)
    }

    fn apply_unrestricted<'a>(
        &'a self,
        state: &'a str,
        transition: &str,
    ) -> Result<&'a str, CaseError> {
        if self.is_final(state) {
            return Err(CaseError::Closed(state.to_owned()));
        }
        let t = self
            .transitions
            .iter()
            .find(|t| t.name == transition)
            .ok_or_else(|| CaseError::UnknownTransition {
                kind: self.kind.clone(),
                transition: transition.to_owned(),
            })?;
        if !t.from.iter().any(|s| s == state) {
            return Err(CaseError::NotAllowed {
                transition: transition.to_owned(),
                state: state.to_owned(),
                allowed: t.from.join(", "),
            });
        }
        Ok(t.to.as_deref().unwrap_or(state))
    }

    /// The obligations of a case of this kind, given its recorded events and transitions.
    pub fn obligations(
        &self,
        rules: &Rules,
        calendar: &Calendar,
        scope: Scope,
        events: &[(String, OffsetDateTime)],
        transitions: &[(String, OffsetDateTime)],
    ) -> Vec<CaseObligation> {
        let mut out = Vec::new();
        for id in &self.obligations {
            let Ok((regime, o)) = rules.obligation(id) else {
                continue;
            };
            let Some(event_at) = events
                .iter()
                .filter(|(t, _)| *t == o.trigger)
                .map(|(_, at)| *at)
                .max()
            else {
                continue;
            };
            // Only the regime in force at the event applies (Decree 13 or Law 91, say).
            let Ok(original) = rules.deadline(calendar, scope, id, event_at) else {
                continue;
            };
            // One extension, when granted after the event and before the original due.
            let extended = transitions.iter().any(|(name, at)| {
                *at >= event_at
                    && *at <= original
                    && self
                        .transitions
                        .iter()
                        .any(|t| t.name == *name && t.extends.contains(id))
            });
            let due = if extended {
                match rules.extended_deadline(calendar, scope, id, original) {
                    Ok(Some(d)) => d,
                    _ => original,
                }
            } else {
                original
            };
            // What must be done *before* an event (a handover by a deadline) is done before it;
            // anything else counts from its event on.
            let before = o.direction == crate::Direction::Before;
            let fulfilled_at = transitions
                .iter()
                .filter(|(name, at)| {
                    (before || *at >= event_at)
                        && self
                            .transitions
                            .iter()
                            .any(|t| t.name == *name && t.fulfils.contains(id))
                })
                .map(|(_, at)| *at)
                .min();
            out.push(CaseObligation {
                obligation: id.clone(),
                regime: regime.id.clone(),
                title: o.title.clone(),
                legal_basis: o.legal_basis.clone(),
                trigger: o.trigger.clone(),
                event_at,
                due,
                extended,
                fulfilled_at,
            });
        }
        out.sort_by_key(|o| (o.due, o.obligation.clone()));
        out
    }
}

/// One obligation of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseObligation {
    /// The obligation's id.
    pub obligation: String,
    /// Its regime.
    pub regime: String,
    /// What must be done.
    pub title: String,
    /// The article.
    pub legal_basis: String,
    /// The event that started it.
    pub trigger: String,
    /// When that event happened.
    pub event_at: OffsetDateTime,
    /// When it is due (after its extension, if one was granted).
    pub due: OffsetDateTime,
    /// Its one extension was granted.
    pub extended: bool,
    /// When a transition fulfilled it.
    pub fulfilled_at: Option<OffsetDateTime>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn setup() -> (Rules, Workflows, Calendar) {
        let rules = Rules::builtin().unwrap();
        let w = Workflows::builtin(&rules).unwrap();
        (rules, w, Calendar::builtin().unwrap())
    }

    #[test]
    fn builtin_workflows_are_consistent() {
        let (_, w, _) = setup();
        assert!(w.all().len() >= 6);
    }

    /// Illegal transitions are refused, naming the states that allow them.
    #[test]
    fn transitions_follow_the_machine() {
        let (_, w, _) = setup();
        let b = w.get("breach").unwrap();
        assert_eq!(
            b.apply("open", "notify_authority"),
            Ok("authority_notified")
        );
        assert_eq!(
            b.apply("open", "notify_subjects"),
            Ok("open"),
            "recorded without a state change"
        );
        assert!(
            matches!(b.apply("open", "close"), Err(CaseError::NotAllowed { .. })),
            "a breach is not closed before the authority is notified"
        );
        assert!(matches!(
            b.apply("open", "fly"),
            Err(CaseError::UnknownTransition { .. })
        ));
        assert!(matches!(
            b.apply("closed", "notify_authority"),
            Err(CaseError::Closed(_))
        ));
        assert!(matches!(
            b.check_opening(&["breach_occurred"]),
            Err(CaseError::MissingTrigger { .. })
        ));
        assert!(matches!(
            b.check_opening(&["breach_discovered", "lunch"]),
            Err(CaseError::UnknownTrigger { .. })
        ));
        assert!(matches!(w.get("picnic"), Err(CaseError::UnknownKind(_))));
    }

    /// Law 91/2025 counts 72 h from discovery; Decree 13/2023 counted from occurrence: a
    /// breach is judged by the regime in force at each event, and both times are kept.
    #[test]
    fn breach_clocks_follow_the_regime_of_each_event() {
        let (rules, w, cal) = setup();
        let b = w.get("breach").unwrap();
        let events = vec![
            (
                "breach_occurred".to_owned(),
                datetime!(2025-12-29 08:00 +07:00),
            ),
            (
                "breach_discovered".to_owned(),
                datetime!(2026-01-02 10:00 +07:00),
            ),
        ];
        let obligations = b.obligations(&rules, &cal, Scope::StateAgencies, &events, &[]);
        let ids: Vec<&str> = obligations.iter().map(|o| o.obligation.as_str()).collect();
        assert_eq!(
            ids,
            vec!["d13.breach.notify-a05", "law91.breach.notify-authority"]
        );
        assert_eq!(obligations[0].due, datetime!(2026-01-01 08:00 +07:00));
        assert_eq!(obligations[1].due, datetime!(2026-01-05 10:00 +07:00));
        // Notifying fulfils both; a transition before the event does not count.
        let done = vec![(
            "notify_authority".to_owned(),
            datetime!(2026-01-02 15:00 +07:00),
        )];
        let obligations = b.obligations(&rules, &cal, Scope::StateAgencies, &events, &done);
        assert!(
            obligations
                .iter()
                .all(|o| o.fulfilled_at == Some(datetime!(2026-01-02 15:00 +07:00)))
        );
    }

    /// Decree 356 Art. 5(4): 20 days to delete, 30 when processors or third parties must act.
    #[test]
    fn the_event_recorded_picks_the_period() {
        let (rules, w, cal) = setup();
        let r = w.get("subject_request").unwrap();
        let at = datetime!(2026-03-02 09:00 +07:00);
        let plain = vec![
            ("subject_request_received".to_owned(), at),
            ("deletion_requested".to_owned(), at),
        ];
        let with = vec![
            ("subject_request_received".to_owned(), at),
            ("deletion_requested_with_processors".to_owned(), at),
        ];
        let ids = |events: &[(String, OffsetDateTime)]| -> Vec<(String, OffsetDateTime)> {
            r.obligations(&rules, &cal, Scope::All, events, &[])
                .into_iter()
                .map(|o| (o.obligation, o.due))
                .collect()
        };
        assert_eq!(
            ids(&plain),
            vec![
                (
                    "d356.subject.respond".to_owned(),
                    datetime!(2026-03-04 23:59:59 +07:00)
                ),
                (
                    "d356.subject.delete".to_owned(),
                    datetime!(2026-03-23 23:59:59 +07:00)
                ),
            ],
            "2 working days: Tue 3, Wed 4; 20 days: Sun 22/3, so Mon 23/3"
        );
        assert_eq!(
            ids(&with)[1],
            (
                "d356.subject.delete.with-processors".to_owned(),
                datetime!(2026-04-01 23:59:59 +07:00)
            ),
            "30 days: Wed 1/4"
        );
    }

    /// Decree 356 Art. 5(4): one extension of at most 20 days, counted from the original due
    /// day; an extension recorded after the original due does not count.
    #[test]
    fn one_extension_moves_the_carry_out_clock() {
        let (rules, w, cal) = setup();
        let r = w.get("subject_request").unwrap();
        let at = datetime!(2026-03-02 09:00 +07:00);
        let events = vec![
            ("subject_request_received".to_owned(), at),
            ("deletion_requested".to_owned(), at),
        ];
        let due_of = |transitions: &[(String, OffsetDateTime)]| {
            r.obligations(&rules, &cal, Scope::All, &events, transitions)
                .into_iter()
                .find(|o| o.obligation == "d356.subject.delete")
                .map(|o| (o.due, o.extended))
                .unwrap()
        };
        assert_eq!(due_of(&[]), (datetime!(2026-03-23 23:59:59 +07:00), false));
        let in_time = vec![
            ("respond".to_owned(), datetime!(2026-03-03 09:00 +07:00)),
            ("extend".to_owned(), datetime!(2026-03-10 09:00 +07:00)),
        ];
        // 20 more days from Mon 23/3: day 20 is Sun 12/4, so Mon 13/4.
        assert_eq!(
            due_of(&in_time),
            (datetime!(2026-04-13 23:59:59 +07:00), true)
        );
        let too_late = vec![
            ("respond".to_owned(), datetime!(2026-03-03 09:00 +07:00)),
            ("extend".to_owned(), datetime!(2026-03-24 09:00 +07:00)),
        ];
        assert_eq!(
            due_of(&too_late),
            (datetime!(2026-03-23 23:59:59 +07:00), false)
        );
        // The reply clock is not extended.
        let respond = r
            .obligations(&rules, &cal, Scope::All, &events, &in_time)
            .into_iter()
            .find(|o| o.obligation == "d356.subject.respond")
            .unwrap();
        assert!(!respond.extended);
    }

    /// A periodic duty restarts from the latest occurrence.
    #[test]
    fn periodic_duties_restart_from_the_latest_event() {
        let (rules, w, cal) = setup();
        let p = w.get("periodic_duty").unwrap();
        let events = vec![
            ("drill_done".to_owned(), datetime!(2026-02-23 10:00 +07:00)),
            ("drill_done".to_owned(), datetime!(2026-08-20 10:00 +07:00)),
        ];
        let o = p.obligations(&rules, &cal, Scope::StateAgencies, &events, &[]);
        assert_eq!(o.len(), 1);
        assert_eq!(
            o[0].due,
            datetime!(2027-02-22 23:59:59 +07:00),
            "6 months from 20/8/2026: Sat 20/2/2027, so Mon 22/2"
        );
    }

    /// Decree 165 Art. 8.2(a) and 8.6: a data provision request states what it wants, why,
    /// by when, and comes from a competent authority; the data is handed over by its deadline.
    #[test]
    fn provision_requests_need_their_contents_and_a_competent_requester() {
        let (rules, w, cal) = setup();
        let p = w.get("provision_request").unwrap();
        let mut fields: std::collections::BTreeMap<String, String> = [
            ("data_types", "Danh sách cơ sở kinh doanh"),
            ("detail_level", "Từng cơ sở"),
            ("volume", "Khoảng 2.000 bản ghi"),
            ("access_frequency", "Một lần"),
            ("method", "Tệp CSV qua Cổng dữ liệu quốc gia"),
            ("legal_basis", "Khoản 2 Điều 18 Luật Dữ liệu"),
            ("reason", "Thống kê"),
            ("purpose", "Xây dựng chính sách"),
            ("requester", "UBND tỉnh Thanh Hóa"),
            ("requester_authority", "provincial_chairman"),
            ("sanctions_notified", "yes"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        assert_eq!(p.check_fields(&fields), Ok(()));
        fields.insert(
            "requester_authority".to_owned(),
            "district_chairman".to_owned(),
        );
        assert!(
            matches!(p.check_fields(&fields), Err(CaseError::NotAChoice { .. })),
            "not competent under Art. 8.6"
        );
        fields.insert(
            "requester_authority".to_owned(),
            "provincial_chairman".to_owned(),
        );
        fields.remove("purpose");
        assert_eq!(
            p.check_fields(&fields),
            Err(CaseError::MissingField("purpose".to_owned()))
        );
        fields.insert("purpose".to_owned(), "x".to_owned());
        fields.insert("favourite_colour".to_owned(), "x".to_owned());
        assert_eq!(p.check_fields(&fields), Err(CaseError::UnknownField));
        // The handover is due at the deadline the request set.
        let events = vec![
            (
                "provision_requested".to_owned(),
                datetime!(2026-03-02 09:00 +07:00),
            ),
            (
                "provision_deadline".to_owned(),
                datetime!(2026-03-16 17:00 +07:00),
            ),
        ];
        let o = p.obligations(&rules, &cal, Scope::All, &events, &[]);
        assert_eq!(o.len(), 1);
        assert_eq!(
            (o[0].obligation.as_str(), o[0].due),
            (
                "d165.provision.handover",
                datetime!(2026-03-16 17:00 +07:00)
            )
        );
        assert_eq!(p.apply("received", "handover"), Ok("handed_over"));
        assert_eq!(
            p.apply("handed_over", "request_supplement"),
            Ok("supplement_requested")
        );
        assert!(
            matches!(
                p.apply("handed_over", "request_withdrawal"),
                Err(CaseError::NotAllowed { .. })
            ),
            "too late to withdraw once handed over"
        );
    }

    /// Decree 165 Art. 19.4: "as soon as possible" has no period: due at discovery, overdue
    /// until done.
    #[test]
    fn incidents_on_important_data_are_due_at_once() {
        let (rules, w, cal) = setup();
        let i = w.get("security_incident").unwrap();
        let found = datetime!(2026-05-04 08:00 +07:00);
        let events = vec![("incident_discovered".to_owned(), found)];
        let o = i.obligations(&rules, &cal, Scope::StateAgencies, &events, &[]);
        assert_eq!(o.len(), 2);
        assert!(o.iter().all(|x| x.due == found));
        let done = vec![("report_mps".to_owned(), datetime!(2026-05-04 11:00 +07:00))];
        let o = i.obligations(&rules, &cal, Scope::StateAgencies, &events, &done);
        let reported: Vec<bool> = o.iter().map(|x| x.fulfilled_at.is_some()).collect();
        assert_eq!(reported, vec![false, true], "{o:?}");
        assert!(matches!(
            i.apply("open", "close"),
            Err(CaseError::NotAllowed { .. })
        ));
    }

    /// (what and why, events recorded, expected clocks in due order)
    type DossierRow = (
        &'static str,
        &'static [(&'static str, OffsetDateTime)],
        &'static [(&'static str, OffsetDateTime)],
    );

    /// The supervising authority's clocks on a dossier a unit sends it, by the event recorded.
    const DOSSIER_CLOCKS: &[DossierRow] = &[
        (
            "Decree 165 Art. 12.5(b), 12.6: receipt, the completeness check and an important-data dossier have no period",
            &[("data_dossier_received", datetime!(2026-07-01 09:00 +07:00))],
            &[],
        ),
        (
            "Decree 165 Art. 12.5(c): core data complete and valid Mon 6/7/2026: 10 days Thu 16/7, 15 at most if complex Tue 21/7",
            &[
                ("data_dossier_received", datetime!(2026-07-01 09:00 +07:00)),
                (
                    "complete_dossier_received",
                    datetime!(2026-07-06 10:00 +07:00),
                ),
            ],
            &[
                (
                    "d165.cross-border.core.decision",
                    datetime!(2026-07-16 23:59:59 +07:00),
                ),
                (
                    "d165.cross-border.core.decision.complex",
                    datetime!(2026-07-21 23:59:59 +07:00),
                ),
            ],
        ),
        (
            "Decree 165 Art. 12.5(c): complete Wed 27/1/2027: day 10 Sat 6/2 and day 15 Thu 11/2 are in the Tết break (5-11/2): both Fri 12/2",
            &[(
                "complete_dossier_received",
                datetime!(2027-01-27 10:00 +07:00),
            )],
            &[
                (
                    "d165.cross-border.core.decision",
                    datetime!(2027-02-12 23:59:59 +07:00),
                ),
                (
                    "d165.cross-border.core.decision.complex",
                    datetime!(2027-02-12 23:59:59 +07:00),
                ),
            ],
        ),
        (
            "Decree 356 Art. 18(5): a cross-border dossier received Mon 2/3/2026: result within 15 days, Tue 17/3",
            &[(
                "personal_data_dossier_received",
                datetime!(2026-03-02 09:00 +07:00),
            )],
            &[(
                "d356.agency.assess-dossier",
                datetime!(2026-03-17 23:59:59 +07:00),
            )],
        ),
        (
            "Decree 356 Art. 19(5): a DPIA dossier received Fri 22/1/2027: day 15 is Sat 6/2, Tết: Fri 12/2",
            &[(
                "personal_data_dossier_received",
                datetime!(2027-01-22 09:00 +07:00),
            )],
            &[(
                "d356.agency.assess-dossier",
                datetime!(2027-02-12 23:59:59 +07:00),
            )],
        ),
        (
            "Decree 356 Art. 19(5)-(6): received Mon 4/1/2027 (15 days: Tue 19/1), completion asked Mon 11/1: the sender's 30 days end Wed 10/2 in Tết: Fri 12/2",
            &[
                (
                    "personal_data_dossier_received",
                    datetime!(2027-01-04 09:00 +07:00),
                ),
                (
                    "personal_data_completion_requested",
                    datetime!(2027-01-11 09:00 +07:00),
                ),
            ],
            &[
                (
                    "d356.agency.assess-dossier",
                    datetime!(2027-01-19 23:59:59 +07:00),
                ),
                (
                    "d356.dossier.complete",
                    datetime!(2027-02-12 23:59:59 +07:00),
                ),
            ],
        ),
        (
            "Decree 13 Art. 24(5), 25(5) gave the authority no period and Law 91 was not in force: a dossier received 30/12/2025 has no clock",
            &[(
                "personal_data_dossier_received",
                datetime!(2025-12-30 09:00 +07:00),
            )],
            &[],
        ),
    ];

    #[test]
    fn the_authority_reviews_dossiers_within_the_legal_periods() {
        let (rules, w, cal) = setup();
        let d = w.get("dossier_review").unwrap();
        for (what, events, want) in DOSSIER_CLOCKS {
            let events: Vec<(String, OffsetDateTime)> = events
                .iter()
                .map(|(t, at)| ((*t).to_owned(), *at))
                .collect();
            d.check_opening(&events.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>())
                .unwrap_or_else(|e| panic!("{what}: {e}"));
            // The authority keeps the state agencies' calendar (`scope_for(Authority)`).
            let got: Vec<(String, OffsetDateTime)> = d
                .obligations(&rules, &cal, Scope::StateAgencies, &events, &[])
                .into_iter()
                .map(|o| (o.obligation, o.due))
                .collect();
            let want: Vec<(String, OffsetDateTime)> = want
                .iter()
                .map(|(id, due)| ((*id).to_owned(), *due))
                .collect();
            assert_eq!(got, want, "{what}");
        }
    }

    /// Decree 356 Art. 18(5)-(6), 19(5)-(6): asking for completion answers the dossier; the
    /// sender has 30 days; the completed dossier starts the 15 days again, and only the notice
    /// of the result discharges them.
    #[test]
    fn a_personal_data_dossier_is_completed_and_reviewed_again() {
        let (rules, w, cal) = setup();
        let d = w.get("dossier_review").unwrap();
        let mut state = d.initial.as_str();
        let steps = [
            ("request_supplement", "supplement_requested"),
            ("resubmit", "received"),
            ("accept", "under_review"),
            ("approve", "approved"),
            ("notify_result", "notified"),
        ];
        for (t, to) in steps {
            state = d.apply(state, t).unwrap_or_else(|e| panic!("{t}: {e}"));
            assert_eq!(state, to, "{t}");
        }
        assert!(matches!(d.apply(state, "close"), Err(CaseError::Closed(_))));
        let events = |resubmitted: bool| {
            let mut e = vec![
                (
                    "personal_data_dossier_received".to_owned(),
                    datetime!(2026-03-02 09:00 +07:00),
                ),
                (
                    "personal_data_completion_requested".to_owned(),
                    datetime!(2026-03-05 09:00 +07:00),
                ),
            ];
            if resubmitted {
                e.push((
                    "personal_data_dossier_received".to_owned(),
                    datetime!(2026-03-23 10:00 +07:00),
                ));
            }
            e
        };
        let t = |name: &str, at: OffsetDateTime| (name.to_owned(), at);
        let asked = vec![t("request_supplement", datetime!(2026-03-05 09:00 +07:00))];
        let o = d.obligations(&rules, &cal, Scope::StateAgencies, &events(false), &asked);
        let view: Vec<(&str, OffsetDateTime, Option<OffsetDateTime>)> = o
            .iter()
            .map(|o| (o.obligation.as_str(), o.due, o.fulfilled_at))
            .collect();
        assert_eq!(
            view,
            vec![
                (
                    "d356.agency.assess-dossier",
                    datetime!(2026-03-17 23:59:59 +07:00),
                    Some(datetime!(2026-03-05 09:00 +07:00))
                ),
                (
                    "d356.dossier.complete",
                    datetime!(2026-04-06 23:59:59 +07:00),
                    None
                ),
            ],
            "30 days from Thu 5/3: Sat 4/4, so Mon 6/4"
        );
        let mut done = asked.clone();
        done.push(t("resubmit", datetime!(2026-03-23 10:00 +07:00)));
        done.push(t("accept", datetime!(2026-03-24 09:00 +07:00)));
        done.push(t("approve", datetime!(2026-04-03 09:00 +07:00)));
        let o = d.obligations(&rules, &cal, Scope::StateAgencies, &events(true), &done);
        let assess = o
            .iter()
            .find(|o| o.obligation == "d356.agency.assess-dossier")
            .unwrap();
        assert_eq!(
            (assess.due, assess.fulfilled_at),
            (datetime!(2026-04-07 23:59:59 +07:00), None),
            "15 days again from Mon 23/3: Tue 7/4; the earlier request and the decision alone do not discharge them"
        );
        let complete = o
            .iter()
            .find(|o| o.obligation == "d356.dossier.complete")
            .unwrap();
        assert_eq!(
            complete.fulfilled_at,
            Some(datetime!(2026-03-23 10:00 +07:00))
        );
        done.push(t("notify_result", datetime!(2026-04-06 15:00 +07:00)));
        let o = d.obligations(&rules, &cal, Scope::StateAgencies, &events(true), &done);
        assert!(o.iter().all(|o| o.fulfilled_at.is_some()), "{o:?}");
    }

    /// Decree 165 Art. 12.5(c): 10 days, or 15 at most when the dossier is complex and needs
    /// verification; without that finding a decision after day 10 is late.
    #[test]
    fn a_complex_core_data_dossier_has_fifteen_days() {
        let (rules, w, cal) = setup();
        let d = w.get("dossier_review").unwrap();
        assert_eq!(
            d.apply("under_review", "require_verification"),
            Ok("under_review")
        );
        assert!(matches!(
            d.apply("received", "approve"),
            Err(CaseError::NotAllowed { .. })
        ));
        let events = vec![(
            "complete_dossier_received".to_owned(),
            datetime!(2026-07-06 10:00 +07:00),
        )];
        let on_time = |transitions: &[(&str, OffsetDateTime)]| -> Vec<(String, bool)> {
            let transitions: Vec<(String, OffsetDateTime)> = transitions
                .iter()
                .map(|(n, at)| ((*n).to_owned(), *at))
                .collect();
            d.obligations(&rules, &cal, Scope::StateAgencies, &events, &transitions)
                .into_iter()
                .map(|o| (o.obligation, o.fulfilled_at.is_some_and(|f| f <= o.due)))
                .collect()
        };
        let ten = "d165.cross-border.core.decision".to_owned();
        let fifteen = "d165.cross-border.core.decision.complex".to_owned();
        assert_eq!(
            on_time(&[
                ("accept", datetime!(2026-07-06 10:00 +07:00)),
                ("require_verification", datetime!(2026-07-14 09:00 +07:00)),
                ("refuse", datetime!(2026-07-20 16:00 +07:00)),
            ]),
            vec![(ten.clone(), true), (fifteen.clone(), true)],
            "found complex on day 8, decided on day 14"
        );
        assert_eq!(
            on_time(&[
                ("accept", datetime!(2026-07-06 10:00 +07:00)),
                ("approve", datetime!(2026-07-20 16:00 +07:00)),
            ]),
            vec![(ten, false), (fifteen, true)],
            "decided on day 14 without finding it complex: the 10 days were missed"
        );
    }

    /// The unit is named and the dossier's kind is one of those the texts give the authority.
    #[test]
    fn a_dossier_names_its_unit_and_kind() {
        let (_, w, _) = setup();
        let d = w.get("dossier_review").unwrap();
        let mut fields: std::collections::BTreeMap<String, String> = [
            ("unit", "Sở Y tế tỉnh Thanh Hóa"),
            ("dossier_kind", "d356_impact_assessment"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        assert_eq!(d.check_fields(&fields), Ok(()));
        fields.insert(
            "dossier_kind".to_owned(),
            "d13_impact_assessment".to_owned(),
        );
        assert!(matches!(
            d.check_fields(&fields),
            Err(CaseError::NotAChoice { .. })
        ));
        fields.insert("dossier_kind".to_owned(), "d165_core_transfer".to_owned());
        fields.insert("unit".to_owned(), "  ".to_owned());
        assert_eq!(
            d.check_fields(&fields),
            Err(CaseError::MissingField("unit".to_owned()))
        );
        assert!(matches!(
            d.check_opening(&["exploitation_request_received"]),
            Err(CaseError::UnknownTrigger { .. })
        ));
    }

    #[test]
    fn workflows_referring_to_nothing_are_refused() {
        let rules = Rules::builtin().unwrap();
        let bad = BUILTIN_CASES.replace(
            "\"law91.breach.notify-authority\",\n",
            "\"law91.no-such\",\n",
        );
        assert!(Workflows::parse(&bad, &rules).is_err());
        let bad = BUILTIN_CASES.replace("to = \"closed\" }", "to = \"nowhere\" }");
        assert!(Workflows::parse(&bad, &rules).is_err());
    }
}
