//! The stories every `Store` must tell the same way.

use khien_domain::*;
use khien_store::*;
use time::OffsetDateTime;

use time::macros::{date, datetime};

/// An instant with nanoseconds, to check that what a write returns equals what a read returns
/// on a backend with microsecond precision.
const T0: OffsetDateTime = datetime!(2026-03-02 08:15:30.123456789 +07:00);
const T1: OffsetDateTime = datetime!(2026-03-03 09:00:00 UTC);

fn t(s: &str) -> Text {
    Text::parse("test", s, 10_000).unwrap()
}

fn id16(n: u8) -> [u8; 16] {
    [n; 16]
}

fn org_draft(name: &str, tax: Option<&str>, kind: OrgKind) -> OrganisationDraft {
    OrganisationDraft {
        name: t(name),
        tax_code: tax.map(|x| TaxCode::parse(x).unwrap()),
        kind,
        province: Some(t("Thanh Hóa")),
        head_office_address: Some(t("Số 1 Đại lộ Lê Lợi, phường Hạc Thành")),
        contact_address: None,
    }
}

pub(crate) async fn new_org(s: &dyn Store, n: u8, name: &str) -> OrgId {
    s.create_organisation(
        OrgId::from_random(id16(n)),
        &org_draft(name, None, OrgKind::Company),
        T0,
    )
    .await
    .unwrap()
    .id
}

pub(crate) fn asset_draft(name: &str) -> DataAssetDraft {
    DataAssetDraft {
        name: t(name),
        kind: AssetKind::Database,
        parent_id: None,
        description: Some(t("Cơ sở dữ liệu khách hàng")),
        owner: t("Phòng Kinh doanh"),
        custodian: Some(t("Trung tâm CNTT")),
        classification: Classification {
            personal_data: PersonalDataClass::Sensitive,
            importance: ImportanceLevel::Important,
            importance_criterion: Some(ImportanceCriterion::LifeHealthRights),
            open_data: false,
        },
        retention: Some(Retention::parse("5y").unwrap()),
        storage_location: Some(t("Trung tâm dữ liệu Viettel IDC Hà Nội")),
        storage_country: CountryCode::VN,
        volume_bytes: Some(5_000_000_000),
        record_count: Some(120_000),
        data_subject_count: Some(u64::try_from(i64::MAX).unwrap()),
    }
}

fn activity_draft(assets: Vec<AssetId>) -> ProcessingActivityDraft {
    ProcessingActivityDraft {
        name: t("Chăm sóc khách hàng"),
        purpose: t("Giải đáp yêu cầu của khách hàng"),
        legal_basis: LegalBasis::Contract,
        legal_basis_detail: Some(t("Hợp đồng dịch vụ")),
        data_categories: vec![t("họ tên"), t("số điện thoại")],
        data_subject_categories: vec![t("khách hàng")],
        asset_ids: assets,
        recipients: vec![
            Recipient {
                name: t("Công ty Tổng đài ABC"),
                kind: RecipientKind::Processor,
                country: CountryCode::VN,
            },
            Recipient {
                name: t("Cloud Pte. Ltd."),
                kind: RecipientKind::Processor,
                country: CountryCode::parse("country", "SG").unwrap(),
            },
        ],
        cross_border: true,
    }
}

fn new_user(n: u8, email: &str) -> NewUser {
    NewUser {
        id: UserId::from_random(id16(n)),
        email: Email::parse(email).unwrap(),
        display_name: t("Nguyễn Thị Bình"),
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaA".to_owned(),
    }
}

pub async fn organisations_round_trip(s: &dyn Store) {
    let id = OrgId::from_random(id16(1));
    let draft = org_draft(
        "Sở Y tế tỉnh Thanh Hóa",
        Some("0100109106"),
        OrgKind::StateAgency,
    );
    let created = s.create_organisation(id, &draft, T0).await.unwrap();
    assert_eq!(created.details, draft);
    assert_eq!(created.designation, None);
    assert_eq!(created.created_at.unix_timestamp(), T0.unix_timestamp());
    assert_eq!(s.get_organisation(id).await.unwrap(), created);

    let b = new_org(s, 2, "an giang co").await;
    let all = s.list_organisations(None).await.unwrap();
    assert_eq!(
        all.iter().map(|o| o.id).collect::<Vec<_>>(),
        vec![b, id],
        "sorted by name"
    );
    let only = s.list_organisations(Some(&[id])).await.unwrap();
    assert_eq!(only, vec![created.clone()]);
    assert!(s.list_organisations(Some(&[])).await.unwrap().is_empty());

    let mut changed = draft.clone();
    changed.name = t("Sở Y tế Thanh Hóa");
    changed.contact_address = Some(t("Hộp thư 12"));
    let updated = s.update_organisation(id, &changed, T1).await.unwrap();
    assert_eq!(updated.details, changed);
    assert_eq!(updated.created_at, created.created_at);
    assert_eq!(updated.updated_at, T1);
    assert_eq!(s.get_organisation(id).await.unwrap(), updated);

    let missing = OrgId::from_random(id16(99));
    assert!(matches!(
        s.get_organisation(missing).await,
        Err(StoreError::NotFound(Entity::Organisation))
    ));
    assert!(matches!(
        s.update_organisation(missing, &changed, T1).await,
        Err(StoreError::NotFound(Entity::Organisation))
    ));
}

pub async fn tax_codes_are_unique(s: &dyn Store) {
    let d = org_draft("A", Some("0300588569"), OrgKind::Company);
    s.create_organisation(OrgId::from_random(id16(1)), &d, T0)
        .await
        .unwrap();
    let again = s
        .create_organisation(OrgId::from_random(id16(2)), &d, T0)
        .await;
    assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
    assert_eq!(s.list_organisations(None).await.unwrap().len(), 1);
    // A branch has its own tax code.
    let branch = org_draft("A - chi nhánh", Some("0300588569-001"), OrgKind::Company);
    s.create_organisation(OrgId::from_random(id16(3)), &branch, T0)
        .await
        .unwrap();
}

pub async fn designations_keep_their_history(s: &dyn Store) {
    let org = new_org(s, 1, "Công ty Cổ phần Ví Dụ").await;
    let dpo = s
        .create_user(&new_user(10, "dpo@vidu.vn"), &[], T0)
        .await
        .unwrap();
    let first = Designation {
        dpo_user_id: Some(dpo.id),
        dpo_name: t("Trần Văn Cường"),
        dpo_title: Some(t("Phó Giám đốc")),
        dpo_phone: Some(t("024 3826 1234")),
        dpo_email: Some(khien_domain::Email::parse("cuong@vidu.vn").unwrap()),
        unit_name: t("Phòng An toàn thông tin"),
        since: date!(2026 - 01 - 05),
        document_number: t("01/QĐ-VD"),
        document_date: date!(2026 - 01 - 02),
    };
    let org1 = s.record_designation(org, &first, T0).await.unwrap();
    assert_eq!(org1.designation.as_ref(), Some(&first));
    let second = Designation {
        dpo_user_id: None,
        dpo_name: t("Lê Thị Dung"),
        dpo_title: None,
        dpo_phone: None,
        dpo_email: None,
        unit_name: t("Ban Bảo vệ dữ liệu"),
        since: date!(2026 - 06 - 01),
        document_number: t("45/QĐ-VD"),
        document_date: date!(2026 - 05 - 28),
    };
    let org2 = s.record_designation(org, &second, T1).await.unwrap();
    assert_eq!(org2.designation.as_ref(), Some(&second));
    assert_eq!(
        s.get_organisation(org).await.unwrap().designation,
        Some(second.clone())
    );
    assert_eq!(
        s.designation_history(org).await.unwrap(),
        vec![second, first.clone()]
    );

    let mut bad = first;
    bad.dpo_user_id = Some(UserId::from_random(id16(77)));
    assert!(matches!(
        s.record_designation(org, &bad, T1).await,
        Err(StoreError::InvalidReference("dpo_user_id"))
    ));
    assert_eq!(s.designation_history(org).await.unwrap().len(), 2);
    assert!(matches!(
        s.record_designation(OrgId::from_random(id16(9)), &bad, T1)
            .await,
        Err(StoreError::NotFound(Entity::Organisation))
    ));
}

pub async fn users_roles_and_members(s: &dyn Store) {
    let a = new_org(s, 1, "A").await;
    let b = new_org(s, 2, "B").await;
    let u = s
        .create_user(
            &new_user(10, "Binh@Example.vn"),
            &[
                Membership {
                    org_id: a,
                    role: Role::Dpo,
                },
                Membership {
                    org_id: b,
                    role: Role::Auditor,
                },
            ],
            T0,
        )
        .await
        .unwrap();
    assert_eq!(u.email.as_str(), "binh@example.vn");
    assert_eq!(s.get_user(u.id).await.unwrap(), u);
    assert_eq!(s.count_users().await.unwrap(), 1);

    let found = s
        .find_user_by_email(&Email::parse("BINH@example.vn").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.user, u);
    assert!(found.password_hash.starts_with("$argon2id$"));
    assert!(
        s.find_user_by_email(&Email::parse("nobody@example.vn").unwrap())
            .await
            .unwrap()
            .is_none()
    );

    let dup = s
        .create_user(&new_user(11, "binh@example.vn"), &[], T0)
        .await;
    assert!(matches!(dup, Err(StoreError::Conflict(_))), "{dup:?}");

    let mut ms = s.memberships(u.id).await.unwrap();
    ms.sort();
    let mut want = vec![
        Membership {
            org_id: a,
            role: Role::Dpo,
        },
        Membership {
            org_id: b,
            role: Role::Auditor,
        },
    ];
    want.sort();
    assert_eq!(ms, want);

    // Granting twice is one grant.
    let staff_a = Membership {
        org_id: a,
        role: Role::Staff,
    };
    s.grant_role(u.id, staff_a, T1).await.unwrap();
    s.grant_role(u.id, staff_a, T1).await.unwrap();
    assert_eq!(s.memberships(u.id).await.unwrap().len(), 3);
    let members = s.list_members(a).await.unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].roles, vec![Role::Dpo, Role::Staff]);
    assert_eq!(
        s.list_members(b).await.unwrap()[0].roles,
        vec![Role::Auditor]
    );

    // The last DPO role of an organisation stays.
    assert!(matches!(
        s.revoke_role(
            u.id,
            Membership {
                org_id: a,
                role: Role::Dpo
            }
        )
        .await,
        Err(StoreError::Conflict(_))
    ));
    s.revoke_role(u.id, staff_a).await.unwrap();
    assert!(matches!(
        s.revoke_role(u.id, staff_a).await,
        Err(StoreError::NotFound(Entity::Membership))
    ));
    assert!(matches!(
        s.grant_role(UserId::from_random(id16(55)), staff_a, T1)
            .await,
        Err(StoreError::NotFound(Entity::User))
    ));
    assert!(matches!(
        s.grant_role(
            u.id,
            Membership {
                org_id: OrgId::from_random(id16(56)),
                role: Role::Staff
            },
            T1
        )
        .await,
        Err(StoreError::NotFound(Entity::Organisation))
    ));

    s.set_user_disabled(u.id, true, T1).await.unwrap();
    assert!(s.get_user(u.id).await.unwrap().disabled);
    s.set_user_disabled(u.id, false, T1).await.unwrap();
    s.set_password(u.id, "$argon2id$new", T1).await.unwrap();
    assert_eq!(
        s.find_user_by_email(&u.email)
            .await
            .unwrap()
            .unwrap()
            .password_hash,
        "$argon2id$new"
    );
}

pub async fn a_failed_user_creation_writes_nothing(s: &dyn Store) {
    let a = new_org(s, 1, "A").await;
    let missing = OrgId::from_random(id16(42));
    let r = s
        .create_user(
            &new_user(10, "x@example.vn"),
            &[
                Membership {
                    org_id: a,
                    role: Role::Staff,
                },
                Membership {
                    org_id: missing,
                    role: Role::Staff,
                },
            ],
            T0,
        )
        .await;
    assert!(
        matches!(r, Err(StoreError::NotFound(Entity::Organisation))),
        "{r:?}"
    );
    assert_eq!(s.count_users().await.unwrap(), 0);
    assert!(s.list_members(a).await.unwrap().is_empty());
}

pub async fn sessions_and_tokens_authenticate_until_they_end(s: &dyn Store) {
    let u = s
        .create_user(&new_user(10, "a@example.vn"), &[], T0)
        .await
        .unwrap();
    let sid = SessionId::from_random(id16(1));
    let later = datetime!(2026-03-02 20:00 UTC);
    s.create_session(sid, u.id, "digest-s", T0, later)
        .await
        .unwrap();
    let found = s
        .authenticate("digest-s", T1 - time::Duration::days(1))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.credential, Credential::Session(sid));
    assert_eq!(found.user.id, u.id);
    assert_eq!(found.roles, None);
    assert!(
        s.authenticate("digest-s", later).await.unwrap().is_none(),
        "expired"
    );
    assert!(s.authenticate("unknown", T0).await.unwrap().is_none());

    let tok = ApiToken {
        id: TokenId::from_random(id16(2)),
        user_id: u.id,
        name: t("hệ thống HIS"),
        created_at: T0,
        expires_at: Some(datetime!(2027-01-01 0:00 UTC)),
        revoked_at: None,
        roles: Some(vec![Role::Staff, Role::Auditor]),
    };
    s.create_api_token(&tok, "digest-t").await.unwrap();
    let found = s.authenticate("digest-t", T1).await.unwrap().unwrap();
    assert_eq!(found.credential, Credential::ApiToken(tok.id));
    // The token carries the subset of roles it was given.
    assert_eq!(found.roles, Some(vec![Role::Staff, Role::Auditor]));
    assert!(
        s.authenticate("digest-t", datetime!(2027-01-01 0:00 UTC))
            .await
            .unwrap()
            .is_none()
    );
    let listed = s.list_api_tokens(u.id).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].roles, Some(vec![Role::Staff, Role::Auditor]));
    assert_eq!(
        listed[0].created_at,
        T0.to_offset(time::UtcOffset::UTC)
            .replace_nanosecond(123_456_000)
            .unwrap()
    );

    // Disabling the account stops its tokens and ends its sessions.
    s.set_user_disabled(u.id, true, T1).await.unwrap();
    assert!(s.authenticate("digest-t", T1).await.unwrap().is_none());
    s.set_user_disabled(u.id, false, T1).await.unwrap();
    assert!(
        s.authenticate("digest-s", T1 - time::Duration::days(1))
            .await
            .unwrap()
            .is_none()
    );
    // Re-enabling does not bring back the tokens issued before (issue 13).
    assert!(s.authenticate("digest-t", T1).await.unwrap().is_none());
    assert_eq!(
        s.list_api_tokens(u.id).await.unwrap()[0].revoked_at,
        Some(T1)
    );
    let tok = ApiToken {
        id: TokenId::from_random(id16(9)),
        created_at: T1,
        roles: None,
        ..tok.clone()
    };
    s.create_api_token(&tok, "digest-t2").await.unwrap();
    assert!(s.authenticate("digest-t2", T1).await.unwrap().is_some());

    // Only the owner can revoke; revoking stops the token for good.
    let other = s
        .create_user(&new_user(11, "b@example.vn"), &[], T0)
        .await
        .unwrap();
    assert!(matches!(
        s.revoke_api_token(other.id, tok.id, T1).await,
        Err(StoreError::NotFound(Entity::ApiToken))
    ));
    s.revoke_api_token(u.id, tok.id, T1).await.unwrap();
    assert!(s.authenticate("digest-t2", T1).await.unwrap().is_none());

    // Logging out and changing the password end sessions.
    s.create_session(
        SessionId::from_random(id16(3)),
        u.id,
        "digest-s2",
        T0,
        later,
    )
    .await
    .unwrap();
    s.create_session(
        SessionId::from_random(id16(4)),
        u.id,
        "digest-s3",
        T0,
        later,
    )
    .await
    .unwrap();
    s.delete_session("digest-s2").await.unwrap();
    assert!(s.authenticate("digest-s2", T0).await.unwrap().is_none());
    assert!(s.authenticate("digest-s3", T0).await.unwrap().is_some());
    let tok3 = ApiToken {
        id: TokenId::from_random(id16(8)),
        ..tok.clone()
    };
    s.create_api_token(&tok3, "digest-t3").await.unwrap();
    assert!(s.authenticate("digest-t3", T1).await.unwrap().is_some());
    s.set_password(u.id, "$argon2id$other", T1).await.unwrap();
    assert!(s.authenticate("digest-s3", T0).await.unwrap().is_none());
    // A password change also revokes the account's tokens.
    assert!(s.authenticate("digest-t3", T1).await.unwrap().is_none());
}

pub async fn assets_round_trip_within_their_organisation(s: &dyn Store) {
    let a = new_org(s, 1, "A").await;
    let b = new_org(s, 2, "B").await;
    let id = AssetId::from_random(id16(10));
    let d = asset_draft("CSDL khách hàng");
    let created = s.create_asset(a, id, &d, T0).await.unwrap();
    assert_eq!(created.details, d);
    assert_eq!(created.org_id, a);
    assert_eq!(s.get_asset(a, id).await.unwrap(), created);

    // Invisible from another organisation, whatever the id.
    assert!(matches!(
        s.get_asset(b, id).await,
        Err(StoreError::NotFound(Entity::DataAsset))
    ));
    assert!(s.list_assets(b).await.unwrap().is_empty());
    assert!(matches!(
        s.update_asset(b, id, &d, T1).await,
        Err(StoreError::NotFound(Entity::DataAsset))
    ));
    assert!(matches!(
        s.delete_asset(b, id).await,
        Err(StoreError::NotFound(Entity::DataAsset))
    ));

    let second = s
        .create_asset(
            a,
            AssetId::from_random(id16(11)),
            &asset_draft("bảng cán bộ"),
            T0,
        )
        .await
        .unwrap();
    let names: Vec<_> = s
        .list_assets(a)
        .await
        .unwrap()
        .into_iter()
        .map(|x| x.details.name.to_string())
        .collect();
    assert_eq!(names, vec!["bảng cán bộ", "CSDL khách hàng"]);

    let mut changed = d.clone();
    changed.classification = Classification::UNCLASSIFIED;
    changed.retention = None;
    changed.volume_bytes = None;
    changed.storage_country = CountryCode::parse("c", "SG").unwrap();
    let updated = s.update_asset(a, id, &changed, T1).await.unwrap();
    assert_eq!(updated.details, changed);
    assert_eq!(updated.updated_at, T1);
    assert_eq!(s.get_asset(a, id).await.unwrap(), updated);

    let dup = s.create_asset(a, id, &d, T0).await;
    assert!(matches!(dup, Err(StoreError::Conflict(_))), "{dup:?}");
    assert!(matches!(
        s.create_asset(
            OrgId::from_random(id16(9)),
            AssetId::from_random(id16(12)),
            &d,
            T0
        )
        .await,
        Err(StoreError::NotFound(Entity::Organisation))
    ));

    s.delete_asset(a, second.id).await.unwrap();
    assert_eq!(s.list_assets(a).await.unwrap().len(), 1);
}

pub async fn asset_parents_stay_in_the_organisation_and_acyclic(s: &dyn Store) {
    let a = new_org(s, 1, "A").await;
    let b = new_org(s, 2, "B").await;
    let sys = s
        .create_asset(a, AssetId::from_random(id16(10)), &asset_draft("HIS"), T0)
        .await
        .unwrap();
    let mut child = asset_draft("bảng bệnh nhân");
    child.kind = AssetKind::Table;
    child.parent_id = Some(sys.id);
    let table = s
        .create_asset(a, AssetId::from_random(id16(11)), &child, T0)
        .await
        .unwrap();
    assert_eq!(table.details.parent_id, Some(sys.id));

    // A parent in another organisation does not exist as far as B is concerned.
    let r = s
        .create_asset(b, AssetId::from_random(id16(12)), &child, T0)
        .await;
    assert!(
        matches!(r, Err(StoreError::InvalidReference("parent_id"))),
        "{r:?}"
    );
    assert!(s.list_assets(b).await.unwrap().is_empty());

    // No cycles.
    let mut sys_under_table = sys.details.clone();
    sys_under_table.parent_id = Some(table.id);
    assert!(matches!(
        s.update_asset(a, sys.id, &sys_under_table, T1).await,
        Err(StoreError::Conflict(_))
    ));
    let mut own = sys.details.clone();
    own.parent_id = Some(sys.id);
    assert!(matches!(
        s.update_asset(a, sys.id, &own, T1).await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(
        s.get_asset(a, sys.id).await.unwrap(),
        sys,
        "refused updates change nothing"
    );

    // A parent with children cannot go.
    assert!(matches!(
        s.delete_asset(a, sys.id).await,
        Err(StoreError::InUse(_))
    ));
    s.delete_asset(a, table.id).await.unwrap();
    s.delete_asset(a, sys.id).await.unwrap();
}

pub async fn activities_round_trip_with_assets_and_recipients(s: &dyn Store) {
    let a = new_org(s, 1, "A").await;
    let x = s
        .create_asset(a, AssetId::from_random(id16(10)), &asset_draft("X"), T0)
        .await
        .unwrap();
    let y = s
        .create_asset(a, AssetId::from_random(id16(11)), &asset_draft("Y"), T0)
        .await
        .unwrap();
    let mut ids = vec![x.id, y.id];
    ids.sort();
    let d = activity_draft(ids.clone());
    let id = ActivityId::from_random(id16(20));
    let created = s.create_activity(a, id, &d, T0).await.unwrap();
    assert_eq!(created.details, d);
    assert_eq!(s.get_activity(a, id).await.unwrap(), created);
    assert_eq!(s.list_activities(a).await.unwrap(), vec![created.clone()]);

    // An asset in use cannot be deleted.
    assert!(matches!(
        s.delete_asset(a, x.id).await,
        Err(StoreError::InUse(_))
    ));

    let mut changed = d.clone();
    changed.asset_ids = vec![y.id];
    changed.recipients.truncate(1);
    changed.cross_border = false;
    changed.legal_basis = LegalBasis::Consent;
    changed.legal_basis_detail = None;
    changed.data_categories = vec![];
    let updated = s.update_activity(a, id, &changed, T1).await.unwrap();
    assert_eq!(updated.details, changed);
    assert_eq!(s.get_activity(a, id).await.unwrap(), updated);
    s.delete_asset(a, x.id).await.unwrap();

    let b = new_org(s, 2, "B").await;
    assert!(matches!(
        s.get_activity(b, id).await,
        Err(StoreError::NotFound(Entity::ProcessingActivity))
    ));
    assert!(matches!(
        s.delete_activity(b, id).await,
        Err(StoreError::NotFound(Entity::ProcessingActivity))
    ));
    s.delete_activity(a, id).await.unwrap();
    assert!(s.list_activities(a).await.unwrap().is_empty());
    s.delete_asset(a, y.id).await.unwrap();
}

pub async fn a_failed_activity_write_changes_nothing(s: &dyn Store) {
    let a = new_org(s, 1, "A").await;
    let b = new_org(s, 2, "B").await;
    let mine = s
        .create_asset(a, AssetId::from_random(id16(10)), &asset_draft("X"), T0)
        .await
        .unwrap();
    let theirs = s
        .create_asset(b, AssetId::from_random(id16(11)), &asset_draft("Y"), T0)
        .await
        .unwrap();

    // Creating with another organisation's asset fails and leaves no activity behind.
    let id = ActivityId::from_random(id16(20));
    let r = s
        .create_activity(a, id, &activity_draft(vec![mine.id, theirs.id]), T0)
        .await;
    assert!(
        matches!(r, Err(StoreError::InvalidReference("asset_ids"))),
        "{r:?}"
    );
    assert!(s.list_activities(a).await.unwrap().is_empty());

    // Updating with it fails and leaves the activity as it was, assets and recipients included.
    let ok = s
        .create_activity(a, id, &activity_draft(vec![mine.id]), T0)
        .await
        .unwrap();
    let mut bad = activity_draft(vec![theirs.id]);
    bad.recipients.clear();
    let r = s.update_activity(a, id, &bad, T1).await;
    assert!(
        matches!(r, Err(StoreError::InvalidReference("asset_ids"))),
        "{r:?}"
    );
    assert_eq!(s.get_activity(a, id).await.unwrap(), ok);
}

pub async fn supervision_is_by_authorities_only(s: &dyn Store) {
    let police = s
        .create_organisation(
            OrgId::from_random(id16(1)),
            &org_draft("Công an tỉnh Thanh Hóa", None, OrgKind::Authority),
            T0,
        )
        .await
        .unwrap()
        .id;
    let a = new_org(s, 2, "A").await;
    let b = new_org(s, 3, "B").await;
    s.add_supervision(police, a, T0).await.unwrap();
    s.add_supervision(police, a, T0).await.unwrap();
    s.add_supervision(police, b, T0).await.unwrap();
    let mut want = vec![a, b];
    want.sort();
    assert_eq!(s.supervised_by(police).await.unwrap(), want);
    assert!(matches!(
        s.add_supervision(a, b, T0).await,
        Err(StoreError::Conflict(_))
    ));
    assert!(matches!(
        s.add_supervision(police, police, T0).await,
        Err(StoreError::Conflict(_))
    ));
    assert!(matches!(
        s.add_supervision(police, OrgId::from_random(id16(9)), T0)
            .await,
        Err(StoreError::NotFound(Entity::Organisation))
    ));
    s.remove_supervision(police, a).await.unwrap();
    assert_eq!(s.supervised_by(police).await.unwrap(), vec![b]);
    assert!(matches!(
        s.remove_supervision(police, a).await,
        Err(StoreError::NotFound(Entity::Supervision))
    ));
    assert!(s.supervised_by(a).await.unwrap().is_empty());
}

pub async fn an_organisation_and_its_first_dpo_are_created_together(s: &dyn Store) {
    let taken = s
        .create_user(&new_user(10, "dpo@vidu.vn"), &[], T0)
        .await
        .unwrap();
    let d = org_draft("Công ty Ví Dụ", Some("0100109106"), OrgKind::Company);
    // The e-mail address is taken: neither the organisation nor the account is created.
    let r = s
        .create_organisation_with_dpo(
            OrgId::from_random(id16(1)),
            &d,
            &new_user(11, "dpo@vidu.vn"),
            T0,
        )
        .await;
    assert!(matches!(r, Err(StoreError::Conflict(_))), "{r:?}");
    assert!(s.list_organisations(None).await.unwrap().is_empty());
    assert_eq!(s.count_users().await.unwrap(), 1);

    let (org, user) = s
        .create_organisation_with_dpo(
            OrgId::from_random(id16(2)),
            &d,
            &new_user(12, "khac@vidu.vn"),
            T0,
        )
        .await
        .unwrap();
    assert_eq!(org.details, d);
    assert_eq!(
        s.memberships(user.id).await.unwrap(),
        vec![Membership {
            org_id: org.id,
            role: Role::Dpo
        }]
    );
    assert!(s.memberships(taken.id).await.unwrap().is_empty());
}

fn entry(kind: CaseEntryKind, name: &str, at: OffsetDateTime) -> NewCaseEntry {
    NewCaseEntry {
        kind,
        name: name.to_owned(),
        at,
        note: None,
        quantity: Some(7),
        recorded_by: None,
    }
}

pub async fn cases_keep_their_history_and_move_only_from_the_expected_state(s: &dyn Store) {
    let a = new_org(s, 1, "A").await;
    let b = new_org(s, 2, "B").await;
    let id = CaseId::from_random(id16(30));
    let discovered = datetime!(2026-02-13 10:00 +07:00);
    let case = s
        .create_case(
            a,
            id,
            "breach",
            &t("Lộ dữ liệu khách hàng qua email"),
            "open",
            &[("source".to_owned(), "email".to_owned())]
                .into_iter()
                .collect(),
            &[
                entry(
                    CaseEntryKind::Event,
                    "breach_occurred",
                    datetime!(2026-02-12 22:00 +07:00),
                ),
                entry(CaseEntryKind::Event, "breach_discovered", discovered),
            ],
            T0,
        )
        .await
        .unwrap();
    assert_eq!(case.state, "open");
    assert_eq!(case.fields.get("source").map(String::as_str), Some("email"));
    assert_eq!(case.entries.len(), 2);
    assert_eq!(case.entries[1].name, "breach_discovered");
    assert_eq!(case.entries[1].at, discovered);
    assert_eq!(case.entries[1].quantity, Some(7));
    assert_eq!(s.get_case(a, id).await.unwrap(), case);
    assert!(matches!(
        s.get_case(b, id).await,
        Err(StoreError::NotFound(Entity::Case))
    ));
    assert!(s.list_cases(b).await.unwrap().is_empty());

    let mut notify = entry(CaseEntryKind::Transition, "notify_authority", T1);
    notify.note = Some(t("Đã gửi Mẫu số 08"));
    let moved = s
        .append_case_entry(a, id, "open", "authority_notified", &notify, T1)
        .await
        .unwrap();
    assert_eq!(moved.state, "authority_notified");
    let last = moved.entries.last().unwrap();
    assert_eq!(
        (
            last.seq,
            last.from_state.as_deref(),
            last.to_state.as_deref()
        ),
        (3, Some("open"), Some("authority_notified"))
    );
    assert_eq!(
        last.note.as_ref().map(Text::as_str),
        Some("Đã gửi Mẫu số 08")
    );

    // A stale expected state changes nothing.
    let r = s
        .append_case_entry(
            a,
            id,
            "open",
            "closed",
            &entry(CaseEntryKind::Transition, "close", T1),
            T1,
        )
        .await;
    assert!(matches!(r, Err(StoreError::Conflict(_))), "{r:?}");
    assert_eq!(s.get_case(a, id).await.unwrap(), moved);
    // Another organisation cannot append.
    let r = s
        .append_case_entry(
            b,
            id,
            "authority_notified",
            "closed",
            &entry(CaseEntryKind::Transition, "close", T1),
            T1,
        )
        .await;
    assert!(
        matches!(r, Err(StoreError::NotFound(Entity::Case))),
        "{r:?}"
    );
    assert_eq!(s.list_cases(a).await.unwrap(), vec![moved]);
}

pub async fn reminders_are_claimed_once(s: &dyn Store) {
    let a = new_org(s, 1, "A").await;
    let id = CaseId::from_random(id16(40));
    s.create_case(
        a,
        id,
        "breach",
        &t("Sự cố"),
        "open",
        &Default::default(),
        &[],
        T0,
    )
    .await
    .unwrap();
    let key = ReminderKey {
        org_id: a,
        case_id: id,
        obligation: "law91.breach.notify-authority".to_owned(),
        lead_secs: 7200,
        due_at: datetime!(2026-02-16 10:00 +07:00),
    };
    assert!(s.claim_reminder(&key, T0).await.unwrap());
    assert!(
        !s.claim_reminder(&key, T1).await.unwrap(),
        "a second claim gets nothing"
    );
    let other_lead = ReminderKey {
        lead_secs: 0,
        ..key.clone()
    };
    assert!(s.claim_reminder(&other_lead, T1).await.unwrap());
    s.release_reminder(&key).await.unwrap();
    assert!(
        s.claim_reminder(&key, T1).await.unwrap(),
        "a released claim can be claimed again"
    );
    let unknown = ReminderKey {
        case_id: CaseId::from_random(id16(41)),
        ..key
    };
    assert!(s.claim_reminder(&unknown, T1).await.is_err());
}

fn finding(column: &str, detector: &str, category: &str, count: u64) -> ScannedFinding {
    ScannedFinding {
        table: None,
        column: Some(column.to_owned()),
        field: None,
        detector: detector.to_owned(),
        category: category.to_owned(),
        legal_basis: "Decree 356/2025 Art. 3(7)".to_owned(),
        count,
        confidence: 0.97,
        samples: vec!["0012******45".to_owned()],
    }
}

fn scan_record(
    n: u8,
    records: u64,
    findings: Vec<ScannedFinding>,
    class: PersonalDataClass,
) -> ScanRecord {
    ScanRecord {
        id: ScanId::from_random(id16(200 + n)),
        regime: "law-91-2025".to_owned(),
        sources: vec!["postgres://app@db/crm".to_owned()],
        assets: vec![
            ScannedAsset {
                locator: "db:postgres://app@db/crm".to_owned(),
                parent: None,
                new_id: AssetId::from_random(id16(210 + n)),
                name: t("postgres://app@db/crm"),
                kind: AssetKind::Database,
                personal_data: class,
                volume_bytes: None,
                record_count: None,
                findings: vec![],
            },
            ScannedAsset {
                locator: "table:postgres://app@db/crm#khach_hang".to_owned(),
                parent: Some(0),
                new_id: AssetId::from_random(id16(220 + n)),
                name: t("khach_hang"),
                kind: AssetKind::Table,
                personal_data: class,
                volume_bytes: None,
                record_count: Some(records),
                findings,
            },
        ],
    }
}

/// A scan writes its assets and findings in one transaction; a second scan of the same
/// tables updates those assets (never lowering a classification) and replaces the findings
/// shown; another organisation sees none of it.
pub async fn scans_fill_the_catalogue_and_update_it_on_rescan(s: &dyn Store) {
    let a = new_org(s, 1, "Công ty A").await;
    let b = new_org(s, 2, "Công ty B").await;
    let first = scan_record(
        1,
        1000,
        vec![
            finding("so_cccd", "vn.cccd", "basic", 1000),
            finding("dan_toc", "ethnicity", "sensitive", 990),
        ],
        PersonalDataClass::Sensitive,
    );
    let w = s.record_scan(a, &first, T0).await.unwrap();
    assert_eq!(
        w,
        ScanWritten {
            created: 2,
            updated: 0,
            findings: 2
        }
    );
    // What kinds of personal data the organisation holds (Forms 09 and 10 list them).
    assert_eq!(
        s.detectors_found(a).await.unwrap(),
        vec!["ethnicity".to_owned(), "vn.cccd".to_owned()]
    );
    assert!(s.detectors_found(b).await.unwrap().is_empty());
    let assets = s.list_assets(a).await.unwrap();
    assert_eq!(assets.len(), 2);
    let table = assets
        .iter()
        .find(|x| x.details.kind == AssetKind::Table)
        .unwrap();
    let db = assets
        .iter()
        .find(|x| x.details.kind == AssetKind::Database)
        .unwrap();
    assert_eq!(table.details.parent_id, Some(db.id));
    assert_eq!(
        table.details.classification.personal_data,
        PersonalDataClass::Sensitive
    );
    assert_eq!(table.details.record_count, Some(1000));
    let (scan, at, f) = s.asset_findings(a, table.id).await.unwrap().unwrap();
    assert_eq!((scan, at.unix_timestamp()), (first.id, T0.unix_timestamp()));
    assert_eq!(f, first.assets[1].findings);

    // The same scan id twice is refused and writes nothing more.
    assert!(s.record_scan(a, &first, T1).await.is_err());
    assert_eq!(s.list_assets(a).await.unwrap().len(), 2);

    // Rescan: basic only now. The asset is updated, not duplicated, and stays sensitive.
    let second = scan_record(
        2,
        1200,
        vec![finding("so_cccd", "vn.cccd", "basic", 1200)],
        PersonalDataClass::Basic,
    );
    let w = s.record_scan(a, &second, T1).await.unwrap();
    assert_eq!(
        w,
        ScanWritten {
            created: 0,
            updated: 2,
            findings: 1
        }
    );
    let again = s.get_asset(a, table.id).await.unwrap();
    assert_eq!(
        again.details.classification.personal_data,
        PersonalDataClass::Sensitive
    );
    assert_eq!(again.details.record_count, Some(1200));
    let (scan, _, f) = s.asset_findings(a, table.id).await.unwrap().unwrap();
    assert_eq!(scan, second.id);
    assert_eq!(f.len(), 1);

    // Organisation B: the same locators make its own assets; A's are invisible to it.
    assert!(matches!(
        s.asset_findings(b, table.id).await,
        Err(StoreError::NotFound(_))
    ));
    let w = s
        .record_scan(b, &scan_record(3, 5, vec![], PersonalDataClass::Basic), T1)
        .await
        .unwrap();
    assert_eq!(w.created, 2);
    assert_eq!(s.list_assets(a).await.unwrap().len(), 2);

    // Deleting an asset takes its findings with it.
    s.delete_asset(a, table.id).await.unwrap();
    assert!(matches!(
        s.asset_findings(a, table.id).await,
        Err(StoreError::NotFound(_))
    ));
}

/// Login counts are shared by every server on the database (issue 13): windows start again
/// once ended, a count never goes below zero, and pruning forgets only ended windows.
pub async fn login_throttle_counts_in_windows(s: &dyn Store) {
    let w = time::Duration::minutes(15);
    // Instants are kept to the microsecond.
    let us = |t: OffsetDateTime| t.replace_nanosecond(t.nanosecond() / 1000 * 1000).unwrap();
    let (n, end) = s.throttle_add("k1", 1, T0, w).await.unwrap();
    assert_eq!((n, end), (1, us(T0 + w)));
    for want in 2..=5 {
        let (n, end) = s
            .throttle_add("k1", 1, T0 + time::Duration::minutes(want), w)
            .await
            .unwrap();
        assert_eq!((n, end), (want, us(T0 + w)), "the window does not slide");
    }
    assert_eq!(s.throttle_add("k1", -1, T0, w).await.unwrap().0, 4);
    assert_eq!(s.throttle_add("k2", -3, T0, w).await.unwrap().0, 0);
    // A new window once the last has ended.
    let (n, end) = s.throttle_add("k1", 1, T0 + w, w).await.unwrap();
    assert_eq!((n, end), (1, us(T0 + w + w)));
    s.throttle_clear("k1").await.unwrap();
    assert_eq!(s.throttle_add("k1", 1, T0, w).await.unwrap().0, 1);
    // k1's window ends at T0 + 15 min, k2's at T0 + 15 min: both are pruned after that.
    assert_eq!(s.throttle_prune(T0).await.unwrap(), 0);
    assert_eq!(s.throttle_prune(T0 + w).await.unwrap(), 2);
}

/// An invitation is accepted once, before it expires; accepting creates the account (or
/// uses an existing one) and grants the roles in one transaction (issue 13).
pub async fn invitations_are_accepted_once(s: &dyn Store) {
    let a = new_org(s, 1, "Công ty A").await;
    let inv = Invitation {
        id: InvitationId::from_random(id16(40)),
        org_id: a,
        email: Email::parse("moi@example.vn").unwrap(),
        roles: vec![Role::Staff, Role::Auditor],
        invited_by: "quantri".to_owned(),
        created_at: T0,
        expires_at: T0 + time::Duration::days(7),
        accepted_at: None,
        user_id: None,
    };
    s.create_invitation(&inv, "digest-i").await.unwrap();
    assert_eq!(s.list_invitations(a).await.unwrap().len(), 1);
    let found = s.find_invitation("digest-i").await.unwrap().unwrap();
    assert_eq!(found.roles, inv.roles);
    assert_eq!(found.email, inv.email);
    assert!(s.find_invitation("other").await.unwrap().is_none());
    // Too late.
    let nu = new_user(41, "moi@example.vn");
    let r = s
        .accept_invitation(a, inv.id, nu.id, Some(&nu), T0 + time::Duration::days(7))
        .await;
    assert!(matches!(r, Err(StoreError::Conflict(_))), "{r:?}");
    assert_eq!(s.count_users().await.unwrap(), 0, "nothing written");
    s.accept_invitation(a, inv.id, nu.id, Some(&nu), T1)
        .await
        .unwrap();
    let members = s.list_members(a).await.unwrap();
    assert_eq!(members.len(), 1);
    let mut roles = members[0].roles.clone();
    roles.sort();
    assert_eq!(roles, vec![Role::Staff, Role::Auditor]);
    let r = s.accept_invitation(a, inv.id, nu.id, None, T1).await;
    assert!(
        matches!(r, Err(StoreError::Conflict(_))),
        "accepted twice: {r:?}"
    );
    let accepted = s.find_invitation("digest-i").await.unwrap().unwrap();
    assert_eq!(accepted.user_id, Some(nu.id));
    assert!(accepted.accepted_at.is_some());
    // An existing account accepts without a new one.
    let b = new_org(s, 2, "Công ty B").await;
    let inv2 = Invitation {
        id: InvitationId::from_random(id16(42)),
        org_id: b,
        roles: vec![Role::Dpo],
        ..inv.clone()
    };
    s.create_invitation(&inv2, "digest-i2").await.unwrap();
    s.accept_invitation(b, inv2.id, nu.id, None, T1)
        .await
        .unwrap();
    assert_eq!(s.list_members(b).await.unwrap()[0].roles, vec![Role::Dpo]);
    assert_eq!(s.count_users().await.unwrap(), 1);
}

/// The access epoch rises with every change that decides who may do what, and with nothing
/// else a request does (servers keep credentials in memory against it; issue 13).
pub async fn access_epoch_moves_with_every_change_to_access(s: &dyn Store) {
    let a = new_org(s, 1, "Công ty A").await;
    let auth = s
        .create_organisation(
            OrgId::from_random(id16(2)),
            &org_draft("Công an tỉnh", None, OrgKind::Authority),
            T0,
        )
        .await
        .unwrap()
        .id;
    let dpo = Membership {
        org_id: a,
        role: Role::Dpo,
    };
    let u = s
        .create_user(&new_user(10, "a@example.vn"), &[dpo], T0)
        .await
        .unwrap();
    let mut last = s.access_epoch().await.unwrap();
    let tok = ApiToken {
        id: TokenId::from_random(id16(3)),
        user_id: u.id,
        name: t("HIS"),
        created_at: T0,
        expires_at: None,
        revoked_at: None,
        roles: None,
    };
    // New credentials change nothing already decided; reads change nothing.
    s.create_session(SessionId::from_random(id16(4)), u.id, "d-s", T0, T1)
        .await
        .unwrap();
    s.create_api_token(&tok, "d-t").await.unwrap();
    s.authenticate("d-s", T0).await.unwrap();
    s.memberships(u.id).await.unwrap();
    s.get_organisation(a).await.unwrap();
    assert_eq!(s.access_epoch().await.unwrap(), last, "no change to access");
    let auditor = Membership {
        org_id: a,
        role: Role::Auditor,
    };
    let mut step = |name: &str, now: i64| {
        assert!(
            now > last,
            "{name} moves the access epoch ({last} -> {now})"
        );
        last = now;
    };
    s.grant_role(u.id, auditor, T1).await.unwrap();
    step("a role granted", s.access_epoch().await.unwrap());
    s.revoke_role(u.id, auditor).await.unwrap();
    step("a role revoked", s.access_epoch().await.unwrap());
    s.add_supervision(auth, a, T1).await.unwrap();
    step("supervision added", s.access_epoch().await.unwrap());
    s.remove_supervision(auth, a).await.unwrap();
    step("supervision removed", s.access_epoch().await.unwrap());
    s.delete_session("d-s").await.unwrap();
    step("a session ended", s.access_epoch().await.unwrap());
    s.revoke_api_token(u.id, tok.id, T1).await.unwrap();
    step("a token revoked", s.access_epoch().await.unwrap());
    s.set_password(u.id, "$argon2id$v=19$m=19456,t=2,p=1$bmV3c2FsdA$bmV3", T1)
        .await
        .unwrap();
    step("a password changed", s.access_epoch().await.unwrap());
    s.set_user_disabled(u.id, true, T1).await.unwrap();
    step("an account disabled", s.access_epoch().await.unwrap());
    s.set_user_disabled(u.id, false, T1).await.unwrap();
    step("an account enabled", s.access_epoch().await.unwrap());
}

pub async fn assets_are_counted_and_paged_within_their_organisation(s: &dyn Store) {
    let a = new_org(s, 1, "A").await;
    let b = new_org(s, 2, "B").await;
    // 7 assets in A: the draft's class (sensitive, important) for even i, none/ordinary for odd.
    for i in 0..7u8 {
        let mut d = asset_draft(&format!("Bảng {i}"));
        if i % 2 == 1 {
            d.classification = Classification::UNCLASSIFIED;
        }
        s.create_asset(a, AssetId::from_random(id16(40 + i)), &d, T0)
            .await
            .unwrap();
    }
    s.create_asset(
        b,
        AssetId::from_random(id16(60)),
        &asset_draft("Bảng B"),
        T0,
    )
    .await
    .unwrap();
    let c = s.count_assets(a).await.unwrap();
    assert_eq!((c.total, c.personal, c.important), (7, 4, 4));
    let c = s.count_assets(new_org(s, 3, "C").await).await.unwrap();
    assert_eq!((c.total, c.personal, c.important), (0, 0, 0));

    let (page, total) = s.list_assets_page(a, None, None, 0, 3).await.unwrap();
    assert_eq!(total, 7);
    let names: Vec<&str> = page.iter().map(|x| x.details.name.as_str()).collect();
    assert_eq!(names, ["Bảng 0", "Bảng 1", "Bảng 2"]);
    let (page, _) = s.list_assets_page(a, None, None, 6, 3).await.unwrap();
    assert_eq!(page.len(), 1);
    assert!(page.iter().all(|x| x.org_id == a));
    let (page, total) = s
        .list_assets_page(a, Some(PersonalDataClass::Sensitive), None, 0, 100)
        .await
        .unwrap();
    assert_eq!((page.len(), total), (4, 4));
    let (page, total) = s
        .list_assets_page(a, Some(PersonalDataClass::Basic), None, 0, 100)
        .await
        .unwrap();
    assert_eq!((page.len(), total), (0, 0));
    let (page, total) = s.list_assets_page(b, None, None, 0, 100).await.unwrap();
    assert_eq!(
        (page.len(), total),
        (1, 1),
        "another organisation's assets never show"
    );
}

pub async fn an_authority_reads_the_cases_of_exactly_the_units_it_supervises(s: &dyn Store) {
    let police = s
        .create_organisation(
            OrgId::from_random(id16(1)),
            &org_draft("Công an tỉnh", None, OrgKind::Authority),
            T0,
        )
        .await
        .unwrap()
        .id;
    let a = new_org(s, 2, "A").await;
    let b = new_org(s, 3, "B").await;
    let c = new_org(s, 4, "C").await;
    s.add_supervision(police, a, T0).await.unwrap();
    s.add_supervision(police, b, T0).await.unwrap();
    let at = datetime!(2026-02-13 10:00 +07:00);
    for (org, n) in [(a, 50u8), (a, 51), (b, 52), (c, 53)] {
        s.create_case(
            org,
            CaseId::from_random(id16(n)),
            "breach",
            &t("Sự cố"),
            "open",
            &std::collections::BTreeMap::new(),
            &[entry(CaseEntryKind::Event, "breach_discovered", at)],
            T0,
        )
        .await
        .unwrap();
    }
    let got = s.list_supervised_cases(police).await.unwrap();
    let mut orgs: Vec<OrgId> = got.iter().map(|x| x.org_id).collect();
    orgs.sort();
    let mut want = vec![a, a, b];
    want.sort();
    assert_eq!(orgs, want, "C is not supervised");
    for case in &got {
        assert_eq!(case, &s.get_case(case.org_id, case.id).await.unwrap());
        assert_eq!(case.entries.len(), 1);
    }
    assert!(s.list_supervised_cases(a).await.unwrap().is_empty());
}

pub async fn asset_search_by_name_is_folded_and_stays_in_its_organisation(s: &dyn Store) {
    let a = new_org(s, 1, "A").await;
    let b = new_org(s, 2, "B").await;
    let names = [
        "Đơn thư khiếu nại",
        "bảng lương",
        "Ảnh chân dung",
        "Bảng 100% nhân viên",
        "bang_luong_cu",
    ];
    let mut ids = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let id = AssetId::from_random(id16(70 + u8::try_from(i).unwrap()));
        s.create_asset(a, id, &asset_draft(name), T0).await.unwrap();
        ids.push(id);
    }
    s.create_asset(
        b,
        AssetId::from_random(id16(80)),
        &asset_draft("Bảng lương B"),
        T0,
    )
    .await
    .unwrap();
    let found = |needle: &'static str| async move {
        let (page, total) = s
            .list_assets_page(a, None, Some(needle), 0, 100)
            .await
            .unwrap();
        assert_eq!(page.len() as u64, total, "{needle}");
        assert!(
            page.iter().all(|x| x.org_id == a),
            "only A's assets: {needle}"
        );
        page.iter()
            .map(|x| x.details.name.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    // Case and diacritics do not matter, in either the name or the needle.
    assert_eq!(found("BANG LUONG").await, ["bảng lương"]);
    assert_eq!(found("bảng lương").await, ["bảng lương"]);
    assert_eq!(found("don thu").await, ["Đơn thư khiếu nại"]);
    assert_eq!(found("  chân  ").await, ["Ảnh chân dung"]);
    // The needle's wildcards match themselves only.
    assert_eq!(found("100%").await, ["Bảng 100% nhân viên"]);
    assert_eq!(found("g_l").await, ["bang_luong_cu"]);
    assert!(found("%").await.len() == 1);
    assert!(found("zzz").await.is_empty());
    // Paging and the class filter apply to the matches.
    let (page, total) = s
        .list_assets_page(a, None, Some("bang"), 1, 1)
        .await
        .unwrap();
    assert_eq!((page.len(), total), (1, 3));
    let (page, total) = s
        .list_assets_page(a, Some(PersonalDataClass::Basic), Some("bang"), 0, 10)
        .await
        .unwrap();
    assert_eq!((page.len(), total), (0, 0));
    // A rename is searched under its new name.
    let d = asset_draft("Hồ sơ tuyển dụng");
    s.update_asset(a, ids[1], &d, T0).await.unwrap();
    assert_eq!(found("ho so").await, ["Hồ sơ tuyển dụng"]);
    assert!(found("luong").await.iter().all(|n| n != "bảng lương"));
}

/// The vault's store: one live key per subject (a second writer's key is refused), records
/// by token within their organisation, destruction of exactly what was read, a new key after
/// a destruction, and the signing key (issue 15).
pub async fn vault_keys_records_and_destructions(s: &dyn Store) {
    let a = new_org(s, 1, "A").await;
    let b = new_org(s, 2, "B").await;
    let u = |n: u8| uuid::Uuid::from_bytes([n; 16]);
    let coll = VaultCollection {
        org_id: a,
        name: "patients".to_owned(),
        sensitive: true,
        purposes: vec!["treatment".to_owned()],
        created_at: T0,
        records: 0,
        asset_id: None,
    };
    s.put_vault_collection(&coll).await.unwrap();
    assert_eq!(
        s.vault_collection(a, "patients")
            .await
            .unwrap()
            .unwrap()
            .purposes,
        ["treatment"]
    );
    assert!(s.vault_collection(b, "patients").await.unwrap().is_none());
    let key = |id: u8| SubjectKey {
        key_id: u(id),
        subject: "ps1:s".to_owned(),
        kek: "kek-1".to_owned(),
        wrapped: Some(vec![id; 60]),
        created_at: T0,
        destroyed_at: None,
    };
    let record = |token: u8, key_id: u8| VaultRecord {
        token: u(token),
        org_id: a,
        subject: "ps1:s".to_owned(),
        collection: "patients".to_owned(),
        key_id: u(key_id),
        sealed: Some(vec![token; 40]),
        created_at: T0,
    };
    s.put_vault_record(&record(10, 1), Some(&key(1)))
        .await
        .unwrap();
    // Another writer's new key for the same subject is refused; theirs is the live one.
    assert!(matches!(
        s.put_vault_record(&record(11, 2), Some(&key(2))).await,
        Err(StoreError::Conflict(_))
    ));
    s.put_vault_record(&record(11, 1), None).await.unwrap();
    assert_eq!(
        s.live_subject_key(a, "ps1:s")
            .await
            .unwrap()
            .unwrap()
            .key_id,
        u(1)
    );
    assert!(s.live_subject_key(b, "ps1:s").await.unwrap().is_none());
    let (r, k, c) = s.vault_record(a, u(10)).await.unwrap().unwrap();
    assert_eq!(
        (r.sealed.as_deref(), k.key_id),
        (Some(&[10u8; 40][..]), u(1))
    );
    assert_eq!((c.name.as_str(), c.sensitive), ("patients", true));
    assert!(
        s.vault_record(b, u(10)).await.unwrap().is_none(),
        "not under B"
    );
    assert_eq!(s.subject_records(a, "ps1:s").await.unwrap(), 2);
    assert_eq!(s.list_vault_collections(a).await.unwrap()[0].records, 2);
    // A destruction of what is not there (wrong key, wrong count) does nothing.
    let mut d = Destruction {
        org_id: a,
        subject: "ps1:s".to_owned(),
        // Stored at microsecond precision in UTC.
        at: datetime!(2026-03-02 01:15:30 UTC),
        actor: "user:x".to_owned(),
        case_id: None,
        key_ids: vec![u(2)],
        records: 2,
        log_index: 7,
        certificate: vec![0x30, 0x00],
    };
    assert!(matches!(
        s.destroy_vault_subject(&d).await,
        Err(StoreError::Conflict(_))
    ));
    d.key_ids = vec![u(1)];
    d.records = 1;
    assert!(matches!(
        s.destroy_vault_subject(&d).await,
        Err(StoreError::Conflict(_))
    ));
    assert!(
        s.vault_record(a, u(10))
            .await
            .unwrap()
            .unwrap()
            .0
            .sealed
            .is_some()
    );
    d.records = 2;
    s.destroy_vault_subject(&d).await.unwrap();
    let (r, k, _) = s.vault_record(a, u(10)).await.unwrap().unwrap();
    assert!(r.sealed.is_none() && k.wrapped.is_none() && k.destroyed_at.is_some());
    assert!(s.live_subject_key(a, "ps1:s").await.unwrap().is_none());
    assert_eq!(
        s.list_destructions(a, Some("ps1:s")).await.unwrap(),
        vec![d.clone()]
    );
    assert!(s.list_destructions(b, None).await.unwrap().is_empty());
    // The subject may come back with a new key; the old records stay destroyed.
    s.put_vault_record(&record(12, 3), Some(&key(3)))
        .await
        .unwrap();
    assert_eq!(
        s.live_subject_key(a, "ps1:s")
            .await
            .unwrap()
            .unwrap()
            .key_id,
        u(3)
    );
    assert!(
        s.vault_record(a, u(11))
            .await
            .unwrap()
            .unwrap()
            .0
            .sealed
            .is_none()
    );
    // Gathered writes (one transaction): each item has its own result, a refused one
    // leaves the others stored.
    let tkey = |id: u8| SubjectKey {
        subject: "ps1:t".to_owned(),
        ..key(id)
    };
    let trec = |token: u8, key_id: u8| VaultRecord {
        subject: "ps1:t".to_owned(),
        ..record(token, key_id)
    };
    // The vault epoch: new rows do not move it, changed or destroyed ones do.
    let (_, e0) = s.vault_record_seen(a, u(10)).await.unwrap();
    let (none, e) = s.vault_collection_seen(a, "nothing").await.unwrap();
    assert!(none.is_none() && e == e0);
    let (none, e) = s.vault_record_seen(b, u(10)).await.unwrap();
    assert!(none.is_none() && e == e0);
    let out = s
        .put_vault_records(&[
            (trec(20, 5), Some(tkey(5))),
            (trec(21, 6), Some(tkey(6))),
            (trec(22, 5), None),
            (trec(10, 5), None),
        ])
        .await
        .unwrap();
    assert_eq!(out.len(), 4);
    assert!(out[0].is_ok() && out[2].is_ok(), "{out:?}");
    assert!(matches!(out[1], Err(StoreError::Conflict(_))), "{out:?}");
    assert!(out[3].is_err(), "a token already taken: {out:?}");
    assert_eq!(s.subject_records(a, "ps1:t").await.unwrap(), 2);
    assert_eq!(
        s.vault_record_seen(a, u(20)).await.unwrap().1,
        e0,
        "inserts"
    );
    assert!(s.vault_record(a, u(21)).await.unwrap().is_none());
    assert_eq!(
        s.vault_record(a, u(10)).await.unwrap().unwrap().0.subject,
        "ps1:s",
        "the first record under that token is untouched"
    );
    // Two first writes for one new subject in one batch: the first key wins, the second
    // writer is told to seal again under it.
    let ukey = |id: u8| SubjectKey {
        subject: "ps1:u".to_owned(),
        ..key(id)
    };
    let urec = |token: u8, key_id: u8| VaultRecord {
        subject: "ps1:u".to_owned(),
        ..record(token, key_id)
    };
    let out = s
        .put_vault_records(&[(urec(30, 7), Some(ukey(7))), (urec(31, 8), Some(ukey(8)))])
        .await
        .unwrap();
    assert!(out[0].is_ok(), "{out:?}");
    assert!(matches!(out[1], Err(StoreError::Conflict(_))), "{out:?}");
    assert_eq!(
        s.live_subject_key(a, "ps1:u")
            .await
            .unwrap()
            .unwrap()
            .key_id,
        u(7)
    );
    // The same subject twice in one batch of destructions: once.
    let du = Destruction {
        subject: "ps1:u".to_owned(),
        key_ids: vec![u(7)],
        records: 1,
        log_index: 10,
        ..d.clone()
    };
    let out = s
        .destroy_vault_subjects(&[
            du.clone(),
            Destruction {
                log_index: 11,
                ..du
            },
        ])
        .await
        .unwrap();
    assert!(out[0].is_ok(), "{out:?}");
    assert!(matches!(out[1], Err(StoreError::Conflict(_))), "{out:?}");
    assert!(
        s.vault_record(a, u(30))
            .await
            .unwrap()
            .unwrap()
            .0
            .sealed
            .is_none()
    );
    // What a destruction reads, in one statement.
    let st = s.subject_state(a, "ps1:u").await.unwrap();
    assert_eq!(
        (
            st.org_name.as_str(),
            st.key.is_none(),
            st.records,
            st.destroyed_before
        ),
        ("A", true, 0, true)
    );
    let st = s.subject_state(a, "ps1:t").await.unwrap();
    assert_eq!(
        (st.key.map(|k| k.key_id), st.records, st.destroyed_before),
        (Some(u(5)), 2, false)
    );
    assert!(matches!(
        s.subject_state(OrgId::from_uuid(u(99)), "ps1:t").await,
        Err(StoreError::NotFound(_))
    ));
    // Gathered destructions: the one that no longer matches is refused, the other done.
    let dt = Destruction {
        subject: "ps1:t".to_owned(),
        key_ids: vec![u(5)],
        records: 2,
        log_index: 8,
        ..d.clone()
    };
    let stale = Destruction {
        subject: "ps1:s".to_owned(),
        key_ids: vec![u(1)],
        records: 1,
        log_index: 9,
        ..d.clone()
    };
    let out = s
        .destroy_vault_subjects(&[stale, dt.clone()])
        .await
        .unwrap();
    assert!(matches!(out[0], Err(StoreError::Conflict(_))), "{out:?}");
    assert!(out[1].is_ok(), "{out:?}");
    let (_, e1) = s.vault_collection_seen(a, "patients").await.unwrap();
    assert!(e1 > e0, "a destruction moves the vault epoch");
    assert!(s.live_subject_key(a, "ps1:t").await.unwrap().is_none());
    assert_eq!(s.subject_records(a, "ps1:t").await.unwrap(), 0);
    assert_eq!(
        s.live_subject_key(a, "ps1:s")
            .await
            .unwrap()
            .unwrap()
            .key_id,
        u(3),
        "the refused destruction changed nothing"
    );
    // The signing key.
    assert!(s.signing_key(a).await.unwrap().is_none());
    s.put_signing_key(a, b"cert", "kek-1", b"wrapped", T0)
        .await
        .unwrap();
    s.put_signing_key(a, b"cert2", "kek-2", b"wrapped2", T0)
        .await
        .unwrap();
    assert_eq!(
        s.signing_key(a).await.unwrap(),
        Some((b"cert2".to_vec(), "kek-2".to_owned(), b"wrapped2".to_vec()))
    );
    assert!(s.signing_key(b).await.unwrap().is_none());
    // Rotation: the live keys under a KEK (destroyed ones are not keys any more), re-wrapped
    // only while still live and under the old KEK.
    assert_eq!(
        s.kek_usage().await.unwrap(),
        vec![("kek-1".to_owned(), 1), ("kek-2".to_owned(), 1)]
    );
    let under1 = s.keys_wrapped_by("kek-1", 10).await.unwrap();
    assert_eq!(under1.len(), 1);
    assert_eq!(
        under1[0].kind,
        WrappedKind::Data {
            key_id: u(3),
            subject: "ps1:s".to_owned()
        }
    );
    let under2 = s.keys_wrapped_by("kek-2", 10).await.unwrap();
    assert_eq!(under2[0].kind, WrappedKind::Signing);
    let mut stale = under1[0].clone();
    stale.kek = "kek-0".to_owned();
    let n = s
        .rewrap_keys(&[
            (under1[0].clone(), "kek-3".to_owned(), vec![9; 60]),
            (under2[0].clone(), "kek-3".to_owned(), b"w3".to_vec()),
            (stale, "kek-4".to_owned(), vec![8; 60]),
        ])
        .await
        .unwrap();
    assert_eq!(n, 2, "the item under a KEK it is no longer under is left");
    assert_eq!(s.kek_usage().await.unwrap(), vec![("kek-3".to_owned(), 2)]);
    let k = s.live_subject_key(a, "ps1:s").await.unwrap().unwrap();
    assert_eq!((k.kek.as_str(), k.wrapped), ("kek-3", Some(vec![9; 60])));
    assert_eq!(
        s.signing_key(a).await.unwrap().unwrap().1,
        "kek-3".to_owned()
    );
    assert!(s.keys_wrapped_by("kek-1", 10).await.unwrap().is_empty());
    // Retention: subjects with a sealed record made no later than an instant, paged.
    assert_eq!(
        s.expired_subjects(a, "patients", T0, None, 10)
            .await
            .unwrap(),
        ["ps1:s"]
    );
    let just_before = T0 - time::Duration::seconds(1);
    assert!(
        s.expired_subjects(a, "patients", just_before, None, 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        s.expired_subjects(a, "patients", T0, Some("ps1:s"), 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        s.expired_subjects(b, "patients", T0, None, 10)
            .await
            .unwrap()
            .is_empty()
    );
    let times = s.subject_record_times(a, "ps1:s").await.unwrap();
    assert_eq!(times.len(), 1);
    assert_eq!(times[0].0, "patients");
    // Stored at microsecond precision.
    assert!(
        (times[0].1 - T0).abs() < time::Duration::microseconds(1),
        "{times:?}"
    );
}

/// Issue 16: the profile is one row per organisation, replaced whole; register entries keep
/// their typed fields, stay in their organisation and their register, and go only when asked.
pub async fn profiles_and_register_entries_stay_in_their_organisation(s: &dyn Store) {
    use khien_domain::{FieldValue, OrgProfile, RegisterEntry, RegisterEntryId, Sector, SizeClass};
    use khien_store::RegisterChange;
    use std::collections::BTreeMap;
    let a = new_org(s, 1, "Công ty A").await;
    let b = new_org(s, 2, "Công ty B").await;
    assert_eq!(s.get_profile(a).await.unwrap(), None);
    let p = OrgProfile {
        size: Some(SizeClass::Small),
        startup: true,
        sectors: vec![Sector::Ai, Sector::Finance],
        processes_sensitive: true,
        subject_count: Some(120_000),
        sensitive_subject_count: Some(3_000),
        ..OrgProfile::default()
    };
    s.put_profile(a, &p, T0).await.unwrap();
    let got = s.get_profile(a).await.unwrap().unwrap();
    assert_eq!(got.profile, p);
    assert!((got.updated_at - T0).abs() < time::Duration::microseconds(1));
    let q = OrgProfile {
        size: Some(SizeClass::Large),
        ..OrgProfile::default()
    };
    s.put_profile(a, &q, T1).await.unwrap();
    assert_eq!(s.get_profile(a).await.unwrap().unwrap().profile, q);
    assert_eq!(s.get_profile(b).await.unwrap(), None);
    let nobody = OrgId::from_random(id16(99));
    assert!(matches!(
        s.put_profile(nobody, &q, T0).await,
        Err(StoreError::NotFound(_))
    ));

    let mut fields = BTreeMap::new();
    fields.insert(
        "processor_name".to_owned(),
        FieldValue::Text("Công ty Xử lý".to_owned()),
    );
    fields.insert(
        "signed_on".to_owned(),
        FieldValue::Date(date!(2026 - 02 - 01)),
    );
    fields.insert("records".to_owned(), FieldValue::Integer(1200));
    fields.insert("cross_border".to_owned(), FieldValue::Bool(false));
    fields.insert(
        "data_categories".to_owned(),
        FieldValue::List(vec!["Họ tên".to_owned(), "Số điện thoại".to_owned()]),
    );
    let e = RegisterEntry {
        id: RegisterEntryId::from_random(id16(5)),
        org_id: a,
        register: "processors".to_owned(),
        summary: "Công ty Xử lý".to_owned(),
        fields: fields.clone(),
        retain_until: Some(date!(2031 - 02 - 01)),
        recorded_by: None,
        recorded_at: T1,
        updated_at: T1,
    };
    s.add_register_entry(&e).await.unwrap();
    assert_eq!(
        s.get_register_entry(a, "processors", e.id).await.unwrap(),
        e
    );
    // Not from another organisation, nor under another register.
    assert!(matches!(
        s.get_register_entry(b, "processors", e.id).await,
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        s.get_register_entry(a, "risks", e.id).await,
        Err(StoreError::NotFound(_))
    ));
    assert!(s.list_register_entries(b, None).await.unwrap().is_empty());
    assert_eq!(
        s.list_register_entries(a, Some("risks")).await.unwrap(),
        vec![]
    );
    let mut other = e.clone();
    other.id = RegisterEntryId::from_random(id16(6));
    other.register = "drills".to_owned();
    other.recorded_at = T1 + time::Duration::hours(1);
    other.updated_at = other.recorded_at;
    s.add_register_entry(&other).await.unwrap();
    assert_eq!(
        s.list_register_entries(a, None).await.unwrap(),
        vec![e.clone(), other.clone()]
    );
    // The same id twice is a conflict.
    assert!(s.add_register_entry(&e).await.is_err());

    let mut changed = fields;
    changed.insert(
        "ended_on".to_owned(),
        FieldValue::Date(date!(2026 - 12 - 31)),
    );
    let change = RegisterChange {
        summary: "Công ty Xử lý (đã kết thúc)".to_owned(),
        fields: changed.clone(),
        retain_until: Some(date!(2029 - 12 - 31)),
    };
    assert!(matches!(
        s.update_register_entry(b, "processors", e.id, &change, T1)
            .await,
        Err(StoreError::NotFound(_))
    ));
    let u = s
        .update_register_entry(a, "processors", e.id, &change, T1)
        .await
        .unwrap();
    assert_eq!(
        (
            u.summary.as_str(),
            &u.fields,
            u.retain_until,
            u.recorded_at,
            u.updated_at
        ),
        (
            change.summary.as_str(),
            &changed,
            change.retain_until,
            T1,
            T1
        )
    );
    assert!(matches!(
        s.delete_register_entry(b, "processors", e.id).await,
        Err(StoreError::NotFound(_))
    ));
    s.delete_register_entry(a, "processors", e.id)
        .await
        .unwrap();
    assert_eq!(s.list_register_entries(a, None).await.unwrap(), vec![other]);
}

/// Issue 17: consents are withdrawn once and stay in their organisation; public requests move
/// only from the status expected and are counted for throttling by digest; a restriction
/// moves the vault epoch (what servers keep in memory is read again).
pub async fn consents_requests_and_restrictions(s: &dyn Store) {
    let a = new_org(s, 1, "Công ty A").await;
    let b = new_org(s, 2, "Công ty B").await;
    let consent = Consent {
        id: ConsentId::from_random(id16(10)),
        org_id: a,
        subject: "ps1:aaaa".to_owned(),
        purposes: vec!["marketing".to_owned(), "cskh".to_owned()],
        channel: ConsentChannel::Sms,
        scope: "Họ tên, số điện thoại".to_owned(),
        evidence_sha256: "ab".repeat(32),
        given_at: T0,
        subject_age: Some(12),
        capacity: Capacity::Full,
        representative: Some(Representation::Parent),
        representative_subject: Some("ps1:bbbb".to_owned()),
        discloses_private_life: false,
        child_consented: false,
        sensitive_notice: true,
        recorded_by: None,
        recorded_at: T0,
        withdrawn_at: None,
        withdrawal_case: None,
    };
    s.add_consent(&consent).await.unwrap();
    let got = s.get_consent(a, consent.id).await.unwrap();
    assert_eq!(got.purposes, consent.purposes);
    assert_eq!(got.representative, Some(Representation::Parent));
    assert!((got.given_at - T0).abs() < time::Duration::microseconds(1));
    assert!(matches!(
        s.get_consent(b, consent.id).await,
        Err(StoreError::NotFound(Entity::Consent))
    ));
    assert!(s.list_consents(b, None).await.unwrap().is_empty());
    assert_eq!(s.list_consents(a, Some("ps1:aaaa")).await.unwrap().len(), 1);
    assert!(
        s.list_consents(a, Some("ps1:zzzz"))
            .await
            .unwrap()
            .is_empty()
    );
    // A withdrawal names a case of the same organisation, once.
    let case = CaseId::from_random(id16(11));
    s.create_case(
        a,
        case,
        "subject_request",
        &t("Rút lại sự đồng ý"),
        "received",
        &std::collections::BTreeMap::new(),
        &[],
        T1,
    )
    .await
    .unwrap();
    assert!(s.withdraw_consent(b, consent.id, T1, None).await.is_err());
    let w = s
        .withdraw_consent(a, consent.id, T1, Some(case))
        .await
        .unwrap();
    assert_eq!((w.withdrawn_at, w.withdrawal_case), (Some(T1), Some(case)));
    assert!(matches!(
        s.withdraw_consent(a, consent.id, T1, Some(case)).await,
        Err(StoreError::Conflict(_))
    ));

    // Requests.
    let request = PublicRequest {
        org_id: a,
        reference: "YC-0000-0000-0001".to_owned(),
        kind: RequestKind::Deletion,
        status: RequestStatus::Unverified,
        contact_digest: "ps1:contact".to_owned(),
        network_digest: "ps1:net".to_owned(),
        subject: "ps1:aaaa".to_owned(),
        sealed: vec![1, 2, 3],
        kek: "kek-1".to_owned(),
        wrapped_key: vec![4, 5],
        code_digest: Some("d".repeat(64)),
        code_expires_at: Some(T1),
        attempts: 0,
        received_at: T0,
        verified_at: None,
        verified_how: None,
        verified_by: None,
        case_id: None,
        decided_at: None,
        reason: None,
        answered_at: None,
    };
    s.add_public_request(&request).await.unwrap();
    assert!(matches!(
        s.add_public_request(&request).await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(
        s.public_request(a, &request.reference)
            .await
            .unwrap()
            .sealed,
        vec![1, 2, 3]
    );
    assert!(matches!(
        s.public_request(b, &request.reference).await,
        Err(StoreError::NotFound(Entity::PublicRequest))
    ));
    assert_eq!(
        s.public_requests_since("ps1:contact", "ps1:net", T0)
            .await
            .unwrap(),
        (1, 1)
    );
    assert_eq!(
        s.public_requests_since("ps1:contact", "ps1:other", T1)
            .await
            .unwrap(),
        (0, 0)
    );
    let mut verified = request.clone();
    verified.status = RequestStatus::Verified;
    verified.case_id = Some(case);
    verified.verified_at = Some(T1);
    verified.verified_how = Some("code".to_owned());
    verified.code_digest = None;
    s.update_public_request(&verified, RequestStatus::Unverified)
        .await
        .unwrap();
    // Only from the status expected: a second verification conflicts.
    assert!(matches!(
        s.update_public_request(&verified, RequestStatus::Unverified)
            .await,
        Err(StoreError::Conflict(_))
    ));
    let back = s.public_request(a, &request.reference).await.unwrap();
    assert_eq!(
        (back.status, back.case_id),
        (RequestStatus::Verified, Some(case))
    );
    assert_eq!(s.list_public_requests(a).await.unwrap().len(), 1);
    assert!(s.list_public_requests(b).await.unwrap().is_empty());

    // Restrictions move the vault epoch and stay in their organisation.
    let (none, before) = s.restrictions_seen(a).await.unwrap();
    assert!(none.is_empty());
    let r = Restriction {
        org_id: a,
        subject: "ps1:aaaa".to_owned(),
        purpose: "*".to_owned(),
        kind: RequestKind::Objection,
        case_id: Some(case),
        since: T1,
    };
    s.add_restriction(&r).await.unwrap();
    s.add_restriction(&r).await.unwrap();
    let (rows, after) = s.restrictions_seen(a).await.unwrap();
    assert_eq!(rows, vec![r]);
    assert!(after > before, "the vault epoch moved: {before} -> {after}");
    assert!(s.restrictions_seen(b).await.unwrap().0.is_empty());
}
