//! The vault: collections, wrapped data keys, sealed records, destructions and the signing
//! key: `VaultStore` for both backends, written once in `vault_impl!`.

/// A subject's sealed records, reached through the subject's live key (`vault_keys_live`,
/// then `vault_records_key`; migration 0019): `$1` the organisation, `$2` the subject's
/// pseudonym; `r` the records, `k` the key.
macro_rules! live_records_of_subject {
    () => {
        "vault_keys k JOIN vault_records r ON r.key_id = k.key_id AND r.org_id = k.org_id \
         WHERE k.subject = $2 AND k.org_id = $1 AND k.destroyed_at IS NULL AND r.sealed IS NOT NULL"
    };
}

/// Expands `VaultStore` for one backend. `$store` is the store type (with a `pool` field) and
/// `$common` the backend's module of shared items.
macro_rules! vault_impl {
    ($store:ty, $db:ty, $common:ident, $share:literal) => {
        const _: () = {
            use ::async_trait::async_trait;
            use ::khien_domain::*;
            use ::khien_store::*;
            use ::sqlx::Row as _;
            use ::time::OffsetDateTime;
            use ::uuid::Uuid;
            use $crate::registry::$common::*;
            use $crate::registry::*;

            fn collection_from_row(r: &DbRow) -> StoreResult<VaultCollection> {
                let purposes: String = r.try_get("purposes").map_err(be)?;
                let org: Uuid = r.try_get("org_id").map_err(be)?;
                let records: i64 = r.try_get("records").map_err(be)?;
                Ok(VaultCollection {
                    org_id: OrgId::from_uuid(org),
                    name: r.try_get("name").map_err(be)?,
                    sensitive: r.try_get("sensitive").map_err(be)?,
                    purposes: ::serde_json::from_str(&purposes)
                        .map_err(|_| StoreError::Corrupt("vault_collections.purposes"))?,
                    created_at: r.try_get("created_at").map_err(be)?,
                    records: u64::try_from(records).unwrap_or(0),
                    asset_id: r
                        .try_get::<Option<Uuid>, _>("asset_id")
                        .map_err(be)?
                        .map(AssetId::from_uuid),
                })
            }

            fn key_from_row(r: &DbRow) -> StoreResult<SubjectKey> {
                Ok(SubjectKey {
                    key_id: r.try_get("key_id").map_err(be)?,
                    subject: r.try_get("subject").map_err(be)?,
                    kek: r.try_get("kek").map_err(be)?,
                    wrapped: r.try_get("wrapped").map_err(be)?,
                    created_at: r.try_get("key_created_at").map_err(be)?,
                    destroyed_at: r.try_get("destroyed_at").map_err(be)?,
                })
            }

            /// The listing, with each collection's record count.
            const COLLECTION_LIST: &str = "SELECT c.org_id, c.name, c.sensitive, c.purposes, \
                c.created_at, c.asset_id, CAST((SELECT COUNT(*) FROM vault_records r WHERE r.org_id = c.org_id \
                AND r.collection = c.name) AS BIGINT) AS records FROM vault_collections c";

            /// A write that refers to its organisation: a missing one is "not found".
            fn in_org(e: ::sqlx::Error) -> StoreError {
                db_err(
                    e,
                    Ctx::of(Entity::Organisation).fk(|| StoreError::NotFound(Entity::Organisation)),
                )
            }

            const KEY_COLUMNS: &str = "k.key_id, k.subject, k.kek, k.wrapped, \
                k.created_at AS key_created_at, k.destroyed_at";

            /// One record, in the caller's transaction (see `VaultStore::put_vault_record`).
            async fn put_record(
                tx: &mut Tx<'_>,
                record: &VaultRecord,
                new_key: Option<&SubjectKey>,
            ) -> StoreResult<()> {
                let org = record.org_id.as_uuid();
                if let Some(k) = new_key {
                    ::sqlx::query(
                        "INSERT INTO vault_keys (org_id, key_id, subject, kek, wrapped, created_at) \
                         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
                    )
                    .bind(org)
                    .bind(k.key_id)
                    .bind(&k.subject)
                    .bind(&k.kek)
                    .bind(k.wrapped.as_deref())
                    .bind(stored_instant(k.created_at))
                    .execute(&mut **tx)
                    .await
                    .map_err(in_org)?;
                }
                let live: Option<Uuid> = ::sqlx::query_scalar(concat!(
                    "SELECT key_id FROM vault_keys WHERE org_id = $1 AND subject = $2 \
                     AND destroyed_at IS NULL",
                    $share
                ))
                .bind(org)
                .bind(&record.subject)
                .fetch_optional(&mut **tx)
                .await
                .map_err(be)?;
                if live != Some(record.key_id) {
                    return Err(StoreError::Conflict("the subject's data key changed"));
                }
                ::sqlx::query(
                    "INSERT INTO vault_records (org_id, token, subject, collection, key_id, \
                     sealed, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(org)
                .bind(record.token)
                .bind(&record.subject)
                .bind(&record.collection)
                .bind(record.key_id)
                .bind(record.sealed.as_deref())
                .bind(stored_instant(record.created_at))
                .execute(&mut **tx)
                .await
                .map_err(|e| {
                    db_err(
                        e,
                        Ctx::of(Entity::Organisation)
                            .unique("a record with this token already exists")
                            .fk(|| StoreError::InvalidReference("collection")),
                    )
                })?;
                Ok(())
            }

            /// One destruction, in the caller's transaction (see
            /// `VaultStore::destroy_vault_subject`).
            async fn destroy_subject(tx: &mut Tx<'_>, d: &Destruction) -> StoreResult<()> {
                let org = d.org_id.as_uuid();
                let live: Vec<Uuid> = ::sqlx::query_scalar(
                    "SELECT key_id FROM vault_keys WHERE org_id = $1 AND subject = $2 \
                     AND destroyed_at IS NULL",
                )
                .bind(org)
                .bind(&d.subject)
                .fetch_all(&mut **tx)
                .await
                .map_err(be)?;
                let mut want = d.key_ids.clone();
                want.sort();
                let mut live = live;
                live.sort();
                if live != want || live.is_empty() {
                    return Err(StoreError::Conflict("the subject's keys changed"));
                }
                ::sqlx::query(
                    "UPDATE vault_keys SET wrapped = NULL, destroyed_at = $3 \
                     WHERE org_id = $1 AND subject = $2 AND destroyed_at IS NULL",
                )
                .bind(org)
                .bind(&d.subject)
                .bind(stored_instant(d.at))
                .execute(&mut **tx)
                .await
                .map_err(be)?;
                // A subject's records are found by their data keys (`vault_records_key`: key
                // ids begin with the time, so a write adds its row at the end of that index,
                // where one by subject took a page at random per row; BENCHMARKS.md).
                let mut records = 0;
                for key in &live {
                    records += ::sqlx::query(
                        "UPDATE vault_records SET sealed = NULL WHERE key_id = $2 AND org_id = $1 \
                         AND sealed IS NOT NULL",
                    )
                    .bind(org)
                    .bind(key)
                    .execute(&mut **tx)
                    .await
                    .map_err(be)?
                    .rows_affected();
                }
                if records != d.records {
                    return Err(StoreError::Conflict("the subject's records changed"));
                }
                let keys = ::serde_json::to_string(
                    &d.key_ids.iter().map(Uuid::to_string).collect::<Vec<_>>(),
                )
                .map_err(|e| StoreError::Backend(e.to_string()))?;
                ::sqlx::query(
                    "INSERT INTO vault_destructions (org_id, log_index, subject, at, actor, \
                     case_id, key_ids, records, certificate) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(org)
                .bind(i64::try_from(d.log_index).map_err(|_| StoreError::Corrupt("log_index"))?)
                .bind(&d.subject)
                .bind(stored_instant(d.at))
                .bind(&d.actor)
                .bind(d.case_id.map(|c| c.as_uuid()))
                .bind(keys)
                .bind(i64::try_from(d.records).unwrap_or(i64::MAX))
                .bind(&d.certificate)
                .execute(&mut **tx)
                .await
                .map_err(|e| {
                    db_err(
                        e,
                        Ctx::of(Entity::Organisation)
                            .unique("this destruction is already recorded")
                            .fk(|| StoreError::NotFound(Entity::Organisation)),
                    )
                })?;
                Ok(())
            }

            /// Moves the vault epoch at the start of a transaction that changes vault rows: on
            /// PostgreSQL its row is then locked before any key or record row (the triggers
            /// lock it again, after, in every such transaction: one order, no deadlock).
            async fn bump_epoch_first(tx: &mut Tx<'_>) -> StoreResult<()> {
                ::sqlx::query("UPDATE vault_epoch SET n = n + 1 WHERE id = 1")
                    .execute(&mut **tx)
                    .await
                    .map_err(be)?;
                Ok(())
            }

            /// The live keys of these subjects of `org`, by subject (one statement).
            async fn live_keys(
                tx: &mut Tx<'_>,
                org: Uuid,
                subjects: &[&str],
            ) -> StoreResult<::std::collections::HashMap<String, Vec<Uuid>>> {
                let mut out: ::std::collections::HashMap<String, Vec<Uuid>> =
                    ::std::collections::HashMap::new();
                for chunk in subjects.chunks(1000) {
                    let mut q = ::sqlx::QueryBuilder::<$db>::new(
                        "SELECT subject, key_id FROM vault_keys WHERE destroyed_at IS NULL AND org_id = ",
                    );
                    q.push_bind(org).push(" AND subject IN (");
                    let mut sep = q.separated(", ");
                    for s in chunk {
                        sep.push_bind(*s);
                    }
                    q.push(")").push($share);
                    let rows: Vec<(String, Uuid)> =
                        q.build_query_as().fetch_all(&mut **tx).await.map_err(be)?;
                    for (subject, key) in rows {
                        out.entry(subject).or_default().push(key);
                    }
                }
                Ok(out)
            }

            /// Many records in a few statements (new keys, the live keys, the records): what a
            /// batch normally is. `None` when an item needs the one-by-one path to get its own
            /// error (the caller rolls back and takes it).
            async fn put_records_bulk(
                tx: &mut Tx<'_>,
                items: &[(VaultRecord, Option<SubjectKey>)],
            ) -> StoreResult<Option<Vec<StoreResult<()>>>> {
                let mut orgs: Vec<Uuid> = items.iter().map(|(r, _)| r.org_id.as_uuid()).collect();
                orgs.sort();
                orgs.dedup();
                let new: Vec<(Uuid, &SubjectKey)> = items
                    .iter()
                    .filter_map(|(r, k)| k.as_ref().map(|k| (r.org_id.as_uuid(), k)))
                    .collect();
                for chunk in new.chunks(512) {
                    let mut q = ::sqlx::QueryBuilder::<$db>::new(
                        "INSERT INTO vault_keys (org_id, key_id, subject, kek, wrapped, created_at) ",
                    );
                    q.push_values(chunk, |mut b, (org, k)| {
                        b.push_bind(*org)
                            .push_bind(k.key_id)
                            .push_bind(k.subject.as_str())
                            .push_bind(k.kek.as_str())
                            .push_bind(k.wrapped.as_deref())
                            .push_bind(stored_instant(k.created_at));
                    });
                    q.push(" ON CONFLICT DO NOTHING");
                    if q.build().execute(&mut **tx).await.is_err() {
                        return Ok(None);
                    }
                }
                let mut live = ::std::collections::HashMap::new();
                for org in &orgs {
                    let subjects: Vec<&str> = items
                        .iter()
                        .filter(|(r, _)| r.org_id.as_uuid() == *org)
                        .map(|(r, _)| r.subject.as_str())
                        .collect();
                    live.insert(*org, live_keys(tx, *org, &subjects).await?);
                }
                let mut out = Vec::with_capacity(items.len());
                let mut ok = Vec::new();
                for (r, _) in items {
                    let keys = live
                        .get(&r.org_id.as_uuid())
                        .and_then(|m| m.get(&r.subject));
                    if keys.is_some_and(|k| k.as_slice() == [r.key_id]) {
                        out.push(Ok(()));
                        ok.push(r);
                    } else {
                        out.push(Err(StoreError::Conflict("the subject's data key changed")));
                    }
                }
                for chunk in ok.chunks(512) {
                    let mut q = ::sqlx::QueryBuilder::<$db>::new(
                        "INSERT INTO vault_records (org_id, token, subject, collection, key_id, \
                         sealed, created_at) ",
                    );
                    q.push_values(chunk, |mut b, r| {
                        b.push_bind(r.org_id.as_uuid())
                            .push_bind(r.token)
                            .push_bind(r.subject.as_str())
                            .push_bind(r.collection.as_str())
                            .push_bind(r.key_id)
                            .push_bind(r.sealed.as_deref())
                            .push_bind(stored_instant(r.created_at));
                    });
                    if q.build().execute(&mut **tx).await.is_err() {
                        return Ok(None);
                    }
                }
                Ok(Some(out))
            }

            /// Many destructions in a few statements per organisation (live keys, record
            /// counts, the two erasures, the certificates). `None` when an item needs the
            /// one-by-one path.
            async fn destroy_bulk(
                tx: &mut Tx<'_>,
                ds: &[Destruction],
            ) -> StoreResult<Option<Vec<StoreResult<()>>>> {
                let mut out: Vec<StoreResult<()>> = Vec::with_capacity(ds.len());
                let mut ok: Vec<&Destruction> = Vec::new();
                let mut orgs: Vec<Uuid> = ds.iter().map(|d| d.org_id.as_uuid()).collect();
                orgs.sort();
                orgs.dedup();
                let mut live = ::std::collections::HashMap::new();
                let mut counts = ::std::collections::HashMap::new();
                for org in &orgs {
                    let subjects: Vec<&str> = ds
                        .iter()
                        .filter(|d| d.org_id.as_uuid() == *org)
                        .map(|d| d.subject.as_str())
                        .collect();
                    let keys = live_keys(tx, *org, &subjects).await?;
                    // Records counted by their subjects' live keys (`vault_records_key`).
                    let owner: ::std::collections::HashMap<Uuid, &str> = keys
                        .iter()
                        .flat_map(|(s, ks)| ks.iter().map(move |k| (*k, s.as_str())))
                        .collect();
                    let ids: Vec<Uuid> = owner.keys().copied().collect();
                    for chunk in ids.chunks(1000) {
                        let mut q = ::sqlx::QueryBuilder::<$db>::new(
                            "SELECT key_id, CAST(COUNT(*) AS BIGINT) FROM vault_records \
                             WHERE sealed IS NOT NULL AND key_id IN (",
                        );
                        let mut sep = q.separated(", ");
                        for k in chunk {
                            sep.push_bind(*k);
                        }
                        q.push(") AND org_id = ").push_bind(*org).push(" GROUP BY key_id");
                        let rows: Vec<(Uuid, i64)> =
                            q.build_query_as().fetch_all(&mut **tx).await.map_err(be)?;
                        for (key, n) in rows {
                            if let Some(subject) = owner.get(&key) {
                                *counts.entry((*org, (*subject).to_owned())).or_insert(0) +=
                                    u64::try_from(n).unwrap_or(0);
                            }
                        }
                    }
                    live.insert(*org, keys);
                }
                let mut taken = ::std::collections::HashSet::new();
                for d in ds {
                    let org = d.org_id.as_uuid();
                    let mut have = live
                        .get(&org)
                        .and_then(|m| m.get(&d.subject))
                        .cloned()
                        .unwrap_or_default();
                    have.sort();
                    let mut want = d.key_ids.clone();
                    want.sort();
                    let records = counts.get(&(org, d.subject.clone())).copied().unwrap_or(0);
                    // A subject destroyed twice in one batch: the second finds it changed.
                    if have.is_empty()
                        || have != want
                        || records != d.records
                        || !taken.insert((org, d.subject.clone()))
                    {
                        out.push(Err(StoreError::Conflict("the subject's keys or records changed")));
                    } else {
                        out.push(Ok(()));
                        ok.push(d);
                    }
                }
                for org in &orgs {
                    let mine: Vec<&&Destruction> =
                        ok.iter().filter(|d| d.org_id.as_uuid() == *org).collect();
                    for chunk in mine.chunks(500) {
                        // Each key gets its own destruction's instant. The subjects are named in
                        // the condition (`subject IN`, the live-key index's first column): joined
                        // to a list of values instead, PostgreSQL without statistics read every
                        // live key of the organisation for each batch (BENCHMARKS.md, stop 31).
                        let mut q = ::sqlx::QueryBuilder::<$db>::new(
                            "UPDATE vault_keys SET wrapped = NULL, destroyed_at = CASE subject",
                        );
                        for d in chunk.iter() {
                            q.push(" WHEN ")
                                .push_bind(d.subject.as_str())
                                .push(" THEN ")
                                .push_bind(stored_instant(d.at));
                        }
                        q.push(" END WHERE destroyed_at IS NULL AND org_id = ");
                        q.push_bind(*org).push(" AND subject IN (");
                        let mut sep = q.separated(", ");
                        for d in chunk.iter() {
                            sep.push_bind(d.subject.as_str());
                        }
                        q.push(")");
                        let n = q.build().execute(&mut **tx).await.map_err(be)?.rows_affected();
                        let want: usize = chunk.iter().map(|d| d.key_ids.len()).sum();
                        if usize::try_from(n).ok() != Some(want) {
                            return Ok(None);
                        }
                        // Their records by their keys (checked above to be the live ones).
                        let mut q = ::sqlx::QueryBuilder::<$db>::new(
                            "UPDATE vault_records SET sealed = NULL WHERE sealed IS NOT NULL AND key_id IN (",
                        );
                        let mut sep = q.separated(", ");
                        for k in chunk.iter().flat_map(|d| &d.key_ids) {
                            sep.push_bind(*k);
                        }
                        q.push(") AND org_id = ").push_bind(*org);
                        let n = q.build().execute(&mut **tx).await.map_err(be)?.rows_affected();
                        if n != chunk.iter().map(|d| d.records).sum::<u64>() {
                            return Ok(None);
                        }
                    }
                }
                for chunk in ok.chunks(500) {
                    let mut rows = Vec::with_capacity(chunk.len());
                    for d in chunk {
                        let keys = ::serde_json::to_string(
                            &d.key_ids.iter().map(Uuid::to_string).collect::<Vec<_>>(),
                        )
                        .map_err(|e| StoreError::Backend(e.to_string()))?;
                        let index = i64::try_from(d.log_index)
                            .map_err(|_| StoreError::Corrupt("log_index"))?;
                        rows.push((d, keys, index));
                    }
                    let mut q = ::sqlx::QueryBuilder::<$db>::new(
                        "INSERT INTO vault_destructions (org_id, log_index, subject, at, actor, \
                         case_id, key_ids, records, certificate) ",
                    );
                    q.push_values(&rows, |mut b, (d, keys, index)| {
                        b.push_bind(d.org_id.as_uuid())
                            .push_bind(*index)
                            .push_bind(d.subject.as_str())
                            .push_bind(stored_instant(d.at))
                            .push_bind(d.actor.as_str())
                            .push_bind(d.case_id.map(|c| c.as_uuid()))
                            .push_bind(keys.as_str())
                            .push_bind(i64::try_from(d.records).unwrap_or(i64::MAX))
                            .push_bind(d.certificate.as_slice());
                    });
                    if q.build().execute(&mut **tx).await.is_err() {
                        return Ok(None);
                    }
                }
                Ok(Some(out))
            }

            /// Destructions of `org`, of a subject or a case when given, newest first.
            async fn destructions(
                pool: &::sqlx::Pool<$db>,
                org: OrgId,
                subject: Option<&str>,
                case: Option<CaseId>,
            ) -> StoreResult<Vec<Destruction>> {
                let rows = ::sqlx::query(
                    "SELECT log_index, subject, at, actor, case_id, key_ids, records, certificate \
                     FROM vault_destructions WHERE org_id = $1 AND ($2 IS NULL OR subject = $2) \
                     AND ($3 IS NULL OR case_id = $3) ORDER BY log_index DESC",
                )
                .bind(org.as_uuid())
                .bind(subject)
                .bind(case.map(|c| c.as_uuid()))
                .fetch_all(pool)
                .await
                .map_err(be)?;
                rows.iter()
                    .map(|r| {
                        let keys: String = r.try_get("key_ids").map_err(be)?;
                        let keys: Vec<String> = ::serde_json::from_str(&keys)
                            .map_err(|_| StoreError::Corrupt("vault_destructions.key_ids"))?;
                        let index: i64 = r.try_get("log_index").map_err(be)?;
                        let records: i64 = r.try_get("records").map_err(be)?;
                        let case: Option<Uuid> = r.try_get("case_id").map_err(be)?;
                        Ok(Destruction {
                            org_id: org,
                            subject: r.try_get("subject").map_err(be)?,
                            at: r.try_get("at").map_err(be)?,
                            actor: r.try_get("actor").map_err(be)?,
                            case_id: case.map(CaseId::from_uuid),
                            key_ids: keys
                                .iter()
                                .map(|k| Uuid::parse_str(k))
                                .collect::<Result<_, _>>()
                                .map_err(|_| StoreError::Corrupt("vault_destructions.key_ids"))?,
                            records: u64::try_from(records).unwrap_or(0),
                            log_index: u64::try_from(index).unwrap_or(0),
                            certificate: r.try_get("certificate").map_err(be)?,
                        })
                    })
                    .collect()
            }

            #[async_trait]
            impl VaultStore for $store {
                async fn vault_collection(
                    &self,
                    org: OrgId,
                    name: &str,
                ) -> StoreResult<Option<VaultCollection>> {
                    Ok(self.vault_collection_seen(org, name).await?.0)
                }

                async fn vault_collection_seen(
                    &self,
                    org: OrgId,
                    name: &str,
                ) -> StoreResult<(Option<VaultCollection>, i64)> {
                    // The epoch row always exists: a LEFT JOIN from it answers even when
                    // the collection does not.
                    static SQL: ::std::sync::OnceLock<String> = ::std::sync::OnceLock::new();
                    let sql = SQL.get_or_init(|| {
                        "SELECT e.n AS epoch, c.org_id, c.name, c.sensitive, c.purposes, \
                         c.created_at, c.asset_id, CAST(0 AS BIGINT) AS records FROM vault_epoch e \
                         LEFT JOIN vault_collections c ON c.org_id = $1 AND c.name = $2 \
                         WHERE e.id = 1"
                            .to_owned()
                    });
                    let row = ::sqlx::query(sql.as_str())
                        .bind(org.as_uuid())
                        .bind(name)
                        .fetch_one(&self.pool)
                        .await
                        .map_err(be)?;
                    let epoch: i64 = row.try_get("epoch").map_err(be)?;
                    let present: Option<String> = row.try_get("name").map_err(be)?;
                    let c = match present {
                        Some(_) => Some(collection_from_row(&row)?),
                        None => None,
                    };
                    Ok((c, epoch))
                }

                async fn put_vault_collection(&self, c: &VaultCollection) -> StoreResult<()> {
                    let purposes = ::serde_json::to_string(&c.purposes)
                        .map_err(|e| StoreError::Backend(e.to_string()))?;
                    ::sqlx::query(
                        "INSERT INTO vault_collections (org_id, name, sensitive, purposes, created_at, \
                         asset_id) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (org_id, name) DO UPDATE \
                         SET sensitive = EXCLUDED.sensitive, purposes = EXCLUDED.purposes, \
                         asset_id = EXCLUDED.asset_id",
                    )
                    .bind(c.org_id.as_uuid())
                    .bind(&c.name)
                    .bind(c.sensitive)
                    .bind(purposes)
                    .bind(stored_instant(c.created_at))
                    .bind(c.asset_id.map(|a| a.as_uuid()))
                    .execute(&self.writes)
                    .await
                    .map_err(in_org)?;
                    Ok(())
                }

                async fn create_vault_collection(&self, c: &VaultCollection) -> StoreResult<bool> {
                    let purposes = ::serde_json::to_string(&c.purposes)
                        .map_err(|e| StoreError::Backend(e.to_string()))?;
                    let n = ::sqlx::query(
                        "INSERT INTO vault_collections (org_id, name, sensitive, purposes, created_at, \
                         asset_id) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (org_id, name) DO NOTHING",
                    )
                    .bind(c.org_id.as_uuid())
                    .bind(&c.name)
                    .bind(c.sensitive)
                    .bind(purposes)
                    .bind(stored_instant(c.created_at))
                    .bind(c.asset_id.map(|a| a.as_uuid()))
                    .execute(&self.writes)
                    .await
                    .map_err(in_org)?
                    .rows_affected();
                    Ok(n == 1)
                }

                async fn mark_vault_collection_sensitive(
                    &self,
                    org: OrgId,
                    name: &str,
                ) -> StoreResult<()> {
                    ::sqlx::query(
                        "UPDATE vault_collections SET sensitive = TRUE WHERE org_id = $1 \
                         AND name = $2 AND NOT sensitive",
                    )
                    .bind(org.as_uuid())
                    .bind(name)
                    .execute(&self.writes)
                    .await
                    .map_err(be)?;
                    Ok(())
                }

                async fn list_vault_collections(
                    &self,
                    org: OrgId,
                ) -> StoreResult<Vec<VaultCollection>> {
                    let sql = format!("{COLLECTION_LIST} WHERE c.org_id = $1 ORDER BY c.name");
                    let rows = ::sqlx::query(&sql)
                        .bind(org.as_uuid())
                        .fetch_all(&self.pool)
                        .await
                        .map_err(be)?;
                    rows.iter().map(collection_from_row).collect()
                }

                async fn live_subject_key(
                    &self,
                    org: OrgId,
                    subject: &str,
                ) -> StoreResult<Option<SubjectKey>> {
                    let sql = format!(
                        "SELECT {KEY_COLUMNS} FROM vault_keys k WHERE k.org_id = $1 \
                         AND k.subject = $2 AND k.destroyed_at IS NULL"
                    );
                    let row = ::sqlx::query(&sql)
                        .bind(org.as_uuid())
                        .bind(subject)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(be)?;
                    row.as_ref().map(key_from_row).transpose()
                }

                async fn put_vault_records(
                    &self,
                    items: &[(VaultRecord, Option<SubjectKey>)],
                ) -> StoreResult<Vec<StoreResult<()>>> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    // A few statements for the whole batch; one by one (each in a savepoint,
                    // with its own error) only when that fails.
                    if let Some(out) = put_records_bulk(&mut tx, items).await? {
                        tx.commit().await.map_err(be)?;
                        return Ok(out);
                    }
                    tx.rollback().await.map_err(be)?;
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let mut out = Vec::with_capacity(items.len());
                    for (record, new_key) in items {
                        // Each item in its own savepoint: a refused one leaves the others.
                        let mut sp = ::sqlx::Acquire::begin(&mut *tx).await.map_err(be)?;
                        let r = put_record(&mut sp, record, new_key.as_ref()).await;
                        if r.is_ok() {
                            sp.commit().await.map_err(be)?;
                        } else {
                            sp.rollback().await.map_err(be)?;
                        }
                        out.push(r);
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(out)
                }

                async fn vault_record_seen(
                    &self,
                    org: OrgId,
                    token: Uuid,
                ) -> StoreResult<(Option<RecordWithKey>, i64)> {
                    static SQL: ::std::sync::OnceLock<String> = ::std::sync::OnceLock::new();
                    let sql = SQL.get_or_init(|| {
                        format!(
                            "SELECT e.n AS epoch, r.token, r.subject AS record_subject, r.collection, \
                             r.sealed, r.created_at, {KEY_COLUMNS}, c.org_id, c.name, c.sensitive, \
                             c.purposes, c.created_at AS collection_created_at, c.asset_id \
                             FROM vault_epoch e \
                             LEFT JOIN vault_records r ON r.org_id = $1 AND r.token = $2 \
                             LEFT JOIN vault_keys k ON k.org_id = r.org_id AND k.key_id = r.key_id \
                             LEFT JOIN vault_collections c ON c.org_id = r.org_id AND c.name = r.collection \
                             WHERE e.id = 1"
                        )
                    });
                    let row = ::sqlx::query(sql.as_str())
                        .bind(org.as_uuid())
                        .bind(token)
                        .fetch_one(&self.pool)
                        .await
                        .map_err(be)?;
                    let epoch: i64 = row.try_get("epoch").map_err(be)?;
                    let found: Option<Uuid> = row.try_get("token").map_err(be)?;
                    let have_key: Option<Uuid> = row.try_get("key_id").map_err(be)?;
                    let have_coll: Option<String> = row.try_get("name").map_err(be)?;
                    if found.is_none() || have_key.is_none() || have_coll.is_none() {
                        return Ok((None, epoch));
                    }
                    let key = key_from_row(&row)?;
                    let record = VaultRecord {
                        token: row.try_get("token").map_err(be)?,
                        org_id: org,
                        subject: row.try_get("record_subject").map_err(be)?,
                        collection: row.try_get("collection").map_err(be)?,
                        key_id: key.key_id,
                        sealed: row.try_get("sealed").map_err(be)?,
                        created_at: row.try_get("created_at").map_err(be)?,
                    };
                    let purposes: String = row.try_get("purposes").map_err(be)?;
                    let collection = VaultCollection {
                        org_id: org,
                        name: row.try_get("name").map_err(be)?,
                        sensitive: row.try_get("sensitive").map_err(be)?,
                        purposes: ::serde_json::from_str(&purposes)
                            .map_err(|_| StoreError::Corrupt("vault_collections.purposes"))?,
                        created_at: row.try_get("collection_created_at").map_err(be)?,
                        records: 0,
                        asset_id: row
                            .try_get::<Option<Uuid>, _>("asset_id")
                            .map_err(be)?
                            .map(AssetId::from_uuid),
                    };
                    Ok((Some((record, key, collection)), epoch))
                }

                async fn subject_records(&self, org: OrgId, subject: &str) -> StoreResult<u64> {
                    let n: i64 = ::sqlx::query_scalar(
                        concat!(
                            "SELECT CAST(COUNT(*) AS BIGINT) FROM ",
                            live_records_of_subject!()
                        ),
                    )
                    .bind(org.as_uuid())
                    .bind(subject)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(be)?;
                    Ok(u64::try_from(n).unwrap_or(0))
                }

                async fn subject_tokens(
                    &self,
                    org: OrgId,
                    subject: &str,
                ) -> StoreResult<Vec<Uuid>> {
                    ::sqlx::query_scalar(
                        concat!(
                            "SELECT r.token FROM ",
                            live_records_of_subject!(),
                            " ORDER BY r.created_at, r.token LIMIT 10000"
                        ),
                    )
                    .bind(org.as_uuid())
                    .bind(subject)
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)
                }

                async fn expired_subjects(
                    &self,
                    org: OrgId,
                    collection: &str,
                    before: OffsetDateTime,
                    after: Option<&str>,
                    limit: u32,
                ) -> StoreResult<Vec<String>> {
                    ::sqlx::query_scalar(
                        "SELECT DISTINCT subject FROM vault_records WHERE org_id = $1 \
                         AND collection = $2 AND sealed IS NOT NULL AND created_at <= $3 \
                         AND ($4 IS NULL OR subject > $4) ORDER BY subject LIMIT $5",
                    )
                    .bind(org.as_uuid())
                    .bind(collection)
                    .bind(stored_instant(before))
                    .bind(after)
                    .bind(i64::from(limit))
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)
                }

                async fn subject_record_times(
                    &self,
                    org: OrgId,
                    subject: &str,
                ) -> StoreResult<Vec<(String, OffsetDateTime)>> {
                    ::sqlx::query_as(
                        concat!(
                            "SELECT r.collection, r.created_at FROM ",
                            live_records_of_subject!(),
                            " ORDER BY r.created_at"
                        ),
                    )
                    .bind(org.as_uuid())
                    .bind(subject)
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)
                }

                async fn subject_state(
                    &self,
                    org: OrgId,
                    subject: &str,
                ) -> StoreResult<SubjectState> {
                    static SQL: ::std::sync::OnceLock<String> = ::std::sync::OnceLock::new();
                    let sql = SQL.get_or_init(|| {
                        format!(
                            "SELECT o.name AS org_name, \
                             (SELECT CAST(COUNT(*) AS BIGINT) FROM vault_records r WHERE r.key_id = k.key_id \
                              AND r.org_id = o.id AND r.sealed IS NOT NULL) AS records, \
                             (SELECT CAST(COUNT(*) AS BIGINT) FROM vault_destructions d WHERE d.org_id = o.id \
                              AND d.subject = $2) AS destructions, {KEY_COLUMNS} \
                             FROM organisations o LEFT JOIN vault_keys k ON k.org_id = o.id \
                             AND k.subject = $2 AND k.destroyed_at IS NULL WHERE o.id = $1"
                        )
                    });
                    let row = ::sqlx::query(sql.as_str())
                        .bind(org.as_uuid())
                        .bind(subject)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(be)?
                        .ok_or(StoreError::NotFound(Entity::Organisation))?;
                    let key_id: Option<Uuid> = row.try_get("key_id").map_err(be)?;
                    let records: i64 = row.try_get("records").map_err(be)?;
                    let destructions: i64 = row.try_get("destructions").map_err(be)?;
                    Ok(SubjectState {
                        org_name: row.try_get("org_name").map_err(be)?,
                        key: match key_id {
                            Some(_) => Some(key_from_row(&row)?),
                            None => None,
                        },
                        records: u64::try_from(records).unwrap_or(0),
                        destroyed_before: destructions > 0,
                    })
                }

                async fn destroy_vault_subjects(
                    &self,
                    ds: &[Destruction],
                ) -> StoreResult<Vec<StoreResult<()>>> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    bump_epoch_first(&mut tx).await?;
                    if let Some(out) = destroy_bulk(&mut tx, ds).await? {
                        tx.commit().await.map_err(be)?;
                        return Ok(out);
                    }
                    tx.rollback().await.map_err(be)?;
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    bump_epoch_first(&mut tx).await?;
                    let mut out = Vec::with_capacity(ds.len());
                    for d in ds {
                        let mut sp = ::sqlx::Acquire::begin(&mut *tx).await.map_err(be)?;
                        let r = destroy_subject(&mut sp, d).await;
                        if r.is_ok() {
                            sp.commit().await.map_err(be)?;
                        } else {
                            sp.rollback().await.map_err(be)?;
                        }
                        out.push(r);
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(out)
                }

                async fn reapply_destruction(
                    &self,
                    org: OrgId,
                    key_ids: &[Uuid],
                    now: OffsetDateTime,
                ) -> StoreResult<u64> {
                    let mut changed = 0;
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    bump_epoch_first(&mut tx).await?;
                    for k in key_ids {
                        changed += ::sqlx::query(
                            "UPDATE vault_keys SET wrapped = NULL, destroyed_at = $3 \
                             WHERE org_id = $1 AND key_id = $2 AND wrapped IS NOT NULL",
                        )
                        .bind(org.as_uuid())
                        .bind(k)
                        .bind(stored_instant(now))
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?
                        .rows_affected();
                        changed += ::sqlx::query(
                            "UPDATE vault_records SET sealed = NULL WHERE org_id = $1 \
                             AND key_id = $2 AND sealed IS NOT NULL",
                        )
                        .bind(org.as_uuid())
                        .bind(k)
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?
                        .rows_affected();
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(changed)
                }

                async fn list_destructions(
                    &self,
                    org: OrgId,
                    subject: Option<&str>,
                ) -> StoreResult<Vec<Destruction>> {
                    destructions(&self.pool, org, subject, None).await
                }

                async fn case_destructions(
                    &self,
                    org: OrgId,
                    case: CaseId,
                ) -> StoreResult<Vec<Destruction>> {
                    destructions(&self.pool, org, None, Some(case)).await
                }

                async fn keys_wrapped_by(
                    &self,
                    kek: &str,
                    limit: u32,
                ) -> StoreResult<Vec<WrappedKey>> {
                    let rows = ::sqlx::query(
                        "SELECT org_id, key_id, subject, wrapped FROM vault_keys \
                         WHERE kek = $1 AND wrapped IS NOT NULL ORDER BY org_id, key_id LIMIT $2",
                    )
                    .bind(kek)
                    .bind(i64::from(limit))
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)?;
                    let mut out = rows
                        .iter()
                        .map(|r| {
                            let org: Uuid = r.try_get("org_id").map_err(be)?;
                            Ok(WrappedKey {
                                org_id: OrgId::from_uuid(org),
                                kind: WrappedKind::Data {
                                    key_id: r.try_get("key_id").map_err(be)?,
                                    subject: r.try_get("subject").map_err(be)?,
                                },
                                kek: kek.to_owned(),
                                wrapped: r.try_get("wrapped").map_err(be)?,
                            })
                        })
                        .collect::<StoreResult<Vec<_>>>()?;
                    let room = i64::from(limit) - i64::try_from(out.len()).unwrap_or(i64::MAX);
                    if room > 0 {
                        let rows = ::sqlx::query(
                            "SELECT org_id, wrapped FROM signing_keys WHERE kek = $1 \
                             ORDER BY org_id LIMIT $2",
                        )
                        .bind(kek)
                        .bind(room)
                        .fetch_all(&self.pool)
                        .await
                        .map_err(be)?;
                        for r in &rows {
                            let org: Uuid = r.try_get("org_id").map_err(be)?;
                            out.push(WrappedKey {
                                org_id: OrgId::from_uuid(org),
                                kind: WrappedKind::Signing,
                                kek: kek.to_owned(),
                                wrapped: r.try_get("wrapped").map_err(be)?,
                            });
                        }
                    }
                    let room = i64::from(limit) - i64::try_from(out.len()).unwrap_or(i64::MAX);
                    if room > 0 {
                        let rows = ::sqlx::query(
                            "SELECT org_id, reference, wrapped_key FROM public_requests \
                             WHERE kek = $1 ORDER BY org_id, reference LIMIT $2",
                        )
                        .bind(kek)
                        .bind(room)
                        .fetch_all(&self.pool)
                        .await
                        .map_err(be)?;
                        for r in &rows {
                            let org: Uuid = r.try_get("org_id").map_err(be)?;
                            out.push(WrappedKey {
                                org_id: OrgId::from_uuid(org),
                                kind: WrappedKind::Request {
                                    reference: r.try_get("reference").map_err(be)?,
                                },
                                kek: kek.to_owned(),
                                wrapped: r.try_get("wrapped_key").map_err(be)?,
                            });
                        }
                    }
                    Ok(out)
                }

                async fn rewrap_keys(
                    &self,
                    items: &[(WrappedKey, String, Vec<u8>)],
                ) -> StoreResult<u64> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    bump_epoch_first(&mut tx).await?;
                    let mut n = 0;
                    for (old, kek, wrapped) in items {
                        let q = match &old.kind {
                            WrappedKind::Data { key_id, .. } => ::sqlx::query(
                                "UPDATE vault_keys SET kek = $3, wrapped = $4 WHERE org_id = $1 \
                                 AND key_id = $2 AND kek = $5 AND wrapped IS NOT NULL",
                            )
                            .bind(old.org_id.as_uuid())
                            .bind(*key_id)
                            .bind(kek)
                            .bind(wrapped)
                            .bind(&old.kek),
                            WrappedKind::Signing => ::sqlx::query(
                                "UPDATE signing_keys SET kek = $2, wrapped = $3 WHERE org_id = $1 \
                                 AND kek = $4 AND wrapped = $5",
                            )
                            .bind(old.org_id.as_uuid())
                            .bind(kek)
                            .bind(wrapped)
                            .bind(&old.kek)
                            .bind(&old.wrapped),
                            WrappedKind::Request { reference } => ::sqlx::query(
                                "UPDATE public_requests SET kek = $3, wrapped_key = $4 \
                                 WHERE org_id = $1 AND reference = $2 AND kek = $5",
                            )
                            .bind(old.org_id.as_uuid())
                            .bind(reference.as_str())
                            .bind(kek)
                            .bind(wrapped)
                            .bind(&old.kek),
                        };
                        n += q
                            .execute(&mut *tx)
                            .await
                            .map_err(be)?
                            .rows_affected();
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(n)
                }

                async fn kek_usage(&self) -> StoreResult<Vec<(String, u64)>> {
                    let rows: Vec<(String, i64)> = ::sqlx::query_as(
                        "SELECT kek, CAST(SUM(n) AS BIGINT) FROM ( \
                         SELECT kek, COUNT(*) AS n FROM vault_keys WHERE wrapped IS NOT NULL GROUP BY kek \
                         UNION ALL SELECT kek, COUNT(*) AS n FROM signing_keys GROUP BY kek \
                         UNION ALL SELECT kek, COUNT(*) AS n FROM public_requests GROUP BY kek) u \
                         GROUP BY kek ORDER BY kek",
                    )
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)?;
                    Ok(rows
                        .into_iter()
                        .map(|(k, n)| (k, u64::try_from(n).unwrap_or(0)))
                        .collect())
                }

                async fn signing_key(
                    &self,
                    org: OrgId,
                ) -> StoreResult<Option<(Vec<u8>, String, Vec<u8>)>> {
                    let row = ::sqlx::query(
                        "SELECT certificate, kek, wrapped FROM signing_keys WHERE org_id = $1",
                    )
                    .bind(org.as_uuid())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(be)?;
                    row.map(|r| {
                        Ok((
                            r.try_get("certificate").map_err(be)?,
                            r.try_get("kek").map_err(be)?,
                            r.try_get("wrapped").map_err(be)?,
                        ))
                    })
                    .transpose()
                }

                async fn put_signing_key(
                    &self,
                    org: OrgId,
                    certificate: &[u8],
                    kek: &str,
                    wrapped: &[u8],
                    now: OffsetDateTime,
                ) -> StoreResult<()> {
                    ::sqlx::query(
                        "INSERT INTO signing_keys (org_id, certificate, kek, wrapped, created_at) \
                         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (org_id) DO UPDATE SET \
                         certificate = EXCLUDED.certificate, kek = EXCLUDED.kek, \
                         wrapped = EXCLUDED.wrapped, created_at = EXCLUDED.created_at",
                    )
                    .bind(org.as_uuid())
                    .bind(certificate)
                    .bind(kek)
                    .bind(wrapped)
                    .bind(stored_instant(now))
                    .execute(&self.writes)
                    .await
                    .map_err(in_org)?;
                    Ok(())
                }
            }
        };
    };
}

// PostgreSQL: the live keys a write seals under are read `FOR SHARE`, so that a destruction
// committing meanwhile is waited for and seen (SQLite has one writer at a time).
vault_impl!(crate::SqliteStore, ::sqlx::Sqlite, sqlite, "");
vault_impl!(crate::PgStore, ::sqlx::Postgres, postgres, " FOR SHARE");
