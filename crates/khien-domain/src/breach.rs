//! The facts of a personal data breach as the texts ask for them (Law 91/2025 Art. 23; Decree
//! 356/2025 Art. 8(3), 28, 29): what the report to the authority (Form 08) and the notices to
//! the affected subjects must say, the minutes (biên bản) of the incident, and how long the
//! breach file is kept.

use time::{Date, OffsetDateTime};

use crate::{CaseId, OrgId, UserId, code_enum};

code_enum! {
    /// A kind of data a breach touched, as the notice duties depend on it.
    BreachDataKind, field = "data_kinds",
    allowed = "location, biometric, financial_sensitive, sensitive, basic" {
        /// Dữ liệu vị trí cá nhân (Decree 356/2025 Art. 29).
        Location => ("location", "Dữ liệu vị trí cá nhân"),
        /// Dữ liệu sinh trắc học (Decree 356/2025 Art. 29).
        Biometric => ("biometric", "Dữ liệu sinh trắc học"),
        /// Dữ liệu nhạy cảm trong lĩnh vực tài chính, ngân hàng, thông tin tín dụng (Art. 8(3)).
        FinancialSensitive => ("financial_sensitive", "Dữ liệu nhạy cảm trong lĩnh vực tài chính, ngân hàng, thông tin tín dụng"),
        /// Dữ liệu cá nhân nhạy cảm khác.
        Sensitive => ("sensitive", "Dữ liệu cá nhân nhạy cảm khác"),
        /// Dữ liệu cá nhân cơ bản.
        Basic => ("basic", "Dữ liệu cá nhân cơ bản"),
    }
}

code_enum! {
    /// How serious a breach is for the subjects (Decree 356/2025 Art. 29(2)(c)).
    Severity, field = "severity", allowed = "low, medium, high, critical" {
        /// Thấp.
        Low => ("low", "Thấp"),
        /// Trung bình.
        Medium => ("medium", "Trung bình"),
        /// Cao.
        High => ("high", "Cao"),
        /// Nghiêm trọng.
        Critical => ("critical", "Nghiêm trọng"),
    }
}

/// The breach file is kept at least this many years after remediation (Decree 356/2025
/// Art. 29(1)(c)).
pub const BREACH_FILE_YEARS: i32 = 5;

/// What is known of a breach. Every field may be filled as the facts become known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BreachFacts {
    /// When it was discovered (Art. 29(2)(a)).
    pub discovered_at: Option<OffsetDateTime>,
    /// How it was discovered (Art. 29(2)(a)).
    pub discovered_how: Option<String>,
    /// When it happened (Art. 28(1)(a): thời gian).
    pub occurred_at: Option<OffsetDateTime>,
    /// Where (địa điểm).
    pub place: Option<String>,
    /// What was done (hành vi).
    pub conduct: Option<String>,
    /// The organisations and persons involved.
    pub parties: Option<String>,
    /// The kinds of data touched.
    pub data_kinds: Vec<BreachDataKind>,
    /// The kinds and quantity of personal data involved, in words.
    pub data_description: Option<String>,
    /// How many subjects are affected.
    pub subjects_affected: Option<u64>,
    /// How serious (Art. 29(2)(c)).
    pub severity: Option<Severity>,
    /// The risks to the subjects' rights and interests (Art. 29(2)(c)).
    pub risks: Option<String>,
    /// Consequences and damage that may follow (Art. 28(1)(c)).
    pub consequences: Option<String>,
    /// Measures taken, under way and planned (Art. 28(1)(d), 29(2)(d)).
    pub measures: Option<String>,
    /// What the subjects should do to protect themselves (Art. 29(2)(đ)).
    pub subject_guidance: Option<String>,
    /// Whom to contact: the protection unit or staff, the unit handling incidents (Art.
    /// 28(1)(b), 29(2)(e)).
    pub contact: Option<String>,
    /// The minutes confirming the breach (Law 91/2025 Art. 23(2)): number or reference.
    pub minutes_number: Option<String>,
    /// Their date.
    pub minutes_date: Option<Date>,
    /// Who drew them up and signed.
    pub minutes_participants: Option<String>,
    /// When the incident was remediated: the file is kept 5 years from then.
    pub remediated_on: Option<Date>,
}

impl BreachFacts {
    /// The facts a notice to the subjects must state (Decree 356/2025 Art. 29(2)) that are
    /// missing, by field name.
    pub fn missing_for_notice(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
        if self.discovered_at.is_none() {
            out.push("discovered_at");
        }
        if blank(&self.discovered_how) {
            out.push("discovered_how");
        }
        if self.data_kinds.is_empty() {
            out.push("data_kinds");
        }
        if self.severity.is_none() {
            out.push("severity");
        }
        if blank(&self.risks) {
            out.push("risks");
        }
        if blank(&self.measures) {
            out.push("measures");
        }
        if blank(&self.subject_guidance) {
            out.push("subject_guidance");
        }
        if blank(&self.contact) {
            out.push("contact");
        }
        out
    }

    /// Whether the texts require notices to the affected subjects within 72 hours: location or
    /// biometric data (Decree 356/2025 Art. 29(1)(a)), sensitive financial data (Art. 8(3)).
    pub fn subjects_must_be_told(&self) -> bool {
        self.data_kinds.iter().any(|k| {
            matches!(
                k,
                BreachDataKind::Location
                    | BreachDataKind::Biometric
                    | BreachDataKind::FinancialSensitive
            )
        })
    }

    /// Until when the breach file is kept: 5 years after remediation (Art. 29(1)(c)), none
    /// while not remediated.
    pub fn kept_until(&self) -> Option<Date> {
        let d = self.remediated_on?;
        let year = d.year() + BREACH_FILE_YEARS;
        Date::from_calendar_date(year, d.month(), d.day())
            .or_else(|_| Date::from_calendar_date(year, d.month(), d.day() - 1))
            .ok()
    }
}

/// A notice sent (or attempted) to an affected subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreachNotice {
    /// Its organisation.
    pub org_id: OrgId,
    /// The breach case.
    pub case_id: CaseId,
    /// The recipient's address, masked (`n***@example.vn`): never the address itself.
    pub recipient: String,
    /// The subject's pseudonym, when the notice went to a subject named to Khiên.
    pub subject: Option<String>,
    /// When it was attempted.
    pub at: OffsetDateTime,
    /// Whether the SMTP server accepted it.
    pub sent: bool,
    /// Why not (the kind of failure).
    pub error: Option<String>,
    /// Who sent it.
    pub by: Option<UserId>,
}

/// An e-mail address masked for showing who was notified: the first character of the local
/// part and the domain.
pub fn mask_email(address: &str) -> String {
    match address.trim().split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn the_file_is_kept_five_years_after_remediation() {
        let mut f = BreachFacts::default();
        assert_eq!(f.kept_until(), None, "not remediated: kept");
        f.remediated_on = Some(date!(2026 - 03 - 10));
        assert_eq!(f.kept_until(), Some(date!(2031 - 03 - 10)));
        f.remediated_on = Some(date!(2028 - 02 - 29));
        assert_eq!(f.kept_until(), Some(date!(2033 - 02 - 28)));
    }

    /// Decree 356/2025 Art. 29(1)(a) and Art. 8(3): which breaches are told to the subjects.
    #[test]
    fn subjects_are_told_of_location_biometric_and_sensitive_financial_data() {
        use BreachDataKind::*;
        for (kinds, told) in [
            (vec![Location], true),
            (vec![Biometric, Basic], true),
            (vec![FinancialSensitive], true),
            (vec![Sensitive], false),
            (vec![Basic], false),
            (vec![], false),
        ] {
            let f = BreachFacts {
                data_kinds: kinds.clone(),
                ..BreachFacts::default()
            };
            assert_eq!(f.subjects_must_be_told(), told, "{kinds:?}");
        }
    }

    #[test]
    fn a_notice_needs_what_article_29_lists() {
        let f = BreachFacts::default();
        assert_eq!(
            f.missing_for_notice(),
            vec![
                "discovered_at",
                "discovered_how",
                "data_kinds",
                "severity",
                "risks",
                "measures",
                "subject_guidance",
                "contact"
            ]
        );
        let f = BreachFacts {
            discovered_at: Some(OffsetDateTime::UNIX_EPOCH),
            discovered_how: Some("Cảnh báo của hệ thống giám sát".to_owned()),
            data_kinds: vec![BreachDataKind::Location],
            severity: Some(Severity::High),
            risks: Some("Lộ lộ trình di chuyển".to_owned()),
            measures: Some("Khóa tài khoản".to_owned()),
            subject_guidance: Some("Đổi mật khẩu".to_owned()),
            contact: Some("Phòng Bảo vệ dữ liệu".to_owned()),
            ..BreachFacts::default()
        };
        assert!(f.missing_for_notice().is_empty());
    }

    #[test]
    fn addresses_are_masked() {
        assert_eq!(mask_email("nguoi.dan@example.vn"), "n***@example.vn");
        assert_eq!(mask_email("oops"), "***");
    }
}
