//! Cases: events that start legal clocks, transitions, histories, obligations and what is
//! due; public holidays and the regimes' statutory obligations.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::schema;
use serde_json::json;
use utoipa::openapi::schema::Schema;

use super::common::*;

json_schemas! {
    trigger_schema => json!({
        "type": "string",
        "enum": case_triggers(),
        "description": "The trigger: one of the triggers of the case's kind (see the \
                        workflows); another kind's trigger is refused with 422.",
        "example": "breach_discovered",
    });
    transition_schema => json!({
        "type": "string",
        "enum": case_transitions(),
        "description": "The transition: one of the transitions of the case's kind (see the \
                        workflows); another kind's transition is refused with 422.",
        "example": "notify_authority",
    });
    case_at_schema => schema::instant_1900_2099();
    transition_at_schema => schema::nullable(schema::instant_1900_2099());
    case_note_schema => schema::text_opt(2_000, "A note (no personal data).");
    quantity_schema => schema::nullable(schema::whole(
        I64_MAX,
        "A quantity it carries, e.g. the records of one cross-border transfer \
         (`transfer_recorded`, summed from 2025-07-01: Decree 165/2025 Art. 12.10).",
    ));
}

/// An event that starts legal clocks, e.g. `breach_discovered`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventInput {
    /// The trigger, one of the case kind's triggers.
    #[schema(schema_with = trigger_schema)]
    pub trigger: String,
    /// When it happened (RFC 3339).
    #[serde(with = "rfc3339")]
    #[schema(schema_with = case_at_schema)]
    pub at: OffsetDateTime,
    /// A note (no personal data).
    #[schema(schema_with = case_note_schema)]
    pub note: Option<String>,
    /// A quantity it carries, e.g. the records of one cross-border transfer
    /// (`transfer_recorded`, summed from 2025-07-01: Decree 165/2025 Art. 12.10).
    #[schema(schema_with = quantity_schema)]
    #[serde(default, deserialize_with = "whole::option")]
    pub quantity: Option<u64>,
}

/// A new case.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewCaseInput {
    /// The kind: breach, subject_request, cross_border_transfer, impact_assessment,
    /// periodic_duty, exploitation_request, provision_request, security_incident.
    pub kind: String,
    /// A short title; describe the case, not the person (no personal data).
    pub title: String,
    /// Its first events.
    #[serde(default)]
    pub events: Vec<EventInput>,
    /// Structured fields its kind requires (see the workflows), e.g. the contents of a data
    /// provision request (Decree 165/2025 Art. 8.2(a)).
    #[serde(default)]
    pub fields: std::collections::BTreeMap<String, String>,
}

/// Most events, and most fields, in a new case.
pub(crate) const CASE_LIST_MAX: usize = 50;
/// Longest case field value, in characters.
pub(crate) const CASE_FIELD_MAX: usize = 2_000;
/// Longest case field name, in characters.
pub(crate) const CASE_FIELD_NAME_MAX: usize = 100;

/// The case workflows the server runs (always the built-in ones), for the document; none when
/// they do not load (the server does not start then).
fn workflows() -> Vec<khien_rules::cases::Workflow> {
    khien_rules::Rules::builtin()
        .and_then(|r| khien_rules::cases::Workflows::builtin(&r))
        .map(|w| w.all().to_vec())
        .unwrap_or_default()
}

/// Every trigger of every kind of case.
fn case_triggers() -> Vec<String> {
    let mut all: Vec<String> = workflows().into_iter().flat_map(|w| w.triggers).collect();
    all.sort();
    all.dedup();
    all
}

/// Every transition of every kind of case.
fn case_transitions() -> Vec<String> {
    let mut all: Vec<String> = workflows()
        .into_iter()
        .flat_map(|w| w.transitions.into_iter().map(|t| t.name))
        .collect();
    all.sort();
    all.dedup();
    all
}

/// `s` as a regex matching itself.
fn regex_literal(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let special = "\\^$.|?*+()[]{}".contains(c);
            special
                .then_some('\\')
                .into_iter()
                .chain(std::iter::once(c))
        })
        .collect()
}

/// The schema of a new case of one kind: its triggers, the events it needs when opened and its
/// fields (`Workflow::check_opening`, `Workflow::check_fields`).
fn new_case_schema(w: &khien_rules::cases::Workflow) -> serde_json::Value {
    let ws = schema::WS;
    let event = json!({
        "type": "object",
        "required": ["trigger", "at"],
        "additionalProperties": false,
        "properties": {
            "trigger": {"type": "string", "enum": w.triggers},
            "at": schema::instant_1900_2099(),
            "note": schema::text_opt(2_000, "A note (no personal data)."),
            "quantity": schema::nullable(schema::whole(I64_MAX, "A quantity it carries.")),
        },
    });
    let mut events = json!({
        "type": "array",
        "maxItems": CASE_LIST_MAX,
        "items": event,
        "description": "Its first events.",
    });
    if !w.required_triggers.is_empty() {
        events["allOf"] = w
            .required_triggers
            .iter()
            .map(|t| json!({"contains": {"properties": {"trigger": {"const": t}}}}))
            .collect();
    }
    let mut field_props = serde_json::Map::new();
    for f in &w.fields {
        let mut v = json!({"type": "string", "maxLength": CASE_FIELD_MAX, "description": f.title});
        let choices = f
            .choices
            .iter()
            .map(|c| regex_literal(c))
            .collect::<Vec<_>>()
            .join("|");
        let pattern = match (f.required, f.choices.is_empty()) {
            (true, true) => Some(format!("[^{ws}]")),
            (false, true) => None,
            (true, false) => Some(format!("^[{ws}]*(?:{choices})[{ws}]*$")),
            (false, false) => Some(format!("^[{ws}]*(?:(?:{choices})[{ws}]*)?$")),
        };
        if let Some(p) = pattern {
            // In `allOf` apart from the length limit: test generators rewrite a pattern's
            // repetitions to fit a length limit beside it, which is slow to compile.
            v = json!({
                "type": "string",
                "allOf": [{"maxLength": CASE_FIELD_MAX}, {"pattern": p}],
                "description": f.title,
            });
        }
        field_props.insert(f.name.clone(), v);
    }
    let required_fields: Vec<&str> = w
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name.as_str())
        .collect();
    let mut fields = json!({
        "type": "object",
        "additionalProperties": false,
        "properties": field_props,
        "description": "The structured fields of this kind.",
    });
    if !required_fields.is_empty() {
        fields["required"] = json!(required_fields);
    }
    let mut required = vec!["kind", "title"];
    if !w.required_triggers.is_empty() {
        required.push("events");
    }
    if !required_fields.is_empty() {
        required.push("fields");
    }
    json!({
        "type": "object",
        "title": w.kind,
        "description": w.title,
        "required": required,
        "additionalProperties": false,
        "properties": {
            "kind": {"type": "string", "const": w.kind},
            "title": schema::text(
                NAME_MAX,
                "A short title; describe the case, not the person (no personal data)."
            ),
            "events": events,
            "fields": fields,
        },
    })
}

/// Written by hand from the workflows: what a new case needs depends on its kind.
impl utoipa::PartialSchema for NewCaseInput {
    fn schema() -> utoipa::openapi::RefOr<Schema> {
        let kinds: Vec<serde_json::Value> = workflows().iter().map(new_case_schema).collect();
        schema::raw(json!({
            "description": "A new case: its kind, a title, its first events (the kind's \
                            triggers; some kinds need some when opened) and the structured \
                            fields its kind has (e.g. the contents of a data provision request, \
                            Decree 165/2025 Art. 8.2(a)).",
            "oneOf": kinds,
        }))
        .into()
    }
}

impl ToSchema for NewCaseInput {}

/// A transition of a case's workflow.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransitionInput {
    /// The transition, e.g. `notify_authority`.
    #[schema(schema_with = transition_schema)]
    pub transition: String,
    /// When it happened (RFC 3339); now when absent.
    #[serde(default, with = "rfc3339::option")]
    #[schema(schema_with = transition_at_schema)]
    pub at: Option<OffsetDateTime>,
    /// A note (no personal data).
    #[schema(schema_with = case_note_schema)]
    pub note: Option<String>,
}

/// One entry of a case's history.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseEntryDto {
    /// Position, from 1.
    pub seq: i64,
    /// `event` or `transition`.
    pub kind: &'static str,
    /// The trigger or transition.
    pub name: String,
    /// When it happened.
    #[serde(with = "rfc3339")]
    pub at: OffsetDateTime,
    /// When it was recorded.
    #[serde(with = "rfc3339")]
    pub recorded_at: OffsetDateTime,
    /// State before a transition.
    pub from_state: Option<String>,
    /// State after a transition.
    pub to_state: Option<String>,
    /// A note.
    pub note: Option<String>,
    /// A quantity it carries.
    pub quantity: Option<i64>,
    /// Who recorded it.
    pub recorded_by: Option<Uuid>,
}

/// An obligation of a case with its clock.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseObligationDto {
    /// The obligation's id.
    pub obligation: String,
    /// Its regime.
    pub regime: String,
    /// What must be done.
    pub title: String,
    /// The article.
    pub legal_basis: String,
    /// The event that started the clock.
    pub trigger: String,
    /// When that event happened.
    #[serde(with = "rfc3339")]
    pub event_at: OffsetDateTime,
    /// When it is due (+07:00), after its extension if one was granted.
    #[serde(with = "rfc3339")]
    pub due: OffsetDateTime,
    /// Its one extension was granted.
    pub extended: bool,
    /// When it was fulfilled.
    #[serde(with = "rfc3339::option")]
    pub fulfilled_at: Option<OffsetDateTime>,
    /// Seconds left until due (negative when overdue).
    pub seconds_left: i64,
    /// Past due and not fulfilled.
    pub overdue: bool,
}

impl CaseObligationDto {
    /// The wire form of an obligation, with its clock read at `now`.
    pub fn new(o: &khien_rules::cases::CaseObligation, now: OffsetDateTime) -> Self {
        let left = (o.due - now).whole_seconds();
        Self {
            obligation: o.obligation.clone(),
            regime: o.regime.clone(),
            title: o.title.clone(),
            legal_basis: o.legal_basis.clone(),
            trigger: o.trigger.clone(),
            event_at: o.event_at.to_offset(khien_calendar::period::VN),
            due: o.due,
            extended: o.extended,
            fulfilled_at: o
                .fulfilled_at
                .map(|f| f.to_offset(khien_calendar::period::VN)),
            seconds_left: left,
            overdue: o.fulfilled_at.is_none() && left < 0,
        }
    }
}

/// A case with its history and obligations.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseDto {
    /// Identifier.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The kind.
    pub kind: String,
    /// The kind, in Vietnamese.
    pub kind_title: String,
    /// Its title.
    pub title: String,
    /// The current state.
    pub state: String,
    /// Whether the state is final.
    pub closed: bool,
    /// Structured fields.
    pub fields: std::collections::BTreeMap<String, String>,
    /// The quantity its kind adds up (for cross-border transfers: records transferred since
    /// 2025-07-01, Decree 165/2025 Art. 12.10).
    pub cumulative: Option<i64>,
    /// Transitions allowed from the current state.
    pub allowed_transitions: Vec<String>,
    /// When it was opened.
    #[serde(with = "rfc3339")]
    pub opened_at: OffsetDateTime,
    /// When it last changed.
    #[serde(with = "rfc3339")]
    pub updated_at: OffsetDateTime,
    /// Every event and transition, oldest first.
    pub history: Vec<CaseEntryDto>,
    /// Its obligations and their clocks.
    pub obligations: Vec<CaseObligationDto>,
}

impl CaseDto {
    /// The wire form of a case, with its obligations' clocks read at `now`.
    pub fn new(
        c: &khien_domain::Case,
        legal: &khien_app::Legal,
        scope: khien_calendar::Scope,
        now: OffsetDateTime,
    ) -> Self {
        let w = legal.workflows.get(&c.kind).ok();
        let closed = w.is_some_and(|w| w.is_final(&c.state));
        Self {
            id: c.id.as_uuid(),
            org_id: c.org_id.as_uuid(),
            kind: c.kind.clone(),
            kind_title: w.map(|w| w.title.clone()).unwrap_or_default(),
            title: c.title.to_string(),
            state: c.state.clone(),
            closed,
            fields: c.fields.clone(),
            cumulative: legal.cumulative(c),
            allowed_transitions: w
                .filter(|_| !closed)
                .map(|w| {
                    w.transitions
                        .iter()
                        .filter(|t| t.from.contains(&c.state))
                        .map(|t| t.name.clone())
                        .collect()
                })
                .unwrap_or_default(),
            opened_at: c.opened_at,
            updated_at: c.updated_at,
            history: c
                .entries
                .iter()
                .map(|e| CaseEntryDto {
                    seq: e.seq,
                    kind: e.kind.code(),
                    name: e.name.clone(),
                    at: e.at.to_offset(khien_calendar::period::VN),
                    recorded_at: e.recorded_at.to_offset(khien_calendar::period::VN),
                    from_state: e.from_state.clone(),
                    to_state: e.to_state.clone(),
                    note: opt(&e.note),
                    quantity: e.quantity,
                    recorded_by: e.recorded_by.map(|u| u.as_uuid()),
                })
                .collect(),
            obligations: legal
                .obligations(c, scope)
                .iter()
                .map(|o| CaseObligationDto::new(o, now))
                .collect(),
        }
    }
}

/// An open obligation of an open case.
#[derive(Debug, Serialize, ToSchema)]
pub struct DueDto {
    /// The case.
    pub case_id: Uuid,
    /// Its kind.
    pub case_kind: String,
    /// Its title.
    pub case_title: String,
    /// The obligation and its clock.
    #[serde(flatten)]
    pub obligation: CaseObligationDto,
    /// `applies`, or `optional` when the organisation may choose not to do it (its profile;
    /// see /applicability). What it is exempt from is not listed.
    pub applicability: String,
}

/// A day off other than an ordinary weekly rest day.
#[derive(Debug, Serialize, ToSchema)]
pub struct HolidayDto {
    /// The day (YYYY-MM-DD).
    #[serde(with = "iso_date")]
    #[schema(value_type = String, format = Date, example = "2026-02-17")]
    pub date: Date,
    /// Its name, in Vietnamese.
    pub name: String,
}

/// A statutory obligation of a regime (a rule pack).
#[derive(Debug, Serialize, ToSchema)]
pub struct ObligationDto {
    /// Stable id.
    pub id: String,
    /// The regime it belongs to.
    pub regime: String,
    /// What must be done, in Vietnamese.
    pub title: String,
    /// The event that starts the clock.
    pub trigger: String,
    /// How many units.
    pub period: u32,
    /// hours, days, working_days, months or years.
    pub unit: &'static str,
    /// When counting starts (Civil Code Art. 147): `instant` or `next_day`.
    pub start: &'static str,
    /// `after` the event, or `before` it.
    pub direction: &'static str,
    /// What it produces: a form, a notice, an action.
    pub produces: String,
    /// The article(s) it comes from.
    pub legal_basis: String,
}
