//! Processing events that systems report (Decree 165/2025 Art. 17.10): appended to the log
//! as the authenticated caller, with whatever the event says of its actor kept apart as
//! `claimed_actor`.

use khien_domain::OrgId;
use khien_log::event::EventInput;

use crate::access::ops;
use crate::{App, AppError, Caller};

/// Most events in one request.
pub const MAX_EVENTS: usize = 1000;

impl App {
    /// Appends events for `org` (JSON objects; `org_id` may be left out). All or nothing:
    /// one invalid event refuses them all, naming its position and field, never its value.
    /// Returns the indexes once durable.
    pub async fn append_events(
        &self,
        caller: &Caller,
        org: OrgId,
        events: Vec<serde_json::Value>,
    ) -> Result<Vec<u64>, AppError> {
        // The events themselves are the record, each with the caller as actor: only a
        // refusal adds an entry of its own.
        self.permit_unrecorded(caller, ops::LOG_APPEND, org).await?;
        if events.is_empty() || events.len() > MAX_EVENTS {
            return Err(AppError::Rejected("send 1 to 1 000 events".to_owned()));
        }
        let now = self.now();
        let screen = crate::screen::screen(now.year());
        let org_uuid = org.as_uuid().to_string();
        let actor = caller.actor();
        let mut entries = Vec::with_capacity(events.len());
        for (i, mut event) in events.into_iter().enumerate() {
            let serde_json::Value::Object(map) = &mut event else {
                return Err(AppError::Rejected(format!("event {i}: not a JSON object")));
            };
            match map.get("org_id") {
                None => {
                    map.insert("org_id".to_owned(), org_uuid.clone().into());
                }
                Some(v) if v.as_str() == Some(org_uuid.as_str()) => {}
                Some(_) => {
                    return Err(AppError::Rejected(format!(
                        "event {i}: org_id differs from the organisation"
                    )));
                }
            }
            let input = serde_json::from_value::<EventInput>(event)
                .map_err(|e| AppError::Rejected(format!("event {i}: {}", serde_detail(&e))))?;
            let mut entry = input
                .into_entry_as(actor.clone(), now, self.log.pseudonyms(), &screen)
                .map_err(|e| AppError::Rejected(format!("event {i}: {e}")))?;
            let d = entry.details.get_or_insert_with(serde_json::Map::new);
            d.insert("op".to_owned(), ops::LOG_APPEND.name.into());
            if let Some(u) = caller.user()
                && let khien_store::Credential::ApiToken(t) = u.credential
            {
                d.insert("token_id".to_owned(), t.to_string().into());
            }
            entries.push(entry);
        }
        self.log.append(entries).await.map_err(|e| {
            tracing::error!(error = %e, "processing log append failed");
            AppError::Log(e)
        })
    }
}

/// serde's message up to the first quoted value (which may be personal data).
fn serde_detail(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let cut = text.find(['"', '`']).map_or(text.as_str(), |i| &text[..i]);
    cut.trim_end_matches([' ', ':']).to_owned()
}
