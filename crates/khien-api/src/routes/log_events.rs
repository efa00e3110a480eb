//! Appending processing events over HTTP (Decree 165/2025 Art. 17.10).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use khien_log::event::Action;
use serde::Serialize;
use serde_json::{Value, json};
use utoipa::ToSchema;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::Schema;
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::org_id;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::ApiError;
use crate::schema;

/// A processing event, as documented for the API: what `khien_log::event::EventInput`
/// accepts, the organisation coming from the path.
pub(crate) struct LogEventDto;

/// The events of one request.
pub(crate) struct LogEventsBody;

/// Texts of the log are 1 to `max` characters once trimmed.
fn log_text(max: usize, description: &str) -> Value {
    json!({
        "type": "string",
        "pattern": schema::trimmed_any_pattern(max),
        "description": format!("{description} 1 to {max} characters once trimmed."),
    })
}

/// The wire names of the actions a client may report (`log_retention` is the log's own).
fn reportable_actions() -> Vec<Value> {
    Action::ALL
        .iter()
        .filter(|a| **a != Action::LogRetention)
        .filter_map(|a| serde_json::to_value(a).ok())
        .collect()
}

impl utoipa::PartialSchema for LogEventDto {
    fn schema() -> RefOr<Schema> {
        schema::raw(json!({
            "type": "object",
            "description": "A processing event. `org_id` may be left out (it is the path's; \
                            another is refused). Free texts must not hold personal data: a \
                            text in which the server's detectors find any is refused with 422 \
                            (the data subject goes in `data_subject`, which is pseudonymised), \
                            as is an event whose log entry would exceed 16 KiB.",
            "required": ["actor", "action"],
            "additionalProperties": false,
            "properties": {
                "actor": {
                    "type": "object",
                    "description": "Who the submitter says acted. The entry's actor is always \
                                    the authenticated caller; this is kept as `claimed_actor`.",
                    "required": ["kind", "id"],
                    "additionalProperties": false,
                    "properties": {
                        "kind": {"type": "string", "enum": ["user", "system", "operator"]},
                        "id": log_text(200, "The user's id, or the system's name."),
                    },
                },
                "action": {
                    "type": "string",
                    "enum": reportable_actions(),
                    "description": "What was done.",
                },
                "asset_id": {
                    "type": ["string", "null"],
                    "format": "uuid",
                    "description": "The asset of the catalogue.",
                },
                "purpose": schema::nullable(log_text(1000, "Purpose of the processing.")),
                "legal_basis": schema::nullable(log_text(1000, "Legal basis.")),
                "outcome": {
                    "type": "string",
                    "enum": ["success", "denied", "failure"],
                    "description": "How it ended; success when absent.",
                },
                "data_subject": schema::nullable(log_text(
                    200,
                    "The data subject's identifier: never stored, replaced by a keyed \
                     pseudonym."
                )),
                "occurred_at": {
                    "type": ["string", "null"],
                    "pattern": schema::instant_pattern(),
                    "description": "When it happened (RFC 3339); when received if absent.",
                },
                "details": {
                    "type": ["object", "null"],
                    "maxProperties": 32,
                    "propertyNames": {"pattern": schema::trimmed_any_pattern(64)},
                    "additionalProperties": {
                        "type": ["string", "number", "boolean"],
                        "pattern": schema::trimmed_any_pattern(1000),
                    },
                    "description": "Further facts: at most 32 keys (1 to 64 characters once \
                                    trimmed), each a number, a boolean or a text of 1 to 1000 \
                                    characters once trimmed.",
                },
            },
        }))
        .into()
    }
}

impl ToSchema for LogEventDto {}

impl utoipa::PartialSchema for LogEventsBody {
    fn schema() -> RefOr<Schema> {
        schema::raw(json!({
            "type": "array",
            "minItems": 1,
            "maxItems": khien_app::events::MAX_EVENTS,
            "items": {"$ref": "#/components/schemas/LogEventDto"},
        }))
        .into()
    }
}

impl ToSchema for LogEventsBody {
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas.push((
            LogEventDto::name().into_owned(),
            <LogEventDto as utoipa::PartialSchema>::schema(),
        ));
    }
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
    request_body(content = LogEventsBody, description = "One or more events (at most 1 000)"),
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
