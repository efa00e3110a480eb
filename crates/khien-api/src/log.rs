//! The processing log over HTTP: the C2SP tlog-tiles endpoints under `/log/` (public, read
//! only, for independent verifiers).

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use khien_log::tiles::TilePath;
use khien_store::LogError;

use crate::AppState;

pub use khien_app::screen::screen;

/// The `/log/` routes (C2SP tlog-tiles). Outside the OpenAPI document: they are a protocol of
/// their own, read by transparency-log tools.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/log/checkpoint", get(checkpoint))
        .route("/log/tile/{*path}", get(tile))
}

fn unavailable(e: &LogError) -> Response {
    tracing::error!(error = %e, "processing log read failed");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "processing log unavailable\n",
    )
        .into_response()
}

async fn checkpoint(State(s): State<AppState>) -> Response {
    match s.app.log.checkpoint().await {
        Ok(cp) => (
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            cp,
        )
            .into_response(),
        Err(e) => unavailable(&e),
    }
}

async fn tile(State(s): State<AppState>, Path(path): Path<String>) -> Response {
    let Ok(parsed) = TilePath::parse(&format!("tile/{path}")) else {
        return (StatusCode::NOT_FOUND, "not a tile path\n").into_response();
    };
    if matches!(parsed, TilePath::Entries { .. }) && !s.config.log_entries_public {
        return (
            StatusCode::FORBIDDEN,
            "entry bundles are not public on this server (khien serve --log-entries-public)\n",
        )
            .into_response();
    }
    let full = match parsed {
        TilePath::Hashes { width, .. } | TilePath::Entries { width, .. } => width == 256,
    };
    match s.app.log.tile(parsed).await {
        Ok(Some(data)) => {
            // A full tile never changes; a partial one is replaced by a wider one later.
            let cache = if full {
                "public, max-age=31536000, immutable"
            } else {
                "public, max-age=60"
            };
            (
                [
                    (header::CONTENT_TYPE, "application/octet-stream"),
                    (header::CACHE_CONTROL, cache),
                ],
                data,
            )
                .into_response()
        }
        Ok(None) => (StatusCode::NOT_FOUND, "no such tile\n").into_response(),
        Err(e) => unavailable(&e),
    }
}
