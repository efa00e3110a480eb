//! Every successful change to an organisation's registry made through the API is recorded in
//! the processing log (Decree 165/2025 Art. 17.10): who (the authenticated user), what (the
//! route and method), on which asset, when, and the outcome.
//!
//! The entry is appended after the change commits and before the response leaves, so a
//! client that got its answer knows the entry is durable. The two are not one transaction: a
//! crash between the commit and the append loses the entry of that one change (the change
//! itself stays). That gap is written down in ARCHITECTURE.md.

use std::sync::{Arc, Mutex};

use axum::extract::{MatchedPath, Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use khien_domain::UserId;
use khien_log::event::{Action, Actor, ActorKind, Entry, Outcome};

use crate::AppState;

/// Filled by the [`crate::extract::Caller`] extractor with the authenticated user.
#[derive(Debug, Clone, Default)]
pub(crate) struct CallerSlot(Arc<Mutex<Option<UserId>>>);

impl CallerSlot {
    pub(crate) fn set(&self, user: UserId) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(user);
        }
    }

    fn get(&self) -> Option<UserId> {
        self.0.lock().ok().and_then(|s| *s)
    }
}

/// The value of a `{param}` of the route template in the request path.
fn param(template: &str, path: &str, name: &str) -> Option<uuid::Uuid> {
    template
        .split('/')
        .zip(path.split('/'))
        .find(|(t, _)| *t == name)
        .and_then(|(_, v)| uuid::Uuid::parse_str(v).ok())
}

pub(crate) async fn audit(State(s): State<AppState>, mut req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned());
    let Some(route) =
        route.filter(|r| r.starts_with("/api/v1/orgs/{org_id}") && !r.ends_with("/log/events"))
    else {
        return next.run(req).await;
    };
    if method == Method::GET || method == Method::HEAD {
        return next.run(req).await;
    }
    let path = req.uri().path().to_owned();
    let slot = CallerSlot::default();
    req.extensions_mut().insert(slot.clone());
    let response = next.run(req).await;
    let status = response.status();
    let Some(user) = slot.get() else {
        return response; // unauthenticated: nothing happened
    };
    if !status.is_success() {
        return response;
    }
    let action = if method == Method::DELETE {
        Action::Deletion
    } else if method == Method::POST
        && !route.ends_with("/events")
        && !route.ends_with("/transitions")
    {
        Action::Creation
    } else {
        Action::Change
    };
    let mut entry = Entry::system(
        s.clock.now(),
        param(&route, &path, "{org_id}"),
        Actor {
            kind: ActorKind::User,
            id: user.to_string(),
        },
        action,
    );
    entry.asset_id = param(&route, &path, "{asset_id}");
    entry.outcome = Outcome::Success;
    let mut details = serde_json::Map::new();
    details.insert("route".to_owned(), format!("{method} {route}").into());
    details.insert("status".to_owned(), status.as_u16().into());
    entry.details = Some(details);
    if let Err(e) = s.log.append(vec![entry]).await {
        tracing::error!(error = %e, route = %route, "the processing log did not record a registry change");
    }
    response
}
