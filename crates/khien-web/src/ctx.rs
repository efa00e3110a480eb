//! Who is looking, in which language, and what every page's frame shows.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use khien_app::access::ops;
use khien_app::{AppError, Caller, Door};
use khien_domain::OrgId;

use crate::WebState;
use crate::i18n::{Lang, T};
use crate::security::{self, LANG, SESSION};

/// The language a request asks for in its query (`?lang=en`).
pub fn lang_in_query(q: &str) -> Option<Lang> {
    q.split('&')
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| *k == "lang")
        .and_then(|(_, v)| Lang::parse(v))
}

/// The language of a request: its query's, else its cookie's, else Vietnamese.
pub fn lang_of(headers: &HeaderMap, query: Option<&str>) -> Lang {
    query
        .and_then(lang_in_query)
        .or_else(|| security::cookie(headers, LANG).and_then(|c| Lang::parse(&c)))
        .unwrap_or_default()
}

/// A signed-in person looking at the console.
pub struct Viewer {
    /// As the application knows them.
    pub caller: Caller,
    /// The session secret (to derive the CSRF token; never shown).
    secret: String,
    /// Their language.
    pub lang: Lang,
    /// The path and query of the page (for the language switch).
    pub path: String,
}

impl Viewer {
    /// The CSRF token of this session.
    pub fn csrf(&self) -> String {
        security::csrf_for(&self.secret)
    }

    /// Whether a presented CSRF token is this session's.
    pub fn csrf_ok(&self, presented: &str) -> bool {
        security::csrf_ok(&self.secret, presented)
    }

    /// The session secret, to end it.
    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// The catalogue.
    pub fn t(&self) -> T {
        T::new(self.lang)
    }

    /// The account's name.
    pub fn name(&self) -> String {
        match &self.caller {
            Caller::User(u) => u.user.display_name.as_str().to_owned(),
            Caller::Operator { name } => name.clone(),
        }
    }

    /// Whether they supervise units for an authority.
    pub fn supervisor(&self) -> bool {
        self.caller
            .user()
            .is_some_and(|u| !u.principal.supervises.is_empty())
    }

    /// The organisations they hold a role in.
    pub fn member_orgs(&self) -> Vec<OrgId> {
        let mut v: Vec<OrgId> = self
            .caller
            .user()
            .map(|u| u.principal.memberships.iter().map(|m| m.org_id).collect())
            .unwrap_or_default();
        v.dedup();
        v
    }

    /// The frame of a page about `org` (or about no organisation).
    pub fn ctx(
        &self,
        state: &WebState,
        org: Option<(OrgId, String)>,
        section: &'static str,
    ) -> Ctx {
        let allows = |op| {
            org.as_ref()
                .is_some_and(|(id, _)| state.app.allows(&self.caller, op, *id))
        };
        let other = self.lang.other();
        let (path, query) = self.path.split_once('?').unwrap_or((&self.path, ""));
        let mut q: Vec<&str> = query
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("lang="))
            .collect();
        let lang_param = format!("lang={}", other.code());
        q.push(&lang_param);
        Ctx {
            t: self.t(),
            csrf: self.csrf(),
            user: self.name(),
            can_write: allows(ops::ASSET_UPDATE),
            can_case: allows(ops::CASE_TRANSITION),
            can_admin: allows(ops::MEMBER_INVITE),
            can_history: allows(ops::HISTORY_READ),
            org_id: org
                .as_ref()
                .map(|(id, _)| id.to_string())
                .unwrap_or_default(),
            org_name: org.map(|(_, n)| n).unwrap_or_default(),
            supervisor: self.supervisor(),
            section,
            switch_href: format!("{path}?{}", q.join("&")),
            switch_label: match other {
                Lang::Vi => "Tiếng Việt",
                Lang::En => "English",
            },
            switch_lang: other.code(),
        }
    }

    /// A failure shown as a page in the viewer's language.
    pub fn fail(&self, e: AppError) -> Response {
        crate::pages::error_page(self.lang, &e)
    }
}

impl FromRequestParts<WebState> for Viewer {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> Result<Self, Self::Rejection> {
        let lang = lang_of(&parts.headers, parts.uri.query());
        let path = parts
            .uri
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
        let to_login = || {
            let next = if parts.method == axum::http::Method::GET && path != "/" {
                format!("/login?next={}", encode(&path))
            } else {
                "/login".to_owned()
            };
            Redirect::to(&next).into_response()
        };
        let Some(secret) = security::cookie(&parts.headers, SESSION) else {
            return Err(to_login());
        };
        match state.app.authenticate(&secret, Door::Console).await {
            Ok(user) => Ok(Self {
                caller: Caller::User(user),
                secret,
                lang,
                path,
            }),
            Err(AppError::Unauthenticated) => Err(to_login()),
            Err(e) => Err(crate::pages::error_page(lang, &e)),
        }
    }
}

/// Percent-encodes a path for a query parameter.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// What every page's frame shows.
pub struct Ctx {
    /// The catalogue.
    pub t: T,
    /// The CSRF token for the page's forms.
    pub csrf: String,
    /// The account's name.
    pub user: String,
    /// The organisation the page is about (empty when none).
    pub org_id: String,
    /// Its name.
    pub org_name: String,
    /// Whether the viewer supervises units.
    pub supervisor: bool,
    /// The section of the navigation to mark.
    pub section: &'static str,
    /// The same page in the other language.
    pub switch_href: String,
    /// The other language's name.
    pub switch_label: &'static str,
    /// The other language's code.
    pub switch_lang: &'static str,
    /// Whether the viewer may change the catalogue and cases (Cedar, asked without recording).
    pub can_write: bool,
    /// Whether the viewer may open cases and take their steps.
    pub can_case: bool,
    /// Whether the viewer administers people.
    pub can_admin: bool,
    /// Whether the viewer reads the access history.
    pub can_history: bool,
}

impl Ctx {
    /// Whether `s` is the current section (for `aria-current`).
    pub fn is(&self, s: &str) -> bool {
        self.section == s
    }
}

/// A status with a page.
pub fn with_status(status: StatusCode, body: String) -> Response {
    (status, axum::response::Html(body)).into_response()
}
