//! Cases (breaches, data subject requests, cross-border transfers, ...) and what is due.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use khien_domain::{CaseId, Text};
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::{
    CASE_FIELD_MAX, CASE_FIELD_NAME_MAX, CASE_LIST_MAX, CaseDto, CaseObligationDto, DueDto,
    EventInput, NewCaseInput, TransitionInput, org_id,
};
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::ApiError;
use khien_app::cases::{EventDraft, NewCase};

/// The wire form of a case, its clocks read in its organisation's calendar.
async fn case_dto(s: &AppState, case: &khien_domain::Case) -> Result<CaseDto, ApiError> {
    let scope = s.app.scope_of(case.org_id).await?;
    Ok(CaseDto::new(case, &s.app.legal, scope, s.app.now()))
}

fn event_draft(e: &EventInput) -> Result<EventDraft, ApiError> {
    let quantity = e
        .quantity
        .map(|q| {
            i64::try_from(q).map_err(|_| khien_domain::DomainError::Invalid {
                field: "quantity",
                rule: "must be at most 9223372036854775807",
            })
        })
        .transpose()?;
    Ok(EventDraft {
        trigger: e.trigger.clone(),
        at: e.at,
        note: Text::parse_opt("note", e.note.as_deref(), 2_000)?,
        quantity,
    })
}

/// The organisation's cases, newest first, with their obligations.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/cases",
    tag = "cases",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "Cases", body = Vec<CaseDto>), Problems)
)]
pub(crate) async fn list_cases(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<Vec<CaseDto>>, ApiError> {
    let org = org_id(org);
    let cases = s.app.list_cases(&caller, org).await?;
    let scope = s.app.scope_of(org).await?;
    let now = s.app.now();
    Ok(Json(
        cases
            .iter()
            .map(|c| CaseDto::new(c, &s.app.legal, scope, now))
            .collect(),
    ))
}

/// Opens a case with its first events (DPO and data protection unit).
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/cases",
    tag = "cases",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = NewCaseInput,
    responses((status = 201, description = "Opened", body = CaseDto), Problems)
)]
pub(crate) async fn open_case(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<NewCaseInput>,
) -> Result<Response, ApiError> {
    let title = Text::parse("title", &input.title, 300)?;
    if input.fields.len() > CASE_LIST_MAX
        || input.fields.iter().any(|(k, v)| {
            k.chars().count() > CASE_FIELD_NAME_MAX || v.chars().count() > CASE_FIELD_MAX
        })
    {
        return Err(khien_domain::DomainError::TooLong {
            field: "fields",
            max: CASE_FIELD_MAX,
        }
        .into());
    }
    if input.events.len() > CASE_LIST_MAX {
        return Err(khien_domain::DomainError::TooLong {
            field: "events",
            max: CASE_LIST_MAX,
        }
        .into());
    }
    let events = input
        .events
        .iter()
        .map(event_draft)
        .collect::<Result<Vec<_>, _>>()?;
    let case = s
        .app
        .open_case(
            &caller,
            org_id(org),
            &NewCase {
                kind: input.kind.clone(),
                title,
                fields: input.fields.clone(),
                events,
            },
        )
        .await?;
    Ok((StatusCode::CREATED, Json(case_dto(&s, &case).await?)).into_response())
}

/// One case with its history and obligations.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/cases/{case_id}",
    tag = "cases",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("case_id" = Uuid, Path, description = "The case"),
    ),
    responses((status = 200, description = "The case", body = CaseDto), Problems)
)]
pub(crate) async fn get_case(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, id)): ApiPath<(Uuid, Uuid)>,
) -> Result<Json<CaseDto>, ApiError> {
    let case = s
        .app
        .get_case(&caller, org_id(org), CaseId::from_uuid(id))
        .await?;
    Ok(Json(case_dto(&s, &case).await?))
}

/// Records an event on a case (a new occurrence restarts its clocks).
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/cases/{case_id}/events",
    tag = "cases",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("case_id" = Uuid, Path, description = "The case"),
    ),
    request_body = EventInput,
    responses((status = 200, description = "Recorded", body = CaseDto), Problems)
)]
pub(crate) async fn record_event(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, id)): ApiPath<(Uuid, Uuid)>,
    ApiJson(input): ApiJson<EventInput>,
) -> Result<Json<CaseDto>, ApiError> {
    let event = event_draft(&input)?;
    let case = s
        .app
        .record_case_event(&caller, org_id(org), CaseId::from_uuid(id), &event)
        .await?;
    Ok(Json(case_dto(&s, &case).await?))
}

/// Applies a transition of the case's workflow; refused (409) when the current state does not
/// allow it.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/cases/{case_id}/transitions",
    tag = "cases",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("case_id" = Uuid, Path, description = "The case"),
    ),
    request_body = TransitionInput,
    responses((status = 200, description = "Applied", body = CaseDto), Problems)
)]
pub(crate) async fn apply_transition(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, id)): ApiPath<(Uuid, Uuid)>,
    ApiJson(input): ApiJson<TransitionInput>,
) -> Result<Json<CaseDto>, ApiError> {
    let note = Text::parse_opt("note", input.note.as_deref(), 2_000)?;
    let case = s
        .app
        .apply_case_transition(
            &caller,
            org_id(org),
            CaseId::from_uuid(id),
            &input.transition,
            input.at,
            note,
        )
        .await?;
    Ok(Json(case_dto(&s, &case).await?))
}

/// What is due: every unfulfilled obligation of the organisation's open cases, soonest first,
/// with the time left and whether it is overdue.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/due",
    tag = "cases",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "Open obligations, soonest first", body = Vec<DueDto>), Problems)
)]
pub(crate) async fn due(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<Vec<DueDto>>, ApiError> {
    let (items, _scope) = s.app.due(&caller, org_id(org)).await?;
    let now = s.app.now();
    Ok(Json(
        items
            .iter()
            .map(|d| DueDto {
                case_id: d.case_id.as_uuid(),
                case_kind: d.case_kind.clone(),
                case_title: d.case_title.clone(),
                obligation: CaseObligationDto::new(&d.obligation, now),
                applicability: d.status.code().to_owned(),
            })
            .collect(),
    ))
}
