//! Data assets: the catalogue (Decree 165/2025 Art. 14, 17; Law 91/2025 Art. 2).

use time::OffsetDateTime;

use crate::{AssetId, Code, CountryCode, DomainError, OrgId, Text, code_enum};

code_enum! {
    /// What an asset is.
    AssetKind, field = "kind", allowed = "system, database, table, file, other" {
        /// An information system (hệ thống thông tin).
        System => ("system", "Hệ thống thông tin"),
        /// A database (cơ sở dữ liệu).
        Database => ("database", "Cơ sở dữ liệu"),
        /// A table or collection inside a database.
        Table => ("table", "Bảng dữ liệu"),
        /// A file or a set of files.
        File => ("file", "Tệp dữ liệu"),
        /// Anything else (paper records being digitised, a mailbox, ...).
        Other => ("other", "Khác"),
    }
}

code_enum! {
    /// Whether an asset holds personal data and of which class. Basic and sensitive personal
    /// data are defined by Law 91/2025 Art. 2(2)-(3) with the lists of Decree 356/2025
    /// (Decree 13/2023 Art. 2(3)-(4) before 2026).
    PersonalDataClass, field = "personal_data", allowed = "none, basic, sensitive" {
        /// No personal data.
        None => ("none", "Không chứa dữ liệu cá nhân"),
        /// Dữ liệu cá nhân cơ bản.
        Basic => ("basic", "Dữ liệu cá nhân cơ bản"),
        /// Dữ liệu cá nhân nhạy cảm.
        Sensitive => ("sensitive", "Dữ liệu cá nhân nhạy cảm"),
    }
}

code_enum! {
    /// The level of an asset under the Data Law: ordinary, important (Decree 165/2025 Art. 3)
    /// or core (Art. 4).
    ImportanceLevel, field = "importance", allowed = "ordinary, important, core" {
        /// Neither important nor core data.
        Ordinary => ("ordinary", "Dữ liệu thông thường"),
        /// Dữ liệu quan trọng (Art. 3): *may* endanger the interests listed there.
        Important => ("important", "Dữ liệu quan trọng"),
        /// Dữ liệu cốt lõi (Art. 4): *directly* endangers them.
        Core => ("core", "Dữ liệu cốt lõi"),
    }
}

code_enum! {
    /// The criterion (clause 1-4 of Decree 165/2025 Art. 3 for important data, Art. 4 for core
    /// data) under which an asset was so classified. The clauses are parallel in both articles.
    ImportanceCriterion, field = "importance_criterion",
    allowed = "national_security, foreign_relations, macroeconomy, life_health_rights" {
        /// Clause 1: national security, sovereignty, political and sectoral security.
        NationalSecurity => ("national_security", "An ninh quốc gia, chủ quyền, an ninh các lĩnh vực (khoản 1)"),
        /// Clause 2: foreign relations, overseas investment, energy and maritime security.
        ForeignRelations => ("foreign_relations", "Đối ngoại, đầu tư ở nước ngoài, an ninh năng lượng, hàng hải (khoản 2)"),
        /// Clause 3: the macroeconomy, money, trade, essential supplies.
        Macroeconomy => ("macroeconomy", "Kinh tế vĩ mô, tiền tệ, thương mại, hàng hóa thiết yếu (khoản 3)"),
        /// Clause 4: life, health, dignity, property and rights; epidemics; public services.
        LifeHealthRights => ("life_health_rights", "Tính mạng, sức khỏe, quyền lợi hợp pháp, dịch bệnh, dịch vụ công (khoản 4)"),
    }
}

impl ImportanceCriterion {
    /// The clause number in Art. 3 and Art. 4.
    pub fn clause(self) -> u8 {
        match self {
            Self::NationalSecurity => 1,
            Self::ForeignRelations => 2,
            Self::Macroeconomy => 3,
            Self::LifeHealthRights => 4,
        }
    }
}

/// An asset's classification under both regimes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Classification {
    /// Personal data class.
    pub personal_data: PersonalDataClass,
    /// Level under the Data Law.
    pub importance: ImportanceLevel,
    /// The Art. 3/4 criterion; required exactly when `importance` is important or core.
    pub importance_criterion: Option<ImportanceCriterion>,
    /// Listed in the open-data catalogue (Decree 165/2025 Art. 10).
    pub open_data: bool,
}

impl Classification {
    /// An asset nobody has classified yet: no personal data, ordinary, not open.
    pub const UNCLASSIFIED: Self = Self {
        personal_data: PersonalDataClass::None,
        importance: ImportanceLevel::Ordinary,
        importance_criterion: None,
        open_data: false,
    };

    /// Checks the rules between the fields.
    pub fn validate(&self) -> Result<(), DomainError> {
        match (self.importance, self.importance_criterion) {
            (ImportanceLevel::Ordinary, Some(_)) => Err(DomainError::Invalid {
                field: "importance_criterion",
                rule: "a criterion applies only to important or core data",
            }),
            (ImportanceLevel::Important | ImportanceLevel::Core, None) => {
                Err(DomainError::Invalid {
                    field: "importance_criterion",
                    rule: "important and core data must name the Decree 165/2025 Art. 3/4 criterion that applies",
                })
            }
            _ => Ok(()),
        }?;
        if self.open_data
            && (self.personal_data != PersonalDataClass::None
                || self.importance != ImportanceLevel::Ordinary)
        {
            return Err(DomainError::Invalid {
                field: "open_data",
                rule: "personal, important or core data cannot be published as open data",
            });
        }
        Ok(())
    }

    /// The article that grounds the importance level, e.g. `Decree 165/2025 Art. 3(4)`.
    pub fn importance_article(&self) -> Option<String> {
        let article = match self.importance {
            ImportanceLevel::Ordinary => return None,
            ImportanceLevel::Important => 3,
            ImportanceLevel::Core => 4,
        };
        self.importance_criterion
            .map(|c| format!("Decree 165/2025 Art. {article}({})", c.clause()))
    }
}

code_enum! {
    /// Unit of a retention period.
    RetentionUnit, field = "retention", allowed = "d, m, y" {
        /// Days.
        Days => ("d", "ngày"),
        /// Months.
        Months => ("m", "tháng"),
        /// Years.
        Years => ("y", "năm"),
    }
}

/// How long an asset's data is kept (thời hạn lưu trữ), as decided by the data owner
/// (Decree 165/2025 Art. 5). Written `30d`, `6m`, `5y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// How many units.
    pub amount: u32,
    /// The unit.
    pub unit: RetentionUnit,
}

impl Retention {
    /// Parses `30d`, `6m` or `5y`.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let err = DomainError::Invalid {
            field: "retention",
            rule: "expected a number followed by d, m or y, such as 6m or 5y",
        };
        let s = raw.trim();
        let Some(last) = s.chars().last() else {
            return Err(err);
        };
        let unit = RetentionUnit::parse_code(&last.to_string()).map_err(|_| err.clone())?;
        let number = &s[..s.len() - last.len_utf8()];
        let amount: u32 = number.parse().map_err(|_| err.clone())?;
        if amount == 0 || amount > 100_000 {
            return Err(err);
        }
        Ok(Self { amount, unit })
    }

    /// When data kept from `from` reaches the end of this period: days counted as 24 hours,
    /// months and years as calendar months (12 to a year) on the same day of the month,
    /// or the month's last day when it has no such day (31 January + 1m = 28 or 29
    /// February). `None` past the year 9999.
    pub fn ends(&self, from: OffsetDateTime) -> Option<OffsetDateTime> {
        self.shift(from, 1)
    }

    /// An instant after which nothing kept can have reached the end of this period by
    /// `now`: `now` less the period, plus the 3 days a month's end can move it (a bound
    /// for finding candidates; [`Retention::ends`] decides).
    pub fn no_later_than(&self, now: OffsetDateTime) -> Option<OffsetDateTime> {
        self.shift(now, -1)?.checked_add(time::Duration::days(3))
    }

    fn shift(&self, from: OffsetDateTime, sign: i64) -> Option<OffsetDateTime> {
        let months = sign
            * match self.unit {
                RetentionUnit::Days => {
                    return from.checked_add(time::Duration::days(sign * i64::from(self.amount)));
                }
                RetentionUnit::Months => i64::from(self.amount),
                RetentionUnit::Years => i64::from(self.amount) * 12,
            };
        let m0 = i64::from(u8::from(from.month())) - 1 + months;
        let year = i32::try_from(i64::from(from.year()) + m0.div_euclid(12)).ok()?;
        let month = time::Month::try_from(u8::try_from(m0.rem_euclid(12) + 1).ok()?).ok()?;
        let last = month.length(year);
        let date = time::Date::from_calendar_date(year, month, from.day().min(last)).ok()?;
        Some(from.replace_date(date))
    }

    /// Vietnamese text, e.g. `5 năm`.
    pub fn label_vi(&self) -> String {
        use crate::Code;
        format!("{} {}", self.amount, self.unit.label_vi())
    }
}

impl std::fmt::Display for Retention {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.amount, self.unit)
    }
}

/// What a caller gives to create or replace an asset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataAssetDraft {
    /// Name.
    pub name: Text,
    /// Kind.
    pub kind: AssetKind,
    /// The asset this one belongs to (a table's database, a database's system).
    pub parent_id: Option<AssetId>,
    /// Free description.
    pub description: Option<Text>,
    /// Data owner (chủ sở hữu dữ liệu): the unit or person that decides on the data.
    pub owner: Text,
    /// Data custodian (chủ quản dữ liệu): who builds, manages and operates it for the owner.
    pub custodian: Option<Text>,
    /// Classification.
    pub classification: Classification,
    /// Retention period.
    pub retention: Option<Retention>,
    /// Where the data is stored (data centre, cloud region, office).
    pub storage_location: Option<Text>,
    /// Country of storage.
    pub storage_country: CountryCode,
    /// Volume in bytes.
    pub volume_bytes: Option<u64>,
    /// Number of records.
    pub record_count: Option<u64>,
    /// Number of data subjects whose data it holds.
    pub data_subject_count: Option<u64>,
}

impl DataAssetDraft {
    /// Checks the rules between fields.
    pub fn validate(&self) -> Result<(), DomainError> {
        self.classification.validate()
    }
}

/// An asset as kept in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataAsset {
    /// Identifier.
    pub id: AssetId,
    /// The organisation that holds it.
    pub org_id: OrgId,
    /// Its details.
    pub details: DataAssetDraft,
    /// Creation time.
    pub created_at: OffsetDateTime,
    /// Last change.
    pub updated_at: OffsetDateTime,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn class(
        p: PersonalDataClass,
        i: ImportanceLevel,
        c: Option<ImportanceCriterion>,
        open: bool,
    ) -> Classification {
        Classification {
            personal_data: p,
            importance: i,
            importance_criterion: c,
            open_data: open,
        }
    }

    /// Decree 165/2025 Art. 3 and 4: important and core data are determined by a criterion;
    /// Art. 10: only data that is neither personal nor important/core is published.
    #[test]
    fn classification_rules() {
        use ImportanceCriterion::*;
        use ImportanceLevel::*;
        use PersonalDataClass as P;
        let table = [
            (class(P::None, Ordinary, None, false), true),
            (class(P::Sensitive, Ordinary, None, false), true),
            (
                class(P::Basic, Important, Some(LifeHealthRights), false),
                true,
            ),
            (class(P::None, Core, Some(NationalSecurity), false), true),
            (class(P::None, Important, None, false), false), // Art. 3: criterion required
            (class(P::None, Core, None, false), false),      // Art. 4: criterion required
            (class(P::None, Ordinary, Some(Macroeconomy), false), false),
            (class(P::None, Ordinary, None, true), true),
            (class(P::Basic, Ordinary, None, true), false),
            (class(P::None, Important, Some(Macroeconomy), true), false),
        ];
        for (c, ok) in table {
            assert_eq!(c.validate().is_ok(), ok, "{c:?}");
        }
    }

    #[test]
    fn importance_article_cites_the_clause() {
        let c = class(
            PersonalDataClass::None,
            ImportanceLevel::Core,
            Some(ImportanceCriterion::ForeignRelations),
            false,
        );
        assert_eq!(
            c.importance_article().as_deref(),
            Some("Decree 165/2025 Art. 4(2)")
        );
        assert_eq!(Classification::UNCLASSIFIED.importance_article(), None);
    }

    #[test]
    fn retention_ends_on_the_calendar() {
        use time::macros::datetime;
        let r = |s: &str| Retention::parse(s).unwrap();
        let cases = [
            (
                "30d",
                datetime!(2026-01-15 10:00 UTC),
                datetime!(2026-02-14 10:00 UTC),
            ),
            (
                "1m",
                datetime!(2026-01-31 08:30 UTC),
                datetime!(2026-02-28 08:30 UTC),
            ),
            (
                "1m",
                datetime!(2028-01-31 00:00 UTC),
                datetime!(2028-02-29 00:00 UTC),
            ),
            (
                "12m",
                datetime!(2026-03-31 23:59 +7),
                datetime!(2027-03-31 23:59 +7),
            ),
            (
                "5y",
                datetime!(2024-02-29 12:00 UTC),
                datetime!(2029-02-28 12:00 UTC),
            ),
            (
                "14m",
                datetime!(2026-11-30 00:00 UTC),
                datetime!(2028-01-30 00:00 UTC),
            ),
        ];
        for (period, from, want) in cases {
            assert_eq!(r(period).ends(from), Some(want), "{period} from {from}");
        }
        assert_eq!(r("100000y").ends(datetime!(2026-01-01 00:00 UTC)), None);
        // The bound for candidates is never before a start whose period has ended.
        for (period, from, end) in cases {
            let bound = r(period).no_later_than(end).unwrap();
            assert!(from <= bound, "{period}: {from} > {bound}");
        }
    }

    #[test]
    fn retention_parses() {
        assert_eq!(
            Retention::parse("5y").unwrap(),
            Retention {
                amount: 5,
                unit: RetentionUnit::Years
            }
        );
        assert_eq!(Retention::parse(" 6m ").unwrap().to_string(), "6m");
        assert_eq!(Retention::parse("5y").unwrap().label_vi(), "5 năm");
        for bad in ["", "y", "0d", "5", "5w", "-1y", "1.5y", "5ắ"] {
            assert!(Retention::parse(bad).is_err(), "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn retention_round_trips(amount in 1u32..100_000, unit in 0usize..3) {
            use crate::Code;
            let r = Retention { amount, unit: RetentionUnit::ALL[unit] };
            prop_assert_eq!(Retention::parse(&r.to_string()).unwrap(), r);
        }

        #[test]
        fn retention_parse_never_panics(s in "\\PC{0,8}") {
            let _ = Retention::parse(&s);
        }
    }
}
