//! Public holidays and working days.
//!
//! The rules: Labor Code 2019 (45/2019/QH14) Art. 112(1), in force from 2021-01-01 (Labor Code
//! 2012 Art. 115 before: the same days but one day for the National Day):
//! - Tết Dương lịch, 1 January;
//! - Tết Âm lịch, 5 days: by default the eve and the first four days of the lunar year (the
//!   Prime Minister fixes the days each year, Art. 112(3); "1 day before and 4 after" is the
//!   usual choice);
//! - Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month;
//! - Ngày Chiến thắng, 30 April; Ngày Quốc tế lao động, 1 May;
//! - Quốc khánh, 2 September and one adjacent day (from 2021; by default the day that joins
//!   the weekend, as the Government chose in 2021-2025);
//! - a holiday that falls on a weekly rest day gives the next working day off (nghỉ bù,
//!   Art. 111(3)).
//!
//! Weekly rest for state agencies is Saturday and Sunday (Decision 188/1999/QĐ-TTg Art. 1).
//! On top of the rules, `data/overrides.txt` holds each year's announced swaps and extra days.

use std::collections::BTreeMap;

use time::{Date, Duration, Month, Weekday};

use crate::lunar;

/// The name of a compensatory day starts with this.
pub const COMPENSATORY: &str = "Nghỉ bù";

/// Whose calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// State agencies, civil servants and public employees.
    StateAgencies,
    /// Every employer (announcements for state agencies do not bind them).
    All,
}

/// A day off other than an ordinary weekly rest day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    /// The day.
    pub date: Date,
    /// Its name, in Vietnamese.
    pub name: String,
}

/// Why an override line was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("overrides line {line}: {reason}")]
pub struct OverrideError {
    line: usize,
    reason: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OverrideKind {
    Off,
    Work,
    NotOff,
}

#[derive(Debug, Clone)]
struct Override {
    date: Date,
    kind: OverrideKind,
    scope: Scope,
    name: String,
}

/// The announced overrides shipped with Khiên.
pub const BUILTIN_OVERRIDES: &str = include_str!("../data/overrides.txt");

/// A working-day calendar: the rules plus a table of announced overrides.
#[derive(Debug, Clone)]
pub struct Calendar {
    overrides: Vec<Override>,
}

fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u8 = parts.next()?.parse().ok()?;
    let d: u8 = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

impl Calendar {
    /// The calendar with Khiên's built-in overrides.
    pub fn builtin() -> Result<Self, OverrideError> {
        Self::with_overrides(BUILTIN_OVERRIDES)
    }

    /// A calendar with the overrides in `text` (the format of `data/overrides.txt`).
    pub fn with_overrides(text: &str) -> Result<Self, OverrideError> {
        let mut overrides = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |reason| OverrideError {
                line: i + 1,
                reason,
            };
            let mut fields = line.split_whitespace();
            let (Some(date), Some(kind), Some(scope)) =
                (fields.next(), fields.next(), fields.next())
            else {
                return Err(err("expected DATE KIND SCOPE NAME"));
            };
            let name = fields.collect::<Vec<_>>().join(" ");
            let date = parse_date(date).ok_or_else(|| err("the date is not YYYY-MM-DD"))?;
            let kind = match kind {
                "off" => OverrideKind::Off,
                "work" => OverrideKind::Work,
                "not-off" => OverrideKind::NotOff,
                _ => return Err(err("the kind must be off, work or not-off")),
            };
            let scope = match scope {
                "state_agencies" => Scope::StateAgencies,
                "all" => Scope::All,
                _ => return Err(err("the scope must be state_agencies or all")),
            };
            if name.is_empty() {
                return Err(err("every line needs a name and its source"));
            }
            overrides.push(Override {
                date,
                kind,
                scope,
                name,
            });
        }
        Ok(Self { overrides })
    }

    fn applies(o: &Override, scope: Scope) -> bool {
        o.scope == Scope::All || o.scope == scope
    }

    /// Whether `date` is a weekly rest day (Saturday or Sunday) before overrides.
    fn weekly_rest(date: Date) -> bool {
        matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
    }

    /// The statutory holidays of `year` by the rules alone, with their compensatory days.
    fn statutory(year: i32) -> std::sync::Arc<BTreeMap<Date, String>> {
        // A pure function of the year, costly (lunar astronomy): computed once per year.
        type Cache = std::sync::Mutex<BTreeMap<i32, std::sync::Arc<BTreeMap<Date, String>>>>;
        static CACHE: std::sync::OnceLock<Cache> = std::sync::OnceLock::new();
        let cache = CACHE.get_or_init(Default::default);
        if let Ok(map) = cache.lock()
            && let Some(hit) = map.get(&year)
        {
            return hit.clone();
        }
        let computed = std::sync::Arc::new(Self::compute_statutory(year));
        if let Ok(mut map) = cache.lock() {
            map.insert(year, computed.clone());
        }
        computed
    }

    fn compute_statutory(year: i32) -> BTreeMap<Date, String> {
        let mut days: Vec<(Date, String)> = Vec::new();
        let solar = |m: Month, d: u8| Date::from_calendar_date(year, m, d).ok();
        if let Some(d) = solar(Month::January, 1) {
            days.push((d, "Tết Dương lịch".to_owned()));
        }
        if let (Some(eve), Some(tet)) = (lunar::tet_eve(year), lunar::tet(year)) {
            days.push((eve, "Tết Nguyên đán (giao thừa)".to_owned()));
            for i in 0..4 {
                days.push((
                    tet + Duration::days(i),
                    format!("Tết Nguyên đán (mùng {})", i + 1),
                ));
            }
        }
        if let Some(d) = lunar::gio_to(year) {
            days.push((d, "Giỗ Tổ Hùng Vương (10/3 âm lịch)".to_owned()));
        }
        if let Some(d) = solar(Month::April, 30) {
            days.push((d, "Ngày Chiến thắng".to_owned()));
        }
        if let Some(d) = solar(Month::May, 1) {
            days.push((d, "Ngày Quốc tế lao động".to_owned()));
        }
        if let Some(d) = solar(Month::September, 2) {
            days.push((d, "Quốc khánh".to_owned()));
            if year >= 2021 {
                // The adjacent day that joins the weekend (2021: 3/9; 2022: 1/9; 2023: 1/9;
                // 2024: 3/9; 2025: 1/9).
                let adjacent = match d.weekday() {
                    Weekday::Tuesday | Weekday::Friday | Weekday::Saturday => d.previous_day(),
                    _ => d.next_day(),
                };
                if let Some(a) = adjacent {
                    days.push((a, "Quốc khánh (ngày liền kề)".to_owned()));
                }
            }
        }
        let mut out: BTreeMap<Date, String> = days.into_iter().collect();
        // Nghỉ bù: each holiday on a weekly rest day gives the next day that is neither a rest
        // day nor a holiday.
        let on_rest: Vec<(Date, String)> = out
            .iter()
            .filter(|(d, _)| Self::weekly_rest(**d))
            .map(|(d, n)| (*d, n.clone()))
            .collect();
        for (d, name) in on_rest {
            let mut c = d;
            while let Some(next) = c.next_day() {
                c = next;
                if !Self::weekly_rest(c) && !out.contains_key(&c) {
                    out.insert(c, format!("{COMPENSATORY} {name}"));
                    break;
                }
            }
        }
        out
    }

    /// The days off of `year` other than ordinary weekly rest days, by date: statutory holidays
    /// (also when they fall on a weekend), compensatory days and announced extra days.
    pub fn holidays(&self, year: i32, scope: Scope) -> Vec<Holiday> {
        let mut days = (*Self::statutory(year)).clone();
        for o in self
            .overrides
            .iter()
            .filter(|o| o.date.year() == year && Self::applies(o, scope))
        {
            match o.kind {
                OverrideKind::Off => {
                    days.insert(o.date, o.name.clone());
                }
                OverrideKind::NotOff => {
                    days.remove(&o.date);
                }
                OverrideKind::Work => {}
            }
        }
        days.into_iter()
            .map(|(date, name)| Holiday { date, name })
            .collect()
    }

    /// Whether `date` is a working day for `scope`.
    pub fn is_working_day(&self, date: Date, scope: Scope) -> bool {
        let relevant = |kind| {
            self.overrides
                .iter()
                .any(|o| o.date == date && o.kind == kind && Self::applies(o, scope))
        };
        if relevant(OverrideKind::Work) {
            return true;
        }
        if relevant(OverrideKind::Off) || Self::weekly_rest(date) {
            return false;
        }
        let statutory = Self::statutory(date.year()).contains_key(&date);
        !statutory || relevant(OverrideKind::NotOff)
    }

    /// The `n`th working day after `date` (the day itself is not counted, Civil Code Art. 147);
    /// `date` itself when `n` is 0. `None` past the end of the calendar.
    pub fn add_working_days(&self, date: Date, n: u32, scope: Scope) -> Option<Date> {
        let mut d = date;
        let mut left = n;
        while left > 0 {
            d = d.next_day()?;
            if self.is_working_day(d, scope) {
                left -= 1;
            }
        }
        Some(d)
    }

    /// The `n`th working day before `date`; `date` itself when `n` is 0.
    pub fn sub_working_days(&self, date: Date, n: u32, scope: Scope) -> Option<Date> {
        let mut d = date;
        let mut left = n;
        while left > 0 {
            d = d.previous_day()?;
            if self.is_working_day(d, scope) {
                left -= 1;
            }
        }
        Some(d)
    }

    /// `date` if it is a working day, else the previous working day.
    pub fn previous_working_day_from(&self, date: Date, scope: Scope) -> Option<Date> {
        let mut d = date;
        while !self.is_working_day(d, scope) {
            d = d.previous_day()?;
        }
        Some(d)
    }

    /// `date` if it is a working day, else the next working day (Civil Code Art. 148(5)).
    pub fn next_working_day_from(&self, date: Date, scope: Scope) -> Option<Date> {
        let mut d = date;
        while !self.is_working_day(d, scope) {
            d = d.next_day()?;
        }
        Some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn cal() -> Calendar {
        Calendar::builtin().unwrap()
    }

    fn names(year: i32) -> Vec<(Date, String)> {
        cal()
            .holidays(year, Scope::StateAgencies)
            .into_iter()
            .map(|h| (h.date, h.name))
            .collect()
    }

    /// 2026 as announced: 1-4 January off with Saturday 10 January worked (Công văn
    /// 12729/VPCP-KGVX); Tết off Saturday 14 to Sunday 22 February.
    #[test]
    fn the_2026_calendar_for_state_agencies() {
        let c = cal();
        let s = Scope::StateAgencies;
        for d in [
            date!(2026 - 01 - 01),
            date!(2026 - 01 - 02),
            date!(2026 - 01 - 03),
            date!(2026 - 01 - 04),
        ] {
            assert!(!c.is_working_day(d, s), "{d}");
        }
        assert!(c.is_working_day(date!(2026 - 01 - 05), s));
        assert!(
            c.is_working_day(date!(2026 - 01 - 10), s),
            "the swapped Saturday is worked"
        );
        assert!(
            !c.is_working_day(date!(2026 - 01 - 10), Scope::All),
            "not for other employers"
        );
        let mut d = date!(2026 - 02 - 14);
        while d <= date!(2026 - 02 - 22) {
            assert!(!c.is_working_day(d, s), "{d} is in the Tết break");
            d = d.next_day().unwrap();
        }
        assert!(c.is_working_day(date!(2026 - 02 - 13), s));
        assert!(c.is_working_day(date!(2026 - 02 - 23), s));
        // Giỗ Tổ 2026 is Sunday 26 April: Monday 27 April is the compensatory day.
        assert!(!c.is_working_day(date!(2026 - 04 - 27), s));
        let h = names(2026);
        assert!(h.contains(&(
            date!(2026 - 04 - 26),
            "Giỗ Tổ Hùng Vương (10/3 âm lịch)".to_owned()
        )));
        assert!(h.contains(&(
            date!(2026 - 04 - 27),
            "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)".to_owned()
        )));
    }

    /// Labor Code 2019 Art. 112: 11 statutory days a year from 2021 (10 before).
    #[test]
    fn eleven_statutory_days_from_2021() {
        for year in 2021..=2040 {
            let statutory = Calendar::statutory(year)
                .values()
                .filter(|n| !n.starts_with(COMPENSATORY))
                .count();
            assert_eq!(statutory, 11, "{year}");
        }
        let statutory = Calendar::statutory(2020)
            .values()
            .filter(|n| !n.starts_with(COMPENSATORY))
            .count();
        assert_eq!(statutory, 10);
    }

    #[test]
    fn national_day_adjacent_day_joins_the_weekend() {
        let has = |d: Date| Calendar::statutory(d.year()).contains_key(&d);
        assert!(has(date!(2025 - 09 - 01)), "2025: Tue 2/9 with Mon 1/9");
        assert!(has(date!(2024 - 09 - 03)), "2024: Mon 2/9 with Tue 3/9");
        assert!(has(date!(2021 - 09 - 03)), "2021: Thu 2/9 with Fri 3/9");
        assert!(has(date!(2022 - 09 - 01)), "2022: Fri 2/9 with Thu 1/9");
    }

    #[test]
    fn working_days_are_counted_from_the_next_day() {
        let c = cal();
        let s = Scope::StateAgencies;
        // Friday 2026-02-13 + 2 working days: the Tết break, then Mon 23 and Tue 24.
        assert_eq!(
            c.add_working_days(date!(2026 - 02 - 13), 2, s),
            Some(date!(2026 - 02 - 24))
        );
        // Thursday + 3 working days over a weekend.
        assert_eq!(
            c.add_working_days(date!(2026 - 03 - 05), 3, s),
            Some(date!(2026 - 03 - 10))
        );
        assert_eq!(
            c.add_working_days(date!(2026 - 03 - 05), 0, s),
            Some(date!(2026 - 03 - 05))
        );
        // Across 30/4-1/5 2026 (Thu, Fri).
        assert_eq!(
            c.add_working_days(date!(2026 - 04 - 29), 1, s),
            Some(date!(2026 - 05 - 04))
        );
    }

    #[test]
    fn overrides_are_checked() {
        assert!(Calendar::with_overrides("2026-01-02 off state_agencies").is_err());
        assert!(Calendar::with_overrides("2026-13-02 off all X").is_err());
        assert!(Calendar::with_overrides("2026-01-02 maybe all X").is_err());
        assert!(Calendar::with_overrides("2026-01-02 off everyone X").is_err());
        let c =
            Calendar::with_overrides("# comment\n\n2027-09-03  not-off   all  Ví dụ\n").unwrap();
        assert_eq!(c.overrides.len(), 1);
    }
}
