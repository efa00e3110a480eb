//! Logging in and out.

use askama::Template;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use khien_app::{AppError, Caller, Door};
use serde::Deserialize;

use super::{Page, Posted, refusal, see_other};
use crate::WebState;
use crate::ctx::{lang_of, with_status};
use crate::i18n::T;
use crate::security::{self, LOGIN, SESSION};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    t: T,
    csrf: String,
    next: String,
    error: String,
    notice: String,
    email: String,
    switch_href: String,
    switch_label: &'static str,
    switch_lang: &'static str,
}

#[derive(Deserialize, Default)]
pub struct NextQ {
    #[serde(default)]
    next: Option<String>,
    #[serde(default)]
    accepted: Option<String>,
}

/// Only a path on this server may follow a login (no `//host` or scheme).
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && n.len() < 2000 =>
        {
            n.to_owned()
        }
        _ => "/".to_owned(),
    }
}

#[allow(clippy::too_many_arguments)]
fn page(
    state: &WebState,
    headers: &HeaderMap,
    query: Option<&str>,
    next: String,
    error: String,
    notice: String,
    email: String,
    status: StatusCode,
) -> Response {
    let lang = lang_of(headers, query);
    let t = T::new(lang);
    let other = lang.other();
    let p = |csrf| {
        LoginPage {
            t,
            csrf,
            switch_href: format!(
                "/login?lang={}{}",
                other.code(),
                if next == "/" {
                    String::new()
                } else {
                    format!("&next={}", crate::ctx::encode(&next))
                }
            ),
            switch_label: match other {
                crate::i18n::Lang::Vi => "Tiếng Việt",
                crate::i18n::Lang::En => "English",
            },
            switch_lang: other.code(),
            next,
            error,
            notice,
            email,
        }
        .render()
    };
    pre_login_page(state, status, p)
}

/// `GET /login`: the form (or `/` for someone already signed in).
pub async fn login_page(
    State(s): State<WebState>,
    headers: HeaderMap,
    uri: axum::http::Uri,
    Query(q): Query<NextQ>,
) -> Response {
    if let Some(secret) = security::cookie(&headers, SESSION)
        && s.app.authenticate(&secret, Door::Console).await.is_ok()
    {
        return see_other(&safe_next(q.next.as_deref()));
    }
    let notice = if q.accepted.is_some() {
        T::new(lang_of(&headers, uri.query()))
            .s("invitation.done")
            .to_owned()
    } else {
        String::new()
    };
    page(
        &s,
        &headers,
        uri.query(),
        safe_next(q.next.as_deref()),
        String::new(),
        notice,
        String::new(),
        StatusCode::OK,
    )
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    next: Option<String>,
}

/// `POST /login`: checks the token bound to the pre-login cookie, logs in, ends any session
/// the browser presented (the new one has a new identifier), sets the cookie and answers 303.
pub async fn login(
    State(s): State<WebState>,
    headers: HeaderMap,
    uri: axum::http::Uri,
    connect: Option<axum::Extension<ConnectInfo<std::net::SocketAddr>>>,
    axum::Form(f): axum::Form<LoginForm>,
) -> Response {
    let lang = lang_of(&headers, uri.query());
    let t = T::new(lang);
    let pre = security::cookie(&headers, LOGIN).unwrap_or_default();
    if pre.is_empty() || !security::csrf_ok(&pre, &f.csrf) {
        tracing::info!("console login refused: CSRF token missing or wrong");
        return refusal(lang, StatusCode::FORBIDDEN, "error.csrf");
    }
    let next = safe_next(f.next.as_deref());
    let client = connect.map(|c| c.0.0.ip());
    match s.app.login(&f.email, f.password, client).await {
        Ok(session) => {
            // Session fixation: whatever session the browser held is ended, and the new
            // one (a new random identifier) replaces it.
            if let Some(old) = security::cookie(&headers, SESSION)
                && let Ok(u) = s.app.authenticate(&old, Door::Console).await
                && let Err(e) = s.app.logout(&Caller::User(u)).await
            {
                tracing::warn!(error = %e, "the previous console session could not be ended");
            }
            let mut r = see_other(&next);
            let max_age = (session.expires_at - s.app.now()).whole_seconds().max(0);
            let secure = s.config.secure_cookies;
            for c in [
                security::set_cookie(SESSION, &session.secret, "/", max_age, "Lax", secure),
                security::set_cookie(LOGIN, "", "/", 0, "Strict", secure),
            ]
            .into_iter()
            .flatten()
            {
                r.headers_mut().append(header::SET_COOKIE, c);
            }
            r
        }
        Err(e) => {
            let (status, key) = match e {
                AppError::LoginFailed => (StatusCode::UNAUTHORIZED, "login.failed"),
                AppError::TooManyAttempts(_) => (StatusCode::TOO_MANY_REQUESTS, "login.too_many"),
                AppError::Busy => (StatusCode::SERVICE_UNAVAILABLE, "error.busy"),
                _ => (StatusCode::INTERNAL_SERVER_ERROR, "error.internal"),
            };
            let email: String = f.email.chars().take(254).collect();
            page(
                &s,
                &headers,
                uri.query(),
                next,
                t.s(key).to_owned(),
                String::new(),
                email,
                status,
            )
        }
    }
}

#[derive(Deserialize)]
pub struct Empty {}

/// `POST /logout`: ends the session.
pub async fn logout(State(s): State<WebState>, p: Posted<Empty>) -> Page {
    if let Err(e) = s.app.logout(&p.v.caller).await {
        tracing::warn!(error = %e, "logout failed");
    }
    let mut r = see_other("/login");
    if let Some(c) = security::set_cookie(SESSION, "", "/", 0, "Lax", s.config.secure_cookies) {
        r.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(r)
}

/// A page shown before login (the login form, the invitation form): a fresh pre-login secret
/// in its cookie each time, and the page rendered with the CSRF token bound to it.
pub(crate) fn pre_login_page(
    state: &WebState,
    status: StatusCode,
    render: impl FnOnce(String) -> Result<String, askama::Error>,
) -> Response {
    let mut raw = [0u8; 32];
    state.app.random.fill(&mut raw);
    let pre = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw);
    let Ok(body) = render(security::csrf_for(&pre)) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut r = with_status(status, body);
    if let Some(c) = security::set_cookie(
        LOGIN,
        &pre,
        "/",
        3600,
        "Strict",
        state.config.secure_cookies,
    ) {
        r.headers_mut().append(header::SET_COOKIE, c);
    }
    r
}

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    t: T,
    csrf: String,
    error: String,
}

fn invitation_page(
    state: &WebState,
    headers: &HeaderMap,
    query: Option<&str>,
    error: String,
    status: StatusCode,
) -> Response {
    let t = T::new(lang_of(headers, query));
    pre_login_page(state, status, |csrf| {
        InvitationPage { t, csrf, error }.render()
    })
}

/// `GET /invitation`: the invitee pastes the invitation's code, chooses a name and a password
/// (or gives their existing account's password).
pub async fn invitation_form(
    State(s): State<WebState>,
    headers: HeaderMap,
    uri: axum::http::Uri,
) -> Response {
    invitation_page(&s, &headers, uri.query(), String::new(), StatusCode::OK)
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    secret: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
}

/// `POST /invitation`: accepts it ([`khien_app::App::accept_invitation`]) and leads to the
/// login page.
pub async fn accept_invitation(
    State(s): State<WebState>,
    headers: HeaderMap,
    uri: axum::http::Uri,
    axum::Form(f): axum::Form<AcceptForm>,
) -> Response {
    let lang = lang_of(&headers, uri.query());
    let t = T::new(lang);
    let pre = security::cookie(&headers, LOGIN).unwrap_or_default();
    if pre.is_empty() || !security::csrf_ok(&pre, &f.csrf) {
        return refusal(lang, StatusCode::FORBIDDEN, "error.csrf");
    }
    let display_name = match f.display_name.trim() {
        "" => None,
        n => match khien_domain::Text::parse("display_name", n, 200) {
            Ok(n) => Some(n),
            Err(_) => {
                return invitation_page(
                    &s,
                    &headers,
                    uri.query(),
                    t.s("invitation.bad_name").to_owned(),
                    StatusCode::UNPROCESSABLE_ENTITY,
                );
            }
        },
    };
    let answer = khien_app::invitations::Acceptance {
        display_name,
        password: f.password,
    };
    match s
        .app
        .accept_invitation(f.secret.trim(), answer, Door::Console)
        .await
    {
        Ok(_) => see_other("/login?accepted=1"),
        Err(e) => {
            let (status, key) = match e {
                AppError::NotFound(_) => (StatusCode::NOT_FOUND, "invitation.unknown"),
                AppError::LoginFailed => (StatusCode::UNAUTHORIZED, "invitation.wrong_password"),
                AppError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invitation.invalid"),
                AppError::TooManyAttempts(_) | AppError::Busy => {
                    (StatusCode::TOO_MANY_REQUESTS, "error.too_many")
                }
                _ => (StatusCode::INTERNAL_SERVER_ERROR, "error.internal"),
            };
            invitation_page(&s, &headers, uri.query(), t.s(key).to_owned(), status)
        }
    }
}
