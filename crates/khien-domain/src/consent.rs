//! Consent as evidence (Law 91/2025 Art. 9, 24; Decree 356/2025 Art. 6) and the data
//! subjects' requests (Law 91/2025 Art. 4; Decree 356/2025 Art. 5).
//!
//! A consent names the subject only by pseudonym, lists each purpose on its own (Art. 9(4)(a)),
//! says how it was expressed (Decree 356/2025 Art. 6(1)) and carries the digest of what the
//! subject was shown. For a child or a person without full capacity the legal representative
//! consents (Law 91/2025 Art. 24(2)); for publishing a child's private life from 7 years of
//! age, the child consents too. The subject's age is computed from the date of birth when it
//! is known; the date itself is never kept.

use time::{Date, OffsetDateTime};

use crate::{CaseId, ConsentId, DomainError, OrgId, UserId, code_enum};

code_enum! {
    /// How the consent was expressed (Decree 356/2025 Art. 6(1)(a)-(đ)).
    ConsentChannel, field = "channel",
    allowed = "written, recorded_call, sms, electronic, other" {
        /// Bằng văn bản (Art. 6(1)(a)).
        Written => ("written", "Bằng văn bản"),
        /// Bằng cuộc gọi ghi âm (Art. 6(1)(b)).
        RecordedCall => ("recorded_call", "Bằng cuộc gọi ghi âm"),
        /// Cú pháp đồng ý qua tin nhắn điện thoại (Art. 6(1)(c)).
        Sms => ("sms", "Cú pháp đồng ý qua tin nhắn điện thoại"),
        /// Qua thư điện tử, trang thông tin điện tử, nền tảng, ứng dụng (Art. 6(1)(d)).
        Electronic => ("electronic", "Qua thư điện tử, trang thông tin điện tử, nền tảng, ứng dụng"),
        /// Phương thức khác in, sao chép được bằng văn bản (Art. 6(1)(đ)).
        Other => ("other", "Phương thức khác có thể in, sao chép bằng văn bản"),
    }
}

code_enum! {
    /// Who consented on the subject's behalf (Law 91/2025 Art. 24(2)).
    Representation, field = "representative.relation",
    allowed = "parent, guardian, legal_representative" {
        /// Cha, mẹ.
        Parent => ("parent", "Cha, mẹ"),
        /// Người giám hộ.
        Guardian => ("guardian", "Người giám hộ"),
        /// Người đại diện theo pháp luật khác.
        LegalRepresentative => ("legal_representative", "Người đại diện theo pháp luật"),
    }
}

code_enum! {
    /// The subject's capacity, when the system knows it is not full (Law 91/2025 Art. 24(1)).
    Capacity, field = "capacity",
    allowed = "full, limited, lost, impaired" {
        /// Đủ năng lực hành vi dân sự.
        Full => ("full", "Đủ năng lực hành vi dân sự"),
        /// Hạn chế năng lực hành vi dân sự.
        Limited => ("limited", "Hạn chế năng lực hành vi dân sự"),
        /// Mất năng lực hành vi dân sự.
        Lost => ("lost", "Mất năng lực hành vi dân sự"),
        /// Có khó khăn trong nhận thức, làm chủ hành vi.
        Impaired => ("impaired", "Có khó khăn trong nhận thức, làm chủ hành vi"),
    }
}

/// Under 16 years of age: a child (Law 102/2016 on Children Art. 1, which Law 91/2025 Art. 24
/// refers to).
pub const CHILD_UNDER: u32 = 16;
/// From 7 years of age a child also consents to publishing their private life (Law 91/2025
/// Art. 24(2)).
pub const CHILD_OWN_CONSENT_FROM: u32 = 7;

/// Full years of age on `on` of a person born on `born` (none if born after `on`).
pub fn age_on(born: Date, on: Date) -> Option<u32> {
    if born > on {
        return None;
    }
    let mut years = on.year() - born.year();
    if (on.month() as u8, on.day()) < (born.month() as u8, born.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}

/// A consent's facts as given, before it is recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentFacts {
    /// The subject's age when they consented, when known.
    pub age: Option<u32>,
    /// The subject's capacity, when it is not full.
    pub capacity: Capacity,
    /// Who consented on their behalf, when someone did.
    pub representative: Option<Representation>,
    /// Whether a purpose publishes or discloses the subject's private life or personal secrets.
    pub discloses_private_life: bool,
    /// Whether the child consented too.
    pub child_consented: bool,
}

/// Checks a consent against Law 91/2025 Art. 24(2): a child's or a represented person's
/// consent is the representative's; a child of 7 or more consents too to publishing their
/// private life.
pub fn check_consent(f: &ConsentFacts) -> Result<(), DomainError> {
    let child = f.age.is_some_and(|a| a < CHILD_UNDER);
    let represented = child || f.capacity != Capacity::Full;
    if represented && f.representative.is_none() {
        return Err(DomainError::Invalid {
            field: "representative",
            rule: "the consent of a child (under 16) or of a person without full capacity is given by their legal representative (Law 91/2025 Art. 24(2))",
        });
    }
    if child
        && f.discloses_private_life
        && f.age.is_some_and(|a| a >= CHILD_OWN_CONSENT_FROM)
        && !f.child_consented
    {
        return Err(DomainError::Invalid {
            field: "child_consented",
            rule: "publishing the private life of a child of 7 or more needs the child's consent too (Law 91/2025 Art. 24(2))",
        });
    }
    Ok(())
}

/// A recorded consent with its withdrawal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    /// Identifier.
    pub id: ConsentId,
    /// The organisation.
    pub org_id: OrgId,
    /// The subject's pseudonym (`ps1:…`).
    pub subject: String,
    /// The purposes consented to, each on its own (codes).
    pub purposes: Vec<String>,
    /// How it was expressed.
    pub channel: ConsentChannel,
    /// What the consent covers (the kinds of data, the controller; free text screened for
    /// personal data).
    pub scope: String,
    /// SHA-256 (hex) of the text or record shown to the subject.
    pub evidence_sha256: String,
    /// When it was given.
    pub given_at: OffsetDateTime,
    /// The subject's age then, when known (never the date of birth).
    pub subject_age: Option<u32>,
    /// The subject's capacity.
    pub capacity: Capacity,
    /// Who consented on the subject's behalf.
    pub representative: Option<Representation>,
    /// The representative's pseudonym.
    pub representative_subject: Option<String>,
    /// Whether a purpose discloses the subject's private life.
    pub discloses_private_life: bool,
    /// Whether the child consented too.
    pub child_consented: bool,
    /// Whether the subject was told the data are sensitive (Decree 356/2025 Art. 6(4)).
    pub sensitive_notice: bool,
    /// Who recorded it.
    pub recorded_by: Option<UserId>,
    /// When.
    pub recorded_at: OffsetDateTime,
    /// When it was withdrawn.
    pub withdrawn_at: Option<OffsetDateTime>,
    /// The withdrawal request it opened.
    pub withdrawal_case: Option<CaseId>,
}

impl Consent {
    /// Whether it still stands at `at` (given by then, not withdrawn by then).
    pub fn stands_at(&self, at: OffsetDateTime) -> bool {
        self.given_at <= at && self.withdrawn_at.is_none_or(|w| w > at)
    }
}

code_enum! {
    /// What a data subject asks for (Law 91/2025 Art. 4(1)).
    RequestKind, field = "kind",
    allowed = "access, correction, deletion, restriction, objection, withdrawal, portability" {
        /// Xem, được biết về hoạt động xử lý (Art. 4(1)(a), (c)).
        Access => ("access", "Xem dữ liệu cá nhân"),
        /// Chỉnh sửa (Art. 4(1)(d)).
        Correction => ("correction", "Chỉnh sửa dữ liệu cá nhân"),
        /// Xóa (Art. 4(1)(đ); Art. 14).
        Deletion => ("deletion", "Xóa dữ liệu cá nhân"),
        /// Hạn chế xử lý (Art. 4(1)(e); Art. 10).
        Restriction => ("restriction", "Hạn chế xử lý dữ liệu cá nhân"),
        /// Phản đối xử lý (Art. 4(1)(g)).
        Objection => ("objection", "Phản đối xử lý dữ liệu cá nhân"),
        /// Rút lại sự đồng ý (Art. 4(1)(b); Art. 10).
        Withdrawal => ("withdrawal", "Rút lại sự đồng ý"),
        /// Cung cấp dữ liệu cá nhân (Art. 4(1)(c)).
        Portability => ("portability", "Cung cấp dữ liệu cá nhân"),
    }
}

impl RequestKind {
    /// The case events that start its clocks (Decree 356/2025 Art. 5(2)-(4); the Decree
    /// 13/2023 ones share the names).
    pub fn triggers(self) -> &'static [&'static str] {
        match self {
            Self::Access | Self::Correction | Self::Portability => &[
                "subject_request_received",
                "view_correction_provision_requested",
            ],
            Self::Deletion => &["subject_request_received", "deletion_requested"],
            Self::Restriction | Self::Objection | Self::Withdrawal => &[
                "subject_request_received",
                "withdrawal_restriction_objection_received",
            ],
        }
    }

    /// Whether carrying it out stops reads of the subject's data in the vault.
    pub fn restricts(self) -> bool {
        matches!(self, Self::Restriction | Self::Objection | Self::Withdrawal)
    }
}

code_enum! {
    /// Where a public request stands.
    RequestStatus, field = "status",
    allowed = "unverified, verified, done, refused" {
        /// Received; the sender has not proved they hold the contact address.
        Unverified => ("unverified", "Chờ xác minh"),
        /// Verified: the case is open and its clock runs.
        Verified => ("verified", "Đang xử lý"),
        /// Carried out and answered.
        Done => ("done", "Đã thực hiện"),
        /// Refused with a reason.
        Refused => ("refused", "Từ chối"),
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn age_counts_full_years() {
        assert_eq!(
            age_on(date!(2010 - 03 - 15), date!(2026 - 03 - 14)),
            Some(15)
        );
        assert_eq!(
            age_on(date!(2010 - 03 - 15), date!(2026 - 03 - 15)),
            Some(16)
        );
        assert_eq!(
            age_on(date!(2012 - 02 - 29), date!(2026 - 02 - 28)),
            Some(13)
        );
        assert_eq!(age_on(date!(2027 - 01 - 01), date!(2026 - 01 - 01)), None);
    }

    /// (age, capacity, representative, private life, child consented, allowed)
    type Row = (
        Option<u32>,
        Capacity,
        Option<Representation>,
        bool,
        bool,
        bool,
    );

    /// Law 91/2025 Art. 24(2), row by row.
    #[test]
    fn article_24_representation_and_the_childs_own_consent() {
        use Capacity::*;
        let rep = Some(Representation::Parent);
        // (age, capacity, representative, private life, child consented, allowed)
        let rows: &[Row] = &[
            (None, Full, None, false, false, true),
            (Some(30), Full, None, true, false, true),
            (Some(16), Full, None, false, false, true),
            (Some(15), Full, None, false, false, false),
            (Some(15), Full, rep, false, false, true),
            (Some(6), Full, rep, true, false, true),
            (Some(7), Full, rep, true, false, false),
            (Some(7), Full, rep, true, true, true),
            (Some(15), Full, rep, true, false, false),
            (Some(40), Lost, None, false, false, false),
            (
                Some(40),
                Limited,
                Some(Representation::Guardian),
                false,
                false,
                true,
            ),
            (None, Impaired, None, false, false, false),
        ];
        for (i, &(age, capacity, representative, private, child, ok)) in rows.iter().enumerate() {
            let f = ConsentFacts {
                age,
                capacity,
                representative,
                discloses_private_life: private,
                child_consented: child,
            };
            assert_eq!(check_consent(&f).is_ok(), ok, "row {i}: {f:?}");
        }
    }

    #[test]
    fn a_consent_stands_from_its_giving_until_its_withdrawal() {
        let t = |h| OffsetDateTime::UNIX_EPOCH + time::Duration::hours(h);
        let mut c = Consent {
            id: ConsentId::from_random([1; 16]),
            org_id: OrgId::from_random([2; 16]),
            subject: "ps1:x".to_owned(),
            purposes: vec!["marketing".to_owned()],
            channel: ConsentChannel::Electronic,
            scope: String::new(),
            evidence_sha256: "0".repeat(64),
            given_at: t(10),
            subject_age: None,
            capacity: Capacity::Full,
            representative: None,
            representative_subject: None,
            discloses_private_life: false,
            child_consented: false,
            sensitive_notice: false,
            recorded_by: None,
            recorded_at: t(10),
            withdrawn_at: None,
            withdrawal_case: None,
        };
        assert!(!c.stands_at(t(9)));
        assert!(c.stands_at(t(11)));
        c.withdrawn_at = Some(t(20));
        assert!(c.stands_at(t(19)));
        assert!(!c.stands_at(t(20)));
    }

    #[test]
    fn each_request_kind_starts_the_clock_of_its_article() {
        for k in <RequestKind as crate::Code>::ALL {
            assert_eq!(k.triggers()[0], "subject_request_received");
            assert_eq!(k.triggers().len(), 2);
        }
        assert!(RequestKind::Objection.restricts());
        assert!(!RequestKind::Deletion.restricts());
    }
}
