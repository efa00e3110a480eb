//! Khiên's HTTP API: axum routes under `/api/v1`, the OpenAPI document generated from the
//! same code (`/api/openapi.json`), errors as RFC 9457 problem details, `/healthz` and
//! Prometheus metrics at `/metrics`.
//!
//! Architecture invariants:
//! - This is the only crate that knows HTTP and JSON. Wire types (`dto`) are converted by hand
//!   to and from domain types; the domain has no serde.
//! - Every `/api/v1` route except login authenticates the caller ([`extract::Caller`]) and asks
//!   the Cedar policies ([`khien_policy`]) before touching the registry.
//! - Time and randomness come from [`Clock`] and [`Random`] in [`AppState`], never from the
//!   handlers themselves.
//! - Logs name the method, the matched route template, the status and the latency: never the
//!   raw URI, headers, bodies, e-mail addresses, passwords or tokens.

#![forbid(unsafe_code)]

mod audit;
pub mod cases;
pub mod dto;
pub mod extract;
pub mod log;
mod observe;
pub mod problem;
pub mod reminders;
mod routes;
pub mod throttle;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, header};
use khien_policy::Policies;
use khien_store::Store;
use time::OffsetDateTime;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::sensitive_headers::SetSensitiveRequestHeadersLayer;
use tower_http::timeout::TimeoutLayer;
use utoipa::OpenApi;

pub use observe::Metrics;

/// Largest request body accepted, in bytes.
pub const BODY_LIMIT: usize = 256 * 1024;

/// How long a login session lasts.
pub const SESSION_TTL: time::Duration = time::Duration::hours(12);

/// Where the server gets the time.
pub trait Clock: Send + Sync + 'static {
    /// The current instant.
    fn now(&self) -> OffsetDateTime;
}

/// The system clock: the only place the shell reads the time.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    #[allow(clippy::disallowed_methods, reason = "this is the shell's one clock")]
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// Where the server gets randomness (identifiers, salts, secrets).
pub trait Random: Send + Sync + 'static {
    /// Fills `buf` with random bytes.
    fn fill(&self, buf: &mut [u8]);
}

/// The operating system's generator.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsRandom;

impl Random for OsRandom {
    fn fill(&self, buf: &mut [u8]) {
        use rand::RngCore as _;
        rand::rngs::OsRng.fill_bytes(buf);
    }
}

/// Settings of the HTTP layer.
#[derive(Debug, Clone)]
pub struct ApiConfig {
    /// Add `Secure` to the session cookie (when served over HTTPS).
    pub secure_cookies: bool,
    /// Serve the entry bundles under `/log/tile/entries/` to anyone (the hash tiles and the
    /// checkpoint are always public).
    pub log_entries_public: bool,
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// The registry.
    pub store: Arc<dyn Store>,
    /// The authorisation policies.
    pub policies: Arc<Policies>,
    /// The clock.
    pub clock: Arc<dyn Clock>,
    /// Randomness.
    pub random: Arc<dyn Random>,
    /// Metrics.
    pub metrics: Arc<Metrics>,
    /// Settings.
    pub config: ApiConfig,
    /// Failed-login counts.
    pub throttle: Arc<throttle::LoginThrottle>,
    /// Rule packs, case workflows and the calendar.
    pub legal: Arc<cases::Legal>,
    /// Bounds concurrent password hashing (Argon2id uses 19 MiB each).
    pub hashing: Arc<tokio::sync::Semaphore>,
    /// The processing log: the only way to write it.
    pub log: Arc<dyn khien_store::EventLog>,
}

/// Concurrent password hashes allowed: twice the cores.
pub fn hashing_permits() -> Arc<tokio::sync::Semaphore> {
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    Arc::new(tokio::sync::Semaphore::new(cores * 2))
}

impl AppState {
    /// `N` random bytes.
    pub fn random_bytes<const N: usize>(&self) -> [u8; N] {
        let mut b = [0u8; N];
        self.random.fill(&mut b);
        b
    }
}

/// The OpenAPI document's frame; routes add their paths.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Khiên API",
        description = "Bảo vệ dữ liệu cá nhân và quản trị dữ liệu theo Nghị định 165/2025, Luật 91/2025 và Nghị định 356/2025.\n\nData protection and data governance for Vietnamese organisations. Authenticate with `POST /api/v1/auth/login`, then send `Authorization: Bearer <token>`. Errors are RFC 9457 problem details.",
        license(name = "Apache-2.0")
    ),
    modifiers(&SecuritySchemes),
    components(schemas(problem::Problem))
)]
struct ApiDoc;

struct SecuritySchemes;

impl utoipa::Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{
            ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme,
        };
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A session token from login (khien_s_...) or an API token (khien_t_...)",
                    ))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(extract::SESSION_COOKIE))),
        );
    }
}

/// The API's router and its OpenAPI document.
pub fn router_and_openapi(state: AppState) -> (Router, utoipa::openapi::OpenApi) {
    let (api, doc) = routes::routes(ApiDoc::openapi()).split_for_parts();
    let metrics = state.metrics.clone();
    let audit_state = state.clone();
    let request_id = HeaderName::from_static("x-request-id");
    let router = api
        .merge(log::routes())
        .fallback(|| async { problem::ApiError::NoRoute })
        .method_not_allowed_fallback(|| async { problem::ApiError::MethodNotAllowed })
        .with_state(state)
        .layer(axum::middleware::from_fn_with_state(
            audit_state,
            audit::audit,
        ))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(
            metrics,
            observe::observe,
        ))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(60),
        ))
        .layer(CatchPanicLayer::custom(|_| {
            tracing::error!("a request handler panicked");
            axum::response::IntoResponse::into_response(problem::ApiError::Internal)
        }))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .layer(SetSensitiveRequestHeadersLayer::new([
            header::AUTHORIZATION,
            header::COOKIE,
        ]));
    (router, doc)
}

/// The API's router.
pub fn router(state: AppState) -> Router {
    router_and_openapi(state).0
}

/// The OpenAPI document alone (for `khien openapi` and tests).
pub fn openapi() -> utoipa::openapi::OpenApi {
    routes::routes(ApiDoc::openapi()).split_for_parts().1
}

#[cfg(test)]
mod tests {
    /// The routes other tools script against exist, and every `/api/v1` route except login
    /// declares that it needs a token or the session cookie.
    #[test]
    fn the_openapi_document_lists_the_contract_routes_and_their_security() {
        let doc = serde_json::to_value(super::openapi()).unwrap();
        let paths = doc["paths"].as_object().unwrap();
        for (path, method) in [
            ("/healthz", "get"),
            ("/api/openapi.json", "get"),
            ("/metrics", "get"),
            ("/api/v1/auth/login", "post"),
            ("/api/v1/orgs/{org_id}/assets", "get"),
        ] {
            assert!(paths[path][method].is_object(), "{method} {path} missing");
        }
        for (path, item) in paths {
            for (method, op) in item.as_object().unwrap() {
                let public = !path.starts_with("/api/v1/") || path == "/api/v1/auth/login";
                let secured = op["security"].as_array().is_some_and(|s| !s.is_empty());
                assert_eq!(secured, !public, "{method} {path}");
                if path.starts_with("/api/v1/") {
                    assert!(
                        op["responses"]["401"].is_object(),
                        "{method} {path} lacks 401"
                    );
                }
            }
        }
        let schemes = &doc["components"]["securitySchemes"];
        assert_eq!(schemes["bearer"]["scheme"], "bearer");
        assert_eq!(schemes["cookie"]["name"], "khien_session");
    }
}
