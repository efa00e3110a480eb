//! Organisations, their designations and their supervision by authorities: `OrgStore` for
//! both backends, written once in `org_impl!`.

/// Expands `OrgStore` for one backend. `$store` is the store type (with a `pool` field), `$db`
/// the sqlx database type and `$common` the backend's module of shared items.
macro_rules! org_impl {
    ($store:ty, $db:ty, $common:ident) => {
        const _: () = {
            use ::async_trait::async_trait;
            use ::khien_domain::*;
            use ::khien_store::*;
            use ::sqlx::Row as _;
            use ::time::OffsetDateTime;
            use ::uuid::Uuid;
            use $crate::registry::$common::*;
            use $crate::registry::*;

            async fn fetch_org(conn: &mut Conn, id: OrgId) -> StoreResult<Organisation> {
                let sql = const_format_org_by_id();
                let row = ::sqlx::query(sql)
                    .bind(id.as_uuid())
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(be)?
                    .ok_or(StoreError::NotFound(Entity::Organisation))?;
                org_from_row(&row)
            }

            fn const_format_org_by_id() -> &'static str {
                // ORG_SELECT followed by the filter; built once.
                static SQL: ::std::sync::OnceLock<String> = ::std::sync::OnceLock::new();
                SQL.get_or_init(|| format!("{ORG_SELECT} WHERE o.id = $1")).as_str()
            }

            async fn insert_org(
                tx: &mut Tx<'_>,
                id: OrgId,
                d: &OrganisationDraft,
                now: OffsetDateTime,
            ) -> StoreResult<()> {
                ::sqlx::query(
                    "INSERT INTO organisations (id, name, tax_code, kind, province, \
                     head_office_address, contact_address, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
                )
                .bind(id.as_uuid())
                .bind(d.name.as_str())
                .bind(d.tax_code.as_ref().map(TaxCode::as_str))
                .bind(d.kind.code())
                .bind(d.province.as_ref().map(Text::as_str))
                .bind(d.head_office_address.as_ref().map(Text::as_str))
                .bind(d.contact_address.as_ref().map(Text::as_str))
                .bind(now)
                .execute(&mut **tx)
                .await
                .map_err(|e| {
                    db_err(
                        e,
                        Ctx::of(Entity::Organisation)
                            .unique("an organisation with this tax code or id already exists"),
                    )
                })?;
                Ok(())
            }

            #[async_trait]
            impl OrgStore for $store {
                async fn create_organisation(
                    &self,
                    id: OrgId,
                    d: &OrganisationDraft,
                    now: OffsetDateTime,
                ) -> StoreResult<Organisation> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    insert_org(&mut tx, id, d, now).await?;
                    let org = fetch_org(&mut tx, id).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(org)
                }

                async fn create_organisation_with_dpo(
                    &self,
                    id: OrgId,
                    d: &OrganisationDraft,
                    dpo: &NewUser,
                    now: OffsetDateTime,
                ) -> StoreResult<(Organisation, User)> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    insert_org(&mut tx, id, d, now).await?;
                    let user = insert_user(
                        &mut tx,
                        dpo,
                        &[Membership { org_id: id, role: Role::Dpo }],
                        now,
                    )
                    .await?;
                    let org = fetch_org(&mut tx, id).await?;
                    tx.commit().await.map_err(be)?;
                    Ok((org, user))
                }

                async fn get_organisation(&self, id: OrgId) -> StoreResult<Organisation> {
                    // One statement: no transaction needed.
                    let mut conn = self.pool.acquire().await.map_err(be)?;
                    fetch_org(&mut conn, id).await
                }

                async fn list_organisations(
                    &self,
                    only: Option<&[OrgId]>,
                ) -> StoreResult<Vec<Organisation>> {
                    let mut qb = ::sqlx::QueryBuilder::<$db>::new(ORG_SELECT);
                    if let Some(ids) = only {
                        if ids.is_empty() {
                            return Ok(Vec::new());
                        }
                        qb.push(" WHERE o.id IN (");
                        let mut sep = qb.separated(", ");
                        for id in ids {
                            sep.push_bind(id.as_uuid());
                        }
                        sep.push_unseparated(")");
                    }
                    let rows = qb.build().fetch_all(&self.pool).await.map_err(be)?;
                    let mut out = rows.iter().map(org_from_row).collect::<StoreResult<Vec<_>>>()?;
                    out.sort_by_cached_key(|a| (a.details.name.as_str().to_lowercase(), a.id));
                    Ok(out)
                }

                async fn update_organisation(
                    &self,
                    id: OrgId,
                    d: &OrganisationDraft,
                    now: OffsetDateTime,
                ) -> StoreResult<Organisation> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query(
                        "UPDATE organisations SET name = $2, tax_code = $3, kind = $4, \
                         province = $5, head_office_address = $6, contact_address = $7, \
                         updated_at = $8 WHERE id = $1",
                    )
                    .bind(id.as_uuid())
                    .bind(d.name.as_str())
                    .bind(d.tax_code.as_ref().map(TaxCode::as_str))
                    .bind(d.kind.code())
                    .bind(d.province.as_ref().map(Text::as_str))
                    .bind(d.head_office_address.as_ref().map(Text::as_str))
                    .bind(d.contact_address.as_ref().map(Text::as_str))
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| {
                        db_err(
                            e,
                            Ctx::of(Entity::Organisation)
                                .unique("an organisation with this tax code already exists"),
                        )
                    })?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::Organisation));
                    }
                    let org = fetch_org(&mut tx, id).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(org)
                }

                async fn record_designation(
                    &self,
                    id: OrgId,
                    d: &Designation,
                    now: OffsetDateTime,
                ) -> StoreResult<Organisation> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    org_exists(&mut tx, id).await?;
                    let seq: i64 = ::sqlx::query(
                        "SELECT CAST(COALESCE(MAX(seq), 0) + 1 AS BIGINT) AS next \
                         FROM designations WHERE org_id = $1",
                    )
                    .bind(id.as_uuid())
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(be)?
                    .try_get("next")
                    .map_err(be)?;
                    ::sqlx::query(
                        "INSERT INTO designations (org_id, seq, dpo_user_id, dpo_name, dpo_title, \
                         unit_name, since, document_number, document_date, recorded_at, \
                         dpo_phone, dpo_email) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                    )
                    .bind(id.as_uuid())
                    .bind(seq)
                    .bind(d.dpo_user_id.map(|u| u.as_uuid()))
                    .bind(d.dpo_name.as_str())
                    .bind(d.dpo_title.as_ref().map(Text::as_str))
                    .bind(d.unit_name.as_str())
                    .bind(d.since)
                    .bind(d.document_number.as_str())
                    .bind(d.document_date)
                    .bind(now)
                    .bind(d.dpo_phone.as_ref().map(Text::as_str))
                    .bind(d.dpo_email.as_ref().map(Email::as_str))
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| {
                        db_err(
                            e,
                            Ctx::of(Entity::Organisation)
                                .fk(|| StoreError::InvalidReference("dpo_user_id")),
                        )
                    })?;
                    let org = fetch_org(&mut tx, id).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(org)
                }

                async fn designation_history(&self, id: OrgId) -> StoreResult<Vec<Designation>> {
                    let mut tx = self.pool.begin().await.map_err(be)?;
                    org_exists(&mut tx, id).await?;
                    let rows = ::sqlx::query(
                        "SELECT dpo_user_id, dpo_name, dpo_title, dpo_phone, dpo_email, unit_name, since, \
                         document_number, document_date FROM designations WHERE org_id = $1 \
                         ORDER BY seq DESC",
                    )
                    .bind(id.as_uuid())
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(be)?;
                    tx.commit().await.map_err(be)?;
                    rows.iter()
                        .map(|row| {
                            designation(DesignationParts {
                                dpo_user_id: row.try_get("dpo_user_id").map_err(be)?,
                                dpo_name: row.try_get("dpo_name").map_err(be)?,
                                dpo_title: row.try_get("dpo_title").map_err(be)?,
                                dpo_phone: row.try_get("dpo_phone").map_err(be)?,
                                dpo_email: row.try_get("dpo_email").map_err(be)?,
                                unit_name: row.try_get("unit_name").map_err(be)?,
                                since: row.try_get("since").map_err(be)?,
                                document_number: row.try_get("document_number").map_err(be)?,
                                document_date: row.try_get("document_date").map_err(be)?,
                            })
                        })
                        .collect()
                }

                async fn add_supervision(
                    &self,
                    authority: OrgId,
                    org: OrgId,
                    now: OffsetDateTime,
                ) -> StoreResult<()> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let auth = fetch_org(&mut tx, authority).await?;
                    if auth.details.kind != OrgKind::Authority {
                        return Err(StoreError::Conflict(
                            "only an organisation of kind `authority` can supervise",
                        ));
                    }
                    if authority == org {
                        return Err(StoreError::Conflict("an authority cannot supervise itself"));
                    }
                    org_exists(&mut tx, org).await?;
                    ::sqlx::query(
                        "INSERT INTO supervisions (authority_id, org_id, created_at) \
                         VALUES ($1, $2, $3) ON CONFLICT (authority_id, org_id) DO NOTHING",
                    )
                    .bind(authority.as_uuid())
                    .bind(org.as_uuid())
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(be)?;
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn remove_supervision(&self, authority: OrgId, org: OrgId) -> StoreResult<()> {
                    let done = ::sqlx::query(
                        "DELETE FROM supervisions WHERE authority_id = $1 AND org_id = $2",
                    )
                    .bind(authority.as_uuid())
                    .bind(org.as_uuid())
                    .execute(&self.writes)
                    .await
                    .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::Supervision));
                    }
                    Ok(())
                }

                async fn supervised_by(&self, authority: OrgId) -> StoreResult<Vec<OrgId>> {
                    let rows = ::sqlx::query(
                        "SELECT org_id FROM supervisions WHERE authority_id = $1",
                    )
                    .bind(authority.as_uuid())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)?;
                    let mut ids = rows
                        .iter()
                        .map(|r| r.try_get::<Uuid, _>("org_id").map(OrgId::from_uuid).map_err(be))
                        .collect::<StoreResult<Vec<_>>>()?;
                    ids.sort();
                    Ok(ids)
                }
            }
        };
    };
}

org_impl!(crate::SqliteStore, ::sqlx::Sqlite, sqlite);
org_impl!(crate::PgStore, ::sqlx::Postgres, postgres);
