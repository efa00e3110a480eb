//! Khiên's web console: server-rendered pages over the application layer, Vietnamese by
//! default (English on `?lang=en`, which sticks), usable without JavaScript (htmx adds live
//! updates where it is loaded).
//!
//! Architecture invariants:
//! - An HTTP adapter, like `khien-api`: every page calls use cases of [`khien_app::App`],
//!   which decide with Cedar and record the decision in the processing log; no page reads the
//!   registry or the log itself, and none depends on the API's wire types.
//! - Every string a person reads comes from the message catalogues (`i18n/`).
//! - Every state-changing request carries the session's CSRF token and comes from this
//!   server's own origin ([`security`]); every response carries the security headers.
//! - Templates are compiled (askama) and escape what they print.

#![forbid(unsafe_code)]
#![allow(
    clippy::result_large_err,
    reason = "a page that fails returns its error page, a Response, once per request"
)]

pub mod ctx;
pub mod i18n;
mod pages;
pub mod security;
mod view;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

/// Settings of the console.
#[derive(Debug, Clone, Default)]
pub struct WebConfig {
    /// Add `Secure` to cookies (served over HTTPS, directly or behind a proxy).
    pub secure_cookies: bool,
    /// Served over TLS by Khiên itself (the origin's scheme is `https`).
    pub tls: bool,
    /// The public origin (`https://khien.example.vn`) when behind a reverse proxy: POSTs
    /// must come from it.
    pub public_origin: Option<String>,
}

/// What every page shares.
#[derive(Clone)]
pub struct WebState {
    /// The use cases.
    pub app: Arc<khien_app::App>,
    /// Settings.
    pub config: Arc<WebConfig>,
}

/// The console's router: pages, their static files, and the security layer.
pub fn router(state: WebState) -> Router {
    use pages::{
        account, authority, cases, catalogue, dashboard, forms, log, people, registers, scans,
        subjects, vault,
    };
    Router::new()
        .route("/", get(dashboard::home))
        .route("/login", get(account::login_page).post(account::login))
        .route("/logout", post(account::logout))
        .route(
            "/invitation",
            get(account::invitation_form).post(account::accept_invitation),
        )
        .route("/static/{file}", get(pages::static_file))
        .route("/o/{org}", get(dashboard::dashboard))
        .route("/o/{org}/assets", get(catalogue::list))
        .route("/o/{org}/assets/{asset}", get(catalogue::show))
        .route(
            "/o/{org}/assets/{asset}/classify",
            post(catalogue::classify),
        )
        .route("/o/{org}/scans", get(scans::list).post(scans::start))
        .route("/o/{org}/scans/{scan}", get(scans::show))
        .route("/o/{org}/scans/{scan}/progress", get(scans::progress))
        .route("/o/{org}/scans/{scan}/accept", post(scans::accept))
        .route("/o/{org}/scans/{scan}/report", get(scans::report))
        .route("/o/{org}/cases", get(cases::list).post(cases::open))
        .route("/o/{org}/cases/new", get(cases::new_case))
        .route("/o/{org}/cases/{case}", get(cases::show))
        .route("/o/{org}/cases/{case}/transition", post(cases::transition))
        .route("/o/{org}/cases/{case}/event", post(cases::event))
        .route("/o/{org}/cases/{case}/breach", post(cases::breach_facts))
        .route("/o/{org}/cases/{case}/notify", post(cases::breach_notify))
        .route(
            "/o/{org}/cases/{case}/minutes.docx",
            get(cases::minutes_docx),
        )
        .route("/o/{org}/cases/{case}/minutes.pdf", get(cases::minutes_pdf))
        .route("/o/{org}/forms", get(forms::list))
        .route("/o/{org}/forms/{form}", get(forms::show).post(forms::fill))
        .route("/o/{org}/log", get(log::page))
        .route("/o/{org}/log/receipt/{index}", get(log::receipt))
        .route("/o/{org}/vault", get(vault::page))
        .route("/o/{org}/vault/destroy", post(vault::destroy))
        .route(
            "/o/{org}/vault/destructions/{index}",
            get(vault::certificate),
        )
        .route(
            "/o/{org}/vault/signing-certificate.pem",
            get(vault::signing_certificate),
        )
        .route("/o/{org}/obligations", get(registers::obligations))
        .route("/o/{org}/obligations/profile", post(registers::set_profile))
        .route("/o/{org}/registers", get(registers::list))
        .route(
            "/o/{org}/registers/{register}",
            get(registers::show).post(registers::add),
        )
        .route(
            "/o/{org}/registers/{register}/{entry}",
            post(registers::update),
        )
        .route(
            "/o/{org}/registers/{register}/{entry}/delete",
            post(registers::delete),
        )
        .route(
            "/request/{org}",
            get(subjects::request_form).post(subjects::request_submit),
        )
        .route("/request/{org}/{reference}", get(subjects::request_status))
        .route(
            "/request/{org}/{reference}/verify",
            post(subjects::request_verify),
        )
        .route("/o/{org}/requests", get(subjects::list))
        .route("/o/{org}/requests/{reference}", get(subjects::show))
        .route(
            "/o/{org}/requests/{reference}/verify",
            post(subjects::verify_in_person),
        )
        .route(
            "/o/{org}/requests/{reference}/decide",
            post(subjects::decide),
        )
        .route("/o/{org}/consents", get(subjects::consents))
        .route("/o/{org}/consents/evidence", get(subjects::evidence))
        .route("/o/{org}/consents/{id}/withdraw", post(subjects::withdraw))
        .route("/o/{org}/people", get(people::page))
        .route("/o/{org}/people/invite", post(people::invite))
        .route("/o/{org}/people/designation", post(people::designation))
        .route("/tokens", post(people::create_token))
        .route("/tokens/{token}/revoke", post(people::revoke_token))
        .route("/authority", get(authority::table))
        .route("/authority/units.csv", get(authority::csv))
        .route("/authority/units.xlsx", get(authority::xlsx))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::guard,
        ))
        .with_state(state)
}
