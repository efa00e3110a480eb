//! The vault: personal data fields kept encrypted for the organisation's systems, reads
//! decided by purpose, destruction with a signed certificate, and the organisation's signing
//! certificate (Decree 165/2025 Art. 11, 13, 16.3(b), 17.7).

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use khien_domain::CaseId;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::org_id;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::ApiError;

/// A code: a collection's name or a purpose.
const CODE: &str = "^[a-z0-9_.-]{1,64}$";

fn code_schema() -> utoipa::openapi::schema::Schema {
    crate::schema::raw(serde_json::json!({
        "type": "string", "pattern": CODE,
        "description": "1 to 64 lower-case letters, digits, `_`, `.` or `-`."
    }))
}

fn purposes_schema() -> utoipa::openapi::schema::Schema {
    crate::schema::raw(serde_json::json!({
        "type": "array", "minItems": 1, "maxItems": 32,
        "items": {"type": "string", "pattern": CODE}
    }))
}

fn subject_schema() -> utoipa::openapi::schema::Schema {
    crate::schema::raw(serde_json::json!({
        "type": "string", "pattern": crate::schema::trimmed_any_pattern(256),
        "description": "The data subject's identifier or pseudonym (`ps1:…`): 1 to 256 \
                        characters once trimmed; only the pseudonym is kept."
    }))
}

fn reason_schema() -> utoipa::openapi::schema::Schema {
    crate::schema::raw(serde_json::json!({
        "type": "string", "pattern": crate::schema::trimmed_any_pattern(500),
        "description": "1 to 500 characters once trimmed, without personal data (screened)."
    }))
}

fn fields_schema() -> utoipa::openapi::schema::Schema {
    crate::schema::raw(serde_json::json!({
        "type": "object", "minProperties": 1, "maxProperties": 64,
        "propertyNames": {"pattern": "^[A-Za-z0-9_.-]{1,64}$"},
        "additionalProperties": {"type": ["string", "number", "boolean", "null"]},
        "description": "Field names to scalar values; at most 64 KiB in all, as JSON."
    }))
}

fn tokens_schema() -> utoipa::openapi::schema::Schema {
    crate::schema::raw(serde_json::json!({
        "type": "array", "minItems": 1, "maxItems": 1000, "items": {"type": "string"}
    }))
}

/// A record to keep.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RecordInput {
    /// The collection (`[a-z0-9_.-]`, 1 to 64): made by its first write when not declared.
    #[schema(schema_with = code_schema)]
    collection: String,
    /// The data subject: their identifier (a CCCD number, an e-mail address...) or their
    /// pseudonym (`ps1:…`). Only the pseudonym is kept.
    #[schema(schema_with = subject_schema)]
    subject: String,
    /// The purpose of the processing (`[a-z0-9_.-]`, 1 to 64).
    #[schema(schema_with = code_schema)]
    purpose: String,
    /// The fields: names (`[A-Za-z0-9_.-]`) to strings, numbers, booleans or null; 1 to 64.
    #[schema(schema_with = fields_schema)]
    fields: serde_json::Map<String, serde_json::Value>,
}

/// A kept record: the token to store instead of the data.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RecordStored {
    /// The token.
    token: Uuid,
    /// The data subject's pseudonym.
    subject: String,
}

/// A record's fields.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RecordRead {
    /// The fields (masked when `view=masked`).
    #[schema(value_type = Object)]
    fields: serde_json::Map<String, serde_json::Value>,
    /// Whether the values are masked.
    masked: bool,
    /// The collection.
    collection: String,
    /// The data subject's pseudonym.
    subject: String,
}

/// How a record is read.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReadParams {
    /// The purpose of this read (one the collection is kept for).
    #[param(pattern = "^[a-z0-9_.-]{1,64}$")]
    purpose: String,
    /// `values` (default: a decryption) or `masked` (the last characters only).
    view: Option<View>,
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum View {
    Values,
    Masked,
}

/// A destruction to carry out.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct DestroyInput {
    /// Why (1 to 500 characters, no personal data): goes into the signed certificate.
    #[schema(schema_with = reason_schema)]
    reason: String,
    /// The case (a data subject's request) this answers.
    case_id: Option<Uuid>,
}

/// A destruction done.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DestroyOutput {
    /// The destruction certificate: CMS SignedData (DER), base64; `openssl cms -verify
    /// -inform DER -CAfile <signing certificate>` checks it and prints the certificate.
    certificate: String,
    /// The processing log's entry recording the destruction.
    log_index: u64,
    /// The data subject's pseudonym.
    subject: String,
    /// The data keys destroyed.
    key_ids: Vec<Uuid>,
    /// How many records became unreadable.
    records: u64,
}

/// What an expiry pass is asked to do.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExpireInput {
    /// Only say who is due, destroy nothing.
    #[serde(default)]
    dry_run: bool,
}

/// A subject destroyed at the end of its retention period.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ExpiredSubject {
    /// The data subject's pseudonym.
    subject: String,
    /// The processing log's entry recording the destruction (its certificate is on the
    /// console's vault page).
    log_index: u64,
}

/// What an expiry pass found and did.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ExpireOutput {
    /// Subjects destroyed.
    destroyed: Vec<ExpiredSubject>,
    /// Subjects past their retention period (those a dry run would destroy).
    due: Vec<String>,
    /// Subjects kept whole: another of their records is still within its period.
    kept: u64,
    /// Collections whose asset is no longer in the catalogue (no period applies).
    orphaned: Vec<String>,
    /// Why the pass stopped before the end (an error code), when it did.
    stopped: Option<String>,
}

/// Destroys the data subjects all of whose records are past the retention period of their
/// collection's asset (Decree 165/2025 Art. 5, 13), each with its signed certificate; a
/// scheduler calls it daily. `dry_run` only says who is due.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/vault/expire",
    tag = "vault",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = ExpireInput,
    responses(
        (status = 200, description = "The pass", body = ExpireOutput),
        (status = 503, description = "The vault is not configured"),
        Problems
    )
)]
pub(crate) async fn expire(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<ExpireInput>,
) -> Result<Json<ExpireOutput>, ApiError> {
    let e = s
        .app
        .vault_expire(&caller, org_id(org), input.dry_run)
        .await?;
    Ok(Json(ExpireOutput {
        destroyed: e
            .destroyed
            .into_iter()
            .map(|(subject, log_index)| ExpiredSubject { subject, log_index })
            .collect(),
        due: e.due,
        kept: e.kept,
        orphaned: e.orphaned,
        stopped: e.stopped,
    }))
}

/// A vault collection.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CollectionDto {
    name: String,
    /// Sensitive personal data (Law 91/2025).
    sensitive: bool,
    /// The purposes it may be read for.
    purposes: Vec<String>,
    /// Records kept (destroyed ones included).
    records: u64,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    created_at: time::OffsetDateTime,
    /// The catalogue's asset whose retention period applies to the records.
    asset_id: Option<Uuid>,
}

/// A collection declared by the DPO.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CollectionInput {
    /// The name (`[a-z0-9_.-]`, 1 to 64).
    #[schema(schema_with = code_schema)]
    name: String,
    /// Sensitive personal data (a collection found sensitive stays so).
    sensitive: bool,
    /// The purposes it may be read for (1 to 32 codes).
    #[schema(schema_with = purposes_schema)]
    purposes: Vec<String>,
    /// The catalogue's asset the collection belongs to: once its retention period has
    /// passed for all of a subject's records, `khien vault expire` destroys the subject.
    #[serde(default)]
    asset_id: Option<Uuid>,
}

/// Keeps a data subject's fields, encrypted; returns the token to keep instead.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/vault/records",
    tag = "vault",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = RecordInput,
    responses((status = 201, description = "Kept", body = RecordStored), (status = 503, description = "The vault is not configured"), Problems)
)]
pub(crate) async fn store_record(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<RecordInput>,
) -> Result<Response, ApiError> {
    let stored = s
        .app
        .vault_store(
            &caller,
            org_id(org),
            &khien_app::vault::StoreInput {
                collection: input.collection,
                subject: input.subject,
                purpose: input.purpose,
                fields: input.fields,
            },
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(RecordStored {
            token: stored.token,
            subject: stored.subject,
        }),
    )
        .into_response())
}

/// Reads a record for a purpose: its values (recorded as a decryption before they leave) or
/// its masked values. 410 once the data subject's data was destroyed.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/vault/records/{token}",
    tag = "vault",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("token" = String, Path, description = "The record's token"),
        ReadParams,
    ),
    responses(
        (status = 200, description = "The fields", body = RecordRead),
        (status = 410, description = "Destroyed"),
        (status = 503, description = "The vault is not configured"),
        Problems
    )
)]
pub(crate) async fn read_record(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, token)): ApiPath<(Uuid, String)>,
    q: Result<Query<ReadParams>, QueryRejection>,
) -> Result<Json<RecordRead>, ApiError> {
    let Query(q) = q.map_err(|_| ApiError::BadRequest {
        status: StatusCode::BAD_REQUEST,
        detail: "query: purpose (required: the purpose of this read) and view (values or masked)"
            .to_owned(),
    })?;
    let purpose = q.purpose;
    let masked = matches!(q.view, Some(View::Masked));
    let read = s
        .app
        .vault_read(&caller, org_id(org), &token, &purpose, masked)
        .await?;
    Ok(Json(RecordRead {
        fields: read.fields,
        masked: read.masked,
        collection: read.collection,
        subject: read.subject,
    }))
}

/// Destroys a data subject's data (crypto-shredding) and returns the certificate signed by
/// the organisation.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/vault/subjects/{subject}/destroy",
    tag = "vault",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("subject" = String, Path, description = "The data subject's pseudonym (ps1:…) or identifier"),
    ),
    request_body = DestroyInput,
    responses(
        (status = 200, description = "Destroyed", body = DestroyOutput),
        (status = 410, description = "Already destroyed"),
        (status = 503, description = "The vault is not configured"),
        Problems
    )
)]
pub(crate) async fn destroy_subject(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, subject)): ApiPath<(Uuid, String)>,
    ApiJson(input): ApiJson<DestroyInput>,
) -> Result<Json<DestroyOutput>, ApiError> {
    let d = s
        .app
        .vault_destroy(
            &caller,
            org_id(org),
            &subject,
            &input.reason,
            input.case_id.map(CaseId::from_uuid),
        )
        .await?;
    Ok(Json(DestroyOutput {
        certificate: base64::engine::general_purpose::STANDARD.encode(&d.certificate),
        log_index: d.log_index,
        subject: d.subject,
        key_ids: d.key_ids,
        records: d.records,
    }))
}

/// The organisation's vault collections.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/vault/collections",
    tag = "vault",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "Collections", body = Vec<CollectionDto>), Problems)
)]
pub(crate) async fn list_collections(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<Vec<CollectionDto>>, ApiError> {
    let cs = s.app.vault_collections(&caller, org_id(org)).await?;
    Ok(Json(cs.into_iter().map(collection_dto).collect()))
}

fn collection_dto(c: khien_store::VaultCollection) -> CollectionDto {
    CollectionDto {
        name: c.name,
        sensitive: c.sensitive,
        purposes: c.purposes,
        records: c.records,
        created_at: c.created_at,
        asset_id: c.asset_id.map(|a| a.as_uuid()),
    }
}

/// Declares a collection or changes its class and purposes (the DPO).
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/vault/collections",
    tag = "vault",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = CollectionInput,
    responses((status = 200, description = "Declared", body = CollectionDto), Problems)
)]
pub(crate) async fn declare_collection(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<CollectionInput>,
) -> Result<Json<CollectionDto>, ApiError> {
    let c = s
        .app
        .vault_declare(
            &caller,
            org_id(org),
            &input.name,
            input.sensitive,
            &input.purposes,
            input.asset_id.map(khien_domain::AssetId::from_uuid),
        )
        .await?;
    Ok(Json(collection_dto(c)))
}

/// The organisation's signing certificate (PEM), self-issued the first time it is asked for.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/signing-certificate",
    tag = "vault",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses(
        (status = 200, description = "The certificate", content_type = "application/x-pem-file", body = String),
        (status = 503, description = "The vault is not configured"),
        Problems
    )
)]
pub(crate) async fn signing_certificate(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Response, ApiError> {
    let pem = s.app.signing_certificate(&caller, org_id(org)).await?;
    let mut resp = (StatusCode::OK, pem).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-pem-file"),
    );
    Ok(resp)
}

/// Records to provide to a third party.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PackageInput {
    /// The recipient's X.509 certificate (PEM; RSA or EC P-256).
    recipient_certificate: String,
    /// The records' tokens (1 to 1 000).
    #[schema(schema_with = tokens_schema)]
    tokens: Vec<String>,
    /// The purpose of the provision (one the records' collections are kept for).
    #[schema(schema_with = code_schema)]
    purpose: String,
}

/// Provides records to a third party: signed by the organisation (CMS SignedData) and
/// encrypted to the recipient's certificate (CMS EnvelopedData, AES-256-CBC). The recipient
/// opens it with `openssl cms -decrypt -inform DER -recip cert.pem -inkey key.pem` and checks
/// what it holds with `openssl cms -verify -inform DER -CAfile <signing certificate>`.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/packages",
    tag = "vault",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = PackageInput,
    responses(
        (status = 200, description = "The package (DER CMS EnvelopedData); its SHA-256 in `X-Package-Sha256`, its log entry in `X-Log-Index`", content_type = "application/pkcs7-mime", body = Vec<u8>),
        (status = 410, description = "A record's data subject was destroyed"),
        (status = 503, description = "The vault is not configured"),
        Problems
    )
)]
pub(crate) async fn create_package(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<PackageInput>,
) -> Result<Response, ApiError> {
    let p = s
        .app
        .vault_package(
            &caller,
            org_id(org),
            &input.recipient_certificate,
            &input.tokens,
            &input.purpose,
        )
        .await?;
    let mut resp = (StatusCode::OK, p.der).into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pkcs7-mime"),
    );
    if let Ok(v) = HeaderValue::from_str(&p.digest) {
        h.insert("x-package-sha256", v);
    }
    if let Ok(v) = HeaderValue::from_str(&p.log_index.to_string()) {
        h.insert("x-log-index", v);
    }
    Ok(resp)
}
