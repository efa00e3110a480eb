//! Column and field names: what a header says about the values under it, in Vietnamese with
//! or without diacritics and in English (`so_cccd`, `Số CCCD`, `SoCCCD`, `national_id`).
//!
//! A header is folded ([`crate::fold`]) and cut into words; each rule is a sequence of words
//! that must appear in a row. Rules are tried in order and the first that matches decides, so
//! the specific ones come first (`so_the_bhyt` is a health insurance card, not a payment card;
//! `dia_chi_email` an e-mail, not an address; `ten_cong_ty` a company, not a person).

use crate::detector::Detector;
use crate::fold::{fold, words};

/// What a header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// The values are this kind of personal data.
    Is(Detector),
    /// The header names something that is not personal data (a company name, an order date).
    NotPersonal,
}

use Detector as D;
use Hint::{Is, NotPersonal};

/// The rules: word sequences (space-separated) and what they mean.
const RULES: &[(&str, Hint)] = &[
    // Explicitly not personal, before the words they contain.
    ("ten cong ty", NotPersonal),
    ("ten doanh nghiep", NotPersonal),
    ("ten don vi", NotPersonal),
    ("ten co quan", NotPersonal),
    ("ten san pham", NotPersonal),
    ("ten hang", NotPersonal),
    ("ten phong", NotPersonal),
    ("ten chi nhanh", NotPersonal),
    ("ten file", NotPersonal),
    ("ten tep", NotPersonal),
    ("ten duong", NotPersonal),
    // A land parcel's map sheet and plot ("Tờ bản đồ - thửa": "Tờ 12 - thửa 87"; "tờ" folds
    // like "tổ", a residential group).
    ("to ban do", NotPersonal),
    // A post office ("Bưu cục phát"), an astrologer's star and term ("Sao chiếu mệnh"):
    // nobody's.
    ("buu cuc", NotPersonal),
    ("sao chieu menh", NotPersonal),
    // "Học sinh nam": a count of boys, before "sinh năm" (a year of birth).
    ("hoc sinh nam", NotPersonal),
    // A network's own servers: "DNS: 203.162.4.191", "Gateway 192.168.1.1".
    ("dns", NotPersonal),
    ("gateway", NotPersonal),
    // A card kept by a shop or a gym: "Card on file".
    ("card on file", Is(D::PaymentCard)),
    ("file", NotPersonal),
    ("filename", NotPersonal),
    ("company", NotPersonal),
    ("product", NotPersonal),
    ("ngay tao", NotPersonal),
    ("ngay cap nhat", NotPersonal),
    ("ngay giao dich", NotPersonal),
    ("created", NotPersonal),
    ("updated", NotPersonal),
    ("ma don", NotPersonal),
    ("don hang", NotPersonal),
    ("hoa don", NotPersonal),
    ("ma hoa don", NotPersonal),
    ("order", NotPersonal),
    ("invoice", NotPersonal),
    ("ma benh nhan", NotPersonal),
    ("ma nguoi benh", NotPersonal),
    ("ma nhan vien", NotPersonal),
    ("ma khach hang", NotPersonal),
    // An organisation's seat, office line, a contractor or supplier: not a person's.
    ("dia chi tru so", NotPersonal),
    // Where something happened ("Địa điểm vi phạm": "Ngã tư Hùng Vương - Phạm Văn Đồng") is
    // a place, no one's home, and its streets are no one's names.
    ("dia diem vi pham", NotPersonal),
    ("dia diem xay ra", NotPersonal),
    ("noi xay ra", NotPersonal),
    ("tru so", NotPersonal),
    ("dt co quan", NotPersonal),
    ("dien thoai co quan", NotPersonal),
    ("nha thau", NotPersonal),
    ("nha cung cap", NotPersonal),
    ("hotline", NotPersonal),
    ("van don", NotPersonal),
    // IP addresses before "login" (`last_login_ip`).
    ("ip", Is(D::IpAddress)),
    ("ip address", Is(D::IpAddress)),
    // Pictures of ID cards before the cards (Decree 356 Art. 4(1)(i)).
    ("anh cccd", Is(D::IdCardImage)),
    ("anh can cuoc", Is(D::IdCardImage)),
    ("anh cmnd", Is(D::IdCardImage)),
    ("anh chung minh", Is(D::IdCardImage)),
    ("hinh cccd", Is(D::IdCardImage)),
    ("cccd mat truoc", Is(D::IdCardImage)),
    ("cccd mat sau", Is(D::IdCardImage)),
    ("mat truoc cccd", Is(D::IdCardImage)),
    ("mat sau cccd", Is(D::IdCardImage)),
    ("id card image", Is(D::IdCardImage)),
    ("id card photo", Is(D::IdCardImage)),
    ("anh giay to tuy than", Is(D::IdCardImage)),
    // Credentials of e-identity and bank accounts (Art. 4(1)(i), (k)) before the others.
    ("mat khau vneid", Is(D::EidOrBankCredential)),
    ("vneid", Is(D::EidOrBankCredential)),
    ("tai khoan dinh danh dien tu", Is(D::EidOrBankCredential)),
    ("dinh danh dien tu", Is(D::EidOrBankCredential)),
    ("mat khau ngan hang", Is(D::EidOrBankCredential)),
    ("internet banking", Is(D::EidOrBankCredential)),
    ("mobile banking", Is(D::EidOrBankCredential)),
    ("ebanking", Is(D::EidOrBankCredential)),
    ("ma pin the", Is(D::EidOrBankCredential)),
    // Digital accounts before "ten" (name) and "tai khoan" (account): Art. 3(10).
    ("ten dang nhap", Is(D::DigitalAccount)),
    ("tai khoan mang xa hoi", Is(D::DigitalAccount)),
    ("facebook", Is(D::DigitalAccount)),
    ("tiktok", Is(D::DigitalAccount)),
    ("instagram", Is(D::DigitalAccount)),
    ("twitter", Is(D::DigitalAccount)),
    ("nickname", Is(D::DigitalAccount)),
    ("biet danh", Is(D::DigitalAccount)),
    ("mat khau", Is(D::Credential)),
    ("matkhau", Is(D::Credential)),
    ("password", Is(D::Credential)),
    ("passwd", Is(D::Credential)),
    ("pwd", Is(D::Credential)),
    ("password hash", Is(D::Credential)),
    ("otp", Is(D::Credential)),
    ("ma pin", Is(D::Credential)),
    ("pin", Is(D::Credential)),
    ("username", Is(D::DigitalAccount)),
    ("user name", Is(D::DigitalAccount)),
    ("login", Is(D::DigitalAccount)),
    // Insurance before cards.
    ("bhyt", Is(D::HealthInsuranceCard)),
    ("bao hiem y te", Is(D::HealthInsuranceCard)),
    ("health insurance", Is(D::HealthInsuranceCard)),
    ("bhxh", Is(D::SocialInsurance)),
    ("si number", Is(D::SocialInsurance)),
    ("si no", Is(D::SocialInsurance)),
    ("bao hiem xa hoi", Is(D::SocialInsurance)),
    ("social insurance", Is(D::SocialInsurance)),
    // Identity documents.
    ("cccd", Is(D::Cccd)),
    ("socccd", Is(D::Cccd)),
    ("can cuoc", Is(D::Cccd)),
    ("cancuoc", Is(D::Cccd)),
    ("dinh danh", Is(D::Cccd)),
    ("citizen id", Is(D::Cccd)),
    ("national id", Is(D::Cccd)),
    ("id number", Is(D::Cccd)),
    // "Số giấy tờ", "Giấy tờ tùy thân": an identity paper's number (a CCCD, or an old ID
    // card or a passport, which the CCCD rule also takes under this header).
    ("so giay to", Is(D::Cccd)),
    ("giay to tuy than", Is(D::Cccd)),
    // "Giấy tờ" heading a list of passengers or guests: "CCCD 0791…", "HC C5830147".
    ("giay to", Is(D::Cccd)),
    ("cmnd", Is(D::Cmnd)),
    ("socmnd", Is(D::Cmnd)),
    ("cmt", Is(D::Cmnd)),
    ("chung minh", Is(D::Cmnd)),
    ("ho chieu", Is(D::Passport)),
    ("hochieu", Is(D::Passport)),
    ("passport", Is(D::Passport)),
    ("so hc", Is(D::Passport)),
    ("gplx", Is(D::DrivingLicence)),
    ("bang lai", Is(D::DrivingLicence)),
    ("banglai", Is(D::DrivingLicence)),
    ("giay phep lai xe", Is(D::DrivingLicence)),
    ("driving licence", Is(D::DrivingLicence)),
    ("driving license", Is(D::DrivingLicence)),
    ("driver license", Is(D::DrivingLicence)),
    ("drivers license", Is(D::DrivingLicence)),
    ("bien so", Is(D::LicencePlate)),
    ("bienso", Is(D::LicencePlate)),
    ("bien kiem soat", Is(D::LicencePlate)),
    ("bks", Is(D::LicencePlate)),
    ("plate", Is(D::LicencePlate)),
    ("mst", Is(D::TaxCode)),
    // Personal income tax (thuế thu nhập cá nhân) code.
    ("pit code", Is(D::TaxCode)),
    ("pit", Is(D::TaxCode)),
    ("ma so thue", Is(D::TaxCode)),
    ("masothue", Is(D::TaxCode)),
    ("tax", Is(D::TaxCode)),
    // Money.
    ("stk", Is(D::BankAccount)),
    ("so tk", Is(D::BankAccount)),
    ("tk thanh toan", Is(D::BankAccount)),
    ("tai khoan thanh toan", Is(D::BankAccount)),
    ("tk ngan hang", Is(D::BankAccount)),
    ("so tai khoan", Is(D::BankAccount)),
    ("sotaikhoan", Is(D::BankAccount)),
    ("tai khoan ngan hang", Is(D::BankAccount)),
    // "Tài khoản nhận thu nhập", "Tài khoản nhận lương": an account money is paid into
    // (not "Tài khoản nhận OTP").
    ("tai khoan nhan thu nhap", Is(D::BankAccount)),
    ("tai khoan nhan luong", Is(D::BankAccount)),
    ("tai khoan nhan tien", Is(D::BankAccount)),
    ("bank account", Is(D::BankAccount)),
    ("account number", Is(D::BankAccount)),
    ("account no", Is(D::BankAccount)),
    ("iban", Is(D::BankAccount)),
    ("so the", Is(D::PaymentCard)),
    ("the ngan hang", Is(D::PaymentCard)),
    ("the tin dung", Is(D::PaymentCard)),
    ("the atm", Is(D::PaymentCard)),
    ("card", Is(D::PaymentCard)),
    ("pan", Is(D::PaymentCard)),
    // Contact.
    ("email", Is(D::Email)),
    ("e mail", Is(D::Email)),
    ("mail", Is(D::Email)),
    ("thu dien tu", Is(D::Email)),
    ("remote addr", Is(D::IpAddress)),
    ("sdt", Is(D::Phone)),
    ("so dien thoai", Is(D::Phone)),
    ("sodienthoai", Is(D::Phone)),
    ("dien thoai", Is(D::Phone)),
    ("dienthoai", Is(D::Phone)),
    ("di dong", Is(D::Phone)),
    ("dt", Is(D::Phone)),
    ("phone", Is(D::Phone)),
    ("mobile", Is(D::Phone)),
    ("tel", Is(D::Phone)),
    ("telephone", Is(D::Phone)),
    ("zalo", Is(D::Phone)),
    // A full name, whatever else the header says ("Họ và tên bệnh nhi", "Họ tên người bệnh"
    // name patients, not their health).
    ("ho va ten", Is(D::PersonName)),
    ("hovaten", Is(D::PersonName)),
    ("ho ten", Is(D::PersonName)),
    ("hoten", Is(D::PersonName)),
    ("full name", Is(D::PersonName)),
    ("fullname", Is(D::PersonName)),
    // Sensitive categories.
    ("dan toc", Is(D::Ethnicity)),
    ("dantoc", Is(D::Ethnicity)),
    ("ethnicity", Is(D::Ethnicity)),
    ("ethnic", Is(D::Ethnicity)),
    ("chung toc", Is(D::Ethnicity)),
    ("ton giao", Is(D::Religion)),
    ("tongiao", Is(D::Religion)),
    ("tin nguong", Is(D::Religion)),
    ("religion", Is(D::Religion)),
    // A patient's address is an address, not a patient ("Địa chỉ người bệnh").
    ("dia chi nguoi benh", Is(D::Address)),
    ("dia chi benh nhan", Is(D::Address)),
    ("dia chi benh nhi", Is(D::Address)),
    ("nguoi benh", Is(D::PersonName)),
    ("bac si", Is(D::PersonName)),
    // "BS điều trị": the treating doctor, before "điều trị" (treatment).
    ("bs dieu tri", Is(D::PersonName)),
    ("benh nhan", Is(D::PersonName)),
    ("benh nhi", Is(D::PersonName)),
    ("tien su benh", Is(D::Health)),
    ("chan doan", Is(D::Health)),
    // The cause of a death is the dead person's health ("Nguyên nhân chết: Tai biến mạch
    // máu não" in a register of deaths).
    ("nguyen nhan chet", Is(D::Health)),
    ("nguyen nhan tu vong", Is(D::Health)),
    ("cause of death", Is(D::Health)),
    // Disability (khuyết tật) and its kind (dạng tật): health data.
    ("khuyet tat", Is(D::Health)),
    ("dang tat", Is(D::Health)),
    ("health notes", Is(D::Health)),
    ("benh an", Is(D::Health)),
    ("benh", Is(D::Health)),
    ("nhom mau", Is(D::Health)),
    ("blood", Is(D::Health)),
    ("diagnosis", Is(D::Health)),
    ("icd", Is(D::Health)),
    ("xet nghiem", Is(D::Health)),
    ("suc khoe", Is(D::Health)),
    ("health", Is(D::Health)),
    ("medical", Is(D::Health)),
    ("dieu tri", Is(D::Health)),
    // A birth's complications ("Cách đẻ - chỉ định / biến chứng": "Mổ lấy thai - ngôi mông";
    // not "cách đẻ" alone, which folds like "cách để", a way to).
    ("bien chung", Is(D::Health)),
    // Measurements of a chronic disease's register: "HA (mmHg)" (blood pressure), "ĐH
    // (mmol/l)" (blood glucose), "Huyết áp", "Đường huyết" (Decree 356 Art. 4: health).
    ("huyet ap", Is(D::Health)),
    ("mmhg", Is(D::Health)),
    // "mmHg" cut at its capital.
    ("mm hg", Is(D::Health)),
    ("duong huyet", Is(D::Health)),
    ("mmol", Is(D::Health)),
    ("tien an", Is(D::CriminalRecord)),
    // "tiền sử" is a (medical) history; "tiền sự", a prior offence, is told apart before
    // folding (see `hint`).
    ("tien su", Is(D::Health)),
    ("ly lich tu phap", Is(D::CriminalRecord)),
    ("an tich", Is(D::CriminalRecord)),
    ("toi danh", Is(D::CriminalRecord)),
    ("criminal", Is(D::CriminalRecord)),
    ("conviction", Is(D::CriminalRecord)),
    ("van tay", Is(D::Biometric)),
    ("vantay", Is(D::Biometric)),
    ("khuon mat", Is(D::Biometric)),
    ("mong mat", Is(D::Biometric)),
    ("sinh trac", Is(D::Biometric)),
    ("fingerprint", Is(D::Biometric)),
    ("face template", Is(D::Biometric)),
    ("face embedding", Is(D::Biometric)),
    ("face vector", Is(D::Biometric)),
    ("face id", Is(D::Biometric)),
    ("faceid", Is(D::Biometric)),
    ("giong noi", Is(D::Biometric)),
    ("biometric", Is(D::Biometric)),
    ("iris", Is(D::Biometric)),
    ("adn", Is(D::Genetic)),
    ("dna", Is(D::Genetic)),
    ("di truyen", Is(D::Genetic)),
    ("genetic", Is(D::Genetic)),
    ("gen", Is(D::Genetic)),
    ("xu huong tinh duc", Is(D::SexLife)),
    ("tinh duc", Is(D::SexLife)),
    ("sexual", Is(D::SexLife)),
    ("lgbt", Is(D::SexLife)),
    ("quan diem chinh tri", Is(D::PoliticalView)),
    ("chinh tri", Is(D::PoliticalView)),
    ("dang vien", Is(D::PoliticalView)),
    ("vao dang", Is(D::PoliticalView)),
    ("political", Is(D::PoliticalView)),
    ("doi song rieng tu", Is(D::PrivateLife)),
    ("rieng tu", Is(D::PrivateLife)),
    ("bi mat ca nhan", Is(D::PrivateLife)),
    ("bi mat gia dinh", Is(D::PrivateLife)),
    ("doi tu", Is(D::PrivateLife)),
    ("du no", Is(D::Financial)),
    ("khoan vay", Is(D::Financial)),
    ("lich su giao dich", Is(D::Financial)),
    ("so du", Is(D::Financial)),
    ("no xau", Is(D::Financial)),
    ("diem tin dung", Is(D::Financial)),
    ("xep hang tin dung", Is(D::Financial)),
    ("han muc tin dung", Is(D::Financial)),
    ("tin dung", Is(D::Financial)),
    ("credit score", Is(D::Financial)),
    ("thu nhap", Is(D::Financial)),
    ("income", Is(D::Financial)),
    ("loan", Is(D::Financial)),
    ("balance", Is(D::Financial)),
    ("lich su truy cap", Is(D::Behaviour)),
    ("lich su duyet", Is(D::Behaviour)),
    ("lich su xem", Is(D::Behaviour)),
    ("hanh vi vi pham", Is(D::CriminalRecord)),
    ("hanh vi", Is(D::Behaviour)),
    ("cookie", Is(D::Behaviour)),
    ("device id", Is(D::Behaviour)),
    ("user agent", Is(D::Behaviour)),
    ("useragent", Is(D::Behaviour)),
    ("clickstream", Is(D::Behaviour)),
    ("tracking", Is(D::Behaviour)),
    ("browsing", Is(D::Behaviour)),
    ("gioi tinh", Is(D::Gender)),
    ("gioitinh", Is(D::Gender)),
    // Tình trạng hôn nhân.
    ("tthn", Is(D::MaritalStatus)),
    ("gender", Is(D::Gender)),
    // "Giới" alone heads a column of Nam/Nữ in registers; under another header the values
    // decide ("Người giới thiệu" holds names: the gender rule refuses them).
    ("gioi", Is(D::Gender)),
    // "Phái" (Nam/Nữ) in the South's registers.
    ("phai", Is(D::Gender)),
    // "Tình trạng hôn phối" in a parish's books.
    ("hon phoi", Is(D::MaritalStatus)),
    ("sex", Is(D::Gender)),
    ("quoc tich", Is(D::Nationality)),
    ("quoctich", Is(D::Nationality)),
    ("nationality", Is(D::Nationality)),
    ("citizenship", Is(D::Nationality)),
    ("tinh trang hon nhan", Is(D::MaritalStatus)),
    ("hon nhan", Is(D::MaritalStatus)),
    ("marital", Is(D::MaritalStatus)),
    ("quan he voi chu ho", Is(D::FamilyRelation)),
    ("quan he gia dinh", Is(D::FamilyRelation)),
    ("moi quan he", Is(D::FamilyRelation)),
    ("quan he", Is(D::FamilyRelation)),
    ("relationship", Is(D::FamilyRelation)),
    ("ngay mat", Is(D::DateOfDeath)),
    ("ngay chet", Is(D::DateOfDeath)),
    ("ngay tu tran", Is(D::DateOfDeath)),
    ("ngay qua doi", Is(D::DateOfDeath)),
    ("date of death", Is(D::DateOfDeath)),
    ("mat tich", Is(D::DateOfDeath)),
    ("anh chan dung", Is(D::PersonalImage)),
    ("anh the", Is(D::PersonalImage)),
    ("hinh anh", Is(D::PersonalImage)),
    ("anh dai dien", Is(D::PersonalImage)),
    ("anh ca nhan", Is(D::PersonalImage)),
    ("avatar", Is(D::PersonalImage)),
    ("photo", Is(D::PersonalImage)),
    ("portrait", Is(D::PersonalImage)),
    ("face", Is(D::PersonalImage)),
    ("toa do", Is(D::Geolocation)),
    ("vi do", Is(D::Geolocation)),
    ("kinh do", Is(D::Geolocation)),
    ("vi tri", Is(D::Geolocation)),
    ("gps", Is(D::Geolocation)),
    ("lat", Is(D::Geolocation)),
    ("lng", Is(D::Geolocation)),
    ("lon", Is(D::Geolocation)),
    ("latitude", Is(D::Geolocation)),
    ("longitude", Is(D::Geolocation)),
    ("location", Is(D::Geolocation)),
    ("geo", Is(D::Geolocation)),
    // Dates of birth.
    ("ngay sinh", Is(D::DateOfBirth)),
    ("ngaysinh", Is(D::DateOfBirth)),
    ("sinh ngay", Is(D::DateOfBirth)),
    ("nam sinh", Is(D::DateOfBirth)),
    ("sinh nam", Is(D::DateOfBirth)),
    // "Tuổi (âm lịch)": "Mậu Thân", a year of birth in the sexagenary cycle.
    ("tuoi am lich", Is(D::DateOfBirth)),
    ("dob", Is(D::DateOfBirth)),
    ("birth date", Is(D::DateOfBirth)),
    ("date of birth", Is(D::DateOfBirth)),
    ("birthdate", Is(D::DateOfBirth)),
    ("birthday", Is(D::DateOfBirth)),
    ("ns", Is(D::DateOfBirth)),
    // Addresses (place of birth included: Decree 356 Art. 3(4)).
    ("dia chi", Is(D::Address)),
    // A hamlet or a village: "Thôn/bản", "Thôn/Xóm".
    ("thon ban", Is(D::Address)),
    ("thon xom", Is(D::Address)),
    ("thon", Is(D::Address)),
    ("diachi", Is(D::Address)),
    ("noi o", Is(D::Address)),
    ("noi sinh", Is(D::Address)),
    ("noi cu tru", Is(D::Address)),
    ("que quan", Is(D::Address)),
    ("thuong tru", Is(D::Address)),
    ("tam tru", Is(D::Address)),
    ("cho o", Is(D::Address)),
    ("address", Is(D::Address)),
    ("addr", Is(D::Address)),
    // Names last: "ten" is in many other headers.
    ("ho ten", Is(D::PersonName)),
    ("hoten", Is(D::PersonName)),
    ("ho va ten", Is(D::PersonName)),
    ("hovaten", Is(D::PersonName)),
    ("full name", Is(D::PersonName)),
    ("fullname", Is(D::PersonName)),
    ("first name", Is(D::PersonName)),
    ("last name", Is(D::PersonName)),
    ("name", Is(D::PersonName)),
    ("ten", Is(D::PersonName)),
    // A dharma name ("Pháp danh": "Diệu Hạnh"), given at a pagoda: a person's.
    ("phap danh", Is(D::PersonName)),
    // Relatives after the names and addresses: "Địa chỉ thân nhân" is an address, "Họ tên
    // người thân" a name; "Thân nhân liên hệ" alone holds relations or names (the values
    // decide).
    ("nguoi than", Is(D::FamilyRelation)),
    ("than nhan", Is(D::FamilyRelation)),
    // An interest rate ("Lãi suất": "1,2%/tháng").
    ("lai suat", NotPersonal),
    // "Hạn" alone (a pagoda's bad-luck term, "Thiên La", "Huỳnh Tuyền"; a deadline), after
    // every rule that holds the word ("hạn mức tín dụng", "hạn mức"): nobody's.
    ("han muc", Is(D::Financial)),
    ("han", NotPersonal),
    // "TK nhận tiền cước", "TK nhận lương": an account money is paid into, when no other
    // rule holds ("Tên TK nhận tiền" is a name; "TK khách" a shop's customer's login as
    // often as an account).
    ("tk nhan tien", Is(D::BankAccount)),
    ("tk nhan luong", Is(D::BankAccount)),
];

/// What a column or field name says about its values, if anything.
pub fn hint(header: &str) -> Option<Hint> {
    // "tiền sự" (a prior administrative offence) folds to the same words as "tiền sử" (a
    // history, mostly medical): told apart by the diacritic while it is still there.
    if !header.is_ascii() && crate::fold::lower(header).contains("tiền sự") {
        return Some(Is(D::CriminalRecord));
    }
    // "MST (xuất hóa đơn điện tử)", "Địa chỉ sử dụng điện (nơi ở hiện tại)": what the
    // brackets explain decides, when it says something.
    // A merged group's header before a column's own ("Người giám sát điều trị (DOT) Họ
    // tên", "… (DOT) / Họ tên"): what follows the brackets is the column's when the group
    // names no data with a shape of its own (a sensitive category's group, or nothing), and when it
    // opens with a capital or a slash and says something. "SĐT (Zalo) Bệnh nhân", "Địa chỉ
    // (thường trú) Thân nhân": the group's kind, whose data the rest says.
    if let Some((head, rest)) = header.split_once('(')
        && !head.trim().is_empty()
    {
        let own = hint(head);
        let identity = matches!(
            own,
            Some(Is(D::Cccd
                | D::Cmnd
                | D::Passport
                | D::Phone
                | D::TaxCode
                | D::SocialInsurance
                | D::HealthInsuranceCard
                | D::DrivingLicence
                | D::LicencePlate
                | D::BankAccount
                | D::PaymentCard
                | D::Email
                | D::IpAddress
                | D::Address
                | D::DateOfBirth
                | D::PersonName))
        );
        if !identity
            && let Some((_, tail)) = rest.split_once(')')
            && tail
                .trim_start()
                .starts_with(|c: char| c.is_uppercase() || c == '/')
            && let Some(h) = hint(tail)
        {
            return Some(h);
        }
        if own.is_some() {
            return own;
        }
    }
    let folded = fold(header);
    // camelCase and PascalCase: split before capitals of the original header.
    let split = split_camel(header, &folded);
    let mut header_words: Vec<&str> = words(&split).collect();
    // "Chi nhánh Đà Lạt": the city, not "lat" (latitude), when written with its diacritics
    // ("Đà Lạt Lat" still names a latitude).
    if header_words.windows(2).any(|w| w == ["da", "lat"])
        && crate::fold::lower(header).contains("đà lạt")
    {
        let mut city = Vec::with_capacity(header_words.len());
        let mut before = "";
        for w in header_words {
            if !(w == "lat" && before == "da") {
                city.push(w);
            }
            before = w;
        }
        header_words = city;
    }
    hint_words(&header_words)
}

/// [`hint`] of a header already folded and cut into words (free text's labels, which are
/// folded once with their text).
pub(crate) fn hint_words(header_words: &[&str]) -> Option<Hint> {
    if header_words.is_empty() {
        return None;
    }
    // The first rule, in order, whose words appear in a row anywhere in the header: the
    // rules starting with each header word are looked up rather than all tried.
    // A rule of one word is the first of that word's; a longer one is among the rules of
    // its first two words (a few, where its first word alone opens dozens: "so", "ngay").
    let index = rule_index();
    let mut best: Option<usize> = None;
    for (pos, w) in header_words.iter().enumerate() {
        let Some(first) = index.by_first.get(w) else {
            continue;
        };
        if let Some(r) = first.single
            && best.is_none_or(|b| r < b)
        {
            best = Some(r);
        }
        let Some(candidates) = header_words
            .get(pos + 1)
            .filter(|_| first.longer)
            .and_then(|next| index.by_pair.get(&(*w, *next)))
        else {
            continue;
        };
        for &r in candidates {
            if best.is_some_and(|b| b <= r) {
                break;
            }
            if header_words
                .get(pos..)
                .is_some_and(|rest| rest.starts_with(&index.rules[r].0))
            {
                best = Some(r);
                break;
            }
        }
    }
    best.map(|r| index.rules[r].1)
}

/// Whether some rule naming one of `detectors` starts with the folded word `w`: a label that
/// none of its words opens cannot name them (a cheap test before [`hint`]).
pub(crate) fn opens_rule_for(w: &str, detectors: &[Detector]) -> bool {
    let index = rule_index();
    index.by_first.get(w).is_some_and(|first| {
        first
            .rules
            .iter()
            .any(|&r| matches!(index.rules[r].1, Is(d) if detectors.contains(&d)))
    })
}

/// Whether some rule starts with the folded word `w`: a header none of whose words does gives
/// no hint.
pub(crate) fn opens_any_rule(w: &str) -> bool {
    rule_index().by_first.contains_key(w)
}

/// The rules cut into words once, and indexed by their first word (positions ascending).
struct RuleIndex {
    rules: Vec<(Vec<&'static str>, Hint)>,
    by_first: std::collections::HashMap<&'static str, FirstWord, crate::fold::WordHasher>,
    /// The rules of two words or more, by their first two (positions ascending).
    by_pair: std::collections::HashMap<
        (&'static str, &'static str),
        Vec<usize>,
        crate::fold::WordHasher,
    >,
}

/// The rules a word opens (positions ascending), the first of one word, and whether some
/// are longer (one lookup per word of a header).
#[derive(Default)]
struct FirstWord {
    rules: Vec<usize>,
    single: Option<usize>,
    longer: bool,
}

fn rule_index() -> &'static RuleIndex {
    static INDEX: std::sync::OnceLock<RuleIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let rules: Vec<(Vec<&'static str>, Hint)> = RULES
            .iter()
            .map(|(r, h)| (r.split(' ').collect(), *h))
            .collect();
        let mut by_first: std::collections::HashMap<
            &'static str,
            FirstWord,
            crate::fold::WordHasher,
        > = std::collections::HashMap::default();
        let mut by_pair: std::collections::HashMap<
            (&'static str, &'static str),
            Vec<usize>,
            crate::fold::WordHasher,
        > = std::collections::HashMap::default();
        for (i, (words, _)) in rules.iter().enumerate() {
            let Some(first) = words.first() else {
                continue;
            };
            let entry = by_first.entry(first).or_default();
            entry.rules.push(i);
            match words.get(1) {
                None => {
                    entry.single.get_or_insert(i);
                }
                Some(second) => {
                    entry.longer = true;
                    by_pair.entry((first, second)).or_default().push(i);
                }
            }
        }
        RuleIndex {
            rules,
            by_first,
            by_pair,
        }
    })
}

/// Inserts a separator where a lower-case letter is followed by a capital in the original
/// (`fullName` → `full name`), working on the folded string (same character boundaries for
/// ASCII headers; other headers are returned folded as they are).
fn split_camel(original: &str, folded: &str) -> String {
    if !original.is_ascii() {
        return folded.to_owned();
    }
    let mut out = String::with_capacity(folded.len() + 4);
    let mut prev_lower = false;
    for c in original.chars() {
        if c.is_ascii_uppercase() && prev_lower {
            out.push(' ');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_every_spelling() {
        let cases: &[(&str, Option<Hint>)] = &[
            ("so_cccd", Some(Is(D::Cccd))),
            // What brackets explain comes second.
            ("MST (xuất hóa đơn điện tử)", Some(Is(D::TaxCode))),
            (
                "Địa chỉ sử dụng điện (nơi ở hiện tại)",
                Some(Is(D::Address)),
            ),
            ("DNS", Some(NotPersonal)),
            // The twelfth held-out sheets: a merged group's header in brackets before the
            // column's own; a bank account written "TK".
            ("Người liên hệ (khẩn cấp) Họ tên", Some(Is(D::PersonName))),
            ("Người liên hệ (khẩn cấp) / Họ tên", Some(Is(D::PersonName))),
            ("SĐT (Zalo) người nhà", Some(Is(D::Phone))),
            ("SĐT (Zalo) Bệnh nhân", Some(Is(D::Phone))),
            ("STK (VCB) Người thân", Some(Is(D::BankAccount))),
            ("Chi nhánh Đà Lạt", None),
            ("Đà Lạt Lat", Some(Is(D::Geolocation))),
            ("Tên TK nhận tiền", Some(Is(D::PersonName))),
            ("Vĩ độ (lat)", Some(Is(D::Geolocation))),
            ("Địa chỉ (thường trú) Thân nhân", Some(Is(D::Address))),
            ("TK nhận tiền cước", Some(Is(D::BankAccount))),
            ("TK nhận lương", Some(Is(D::BankAccount))),
            // The fourth held-out sheets: a treating doctor, a post office, a pagoda's stars,
            // a year of birth after "Sinh", a lunar year; a count of boys is no birth year.
            ("BS điều trị", Some(Is(D::PersonName))),
            ("Bưu cục phát", Some(NotPersonal)),
            ("Sao chiếu mệnh", Some(NotPersonal)),
            ("Sinh năm", Some(Is(D::DateOfBirth))),
            ("Tuổi (âm lịch)", Some(Is(D::DateOfBirth))),
            ("Học sinh nam", Some(NotPersonal)),
            ("Số CCCD", Some(Is(D::Cccd))),
            ("SoCCCD", Some(Is(D::Cccd))),
            ("Số định danh cá nhân", Some(Is(D::Cccd))),
            ("ho_ten", Some(Is(D::PersonName))),
            ("Họ và tên", Some(Is(D::PersonName))),
            ("Họ và tên bệnh nhi", Some(Is(D::PersonName))),
            ("Họ tên người bệnh", Some(Is(D::PersonName))),
            ("HO VA TEN", Some(Is(D::PersonName))),
            ("fullName", Some(Is(D::PersonName))),
            ("ngày sinh", Some(Is(D::DateOfBirth))),
            ("ngày sinh", Some(Is(D::DateOfBirth))), // NFD
            ("dan_toc", Some(Is(D::Ethnicity))),
            ("Dân tộc", Some(Is(D::Ethnicity))),
            ("ton_giao", Some(Is(D::Religion))),
            ("so_the_bhyt", Some(Is(D::HealthInsuranceCard))),
            ("so_the", Some(Is(D::PaymentCard))),
            ("card_number", Some(Is(D::PaymentCard))),
            ("dia_chi_email", Some(Is(D::Email))),
            ("Địa chỉ thường trú", Some(Is(D::Address))),
            ("dia_chi_ip", Some(Is(D::IpAddress))),
            ("ten_cong_ty", Some(NotPersonal)),
            ("Ngày tạo", Some(NotPersonal)),
            ("ten_dang_nhap", Some(Is(D::DigitalAccount))),
            ("Tiền sử bản thân", Some(Is(D::Health))),
            ("Tiền án, tiền sự", Some(Is(D::CriminalRecord))),
            ("tien an", Some(Is(D::CriminalRecord))),
            ("face", Some(Is(D::PersonalImage))),
            ("face_embedding", Some(Is(D::Biometric))),
            ("Giới tính", Some(Is(D::Gender))),
            ("Quốc tịch", Some(Is(D::Nationality))),
            ("Tình trạng hôn nhân", Some(Is(D::MaritalStatus))),
            ("Quan hệ với chủ hộ", Some(Is(D::FamilyRelation))),
            ("Ngày mất", Some(Is(D::DateOfDeath))),
            ("Ảnh CCCD mặt trước", Some(Is(D::IdCardImage))),
            ("Ảnh thẻ", Some(Is(D::PersonalImage))),
            ("Ngày vào Đảng", Some(Is(D::PoliticalView))),
            ("Dư nợ", Some(Is(D::Financial))),
            ("user_agent", Some(Is(D::Behaviour))),
            ("Mật khẩu VNeID", Some(Is(D::EidOrBankCredential))),
            ("Xu hướng tính dục", Some(Is(D::SexLife))),
            ("Mẫu ADN", Some(Is(D::Genetic))),
            ("Mật khẩu", Some(Is(D::Credential))),
            ("so_tai_khoan", Some(Is(D::BankAccount))),
            ("STK", Some(Is(D::BankAccount))),
            ("Mã số thuế", Some(Is(D::TaxCode))),
            ("Số sổ BHXH", Some(Is(D::SocialInsurance))),
            ("Chẩn đoán", Some(Is(D::Health))),
            ("HA (mmHg)", Some(Is(D::Health))),
            ("Địa chỉ người bệnh", Some(Is(D::Address))),
            ("Tên người bệnh", Some(Is(D::PersonName))),
            ("Dia diem vi pham", Some(NotPersonal)),
            ("ĐH (mmol/l)", Some(Is(D::Health))),
            ("Nhóm máu", Some(Is(D::Health))),
            ("Tiền án", Some(Is(D::CriminalRecord))),
            ("tien_su_benh", Some(Is(D::Health))),
            ("Vân tay", Some(Is(D::Biometric))),
            ("bien_so_xe", Some(Is(D::LicencePlate))),
            ("so_gplx", Some(Is(D::DrivingLicence))),
            ("so_cmnd", Some(Is(D::Cmnd))),
            ("Hộ chiếu", Some(Is(D::Passport))),
            ("sdt", Some(Is(D::Phone))),
            ("toa_do", Some(Is(D::Geolocation))),
            ("col_7", None),
            ("amount", None),
            ("ghi_chu", None),
        ];
        for (h, want) in cases {
            assert_eq!(hint(h), *want, "{h}");
        }
    }
}
