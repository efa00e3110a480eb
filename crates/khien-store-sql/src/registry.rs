//! The registry's SQL, written once and expanded for each backend by [`registry_impl!`].

use khien_domain::{
    AssetKind, Classification, CountryCode, DataAssetDraft, Designation, DomainError, Email,
    ImportanceCriterion, ImportanceLevel, LegalBasis, OrgKind, OrganisationDraft,
    PersonalDataClass, Recipient, RecipientKind, Retention, Role, TaxCode, Text, User, UserId,
};
use khien_store::{Entity, StoreError};
use time::OffsetDateTime;

/// Rounds an instant down to whole microseconds (PostgreSQL's precision) and puts it in UTC,
/// so that what a method returns is exactly what a later read returns, on both backends.
pub(crate) fn stored_instant(t: OffsetDateTime) -> OffsetDateTime {
    let t = t.to_offset(time::UtcOffset::UTC);
    let micros = t.microsecond();
    t.replace_microsecond(micros).unwrap_or(t)
}

/// Maps a database error, given what the statement was doing.
pub(crate) fn db_err(e: sqlx::Error, ctx: Ctx) -> StoreError {
    match &e {
        sqlx::Error::RowNotFound => StoreError::NotFound(ctx.entity),
        sqlx::Error::Database(d) => match d.kind() {
            sqlx::error::ErrorKind::UniqueViolation => StoreError::Conflict(ctx.unique),
            sqlx::error::ErrorKind::ForeignKeyViolation => (ctx.foreign_key)(),
            _ => StoreError::Backend(e.to_string()),
        },
        _ => StoreError::Backend(e.to_string()),
    }
}

/// What a statement was doing, to name the rule a database error broke.
#[derive(Clone, Copy)]
pub(crate) struct Ctx {
    pub(crate) entity: Entity,
    pub(crate) unique: &'static str,
    pub(crate) foreign_key: fn() -> StoreError,
}

impl Ctx {
    pub(crate) const fn of(entity: Entity) -> Self {
        Self {
            entity,
            unique: "the record already exists",
            foreign_key: || StoreError::InvalidReference("id"),
        }
    }
    pub(crate) const fn unique(mut self, msg: &'static str) -> Self {
        self.unique = msg;
        self
    }
    pub(crate) const fn fk(mut self, f: fn() -> StoreError) -> Self {
        self.foreign_key = f;
        self
    }
}

/// Reading stored text back into the domain: a failure means the database holds what Khiên
/// never writes.
pub(crate) fn corrupt(column: &'static str) -> impl Fn(DomainError) -> StoreError {
    move |_| StoreError::Corrupt(column)
}

pub(crate) fn text(column: &'static str, s: String) -> Result<Text, StoreError> {
    Text::parse(column, &s, usize::MAX).map_err(corrupt(column))
}

pub(crate) fn text_opt(
    column: &'static str,
    s: Option<String>,
) -> Result<Option<Text>, StoreError> {
    s.map(|s| text(column, s)).transpose()
}

pub(crate) fn code<T: khien_domain::Code>(column: &'static str, s: &str) -> Result<T, StoreError> {
    T::parse_code(s).map_err(corrupt(column))
}

pub(crate) fn count_in(v: Option<u64>) -> Result<Option<i64>, StoreError> {
    v.map(|n| {
        i64::try_from(n).map_err(|_| StoreError::Backend("a count exceeds 2^63-1".to_owned()))
    })
    .transpose()
}

pub(crate) fn count_out(column: &'static str, v: Option<i64>) -> Result<Option<u64>, StoreError> {
    v.map(|n| u64::try_from(n).map_err(|_| StoreError::Corrupt(column)))
        .transpose()
}

/// The columns of an organisation row, in the order `org_from_parts` expects.
pub(crate) struct OrgParts {
    pub(crate) name: String,
    pub(crate) tax_code: Option<String>,
    pub(crate) kind: String,
    pub(crate) province: Option<String>,
    pub(crate) head_office_address: Option<String>,
    pub(crate) contact_address: Option<String>,
}

pub(crate) fn org_draft(p: OrgParts) -> Result<OrganisationDraft, StoreError> {
    Ok(OrganisationDraft {
        name: text("organisations.name", p.name)?,
        tax_code: p
            .tax_code
            .map(|t| TaxCode::parse(&t).map_err(corrupt("organisations.tax_code")))
            .transpose()?,
        kind: code::<OrgKind>("organisations.kind", &p.kind)?,
        province: text_opt("organisations.province", p.province)?,
        head_office_address: text_opt("organisations.head_office_address", p.head_office_address)?,
        contact_address: text_opt("organisations.contact_address", p.contact_address)?,
    })
}

pub(crate) struct DesignationParts {
    pub(crate) dpo_user_id: Option<uuid::Uuid>,
    pub(crate) dpo_name: String,
    pub(crate) dpo_title: Option<String>,
    pub(crate) unit_name: String,
    pub(crate) since: time::Date,
    pub(crate) document_number: String,
    pub(crate) document_date: time::Date,
}

pub(crate) fn designation(p: DesignationParts) -> Result<Designation, StoreError> {
    Ok(Designation {
        dpo_user_id: p.dpo_user_id.map(UserId::from_uuid),
        dpo_name: text("designations.dpo_name", p.dpo_name)?,
        dpo_title: text_opt("designations.dpo_title", p.dpo_title)?,
        unit_name: text("designations.unit_name", p.unit_name)?,
        since: p.since,
        document_number: text("designations.document_number", p.document_number)?,
        document_date: p.document_date,
    })
}

pub(crate) fn user(
    id: uuid::Uuid,
    email: &str,
    display_name: String,
    disabled: bool,
    created_at: OffsetDateTime,
) -> Result<User, StoreError> {
    Ok(User {
        id: UserId::from_uuid(id),
        email: Email::parse(email).map_err(corrupt("users.email"))?,
        display_name: text("users.display_name", display_name)?,
        disabled,
        created_at,
    })
}

pub(crate) struct AssetParts {
    pub(crate) name: String,
    pub(crate) kind: String,
    pub(crate) parent_id: Option<uuid::Uuid>,
    pub(crate) description: Option<String>,
    pub(crate) owner: String,
    pub(crate) custodian: Option<String>,
    pub(crate) personal_data: String,
    pub(crate) importance: String,
    pub(crate) importance_criterion: Option<String>,
    pub(crate) open_data: bool,
    pub(crate) retention: Option<String>,
    pub(crate) storage_location: Option<String>,
    pub(crate) storage_country: String,
    pub(crate) volume_bytes: Option<i64>,
    pub(crate) record_count: Option<i64>,
    pub(crate) data_subject_count: Option<i64>,
}

pub(crate) fn asset_draft(p: AssetParts) -> Result<DataAssetDraft, StoreError> {
    Ok(DataAssetDraft {
        name: text("data_assets.name", p.name)?,
        kind: code::<AssetKind>("data_assets.kind", &p.kind)?,
        parent_id: p.parent_id.map(khien_domain::AssetId::from_uuid),
        description: text_opt("data_assets.description", p.description)?,
        owner: text("data_assets.owner", p.owner)?,
        custodian: text_opt("data_assets.custodian", p.custodian)?,
        classification: Classification {
            personal_data: code::<PersonalDataClass>(
                "data_assets.personal_data",
                &p.personal_data,
            )?,
            importance: code::<ImportanceLevel>("data_assets.importance", &p.importance)?,
            importance_criterion: p
                .importance_criterion
                .as_deref()
                .map(|c| code::<ImportanceCriterion>("data_assets.importance_criterion", c))
                .transpose()?,
            open_data: p.open_data,
        },
        retention: p
            .retention
            .as_deref()
            .map(|r| Retention::parse(r).map_err(corrupt("data_assets.retention")))
            .transpose()?,
        storage_location: text_opt("data_assets.storage_location", p.storage_location)?,
        storage_country: CountryCode::parse("storage_country", &p.storage_country)
            .map_err(corrupt("data_assets.storage_country"))?,
        volume_bytes: count_out("data_assets.volume_bytes", p.volume_bytes)?,
        record_count: count_out("data_assets.record_count", p.record_count)?,
        data_subject_count: count_out("data_assets.data_subject_count", p.data_subject_count)?,
    })
}

pub(crate) fn texts(column: &'static str, v: Vec<String>) -> Result<Vec<Text>, StoreError> {
    v.into_iter().map(|s| text(column, s)).collect()
}

pub(crate) fn legal_basis(s: &str) -> Result<LegalBasis, StoreError> {
    code("processing_activities.legal_basis", s)
}

pub(crate) fn recipient(name: String, kind: &str, country: &str) -> Result<Recipient, StoreError> {
    Ok(Recipient {
        name: text("processing_recipients.name", name)?,
        kind: code::<RecipientKind>("processing_recipients.kind", kind)?,
        country: CountryCode::parse("country", country)
            .map_err(corrupt("processing_recipients.country"))?,
    })
}

pub(crate) fn role(s: &str) -> Result<Role, StoreError> {
    code("memberships.role", s)
}

/// Runs `$body` (which uses `$tx`) in a read transaction, so that multi-statement reads see
/// one snapshot, and returns its value.
macro_rules! read_tx {
    ($self:ident, $tx:ident => $body:expr) => {{
        let mut $tx = $self.pool.begin().await.map_err(be)?;
        let out = $body;
        $tx.commit().await.map_err(be)?;
        Ok(out)
    }};
}

/// Expands the `Store` implementation for one backend. `$store` is the store type (with a
/// `pool` field) and `$db` the sqlx database type.
macro_rules! registry_impl {
    ($store:ty, $db:ty, $backend:literal, $begin_write:literal, $access:path) => {
        const _: () = {
            use ::async_trait::async_trait;
            use ::khien_domain::*;
            use ::khien_store::*;
            use ::sqlx::types::Json;
            use ::sqlx::Row as _;
            use ::time::OffsetDateTime;
            use ::uuid::Uuid;
            use $crate::registry::*;

            type Tx<'a> = ::sqlx::Transaction<'a, $db>;
            /// How write transactions begin. SQLite's `IMMEDIATE` takes the write lock at once,
            /// so a transaction that reads before writing waits for other writers (busy
            /// timeout) instead of failing with "database is locked" when it upgrades.
            const BEGIN_WRITE: &str = $begin_write;
            type Conn = <$db as ::sqlx::Database>::Connection;
            type DbRow = <$db as ::sqlx::Database>::Row;

            const ORG_SELECT: &str = "SELECT o.id, o.name, o.tax_code, o.kind, o.province, \
                o.head_office_address, o.contact_address, o.created_at, o.updated_at, \
                d.dpo_user_id, d.dpo_name, d.dpo_title, d.unit_name, d.since, \
                d.document_number, d.document_date \
                FROM organisations o LEFT JOIN designations d ON d.org_id = o.id \
                AND d.seq = (SELECT MAX(seq) FROM designations x WHERE x.org_id = o.id)";

            const ASSET_COLUMNS: &str = "id, org_id, name, kind, parent_id, description, owner, \
                custodian, personal_data, importance, importance_criterion, open_data, retention, \
                storage_location, storage_country, volume_bytes, record_count, \
                data_subject_count, created_at, updated_at";

            fn be(e: ::sqlx::Error) -> StoreError {
                StoreError::Backend(e.to_string())
            }

            fn org_from_row(row: &DbRow) -> StoreResult<Organisation> {
                let get = |e| db_err(e, Ctx::of(Entity::Organisation));
                let details = org_draft(OrgParts {
                    name: row.try_get("name").map_err(get)?,
                    tax_code: row.try_get("tax_code").map_err(get)?,
                    kind: row.try_get("kind").map_err(get)?,
                    province: row.try_get("province").map_err(get)?,
                    head_office_address: row.try_get("head_office_address").map_err(get)?,
                    contact_address: row.try_get("contact_address").map_err(get)?,
                })?;
                let dpo_name: Option<String> = row.try_get("dpo_name").map_err(get)?;
                let designation = match dpo_name {
                    None => None,
                    Some(dpo_name) => Some(designation(DesignationParts {
                        dpo_user_id: row.try_get("dpo_user_id").map_err(get)?,
                        dpo_name,
                        dpo_title: row.try_get("dpo_title").map_err(get)?,
                        unit_name: row.try_get("unit_name").map_err(get)?,
                        since: row.try_get("since").map_err(get)?,
                        document_number: row.try_get("document_number").map_err(get)?,
                        document_date: row.try_get("document_date").map_err(get)?,
                    })?),
                };
                Ok(Organisation {
                    id: OrgId::from_uuid(row.try_get("id").map_err(get)?),
                    details,
                    designation,
                    created_at: row.try_get("created_at").map_err(get)?,
                    updated_at: row.try_get("updated_at").map_err(get)?,
                })
            }

            fn user_from_row(row: &DbRow) -> StoreResult<User> {
                let get = |e| db_err(e, Ctx::of(Entity::User));
                let email: String = row.try_get("email").map_err(get)?;
                user(
                    row.try_get("id").map_err(get)?,
                    &email,
                    row.try_get("display_name").map_err(get)?,
                    row.try_get("disabled").map_err(get)?,
                    row.try_get("created_at").map_err(get)?,
                )
            }

            fn asset_from_row(row: &DbRow) -> StoreResult<DataAsset> {
                let get = |e| db_err(e, Ctx::of(Entity::DataAsset));
                let details = asset_draft(AssetParts {
                    name: row.try_get("name").map_err(get)?,
                    kind: row.try_get("kind").map_err(get)?,
                    parent_id: row.try_get("parent_id").map_err(get)?,
                    description: row.try_get("description").map_err(get)?,
                    owner: row.try_get("owner").map_err(get)?,
                    custodian: row.try_get("custodian").map_err(get)?,
                    personal_data: row.try_get("personal_data").map_err(get)?,
                    importance: row.try_get("importance").map_err(get)?,
                    importance_criterion: row.try_get("importance_criterion").map_err(get)?,
                    open_data: row.try_get("open_data").map_err(get)?,
                    retention: row.try_get("retention").map_err(get)?,
                    storage_location: row.try_get("storage_location").map_err(get)?,
                    storage_country: row.try_get("storage_country").map_err(get)?,
                    volume_bytes: row.try_get("volume_bytes").map_err(get)?,
                    record_count: row.try_get("record_count").map_err(get)?,
                    data_subject_count: row.try_get("data_subject_count").map_err(get)?,
                })?;
                Ok(DataAsset {
                    id: AssetId::from_uuid(row.try_get("id").map_err(get)?),
                    org_id: OrgId::from_uuid(row.try_get("org_id").map_err(get)?),
                    details,
                    created_at: row.try_get("created_at").map_err(get)?,
                    updated_at: row.try_get("updated_at").map_err(get)?,
                })
            }

            async fn org_exists(conn: &mut Conn, org: OrgId) -> StoreResult<()> {
                ::sqlx::query("SELECT id FROM organisations WHERE id = $1")
                    .bind(org.as_uuid())
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(be)?
                    .map(|_| ())
                    .ok_or(StoreError::NotFound(Entity::Organisation))
            }

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

            async fn insert_user(
                tx: &mut Tx<'_>,
                u: &NewUser,
                roles: &[Membership],
                now: OffsetDateTime,
            ) -> StoreResult<User> {
                ::sqlx::query(
                    "INSERT INTO users (id, email, display_name, password_hash, disabled, \
                     created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(u.id.as_uuid())
                .bind(u.email.as_str())
                .bind(u.display_name.as_str())
                .bind(u.password_hash.as_str())
                .bind(false)
                .bind(now)
                .execute(&mut **tx)
                .await
                .map_err(|e| {
                    db_err(
                        e,
                        Ctx::of(Entity::User)
                            .unique("an account with this e-mail address already exists"),
                    )
                })?;
                for m in roles {
                    org_exists(&mut *tx, m.org_id).await?;
                    ::sqlx::query(
                        "INSERT INTO memberships (user_id, org_id, role, granted_at) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, org_id, role) DO NOTHING",
                    )
                    .bind(u.id.as_uuid())
                    .bind(m.org_id.as_uuid())
                    .bind(m.role.code())
                    .bind(now)
                    .execute(&mut **tx)
                    .await
                    .map_err(be)?;
                }
                Ok(User {
                    id: u.id,
                    email: u.email.clone(),
                    display_name: u.display_name.clone(),
                    disabled: false,
                    created_at: now,
                })
            }

            /// Revokes every live API token of an account (password change, disabling and
            /// re-enabling end every credential issued before).
            async fn revoke_tokens(conn: &mut Conn, user: UserId, now: OffsetDateTime) -> StoreResult<()> {
                ::sqlx::query("UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL")
                    .bind(user.as_uuid())
                    .bind(stored_instant(now))
                    .execute(&mut *conn)
                    .await
                    .map_err(be)?;
                Ok(())
            }

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

            /// The findings of an asset's latest scan (see `Store::asset_findings`).
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
                     data_subject_count, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, \
                     $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19)"
                } else {
                    "UPDATE data_assets SET name = $3, kind = $4, parent_id = $5, \
                     description = $6, owner = $7, custodian = $8, personal_data = $9, \
                     importance = $10, importance_criterion = $11, open_data = $12, \
                     retention = $13, storage_location = $14, storage_country = $15, \
                     volume_bytes = $16, record_count = $17, data_subject_count = $18, \
                     updated_at = $19 WHERE org_id = $1 AND id = $2"
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

            async fn fetch_cases(
                conn: &mut Conn,
                org: OrgId,
                only: Option<CaseId>,
            ) -> StoreResult<Vec<Case>> {
                let filter = only.map(|c| c.as_uuid());
                let rows = ::sqlx::query(
                    "SELECT id, kind, title, state, fields, opened_at, updated_at FROM cases \
                     WHERE org_id = $1 AND ($2 IS NULL OR id = $2)",
                )
                .bind(org.as_uuid())
                .bind(filter)
                .fetch_all(&mut *conn)
                .await
                .map_err(be)?;
                let entries = ::sqlx::query(
                    "SELECT case_id, seq, entry_kind, name, at, recorded_at, from_state, \
                     to_state, note, quantity, recorded_by FROM case_entries \
                     WHERE org_id = $1 AND ($2 IS NULL OR case_id = $2) ORDER BY case_id, seq",
                )
                .bind(org.as_uuid())
                .bind(filter)
                .fetch_all(&mut *conn)
                .await
                .map_err(be)?;
                let mut out = Vec::with_capacity(rows.len());
                for row in &rows {
                    let id: Uuid = row.try_get("id").map_err(be)?;
                    let mut history = Vec::new();
                    for e in &entries {
                        let c: Uuid = e.try_get("case_id").map_err(be)?;
                        if c != id {
                            continue;
                        }
                        let kind: String = e.try_get("entry_kind").map_err(be)?;
                        let recorded_by: Option<Uuid> = e.try_get("recorded_by").map_err(be)?;
                        history.push(CaseEntry {
                            seq: e.try_get("seq").map_err(be)?,
                            kind: match kind.as_str() {
                                "event" => CaseEntryKind::Event,
                                "transition" => CaseEntryKind::Transition,
                                _ => return Err(StoreError::Corrupt("case_entries.entry_kind")),
                            },
                            name: e.try_get("name").map_err(be)?,
                            at: e.try_get("at").map_err(be)?,
                            recorded_at: e.try_get("recorded_at").map_err(be)?,
                            from_state: e.try_get("from_state").map_err(be)?,
                            to_state: e.try_get("to_state").map_err(be)?,
                            note: text_opt("case_entries.note", e.try_get("note").map_err(be)?)?,
                            quantity: e.try_get("quantity").map_err(be)?,
                            recorded_by: recorded_by.map(UserId::from_uuid),
                        });
                    }
                    out.push(Case {
                        id: CaseId::from_uuid(id),
                        org_id: org,
                        kind: row.try_get("kind").map_err(be)?,
                        title: text("cases.title", row.try_get("title").map_err(be)?)?,
                        state: row.try_get("state").map_err(be)?,
                        fields: {
                            let f: Json<::std::collections::BTreeMap<String, String>> =
                                row.try_get("fields").map_err(be)?;
                            f.0
                        },
                        opened_at: row.try_get("opened_at").map_err(be)?,
                        updated_at: row.try_get("updated_at").map_err(be)?,
                        entries: history,
                    });
                }
                out.sort_by_key(|c| (::std::cmp::Reverse(c.opened_at), c.id));
                Ok(out)
            }

            async fn one_case(conn: &mut Conn, org: OrgId, id: CaseId) -> StoreResult<Case> {
                fetch_cases(conn, org, Some(id))
                    .await?
                    .into_iter()
                    .next()
                    .ok_or(StoreError::NotFound(Entity::Case))
            }

            #[allow(clippy::too_many_arguments)]
            async fn insert_entry(
                tx: &mut Tx<'_>,
                org: OrgId,
                id: CaseId,
                seq: i64,
                e: &NewCaseEntry,
                from: Option<&str>,
                to: Option<&str>,
                now: OffsetDateTime,
            ) -> StoreResult<()> {
                ::sqlx::query(
                    "INSERT INTO case_entries (org_id, case_id, seq, entry_kind, name, at, \
                     recorded_at, from_state, to_state, note, recorded_by, quantity) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                )
                .bind(org.as_uuid())
                .bind(id.as_uuid())
                .bind(seq)
                .bind(e.kind.code())
                .bind(e.name.as_str())
                .bind(stored_instant(e.at))
                .bind(now)
                .bind(from)
                .bind(to)
                .bind(e.note.as_ref().map(Text::as_str))
                .bind(e.recorded_by.map(|u| u.as_uuid()))
                .bind(e.quantity)
                .execute(&mut **tx)
                .await
                .map_err(|e| {
                    db_err(
                        e,
                        Ctx::of(Entity::Case).fk(|| StoreError::InvalidReference("recorded_by")),
                    )
                })?;
                Ok(())
            }

            #[async_trait]
            impl Store for $store {
                fn backend(&self) -> &'static str {
                    $backend
                }

                async fn ping(&self) -> StoreResult<()> {
                    ::sqlx::query("SELECT 1").execute(&self.pool).await.map_err(be)?;
                    Ok(())
                }

                async fn access_epoch(&self) -> StoreResult<i64> {
                    ::sqlx::query_scalar("SELECT n FROM access_epoch WHERE id = 1")
                        .fetch_one(&self.pool)
                        .await
                        .map_err(be)
                }

                async fn create_organisation(
                    &self,
                    id: OrgId,
                    d: &OrganisationDraft,
                    now: OffsetDateTime,
                ) -> StoreResult<Organisation> {
                    let now = stored_instant(now);
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
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
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
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
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
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
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
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
                         unit_name, since, document_number, document_date, recorded_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
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
                        "SELECT dpo_user_id, dpo_name, dpo_title, unit_name, since, \
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
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
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
                    .execute(&self.pool)
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

                async fn create_user(
                    &self,
                    u: &NewUser,
                    roles: &[Membership],
                    now: OffsetDateTime,
                ) -> StoreResult<User> {
                    let now = stored_instant(now);
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let user = insert_user(&mut tx, u, roles, now).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(user)
                }

                async fn get_user(&self, id: UserId) -> StoreResult<User> {
                    let row = ::sqlx::query(
                        "SELECT id, email, display_name, disabled, created_at FROM users WHERE id = $1",
                    )
                    .bind(id.as_uuid())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(be)?
                    .ok_or(StoreError::NotFound(Entity::User))?;
                    user_from_row(&row)
                }

                async fn find_user_by_email(
                    &self,
                    email: &Email,
                ) -> StoreResult<Option<UserCredentials>> {
                    let row = ::sqlx::query(
                        "SELECT id, email, display_name, disabled, created_at, password_hash \
                         FROM users WHERE email = $1",
                    )
                    .bind(email.as_str())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(be)?;
                    row.map(|row| {
                        Ok(UserCredentials {
                            user: user_from_row(&row)?,
                            password_hash: row.try_get("password_hash").map_err(be)?,
                        })
                    })
                    .transpose()
                }

                async fn count_users(&self) -> StoreResult<u64> {
                    let n: i64 = ::sqlx::query("SELECT COUNT(*) AS n FROM users")
                        .fetch_one(&self.pool)
                        .await
                        .map_err(be)?
                        .try_get("n")
                        .map_err(be)?;
                    u64::try_from(n).map_err(|_| StoreError::Corrupt("users"))
                }

                async fn set_password(&self, id: UserId, password_hash: &str, now: OffsetDateTime) -> StoreResult<()> {
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
                        .bind(id.as_uuid())
                        .bind(password_hash)
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::User));
                    }
                    ::sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                        .bind(id.as_uuid())
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                    revoke_tokens(&mut tx, id, now).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn set_user_disabled(&self, id: UserId, disabled: bool, now: OffsetDateTime) -> StoreResult<()> {
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query("UPDATE users SET disabled = $2 WHERE id = $1")
                        .bind(id.as_uuid())
                        .bind(disabled)
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::User));
                    }
                    ::sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                        .bind(id.as_uuid())
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                    revoke_tokens(&mut tx, id, now).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn memberships(&self, user: UserId) -> StoreResult<Vec<Membership>> {
                    let rows = ::sqlx::query(
                        "SELECT org_id, role FROM memberships WHERE user_id = $1",
                    )
                    .bind(user.as_uuid())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)?;
                    let mut out = rows
                        .iter()
                        .map(|r| {
                            let role_code: String = r.try_get("role").map_err(be)?;
                            Ok(Membership {
                                org_id: OrgId::from_uuid(r.try_get("org_id").map_err(be)?),
                                role: role(&role_code)?,
                            })
                        })
                        .collect::<StoreResult<Vec<_>>>()?;
                    out.sort();
                    Ok(out)
                }

                async fn grant_role(
                    &self,
                    user: UserId,
                    m: Membership,
                    now: OffsetDateTime,
                ) -> StoreResult<()> {
                    let now = stored_instant(now);
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    org_exists(&mut tx, m.org_id).await?;
                    ::sqlx::query(
                        "INSERT INTO memberships (user_id, org_id, role, granted_at) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, org_id, role) DO NOTHING",
                    )
                    .bind(user.as_uuid())
                    .bind(m.org_id.as_uuid())
                    .bind(m.role.code())
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| {
                        db_err(e, Ctx::of(Entity::User).fk(|| StoreError::NotFound(Entity::User)))
                    })?;
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn revoke_role(&self, user: UserId, m: Membership) -> StoreResult<()> {
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    // Touching the organisation's row serialises concurrent role changes of
                    // one organisation on both backends (a row lock on PostgreSQL, the write
                    // lock on SQLite), so two DPOs cannot remove each other at once.
                    let touched = ::sqlx::query("UPDATE organisations SET updated_at = updated_at WHERE id = $1")
                        .bind(m.org_id.as_uuid())
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                    if touched.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::Organisation));
                    }
                    if m.role == Role::Dpo {
                        let n: i64 = ::sqlx::query(
                            "SELECT COUNT(*) AS n FROM memberships WHERE org_id = $1 AND role = 'dpo'",
                        )
                        .bind(m.org_id.as_uuid())
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(be)?
                        .try_get("n")
                        .map_err(be)?;
                        if n <= 1 {
                            return Err(StoreError::Conflict(
                                "the organisation's last DPO role cannot be revoked; grant it to someone else first",
                            ));
                        }
                    }
                    let done = ::sqlx::query(
                        "DELETE FROM memberships WHERE user_id = $1 AND org_id = $2 AND role = $3",
                    )
                    .bind(user.as_uuid())
                    .bind(m.org_id.as_uuid())
                    .bind(m.role.code())
                    .execute(&mut *tx)
                    .await
                    .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::Membership));
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn list_members(&self, org: OrgId) -> StoreResult<Vec<Member>> {
                    let rows = ::sqlx::query(
                        "SELECT u.id, u.email, u.display_name, u.disabled, u.created_at, m.role \
                         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1",
                    )
                    .bind(org.as_uuid())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)?;
                    let mut members: Vec<Member> = Vec::new();
                    for row in &rows {
                        let u = user_from_row(row)?;
                        let role_code: String = row.try_get("role").map_err(be)?;
                        let r = role(&role_code)?;
                        match members.iter_mut().find(|m| m.user.id == u.id) {
                            Some(m) => m.roles.push(r),
                            None => members.push(Member { user: u, roles: vec![r] }),
                        }
                    }
                    for m in &mut members {
                        m.roles.sort();
                    }
                    members.sort_by(|a, b| a.user.email.cmp(&b.user.email));
                    Ok(members)
                }

                async fn create_session(
                    &self,
                    id: SessionId,
                    user: UserId,
                    digest: &str,
                    now: OffsetDateTime,
                    expires_at: OffsetDateTime,
                ) -> StoreResult<()> {
                    ::sqlx::query(
                        "INSERT INTO sessions (id, user_id, digest, created_at, expires_at) \
                         VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(id.as_uuid())
                    .bind(user.as_uuid())
                    .bind(digest)
                    .bind(stored_instant(now))
                    .bind(stored_instant(expires_at))
                    .execute(&self.pool)
                    .await
                    .map_err(|e| {
                        db_err(e, Ctx::of(Entity::User).fk(|| StoreError::NotFound(Entity::User)))
                    })?;
                    Ok(())
                }

                async fn delete_session(&self, digest: &str) -> StoreResult<()> {
                    ::sqlx::query("DELETE FROM sessions WHERE digest = $1")
                        .bind(digest)
                        .execute(&self.pool)
                        .await
                        .map_err(be)?;
                    Ok(())
                }

                async fn create_api_token(&self, t: &ApiToken, digest: &str) -> StoreResult<()> {
                    ::sqlx::query(
                        "INSERT INTO api_tokens (id, user_id, name, digest, created_at, \
                         expires_at, revoked_at, roles) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    )
                    .bind(t.id.as_uuid())
                    .bind(t.user_id.as_uuid())
                    .bind(t.name.as_str())
                    .bind(digest)
                    .bind(stored_instant(t.created_at))
                    .bind(t.expires_at.map(stored_instant))
                    .bind(t.revoked_at.map(stored_instant))
                    .bind(t.roles.as_deref().map($crate::access::roles_column))
                    .execute(&self.pool)
                    .await
                    .map_err(|e| {
                        db_err(e, Ctx::of(Entity::ApiToken).fk(|| StoreError::NotFound(Entity::User)))
                    })?;
                    Ok(())
                }

                async fn list_api_tokens(&self, user: UserId) -> StoreResult<Vec<ApiToken>> {
                    let rows = ::sqlx::query(
                        "SELECT id, user_id, name, created_at, expires_at, revoked_at, roles \
                         FROM api_tokens WHERE user_id = $1",
                    )
                    .bind(user.as_uuid())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)?;
                    let mut out = rows
                        .iter()
                        .map(|r| {
                            Ok(ApiToken {
                                id: TokenId::from_uuid(r.try_get("id").map_err(be)?),
                                user_id: UserId::from_uuid(r.try_get("user_id").map_err(be)?),
                                name: text("api_tokens.name", r.try_get("name").map_err(be)?)?,
                                created_at: r.try_get("created_at").map_err(be)?,
                                expires_at: r.try_get("expires_at").map_err(be)?,
                                revoked_at: r.try_get("revoked_at").map_err(be)?,
                                roles: r
                                    .try_get::<Option<String>, _>("roles")
                                    .map_err(be)?
                                    .map(|c| $crate::access::parse_roles("api_tokens.roles", &c))
                                    .transpose()?,
                            })
                        })
                        .collect::<StoreResult<Vec<_>>>()?;
                    out.sort_by(|a, b| (b.created_at, b.id).cmp(&(a.created_at, a.id)));
                    Ok(out)
                }

                async fn revoke_api_token(
                    &self,
                    user: UserId,
                    id: TokenId,
                    now: OffsetDateTime,
                ) -> StoreResult<()> {
                    let done = ::sqlx::query(
                        "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $3) \
                         WHERE user_id = $1 AND id = $2",
                    )
                    .bind(user.as_uuid())
                    .bind(id.as_uuid())
                    .bind(stored_instant(now))
                    .execute(&self.pool)
                    .await
                    .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::ApiToken));
                    }
                    Ok(())
                }

                async fn authenticate(
                    &self,
                    digest: &str,
                    now: OffsetDateTime,
                ) -> StoreResult<Option<Authenticated>> {
                    // Expiry is compared here, in Rust, so that both backends compare instants
                    // and not their text forms.
                    let session = ::sqlx::query(
                        "SELECT s.id AS credential_id, s.expires_at, u.id, u.email, \
                         u.display_name, u.disabled, u.created_at \
                         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.digest = $1",
                    )
                    .bind(digest)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(be)?;
                    if let Some(row) = session {
                        let expires: OffsetDateTime = row.try_get("expires_at").map_err(be)?;
                        let u = user_from_row(&row)?;
                        if expires <= now || u.disabled {
                            return Ok(None);
                        }
                        let id: Uuid = row.try_get("credential_id").map_err(be)?;
                        return Ok(Some(Authenticated {
                            credential: Credential::Session(SessionId::from_uuid(id)),
                            user: u,
                            roles: None,
                            expires_at: Some(expires),
                        }));
                    }
                    let token = ::sqlx::query(
                        "SELECT t.id AS credential_id, t.expires_at, t.revoked_at, t.roles, u.id, u.email, \
                         u.display_name, u.disabled, u.created_at \
                         FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.digest = $1",
                    )
                    .bind(digest)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(be)?;
                    let Some(row) = token else { return Ok(None) };
                    let expires: Option<OffsetDateTime> = row.try_get("expires_at").map_err(be)?;
                    let revoked: Option<OffsetDateTime> = row.try_get("revoked_at").map_err(be)?;
                    let u = user_from_row(&row)?;
                    if revoked.is_some() || expires.is_some_and(|e| e <= now) || u.disabled {
                        return Ok(None);
                    }
                    let id: Uuid = row.try_get("credential_id").map_err(be)?;
                    let roles = row
                        .try_get::<Option<String>, _>("roles")
                        .map_err(be)?
                        .map(|c| $crate::access::parse_roles("api_tokens.roles", &c))
                        .transpose()?;
                    Ok(Some(Authenticated {
                        credential: Credential::ApiToken(TokenId::from_uuid(id)),
                        user: u,
                        roles,
                        expires_at: expires,
                    }))
                }

                async fn throttle_add(
                    &self,
                    key: &str,
                    delta: i64,
                    now: OffsetDateTime,
                    window: ::time::Duration,
                ) -> StoreResult<(i64, OffsetDateTime)> {
                    use $access as sql;
                    sql::throttle_add(&self.pool, key, delta, now, window).await
                }

                async fn throttle_clear(&self, key: &str) -> StoreResult<()> {
                    use $access as sql;
                    sql::throttle_clear(&self.pool, key).await
                }

                async fn throttle_prune(&self, now: OffsetDateTime) -> StoreResult<u64> {
                    use $access as sql;
                    sql::throttle_prune(&self.pool, now).await
                }

                async fn create_invitation(&self, i: &Invitation, digest: &str) -> StoreResult<()> {
                    use $access as sql;
                    sql::create_invitation(&self.pool, i, digest).await
                }

                async fn list_invitations(&self, org: OrgId) -> StoreResult<Vec<Invitation>> {
                    use $access as sql;
                    sql::list_invitations(&self.pool, org).await
                }

                async fn find_invitation(&self, digest: &str) -> StoreResult<Option<Invitation>> {
                    use $access as sql;
                    sql::find_invitation(&self.pool, digest).await
                }

                async fn accept_invitation(
                    &self,
                    org: OrgId,
                    id: InvitationId,
                    user: UserId,
                    new_user: Option<&NewUser>,
                    now: OffsetDateTime,
                ) -> StoreResult<()> {
                    use $access as sql;
                    sql::accept_invitation(&self.pool, org, id, user, new_user, now).await
                }

                async fn create_asset(
                    &self,
                    org: OrgId,
                    id: AssetId,
                    d: &DataAssetDraft,
                    now: OffsetDateTime,
                ) -> StoreResult<DataAsset> {
                    let now = stored_instant(now);
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
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

                async fn update_asset(
                    &self,
                    org: OrgId,
                    id: AssetId,
                    d: &DataAssetDraft,
                    now: OffsetDateTime,
                ) -> StoreResult<DataAsset> {
                    let now = stored_instant(now);
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
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
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
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
                        .execute(&self.pool)
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
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
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
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
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
                    .execute(&self.pool)
                    .await
                    .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::ProcessingActivity));
                    }
                    Ok(())
                }
                async fn create_case(
                    &self,
                    org: OrgId,
                    id: CaseId,
                    kind: &str,
                    title: &Text,
                    state: &str,
                    fields: &::std::collections::BTreeMap<String, String>,
                    events: &[NewCaseEntry],
                    now: OffsetDateTime,
                ) -> StoreResult<Case> {
                    let now = stored_instant(now);
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    org_exists(&mut tx, org).await?;
                    ::sqlx::query(
                        "INSERT INTO cases (org_id, id, kind, title, state, fields, opened_at, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
                    )
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .bind(kind)
                    .bind(title.as_str())
                    .bind(state)
                    .bind(Json(fields))
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| db_err(e, Ctx::of(Entity::Case).unique("a case with this id already exists")))?;
                    for (i, e) in events.iter().enumerate() {
                        let seq = i64::try_from(i + 1)
                            .map_err(|_| StoreError::Backend("too many events".to_owned()))?;
                        insert_entry(&mut tx, org, id, seq, e, None, None, now).await?;
                    }
                    let case = one_case(&mut tx, org, id).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(case)
                }

                async fn get_case(&self, org: OrgId, id: CaseId) -> StoreResult<Case> {
                    read_tx!(self, tx => one_case(&mut tx, org, id).await?)
                }

                async fn list_cases(&self, org: OrgId) -> StoreResult<Vec<Case>> {
                    read_tx!(self, tx => fetch_cases(&mut tx, org, None).await?)
                }

                async fn append_case_entry(
                    &self,
                    org: OrgId,
                    id: CaseId,
                    expected_state: &str,
                    new_state: &str,
                    entry: &NewCaseEntry,
                    now: OffsetDateTime,
                ) -> StoreResult<Case> {
                    let now = stored_instant(now);
                    let mut tx = self.pool.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query(
                        "UPDATE cases SET state = $4, updated_at = $5 \
                         WHERE org_id = $1 AND id = $2 AND state = $3",
                    )
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .bind(expected_state)
                    .bind(new_state)
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(be)?;
                    if done.rows_affected() == 0 {
                        let exists = ::sqlx::query("SELECT id FROM cases WHERE org_id = $1 AND id = $2")
                            .bind(org.as_uuid())
                            .bind(id.as_uuid())
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err(be)?;
                        return Err(match exists {
                            None => StoreError::NotFound(Entity::Case),
                            Some(_) => StoreError::Conflict("the case changed state meanwhile; reload it and try again"),
                        });
                    }
                    let seq: i64 = ::sqlx::query(
                        "SELECT CAST(COALESCE(MAX(seq), 0) + 1 AS BIGINT) AS next FROM case_entries \
                         WHERE org_id = $1 AND case_id = $2",
                    )
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(be)?
                    .try_get("next")
                    .map_err(be)?;
                    let (from, to) = match entry.kind {
                        CaseEntryKind::Transition => (Some(expected_state), Some(new_state)),
                        CaseEntryKind::Event => (None, None),
                    };
                    insert_entry(&mut tx, org, id, seq, entry, from, to, now).await?;
                    let case = one_case(&mut tx, org, id).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(case)
                }
                async fn claim_reminder(&self, key: &ReminderKey, now: OffsetDateTime) -> StoreResult<bool> {
                    let done = ::sqlx::query(
                        "INSERT INTO reminders_sent (org_id, case_id, obligation, lead_secs, due_at, sent_at) \
                         VALUES ($1, $2, $3, $4, $5, $6) \
                         ON CONFLICT (org_id, case_id, obligation, lead_secs, due_at) DO NOTHING",
                    )
                    .bind(key.org_id.as_uuid())
                    .bind(key.case_id.as_uuid())
                    .bind(key.obligation.as_str())
                    .bind(key.lead_secs)
                    .bind(stored_instant(key.due_at))
                    .bind(stored_instant(now))
                    .execute(&self.pool)
                    .await
                    .map_err(|e| db_err(e, Ctx::of(Entity::Case).fk(|| StoreError::NotFound(Entity::Case))))?;
                    Ok(done.rows_affected() == 1)
                }

                async fn release_reminder(&self, key: &ReminderKey) -> StoreResult<()> {
                    ::sqlx::query(
                        "DELETE FROM reminders_sent WHERE org_id = $1 AND case_id = $2 \
                         AND obligation = $3 AND lead_secs = $4 AND due_at = $5",
                    )
                    .bind(key.org_id.as_uuid())
                    .bind(key.case_id.as_uuid())
                    .bind(key.obligation.as_str())
                    .bind(key.lead_secs)
                    .bind(stored_instant(key.due_at))
                    .execute(&self.pool)
                    .await
                    .map_err(be)?;
                    Ok(())
                }
            }
        };
    };
}

registry_impl!(
    crate::SqliteStore,
    ::sqlx::Sqlite,
    "sqlite",
    "BEGIN IMMEDIATE",
    crate::access::sqlite_access
);
registry_impl!(
    crate::PgStore,
    ::sqlx::Postgres,
    "postgres",
    "BEGIN",
    crate::access::pg_access
);
