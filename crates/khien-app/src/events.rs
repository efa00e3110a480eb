//! Processing events that systems report (Decree 165/2025 Art. 17.10): appended to the log
//! as the authenticated caller, with whatever the event says of its actor kept apart as
//! `claimed_actor`.

use khien_domain::OrgId;
use khien_log::event::EventInput;

use crate::access::ops;
use crate::{App, AppError, Caller};

/// Most events in one request.
pub const MAX_EVENTS: usize = 1000;

/// Events one organisation may append per minute, over all its systems (a system that
/// floods the log would otherwise slow every other organisation's writes).
pub const EVENTS_PER_MINUTE: u64 = 60_000;

/// Events accepted per organisation in the current minute (per process).
#[derive(Debug, Default)]
pub struct EventRate {
    counts: std::sync::Mutex<std::collections::HashMap<OrgId, (i64, u64)>>,
}

impl EventRate {
    /// Takes `n` events of `org`'s allowance for the minute of `now`, or says how many
    /// seconds until the next minute.
    pub fn take(&self, org: OrgId, n: u64, now: time::OffsetDateTime) -> Result<(), u64> {
        let minute = now.unix_timestamp().div_euclid(60);
        let Ok(mut m) = self.counts.lock() else {
            return Ok(());
        };
        if m.len() > 10_000 {
            m.retain(|_, (at, _)| *at == minute);
        }
        let e = m.entry(org).or_insert((minute, 0));
        if e.0 != minute {
            *e = (minute, 0);
        }
        if e.1 + n > EVENTS_PER_MINUTE {
            let left = 60 - now.unix_timestamp().rem_euclid(60);
            return Err(u64::try_from(left.max(1)).unwrap_or(1));
        }
        e.1 += n;
        Ok(())
    }
}

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
        self.event_rate
            .take(org, events.len() as u64, now)
            .map_err(AppError::RateLimited)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn each_organisation_has_its_own_allowance_per_minute() {
        let r = EventRate::default();
        let (a, b) = (OrgId::from_random([1; 16]), OrgId::from_random([2; 16]));
        let t = datetime!(2026-12-06 08:00:10 UTC);
        assert_eq!(r.take(a, EVENTS_PER_MINUTE, t), Ok(()));
        assert_eq!(r.take(a, 1, t), Err(50));
        assert_eq!(
            r.take(b, 1, t),
            Ok(()),
            "another organisation is not affected"
        );
        assert_eq!(r.take(a, 1, datetime!(2026-12-06 08:01:00 UTC)), Ok(()));
    }
}
