//! Counting legal periods (Civil Code 2015, 91/2015/QH13, Arts. 144-148), in Viet Nam's time
//! (UTC+7, no daylight saving).
//!
//! - Hours run from the instant of the event (Art. 147(1)) and are not moved off holidays:
//!   Art. 148(5) speaks of days, so a 72-hour clock ends on a holiday if it falls there
//!   (the conservative reading; see the reference notes §4.3).
//! - Days, months and years start the day after the event (Art. 147(2)-(3)), end at the end
//!   (24:00) of their last day (Art. 148(1), (6)), and a last day that is a weekly rest day or
//!   a holiday moves to the end of the next working day (Art. 148(5)).
//! - Working days skip rest days and holidays, with the announced swaps.
//! - A month-period ends on the same day number of the last month, or on its last day when it
//!   has no such day (Art. 148(2)-(3)).
//!
//! The end of a day, 24:00, is written as 23:59:59 of that day.

use time::{Date, Duration, Month, OffsetDateTime, Time, UtcOffset};

use crate::holidays::{Calendar, Scope};

/// Viet Nam's time zone.
pub const VN: UtcOffset = match UtcOffset::from_hms(7, 0, 0) {
    Ok(o) => o,
    Err(_) => UtcOffset::UTC,
};

/// The unit of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Hours (giờ).
    Hours,
    /// Calendar days (ngày).
    CalendarDays,
    /// Working days (ngày làm việc).
    WorkingDays,
    /// Months (tháng).
    Months,
    /// Years (năm).
    Years,
}

fn end_of(day: Date) -> OffsetDateTime {
    day.with_time(Time::from_hms(23, 59, 59).unwrap_or(Time::MIDNIGHT))
        .assume_offset(VN)
}

fn add_months(d: Date, months: i64) -> Option<Date> {
    let total = i64::from(d.year()) * 12 + i64::from(u8::from(d.month()) - 1) + months;
    let year = i32::try_from(total.div_euclid(12)).ok()?;
    let month = Month::try_from(u8::try_from(total.rem_euclid(12) + 1).ok()?).ok()?;
    let last = time::util::days_in_month(month, year);
    Date::from_calendar_date(year, month, d.day().min(last)).ok()
}

/// When a period of `amount` `unit`s triggered at `event` ends, for `scope`'s calendar.
/// `None` only past the end of the calendar's range.
pub fn due(
    calendar: &Calendar,
    scope: Scope,
    event: OffsetDateTime,
    amount: u32,
    unit: Unit,
) -> Option<OffsetDateTime> {
    let local = event.to_offset(VN);
    let day = local.date();
    let last = match unit {
        Unit::Hours => return local.checked_add(Duration::hours(i64::from(amount))),
        Unit::WorkingDays => return calendar.add_working_days(day, amount, scope).map(end_of),
        Unit::CalendarDays => day.checked_add(Duration::days(i64::from(amount)))?,
        Unit::Months => add_months(day, i64::from(amount))?,
        Unit::Years => add_months(day, i64::from(amount) * 12)?,
    };
    calendar.next_working_day_from(last, scope).map(end_of)
}

/// The latest moment to act when something must be done `amount` `unit`s *before* `event`
/// (a dossier sent "15 days before" a transfer). Counted back from the event's day; a last day
/// that is not a working day moves *back* to the previous working day, the conservative
/// reading (moving it forward would leave less than the period).
pub fn due_before(
    calendar: &Calendar,
    scope: Scope,
    event: OffsetDateTime,
    amount: u32,
    unit: Unit,
) -> Option<OffsetDateTime> {
    let local = event.to_offset(VN);
    let day = local.date();
    let last = match unit {
        Unit::Hours => return local.checked_sub(Duration::hours(i64::from(amount))),
        Unit::WorkingDays => return calendar.sub_working_days(day, amount, scope).map(end_of),
        Unit::CalendarDays => day.checked_sub(Duration::days(i64::from(amount)))?,
        Unit::Months => add_months(day, -i64::from(amount))?,
        Unit::Years => add_months(day, -i64::from(amount) * 12)?,
    };
    calendar.previous_working_day_from(last, scope).map(end_of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    /// Hand-worked periods, each with its count spelled out.
    #[test]
    fn civil_code_counting() {
        let cal = Calendar::builtin().unwrap();
        let s = Scope::StateAgencies;
        let cases: &[(&str, OffsetDateTime, u32, Unit, OffsetDateTime)] = &[
            (
                "72 h from a breach discovered Fri 13/2/2026 10:00 ends Mon 16/2 10:00, inside the Tết break: hours are not moved (Law 91/2025 Art. 23(1); Civil Code Art. 147(1))",
                datetime!(2026-02-13 10:00 +07:00),
                72,
                Unit::Hours,
                datetime!(2026-02-16 10:00 +07:00),
            ),
            (
                "72 h given in UTC is answered in +07:00: 2026-03-01 20:00 UTC = 3/2 03:00 local, +72 h = 3/5 03:00",
                datetime!(2026-03-01 20:00 UTC),
                72,
                Unit::Hours,
                datetime!(2026-03-05 03:00 +07:00),
            ),
            (
                "2 working days from a request on Fri 13/2/2026: 14-22/2 off, so Mon 23 and Tue 24 (Decree 356/2025 Art. 5(2))",
                datetime!(2026-02-13 16:30 +07:00),
                2,
                Unit::WorkingDays,
                datetime!(2026-02-24 23:59:59 +07:00),
            ),
            (
                "3 working days from Wed 31/12/2025: 1/1-4/1 off, Mon 5, Tue 6, Wed 7 (Decree 165/2025 Art. 23.4)",
                datetime!(2025-12-31 09:00 +07:00),
                3,
                Unit::WorkingDays,
                datetime!(2026-01-07 23:59:59 +07:00),
            ),
            (
                "3 working days from Wed 7/1/2026 include the swapped Saturday 10/1: Thu 8, Fri 9, Sat 10",
                datetime!(2026-01-07 09:00 +07:00),
                3,
                Unit::WorkingDays,
                datetime!(2026-01-10 23:59:59 +07:00),
            ),
            (
                "10 days from Mon 2/3/2026: day 1 is 3/3, day 10 is Thu 12/3 (Civil Code Art. 147(2), 148(1))",
                datetime!(2026-03-02 08:00 +07:00),
                10,
                Unit::CalendarDays,
                datetime!(2026-03-12 23:59:59 +07:00),
            ),
            (
                "15 days from Fri 30/1/2026 end Sat 14/2, in the Tết break: moved to Mon 23/2 (Art. 148(5))",
                datetime!(2026-01-30 08:00 +07:00),
                15,
                Unit::CalendarDays,
                datetime!(2026-02-23 23:59:59 +07:00),
            ),
            (
                "10 days ending on Sunday 12/4/2026 move to Monday 13/4",
                datetime!(2026-04-02 08:00 +07:00),
                10,
                Unit::CalendarDays,
                datetime!(2026-04-13 23:59:59 +07:00),
            ),
            (
                "an event at 23:30 local on 31/3 counts from 1/4, even when it is already 1/4 in no other zone: 20 days end Mon 20/4",
                datetime!(2026-03-31 16:30 UTC),
                20,
                Unit::CalendarDays,
                datetime!(2026-04-20 23:59:59 +07:00),
            ),
            (
                "60 days from the first transfer on 1/7/2026 (Law 91/2025 Art. 20(2)): day 60 is Sunday 30/8, moved to Monday 31/8 (Art. 148(5))",
                datetime!(2026-07-01 08:00 +07:00),
                60,
                Unit::CalendarDays,
                datetime!(2026-08-31 23:59:59 +07:00),
            ),
            (
                "6 months from 31/8/2026 end on 28/2/2027 (no 31st), a Sunday: moved to Mon 1/3/2027 (Art. 148(3), (5))",
                datetime!(2026-08-31 10:00 +07:00),
                6,
                Unit::Months,
                datetime!(2027-03-01 23:59:59 +07:00),
            ),
            (
                "1 year from 29/2/2028 ends 28/2/2029 (Wednesday)",
                datetime!(2028-02-29 10:00 +07:00),
                1,
                Unit::Years,
                datetime!(2029-02-28 23:59:59 +07:00),
            ),
        ];
        for (what, event, n, unit, want) in cases {
            let got = due(&cal, s, *event, *n, *unit).unwrap();
            assert_eq!(got, *want, "{what}");
            assert_eq!(got.offset(), VN, "{what}");
        }
    }
}
