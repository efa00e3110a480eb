//! The people whose data it is (issue 17): the consent ledger (Law 91/2025 Art. 9, 10, 24;
//! Decree 356/2025 Art. 6), the public request channel (no login: Decree 356/2025 Art. 5) and
//! the staff's handling of the requests.

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use khien_domain::{Capacity, Code as _, ConsentChannel, Representation};
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::{Date, OffsetDateTime};
use utoipa::openapi::schema::Schema;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::{email_json, iso_date, json_schemas, org_id, rfc3339};
use crate::extract::{ApiJson, ApiPath, Caller, ClientAddr, OptionalJson};
use crate::problem::ApiError;
use crate::schema;

const CODE: &str = "^[a-z0-9_.-]{1,64}$";

json_schemas! {
    subject_schema => json!({
        "type": "string", "pattern": schema::trimmed_any_pattern(256),
        "description": "The data subject's identifier (an identity card number, a customer \
                        number, an e-mail address) or pseudonym (`ps1:…`): only the pseudonym \
                        is kept."
    });
    purposes_schema => json!({
        "type": "array", "minItems": 1, "maxItems": 32, "uniqueItems": true,
        "items": {"type": "string", "pattern": CODE},
        "description": "Each purpose consented to, on its own (Law 91/2025 Art. 9(4)(a)): \
                        1 to 32 codes of lower-case letters, digits, `_`, `.`, `-`."
    });
    channel_schema => schema::code::<ConsentChannel>(
        "How the consent was expressed (Decree 356/2025 Art. 6(1)(a)-(đ))."
    );
    capacity_schema => schema::nullable(schema::code::<Capacity>(
        "The subject's capacity (Law 91/2025 Art. 24): other than `full`, a representative \
         consents. Default `full`."
    ));
    relation_schema => schema::code::<Representation>("Who consented on the subject's behalf.");
    scope_schema => json!({
        "type": "string", "maxLength": 1000,
        "description": "What the consent covers: the kinds of data, the controller (Law \
                        91/2025 Art. 9(2)); at most 1000 characters, no personal data (screened)."
    });
    digest_schema => json!({
        "type": "string", "pattern": "^[ \\t\\n\\r]*[0-9A-Fa-f]{64}[ \\t\\n\\r]*$",
        "description": "SHA-256 (64 hexadecimal digits) of the text or record shown to the \
                        subject when they consented."
    });
    given_at_schema => schema::instant_1900_2099();
    withdrawn_at_schema => schema::nullable(schema::instant_1900_2099());
    birth_schema => schema::nullable(json!({
        "type": "string", "pattern": format!("^{}$", schema::date_pattern_body()),
        "format": "date",
        "description": "The subject's date of birth, when known: only the age it gives on the \
                        day of the consent is kept (a child is under 16)."
    }));
    kind_schema => schema::code::<khien_domain::RequestKind>(
        "What the data subject asks (Law 91/2025 Art. 4(1))."
    );
    contact_schema => email_json("Where the one-time code and the answer are sent.");
    reference_schema => json!({
        "type": "string", "pattern": schema::trimmed_any_pattern(200),
        "description": "How the organisation knows the data subject: a customer number, an \
                        identity card number, an e-mail address (1 to 200 characters)."
    });
    details_schema => json!({
        "type": "string", "maxLength": 2000, "pattern": "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$",
        "description": "What is asked, in the sender's words (at most 2000 characters, no control characters but line breaks and tabs)."
    });
    code_schema => json!({
        "type": "string", "pattern": "^[ \\t]*[0-9]{6}[ \\t]*$",
        "description": "The six-digit code sent to the contact address."
    });
    reason_schema => json!({
        "type": "string", "maxLength": 1000,
        "description": "What was done, or why the request is refused (required for a refusal): \
                        at most 1000 characters, no personal data (screened)."
    });
}

/// The party who consented for the subject.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RepresentativeInput {
    /// `parent`, `guardian` or `legal_representative`.
    #[schema(schema_with = relation_schema)]
    relation: String,
    /// The representative's identifier or pseudonym (kept as a pseudonym).
    #[schema(schema_with = subject_schema)]
    person: String,
}

/// A consent as a system reports it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConsentInput {
    /// The data subject.
    #[schema(schema_with = subject_schema)]
    subject: String,
    /// The purposes, each on its own.
    #[schema(schema_with = purposes_schema)]
    purposes: Vec<String>,
    /// How it was expressed.
    #[schema(schema_with = channel_schema)]
    channel: String,
    /// What it covers.
    #[schema(schema_with = scope_schema)]
    scope: String,
    /// SHA-256 of what the subject was shown.
    #[schema(schema_with = digest_schema)]
    evidence_sha256: String,
    /// When it was given (not in the future).
    #[serde(with = "rfc3339")]
    #[schema(schema_with = given_at_schema)]
    given_at: OffsetDateTime,
    /// The subject's date of birth, when known (only the age is kept).
    #[serde(default, with = "iso_date::option")]
    #[schema(schema_with = birth_schema)]
    birth_date: Option<Date>,
    /// The subject's capacity (default `full`).
    #[serde(default)]
    #[schema(schema_with = capacity_schema)]
    capacity: Option<String>,
    /// Who consented on the subject's behalf (a child under 16, a person without full
    /// capacity: Law 91/2025 Art. 24(2)).
    #[serde(default)]
    representative: Option<RepresentativeInput>,
    /// A purpose publishes or discloses the subject's private life.
    #[serde(default)]
    discloses_private_life: bool,
    /// The child consented too (needed from 7 years of age for publishing private life).
    #[serde(default)]
    child_consented: bool,
    /// The data are sensitive personal data.
    #[serde(default)]
    sensitive: bool,
    /// The subject was told the data are sensitive (Decree 356/2025 Art. 6(4)).
    #[serde(default)]
    sensitive_notice: bool,
}

/// A consent of the ledger.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ConsentDto {
    id: Uuid,
    /// The subject's pseudonym.
    subject: String,
    purposes: Vec<String>,
    channel: String,
    /// The channel in Vietnamese.
    channel_label: String,
    scope: String,
    evidence_sha256: String,
    #[serde(with = "rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    given_at: OffsetDateTime,
    /// The subject's age when they consented, when known.
    subject_age: Option<u32>,
    /// Under 16 then, when known.
    child: Option<bool>,
    capacity: String,
    representative: Option<RepresentativeDto>,
    discloses_private_life: bool,
    child_consented: bool,
    sensitive_notice: bool,
    recorded_by: Option<Uuid>,
    #[serde(with = "rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    recorded_at: OffsetDateTime,
    /// `given` or `withdrawn`.
    status: String,
    #[serde(with = "rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    withdrawn_at: Option<OffsetDateTime>,
    /// The withdrawal request opened (a subject_request case).
    withdrawal_case: Option<Uuid>,
}

/// Who consented for the subject.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RepresentativeDto {
    relation: String,
    /// Their pseudonym.
    person: Option<String>,
}

fn consent_dto(c: khien_domain::Consent) -> ConsentDto {
    ConsentDto {
        id: c.id.as_uuid(),
        subject: c.subject,
        purposes: c.purposes,
        channel: c.channel.code().to_owned(),
        channel_label: c.channel.label_vi().to_owned(),
        scope: c.scope,
        evidence_sha256: c.evidence_sha256,
        given_at: c.given_at,
        subject_age: c.subject_age,
        child: c.subject_age.map(|a| a < khien_domain::CHILD_UNDER),
        capacity: c.capacity.code().to_owned(),
        representative: c.representative.map(|r| RepresentativeDto {
            relation: r.code().to_owned(),
            person: c.representative_subject.clone(),
        }),
        discloses_private_life: c.discloses_private_life,
        child_consented: c.child_consented,
        sensitive_notice: c.sensitive_notice,
        recorded_by: c.recorded_by.map(|u| u.as_uuid()),
        recorded_at: c.recorded_at,
        status: if c.withdrawn_at.is_some() {
            "withdrawn"
        } else {
            "given"
        }
        .to_owned(),
        withdrawn_at: c.withdrawn_at,
        withdrawal_case: c.withdrawal_case.map(|x| x.as_uuid()),
    }
}

fn parse_code<T: khien_domain::Code>(s: &str) -> Result<T, ApiError> {
    T::parse_code(s.trim()).map_err(|e| ApiError::Validation(vec![e]))
}

/// Records a consent (Law 91/2025 Art. 9; Decree 356/2025 Art. 6): systems call it as they
/// collect consent. A child's consent (under 16, from `birth_date`) or a represented
/// person's needs the `representative` (Art. 24(2)); publishing a child's private life from
/// 7 years of age needs `child_consented` too; sensitive data need `sensitive_notice`.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/consents",
    tag = "consents",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = ConsentInput,
    responses((status = 201, description = "Recorded", body = ConsentDto), Problems)
)]
pub(crate) async fn record_consent(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<ConsentInput>,
) -> Result<Response, ApiError> {
    let channel = parse_code::<ConsentChannel>(&input.channel)?;
    let capacity = match &input.capacity {
        Some(c) => parse_code::<Capacity>(c)?,
        None => Capacity::Full,
    };
    let representative = match input.representative {
        Some(r) => Some((parse_code::<Representation>(&r.relation)?, r.person)),
        None => None,
    };
    let c = s
        .app
        .consent_record(
            &caller,
            org_id(org),
            &khien_app::consents::ConsentInput {
                subject: input.subject,
                purposes: input.purposes,
                channel,
                scope: input.scope,
                evidence_sha256: input.evidence_sha256,
                given_at: input.given_at,
                birth_date: input.birth_date,
                capacity,
                representative,
                discloses_private_life: input.discloses_private_life,
                child_consented: input.child_consented,
                sensitive: input.sensitive,
                sensitive_notice: input.sensitive_notice,
            },
        )
        .await?;
    Ok((StatusCode::CREATED, Json(consent_dto(c))).into_response())
}

/// Which consents.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConsentQuery {
    /// One subject's history (identifier or pseudonym); all consents when absent.
    #[param(max_length = 256)]
    subject: Option<String>,
}

/// The consent ledger, or one subject's history, oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/consents",
    tag = "consents",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation"), ConsentQuery),
    responses((status = 200, description = "The consents", body = Vec<ConsentDto>), Problems)
)]
pub(crate) async fn list_consents(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    q: Result<Query<ConsentQuery>, QueryRejection>,
) -> Result<Json<Vec<ConsentDto>>, ApiError> {
    let Query(q) = q.map_err(|_| bad_query("subject (optional): a data subject"))?;
    let subject = q.subject.filter(|s| !s.trim().is_empty());
    if subject.as_deref().is_some_and(too_long) {
        return Err(bad_query("subject: at most 256 characters"));
    }
    let cs = s
        .app
        .consent_list(&caller, org_id(org), subject.as_deref())
        .await?;
    Ok(Json(cs.into_iter().map(consent_dto).collect()))
}

/// A query's subject longer than its documented 256 characters (as sent, before trimming).
fn too_long(s: &str) -> bool {
    s.chars().count() > 256
}

fn bad_query(what: &str) -> ApiError {
    ApiError::BadRequest {
        status: StatusCode::BAD_REQUEST,
        detail: format!("query: {what}"),
    }
}

/// A withdrawal (the body is optional).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct WithdrawInput {
    /// When the subject withdrew (default: now; not in the future).
    #[serde(default, with = "rfc3339::option")]
    #[schema(schema_with = withdrawn_at_schema)]
    withdrawn_at: Option<OffsetDateTime>,
}

/// A withdrawal done.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct WithdrawnDto {
    consent: ConsentDto,
    /// The withdrawal request opened, with its clock (Decree 356/2025 Art. 5(2)).
    case_id: Uuid,
    /// Whether the organisation's systems acknowledged the webhook (null: none configured).
    systems_notified: Option<bool>,
}

/// Withdraws a consent (Law 91/2025 Art. 10): opens the withdrawal request with its time
/// limits, stops the vault from decrypting the subject's data for the purposes withdrawn,
/// and tells the organisation's systems. 409 when it was already withdrawn.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/consents/{consent_id}/withdraw",
    tag = "consents",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("consent_id" = Uuid, Path, description = "The consent"),
    ),
    request_body(content = Option<WithdrawInput>, description = "Optional"),
    responses((status = 200, description = "Withdrawn", body = WithdrawnDto), Problems)
)]
pub(crate) async fn withdraw_consent(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, consent)): ApiPath<(Uuid, Uuid)>,
    OptionalJson(input): OptionalJson<WithdrawInput>,
) -> Result<Json<WithdrawnDto>, ApiError> {
    let at = input.and_then(|i| i.withdrawn_at);
    let w = s
        .app
        .consent_withdraw(&caller, org_id(org), &consent.to_string(), at)
        .await?;
    Ok(Json(WithdrawnDto {
        consent: consent_dto(w.consent),
        case_id: w.case_id.as_uuid(),
        systems_notified: w.systems_notified,
    }))
}

/// Whose evidence.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct EvidenceQuery {
    /// The data subject (identifier or pseudonym).
    #[param(min_length = 1, max_length = 256)]
    subject: String,
}

/// The evidence of a subject's consents for an inspector: their history as JSON signed by the
/// organisation (CMS SignedData, DER); `openssl cms -verify -inform DER -CAfile <signing
/// certificate>` checks it and prints the document.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/consents/evidence",
    tag = "consents",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation"), EvidenceQuery),
    responses(
        (status = 200, description = "CMS SignedData (DER)", content_type = "application/pkcs7-mime", body = Vec<u8>),
        (status = 503, description = "The vault is not configured"),
        Problems
    )
)]
pub(crate) async fn consent_evidence(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    q: Result<Query<EvidenceQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(q) = q.map_err(|_| bad_query("subject (required): a data subject"))?;
    if too_long(&q.subject) || q.subject.is_empty() {
        return Err(bad_query("subject: 1 to 256 characters"));
    }
    let der = s
        .app
        .consent_evidence(&caller, org_id(org), &q.subject)
        .await?;
    Ok(pkcs7(der, "consent-evidence.p7m"))
}

fn pkcs7(der: Vec<u8>, name: &str) -> Response {
    let mut r = der.into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pkcs7-mime"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

/// The error responses of the public channel, as problem documents.
pub(crate) struct PublicProblems;

impl utoipa::IntoResponses for PublicProblems {
    fn responses() -> std::collections::BTreeMap<
        String,
        utoipa::openapi::RefOr<utoipa::openapi::response::Response>,
    > {
        super::problem_responses(&[
            (
                "400",
                "Yêu cầu không đọc được: malformed JSON or identifier",
            ),
            (
                "404",
                "Không tìm thấy: no such organisation or request reference",
            ),
            ("409", "Xung đột: the code can no longer be used"),
            ("413", "Quá lớn: the body exceeds 256 KiB"),
            (
                "415",
                "Sai kiểu nội dung: the body must be application/json",
            ),
            (
                "422",
                "Không hợp lệ: wrong types, unknown fields, values that break a rule, or a wrong code",
            ),
            (
                "429",
                "Quá nhiều yêu cầu: retry after the Retry-After seconds",
            ),
            (
                "503",
                "Chức năng chưa được cấu hình: the vault is not configured",
            ),
        ])
    }
}

/// A data subject's request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct SubmissionInput {
    /// What is asked.
    #[schema(schema_with = kind_schema)]
    kind: String,
    /// Where the code and the answer go.
    #[schema(schema_with = contact_schema)]
    contact_email: String,
    /// How the organisation knows the data subject.
    #[schema(schema_with = reference_schema)]
    subject_reference: String,
    /// What is asked, in the sender's words.
    #[serde(default)]
    #[schema(schema_with = details_schema)]
    details: String,
}

/// A request received.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SubmittedDto {
    /// The reference to follow the request by (`YC-XXXX-XXXX-XXXX`).
    reference: String,
    /// `unverified` until the sender proves they hold the contact address.
    status: String,
    /// `code_sent` (a six-digit code went to the contact address) or `in_person` (no e-mail
    /// could be sent: the organisation verifies the sender in person).
    verification: String,
    /// Where to follow it (and enter the code).
    status_url: String,
}

/// Sends a request to an organisation (Law 91/2025 Art. 4; Decree 356/2025 Art. 5): no
/// login. A one-time code goes to the contact address; nothing is done or disclosed until
/// the sender enters it (or is verified in person). The answer is the same whatever the
/// organisation holds. Throttled per address and per network.
#[utoipa::path(
    post,
    path = "/public/orgs/{org_id}/requests",
    tag = "public",
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = SubmissionInput,
    responses((status = 202, description = "Received", body = SubmittedDto), PublicProblems)
)]
pub(crate) async fn submit_request(
    State(s): State<AppState>,
    ClientAddr(ip): ClientAddr,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<SubmissionInput>,
) -> Result<Response, ApiError> {
    let done = s
        .app
        .public_submit(
            org_id(org),
            &khien_app::requests::Submission {
                kind: input.kind,
                contact_email: input.contact_email,
                subject_reference: input.subject_reference,
                details: input.details,
            },
            ip,
        )
        .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(SubmittedDto {
            status_url: format!("/public/orgs/{org}/requests/{}", done.reference),
            reference: done.reference,
            status: "unverified".to_owned(),
            verification: if done.code_sent {
                "code_sent"
            } else {
                "in_person"
            }
            .to_owned(),
        }),
    )
        .into_response())
}

/// A time limit of a request.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DeadlineDto {
    obligation: String,
    title: String,
    legal_basis: String,
    #[serde(with = "rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    due: OffsetDateTime,
    #[serde(with = "rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    done_at: Option<OffsetDateTime>,
}

/// Where a request stands (nothing the sender wrote).
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RequestStatusDto {
    reference: String,
    kind: String,
    /// The kind in Vietnamese.
    kind_label: String,
    /// `unverified`, `verified`, `done` or `refused`.
    status: String,
    /// The status in Vietnamese.
    status_label: String,
    #[serde(with = "rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    received_at: OffsetDateTime,
    #[serde(with = "rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    verified_at: Option<OffsetDateTime>,
    /// The time limits of the regime in force (Decree 356/2025 Art. 5).
    deadlines: Vec<DeadlineDto>,
    #[serde(with = "rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    decided_at: Option<OffsetDateTime>,
    /// When the answer was sent to the contact address.
    #[serde(with = "rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    answered_at: Option<OffsetDateTime>,
}

fn status_dto(v: &khien_app::requests::RequestView) -> RequestStatusDto {
    RequestStatusDto {
        reference: v.reference.clone(),
        kind: v.kind.code().to_owned(),
        kind_label: v.kind.label_vi().to_owned(),
        status: v.status.code().to_owned(),
        status_label: v.status.label_vi().to_owned(),
        received_at: v.received_at,
        verified_at: v.verified_at,
        deadlines: v
            .deadlines
            .iter()
            .map(|d| DeadlineDto {
                obligation: d.obligation.clone(),
                title: d.title.clone(),
                legal_basis: d.legal_basis.clone(),
                due: d.due,
                done_at: d.done_at,
            })
            .collect(),
        decided_at: v.decided_at,
        answered_at: v.answered_at,
    }
}

/// Where a request stands, by its reference (no login; nothing personal).
#[utoipa::path(
    get,
    path = "/public/orgs/{org_id}/requests/{reference}",
    tag = "public",
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("reference" = String, Path, description = "The request's reference"),
    ),
    responses((status = 200, description = "The status", body = RequestStatusDto), PublicProblems)
)]
pub(crate) async fn request_status(
    State(s): State<AppState>,
    ClientAddr(ip): ClientAddr,
    ApiPath((org, reference)): ApiPath<(Uuid, String)>,
) -> Result<Json<RequestStatusDto>, ApiError> {
    let v = s.app.public_status(org_id(org), &reference, ip).await?;
    Ok(Json(status_dto(&v)))
}

/// The code sent to the contact address.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct VerifyInput {
    /// The six digits.
    #[schema(schema_with = code_schema)]
    code: String,
}

/// Verifies the sender with the code sent to their address: the request's case opens and its
/// clock runs. A wrong code is refused (422, with the attempts left); after five, or 30
/// minutes, the code stops working (409) and the organisation verifies in person.
#[utoipa::path(
    post,
    path = "/public/orgs/{org_id}/requests/{reference}/verify",
    tag = "public",
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("reference" = String, Path, description = "The request's reference"),
    ),
    request_body = VerifyInput,
    responses((status = 200, description = "Verified", body = RequestStatusDto), PublicProblems)
)]
pub(crate) async fn verify_request(
    State(s): State<AppState>,
    ClientAddr(ip): ClientAddr,
    ApiPath((org, reference)): ApiPath<(Uuid, String)>,
    ApiJson(input): ApiJson<VerifyInput>,
) -> Result<Json<RequestStatusDto>, ApiError> {
    let v = s
        .app
        .public_verify(org_id(org), &reference, &input.code, ip)
        .await?;
    Ok(Json(status_dto(&v)))
}

/// A request as staff see it in lists.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RequestDto {
    #[serde(flatten)]
    status: RequestStatusDto,
    /// How the sender was verified (`code`, `in_person`).
    verified_how: Option<String>,
    /// The subject_request case.
    case_id: Option<Uuid>,
    /// What was done, or why it was refused.
    outcome: Option<String>,
    /// Wrong codes tried.
    attempts: u32,
}

fn request_dto(v: &khien_app::requests::RequestView) -> RequestDto {
    RequestDto {
        status: status_dto(v),
        verified_how: v.verified_how.clone(),
        case_id: v.case_id.map(|c| c.as_uuid()),
        outcome: v.outcome.clone(),
        attempts: v.attempts,
    }
}

/// The data subjects' requests received on the public channel, newest first, with their
/// time limits (nothing the senders wrote).
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/requests",
    tag = "requests",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "The requests", body = Vec<RequestDto>), Problems)
)]
pub(crate) async fn list_requests(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<Vec<RequestDto>>, ApiError> {
    let vs = s.app.request_list(&caller, org_id(org)).await?;
    Ok(Json(vs.iter().map(request_dto).collect()))
}

/// A request with what the sender wrote.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RequestDetailDto {
    #[serde(flatten)]
    request: RequestDto,
    contact_email: String,
    subject_reference: String,
    details: String,
    /// The subject's pseudonym.
    subject: String,
}

/// One request with what the sender wrote (a decryption, recorded in the processing log).
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/requests/{reference}",
    tag = "requests",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("reference" = String, Path, description = "The request's reference"),
    ),
    responses((status = 200, description = "The request", body = RequestDetailDto), (status = 503, description = "The vault is not configured"), Problems)
)]
pub(crate) async fn get_request(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, reference)): ApiPath<(Uuid, String)>,
) -> Result<Json<RequestDetailDto>, ApiError> {
    let (v, r) = s.app.request_get(&caller, org_id(org), &reference).await?;
    Ok(Json(RequestDetailDto {
        request: request_dto(&v),
        contact_email: r.contact_email,
        subject_reference: r.subject_reference,
        details: r.details,
        subject: r.subject,
    }))
}

/// Records that staff verified the sender in person; the request's case opens. 409 when it
/// was already verified.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/requests/{reference}/verify-in-person",
    tag = "requests",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("reference" = String, Path, description = "The request's reference"),
    ),
    responses((status = 200, description = "Verified", body = RequestDto), Problems)
)]
pub(crate) async fn verify_in_person(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, reference)): ApiPath<(Uuid, String)>,
) -> Result<Json<RequestDto>, ApiError> {
    let v = s
        .app
        .request_verify_in_person(&caller, org_id(org), &reference)
        .await?;
    Ok(Json(request_dto(&v)))
}

/// A decision on a request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct DecideInput {
    /// `approve` (carry it out) or `refuse`.
    decision: RequestDecision,
    /// What was done, or why it is refused (required for a refusal).
    #[serde(default)]
    #[schema(schema_with = reason_schema)]
    reason: String,
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum RequestDecision {
    Approve,
    Refuse,
}

/// What a decision did.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DecidedDto {
    request: RequestDto,
    /// Deletion: the destruction certificate (CMS SignedData, DER, base64).
    certificate: Option<String>,
    /// Access, portability: the subject's data signed by the organisation (CMS SignedData,
    /// DER, base64).
    package: Option<String>,
    /// Whether the answer reached the SMTP server (null: no e-mail configured).
    answered: Option<bool>,
}

/// Carries out a verified request or refuses it with a reason, closes its case and e-mails
/// the answer: deletion destroys the subject in the vault (certificate); restriction and
/// objection stop the vault's reads of their data; withdrawal withdraws their consents;
/// access and portability produce their data signed by the organisation.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/requests/{reference}/decide",
    tag = "requests",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("reference" = String, Path, description = "The request's reference"),
    ),
    request_body = DecideInput,
    responses((status = 200, description = "Decided", body = DecidedDto), (status = 503, description = "The vault is not configured"), Problems)
)]
pub(crate) async fn decide_request(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, reference)): ApiPath<(Uuid, String)>,
    ApiJson(input): ApiJson<DecideInput>,
) -> Result<Json<DecidedDto>, ApiError> {
    let decision = match input.decision {
        RequestDecision::Approve => khien_app::requests::Decision::Approve,
        RequestDecision::Refuse => khien_app::requests::Decision::Refuse,
    };
    let d = s
        .app
        .request_decide(&caller, org_id(org), &reference, decision, &input.reason)
        .await?;
    let b64 = |v: Vec<u8>| base64::engine::general_purpose::STANDARD.encode(v);
    Ok(Json(DecidedDto {
        request: request_dto(&d.view),
        certificate: d.certificate.map(b64),
        package: d.package.map(b64),
        answered: d.answered,
    }))
}
