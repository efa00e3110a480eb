//! Why a use case did not happen. Messages name fields and rules, never a submitted or
//! stored value (it may be personal data).

use khien_domain::DomainError;
use khien_store::{LogError, StoreError};

use crate::cases::CaseOpError;

/// Why a use case failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AppError {
    /// No valid credentials.
    #[error("unauthenticated")]
    Unauthenticated,
    /// Wrong e-mail address or password, or a disabled account.
    #[error("wrong e-mail address or password")]
    LoginFailed,
    /// Too many failed logins; retry after this many seconds.
    #[error("too many attempts; retry in {0} s")]
    TooManyAttempts(u64),
    /// Authenticated but not permitted (the decision is in the processing log).
    #[error("forbidden")]
    Forbidden,
    /// No such thing, or the caller may not know it exists.
    #[error("{0} not found")]
    NotFound(&'static str),
    /// Values that break a rule.
    #[error("{}", fields(.0))]
    Invalid(Vec<DomainError>),
    /// A request refused as a whole, with the reason (names fields, never values).
    #[error("{0}")]
    Rejected(String),
    /// The request conflicts with the registry's state.
    #[error("{0}")]
    Conflict(String),
    /// The registry refused or failed.
    #[error(transparent)]
    Store(StoreError),
    /// A case operation was refused.
    #[error(transparent)]
    Case(CaseOpError),
    /// The processing log could not record the decision, so nothing was done.
    #[error("the processing log could not record this, so it was not done: {0}")]
    Log(LogError),
    /// Too many requests of this kind for now (a per-organisation rate limit); retry after
    /// this many seconds.
    #[error("rate limited; retry in {0} s")]
    RateLimited(u64),
    /// Too busy (e.g. every password-hashing slot is taken); retry shortly.
    #[error("busy")]
    Busy,
    /// The thing existed and was destroyed (a data subject's data in the vault).
    #[error("{0} was destroyed")]
    Gone(&'static str),
    /// The data subject restricted, objected to or withdrew consent for this processing
    /// (Law 91/2025 Art. 10): the vault does not read their data for this purpose.
    #[error("the data subject restricted this processing")]
    Restricted,
    /// A part of Khiên this server was not started with.
    #[error("the {0} is not configured on this server")]
    Unavailable(&'static str),
    /// A bug or an unexpected failure; already logged.
    #[error("internal error")]
    Internal,
}

fn fields(errors: &[DomainError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl AppError {
    /// A short, stable code for the log's failure entries.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthenticated => "unauthenticated",
            Self::LoginFailed => "login_failed",
            Self::TooManyAttempts(_) => "too_many_attempts",
            Self::Forbidden => "forbidden",
            Self::NotFound(_) => "not_found",
            Self::Invalid(_) | Self::Rejected(_) => "invalid",
            Self::Conflict(_) => "conflict",
            Self::Store(StoreError::NotFound(_)) => "not_found",
            Self::Store(StoreError::Conflict(_) | StoreError::InUse(_)) => "conflict",
            Self::Store(StoreError::InvalidReference(_)) => "invalid",
            Self::Store(_) => "store",
            Self::Case(CaseOpError::Store(StoreError::NotFound(_))) => "not_found",
            Self::Case(_) => "refused",
            Self::Log(_) => "log",
            Self::RateLimited(_) => "rate_limited",
            Self::Busy => "busy",
            Self::Gone(_) => "gone",
            Self::Restricted => "restricted",
            Self::Unavailable(_) => "unavailable",
            Self::Internal => "internal",
        }
    }

    /// A single invalid field.
    pub fn invalid(field: &'static str, rule: &'static str) -> Self {
        Self::Invalid(vec![DomainError::Invalid { field, rule }])
    }
}

impl From<DomainError> for AppError {
    fn from(e: DomainError) -> Self {
        Self::Invalid(vec![e])
    }
}

impl From<Vec<DomainError>> for AppError {
    fn from(e: Vec<DomainError>) -> Self {
        Self::Invalid(e)
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

impl From<CaseOpError> for AppError {
    fn from(e: CaseOpError) -> Self {
        Self::Case(e)
    }
}
