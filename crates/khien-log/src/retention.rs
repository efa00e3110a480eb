//! The retention period: Decree 165/2025 Art. 17.10 keeps the processing log for at least six
//! months. Khiên keeps every entry at least that long (longer when configured); only whole
//! entry bundles whose every entry is older than the period may be removed, and the removal is
//! itself an entry of the log ([`crate::event::Action::LogRetention`]).

use time::{Date, Month, OffsetDateTime};

/// The statutory minimum, in months (Decree 165/2025 Art. 17.10).
pub const MIN_MONTHS: u32 = 6;

/// The default, the statutory minimum.
pub const DEFAULT_MONTHS: u32 = MIN_MONTHS;

/// The instant `months` calendar months before `now` (the day clamped to the month's end):
/// an entry accepted at or before it has been kept for the whole period.
pub fn cutoff(now: OffsetDateTime, months: u32) -> OffsetDateTime {
    let total =
        i64::from(now.year()) * 12 + i64::from(u8::from(now.month())) - 1 - i64::from(months);
    let year = i32::try_from(total.div_euclid(12)).unwrap_or(i32::MIN);
    let month = u8::try_from(total.rem_euclid(12) + 1)
        .ok()
        .and_then(|m| Month::try_from(m).ok());
    let Some(month) = month else {
        return OffsetDateTime::UNIX_EPOCH;
    };
    let day = now.day().min(month.length(year));
    match Date::from_calendar_date(year, month, day) {
        Ok(date) => now.replace_date(date),
        Err(_) => OffsetDateTime::UNIX_EPOCH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn six_calendar_months_back_with_the_day_clamped() {
        let cases = [
            (
                datetime!(2026-11-23 10:00 UTC),
                6,
                datetime!(2026-05-23 10:00 UTC),
            ),
            (
                datetime!(2026-08-31 00:00 UTC),
                6,
                datetime!(2026-02-28 00:00 UTC),
            ),
            (
                datetime!(2028-08-31 00:00 UTC),
                6,
                datetime!(2028-02-29 00:00 UTC),
            ),
            (
                datetime!(2026-03-15 12:00 UTC),
                6,
                datetime!(2025-09-15 12:00 UTC),
            ),
            (
                datetime!(2026-03-15 12:00 UTC),
                24,
                datetime!(2024-03-15 12:00 UTC),
            ),
            (
                datetime!(2026-01-01 00:00 UTC),
                12,
                datetime!(2025-01-01 00:00 UTC),
            ),
        ];
        for (now, months, want) in cases {
            assert_eq!(cutoff(now, months), want, "{now} - {months}");
        }
    }
}
