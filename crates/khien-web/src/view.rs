//! How values are written on pages: instants in Vietnam's time (UTC+7), dates `dd/mm/yyyy`,
//! time left or overdue in the viewer's language.

use time::{Date, OffsetDateTime};

use crate::i18n::T;

/// An instant as `dd/mm/yyyy HH:MM` in Vietnam's time.
pub fn when(t: OffsetDateTime) -> String {
    let l = t.to_offset(khien_calendar::period::VN);
    format!(
        "{:02}/{:02}/{} {:02}:{:02}",
        l.day(),
        u8::from(l.month()),
        l.year(),
        l.hour(),
        l.minute()
    )
}

/// A date as `dd/mm/yyyy`.
pub fn date(d: Date) -> String {
    format!("{:02}/{:02}/{}", d.day(), u8::from(d.month()), d.year())
}

/// A citation as Khiên writes it in English (`Decree 165/2025 Art. 16.3(a)`), in the
/// reader's language: in Vietnamese with the texts' full numbers (`Nghị định 165/2025/NĐ-CP
/// Điều 16.3(a)`).
pub fn citation(basis: &str, lang: crate::i18n::Lang) -> String {
    if lang != crate::i18n::Lang::Vi {
        return basis.to_owned();
    }
    basis
        .replace("Decree 165/2025", "Nghị định 165/2025/NĐ-CP")
        .replace("Decree 356/2025", "Nghị định 356/2025/NĐ-CP")
        .replace("Decree 13/2023", "Nghị định 13/2023/NĐ-CP")
        .replace("Law 91/2025", "Luật 91/2025/QH15")
        .replace("(as amended)", "(đã sửa đổi)")
        .replace("Art. ", "Điều ")
        .replace("Form ", "Mẫu số ")
}

/// An instant as the value of an `<input type="datetime-local">` in Vietnam's time.
pub fn local_input(t: OffsetDateTime) -> String {
    let l = t.to_offset(khien_calendar::period::VN);
    format!(
        "{}-{:02}-{:02}T{:02}:{:02}",
        l.year(),
        u8::from(l.month()),
        l.day(),
        l.hour(),
        l.minute()
    )
}

/// Parses the value of an `<input type="datetime-local">` (Vietnam's time).
pub fn parse_local(s: &str) -> Option<OffsetDateTime> {
    let s = s.trim();
    let (d, t) = s.split_once('T')?;
    let mut dp = d.split('-').map(str::parse::<i32>);
    let (y, m, day) = (dp.next()?.ok()?, dp.next()?.ok()?, dp.next()?.ok()?);
    let mut tp = t.split(':').map(str::parse::<u8>);
    let (h, min) = (tp.next()?.ok()?, tp.next()?.ok()?);
    let date = Date::from_calendar_date(
        y,
        time::Month::try_from(u8::try_from(m).ok()?).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()?;
    let time = time::Time::from_hms(h, min, 0).ok()?;
    Some(
        date.with_time(time)
            .assume_offset(khien_calendar::period::VN),
    )
}

/// Time left until `due`, or how late it is: the text and whether it is overdue.
pub fn left(t: &T, due: OffsetDateTime, now: OffsetDateTime) -> (String, bool) {
    let d = due - now;
    if d.is_negative() {
        let late = -d;
        let days = late.whole_days();
        if days >= 1 {
            (t.f("time.late_days", &[("n", &days.to_string())]), true)
        } else {
            (
                t.f(
                    "time.late_hours",
                    &[("n", &late.whole_hours().max(1).to_string())],
                ),
                true,
            )
        }
    } else if d.whole_days() >= 1 {
        (
            t.f("time.left_days", &[("n", &d.whole_days().to_string())]),
            false,
        )
    } else {
        (
            t.f(
                "time.left_hours",
                &[("n", &d.whole_hours().max(0).to_string())],
            ),
            false,
        )
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;
    use crate::i18n::Lang;
    use time::macros::datetime;

    #[test]
    fn instants_are_shown_in_vietnam_time() {
        assert_eq!(when(datetime!(2026-12-31 17:30 UTC)), "01/01/2027 00:30");
        assert_eq!(
            parse_local("2027-01-01T00:30").unwrap(),
            datetime!(2026-12-31 17:30 UTC)
        );
        assert_eq!(
            local_input(datetime!(2026-12-31 17:30 UTC)),
            "2027-01-01T00:30"
        );
        assert!(parse_local("2027-02-30T00:00").is_none());
        assert!(parse_local("nonsense").is_none());
    }

    #[test]
    fn time_left_and_lateness() {
        let t = T::new(Lang::Vi);
        let now = datetime!(2026-12-06 00:00 UTC);
        let (s, late) = left(&t, datetime!(2026-12-09 01:00 UTC), now);
        assert!(!late && s.contains('3'), "{s}");
        let (s, late) = left(&t, datetime!(2026-12-01 00:00 UTC), now);
        assert!(late && s.contains('5'), "{s}");
        let (s, late) = left(&t, datetime!(2026-12-06 05:00 UTC), now);
        assert!(!late && s.contains('5'), "{s}");
    }
}

#[cfg(test)]
mod citation_tests {
    use super::citation;
    use crate::i18n::Lang;

    #[test]
    fn citations_read_in_vietnamese() {
        assert_eq!(
            citation(
                "Law 91/2025 Art. 38(2); Decree 356/2025 Art. 41(1)",
                Lang::Vi
            ),
            "Luật 91/2025/QH15 Điều 38(2); Nghị định 356/2025/NĐ-CP Điều 41(1)"
        );
        assert_eq!(
            citation("Decree 165/2025 Art. 16.3(a)", Lang::En),
            "Decree 165/2025 Art. 16.3(a)"
        );
    }
}
