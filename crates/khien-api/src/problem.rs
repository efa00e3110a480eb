//! Errors as RFC 9457 problem details (`application/problem+json`).
//!
//! Every error response of the API, including those for malformed requests that never reach
//! a handler, has this shape. `title` is Vietnamese (people read it); `detail` is the precise
//! reason in English, naming fields but never repeating submitted values (they may be
//! personal data or secrets).

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use khien_domain::DomainError;
use khien_store::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

/// Field errors found while validating an input.
pub type FieldErrors = Vec<DomainError>;

/// The body of an error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem, e.g. `urn:khien:problem:validation`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Short summary, in Vietnamese.
    pub title: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// The reason, in English.
    pub detail: String,
    /// One entry per invalid field, for validation problems.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

/// One invalid field.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldProblem {
    /// The field, as named in the request.
    pub field: &'static str,
    /// What is wrong with it.
    pub detail: String,
}

/// An error of the API.
#[derive(Debug)]
#[non_exhaustive]
pub enum ApiError {
    /// No valid credentials.
    Unauthenticated,
    /// Wrong e-mail address or password.
    LoginFailed,
    /// Authenticated but not permitted.
    Forbidden,
    /// The thing does not exist, or the caller may not know it exists.
    NotFound(&'static str),
    /// The input was understood but is not valid.
    Validation(FieldErrors),
    /// The request could not be read (syntax, types, unknown fields, invalid UTF-8, path).
    BadRequest {
        /// HTTP status (400 or 422).
        status: StatusCode,
        /// The reason.
        detail: String,
    },
    /// The body is larger than allowed.
    PayloadTooLarge,
    /// The body is not `application/json`.
    UnsupportedMediaType,
    /// The request conflicts with the registry's state.
    Conflict(String),
    /// No such route.
    NoRoute,
    /// The route does not accept this method.
    MethodNotAllowed,
    /// Too many failed logins for this address; retry after this many seconds.
    TooManyAttempts(u64),
    /// Too many requests of this kind for the organisation; retry after this many seconds.
    RateLimited(u64),
    /// The registry is unreachable.
    Unavailable,
    /// The processing log could not record the request, so it was not carried out.
    LogUnavailable,
    /// The data were destroyed (410).
    Gone(&'static str),
    /// The data subject restricted this processing (403).
    Restricted,
    /// A part of Khiên this server was not started with (503).
    NotConfigured(&'static str),
    /// A bug or an unexpected failure; already logged.
    Internal,
}

impl ApiError {
    fn parts(&self) -> (StatusCode, &'static str, &'static str) {
        match self {
            Self::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated", "Chưa xác thực"),
            Self::LoginFailed => (
                StatusCode::UNAUTHORIZED,
                "login-failed",
                "Sai địa chỉ thư điện tử hoặc mật khẩu",
            ),
            Self::Forbidden => (
                StatusCode::FORBIDDEN,
                "forbidden",
                "Không có quyền thực hiện",
            ),
            Self::NotFound(_) | Self::NoRoute => {
                (StatusCode::NOT_FOUND, "not-found", "Không tìm thấy")
            }
            Self::Validation(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation",
                "Dữ liệu không hợp lệ",
            ),
            Self::BadRequest { status, .. } => {
                (*status, "malformed-request", "Yêu cầu không đọc được")
            }
            Self::PayloadTooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload-too-large",
                "Nội dung yêu cầu quá lớn",
            ),
            Self::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Nội dung phải là application/json",
            ),
            Self::Conflict(_) => (StatusCode::CONFLICT, "conflict", "Xung đột dữ liệu"),
            Self::Gone(_) => (StatusCode::GONE, "gone", "Dữ liệu đã bị hủy"),
            Self::Restricted => (
                StatusCode::FORBIDDEN,
                "restricted",
                "Chủ thể dữ liệu đã hạn chế, phản đối hoặc rút lại sự đồng ý cho việc xử lý này",
            ),
            Self::NotConfigured(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "not-configured",
                "Chức năng chưa được cấu hình",
            ),
            Self::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                "method-not-allowed",
                "Phương thức không được hỗ trợ",
            ),
            Self::TooManyAttempts(_) => (
                StatusCode::TOO_MANY_REQUESTS,
                "too-many-attempts",
                "Đăng nhập sai quá nhiều lần, vui lòng thử lại sau",
            ),
            Self::RateLimited(_) => (
                StatusCode::TOO_MANY_REQUESTS,
                "rate-limited",
                "Quá nhiều yêu cầu, vui lòng thử lại sau",
            ),
            Self::Unavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "Hệ thống tạm thời không phục vụ được",
            ),
            Self::LogUnavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                "log-unavailable",
                "Nhật ký xử lý không ghi được nên yêu cầu chưa được thực hiện",
            ),
            Self::Internal => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "Lỗi hệ thống",
            ),
        }
    }

    fn detail(&self) -> String {
        match self {
            Self::Unauthenticated => {
                "send `Authorization: Bearer <token>` or the `khien_session` cookie; log in at POST /api/v1/auth/login".to_owned()
            }
            Self::LoginFailed => "wrong e-mail address or password, or the account is disabled".to_owned(),
            Self::Forbidden => "your roles do not permit this action on this organisation".to_owned(),
            Self::NotFound(what) => format!("{what} not found"),
            Self::NoRoute => "no such route; the API is described at /api/openapi.json".to_owned(),
            Self::Validation(errors) => format!("{} field(s) are not valid", errors.len()),
            Self::BadRequest { detail, .. } => detail.clone(),
            Self::PayloadTooLarge => format!("the body exceeds {} bytes", crate::BODY_LIMIT),
            Self::UnsupportedMediaType => "send the body as JSON with `Content-Type: application/json`".to_owned(),
            Self::Conflict(why) => why.clone(),
            Self::Gone(what) => format!("the {what}'s data was destroyed and cannot be recovered"),
            Self::Restricted => "the data subject restricted, objected to or withdrew consent for processing their data for this purpose (Law 91/2025 Art. 10); the refusal is in the processing log".to_owned(),
            Self::NotConfigured(what) => format!("the {what} is not configured on this server"),
            Self::MethodNotAllowed => "this route does not accept this method".to_owned(),
            Self::TooManyAttempts(secs) => {
                format!("too many login attempts from this client; retry in {secs} seconds")
            }
            Self::RateLimited(secs) => {
                format!("too many requests of this kind; retry in {secs} seconds")
            }
            Self::Unavailable => "the database is not reachable".to_owned(),
            Self::LogUnavailable => "the processing log could not record this request, so nothing was done; retry later".to_owned(),
            Self::Internal => "an unexpected error occurred; it has been logged".to_owned(),
        }
    }

    /// The problem document.
    pub fn problem(&self) -> Problem {
        let (status, kind, title) = self.parts();
        let errors = match self {
            Self::Validation(errors) => errors
                .iter()
                .map(|e| FieldProblem {
                    field: field_of(e),
                    detail: e.to_string(),
                })
                .collect(),
            _ => Vec::new(),
        };
        Problem {
            kind: format!("urn:khien:problem:{kind}"),
            title,
            status: status.as_u16(),
            detail: self.detail(),
            errors,
        }
    }
}

fn field_of(e: &DomainError) -> &'static str {
    match e {
        DomainError::Empty { field }
        | DomainError::TooLong { field, .. }
        | DomainError::Invalid { field, .. }
        | DomainError::NotOneOf { field, .. } => field,
        _ => "",
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let problem = self.problem();
        let status =
            StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&problem).unwrap_or_else(|_| b"{}".to_vec());
        let mut resp = (status, body).into_response();
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Self::TooManyAttempts(secs) | Self::RateLimited(secs) = self
            && let Ok(v) = HeaderValue::from_str(&secs.to_string())
        {
            resp.headers_mut().insert(header::RETRY_AFTER, v);
        }
        if matches!(self, Self::Unauthenticated) {
            resp.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        resp
    }
}

impl From<FieldErrors> for ApiError {
    fn from(e: FieldErrors) -> Self {
        Self::Validation(e)
    }
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        Self::Validation(vec![e])
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(entity) => Self::NotFound(entity.name()),
            StoreError::Conflict(why) => Self::Conflict(why.to_owned()),
            StoreError::InUse(why) => Self::Conflict(format!("still in use: {why}")),
            StoreError::InvalidReference(field) => Self::Validation(vec![DomainError::Invalid {
                field,
                rule: "refers to a record that does not exist in this organisation",
            }]),
            other => {
                // Store errors carry no stored values (see khien-store), so they may be logged.
                tracing::error!(error = %other, "registry operation failed");
                if matches!(other, StoreError::Backend(_)) {
                    Self::Unavailable
                } else {
                    Self::Internal
                }
            }
        }
    }
}

impl From<khien_app::AppError> for ApiError {
    fn from(e: khien_app::AppError) -> Self {
        use khien_app::AppError as E;
        match e {
            E::Unauthenticated => Self::Unauthenticated,
            E::LoginFailed => Self::LoginFailed,
            E::TooManyAttempts(secs) => Self::TooManyAttempts(secs),
            E::RateLimited(secs) => Self::RateLimited(secs),
            E::Forbidden => Self::Forbidden,
            E::NotFound(what) => Self::NotFound(what),
            E::Invalid(errors) => Self::Validation(errors),
            E::Rejected(detail) => Self::BadRequest {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                detail,
            },
            E::Conflict(why) => Self::Conflict(why),
            E::Store(s) => s.into(),
            E::Case(c) => c.into(),
            E::Log(_) => Self::LogUnavailable,
            E::Busy => Self::Unavailable,
            E::Gone(what) => Self::Gone(what),
            E::Restricted => Self::Restricted,
            E::Unavailable(what) => Self::NotConfigured(what),
            _ => Self::Internal,
        }
    }
}

impl From<khien_app::cases::CaseOpError> for ApiError {
    fn from(e: khien_app::cases::CaseOpError) -> Self {
        use khien_app::cases::CaseOpError;
        use khien_rules::cases::CaseError;
        match e {
            CaseOpError::Store(s) => s.into(),
            CaseOpError::OutOfRange => invalid("at", "instants must lie between 1900 and 2099"),
            CaseOpError::FutureTransition => Self::Validation(vec![DomainError::Invalid {
                field: "at",
                rule: "a transition cannot be dated in the future",
            }]),
            // States and transitions are the workflow's own names, safe to repeat; kinds,
            // triggers and transitions the caller typed are not repeated.
            CaseOpError::Workflow(w) => match w {
                CaseError::NotAllowed { .. }
                | CaseError::Closed(_)
                | CaseError::Restricted { .. } => Self::Conflict(w.to_string()),
                CaseError::UnknownKind(_) => {
                    invalid("kind", "not a known kind of case; see the workflows")
                }
                CaseError::UnknownTrigger { .. } => {
                    invalid("trigger", "this kind of case does not record this event")
                }
                CaseError::MissingTrigger { .. } => invalid(
                    "events",
                    "an event this kind of case needs when opened is missing",
                ),
                CaseError::MissingField(_) => {
                    invalid("fields", "a field this kind of case requires is missing")
                }
                CaseError::UnknownField => invalid("fields", "this kind of case has no such field"),
                CaseError::NotAChoice { .. } => invalid(
                    "fields",
                    "a field's value is not one of its allowed choices (see the workflows)",
                ),
                CaseError::UnknownTransition { .. } => {
                    invalid("transition", "this kind of case has no such transition")
                }
                _ => Self::Internal,
            },
        }
    }
}

fn invalid(field: &'static str, rule: &'static str) -> ApiError {
    ApiError::Validation(vec![DomainError::Invalid { field, rule }])
}
