//! The registry's SQL, written once and expanded for each backend. This module holds what
//! every area shares: the plain row decoding and error mapping below, and [`backend_common!`],
//! expanded once per backend (modules `sqlite` and `postgres`) with the transaction and row
//! types, the rows decoded into records, the helpers that more than one area calls and the
//! `Store` methods of no area. Each area's module implements that area's trait for both
//! backends with a macro of its own: `orgs.rs` (`OrgStore`), `account.rs` (`AccountStore`),
//! `catalogue.rs` (`CatalogueStore`) and `cases.rs` (`CaseStore`).

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
    pub(crate) dpo_phone: Option<String>,
    pub(crate) dpo_email: Option<String>,
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
        dpo_phone: text_opt("designations.dpo_phone", p.dpo_phone)?,
        dpo_email: p
            .dpo_email
            .map(|e| Email::parse(&e).map_err(corrupt("designations.dpo_email")))
            .transpose()?,
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

/// The LIKE pattern (with `\\` as the escape character) that matches a folded name
/// containing `needle` folded: the needle's own `%`, `_` and `\\` match themselves.
pub(crate) fn like_contains(needle: &str) -> String {
    let folded = khien_domain::fold::fold(needle.trim());
    let mut out = String::with_capacity(folded.len() + 2);
    out.push('%');
    for c in folded.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
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

/// Expands, as the module `$module`, what every area's implementation shares for one backend:
/// the transaction and row types, how write transactions begin, rows decoded into records,
/// the helpers that more than one area calls, and the `Store` methods that belong to no area.
/// `$store` is the store type (with a `pool` field) and `$db` the sqlx database type.
macro_rules! backend_common {
    ($module:ident, $store:ty, $db:ty, $backend:literal, $begin_write:literal) => {
        mod $module {
            use ::async_trait::async_trait;
            use ::khien_domain::*;
            use ::khien_store::*;
            use ::sqlx::Row as _;
            use ::time::OffsetDateTime;
            use $crate::registry::*;

            pub(super) type Tx<'a> = ::sqlx::Transaction<'a, $db>;
            /// How write transactions begin. SQLite's `IMMEDIATE` takes the write lock at once,
            /// so a transaction that reads before writing waits for other writers (busy
            /// timeout) instead of failing with "database is locked" when it upgrades.
            pub(super) const BEGIN_WRITE: &str = $begin_write;
            pub(super) type Conn = <$db as ::sqlx::Database>::Connection;
            pub(super) type DbRow = <$db as ::sqlx::Database>::Row;

            pub(super) const ORG_SELECT: &str = "SELECT o.id, o.name, o.tax_code, o.kind, o.province, \
                o.head_office_address, o.contact_address, o.created_at, o.updated_at, \
                d.dpo_user_id, d.dpo_name, d.dpo_title, d.dpo_phone, d.dpo_email, d.unit_name, d.since, \
                d.document_number, d.document_date \
                FROM organisations o LEFT JOIN designations d ON d.org_id = o.id \
                AND d.seq = (SELECT MAX(seq) FROM designations x WHERE x.org_id = o.id)";

            pub(super) const ASSET_COLUMNS: &str = "id, org_id, name, kind, parent_id, description, owner, \
                custodian, personal_data, importance, importance_criterion, open_data, retention, \
                storage_location, storage_country, volume_bytes, record_count, \
                data_subject_count, created_at, updated_at";

            pub(super) fn be(e: ::sqlx::Error) -> StoreError {
                StoreError::Backend(e.to_string())
            }

            pub(super) fn org_from_row(row: &DbRow) -> StoreResult<Organisation> {
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
                        dpo_phone: row.try_get("dpo_phone").map_err(get)?,
                        dpo_email: row.try_get("dpo_email").map_err(get)?,
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

            pub(super) fn user_from_row(row: &DbRow) -> StoreResult<User> {
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

            pub(super) fn asset_from_row(row: &DbRow) -> StoreResult<DataAsset> {
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

            pub(super) async fn org_exists(conn: &mut Conn, org: OrgId) -> StoreResult<()> {
                ::sqlx::query("SELECT id FROM organisations WHERE id = $1")
                    .bind(org.as_uuid())
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(be)?
                    .map(|_| ())
                    .ok_or(StoreError::NotFound(Entity::Organisation))
            }

            pub(super) async fn insert_user(
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

            #[async_trait]
            impl Store for $store {
                fn backend(&self) -> &'static str {
                    $backend
                }

                async fn ping(&self) -> StoreResult<()> {
                    ::sqlx::query("SELECT 1").execute(&self.pool).await.map_err(be)?;
                    Ok(())
                }
            }
        }
    };
}

backend_common!(
    sqlite,
    crate::SqliteStore,
    ::sqlx::Sqlite,
    "sqlite",
    "BEGIN IMMEDIATE"
);
backend_common!(
    postgres,
    crate::PgStore,
    ::sqlx::Postgres,
    "postgres",
    "BEGIN"
);

mod account;
mod cases;
mod catalogue;
mod orgs;
mod registers;
mod subjects;
mod vault;
