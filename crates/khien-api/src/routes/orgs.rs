//! Organisations, their members and roles, and the DPO designation.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use khien_domain::{Code, Role, UserId};
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::{
    DesignationDto, InvitationCreatedDto, InvitationDto, MemberDto, NewMemberInput,
    OrganisationDto, OrganisationInput, UserDto, org_id,
};
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::ApiError;

/// The organisations the caller belongs to or supervises.
#[utoipa::path(
    get,
    path = "/api/v1/orgs",
    tag = "organisations",
    security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, description = "Visible organisations, by name", body = Vec<OrganisationDto>), Problems)
)]
pub(crate) async fn list_orgs(
    State(s): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<OrganisationDto>>, ApiError> {
    let orgs = s.app.list_orgs(&caller).await?;
    Ok(Json(orgs.iter().map(OrganisationDto::from).collect()))
}

/// One organisation.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}",
    tag = "organisations",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "The organisation", body = OrganisationDto), Problems)
)]
pub(crate) async fn get_org(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<OrganisationDto>, ApiError> {
    Ok(Json(OrganisationDto::from(
        &s.app.get_org(&caller, org_id(org)).await?,
    )))
}

/// Replaces an organisation's details (the DPO only).
#[utoipa::path(
    put,
    path = "/api/v1/orgs/{org_id}",
    tag = "organisations",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = OrganisationInput,
    responses((status = 200, description = "Updated", body = OrganisationDto), Problems)
)]
pub(crate) async fn update_org(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<OrganisationInput>,
) -> Result<Json<OrganisationDto>, ApiError> {
    let draft = input.parse()?;
    let updated = s.app.update_org(&caller, org_id(org), &draft).await?;
    Ok(Json(OrganisationDto::from(&updated)))
}

/// Every designation of the DPO and data protection unit, latest (current) first
/// (Decree 165/2025 Art. 18.1).
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/designations",
    tag = "organisations",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "Designations, latest first", body = Vec<DesignationDto>), Problems)
)]
pub(crate) async fn list_designations(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<Vec<DesignationDto>>, ApiError> {
    let history = s.app.designations(&caller, org_id(org)).await?;
    Ok(Json(history.iter().map(DesignationDto::from).collect()))
}

/// Records a new designation of the DPO and data protection unit (the DPO only). The earlier
/// ones are kept.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/designations",
    tag = "organisations",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = DesignationDto,
    responses((status = 201, description = "Recorded; the organisation with its new designation", body = OrganisationDto), Problems)
)]
pub(crate) async fn record_designation(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<DesignationDto>,
) -> Result<Response, ApiError> {
    let designation = input.parse()?;
    let updated = s
        .app
        .record_designation(&caller, org_id(org), &designation)
        .await?;
    Ok((StatusCode::CREATED, Json(OrganisationDto::from(&updated))).into_response())
}

/// The organisation's users and their roles.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/members",
    tag = "organisations",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "Members, by e-mail address", body = Vec<MemberDto>), Problems)
)]
pub(crate) async fn list_members(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<Vec<MemberDto>>, ApiError> {
    let members = s.app.members(&caller, org_id(org)).await?;
    Ok(Json(members.iter().map(member_dto).collect()))
}

/// Invites a person to join the organisation with roles (the DPO only). They set their own
/// password when they accept, so nobody else ever knows it; an address that already has an
/// account accepts with that account's password. The answer is the same whether or not the
/// address has an account. The secret is in the response and nowhere else: pass it on.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/invitations",
    tag = "organisations",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = NewMemberInput,
    responses((status = 201, description = "Invited; the secret is shown this once", body = InvitationCreatedDto), Problems)
)]
pub(crate) async fn invite_member(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<NewMemberInput>,
) -> Result<Response, ApiError> {
    let m = input.parse()?;
    let created = s.app.invite(&caller, org_id(org), m.email, m.roles).await?;
    let body = InvitationCreatedDto {
        invitation: InvitationDto::from(&created.invitation),
        secret: created.secret,
    };
    let mut resp = (StatusCode::CREATED, Json(body)).into_response();
    resp.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(resp)
}

/// The organisation's invitations, newest first (who may list its members).
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/invitations",
    tag = "organisations",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "Invitations", body = Vec<InvitationDto>), Problems)
)]
pub(crate) async fn list_invitations(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<Vec<InvitationDto>>, ApiError> {
    let list = s.app.invitations(&caller, org_id(org)).await?;
    Ok(Json(list.iter().map(InvitationDto::from).collect()))
}

fn member_dto(m: &khien_store::Member) -> MemberDto {
    MemberDto {
        user: UserDto::from(&m.user),
        roles: m.roles.iter().map(|r| r.code()).collect(),
    }
}

/// Grants a role to a member of the organisation (the DPO only).
#[utoipa::path(
    put,
    path = "/api/v1/orgs/{org_id}/members/{user_id}/roles/{role}",
    tag = "organisations",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("user_id" = Uuid, Path, description = "A member of the organisation"),
        ("role" = String, Path, description = "dpo, protection_unit, staff, auditor or supervisor"),
    ),
    responses((status = 200, description = "The member with the role", body = MemberDto), Problems)
)]
pub(crate) async fn grant_role(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, user, role)): ApiPath<(Uuid, Uuid, String)>,
) -> Result<Json<MemberDto>, ApiError> {
    let role = Role::parse_code(&role)?;
    let m = s
        .app
        .grant_role(&caller, org_id(org), UserId::from_uuid(user), role, false)
        .await?;
    Ok(Json(member_dto(&m)))
}

/// Revokes a member's role (the DPO only). The organisation's last DPO role cannot be revoked.
#[utoipa::path(
    delete,
    path = "/api/v1/orgs/{org_id}/members/{user_id}/roles/{role}",
    tag = "organisations",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("user_id" = Uuid, Path, description = "A member of the organisation"),
        ("role" = String, Path, description = "The role to revoke"),
    ),
    responses((status = 204, description = "Revoked"), Problems)
)]
pub(crate) async fn revoke_role(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, user, role)): ApiPath<(Uuid, Uuid, String)>,
) -> Result<StatusCode, ApiError> {
    let role = Role::parse_code(&role)?;
    s.app
        .revoke_role(&caller, org_id(org), UserId::from_uuid(user), role)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
