//! Logging in and out, the caller's account, and their API tokens.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use khien_app::account::SESSION_TTL;
use khien_auth::Password;
use khien_domain::{Text, TokenId};
use uuid::Uuid;

use super::Problems;
use crate::AppState;
use crate::dto::{
    AcceptInvitationInput, LoginInput, LoginOutput, MeDto, MembershipDto, NewTokenInput,
    PasswordChangeInput, TokenCreatedDto, TokenDto, UserDto,
};
use crate::extract::{ApiJson, ApiPath, Caller, ClientAddr, SESSION_COOKIE};
use crate::problem::ApiError;

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
    client: ClientAddr,
    ApiJson(input): ApiJson<LoginInput>,
) -> Result<Response, ApiError> {
    let LoginInput { email, password } = input;
    let session = s.app.login(&email, password, client.0).await?;
    let cookie = session_cookie(
        &session.secret,
        SESSION_TTL.whole_seconds(),
        s.config.secure_cookies,
    );
    let body = LoginOutput {
        token: session.secret,
        token_type: "Bearer",
        expires_at: session.expires_at,
        user: UserDto::from(&session.user),
    };
    let mut resp = Json(body).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        resp.headers_mut().insert(header::SET_COOKIE, v);
    }
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(resp)
}

/// Accepts an invitation with its secret (no login needed). A new account is created with
/// the password chosen here; an address that already has an account gives that account's
/// password and gets the roles. An unknown, used or expired secret is 404.
#[utoipa::path(
    post,
    path = "/api/v1/invitations/accept",
    tag = "account",
    request_body = AcceptInvitationInput,
    responses((status = 201, description = "Accepted: the account now holds the roles", body = UserDto), Problems)
)]
pub(crate) async fn accept_invitation(
    State(s): State<AppState>,
    ApiJson(input): ApiJson<AcceptInvitationInput>,
) -> Result<Response, ApiError> {
    let display_name = input
        .display_name
        .as_deref()
        .map(|n| Text::parse("display_name", n, 200))
        .transpose()?;
    let user = s
        .app
        .accept_invitation(
            &input.secret,
            khien_app::invitations::Acceptance {
                display_name,
                password: input.password,
            },
            khien_app::Door::Api,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(UserDto::from(&user))).into_response())
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
    s.app.logout(&caller).await?;
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
    let me = s.app.me(&caller).await?;
    Ok(Json(MeDto {
        user: UserDto::from(&me.user),
        memberships: me
            .principal
            .memberships
            .iter()
            .map(MembershipDto::from)
            .collect(),
        supervises: me
            .principal
            .supervises
            .iter()
            .map(|o| o.as_uuid())
            .collect(),
    }))
}

/// Changes the caller's own password, given the current one. Every session and API token of
/// the account stops working; log in again.
#[utoipa::path(
    post,
    path = "/api/v1/me/password",
    tag = "account",
    security(("bearer" = []), ("cookie" = [])),
    request_body = PasswordChangeInput,
    responses((status = 204, description = "Changed"), Problems)
)]
pub(crate) async fn change_password(
    State(s): State<AppState>,
    caller: Caller,
    ApiJson(input): ApiJson<PasswordChangeInput>,
) -> Result<StatusCode, ApiError> {
    let new = Password::new(input.new_password).map_err(|_| {
        ApiError::Validation(vec![khien_domain::DomainError::Invalid {
            field: "new_password",
            rule: "must have between 10 and 1024 characters",
        }])
    })?;
    s.app
        .change_password(&caller, input.current_password, new)
        .await?;
    Ok(StatusCode::NO_CONTENT)
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
    let tokens = s.app.list_tokens(&caller).await?;
    Ok(Json(tokens.iter().map(TokenDto::from).collect()))
}

/// Creates an API token for a system acting as the caller. Its secret is in the response and
/// nowhere else: only its digest is stored. It expires after `expires_in_days` (90 by default).
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
    let name = Text::parse("name", &input.name, 200)?;
    let roles = input.roles()?;
    let user = caller.user_id().ok_or(ApiError::Forbidden)?;
    let created = s
        .app
        .create_token(&caller, user, name, input.expires_in_days, roles)
        .await?;
    let body = TokenCreatedDto {
        token: TokenDto::from(&created.token),
        secret: created.secret,
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
    s.app
        .revoke_token(&caller, TokenId::from_uuid(token_id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
