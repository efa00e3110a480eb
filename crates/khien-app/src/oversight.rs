//! The supervising authority's view of the units it oversees (the Thanh Hóa directive §2:
//! the provincial police follow every unit of the province): for each unit, whether a data
//! protection officer is designated, whether the classification report was filed, the
//! dossiers and their state, incidents notified on time or late, and what is overdue.
//!
//! Every unit read is a cross-organisation read, decided by Cedar (`supervisors-read`) and
//! recorded in the processing log under that unit, one entry per unit (Decree 165/2025
//! Art. 6.4(c), 17.4): the unit's own access history shows that its authority looked.

use khien_domain::{Case, OrgId, OrgKind, Organisation};
use time::OffsetDateTime;

use crate::access::ops;
use crate::cases::{DueItem, scope_for};
use crate::{App, AppError, Caller, On};

/// Case kinds whose cases are dossiers filed with the authority.
pub const DOSSIER_KINDS: &[&str] = &["impact_assessment", "cross_border_transfer"];

/// Case kinds whose cases are incidents to notify.
pub const INCIDENT_KINDS: &[&str] = &["breach", "security_incident"];

/// The case kind of the classification report (the Thanh Hóa directive §1).
pub const CLASSIFICATION_REPORT_KIND: &str = "classification_report";

/// One dossier of a unit.
#[derive(Debug, Clone)]
pub struct Dossier {
    /// The case.
    pub case: Case,
    /// Whether it has left its first state (filed, approved, ...).
    pub filed: bool,
}

/// What an authority sees of one unit.
#[derive(Debug, Clone)]
pub struct UnitSummary {
    /// The unit.
    pub org: Organisation,
    /// A data protection officer is designated (Decree 13/2023 Art. 28, Law 91/2025 Art. 33,
    /// Decree 165/2025 Art. 18).
    pub dpo_designated: bool,
    /// When the classification report was filed, if it was.
    pub classification_report_filed: Option<OffsetDateTime>,
    /// Its dossiers.
    pub dossiers: Vec<Dossier>,
    /// Incidents whose every notice was made on time.
    pub incidents_on_time: u32,
    /// Incidents with a notice made late, or due and not made.
    pub incidents_late: u32,
    /// Unfulfilled obligations past their due instant.
    pub overdue: Vec<DueItem>,
    /// Whole days the oldest overdue item is late (0 when none is).
    pub days_late: i64,
}

impl App {
    /// The units the caller oversees, each read recorded under that unit, sorted by lateness
    /// (most days late first, then most overdue items, then name).
    pub async fn oversight(&self, caller: &Caller) -> Result<Vec<UnitSummary>, AppError> {
        let orgs: Vec<OrgId> = match caller {
            Caller::User(u) => u.principal.supervises.clone(),
            Caller::Operator { .. } => self
                .store
                .list_organisations(None)
                .await?
                .into_iter()
                .filter(|o| o.details.kind != OrgKind::Authority)
                .map(|o| o.id)
                .collect(),
        };
        let now = self.now();
        // Every unit's read decided and recorded in one append; then the units and their
        // cases read in a few statements (per authority), not two per unit.
        let permits = self.permit_each(caller, ops::OVERSIGHT_READ, &orgs).await?;
        let mut granted: Vec<(OrgId, crate::access::Permit)> = Vec::new();
        for (org, permit) in permits {
            match permit {
                Ok(p) => granted.push((org, p)),
                // A unit no longer overseen (the supervision ended meanwhile) is left out.
                Err(AppError::NotFound(_) | AppError::Forbidden) => {}
                Err(e) => return Err(e),
            }
        }
        let ids: Vec<OrgId> = granted.iter().map(|(o, _)| *o).collect();
        let read = async {
            let organisations = self.store.list_organisations(Some(&ids)).await?;
            let mut cases: std::collections::HashMap<OrgId, Vec<Case>> =
                std::collections::HashMap::new();
            if let Caller::Operator { .. } = caller {
                for id in &ids {
                    cases.insert(*id, self.store.list_cases(*id).await?);
                }
            }
            for authority in self.authorities_of(caller) {
                for c in self.store.list_supervised_cases(authority).await? {
                    cases.entry(c.org_id).or_default().push(c);
                }
            }
            Ok::<_, khien_store::StoreError>((organisations, cases))
        }
        .await;
        let (organisations, mut cases) = match read {
            Ok(r) => r,
            Err(e) => {
                let e = AppError::from(e);
                for (_, p) in &granted {
                    self.finish::<()>(p, Err(AppError::Internal)).await.ok();
                }
                return Err(e);
            }
        };
        let mut out = Vec::with_capacity(organisations.len());
        for o in organisations {
            if !ids.contains(&o.id) {
                continue;
            }
            let unit_cases = cases.remove(&o.id).unwrap_or_default();
            out.push(self.summarise(o, &unit_cases, now));
        }
        out.sort_by(|a, b| {
            b.days_late
                .cmp(&a.days_late)
                .then(b.overdue.len().cmp(&a.overdue.len()))
                .then(a.org.details.name.as_str().cmp(b.org.details.name.as_str()))
        });
        Ok(out)
    }

    /// The authorities whose units the caller oversees (the operator: every authority).
    fn authorities_of(&self, caller: &Caller) -> Vec<OrgId> {
        let mut v: Vec<OrgId> = match caller {
            Caller::User(u) => u
                .principal
                .memberships
                .iter()
                .filter(|m| m.role == khien_domain::Role::Supervisor)
                .map(|m| m.org_id)
                .collect(),
            Caller::Operator { .. } => Vec::new(),
        };
        v.sort();
        v.dedup();
        v
    }

    /// One unit's summary (one recorded read of that unit).
    pub async fn unit_summary(
        &self,
        caller: &Caller,
        org: OrgId,
        now: OffsetDateTime,
    ) -> Result<UnitSummary, AppError> {
        let p = self
            .permit(caller, ops::OVERSIGHT_READ, org, On::default())
            .await?;
        let r = async {
            let organisation = self.store.get_organisation(org).await?;
            let cases = self.store.list_cases(org).await?;
            Ok(self.summarise(organisation, &cases, now))
        }
        .await;
        self.finish(&p, r).await
    }

    fn summarise(&self, org: Organisation, cases: &[Case], now: OffsetDateTime) -> UnitSummary {
        let scope = scope_for(org.details.kind);
        let mut s = UnitSummary {
            dpo_designated: org.designation.is_some(),
            classification_report_filed: None,
            dossiers: Vec::new(),
            incidents_on_time: 0,
            incidents_late: 0,
            overdue: Vec::new(),
            days_late: 0,
            org,
        };
        for case in cases {
            let Ok(w) = self.legal.workflows.get(&case.kind) else {
                continue;
            };
            let obligations = self.legal.obligations(case, scope);
            let kind = case.kind.as_str();
            if DOSSIER_KINDS.contains(&kind) {
                s.dossiers.push(Dossier {
                    filed: case.state != w.initial,
                    case: case.clone(),
                });
            }
            if kind == CLASSIFICATION_REPORT_KIND && case.state != w.initial {
                let filed = case
                    .entries
                    .iter()
                    .filter(|e| e.to_state.is_some())
                    .map(|e| e.at)
                    .min();
                s.classification_report_filed = s.classification_report_filed.max(filed);
            }
            if INCIDENT_KINDS.contains(&kind) {
                let late = obligations.iter().any(|o| match o.fulfilled_at {
                    Some(at) => at > o.due,
                    None => o.due < now,
                });
                if late {
                    s.incidents_late += 1;
                } else {
                    s.incidents_on_time += 1;
                }
            }
            if w.is_final(&case.state) {
                continue;
            }
            for o in obligations {
                if o.fulfilled_at.is_none() && o.due < now {
                    s.days_late = s.days_late.max((now - o.due).whole_days());
                    s.overdue.push(DueItem {
                        case_id: case.id,
                        case_kind: case.kind.clone(),
                        case_title: case.title.to_string(),
                        obligation: o,
                        status: khien_rules::applicability::Status::Applies,
                    });
                }
            }
        }
        s.overdue.sort_by_key(|d| d.obligation.due);
        s
    }
}
