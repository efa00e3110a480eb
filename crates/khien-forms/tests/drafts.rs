//! Issue 16: drafts of the forms filled from a seeded registry (the organisation, its DPO with
//! a contact, its profile, catalogue, activities and registers), as Markdown snapshots in
//! `tests/snapshots/drafts/` (`KHIEN_UPDATE_SNAPSHOTS=1` writes them; look at them before
//! committing), and how many fields of each form the registry fills.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::collections::BTreeMap;

use khien_domain::*;
use khien_forms::registry::{Holdings, SUPPLIED, known_all};
use khien_forms::{Catalogue, layout};
use serde_json::json;
use time::macros::{date, datetime};

fn t(s: &str) -> Text {
    Text::parse("t", s, 10_000).unwrap()
}

fn id(n: u8) -> [u8; 16] {
    [n; 16]
}

struct Seed {
    org: Organisation,
    profile: OrgProfile,
    assets: Vec<DataAsset>,
    activities: Vec<ProcessingActivity>,
    registers: Vec<RegisterEntry>,
    case: Case,
    detectors: Vec<String>,
    breach: khien_domain::BreachFacts,
}

fn seed() -> Seed {
    let at = datetime!(2026-03-02 09:00 +07:00);
    let org_id = OrgId::from_random(id(1));
    let org = Organisation {
        id: org_id,
        details: OrganisationDraft {
            name: t("Công ty Cổ phần Thanh toán Số Việt"),
            tax_code: Some(TaxCode::parse("0101248141").unwrap()),
            kind: OrgKind::Company,
            province: Some(t("Hà Nội")),
            head_office_address: Some(t("Số 17 Duy Tân, phường Cầu Giấy, Hà Nội")),
            contact_address: Some(t("Tầng 5, số 17 Duy Tân, phường Cầu Giấy, Hà Nội")),
        },
        designation: Some(Designation {
            dpo_user_id: None,
            dpo_name: t("Nguyễn Thị Minh Thư"),
            dpo_title: Some(t("Giám đốc An toàn thông tin")),
            dpo_phone: Some(t("024 3795 1234")),
            dpo_email: Some(Email::parse("baovedulieu@thanhtoanso.vn").unwrap()),
            unit_name: t("Ban Bảo vệ dữ liệu"),
            since: date!(2026 - 01 - 05),
            document_number: t("05/QĐ-TTS"),
            document_date: date!(2026 - 01 - 02),
        }),
        created_at: at,
        updated_at: at,
    };
    let profile = OrgProfile {
        size: Some(SizeClass::Medium),
        sectors: vec![Sector::Finance],
        processes_sensitive: true,
        subject_count: Some(350_000),
        sensitive_subject_count: Some(120_000),
        ..OrgProfile::default()
    };
    let asset =
        |n: u8, name: &str, pd, imp, crit, loc: &str, country: &str, records, subjects| DataAsset {
            id: AssetId::from_random(id(n)),
            org_id,
            details: DataAssetDraft {
                name: t(name),
                kind: AssetKind::Database,
                parent_id: None,
                description: None,
                owner: t("Khối Vận hành"),
                custodian: Some(t("Trung tâm Dữ liệu")),
                classification: Classification {
                    personal_data: pd,
                    importance: imp,
                    importance_criterion: crit,
                    open_data: false,
                },
                retention: Some(Retention::parse("10y").unwrap()),
                storage_location: Some(t(loc)),
                storage_country: CountryCode::parse("country", country).unwrap(),
                volume_bytes: None,
                record_count: Some(records),
                data_subject_count: Some(subjects),
            },
            created_at: at,
            updated_at: at,
        };
    let assets = vec![
        asset(
            10,
            "Cơ sở dữ liệu khách hàng ví điện tử",
            PersonalDataClass::Sensitive,
            ImportanceLevel::Important,
            Some(ImportanceCriterion::Macroeconomy),
            "Trung tâm dữ liệu Viettel IDC Hòa Lạc",
            "VN",
            1_200_000,
            350_000,
        ),
        asset(
            11,
            "Kho nhật ký giao dịch",
            PersonalDataClass::Basic,
            ImportanceLevel::Ordinary,
            None,
            "Dịch vụ đám mây vùng Singapore",
            "SG",
            40_000_000,
            350_000,
        ),
    ];
    let activity = |n: u8,
                    name: &str,
                    purpose: &str,
                    cats: &[&str],
                    subjects: &[&str],
                    recipients: Vec<Recipient>| {
        ProcessingActivity {
            id: ActivityId::from_random(id(n)),
            org_id,
            details: ProcessingActivityDraft {
                name: t(name),
                purpose: t(purpose),
                legal_basis: LegalBasis::Contract,
                legal_basis_detail: Some(t("Điều khoản sử dụng ví điện tử")),
                data_categories: cats.iter().map(|c| t(c)).collect(),
                data_subject_categories: subjects.iter().map(|c| t(c)).collect(),
                asset_ids: vec![AssetId::from_random(id(10))],
                recipients,
                cross_border: false,
            },
            created_at: at,
            updated_at: at,
        }
    };
    let activities = vec![
        activity(
            20,
            "Mở và quản lý tài khoản ví",
            "Định danh khách hàng, cung cấp dịch vụ ví điện tử",
            &["họ tên", "số CCCD", "số điện thoại", "ảnh chân dung"],
            &["khách hàng cá nhân"],
            vec![Recipient {
                name: t("Ngân hàng TMCP Liên kết"),
                kind: RecipientKind::Processor,
                country: CountryCode::parse("country", "VN").unwrap(),
            }],
        ),
        activity(
            21,
            "Phòng chống gian lận",
            "Phát hiện giao dịch bất thường",
            &["lịch sử giao dịch", "thông tin thiết bị"],
            &["khách hàng cá nhân", "đơn vị chấp nhận thanh toán"],
            vec![Recipient {
                name: t("FraudShield Pte. Ltd."),
                kind: RecipientKind::Processor,
                country: CountryCode::parse("country", "SG").unwrap(),
            }],
        ),
    ];
    let entry = |n: u8, register: &str, summary: &str, d: time::Date| {
        let mut fields = BTreeMap::new();
        fields.insert("held_on".to_owned(), FieldValue::Date(d));
        RegisterEntry {
            id: RegisterEntryId::from_random(id(n)),
            org_id,
            register: register.to_owned(),
            summary: summary.to_owned(),
            fields,
            retain_until: None,
            recorded_by: None,
            recorded_at: at,
            updated_at: at,
        }
    };
    let registers = vec![
        entry(
            30,
            "risks",
            "Lộ dữ liệu định danh khách hàng qua API đối tác",
            date!(2026 - 02 - 10),
        ),
        entry(
            31,
            "risks",
            "Truy cập trái phép tài khoản quản trị",
            date!(2026 - 02 - 10),
        ),
        entry(
            32,
            "processors",
            "FraudShield Pte. Ltd.",
            date!(2026 - 01 - 15),
        ),
        entry(
            33,
            "training",
            "Bảo vệ dữ liệu cá nhân cho nhân viên chăm sóc khách hàng",
            date!(2026 - 02 - 20),
        ),
        entry(
            34,
            "drills",
            "Mất kết nối trung tâm dữ liệu chính",
            date!(2026 - 03 - 01),
        ),
        entry(
            35,
            "protection-contacts",
            "Nguyễn Thị Minh Thư",
            date!(2026 - 01 - 05),
        ),
    ];
    let mut fields = BTreeMap::new();
    fields.insert(
        "documents".to_owned(),
        "Biên bản sự cố ngày 14/02/2026\nDanh sách tài khoản bị ảnh hưởng (đã khử nhận dạng)"
            .to_owned(),
    );
    let case = Case {
        id: CaseId::from_random(id(40)),
        org_id,
        kind: "breach".to_owned(),
        title: t("Lộ dữ liệu qua API đối tác"),
        state: "open".to_owned(),
        fields,
        opened_at: at,
        updated_at: at,
        entries: Vec::new(),
    };
    // What the scans found: every detector the forms' lists name.
    let detectors = [
        "person_name",
        "vn.address",
        "date_of_birth",
        "vn.phone",
        "vn.cccd",
        "vn.passport",
        "vn.driving_licence",
        "vn.licence_plate",
        "email",
        "vn.tax_code",
        "geolocation",
        "ethnicity",
        "religion",
        "health",
        "criminal_record",
        "biometric",
        "payment_card",
    ]
    .map(str::to_owned)
    .to_vec();
    // The facts of the breach, as the DPO recorded them (Decree 356/2025 Art. 28(1)).
    let breach = khien_domain::BreachFacts {
        discovered_at: Some(datetime!(2026-02-14 08:30 +07:00)),
        discovered_how: Some("Đối tác báo API trả về dữ liệu của khách hàng khác".to_owned()),
        occurred_at: Some(datetime!(2026-02-13 22:10 +07:00)),
        place: Some("Hệ thống API đối tác, trung tâm dữ liệu Hà Nội".to_owned()),
        conduct: Some("Lỗi phân quyền để lộ hồ sơ khách hàng qua API".to_owned()),
        parties: Some("Công ty Đối tác Thanh toán (bên xử lý)".to_owned()),
        data_kinds: vec![
            khien_domain::BreachDataKind::FinancialSensitive,
            khien_domain::BreachDataKind::Basic,
        ],
        data_description: Some("Họ tên, số tài khoản, số dư".to_owned()),
        subjects_affected: Some(1_250),
        severity: Some(khien_domain::Severity::High),
        risks: Some("Lừa đảo chiếm đoạt tài sản".to_owned()),
        consequences: None,
        measures: Some("Khóa API, thu hồi khóa truy cập, rà soát nhật ký".to_owned()),
        ..khien_domain::BreachFacts::default()
    };
    Seed {
        org,
        profile,
        assets,
        activities,
        registers,
        case,
        detectors,
        breach,
    }
}

/// What the seeded registry knows, by `from` key.
fn known_of(s: &Seed) -> khien_forms::registry::Known {
    known_all(
        &s.org,
        &Holdings {
            profile: Some(&s.profile),
            assets: &s.assets,
            activities: &s.activities,
            registers: &s.registers,
            case: Some(&s.case),
            detectors: &s.detectors,
            breach: Some(&s.breach),
        },
    )
}

#[test]
fn every_supplied_key_is_supplied_by_a_full_registry() {
    let s = seed();
    let known = known_of(&s);
    // Registers the seed does not fill are allowed to be missing; nothing else.
    let missing: Vec<&&str> = SUPPLIED
        .iter()
        .filter(|k| !known.contains_key(**k))
        .filter(|k| {
            ![
                "registers.sharing_agreements",
                "registers.confidentiality",
                "registers.master_data",
                "registers.open_data",
                "registers.provision_requests",
                "registers.ndc_accounts",
            ]
            .contains(k)
        })
        .collect();
    assert!(missing.is_empty(), "supplied by nothing: {missing:?}");
    assert_eq!(known["dpo.phone"], "024 3795 1234");
    assert_eq!(
        known["activities.cross_border_recipients"],
        "FraudShield Pte. Ltd. (SG)"
    );
    assert!(known["registers.risks"].contains("(10/02/2026)"));
    assert_eq!(known["findings.personal_id_number"], "Có");
}

#[test]
fn drafts_from_a_seeded_registry_match_their_snapshots() {
    let s = seed();
    let known = known_of(&s);
    let cat = Catalogue::builtin().unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/drafts");
    let update = std::env::var_os("KHIEN_UPDATE_SNAPSHOTS").is_some();
    let mut counts = Vec::new();
    let mut failures = Vec::new();
    for id in ["nd165-06", "nd356-08", "nd356-09", "nd356-10"] {
        let form = cat.get(id).unwrap();
        let data = form.prefill(&known, &json!({}));
        let filled = form.fill(&data).unwrap();
        let from_registry = form
            .fields
            .values()
            .filter(|f| f.from.as_deref().is_some_and(|k| known.contains_key(k)))
            .count();
        counts.push(format!(
            "{id}: {from_registry} of {} fields from the registry, {} left to complete",
            form.fields.len(),
            filled.to_complete.len()
        ));
        assert!(
            from_registry >= 5,
            "{id}: only {from_registry} fields from the registry"
        );
        let md = khien_doc::markdown::render(&layout::layout(&filled));
        let path = dir.join(format!("{id}.md"));
        if update {
            std::fs::write(&path, &md).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(want) if want == md => {}
            Ok(_) => failures.push(format!("{id} differs from {}", path.display())),
            Err(e) => failures.push(format!(
                "{id}: no snapshot ({e}); run with KHIEN_UPDATE_SNAPSHOTS=1"
            )),
        }
    }
    println!("{}", counts.join("\n"));
    assert!(failures.is_empty(), "{failures:?}");
}

/// The minutes confirming a breach (Law 91/2025 Art. 23(2)) drawn up from the seeded facts:
/// every fact in its place, the missing ones blank, the 72-hour duty stated for sensitive
/// financial data.
#[test]
fn breach_minutes_match_their_snapshot() {
    let s = seed();
    let md = khien_doc::markdown::render(&khien_forms::minutes::breach_minutes(
        &s.org,
        s.case.title.as_str(),
        &s.breach,
    ));
    assert!(md.contains("Lỗi phân quyền để lộ hồ sơ khách hàng qua API"));
    assert!(md.contains("72 giờ"));
    assert!(
        md.contains(khien_doc::BLANK),
        "the unrecorded facts are blanks"
    );
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots/drafts/breach-minutes.md");
    if std::env::var_os("KHIEN_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &md).unwrap();
        return;
    }
    let want =
        std::fs::read_to_string(&path).expect("no snapshot: run with KHIEN_UPDATE_SNAPSHOTS=1");
    assert_eq!(md, want, "the minutes differ from {}", path.display());
}
