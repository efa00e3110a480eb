//! The organisation's profile: the facts the texts use to decide which obligations bind it
//! (Law 91/2025 Art. 38(2)-(3) and Decree 356/2025 Art. 41 on size; Art. 20(6), 21(6) on
//! state agencies; Decree 356/2025 Art. 8-12, 23 on sectors).

use time::OffsetDateTime;

use crate::{DomainError, code_enum};

code_enum! {
    /// The size class of a business (Decree 80/2021/NĐ-CP on small and medium enterprises
    /// defines micro, small and medium; the household business is the Enterprise Law's).
    SizeClass, field = "size", allowed = "household, micro, small, medium, large" {
        /// Hộ kinh doanh.
        Household => ("household", "Hộ kinh doanh"),
        /// Doanh nghiệp siêu nhỏ.
        Micro => ("micro", "Doanh nghiệp siêu nhỏ"),
        /// Doanh nghiệp nhỏ.
        Small => ("small", "Doanh nghiệp nhỏ"),
        /// Doanh nghiệp vừa.
        Medium => ("medium", "Doanh nghiệp vừa"),
        /// Doanh nghiệp lớn.
        Large => ("large", "Doanh nghiệp lớn"),
    }
}

code_enum! {
    /// A sector with duties of its own (Law 91/2025 Art. 26-30; Decree 356/2025 Art. 8-12, 23).
    Sector, field = "sectors",
    allowed = "finance, health, insurance, telecom, education, ai, blockchain, cloud, big_data, processing_service" {
        /// Tài chính, ngân hàng, thông tin tín dụng (Decree 356/2025 Art. 8).
        Finance => ("finance", "Tài chính, ngân hàng, thông tin tín dụng"),
        /// Y tế (Law 91/2025 Art. 26).
        Health => ("health", "Y tế"),
        /// Bảo hiểm (Law 91/2025 Art. 26).
        Insurance => ("insurance", "Bảo hiểm"),
        /// Viễn thông.
        Telecom => ("telecom", "Viễn thông"),
        /// Giáo dục.
        Education => ("education", "Giáo dục"),
        /// Trí tuệ nhân tạo, vũ trụ ảo (Decree 356/2025 Art. 10).
        Ai => ("ai", "Trí tuệ nhân tạo, vũ trụ ảo"),
        /// Chuỗi khối (Decree 356/2025 Art. 11).
        Blockchain => ("blockchain", "Chuỗi khối"),
        /// Cung cấp dịch vụ điện toán đám mây (Decree 356/2025 Art. 12(3)).
        Cloud => ("cloud", "Điện toán đám mây"),
        /// Xử lý dữ liệu lớn (Decree 356/2025 Art. 9).
        BigData => ("big_data", "Dữ liệu lớn"),
        /// Dịch vụ xử lý dữ liệu cá nhân (Decree 356/2025 Art. 21-23).
        ProcessingService => ("processing_service", "Dịch vụ xử lý dữ liệu cá nhân"),
    }
}

/// What an organisation says about itself for the texts' purposes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrgProfile {
    /// Size class, when declared.
    pub size: Option<SizeClass>,
    /// A start-up (doanh nghiệp khởi nghiệp).
    pub startup: bool,
    /// A household business (hộ kinh doanh).
    pub household_business: bool,
    /// Sectors, sorted, each once.
    pub sectors: Vec<Sector>,
    /// A competent state agency (cơ quan nhà nước có thẩm quyền).
    pub state_agency: bool,
    /// Sells personal-data processing services.
    pub processing_service: bool,
    /// Directly processes sensitive personal data.
    pub processes_sensitive: bool,
    /// Data subjects whose personal data it has processed, cumulatively (Decree 356/2025
    /// Art. 41: "kết quả tích lũy tổng lượng dữ liệu cá nhân đã xử lý").
    pub subject_count: Option<u64>,
    /// Of which, subjects whose sensitive personal data it processed.
    pub sensitive_subject_count: Option<u64>,
}

impl OrgProfile {
    /// Checks the rules between fields and puts the sectors in order.
    pub fn normalise(mut self) -> Result<Self, DomainError> {
        self.sectors.sort();
        self.sectors.dedup();
        if self.household_business && self.size.is_some_and(|s| s != SizeClass::Household) {
            return Err(DomainError::Invalid {
                field: "household_business",
                rule: "a household business has the size class `household`",
            });
        }
        if self.size == Some(SizeClass::Household) {
            self.household_business = true;
        }
        if let (Some(all), Some(sensitive)) = (self.subject_count, self.sensitive_subject_count)
            && sensitive > all
        {
            return Err(DomainError::Invalid {
                field: "subject_count",
                rule: "the subjects with sensitive data are counted in the total",
            });
        }
        if self.sectors.contains(&Sector::ProcessingService) {
            self.processing_service = true;
        }
        if self.sensitive_subject_count.is_some_and(|n| n > 0) {
            self.processes_sensitive = true;
        }
        Ok(self)
    }
}

/// A profile as kept, with when and whether it was ever set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredProfile {
    /// The profile.
    pub profile: OrgProfile,
    /// When it was last set.
    pub updated_at: OffsetDateTime,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise() {
        let p = OrgProfile {
            sectors: vec![Sector::Cloud, Sector::Ai, Sector::Cloud],
            size: Some(SizeClass::Household),
            ..OrgProfile::default()
        }
        .normalise()
        .unwrap();
        assert_eq!(p.sectors, vec![Sector::Ai, Sector::Cloud]);
        assert!(p.household_business);
        let bad = OrgProfile {
            household_business: true,
            size: Some(SizeClass::Large),
            ..OrgProfile::default()
        };
        assert!(bad.normalise().is_err());
        let bad = OrgProfile {
            subject_count: Some(10),
            sensitive_subject_count: Some(11),
            ..OrgProfile::default()
        };
        assert!(bad.normalise().is_err());
        let p = OrgProfile {
            sensitive_subject_count: Some(1),
            sectors: vec![Sector::ProcessingService],
            ..OrgProfile::default()
        }
        .normalise()
        .unwrap();
        assert!(p.processes_sensitive && p.processing_service);
    }
}
