//! The catalogue (data assets) and the processing activities of an organisation.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use khien_domain::AssetId;
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::{ActivityDto, ActivityInput, AssetDto, AssetInput, activity_id, org_id};
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::ApiError;

/// The organisation's data assets.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/assets",
    tag = "catalogue",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "Assets, by name", body = Vec<AssetDto>), Problems)
)]
pub(crate) async fn list_assets(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<Vec<AssetDto>>, ApiError> {
    let assets = s.app.list_assets(&caller, org_id(org)).await?;
    Ok(Json(assets.iter().map(AssetDto::from).collect()))
}

/// Adds a data asset to the catalogue (DPO and data protection unit).
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/assets",
    tag = "catalogue",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = AssetInput,
    responses((status = 201, description = "Created", body = AssetDto), Problems)
)]
pub(crate) async fn create_asset(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<AssetInput>,
) -> Result<Response, ApiError> {
    let draft = input.parse()?;
    let asset = s.app.create_asset(&caller, org_id(org), &draft).await?;
    Ok((StatusCode::CREATED, Json(AssetDto::from(&asset))).into_response())
}

/// One data asset.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/assets/{asset_id}",
    tag = "catalogue",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("asset_id" = Uuid, Path, description = "The asset"),
    ),
    responses((status = 200, description = "The asset", body = AssetDto), Problems)
)]
pub(crate) async fn get_asset(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, asset)): ApiPath<(Uuid, Uuid)>,
) -> Result<Json<AssetDto>, ApiError> {
    let asset = s
        .app
        .get_asset(&caller, org_id(org), AssetId::from_uuid(asset))
        .await?;
    Ok(Json(AssetDto::from(&asset)))
}

/// Replaces a data asset's details (DPO and data protection unit).
#[utoipa::path(
    put,
    path = "/api/v1/orgs/{org_id}/assets/{asset_id}",
    tag = "catalogue",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("asset_id" = Uuid, Path, description = "The asset"),
    ),
    request_body = AssetInput,
    responses((status = 200, description = "Updated", body = AssetDto), Problems)
)]
pub(crate) async fn update_asset(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, asset)): ApiPath<(Uuid, Uuid)>,
    ApiJson(input): ApiJson<AssetInput>,
) -> Result<Json<AssetDto>, ApiError> {
    let draft = input.parse()?;
    let asset = s
        .app
        .update_asset(&caller, org_id(org), AssetId::from_uuid(asset), &draft)
        .await?;
    Ok(Json(AssetDto::from(&asset)))
}

/// Removes a data asset that nothing refers to (DPO and data protection unit).
#[utoipa::path(
    delete,
    path = "/api/v1/orgs/{org_id}/assets/{asset_id}",
    tag = "catalogue",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("asset_id" = Uuid, Path, description = "The asset"),
    ),
    responses((status = 204, description = "Removed"), Problems)
)]
pub(crate) async fn delete_asset(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, asset)): ApiPath<(Uuid, Uuid)>,
) -> Result<StatusCode, ApiError> {
    s.app
        .delete_asset(&caller, org_id(org), AssetId::from_uuid(asset))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The organisation's processing activities.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/activities",
    tag = "processing",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "Activities, by name", body = Vec<ActivityDto>), Problems)
)]
pub(crate) async fn list_activities(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<Vec<ActivityDto>>, ApiError> {
    let list = s.app.list_activities(&caller, org_id(org)).await?;
    Ok(Json(list.iter().map(ActivityDto::from).collect()))
}

/// Records a processing activity (DPO and data protection unit).
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/activities",
    tag = "processing",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = ActivityInput,
    responses((status = 201, description = "Created", body = ActivityDto), Problems)
)]
pub(crate) async fn create_activity(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<ActivityInput>,
) -> Result<Response, ApiError> {
    let draft = input.parse()?;
    let a = s.app.create_activity(&caller, org_id(org), &draft).await?;
    Ok((StatusCode::CREATED, Json(ActivityDto::from(&a))).into_response())
}

/// One processing activity.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/activities/{activity_id}",
    tag = "processing",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("activity_id" = Uuid, Path, description = "The activity"),
    ),
    responses((status = 200, description = "The activity", body = ActivityDto), Problems)
)]
pub(crate) async fn get_activity(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, id)): ApiPath<(Uuid, Uuid)>,
) -> Result<Json<ActivityDto>, ApiError> {
    let a = s
        .app
        .get_activity(&caller, org_id(org), activity_id(id))
        .await?;
    Ok(Json(ActivityDto::from(&a)))
}

/// Replaces a processing activity (DPO and data protection unit).
#[utoipa::path(
    put,
    path = "/api/v1/orgs/{org_id}/activities/{activity_id}",
    tag = "processing",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("activity_id" = Uuid, Path, description = "The activity"),
    ),
    request_body = ActivityInput,
    responses((status = 200, description = "Updated", body = ActivityDto), Problems)
)]
pub(crate) async fn update_activity(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, id)): ApiPath<(Uuid, Uuid)>,
    ApiJson(input): ApiJson<ActivityInput>,
) -> Result<Json<ActivityDto>, ApiError> {
    let draft = input.parse()?;
    let a = s
        .app
        .update_activity(&caller, org_id(org), activity_id(id), &draft)
        .await?;
    Ok(Json(ActivityDto::from(&a)))
}

/// Removes a processing activity (DPO and data protection unit).
#[utoipa::path(
    delete,
    path = "/api/v1/orgs/{org_id}/activities/{activity_id}",
    tag = "processing",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("activity_id" = Uuid, Path, description = "The activity"),
    ),
    responses((status = 204, description = "Removed"), Problems)
)]
pub(crate) async fn delete_activity(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, id)): ApiPath<(Uuid, Uuid)>,
) -> Result<StatusCode, ApiError> {
    s.app
        .delete_activity(&caller, org_id(org), activity_id(id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
