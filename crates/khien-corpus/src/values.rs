//! Values and their rules, written for the corpus alone: the scanner's validators are not used,
//! so that a mistake in one is not repeated in the other.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{canonical_combining_class, compose};

use crate::Detector;
use crate::data::*;

/// Weights of the tax-code check digit (reference §1.5).
pub(crate) const TAX_WEIGHTS: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];
/// Mobile prefixes after the leading 0 (reference §1.4).
const MOBILE: &[u8] = &[
    32, 33, 34, 35, 36, 37, 38, 39, 52, 56, 58, 59, 70, 76, 77, 78, 79, 81, 82, 83, 84, 85, 86, 87,
    88, 89, 90, 91, 92, 93, 94, 96, 97, 98, 99,
];
/// Licence-plate local codes in use.
const PLATE_CODES: &[u8] = &[
    11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
    36, 37, 38, 40, 43, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65,
    66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 81, 82, 83, 84, 85, 86, 88, 89, 90, 92,
    93, 94, 95, 97, 98, 99,
];
const PLATE_LETTERS: &[u8] = b"ABCDEFGHKLMNPSTUVXYZ";
const BHYT_GROUPS: &[&str] = &["DN", "HC", "HT", "GD", "TE", "CN", "HS", "SV"];
const NAPAS_BANKS: &[u8] = &[36, 15, 18, 5, 7, 22, 16, 32, 23, 3, 41, 37, 43, 40, 26, 48];
const CITY_CENTRES: &[(f64, f64)] = &[
    (21.0285, 105.8542),
    (10.7769, 106.7009),
    (16.0544, 108.2022),
    (20.8449, 106.6881),
    (10.0452, 105.7469),
    (18.6796, 105.6813),
    (12.2388, 109.1967),
    (11.9404, 108.4583),
    (13.9833, 108.0),
    (22.3364, 103.8438),
];

/// What a column holds. Every column holds one kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Mixed forms: NFC, upper case, without diacritics, a few NFD.
    Name,
    /// With diacritics only (NFC, sometimes upper case): self-identifying by value.
    NameDiacritics,
    /// Another person's name (NFC), e.g. the treating doctor's.
    OtherName,
    DobDmy,
    DobIso,
    Cccd,
    Cmnd,
    Passport,
    Phone,
    TaxCode,
    Bhxh,
    Bhyt,
    Plate,
    Gplx,
    Card,
    BankAccount,
    Email,
    Address,
    Geo,
    Ethnicity,
    Religion,
    Diagnosis,
    Icd,
    BloodType,
    Criminal,
    Credential,
    Biometric,
    Ip,
    // Decoys.
    Seq(&'static str),
    OrderTs,
    Amount,
    Quantity,
    Product,
    CreatedAt,
    CreatedDmy,
    IssueDate,
    Company,
    Status,
    Department,
    HospitalWard,
    Note,
    Invoice,
    TransferNote,
    Device,
}

impl Kind {
    /// The detector whose true instances this kind's values are; `None` for decoys.
    pub(crate) fn detector(self) -> Option<Detector> {
        use Detector as D;
        Some(match self {
            Kind::Name | Kind::NameDiacritics | Kind::OtherName => D::PersonName,
            Kind::DobDmy | Kind::DobIso => D::DateOfBirth,
            Kind::Cccd => D::Cccd,
            Kind::Cmnd => D::Cmnd,
            Kind::Passport => D::Passport,
            Kind::Phone => D::Phone,
            Kind::TaxCode => D::TaxCode,
            Kind::Bhxh => D::SocialInsurance,
            Kind::Bhyt => D::HealthInsuranceCard,
            Kind::Plate => D::LicencePlate,
            Kind::Gplx => D::DrivingLicence,
            Kind::Card => D::PaymentCard,
            Kind::BankAccount => D::BankAccount,
            Kind::Email => D::Email,
            Kind::Address => D::Address,
            Kind::Geo => D::Geolocation,
            Kind::Ethnicity => D::Ethnicity,
            Kind::Religion => D::Religion,
            Kind::Diagnosis | Kind::Icd | Kind::BloodType => D::Health,
            Kind::Criminal => D::CriminalRecord,
            Kind::Credential => D::Credential,
            Kind::Biometric => D::Biometric,
            Kind::Ip => D::IpAddress,
            _ => return None,
        })
    }
}

/// One person per row, so that a row's name, e-mail, birth date and CCCD agree.
pub(crate) struct Person {
    pub(crate) name: String,
    /// Lower-case, diacritic-free syllables (surname first).
    parts: Vec<String>,
    pub(crate) female: bool,
    /// Index into [`DIAGNOSES`], so that a row's diagnosis and ICD-10 code agree.
    diagnosis: usize,
    year: u32,
    month: u32,
    day: u32,
    province: u16,
}

/// The seeded generator: one ChaCha stream per file.
pub(crate) struct Gen {
    rng: ChaCha8Rng,
}

impl Gen {
    pub(crate) fn new(seed: u64, stream: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(stream);
        Gen { rng }
    }

    pub(crate) fn below(&mut self, n: u32) -> u32 {
        self.rng.gen_range(0..n)
    }
    pub(crate) fn range(&mut self, lo: u32, hi: u32) -> u32 {
        self.rng.gen_range(lo..=hi)
    }
    /// True with probability `pct` per cent.
    pub(crate) fn chance(&mut self, pct: u32) -> bool {
        self.below(100) < pct
    }
    pub(crate) fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.rng.gen_range(0..xs.len())]
    }
    fn weighted<T: Copy>(&mut self, xs: &[(T, u32)]) -> T {
        let total: u32 = xs.iter().map(|x| x.1).sum();
        let mut draw = self.below(total);
        for &(x, w) in xs {
            if draw < w {
                return x;
            }
            draw -= w;
        }
        xs[xs.len() - 1].0
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }

    pub(crate) fn person(&mut self) -> Person {
        let female = self.chance(50);
        let surname = self.weighted(SURNAMES);
        let mut syllables = vec![surname];
        let middles = match self.below(100) {
            0..=4 => 0,
            5..=79 => 1,
            _ => 2,
        };
        for i in 0..middles {
            let m = if i == 0 && female {
                self.weighted(MIDDLE_FEMALE)
            } else if i == 0 {
                self.weighted(MIDDLE_MALE)
            } else {
                self.pick(if female { GIVEN_FEMALE } else { GIVEN_MALE })
            };
            syllables.push(m);
        }
        let mut given = self.pick(if female { GIVEN_FEMALE } else { GIVEN_MALE });
        if syllables.contains(&given) {
            given = if female { "Lan" } else { "Nam" };
        }
        syllables.push(given);
        let name = syllables.join(" ");
        let parts = syllables.iter().map(|s| fold(s).to_lowercase()).collect();
        let year = self.range(1940, 2007);
        let month = self.range(1, 12);
        let day = self.range(1, days_in_month(year, month));
        let province = self.pick(&PROVINCES).0;
        let diagnosis = self.below(DIAGNOSES.len() as u32) as usize;
        Person {
            name,
            parts,
            female,
            diagnosis,
            year,
            month,
            day,
            province,
        }
    }

    /// One value of `kind` for the person `p` on row `row` (0-based).
    pub(crate) fn value(&mut self, kind: Kind, p: &Person, row: usize) -> String {
        match kind {
            Kind::Name => match self.below(100) {
                0..=77 => p.name.clone(),
                78..=85 => p.name.to_uppercase(),
                86..=92 => fold(&p.name),
                93..=96 => fold(&p.name).to_uppercase(),
                _ => p.name.nfd().collect(),
            },
            Kind::NameDiacritics if self.chance(12) => p.name.to_uppercase(),
            Kind::NameDiacritics => p.name.clone(),
            Kind::OtherName => self.person().name,
            Kind::DobDmy => format!("{:02}/{:02}/{}", p.day, p.month, p.year),
            Kind::DobIso => format!("{}-{:02}-{:02}", p.year, p.month, p.day),
            Kind::Cccd => self.cccd(p),
            Kind::Cmnd => self.cmnd(),
            Kind::Passport => {
                let letter = self.weighted(&[('B', 45), ('C', 45), ('P', 4), ('N', 3), ('K', 3)]);
                format!("{letter}{}", self.digits(7))
            }
            Kind::Phone => self.phone(),
            Kind::TaxCode => self.tax_code(),
            Kind::Bhxh => self.bhxh(p),
            Kind::Bhyt => {
                let group = self.pick(BHYT_GROUPS);
                let level = self.range(1, 5);
                let bhxh = self.bhxh(p);
                format!("{group}{level}{:02}{bhxh}", p.province % 100)
            }
            Kind::Plate => self.plate(),
            Kind::Gplx => {
                let code = loop {
                    let c = self.pick(&PROVINCES).0;
                    if c >= 10 {
                        break c;
                    }
                };
                format!("{code:02}{}", self.digits(10))
            }
            Kind::Card => self.card(),
            Kind::BankAccount => {
                let len = self.range(8, 14) as usize;
                self.digits(len)
            }
            Kind::Email => self.email(p),
            Kind::Address if self.chance(10) => fold(&self.address()),
            Kind::Address => self.address(),
            Kind::Geo => {
                let (lat, lon) = self.pick(CITY_CENTRES);
                let lat = lat + self.rng.gen_range(-0.15..0.15);
                let lon = lon + self.rng.gen_range(-0.15..0.15);
                if self.chance(50) {
                    format!("{lat:.4}, {lon:.4}")
                } else {
                    format!("{lat:.6},{lon:.6}")
                }
            }
            Kind::Ethnicity if self.chance(85) => ETHNIC_GROUPS[0].to_owned(),
            Kind::Ethnicity => self.pick(&ETHNIC_GROUPS[1..]).to_owned(),
            Kind::Religion => self.weighted(RELIGIONS).to_owned(),
            Kind::Diagnosis => {
                let (text, icd) = DIAGNOSES[p.diagnosis];
                if self.chance(30) {
                    format!("{icd} - {text}")
                } else {
                    text.to_owned()
                }
            }
            Kind::Icd => DIAGNOSES[p.diagnosis].1.to_owned(),
            Kind::BloodType => {
                let group = self.pick(&["A", "B", "AB", "O"]);
                let rh = self.pick(&["", "+", " Rh+", " Rh-", "+"]);
                format!("{group}{rh}")
            }
            Kind::Criminal => self.criminal(),
            Kind::Credential => self.credential(p),
            Kind::Biometric => {
                let mut bytes = b"FMR\0 20\0".to_vec();
                bytes.extend((0..40).map(|_| self.below(256) as u8));
                STANDARD.encode(bytes)
            }
            Kind::Ip => self.ip(),
            Kind::Seq("") => (row + 1).to_string(),
            Kind::Seq(prefix) => format!("{prefix}{:05}", row + 1),
            Kind::OrderTs => format!(
                "2025{:02}{:02}{:02}{:02}",
                self.range(1, 12),
                self.range(1, 28),
                self.range(0, 23),
                self.range(0, 59)
            ),
            Kind::Amount => (self.range(5, 50_000) * 1000).to_string(),
            Kind::Quantity => self.range(1, 50).to_string(),
            Kind::Product => format!("SP-{:05}", self.range(1, 3000)),
            Kind::CreatedAt => self.timestamp(),
            Kind::CreatedDmy => {
                format!(
                    "{:02}/{:02}/{}",
                    self.range(1, 28),
                    self.range(1, 12),
                    self.range(2023, 2025)
                )
            }
            Kind::IssueDate => {
                format!(
                    "{:02}/{:02}/{}",
                    self.range(1, 28),
                    self.range(1, 12),
                    self.range(2012, 2021)
                )
            }
            Kind::Company => self.pick(COMPANIES).to_owned(),
            Kind::Status => self.pick(STATUSES).to_owned(),
            Kind::Department => self.pick(DEPARTMENTS).to_owned(),
            Kind::HospitalWard => self.pick(HOSPITAL_WARDS).to_owned(),
            Kind::Note => self.pick(NOTES).to_owned(),
            // No leading 0, so an invoice number is never also a well-formed phone number (it may
            // pass the tax-code checksum, as real ones do).
            Kind::Invoice => format!("{}{}", self.range(1, 9), self.digits(9)),
            Kind::TransferNote => format!(
                "{} SP-{:05}",
                self.pick(TRANSFER_NOTES),
                self.range(1, 3000)
            ),
            Kind::Device => self.pick(DEVICES).to_owned(),
        }
    }

    pub(crate) fn timestamp(&mut self) -> String {
        format!(
            "{}-{:02}-{:02} {:02}:{:02}:{:02}",
            self.range(2023, 2025),
            self.range(1, 12),
            self.range(1, 28),
            self.range(0, 23),
            self.range(0, 59),
            self.range(0, 59)
        )
    }

    fn cccd(&mut self, p: &Person) -> String {
        let gender = u32::from(p.female) + if p.year >= 2000 { 2 } else { 0 };
        format!(
            "{:03}{gender}{:02}{}",
            p.province,
            p.year % 100,
            self.digits(6)
        )
    }

    fn cmnd(&mut self) -> String {
        loop {
            let v = format!("{}{}", self.range(0, 3), self.digits(8));
            if v.bytes().any(|b| b != v.as_bytes()[0]) {
                return v;
            }
        }
    }

    fn bhxh(&mut self, p: &Person) -> String {
        format!("{:02}{}", p.province % 100, self.digits(8))
    }

    fn phone(&mut self) -> String {
        if self.chance(10) {
            let spaced = self.chance(50);
            let (area, first, rest) = match self.below(3) {
                0 => ("24", self.range(3, 7), self.digits(7)),
                1 => ("28", self.range(3, 7), self.digits(7)),
                _ => ("236", self.range(3, 6), self.digits(6)),
            };
            let cut = rest.len() - 4;
            return if !spaced {
                format!("0{area}{first}{rest}")
            } else if area == "28" {
                format!("(0{area}) {first}{} {}", &rest[..cut], &rest[cut..])
            } else {
                format!("0{area} {first}{} {}", &rest[..cut], &rest[cut..])
            };
        }
        let prefix = self.pick(MOBILE);
        let third = match prefix {
            52 => self.pick(&[2, 3, 8]),
            89 => self.range(6, 9),
            99 => self.range(3, 9),
            _ => self.below(10),
        };
        let n = format!("{prefix}{third}{}", self.digits(6));
        match self.below(100) {
            0..=44 => format!("0{n}"),
            45..=59 => format!("0{} {} {}", &n[..3], &n[3..6], &n[6..]),
            60..=71 => format!("0{}.{}.{}", &n[..3], &n[3..6], &n[6..]),
            72..=83 => format!("+84{n}"),
            84..=91 => format!("84{n}"),
            _ => format!("+84 {} {} {}", &n[..3], &n[3..6], &n[6..]),
        }
    }

    fn tax_code(&mut self) -> String {
        let base = loop {
            let head = if self.chance(50) {
                format!("8{}", self.digits(1))
            } else {
                format!("{:02}", self.pick(&PROVINCES).0 % 100)
            };
            let base = format!("{head}{}", self.digits(7));
            if let Some(check) = tax_check_digit(&base) {
                break format!("{base}{check}");
            }
        };
        if self.chance(5) {
            format!("{base}-{:03}", self.range(1, 5))
        } else {
            base
        }
    }

    fn plate(&mut self) -> String {
        let code = self.pick(PLATE_CODES);
        let letter = char::from(self.pick(PLATE_LETTERS));
        let d = self.digits(5);
        match self.below(100) {
            0..=54 => format!("{code}{letter}-{}.{}", &d[..3], &d[3..]),
            55..=64 => format!("{code}{letter}-{d}"),
            65..=69 => format!("{code}{letter}-{}", &d[..4]),
            70..=94 => format!("{code}{letter}{}-{}.{}", self.range(1, 9), &d[..3], &d[3..]),
            _ => format!(
                "{code}-{letter}{} {}.{}",
                self.range(1, 9),
                &d[..3],
                &d[3..]
            ),
        }
    }

    fn card(&mut self) -> String {
        let mut d: Vec<u8> = match self.below(10) {
            0..=3 => vec![4],
            4..=6 => vec![5, 1 + self.below(5) as u8],
            _ => {
                let bank = self.pick(NAPAS_BANKS);
                vec![9, 7, 0, 4, bank / 10, bank % 10]
            }
        };
        while d.len() < 15 {
            d.push(self.below(10) as u8);
        }
        d.push(luhn_check_digit(&d));
        let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
        match self.below(10) {
            0..=5 => s,
            6..=8 => group4(&s, ' '),
            _ => group4(&s, '-'),
        }
    }

    fn email(&mut self, p: &Person) -> String {
        let given = p.parts.last().map_or("", String::as_str);
        let surname = p.parts.first().map_or("", String::as_str);
        let initials: String = p.parts[..p.parts.len() - 1]
            .iter()
            .filter_map(|s| s.chars().next())
            .collect();
        let yy = p.year % 100;
        let local = match self.below(5) {
            0 => format!("{given}.{initials}"),
            1 => p.parts.concat(),
            2 => format!("{given}{surname}{yy:02}"),
            3 => format!("{given}.{surname}"),
            _ => format!("{surname}.{given}{}", self.range(1, 999)),
        };
        let domain = self.weighted(&[
            ("gmail.com", 55),
            ("yahoo.com", 10),
            ("outlook.com", 8),
            ("hotmail.com", 5),
            ("icloud.com", 4),
            ("yahoo.com.vn", 6),
            ("vnn.vn", 3),
        ]);
        format!("{local}@{domain}")
    }

    pub(crate) fn address(&mut self) -> String {
        let n = self.range(1, 399);
        match self.below(6) {
            0 => format!(
                "{n} Ngõ {} {} {}, Phường {}, Quận {}, Hà Nội",
                self.range(1, 200),
                self.pick(&["Phố", "Đường"]),
                self.pick(HN_STREETS),
                self.pick(HN_WARDS),
                self.pick(HN_DISTRICTS)
            ),
            1 => {
                let sub = self.pick(&["", "A", "B"]);
                let district = if self.chance(70) {
                    format!("Q.{}", self.range(1, 12))
                } else {
                    format!("Q. {}", self.pick(HCM_DISTRICTS))
                };
                let city = self.pick(&["TP.HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"]);
                format!(
                    "{n}/{}{sub} {}, P.{}, {district}, {city}",
                    self.range(1, 40),
                    self.pick(HCM_STREETS),
                    self.range(1, 15)
                )
            }
            2 => {
                let (_, province, city) = self.pick(&PROVINCES);
                let unit = if city { "Thành phố" } else { "Tỉnh" };
                let head = if self.chance(50) {
                    format!("Số {n} Đường {}", self.pick(STREETS))
                } else {
                    format!(
                        "{} {}",
                        self.pick(&["Thôn", "Xóm", "Tổ"]),
                        self.range(1, 12)
                    )
                };
                format!(
                    "{head}, Xã {}, Huyện {}, {unit} {province}",
                    self.pick(COMMUNES),
                    self.pick(RURAL_DISTRICTS)
                )
            }
            3 => format!(
                "{n} {}, Phường {}, TP Hồ Chí Minh",
                self.pick(HCM_STREETS),
                self.pick(HCM_WARDS)
            ),
            _ => {
                let (province, city) = self.pick(&PROVINCES_2025);
                let unit = if city { "TP" } else { "Tỉnh" };
                if city {
                    format!(
                        "{n} {}, Phường {}, {unit} {province}",
                        self.pick(STREETS),
                        self.pick(WARDS)
                    )
                } else {
                    format!(
                        "Số {n} Đường {}, Xã {}, {unit} {province}",
                        self.pick(STREETS),
                        self.pick(COMMUNES)
                    )
                }
            }
        }
    }

    fn criminal(&mut self) -> String {
        match self.below(10) {
            0..=5 => "Không có tiền án".to_owned(),
            6 => "Không".to_owned(),
            7 | 8 => format!(
                "{:02} tiền án về tội {} ({})",
                self.range(1, 2),
                self.pick(CRIMES),
                self.range(2005, 2022)
            ),
            _ => format!(
                "Án treo {} tháng về tội {}",
                self.range(6, 36),
                self.pick(CRIMES)
            ),
        }
    }

    fn credential(&mut self, p: &Person) -> String {
        const BCRYPT: &[u8] = b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        match self.below(4) {
            0 | 1 => {
                let tail: String = (0..53).map(|_| char::from(self.pick(BCRYPT))).collect();
                format!("$2b$12${tail}")
            }
            2 => {
                let salt: Vec<u8> = (0..16).map(|_| self.below(256) as u8).collect();
                let hash: Vec<u8> = (0..32).map(|_| self.below(256) as u8).collect();
                format!(
                    "$argon2id$v=19$m=19456,t=2,p=1${}${}",
                    STANDARD_NO_PAD.encode(salt),
                    STANDARD_NO_PAD.encode(hash)
                )
            }
            _ => {
                let given = p.parts.last().map_or("abc", String::as_str);
                match self.below(3) {
                    0 => format!("{given}{}@{}", p.year % 100, self.digits(3)),
                    1 => format!("Matkhau@{}", self.digits(4)),
                    _ => format!("{given}{}", self.digits(6)),
                }
            }
        }
    }

    pub(crate) fn ip(&mut self) -> String {
        if self.chance(10) {
            let prefix = self.pick(&["2402:800", "2405:4802", "2001:ee0"]);
            let groups: Vec<String> = (0..4)
                .map(|_| format!("{:x}", self.below(0x10000)))
                .collect();
            return format!("{prefix}:{}::{}", groups[..3].join(":"), groups[3]);
        }
        let first = self.pick(&[
            14u32, 27, 42, 58, 101, 103, 113, 115, 116, 117, 118, 123, 171, 183, 222,
        ]);
        format!(
            "{first}.{}.{}.{}",
            self.below(256),
            self.below(256),
            self.range(1, 254)
        )
    }
}

/// The tax-code check digit of a 9-digit base; `None` when Σ mod 11 = 0 (never issued).
pub(crate) fn tax_check_digit(base: &str) -> Option<u32> {
    let sum: u32 = base
        .bytes()
        .zip(TAX_WEIGHTS)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    let r = sum % 11;
    (r != 0 && base.len() == 9).then(|| (10 - r) % 10)
}

/// The Luhn digit that completes `payload`.
pub(crate) fn luhn_check_digit(payload: &[u8]) -> u8 {
    let sum: u32 = payload
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 0 {
                if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
            } else {
                d
            }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

fn group4(s: &str, sep: char) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Vietnamese without diacritics: marks dropped, đ → d.
pub(crate) fn fold(s: &str) -> String {
    s.nfd()
        .filter(|&c| canonical_combining_class(c) == 0)
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

/// The form Windows-1258 can encode: the letters ă â ê ô ơ ư precomposed, the five tone marks
/// (grave, acute, hook, tilde, dot below) as combining characters after them.
pub(crate) fn cp1258_form(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    let mut chars = s.nfd().peekable();
    while let Some(base) = chars.next() {
        let mut letter = base;
        let mut tones = Vec::new();
        while let Some(&mark) = chars.peek() {
            if canonical_combining_class(mark) == 0 {
                break;
            }
            chars.next();
            match mark {
                '\u{302}' | '\u{306}' | '\u{31B}' => match compose(letter, mark) {
                    Some(c) => letter = c,
                    None => tones.push(mark),
                },
                _ => tones.push(mark),
            }
        }
        out.push(letter);
        out.extend(tones);
    }
    out
}
