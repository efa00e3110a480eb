//! One value: what kind of personal data it is, given what its column says.
//!
//! Values that identify themselves (a CCCD with a valid structure, a mobile number, a card that
//! passes Luhn, an e-mail address, a BHYT card code) are found under any header. Values that
//! look like any number (nine digits of a CMND, ten of a BHXH number, a bank account, a
//! driving-licence number, a date) count only under a header that says what they are
//! (reference §7, "ctx"). A header that names something not personal (an order number, a
//! creation date) turns off the value rules that would otherwise guess.

use std::net::IpAddr;

use crate::columns::Hint;
use crate::detector::Detector as D;
use crate::detector::Detector;
use crate::fold::fold;
use crate::lexicon;

/// A value recognised as personal data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Which kind.
    pub detector: Detector,
    /// How sure, 0 to 1.
    pub confidence: f32,
}

fn hit(detector: Detector, confidence: f32) -> Option<Hit> {
    Some(Hit {
        detector,
        confidence,
    })
}

/// Values that mean "nothing here".
pub fn is_blank(v: &str) -> bool {
    // Every cell passes here, most of them long and not blank: decided by length first,
    // and trimmed only when an end is a space or not ASCII.
    let b = v.as_bytes();
    let t = match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => v,
        _ => v.trim(),
    };
    let same = |w: &str| t.eq_ignore_ascii_case(w);
    match t.len() {
        0 => true,
        1 => t == "-",
        // "nt" (như trên, "as above"): a ditto under the value of the row before, which
        // was counted there.
        2 => t == "--" || same("na") || same("nt"),
        3 => same("n/a") || same("n.t"),
        4 => same("null") || same("none") || same("-nt-"),
        8 => same("nhu tren") || same_as_above(t),
        5..=16 => same_as_above(t),
        _ => false,
    }
}

/// "như trên" as written, in any case and normal form.
fn same_as_above(t: &str) -> bool {
    (t.starts_with("nh") || t.starts_with("Nh") || t.starts_with("NH"))
        && crate::fold::lower(t) == "như trên"
}

/// Shape of a value, computed in one pass over its bytes.
#[derive(Debug, Default, Clone, Copy)]
struct Shape {
    digits: usize,
    ascii_upper: usize,
    ascii_lower: usize,
    /// Spaces, dots, dashes.
    seps: usize,
    other: usize,
    non_ascii: usize,
    at: usize,
    plus_first: bool,
}

/// The class of each byte for [`shape`]: 0 digit, 1 capital, 2 small letter, 3 separator,
/// 4 '@', 5 not ASCII, 6 anything else (a table rather than a match: no branch per byte).
const BYTE_CLASS: [u8; 256] = {
    let mut t = [6u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'0'..=b'9' => 0,
            b'A'..=b'Z' => 1,
            b'a'..=b'z' => 2,
            b' ' | b'.' | b'-' => 3,
            b'@' => 4,
            0x80.. => 5,
            _ => 6,
        };
        b += 1;
    }
    t
};

fn shape(v: &str) -> Shape {
    let mut n = [0usize; 7];
    for b in v.bytes() {
        if let Some(c) = n.get_mut(usize::from(BYTE_CLASS[usize::from(b)])) {
            *c += 1;
        }
    }
    let [digits, ascii_upper, ascii_lower, seps, at, non_ascii, other] = n;
    Shape {
        digits,
        ascii_upper,
        ascii_lower,
        seps,
        other,
        non_ascii,
        at,
        plus_first: v.starts_with('+'),
    }
}

/// Recognises one value. `hint` is what its column or field name says; `current_year` bounds
/// birth years.
pub fn detect(value: &str, hint: Option<Hint>, current_year: i32) -> Option<Hit> {
    let v = value.trim();
    if is_blank(v) || v.len() > 512 {
        return None;
    }
    let said = match hint {
        Some(Hint::Is(d)) => Some(d),
        _ => None,
    };
    let not_personal = matches!(hint, Some(Hint::NotPersonal));
    // Columns whose header alone makes every value a kind of personal data.
    let s = shape(v);
    if let Some(d) = said
        && let Some(h) = by_header(d, v, &s, current_year)
    {
        return Some(h);
    }
    // A paper's kind written before its number in a column of identity papers ("HC Lào
    // P1834207", "CMND 025873146"): the number decides.
    // A licence's class before its number ("CE - 790174362815", "Hạng B2 3101…").
    // A bank's name before an account ("MB 0933987172", "Agribank - 7700205384126"): the
    // number decides, a phone's shape too (an account may be its owner's phone number).
    if let Some(d @ (D::Cccd | D::Cmnd | D::Passport | D::DrivingLicence | D::BankAccount)) = said
        && let Some((_, number)) = kind_then_number(v, |c| {
            c == '-' || (d == D::DrivingLicence && c.is_ascii_digit())
        })
        && let Some(h) = by_header(d, number, &shape(number), current_year)
    {
        return Some(h);
    }
    if not_personal {
        return None;
    }
    // The same in a column that says nothing: "CCCD 079179024618", "HC C5830147", "GPLX số
    // 790087214563" (the kind's words are a header rule's, or "HC" for hộ chiếu).
    if said.is_none()
        && let Some((kind, number)) = kind_then_number(v, |c| c == ':')
    {
        let kind = kind.trim_end_matches([':', ' ']);
        let paper = if kind == "HC" {
            Some(D::Passport)
        } else {
            match crate::columns::hint(kind) {
                Some(Hint::Is(
                    d @ (D::Cccd
                    | D::Cmnd
                    | D::Passport
                    | D::DrivingLicence
                    | D::HealthInsuranceCard
                    | D::SocialInsurance),
                )) => Some(d),
                _ => None,
            }
        };
        if let Some(d) = paper
            && let Some(h) = by_header(d, number, &shape(number), current_year)
        {
            return Some(h);
        }
    }
    let letters = s.ascii_upper + s.ascii_lower + s.non_ascii;
    if s.at == 1 {
        return email(v).then_some(Hit {
            detector: D::Email,
            confidence: 0.95,
        });
    }
    // Numbers with separators: phone, CCCD, card.
    if s.digits >= 9 && letters == 0 && (s.other == 0 || only_brackets(v)) {
        if v.bytes().filter(|b| *b == b'.').count() == 3 && s.seps == 3 {
            return public_ip(v).map(|_| Hit {
                detector: D::IpAddress,
                confidence: 0.9,
            });
        }
        if let Some(kind) = crate::phone_kind(v) {
            let c = match kind {
                crate::PhoneKind::Mobile => 0.9,
                crate::PhoneKind::FixedLine => 0.8,
            };
            return hit(D::Phone, c);
        }
        if s.digits == 12
            && !s.plus_first
            && let Some(c) = crate::cccd(v, current_year)
            && c.province.is_some()
        {
            return hit(D::Cccd, 0.85);
        }
        if (13..=19).contains(&s.digits)
            && !s.plus_first
            && let Some((_, c)) = crate::payment_card(v)
        {
            return hit(D::PaymentCard, c.0);
        }
        if s.digits == 13 && s.seps == 1 && v.as_bytes().get(10) == Some(&b'-') {
            // 0101234567-001: a branch tax code, a shape of its own.
            return crate::tax_code(v).map(|_| Hit {
                detector: D::TaxCode,
                confidence: 0.7,
            });
        }
        return None;
    }
    // With no header to say so, a card's beneficiary group must be one we know ("NV25…" is a
    // waybill).
    if v.len() == 15 && s.ascii_upper == 2 && s.digits == 13 && bhyt(v) && bhyt_group_known(v) {
        return hit(D::HealthInsuranceCard, 0.95);
    }
    if s.digits >= 4 && s.ascii_upper >= 1 && s.ascii_upper <= 2 && v.len() <= 12 && plate(v) {
        return hit(D::LicencePlate, 0.7);
    }
    if v.bytes().filter(|b| *b == b':').count() >= 2 {
        return public_ip(v).map(|_| Hit {
            detector: D::IpAddress,
            confidence: 0.95,
        });
    }
    if (s.seps > 0 || s.other > 0) && (s.digits >= 3) && letters <= 8 {
        if let Some(ip) = public_ip(v) {
            return hit(D::IpAddress, if ip.is_ipv4() { 0.9 } else { 0.95 });
        }
        if geo_pair(v).is_some() {
            return hit(D::Geolocation, 0.7);
        }
    }
    if s.digits == 0 && s.at == 0 && letters >= 4 {
        // "Nguyễn Thị Lan (wife)", "Trần Văn Bảy (bố)": a name with the relation in brackets.
        if let Some(c) = name(v).or_else(|| name(before_bracket(v)?)) {
            return hit(D::PersonName, c);
        }
        // A village's address has no number: "Thôn Định Tân, xã Bình Châu, tỉnh Quảng Ngãi".
        // Not a province alone after a name ("AGODA.COM, SG": a merchant).
        if v.contains(',')
            && let Some(c) = address(v)
            && c >= 0.8
        {
            return hit(D::Address, c);
        }
        return None;
    }
    if letters >= 6
        && s.digits <= 12
        && let Some(c) = address(v)
    {
        return hit(D::Address, c);
    }
    None
}

/// The date after an hour at the start of a value: "02:15 03/01/2026" → "03/01/2026".
fn hour_first(v: &str) -> Option<&str> {
    let (hour, rest) = v.trim().split_once(' ')?;
    (hour.contains(':') && hour.bytes().all(|b| b.is_ascii_digit() || b == b':')).then_some(rest)
}

/// The words before a relation in brackets at the end of a value: "Nguyễn Thị Lan (wife)" →
/// "Nguyễn Thị Lan"; `None` when the value does not end with one, or when the brackets name
/// someone ("Võ Văn Bảy (chú Bảy)" is read as a text, two mentions).
fn before_bracket(v: &str) -> Option<&str> {
    let v = v.trim();
    let (head, inside) = v.strip_suffix(')')?.rsplit_once('(')?;
    let head = head.trim();
    (!head.is_empty() && !inside.chars().any(char::is_uppercase)).then_some(head)
}

/// What a value is under a header that says what it should be; `None` lets the value rules
/// try (a "phone" column may hold e-mail addresses).
fn by_header(d: Detector, v: &str, s: &Shape, current_year: i32) -> Option<Hit> {
    let letters = s.ascii_upper + s.ascii_lower + s.non_ascii;
    let digits_only = letters == 0 && s.other == 0 && s.at == 0;
    match d {
        D::Cccd => {
            // A spreadsheet that took the number for a number dropped its leading zero.
            let c = crate::cccd(v, current_year).or_else(|| {
                (digits_only && s.digits == 11)
                    .then(|| crate::cccd(&format!("0{v}"), current_year))
                    .flatten()
            });
            match c {
                Some(c) => hit(D::Cccd, if c.province.is_some() { 0.98 } else { 0.85 }),
                // A column of identity papers ("CCCD/CMND/Hộ chiếu") also holds old ID
                // numbers and passports.
                None => by_header(D::Cmnd, v, s, current_year)
                    .filter(|_| s.digits == 9)
                    .or_else(|| {
                        by_header(D::Passport, v, s, current_year).filter(|_| s.ascii_upper > 0)
                    }),
            }
        }
        D::Cmnd => {
            if digits_only && s.digits == 9 && !repeated(v) {
                return hit(D::Cmnd, 0.95);
            }
            // 12-digit CMND cards used the CCCD layout (reference §1.2).
            crate::cccd(v, current_year).map(|_| Hit {
                detector: D::Cmnd,
                confidence: 0.9,
            })
        }
        D::Passport => {
            let b = v.as_bytes();
            let ok = (b.len() == 8
                && b[0].is_ascii_uppercase()
                && b[1..].iter().all(u8::is_ascii_digit))
                || (b.len() == 9
                    && b[0].is_ascii_uppercase()
                    && b[1].is_ascii_uppercase()
                    && b[2..].iter().all(u8::is_ascii_digit));
            // Under a passport header, foreign passports too: 6 to 9 capitals and digits, at
            // least four of them digits and a letter among them, or nine digits
            // ("567812349", "M48213975", "C4J7R2K9L", "PA4419302"; not an amount "200000").
            let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
            let foreign = (6..=9).contains(&b.len())
                && b.iter()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && digits >= 4
                && (digits < b.len() || b.len() == 9);
            if ok {
                hit(D::Passport, if b.len() == 8 { 0.95 } else { 0.8 })
            } else {
                foreign.then_some(Hit {
                    detector: D::Passport,
                    confidence: 0.7,
                })
            }
        }
        D::Phone => crate::phone_kind(v)
            .or_else(|| {
                // 912345678: a mobile number whose leading zero a spreadsheet dropped.
                (digits_only && s.digits == 9 && v.len() == 9)
                    .then(|| crate::phone_kind(&format!("0{v}")))
                    .flatten()
            })
            .map(|_| Hit {
                detector: D::Phone,
                confidence: 0.98,
            }),
        D::TaxCode => crate::tax_code(v)
            .map(|_| Hit {
                detector: D::TaxCode,
                confidence: 0.95,
            })
            .or_else(|| {
                // Labelled as a tax code, ten digits whose check digit fails are still a
                // tax code as someone wrote it (a typo in a declaration is the person's all
                // the same); and since 1 July 2025 an individual's tax code is their personal
                // identification number, twelve digits (Circular 86/2024/TT-BTC).
                (digits_only && s.seps == 0 && (s.digits == 10 || s.digits == 13) && !repeated(v))
                    .then_some(Hit {
                        detector: D::TaxCode,
                        confidence: 0.7,
                    })
                    .or_else(|| {
                        (digits_only && s.digits == 12)
                            .then(|| crate::cccd(v, current_year))
                            .flatten()
                            .map(|_| Hit {
                                detector: D::TaxCode,
                                confidence: 0.85,
                            })
                    })
            }),
        D::SocialInsurance => (digits_only && s.digits == 10 && s.seps == 0).then_some(Hit {
            detector: D::SocialInsurance,
            confidence: 0.9,
        }),
        D::HealthInsuranceCard => {
            // Typed with spaces between its parts: "DN 4 01 0134550082".
            let joined: String = v.split_whitespace().collect();
            if joined.len() == 15 && bhyt(&joined) {
                hit(D::HealthInsuranceCard, 0.98)
            } else if digits_only && s.digits == 10 && s.seps == 0 {
                // New cards show only the 10-digit BHXH number (QĐ 1666/QĐ-BHXH).
                hit(D::HealthInsuranceCard, 0.85)
            } else {
                None
            }
        }
        D::LicencePlate => plate(v).then_some(Hit {
            detector: D::LicencePlate,
            confidence: 0.95,
        }),
        D::DrivingLicence => (digits_only && s.digits == 12).then_some(Hit {
            detector: D::DrivingLicence,
            confidence: 0.9,
        }),
        D::PaymentCard => crate::payment_card(v).map(|(_, c)| Hit {
            detector: D::PaymentCard,
            confidence: (c.0 + 0.03).min(0.99),
        }),
        D::BankAccount => {
            // A card's number after a bank's name is a card's ("thẻ Sacombank 9704 0315 …").
            if s.digits >= 16
                && let Some((_, c)) = crate::payment_card(v)
            {
                return hit(D::PaymentCard, c.0);
            }
            // Not a hotline after a bank's name ("Vietcombank 1900 545413").
            let service = v.starts_with("1900") || v.starts_with("1800");
            if digits_only && (6..=19).contains(&s.digits) && s.seps <= 3 && !service {
                return hit(D::BankAccount, 0.9);
            }
            // "4004205162837 (Agribank)", "0071001587426 - Vietcombank": the number before
            // the bank's name.
            let head = v
                .split(|c: char| c == '(' || c.is_alphabetic())
                .next()
                .unwrap_or("")
                .trim()
                .trim_end_matches(['-', '–', ',', ' ']);
            let digits = head.bytes().filter(u8::is_ascii_digit).count();
            (head.len() < v.len()
                && (6..=19).contains(&digits)
                && head
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b' ' || b == b'.'))
            .then_some(Hit {
                detector: D::BankAccount,
                confidence: 0.85,
            })
        }
        D::Email => email(v).then_some(Hit {
            detector: D::Email,
            confidence: 0.98,
        }),
        D::IpAddress => ip(v).map(|_| Hit {
            detector: D::IpAddress,
            confidence: 0.98,
        }),
        // A newborn's hour before the day: "02:15 03/01/2026" (only under a birth's header: a
        // column of old timestamps is not births).
        D::DateOfBirth if hour_first(v).is_some_and(|d| date(d, current_year)) => {
            hit(D::DateOfBirth, 0.95)
        }
        D::DateOfBirth => (date(v, current_year)
            || short_date(v, current_year)
            || compact_date(v, current_year)
            || lunar_year(v))
        .then_some(Hit {
            detector: D::DateOfBirth,
            confidence: 0.95,
        }),
        D::Geolocation => {
            if geo_pair(v).is_some() {
                hit(D::Geolocation, 0.95)
            } else if let Ok(x) = v.parse::<f64>() {
                // One coordinate of a pair kept in two columns.
                ((8.0..=24.0).contains(&x) || (102.0..=110.0).contains(&x)).then_some(Hit {
                    detector: D::Geolocation,
                    confidence: 0.8,
                })
            } else {
                None
            }
        }
        D::PersonName => {
            if s.digits == 0 && s.at == 0 && letters >= 2 && plausible_name_shape(v) {
                hit(D::PersonName, name(v).map_or(0.85, |c| c.max(0.95)))
            } else {
                None
            }
        }
        D::Address => (letters >= 3).then(|| Hit {
            detector: D::Address,
            confidence: address(v).map_or(0.85, |c| c.max(0.95)),
        }),
        D::Ethnicity => {
            let known = lexicon::ethnic_groups().contains(&lexicon::normalise_key(&fold(v)));
            (letters > 0).then_some(Hit {
                detector: D::Ethnicity,
                confidence: if known { 0.97 } else { 0.75 },
            })
        }
        D::Religion => {
            let known = lexicon::religions().contains(&lexicon::normalise_key(&fold(v)));
            (letters > 0).then_some(Hit {
                detector: D::Religion,
                confidence: if known { 0.97 } else { 0.75 },
            })
        }
        D::Gender => {
            let f = fold(v);
            matches!(
                f.as_str(),
                "nam"
                    | "nu"
                    | "male"
                    | "female"
                    | "m"
                    | "f"
                    | "khac"
                    | "other"
                    | "trai"
                    | "gai"
                    // A pagoda's list: "Nam mạng", "Nữ mạng".
                    | "nam mang"
                    | "nu mang"
            )
            .then_some(Hit {
                detector: D::Gender,
                confidence: 0.97,
            })
        }
        D::DateOfDeath => date(v, current_year).then_some(Hit {
            detector: D::DateOfDeath,
            confidence: 0.95,
        }),
        // "Thân nhân liên hệ", "Người thân": a relative's name is a name ("Nguyễn Văn Hùng"),
        // a relation is a relation ("Con trai").
        D::FamilyRelation => match name(v).or_else(|| name(before_bracket(v)?)) {
            Some(c) => hit(D::PersonName, c),
            None => (letters > 0).then_some(Hit {
                detector: d,
                confidence: 0.9,
            }),
        },
        D::Nationality | D::MaritalStatus => (letters > 0).then_some(Hit {
            detector: d,
            confidence: 0.9,
        }),
        // A number is no picture: "hình CCCD qua zalo: 0010…" gives the card's number.
        D::IdCardImage
            if digits_only
                && s.digits == 12
                && crate::cccd(v, current_year).is_some_and(|c| c.province.is_some()) =>
        {
            hit(D::Cccd, 0.9)
        }
        D::Health
        | D::CriminalRecord
        | D::Biometric
        | D::Credential
        | D::PersonalImage
        | D::DigitalAccount
        | D::PoliticalView
        | D::PrivateLife
        | D::Genetic
        | D::SexLife
        | D::IdCardImage
        | D::EidOrBankCredential
        | D::Financial
        | D::Behaviour => (letters + s.digits > 0).then_some(Hit {
            detector: d,
            confidence: 0.9,
        }),
    }
}

fn only_brackets(v: &str) -> bool {
    v.bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'.' | b'-' | b'(' | b')' | b'+'))
}

fn repeated(v: &str) -> bool {
    let b = v.as_bytes();
    b.iter().all(|c| Some(c) == b.first())
}

/// A simple e-mail check: one `@`, a local part of allowed characters, a dotted domain.
pub fn email(v: &str) -> bool {
    let Some((local, domain)) = v.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b))
        && !local.starts_with('.')
        && !local.ends_with('.');
    // The labels one by one, without collecting them: every value of a mail column passes.
    let (mut labels, mut tld, mut labels_ok) = (0, "", true);
    for l in domain.split('.') {
        labels += 1;
        tld = l;
        labels_ok &= !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-');
    }
    let domain_ok =
        labels >= 2 && labels_ok && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic());
    local_ok && domain_ok && !role_address(local)
}

/// Mailboxes of a function rather than a person ("hotro@vnpt.vn", "booking@…", "info@…"):
/// they identify no one, so they are not personal data (Law 91/2025 Art. 2(1)).
fn role_address(local: &str) -> bool {
    const ROLES: &[&str] = &[
        "info",
        "contact",
        "lienhe",
        "hotro",
        "support",
        "cskh",
        "booking",
        "sales",
        "admin",
        "webmaster",
        "noreply",
        "no-reply",
        "ketoan",
        "tuyendung",
        "hr",
        "marketing",
        "office",
        "vanphong",
        "help",
        "service",
        "customerservice",
        "enquiries",
        "inquiry",
        "hello",
        "billing",
        "press",
        "feedback",
        "gopy",
        "phanhoi",
        "hoidap",
        "thongtin",
        "toasoan",
        "banbientap",
        "kinhdoanh",
        "dichvu",
        "chamsockhachhang",
        "postmaster",
        "abuse",
        "hddt",
        "hoadon",
        "einvoice",
        // A club's, a recruiter's, a complaints desk's ("hoivien@sunfit.vn").
        "hoivien",
        "nhansu",
        "tiepnhan",
        "phananh",
        "khieunai",
        "hanhchinh",
        "datphong",
        "reservation",
        // A legal department's, a records office's ("phapche@kbnet.vn").
        "phapche",
        "vanthu",
        // A law firm's advice desk ("tuvan@luatanbinh.vn").
        "tuvan",
        "invoice",
        "tongdai",
        "hotline",
        "helpdesk",
        "baohanh",
        "donhang",
        "dpo",
        "privacy",
        "lichhen",
        "datlich",
        // A school's training and admissions offices ("phongdaotao@…", "tuyensinh@…").
        "phongdaotao",
        "daotao",
        "tuyensinh",
        // A laboratory's results desk ("ketqua@genviet.vn").
        "ketqua",
        "results",
        // An examinations office's ("khaothi@…").
        "khaothi",
    ];
    static SET: std::sync::OnceLock<
        std::collections::HashSet<&'static str, crate::fold::WordHasher>,
    > = std::sync::OnceLock::new();
    let roles = SET.get_or_init(|| ROLES.iter().copied().collect());
    // Lower-cased on the stack: a local part has at most 64 bytes (checked before).
    let mut lowered = [0u8; 64];
    let l = match lowered.get_mut(..local.len()) {
        Some(buf) => {
            buf.copy_from_slice(local.as_bytes());
            buf.make_ascii_lowercase();
            std::str::from_utf8(buf).unwrap_or("")
        }
        None => return false,
    };
    // "vanphong.giaoxukienlao@gmail.com": an office's mailbox at a free provider;
    // "hotro.thanhkhe@danang.gov.vn": a ward's help desk. Only desks no one signs for:
    // "ketoan.lan@…", "sales.hung@…" are Lan's and Hùng's.
    let first = l.split(['.', '_', '-']).next().unwrap_or("");
    roles.contains(l)
        || [
            "vanphong",
            "ubnd",
            "bql",
            "hotro",
            "lienhe",
            "tiepnhan",
            "tuyensinh",
            "phongdaotao",
            "hoidap",
            "gopy",
            "phananh",
        ]
        .contains(&first)
        || ["ubnd", "vpcc"].iter().any(|p| l.starts_with(p))
}

/// BHYT card code: 2 letters (beneficiary group), benefit level 1-5, 2-digit province, 10-digit
/// BHXH number (QĐ 1351/QĐ-BHXH, reference §1.6).
pub fn bhyt(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 15
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_uppercase()
        && (b'1'..=b'5').contains(&b[2])
        && b[3..].iter().all(u8::is_ascii_digit)
}

/// Whether a BHYT card code opens with a beneficiary group of QĐ 1351/QĐ-BHXH. The reference
/// lists only a few (DN, HC, HT, GD, TE, CN, …); the others here are from memory of the
/// decision's table and unverified against its text. So the list is used only where no label
/// says the code is a card, so that an order reference "NV2512040019254" is not one.
pub fn bhyt_group_known(v: &str) -> bool {
    const GROUPS: &[&str] = &[
        "DN", "HX", "CH", "NN", "TK", "HC", "XK", "HT", "TB", "NO", "CT", "XB", "TN", "CS", "QN",
        "CA", "CY", "XN", "MS", "CC", "CK", "CB", "KC", "HD", "TE", "BT", "HN", "DT", "DK", "XD",
        "TS", "TC", "TQ", "TA", "TY", "HG", "LS", "PV", "TV", "CN", "HS", "SV", "GB", "GD", "ND",
        "TL", "XV",
    ];
    v.get(..2).is_some_and(|g| GROUPS.contains(&g))
}

/// Licence plate: 2-digit local code 11-99, a series of 1-2 letters (or letter + digit for
/// motorbikes), then 4 or 5 digits written `12345`, `123.45` or `1234` (reference §1.7).
pub fn plate(v: &str) -> bool {
    let compact: Vec<u8> = v.bytes().filter(|b| !matches!(b, b'-' | b' ')).collect();
    let n = compact.len();
    if !(7..=10).contains(&n) {
        return false;
    }
    let local = match (compact.first(), compact.get(1)) {
        (Some(a), Some(b)) if a.is_ascii_digit() && b.is_ascii_digit() => {
            (a - b'0') * 10 + (b - b'0')
        }
        _ => return false,
    };
    if local < 11 {
        return false;
    }
    let rest = &compact[2..];
    let tail_ok = |tail: &[u8]| {
        let digits = tail.iter().filter(|b| b.is_ascii_digit()).count();
        let dots = tail.iter().filter(|b| **b == b'.').count();
        digits + dots == tail.len()
            && (digits == 4 || digits == 5)
            && (dots == 0 || (dots == 1 && digits == 5 && tail.get(3) == Some(&b'.')))
    };
    let letters = rest.iter().take_while(|b| b.is_ascii_uppercase()).count();
    match letters {
        // Cars: one or two series letters ("29A-123.45", "51LD-12345").
        1 | 2 if tail_ok(&rest[letters..]) => true,
        // Motorbikes: a letter and a digit ("59X3-123.45").
        1 if rest.get(1).is_some_and(u8::is_ascii_digit) => tail_ok(&rest[2..]),
        _ => false,
    }
}

/// An IPv4 or IPv6 address (not the unspecified or loopback addresses, which point at no one).
pub fn ip(v: &str) -> Option<IpAddr> {
    let a: IpAddr = v.parse().ok()?;
    if a.is_unspecified() || a.is_loopback() {
        return None;
    }

    if let IpAddr::V4(v4) = a {
        // Version numbers like 1.2.3.4 are rare as addresses; require a written dotted quad.
        if v.split('.').count() != 4 || v4.octets()[0] == 0 {
            return None;
        }
    }
    Some(a)
}

/// An address [`ip`] accepts that is not on a private network (RFC 1918, link-local; IPv6
/// unique and link-local): a router's LAN, a camera recorder or a VPN's inside names no
/// subscriber outside it, so found in text or under a header that says nothing it is not
/// reported. Under an IP header ("IP máy nhân viên") every address counts.
pub fn public_ip(v: &str) -> Option<IpAddr> {
    ip(v).filter(|a| match a {
        IpAddr::V4(v4) => !(v4.is_private() || v4.is_link_local()),
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            (first & 0xfe00) != 0xfc00 && (first & 0xffc0) != 0xfe80
        }
    })
}

/// A `lat, lon` pair inside Viet Nam's bounds (lat 8.1-23.4, lon 102.1-109.5; reference §7).
pub fn geo_pair(v: &str) -> Option<(f64, f64)> {
    let (a, b) = v.split_once(',').or_else(|| v.split_once(';'))?;
    let lat: f64 = a.trim().parse().ok()?;
    let lon: f64 = b.trim().parse().ok()?;
    let decimals = |s: &str| s.trim().split_once('.').map_or(0, |(_, f)| f.len());
    ((8.1..=23.4).contains(&lat)
        && (102.1..=109.5).contains(&lon)
        && decimals(a) >= 3
        && decimals(b) >= 3)
        .then_some((lat, lon))
}

/// A calendar date written `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` or `yyyy-mm-dd` (with an
/// optional time), or a bare year, of a plausible birth (not in the future, at most 130 years
/// ago).
pub fn date(v: &str, current_year: i32) -> bool {
    year_of(v, current_year).is_some()
}

/// The year of a date (`12/03/1985`, `1985-03-12`, `1985`, or as a form writes it in
/// words, `ngày 27 tháng 11 năm 1999`) that can be a birth date.
pub fn year_of(v: &str, current_year: i32) -> Option<i32> {
    let v = v.trim();
    // Most dates are "dd/mm/yyyy" (or with dashes or dots): read without a vector.
    if let Some((day, m, y)) = day_month_year(v) {
        return ((1..=12).contains(&m)
            && (1..=31).contains(&day)
            && y <= current_year
            && current_year - y <= 130)
            .then_some(y);
    }
    year_of_any(v, current_year)
}

/// [`year_of`] for every shape, read the long way.
fn year_of_any(v: &str, current_year: i32) -> Option<i32> {
    if let Some(d) = date_in_words(v).or_else(|| english_month(v)) {
        return year_of(&d, current_year);
    }
    let d = v.split(['T', ' ']).next().unwrap_or(v);
    let parts: Vec<&str> = d.split(['/', '-', '.']).collect();
    let nums: Option<Vec<i32>> = parts.iter().map(|p| p.parse::<i32>().ok()).collect();
    let nums = nums?;
    let (y, m, day) = match (parts.as_slice(), nums.as_slice()) {
        ([a, _, _], [yy, mm, dd]) if a.len() == 4 => (*yy, *mm, *dd),
        ([_, _, c], [dd, mm, yy]) if c.len() == 4 => (*yy, *mm, *dd),
        ([a], [yy]) if a.len() == 4 => (*yy, 1, 1),
        _ => return None,
    };
    ((1..=12).contains(&m)
        && (1..=31).contains(&day)
        && y <= current_year
        && current_year - y <= 130)
        .then_some(y)
}

/// "d/m/yyyy", "dd-mm-yyyy", "dd.mm.yyyy" (one or two digits for the day and the month, the
/// same separator twice): the day, the month and the year, or `None` for any other shape
/// (which [`year_of`] then reads the long way).
fn day_month_year(v: &str) -> Option<(i32, i32, i32)> {
    let b = v.as_bytes();
    let num = |s: &[u8]| {
        s.iter().try_fold(0i32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + i32::from(c - b'0'))
        })
    };
    let sep = *b.iter().find(|c| !c.is_ascii_digit())?;
    if !matches!(sep, b'/' | b'-' | b'.') {
        return None;
    }
    let mut parts = b.split(|c| *c == sep);
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !(1..=2).contains(&d.len()) || !(1..=2).contains(&m.len()) {
        return None;
    }
    if y.len() != 4 {
        return None;
    }
    Some((num(d)?, num(m)?, num(y)?))
}

/// A date written as a core banking system exports it, `YYYYMMDD` ("19850312"), under a
/// birth date's header only (eight digits alone are mostly codes).
fn compact_date(v: &str, current_year: i32) -> bool {
    v.len() == 8
        && v.bytes().all(|b| b.is_ascii_digit())
        && v.get(..4)
            .zip(v.get(4..6))
            .zip(v.get(6..))
            .is_some_and(|((y, m), d)| date(&format!("{d}/{m}/{y}"), current_year))
}

/// A year of the sexagenary cycle, as a pagoda's or a family's list gives a year of birth
/// ("Mậu Thân", "Nhâm Tý"): one of the ten stems, then one of the twelve branches.
fn lunar_year(v: &str) -> bool {
    const STEMS: &[&str] = &[
        "giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy",
    ];
    const BRANCHES: &[&str] = &[
        "ty", "suu", "dan", "mao", "meo", "thin", "ngo", "mui", "than", "dau", "tuat", "hoi",
    ];
    let folded = fold(v);
    let mut words = folded.split_whitespace();
    matches!(
        (words.next(), words.next(), words.next()),
        (Some(s), Some(b), None) if STEMS.contains(&s) && BRANCHES.contains(&b)
    )
}

/// "ngày 27 tháng 11 năm 1999" (with or without "ngày", with or without diacritics) as
/// `27/11/1999`.
fn date_in_words(v: &str) -> Option<String> {
    // Most dates reach here as digits and separators: no fold for them.
    if !v.contains(' ') || !["th", "Th", "TH"].iter().any(|t| v.contains(t)) || v.len() > 40 {
        return None;
    }
    let folded = fold(v);
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    if words.first() == Some(&"ngay") {
        words.remove(0);
    }
    let num = |w: &str| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [d, "thang", m, "nam", y] if num(d) && num(m) && num(y) && y.len() == 4 => {
            Some(format!("{d}/{m}/{y}"))
        }
        _ => None,
    }
}

/// A date with the month's English name, as crew lists, airlines and passports write it:
/// "14-Feb-1971", "03 MAR 1988", "7/Sep/2001" (day, month, four-digit year), as `d/m/y`.
fn english_month(v: &str) -> Option<String> {
    if v.len() > 20 || !v.bytes().any(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    const MONTHS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let mut parts = v.split(['-', ' ', '/', '.']).filter(|p| !p.is_empty());
    let (Some(d), Some(m), Some(y), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let m = m.to_ascii_lowercase();
    // "Feb", "FEB", "Sept", "February".
    let month = MONTHS
        .iter()
        .position(|x| m.len() >= 3 && x.starts_with(m.as_str()))?;
    (d.len() <= 2
        && d.bytes().all(|b| b.is_ascii_digit())
        && y.len() == 4
        && y.bytes().all(|b| b.is_ascii_digit()))
    .then(|| format!("{d}/{}/{y}", month + 1))
}

/// A whole date (day, month and a four-digit year) between 16 and 100 years before
/// `current_year`: what a column of dates of birth of adults holds, and few other columns.
pub fn birth_like(v: &str, current_year: i32) -> bool {
    let v = v.trim();
    v.len() >= 8
        && v.matches(['/', '-', '.']).count() == 2
        && year_of(v, current_year).is_some_and(|y| (16..=100).contains(&(current_year - y)))
}

/// A date with a two-digit year ("12/3/88", "5/8/01"), as people type dates of birth in a
/// column that says so: the year in this century when that is not in the future, else in the
/// last. Only under a date-of-birth header (alone, "12/3/88" could be anything).
fn short_date(v: &str, current_year: i32) -> bool {
    let parts: Vec<&str> = v.trim().split(['/', '-', '.']).collect();
    let [d, m, y] = parts.as_slice() else {
        return false;
    };
    if y.len() != 2 || d.is_empty() || m.is_empty() || d.len() > 2 || m.len() > 2 {
        return false;
    }
    let (Ok(d), Ok(m), Ok(y)) = (d.parse::<i32>(), m.parse::<i32>(), y.parse::<i32>()) else {
        return false;
    };
    let century = current_year - current_year.rem_euclid(100);
    let year = if century + y <= current_year {
        century + y
    } else {
        century - 100 + y
    };
    date(&format!("{d}/{m}/{year}"), current_year)
}

/// A paper's kind (one to three words of letters, spaces, dots and what `also` allows) and
/// the number after it: "CCCD 0791…", "HC Lào P1834207", "CE - 7901…".
fn kind_then_number(v: &str, also: impl Fn(char) -> bool) -> Option<(&str, &str)> {
    let (kind, number) = v.rsplit_once(' ')?;
    (kind.split_whitespace().count() <= 3
        && kind
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.') || also(c))
        && number.bytes().any(|b| b.is_ascii_digit()))
    .then_some((kind, number))
}

/// The words of `v`, when it has at most five (without a vector: names are looked for often).
fn five_words(v: &str) -> Option<([&str; 5], usize)> {
    let mut words = [""; 5];
    let mut n = 0;
    for w in crate::fold::split_space(v) {
        *words.get_mut(n)? = w;
        n += 1;
    }
    Some((words, n))
}

/// Whether a value is shaped like a name: 1-6 words of letters (apostrophes and hyphens
/// allowed), at most 60 characters.
fn plausible_name_shape(v: &str) -> bool {
    // One pass: the only white space allowed is ' ', so the words are the runs between them.
    let (mut chars, mut words, mut in_word) = (0, 0, false);
    for c in v.chars() {
        chars += 1;
        if c == ' ' {
            in_word = false;
            continue;
        }
        if !(crate::fold::is_letter(c) || c == '\'' || c == '-' || c == '.' || is_mark(c)) {
            return false;
        }
        if !in_word {
            words += 1;
            in_word = true;
        }
    }
    (1..=6).contains(&words) && chars <= 60
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Whether a folded word (lower-case ASCII letters) has the shape of a Vietnamese syllable:
/// an initial consonant, one to three vowels, a final consonant (reference §2.2). "w" and "j"
/// open syllables of the Ê Đê and Jrai names ("Y Wang").
pub(crate) fn is_syllable(w: &str) -> bool {
    syllable(w)
}

fn syllable(w: &str) -> bool {
    const ONSETS: &[&str] = &[
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
        "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "w", "j", "",
    ];
    const FINALS: &[&str] = &["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];
    // The finals hold no vowel: after an onset, the vowels are the run that opens the rest
    // and the final is what follows it (one split to try per onset, not one per final).
    ONSETS.iter().any(|o| {
        w.strip_prefix(o).is_some_and(|rest| {
            let vowels = rest
                .bytes()
                .take_while(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
                .count();
            rest.get(vowels..).is_some_and(|f| FINALS.contains(&f))
                && ((1..=3).contains(&vowels) || (vowels == 0 && matches!(*o, "gi" | "qu")))
        })
    })
}

/// A Khmer syllable as Vietnamese writes it without diacritics: a Vietnamese syllable but for
/// its final "l", "s", "r" or "k" ("Khol", "Huol", "Phol", "Sok").
fn khmer_final(w: &str) -> bool {
    w.strip_suffix(['l', 's', 'r', 'k']).is_some_and(syllable)
}

/// A Vietnamese personal name: a known surname, then one to four more capitalised syllables
/// (or all in capitals), diacritics optional (reference §2.1-2.2). Returns the confidence.
pub fn name(v: &str) -> Option<f32> {
    let (words, n) = five_words(v)?;
    let words = &words[..n];
    if n < 2 || !plausible_name_shape(v) {
        return None;
    }
    let capitalised = words.iter().all(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && w.chars().filter(|c| !is_mark(*c)).count() <= 8
    });
    if !capitalised {
        return None;
    }
    // Capitals are the whole name's or no syllable's: "Mã NV" (a staff code's heading) and
    // "Lê HN" are not names, "NGUYỄN VĂN AN" and "Nguyễn Văn A" are.
    let upper_word = |w: &&str| {
        w.chars().filter(|c| crate::fold::is_letter(*c)).count() > 1
            && !w.chars().any(char::is_lowercase)
    };
    if words.iter().skip(1).any(upper_word)
        && !words.iter().all(|w| !w.chars().any(char::is_lowercase))
    {
        return None;
    }
    // Vietnamese syllables have no f or z: "Hồ Gươm Plaza" is a building. (J and w are in
    // names of the Ê Đê and Jrai, "H'Wiên", "Y Wang": not refused.)
    if words
        .iter()
        .skip(1)
        .any(|w| w.chars().any(|c| matches!(c, 'f' | 'z' | 'F' | 'Z')))
    {
        return None;
    }
    // No known surname in the first word or the first two: no name (most capitalised words
    // in prose), decided before the whole value is folded. The same test is made below on
    // the folded value; this one only leaves earlier.
    let surnames = lexicon::surnames();
    // The first two words folded into one buffer: "first second" is also the key of a
    // two-word surname ("Hoàng Phủ"), with no second string.
    let (w0, w1) = (*words.first()?, *words.get(1)?);
    let mut pair = String::with_capacity(w0.len() + w1.len() + 1);
    khien_domain::fold::fold_into(w0, &mut pair);
    let cut = pair.len();
    pair.push(' ');
    khien_domain::fold::fold_into(w1, &mut pair);
    let first_folded = pair.get(..cut)?;
    let second_folded = pair.get(cut + 1..)?;
    // Khmer surnames of the Mekong delta that are also words: "Danh Hữu Phước" (not
    // "Danh sách", "Danh mục"), "Sơn Văn Rinh" (before "Văn" or "Thị" only: "Sơn" is a given
    // name and a place, "Sơn La", "Sơn Trà").
    // (As written: "Đánh", "Dành", "Đanh" fold like "Danh".)
    // (Lower-cased as written only for those two: this runs for every capitalised run.)
    let first_written = matches!(first_folded, "danh" | "son")
        .then(|| words.first().map(|w| crate::fold::lower(w)))
        .flatten();
    let khmer = match first_written.as_deref().unwrap_or("") {
        "danh" => !matches!(
            second_folded,
            "sach"
                | "muc"
                | "hieu"
                | "du"
                | "nghia"
                | "tinh"
                | "ba"
                | "thiep"
                | "phan"
                | "tieng"
                | "lam"
                | "nhan"
                | "xung"
                | "vong"
                | "gia"
                | "hoa"
                | "bo"
                | "ngon"
                | "phap"
                | "chinh"
                | "vi"
                | "tu"
                | "ca"
                | "tri"
                | "hai"
                | "dinh"
                | "so"
                | "nghiep"
        ),
        "sơn" | "son" => matches!(second_folded, "van" | "thi"),
        _ => false,
    };
    // Surnames of the Jrai and Bahnar of the Central Highlands, written first ("Ksor Du", "Rơ
    // Mah Thuận", "Siu Bloi", "Rah Lan Bơng"): their syllables are not Vietnamese ones, so the
    // syllable test below does not apply to the names they open.
    // ("Siu" is left out: it is a teenager's "siêu", "Siu Sale", "Siu Cute".)
    let highland_folded = lexicon::jrai_surname_words(first_folded, second_folded).is_some();
    // Surnames that are also common words, known by the name's second word: of the Hmông and
    // Dao before their middle names "A", "Mí", "Seo" in names of three words or more ("Vàng
    // Mí Tủa", "Mùa A Dơ", "Ly Mí Sính" typed without diacritics), of the Tày, Nùng and Dao
    // before "Văn" or "Thị" ("Lộc Thị Nhàn", "Vy Thị Hằng Nga", "Bàn Văn Tiến"). Alone,
    // "Vàng", "Mùa", "Bàn", "Lộc" are gold, a season, a table, fortune.
    let by_second_folded = match second_folded {
        "a" | "mi" | "seo" => {
            n >= 3
                && matches!(
                    first_folded,
                    "vang"
                        | "mua"
                        | "ly"
                        | "giang"
                        | "thao"
                        | "sung"
                        | "vu"
                        | "lau"
                        | "ho"
                        | "tan"
                        | "ban"
                )
        }
        "van" | "thi" => matches!(
            first_folded,
            "loc" | "vy" | "ban" | "vang" | "mua" | "lanh" | "lang" | "ninh"
        ),
        _ => false,
    };
    let (highland, by_second) = if highland_folded || by_second_folded {
        // As written, with its diacritics when the value has any: "Mùa Thi Cử", "Làng Văn
        // Hóa", "Lẩu A Hải", "Hạng A" (a licence's class) are no names.
        let (a, b) = (crate::fold::lower(w0), crate::fold::lower(w1));
        let highland = highland_folded
            && match first_folded {
                // "Kpă" with its breve; "Rơ Mah", "Rah Lan" in a text with diacritics, "Rơ" as
                // written ("Rổ Chăm Sóc", "Ro Cham Soc Da" are baskets and skin care).
                "kpa" => a == "kpă",
                "ro" => a == "rơ",
                "rah" => !v.is_ascii(),
                _ => true,
            };
        // "Bàn Văn Phòng" (a desk), "Vàng Thị Trường", "Lộc Văn Phòng Phẩm": the second and
        // third words make a common word (not "Minh", "Hiếu", given names: "Lộc Văn Minh").
        let compound = words.get(2).is_some_and(|w| {
            matches!(
                [second_folded, fold(w).as_str()],
                ["van", "phong" | "hoa" | "ban" | "mieu" | "nghe"]
                    | ["thi", "truong" | "xa" | "tran" | "thuc" | "phan"]
            )
        });
        // Only with diacritics: typed without them, "Mua Thi", "Vang Van Tang", "Loc Van
        // Phat", "Mua Mi Tom" are a season of exams, gold's price, a shop, noodles; but for
        // three words with "Seo" in the middle, as a bank writes an account's holder ("VANG
        // SEO DINH").
        let by_second = by_second_folded
            && !compound
            && ((v.is_ascii() && second_folded == "seo" && n == 3)
                || !v.is_ascii()
                    && (matches!(b.as_str(), "a" | "mí" | "seo" | "văn" | "thị")
                        && matches!(
                            a.as_str(),
                            "vàng"
                                | "mùa"
                                | "lý"
                                | "ly"
                                | "giàng"
                                | "thào"
                                | "sùng"
                                | "vừ"
                                | "lầu"
                                | "hờ"
                                | "tẩn"
                                | "bàn"
                                | "lộc"
                                | "vy"
                                | "lành"
                                | "lăng"
                                | "ninh"
                        )));
        (highland, by_second)
    } else {
        (false, false)
    };
    let khmer = khmer || highland || by_second;
    // "Đường Lê Lợi", "ĐƯỜNG TRẦN HƯNG ĐẠO": a street named after a person, "đường" written
    // with its diacritics before a surname (not "Dương Lê Minh Anh", a surname and her
    // mother's).
    if first_folded == "duong"
        && surnames.contains(second_folded)
        && crate::fold::lower(w0) == "đường"
    {
        return None;
    }
    if !khmer && !surnames.contains(first_folded) && !surnames.contains(pair.as_str()) {
        return None;
    }
    // Folded once: the shape above keeps the words where they are.
    let folded_v = fold(v);
    let (folded_words, folded_n) = five_words(&folded_v)?;
    let folded_words = &folded_words[..folded_n];
    // Every word is a Vietnamese syllable: "Hoàng Huy Commerce", "Minh Long Group", "Thành
    // Công Tower" are businesses.
    // A word written with Vietnamese diacritics is no English word: "Thạch Thị Sa Rươl", a
    // Khmer name transcribed, ends a syllable as Vietnamese does not.
    // A name with a surname the Khmer of the Mekong delta bear may end a syllable so too
    // without diacritics ("Thạch Sok Khol", "Lâm Văn Phol"; not "Hoàng Vân Tour").
    let khmer_like = khmer
        || matches!(
            first_folded,
            "thach" | "danh" | "chau" | "kim" | "lam" | "son"
        );
    if folded_words.iter().zip(words).skip(1).any(|(f, w)| {
        // An initial stands for a name ("Nguyễn Văn B").
        f.len() > 1
            && f.bytes().all(|b| b.is_ascii_lowercase())
            && !syllable(f)
            && w.is_ascii()
            && !highland
            && !(khmer_like && khmer_final(f))
    }) {
        return None;
    }
    let first = *folded_words.first()?;
    let one_word = khmer || surnames.contains(first);
    let known = one_word
        || folded_words.get(1).is_some_and(|w| {
            // "Hoàng Phủ": the two words as the set keeps them, without a new string when
            // they are one space apart.
            match folded_v.get(..first.len() + 1 + w.len()) {
                Some(two)
                    if two.starts_with(first)
                        && two.as_bytes().get(first.len()) == Some(&b' ')
                        && two.ends_with(w) =>
                {
                    surnames.contains(two)
                }
                _ => surnames.contains(&format!("{first} {w}")),
            }
        });
    // With diacritics, the surname as written: "PHẦN TIẾP NHẬN" (a form's part), "ĐIỆN LỰC
    // NHA TRANG" (a power company), "BẰNG LÁI XE" (a licence) fold like surnames.
    let written = || {
        let first_words = if one_word { 1 } else { 2 };
        words
            .iter()
            .take(first_words)
            // A word without diacritics is judged only in a name all in capitals with some
            // ("TANG GIA ĐỒNG KÍNH BÁO"); "Nguyen Thị Ánh", typed half with them, is a name.
            .all(|w| {
                lexicon::written_surname(w, !v.is_ascii() && !v.chars().any(char::is_lowercase))
            })
    };
    if !known || (!khmer && !written()) {
        return None;
    }
    // A title before a name is not a name ("Trưởng Công an" folds like "Trương Công …").
    const TITLES: &[&str] = &[
        "trưởng",
        "phó",
        "chánh",
        "chủ",
        "giám",
        "tổng",
        "thủ",
        "bí",
        "ủy",
        "ban",
        "hội",
        "sở",
        "phòng",
        "văn",
        // "TRƯỜNG MẦM NON HOA SEN": a school ("Trương" is the surname); "PHỐ HÀ NỘI" a
        // street ("Phó"); "Quận Cầu Giấy" a district.
        "trường",
        "phố",
        "quận",
        "huyện",
        "phường",
        "xã",
        "tỉnh",
    ];
    // Lower case with diacritics, once (NFC: a Windows-1258 export arrives decomposed).
    let lower: String = if v.is_ascii() {
        v.to_ascii_lowercase()
    } else {
        crate::fold::lower(v)
    };
    let (lower_words, lower_n) = five_words(&lower)?;
    let lower_words = &lower_words[..lower_n];
    if lower_words.first().is_some_and(|w| TITLES.contains(w)) {
        return None;
    }
    // Words of a sentence or a heading, never of a name ("QUYẾT ĐỊNH VỀ VIỆC", "Ngày Tháng").
    // (A `match`: this runs for every word of every capitalised run.)
    let not_in_names = |w: &str| {
        matches!(
            w,
            "và" | "của"
                | "cho"
                | "về"
                | "với"
                | "các"
                | "những"
                | "tại"
                | "theo"
                | "trong"
                | "ngày"
                | "tháng"
                | "năm"
                | "số"
                | "điều"
                | "khoản"
                | "việc"
                | "là"
                | "được"
                | "có"
                | "không"
                | "đã"
                | "ở"
                | "nhà"
                | "thuê"
                | "sổ"
                | "tội"
                | "rửa"
                | "lề"
                | "bên"
                | "hẻm"
                | "phận"
        )
    };
    // "Được" is a given name too: allowed as the last of three words or more ("Lê Thành
    // Được"), never elsewhere ("Danh Sách Được Duyệt" has no surname first anyway).
    let last = lower_words.len().saturating_sub(1);
    if !v.is_ascii()
        && lower_words
            .iter()
            .enumerate()
            .any(|(j, w)| not_in_names(w) && !(*w == "được" && j == last && last >= 2))
    {
        return None;
    }
    // Two words that make a common noun of a heading, never a name: "(HỢP) ĐỒNG LAO ĐỘNG",
    // "BIÊN BẢN", "CỘNG HÒA XÃ HỘI".
    const NOT_NAME_PAIRS: &[[&str; 2]] = &[
        ["lao", "dong"],
        ["hop", "dong"],
        ["bien", "ban"],
        ["quyet", "dinh"],
        ["thong", "bao"],
        ["danh", "sach"],
        ["xa", "hoi"],
        ["nhan", "dan"],
        ["cong", "hoa"],
        ["chu", "nghia"],
        ["doc", "lap"],
        ["giam", "doc"],
        ["chu", "tich"],
        ["bao", "hiem"],
        ["ngan", "hang"],
        ["cong", "ty"],
        ["thanh", "pho"],
        ["mam", "non"],
        ["quan", "ly"],
        // "TANG GIA ĐỒNG KÍNH BÁO", "Kính gửi": a funeral notice's and a letter's words.
        ["kinh", "bao"],
        ["kinh", "gui"],
        // "TRA LOI CONG VAN SO …": a reply to an official letter.
        ["tra", "loi"],
        ["cong", "van"],
        // "… GUI VIEN PHI BO": a hospital fee.
        ["vien", "phi"],
        // "HỒ SƠ ỨNG VIÊN" (a file), "HỢP ĐỒNG ĐẶT CỌC" (a deposit): a heading's words.
        ["ho", "so"],
        ["dat", "coc"],
    ];
    // Every syllable has a vowel: "ĐOÀN TNCS HỒ CHÍ MINH" is a youth union (TNCS), not a
    // person.
    if folded_words.iter().any(|w| {
        !w.chars()
            .any(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
    }) {
        return None;
    }
    if folded_words
        .windows(2)
        .any(|p| NOT_NAME_PAIRS.iter().any(|q| p[0] == q[0] && p[1] == q[1]))
    {
        return None;
    }
    // A province or city is not a person ("Hà Nội", "Thái Bình", "Hồ Chí Minh" as a city is
    // told apart by the words around it, before this).
    // (Folded words of letters one space apart are their own key.)
    let plain_key = folded_v
        .split(' ')
        .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric()));
    if plain_key && lexicon::is_province(&folded_v)
        || !plain_key && lexicon::is_province(&lexicon::normalise_key(&folded_v))
    {
        return None;
    }
    // Company and place words are not in people's names. Compared with their diacritics
    // where the value has them: "Quận" is a district, "Quân" a given name.
    if !v.is_ascii() {
        const PLACE_WORDS: &[&str] = &[
            "tnhh",
            "jsc",
            "phường",
            "quận",
            "huyện",
            "tỉnh",
            "đường",
            "phố",
            "trường",
            "số",
            "khu",
        ];
        const PLACE_PAIRS: &[&str] = &[
            "công ty",
            "ngân hàng",
            "chi nhánh",
            "cửa hàng",
            "bệnh viện",
            "thành phố",
        ];
        // "Trường" ends many names ("Đào Xuân Trường"); it opens a school's name.
        let last = lower_words.len().saturating_sub(1);
        if lower_words
            .iter()
            .enumerate()
            .skip(1)
            .any(|(j, w)| PLACE_WORDS.contains(w) && !(j == last && *w == "trường"))
            || PLACE_PAIRS.iter().any(|p| lower.contains(p))
        {
            return None;
        }
    } else {
        const PLACE_PAIRS: &[&str] = &[
            "cong ty",
            "ngan hang",
            "chi nhanh",
            "cua hang",
            "benh vien",
            "thanh pho",
        ];
        let folded = v.to_ascii_lowercase();
        if folded.split_whitespace().any(|w| w == "tnhh" || w == "jsc")
            || PLACE_PAIRS.iter().any(|p| folded.contains(p))
        {
            return None;
        }
    }
    Some(if words.len() >= 3 { 0.85 } else { 0.7 })
}

/// A Vietnamese address: comma-separated parts, with address words (phường, quận, đường,
/// ngõ, hẻm, P., Q., ...) or a province of the gazetteer (63 old or 34 new) as the last part.
/// Returns the confidence.
pub fn address(v: &str) -> Option<f32> {
    // One part only (no comma): no address, before any folding.
    if !v.contains(',') {
        return None;
    }
    let folded = fold(v);
    let words_set = lexicon::address_words();
    let mut unit_words = 0;
    // A rate ("1,2%/tháng") has a decimal comma, no house number.
    let rate = v.contains('%');
    // The parts and their count in one pass, with one buffer for their keys (the last part's
    // key stays in it).
    let mut parts = 0;
    let mut key = String::with_capacity(folded.len());
    for p in folded.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        parts += 1;
        key.clear();
        lexicon::normalise_into(p, &mut key);
        // The key's words are joined by single spaces: its first word, its first two and
        // its last are cut at its first, second and last space (one pass over its bytes;
        // this runs for every part of every value of an address column).
        let (mut first_space, mut second_space, mut last_space) = (None, None, None);
        for (at, b) in key.bytes().enumerate() {
            if b == b' ' {
                if first_space.is_none() {
                    first_space = Some(at);
                } else if second_space.is_none() {
                    second_space = Some(at);
                }
                last_space = Some(at);
            }
        }
        let first = first_space.and_then(|at| key.get(..at)).unwrap_or(&key);
        let first_two = second_space.and_then(|at| key.get(..at)).unwrap_or(&key);
        let last_word = last_space.and_then(|at| key.get(at + 1..)).unwrap_or(&key);
        // "p.13", "q.3": letter + number.
        let abbreviated = p.split_once('.').is_some_and(|(a, _)| {
            matches!(
                a.trim(),
                "p" | "q" | "f" | "tp" | "tx" | "tt" | "h" | "x" | "d"
            )
        });
        // Addresses written in English put the unit after the name ("Ward 22", "Binh Thanh
        // District", "208 Nguyen Huu Canh St.", "Apt 1208").
        // (A `match` on each: this runs for every part.)
        let english_first = matches!(
            first,
            "ward" | "apt" | "apartment" | "block" | "lane" | "alley"
        );
        let english_last = || {
            matches!(
                last_word,
                "district"
                    | "ward"
                    | "street"
                    | "st"
                    | "road"
                    | "rd"
                    | "city"
                    | "province"
                    | "commune"
                    | "town"
                    | "village"
                    | "avenue"
                    | "ave"
            )
        };
        if abbreviated
            || english_first
            || (last_space.is_some() && english_last())
            || words_set.contains(first)
            || (first_space.is_some() && words_set.contains(first_two))
        {
            unit_words += 1;
        }
        // A number then a street word: "12 ngo 34", "123/4a le van sy" (not in a rate: "1,2%/
        // tháng" has a decimal comma).
        if first.as_bytes().first().is_some_and(u8::is_ascii_digit) && !rate {
            unit_words += 1;
        }
    }
    if parts < 2 {
        return None;
    }
    // The key of the last part is still in the buffer.
    let last = key;
    let province = lexicon::is_province(&last)
        || [" city", " province"]
            .iter()
            .any(|w| last.strip_suffix(w).is_some_and(lexicon::is_province));
    match (province, unit_words) {
        (true, n) if n >= 1 => Some(0.95),
        (true, 0) => Some(0.6),
        (false, n) if n >= 2 => Some(0.8),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::columns::hint;

    const Y: i32 = 2026;

    proptest::proptest! {
        /// The short way through "dd/mm/yyyy" gives the year the long way gives.
        #[test]
        fn year_of_short_way_agrees(
            v in " ?[0-9+]{1,3}[-/.][0-9]{1,3}[-/.][0-9]{3,5} ?",
            (d, m, y) in (0u32..=40, 0u32..=14, 1880u32..=2040),
            (sep, zeros) in (proptest::sample::select(vec!['/', '-', '.']), proptest::bool::ANY),
        ) {
            proptest::prop_assert_eq!(year_of(&v, Y), year_of_any(v.trim(), Y));
            let date = if zeros { format!("{d:02}{sep}{m:02}{sep}{y}") } else { format!("{d}{sep}{m}{sep}{y}") };
            proptest::prop_assert_eq!(year_of(&date, Y), year_of_any(&date, Y), "{}", date);
        }
    }

    fn det(v: &str, header: &str) -> Option<&'static str> {
        detect(v, hint(header), Y).map(|h| h.detector.id())
    }

    /// Values and headers the ninth held-out spreadsheets asked for, written apart.
    #[test]
    fn dittos_and_causes_of_death() {
        // Spreadsheets 9: "nt" under a patient's columns is the row above's value again.
        for v in [
            "nt",
            "NT",
            "n.t",
            "-nt-",
            "Như trên",
            "như trên",
            "nhu tren",
            " NHƯ TRÊN ",
            "",
            "   ",
            "\u{a0}-\u{a0}",
            " N/A",
            "null ",
            "None",
            "--",
            "na",
        ] {
            assert!(is_blank(v), "{v}");
        }
        for v in [
            "Nt Hoa",
            "Nam",
            "nữ",
            "nhà trên",
            "-a",
            "nulls",
            "như trên nữa",
            "0",
        ] {
            assert!(!is_blank(v), "{v}");
        }
        assert_eq!(hint("Nguyên nhân chết"), Some(Hint::Is(Detector::Health)));
        assert_eq!(
            hint("Nguyên nhân tử vong"),
            Some(Hint::Is(Detector::Health))
        );
        assert_eq!(
            det("Tai biến mạch máu não", "Nguyên nhân chết"),
            Some("health")
        );
    }

    /// Headers and values the fifth held-out spreadsheets asked for, on values written apart.
    #[test]
    fn relatives_rates_and_terms() {
        assert_eq!(
            det("Trần Văn Hải", "Thân nhân liên hệ"),
            Some("person_name")
        );
        assert_eq!(det("Con gái", "Thân nhân liên hệ"), Some("family_relation"));
        assert_eq!(hint("Địa chỉ thân nhân"), Some(Hint::Is(Detector::Address)));
        assert_eq!(
            hint("Họ tên người thân"),
            Some(Hint::Is(Detector::PersonName))
        );
        assert_eq!(hint("Pháp danh"), Some(Hint::Is(Detector::PersonName)));
        assert_eq!(hint("Hạn"), Some(Hint::NotPersonal));
        assert_eq!(
            hint("Hạn mức tín dụng"),
            Some(Hint::Is(Detector::Financial))
        );
        assert_eq!(hint("Lãi suất"), Some(Hint::NotPersonal));
        // A newborn's hour and day of birth; a birth's complications.
        assert_eq!(
            det("02:15 03/01/2026", "Giờ, ngày sinh"),
            Some("date_of_birth")
        );
        assert!(!birth_like("07:45 15/06/1998", 2026));
        assert_eq!(year_of("1985-03-12T08:00", 2026), Some(1985));
        assert_eq!(hint("Hạn mức"), Some(Hint::Is(Detector::Financial)));
        assert_eq!(hint("Cách để liên hệ"), None);
        assert_eq!(address("45, Lý Thường Kiệt, Hoàn Kiếm, Hà Nội"), Some(0.95));
        assert_eq!(
            hint("Cách đẻ - chỉ định / biến chứng"),
            Some(Hint::Is(Detector::Health))
        );
        // A name with the relation in brackets, under a header that says nothing or names a
        // relative.
        assert_eq!(
            detect("Nguyễn Thị Lan (wife)", None, 2026).map(|h| h.detector),
            Some(Detector::PersonName)
        );
        assert_eq!(det("Trần Văn Bảy (bố)", "Người thân"), Some("person_name"));
        // A village's address, with no number, under a header that says nothing.
        assert_eq!(
            detect("Thôn Phú Mỹ, xã Tịnh Khê, tỉnh Quảng Ngãi", None, 2026).map(|h| h.detector),
            Some(Detector::Address)
        );
        assert_eq!(detect("Đã xác minh, chờ duyệt", None, 2026), None);
        // A rate with a decimal comma is no house on a street.
        assert_eq!(address("1,5%/tháng"), None);
        assert!(address("27/4 Bùi Quốc Khánh, P. Chánh Nghĩa").is_some());
    }

    /// A column of identity papers holds CCCD and old ID numbers and passports; a passport
    /// column foreign passports too.
    /// A paper's kind before its number in a cell whose column says nothing (the eleventh
    /// held-out set's passenger list), and a receiving account's label.
    #[test]
    fn papers_named_in_their_cells() {
        let d = |v: &str| detect(v, None, 2026).map(|h| h.detector.id());
        assert_eq!(d("CCCD 079179024618"), Some("vn.cccd"));
        assert_eq!(d("HC C5830147"), Some("vn.passport"));
        assert_eq!(d("GPLX 790087214563"), Some("vn.driving_licence"));
        assert_eq!(d("Phòng 204"), None);
        assert_eq!(
            detect(
                "19037815264011 Techcombank - MAI XUAN TRUONG",
                hint("Tài khoản nhận thu nhập"),
                2026
            )
            .map(|h| h.detector.id()),
            Some("vn.bank_account")
        );
        assert_eq!(hint("Tờ bản đồ - thửa"), Some(Hint::NotPersonal));
        // A licence's class before its number, under the licence's header.
        assert_eq!(
            detect("CE - 790174362815", hint("GPLX (hạng - số)"), 2026).map(|h| h.detector.id()),
            Some("vn.driving_licence")
        );
    }

    /// Years of birth as a bank's core system and a pagoda write them, under a birth header
    /// only; "Nam mạng" and "Nữ mạng" under a gender header (the fourth held-out sheets).
    #[test]
    fn births_and_genders_as_written() {
        let dob = Some(Hint::Is(D::DateOfBirth));
        let id = |v: &str, h| detect(v, h, 2026).map(|x| x.detector.id());
        assert_eq!(id("19850312", dob), Some("date_of_birth"));
        assert_eq!(id("Mậu Thân", dob), Some("date_of_birth"));
        assert_eq!(id("Nhâm Tý", dob), Some("date_of_birth"));
        assert_eq!(id("19851312", dob), None);
        assert_eq!(id("Mậu Dịch", dob), None);
        // Eight digits alone are a code.
        assert_eq!(id("19850312", None), None);
        assert_eq!(id("Nữ mạng", Some(Hint::Is(D::Gender))), Some("gender"));
    }

    /// Addresses of private networks are nobody's (the twelfth held-out set's router table).
    #[test]
    fn private_networks_are_not_addresses() {
        for private in [
            "192.168.1.108",
            "10.20.4.15",
            "172.16.0.9",
            "169.254.3.1",
            "fd00::1",
            "fe80::1",
        ] {
            assert_eq!(public_ip(private), None, "{private}");
            assert!(
                ip(private).is_some(),
                "{private} is an address all the same"
            );
        }
        for public in ["27.72.103.56", "2402:9d80:41a:6c00:5d2e:88ff:fe10:3b7a"] {
            assert!(public_ip(public).is_some(), "{public}");
        }
    }

    #[test]
    fn identity_papers() {
        for (v, header, want) in [
            ("079189012475", "CCCD/CMND/Hộ chiếu", Some("vn.cccd")),
            ("025873146", "CCCD/CMND/Hộ chiếu", Some("vn.cmnd")),
            ("C4827156", "Số giấy tờ", Some("vn.passport")),
            ("123456", "Số CCCD", None),
            ("567812349", "Số hộ chiếu", Some("vn.passport")),
            ("C4J7R2K9L", "Passport No.", Some("vn.passport")),
            ("ABCDEFG", "Passport No.", None),
            // The paper's kind before its number.
            ("HC Lào P1834207", "Số CCCD / Hộ chiếu", Some("vn.passport")),
            ("CMND 025873146", "Số CCCD / Hộ chiếu", Some("vn.cmnd")),
            ("Lớp Toán K47B", "Số CCCD / Hộ chiếu", None),
        ] {
            assert_eq!(det(v, header), want, "{v} under {header}");
        }
    }

    /// Dates of birth written in words in a column that says so.
    #[test]
    fn dates_in_words() {
        for (v, want) in [
            ("ngày 27 tháng 11 năm 1999", Some("date_of_birth")),
            ("27 tháng 11 năm 1999", Some("date_of_birth")),
            ("ngay 5 thang 3 nam 1990", Some("date_of_birth")),
            ("ngày 27 tháng 11", None),
            ("ngày 27 tháng 11 năm 2099", None),
        ] {
            assert_eq!(det(v, "Ngày sinh"), want, "{v}");
        }
    }

    /// Addresses written in English, as CVs and foreign firms' forms write them.
    #[test]
    fn english_addresses() {
        for (v, is_address) in [
            (
                "Apt 1208, Block Landmark 2, 208 Nguyen Huu Canh St., Ward 22, Binh Thanh District, Ho Chi Minh City",
                true,
            ),
            ("12 Tran Phu Street, Hai Chau District, Da Nang", true),
            ("Senior Backend Engineer, FPT Software", false),
        ] {
            assert_eq!(address(v).is_some(), is_address, "{v}");
        }
    }

    /// Dates with the month's English name, as crew lists and airlines write them.
    #[test]
    fn dates_with_english_months() {
        for v in [
            "14-Feb-1971",
            "03 MAR 1988",
            "7/Sep/2001",
            "21 September 1990",
            "1-Sept-1985",
        ] {
            assert_eq!(
                det(v, "Date of birth / Ngày sinh"),
                Some("date_of_birth"),
                "{v}"
            );
        }
        for v in [
            "14-Feb-71",
            "Feb-1971",
            "14-Fe-1971",
            "14-Foo-1971",
            "32-Jan-1990",
        ] {
            assert_eq!(det(v, "Date of birth"), None, "{v}");
        }
    }

    /// The syllable test splits once per onset; it answers as trying every final would, on
    /// every word of up to four letters from the letters that make the splits ambiguous.
    #[test]
    fn syllable_split_matches_trying_every_final() {
        const ONSETS: &[&str] = &[
            "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g",
            "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "w", "j", "",
        ];
        const FINALS: &[&str] = &["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];
        let slow = |w: &str| {
            let vowels = |m: &str| {
                (1..=3).contains(&m.len())
                    && m.bytes()
                        .all(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
            };
            ONSETS.iter().any(|o| {
                w.strip_prefix(o).is_some_and(|rest| {
                    FINALS.iter().any(|f| {
                        rest.strip_suffix(f).is_some_and(|m| {
                            vowels(m) || (m.is_empty() && matches!(*o, "gi" | "qu"))
                        })
                    })
                })
            })
        };
        let letters = b"aeiouyghnqtcpk";
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.len() == words.last().map_or(0, String::len))
                .flat_map(|w| letters.iter().map(move |l| format!("{w}{}", *l as char)))
                .collect();
            words.extend(longer);
        }
        for w in words.iter().chain(
            ["nghieng", "khuyen", "quynh", "gin", "giang"]
                .map(String::from)
                .iter(),
        ) {
            assert_eq!(syllable(w), slow(w), "{w}");
        }
    }

    /// Capitals are the whole name's or no syllable's; Vietnamese syllables have no f, j, w, z.
    #[test]
    fn name_shapes() {
        for (v, is_name) in [
            ("Nguyễn Văn Thắng", true),
            ("NGUYỄN VĂN THẮNG", true),
            ("Nguyễn Văn A", true),
            ("NGUYỄN Văn Thắng", true),
            ("Mã NV", false),
            ("Lê HN", false),
            ("Hồ Gươm Plaza", false),
            ("Trần Zoe", false),
            ("Hoàng Y Wang", true),
        ] {
            assert_eq!(name(v).is_some(), is_name, "{v}");
        }
    }

    /// Surnames of the peoples of the highlands and the north that no list of Kinh surnames
    /// has, or that are also common words and are known by the word after them.
    #[test]
    fn surnames_of_other_peoples() {
        for (v, is_name) in [
            // Jrai and Bahnar, surname first, syllables that are not Vietnamese.
            ("Ksor Du", true),
            ("KSOR DU", true),
            ("Rơ Mah Thuận", true),
            ("Rah Lan Bơng", true),
            ("Kpă Thuyên", true),
            // Hmông and Dao: "Vàng", "Mùa", "Bàn" only before a middle name of theirs.
            ("Vàng Mí Tủa", true),
            ("Mùa A Dơ", true),
            ("Ly Mí Sính", true),
            // Typed without diacritics: a season of exams, gold's price, a shop.
            ("Mua Thi Hoc Ky", false),
            ("Vang Van Tang Gia", false),
            ("Loc Van Phat", false),
            ("VANG SEO DINH", true),
            ("Mua Seo Tu Khoa", false),
            ("Bàn Văn Tiến", true),
            ("Vàng Bạc Đá Quý", false),
            ("Mùa Xuân Ấm Áp", false),
            // Tày and Nùng before "Văn" or "Thị".
            ("Lộc Thị Nhàn", true),
            ("Vy Thị Hằng Nga", true),
            ("Lộc Phát Hưng", false),
            // Words that fold like those surnames, or make a common word with "Văn", "Thị".
            ("Mùa Thi Cử", false),
            ("Làng Văn Hóa", false),
            ("Bàn Văn Phòng", false),
            ("Lộc Văn Phòng Phẩm", false),
            ("BÀN THỊ TRƯỜNG", false),
            ("Lẩu A Hải", false),
            ("Hạng A Chuyên Nghiệp", false),
            ("Vàng A", false),
            ("Siu Nhân Gao", false),
            ("Siu Sale Sieu Re", false),
            ("Rổ Chăm Sóc Cây", false),
            ("Ro Cham Soc Da", false),
            ("Lộc Văn Minh", true),
            // A street named after a person; a surname before the mother's.
            ("Đường Lê Lợi", false),
            ("ĐƯỜNG TRẦN HƯNG ĐẠO", false),
            ("Dương Lê Minh Anh", true),
            ("HỒ SƠ ỨNG VIÊN", false),
            ("ĐỒNG ĐẶT CỌC", false),
            ("Lư Thị Mỹ Xuyên", true),
            ("Vàng Thị Hiếu", true),
        ] {
            assert_eq!(name(v).is_some(), is_name, "{v}");
        }
    }

    /// Values under headers and without (reference §7, the detector table).
    #[test]
    fn values_table() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("001203012345", "col_1", Some("vn.cccd")),
            ("001203012345", "so_cccd", Some("vn.cccd")),
            ("001203012345", "so_gplx", Some("vn.driving_licence")),
            ("001203012345", "ma_don_hang", None),
            ("202501151230", "col_1", None), // timestamp, no such province code
            ("123456789", "col_1", None),
            ("123456789", "so_cmnd", Some("vn.cmnd")),
            ("111111111", "so_cmnd", None),
            ("0912345678", "col_1", Some("vn.phone")),
            ("0912 345 678", "col_1", Some("vn.phone")),
            ("+84912345678", "sdt", Some("vn.phone")),
            ("0123456789", "so_bhxh", Some("vn.social_insurance")),
            ("0123456789", "col_1", None),
            ("DN4010123456789", "col_1", Some("vn.health_insurance_card")),
            // A waybill shaped like a card, its group unknown: not one without a header.
            ("NV2512040019254", "col_1", None),
            (
                "NV2512040019254",
                "so the bhyt",
                Some("vn.health_insurance_card"),
            ),
            // An account with its bank's name after it.
            (
                "4004205162837 (Agribank)",
                "so tai khoan",
                Some("vn.bank_account"),
            ),
            (
                "0071001587426 - Vietcombank",
                "stk",
                Some("vn.bank_account"),
            ),
            ("Vietcombank", "stk", None),
            ("B1234567", "so_ho_chieu", Some("vn.passport")),
            ("B1234567", "col_1", None),
            ("29A-123.45", "bien_so_xe", Some("vn.licence_plate")),
            ("51F-12345", "col_1", Some("vn.licence_plate")),
            ("59X3-123.45", "bien_so", Some("vn.licence_plate")),
            ("SP-00123", "col_1", None),
            ("4111111111111111", "col_1", Some("payment_card")),
            ("4111111111111112", "col_1", None),
            ("0123456789012", "stk", Some("vn.bank_account")),
            ("an.nguyen@gmail.com", "col_1", Some("email")),
            ("an.nguyen@gmail", "col_1", None),
            ("Nguyễn Văn An", "col_1", Some("person_name")),
            ("NGUYEN VAN AN", "col_1", Some("person_name")),
            ("Trần Thị Thu Hà", "ho_ten", Some("person_name")),
            ("John Smith", "full_name", Some("person_name")),
            ("John Smith", "col_1", None),
            ("Công ty TNHH Minh Phát", "col_1", None),
            ("Công ty TNHH Minh Phát", "ten_cong_ty", None),
            (
                "12 Ngõ 34 Phố Huế, Phường Phạm Đình Hổ, Quận Hai Bà Trưng, Hà Nội",
                "col_1",
                Some("vn.address"),
            ),
            (
                "123/4A Lê Văn Sỹ, P.13, Q.3, TP.HCM",
                "col_1",
                Some("vn.address"),
            ),
            (
                "45 Nguyen Trai, Phuong Ben Thanh, TP Ho Chi Minh",
                "col_1",
                Some("vn.address"),
            ),
            ("12/05/1990", "ngay_sinh", Some("date_of_birth")),
            ("1990-05-12", "dob", Some("date_of_birth")),
            ("12/05/1990", "ngay_tao", None),
            ("12/05/1990", "col_1", None),
            ("Kinh", "dan_toc", Some("ethnicity")),
            ("Không", "ton_giao", Some("religion")),
            ("Tăng huyết áp", "chan_doan", Some("health")),
            ("O+", "nhom_mau", Some("health")),
            (
                "$2b$12$abcdefghijklmnopqrstuv",
                "mat_khau",
                Some("credential"),
            ),
            ("21.0285, 105.8542", "toa_do", Some("geolocation")),
            ("21.0285, 105.8542", "col_1", Some("geolocation")),
            ("48.8566, 2.3522", "col_1", None),
            ("113.161.45.10", "col_1", Some("ip_address")),
            ("2001:ee0:4141:1::1", "col_1", Some("ip_address")),
            ("127.0.0.1", "col_1", None),
            ("1250000", "col_1", None),
            // Check digit wrong: a tax code as someone wrote it under its label, nothing
            // without one.
            ("0101234567", "mst", Some("vn.tax_code")),
            ("0101234567", "col_1", None),
            // An individual's tax code since July 2025: the personal identification number.
            ("001087024561", "ma so thue", Some("vn.tax_code")),
            ("Đã duyệt", "col_1", None),
        ];
        for (v, h, want) in cases {
            assert_eq!(det(v, h), *want, "{v:?} under {h:?}");
        }
    }

    #[test]
    fn tax_codes_under_their_header() {
        // 0100109106 is a valid enterprise code (check digit 6).
        assert_eq!(det("0100109106", "mst"), Some("vn.tax_code"));
        assert_eq!(det("0100109106-001", "col_1"), Some("vn.tax_code"));
    }
}
