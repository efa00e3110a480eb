//! Processing activities: what an organisation does with data, why, on which legal basis, with
//! which assets and recipients, and whether data leaves the country (Law 91/2025 Art. 9, 19, 20;
//! Decree 165/2025 Art. 12).

use time::OffsetDateTime;

use crate::{ActivityId, AssetId, CountryCode, DomainError, OrgId, Text, code_enum};

code_enum! {
    /// The legal basis of a processing activity: the data subject's consent (Law 91/2025 Art. 9)
    /// or one of the cases without consent of Art. 19.1.
    LegalBasis, field = "legal_basis",
    allowed = "consent, vital_interests, emergency_security, state_function, contract, other_law" {
        /// Sự đồng ý của chủ thể dữ liệu (Art. 9).
        Consent => ("consent", "Sự đồng ý của chủ thể dữ liệu (Điều 9 Luật 91/2025)"),
        /// Protect life, health, rights in urgent cases (Art. 19.1(a)).
        VitalInterests => ("vital_interests", "Bảo vệ tính mạng, sức khỏe, quyền lợi trong trường hợp cấp bách (Điều 19.1.a)"),
        /// Emergencies, national security threats, crime prevention (Art. 19.1(b)).
        EmergencySecurity => ("emergency_security", "Tình trạng khẩn cấp, an ninh quốc gia, phòng chống tội phạm (Điều 19.1.b)"),
        /// Activities of state agencies and state management (Art. 19.1(c)).
        StateFunction => ("state_function", "Hoạt động của cơ quan nhà nước, quản lý nhà nước (Điều 19.1.c)"),
        /// Performing the data subject's agreement (Art. 19.1(d)).
        Contract => ("contract", "Thực hiện thỏa thuận của chủ thể dữ liệu (Điều 19.1.d)"),
        /// Other cases provided by law (Art. 19.1(đ)).
        OtherLaw => ("other_law", "Trường hợp khác theo quy định của pháp luật (Điều 19.1.đ)"),
    }
}

code_enum! {
    /// Who receives data from an activity.
    RecipientKind, field = "recipients.kind", allowed = "processor, third_party, state_agency" {
        /// Bên xử lý dữ liệu cá nhân: processes on the organisation's behalf (entrusted).
        Processor => ("processor", "Bên xử lý dữ liệu"),
        /// Bên thứ ba.
        ThirdParty => ("third_party", "Bên thứ ba"),
        /// A state agency receiving data under Decree 165/2025 Art. 8.
        StateAgency => ("state_agency", "Cơ quan nhà nước"),
    }
}

/// A recipient of data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// Name of the recipient.
    pub name: Text,
    /// What it is to the organisation.
    pub kind: RecipientKind,
    /// Where it processes the data.
    pub country: CountryCode,
}

/// What a caller gives to create or replace a processing activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessingActivityDraft {
    /// Short name.
    pub name: Text,
    /// Purpose of processing (mục đích xử lý).
    pub purpose: Text,
    /// Legal basis.
    pub legal_basis: LegalBasis,
    /// The text that grounds it when it is not consent (e.g. the law or contract).
    pub legal_basis_detail: Option<Text>,
    /// Categories of data processed (e.g. `họ tên`, `số CCCD`, `tình trạng sức khỏe`).
    pub data_categories: Vec<Text>,
    /// Categories of data subjects (e.g. `khách hàng`, `người lao động`).
    pub data_subject_categories: Vec<Text>,
    /// Assets the activity uses, all of the same organisation.
    pub asset_ids: Vec<AssetId>,
    /// Recipients.
    pub recipients: Vec<Recipient>,
    /// Data is transferred or processed outside Viet Nam (Law 91/2025 Art. 20; Decree 165/2025
    /// Art. 12).
    pub cross_border: bool,
}

impl ProcessingActivityDraft {
    /// Checks the rules between fields.
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.legal_basis != LegalBasis::Consent && self.legal_basis_detail.is_none() {
            return Err(DomainError::Invalid {
                field: "legal_basis_detail",
                rule: "processing without consent must name its ground (Law 91/2025 Art. 19.1)",
            });
        }
        if self.recipients.iter().any(|r| r.country != CountryCode::VN) && !self.cross_border {
            return Err(DomainError::Invalid {
                field: "cross_border",
                rule: "a recipient outside Viet Nam makes the activity a cross-border transfer",
            });
        }
        let mut ids = self.asset_ids.clone();
        ids.sort();
        ids.dedup();
        if ids.len() != self.asset_ids.len() {
            return Err(DomainError::Invalid {
                field: "asset_ids",
                rule: "an asset is listed twice",
            });
        }
        Ok(())
    }
}

/// A processing activity as kept in the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessingActivity {
    /// Identifier.
    pub id: ActivityId,
    /// The organisation.
    pub org_id: OrgId,
    /// Its details.
    pub details: ProcessingActivityDraft,
    /// Creation time.
    pub created_at: OffsetDateTime,
    /// Last change.
    pub updated_at: OffsetDateTime,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> ProcessingActivityDraft {
        ProcessingActivityDraft {
            name: Text::parse("name", "Quản lý nhân sự", 200).unwrap(),
            purpose: Text::parse("purpose", "Trả lương", 2000).unwrap(),
            legal_basis: LegalBasis::Consent,
            legal_basis_detail: None,
            data_categories: vec![],
            data_subject_categories: vec![],
            asset_ids: vec![],
            recipients: vec![],
            cross_border: false,
        }
    }

    /// Law 91/2025 Art. 19.1: without consent, the ground must be named.
    #[test]
    fn non_consent_needs_its_ground() {
        let mut d = draft();
        assert!(d.validate().is_ok());
        d.legal_basis = LegalBasis::StateFunction;
        assert!(d.validate().is_err());
        d.legal_basis_detail = Some(Text::parse("x", "Luật Cán bộ, công chức", 10_000).unwrap());
        assert!(d.validate().is_ok());
    }

    /// Law 91/2025 Art. 20: a recipient abroad is a cross-border transfer.
    #[test]
    fn foreign_recipient_implies_cross_border() {
        let mut d = draft();
        d.recipients.push(Recipient {
            name: Text::parse("name", "Cloud SG", 200).unwrap(),
            kind: RecipientKind::Processor,
            country: CountryCode::parse("country", "SG").unwrap(),
        });
        assert!(d.validate().is_err());
        d.cross_border = true;
        assert!(d.validate().is_ok());
    }

    #[test]
    fn duplicate_assets_are_refused() {
        let mut d = draft();
        let a = AssetId::from_random([1; 16]);
        d.asset_ids = vec![a, a];
        assert!(d.validate().is_err());
    }
}
