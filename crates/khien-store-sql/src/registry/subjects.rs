//! The people whose data it is (issue 17): `SubjectStore` for both backends, written once in
//! `subjects_impl!`: the consent ledger, the requests received on the public channel and the
//! restrictions of a subject's processing (a new one moves the vault epoch, by trigger).

use khien_domain::{BreachDataKind, BreachFacts, Code as _, Severity};
use khien_store::StoreError;
use serde_json::{Map, Value};

const FACTS: &str = "breach_facts.facts";

fn instant_text(t: time::OffsetDateTime) -> Option<String> {
    t.format(&time::format_description::well_known::Rfc3339)
        .ok()
}

/// The facts as the JSON object kept in `breach_facts.facts`.
pub(crate) fn facts_to_json(f: &BreachFacts) -> String {
    let mut m = Map::new();
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            m.insert(k.to_owned(), v);
        }
    };
    put(
        "discovered_at",
        f.discovered_at.and_then(instant_text).map(Value::from),
    );
    put("discovered_how", f.discovered_how.clone().map(Value::from));
    put(
        "occurred_at",
        f.occurred_at.and_then(instant_text).map(Value::from),
    );
    put("place", f.place.clone().map(Value::from));
    put("conduct", f.conduct.clone().map(Value::from));
    put("parties", f.parties.clone().map(Value::from));
    put(
        "data_kinds",
        Some(Value::from(
            f.data_kinds.iter().map(|k| k.code()).collect::<Vec<_>>(),
        )),
    );
    put(
        "data_description",
        f.data_description.clone().map(Value::from),
    );
    put("subjects_affected", f.subjects_affected.map(Value::from));
    put("severity", f.severity.map(|s| Value::from(s.code())));
    put("risks", f.risks.clone().map(Value::from));
    put("consequences", f.consequences.clone().map(Value::from));
    put("measures", f.measures.clone().map(Value::from));
    put(
        "subject_guidance",
        f.subject_guidance.clone().map(Value::from),
    );
    put("contact", f.contact.clone().map(Value::from));
    put("minutes_number", f.minutes_number.clone().map(Value::from));
    put(
        "minutes_date",
        f.minutes_date.map(|d| Value::from(d.to_string())),
    );
    put(
        "minutes_participants",
        f.minutes_participants.clone().map(Value::from),
    );
    put(
        "remediated_on",
        f.remediated_on.map(|d| Value::from(d.to_string())),
    );
    Value::Object(m).to_string()
}

pub(crate) fn facts_from_json(s: &str) -> Result<BreachFacts, StoreError> {
    let bad = || StoreError::Corrupt(FACTS);
    let Value::Object(m) = serde_json::from_str::<Value>(s).map_err(|_| bad())? else {
        return Err(bad());
    };
    let text = |k: &str| -> Result<Option<String>, StoreError> {
        match m.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(bad()),
        }
    };
    let instant = |k: &str| -> Result<Option<time::OffsetDateTime>, StoreError> {
        text(k)?
            .map(|s| {
                time::OffsetDateTime::parse(&s, &time::format_description::well_known::Rfc3339)
                    .map_err(|_| bad())
            })
            .transpose()
    };
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    let date = |k: &str| -> Result<Option<time::Date>, StoreError> {
        text(k)?
            .map(|s| time::Date::parse(&s, fmt).map_err(|_| bad()))
            .transpose()
    };
    let kinds = match m.get("data_kinds") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| {
                v.as_str()
                    .and_then(|s| BreachDataKind::parse_code(s).ok())
                    .ok_or_else(bad)
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(bad()),
    };
    Ok(BreachFacts {
        discovered_at: instant("discovered_at")?,
        discovered_how: text("discovered_how")?,
        occurred_at: instant("occurred_at")?,
        place: text("place")?,
        conduct: text("conduct")?,
        parties: text("parties")?,
        data_kinds: kinds,
        data_description: text("data_description")?,
        subjects_affected: match m.get("subjects_affected") {
            None | Some(Value::Null) => None,
            Some(v) => Some(v.as_u64().ok_or_else(bad)?),
        },
        severity: text("severity")?
            .map(|s| Severity::parse_code(&s).map_err(|_| bad()))
            .transpose()?,
        risks: text("risks")?,
        consequences: text("consequences")?,
        measures: text("measures")?,
        subject_guidance: text("subject_guidance")?,
        contact: text("contact")?,
        minutes_number: text("minutes_number")?,
        minutes_date: date("minutes_date")?,
        minutes_participants: text("minutes_participants")?,
        remediated_on: date("remediated_on")?,
    })
}

/// Expands `SubjectStore` for one backend.
macro_rules! subjects_impl {
    ($store:ty, $common:ident) => {
        const _: () = {
            use ::async_trait::async_trait;
            use ::khien_domain::*;
            use ::khien_store::*;
            use ::sqlx::Row as _;
            use ::time::OffsetDateTime;
            use $crate::registry::$common::*;
            use $crate::registry::subjects::{facts_from_json, facts_to_json};
            use $crate::registry::*;

            const FACTS_UPSERT: &str = "INSERT INTO breach_facts (org_id, case_id, facts, \
                updated_by, updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (org_id, case_id) \
                DO UPDATE SET facts = EXCLUDED.facts, updated_by = EXCLUDED.updated_by, \
                updated_at = EXCLUDED.updated_at";
            const NOTICE_INSERT: &str = "INSERT INTO breach_notices (org_id, case_id, seq, \
                recipient, subject, at, sent, error, sent_by) VALUES ($1, $2, \
                (SELECT COALESCE(MAX(seq), 0) + 1 FROM breach_notices WHERE org_id = $1 AND case_id = $2), \
                $3, $4, $5, $6, $7, $8)";

            const CONSENT_COLUMNS: &str = "org_id, id, subject, purposes, channel, scope, \
                evidence_sha256, given_at, subject_age, capacity, representative, \
                representative_subject, private_life, child_consented, sensitive_notice, \
                recorded_by, recorded_at, withdrawn_at, withdrawal_case";
            const REQUEST_COLUMNS: &str = "org_id, reference, kind, status, contact_digest, \
                network_digest, subject, sealed, kek, wrapped_key, code_digest, code_expires_at, \
                attempts, received_at, verified_at, verified_how, verified_by, case_id, \
                decided_at, reason, answered_at";
            const CONSENT_INSERT: &str = "INSERT INTO consents (org_id, id, subject, purposes, \
                channel, scope, evidence_sha256, given_at, subject_age, capacity, \
                representative, representative_subject, private_life, child_consented, \
                sensitive_notice, recorded_by, recorded_at, withdrawn_at, withdrawal_case) \
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, \
                $17, $18, $19)";
            const CONSENT_WITHDRAW: &str = "UPDATE consents SET withdrawn_at = $3, \
                withdrawal_case = $4 WHERE org_id = $1 AND id = $2 AND withdrawn_at IS NULL";
            const REQUEST_INSERT: &str = "INSERT INTO public_requests (org_id, reference, kind, \
                status, contact_digest, network_digest, subject, sealed, kek, wrapped_key, \
                code_digest, code_expires_at, attempts, received_at, verified_at, verified_how, \
                verified_by, case_id, decided_at, reason, answered_at) VALUES ($1, $2, $3, $4, \
                $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)";
            const REQUEST_UPDATE: &str = "UPDATE public_requests SET status = $3, \
                code_digest = $4, code_expires_at = $5, attempts = $6, verified_at = $7, \
                verified_how = $8, verified_by = $9, case_id = $10, decided_at = $11, \
                reason = $12, answered_at = $13 \
                WHERE org_id = $1 AND reference = $2 AND status = $14";
            const REQUEST_ATTEMPT: &str = "UPDATE public_requests SET attempts = attempts + 1 \
                WHERE org_id = $1 AND reference = $2 AND status = 'unverified' AND attempts < $3";
            const REQUESTS_SINCE: &str = "SELECT \
                (SELECT COUNT(*) FROM public_requests WHERE contact_digest = $1 AND received_at >= $3) AS by_contact, \
                (SELECT COUNT(*) FROM public_requests WHERE network_digest = $2 AND received_at >= $3) AS by_network";
            const RESTRICTION_INSERT: &str = "INSERT INTO subject_restrictions (org_id, subject, \
                purpose, kind, case_id, since) VALUES ($1, $2, $3, $4, $5, $6) \
                ON CONFLICT (org_id, subject, purpose) DO NOTHING";
            const RESTRICTIONS_SEEN: &str = "SELECT e.n AS epoch, r.subject, r.purpose, r.kind, \
                r.case_id, r.since FROM vault_epoch e LEFT JOIN subject_restrictions r \
                ON r.org_id = $1 WHERE e.id = 1 ORDER BY r.since, r.subject, r.purpose";

            fn consent_from_row(row: &DbRow) -> StoreResult<Consent> {
                let get = |e| db_err(e, Ctx::of(Entity::Consent));
                let purposes: String = row.try_get("purposes").map_err(get)?;
                let channel: String = row.try_get("channel").map_err(get)?;
                let capacity: String = row.try_get("capacity").map_err(get)?;
                let representative: Option<String> =
                    row.try_get("representative").map_err(get)?;
                let age: Option<i64> = row.try_get("subject_age").map_err(get)?;
                let recorded_by: Option<::uuid::Uuid> = row.try_get("recorded_by").map_err(get)?;
                let case: Option<::uuid::Uuid> = row.try_get("withdrawal_case").map_err(get)?;
                Ok(Consent {
                    id: ConsentId::from_uuid(row.try_get("id").map_err(get)?),
                    org_id: OrgId::from_uuid(row.try_get("org_id").map_err(get)?),
                    subject: row.try_get("subject").map_err(get)?,
                    purposes: purposes
                        .split(',')
                        .filter(|p| !p.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    channel: code::<ConsentChannel>("consents.channel", &channel)?,
                    scope: row.try_get("scope").map_err(get)?,
                    evidence_sha256: row.try_get("evidence_sha256").map_err(get)?,
                    given_at: row.try_get("given_at").map_err(get)?,
                    subject_age: age
                        .map(|a| u32::try_from(a).map_err(|_| StoreError::Corrupt("consents.subject_age")))
                        .transpose()?,
                    capacity: code::<Capacity>("consents.capacity", &capacity)?,
                    representative: representative
                        .map(|r| code::<Representation>("consents.representative", &r))
                        .transpose()?,
                    representative_subject: row.try_get("representative_subject").map_err(get)?,
                    discloses_private_life: row.try_get("private_life").map_err(get)?,
                    child_consented: row.try_get("child_consented").map_err(get)?,
                    sensitive_notice: row.try_get("sensitive_notice").map_err(get)?,
                    recorded_by: recorded_by.map(UserId::from_uuid),
                    recorded_at: row.try_get("recorded_at").map_err(get)?,
                    withdrawn_at: row.try_get("withdrawn_at").map_err(get)?,
                    withdrawal_case: case.map(CaseId::from_uuid),
                })
            }

            fn request_from_row(row: &DbRow) -> StoreResult<PublicRequest> {
                let get = |e| db_err(e, Ctx::of(Entity::PublicRequest));
                let kind: String = row.try_get("kind").map_err(get)?;
                let status: String = row.try_get("status").map_err(get)?;
                let attempts: i64 = row.try_get("attempts").map_err(get)?;
                let verified_by: Option<::uuid::Uuid> = row.try_get("verified_by").map_err(get)?;
                let case: Option<::uuid::Uuid> = row.try_get("case_id").map_err(get)?;
                Ok(PublicRequest {
                    org_id: OrgId::from_uuid(row.try_get("org_id").map_err(get)?),
                    reference: row.try_get("reference").map_err(get)?,
                    kind: code::<RequestKind>("public_requests.kind", &kind)?,
                    status: code::<RequestStatus>("public_requests.status", &status)?,
                    contact_digest: row.try_get("contact_digest").map_err(get)?,
                    network_digest: row.try_get("network_digest").map_err(get)?,
                    subject: row.try_get("subject").map_err(get)?,
                    sealed: row.try_get("sealed").map_err(get)?,
                    kek: row.try_get("kek").map_err(get)?,
                    wrapped_key: row.try_get("wrapped_key").map_err(get)?,
                    code_digest: row.try_get("code_digest").map_err(get)?,
                    code_expires_at: row.try_get("code_expires_at").map_err(get)?,
                    attempts: u32::try_from(attempts)
                        .map_err(|_| StoreError::Corrupt("public_requests.attempts"))?,
                    received_at: row.try_get("received_at").map_err(get)?,
                    verified_at: row.try_get("verified_at").map_err(get)?,
                    verified_how: row.try_get("verified_how").map_err(get)?,
                    verified_by: verified_by.map(UserId::from_uuid),
                    case_id: case.map(CaseId::from_uuid),
                    decided_at: row.try_get("decided_at").map_err(get)?,
                    reason: row.try_get("reason").map_err(get)?,
                    answered_at: row.try_get("answered_at").map_err(get)?,
                })
            }

            async fn fetch_consent(
                conn: &mut Conn,
                org: OrgId,
                id: ConsentId,
            ) -> StoreResult<Consent> {
                let sql = format!("SELECT {CONSENT_COLUMNS} FROM consents WHERE org_id = $1 AND id = $2");
                let row = ::sqlx::query(&sql)
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(be)?
                    .ok_or(StoreError::NotFound(Entity::Consent))?;
                consent_from_row(&row)
            }

            fn opt_instant(t: Option<OffsetDateTime>) -> Option<OffsetDateTime> {
                t.map(stored_instant)
            }

            #[async_trait]
            impl SubjectStore for $store {
                async fn add_consent(&self, c: &Consent) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    org_exists(&mut tx, c.org_id).await?;
                    ::sqlx::query(CONSENT_INSERT)
                        .bind(c.org_id.as_uuid())
                        .bind(c.id.as_uuid())
                        .bind(c.subject.as_str())
                        .bind(c.purposes.join(","))
                        .bind(c.channel.code())
                        .bind(c.scope.as_str())
                        .bind(c.evidence_sha256.as_str())
                        .bind(stored_instant(c.given_at))
                        .bind(c.subject_age.map(i64::from))
                        .bind(c.capacity.code())
                        .bind(c.representative.map(|r| r.code()))
                        .bind(c.representative_subject.as_deref())
                        .bind(c.discloses_private_life)
                        .bind(c.child_consented)
                        .bind(c.sensitive_notice)
                        .bind(c.recorded_by.map(|u| u.as_uuid()))
                        .bind(stored_instant(c.recorded_at))
                        .bind(opt_instant(c.withdrawn_at))
                        .bind(c.withdrawal_case.map(|x| x.as_uuid()))
                        .execute(&mut *tx)
                        .await
                        .map_err(|e| db_err(e, Ctx::of(Entity::Consent)))?;
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn get_consent(&self, org: OrgId, id: ConsentId) -> StoreResult<Consent> {
                    read_tx!(self, tx => fetch_consent(&mut tx, org, id).await?)
                }

                async fn withdraw_consent(
                    &self,
                    org: OrgId,
                    id: ConsentId,
                    at: OffsetDateTime,
                    case: Option<CaseId>,
                ) -> StoreResult<Consent> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query(CONSENT_WITHDRAW)
                        .bind(org.as_uuid())
                        .bind(id.as_uuid())
                        .bind(stored_instant(at))
                        .bind(case.map(|c| c.as_uuid()))
                        .execute(&mut *tx)
                        .await
                        .map_err(|e| db_err(e, Ctx::of(Entity::Consent)))?;
                    let c = fetch_consent(&mut tx, org, id).await?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::Conflict("the consent was already withdrawn"));
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(c)
                }

                async fn list_consents(
                    &self,
                    org: OrgId,
                    subject: Option<&str>,
                ) -> StoreResult<Vec<Consent>> {
                    read_tx!(self, tx => {
                        org_exists(&mut tx, org).await?;
                        let sql = format!(
                            "SELECT {CONSENT_COLUMNS} FROM consents WHERE org_id = $1 \
                             AND ($2 IS NULL OR subject = $2) ORDER BY given_at, id"
                        );
                        let rows = ::sqlx::query(&sql)
                            .bind(org.as_uuid())
                            .bind(subject)
                            .fetch_all(&mut *tx)
                            .await
                            .map_err(be)?;
                        rows.iter().map(consent_from_row).collect::<StoreResult<Vec<_>>>()?
                    })
                }

                async fn add_public_request(&self, r: &PublicRequest) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    org_exists(&mut tx, r.org_id).await?;
                    ::sqlx::query(REQUEST_INSERT)
                        .bind(r.org_id.as_uuid())
                        .bind(r.reference.as_str())
                        .bind(r.kind.code())
                        .bind(r.status.code())
                        .bind(r.contact_digest.as_str())
                        .bind(r.network_digest.as_str())
                        .bind(r.subject.as_str())
                        .bind(r.sealed.as_slice())
                        .bind(r.kek.as_str())
                        .bind(r.wrapped_key.as_slice())
                        .bind(r.code_digest.as_deref())
                        .bind(opt_instant(r.code_expires_at))
                        .bind(i64::from(r.attempts))
                        .bind(stored_instant(r.received_at))
                        .bind(opt_instant(r.verified_at))
                        .bind(r.verified_how.as_deref())
                        .bind(r.verified_by.map(|u| u.as_uuid()))
                        .bind(r.case_id.map(|c| c.as_uuid()))
                        .bind(opt_instant(r.decided_at))
                        .bind(r.reason.as_deref())
                        .bind(opt_instant(r.answered_at))
                        .execute(&mut *tx)
                        .await
                        .map_err(|e| db_err(e, Ctx::of(Entity::PublicRequest)))?;
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn public_request(
                    &self,
                    org: OrgId,
                    reference: &str,
                ) -> StoreResult<PublicRequest> {
                    let sql = format!(
                        "SELECT {REQUEST_COLUMNS} FROM public_requests \
                         WHERE org_id = $1 AND reference = $2"
                    );
                    let row = ::sqlx::query(&sql)
                        .bind(org.as_uuid())
                        .bind(reference)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(be)?
                        .ok_or(StoreError::NotFound(Entity::PublicRequest))?;
                    request_from_row(&row)
                }

                async fn update_public_request(
                    &self,
                    r: &PublicRequest,
                    expected: RequestStatus,
                ) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query(REQUEST_UPDATE)
                        .bind(r.org_id.as_uuid())
                        .bind(r.reference.as_str())
                        .bind(r.status.code())
                        .bind(r.code_digest.as_deref())
                        .bind(opt_instant(r.code_expires_at))
                        .bind(i64::from(r.attempts))
                        .bind(opt_instant(r.verified_at))
                        .bind(r.verified_how.as_deref())
                        .bind(r.verified_by.map(|u| u.as_uuid()))
                        .bind(r.case_id.map(|c| c.as_uuid()))
                        .bind(opt_instant(r.decided_at))
                        .bind(r.reason.as_deref())
                        .bind(opt_instant(r.answered_at))
                        .bind(expected.code())
                        .execute(&mut *tx)
                        .await
                        .map_err(|e| db_err(e, Ctx::of(Entity::PublicRequest)))?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::Conflict("the request changed meanwhile"));
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn claim_request_attempt(
                    &self,
                    org: OrgId,
                    reference: &str,
                    max: u32,
                ) -> StoreResult<bool> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query(REQUEST_ATTEMPT)
                        .bind(org.as_uuid())
                        .bind(reference)
                        .bind(i64::from(max))
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                    tx.commit().await.map_err(be)?;
                    Ok(done.rows_affected() == 1)
                }

                async fn set_request_case(
                    &self,
                    org: OrgId,
                    reference: &str,
                    case: CaseId,
                ) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query(
                        "UPDATE public_requests SET case_id = $3 WHERE org_id = $1 AND reference = $2",
                    )
                    .bind(org.as_uuid())
                    .bind(reference)
                    .bind(case.as_uuid())
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| db_err(e, Ctx::of(Entity::PublicRequest)))?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::PublicRequest));
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn set_consent_case(
                    &self,
                    org: OrgId,
                    id: ConsentId,
                    case: CaseId,
                ) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query(
                        "UPDATE consents SET withdrawal_case = $3 WHERE org_id = $1 AND id = $2",
                    )
                    .bind(org.as_uuid())
                    .bind(id.as_uuid())
                    .bind(case.as_uuid())
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| db_err(e, Ctx::of(Entity::Consent)))?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::Consent));
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn list_public_requests(&self, org: OrgId) -> StoreResult<Vec<PublicRequest>> {
                    read_tx!(self, tx => {
                        org_exists(&mut tx, org).await?;
                        let sql = format!(
                            "SELECT {REQUEST_COLUMNS} FROM public_requests WHERE org_id = $1 \
                             ORDER BY received_at DESC, reference"
                        );
                        let rows = ::sqlx::query(&sql)
                            .bind(org.as_uuid())
                            .fetch_all(&mut *tx)
                            .await
                            .map_err(be)?;
                        rows.iter().map(request_from_row).collect::<StoreResult<Vec<_>>>()?
                    })
                }

                async fn public_requests_since(
                    &self,
                    contact_digest: &str,
                    network_digest: &str,
                    since: OffsetDateTime,
                ) -> StoreResult<(u64, u64)> {
                    let row = ::sqlx::query(REQUESTS_SINCE)
                        .bind(contact_digest)
                        .bind(network_digest)
                        .bind(stored_instant(since))
                        .fetch_one(&self.pool)
                        .await
                        .map_err(be)?;
                    let a: i64 = row.try_get("by_contact").map_err(be)?;
                    let b: i64 = row.try_get("by_network").map_err(be)?;
                    Ok((a.unsigned_abs(), b.unsigned_abs()))
                }

                async fn add_restriction(&self, r: &Restriction) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    org_exists(&mut tx, r.org_id).await?;
                    ::sqlx::query(RESTRICTION_INSERT)
                        .bind(r.org_id.as_uuid())
                        .bind(r.subject.as_str())
                        .bind(r.purpose.as_str())
                        .bind(r.kind.code())
                        .bind(r.case_id.map(|c| c.as_uuid()))
                        .bind(stored_instant(r.since))
                        .execute(&mut *tx)
                        .await
                        .map_err(|e| db_err(e, Ctx::of(Entity::Case)))?;
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn restrictions_seen(
                    &self,
                    org: OrgId,
                ) -> StoreResult<(Vec<Restriction>, i64)> {
                    let rows = ::sqlx::query(RESTRICTIONS_SEEN)
                        .bind(org.as_uuid())
                        .fetch_all(&self.pool)
                        .await
                        .map_err(be)?;
                    let mut epoch = 0;
                    let mut out = Vec::new();
                    for row in &rows {
                        epoch = row.try_get("epoch").map_err(be)?;
                        let subject: Option<String> = row.try_get("subject").map_err(be)?;
                        let Some(subject) = subject else { continue };
                        let kind: String = row.try_get("kind").map_err(be)?;
                        let case: Option<::uuid::Uuid> = row.try_get("case_id").map_err(be)?;
                        out.push(Restriction {
                            org_id: org,
                            subject,
                            purpose: row.try_get("purpose").map_err(be)?,
                            kind: code::<RequestKind>("subject_restrictions.kind", &kind)?,
                            case_id: case.map(CaseId::from_uuid),
                            since: row.try_get("since").map_err(be)?,
                        });
                    }
                    Ok((out, epoch))
                }
                async fn put_breach_facts(
                    &self,
                    org: OrgId,
                    case: CaseId,
                    facts: &BreachFacts,
                    by: Option<UserId>,
                    now: OffsetDateTime,
                ) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    ::sqlx::query(FACTS_UPSERT)
                        .bind(org.as_uuid())
                        .bind(case.as_uuid())
                        .bind(facts_to_json(facts))
                        .bind(by.map(|u| u.as_uuid()))
                        .bind(stored_instant(now))
                        .execute(&mut *tx)
                        .await
                        .map_err(|e| db_err(e, Ctx::of(Entity::Case).fk(|| StoreError::NotFound(Entity::Case))))?;
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn breach_facts(
                    &self,
                    org: OrgId,
                    case: CaseId,
                ) -> StoreResult<Option<(BreachFacts, OffsetDateTime)>> {
                    let row = ::sqlx::query(
                        "SELECT facts, updated_at FROM breach_facts WHERE org_id = $1 AND case_id = $2",
                    )
                    .bind(org.as_uuid())
                    .bind(case.as_uuid())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(be)?;
                    match row {
                        None => Ok(None),
                        Some(row) => {
                            let facts: String = row.try_get("facts").map_err(be)?;
                            let at: OffsetDateTime = row.try_get("updated_at").map_err(be)?;
                            Ok(Some((facts_from_json(&facts)?, at)))
                        }
                    }
                }

                async fn add_breach_notices(&self, notices: &[BreachNotice]) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    for n in notices {
                        ::sqlx::query(NOTICE_INSERT)
                            .bind(n.org_id.as_uuid())
                            .bind(n.case_id.as_uuid())
                            .bind(n.recipient.as_str())
                            .bind(n.subject.as_deref())
                            .bind(stored_instant(n.at))
                            .bind(n.sent)
                            .bind(n.error.as_deref())
                            .bind(n.by.map(|u| u.as_uuid()))
                            .execute(&mut *tx)
                            .await
                            .map_err(|e| db_err(e, Ctx::of(Entity::Case).fk(|| StoreError::NotFound(Entity::Case))))?;
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn breach_notices(
                    &self,
                    org: OrgId,
                    case: CaseId,
                ) -> StoreResult<Vec<BreachNotice>> {
                    let rows = ::sqlx::query(
                        "SELECT recipient, subject, at, sent, error, sent_by FROM breach_notices \
                         WHERE org_id = $1 AND case_id = $2 ORDER BY seq",
                    )
                    .bind(org.as_uuid())
                    .bind(case.as_uuid())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)?;
                    rows.iter()
                        .map(|row| {
                            let by: Option<::uuid::Uuid> = row.try_get("sent_by").map_err(be)?;
                            Ok(BreachNotice {
                                org_id: org,
                                case_id: case,
                                recipient: row.try_get("recipient").map_err(be)?,
                                subject: row.try_get("subject").map_err(be)?,
                                at: row.try_get("at").map_err(be)?,
                                sent: row.try_get("sent").map_err(be)?,
                                error: row.try_get("error").map_err(be)?,
                                by: by.map(UserId::from_uuid),
                            })
                        })
                        .collect()
                }
            }
        };
    };
}

subjects_impl!(crate::SqliteStore, sqlite);
subjects_impl!(crate::PgStore, postgres);
