//! Appending processing events over HTTP (Decree 165/2025 Art. 17.10).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use khien_log::event::EventInput;
use khien_policy::{Action, Resource};
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
    /// `{"kind": "user"|"system", "id": "..."}`: who acted.
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
    let org_uuid = org;
    let org = org_id(org);
    caller.authorize(&s, Action::LogAppend, Resource::Organisation(org))?;
    let invalid = |detail: String| ApiError::BadRequest {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        detail,
    };
    if events.is_empty() || events.len() > 1000 {
        return Err(invalid("send 1 to 1 000 events".to_owned()));
    }
    let now = s.clock.now();
    let screen = crate::log::screen(now.year());
    let mut entries = Vec::with_capacity(events.len());
    for (i, mut event) in events.into_iter().enumerate() {
        let serde_json::Value::Object(map) = &mut event else {
            return Err(invalid(format!("event {i}: not a JSON object")));
        };
        match map.get("org_id") {
            None => {
                map.insert("org_id".to_owned(), org_uuid.to_string().into());
            }
            Some(v) if v.as_str() == Some(org_uuid.to_string().as_str()) => {}
            Some(_) => return Err(invalid(format!("event {i}: org_id differs from the path"))),
        }
        let input = serde_json::from_value::<EventInput>(event)
            .map_err(|e| invalid(format!("event {i}: {e}")))?;
        let mut entry = input
            .into_entry(now, s.log.pseudonyms(), &screen)
            .map_err(|e| invalid(format!("event {i}: {e}")))?;
        // Who submitted it, whatever the event says of its actor.
        entry
            .details
            .get_or_insert_with(serde_json::Map::new)
            .insert("submitted_by".to_owned(), caller.user.id.to_string().into());
        entries.push(entry);
    }
    let indexes = s.log.append(entries).await.map_err(|e| {
        tracing::error!(error = %e, "processing log append failed");
        ApiError::Unavailable
    })?;
    Ok((StatusCode::CREATED, Json(AppendedDto { indexes })).into_response())
}
