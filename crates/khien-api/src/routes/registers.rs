//! The organisation's profile, which obligations apply to it and why, and the registers the
//! texts require (issue 16).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use khien_domain::RegisterEntryId;
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::{
    ApplicabilityDto, ProfileDto, ProfileInput, RegisterDto, RegisterEntryDto, entry_input, org_id,
};
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::ApiError;

/// A JSON body as a register's values, each of its field's JSON type (an unknown register is
/// the application's 404).
fn typed_input(
    s: &AppState,
    register: &str,
    body: &serde_json::Map<String, serde_json::Value>,
) -> Result<khien_app::registers::EntryInput, ApiError> {
    let input = entry_input(body)?;
    if let Some(reg) = s.app.legal.registers.get(register) {
        reg.check_types(&input).map_err(|e| ApiError::BadRequest {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            detail: e.to_string(),
        })?;
    }
    Ok(input)
}

/// The organisation's profile: the facts the texts use to decide which obligations bind it.
/// Never set: every flag false, `updated_at` null.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/profile",
    tag = "obligations",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "The profile", body = ProfileDto), Problems)
)]
pub(crate) async fn get_profile(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<ProfileDto>, ApiError> {
    let (p, at) = s.app.profile(&caller, org_id(org)).await?;
    Ok(Json(ProfileDto::new(&p, at)))
}

/// Sets the organisation's profile (the DPO), replacing it whole.
#[utoipa::path(
    put,
    path = "/api/v1/orgs/{org_id}/profile",
    tag = "obligations",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    request_body = ProfileInput,
    responses((status = 200, description = "The profile as kept", body = ProfileDto), Problems)
)]
pub(crate) async fn put_profile(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
    ApiJson(input): ApiJson<ProfileInput>,
) -> Result<Json<ProfileDto>, ApiError> {
    let profile = input.parse()?;
    let kept = s.app.set_profile(&caller, org_id(org), profile).await?;
    Ok(Json(ProfileDto::new(&kept.profile, Some(kept.updated_at))))
}

/// Every obligation and standing duty of the rule packs, with whether it binds the
/// organisation today (`applies`, `optional` until a date, `exempt`) and the article that
/// decides it, from its profile, its kind and its catalogue.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/applicability",
    tag = "obligations",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "Applicability", body = ApplicabilityDto), Problems)
)]
pub(crate) async fn applicability(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<ApplicabilityDto>, ApiError> {
    let v = s.app.applicability(&caller, org_id(org)).await?;
    Ok(Json(ApplicabilityDto::new(&v, &s.app.legal)))
}

/// The registers the texts require, with their fields and how many entries the organisation
/// keeps in each.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/registers",
    tag = "registers",
    security(("bearer" = []), ("cookie" = [])),
    params(("org_id" = Uuid, Path, description = "The organisation")),
    responses((status = 200, description = "The registers", body = Vec<RegisterDto>), Problems)
)]
pub(crate) async fn list_registers(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(org): ApiPath<Uuid>,
) -> Result<Json<Vec<RegisterDto>>, ApiError> {
    let counts = s.app.register_counts(&caller, org_id(org)).await?;
    Ok(Json(
        s.app
            .legal
            .registers
            .all()
            .iter()
            .map(|r| RegisterDto::new(r, counts.get(&r.id).copied().unwrap_or(0)))
            .collect(),
    ))
}

/// The entries of one register, oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/registers/{register}",
    tag = "registers",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("register" = String, Path, description = "The register, e.g. processors"),
    ),
    responses((status = 200, description = "Entries", body = Vec<RegisterEntryDto>), Problems)
)]
pub(crate) async fn list_entries(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, register)): ApiPath<(Uuid, String)>,
) -> Result<Json<Vec<RegisterEntryDto>>, ApiError> {
    let entries = s
        .app
        .register_entries(&caller, org_id(org), &register)
        .await?;
    Ok(Json(entries.iter().map(RegisterEntryDto::from).collect()))
}

/// Adds an entry (the DPO and the protection unit); its values are checked against the
/// register's fields.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/registers/{register}",
    tag = "registers",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("register" = String, Path, description = "The register, e.g. processors"),
    ),
    request_body(content = Object, description = "The entry's values by field name"),
    responses((status = 201, description = "Recorded", body = RegisterEntryDto), Problems)
)]
pub(crate) async fn add_entry(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, register)): ApiPath<(Uuid, String)>,
    ApiJson(body): ApiJson<serde_json::Map<String, serde_json::Value>>,
) -> Result<Response, ApiError> {
    let input = typed_input(&s, &register, &body)?;
    let e = s
        .app
        .add_register_entry(&caller, org_id(org), &register, &input)
        .await?;
    Ok((StatusCode::CREATED, Json(RegisterEntryDto::from(&e))).into_response())
}

/// One entry.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org_id}/registers/{register}/{entry_id}",
    tag = "registers",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("register" = String, Path, description = "The register, e.g. processors"),
        ("entry_id" = Uuid, Path, description = "The entry"),
    ),
    responses((status = 200, description = "The entry", body = RegisterEntryDto), Problems)
)]
pub(crate) async fn get_entry(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, register, id)): ApiPath<(Uuid, String, Uuid)>,
) -> Result<Json<RegisterEntryDto>, ApiError> {
    let e = s
        .app
        .register_entry(
            &caller,
            org_id(org),
            &register,
            RegisterEntryId::from_uuid(id),
        )
        .await?;
    Ok(Json(RegisterEntryDto::from(&e)))
}

/// Replaces an entry's values (checked again; the retention follows the new dates).
#[utoipa::path(
    put,
    path = "/api/v1/orgs/{org_id}/registers/{register}/{entry_id}",
    tag = "registers",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("register" = String, Path, description = "The register, e.g. processors"),
        ("entry_id" = Uuid, Path, description = "The entry"),
    ),
    request_body(content = Object, description = "The entry's values by field name"),
    responses((status = 200, description = "Changed", body = RegisterEntryDto), Problems)
)]
pub(crate) async fn update_entry(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, register, id)): ApiPath<(Uuid, String, Uuid)>,
    ApiJson(body): ApiJson<serde_json::Map<String, serde_json::Value>>,
) -> Result<Json<RegisterEntryDto>, ApiError> {
    let input = typed_input(&s, &register, &body)?;
    let e = s
        .app
        .update_register_entry(
            &caller,
            org_id(org),
            &register,
            RegisterEntryId::from_uuid(id),
            &input,
        )
        .await?;
    Ok(Json(RegisterEntryDto::from(&e)))
}

/// Removes an entry; refused with 409 while the register's retention runs (Decree 165/2025
/// Art. 16.3(a): processing records at least 3 years).
#[utoipa::path(
    delete,
    path = "/api/v1/orgs/{org_id}/registers/{register}/{entry_id}",
    tag = "registers",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("register" = String, Path, description = "The register, e.g. processors"),
        ("entry_id" = Uuid, Path, description = "The entry"),
    ),
    responses((status = 204, description = "Removed"), Problems)
)]
pub(crate) async fn delete_entry(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, register, id)): ApiPath<(Uuid, String, Uuid)>,
) -> Result<StatusCode, ApiError> {
    s.app
        .delete_register_entry(
            &caller,
            org_id(org),
            &register,
            RegisterEntryId::from_uuid(id),
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// One path per register, with the exact schema of its entries, instead of the generic
/// `{register}` ones (as the forms do).
pub(crate) fn per_register_paths(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::request_body::RequestBodyBuilder;
    use utoipa::openapi::{ContentBuilder, Ref, RefOr, Required};
    let Ok(registers) = khien_rules::registers::Registers::builtin() else {
        return;
    };
    for suffix in ["", "/{entry_id}"] {
        let template = format!("/api/v1/orgs/{{org_id}}/registers/{{register}}{suffix}");
        let Some(item) = doc.paths.paths.shift_remove(&template) else {
            continue;
        };
        for r in registers.all() {
            let component = format!("RegisterEntry_{}", r.id.replace('-', "_"));
            doc.components
                .get_or_insert_with(Default::default)
                .schemas
                .insert(
                    component.clone(),
                    RefOr::T(crate::schema::raw(crate::dto::entry_schema(r))),
                );
            let mut one = item.clone();
            let slug = r.id.replace('-', "_");
            let ops = [
                (&mut one.get, if suffix.is_empty() { "list" } else { "get" }),
                (&mut one.post, "add"),
                (&mut one.put, "update"),
                (&mut one.delete, "delete"),
            ];
            for (op, verb) in ops {
                let Some(op) = op.as_mut() else { continue };
                op.operation_id = Some(format!("{verb}_register_entry_{slug}"));
                op.summary = Some(format!("{} ({})", r.title, r.basis));
                if let Some(params) = op.parameters.as_mut() {
                    params.retain(|p| p.name != "register");
                }
                if op.request_body.is_some() {
                    op.request_body = Some(
                        RequestBodyBuilder::new()
                            .description(Some(format!("An entry of “{}”", r.title)))
                            .content(
                                "application/json",
                                ContentBuilder::new()
                                    .schema(Some(Ref::from_schema_name(component.clone())))
                                    .build(),
                            )
                            .required(Some(Required::True))
                            .build(),
                    );
                }
            }
            doc.paths.paths.insert(
                format!("/api/v1/orgs/{{org_id}}/registers/{}{suffix}", r.id),
                one,
            );
        }
    }
}
