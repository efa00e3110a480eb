//! The detectors, their stable ids, and what each finding is under each legal regime.

/// A kind of personal data the scanner looks for. The ids ([`Detector::id`]) are a contract:
/// reports, rule packs and other tools use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Detector {
    /// Số định danh cá nhân / căn cước (12 digits).
    Cccd,
    /// Chứng minh nhân dân (9 digits, or 12 with the CCCD layout).
    Cmnd,
    /// Hộ chiếu.
    Passport,
    /// Số điện thoại.
    Phone,
    /// Mã số thuế cá nhân.
    TaxCode,
    /// Mã số bảo hiểm xã hội.
    SocialInsurance,
    /// Thẻ bảo hiểm y tế.
    HealthInsuranceCard,
    /// Biển số xe.
    LicencePlate,
    /// Giấy phép lái xe.
    DrivingLicence,
    /// Payment card number.
    PaymentCard,
    /// Số tài khoản ngân hàng.
    BankAccount,
    /// E-mail address.
    Email,
    /// Họ, chữ đệm và tên.
    PersonName,
    /// Ngày sinh.
    DateOfBirth,
    /// Địa chỉ (thường trú, tạm trú, liên hệ, nơi sinh, quê quán).
    Address,
    /// Vị trí xác định qua dịch vụ định vị.
    Geolocation,
    /// Nguồn gốc dân tộc.
    Ethnicity,
    /// Tôn giáo, tín ngưỡng.
    Religion,
    /// Tình trạng sức khỏe.
    Health,
    /// Dữ liệu về tội phạm, vi phạm pháp luật.
    CriminalRecord,
    /// Dữ liệu sinh trắc học.
    Biometric,
    /// Tên đăng nhập, mật khẩu.
    Credential,
    /// IP address.
    IpAddress,
    /// Giới tính.
    Gender,
    /// Quốc tịch.
    Nationality,
    /// Hình ảnh của cá nhân (a photo column, a portrait).
    PersonalImage,
    /// Tình trạng hôn nhân.
    MaritalStatus,
    /// Mối quan hệ gia đình (cha mẹ, con, vợ, chồng).
    FamilyRelation,
    /// Ngày, tháng, năm chết hoặc mất tích.
    DateOfDeath,
    /// Tài khoản số (a user name, a social-network account).
    DigitalAccount,
    /// Quan điểm chính trị.
    PoliticalView,
    /// Đời sống riêng tư, bí mật cá nhân, bí mật gia đình.
    PrivateLife,
    /// Đặc điểm di truyền.
    Genetic,
    /// Đời sống tình dục, xu hướng tình dục.
    SexLife,
    /// Hình ảnh thẻ căn cước, căn cước công dân, chứng minh nhân dân.
    IdCardImage,
    /// Tên đăng nhập, mật khẩu của tài khoản định danh điện tử hoặc tài khoản ngân hàng.
    EidOrBankCredential,
    /// Thông tin tài chính, tín dụng, lịch sử giao dịch.
    Financial,
    /// Dữ liệu theo dõi hành vi, hoạt động trên không gian mạng.
    Behaviour,
}

/// Number of detectors.
pub const DETECTOR_COUNT: usize = 38;

impl Detector {
    /// Every detector, in report order.
    pub const ALL: [Detector; DETECTOR_COUNT] = [
        Detector::Cccd,
        Detector::Cmnd,
        Detector::Passport,
        Detector::Phone,
        Detector::TaxCode,
        Detector::SocialInsurance,
        Detector::HealthInsuranceCard,
        Detector::LicencePlate,
        Detector::DrivingLicence,
        Detector::PaymentCard,
        Detector::BankAccount,
        Detector::Email,
        Detector::PersonName,
        Detector::DateOfBirth,
        Detector::Address,
        Detector::Geolocation,
        Detector::Ethnicity,
        Detector::Religion,
        Detector::Health,
        Detector::CriminalRecord,
        Detector::Biometric,
        Detector::Credential,
        Detector::IpAddress,
        Detector::Gender,
        Detector::Nationality,
        Detector::PersonalImage,
        Detector::MaritalStatus,
        Detector::FamilyRelation,
        Detector::DateOfDeath,
        Detector::DigitalAccount,
        Detector::PoliticalView,
        Detector::PrivateLife,
        Detector::Genetic,
        Detector::SexLife,
        Detector::IdCardImage,
        Detector::EidOrBankCredential,
        Detector::Financial,
        Detector::Behaviour,
    ];

    /// Position in [`Detector::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            Detector::Cccd => "vn.cccd",
            Detector::Cmnd => "vn.cmnd",
            Detector::Passport => "vn.passport",
            Detector::Phone => "vn.phone",
            Detector::TaxCode => "vn.tax_code",
            Detector::SocialInsurance => "vn.social_insurance",
            Detector::HealthInsuranceCard => "vn.health_insurance_card",
            Detector::LicencePlate => "vn.licence_plate",
            Detector::DrivingLicence => "vn.driving_licence",
            Detector::PaymentCard => "payment_card",
            Detector::BankAccount => "vn.bank_account",
            Detector::Email => "email",
            Detector::PersonName => "person_name",
            Detector::DateOfBirth => "date_of_birth",
            Detector::Address => "vn.address",
            Detector::Geolocation => "geolocation",
            Detector::Ethnicity => "ethnicity",
            Detector::Religion => "religion",
            Detector::Health => "health",
            Detector::CriminalRecord => "criminal_record",
            Detector::Biometric => "biometric",
            Detector::Credential => "credential",
            Detector::IpAddress => "ip_address",
            Detector::Gender => "gender",
            Detector::Nationality => "nationality",
            Detector::PersonalImage => "personal_image",
            Detector::MaritalStatus => "marital_status",
            Detector::FamilyRelation => "family_relation",
            Detector::DateOfDeath => "date_of_death",
            Detector::DigitalAccount => "digital_account",
            Detector::PoliticalView => "political_view",
            Detector::PrivateLife => "private_life",
            Detector::Genetic => "genetic",
            Detector::SexLife => "sex_life",
            Detector::IdCardImage => "id_card_image",
            Detector::EidOrBankCredential => "credential.eid_bank",
            Detector::Financial => "financial",
            Detector::Behaviour => "behaviour",
        }
    }

    /// The detector with this id.
    pub fn from_id(id: &str) -> Option<Detector> {
        Detector::ALL.into_iter().find(|d| d.id() == id)
    }

    /// Vietnamese name, for reports.
    pub fn label_vi(self) -> &'static str {
        match self {
            Detector::Cccd => "Số định danh cá nhân (CCCD)",
            Detector::Cmnd => "Số chứng minh nhân dân",
            Detector::Passport => "Số hộ chiếu",
            Detector::Phone => "Số điện thoại",
            Detector::TaxCode => "Mã số thuế cá nhân",
            Detector::SocialInsurance => "Mã số bảo hiểm xã hội",
            Detector::HealthInsuranceCard => "Số thẻ bảo hiểm y tế",
            Detector::LicencePlate => "Biển số xe",
            Detector::DrivingLicence => "Số giấy phép lái xe",
            Detector::PaymentCard => "Số thẻ ngân hàng",
            Detector::BankAccount => "Số tài khoản ngân hàng",
            Detector::Email => "Địa chỉ thư điện tử",
            Detector::PersonName => "Họ, chữ đệm và tên",
            Detector::DateOfBirth => "Ngày, tháng, năm sinh",
            Detector::Address => "Địa chỉ",
            Detector::Geolocation => "Vị trí qua dịch vụ định vị",
            Detector::Ethnicity => "Dân tộc",
            Detector::Religion => "Tôn giáo, tín ngưỡng",
            Detector::Health => "Tình trạng sức khỏe",
            Detector::CriminalRecord => "Dữ liệu về tội phạm, vi phạm pháp luật",
            Detector::Biometric => "Dữ liệu sinh trắc học",
            Detector::Credential => "Tên đăng nhập, mật khẩu",
            Detector::IpAddress => "Địa chỉ IP",
            Detector::Gender => "Giới tính",
            Detector::Nationality => "Quốc tịch",
            Detector::PersonalImage => "Hình ảnh của cá nhân",
            Detector::MaritalStatus => "Tình trạng hôn nhân",
            Detector::FamilyRelation => "Mối quan hệ gia đình",
            Detector::DateOfDeath => "Ngày, tháng, năm chết hoặc mất tích",
            Detector::DigitalAccount => "Tài khoản số",
            Detector::PoliticalView => "Quan điểm chính trị",
            Detector::PrivateLife => "Đời sống riêng tư, bí mật cá nhân, gia đình",
            Detector::Genetic => "Đặc điểm di truyền",
            Detector::SexLife => "Đời sống tình dục, xu hướng tình dục",
            Detector::IdCardImage => "Hình ảnh thẻ căn cước, CMND",
            Detector::EidOrBankCredential => "Mật khẩu tài khoản định danh điện tử, ngân hàng",
            Detector::Financial => "Thông tin tài chính, tín dụng",
            Detector::Behaviour => "Dữ liệu theo dõi hành vi trên không gian mạng",
        }
    }

    /// Whether the value identifies a person by itself (used by the rule that a record joining
    /// an identity with sensitive data is sensitive).
    pub fn identifies(self) -> bool {
        matches!(
            self,
            Detector::Cccd
                | Detector::Cmnd
                | Detector::Passport
                | Detector::Phone
                | Detector::TaxCode
                | Detector::SocialInsurance
                | Detector::HealthInsuranceCard
                | Detector::DrivingLicence
                | Detector::Email
                | Detector::PersonName
                | Detector::DigitalAccount
                | Detector::IdCardImage
        )
    }
}

/// The legal regime under which findings are classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Regime {
    /// Law 91/2025 with Decree 356/2025, in force from 2026-01-01 (the default).
    Law91,
    /// Decree 13/2023, for data as held from 2023-07-01 to 2025-12-31.
    Decree13,
}

impl Regime {
    /// The regime's id (the rule pack ids of `khien-rules`).
    pub fn id(self) -> &'static str {
        match self {
            Regime::Law91 => "law-91-2025",
            Regime::Decree13 => "decree-13-2023",
        }
    }

    /// The regime with this id.
    pub fn from_id(id: &str) -> Option<Regime> {
        match id {
            "law-91-2025" | "decree-356-2025" => Some(Regime::Law91),
            "decree-13-2023" => Some(Regime::Decree13),
            _ => None,
        }
    }
}

/// Basic or sensitive personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Dữ liệu cá nhân cơ bản.
    Basic,
    /// Dữ liệu cá nhân nhạy cảm.
    Sensitive,
}

impl Category {
    /// `basic` or `sensitive`.
    pub fn code(self) -> &'static str {
        match self {
            Category::Basic => "basic",
            Category::Sensitive => "sensitive",
        }
    }

    /// Vietnamese label.
    pub fn label_vi(self) -> &'static str {
        match self {
            Category::Basic => "Cơ bản",
            Category::Sensitive => "Nhạy cảm",
        }
    }
}

/// What a finding is under a regime: its category and the article that lists it.
///
/// Law 91/2025 regime: Decree 356/2025 Art. 3 (basic) and Art. 4(1) (sensitive). Decree 13/2023:
/// Art. 2(3) (basic) and Art. 2(4) (sensitive). Where the newer list no longer names an item
/// (CMND, personal tax code, social and health insurance numbers) it falls under the catch-all
/// Art. 3(11) and stays basic. Bank account numbers are treated as sensitive (Art. 4(1)(k)), the
/// conservative reading the reference (§1.9) recommends. Only the credentials of e-identity and
/// bank accounts are sensitive (Art. 4(1)(i), (k)); other user names and passwords are data of a
/// digital account, basic (Art. 3(10); Decree 13 Art. 2(3)(k)). Blood type, excluded from health data by Decree 13 Art. 2(4)(b), is
/// no longer excluded by Decree 356 Art. 4(1)(d).
pub fn classify(detector: Detector, regime: Regime) -> (Category, &'static str) {
    use Category::{Basic, Sensitive};
    use Detector as D;
    match regime {
        Regime::Law91 => match detector {
            D::Cccd => (Basic, "Decree 356/2025 Art. 3(7)"),
            D::Cmnd => (Basic, "Decree 356/2025 Art. 3(11)"),
            D::Passport => (Basic, "Decree 356/2025 Art. 3(7)"),
            D::Phone => (Basic, "Decree 356/2025 Art. 3(7)"),
            D::TaxCode => (Basic, "Decree 356/2025 Art. 3(11)"),
            D::SocialInsurance => (Basic, "Decree 356/2025 Art. 3(11)"),
            D::HealthInsuranceCard => (Basic, "Decree 356/2025 Art. 3(11)"),
            D::LicencePlate => (Basic, "Decree 356/2025 Art. 3(7)"),
            D::DrivingLicence => (Basic, "Decree 356/2025 Art. 3(7)"),
            D::PaymentCard => (Sensitive, "Decree 356/2025 Art. 4(1)(k)"),
            D::BankAccount => (Sensitive, "Decree 356/2025 Art. 4(1)(k)"),
            D::Email => (Basic, "Decree 356/2025 Art. 3(11)"),
            D::PersonName => (Basic, "Decree 356/2025 Art. 3(1)"),
            D::DateOfBirth => (Basic, "Decree 356/2025 Art. 3(2)"),
            D::Address => (Basic, "Decree 356/2025 Art. 3(4)"),
            D::Geolocation => (Sensitive, "Decree 356/2025 Art. 4(1)(h)"),
            D::Ethnicity => (Sensitive, "Decree 356/2025 Art. 4(1)(a)"),
            D::Religion => (Sensitive, "Decree 356/2025 Art. 4(1)(b)"),
            D::Health => (Sensitive, "Decree 356/2025 Art. 4(1)(d)"),
            D::CriminalRecord => (Sensitive, "Decree 356/2025 Art. 4(1)(g)"),
            D::Biometric => (Sensitive, "Decree 356/2025 Art. 4(1)(đ)"),
            D::Credential => (Basic, "Decree 356/2025 Art. 3(10)"),
            D::IpAddress => (Basic, "Decree 356/2025 Art. 3(11)"),
            D::Gender => (Basic, "Decree 356/2025 Art. 3(3)"),
            D::Nationality => (Basic, "Decree 356/2025 Art. 3(5)"),
            D::PersonalImage => (Basic, "Decree 356/2025 Art. 3(6)"),
            D::MaritalStatus => (Basic, "Decree 356/2025 Art. 3(8)"),
            D::FamilyRelation => (Basic, "Decree 356/2025 Art. 3(9)"),
            D::DateOfDeath => (Basic, "Decree 356/2025 Art. 3(2)"),
            D::DigitalAccount => (Basic, "Decree 356/2025 Art. 3(10)"),
            D::PoliticalView => (Sensitive, "Decree 356/2025 Art. 4(1)(b)"),
            D::PrivateLife => (Sensitive, "Decree 356/2025 Art. 4(1)(c)"),
            D::Genetic => (Sensitive, "Decree 356/2025 Art. 4(1)(đ)"),
            D::SexLife => (Sensitive, "Decree 356/2025 Art. 4(1)(e)"),
            D::IdCardImage => (Sensitive, "Decree 356/2025 Art. 4(1)(i)"),
            D::EidOrBankCredential => (Sensitive, "Decree 356/2025 Art. 4(1)(i), (k)"),
            D::Financial => (Sensitive, "Decree 356/2025 Art. 4(1)(k)"),
            D::Behaviour => (Sensitive, "Decree 356/2025 Art. 4(1)(l)"),
        },
        Regime::Decree13 => match detector {
            D::Cccd
            | D::Cmnd
            | D::Passport
            | D::Phone
            | D::TaxCode
            | D::SocialInsurance
            | D::HealthInsuranceCard
            | D::LicencePlate
            | D::DrivingLicence => (Basic, "Decree 13/2023 Art. 2(3)(g)"),
            D::PaymentCard | D::BankAccount => (Sensitive, "Decree 13/2023 Art. 2(4)(h)"),
            D::Email => (Basic, "Decree 13/2023 Art. 2(3)(l)"),
            D::PersonName => (Basic, "Decree 13/2023 Art. 2(3)(a)"),
            D::DateOfBirth => (Basic, "Decree 13/2023 Art. 2(3)(b)"),
            D::Address => (Basic, "Decree 13/2023 Art. 2(3)(d)"),
            D::Geolocation => (Sensitive, "Decree 13/2023 Art. 2(4)(i)"),
            D::Ethnicity => (Sensitive, "Decree 13/2023 Art. 2(4)(c)"),
            D::Religion => (Sensitive, "Decree 13/2023 Art. 2(4)(a)"),
            D::Health => (Sensitive, "Decree 13/2023 Art. 2(4)(b)"),
            D::CriminalRecord => (Sensitive, "Decree 13/2023 Art. 2(4)(g)"),
            D::Biometric => (Sensitive, "Decree 13/2023 Art. 2(4)(đ)"),
            D::Credential | D::EidOrBankCredential | D::DigitalAccount => {
                (Basic, "Decree 13/2023 Art. 2(3)(k)")
            }
            D::IpAddress => (Basic, "Decree 13/2023 Art. 2(3)(k)"),
            D::Gender => (Basic, "Decree 13/2023 Art. 2(3)(c)"),
            D::Nationality => (Basic, "Decree 13/2023 Art. 2(3)(đ)"),
            D::PersonalImage | D::IdCardImage => (Basic, "Decree 13/2023 Art. 2(3)(e)"),
            D::MaritalStatus => (Basic, "Decree 13/2023 Art. 2(3)(h)"),
            D::FamilyRelation => (Basic, "Decree 13/2023 Art. 2(3)(i)"),
            D::DateOfDeath => (Basic, "Decree 13/2023 Art. 2(3)(b)"),
            D::PoliticalView => (Sensitive, "Decree 13/2023 Art. 2(4)(a)"),
            D::PrivateLife => (Sensitive, "Decree 13/2023 Art. 2(4)(b)"),
            D::Genetic => (Sensitive, "Decree 13/2023 Art. 2(4)(d)"),
            D::SexLife => (Sensitive, "Decree 13/2023 Art. 2(4)(e)"),
            D::Financial => (Sensitive, "Decree 13/2023 Art. 2(4)(h)"),
            D::Behaviour => (Basic, "Decree 13/2023 Art. 2(3)(k)"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_round_trip() {
        for (i, d) in Detector::ALL.iter().enumerate() {
            assert_eq!(d.index(), i);
            assert_eq!(Detector::from_id(d.id()), Some(*d));
        }
    }

    /// The category of each finding under each regime, with the article (reference §3 and §7).
    #[test]
    fn classification_table() {
        use Category::*;
        let cases: &[(Detector, Regime, Category, &str)] = &[
            (
                Detector::Cccd,
                Regime::Law91,
                Basic,
                "Decree 356/2025 Art. 3(7)",
            ),
            (
                Detector::Cccd,
                Regime::Decree13,
                Basic,
                "Decree 13/2023 Art. 2(3)(g)",
            ),
            (
                Detector::Cmnd,
                Regime::Law91,
                Basic,
                "Decree 356/2025 Art. 3(11)",
            ),
            (
                Detector::PaymentCard,
                Regime::Law91,
                Sensitive,
                "Decree 356/2025 Art. 4(1)(k)",
            ),
            (
                Detector::PaymentCard,
                Regime::Decree13,
                Sensitive,
                "Decree 13/2023 Art. 2(4)(h)",
            ),
            (
                Detector::Ethnicity,
                Regime::Law91,
                Sensitive,
                "Decree 356/2025 Art. 4(1)(a)",
            ),
            (
                Detector::Ethnicity,
                Regime::Decree13,
                Sensitive,
                "Decree 13/2023 Art. 2(4)(c)",
            ),
            (
                Detector::Religion,
                Regime::Decree13,
                Sensitive,
                "Decree 13/2023 Art. 2(4)(a)",
            ),
            (
                Detector::Health,
                Regime::Law91,
                Sensitive,
                "Decree 356/2025 Art. 4(1)(d)",
            ),
            (
                Detector::Geolocation,
                Regime::Law91,
                Sensitive,
                "Decree 356/2025 Art. 4(1)(h)",
            ),
            (
                Detector::Credential,
                Regime::Law91,
                Basic,
                "Decree 356/2025 Art. 3(10)",
            ),
            (
                Detector::EidOrBankCredential,
                Regime::Law91,
                Sensitive,
                "Decree 356/2025 Art. 4(1)(i), (k)",
            ),
            (
                Detector::IdCardImage,
                Regime::Law91,
                Sensitive,
                "Decree 356/2025 Art. 4(1)(i)",
            ),
            (
                Detector::Gender,
                Regime::Law91,
                Basic,
                "Decree 356/2025 Art. 3(3)",
            ),
            (
                Detector::Behaviour,
                Regime::Law91,
                Sensitive,
                "Decree 356/2025 Art. 4(1)(l)",
            ),
            (
                Detector::Behaviour,
                Regime::Decree13,
                Basic,
                "Decree 13/2023 Art. 2(3)(k)",
            ),
            (
                Detector::Genetic,
                Regime::Decree13,
                Sensitive,
                "Decree 13/2023 Art. 2(4)(d)",
            ),
            (
                Detector::Credential,
                Regime::Decree13,
                Basic,
                "Decree 13/2023 Art. 2(3)(k)",
            ),
            (
                Detector::CriminalRecord,
                Regime::Law91,
                Sensitive,
                "Decree 356/2025 Art. 4(1)(g)",
            ),
            (
                Detector::PersonName,
                Regime::Law91,
                Basic,
                "Decree 356/2025 Art. 3(1)",
            ),
            (
                Detector::Address,
                Regime::Decree13,
                Basic,
                "Decree 13/2023 Art. 2(3)(d)",
            ),
        ];
        for (d, r, c, basis) in cases {
            assert_eq!(classify(*d, *r), (*c, *basis), "{d:?} under {r:?}");
        }
        assert_eq!(Regime::from_id("law-91-2025"), Some(Regime::Law91));
        assert_eq!(Regime::from_id("decree-13-2023"), Some(Regime::Decree13));
        assert_eq!(Regime::from_id("gdpr"), None);
    }
}
