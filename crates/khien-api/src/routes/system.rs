//! Health, metrics and the API description: no authentication, no personal data.

use std::sync::OnceLock;

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::dto::HealthDto;

/// Liveness and database reachability.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "system",
    responses(
        (status = 200, description = "Khiên and its database answer", body = HealthDto),
        (status = 503, description = "The database does not answer", body = HealthDto),
    )
)]
pub(crate) async fn healthz(State(s): State<AppState>) -> Response {
    let database = s.app.store.backend();
    match s.app.store.ping().await {
        Ok(()) => (
            StatusCode::OK,
            axum::Json(HealthDto {
                status: "ok",
                database,
            }),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                axum::Json(HealthDto {
                    status: "unavailable",
                    database,
                }),
            )
                .into_response()
        }
    }
}

/// Prometheus metrics (OpenMetrics text).
#[utoipa::path(
    get,
    path = "/metrics",
    tag = "system",
    responses((status = 200, description = "Metrics in the OpenMetrics text format", content_type = "application/openmetrics-text", body = String))
)]
pub(crate) async fn metrics(State(s): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, crate::observe::METRICS_CONTENT_TYPE)],
        s.metrics.render(),
    )
        .into_response()
}

/// This API's OpenAPI 3 document.
#[utoipa::path(
    get,
    path = "/api/openapi.json",
    tag = "system",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json", body = Object))
)]
pub(crate) async fn openapi_json() -> Response {
    static DOC: OnceLock<String> = OnceLock::new();
    let body = DOC.get_or_init(|| {
        crate::openapi()
            .to_json()
            .unwrap_or_else(|_| "{}".to_owned())
    });
    ([(header::CONTENT_TYPE, "application/json")], body.clone()).into_response()
}
