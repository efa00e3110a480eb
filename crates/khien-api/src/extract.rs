//! Extractors: JSON bodies and paths whose rejections are problem documents, and the
//! authenticated caller.

use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use khien_auth::recognise_secret;
use khien_domain::{Role, User};
use khien_policy::{Action, Principal, Resource};
use khien_store::Credential;
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::problem::ApiError;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "khien_session";

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

/// The authenticated caller, with what the registry says about them.
pub struct Caller {
    /// The account.
    pub user: User,
    /// How they authenticated.
    pub credential: Credential,
    /// The digest of the presented secret (to end the session on logout).
    pub digest: String,
    /// Their roles and supervised organisations, for the policies.
    pub principal: Principal,
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
        let Some((_kind, digest)) = recognise_secret(&presented) else {
            return Err(ApiError::Unauthenticated);
        };
        let now = state.clock.now();
        let Some((credential, user)) = state.store.authenticate(&digest, now).await? else {
            return Err(ApiError::Unauthenticated);
        };
        let memberships = state.store.memberships(user.id).await?;
        let mut supervises = Vec::new();
        for m in memberships.iter().filter(|m| m.role == Role::Supervisor) {
            supervises.extend(state.store.supervised_by(m.org_id).await?);
        }
        supervises.sort();
        supervises.dedup();
        if let Some(slot) = parts.extensions.get::<crate::audit::CallerSlot>() {
            slot.set(user.id);
        }
        let principal = Principal {
            user: user.id,
            memberships,
            supervises,
        };
        Ok(Self {
            user,
            credential,
            digest,
            principal,
        })
    }
}

impl Caller {
    /// Asks the policies. Refusals on an organisation the caller cannot see at all are
    /// "not found", so that other organisations' existence is not revealed; refusals on one
    /// they can see are "forbidden".
    pub fn authorize(
        &self,
        state: &AppState,
        action: Action,
        resource: Resource,
    ) -> Result<(), ApiError> {
        let decision = state.policies.decide(&self.principal, action, resource);
        if decision.allowed {
            return Ok(());
        }
        tracing::info!(
            action = action.cedar_id(),
            policies = ?decision.policies,
            "authorisation denied"
        );
        match resource {
            Resource::Organisation(org) if !self.sees(org) => {
                Err(ApiError::NotFound("organisation"))
            }
            _ => Err(ApiError::Forbidden),
        }
    }

    /// Whether the caller holds any role in, or supervises, an organisation.
    pub fn sees(&self, org: khien_domain::OrgId) -> bool {
        self.principal.memberships.iter().any(|m| m.org_id == org)
            || self.principal.supervises.contains(&org)
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
