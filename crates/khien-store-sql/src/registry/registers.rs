//! The organisation's profile and the registers' entries: `RegisterStore` for both backends,
//! written once in `register_impl!`. An entry's fields are kept as a JSON object of tagged
//! values (`{"name": {"date": "2026-01-31"}}`), decoded here; the application has checked
//! them against the register's definition before they arrive.

use std::collections::BTreeMap;

use khien_domain::{Code as _, FieldValue, OrgProfile, Sector, SizeClass};
use khien_store::StoreError;
use serde_json::{Map, Value};
use time::Date;

const FIELDS: &str = "register_entries.fields";

pub(crate) fn fields_to_json(fields: &BTreeMap<String, FieldValue>) -> String {
    let mut m = Map::new();
    for (k, v) in fields {
        let tagged = match v {
            FieldValue::Text(s) => ("text", Value::from(s.as_str())),
            FieldValue::Integer(n) => ("integer", Value::from(*n)),
            FieldValue::Bool(b) => ("bool", Value::from(*b)),
            FieldValue::Date(d) => ("date", Value::from(d.to_string())),
            FieldValue::List(l) => ("list", Value::from(l.clone())),
        };
        let mut one = Map::new();
        one.insert(tagged.0.to_owned(), tagged.1);
        m.insert(k.clone(), Value::Object(one));
    }
    Value::Object(m).to_string()
}

pub(crate) fn fields_from_json(s: &str) -> Result<BTreeMap<String, FieldValue>, StoreError> {
    let bad = || StoreError::Corrupt(FIELDS);
    let Value::Object(m) = serde_json::from_str::<Value>(s).map_err(|_| bad())? else {
        return Err(bad());
    };
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    m.into_iter()
        .map(|(k, v)| {
            let Value::Object(one) = v else {
                return Err(bad());
            };
            let (tag, v) = one.into_iter().next().ok_or_else(bad)?;
            let value = match (tag.as_str(), v) {
                ("text", Value::String(s)) => FieldValue::Text(s),
                ("integer", Value::Number(n)) => FieldValue::Integer(n.as_i64().ok_or_else(bad)?),
                ("bool", Value::Bool(b)) => FieldValue::Bool(b),
                ("date", Value::String(s)) => {
                    FieldValue::Date(Date::parse(&s, fmt).map_err(|_| bad())?)
                }
                ("list", Value::Array(a)) => FieldValue::List(
                    a.into_iter()
                        .map(|x| match x {
                            Value::String(s) => Ok(s),
                            _ => Err(bad()),
                        })
                        .collect::<Result<_, _>>()?,
                ),
                _ => return Err(bad()),
            };
            Ok((k, value))
        })
        .collect()
}

pub(crate) fn sectors_to_text(p: &OrgProfile) -> String {
    p.sectors
        .iter()
        .map(|s| s.code())
        .collect::<Vec<_>>()
        .join(",")
}

pub(crate) struct ProfileParts {
    pub(crate) size: Option<String>,
    pub(crate) startup: bool,
    pub(crate) household_business: bool,
    pub(crate) sectors: String,
    pub(crate) state_agency: bool,
    pub(crate) processing_service: bool,
    pub(crate) processes_sensitive: bool,
    pub(crate) subject_count: Option<i64>,
    pub(crate) sensitive_subject_count: Option<i64>,
}

pub(crate) fn profile(p: ProfileParts) -> Result<OrgProfile, StoreError> {
    Ok(OrgProfile {
        size: p
            .size
            .map(|s| super::code::<SizeClass>("org_profiles.size", &s))
            .transpose()?,
        startup: p.startup,
        household_business: p.household_business,
        sectors: p
            .sectors
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| super::code::<Sector>("org_profiles.sectors", s))
            .collect::<Result<_, _>>()?,
        state_agency: p.state_agency,
        processing_service: p.processing_service,
        processes_sensitive: p.processes_sensitive,
        subject_count: super::count_out("org_profiles.subject_count", p.subject_count)?,
        sensitive_subject_count: super::count_out(
            "org_profiles.sensitive_subject_count",
            p.sensitive_subject_count,
        )?,
    })
}

/// Expands `RegisterStore` for one backend.
macro_rules! register_impl {
    ($store:ty, $common:ident) => {
        const _: () = {
            use ::async_trait::async_trait;
            use ::khien_domain::*;
            use ::khien_store::*;
            use ::sqlx::Row as _;
            use ::time::OffsetDateTime;
            use $crate::registry::registers::*;
            use $crate::registry::$common::*;
            use $crate::registry::*;

            const ENTRY_COLUMNS: &str = "id, org_id, register, summary, fields, retain_until, \
                recorded_by, recorded_at, updated_at";
            const PROFILE_SELECT: &str = "SELECT size, startup, household_business, sectors, \
                state_agency, processing_service, processes_sensitive, subject_count, \
                sensitive_subject_count, updated_at FROM org_profiles WHERE org_id = $1";
            const LIST_FILTER: &str =
                "WHERE org_id = $1 AND ($2 IS NULL OR register = $2) ORDER BY recorded_at, id";

            fn entry_from_row(row: &DbRow) -> StoreResult<RegisterEntry> {
                let get = |e| db_err(e, Ctx::of(Entity::RegisterEntry));
                let fields: String = row.try_get("fields").map_err(get)?;
                let recorded_by: Option<::uuid::Uuid> = row.try_get("recorded_by").map_err(get)?;
                Ok(RegisterEntry {
                    id: RegisterEntryId::from_uuid(row.try_get("id").map_err(get)?),
                    org_id: OrgId::from_uuid(row.try_get("org_id").map_err(get)?),
                    register: row.try_get("register").map_err(get)?,
                    summary: row.try_get("summary").map_err(get)?,
                    fields: fields_from_json(&fields)?,
                    retain_until: row.try_get("retain_until").map_err(get)?,
                    recorded_by: recorded_by.map(UserId::from_uuid),
                    recorded_at: row.try_get("recorded_at").map_err(get)?,
                    updated_at: row.try_get("updated_at").map_err(get)?,
                })
            }

            async fn fetch_entry(
                conn: &mut Conn,
                org: OrgId,
                register: &str,
                id: RegisterEntryId,
            ) -> StoreResult<RegisterEntry> {
                let sql = format!(
                    "SELECT {ENTRY_COLUMNS} FROM register_entries \
                     WHERE org_id = $1 AND id = $2 AND register = $3"
                );
                let row = ::sqlx::query(&sql)
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .bind(register)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(be)?
                    .ok_or(StoreError::NotFound(Entity::RegisterEntry))?;
                entry_from_row(&row)
            }

            #[async_trait]
            impl RegisterStore for $store {
                async fn get_profile(&self, org: OrgId) -> StoreResult<Option<StoredProfile>> {
                    read_tx!(self, tx => {
                        org_exists(&mut tx, org).await?;
                        let row = ::sqlx::query(
                            PROFILE_SELECT,
                        )
                        .bind(org.as_uuid())
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(be)?;
                        match row {
                            None => None,
                            Some(row) => Some(StoredProfile {
                                profile: profile(ProfileParts {
                                    size: row.try_get("size").map_err(be)?,
                                    startup: row.try_get("startup").map_err(be)?,
                                    household_business: row
                                        .try_get("household_business")
                                        .map_err(be)?,
                                    sectors: row.try_get("sectors").map_err(be)?,
                                    state_agency: row.try_get("state_agency").map_err(be)?,
                                    processing_service: row
                                        .try_get("processing_service")
                                        .map_err(be)?,
                                    processes_sensitive: row
                                        .try_get("processes_sensitive")
                                        .map_err(be)?,
                                    subject_count: row.try_get("subject_count").map_err(be)?,
                                    sensitive_subject_count: row
                                        .try_get("sensitive_subject_count")
                                        .map_err(be)?,
                                })?,
                                updated_at: row.try_get("updated_at").map_err(be)?,
                            }),
                        }
                    })
                }

                async fn put_profile(
                    &self,
                    org: OrgId,
                    p: &OrgProfile,
                    now: OffsetDateTime,
                ) -> StoreResult<StoredProfile> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    org_exists(&mut tx, org).await?;
                    ::sqlx::query(
                        "INSERT INTO org_profiles (org_id, size, startup, household_business, \
                         sectors, state_agency, processing_service, processes_sensitive, \
                         subject_count, sensitive_subject_count, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                         ON CONFLICT (org_id) DO UPDATE SET size = EXCLUDED.size, \
                         startup = EXCLUDED.startup, \
                         household_business = EXCLUDED.household_business, \
                         sectors = EXCLUDED.sectors, state_agency = EXCLUDED.state_agency, \
                         processing_service = EXCLUDED.processing_service, \
                         processes_sensitive = EXCLUDED.processes_sensitive, \
                         subject_count = EXCLUDED.subject_count, \
                         sensitive_subject_count = EXCLUDED.sensitive_subject_count, \
                         updated_at = EXCLUDED.updated_at",
                    )
                    .bind(org.as_uuid())
                    .bind(p.size.map(|s| s.code()))
                    .bind(p.startup)
                    .bind(p.household_business)
                    .bind(sectors_to_text(p))
                    .bind(p.state_agency)
                    .bind(p.processing_service)
                    .bind(p.processes_sensitive)
                    .bind(count_in(p.subject_count)?)
                    .bind(count_in(p.sensitive_subject_count)?)
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(be)?;
                    tx.commit().await.map_err(be)?;
                    Ok(StoredProfile {
                        profile: p.clone(),
                        updated_at: now,
                    })
                }

                async fn add_register_entry(&self, e: &RegisterEntry) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    org_exists(&mut tx, e.org_id).await?;
                    let sql = format!(
                        "INSERT INTO register_entries ({ENTRY_COLUMNS}) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
                    );
                    ::sqlx::query(&sql)
                        .bind(e.id.as_uuid())
                        .bind(e.org_id.as_uuid())
                        .bind(e.register.as_str())
                        .bind(e.summary.as_str())
                        .bind(fields_to_json(&e.fields))
                        .bind(e.retain_until)
                        .bind(e.recorded_by.map(|u| u.as_uuid()))
                        .bind(stored_instant(e.recorded_at))
                        .bind(stored_instant(e.updated_at))
                        .execute(&mut *tx)
                        .await
                        .map_err(|err| db_err(err, Ctx::of(Entity::RegisterEntry)))?;
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn update_register_entry(
                    &self,
                    org: OrgId,
                    register: &str,
                    id: RegisterEntryId,
                    change: &RegisterChange,
                    now: OffsetDateTime,
                ) -> StoreResult<RegisterEntry> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query(
                        "UPDATE register_entries SET summary = $4, fields = $5, \
                         retain_until = $6, updated_at = $7 \
                         WHERE org_id = $1 AND id = $2 AND register = $3",
                    )
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .bind(register)
                    .bind(change.summary.as_str())
                    .bind(fields_to_json(&change.fields))
                    .bind(change.retain_until)
                    .bind(stored_instant(now))
                    .execute(&mut *tx)
                    .await
                    .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::RegisterEntry));
                    }
                    let e = fetch_entry(&mut tx, org, register, id).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(e)
                }

                async fn get_register_entry(
                    &self,
                    org: OrgId,
                    register: &str,
                    id: RegisterEntryId,
                ) -> StoreResult<RegisterEntry> {
                    read_tx!(self, tx => fetch_entry(&mut tx, org, register, id).await?)
                }

                async fn list_register_entries(
                    &self,
                    org: OrgId,
                    register: Option<&str>,
                ) -> StoreResult<Vec<RegisterEntry>> {
                    read_tx!(self, tx => {
                        org_exists(&mut tx, org).await?;
                        let sql = format!("SELECT {ENTRY_COLUMNS} FROM register_entries {LIST_FILTER}");
                        let rows = ::sqlx::query(&sql)
                            .bind(org.as_uuid())
                            .bind(register)
                            .fetch_all(&mut *tx)
                            .await
                            .map_err(be)?;
                        rows.iter().map(entry_from_row).collect::<StoreResult<Vec<_>>>()?
                    })
                }

                async fn detectors_found(&self, org: OrgId) -> StoreResult<Vec<String>> {
                    let rows = ::sqlx::query(
                        "SELECT DISTINCT detector FROM scan_findings WHERE org_id = $1 \
                         ORDER BY detector",
                    )
                    .bind(org.as_uuid())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)?;
                    rows.iter()
                        .map(|r| r.try_get("detector").map_err(be))
                        .collect()
                }

                async fn delete_register_entry(
                    &self,
                    org: OrgId,
                    register: &str,
                    id: RegisterEntryId,
                ) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query(
                        "DELETE FROM register_entries \
                         WHERE org_id = $1 AND id = $2 AND register = $3",
                    )
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .bind(register)
                    .execute(&mut *tx)
                    .await
                    .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::RegisterEntry));
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }
            }
        };
    };
}

register_impl!(crate::SqliteStore, sqlite);
register_impl!(crate::PgStore, postgres);
