//! The access history over HTTP (Decree 165/2025 Art. 6.4(c), 17.4).

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use khien_app::history::HistoryFilter;
use khien_domain::AssetId;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::org_id;
use crate::extract::{ApiPath, Caller};
use crate::problem::ApiError;

/// `permit` or `deny`.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, ToSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub(crate) enum DecisionDto {
    /// Allowed by the policies (the work may still have failed: see `detail.error`).
    Permit,
    /// Refused by the policies.
    Deny,
}

/// What the log says was done.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ActionDto {
    Access,
    Retrieval,
    Collection,
    Creation,
    Change,
    Export,
    Provision,
    Encryption,
    Decryption,
    Deletion,
    Destruction,
    Backup,
    Restore,
    Scan,
    Classification,
    FormFiled,
    LogRetention,
}

/// Filters of the access history; all that are given must match.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct HistoryParams {
    /// The actor: a user's id, a system's name or an operator's OS user name (1 to 200
    /// characters, not only whitespace).
    #[param(schema_with = user_filter_schema)]
    user: Option<String>,
    /// The asset.
    asset: Option<Uuid>,
    /// A data subject's identifier (pseudonymised by the server, never stored) or a
    /// pseudonym (`ps1:…`): 1 to 200 characters once surrounding whitespace is trimmed.
    #[param(schema_with = subject_filter_schema)]
    subject: Option<String>,
    /// The action.
    #[param(inline)]
    action: Option<ActionDto>,
    /// `permit` or `deny`.
    #[param(inline)]
    decision: Option<DecisionDto>,
    /// Entries at or after this instant (RFC 3339).
    #[param(value_type = Option<String>, format = DateTime)]
    from: Option<String>,
    /// Entries before this instant (RFC 3339).
    #[param(value_type = Option<String>, format = DateTime)]
    to: Option<String>,
    /// The `next` of the previous page (an index of the log: at most 2^63 - 1).
    #[param(schema_with = cursor_schema)]
    cursor: Option<u64>,
    /// Entries per page (1 to 1 000; 100 by default).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u32>,
}

/// Largest cursor: the log's indexes are stored as signed 64-bit integers.
const CURSOR_MAX: u64 = 9_223_372_036_854_775_807;
/// Longest `user` and `subject` filter, in characters.
const FILTER_MAX: usize = 200;

fn user_filter_schema() -> utoipa::openapi::schema::Schema {
    crate::schema::raw(serde_json::json!({
        "type": "string",
        "minLength": 1,
        "maxLength": FILTER_MAX,
        "pattern": format!("[^{}]", crate::schema::WS),
        "description": "The actor: a user's id, a system's name or an operator's OS user name \
                        (1 to 200 characters, not only whitespace).",
    }))
}

fn subject_filter_schema() -> utoipa::openapi::schema::Schema {
    let ws = crate::schema::WS;
    crate::schema::raw(serde_json::json!({
        "type": "string",
        "pattern": format!(
            "^[{ws}]*[^{ws}](?:[\\s\\S]{{0,{}}}[^{ws}])?[{ws}]*$",
            FILTER_MAX - 2
        ),
        "description": "A data subject's identifier (pseudonymised by the server, never \
                        stored) or a pseudonym (`ps1:…`): 1 to 200 characters once surrounding \
                        whitespace is trimmed.",
    }))
}

fn cursor_schema() -> utoipa::openapi::schema::Schema {
    crate::schema::raw(serde_json::json!({
        "type": "integer",
        "format": "int64",
        "minimum": 0,
        "maximum": CURSOR_MAX,
        "description": "The `next` of the previous page.",
    }))
}

/// Who acted.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ActorDto {
    /// `user`, `system` or `operator`.
    kind: String,
    /// The user's id, the system's name or the operator's OS user name.
    id: String,
}

/// One entry.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct HistoryEntryDto {
    /// Its index in the processing log: `khien log proof INDEX` proves it against a
    /// checkpoint.
    index: u64,
    /// When the log accepted it.
    #[serde(with = "time::serde::rfc3339")]
    at: OffsetDateTime,
    actor: ActorDto,
    /// What was done.
    action: ActionDto,
    decision: DecisionDto,
    /// The asset, if any.
    asset_id: Option<Uuid>,
    /// The data subject's pseudonym, if any.
    subject: Option<String>,
    /// The rest of the entry: `outcome`, `op` (the use case), `door`, `policies`,
    /// `claimed_actor`, `purpose`, `legal_basis`, `details`...
    #[schema(value_type = Object)]
    detail: serde_json::Map<String, serde_json::Value>,
}

/// A page of the history, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct HistoryDto {
    entries: Vec<HistoryEntryDto>,
    /// The cursor of the next (older) page; null on the last.
    next: Option<u64>,
}

fn instant(field: &'static str, v: Option<&str>) -> Result<Option<OffsetDateTime>, ApiError> {
    v.map(|s| {
        OffsetDateTime::parse(s, &Rfc3339).map_err(|_| {
            ApiError::Validation(vec![khien_domain::DomainError::Invalid {
                field,
                rule: "must be an RFC 3339 instant",
            }])
        })
    })
    .transpose()
}

fn to_json<T: Serialize, U: serde::de::DeserializeOwned>(v: &T) -> Result<U, ApiError> {
    serde_json::to_value(v)
        .and_then(serde_json::from_value)
        .map_err(|_| ApiError::Internal)
}

/// The organisation's access history: who accessed, retrieved, changed or was refused what,
/// newest first (the DPO, the data protection unit and auditors). Every read of it is itself
/// recorded.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/access-history",
    tag = "log",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation"), HistoryParams),
    responses((status = 200, description = "A page of entries", body = HistoryDto), Problems)
)]
pub(crate) async fn access_history(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    q: Result<Query<HistoryParams>, QueryRejection>,
) -> Result<Json<HistoryDto>, ApiError> {
    let Query(q) = q.map_err(|e| ApiError::BadRequest {
        status: StatusCode::BAD_REQUEST,
        detail: match e {
            QueryRejection::FailedToDeserializeQueryString(_) => {
                "a query parameter is unknown or malformed (user, asset, subject, action, decision, from, to, cursor, limit)".to_owned()
            }
            _ => "the query string could not be read".to_owned(),
        },
    })?;
    if q.cursor.is_some_and(|c| c > CURSOR_MAX) {
        return Err(ApiError::Validation(vec![
            khien_domain::DomainError::Invalid {
                field: "cursor",
                rule: "must be at most 9223372036854775807",
            },
        ]));
    }
    let filter = HistoryFilter {
        user: q.user,
        asset: q.asset.map(AssetId::from_uuid),
        subject: q.subject,
        action: q.action.map(|a| to_json(&a)).transpose()?,
        denied: q.decision.map(|d| d == DecisionDto::Deny),
        from: instant("from", q.from.as_deref())?,
        to: instant("to", q.to.as_deref())?,
        cursor: q.cursor,
        limit: q.limit,
    };
    let page = s.app.access_history(&caller, org_id(org), filter).await?;
    let entries = page
        .entries
        .into_iter()
        .map(|e| {
            Ok(HistoryEntryDto {
                index: e.index,
                at: e.at,
                actor: ActorDto {
                    kind: to_json::<_, String>(&e.actor.kind)?,
                    id: e.actor.id,
                },
                action: to_json(&e.action)?,
                decision: if e.denied {
                    DecisionDto::Deny
                } else {
                    DecisionDto::Permit
                },
                asset_id: e.asset_id.map(|a| a.as_uuid()),
                subject: e.subject,
                detail: e.detail,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(Json(HistoryDto {
        entries,
        next: page.next,
    }))
}
