//! A breach case's facts and its notices to the affected subjects (Law 91/2025 Art. 23;
//! Decree 356/2025 Art. 8(3), 28, 29). Form 08 is drafted from the facts by the forms' render
//! route with `?case=`.

use axum::Json;
use axum::extract::State;
use khien_domain::{BreachDataKind, BreachFacts, CaseId, Code as _, Severity};
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use utoipa::openapi::schema::Schema;
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::{iso_date, json_schemas, org_id, rfc3339};
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::ApiError;
use crate::schema;

json_schemas! {
    instant_schema => schema::nullable(schema::instant_1900_2099());
    fact_schema => schema::nullable(json!({
        "type": "string", "maxLength": 4000,
        "description": "At most 4000 characters."
    }));
    kinds_schema => json!({
        "type": "array", "maxItems": 5, "items": schema::code::<BreachDataKind>(
            "A kind of data touched: location and biometric data (Decree 356/2025 Art. 29) \
             and sensitive financial data (Art. 8(3)) must be told to the subjects within 72 hours."
        ),
    });
    severity_schema => schema::nullable(schema::code::<Severity>(
        "How serious it is for the subjects (Art. 29(2)(c))."
    ));
    date_schema => schema::nullable(json!({
        "type": "string", "pattern": format!("^{}$", schema::date_pattern_body()),
        "format": "date"
    }));
    count_schema => schema::nullable(schema::whole(9_223_372_036_854_775_807, "Subjects affected."));
    recipients_schema => json!({
        "type": "array", "maxItems": 1000,
        "items": crate::dto::email_json("An affected subject's e-mail address."),
        "description": "E-mail addresses of affected subjects."
    });
    subjects_schema => json!({
        "type": "array", "maxItems": 1000,
        "items": {"type": "string", "pattern": schema::trimmed_any_pattern(256)},
        "description": "Affected subjects as the vault knows them (identifier or pseudonym): \
                        the address is the first e-mail address among their records."
    });
}

/// What is known of a breach. Every field may be left out until known.
#[derive(Debug, Deserialize, Serialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct FactsInput {
    /// When it was discovered (Art. 29(2)(a)).
    #[serde(default, with = "rfc3339::option")]
    #[schema(schema_with = instant_schema)]
    discovered_at: Option<OffsetDateTime>,
    /// How it was discovered (Art. 29(2)(a)).
    #[serde(default)]
    #[schema(schema_with = fact_schema)]
    discovered_how: Option<String>,
    /// When it happened (Art. 28(1)(a)).
    #[serde(default, with = "rfc3339::option")]
    #[schema(schema_with = instant_schema)]
    occurred_at: Option<OffsetDateTime>,
    /// Where.
    #[serde(default)]
    #[schema(schema_with = fact_schema)]
    place: Option<String>,
    /// What was done (hành vi).
    #[serde(default)]
    #[schema(schema_with = fact_schema)]
    conduct: Option<String>,
    /// Organisations and persons involved.
    #[serde(default)]
    #[schema(schema_with = fact_schema)]
    parties: Option<String>,
    /// The kinds of data touched.
    #[serde(default)]
    #[schema(schema_with = kinds_schema)]
    data_kinds: Vec<String>,
    /// The kinds and quantity of personal data involved, in words.
    #[serde(default)]
    #[schema(schema_with = fact_schema)]
    data_description: Option<String>,
    /// How many subjects are affected.
    #[serde(default, deserialize_with = "crate::dto::whole::option")]
    #[schema(schema_with = count_schema)]
    subjects_affected: Option<u64>,
    /// How serious.
    #[serde(default)]
    #[schema(schema_with = severity_schema)]
    severity: Option<String>,
    /// The risks to the subjects.
    #[serde(default)]
    #[schema(schema_with = fact_schema)]
    risks: Option<String>,
    /// Consequences and damage that may follow.
    #[serde(default)]
    #[schema(schema_with = fact_schema)]
    consequences: Option<String>,
    /// Measures taken, under way and planned.
    #[serde(default)]
    #[schema(schema_with = fact_schema)]
    measures: Option<String>,
    /// What the subjects should do (Art. 29(2)(đ)).
    #[serde(default)]
    #[schema(schema_with = fact_schema)]
    subject_guidance: Option<String>,
    /// Whom to contact (Art. 28(1)(b), 29(2)(e)).
    #[serde(default)]
    #[schema(schema_with = fact_schema)]
    contact: Option<String>,
    /// The minutes confirming the breach (Law 91/2025 Art. 23(2)).
    #[serde(default)]
    #[schema(schema_with = fact_schema)]
    minutes_number: Option<String>,
    /// Their date.
    #[serde(default, with = "iso_date::option")]
    #[schema(schema_with = date_schema)]
    minutes_date: Option<Date>,
    /// Who drew them up.
    #[serde(default)]
    #[schema(schema_with = fact_schema)]
    minutes_participants: Option<String>,
    /// When the incident was remediated: the file is kept 5 years from then (Art. 29(1)(c)).
    #[serde(default, with = "iso_date::option")]
    #[schema(schema_with = date_schema)]
    remediated_on: Option<Date>,
}

/// The facts with what follows from them.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct FactsDto {
    /// The facts, as recorded.
    facts: FactsInput,
    /// Whether the affected subjects must be told within 72 hours (Decree 356/2025 Art. 8(3),
    /// 29(1)(a)).
    subjects_must_be_told: bool,
    /// The facts a notice to the subjects still lacks (Art. 29(2)).
    missing_for_notice: Vec<String>,
    /// The breach file is kept at least until (5 years after remediation); null while not
    /// remediated.
    #[serde(with = "iso_date::option")]
    #[schema(value_type = Option<String>, format = Date)]
    kept_until: Option<Date>,
    /// When the facts were last set.
    #[serde(with = "rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    updated_at: Option<OffsetDateTime>,
}

fn to_domain(i: FactsInput) -> Result<BreachFacts, ApiError> {
    let kinds = i
        .data_kinds
        .iter()
        .map(|k| BreachDataKind::parse_code(k.trim()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| ApiError::Validation(vec![e]))?;
    let severity = i
        .severity
        .as_deref()
        .map(|s| Severity::parse_code(s.trim()))
        .transpose()
        .map_err(|e| ApiError::Validation(vec![e]))?;
    Ok(BreachFacts {
        discovered_at: i.discovered_at,
        discovered_how: i.discovered_how,
        occurred_at: i.occurred_at,
        place: i.place,
        conduct: i.conduct,
        parties: i.parties,
        data_kinds: kinds,
        data_description: i.data_description,
        subjects_affected: i.subjects_affected,
        severity,
        risks: i.risks,
        consequences: i.consequences,
        measures: i.measures,
        subject_guidance: i.subject_guidance,
        contact: i.contact,
        minutes_number: i.minutes_number,
        minutes_date: i.minutes_date,
        minutes_participants: i.minutes_participants,
        remediated_on: i.remediated_on,
    })
}

fn facts_dto(f: BreachFacts, updated_at: Option<OffsetDateTime>) -> FactsDto {
    FactsDto {
        subjects_must_be_told: f.subjects_must_be_told(),
        missing_for_notice: f
            .missing_for_notice()
            .into_iter()
            .map(str::to_owned)
            .collect(),
        kept_until: f.kept_until(),
        updated_at,
        facts: FactsInput {
            discovered_at: f.discovered_at,
            discovered_how: f.discovered_how,
            occurred_at: f.occurred_at,
            place: f.place,
            conduct: f.conduct,
            parties: f.parties,
            data_kinds: f.data_kinds.iter().map(|k| k.code().to_owned()).collect(),
            data_description: f.data_description,
            subjects_affected: f.subjects_affected,
            severity: f.severity.map(|s| s.code().to_owned()),
            risks: f.risks,
            consequences: f.consequences,
            measures: f.measures,
            subject_guidance: f.subject_guidance,
            contact: f.contact,
            minutes_number: f.minutes_number,
            minutes_date: f.minutes_date,
            minutes_participants: f.minutes_participants,
            remediated_on: f.remediated_on,
        },
    }
}

/// The facts of a breach case.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/cases/{case_id}/breach",
    tag = "cases",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("case_id" = Uuid, Path, description = "The breach case"),
    ),
    responses((status = 200, description = "The facts", body = FactsDto), Problems)
)]
pub(crate) async fn get_facts(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, case)): ApiPath<(Uuid, Uuid)>,
) -> Result<Json<FactsDto>, ApiError> {
    let (f, at) = s
        .app
        .breach_facts_get(&caller, org_id(org), CaseId::from_uuid(case))
        .await?;
    Ok(Json(facts_dto(f, at)))
}

/// Sets the facts of a breach case (replacing them whole): what Form 08 and the notices to
/// the subjects state (Decree 356/2025 Art. 28, 29), the minutes (Law 91/2025 Art. 23(2)), the
/// remediation date that starts the 5 years the file is kept. 409 for a case that is not a
/// breach.
#[utoipa::path(
    put,
    path = "/api/v1/orgs/{org_id}/cases/{case_id}/breach",
    tag = "cases",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("case_id" = Uuid, Path, description = "The breach case"),
    ),
    request_body = FactsInput,
    responses((status = 200, description = "The facts", body = FactsDto), Problems)
)]
pub(crate) async fn put_facts(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, case)): ApiPath<(Uuid, Uuid)>,
    ApiJson(input): ApiJson<FactsInput>,
) -> Result<Json<FactsDto>, ApiError> {
    let facts = to_domain(input)?;
    let f = s
        .app
        .breach_facts_set(&caller, org_id(org), CaseId::from_uuid(case), &facts)
        .await?;
    let at = Some(s.app.now());
    Ok(Json(facts_dto(f, at)))
}

/// Whom to notify.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NotifyInput {
    /// Affected subjects' e-mail addresses.
    #[serde(default)]
    #[schema(schema_with = recipients_schema)]
    recipients: Vec<String>,
    /// Affected subjects as the vault knows them.
    #[serde(default)]
    #[schema(schema_with = subjects_schema)]
    subjects: Vec<String>,
}

/// A notice sent to an affected subject.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct NoticeDto {
    /// The address, masked.
    recipient: String,
    /// The subject's pseudonym, when named as the vault knows them.
    subject: Option<String>,
    #[serde(with = "rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    at: OffsetDateTime,
    /// Whether the SMTP server accepted it.
    sent: bool,
    /// The kind of failure.
    error: Option<String>,
}

/// A round of notices.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct NotifiedDto {
    notices: Vec<NoticeDto>,
    /// Whether the 72-hour notice obligation is now fulfilled (every notice was accepted).
    fulfilled: bool,
}

fn notice_dto(n: khien_domain::BreachNotice) -> NoticeDto {
    NoticeDto {
        recipient: n.recipient,
        subject: n.subject,
        at: n.at,
        sent: n.sent,
        error: n.error,
    }
}

/// E-mails the notice of Decree 356/2025 Art. 29(2) to the affected subjects (its contents
/// from the facts, which must be complete: 422 names what is missing); each attempt is
/// recorded with the address masked; when all were accepted the case's `notify_subjects`
/// transition fulfils the 72-hour obligation. 503 without an SMTP server.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/cases/{case_id}/breach/notices",
    tag = "cases",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("case_id" = Uuid, Path, description = "The breach case"),
    ),
    request_body = NotifyInput,
    responses(
        (status = 200, description = "Sent", body = NotifiedDto),
        (status = 503, description = "No SMTP server is configured"),
        Problems
    )
)]
pub(crate) async fn notify(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, case)): ApiPath<(Uuid, Uuid)>,
    ApiJson(input): ApiJson<NotifyInput>,
) -> Result<Json<NotifiedDto>, ApiError> {
    let n = s
        .app
        .breach_notify(
            &caller,
            org_id(org),
            CaseId::from_uuid(case),
            &input.recipients,
            &input.subjects,
        )
        .await?;
    Ok(Json(NotifiedDto {
        notices: n.notices.into_iter().map(notice_dto).collect(),
        fulfilled: n.fulfilled,
    }))
}

/// Who was notified of a breach, and when (addresses masked).
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/cases/{case_id}/breach/notices",
    tag = "cases",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("case_id" = Uuid, Path, description = "The breach case"),
    ),
    responses((status = 200, description = "The notices", body = Vec<NoticeDto>), Problems)
)]
pub(crate) async fn list_notices(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, case)): ApiPath<(Uuid, Uuid)>,
) -> Result<Json<Vec<NoticeDto>>, ApiError> {
    let ns = s
        .app
        .breach_notices(&caller, org_id(org), CaseId::from_uuid(case))
        .await?;
    Ok(Json(ns.into_iter().map(notice_dto).collect()))
}

/// The minutes' format.
#[derive(Debug, Clone, Copy, Default, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum MinutesFormat {
    /// PDF, fonts embedded.
    #[default]
    Pdf,
    /// Word, to complete and sign.
    Docx,
    /// Markdown.
    Md,
}

/// How to render the minutes.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct MinutesQuery {
    /// `pdf` (default), `docx` or `md`.
    format: Option<MinutesFormat>,
}

/// The minutes confirming the breach (biên bản, Law 91/2025 Art. 23(2)), drawn up from the
/// facts recorded on the case: PDF, DOCX or Markdown; a fact not recorded is a visible blank.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/cases/{case_id}/breach/minutes",
    tag = "cases",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("case_id" = Uuid, Path, description = "The breach case"),
        MinutesQuery,
    ),
    responses(
        (status = 200, description = "The minutes", content(
            ("application/pdf"),
            ("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ("text/markdown"),
        )),
        Problems
    )
)]
pub(crate) async fn minutes(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, case)): ApiPath<(Uuid, Uuid)>,
    q: Result<axum::extract::Query<MinutesQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<axum::response::Response, ApiError> {
    use axum::http::{HeaderValue, StatusCode, header};
    use axum::response::IntoResponse as _;
    let axum::extract::Query(q) = q.map_err(|_| ApiError::BadRequest {
        status: StatusCode::BAD_REQUEST,
        detail: "query: format (pdf, docx or md)".to_owned(),
    })?;
    let blocks = s
        .app
        .breach_minutes(&caller, org_id(org), CaseId::from_uuid(case))
        .await?;
    let format = q.format.unwrap_or_default();
    let rendered = tokio::task::spawn_blocking(move || match format {
        MinutesFormat::Pdf => khien_forms::pdf::render(&blocks).map_err(|e| e.to_string()),
        MinutesFormat::Docx => khien_forms::docx::render(&blocks).map_err(|e| e.to_string()),
        MinutesFormat::Md => Ok(khien_forms::markdown::render(&blocks).into_bytes()),
    })
    .await;
    let bytes = match rendered {
        Ok(Ok(b)) => b,
        Ok(Err(e)) => {
            tracing::error!(error = %e, "the minutes could not be rendered");
            return Err(ApiError::Internal);
        }
        Err(_) => return Err(ApiError::Internal),
    };
    let (mime, ext) = match format {
        MinutesFormat::Pdf => ("application/pdf", "pdf"),
        MinutesFormat::Docx => (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
        ),
        MinutesFormat::Md => ("text/markdown; charset=utf-8", "md"),
    };
    let mut resp = (StatusCode::OK, bytes).into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"bien-ban-{case}.{ext}\""))
    {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(resp)
}
