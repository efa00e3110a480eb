//! Cases (breaches, data subject requests, transfers, ...): open one, record an event, apply
//! a transition, list what is due. The workflow (khien-rules) decides what is allowed; the
//! store records it atomically; [`App`] decides who may and records that they did.

use std::sync::Arc;

use khien_calendar::{Calendar, Scope};
use khien_domain::{Case, CaseEntryKind, CaseId, OrgId, OrgKind, Organisation, Text, UserId};
use khien_rules::applicability::{Applicability, Status};
use khien_rules::cases::{CaseError, CaseObligation, Workflows};
use khien_rules::registers::Registers;
use khien_rules::{Rules, RulesError};
use khien_store::{NewCaseEntry, Store, StoreError};
use time::OffsetDateTime;

use crate::access::ops;
use crate::{App, AppError, Caller, On};

/// The legal knowledge the server works with: rule packs, workflows, calendar.
#[derive(Debug)]
pub struct Legal {
    /// Rule packs.
    pub rules: Rules,
    /// Case workflows.
    pub workflows: Workflows,
    /// The working-day calendar.
    pub calendar: Calendar,
    /// Which obligations bind which organisation (issue 16).
    pub applicability: Applicability,
    /// The registers the texts require.
    pub registers: Registers,
}

impl Legal {
    /// The built-in rule packs, workflows and calendar.
    pub fn builtin() -> Result<Arc<Self>, RulesError> {
        Self::builtin_with(None)
    }

    /// The built-in knowledge with a deployment's own "large number" of data subjects
    /// (Decree 356/2025 Art. 41 says 100,000; `KHIEN_LARGE_SUBJECT_COUNT`).
    pub fn builtin_with(large_subject_count: Option<u64>) -> Result<Arc<Self>, RulesError> {
        let rules = Rules::builtin()?;
        let mut applicability = Applicability::builtin(&rules)?;
        if let Some(n) = large_subject_count {
            applicability.set_large_subject_count(n);
        }
        let registers = Registers::builtin()?;
        let workflows = Workflows::builtin(&rules)?;
        let calendar = Calendar::builtin().map_err(|e| RulesError::Invalid {
            file: "overrides.txt".to_owned(),
            reason: e.to_string(),
        })?;
        Ok(Arc::new(Self {
            rules,
            workflows,
            calendar,
            applicability,
            registers,
        }))
    }

    /// The cumulative quantity a case's workflow counts (e.g. the volume of data transferred
    /// abroad since 2025-07-01, Decree 165/2025 Art. 12.10), if it counts one.
    pub fn cumulative(&self, case: &Case) -> Option<i64> {
        let c = self.workflows.get(&case.kind).ok()?.cumulative.as_ref()?;
        Some(
            case.entries
                .iter()
                .filter(|e| {
                    e.kind == CaseEntryKind::Event && e.name == c.trigger && e.at >= c.since()
                })
                .filter_map(|e| e.quantity)
                .fold(0i64, i64::saturating_add),
        )
    }

    /// The obligations of a case.
    pub fn obligations(&self, case: &Case, scope: Scope) -> Vec<CaseObligation> {
        let Ok(w) = self.workflows.get(&case.kind) else {
            return Vec::new();
        };
        let pick = |kind: CaseEntryKind| -> Vec<(String, OffsetDateTime)> {
            case.entries
                .iter()
                .filter(|e| e.kind == kind)
                .map(|e| (e.name.clone(), e.at))
                .collect()
        };
        w.obligations(
            &self.rules,
            &self.calendar,
            scope,
            &pick(CaseEntryKind::Event),
            &pick(CaseEntryKind::Transition),
        )
    }
}

/// Whose working-day calendar an organisation keeps: state agencies and public service units
/// (cán bộ, công chức, viên chức) follow the Government's announcements; others the rules.
pub fn scope_for(kind: OrgKind) -> Scope {
    match kind {
        OrgKind::StateAgency | OrgKind::PublicServiceUnit | OrgKind::Authority => {
            Scope::StateAgencies
        }
        _ => Scope::All,
    }
}

/// Why a case operation failed.
#[derive(Debug, thiserror::Error)]
pub enum CaseOpError {
    /// The workflow refused it.
    #[error(transparent)]
    Workflow(#[from] CaseError),
    /// The registry refused it.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A transition dated in the future.
    #[error("a transition cannot be dated in the future")]
    FutureTransition,
    /// An instant outside the calendar (1900-2099).
    #[error("instants must lie between 1900 and 2099")]
    OutOfRange,
}

fn in_range(at: OffsetDateTime) -> Result<(), CaseOpError> {
    if (1900..=2099).contains(&at.year()) {
        Ok(())
    } else {
        Err(CaseOpError::OutOfRange)
    }
}

/// One event of a new case: a trigger and when it happened.
#[derive(Debug, Clone)]
pub struct EventDraft {
    /// The trigger (`breach_discovered`).
    pub trigger: String,
    /// When it happened.
    pub at: OffsetDateTime,
    /// A note.
    pub note: Option<Text>,
    /// A quantity it carries (records transferred, say).
    pub quantity: Option<i64>,
}

/// Opens a case of `kind` with its first events.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn open_case(
    store: &dyn Store,
    legal: &Legal,
    org: OrgId,
    id: CaseId,
    kind: &str,
    title: &Text,
    fields: &std::collections::BTreeMap<String, String>,
    events: &[EventDraft],
    by: Option<UserId>,
    now: OffsetDateTime,
) -> Result<Case, CaseOpError> {
    for e in events {
        in_range(e.at)?;
    }
    let w = legal.workflows.get(kind)?;
    w.check_fields(fields)?;
    let fields: std::collections::BTreeMap<String, String> = fields
        .iter()
        .map(|(k, v)| (k.clone(), v.trim().to_owned()))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let triggers: Vec<&str> = events.iter().map(|e| e.trigger.as_str()).collect();
    w.check_opening(&triggers)?;
    let entries: Vec<NewCaseEntry> = events
        .iter()
        .map(|e| NewCaseEntry {
            kind: CaseEntryKind::Event,
            name: e.trigger.clone(),
            at: e.at,
            note: e.note.clone(),
            quantity: e.quantity,
            recorded_by: by,
        })
        .collect();
    Ok(store
        .create_case(org, id, kind, title, &w.initial, &fields, &entries, now)
        .await?)
}

/// Records an event on a case (a new occurrence restarts that event's clocks).
pub(crate) async fn record_event(
    store: &dyn Store,
    legal: &Legal,
    org: OrgId,
    id: CaseId,
    event: &EventDraft,
    by: Option<UserId>,
    now: OffsetDateTime,
) -> Result<Case, CaseOpError> {
    in_range(event.at)?;
    let case = store.get_case(org, id).await?;
    let w = legal.workflows.get(&case.kind)?;
    if w.is_final(&case.state) {
        return Err(CaseError::Closed(case.state).into());
    }
    w.check_trigger(&event.trigger)?;
    let entry = NewCaseEntry {
        kind: CaseEntryKind::Event,
        name: event.trigger.clone(),
        at: event.at,
        note: event.note.clone(),
        quantity: event.quantity,
        recorded_by: by,
    };
    Ok(store
        .append_case_entry(org, id, &case.state, &case.state, &entry, now)
        .await?)
}

/// Applies a transition to a case, if its workflow allows it from the current state.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn apply_transition(
    store: &dyn Store,
    legal: &Legal,
    org: OrgId,
    id: CaseId,
    transition: &str,
    at: OffsetDateTime,
    note: Option<Text>,
    by: Option<UserId>,
    now: OffsetDateTime,
) -> Result<Case, CaseOpError> {
    in_range(at)?;
    if at > now + time::Duration::minutes(5) {
        return Err(CaseOpError::FutureTransition);
    }
    let case = store.get_case(org, id).await?;
    let w = legal.workflows.get(&case.kind)?;
    let to = w.apply_to(&case.state, transition, &case.fields)?;
    let entry = NewCaseEntry {
        kind: CaseEntryKind::Transition,
        name: transition.to_owned(),
        at,
        note,
        quantity: None,
        recorded_by: by,
    };
    Ok(store
        .append_case_entry(org, id, &case.state, to, &entry, now)
        .await?)
}

/// One open obligation of an open case.
#[derive(Debug, Clone)]
pub struct DueItem {
    /// The case.
    pub case_id: CaseId,
    /// Its kind.
    pub case_kind: String,
    /// Its title.
    pub case_title: String,
    /// The obligation.
    pub obligation: CaseObligation,
    /// Whether it binds the organisation (`optional`: it may choose; exempt ones are not
    /// listed).
    pub status: Status,
}

/// Every unfulfilled obligation of an organisation's open cases that binds it (issue 16:
/// what its profile exempts it from is left out), soonest first, in the organisation's
/// calendar; with the cases read for it.
pub(crate) async fn due(
    store: &dyn Store,
    legal: &Legal,
    org: &Organisation,
    now: OffsetDateTime,
) -> Result<(Vec<DueItem>, Scope, Vec<Case>), StoreError> {
    let scope = scope_for(org.details.kind);
    let cases = store.list_cases(org.id).await?;
    let view = crate::registers::decide(store, legal, org, &cases, now).await?;
    let items = crate::registers::only_binding(due_of(legal, &cases, scope), &view);
    Ok((items, scope, cases))
}

/// Every unfulfilled obligation of the open ones among `cases`, soonest first.
pub(crate) fn due_of(legal: &Legal, cases: &[Case], scope: Scope) -> Vec<DueItem> {
    let mut out = Vec::new();
    for case in cases {
        let open = legal
            .workflows
            .get(&case.kind)
            .is_ok_and(|w| !w.is_final(&case.state));
        if !open {
            continue;
        }
        for o in legal.obligations(case, scope) {
            if o.fulfilled_at.is_none() {
                out.push(DueItem {
                    case_id: case.id,
                    case_kind: case.kind.clone(),
                    case_title: case.title.to_string(),
                    obligation: o,
                    status: Status::Applies,
                });
            }
        }
    }
    out.sort_by_key(|d| (d.obligation.due, d.case_id));
    out
}

/// A new case, as a caller asks for it.
#[derive(Debug, Clone)]
pub struct NewCase {
    /// The workflow's kind (`breach`, `subject_request`, ...).
    pub kind: String,
    /// A title.
    pub title: Text,
    /// The fields the kind asks for.
    pub fields: std::collections::BTreeMap<String, String>,
    /// Its first events.
    pub events: Vec<EventDraft>,
}

impl App {
    /// Whose calendar the organisation's clocks run in.
    pub async fn scope_of(&self, org: OrgId) -> Result<Scope, AppError> {
        Ok(scope_for(
            self.store.get_organisation(org).await?.details.kind,
        ))
    }

    /// The organisation's cases, newest first.
    pub async fn list_cases(&self, caller: &Caller, org: OrgId) -> Result<Vec<Case>, AppError> {
        let p = self
            .permit(caller, ops::CASE_LIST, org, On::default())
            .await?;
        let r = self.store.list_cases(org).await.map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// One case with its history.
    pub async fn get_case(
        &self,
        caller: &Caller,
        org: OrgId,
        id: CaseId,
    ) -> Result<Case, AppError> {
        let on = On::default().with("case_id", id.to_string());
        let p = self.permit(caller, ops::CASE_GET, org, on).await?;
        let r = self.store.get_case(org, id).await.map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Opens a case with its first events.
    pub async fn open_case(
        &self,
        caller: &Caller,
        org: OrgId,
        new: &NewCase,
    ) -> Result<Case, AppError> {
        let id = CaseId::from_random(self.random_bytes());
        let on = On::default()
            .with("case_id", id.to_string())
            .with("case_kind", short(&new.kind));
        let p = self.permit(caller, ops::CASE_OPEN, org, on).await?;
        let r = open_case(
            &*self.store,
            &self.legal,
            org,
            id,
            &new.kind,
            &new.title,
            &new.fields,
            &new.events,
            caller.user_id(),
            self.now(),
        )
        .await
        .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Records an event on a case (a new occurrence restarts that event's clocks).
    pub async fn record_case_event(
        &self,
        caller: &Caller,
        org: OrgId,
        id: CaseId,
        event: &EventDraft,
    ) -> Result<Case, AppError> {
        let on = On::default()
            .with("case_id", id.to_string())
            .with("trigger", short(&event.trigger));
        let p = self.permit(caller, ops::CASE_EVENT, org, on).await?;
        let r = record_event(
            &*self.store,
            &self.legal,
            org,
            id,
            event,
            caller.user_id(),
            self.now(),
        )
        .await
        .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Applies a transition, if the case's workflow allows it from its current state.
    pub async fn apply_case_transition(
        &self,
        caller: &Caller,
        org: OrgId,
        id: CaseId,
        transition: &str,
        at: Option<OffsetDateTime>,
        note: Option<Text>,
    ) -> Result<Case, AppError> {
        let on = On::default()
            .with("case_id", id.to_string())
            .with("transition", short(transition));
        let p = self.permit(caller, ops::CASE_TRANSITION, org, on).await?;
        let now = self.now();
        let r = apply_transition(
            &*self.store,
            &self.legal,
            org,
            id,
            transition,
            at.unwrap_or(now),
            note,
            caller.user_id(),
            now,
        )
        .await
        .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// What is due: every unfulfilled obligation of the organisation's open cases, soonest
    /// first, with the calendar they are counted in.
    pub async fn due(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<(Vec<DueItem>, Scope), AppError> {
        let p = self
            .permit(caller, ops::DUE_LIST, org, On::default())
            .await?;
        let r = async {
            let o = self.store.get_organisation(org).await?;
            let (items, scope, _) = due(&*self.store, &self.legal, &o, self.now()).await?;
            Ok((items, scope))
        }
        .await;
        self.finish(&p, r).await
    }
}

impl App {
    /// What is due, with the cases it comes from: one recorded read of the cases (the
    /// dashboard shows both).
    pub async fn due_and_cases(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<(Vec<DueItem>, Scope, Vec<Case>), AppError> {
        let p = self
            .permit(caller, ops::DUE_LIST, org, On::default())
            .await?;
        let r = async {
            let o = self.store.get_organisation(org).await?;
            Ok(due(&*self.store, &self.legal, &o, self.now()).await?)
        }
        .await;
        self.finish(&p, r).await
    }
}

/// A name the caller typed (a kind, trigger or transition), kept in the log only when it is
/// a workflow identifier (lower-case ASCII, digits, `_`), so that nothing typed by mistake
/// (personal data pasted in a field) reaches the log.
fn short(s: &str) -> String {
    if !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        s.to_owned()
    } else {
        "(unknown)".to_owned()
    }
}
