//! The catalogue: data assets, discovery scans and their findings, processing activities:
//! `CatalogueStore` for both backends, written once in `catalogue_impl!`.

/// Expands `CatalogueStore` for one backend. `$store` is the store type (with a `pool`
/// field) and `$common` the backend's module of shared items.
macro_rules! catalogue_impl {
    ($store:ty, $common:ident) => {
        const _: () = {
            use ::async_trait::async_trait;
            use ::khien_domain::*;
            use ::khien_store::*;
            use ::sqlx::types::Json;
            use ::sqlx::Row as _;
            use ::time::OffsetDateTime;
            use ::uuid::Uuid;
            use $crate::registry::$common::*;
            use $crate::registry::*;

            async fn fetch_asset(conn: &mut Conn, org: OrgId, id: AssetId) -> StoreResult<DataAsset> {
                static SQL: ::std::sync::OnceLock<String> = ::std::sync::OnceLock::new();
                let sql = SQL.get_or_init(|| {
                    format!("SELECT {ASSET_COLUMNS} FROM data_assets WHERE org_id = $1 AND id = $2")
                });
                let row = ::sqlx::query(sql.as_str())
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(be)?
                    .ok_or(StoreError::NotFound(Entity::DataAsset))?;
                asset_from_row(&row)
            }

            /// Refuses a parent that is the asset itself or one of its descendants.
            async fn check_no_cycle(
                tx: &mut Tx<'_>,
                org: OrgId,
                id: AssetId,
                parent: Option<AssetId>,
            ) -> StoreResult<()> {
                let Some(parent) = parent else { return Ok(()) };
                if parent == id {
                    return Err(StoreError::Conflict("an asset cannot be its own parent"));
                }
                let hit = ::sqlx::query(
                    "WITH RECURSIVE ancestors(id) AS ( \
                        SELECT parent_id FROM data_assets WHERE org_id = $1 AND id = $2 \
                        UNION \
                        SELECT a.parent_id FROM data_assets a JOIN ancestors n \
                            ON a.org_id = $1 AND a.id = n.id \
                     ) SELECT id FROM ancestors WHERE id = $3",
                )
                .bind(org.as_uuid())
                .bind(parent.as_uuid())
                .bind(id.as_uuid())
                .fetch_optional(&mut **tx)
                .await
                .map_err(be)?;
                if hit.is_some() {
                    return Err(StoreError::Conflict("an asset cannot be placed under its own descendant"));
                }
                Ok(())
            }

            /// The findings of an asset's latest scan (see `CatalogueStore::asset_findings`).
            async fn latest_findings(
                tx: &mut Tx<'_>,
                org: OrgId,
                asset: AssetId,
            ) -> StoreResult<Option<(ScanId, OffsetDateTime, Vec<ScannedFinding>)>> {
                fetch_asset(&mut **tx, org, asset).await?;
                let last: Option<(Uuid, OffsetDateTime)> = ::sqlx::query_as(
                    "SELECT s.id, s.recorded_at FROM scan_locators l JOIN scans s \
                     ON s.org_id = l.org_id AND s.id = l.last_scan_id \
                     WHERE l.org_id = $1 AND l.asset_id = $2 ORDER BY s.recorded_at DESC LIMIT 1",
                )
                .bind(org.as_uuid())
                .bind(asset.as_uuid())
                .fetch_optional(&mut **tx)
                .await
                .map_err(be)?;
                let Some((scan, at)) = last else {
                    return Ok(None);
                };
                let rows = ::sqlx::query(
                    "SELECT sheet, column_name, field, detector, category, legal_basis, found, confidence, samples \
                     FROM scan_findings WHERE org_id = $1 AND scan_id = $2 AND asset_id = $3 ORDER BY seq",
                )
                .bind(org.as_uuid())
                .bind(scan)
                .bind(asset.as_uuid())
                .fetch_all(&mut **tx)
                .await
                .map_err(be)?;
                let mut out = Vec::with_capacity(rows.len());
                for r in &rows {
                    let samples: String = r.try_get("samples").map_err(be)?;
                    out.push(ScannedFinding {
                        table: r.try_get("sheet").map_err(be)?,
                        column: r.try_get("column_name").map_err(be)?,
                        field: r.try_get("field").map_err(be)?,
                        detector: r.try_get("detector").map_err(be)?,
                        category: r.try_get("category").map_err(be)?,
                        legal_basis: r.try_get("legal_basis").map_err(be)?,
                        count: count_out("found", Some(r.try_get("found").map_err(be)?))?.unwrap_or(0),
                        confidence: r.try_get("confidence").map_err(be)?,
                        samples: ::serde_json::from_str(&samples).map_err(|e| StoreError::Backend(e.to_string()))?,
                    });
                }
                Ok(Some((ScanId::from_uuid(scan), at, out)))
            }

            async fn write_asset(
                tx: &mut Tx<'_>,
                org: OrgId,
                id: AssetId,
                d: &DataAssetDraft,
                now: OffsetDateTime,
                insert: bool,
            ) -> StoreResult<()> {
                let sql = if insert {
                    "INSERT INTO data_assets (org_id, id, name, kind, parent_id, description, \
                     owner, custodian, personal_data, importance, importance_criterion, open_data, \
                     retention, storage_location, storage_country, volume_bytes, record_count, \
                     data_subject_count, created_at, updated_at, name_folded) VALUES ($1, $2, $3, \
                     $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19, \
                     $20)"
                } else {
                    "UPDATE data_assets SET name = $3, kind = $4, parent_id = $5, \
                     description = $6, owner = $7, custodian = $8, personal_data = $9, \
                     importance = $10, importance_criterion = $11, open_data = $12, \
                     retention = $13, storage_location = $14, storage_country = $15, \
                     volume_bytes = $16, record_count = $17, data_subject_count = $18, \
                     updated_at = $19, name_folded = $20 WHERE org_id = $1 AND id = $2"
                };
                let c = &d.classification;
                let done = ::sqlx::query(sql)
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .bind(d.name.as_str())
                    .bind(d.kind.code())
                    .bind(d.parent_id.map(|p| p.as_uuid()))
                    .bind(d.description.as_ref().map(Text::as_str))
                    .bind(d.owner.as_str())
                    .bind(d.custodian.as_ref().map(Text::as_str))
                    .bind(c.personal_data.code())
                    .bind(c.importance.code())
                    .bind(c.importance_criterion.map(|x| x.code()))
                    .bind(c.open_data)
                    .bind(d.retention.map(|r| r.to_string()))
                    .bind(d.storage_location.as_ref().map(Text::as_str))
                    .bind(d.storage_country.as_str())
                    .bind(count_in(d.volume_bytes)?)
                    .bind(count_in(d.record_count)?)
                    .bind(count_in(d.data_subject_count)?)
                    .bind(now)
                    .bind(::khien_domain::fold::fold(d.name.as_str()))
                    .execute(&mut **tx)
                    .await
                    .map_err(|e| {
                        db_err(
                            e,
                            Ctx::of(Entity::DataAsset)
                                .unique("an asset with this id already exists")
                                .fk(|| StoreError::InvalidReference("parent_id")),
                        )
                    })?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound(Entity::DataAsset));
                }
                Ok(())
            }

            async fn fetch_activities(
                tx: &mut Tx<'_>,
                org: OrgId,
                only: Option<ActivityId>,
            ) -> StoreResult<Vec<ProcessingActivity>> {
                let filter = only.map(|a| a.as_uuid());
                let rows = ::sqlx::query(
                    "SELECT id, name, purpose, legal_basis, legal_basis_detail, data_categories, \
                     data_subject_categories, cross_border, created_at, updated_at \
                     FROM processing_activities WHERE org_id = $1 AND ($2 IS NULL OR id = $2)",
                )
                .bind(org.as_uuid())
                .bind(filter)
                .fetch_all(&mut **tx)
                .await
                .map_err(be)?;
                let links = ::sqlx::query(
                    "SELECT activity_id, asset_id FROM processing_activity_assets \
                     WHERE org_id = $1 AND ($2 IS NULL OR activity_id = $2)",
                )
                .bind(org.as_uuid())
                .bind(filter)
                .fetch_all(&mut **tx)
                .await
                .map_err(be)?;
                let recipients = ::sqlx::query(
                    "SELECT activity_id, name, kind, country FROM processing_recipients \
                     WHERE org_id = $1 AND ($2 IS NULL OR activity_id = $2) \
                     ORDER BY activity_id, position",
                )
                .bind(org.as_uuid())
                .bind(filter)
                .fetch_all(&mut **tx)
                .await
                .map_err(be)?;
                let get = |e| db_err(e, Ctx::of(Entity::ProcessingActivity));
                let mut out = Vec::with_capacity(rows.len());
                for row in rows {
                    let id: Uuid = row.try_get("id").map_err(get)?;
                    let mut asset_ids = Vec::new();
                    for l in &links {
                        let a: Uuid = l.try_get("activity_id").map_err(get)?;
                        if a == id {
                            asset_ids.push(AssetId::from_uuid(l.try_get("asset_id").map_err(get)?));
                        }
                    }
                    asset_ids.sort();
                    let mut recips = Vec::new();
                    for r in &recipients {
                        let a: Uuid = r.try_get("activity_id").map_err(get)?;
                        if a == id {
                            let kind: String = r.try_get("kind").map_err(get)?;
                            let country: String = r.try_get("country").map_err(get)?;
                            recips.push(recipient(r.try_get("name").map_err(get)?, &kind, &country)?);
                        }
                    }
                    let basis: String = row.try_get("legal_basis").map_err(get)?;
                    let cats: Json<Vec<String>> = row.try_get("data_categories").map_err(get)?;
                    let subjects: Json<Vec<String>> =
                        row.try_get("data_subject_categories").map_err(get)?;
                    out.push(ProcessingActivity {
                        id: ActivityId::from_uuid(id),
                        org_id: org,
                        details: ProcessingActivityDraft {
                            name: text("processing_activities.name", row.try_get("name").map_err(get)?)?,
                            purpose: text("processing_activities.purpose", row.try_get("purpose").map_err(get)?)?,
                            legal_basis: legal_basis(&basis)?,
                            legal_basis_detail: text_opt(
                                "processing_activities.legal_basis_detail",
                                row.try_get("legal_basis_detail").map_err(get)?,
                            )?,
                            data_categories: texts("processing_activities.data_categories", cats.0)?,
                            data_subject_categories: texts(
                                "processing_activities.data_subject_categories",
                                subjects.0,
                            )?,
                            asset_ids,
                            recipients: recips,
                            cross_border: row.try_get("cross_border").map_err(get)?,
                        },
                        created_at: row.try_get("created_at").map_err(get)?,
                        updated_at: row.try_get("updated_at").map_err(get)?,
                    });
                }
                out.sort_by_cached_key(|a| (a.details.name.as_str().to_lowercase(), a.id));
                Ok(out)
            }

            async fn write_activity(
                tx: &mut Tx<'_>,
                org: OrgId,
                id: ActivityId,
                d: &ProcessingActivityDraft,
                now: OffsetDateTime,
                insert: bool,
            ) -> StoreResult<()> {
                let sql = if insert {
                    "INSERT INTO processing_activities (org_id, id, name, purpose, legal_basis, \
                     legal_basis_detail, data_categories, data_subject_categories, cross_border, \
                     created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)"
                } else {
                    "UPDATE processing_activities SET name = $3, purpose = $4, legal_basis = $5, \
                     legal_basis_detail = $6, data_categories = $7, data_subject_categories = $8, \
                     cross_border = $9, updated_at = $10 WHERE org_id = $1 AND id = $2"
                };
                let cats: Vec<&str> = d.data_categories.iter().map(Text::as_str).collect();
                let subjects: Vec<&str> = d.data_subject_categories.iter().map(Text::as_str).collect();
                let done = ::sqlx::query(sql)
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .bind(d.name.as_str())
                    .bind(d.purpose.as_str())
                    .bind(d.legal_basis.code())
                    .bind(d.legal_basis_detail.as_ref().map(Text::as_str))
                    .bind(Json(cats))
                    .bind(Json(subjects))
                    .bind(d.cross_border)
                    .bind(now)
                    .execute(&mut **tx)
                    .await
                    .map_err(|e| {
                        db_err(
                            e,
                            Ctx::of(Entity::ProcessingActivity)
                                .unique("an activity with this id already exists"),
                        )
                    })?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound(Entity::ProcessingActivity));
                }
                if !insert {
                    ::sqlx::query(
                        "DELETE FROM processing_activity_assets WHERE org_id = $1 AND activity_id = $2",
                    )
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .execute(&mut **tx)
                    .await
                    .map_err(be)?;
                    ::sqlx::query(
                        "DELETE FROM processing_recipients WHERE org_id = $1 AND activity_id = $2",
                    )
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .execute(&mut **tx)
                    .await
                    .map_err(be)?;
                }
                for asset in &d.asset_ids {
                    ::sqlx::query(
                        "INSERT INTO processing_activity_assets (org_id, activity_id, asset_id) \
                         VALUES ($1, $2, $3)",
                    )
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .bind(asset.as_uuid())
                    .execute(&mut **tx)
                    .await
                    .map_err(|e| {
                        db_err(
                            e,
                            Ctx::of(Entity::ProcessingActivity)
                                .unique("an asset is listed twice")
                                .fk(|| StoreError::InvalidReference("asset_ids")),
                        )
                    })?;
                }
                for (position, r) in d.recipients.iter().enumerate() {
                    let position = i64::try_from(position)
                        .map_err(|_| StoreError::Backend("too many recipients".to_owned()))?;
                    ::sqlx::query(
                        "INSERT INTO processing_recipients (org_id, activity_id, position, name, \
                         kind, country) VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .bind(position)
                    .bind(r.name.as_str())
                    .bind(r.kind.code())
                    .bind(r.country.as_str())
                    .execute(&mut **tx)
                    .await
                    .map_err(be)?;
                }
                Ok(())
            }

            async fn one_activity(
                tx: &mut Tx<'_>,
                org: OrgId,
                id: ActivityId,
            ) -> StoreResult<ProcessingActivity> {
                fetch_activities(tx, org, Some(id))
                    .await?
                    .into_iter()
                    .next()
                    .ok_or(StoreError::NotFound(Entity::ProcessingActivity))
            }

            #[async_trait]
            impl CatalogueStore for $store {
                async fn create_asset(
                    &self,
                    org: OrgId,
                    id: AssetId,
                    d: &DataAssetDraft,
                    now: OffsetDateTime,
                ) -> StoreResult<DataAsset> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    org_exists(&mut tx, org).await?;
                    write_asset(&mut tx, org, id, d, now, true).await?;
                    let a = fetch_asset(&mut tx, org, id).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(a)
                }

                async fn get_asset(&self, org: OrgId, id: AssetId) -> StoreResult<DataAsset> {
                    // One statement: no transaction needed.
                    let mut conn = self.pool.acquire().await.map_err(be)?;
                    fetch_asset(&mut conn, org, id).await
                }

                async fn list_assets(&self, org: OrgId) -> StoreResult<Vec<DataAsset>> {
                    static SQL: ::std::sync::OnceLock<String> = ::std::sync::OnceLock::new();
                    let sql = SQL.get_or_init(|| {
                        format!("SELECT {ASSET_COLUMNS} FROM data_assets WHERE org_id = $1")
                    });
                    let rows = ::sqlx::query(sql.as_str())
                        .bind(org.as_uuid())
                        .fetch_all(&self.pool)
                        .await
                        .map_err(be)?;
                    let mut out = rows.iter().map(asset_from_row).collect::<StoreResult<Vec<_>>>()?;
                    out.sort_by_cached_key(|a| (a.details.name.as_str().to_lowercase(), a.id));
                    Ok(out)
                }

                async fn count_assets(&self, org: OrgId) -> StoreResult<::khien_store::AssetCounts> {
                    let row = ::sqlx::query(
                        "SELECT CAST(COUNT(*) AS BIGINT) AS total, \
                         CAST(COALESCE(SUM(CASE WHEN personal_data <> 'none' THEN 1 ELSE 0 END), 0) AS BIGINT) AS personal, \
                         CAST(COALESCE(SUM(CASE WHEN importance <> 'ordinary' THEN 1 ELSE 0 END), 0) AS BIGINT) AS important, \
                         CAST(COALESCE(SUM(CASE WHEN personal_data = 'sensitive' THEN 1 ELSE 0 END), 0) AS BIGINT) AS sensitive, \
                         CAST(COALESCE(SUM(CASE WHEN importance <> 'ordinary' AND personal_data <> 'none' THEN 1 ELSE 0 END), 0) AS BIGINT) AS important_personal, \
                         CAST(MAX(data_subject_count) AS BIGINT) AS max_subjects \
                         FROM data_assets WHERE org_id = $1",
                    )
                    .bind(org.as_uuid())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(be)?;
                    let n = |c: &str| -> StoreResult<u64> {
                        let v: i64 = ::sqlx::Row::try_get(&row, c).map_err(be)?;
                        Ok(u64::try_from(v).unwrap_or(0))
                    };
                    Ok(::khien_store::AssetCounts {
                        total: n("total")?,
                        personal: n("personal")?,
                        important: n("important")?,
                        sensitive: n("sensitive")?,
                        important_personal: n("important_personal")?,
                        max_subjects: {
                            let v: Option<i64> =
                                ::sqlx::Row::try_get(&row, "max_subjects").map_err(be)?;
                            v.and_then(|v| u64::try_from(v).ok())
                        },
                    })
                }

                async fn list_assets_page(
                    &self,
                    org: OrgId,
                    class: Option<::khien_domain::PersonalDataClass>,
                    name: Option<&str>,
                    offset: u64,
                    limit: u64,
                ) -> StoreResult<(Vec<DataAsset>, u64)> {
                    use ::khien_domain::Code as _;
                    // The name filter runs on the folded column (migration 0011), as a LIKE
                    // with the needle's own wildcards escaped.
                    const FILTER: &str = "org_id = $1 AND ($2 IS NULL OR personal_data = $2) \
                         AND ($3 IS NULL OR name_folded LIKE $3 ESCAPE '\\')";
                    static SQL: ::std::sync::OnceLock<String> = ::std::sync::OnceLock::new();
                    let sql = SQL.get_or_init(|| {
                        format!(
                            "SELECT {ASSET_COLUMNS} FROM data_assets WHERE {FILTER} \
                             ORDER BY name, id LIMIT $4 OFFSET $5"
                        )
                    });
                    static COUNT: ::std::sync::OnceLock<String> = ::std::sync::OnceLock::new();
                    let count = COUNT.get_or_init(|| {
                        format!("SELECT CAST(COUNT(*) AS BIGINT) FROM data_assets WHERE {FILTER}")
                    });
                    let class = class.map(|c| c.code().to_owned());
                    let pattern = name.map(like_contains);
                    let big = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
                    let mut tx = self.pool.begin().await.map_err(be)?;
                    let rows = ::sqlx::query(sql.as_str())
                        .bind(org.as_uuid())
                        .bind(class.clone())
                        .bind(pattern.clone())
                        .bind(big(limit))
                        .bind(big(offset))
                        .fetch_all(&mut *tx)
                        .await
                        .map_err(be)?;
                    let total: i64 = ::sqlx::query_scalar(count.as_str())
                        .bind(org.as_uuid())
                        .bind(class)
                        .bind(pattern)
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(be)?;
                    tx.commit().await.map_err(be)?;
                    let out = rows.iter().map(asset_from_row).collect::<StoreResult<Vec<_>>>()?;
                    Ok((out, u64::try_from(total).unwrap_or(0)))
                }

                async fn update_asset(
                    &self,
                    org: OrgId,
                    id: AssetId,
                    d: &DataAssetDraft,
                    now: OffsetDateTime,
                ) -> StoreResult<DataAsset> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    fetch_asset(&mut tx, org, id).await?;
                    check_no_cycle(&mut tx, org, id, d.parent_id).await?;
                    write_asset(&mut tx, org, id, d, now, false).await?;
                    let a = fetch_asset(&mut tx, org, id).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(a)
                }

                async fn record_scan(
                    &self,
                    org: OrgId,
                    scan: &ScanRecord,
                    now: OffsetDateTime,
                ) -> StoreResult<ScanWritten> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    org_exists(&mut tx, org).await?;
                    let sources = ::serde_json::to_string(&scan.sources)
                        .map_err(|e| StoreError::Backend(e.to_string()))?;
                    ::sqlx::query("INSERT INTO scans (org_id, id, regime, sources, recorded_at) VALUES ($1, $2, $3, $4, $5)")
                        .bind(org.as_uuid())
                        .bind(scan.id.as_uuid())
                        .bind(scan.regime.as_str())
                        .bind(sources)
                        .bind(now)
                        .execute(&mut *tx)
                        .await
                        .map_err(|e| db_err(e, Ctx::of(Entity::DataAsset).unique("a scan with this id was already recorded")))?;
                    let mut ids: Vec<AssetId> = Vec::with_capacity(scan.assets.len());
                    let mut written = ScanWritten { created: 0, updated: 0, findings: 0 };
                    let mut seq: i64 = 0;
                    for a in &scan.assets {
                        let parent = match a.parent {
                            Some(i) => Some(*ids.get(i).ok_or(StoreError::InvalidReference("parent"))?),
                            None => None,
                        };
                        let existing: Option<Uuid> = ::sqlx::query_scalar(
                            "SELECT asset_id FROM scan_locators WHERE org_id = $1 AND locator = $2",
                        )
                        .bind(org.as_uuid())
                        .bind(a.locator.as_str())
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(be)?;
                        let id = match existing {
                            Some(u) => {
                                let id = AssetId::from_uuid(u);
                                let current = fetch_asset(&mut tx, org, id).await?;
                                let class = current.details.classification.personal_data.max(a.personal_data);
                                ::sqlx::query(
                                    "UPDATE data_assets SET personal_data = $3, volume_bytes = $4, \
                                     record_count = $5, updated_at = $6 WHERE org_id = $1 AND id = $2",
                                )
                                .bind(org.as_uuid())
                                .bind(id.as_uuid())
                                .bind(class.code())
                                .bind(count_in(a.volume_bytes)?)
                                .bind(count_in(a.record_count)?)
                                .bind(now)
                                .execute(&mut *tx)
                                .await
                                .map_err(be)?;
                                ::sqlx::query("UPDATE scan_locators SET last_scan_id = $3 WHERE org_id = $1 AND locator = $2")
                                    .bind(org.as_uuid())
                                    .bind(a.locator.as_str())
                                    .bind(scan.id.as_uuid())
                                    .execute(&mut *tx)
                                    .await
                                    .map_err(be)?;
                                written.updated += 1;
                                id
                            }
                            None => {
                                let draft = DataAssetDraft {
                                    name: a.name.clone(),
                                    kind: a.kind,
                                    parent_id: parent,
                                    description: Text::parse("description", "Phát hiện bởi khien scan", 2000).ok(),
                                    owner: Text::parse("owner", "Chưa xác định (cần bổ sung)", 200)
                                        .map_err(|e| StoreError::Backend(e.to_string()))?,
                                    custodian: None,
                                    classification: Classification {
                                        personal_data: a.personal_data,
                                        ..Classification::UNCLASSIFIED
                                    },
                                    retention: None,
                                    storage_location: None,
                                    storage_country: CountryCode::parse("storage_country", "VN")
                                        .map_err(|e| StoreError::Backend(e.to_string()))?,
                                    volume_bytes: a.volume_bytes,
                                    record_count: a.record_count,
                                    data_subject_count: None,
                                };
                                write_asset(&mut tx, org, a.new_id, &draft, now, true).await?;
                                ::sqlx::query(
                                    "INSERT INTO scan_locators (org_id, locator, asset_id, last_scan_id) VALUES ($1, $2, $3, $4)",
                                )
                                .bind(org.as_uuid())
                                .bind(a.locator.as_str())
                                .bind(a.new_id.as_uuid())
                                .bind(scan.id.as_uuid())
                                .execute(&mut *tx)
                                .await
                                .map_err(be)?;
                                written.created += 1;
                                a.new_id
                            }
                        };
                        ids.push(id);
                        for f in &a.findings {
                            seq += 1;
                            let samples = ::serde_json::to_string(&f.samples)
                                .map_err(|e| StoreError::Backend(e.to_string()))?;
                            ::sqlx::query(
                                "INSERT INTO scan_findings (org_id, scan_id, seq, asset_id, sheet, column_name, field, \
                                 detector, category, legal_basis, found, confidence, samples) \
                                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                            )
                            .bind(org.as_uuid())
                            .bind(scan.id.as_uuid())
                            .bind(seq)
                            .bind(id.as_uuid())
                            .bind(f.table.as_deref())
                            .bind(f.column.as_deref())
                            .bind(f.field.as_deref())
                            .bind(f.detector.as_str())
                            .bind(f.category.as_str())
                            .bind(f.legal_basis.as_str())
                            .bind(count_in(Some(f.count))?)
                            .bind(f.confidence.clamp(0.0, 1.0))
                            .bind(samples)
                            .execute(&mut *tx)
                            .await
                            .map_err(|e| db_err(e, Ctx::of(Entity::DataAsset)))?;
                            written.findings += 1;
                        }
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(written)
                }

                async fn asset_findings(
                    &self,
                    org: OrgId,
                    asset: AssetId,
                ) -> StoreResult<Option<(ScanId, OffsetDateTime, Vec<ScannedFinding>)>> {
                    read_tx!(self, tx => latest_findings(&mut tx, org, asset).await?)
                }

                async fn delete_asset(&self, org: OrgId, id: AssetId) -> StoreResult<()> {
                    let done = ::sqlx::query("DELETE FROM data_assets WHERE org_id = $1 AND id = $2")
                        .bind(org.as_uuid())
                        .bind(id.as_uuid())
                        .execute(&self.writes)
                        .await
                        .map_err(|e| {
                            db_err(
                                e,
                                Ctx::of(Entity::DataAsset).fk(|| {
                                    StoreError::InUse(
                                        "the asset has child assets or is used by processing activities",
                                    )
                                }),
                            )
                        })?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::DataAsset));
                    }
                    Ok(())
                }

                async fn create_activity(
                    &self,
                    org: OrgId,
                    id: ActivityId,
                    d: &ProcessingActivityDraft,
                    now: OffsetDateTime,
                ) -> StoreResult<ProcessingActivity> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    org_exists(&mut tx, org).await?;
                    write_activity(&mut tx, org, id, d, now, true).await?;
                    let a = one_activity(&mut tx, org, id).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(a)
                }

                async fn get_activity(
                    &self,
                    org: OrgId,
                    id: ActivityId,
                ) -> StoreResult<ProcessingActivity> {
                    read_tx!(self, tx => one_activity(&mut tx, org, id).await?)
                }

                async fn list_activities(&self, org: OrgId) -> StoreResult<Vec<ProcessingActivity>> {
                    read_tx!(self, tx => fetch_activities(&mut tx, org, None).await?)
                }

                async fn update_activity(
                    &self,
                    org: OrgId,
                    id: ActivityId,
                    d: &ProcessingActivityDraft,
                    now: OffsetDateTime,
                ) -> StoreResult<ProcessingActivity> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    write_activity(&mut tx, org, id, d, now, false).await?;
                    let a = one_activity(&mut tx, org, id).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(a)
                }

                async fn delete_activity(&self, org: OrgId, id: ActivityId) -> StoreResult<()> {
                    let done = ::sqlx::query(
                        "DELETE FROM processing_activities WHERE org_id = $1 AND id = $2",
                    )
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .execute(&self.writes)
                    .await
                    .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::ProcessingActivity));
                    }
                    Ok(())
                }
            }
        };
    };
}

catalogue_impl!(crate::SqliteStore, sqlite);
catalogue_impl!(crate::PgStore, postgres);
