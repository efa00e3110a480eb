//! Organisations, their members and roles, and the DPO designation.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use khien_auth::{Password, hash_password};
use khien_domain::{Code, DomainError, Membership, OrgId, OrgKind, Role, UserId};
use khien_policy::{Action, Resource};
use khien_store::NewUser;
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::{
    DesignationDto, MemberDto, NewMemberInput, OrganisationDto, OrganisationInput, UserDto, org_id,
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
    let mut ids: Vec<OrgId> = caller
        .principal
        .memberships
        .iter()
        .map(|m| m.org_id)
        .chain(caller.principal.supervises.iter().copied())
        .filter(|o| {
            s.policies.is_allowed(
                &caller.principal,
                Action::OrganisationRead,
                Resource::Organisation(*o),
            )
        })
        .collect();
    ids.sort();
    ids.dedup();
    let orgs = s.store.list_organisations(Some(&ids)).await?;
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
    let org = org_id(org);
    caller.authorize(&s, Action::OrganisationRead, Resource::Organisation(org))?;
    Ok(Json(OrganisationDto::from(
        &s.store.get_organisation(org).await?,
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
    let org = org_id(org);
    caller.authorize(&s, Action::OrganisationUpdate, Resource::Organisation(org))?;
    let draft = input.parse()?;
    let updated = s
        .store
        .update_organisation(org, &draft, s.clock.now())
        .await?;
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
    let org = org_id(org);
    caller.authorize(&s, Action::DesignationRead, Resource::Organisation(org))?;
    let history = s.store.designation_history(org).await?;
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
    let org = org_id(org);
    caller.authorize(&s, Action::DesignationRecord, Resource::Organisation(org))?;
    let designation = input.parse()?;
    if let Some(dpo) = designation.dpo_user_id {
        let members = s.store.list_members(org).await?;
        if !members.iter().any(|m| m.user.id == dpo) {
            return Err(DomainError::Invalid {
                field: "dpo_user_id",
                rule: "the officer must be a member of the organisation",
            }
            .into());
        }
    }
    let updated = s
        .store
        .record_designation(org, &designation, s.clock.now())
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
    let org = org_id(org);
    caller.authorize(&s, Action::MemberRead, Resource::Organisation(org))?;
    let members = s.store.list_members(org).await?;
    Ok(Json(
        members
            .iter()
            .map(|m| MemberDto {
                user: UserDto::from(&m.user),
                roles: m.roles.iter().map(|r| r.code()).collect(),
            })
            .collect(),
    ))
}

/// Checks that roles fit the organisation: `supervisor` exists only in authorities.
fn check_roles(kind: OrgKind, roles: &[Role]) -> Result<(), ApiError> {
    if roles.contains(&Role::Supervisor) && kind != OrgKind::Authority {
        return Err(DomainError::Invalid {
            field: "roles",
            rule: "the supervisor role exists only in organisations of kind `authority`",
        }
        .into());
    }
    Ok(())
}

/// Creates an account with roles in the organisation (the DPO only).
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/members",
    tag = "organisations",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = NewMemberInput,
    responses((status = 201, description = "Created", body = MemberDto), Problems)
)]
pub(crate) async fn add_member(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<NewMemberInput>,
) -> Result<Response, ApiError> {
    let org = org_id(org);
    caller.authorize(&s, Action::MemberManage, Resource::Organisation(org))?;
    let member = input.parse()?;
    let kind = s.store.get_organisation(org).await?.details.kind;
    check_roles(kind, &member.roles)?;
    let password = Password::new(member.password).map_err(|e| {
        ApiError::Validation(vec![DomainError::Invalid {
            field: "password",
            rule: match e {
                khien_auth::AuthError::PasswordLength => "must have between 10 and 1024 characters",
                _ => "cannot be used",
            },
        }])
    })?;
    let salt: [u8; 16] = s.random_bytes();
    let hash = tokio::task::spawn_blocking(move || hash_password(&password, salt))
        .await
        .map_err(|_| ApiError::Internal)?
        .map_err(|_| ApiError::Internal)?;
    let roles: Vec<Membership> = member
        .roles
        .iter()
        .map(|r| Membership {
            org_id: org,
            role: *r,
        })
        .collect();
    let user = s
        .store
        .create_user(
            &NewUser {
                id: UserId::from_random(s.random_bytes()),
                email: member.email,
                display_name: member.display_name,
                password_hash: hash,
            },
            &roles,
            s.clock.now(),
        )
        .await?;
    tracing::info!("account created");
    let mut roles: Vec<&'static str> = member.roles.iter().map(|r| r.code()).collect();
    roles.sort_unstable();
    roles.dedup();
    Ok((
        StatusCode::CREATED,
        Json(MemberDto {
            user: UserDto::from(&user),
            roles,
        }),
    )
        .into_response())
}

async fn member_of(
    s: &AppState,
    org: OrgId,
    user: UserId,
) -> Result<khien_store::Member, ApiError> {
    s.store
        .list_members(org)
        .await?
        .into_iter()
        .find(|m| m.user.id == user)
        .ok_or(ApiError::NotFound("member"))
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
    let org = org_id(org);
    caller.authorize(&s, Action::MemberManage, Resource::Organisation(org))?;
    let role = Role::parse_code(&role)?;
    let user = UserId::from_uuid(user);
    member_of(&s, org, user).await?;
    check_roles(s.store.get_organisation(org).await?.details.kind, &[role])?;
    s.store
        .grant_role(user, Membership { org_id: org, role }, s.clock.now())
        .await?;
    let m = member_of(&s, org, user).await?;
    Ok(Json(MemberDto {
        user: UserDto::from(&m.user),
        roles: m.roles.iter().map(|r| r.code()).collect(),
    }))
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
    let org = org_id(org);
    caller.authorize(&s, Action::MemberManage, Resource::Organisation(org))?;
    let role = Role::parse_code(&role)?;
    let user = UserId::from_uuid(user);
    s.store
        .revoke_role(user, Membership { org_id: org, role })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
