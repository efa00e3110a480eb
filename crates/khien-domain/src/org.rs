//! Organisations (tenants) and the designation of their data protection officer and data
//! protection unit (Decree 165/2025 Art. 18.1).

use time::{Date, OffsetDateTime};

use crate::{DomainError, Email, OrgId, Text, UserId, code_enum};

code_enum! {
    /// What kind of body an organisation is. `authority` is a supervising authority (provincial
    /// police, A05 of the Ministry of Public Security) whose `supervisor` users oversee other
    /// organisations (Thanh Hóa directive §2).
    OrgKind, field = "kind",
    allowed = "state_agency, state_enterprise, public_service_unit, company, authority, other" {
        /// Cơ quan nhà nước: a ministry, department, district, commune.
        StateAgency => ("state_agency", "Cơ quan nhà nước"),
        /// Doanh nghiệp nhà nước.
        StateEnterprise => ("state_enterprise", "Doanh nghiệp nhà nước"),
        /// Đơn vị sự nghiệp công lập: public hospital, school.
        PublicServiceUnit => ("public_service_unit", "Đơn vị sự nghiệp công lập"),
        /// Doanh nghiệp, tổ chức khác.
        Company => ("company", "Doanh nghiệp"),
        /// Cơ quan có thẩm quyền giám sát: Công an tỉnh, Cục A05.
        Authority => ("authority", "Cơ quan có thẩm quyền giám sát"),
        /// Tổ chức khác.
        Other => ("other", "Tổ chức khác"),
    }
}

/// An organisation's tax code (mã số thuế): ten digits whose last is a check digit, optionally
/// followed by `-NNN` for a dependent unit or branch (Circular 105/2020/TT-BTC).
///
/// The check digit is `10 - (Σ dᵢ·wᵢ mod 11)` with weights 31, 29, 23, 19, 17, 13, 7, 5, 3; a
/// remainder of 0 would need a check digit of 10, so such numbers are never issued and are
/// refused (see shared/reference/vn-identifiers-law-calendar.md §1.5).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TaxCode(String);

impl TaxCode {
    /// Parses a tax code, with or without the dash before a branch suffix.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        const FIELD: &str = "tax_code";
        let invalid = |rule| DomainError::Invalid { field: FIELD, rule };
        let s: String = raw.trim().chars().filter(|c| *c != ' ').collect();
        if !s.is_ascii() {
            return Err(invalid("expected digits only"));
        }
        // INVARIANT: `s` is ASCII, so every byte offset below is a character boundary.
        let (main, branch) = match s.len() {
            10 => (s.as_str(), None),
            13 if !s.contains('-') => (&s[..10], Some(&s[10..])),
            14 if s.as_bytes().get(10) == Some(&b'-') => (&s[..10], Some(&s[11..])),
            _ => {
                return Err(invalid(
                    "expected 10 digits, or 10 digits and a 3-digit branch suffix",
                ));
            }
        };
        if !main.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid("expected digits only"));
        }
        if let Some(b) = branch
            && (!b.bytes().all(|c| c.is_ascii_digit()) || b == "000")
        {
            return Err(invalid("the branch suffix must be 001 to 999"));
        }
        if !Self::check_digit_ok(main) {
            return Err(invalid("the check digit does not match"));
        }
        Ok(Self(match branch {
            Some(b) => format!("{main}-{b}"),
            None => main.to_owned(),
        }))
    }

    fn check_digit_ok(ten: &str) -> bool {
        const WEIGHTS: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];
        let digits: Vec<u32> = ten.bytes().map(|b| u32::from(b - b'0')).collect();
        let (Some(body), Some(&check)) = (digits.get(..9), digits.get(9)) else {
            return false;
        };
        let sum: u32 = body.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
        match sum % 11 {
            0 => false,
            r => 10 - r == check,
        }
    }

    /// The tax code in its canonical form (`0100109106` or `0100109106-001`).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The designation of the data protection officer and the data protection unit
/// (Decree 165/2025 Art. 18.1: who, since when, by which document).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Designation {
    /// The account of the designated officer, when they have one in Khiên.
    pub dpo_user_id: Option<UserId>,
    /// Full name of the data protection officer.
    pub dpo_name: Text,
    /// Their position (chức vụ).
    pub dpo_title: Option<Text>,
    /// Their telephone number (the contact the forms ask for).
    pub dpo_phone: Option<Text>,
    /// Their e-mail address.
    pub dpo_email: Option<Email>,
    /// Name of the data protection unit (bộ phận bảo vệ an toàn dữ liệu).
    pub unit_name: Text,
    /// Designated since.
    pub since: Date,
    /// Number of the designating decision (số quyết định), e.g. `123/QĐ-STTTT`.
    pub document_number: Text,
    /// Date of the designating decision.
    pub document_date: Date,
}

impl Designation {
    /// Checks the rules between fields: a decision cannot take effect before it is signed.
    pub fn validate(&self) -> Result<(), DomainError> {
        if let Some(p) = &self.dpo_phone {
            check_phone("dpo_phone", p.as_str())?;
        }
        if self.since < self.document_date {
            return Err(DomainError::Invalid {
                field: "since",
                rule: "the designation cannot start before the date of the designating document",
            });
        }
        Ok(())
    }
}

/// Checks a telephone number as people write it: digits with spaces, dots, dashes, brackets and
/// a leading `+`, at most two of those marks in a row, 8 to 15 digits (ITU-T E.164 allows at
/// most 15).
pub fn check_phone(field: &'static str, raw: &str) -> Result<(), DomainError> {
    let s = raw.trim();
    let allowed = s
        .char_indices()
        .all(|(i, c)| c.is_ascii_digit() || " .-()".contains(c) || (c == '+' && i == 0));
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let body = s.strip_prefix('+').unwrap_or(s);
    let crowded = body
        .split(|c: char| c.is_ascii_digit())
        .any(|run| run.chars().count() > 2);
    if !allowed || crowded || !(8..=15).contains(&digits) {
        return Err(DomainError::Invalid {
            field,
            rule: "expected a telephone number of 8 to 15 digits, e.g. 024 3826 1234 or +84 912 345 678",
        });
    }
    Ok(())
}

/// What a caller gives to create or replace an organisation's details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationDraft {
    /// Official name.
    pub name: Text,
    /// Tax code, when the organisation has one.
    pub tax_code: Option<TaxCode>,
    /// Kind of body.
    pub kind: OrgKind,
    /// Province or centrally-run city (tỉnh, thành phố trực thuộc trung ương).
    pub province: Option<Text>,
    /// Head office address (địa chỉ trụ sở chính).
    pub head_office_address: Option<Text>,
    /// Address for correspondence (địa chỉ liên hệ), when different.
    pub contact_address: Option<Text>,
}

/// An organisation as kept in the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    /// Identifier.
    pub id: OrgId,
    /// Its details.
    pub details: OrganisationDraft,
    /// The current designation, if one was recorded.
    pub designation: Option<Designation>,
    /// When it was registered in Khiên.
    pub created_at: OffsetDateTime,
    /// When it was last changed.
    pub updated_at: OffsetDateTime,
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    /// Tax codes: check digit per Circular 105/2020/TT-BTC (reference §1.5).
    #[test]
    fn tax_codes() {
        let cases: &[(&str, Option<&str>)] = &[
            ("0100109106", Some("0100109106")),         // Viettel
            ("0300588569", Some("0300588569")),         // Vinamilk
            ("0101248141", Some("0101248141")),         // FPT
            ("0100109106-001", Some("0100109106-001")), // branch with dash
            ("0100109106001", Some("0100109106-001")),  // branch without dash
            (" 0100 109 106 ", Some("0100109106")),
            ("0100109107", None),     // wrong check digit
            ("0100109106-000", None), // branch 000 is not issued
            ("010010910", None),      // too short
            ("01001091x6", None),
            ("", None),
        ];
        for (raw, want) in cases {
            let got = TaxCode::parse(raw).ok();
            assert_eq!(got.as_ref().map(TaxCode::as_str), *want, "input {raw:?}");
        }
    }

    #[test]
    fn remainder_zero_is_refused() {
        // 000000000x: the weighted sum is 0, remainder 0: no valid check digit exists.
        for d in 0..=9 {
            assert!(TaxCode::parse(&format!("000000000{d}")).is_err());
        }
    }

    #[test]
    fn designation_cannot_precede_its_document() {
        let mut d = Designation {
            dpo_user_id: None,
            dpo_name: Text::parse("dpo_name", "Nguyễn Văn A", 200).unwrap(),
            dpo_title: None,
            dpo_phone: None,
            dpo_email: None,
            unit_name: Text::parse("unit_name", "Phòng CNTT", 200).unwrap(),
            since: date!(2026 - 01 - 05),
            document_number: Text::parse("document_number", "12/QĐ-UBND", 100).unwrap(),
            document_date: date!(2026 - 01 - 02),
        };
        assert!(d.validate().is_ok());
        d.since = date!(2026 - 01 - 01);
        assert!(d.validate().is_err());
    }
}
