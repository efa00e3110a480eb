//! The official forms over HTTP: the list, each form's JSON Schema, and documents rendered as
//! PDF or DOCX with the organisation's registry data filled in (issue 6; Decree 165/2025 Forms
//! 01a–07b, Decree 356/2025 Forms 01a–10).

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use khien_forms::{Catalogue, Filled, Form, docx, layout, pdf};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::org_id;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::ApiError;

fn catalogue() -> Result<&'static Catalogue, ApiError> {
    Ok(khien_app::forms::catalogue()?)
}

fn form(id: &str) -> Result<&'static Form, ApiError> {
    Ok(khien_app::forms::form(id)?)
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct FormDto {
    /// Stable id: `nd165-01a` … `nd165-07b`, `nd356-01a` … `nd356-10`.
    id: String,
    /// Its number in the annex (`Mẫu số 06`).
    number: String,
    /// Its title.
    title: String,
    /// The decree and annex it comes from.
    source: String,
}

/// The official forms Khiên renders.
#[utoipa::path(
    get,
    path = "/api/v1/forms",
    tag = "forms",
    security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, description = "The forms", body = Vec<FormDto>), Problems)
)]
pub(crate) async fn list_forms(_caller: Caller) -> Result<Json<Vec<FormDto>>, ApiError> {
    Ok(Json(
        catalogue()?
            .forms()
            .iter()
            .map(|f| FormDto {
                id: f.id.clone(),
                number: f.number.clone(),
                title: f.title.clone(),
                source: f.source.clone(),
            })
            .collect(),
    ))
}

/// The JSON Schema of a form's data (what `render` accepts).
#[utoipa::path(
    get,
    path = "/api/v1/forms/{form_id}/schema",
    tag = "forms",
    security(("bearer" = []), ("cookie" = [])),
    params(("form_id" = String, Path, description = "The form, e.g. nd165-06")),
    responses((status = 200, description = "JSON Schema (draft 2020-12)", body = Object), Problems)
)]
pub(crate) async fn form_schema(
    _caller: Caller,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    Ok(Json(form(&id)?.schema()))
}

/// The document format.
#[derive(Debug, Clone, Copy, Default, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum DocFormat {
    /// PDF, fonts embedded.
    #[default]
    Pdf,
    /// Word, editable before signing.
    Docx,
}

/// How to render.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct RenderQuery {
    /// `pdf` (default) or `docx`.
    #[serde(default)]
    #[param(inline)]
    format: DocFormat,
    /// `true` (the default): a draft, with a visible blank for each answer still missing,
    /// listed in `Khien-To-Complete`. `false`: a final document, refused with 422 while
    /// anything required is missing.
    #[serde(default)]
    draft: Option<bool>,
    /// The case the form is filed under (its title and documents fill the blanks that ask
    /// for them).
    #[serde(default)]
    case: Option<Uuid>,
}

/// Which case a form is checked for.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct CheckQuery {
    /// The case the form is filed under.
    #[serde(default)]
    case: Option<Uuid>,
}

/// A blank the document leaves for the person filing.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ToCompleteDto {
    /// The field's path in the data (`sender.name`).
    field: String,
    /// What the form calls it.
    label: String,
}

/// What a form still needs once the registry and the data are put in.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CheckDto {
    /// The blanks left, in the order of the document.
    to_complete: Vec<ToCompleteDto>,
}

/// Replaces the document's `{form_id}` paths of `check` and `render` by one path per form:
/// what they accept depends on the form, and OpenAPI ties a body's schema to a path, not to
/// the value of a path parameter. Each body's schema is the form's JSON Schema (also served at
/// `GET /api/v1/forms/{form_id}/schema`), registered as the component `FormData_<id>`.
pub(crate) fn per_form_paths(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::request_body::RequestBodyBuilder;
    use utoipa::openapi::{ContentBuilder, Ref, RefOr, Required};
    let Ok(catalogue) = catalogue() else {
        return;
    };
    for action in ["check", "render"] {
        let template = format!("/api/v1/orgs/{{org_id}}/forms/{{form_id}}/{action}");
        let Some(item) = doc.paths.paths.shift_remove(&template) else {
            continue;
        };
        for form in catalogue.forms() {
            let component = format!("FormData_{}", form.id);
            let mut schema = form.schema();
            if let Some(map) = schema.as_object_mut() {
                // Their own identifiers would change how references inside resolve.
                map.remove("$schema");
                map.remove("$id");
                map.insert(
                    "description".into(),
                    format!("The data of {} ({}).", form.number, form.source).into(),
                );
            }
            doc.components
                .get_or_insert_with(Default::default)
                .schemas
                .insert(component.clone(), RefOr::T(crate::schema::raw(schema)));
            let mut form_item = item.clone();
            if let Some(op) = form_item.post.as_mut() {
                op.operation_id = Some(format!("{action}_form_{}", form.id.replace('-', "_")));
                op.summary = Some(format!("{} – {}", form.number, form.title));
                if let Some(params) = op.parameters.as_mut() {
                    params.retain(|p| p.name != "form_id");
                }
                op.request_body = Some(
                    RequestBodyBuilder::new()
                        .description(Some(format!(
                            "The data of the form {}; what is left out is filled from the \
                             registry where it knows it, or stays a blank to complete",
                            form.id
                        )))
                        .content(
                            "application/json",
                            ContentBuilder::new()
                                .schema(Some(Ref::from_schema_name(component)))
                                .build(),
                        )
                        .required(Some(Required::True))
                        .build(),
                );
            }
            doc.paths.paths.insert(
                format!("/api/v1/orgs/{{org_id}}/forms/{}/{action}", form.id),
                form_item,
            );
        }
    }
}

/// The organisation's registry data, then `data` over it, checked against the form.
async fn fill_for(
    s: &AppState,
    caller: &Caller,
    org: Uuid,
    form_id: &str,
    data: &serde_json::Value,
    case: Option<Uuid>,
) -> Result<Filled<'static>, ApiError> {
    Ok(s.app
        .fill_form_for(
            caller,
            org_id(org),
            form_id,
            data,
            case.map(khien_domain::CaseId::from_uuid),
        )
        .await?)
}

#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/forms/{form_id}/check",
    tag = "forms",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("form_id" = String, Path, description = "The form, e.g. nd165-06"),
        CheckQuery,
    ),
    request_body(content = Object, description = "The form's data"),
    responses((status = 200, description = "The blanks left", body = CheckDto), Problems)
)]
pub(crate) async fn check_form(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, form_id)): ApiPath<(Uuid, String)>,
    q: Result<Query<CheckQuery>, QueryRejection>,
    ApiJson(data): ApiJson<serde_json::Value>,
) -> Result<Json<CheckDto>, ApiError> {
    let Query(q) = q.map_err(|_| ApiError::BadRequest {
        status: StatusCode::BAD_REQUEST,
        detail: "case: expected the UUID of a case".to_owned(),
    })?;
    let filled = fill_for(&s, &caller, org, &form_id, &data, q.case).await?;
    Ok(Json(CheckDto {
        to_complete: filled
            .to_complete
            .into_iter()
            .map(|t| ToCompleteDto {
                field: t.field,
                label: t.label,
            })
            .collect(),
    }))
}

/// The form as a document, filled from the organisation's registry data and `data` (which
/// wins). The header `Khien-To-Complete` lists the paths of the blanks left, comma-separated.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org_id}/forms/{form_id}/render",
    tag = "forms",
    security(("bearer" = []), ("cookie" = [])),
    params(
        ("org_id" = Uuid, Path, description = "The organisation"),
        ("form_id" = String, Path, description = "The form, e.g. nd165-06"),
        RenderQuery,
    ),
    request_body(content = Object, description = "The form's data"),
    responses(
        (status = 200, description = "The document", content(
            ("application/pdf"),
            ("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        )),
        Problems
    )
)]
pub(crate) async fn render_form(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath((org, form_id)): ApiPath<(Uuid, String)>,
    q: Result<Query<RenderQuery>, QueryRejection>,
    ApiJson(data): ApiJson<serde_json::Value>,
) -> Result<Response, ApiError> {
    let Query(q) = q.map_err(|_| ApiError::BadRequest {
        status: StatusCode::BAD_REQUEST,
        detail: "a query parameter is malformed (format: pdf or docx; draft: true or false; case: a UUID)".to_owned(),
    })?;
    let filled = fill_for(&s, &caller, org, &form_id, &data, q.case).await?;
    if q.draft == Some(false) && !filled.to_complete.is_empty() {
        let missing: Vec<String> = filled.to_complete.iter().map(|t| t.field.clone()).collect();
        return Err(ApiError::BadRequest {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            detail: format!(
                "not final: {} blank(s) left to complete: {}",
                missing.len(),
                missing.join(", ")
            ),
        });
    }
    let form = filled.form;
    // Laying out a document takes tens of milliseconds of CPU: off the async workers.
    let format = q.format;
    let rendered = tokio::task::spawn_blocking(move || {
        let blocks = layout::layout(&filled);
        let bytes = match format {
            DocFormat::Pdf => pdf::render(&blocks).map_err(|e| e.to_string())?,
            DocFormat::Docx => docx::render(&blocks).map_err(|e| e.to_string())?,
        };
        let to_complete: Vec<String> = filled.to_complete.into_iter().map(|t| t.field).collect();
        Ok::<_, String>((bytes, to_complete))
    })
    .await;
    let (bytes, to_complete) = match rendered {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            tracing::error!(form = %form.id, error = %e, "form rendering failed");
            return Err(ApiError::Internal);
        }
        Err(_) => return Err(ApiError::Internal),
    };
    let (mime, ext) = match format {
        DocFormat::Pdf => ("application/pdf", "pdf"),
        DocFormat::Docx => (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
        ),
    };
    let mut resp = (StatusCode::OK, bytes).into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    // Form ids and field paths are ASCII ([a-z0-9._-]); a value that is not is left out.
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{}.{ext}\"", form.id)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    if let Ok(v) = HeaderValue::from_str(&to_complete.join(",")) {
        h.insert("khien-to-complete", v);
    }
    Ok(resp)
}
