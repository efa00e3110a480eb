//! Khiên's HTTP API: axum routes under `/api/v1`, the OpenAPI document generated from the
//! same code (`/api/openapi.json`), errors as RFC 9457 problem details, `/healthz` and
//! Prometheus metrics at `/metrics`.
//!
//! Architecture invariants:
//! - This is the only crate that knows HTTP and JSON. Wire types (`dto`) are converted by hand
//!   to and from domain types; the domain has no serde.
//! - A thin adapter: every `/api/v1` route except login extracts the authenticated caller
//!   ([`extract::Caller`], resolved by [`khien_app::App::authenticate`]) and calls one use
//!   case of [`khien_app::App`], which decides with Cedar and records the decision in the
//!   processing log. No handler touches the registry or the log itself.
//! - Time and randomness come from the application's `Clock` and `Random`, never from the
//!   handlers themselves.
//! - Logs name the method, the matched route template, the status and the latency: never the
//!   raw URI, headers, bodies, e-mail addresses, passwords or tokens.

#![forbid(unsafe_code)]

pub mod dto;
pub mod extract;
pub mod log;
mod observe;
pub mod problem;
mod routes;
mod schema;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, header};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::sensitive_headers::SetSensitiveRequestHeadersLayer;
use tower_http::timeout::TimeoutLayer;
use utoipa::OpenApi;

pub use observe::Metrics;

/// Largest request body accepted, in bytes.
pub const BODY_LIMIT: usize = 256 * 1024;

pub use khien_app::account::SESSION_TTL;
pub use khien_app::{Clock, OsRandom, Random, SystemClock, hashing_permits};

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
    /// The use cases.
    pub app: Arc<khien_app::App>,
    /// Metrics.
    pub metrics: Arc<Metrics>,
    /// Settings.
    pub config: ApiConfig,
}

/// The OpenAPI document's frame; routes add their paths.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Khiên API",
        description = "Bảo vệ dữ liệu cá nhân và quản trị dữ liệu theo Nghị định 165/2025, Luật 91/2025 và Nghị định 356/2025.\n\nData protection and data governance for Vietnamese organisations. Authenticate with `POST /api/v1/auth/login`, then send `Authorization: Bearer <token>`. Errors are RFC 9457 problem details. Request bodies are limited to 256 KiB (413 beyond, whatever they hold).",
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
    build(state, None)
}

/// The API's router with the web console's pages (`khien-web`) on the same port: the
/// console's routes are merged before the API's 404, and share its request logs, metrics,
/// time limit and panic guard.
pub fn router_with_console(state: AppState, console: Router) -> Router {
    build(state, Some(console)).0
}

fn build(state: AppState, console: Option<Router>) -> (Router, utoipa::openapi::OpenApi) {
    let (api, doc) = routes::routes(ApiDoc::openapi()).split_for_parts();
    let metrics = state.metrics.clone();
    let request_id = HeaderName::from_static("x-request-id");
    let api = api.merge(log::routes()).with_state(state);
    let api = match console {
        Some(c) => api.merge(c),
        None => api,
    };
    let router = api
        .fallback(|| async { problem::ApiError::NoRoute })
        .method_not_allowed_fallback(|| async { problem::ApiError::MethodNotAllowed })
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

/// Serves `router` on `listener` until `shutdown` completes, with each request's peer
/// address available to the handlers (login throttling counts per client). The binary calls
/// this so that only this crate knows HTTP.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// The certificate chain and private key (PEM files) `khien serve` answers HTTPS with.
#[derive(Debug, Clone)]
pub struct TlsFiles {
    /// The certificate chain, leaf first.
    pub cert: std::path::PathBuf,
    /// The private key (PKCS#8, PKCS#1 or SEC1).
    pub key: std::path::PathBuf,
}

/// The TLS settings for `files`: rustls with its safe defaults (TLS 1.2 and 1.3), HTTP/1.1.
/// Errors name the file, never its contents.
pub fn tls_config(
    files: &TlsFiles,
) -> std::io::Result<std::sync::Arc<tokio_rustls::rustls::ServerConfig>> {
    use rustls_pki_types::pem::PemObject as _;
    use rustls_pki_types::{CertificateDer, PrivateKeyDer};
    use tokio_rustls::rustls;
    let bad = |what: &str, path: &std::path::Path| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("{what}: {}", path.display()),
        )
    };
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&files.cert)
        .map_err(|_| bad("cannot read the certificate file", &files.cert))?
        .collect::<Result<_, _>>()
        .map_err(|_| {
            bad(
                "the certificate file holds no valid PEM certificate",
                &files.cert,
            )
        })?;
    if certs.is_empty() {
        return Err(bad(
            "the certificate file holds no certificate",
            &files.cert,
        ));
    }
    let key = PrivateKeyDer::from_pem_file(&files.key)
        .map_err(|_| bad("cannot read a private key from", &files.key))?;
    let mut config = rustls::ServerConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| std::io::Error::other(e.to_string()))?
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .map_err(|_| bad("the private key does not match the certificate", &files.key))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(std::sync::Arc::new(config))
}

/// Serves `router` over TLS on `listener` until `shutdown` completes (then waits up to 10
/// seconds for the connections in flight), with each request's peer address available to the
/// handlers, like [`serve`].
pub async fn serve_tls(
    listener: tokio::net::TcpListener,
    router: Router,
    config: std::sync::Arc<tokio_rustls::rustls::ServerConfig>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;
    let acceptor = tokio_rustls::TlsAcceptor::from(config);
    let mut make = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
    let mut connections = tokio::task::JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => {
                let Ok((tcp, peer)) = accepted else { continue };
                let service = match tower::Service::call(&mut make, peer).await {
                    Ok(s) => s,
                    Err(never) => match never {},
                };
                let acceptor = acceptor.clone();
                connections.spawn(async move {
                    // A client that never finishes its handshake holds nothing for long.
                    let Ok(Ok(tls)) =
                        tokio::time::timeout(Duration::from_secs(10), acceptor.accept(tcp)).await
                    else {
                        return;
                    };
                    let served = hyper::server::conn::http1::Builder::new()
                        .timer(TokioTimer::new())
                        .header_read_timeout(Duration::from_secs(30))
                        .serve_connection(TokioIo::new(tls), TowerToHyperService::new(service))
                        .await;
                    if let Err(e) = served {
                        tracing::debug!(error = %e, "a TLS connection ended with an error");
                    }
                });
                // Forget the connections that ended.
                while connections.try_join_next().is_some() {}
            }
        }
    }
    let _ = tokio::time::timeout(Duration::from_secs(10), async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    connections.abort_all();
    Ok(())
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
                // Logging in and accepting an invitation come before any credential.
                let public = !path.starts_with("/api/v1/")
                    || path == "/api/v1/auth/login"
                    || path == "/api/v1/invitations/accept";
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
