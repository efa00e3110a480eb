//! Validators for Vietnamese personal identifiers and the masking of what was found.
//!
//! A pattern alone finds too much: twelve digits are not a CCCD number, ten digits are not a
//! phone number. Each validator here checks the structure the issuing rules give (province
//! code, century and birth year of a CCCD; carrier and area prefixes of a phone number; the
//! check digit of a tax code; Luhn and issuer prefixes of a payment card) and says how sure it
//! is. [`detect`] combines these with what a column name says ([`hint`]), [`scan_text`] with
//! the words around a value in free text, and [`FieldStats`] adds a column up into findings
//! that [`classify`] places under the regime in force.
//!
//! Pure functions: no I/O, no clock (the current year is an argument), no allocation of the
//! value beyond what is returned. Nothing here logs; [`mask`] is the only form in which a
//! found value may leave the scanner.

#![forbid(unsafe_code)]

mod columns;
mod detector;
mod fold;
mod lexicon;
mod provinces;
mod scan;
mod text;
mod values;

pub use columns::{Hint, hint};
pub use detector::{Category, DETECTOR_COUNT, Detector, Regime, classify};
pub use fold::{fold, nfc};
pub use lexicon::is_province;
pub use scan::{FieldFinding, FieldStats, Rollup, SAMPLES, rollup};
pub use text::{
    TextHit, given_candidate_keys, given_keys_of, scan as scan_text,
    scan_deferring as scan_text_deferring, scan_known as scan_text_known,
};
pub use values::{Hit, address as address_confidence, date as is_date, detect, is_blank};

/// Digits only, with the separators people type (spaces, dots, dashes) removed; `None` if
/// anything else is in the way.
fn digits(raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    for c in raw.trim().chars() {
        match c {
            '0'..='9' => out.push(c),
            ' ' | '.' | '-' => {}
            _ => return None,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// [`digits`] on the stack, for the validators that read at most [`Digits::MAX`] digits (a
/// phone, a CCCD): `None` also when there are more. These run for most values of a table's
/// columns, and a string per value cost more than the checks themselves.
struct Digits {
    buf: [u8; Digits::MAX],
    len: usize,
}

impl Digits {
    const MAX: usize = 16;

    fn of(raw: &str) -> Option<Digits> {
        let mut d = Digits {
            buf: [0; Digits::MAX],
            len: 0,
        };
        // Every byte of a character beyond ASCII is refused, as the character is.
        for &b in raw.trim().as_bytes() {
            match b {
                b'0'..=b'9' => {
                    *d.buf.get_mut(d.len)? = b;
                    d.len += 1;
                }
                b' ' | b'.' | b'-' => {}
                _ => return None,
            }
        }
        (d.len > 0).then_some(d)
    }

    fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

/// How sure a validator is.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Confidence(pub f32);

/// Gender encoded in a CCCD number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Nam.
    Male,
    /// Nữ.
    Female,
}

/// What a valid CCCD (personal identification) number reveals: it is itself basic personal
/// data and so are its parts (birth province, gender, birth year).
#[derive(Debug, Clone, PartialEq)]
pub struct Cccd {
    /// The province of birth registration, when the code is one of the 63.
    pub province: Option<&'static str>,
    /// Gender.
    pub gender: Gender,
    /// Year of birth.
    pub birth_year: i32,
    /// How sure: lower when the province code is unknown (births abroad use codes no source
    /// lists).
    pub confidence: Confidence,
}

/// Checks a CCCD / personal identification number (12 digits: province code, gender and
/// century, two digits of the birth year, six random digits; no checksum), given the current
/// year (a birth year cannot be in the future).
pub fn cccd(raw: &str, current_year: i32) -> Option<Cccd> {
    let d = Digits::of(raw)?;
    let d = d.as_str();
    let b = d.as_bytes();
    if b.len() != 12 {
        return None;
    }
    let code = d.get(..3)?;
    let gc = i32::from(*b.get(3)? - b'0');
    let yy: i32 = d.get(4..6)?.parse().ok()?;
    // 0/1: 1900s, 2/3: 2000s, 4/5: 2100s ...; even male, odd female.
    let birth_year = (19 + gc / 2) * 100 + yy;
    if birth_year > current_year || current_year - birth_year > 130 {
        return None;
    }
    // The list is in code order: a binary search, not a scan of 63 codes per number.
    let province = provinces::PROVINCES
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .and_then(|i| provinces::PROVINCES.get(i))
        .map(|(_, n)| *n);
    Some(Cccd {
        province,
        gender: if gc % 2 == 0 {
            Gender::Male
        } else {
            Gender::Female
        },
        birth_year,
        confidence: Confidence(if province.is_some() { 0.9 } else { 0.5 }),
    })
}

/// Kind of phone number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneKind {
    /// Di động.
    Mobile,
    /// Cố định.
    FixedLine,
}

/// A valid Vietnamese phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// In E.164 form, `+84…`.
    pub e164: String,
    /// Mobile or fixed line.
    pub kind: PhoneKind,
}

/// Mobile prefixes after the leading 0 (libphonenumber's VN mobile ranges, reference §1.4):
/// Viettel 32-39, 86, 96-98; VinaPhone 81-85, 88, 91, 94; MobiFone 70, 76-79, 89, 90, 93;
/// Vietnamobile 52, 56, 58, 92; Gmobile 59, 99; Reddi 55; Itelecom 87.
const MOBILE_PREFIXES: &[&str] = &[
    "32", "33", "34", "35", "36", "37", "38", "39", "52", "55", "56", "58", "59", "70", "76", "77",
    "78", "79", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94",
    "96", "97", "98", "99",
];

/// Fixed-line area codes after the leading 0 (2017 plan; Hà Nội 24 and TP.HCM 28 have 8-digit
/// subscriber numbers, the others 7).
const AREA_CODES: &[&str] = &[
    "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "214", "215",
    "216", "218", "219", "220", "221", "222", "225", "226", "227", "228", "229", "232", "233",
    "234", "235", "236", "237", "238", "239", "24", "251", "252", "254", "255", "256", "257",
    "258", "259", "260", "261", "262", "263", "269", "270", "271", "272", "273", "274", "275",
    "276", "277", "28", "290", "291", "292", "293", "294", "296", "297", "299",
];

/// Checks a Vietnamese phone number written `0…`, `84…` or `+84…`, with spaces, dots, dashes
/// or parentheses. The carrier is not returned: with number portability the prefix does not
/// tell it.
pub fn phone(raw: &str) -> Option<Phone> {
    phone_parts(raw, |national, kind| Phone {
        e164: format!("+84{national}"),
        kind,
    })
}

/// Whether `raw` is a valid Vietnamese phone number, and of which kind: [`phone`] without its
/// E.164 string, for the scan, which only counts it.
pub fn phone_kind(raw: &str) -> Option<PhoneKind> {
    phone_parts(raw, |_, kind| kind)
}

/// The national number (without its leading 0 or 84) and the kind of a valid phone number,
/// given to `then`.
fn phone_parts<T>(raw: &str, then: impl FnOnce(&str, PhoneKind) -> T) -> Option<T> {
    let unbracketed: std::borrow::Cow<'_, str> = if raw.contains(['(', ')']) {
        raw.chars().filter(|c| !matches!(c, '(' | ')')).collect()
    } else {
        raw.into()
    };
    let trimmed = unbracketed.trim();
    let (plus, rest) = match trimmed.strip_prefix('+') {
        Some(r) => (true, r),
        None => (false, trimmed),
    };
    // A national number has nine or ten digits: with 84 or 0 before it, at most twelve, so
    // more than sixteen digits are no phone's.
    let d = Digits::of(rest)?;
    let d = d.as_str();
    let national = if let Some(n) = d
        .strip_prefix("84")
        .filter(|n| n.len() >= 9 && (plus || !n.starts_with('0')))
    {
        n
    } else if !plus && d.starts_with('0') {
        d.get(1..)?
    } else {
        return None;
    };
    // Both lists are sorted: binary searches on the number's first two or three digits.
    let prefix = |k: usize| national.get(..k).unwrap_or("");
    let kind = if national.len() == 9 && MOBILE_PREFIXES.binary_search(&prefix(2)).is_ok() {
        PhoneKind::Mobile
    } else if national.len() == 10
        && (AREA_CODES.binary_search(&prefix(2)).is_ok()
            || AREA_CODES.binary_search(&prefix(3)).is_ok())
    {
        PhoneKind::FixedLine
    } else {
        return None;
    };
    Some(then(national, kind))
}

/// Checks a tax code (mã số thuế): 10 digits with a valid check digit, or 13 with a branch
/// suffix (Circular 105/2020/TT-BTC). Returns its canonical form.
pub fn tax_code(raw: &str) -> Option<String> {
    khien_domain::TaxCode::parse(raw)
        .ok()
        .map(|t| t.as_str().to_owned())
}

/// The Luhn checksum over a string of digits.
pub fn luhn(d: &str) -> bool {
    let mut sum = 0u32;
    for (i, b) in d.bytes().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        let mut v = u32::from(b - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    !d.is_empty() && sum.is_multiple_of(10)
}

/// A payment card number's network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardNetwork {
    /// Domestic NAPAS card (9704…).
    Napas,
    /// Visa (4…).
    Visa,
    /// Mastercard (51-55, 2221-2720).
    Mastercard,
    /// American Express (34, 37).
    Amex,
    /// JCB (3528-3589).
    Jcb,
    /// UnionPay (62…).
    UnionPay,
}

/// Checks a payment card number: a known issuer prefix and length, and the Luhn checksum for
/// the international networks. NAPAS cards (9704, 16 or 19 digits) are not known to follow
/// Luhn, so for them Luhn only raises the confidence (reference §1.9).
pub fn payment_card(raw: &str) -> Option<(CardNetwork, Confidence)> {
    let d = digits(raw)?;
    let n = d.len();
    let prefix = |k: usize| d.get(..k).and_then(|p| p.parse::<u32>().ok()).unwrap_or(0);
    let network = if d.starts_with("9704") && (n == 16 || n == 19) {
        CardNetwork::Napas
    } else if d.starts_with('4') && (n == 13 || n == 16 || n == 19) {
        CardNetwork::Visa
    } else if ((51..=55).contains(&prefix(2)) || (2221..=2720).contains(&prefix(4))) && n == 16 {
        CardNetwork::Mastercard
    } else if (prefix(2) == 34 || prefix(2) == 37) && n == 15 {
        CardNetwork::Amex
    } else if (3528..=3589).contains(&prefix(4)) && (16..=19).contains(&n) {
        CardNetwork::Jcb
    } else if d.starts_with("62") && (16..=19).contains(&n) {
        CardNetwork::UnionPay
    } else {
        return None;
    };
    let valid_luhn = luhn(&d);
    match network {
        CardNetwork::Napas => Some((network, Confidence(if valid_luhn { 0.95 } else { 0.7 }))),
        _ if valid_luhn => Some((network, Confidence(0.95))),
        _ => None,
    }
}

/// Masks a found value for reports: the first four and the last two characters of values of
/// eight characters or more (`0912****78`), otherwise the first and last; e-mail addresses keep
/// the first character of the local part and the domain (`n***@example.vn`).
pub fn mask(value: &str) -> String {
    if let Some((local, domain)) = value.split_once('@') {
        let first: String = local.chars().take(1).collect();
        return format!("{first}***@{domain}");
    }
    let chars: Vec<char> = value.chars().collect();
    let n = chars.len();
    let (head, tail) = if n >= 8 {
        (4, 2)
    } else if n >= 3 {
        (1, 1)
    } else {
        (0, 0)
    };
    let mut out: String = chars.iter().take(head).collect();
    out.push_str(
        &"*".repeat(
            n.saturating_sub(head + tail)
                .max(if n == 0 { 0 } else { 1 }),
        ),
    );
    out.extend(chars.iter().skip(n.saturating_sub(tail)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The validators look codes up by binary search: the lists must stay sorted, and every
    /// code must be found as a scan of the list would find it.
    #[test]
    fn code_lists_are_sorted() {
        assert!(MOBILE_PREFIXES.is_sorted());
        assert!(AREA_CODES.is_sorted());
        assert!(provinces::PROVINCES.is_sorted_by_key(|(c, _)| *c));
        for (code, name) in provinces::PROVINCES {
            let number = format!("{code}090012345");
            assert_eq!(cccd(&number, 2026).and_then(|c| c.province), Some(*name));
        }
        for p in MOBILE_PREFIXES {
            assert!(phone(&format!("0{p}1234567")).is_some(), "{p}");
        }
        for a in AREA_CODES {
            let rest = "1234567890".get(..10 - a.len()).unwrap_or("");
            assert!(phone(&format!("0{a}{rest}")).is_some(), "{a}");
        }
        assert!(phone("0212345678").is_none());
        assert!(cccd("003090012345", 2026).is_some_and(|c| c.province.is_none()));
    }

    /// CCCD structure: Decree 137/2015 Art. 13, Circular 07/2016/TT-BCA Art. 7 (reference §1.1).
    #[test]
    fn cccd_numbers() {
        let c = cccd("038 090 012345", 2026).unwrap();
        assert_eq!(
            (c.province, c.gender, c.birth_year),
            (Some("Thanh Hóa"), Gender::Male, 1990)
        );
        let c = cccd("001305123456", 2026).unwrap();
        assert_eq!(
            (c.province, c.gender, c.birth_year),
            (Some("Hà Nội"), Gender::Female, 2005)
        );
        let unknown = cccd("150090012345", 2026).unwrap();
        assert_eq!(
            unknown.province, None,
            "births abroad: code not in the table"
        );
        assert!(unknown.confidence < c.confidence);
        assert!(cccd("03809001234", 2026).is_none(), "11 digits");
        assert!(cccd("0380900123456", 2026).is_none(), "13 digits");
        assert!(
            cccd("038227012345", 2026).is_none(),
            "born in 2027: in the future"
        );
        assert!(cccd("038827012345", 2026).is_none(), "born in 2327");
        assert!(cccd("03809001234a", 2026).is_none());
        assert!(cccd("038/090/012345", 2026).is_none());
    }

    /// Phone numbers (reference §1.4).
    #[test]
    fn phone_numbers() {
        let cases: &[(&str, Option<(&str, PhoneKind)>)] = &[
            ("0912345678", Some(("+84912345678", PhoneKind::Mobile))),
            ("+84 912 345 678", Some(("+84912345678", PhoneKind::Mobile))),
            ("84-98.765.4321", Some(("+84987654321", PhoneKind::Mobile))),
            (
                "(+84) 328 123 456",
                Some(("+84328123456", PhoneKind::Mobile)),
            ),
            (
                "0243 8253 888",
                Some(("+842438253888", PhoneKind::FixedLine)),
            ),
            (
                "0237 3852 123",
                Some(("+842373852123", PhoneKind::FixedLine)),
            ),
            ("0212345678", None),  // 02x with 9 digits: no such area code length
            ("0112345678", None),  // no 01x mobile range since 2018
            ("091234567", None),   // too short
            ("09123456789", None), // too long
            ("+1 212 555 0100", None),
            ("0912-ABC-678", None),
            ("", None),
        ];
        for (raw, want) in cases {
            let got = phone(raw).map(|p| (p.e164, p.kind));
            assert_eq!(got, want.map(|(e, k)| (e.to_owned(), k)), "{raw:?}");
        }
    }

    #[test]
    fn tax_codes_reuse_the_registry_rule() {
        assert_eq!(tax_code("0100109106").as_deref(), Some("0100109106"));
        assert_eq!(tax_code("0100109107"), None);
    }

    #[test]
    fn payment_cards() {
        assert_eq!(
            payment_card("4111 1111 1111 1111").map(|c| c.0),
            Some(CardNetwork::Visa)
        );
        assert_eq!(
            payment_card("5555555555554444").map(|c| c.0),
            Some(CardNetwork::Mastercard)
        );
        assert_eq!(
            payment_card("2223003122003222").map(|c| c.0),
            Some(CardNetwork::Mastercard)
        );
        assert_eq!(
            payment_card("378282246310005").map(|c| c.0),
            Some(CardNetwork::Amex)
        );
        assert_eq!(
            payment_card("3530111333300000").map(|c| c.0),
            Some(CardNetwork::Jcb)
        );
        assert_eq!(payment_card("4111111111111112"), None, "Luhn fails");
        // NAPAS: accepted either way, more confident with Luhn.
        let napas_luhn = payment_card("9704000000000018").unwrap();
        let napas_plain = payment_card("9704000000000011").unwrap();
        assert_eq!(napas_luhn.0, CardNetwork::Napas);
        assert!(napas_luhn.1 > napas_plain.1);
        assert_eq!(payment_card("1234567812345678"), None);
    }

    #[test]
    fn masking_keeps_the_ends_only() {
        assert_eq!(mask("0912345678"), "0912****78");
        assert_eq!(mask("038090012345"), "0380******45");
        assert_eq!(mask("nguyen.van.a@example.vn"), "n***@example.vn");
        assert_eq!(mask("Hà"), "**");
        assert_eq!(mask("Bình"), "B**h");
        assert_eq!(mask(""), "");
    }

    proptest! {
        #[test]
        fn masks_never_show_the_middle(s in "[0-9]{8,20}") {
            let m = mask(&s);
            prop_assert_eq!(m.chars().count(), s.chars().count());
            prop_assert_eq!(&m[..4], &s[..4]);
            prop_assert!(m[4..m.len() - 2].chars().all(|c| c == '*'));
        }

        #[test]
        fn validators_never_panic(s in "\\PC{0,40}") {
            let _ = cccd(&s, 2026);
            let _ = phone(&s);
            let _ = tax_code(&s);
            let _ = payment_card(&s);
            let _ = mask(&s);
        }

        /// The digits on the stack are the digits in a string, up to the sixteen they hold.
        #[test]
        fn digits_on_the_stack_are_the_digits(s in "[ \u{a0}]?[0-9 .\\-]{0,22}[a\u{e9}]?[ \u{a0}]?") {
            let on_stack = Digits::of(&s).map(|d| d.as_str().to_owned());
            let in_string = digits(&s).filter(|d| d.len() <= Digits::MAX);
            prop_assert_eq!(on_stack, in_string);
        }

        #[test]
        fn luhn_detects_single_digit_changes(body in "[0-9]{15}", pos in 0usize..15, delta in 1u8..10) {
            // Make a valid number, then change one digit: Luhn must notice.
            let check = (0..10u8).find(|c| luhn(&format!("{body}{c}"))).unwrap();
            let valid = format!("{body}{check}");
            let mut bytes = valid.clone().into_bytes();
            bytes[pos] = b'0' + (bytes[pos] - b'0' + delta) % 10;
            prop_assert!(!luhn(&String::from_utf8(bytes).unwrap()));
        }
    }
}
