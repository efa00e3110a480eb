//! Logging in and out, the caller's account, and their API tokens.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use khien_auth::{DUMMY_HASH, Password, SecretKind, new_secret, verify_password};
use khien_domain::{Email, SessionId, Text, TokenId};
use khien_policy::{Action, Resource};
use khien_store::{ApiToken, Credential};
use uuid::Uuid;

use super::Problems;
use crate::dto::{
    LoginInput, LoginOutput, MeDto, MembershipDto, NewTokenInput, TokenCreatedDto, TokenDto,
    UserDto,
};
use crate::extract::{ApiJson, ApiPath, Caller, SESSION_COOKIE};
use crate::problem::ApiError;
use crate::{AppState, SESSION_TTL};

/// Logs in with an e-mail address and password. Returns a bearer token and sets the
/// `khien_session` cookie (HttpOnly, SameSite=Strict) with the same session.
#[utoipa::path(
    post,
    path = "/api/v1/auth/login",
    tag = "account",
    request_body = LoginInput,
    responses((status = 200, description = "Logged in", body = LoginOutput), Problems)
)]
pub(crate) async fn login(
    State(s): State<AppState>,
    ApiJson(input): ApiJson<LoginInput>,
) -> Result<Response, ApiError> {
    let LoginInput { email, password } = input;
    let parsed = Email::parse(&email).ok();
    if let Some(e) = &parsed
        && let Err(secs) = s.throttle.begin(e.as_str(), s.clock.now())
    {
        tracing::info!("login refused: too many attempts");
        return Err(ApiError::TooManyAttempts(secs));
    }
    let found = match &parsed {
        Some(e) => s.store.find_user_by_email(e).await?,
        None => None,
    };
    // Verify against a dummy hash when there is no such account, so that the time taken does
    // not tell which addresses have accounts.
    let (hash, user) = match found {
        Some(c) => (c.password_hash, Some(c.user)),
        None => (DUMMY_HASH.to_owned(), None),
    };
    let password = Password::for_verification(password);
    // At most a few Argon2 computations (19 MiB each) at once, whoever asks.
    let permit = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        s.hashing.clone().acquire_owned(),
    )
    .await
    .map_err(|_| ApiError::Unavailable)?
    .map_err(|_| ApiError::Internal)?;
    let verified = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .map_err(|_| ApiError::Internal)?;
    drop(permit);
    let verified = verified.unwrap_or_else(|_| {
        tracing::error!("a stored password hash could not be read");
        false
    });
    let Some(user) = user.filter(|u| verified && !u.disabled) else {
        tracing::info!("login refused");
        return Err(ApiError::LoginFailed);
    };
    s.throttle.succeeded(user.email.as_str());
    let secret = new_secret(SecretKind::Session, s.random_bytes());
    let now = s.clock.now();
    let expires_at = now + SESSION_TTL;
    s.store
        .create_session(
            SessionId::from_random(s.random_bytes()),
            user.id,
            &secret.digest,
            now,
            expires_at,
        )
        .await?;
    tracing::info!("login succeeded");
    let cookie = session_cookie(
        &secret.plain,
        SESSION_TTL.whole_seconds(),
        s.config.secure_cookies,
    );
    let body = LoginOutput {
        token: secret.plain,
        token_type: "Bearer",
        expires_at,
        user: UserDto::from(&user),
    };
    let mut resp = Json(body).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        resp.headers_mut().insert(header::SET_COOKIE, v);
    }
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(resp)
}

fn session_cookie(value: &str, max_age: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{SESSION_COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    )
}

/// Ends the current session (the token or cookie used for this request).
#[utoipa::path(
    post,
    path = "/api/v1/auth/logout",
    tag = "account",
    security(("bearer" = []), ("cookie" = [])),
    responses((status = 204, description = "Logged out"), Problems)
)]
pub(crate) async fn logout(
    State(s): State<AppState>,
    caller: Caller,
) -> Result<Response, ApiError> {
    caller.authorize(&s, Action::SessionManage, Resource::User(caller.user.id))?;
    match caller.credential {
        Credential::Session(_) => s.store.delete_session(&caller.digest).await?,
        Credential::ApiToken(_) => {
            return Err(ApiError::Conflict(
                "an API token is not a session: revoke it with DELETE /api/v1/tokens/{token_id}"
                    .to_owned(),
            ));
        }
    }
    let mut resp = StatusCode::NO_CONTENT.into_response();
    if let Ok(v) = HeaderValue::from_str(&session_cookie("", 0, s.config.secure_cookies)) {
        resp.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(resp)
}

/// The caller's account, roles and supervised organisations.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    tag = "account",
    security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, description = "The caller", body = MeDto), Problems)
)]
pub(crate) async fn me(State(s): State<AppState>, caller: Caller) -> Result<Json<MeDto>, ApiError> {
    caller.authorize(&s, Action::AccountRead, Resource::User(caller.user.id))?;
    Ok(Json(MeDto {
        user: UserDto::from(&caller.user),
        memberships: caller
            .principal
            .memberships
            .iter()
            .map(MembershipDto::from)
            .collect(),
        supervises: caller
            .principal
            .supervises
            .iter()
            .map(|o| o.as_uuid())
            .collect(),
    }))
}

/// The caller's API tokens (never their secrets).
#[utoipa::path(
    get,
    path = "/api/v1/tokens",
    tag = "account",
    security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, description = "The caller's tokens, newest first", body = Vec<TokenDto>), Problems)
)]
pub(crate) async fn list_tokens(
    State(s): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<TokenDto>>, ApiError> {
    caller.authorize(&s, Action::TokenManage, Resource::User(caller.user.id))?;
    let tokens = s.store.list_api_tokens(caller.user.id).await?;
    Ok(Json(tokens.iter().map(TokenDto::from).collect()))
}

/// Creates an API token for a system acting as the caller. Its secret is in the response and
/// nowhere else: only its digest is stored.
#[utoipa::path(
    post,
    path = "/api/v1/tokens",
    tag = "account",
    security(("bearer" = []), ("cookie" = [])),
    request_body = NewTokenInput,
    responses((status = 201, description = "Created; the secret is shown this once", body = TokenCreatedDto), Problems)
)]
pub(crate) async fn create_token(
    State(s): State<AppState>,
    caller: Caller,
    ApiJson(input): ApiJson<NewTokenInput>,
) -> Result<Response, ApiError> {
    caller.authorize(&s, Action::TokenManage, Resource::User(caller.user.id))?;
    let name = Text::parse("name", &input.name, 200)?;
    let now = s.clock.now();
    let expires_at = match input.expires_in_days {
        None => None,
        Some(d @ 1..=3650) => Some(now + time::Duration::days(i64::from(d))),
        Some(_) => {
            return Err(ApiError::Validation(vec![
                khien_domain::DomainError::Invalid {
                    field: "expires_in_days",
                    rule: "must be between 1 and 3650",
                },
            ]));
        }
    };
    let secret = new_secret(SecretKind::ApiToken, s.random_bytes());
    let token = ApiToken {
        id: TokenId::from_random(s.random_bytes()),
        user_id: caller.user.id,
        name,
        created_at: now,
        expires_at,
        revoked_at: None,
    };
    s.store.create_api_token(&token, &secret.digest).await?;
    tracing::info!("API token created");
    let stored = s
        .store
        .list_api_tokens(caller.user.id)
        .await?
        .into_iter()
        .find(|t| t.id == token.id)
        .ok_or(ApiError::Internal)?;
    let body = TokenCreatedDto {
        token: TokenDto::from(&stored),
        secret: secret.plain,
    };
    let mut resp = (StatusCode::CREATED, Json(body)).into_response();
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(resp)
}

/// Revokes one of the caller's API tokens; it stops working at once.
#[utoipa::path(
    delete,
    path = "/api/v1/tokens/{token_id}",
    tag = "account",
    security(("bearer" = []), ("cookie" = [])),
    params(("token_id" = Uuid, Path, description = "The token")),
    responses((status = 204, description = "Revoked"), Problems)
)]
pub(crate) async fn revoke_token(
    State(s): State<AppState>,
    caller: Caller,
    ApiPath(token_id): ApiPath<Uuid>,
) -> Result<StatusCode, ApiError> {
    caller.authorize(&s, Action::TokenManage, Resource::User(caller.user.id))?;
    s.store
        .revoke_api_token(caller.user.id, TokenId::from_uuid(token_id), s.clock.now())
        .await?;
    tracing::info!("API token revoked");
    Ok(StatusCode::NO_CONTENT)
}
