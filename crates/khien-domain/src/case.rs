//! Cases: the registry's record of a breach, a data subject request, a cross-border transfer
//! and the like. Their kinds, states and transitions are data (the workflows of
//! `khien-rules`); here a case is its current state and its append-only history.

use time::OffsetDateTime;

use crate::{CaseId, OrgId, Text, UserId};

/// What a history entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseEntryKind {
    /// An event that starts legal clocks (`breach_discovered`).
    Event,
    /// A transition of the case's workflow (`notify_authority`).
    Transition,
}

impl CaseEntryKind {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Event => "event",
            Self::Transition => "transition",
        }
    }
}

/// One entry of a case's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseEntry {
    /// Position in the history, from 1.
    pub seq: i64,
    /// Event or transition.
    pub kind: CaseEntryKind,
    /// The event's trigger or the transition's name.
    pub name: String,
    /// When it happened (may precede when it was recorded).
    pub at: OffsetDateTime,
    /// When it was recorded.
    pub recorded_at: OffsetDateTime,
    /// State before a transition.
    pub from_state: Option<String>,
    /// State after a transition.
    pub to_state: Option<String>,
    /// A note.
    pub note: Option<Text>,
    /// A quantity it carries (records transferred, say).
    pub quantity: Option<i64>,
    /// Who recorded it.
    pub recorded_by: Option<UserId>,
}

/// A case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// Identifier.
    pub id: CaseId,
    /// The organisation.
    pub org_id: OrgId,
    /// The workflow kind (`breach`, `subject_request`, ...).
    pub kind: String,
    /// A short title. It must not contain personal data: describe the case, not the person.
    pub title: Text,
    /// The current state.
    pub state: String,
    /// Structured fields required by its kind (name to value), checked by its workflow.
    pub fields: std::collections::BTreeMap<String, String>,
    /// When it was opened.
    pub opened_at: OffsetDateTime,
    /// When it last changed.
    pub updated_at: OffsetDateTime,
    /// Its history, oldest first.
    pub entries: Vec<CaseEntry>,
}
