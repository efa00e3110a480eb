//! Appending processing events over HTTP (Decree 165/2025 Art. 17.10).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::org_id;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::ApiError;

/// A processing event, as documented for the API (the organisation comes from the path).
#[derive(Debug, ToSchema)]
#[allow(dead_code, reason = "documentation of the accepted JSON")]
pub(crate) struct LogEventDto {
    /// `{"kind": "user"|"system", "id": "..."}`: who the submitter says acted. The entry's
    /// actor is always the authenticated caller; this is kept as `claimed_actor`.
    #[schema(value_type = Object)]
    actor: (),
    /// access, retrieval, collection, creation, change, export, provision, encryption,
    /// decryption, deletion, destruction, backup, restore, scan, classification, form_filed.
    action: String,
    /// The asset of the catalogue.
    asset_id: Option<Uuid>,
    /// Purpose of the processing.
    purpose: Option<String>,
    /// Legal basis.
    legal_basis: Option<String>,
    /// success (default), denied or failure.
    outcome: Option<String>,
    /// The data subject's identifier: never stored, replaced by a keyed pseudonym.
    data_subject: Option<String>,
    /// When it happened (RFC 3339); default: when received.
    occurred_at: Option<String>,
    /// Further facts: at most 32 keys of scalar values.
    #[schema(value_type = Option<Object>)]
    details: Option<()>,
}

/// The indexes given to the events.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct AppendedDto {
    /// The index of each event in the log, in order.
    indexes: Vec<u64>,
}

/// Records processing events in the tamper-evident log. All or nothing: one invalid event
/// refuses the request. Answers once the entries are durable.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/log/events",
    tag = "log",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body(content = Vec<LogEventDto>, description = "One or more events (at most 1 000)"),
    responses((status = 201, description = "Durable, with their indexes", body = AppendedDto), Problems)
)]
pub(crate) async fn append_events(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(events): ApiJson<Vec<serde_json::Value>>,
) -> Result<Response, ApiError> {
    let indexes = s.app.append_events(&caller, org_id(org), events).await?;
    Ok((StatusCode::CREATED, Json(AppendedDto { indexes })).into_response())
}
