//! The storage contract suite: one set of stories about the registry, run against SQLite
//! (always, in a temporary file) and against PostgreSQL (in a throw-away database on the server
//! named by `KHIEN_TEST_POSTGRES_URL`; without it the PostgreSQL tests are reported as ignored).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail by panicking"
)]
#![allow(
    clippy::disallowed_methods,
    reason = "throw-away file names for tests, not the application's randomness"
)]

mod contract;
mod log;

/// Runs each contract story against both backends.
macro_rules! contract_suite {
    ($($story:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $story() {
                    let dir = tempfile_dir();
                    let url = format!("sqlite://{}/registry.db", dir.display());
                    let store = khien_store_sql::SqliteStore::open(
                        &url,
                        khien_store_sql::Migrations::Apply,
                    )
                    .await
                    .unwrap();
                    crate::contract::$story(&store).await;
                    store.close().await;
                    std::fs::remove_dir_all(&dir).unwrap();
                }
            )*

            fn tempfile_dir() -> std::path::PathBuf {
                use rand::Rng as _;
                let dir = std::env::temp_dir()
                    .join(format!("khien-contract-{:016x}", rand::thread_rng().r#gen::<u64>()));
                std::fs::create_dir_all(&dir).unwrap();
                dir
            }
        }

        mod postgres {
            $(
                #[tokio::test]
                #[cfg_attr(
                    not(khien_test_postgres),
                    ignore = "no PostgreSQL server given: set KHIEN_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres"
                )]
                async fn $story() {
                    let server = khien_store_sql::testing::postgres_server()
                        .expect("KHIEN_TEST_POSTGRES_URL is set at build time but not at run time");
                    let db = khien_store_sql::testing::TempPgDatabase::create(&server)
                        .await
                        .unwrap();
                    let store = db.open().await.unwrap();
                    crate::contract::$story(&store).await;
                    store.close().await;
                    db.drop_now().await.unwrap();
                }
            )*
        }
    };
}

contract_suite!(
    organisations_round_trip,
    tax_codes_are_unique,
    designations_keep_their_history,
    users_roles_and_members,
    a_failed_user_creation_writes_nothing,
    sessions_and_tokens_authenticate_until_they_end,
    access_epoch_moves_with_every_change_to_access,
    assets_round_trip_within_their_organisation,
    assets_are_counted_and_paged_within_their_organisation,
    asset_search_by_name_is_folded_and_stays_in_its_organisation,
    vault_keys_records_and_destructions,
    profiles_and_register_entries_stay_in_their_organisation,
    consents_requests_and_restrictions,
    asset_parents_stay_in_the_organisation_and_acyclic,
    activities_round_trip_with_assets_and_recipients,
    a_failed_activity_write_changes_nothing,
    supervision_is_by_authorities_only,
    an_authority_reads_the_cases_of_exactly_the_units_it_supervises,
    an_organisation_and_its_first_dpo_are_created_together,
    cases_keep_their_history_and_move_only_from_the_expected_state,
    reminders_are_claimed_once,
    scans_fill_the_catalogue_and_update_it_on_rescan,
    login_throttle_counts_in_windows,
    invitations_are_accepted_once,
);

/// Opening an existing registry again applies no migration twice and keeps its data.
#[tokio::test]
async fn reopening_a_sqlite_registry_keeps_it() {
    use khien_store::{AccountStore as _, Store as _};
    let dir = std::env::temp_dir().join(format!("khien-reopen-{}", std::process::id()));
    let url = format!("sqlite://{}/nested/dir/registry.db", dir.display());
    let s = khien_store_sql::SqliteStore::open(&url, khien_store_sql::Migrations::Apply)
        .await
        .unwrap();
    assert_eq!(s.count_users().await.unwrap(), 0);
    s.close().await;
    let s = khien_store_sql::SqliteStore::open(&url, khien_store_sql::Migrations::Apply)
        .await
        .unwrap();
    s.ping().await.unwrap();
    s.close().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Concurrent writers on SQLite wait for each other instead of failing with "database is
/// locked" (found by schemathesis: a read-then-write transaction upgrading its lock).
#[tokio::test]
async fn concurrent_sqlite_writers_all_succeed() {
    use khien_domain::*;
    use khien_store::{CatalogueStore as _, OrgStore as _};
    let dir = std::env::temp_dir().join(format!("khien-concurrent-{}", std::process::id()));
    let url = format!("sqlite://{}/registry.db", dir.display());
    let s = std::sync::Arc::new(
        khien_store_sql::SqliteStore::open(&url, khien_store_sql::Migrations::Apply)
            .await
            .unwrap(),
    );
    let t = |x: &str| Text::parse("t", x, 100).unwrap();
    let now = time::macros::datetime!(2026-03-02 08:00 UTC);
    let org = OrgId::from_random([1; 16]);
    s.create_organisation(
        org,
        &OrganisationDraft {
            name: t("A"),
            tax_code: None,
            kind: OrgKind::Company,
            province: None,
            head_office_address: None,
            contact_address: None,
        },
        now,
    )
    .await
    .unwrap();
    let draft = DataAssetDraft {
        name: t("X"),
        kind: AssetKind::Table,
        parent_id: None,
        description: None,
        owner: t("O"),
        custodian: None,
        classification: Classification::UNCLASSIFIED,
        retention: None,
        storage_location: None,
        storage_country: CountryCode::VN,
        volume_bytes: None,
        record_count: None,
        data_subject_count: None,
    };
    let asset = AssetId::from_random([2; 16]);
    s.create_asset(org, asset, &draft, now).await.unwrap();
    let mut tasks = Vec::new();
    for i in 0..16u8 {
        let s = s.clone();
        let mut d = draft.clone();
        d.name = t(&format!("X{i}"));
        tasks.push(tokio::spawn(async move {
            // Each update reads (existence, cycles) before it writes.
            s.update_asset(org, asset, &d, now).await.map(|_| ())
        }));
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    s.close().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Runs each log story against both backends.
macro_rules! log_suite {
    ($($story:ident),* $(,)?) => {
        mod log_sqlite {
            $(
                #[tokio::test]
                async fn $story() {
                    use rand::Rng as _;
                    let dir = std::env::temp_dir()
                        .join(format!("khien-log-{:016x}", rand::thread_rng().r#gen::<u64>()));
                    std::fs::create_dir_all(&dir).unwrap();
                    let url = format!("sqlite://{}/registry.db", dir.display());
                    let store = khien_store_sql::SqliteStore::open(
                        &url,
                        khien_store_sql::Migrations::Apply,
                    )
                    .await
                    .unwrap();
                    crate::log::$story(&store).await;
                    store.close().await;
                    std::fs::remove_dir_all(&dir).unwrap();
                }
            )*
        }

        mod log_postgres {
            $(
                #[tokio::test]
                #[cfg_attr(
                    not(khien_test_postgres),
                    ignore = "no PostgreSQL server given: set KHIEN_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres"
                )]
                async fn $story() {
                    let server = khien_store_sql::testing::postgres_server()
                        .expect("KHIEN_TEST_POSTGRES_URL is set at build time but not at run time");
                    let db = khien_store_sql::testing::TempPgDatabase::create(&server)
                        .await
                        .unwrap();
                    let store = db.open().await.unwrap();
                    crate::log::$story(&store).await;
                    store.close().await;
                    db.drop_now().await.unwrap();
                }
            )*
        }
    };
}

log_suite!(
    appends_are_numbered_and_served_as_c2sp_tiles,
    the_secret_keys_are_not_in_the_database,
    the_triggers_refuse_edits_through_sql,
    the_bundle_being_filled_is_kept_in_parts,
    the_history_follows_its_entries,
    replacing_a_credential_through_sql_moves_the_access_epoch,
    an_edited_entry_is_caught,
    reordered_entries_are_caught,
    swapped_bundles_are_caught,
    a_deleted_bundle_is_caught,
    a_deleted_entry_is_caught,
    an_added_entry_is_caught,
    a_truncated_log_is_caught,
    an_edited_hash_tile_is_caught,
    an_edited_leaf_tile_is_caught,
    a_deleted_tile_is_caught,
    a_forged_checkpoint_is_caught,
    a_forked_history_is_caught,
    an_edited_state_is_caught,
    retention_removes_only_old_whole_bundles_and_logs_it,
    concurrent_appends_are_all_kept_in_one_order,
    asset_names_left_unfolded_are_folded_at_open,
);

/// The SQLite access history, a file of its own, is rebuilt when it was not derived from the
/// log beside it.
#[tokio::test]
async fn a_sqlite_history_not_from_its_log_is_rebuilt() {
    use rand::Rng as _;
    let dir = std::env::temp_dir().join(format!(
        "khien-history-{:016x}",
        rand::thread_rng().r#gen::<u64>()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    crate::log::a_sqlite_history_not_from_its_log_is_rebuilt(&dir).await;
    std::fs::remove_dir_all(&dir).unwrap();
}
