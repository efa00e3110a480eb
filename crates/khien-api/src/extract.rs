//! Extractors: JSON bodies and paths whose rejections are problem documents, and the
//! authenticated caller.

use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::problem::ApiError;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "khien_session";

/// The address of the peer that sent the request, when the server was started with connect
/// info (`khien serve` is); login throttling counts per client. Never a header the client
/// wrote: behind a reverse proxy every request comes from the proxy.
pub struct ClientAddr(pub Option<std::net::IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}

/// A JSON body. Syntax errors, wrong types, unknown fields, invalid UTF-8, a wrong content
/// type and oversized bodies become problem documents.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(Self(v)),
            Err(rejection) => Err(json_rejection(&rejection)),
        }
    }
}

/// A JSON body that may be left out (no body at all): `None` then; otherwise read as
/// [`ApiJson`] reads it.
pub struct OptionalJson<T>(pub Option<T>);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for OptionalJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let h = req.headers();
        let length = h
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        let has_body = match length {
            Some(n) => n > 0,
            None => h.contains_key(header::TRANSFER_ENCODING),
        };
        if !has_body {
            return Ok(Self(None));
        }
        // `null` is no body too.
        ApiJson::<Option<T>>::from_request(req, state)
            .await
            .map(|ApiJson(v)| Self(v))
    }
}

fn json_rejection(r: &JsonRejection) -> ApiError {
    match r {
        JsonRejection::MissingJsonContentType(_) => ApiError::UnsupportedMediaType,
        JsonRejection::BytesRejection(_) if r.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            ApiError::PayloadTooLarge
        }
        JsonRejection::JsonDataError(e) => ApiError::BadRequest {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            detail: serde_detail(&e.body_text()),
        },
        JsonRejection::JsonSyntaxError(e) => ApiError::BadRequest {
            status: StatusCode::BAD_REQUEST,
            detail: serde_detail(&e.body_text()),
        },
        other => ApiError::BadRequest {
            status: other.status(),
            detail: "the body could not be read".to_owned(),
        },
    }
}

/// serde's messages name the field and the expected type and, for some errors, quote the
/// value received (`invalid value: string "..."`). Keep the part before any quoted value so
/// that nothing submitted is echoed back (it may be personal data).
fn serde_detail(text: &str) -> String {
    let text = text
        .trim_start_matches("Failed to deserialize the JSON body into the target type: ")
        .trim_start_matches("Failed to parse the request body as JSON: ");
    let cut = text.find(['"', '`']).map_or(text, |i| &text[..i]);
    let cut = cut.trim_end_matches([' ', ':']);
    if cut.is_empty() {
        "the body is not valid JSON for this route".to_owned()
    } else {
        cut.to_owned()
    }
}

/// Path parameters, with rejections as problem documents.
pub struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(v)) => Ok(Self(v)),
            Err(PathRejection::FailedToDeserializePathParams(_)) => Err(ApiError::BadRequest {
                status: StatusCode::BAD_REQUEST,
                detail: "an identifier in the path is not a valid UUID".to_owned(),
            }),
            Err(_) => Err(ApiError::Internal),
        }
    }
}

/// The authenticated caller, resolved once by the application layer
/// ([`khien_app::App::authenticate`]) from the bearer token or the session cookie.
pub struct Caller(pub khien_app::Caller);

impl std::ops::Deref for Caller {
    type Target = khien_app::Caller;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let presented = bearer(parts).or_else(|| cookie(parts, SESSION_COOKIE));
        let Some(presented) = presented else {
            return Err(ApiError::Unauthenticated);
        };
        let user = state
            .app
            .authenticate(&presented, khien_app::Door::Api)
            .await?;
        Ok(Self(khien_app::Caller::User(user)))
    }
}

fn bearer(parts: &Parts) -> Option<String> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
}

fn cookie(parts: &Parts, name: &str) -> Option<String> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

#[cfg(test)]
mod tests {
    use super::serde_detail;

    #[test]
    fn serde_messages_never_echo_values() {
        let cases = [
            (
                "Failed to deserialize the JSON body into the target type: name: invalid type: integer `5`, expected a string at line 1 column 10",
                "name: invalid type: integer",
            ),
            (
                "Failed to deserialize the JSON body into the target type: unknown field `nguyen_van_a@example.vn`, expected one of `email`, `password` at line 1 column 30",
                "unknown field",
            ),
            (
                "Failed to parse the request body as JSON: EOF while parsing an object at line 1 column 1",
                "EOF while parsing an object at line 1 column 1",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(serde_detail(input), want);
        }
    }
}
