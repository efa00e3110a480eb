//! Who must do what (issue 16): the organisation's profile, which obligations apply to it and
//! why (Law 91/2025 Art. 38(2)-(3), Decree 356/2025 Art. 41, 42(3), Art. 8-12, 23; the rules
//! are data in `khien-rules`), and the registers the texts require, each entry checked against
//! its register's definition and kept for the register's retention.

use std::collections::BTreeMap;

use khien_domain::{
    FieldValue, OrgId, OrgKind, OrgProfile, Organisation, RegisterEntry, RegisterEntryId,
    StoredProfile,
};
use khien_rules::applicability::{Decision, Facts, Status};
use khien_rules::registers::{Keep, RawValue, Register, Value};
use khien_store::{AssetCounts, RegisterChange, Store, StoreError};
use time::{Date, OffsetDateTime};

use crate::access::ops;
use crate::cases::{DueItem, Legal};
use crate::{App, AppError, Caller, On};

/// Where Khiên learnt a fact about an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactSource {
    /// The profile the DPO set.
    Profile,
    /// The data catalogue (assets and their classification).
    Catalogue,
    /// The organisation's kind in the registry.
    Kind,
}

impl FactSource {
    /// The code used in the API.
    pub fn code(self) -> &'static str {
        match self {
            Self::Profile => "profile",
            Self::Catalogue => "catalogue",
            Self::Kind => "organisation",
        }
    }
}

/// Which obligations bind an organisation on a day, and why.
#[derive(Debug, Clone)]
pub struct ApplicabilityView {
    /// The day judged (Vietnam's date).
    pub as_of: Date,
    /// Whether the DPO ever set the profile (if not, only the catalogue and the kind speak).
    pub profile_set: bool,
    /// The facts that hold, with where each comes from.
    pub facts: Vec<(String, FactSource)>,
    /// The "large number" of data subjects used.
    pub large_subject_count: u64,
    /// One decision per obligation and duty of every rule pack.
    pub obligations: Vec<Decision>,
    /// The volume transferred or processed abroad since 2025-07-01, added up over every case
    /// that counts it (Decree 165/2025 Art. 12.10), when any does.
    pub transferred: Option<Transferred>,
}

/// The organisation's cumulative cross-border volume (Decree 165/2025 Art. 12.10).
#[derive(Debug, Clone)]
pub struct Transferred {
    /// What is counted, in Vietnamese.
    pub title: String,
    /// The article.
    pub legal_basis: String,
    /// Counted from.
    pub since: Date,
    /// The total of the quantities recorded.
    pub total: i64,
}

/// The facts of an organisation: its profile, its kind, and what its catalogue holds.
pub fn facts_of(
    org: &Organisation,
    profile: &OrgProfile,
    counts: &AssetCounts,
    large: u64,
) -> Vec<(String, FactSource)> {
    let mut out: Vec<(String, FactSource)> = Vec::new();
    let mut add = |id: &str, src: FactSource| {
        if !out.iter().any(|(f, _)| f == id) {
            out.push((id.to_owned(), src));
        }
    };
    use FactSource::{Catalogue, Kind, Profile};
    if let Some(s) = profile.size {
        add(&format!("size:{}", khien_domain::Code::code(s)), Profile);
    }
    if profile.household_business {
        add("size:household", Profile);
    }
    if profile.startup {
        add("startup", Profile);
    }
    if profile.state_agency {
        add("state_agency", Profile);
    }
    match org.details.kind {
        OrgKind::StateAgency => add("state_agency", Kind),
        OrgKind::Authority => {
            add("authority", Kind);
            add("state_agency", Kind);
        }
        _ => {}
    }
    if profile.processing_service {
        add("processing_service", Profile);
    }
    if profile.processes_sensitive {
        add("processes_sensitive", Profile);
    }
    if counts.sensitive > 0 {
        add("processes_sensitive", Catalogue);
    }
    if profile.subject_count.is_some_and(|n| n >= large) {
        add("large_subject_count", Profile);
    }
    if counts.max_subjects.is_some_and(|n| n >= large) {
        add("large_subject_count", Catalogue);
    }
    for s in &profile.sectors {
        match s {
            khien_domain::Sector::ProcessingService => add("processing_service", Profile),
            other => add(
                &format!("sector:{}", khien_domain::Code::code(*other)),
                Profile,
            ),
        }
    }
    if counts.important > 0 {
        add("core_important", Catalogue);
    }
    if counts.important_personal > 0 {
        add("core_important_personal", Catalogue);
    }
    if counts.important > counts.important_personal {
        add("core_important_non_personal", Catalogue);
    }
    out
}

/// Vietnam's date of an instant.
fn vn_date(t: OffsetDateTime) -> Date {
    t.to_offset(khien_calendar::period::VN).date()
}

/// The decisions for an organisation on the day of `now`, with its cases as the caller read
/// them (no permit: callers have one).
pub(crate) async fn decide(
    store: &dyn Store,
    legal: &Legal,
    org: &Organisation,
    cases: &[khien_domain::Case],
    now: OffsetDateTime,
) -> Result<ApplicabilityView, StoreError> {
    let stored = store.get_profile(org.id).await?;
    let counts = store.count_assets(org.id).await?;
    let profile = stored
        .as_ref()
        .map(|s| s.profile.clone())
        .unwrap_or_default();
    let large = legal.applicability.settings().large_subject_count;
    let facts = facts_of(org, &profile, &counts, large);
    let mut set = Facts::new();
    for (f, _) in &facts {
        set.insert(f);
    }
    let as_of = vn_date(now);
    let mut transferred: Option<Transferred> = None;
    for c in cases {
        let (Some(n), Ok(Some(spec))) = (
            legal.cumulative(c),
            legal.workflows.get(&c.kind).map(|w| w.cumulative.as_ref()),
        ) else {
            continue;
        };
        let t = transferred.get_or_insert_with(|| Transferred {
            title: spec.title.clone(),
            legal_basis: spec.legal_basis.clone(),
            since: spec.since,
            total: 0,
        });
        t.total = t.total.saturating_add(n);
    }
    Ok(ApplicabilityView {
        transferred,
        as_of,
        profile_set: stored.is_some(),
        facts,
        large_subject_count: large,
        obligations: legal.applicability.decide(&legal.rules, &set, as_of),
    })
}

/// What is due, less what does not bind the organisation; optional items are marked.
pub(crate) fn only_binding(items: Vec<DueItem>, view: &ApplicabilityView) -> Vec<DueItem> {
    // Only what the organisation's profile decides: an obligation of a regime that has since
    // ended (no rule) still runs for the events of its time (Decree 13/2023 clocks).
    let status: BTreeMap<&str, Status> = view
        .obligations
        .iter()
        .filter(|d| d.rule.is_some())
        .map(|d| (d.id.as_str(), d.status))
        .collect();
    items
        .into_iter()
        .filter_map(|mut item| {
            let s = status
                .get(item.obligation.obligation.as_str())
                .copied()
                .unwrap_or(Status::Applies);
            (s != Status::Exempt).then(|| {
                item.status = s;
                item
            })
        })
        .collect()
}

/// A register entry as a caller gives it: raw values by field name.
pub type EntryInput = BTreeMap<String, RawValue>;

fn to_domain(values: BTreeMap<String, Value>) -> BTreeMap<String, FieldValue> {
    values
        .into_iter()
        .map(|(k, v)| {
            let v = match v {
                Value::Text(s) => FieldValue::Text(s),
                Value::Integer(n) => FieldValue::Integer(n),
                Value::Bool(b) => FieldValue::Bool(b),
                Value::Date(d) => FieldValue::Date(d),
                Value::List(l) => FieldValue::List(l),
            };
            (k, v)
        })
        .collect()
}

fn to_checked(fields: &BTreeMap<String, FieldValue>) -> BTreeMap<String, Value> {
    fields
        .iter()
        .map(|(k, v)| {
            let v = match v {
                FieldValue::Text(s) => Value::Text(s.clone()),
                FieldValue::Integer(n) => Value::Integer(*n),
                FieldValue::Bool(b) => Value::Bool(*b),
                FieldValue::Date(d) => Value::Date(*d),
                FieldValue::List(l) => Value::List(l.clone()),
            };
            (k.clone(), v)
        })
        .collect()
}

/// Why an entry may not be removed yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// Kept `years` from a date not yet filled in (a contract still running).
    Running {
        /// The retention in years.
        years: u8,
        /// The field the retention counts from.
        from: String,
    },
    /// Kept until this day.
    Until {
        /// The last day it is kept.
        until: Date,
        /// The retention in years.
        years: u8,
    },
}

impl std::fmt::Display for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Running { years, from } => write!(
                f,
                "this entry is kept for {years} years from `{from}`, which is not filled in yet"
            ),
            Self::Until { until, years } => {
                write!(f, "this entry is kept until {until} ({years} years)")
            }
        }
    }
}

/// Whether an entry may be removed on `today`: not while its register's retention runs
/// (Decree 165/2025 Art. 16.3(a): at least 3 years), nor while the date it counts from is not
/// yet known (a contract still running).
pub fn removable(register: &Register, entry: &RegisterEntry, today: Date) -> Result<(), Kept> {
    let Some(years) = register.retention_years else {
        return Ok(());
    };
    match register.retain_until(&to_checked(&entry.fields), vn_date(entry.recorded_at)) {
        Keep::WhileRunning => Err(Kept::Running {
            years,
            from: register
                .retain_from
                .clone()
                .unwrap_or_else(|| "recorded_at".to_owned()),
        }),
        Keep::Until(until) if today <= until => Err(Kept::Until { until, years }),
        Keep::Until(_) | Keep::NoPeriod => Ok(()),
    }
}

/// Vietnam's date of an instant (the day a retention is judged on).
pub fn today_vn(now: OffsetDateTime) -> Date {
    vn_date(now)
}

impl App {
    /// Records on the organisation's periodic-duty case the event an entry discharges (a
    /// drill held, a training given, a risk assessment made), so that the duty's clock runs
    /// from it; opens that case when there is none. Each step is its own decision in the
    /// log; a refusal leaves the entry recorded and is logged here by its code.
    async fn discharge(&self, caller: &Caller, org: OrgId, reg: &Register, entry: &RegisterEntry) {
        let Some(d) = &reg.discharges else { return };
        let Some(FieldValue::Date(day)) = entry.fields.get(&d.date) else {
            return;
        };
        let at = day.midnight().assume_offset(khien_calendar::period::VN);
        // A session planned for later discharges nothing yet.
        if at > self.now() {
            return;
        }
        let event = crate::cases::EventDraft {
            trigger: d.trigger.clone(),
            at,
            note: None,
            quantity: None,
        };
        let r = async {
            let cases = self.list_cases(caller, org).await?;
            let open = cases.iter().find(|c| {
                c.kind == "periodic_duty"
                    && self
                        .legal
                        .workflows
                        .get(&c.kind)
                        .is_ok_and(|w| !w.is_final(&c.state))
            });
            match open {
                Some(c) if c.entries.iter().any(|e| e.name == d.trigger && e.at == at) => {}
                Some(c) => {
                    self.record_case_event(caller, org, c.id, &event).await?;
                }
                None => {
                    let new = crate::cases::NewCase {
                        kind: "periodic_duty".to_owned(),
                        title: khien_domain::Text::parse("title", "Nghĩa vụ định kỳ", 200)?,
                        fields: BTreeMap::new(),
                        events: vec![event.clone()],
                    };
                    self.open_case(caller, org, &new).await?;
                }
            }
            Ok::<(), AppError>(())
        }
        .await;
        if let Err(e) = r {
            tracing::warn!(
                register = %reg.id,
                error = e.code(),
                "a register entry did not discharge its periodic duty"
            );
        }
    }

    fn register(&self, id: &str) -> Result<&Register, AppError> {
        self.legal
            .registers
            .get(id)
            .ok_or(AppError::NotFound("register"))
    }

    /// The organisation's profile (the default, all unset, when none was recorded) and when
    /// it was last set.
    pub async fn profile(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<(OrgProfile, Option<OffsetDateTime>), AppError> {
        self.read_in_org(caller, ops::PROFILE_GET, org, On::default(), async || {
            Ok(match self.store.get_profile(org).await? {
                Some(s) => (s.profile, Some(s.updated_at)),
                None => (OrgProfile::default(), None),
            })
        })
        .await
    }

    /// Sets the organisation's profile (the DPO).
    pub async fn set_profile(
        &self,
        caller: &Caller,
        org: OrgId,
        profile: OrgProfile,
    ) -> Result<StoredProfile, AppError> {
        let p = self
            .permit(caller, ops::PROFILE_SET, org, On::default())
            .await?;
        let r = async {
            let profile = profile.normalise()?;
            Ok(self.store.put_profile(org, &profile, self.now()).await?)
        }
        .await;
        self.finish(&p, r).await
    }

    /// Which obligations and duties bind the organisation today, and why.
    pub async fn applicability(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<ApplicabilityView, AppError> {
        let p = self
            .permit(caller, ops::APPLICABILITY_READ, org, On::default())
            .await?;
        let r = async {
            let o = self.store.get_organisation(org).await?;
            let cases = self.store.list_cases(org).await?;
            Ok(decide(&*self.store, &self.legal, &o, &cases, self.now()).await?)
        }
        .await;
        self.finish(&p, r).await
    }

    /// How many entries the organisation keeps in each register.
    pub async fn register_counts(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<BTreeMap<String, usize>, AppError> {
        self.read_in_org(caller, ops::REGISTER_LIST, org, On::default(), async || {
            let mut counts = BTreeMap::new();
            for e in self.store.list_register_entries(org, None).await? {
                *counts.entry(e.register).or_insert(0) += 1;
            }
            Ok(counts)
        })
        .await
    }

    /// The entries of a register, oldest first.
    pub async fn register_entries(
        &self,
        caller: &Caller,
        org: OrgId,
        register: &str,
    ) -> Result<Vec<RegisterEntry>, AppError> {
        let reg = self.register(register)?;
        let on = On::default().with("register", reg.id.as_str());
        self.read_in_org(caller, ops::REGISTER_LIST, org, on, async || {
            self.store.list_register_entries(org, Some(&reg.id)).await
        })
        .await
    }

    /// One entry.
    pub async fn register_entry(
        &self,
        caller: &Caller,
        org: OrgId,
        register: &str,
        id: RegisterEntryId,
    ) -> Result<RegisterEntry, AppError> {
        let reg = self.register(register)?;
        let on = On::default()
            .with("register", reg.id.as_str())
            .with("entry", id.to_string());
        self.read_in_org(caller, ops::REGISTER_GET, org, on, async || {
            self.store.get_register_entry(org, &reg.id, id).await
        })
        .await
    }

    /// Adds an entry, its values checked against the register.
    pub async fn add_register_entry(
        &self,
        caller: &Caller,
        org: OrgId,
        register: &str,
        input: &EntryInput,
    ) -> Result<RegisterEntry, AppError> {
        let reg = self.register(register)?;
        let id = RegisterEntryId::from_random(self.random_bytes());
        let on = On::default()
            .with("register", reg.id.as_str())
            .with("entry", id.to_string());
        let p = self.permit(caller, ops::REGISTER_ADD, org, on).await?;
        let r = async {
            let (values, summary) = reg
                .check(input)
                .map_err(|e| AppError::Rejected(e.to_string()))?;
            let now = self.now();
            let retain_until = reg.retain_until(&values, vn_date(now)).until();
            let entry = RegisterEntry {
                id,
                org_id: org,
                register: reg.id.clone(),
                summary,
                fields: to_domain(values),
                retain_until,
                recorded_by: caller.user_id(),
                recorded_at: now,
                updated_at: now,
            };
            self.store.add_register_entry(&entry).await?;
            Ok(self.store.get_register_entry(org, &reg.id, id).await?)
        }
        .await;
        let entry = self.finish(&p, r).await?;
        self.discharge(caller, org, reg, &entry).await;
        Ok(entry)
    }

    /// Replaces an entry's values (checked again; its retention follows).
    pub async fn update_register_entry(
        &self,
        caller: &Caller,
        org: OrgId,
        register: &str,
        id: RegisterEntryId,
        input: &EntryInput,
    ) -> Result<RegisterEntry, AppError> {
        let reg = self.register(register)?;
        let on = On::default()
            .with("register", reg.id.as_str())
            .with("entry", id.to_string());
        let p = self.permit(caller, ops::REGISTER_UPDATE, org, on).await?;
        let r = async {
            let old = self.store.get_register_entry(org, &reg.id, id).await?;
            let (values, summary) = reg
                .check(input)
                .map_err(|e| AppError::Rejected(e.to_string()))?;
            let retain_until = reg.retain_until(&values, vn_date(old.recorded_at)).until();
            let change = RegisterChange {
                summary,
                fields: to_domain(values),
                retain_until,
            };
            Ok(self
                .store
                .update_register_entry(org, &reg.id, id, &change, self.now())
                .await?)
        }
        .await;
        let entry = self.finish(&p, r).await?;
        self.discharge(caller, org, reg, &entry).await;
        Ok(entry)
    }

    /// Removes an entry, unless its register's retention still runs.
    pub async fn delete_register_entry(
        &self,
        caller: &Caller,
        org: OrgId,
        register: &str,
        id: RegisterEntryId,
    ) -> Result<(), AppError> {
        let reg = self.register(register)?;
        let on = On::default()
            .with("register", reg.id.as_str())
            .with("entry", id.to_string());
        let p = self.permit(caller, ops::REGISTER_DELETE, org, on).await?;
        let r = async {
            let entry = self.store.get_register_entry(org, &reg.id, id).await?;
            removable(reg, &entry, vn_date(self.now()))
                .map_err(|k| AppError::Conflict(format!("{k} ({})", reg.basis)))?;
            Ok(self.store.delete_register_entry(org, &reg.id, id).await?)
        }
        .await;
        self.finish(&p, r).await
    }
}
