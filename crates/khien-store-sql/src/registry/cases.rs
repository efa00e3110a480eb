//! Cases, their histories and the reminders of their obligations: `CaseStore` for both
//! backends, written once in `case_impl!`.

/// Expands `CaseStore` for one backend. `$store` is the store type (with a `pool` field) and
/// `$common` the backend's module of shared items.
macro_rules! case_impl {
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

            async fn fetch_cases(
                conn: &mut Conn,
                org: OrgId,
                only: Option<CaseId>,
            ) -> StoreResult<Vec<Case>> {
                let filter = only.map(|c| c.as_uuid());
                let rows = ::sqlx::query(
                    "SELECT id, org_id, kind, title, state, fields, opened_at, updated_at FROM cases \
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
                assemble_cases(&rows, &entries)
            }

            /// The cases of every organisation `authority` supervises (two statements).
            async fn fetch_supervised_cases(
                conn: &mut Conn,
                authority: OrgId,
            ) -> StoreResult<Vec<Case>> {
                let rows = ::sqlx::query(
                    "SELECT c.id, c.org_id, c.kind, c.title, c.state, c.fields, c.opened_at, \
                     c.updated_at FROM cases c JOIN supervisions s ON s.org_id = c.org_id \
                     WHERE s.authority_id = $1",
                )
                .bind(authority.as_uuid())
                .fetch_all(&mut *conn)
                .await
                .map_err(be)?;
                let entries = ::sqlx::query(
                    "SELECT e.case_id, e.seq, e.entry_kind, e.name, e.at, e.recorded_at, \
                     e.from_state, e.to_state, e.note, e.quantity, e.recorded_by \
                     FROM case_entries e JOIN supervisions s ON s.org_id = e.org_id \
                     WHERE s.authority_id = $1 ORDER BY e.case_id, e.seq",
                )
                .bind(authority.as_uuid())
                .fetch_all(&mut *conn)
                .await
                .map_err(be)?;
                assemble_cases(&rows, &entries)
            }

            /// Cases from their rows and their entries' rows.
            fn assemble_cases(
                rows: &[DbRow],
                entries: &[DbRow],
            ) -> StoreResult<Vec<Case>> {
                // Each entry decoded once and filed under its case (entries come ordered by
                // case and sequence).
                let mut histories: ::std::collections::HashMap<Uuid, Vec<CaseEntry>> =
                    ::std::collections::HashMap::with_capacity(rows.len());
                for e in entries {
                    let c: Uuid = e.try_get("case_id").map_err(be)?;
                    let kind: String = e.try_get("entry_kind").map_err(be)?;
                    let recorded_by: Option<Uuid> = e.try_get("recorded_by").map_err(be)?;
                    histories.entry(c).or_default().push(CaseEntry {
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
                let mut out = Vec::with_capacity(rows.len());
                for row in rows {
                    let id: Uuid = row.try_get("id").map_err(be)?;
                    let history = histories.remove(&id).unwrap_or_default();
                    out.push(Case {
                        id: CaseId::from_uuid(id),
                        org_id: OrgId::from_uuid(row.try_get("org_id").map_err(be)?),
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
            impl CaseStore for $store {
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
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
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

                async fn list_supervised_cases(&self, authority: OrgId) -> StoreResult<Vec<Case>> {
                    read_tx!(self, tx => fetch_supervised_cases(&mut tx, authority).await?)
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
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
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
                    .execute(&self.writes)
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
                    .execute(&self.writes)
                    .await
                    .map_err(be)?;
                    Ok(())
                }
            }
        };
    };
}

case_impl!(crate::SqliteStore, sqlite);
case_impl!(crate::PgStore, postgres);
