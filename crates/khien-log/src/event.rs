//! Processing events and the log entries they become.
//!
//! An event says who (a user or a system), what action, on which asset, for what purpose and
//! on what legal basis, when, and the outcome (Decree 165/2025 Art. 17.10; Art. 6.4(c) for
//! access and retrieval; Art. 11.1(e) for encryption and decryption). It never carries raw
//! personal data: the data subject's identifier, when given, is replaced by a keyed pseudonym
//! before anything is written, and free-text fields are screened by the caller's personal
//! data detector and refused when they hold any.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::MAX_ENTRY_BYTES;
use crate::keys::PseudonymKey;

/// What was done with the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Data were looked at (Art. 6.4(c)).
    Access,
    /// Data were retrieved or queried (Art. 6.4(c)).
    Retrieval,
    /// Data were collected.
    Collection,
    /// Data or their description were created.
    Creation,
    /// Data or their description were changed.
    Change,
    /// Data were exported.
    Export,
    /// Data were provided to a third party.
    Provision,
    /// Data were encrypted (Art. 11.1(e)).
    Encryption,
    /// Data were decrypted (Art. 11.1(e)).
    Decryption,
    /// Data were deleted.
    Deletion,
    /// Data were destroyed irrecoverably.
    Destruction,
    /// Data were backed up.
    Backup,
    /// Data were restored from a backup.
    Restore,
    /// Data were scanned for personal data (discovery).
    Scan,
    /// Data were classified.
    Classification,
    /// A form or report was filed with an authority.
    FormFiled,
    /// Log entries past their retention period were removed (this log's own event).
    LogRetention,
}

impl Action {
    /// Every action, for documentation and tests.
    pub const ALL: &'static [Self] = &[
        Self::Access,
        Self::Retrieval,
        Self::Collection,
        Self::Creation,
        Self::Change,
        Self::Export,
        Self::Provision,
        Self::Encryption,
        Self::Decryption,
        Self::Deletion,
        Self::Destruction,
        Self::Backup,
        Self::Restore,
        Self::Scan,
        Self::Classification,
        Self::FormFiled,
        Self::LogRetention,
    ];
}

/// Who acted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A person with an account.
    User,
    /// A system (an application, a job, Khiên itself).
    System,
    /// Whoever runs Khiên's command line on the server (the id is the OS user name): they
    /// have the database in hand, so no policy applies to them, but what they do is recorded.
    Operator,
}

/// The actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// User or system.
    pub kind: ActorKind,
    /// The user's id, or the system's name.
    pub id: String,
}

/// How it ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Done.
    #[default]
    Success,
    /// Refused by access control.
    Denied,
    /// Attempted and failed.
    Failure,
}

/// An event as a system submits it (one JSON object per line on `khien log append`, or the
/// body of `POST /api/v1/log/events`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventInput {
    /// The organisation whose data were processed.
    pub org_id: Uuid,
    /// Who.
    pub actor: Actor,
    /// What.
    pub action: Action,
    /// On which asset of the catalogue.
    #[serde(default)]
    pub asset_id: Option<Uuid>,
    /// For what purpose.
    #[serde(default)]
    pub purpose: Option<String>,
    /// On what legal basis.
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// How it ended (default: success).
    #[serde(default)]
    pub outcome: Outcome,
    /// The data subject's identifier: never stored, only its keyed pseudonym.
    #[serde(default)]
    pub data_subject: Option<String>,
    /// When it happened, RFC 3339 (default: when the log received it).
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub occurred_at: Option<OffsetDateTime>,
    /// Further facts: at most 32 keys, each value a string, number or boolean.
    #[serde(default)]
    pub details: Option<serde_json::Map<String, serde_json::Value>>,
}

/// A log entry: what is hashed into the tree, as one line of canonical JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Format version (1).
    pub v: u8,
    /// When the log accepted it.
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// The organisation (absent for the log's own events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<Uuid>,
    /// Who: the authenticated actor, never what a request says of itself.
    pub actor: Actor,
    /// Who the submitter of an event says acted (a system reporting its own processing names
    /// its user or job here); kept apart from `actor` and never trusted as it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimed_actor: Option<Actor>,
    /// What.
    pub action: Action,
    /// On which asset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asset_id: Option<Uuid>,
    /// Purpose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Legal basis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<String>,
    /// Outcome.
    pub outcome: Outcome,
    /// The data subject's pseudonym (`ps1:...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// When it happened, when the submitter said so.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub occurred_at: Option<OffsetDateTime>,
    /// Further facts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Why an event was refused. Messages never repeat the offending value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EventError {
    /// Not JSON, or not an event.
    #[error("sự kiện không hợp lệ (invalid event): {0}")]
    Malformed(String),
    /// A field is empty or too long.
    #[error("trường `{field}` phải có từ 1 đến {max} ký tự (field must be 1 to {max} characters)")]
    Length {
        /// The field.
        field: String,
        /// Its limit.
        max: usize,
    },
    /// A free-text field holds personal data.
    #[error(
        "trường `{field}` chứa dữ liệu cá nhân ({detector}); nhật ký không được chứa dữ liệu cá nhân, \
         hãy dùng data_subject để ghi bí danh (field holds personal data; use data_subject)"
    )]
    PersonalData {
        /// The field.
        field: String,
        /// What was found (a detector id).
        detector: String,
    },
    /// `details` has too many keys or a value that is not a scalar.
    #[error(
        "details: tối đa 32 khóa, mỗi giá trị là chuỗi, số hoặc boolean (at most 32 keys of scalar values)"
    )]
    Details,
    /// The encoded entry is too large.
    #[error("bản ghi quá lớn (entry larger than {MAX_ENTRY_BYTES} bytes)")]
    TooLarge,
    /// The log's own action may not be submitted.
    #[error("hành động `log_retention` chỉ do Khiên ghi (reserved action)")]
    Reserved,
}

/// A personal data screen: the detector id of the first personal data found in a text.
pub type Screen<'a> = &'a dyn Fn(&str) -> Option<String>;

const SHORT: usize = 200;
const LONG: usize = 1000;

fn check_text(field: &str, value: &str, max: usize, screen: Screen<'_>) -> Result<(), EventError> {
    let n = value.trim().chars().count();
    if n == 0 || n > max {
        return Err(EventError::Length {
            field: field.to_owned(),
            max,
        });
    }
    if let Some(detector) = screen(value) {
        return Err(EventError::PersonalData {
            field: field.to_owned(),
            detector,
        });
    }
    Ok(())
}

impl EventInput {
    /// Parses one JSON event.
    pub fn parse(json: &[u8]) -> Result<Self, EventError> {
        serde_json::from_slice(json).map_err(|e| {
            // serde's message names the field and position, never a value of ours.
            EventError::Malformed(e.to_string())
        })
    }

    /// Validates the event and makes its entry, accepted at `at`, as the submitter said it.
    /// Use [`EventInput::into_entry_as`] when the submitter is authenticated.
    pub fn into_entry(
        self,
        at: OffsetDateTime,
        pseudonyms: &PseudonymKey,
        screen: Screen<'_>,
    ) -> Result<Entry, EventError> {
        self.build(at, pseudonyms, screen, None)
    }

    /// Validates the event and makes its entry with `actor` (who authenticated) as the
    /// actor; the actor the event names is kept as `claimed_actor`.
    pub fn into_entry_as(
        self,
        actor: Actor,
        at: OffsetDateTime,
        pseudonyms: &PseudonymKey,
        screen: Screen<'_>,
    ) -> Result<Entry, EventError> {
        self.build(at, pseudonyms, screen, Some(actor))
    }

    fn build(
        self,
        at: OffsetDateTime,
        pseudonyms: &PseudonymKey,
        screen: Screen<'_>,
        authenticated: Option<Actor>,
    ) -> Result<Entry, EventError> {
        if self.action == Action::LogRetention {
            return Err(EventError::Reserved);
        }
        check_text("actor.id", &self.actor.id, SHORT, screen)?;
        if let Some(p) = &self.purpose {
            check_text("purpose", p, LONG, screen)?;
        }
        if let Some(b) = &self.legal_basis {
            check_text("legal_basis", b, LONG, screen)?;
        }
        if let Some(details) = &self.details {
            if details.len() > 32 {
                return Err(EventError::Details);
            }
            for (k, v) in details {
                check_text("details", k, 64, screen)?;
                match v {
                    serde_json::Value::String(s) => {
                        check_text(&format!("details.{k}"), s, LONG, screen)?
                    }
                    serde_json::Value::Number(_) | serde_json::Value::Bool(_) => {}
                    _ => return Err(EventError::Details),
                }
            }
        }
        let subject = match self.data_subject.as_deref().map(str::trim) {
            None => None,
            Some("") => {
                return Err(EventError::Length {
                    field: "data_subject".to_owned(),
                    max: SHORT,
                });
            }
            Some(s) if s.chars().count() > SHORT => {
                return Err(EventError::Length {
                    field: "data_subject".to_owned(),
                    max: SHORT,
                });
            }
            Some(s) => Some(pseudonyms.for_org(&self.org_id).pseudonym(s)),
        };
        let (actor, claimed_actor) = match authenticated {
            Some(a) => (a, Some(self.actor)),
            None => (self.actor, None),
        };
        let entry = Entry {
            v: 1,
            at,
            org_id: Some(self.org_id),
            actor,
            claimed_actor,
            action: self.action,
            asset_id: self.asset_id,
            purpose: self.purpose,
            legal_basis: self.legal_basis,
            outcome: self.outcome,
            subject,
            occurred_at: self.occurred_at,
            details: self.details,
        };
        // Checked here so that the caller learns of it before anything is written.
        entry.encode()?;
        Ok(entry)
    }
}

impl Entry {
    /// An event of Khiên itself (registry changes, scans, retention), by `actor`.
    pub fn system(at: OffsetDateTime, org_id: Option<Uuid>, actor: Actor, action: Action) -> Self {
        Self {
            v: 1,
            at,
            org_id,
            actor,
            claimed_actor: None,
            action,
            asset_id: None,
            purpose: None,
            legal_basis: None,
            outcome: Outcome::Success,
            subject: None,
            occurred_at: None,
            details: None,
        }
    }

    /// The entry's bytes: one line of JSON, fields in a fixed order.
    pub fn encode(&self) -> Result<Vec<u8>, EventError> {
        let bytes = serde_json::to_vec(self).map_err(|e| EventError::Malformed(e.to_string()))?;
        if bytes.len() > MAX_ENTRY_BYTES {
            return Err(EventError::TooLarge);
        }
        Ok(bytes)
    }

    /// Reads an entry back.
    pub fn decode(bytes: &[u8]) -> Result<Self, EventError> {
        serde_json::from_slice(bytes).map_err(|e| EventError::Malformed(e.to_string()))
    }

    /// Checks that `bytes` decode as an entry, exactly as [`Entry::decode`] would, without
    /// building one (strings borrowed, details skipped once seen to be an object); returns
    /// its action. Verification checks every entry of the log this way: the full decode
    /// was a third of its time.
    pub fn check(bytes: &[u8]) -> Result<Action, EventError> {
        serde_json::from_slice::<EntryShape<'_>>(bytes)
            .map(|e| e.action)
            .map_err(|e| EventError::Malformed(e.to_string()))
    }
}

/// [`Entry`]'s shape, for [`Entry::check`]: the same fields, types, defaults and refusals.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "fields are read only to be checked")]
struct EntryShape<'a> {
    v: u8,
    #[serde(with = "time::serde::rfc3339")]
    at: OffsetDateTime,
    #[serde(default)]
    org_id: Option<Uuid>,
    #[serde(borrow)]
    actor: ActorShape<'a>,
    #[serde(default, borrow)]
    claimed_actor: Option<ActorShape<'a>>,
    action: Action,
    #[serde(default)]
    asset_id: Option<Uuid>,
    #[serde(default, borrow)]
    purpose: Option<std::borrow::Cow<'a, str>>,
    #[serde(default, borrow)]
    legal_basis: Option<std::borrow::Cow<'a, str>>,
    outcome: Outcome,
    #[serde(default, borrow)]
    subject: Option<std::borrow::Cow<'a, str>>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    occurred_at: Option<OffsetDateTime>,
    #[serde(default)]
    details: Option<AnyObject>,
}

/// [`Actor`]'s shape.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "fields are read only to be checked")]
struct ActorShape<'a> {
    kind: ActorKind,
    #[serde(borrow)]
    id: std::borrow::Cow<'a, str>,
}

/// A JSON object whatever it holds (what `serde_json::Map<String, Value>` accepts), skipped.
struct AnyObject;

impl<'de> Deserialize<'de> for AnyObject {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = AnyObject;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<AnyObject, A::Error> {
                while m
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(AnyObject)
            }
        }
        d.deserialize_map(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn none(_: &str) -> Option<String> {
        None
    }

    fn cccd(s: &str) -> Option<String> {
        s.contains("079123456789").then(|| "vn.cccd".to_owned())
    }

    const EVENT: &str = r#"{"org_id":"6f0d5e6a-3c1b-4c8e-9a55-2f1d7c0b9e11","actor":{"kind":"system","id":"crm"},
        "action":"decryption","asset_id":"0a0b0c0d-0000-4000-8000-000000000001","purpose":"Chăm sóc khách hàng",
        "legal_basis":"Hợp đồng (Luật 91/2025 Điều 19)","data_subject":"079 123 456 789","details":{"rows":3}}"#;

    #[test]
    fn an_event_becomes_an_entry_with_a_pseudonym_and_no_raw_identifier() -> Result<(), EventError>
    {
        let key = PseudonymKey::new([3; 32]);
        let e = EventInput::parse(EVENT.as_bytes())?.into_entry(
            datetime!(2026-11-23 10:00 UTC),
            &key,
            &cccd,
        )?;
        let bytes = e.encode()?;
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("079"), "{text}");
        let org = uuid::Uuid::parse_str("6f0d5e6a-3c1b-4c8e-9a55-2f1d7c0b9e11").unwrap();
        assert!(text.contains(&key.for_org(&org).pseudonym("079123456789")));
        assert!(
            text.starts_with(r#"{"v":1,"at":"2026-11-23T10:00:00Z","org_id":"#),
            "{text}"
        );
        assert_eq!(Entry::decode(&bytes)?, e);
        Ok(())
    }

    #[test]
    fn bad_events_are_refused_with_the_field_named() {
        let key = PseudonymKey::new([3; 32]);
        let at = datetime!(2026-11-23 10:00 UTC);
        let cases: &[(&str, &str)] = &[
            ("{", "invalid event"),
            (r#"{"org_id":"x"}"#, "invalid event"),
            (
                &EVENT.replace("\"action\":\"decryption\"", "\"action\":\"teleport\""),
                "invalid event",
            ),
            (
                &EVENT.replace("Chăm sóc khách hàng", "gọi 079123456789"),
                "`purpose` chứa dữ liệu cá nhân",
            ),
            (&EVENT.replace("\"crm\"", "\"\""), "`actor.id`"),
            (&EVENT.replace("{\"rows\":3}", "{\"rows\":[1]}"), "details"),
            (
                &EVENT.replace("\"decryption\"", "\"log_retention\""),
                "reserved",
            ),
            (
                &EVENT.replace("\"rows\":3", "\"rows\":3,\"extra\":\"079123456789\""),
                "`details.extra`",
            ),
            (
                &EVENT.replace("\"purpose\"", "\"porpoise\""),
                "invalid event",
            ),
        ];
        for (json, want) in cases {
            let got =
                EventInput::parse(json.as_bytes()).and_then(|e| e.into_entry(at, &key, &cccd));
            match got {
                Err(e) => {
                    let msg = e.to_string();
                    assert!(msg.contains(want), "{json}: {msg}");
                    assert!(!msg.contains("079123456789"), "{msg}");
                }
                Ok(_) => panic!("accepted: {json}"),
            }
        }
        // Without a screen the same purpose is accepted: the screen is what refuses it.
        let ok = EventInput::parse(
            EVENT
                .replace("Chăm sóc khách hàng", "gọi 079123456789")
                .as_bytes(),
        )
        .and_then(|e| e.into_entry(at, &key, &none));
        assert!(ok.is_ok());
    }

    #[test]
    fn an_authenticated_submitter_is_the_actor_and_the_claim_is_kept_apart()
    -> Result<(), EventError> {
        let key = PseudonymKey::new([3; 32]);
        let me = Actor {
            kind: ActorKind::User,
            id: "0a0b0c0d-0000-4000-8000-0000000000ff".to_owned(),
        };
        let e = EventInput::parse(EVENT.as_bytes())?.into_entry_as(
            me.clone(),
            datetime!(2026-11-23 10:00 UTC),
            &key,
            &none,
        )?;
        assert_eq!(e.actor, me);
        assert_eq!(
            e.claimed_actor,
            Some(Actor {
                kind: ActorKind::System,
                id: "crm".to_owned()
            })
        );
        assert_eq!(Entry::decode(&e.encode()?)?, e);
        Ok(())
    }

    /// `check` accepts exactly what `decode` accepts (verification relies on it).
    #[test]
    fn check_accepts_exactly_what_decode_accepts() {
        let base = r#""v":1,"at":"2026-03-02T08:15:30Z","actor":{"kind":"user","id":"u1"},"action":"access","outcome":"success""#;
        let cases = [
            format!("{{{base}}}"),
            format!(r#"{{{base},"org_id":"6f0d5e6a-3c1b-4c8e-9a55-2f1d7c0b9e11","asset_id":null}}"#),
            format!(r#"{{{base},"purpose":"Chăm sóc","legal_basis":"H"d","subject":"ps1:x"}}"#),
            format!(r#"{{{base},"details":{{"rows":3,"nested":{{"a":[1,2]}},"s":"x"}}}}"#),
            format!(r#"{{{base},"details":null}}"#),
            format!(r#"{{{base},"details":[1]}}"#),
            format!(r#"{{{base},"details":"x"}}"#),
            format!(r#"{{{base},"details":{{"a":1,"a":2}}}}"#),
            format!(r#"{{{base},"claimed_actor":{{"kind":"system","id":"crm"}}}}"#),
            format!(r#"{{{base},"claimed_actor":{{"kind":"system","id":"crm","x":1}}}}"#),
            format!(r#"{{{base},"claimed_actor":null}}"#),
            format!(r#"{{{base},"occurred_at":"2026-03-01T00:00:00+07:00"}}"#),
            format!(r#"{{{base},"occurred_at":"yesterday"}}"#),
            format!(r#"{{{base},"occurred_at":null}}"#),
            format!(r#"{{{base},"unknown":1}}"#),
            format!(r#"{{{base},"org_id":"not-a-uuid"}}"#),
            format!(r#"{{{base},"purpose":3}}"#),
            format!(r#"{{{base},"subject":["x"]}}"#),
            format!(r#"{{{base},"v":2}}"#),
            r#"{"v":300,"at":"2026-03-02T08:15:30Z","actor":{"kind":"user","id":"u1"},"action":"access","outcome":"success"}"#.to_owned(),
            r#"{"v":1,"at":"2026-03-02","actor":{"kind":"user","id":"u1"},"action":"access","outcome":"success"}"#.to_owned(),
            r#"{"v":1,"at":"2026-03-02T08:15:30Z","actor":{"kind":"robot","id":"u1"},"action":"access","outcome":"success"}"#.to_owned(),
            r#"{"v":1,"at":"2026-03-02T08:15:30Z","actor":{"kind":"user"},"action":"access","outcome":"success"}"#.to_owned(),
            r#"{"v":1,"at":"2026-03-02T08:15:30Z","actor":{"kind":"user","id":"u1"},"action":"teleport","outcome":"success"}"#.to_owned(),
            r#"{"v":1,"at":"2026-03-02T08:15:30Z","actor":{"kind":"user","id":"u1"},"action":"access"}"#.to_owned(),
            r#"{"v":1,"actor":{"kind":"user","id":"u1"},"action":"access","outcome":"success"}"#.to_owned(),
            r#"{"v":1,"at":"2026-03-02T08:15:30Z","actor":{"kind":"user","id":"u1"},"action":"access","outcome":"success"} x"#.to_owned(),
            r#"[1]"#.to_owned(),
            r#""#.to_owned(),
            "{\"v\":1,\"at\":\"2026-03-02T08:15:30Z\",\"actor\":{\"kind\":\"user\",\"id\":\"\u{1}\"}}".to_owned(),
        ];
        let mut accepted = 0;
        for c in &cases {
            let full = Entry::decode(c.as_bytes());
            let quick = Entry::check(c.as_bytes());
            assert_eq!(full.is_ok(), quick.is_ok(), "{c}");
            if let (Ok(e), Ok(a)) = (&full, &quick) {
                assert_eq!(e.action, *a);
                accepted += 1;
            }
        }
        assert!(accepted >= 8, "the table holds accepted entries too");
        // And every entry this module makes.
        let key = PseudonymKey::new([3; 32]);
        let e = EventInput::parse(EVENT.as_bytes())
            .unwrap()
            .into_entry(datetime!(2026-03-02 08:15 UTC), &key, &cccd)
            .unwrap();
        let bytes = e.encode().unwrap();
        assert_eq!(Entry::check(&bytes).unwrap(), e.action);
    }
}
