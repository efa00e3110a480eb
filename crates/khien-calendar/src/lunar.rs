//! The Vietnamese lunisolar calendar (âm lịch), computed at UTC+7.
//!
//! Written from the published astronomy, not from any existing calendar program:
//! - true new moons by Meeus, *Astronomical Algorithms* (2nd ed.), ch. 49, with the periodic
//!   and planetary corrections, converted from dynamical time with an Espenak-Meeus ΔT
//!   polynomial;
//! - the sun's apparent longitude by Meeus ch. 25 (low-accuracy method, about 0.01°);
//! - the calendar rules shared with the Chinese calendar, evaluated in Viet Nam's time zone:
//!   a month begins on the local day of its new moon; the month containing the December
//!   solstice is month 11; in a year of 13 months (from one month 11 to the next) the first
//!   month without a major solar term (sun longitude a multiple of 30°) is a leap month,
//!   numbered like the month before it.
//!
//! Days are Julian Day Numbers of local (UTC+7) dates. UTC+7 matters: at UTC+8 the same rules
//! give another Tết in 1985 and 2007, among others.

#![allow(
    clippy::inconsistent_digit_grouping,
    clippy::unreadable_literal,
    clippy::excessive_precision,
    reason = "astronomical constants are written as Meeus prints them"
)]

use std::f64::consts::PI;

use time::Date;

/// Viet Nam's offset from UT, in days.
const TZ: f64 = 7.0 / 24.0;
/// The mean synodic month, in days.
const SYNODIC: f64 = 29.530_588_861;
/// Julian ephemeris day of the mean new moon with k = 0 (2000-01-06).
const K0_JDE: f64 = 2_451_550.097_66;

fn rad(deg: f64) -> f64 {
    deg * PI / 180.0
}

/// ΔT = TT − UT in days, by the Espenak-Meeus polynomials (NASA eclipse pages), good to a few
/// seconds in 1900-2150 and a rough fit outside.
fn delta_t_days(year: f64) -> f64 {
    let secs = if (2005.0..2050.0).contains(&year) {
        let t = year - 2000.0;
        62.92 + 0.32217 * t + 0.005589 * t * t
    } else if (1986.0..2005.0).contains(&year) {
        let t = year - 2000.0;
        63.86 + 0.3345 * t - 0.060374 * t.powi(2)
            + 0.0017275 * t.powi(3)
            + 0.000651814 * t.powi(4)
            + 0.00002373599 * t.powi(5)
    } else if (1961.0..1986.0).contains(&year) {
        let t = year - 1975.0;
        45.45 + 1.067 * t - t * t / 260.0 - t.powi(3) / 718.0
    } else if (1941.0..1961.0).contains(&year) {
        let t = year - 1950.0;
        29.07 + 0.407 * t - t * t / 233.0 + t.powi(3) / 2547.0
    } else if (1920.0..1941.0).contains(&year) {
        let t = year - 1920.0;
        21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t.powi(3)
    } else if (1900.0..1920.0).contains(&year) {
        let t = year - 1900.0;
        -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t.powi(3) - 0.000197 * t.powi(4)
    } else if (2050.0..2150.0).contains(&year) {
        let u = (year - 1820.0) / 100.0;
        -20.0 + 32.0 * u * u - 0.5628 * (2150.0 - year)
    } else {
        let u = (year - 1820.0) / 100.0;
        -20.0 + 32.0 * u * u
    };
    secs / 86_400.0
}

/// The instant (Julian Day, UT) of the true new moon number `k` (k = 0 near 2000-01-06).
pub(crate) fn new_moon_jd(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let jde = K0_JDE + SYNODIC * k + 0.000_154_37 * t2 - 0.000_000_150 * t3 + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let m = rad(2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3);
    let mp = rad(
        201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3 - 0.000_000_058 * t4,
    );
    let f = rad(
        160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3 + 0.000_000_011 * t4,
    );
    let om = rad(124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3);
    let periodic = -0.40720 * mp.sin()
        + 0.17241 * e * m.sin()
        + 0.01608 * (2.0 * mp).sin()
        + 0.01039 * (2.0 * f).sin()
        + 0.00739 * e * (mp - m).sin()
        - 0.00514 * e * (mp + m).sin()
        + 0.00208 * e * e * (2.0 * m).sin()
        - 0.00111 * (mp - 2.0 * f).sin()
        - 0.00057 * (mp + 2.0 * f).sin()
        + 0.00056 * e * (2.0 * mp + m).sin()
        - 0.00042 * (3.0 * mp).sin()
        + 0.00042 * e * (m + 2.0 * f).sin()
        + 0.00038 * e * (m - 2.0 * f).sin()
        - 0.00024 * e * (2.0 * mp - m).sin()
        - 0.00017 * om.sin()
        - 0.00007 * (mp + 2.0 * m).sin()
        + 0.00004 * (2.0 * mp - 2.0 * f).sin()
        + 0.00004 * (3.0 * m).sin()
        + 0.00003 * (mp + m - 2.0 * f).sin()
        + 0.00003 * (2.0 * mp + 2.0 * f).sin()
        - 0.00003 * (mp + m + 2.0 * f).sin()
        + 0.00003 * (mp - m + 2.0 * f).sin()
        - 0.00002 * (mp - m - 2.0 * f).sin()
        - 0.00002 * (3.0 * mp + m).sin()
        + 0.00002 * (4.0 * mp).sin();
    let planetary: [(f64, f64, f64); 14] = [
        (0.000_325, 299.77 + 0.107_408 * k - 0.009_173 * t2, 0.0),
        (0.000_165, 251.88 + 0.016_321 * k, 0.0),
        (0.000_164, 251.83 + 26.651_886 * k, 0.0),
        (0.000_126, 349.42 + 36.412_478 * k, 0.0),
        (0.000_110, 84.66 + 18.206_239 * k, 0.0),
        (0.000_062, 141.74 + 53.303_771 * k, 0.0),
        (0.000_060, 207.14 + 2.453_732 * k, 0.0),
        (0.000_056, 154.84 + 7.306_860 * k, 0.0),
        (0.000_047, 34.52 + 27.261_239 * k, 0.0),
        (0.000_042, 207.19 + 0.121_824 * k, 0.0),
        (0.000_040, 291.34 + 1.844_379 * k, 0.0),
        (0.000_037, 161.72 + 24.198_154 * k, 0.0),
        (0.000_035, 239.56 + 25.513_099 * k, 0.0),
        (0.000_023, 331.55 + 3.592_518 * k, 0.0),
    ];
    let planetary: f64 = planetary.iter().map(|(c, a, _)| c * rad(*a).sin()).sum();
    let jde = jde + periodic + planetary;
    let year = 2000.0 + (jde - 2_451_545.0) / 365.25;
    jde - delta_t_days(year)
}

/// The sun's apparent longitude in degrees, in [0, 360), at the instant `jd` (UT; the ΔT
/// difference, about a minute, moves the longitude by 0.0007° and is neglected).
pub(crate) fn sun_longitude(jd: f64) -> f64 {
    let t = (jd - 2_451_545.0) / 36_525.0;
    let l0 = 280.46646 + 36_000.76983 * t + 0.000_303_2 * t * t;
    let m = rad(357.52911 + 35_999.05029 * t - 0.000_153_7 * t * t);
    let c = (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * m.sin()
        + (0.019_993 - 0.000_101 * t) * (2.0 * m).sin()
        + 0.000_289 * (3.0 * m).sin();
    let omega = rad(125.04 - 1934.136 * t);
    let lambda = l0 + c - 0.00569 - 0.00478 * omega.sin();
    lambda.rem_euclid(360.0)
}

/// The local day (JDN at UTC+7) on which new moon `k` falls.
fn new_moon_day(k: i64) -> i64 {
    (new_moon_jd(k) + 0.5 + TZ).floor() as i64
}

/// The major solar term in force at the start (local midnight) of local day `day`: the sun's
/// longitude divided by 30°, 0..=11.
fn term_at_start_of(day: i64) -> i64 {
    let jd = day as f64 - 0.5 - TZ;
    (sun_longitude(jd) / 30.0).floor() as i64
}

/// The index `k` of the new moon that starts the month containing local day `day`.
fn month_k_containing(day: i64) -> i64 {
    let mut k = ((day as f64 - K0_JDE) / SYNODIC).floor() as i64;
    while new_moon_day(k + 1) <= day {
        k += 1;
    }
    while new_moon_day(k) > day {
        k -= 1;
    }
    k
}

/// The `k` of month 11 of the lunar year ending in Gregorian `year`: the month containing
/// the December solstice of `year`.
fn month11_k(year: i32) -> i64 {
    // The local day of the solstice: the term changes from 8 (240°..270°) to 9 during it.
    let dec = |d: u8| {
        Date::from_calendar_date(year, time::Month::December, d)
            .map(|x| i64::from(x.to_julian_day()))
            .unwrap_or(0)
    };
    let mut day = dec(15);
    let last = dec(28);
    while day < last && term_at_start_of(day + 1) != 9 {
        day += 1;
    }
    month_k_containing(day)
}

/// Whether the month starting with new moon `k` contains no major solar term.
fn lacks_major_term(k: i64) -> bool {
    term_at_start_of(new_moon_day(k)) == term_at_start_of(new_moon_day(k + 1))
}

/// A date of the lunar calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LunarDate {
    /// The lunar year, named by the Gregorian year in which its month 1 begins.
    pub year: i32,
    /// Month, 1-12.
    pub month: u8,
    /// Day of the month, 1-30.
    pub day: u8,
    /// A leap (intercalary) month, numbered like the month before it.
    pub leap: bool,
}

/// The months from month 11 of `year - 1` to the month before month 11 of `year`: for each,
/// its new-moon index, its number and whether it is a leap month.
fn months_of(year: i32) -> Vec<(i64, u8, bool)> {
    let a = month11_k(year - 1);
    let b = month11_k(year);
    let count = b - a;
    let leap_at = if count == 13 {
        (1..=12).find(|i| lacks_major_term(a + i))
    } else {
        None
    };
    (0..count)
        .map(|i| {
            let shift = match leap_at {
                Some(l) if i >= l => 1,
                _ => 0,
            };
            let number = ((10 + i - shift).rem_euclid(12) + 1) as u8;
            (a + i, number, leap_at == Some(i))
        })
        .collect()
}

/// The lunar date of a Gregorian date.
pub fn to_lunar(date: Date) -> LunarDate {
    let day = i64::from(date.to_julian_day());
    let k = month_k_containing(day);
    // The month belongs to the run of months between the month 11 before it and the next.
    let year = date.year();
    let run_year = if k >= month11_k(year) { year + 1 } else { year };
    let months = months_of(run_year);
    let (number, leap) = months
        .iter()
        .find(|(mk, _, _)| *mk == k)
        .map_or((1, false), |(_, n, l)| (*n, *l));
    // A run is 11, 12, 1, ..., 10 (with one leap month in 13-month runs): months 11 and 12
    // open it and belong to the lunar year before; the rest belong to `run_year`.
    let lunar_year = if number >= 11 { run_year - 1 } else { run_year };
    LunarDate {
        year: lunar_year,
        month: number,
        day: (day - new_moon_day(k) + 1) as u8,
        leap,
    }
}

/// The Gregorian date of a lunar date, or `None` if that date does not exist (a leap month
/// that year lacks, a 30th day in a 29-day month).
pub fn from_lunar(l: LunarDate) -> Option<Date> {
    if !(1..=12).contains(&l.month) || !(1..=30).contains(&l.day) {
        return None;
    }
    // Months 11 and 12 of lunar year Y lie in the run ending at month 11 of Gregorian Y + 1.
    let run_year = if l.month >= 11 { l.year + 1 } else { l.year };
    let months = months_of(run_year);
    let (k, _, _) = *months
        .iter()
        .find(|(_, n, leap)| *n == l.month && *leap == l.leap)?;
    let start = new_moon_day(k);
    let length = new_moon_day(k + 1) - start;
    if i64::from(l.day) > length {
        return None;
    }
    let jdn = i32::try_from(start + i64::from(l.day) - 1).ok()?;
    Date::from_julian_day(jdn).ok()
}

/// Tết Nguyên Đán (day 1 of month 1) of Gregorian `year`.
pub fn tet(year: i32) -> Option<Date> {
    from_lunar(LunarDate {
        year,
        month: 1,
        day: 1,
        leap: false,
    })
}

/// The last day of the lunar year before Tết of `year` (giao thừa: 29 or 30 tháng Chạp).
pub fn tet_eve(year: i32) -> Option<Date> {
    tet(year).and_then(|d| d.previous_day())
}

/// Giỗ Tổ Hùng Vương (day 10 of month 3) of Gregorian `year`.
pub fn gio_to(year: i32) -> Option<Date> {
    from_lunar(LunarDate {
        year,
        month: 3,
        day: 10,
        leap: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    #[test]
    fn new_moons_match_meeus_example() {
        // Meeus ex. 49.a: the new moon of 1977 February 18, 3h37m40s TD (JDE 2443192.65118).
        let jd = new_moon_jd(-283);
        assert!(
            (jd + delta_t_days(1977.1) - 2_443_192.651_18).abs() < 0.000_1,
            "{jd}"
        );
    }

    #[test]
    fn sun_longitude_matches_meeus_example() {
        // Meeus ex. 25.a: 1992 October 13.0 TD, apparent longitude 199.90895°.
        let l = sun_longitude(2_448_908.5);
        assert!((l - 199.909).abs() < 0.01, "{l}");
    }

    /// Viet Nam and China disagree when a new moon falls between 16:00 and 17:00 UT.
    #[test]
    fn utc_plus_7_gives_the_vietnamese_tet() {
        assert_eq!(tet(1985), Some(date!(1985 - 01 - 21)));
        assert_eq!(tet(2007), Some(date!(2007 - 02 - 17)));
        assert_eq!(tet(2030), Some(date!(2030 - 02 - 02)));
        assert_eq!(tet(2026), Some(date!(2026 - 02 - 17)));
        assert_eq!(tet_eve(2026), Some(date!(2026 - 02 - 16)));
    }

    #[test]
    fn lunar_dates_of_known_days() {
        let l = to_lunar(date!(2026 - 02 - 17));
        assert_eq!((l.year, l.month, l.day, l.leap), (2026, 1, 1, false));
        let l = to_lunar(date!(2026 - 02 - 16));
        assert_eq!((l.year, l.month, l.day), (2025, 12, 29));
        // 2023 had a leap second month (tháng 2 nhuận), 2023-03-22 to 2023-04-19.
        let l = to_lunar(date!(2023 - 03 - 22));
        assert_eq!((l.year, l.month, l.day, l.leap), (2023, 2, 1, true));
        let l = to_lunar(date!(2025 - 07 - 25));
        assert_eq!(
            (l.month, l.day, l.leap),
            (6, 1, true),
            "2025 has a leap sixth month"
        );
        assert_eq!(
            from_lunar(LunarDate {
                year: 2024,
                month: 2,
                day: 1,
                leap: true
            }),
            None
        );
    }

    /// Every Tết and Giỗ Tổ 1990-2050 against the fixture (its header gives the source).
    #[test]
    fn tet_and_gio_to_1990_2050() {
        let fixture = include_str!("../tests/fixtures/tet_gio_to.csv");
        let mut years = 0;
        for line in fixture
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let f: Vec<&str> = line.split(',').collect();
            let year: i32 = f[0].parse().unwrap();
            let parse = |s: &str| {
                let fmt = time::macros::format_description!("[year]-[month]-[day]");
                Date::parse(s, fmt).unwrap()
            };
            assert_eq!(tet(year), Some(parse(f[1])), "Tết {year}");
            assert_eq!(gio_to(year), Some(parse(f[2])), "Giỗ Tổ {year}");
            years += 1;
        }
        assert_eq!(years, 61);
    }

    proptest! {
        #[test]
        fn solar_lunar_solar_round_trips(jdn in 2_415_021i32..2_488_070) {
            // 1900-01-01 .. 2099-12-31
            let d = Date::from_julian_day(jdn).unwrap();
            let l = to_lunar(d);
            prop_assert_eq!(from_lunar(l), Some(d), "{:?}", l);
        }
    }
}
