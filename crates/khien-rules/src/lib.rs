//! Legal regimes as data: each legal text is a *rule pack* (`rules/*.toml`) listing its
//! obligations, each with the event that starts it, its period and unit, what it produces and
//! the article it comes from. Adding a decree is adding a file: no code changes.
//!
//! A regime belongs to a *domain* (`personal_data`, `data`); regimes of one domain succeed
//! each other in time (Decree 13/2023 until 2025-12-31, then Law 91/2025 with Decree 356/2025),
//! and an event is judged by the regime of its domain in force when it happened. Regimes of
//! different domains apply side by side (Decree 165/2025 on core and important data).
//!
//! Due instants are computed by `khien-calendar` (Civil Code counting, Vietnamese holidays).

#![forbid(unsafe_code)]

pub mod applicability;
pub mod cases;
pub mod registers;

use std::collections::BTreeSet;

use khien_calendar::period::{self, Unit, VN};
use khien_calendar::{Calendar, Scope};
use serde::Deserialize;
use time::{Date, OffsetDateTime};

/// The rule packs shipped with Khiên.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "decree-13-2023.toml",
        include_str!("../rules/decree-13-2023.toml"),
    ),
    (
        "law-91-2025.toml",
        include_str!("../rules/law-91-2025.toml"),
    ),
    (
        "decree-165-2025.toml",
        include_str!("../rules/decree-165-2025.toml"),
    ),
];

/// Why rule packs could not be loaded or a deadline computed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RulesError {
    /// A pack did not parse.
    #[error("rule pack `{file}`: {reason}")]
    Parse {
        /// The file.
        file: String,
        /// What is wrong.
        reason: String,
    },
    /// A pack broke a rule about packs.
    #[error("rule pack `{file}`: {reason}")]
    Invalid {
        /// The file.
        file: String,
        /// What is wrong.
        reason: String,
    },
    /// No such regime.
    #[error("no regime `{0}`")]
    UnknownRegime(String),
    /// No such obligation.
    #[error("no obligation `{0}`")]
    UnknownObligation(String),
    /// The obligation's regime was not in force at the event.
    #[error(
        "`{obligation}` belongs to `{regime}`, which was not in force on {date}; the regime then was {then}"
    )]
    NotInForce {
        /// The obligation.
        obligation: String,
        /// Its regime.
        regime: String,
        /// The event's local date.
        date: Date,
        /// The regime of the same domain in force then, if any.
        then: String,
    },
    /// The date is outside the calendar.
    #[error("the due date is outside the calendar (1900-2099)")]
    OutOfRange,
}

/// Whether the period runs after the event or ends before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Due `amount` units after the event (the usual case).
    After,
    /// Due `amount` units before the event (a dossier "sent 15 days before" a transfer).
    Before,
}

/// The unit of a period, as written in packs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PackUnit {
    /// giờ
    Hours,
    /// ngày (calendar days)
    Days,
    /// ngày làm việc
    WorkingDays,
    /// tháng
    Months,
    /// năm
    Years,
}

impl PackUnit {
    /// The code used in packs and output.
    pub fn code(self) -> &'static str {
        match self {
            Self::Hours => "hours",
            Self::Days => "days",
            Self::WorkingDays => "working_days",
            Self::Months => "months",
            Self::Years => "years",
        }
    }

    /// When the count starts (Civil Code Art. 147): `instant` for hours, `next_day` otherwise.
    pub fn start_rule(self) -> &'static str {
        match self {
            Self::Hours => "instant",
            _ => "next_day",
        }
    }

    fn unit(self) -> Unit {
        match self {
            Self::Hours => Unit::Hours,
            Self::Days => Unit::CalendarDays,
            Self::WorkingDays => Unit::WorkingDays,
            Self::Months => Unit::Months,
            Self::Years => Unit::Years,
        }
    }
}

fn default_direction() -> Direction {
    Direction::After
}

/// One obligation of a regime.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    /// Stable id, unique across all packs.
    pub id: String,
    /// What must be done, in Vietnamese.
    pub title: String,
    /// The event that starts the clock.
    pub trigger: String,
    /// How many units.
    pub amount: u32,
    /// The unit.
    pub unit: PackUnit,
    /// After or before the event.
    #[serde(default = "default_direction")]
    pub direction: Direction,
    /// What it produces: a form, a notice, an action.
    pub produces: String,
    /// The article(s) it comes from.
    pub legal_basis: String,
    /// One extension allowed, of at most this many units counted from the original due day
    /// (Decree 356/2025 Art. 5: "kéo dài thêm tối đa 01 lần").
    #[serde(default)]
    pub extension: Option<u32>,
}

/// A legal text as a rule pack.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regime {
    /// Stable id, e.g. `law-91-2025`.
    pub id: String,
    /// Its title, in Vietnamese.
    pub title: String,
    /// Its domain; regimes of one domain succeed each other.
    pub domain: String,
    /// First day in force.
    #[serde(deserialize_with = "date")]
    pub in_force_from: Date,
    /// Last day in force, if it was replaced.
    #[serde(default, deserialize_with = "opt_date")]
    pub in_force_until: Option<Date>,
    /// The article that ended it, if it was replaced.
    #[serde(default)]
    pub ended_by: Option<String>,
    /// Its obligations.
    #[serde(rename = "obligation", default)]
    pub obligations: Vec<Obligation>,
    /// Its standing duties: no clock, but bound by the organisation's profile.
    #[serde(rename = "duty", default)]
    pub duties: Vec<Duty>,
}

/// A standing duty of a regime: something an organisation must have or do, with no period
/// (designating the protection staff, Law 91/2025 Art. 33(2)).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duty {
    /// Stable id, unique across all packs.
    pub id: String,
    /// What must be done, in Vietnamese.
    pub title: String,
    /// The article(s) it comes from.
    pub legal_basis: String,
}

fn parse_date(s: &str) -> Option<Date> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s, fmt).ok()
}

pub(crate) fn date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    let s = String::deserialize(d)?;
    parse_date(&s).ok_or_else(|| serde::de::Error::custom("expected a date as YYYY-MM-DD"))
}

fn opt_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    date(d).map(Some)
}

impl Regime {
    /// Whether the regime was in force on `day`.
    pub fn in_force_on(&self, day: Date) -> bool {
        day >= self.in_force_from && self.in_force_until.is_none_or(|u| day <= u)
    }
}

/// Every loaded regime.
#[derive(Debug, Clone)]
pub struct Rules {
    regimes: Vec<Regime>,
}

impl Rules {
    /// Khiên's built-in packs.
    pub fn builtin() -> Result<Self, RulesError> {
        Self::from_packs(
            BUILTIN
                .iter()
                .map(|(f, t)| ((*f).to_owned(), (*t).to_owned())),
        )
    }

    /// Packs given as (file name, text); ids must be unique and regimes of one domain must not
    /// overlap in time.
    pub fn from_packs(
        packs: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, RulesError> {
        let mut regimes: Vec<Regime> = Vec::new();
        let mut ids = BTreeSet::new();
        for (file, text) in packs {
            let regime: Regime = toml::from_str(&text).map_err(|e| RulesError::Parse {
                file: file.clone(),
                reason: e.to_string(),
            })?;
            let invalid = |reason: String| RulesError::Invalid {
                file: file.clone(),
                reason,
            };
            if regime
                .in_force_until
                .is_some_and(|u| u < regime.in_force_from)
            {
                return Err(invalid("in_force_until precedes in_force_from".to_owned()));
            }
            if !ids.insert(regime.id.clone()) {
                return Err(invalid(format!("regime id `{}` is used twice", regime.id)));
            }
            for o in &regime.obligations {
                if !ids.insert(o.id.clone()) {
                    return Err(invalid(format!("obligation id `{}` is used twice", o.id)));
                }
                // 0 hours is the event itself: a deadline someone else set (before), or "as soon
                // as possible" (after), due at once.
                let at_event = o.unit == PackUnit::Hours;
                if o.amount == 0 && !at_event {
                    return Err(invalid(format!(
                        "`{}`: the amount must be at least 1",
                        o.id
                    )));
                }
                if o.extension == Some(0) {
                    return Err(invalid(format!(
                        "`{}`: an extension must be at least 1",
                        o.id
                    )));
                }
                if o.legal_basis.trim().is_empty() || o.title.trim().is_empty() {
                    return Err(invalid(format!(
                        "`{}`: every obligation needs a title and its legal basis",
                        o.id
                    )));
                }
            }
            for d in &regime.duties {
                if !ids.insert(d.id.clone()) {
                    return Err(invalid(format!("duty id `{}` is used twice", d.id)));
                }
                if d.legal_basis.trim().is_empty() || d.title.trim().is_empty() {
                    return Err(invalid(format!(
                        "`{}`: every duty needs a title and its legal basis",
                        d.id
                    )));
                }
            }
            for other in regimes.iter().filter(|r| r.domain == regime.domain) {
                let overlap = regime.in_force_from <= other.in_force_until.unwrap_or(Date::MAX)
                    && other.in_force_from <= regime.in_force_until.unwrap_or(Date::MAX);
                if overlap {
                    return Err(invalid(format!(
                        "`{}` and `{}` of domain `{}` are in force at the same time",
                        regime.id, other.id, regime.domain
                    )));
                }
            }
            regimes.push(regime);
        }
        regimes.sort_by_key(|r| (r.domain.clone(), r.in_force_from));
        Ok(Self { regimes })
    }

    /// Every regime.
    pub fn regimes(&self) -> &[Regime] {
        &self.regimes
    }

    /// A regime by id.
    pub fn regime(&self, id: &str) -> Result<&Regime, RulesError> {
        self.regimes
            .iter()
            .find(|r| r.id == id)
            .ok_or_else(|| RulesError::UnknownRegime(id.to_owned()))
    }

    /// The regime of `domain` in force on `day`.
    pub fn in_force(&self, domain: &str, day: Date) -> Option<&Regime> {
        self.regimes
            .iter()
            .find(|r| r.domain == domain && r.in_force_on(day))
    }

    /// An obligation and its regime.
    pub fn obligation(&self, id: &str) -> Result<(&Regime, &Obligation), RulesError> {
        self.regimes
            .iter()
            .find_map(|r| r.obligations.iter().find(|o| o.id == id).map(|o| (r, o)))
            .ok_or_else(|| RulesError::UnknownObligation(id.to_owned()))
    }

    /// When obligation `id`, triggered at `event`, is due, in +07:00. The obligation's regime
    /// must have been in force on the event's local date (an event is judged by the law of
    /// its time).
    pub fn deadline(
        &self,
        calendar: &Calendar,
        scope: Scope,
        id: &str,
        event: OffsetDateTime,
    ) -> Result<OffsetDateTime, RulesError> {
        let (regime, o) = self.obligation(id)?;
        // The calendar covers 1900-2099; outside it (and near the limits of the time type,
        // where changing the offset would overflow) there is no answer.
        if !(1900..=2099).contains(&event.year()) {
            return Err(RulesError::OutOfRange);
        }
        let day = event.to_offset(VN).date();
        if !regime.in_force_on(day) {
            let then = self
                .in_force(&regime.domain, day)
                .map_or_else(|| "none".to_owned(), |r| format!("`{}`", r.id));
            return Err(RulesError::NotInForce {
                obligation: id.to_owned(),
                regime: regime.id.clone(),
                date: day,
                then,
            });
        }
        let due = match o.direction {
            Direction::After => period::due(calendar, scope, event, o.amount, o.unit.unit()),
            Direction::Before => {
                period::due_before(calendar, scope, event, o.amount, o.unit.unit())
            }
        };
        due.ok_or(RulesError::OutOfRange)
    }

    /// The due instant of obligation `id` after its one extension, counted from its original
    /// due instant (the day after the original last day is day 1).
    pub fn extended_deadline(
        &self,
        calendar: &Calendar,
        scope: Scope,
        id: &str,
        original_due: OffsetDateTime,
    ) -> Result<Option<OffsetDateTime>, RulesError> {
        let (_, o) = self.obligation(id)?;
        let Some(ext) = o.extension else {
            return Ok(None);
        };
        period::due(calendar, scope, original_due, ext, o.unit.unit())
            .map(Some)
            .ok_or(RulesError::OutOfRange)
    }
}

#[cfg(test)]
mod tests;
