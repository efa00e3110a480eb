//! The console's web security: the session cookie, CSRF tokens, the Origin check on every
//! state-changing request, and the headers of every page.
//!
//! - The session is the application's login session (`khien_s_…`), carried in the cookie
//!   [`SESSION`] (`HttpOnly`, `SameSite=Lax`, `Secure` over HTTPS). Logging in always makes a
//!   new session and ends the one the browser presented, so an identifier planted before
//!   login is worth nothing after it (session fixation).
//! - CSRF: every form carries a hidden `csrf` field, a digest of the session secret (or, on
//!   the login page, of a random pre-login cookie), which another site can neither read nor
//!   compute. It holds across replicas: nothing is kept on the server.
//! - Origin: a POST is accepted only when its `Origin` (or, without one, its `Referer`) is
//!   this server's own origin; a request that names neither is refused.
//! - Headers: a Content-Security-Policy without inline script or style, `frame-ancestors
//!   'none'`, `nosniff`, a Referrer-Policy, and `Cache-Control: no-store` on pages.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use sha2::{Digest as _, Sha256};
use subtle::ConstantTimeEq as _;

use crate::WebState;

/// The console's session cookie.
pub const SESSION: &str = "khien_console";
/// The pre-login cookie the login form's CSRF token is derived from.
pub const LOGIN: &str = "khien_login";
/// The chosen language.
pub const LANG: &str = "khien_lang";

/// The Content-Security-Policy of every console response.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The CSRF token bound to a secret (the session's, or the pre-login cookie's).
pub fn csrf_for(secret: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"khien-console-csrf\0");
    h.update(secret.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(h.finalize())
}

/// Whether a presented token is the one bound to `secret` (in constant time).
pub fn csrf_ok(secret: &str, presented: &str) -> bool {
    let expected = csrf_for(secret);
    expected.len() == presented.len() && bool::from(expected.as_bytes().ct_eq(presented.as_bytes()))
}

/// A cookie's value from the request's headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
        .filter(|v| !v.is_empty())
}

/// A `Set-Cookie` value.
pub fn set_cookie(
    name: &str,
    value: &str,
    path: &str,
    max_age: i64,
    same_site: &str,
    secure: bool,
) -> Option<HeaderValue> {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path={path}; HttpOnly; SameSite={same_site}; Max-Age={max_age}{secure}"
    ))
    .ok()
}

/// The origin a request claims to come from: its `Origin`, else its `Referer`'s origin.
fn claimed_origin(headers: &HeaderMap) -> Option<String> {
    if let Some(o) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        return Some(o.trim_end_matches('/').to_owned());
    }
    let r = headers.get(header::REFERER)?.to_str().ok()?;
    let (scheme, rest) = r.split_once("://")?;
    let host = rest.split('/').next()?;
    Some(format!("{scheme}://{host}"))
}

/// This server's origin as the request reached it: the configured public URL's, else the
/// `Host` it was asked for with the scheme it is served by.
fn own_origin(state: &WebState, headers: &HeaderMap) -> Option<String> {
    if let Some(o) = &state.config.public_origin {
        return Some(o.clone());
    }
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let scheme = if state.config.tls { "https" } else { "http" };
    Some(format!("{scheme}://{host}"))
}

/// Refuses a state-changing request from another origin, and adds the security headers to
/// every response.
pub async fn guard(State(state): State<WebState>, req: Request, next: Next) -> Response {
    let changes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if changes {
        let claimed = claimed_origin(req.headers());
        let own = own_origin(&state, req.headers());
        let same = matches!((&claimed, &own), (Some(c), Some(o)) if c.eq_ignore_ascii_case(o));
        if !same {
            tracing::info!("console request refused: foreign or missing origin");
            let lang = crate::ctx::lang_of(req.headers(), req.uri().query());
            let mut resp = crate::pages::refusal(lang, StatusCode::FORBIDDEN, "error.origin");
            headers(resp.headers_mut(), true);
            return resp;
        }
    }
    let static_file = req.uri().path().starts_with("/static/");
    let set_lang = req
        .uri()
        .query()
        .and_then(crate::ctx::lang_in_query)
        .map(crate::i18n::Lang::code);
    let mut resp = next.run(req).await;
    headers(resp.headers_mut(), !static_file);
    if let Some(code) = set_lang
        && let Some(v) = set_cookie(
            LANG,
            code,
            "/",
            31_536_000,
            "Lax",
            state.config.secure_cookies,
        )
    {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    resp
}

fn headers(h: &mut HeaderMap, page: bool) {
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        header::HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    if page {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    } else {
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=3600"),
        );
    }
}

/// A response that refuses.
pub fn forbidden() -> Response {
    (StatusCode::FORBIDDEN, "forbidden").into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csrf_tokens_are_bound_to_their_secret() {
        let a = csrf_for("khien_s_a");
        assert!(csrf_ok("khien_s_a", &a));
        assert!(!csrf_ok("khien_s_b", &a));
        assert!(!csrf_ok("khien_s_a", ""));
        assert!(!csrf_ok("khien_s_a", &a[..a.len() - 1]));
        assert_ne!(csrf_for(""), csrf_for("x"));
    }

    #[test]
    fn the_claimed_origin_is_the_origin_header_else_the_referers() {
        let mut h = HeaderMap::new();
        assert_eq!(claimed_origin(&h), None);
        h.insert(
            header::REFERER,
            HeaderValue::from_static("http://127.0.0.1:8080/o/x/cases?a=1"),
        );
        assert_eq!(claimed_origin(&h).as_deref(), Some("http://127.0.0.1:8080"));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://evil.example"),
        );
        assert_eq!(claimed_origin(&h).as_deref(), Some("https://evil.example"));
    }
}
