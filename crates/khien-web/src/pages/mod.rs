//! The pages, one module per area, and what they share: static files, error pages, forms
//! checked for their CSRF token, organisation ids from the path.

pub mod account;
pub mod authority;
pub mod cases;
pub mod catalogue;
pub mod dashboard;
pub mod forms;
pub mod log;
pub mod people;
pub mod registers;
pub mod scans;
pub mod subjects;
pub mod vault;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use khien_app::AppError;
use khien_domain::OrgId;
use serde::de::DeserializeOwned;

use crate::WebState;
use crate::ctx::{Ctx, Viewer};
use crate::i18n::{Lang, T};

/// A page's result: the page, or an error page in the viewer's language.
pub type Page = Result<Response, Response>;

/// Renders a template as an HTML response.
pub fn html(t: &impl Template) -> Page {
    match t.render() {
        Ok(s) => Ok(Html(s).into_response()),
        Err(e) => {
            tracing::error!(error = %e, "a console template failed to render");
            Err((StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response())
        }
    }
}

/// The static files, embedded in the binary.
pub async fn static_file(Path(file): Path<String>) -> Response {
    let (body, mime): (&'static [u8], &str) = match file.as_str() {
        "khien.css" => (
            include_bytes!("../../static/khien.css"),
            "text/css; charset=utf-8",
        ),
        "htmx.min.js" => (
            include_bytes!("../../static/htmx.min.js"),
            "text/javascript; charset=utf-8",
        ),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    r
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    t: T,
    title: String,
    detail: String,
}

/// An error page for a failed use case.
pub fn error_page(lang: Lang, e: &AppError) -> Response {
    let t = T::new(lang);
    let (status, key) = match e {
        AppError::Unauthenticated => (StatusCode::UNAUTHORIZED, "error.unauthenticated"),
        AppError::Forbidden => (StatusCode::FORBIDDEN, "error.forbidden"),
        AppError::NotFound(_) => (StatusCode::NOT_FOUND, "error.not_found"),
        AppError::Invalid(_) | AppError::Rejected(_) => {
            (StatusCode::UNPROCESSABLE_ENTITY, "error.invalid")
        }
        AppError::Conflict(_) => (StatusCode::CONFLICT, "error.conflict"),
        AppError::Case(_) => (StatusCode::CONFLICT, "error.refused"),
        AppError::TooManyAttempts(_) | AppError::RateLimited(_) => {
            (StatusCode::TOO_MANY_REQUESTS, "error.too_many")
        }
        AppError::Busy => (StatusCode::SERVICE_UNAVAILABLE, "error.busy"),
        AppError::Log(_) => (StatusCode::SERVICE_UNAVAILABLE, "error.log"),
        AppError::Gone(_) => (StatusCode::GONE, "error.gone"),
        AppError::Restricted => (StatusCode::FORBIDDEN, "error.restricted"),
        AppError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, "error.unavailable"),
        _ => match e.code() {
            "not_found" => (StatusCode::NOT_FOUND, "error.not_found"),
            "conflict" => (StatusCode::CONFLICT, "error.conflict"),
            "invalid" => (StatusCode::UNPROCESSABLE_ENTITY, "error.invalid"),
            _ => (StatusCode::INTERNAL_SERVER_ERROR, "error.internal"),
        },
    };
    // The detail names fields and rules, never a value (the application's errors never
    // carry one). In Vietnamese only the fields are named: the rules are written in English.
    let detail = match (lang, e) {
        (_, AppError::Invalid(errs)) if lang == Lang::Vi => {
            let fields: Vec<String> = errs
                .iter()
                .map(|d| match d {
                    khien_domain::DomainError::Invalid { field, .. } => (*field).to_owned(),
                    other => t.or("field", &other.to_string()),
                })
                .collect();
            t.f("error.fields", &[("fields", &fields.join(", "))])
        }
        (Lang::En, _) if status.is_client_error() && status != StatusCode::NOT_FOUND => {
            e.to_string()
        }
        _ => String::new(),
    };
    let page = ErrorPage {
        title: t.s(key).to_owned(),
        detail,
        t,
    };
    let body = page.render().unwrap_or_default();
    (status, Html(body)).into_response()
}

/// A refusal page (CSRF, origin).
pub fn refusal(lang: Lang, status: StatusCode, key: &str) -> Response {
    let t = T::new(lang);
    let page = ErrorPage {
        title: t.f(key, &[]),
        detail: String::new(),
        t,
    };
    (status, Html(page.render().unwrap_or_default())).into_response()
}

/// An organisation id from the path (an unknown shape is "not found", as an unknown id).
pub fn org_id(v: &Viewer, s: &str) -> Result<OrgId, Response> {
    s.parse::<uuid::Uuid>()
        .map(OrgId::from_uuid)
        .map_err(|_| v.fail(AppError::NotFound("organisation")))
}

/// The organisation's name, read through the application (a recorded access).
pub async fn org_frame(
    s: &WebState,
    v: &Viewer,
    org: OrgId,
    section: &'static str,
) -> Result<(Ctx, khien_domain::Organisation), Response> {
    let o = s.app.get_org(&v.caller, org).await.map_err(|e| v.fail(e))?;
    let ctx = v.ctx(s, Some((org, o.details.name.as_str().to_owned())), section);
    Ok((ctx, o))
}

/// Largest form body accepted.
const FORM_LIMIT: usize = 1 << 20;

/// A form posted by a signed-in viewer, its CSRF token checked.
pub struct Posted<F> {
    /// Who posted it.
    pub v: Viewer,
    /// What they posted.
    pub form: F,
    /// The raw pairs (for forms with fields named at run time).
    pub pairs: Vec<(String, String)>,
}

impl<F: DeserializeOwned + Send> FromRequest<WebState> for Posted<F> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &WebState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let v = Viewer::from_request_parts(&mut parts, state).await?;
        let req = Request::from_parts(parts, body);
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| refusal(v.lang, StatusCode::PAYLOAD_TOO_LARGE, "error.too_large"))?;
        if bytes.len() > FORM_LIMIT {
            return Err(refusal(
                v.lang,
                StatusCode::PAYLOAD_TOO_LARGE,
                "error.too_large",
            ));
        }
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| refusal(v.lang, StatusCode::BAD_REQUEST, "error.bad_form"))?;
        let csrf = pairs
            .iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.as_str())
            .unwrap_or("");
        if !v.csrf_ok(csrf) {
            tracing::info!("console form refused: CSRF token missing or wrong");
            return Err(refusal(v.lang, StatusCode::FORBIDDEN, "error.csrf"));
        }
        let form: F = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| refusal(v.lang, StatusCode::UNPROCESSABLE_ENTITY, "error.bad_form"))?;
        Ok(Self { v, form, pairs })
    }
}

/// Rows shown per page in long lists.
pub const PAGE: usize = 200;

/// Pages of a long list: which rows this page shows and the links to the others.
pub struct Pager {
    /// This page, from 1.
    pub page: usize,
    /// Pages in all.
    pub pages: usize,
    /// "Page X of Y".
    pub label: String,
    /// The link to the previous page (empty on the first).
    pub prev: String,
    /// The link to the next page (empty on the last).
    pub next: String,
    /// Rows in all.
    rows: usize,
}

impl Pager {
    /// The pager of `rows` rows at `page` (from 1; out of range is the nearest page);
    /// `keep` is the query string the links keep (filters).
    pub fn new(t: &T, rows: usize, page: Option<usize>, keep: &str) -> Self {
        let pages = rows.div_ceil(PAGE).max(1);
        let page = page.unwrap_or(1).clamp(1, pages);
        let link = |p: usize| {
            if keep.is_empty() {
                format!("?page={p}")
            } else {
                format!("?{keep}&page={p}")
            }
        };
        Self {
            label: t.f(
                "common.page",
                &[("page", &page.to_string()), ("pages", &pages.to_string())],
            ),
            prev: if page > 1 {
                link(page - 1)
            } else {
                String::new()
            },
            next: if page < pages {
                link(page + 1)
            } else {
                String::new()
            },
            page,
            pages,
            rows,
        }
    }

    /// The rows of this page.
    pub fn range(&self) -> std::ops::Range<usize> {
        let start = (self.page - 1) * PAGE;
        start.min(self.rows)..(start + PAGE).min(self.rows)
    }
}

/// A 303 to `to`.
pub fn see_other(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

/// A download.
pub fn download(bytes: Vec<u8>, mime: &'static str, filename: &str) -> Response {
    let mut r = bytes.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    r
}
