//! Authorisation: every decision of Khiên is made by Cedar policies checked against a Cedar
//! schema (`policy/khien.cedarschema`, `policy/khien.cedar`).
//!
//! The rules, in words:
//! - deny by default: whatever no policy permits is refused;
//! - an organisation's data is invisible to every other organisation: every registry action is
//!   asked about an [`Resource::Organisation`], and only that organisation's members (and its
//!   supervisors) are permitted on it;
//! - a supervisor reads only the organisations its authority oversees;
//! - an auditor reads but never writes (a `forbid`, so no other role of theirs can override it).
//!
//! The principal's attributes (roles per organisation, supervised organisations) are computed
//! by the caller from the registry for each request and passed in as [`Principal`]; this crate
//! does no I/O. A decision that cannot be evaluated (a malformed entity, say) is a denial.

#![forbid(unsafe_code)]

use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::sync::Mutex;

use cedar_policy::{
    Authorizer, Context, Decision as CedarDecision, Entities, Entity, EntityId, EntityTypeName,
    EntityUid, PolicySet, Request, RestrictedExpression, Schema, ValidationMode, Validator,
};
use khien_domain::{Membership, OrgId, Role, UserId};

/// The Cedar schema.
pub const SCHEMA: &str = include_str!("../policy/khien.cedarschema");
/// The Cedar policies.
pub const POLICIES: &str = include_str!("../policy/khien.cedar");

/// Why the policies could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PolicyError {
    /// The schema did not parse.
    #[error("the Cedar schema is invalid: {0}")]
    Schema(String),
    /// The policies did not parse.
    #[error("the Cedar policies do not parse: {0}")]
    Parse(String),
    /// The policies do not type-check against the schema.
    #[error("the Cedar policies do not validate against the schema: {0}")]
    Validation(String),
}

/// What a principal asks to do. Each maps to one Cedar action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Read an organisation's details.
    OrganisationRead,
    /// Change an organisation's details.
    OrganisationUpdate,
    /// List members and their roles.
    MemberRead,
    /// Add users, grant and revoke roles.
    MemberManage,
    /// Read the DPO designation and its history.
    DesignationRead,
    /// Record a new designation.
    DesignationRecord,
    /// Read the catalogue.
    AssetRead,
    /// Change the catalogue.
    AssetWrite,
    /// Read processing activities.
    ActivityRead,
    /// Change processing activities.
    ActivityWrite,
    /// Read cases (breaches, requests, transfers) and what is due.
    CaseRead,
    /// Open cases, record their events and transitions.
    CaseWrite,
    /// Create, list and revoke one's own API tokens.
    TokenManage,
    /// End one's own session.
    SessionManage,
    /// Read one's own account.
    AccountRead,
    /// Append events to the processing log for the organisation.
    LogAppend,
    /// Read the organisation's access history (who did what to its data).
    HistoryRead,
    /// Change one's own password.
    AccountUpdate,
    /// Store personal data fields in a vault collection.
    VaultWrite,
    /// Decrypt a vault record's values.
    VaultDecrypt,
    /// Read a vault record's masked values.
    VaultReadMasked,
    /// Destroy a data subject's data in the vault.
    VaultDestroy,
    /// Provide vault records to a third party as a package.
    VaultProvide,
    /// Declare vault collections; keys and the signing identity.
    VaultManage,
    /// Read the registers (processors, agreements, training, drills, risks, ...).
    RegisterRead,
    /// Add, change and remove register entries.
    RegisterWrite,
    /// Read the consent ledger and export its evidence.
    ConsentRead,
    /// Record a consent or its withdrawal (systems do, over the API).
    ConsentRecord,
    /// Handle data subjects' requests: read what they wrote, verify them in person, carry
    /// them out or refuse them.
    RequestManage,
}

impl Action {
    /// Every action.
    pub const ALL: &'static [Self] = &[
        Self::OrganisationRead,
        Self::OrganisationUpdate,
        Self::MemberRead,
        Self::MemberManage,
        Self::DesignationRead,
        Self::DesignationRecord,
        Self::AssetRead,
        Self::AssetWrite,
        Self::ActivityRead,
        Self::ActivityWrite,
        Self::CaseRead,
        Self::CaseWrite,
        Self::TokenManage,
        Self::SessionManage,
        Self::AccountRead,
        Self::LogAppend,
        Self::HistoryRead,
        Self::AccountUpdate,
        Self::VaultWrite,
        Self::VaultDecrypt,
        Self::VaultReadMasked,
        Self::VaultDestroy,
        Self::VaultManage,
        Self::VaultWrite,
        Self::VaultDecrypt,
        Self::VaultReadMasked,
        Self::VaultDestroy,
        Self::VaultProvide,
        Self::VaultManage,
        Self::RegisterRead,
        Self::RegisterWrite,
        Self::ConsentRead,
        Self::ConsentRecord,
        Self::RequestManage,
    ];

    /// The Cedar action id.
    pub fn cedar_id(self) -> &'static str {
        match self {
            Self::OrganisationRead => "organisation.read",
            Self::OrganisationUpdate => "organisation.update",
            Self::MemberRead => "member.read",
            Self::MemberManage => "member.manage",
            Self::DesignationRead => "designation.read",
            Self::DesignationRecord => "designation.record",
            Self::AssetRead => "asset.read",
            Self::AssetWrite => "asset.write",
            Self::ActivityRead => "activity.read",
            Self::ActivityWrite => "activity.write",
            Self::CaseRead => "case.read",
            Self::CaseWrite => "case.write",
            Self::TokenManage => "token.manage",
            Self::SessionManage => "session.manage",
            Self::AccountRead => "account.read",
            Self::LogAppend => "log.append",
            Self::HistoryRead => "history.read",
            Self::AccountUpdate => "account.update",
            Self::VaultWrite => "vault.write",
            Self::VaultDecrypt => "vault.decrypt",
            Self::VaultReadMasked => "vault.read_masked",
            Self::VaultDestroy => "vault.destroy",
            Self::VaultProvide => "vault.provide",
            Self::VaultManage => "vault.manage",
            Self::RegisterRead => "register.read",
            Self::RegisterWrite => "register.write",
            Self::ConsentRead => "consent.read",
            Self::ConsentRecord => "consent.record",
            Self::RequestManage => "request.manage",
        }
    }

    /// Whether the action changes something.
    pub fn writes(self) -> bool {
        matches!(
            self,
            Self::OrganisationUpdate
                | Self::MemberManage
                | Self::DesignationRecord
                | Self::AssetWrite
                | Self::ActivityWrite
                | Self::CaseWrite
                | Self::TokenManage
                | Self::SessionManage
                | Self::LogAppend
                | Self::AccountUpdate
                | Self::VaultWrite
                | Self::VaultDestroy
                | Self::VaultProvide
                | Self::VaultManage
                | Self::RegisterWrite
                | Self::ConsentRecord
                | Self::RequestManage
        )
    }
}

/// What an action is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resource {
    /// An organisation, for every registry action.
    Organisation(OrgId),
    /// A user, for actions on one's own account.
    User(UserId),
}

/// The principal of a request: who they are and what the registry says about them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Principal {
    /// The account.
    pub user: UserId,
    /// Their roles.
    pub memberships: Vec<Membership>,
    /// The organisations overseen by the authorities where they are a supervisor.
    pub supervises: Vec<OrgId>,
}

/// A decision with the ids of the policies that determined it (for the access history).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Whether the action is allowed.
    pub allowed: bool,
    /// Ids of the policies that determined the decision (empty for the default deny).
    pub policies: Vec<String>,
}

/// Decisions remembered (all are forgotten when this many are).
const MEMO_CAPACITY: usize = 16_384;

/// Principals with more roles and supervised organisations than this are not remembered
/// (bounds the memo to about 16 384 × 64 × 17 bytes).
const MEMO_MAX_FACTS: usize = 64;

type MemoKey = (Principal, Action, Resource);

/// A vault request: the collection (its organisation, class and declared purposes) and the
/// purpose the caller names.
#[derive(Debug, Clone, Copy)]
pub struct VaultTarget<'a> {
    /// The collection's organisation.
    pub org: OrgId,
    /// Whether the collection holds sensitive personal data (Law 91/2025).
    pub sensitive: bool,
    /// The purposes the collection is kept for.
    pub purposes: &'a [String],
    /// The purpose of this request.
    pub purpose: &'a str,
}

type VaultMemoKey = (Principal, Action, OrgId, bool, Vec<String>, String);

/// The loaded, validated policy set.
#[derive(Debug)]
pub struct Policies {
    schema: Schema,
    policies: PolicySet,
    authorizer: Authorizer,
    /// A decision is a function of the principal's attributes, the action, the resource and
    /// the (immutable) policies alone: each is evaluated by Cedar once and then remembered.
    /// Building Cedar's entities and evaluating them was a fifth of the CPU time of a read
    /// (BENCHMARKS.md).
    memo: Mutex<HashMap<MemoKey, Decision>>,
    /// The same for vault requests (keyed by everything Cedar sees of them).
    vault_memo: Mutex<HashMap<VaultMemoKey, Decision>>,
}

impl Policies {
    /// Loads Khiên's schema and policies and validates the policies against the schema.
    pub fn load() -> Result<Self, PolicyError> {
        Self::from_sources(SCHEMA, POLICIES)
    }

    /// Loads and validates the given schema and policies.
    pub fn from_sources(schema: &str, policies: &str) -> Result<Self, PolicyError> {
        let (schema, _warnings) =
            Schema::from_cedarschema_str(schema).map_err(|e| PolicyError::Schema(e.to_string()))?;
        let policies =
            PolicySet::from_str(policies).map_err(|e| PolicyError::Parse(e.to_string()))?;
        let result = Validator::new(schema.clone()).validate(&policies, ValidationMode::Strict);
        if !result.validation_passed() {
            let errors: Vec<String> = result.validation_errors().map(|e| e.to_string()).collect();
            return Err(PolicyError::Validation(errors.join("; ")));
        }
        Ok(Self {
            schema,
            policies,
            authorizer: Authorizer::new(),
            memo: Mutex::new(HashMap::new()),
            vault_memo: Mutex::new(HashMap::new()),
        })
    }

    /// Decides whether `principal` may do `action` on `resource`. Fails closed: any error in
    /// building the request is a denial.
    pub fn decide(&self, principal: &Principal, action: Action, resource: Resource) -> Decision {
        // A large principal (a supervisor of many organisations) is not remembered: its key
        // would be large, and the organisation ids of requests are the caller's to choose.
        if principal.memberships.len() + principal.supervises.len() > MEMO_MAX_FACTS {
            return self.evaluate(principal, action, resource);
        }
        let key = (principal.clone(), action, resource);
        if let Some(d) = self.memo.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return d;
        }
        let decision = self.evaluate(principal, action, resource);
        if let Ok(mut m) = self.memo.lock() {
            if m.len() >= MEMO_CAPACITY {
                m.clear();
            }
            m.insert(key, decision.clone());
        }
        decision
    }

    /// Decides a vault action (`vault.write`, `vault.decrypt`, `vault.read_masked`) on a
    /// collection for a purpose. Fails closed like [`Policies::decide`].
    pub fn decide_vault(
        &self,
        principal: &Principal,
        action: Action,
        target: VaultTarget<'_>,
    ) -> Decision {
        let small = principal.memberships.len() + principal.supervises.len() <= MEMO_MAX_FACTS
            && target.purposes.len() <= 32;
        let key = small.then(|| {
            (
                principal.clone(),
                action,
                target.org,
                target.sensitive,
                target.purposes.to_vec(),
                target.purpose.to_owned(),
            )
        });
        if let Some(k) = &key
            && let Some(d) = self.vault_memo.lock().ok().and_then(|m| m.get(k).cloned())
        {
            return d;
        }
        let decision = self
            .try_decide_vault(principal, action, target)
            .unwrap_or(Decision {
                allowed: false,
                policies: Vec::new(),
            });
        if let Some(k) = key
            && let Ok(mut m) = self.vault_memo.lock()
        {
            if m.len() >= MEMO_CAPACITY {
                m.clear();
            }
            m.insert(k, decision.clone());
        }
        decision
    }

    fn try_decide_vault(
        &self,
        principal: &Principal,
        action: Action,
        target: VaultTarget<'_>,
    ) -> Option<Decision> {
        let (user_uid, entities) =
            self.entities(principal, &[Resource::Organisation(target.org)])?;
        let org_uid = uid("Khien::Organisation", &target.org.to_string())?;
        let coll_uid = uid("Khien::Collection", &format!("{}/collection", target.org))?;
        let attrs: HashMap<String, RestrictedExpression> = [
            (
                "org".to_owned(),
                RestrictedExpression::new_entity_uid(org_uid),
            ),
            (
                "sensitive".to_owned(),
                RestrictedExpression::new_bool(target.sensitive),
            ),
            (
                "purposes".to_owned(),
                RestrictedExpression::new_set(
                    target
                        .purposes
                        .iter()
                        .map(|p| RestrictedExpression::new_string(p.clone())),
                ),
            ),
        ]
        .into_iter()
        .collect();
        let coll = Entity::new(coll_uid.clone(), attrs, HashSet::new()).ok()?;
        let entities = entities.add_entities([coll], Some(&self.schema)).ok()?;
        let action_uid = uid("Khien::Action", action.cedar_id())?;
        let context = Context::from_pairs([(
            "purpose".to_owned(),
            RestrictedExpression::new_string(target.purpose.to_owned()),
        )])
        .ok()?;
        let request =
            Request::new(user_uid, action_uid, coll_uid, context, Some(&self.schema)).ok()?;
        self.respond(&request, &entities)
    }

    /// Asks Cedar, without the memo.
    fn evaluate(&self, principal: &Principal, action: Action, resource: Resource) -> Decision {
        self.try_decide(principal, action, resource)
            .unwrap_or(Decision {
                allowed: false,
                policies: Vec::new(),
            })
    }

    /// Whether `principal` may do `action` on `resource`.
    pub fn is_allowed(&self, principal: &Principal, action: Action, resource: Resource) -> bool {
        self.decide(principal, action, resource).allowed
    }

    fn try_decide(
        &self,
        principal: &Principal,
        action: Action,
        resource: Resource,
    ) -> Option<Decision> {
        let (user_uid, entities) = self.entities(principal, &[resource])?;
        self.authorize(&user_uid, action, resource, &entities)
    }

    /// Decides `action` on each organisation of `orgs` for `principal`, building the
    /// principal's entity once (a supervisor of hundreds of units is one entity with
    /// hundreds of facts: built once, not once per unit). Fails closed like
    /// [`Policies::decide`]: any error is a denial.
    pub fn decide_many(
        &self,
        principal: &Principal,
        action: Action,
        orgs: &[OrgId],
    ) -> Vec<Decision> {
        let denied = || Decision {
            allowed: false,
            policies: Vec::new(),
        };
        let resources: Vec<Resource> = orgs.iter().map(|o| Resource::Organisation(*o)).collect();
        let Some((user_uid, entities)) = self.entities(principal, &resources) else {
            return orgs.iter().map(|_| denied()).collect();
        };
        resources
            .iter()
            .map(|r| {
                self.authorize(&user_uid, action, *r, &entities)
                    .unwrap_or_else(denied)
            })
            .collect()
    }

    /// The principal's entity and the resources' entities, checked against the schema.
    fn entities(
        &self,
        principal: &Principal,
        resources: &[Resource],
    ) -> Option<(EntityUid, Entities)> {
        let user_uid = uid("Khien::User", &principal.user.to_string())?;
        let set_of = |pred: &dyn Fn(Role) -> bool| -> Option<RestrictedExpression> {
            let mut orgs: Vec<OrgId> = principal
                .memberships
                .iter()
                .filter(|m| pred(m.role))
                .map(|m| m.org_id)
                .collect();
            orgs.sort();
            orgs.dedup();
            org_set(&orgs)
        };
        let attrs: HashMap<String, RestrictedExpression> = [
            ("member_of", set_of(&|_| true)?),
            ("dpo_of", set_of(&|r| r == Role::Dpo)?),
            (
                "protection_unit_of",
                set_of(&|r| r == Role::ProtectionUnit)?,
            ),
            ("auditor_of", set_of(&|r| r == Role::Auditor)?),
            ("supervisor_of", set_of(&|r| r == Role::Supervisor)?),
            ("supervises", org_set(&principal.supervises)?),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let user = Entity::new(user_uid.clone(), attrs, HashSet::new()).ok()?;
        let mut entities = vec![user];
        let mut seen = HashSet::new();
        for r in resources {
            if let Resource::Organisation(org) = r
                && seen.insert(*org)
            {
                let u = uid("Khien::Organisation", &org.to_string())?;
                entities.push(Entity::new_no_attrs(u, HashSet::new()));
            }
        }
        let entities = Entities::from_entities(entities, Some(&self.schema)).ok()?;
        Some((user_uid, entities))
    }

    /// Asks Cedar about one request over prepared entities.
    fn authorize(
        &self,
        user_uid: &EntityUid,
        action: Action,
        resource: Resource,
        entities: &Entities,
    ) -> Option<Decision> {
        let action_uid = uid("Khien::Action", action.cedar_id())?;
        let resource_uid = match resource {
            Resource::Organisation(org) => uid("Khien::Organisation", &org.to_string())?,
            Resource::User(user) => uid("Khien::User", &user.to_string())?,
        };
        let request = Request::new(
            user_uid.clone(),
            action_uid,
            resource_uid,
            Context::empty(),
            Some(&self.schema),
        )
        .ok()?;
        self.respond(&request, entities)
    }

    /// Cedar's answer to a prepared request, with the ids of the policies that decided it.
    fn respond(&self, request: &Request, entities: &Entities) -> Option<Decision> {
        let response = self
            .authorizer
            .is_authorized(request, &self.policies, entities);
        if response.diagnostics().errors().next().is_some() {
            return None;
        }
        let mut policies: Vec<String> = response
            .diagnostics()
            .reason()
            .map(|id| {
                self.policies
                    .policy(id)
                    .and_then(|p| p.annotation("id").map(str::to_owned))
                    .unwrap_or_else(|| id.to_string())
            })
            .collect();
        policies.sort();
        Some(Decision {
            allowed: response.decision() == CedarDecision::Allow,
            policies,
        })
    }
}

fn uid(type_name: &str, id: &str) -> Option<EntityUid> {
    let t = EntityTypeName::from_str(type_name).ok()?;
    Some(EntityUid::from_type_name_and_id(t, EntityId::new(id)))
}

fn org_set(orgs: &[OrgId]) -> Option<RestrictedExpression> {
    let items = orgs
        .iter()
        .map(|o| {
            uid("Khien::Organisation", &o.to_string()).map(RestrictedExpression::new_entity_uid)
        })
        .collect::<Option<Vec<_>>>()?;
    Some(RestrictedExpression::new_set(items))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(n: u8) -> OrgId {
        OrgId::from_random([n; 16])
    }

    fn user_with(roles: &[(u8, Role)], supervises: &[u8]) -> Principal {
        Principal {
            user: UserId::from_random([200; 16]),
            memberships: roles
                .iter()
                .map(|(o, r)| Membership {
                    org_id: org(*o),
                    role: *r,
                })
                .collect(),
            supervises: supervises.iter().map(|o| org(*o)).collect(),
        }
    }

    /// The memo answers exactly what Cedar answers, the first time and every time after,
    /// for every role combination, action and resource (and for principals that differ only
    /// in one membership).
    #[test]
    fn remembered_decisions_are_cedars() {
        let p = Policies::load().unwrap();
        let roles = [
            Role::Dpo,
            Role::ProtectionUnit,
            Role::Staff,
            Role::Auditor,
            Role::Supervisor,
        ];
        let mut principals = vec![user_with(&[], &[]), user_with(&[], &[2])];
        for r in roles {
            principals.push(user_with(&[(1, r)], &[]));
            principals.push(user_with(&[(1, r)], &[2]));
            for r2 in roles {
                principals.push(user_with(&[(1, r), (2, r2)], &[]));
            }
        }
        let resources = [
            Resource::Organisation(org(1)),
            Resource::Organisation(org(2)),
            Resource::Organisation(org(3)),
            Resource::User(UserId::from_random([200; 16])),
            Resource::User(UserId::from_random([201; 16])),
        ];
        let mut allowed = 0;
        for round in 0..2 {
            for who in &principals {
                for a in Action::ALL {
                    for r in resources {
                        let want = p.evaluate(who, *a, r);
                        assert_eq!(
                            p.decide(who, *a, r),
                            want,
                            "{who:?} {a:?} {r:?} round {round}"
                        );
                        allowed += usize::from(want.allowed);
                    }
                }
            }
        }
        assert!(allowed > 0, "some decisions allow");
    }

    #[test]
    fn policies_validate_against_the_schema() {
        Policies::load().unwrap();
    }

    #[test]
    fn a_policy_that_does_not_type_check_is_refused() {
        let bad = "permit (principal, action, resource) when { principal.no_such_attr };";
        assert!(matches!(
            Policies::from_sources(SCHEMA, bad),
            Err(PolicyError::Validation(_))
        ));
    }

    /// What each role may do on its own organisation (1) and on another (2).
    /// Read: organisation/member/designation/asset/activity reads.
    /// Write: asset.write, activity.write. Administer: organisation.update, member.manage,
    /// designation.record (Decree 165/2025 Art. 18).
    #[test]
    fn role_matrix() {
        use Action::*;
        let reads = [
            OrganisationRead,
            MemberRead,
            DesignationRead,
            AssetRead,
            ActivityRead,
        ];
        let writes = [AssetWrite, ActivityWrite];
        let admin = [OrganisationUpdate, MemberManage, DesignationRecord];
        // (role, may read, may write, may administer)
        let table = [
            (Role::Dpo, true, true, true),
            (Role::ProtectionUnit, true, true, false),
            (Role::Staff, true, false, false),
            (Role::Auditor, true, false, false),
            (Role::Supervisor, true, false, false),
        ];
        let p = Policies::load().unwrap();
        for (role, read, write, administer) in table {
            let who = user_with(&[(1, role)], &[]);
            let own = Resource::Organisation(org(1));
            let other = Resource::Organisation(org(2));
            for (actions, want) in [
                (&reads[..], read),
                (&writes[..], write),
                (&admin[..], administer),
            ] {
                for a in actions {
                    assert_eq!(p.is_allowed(&who, *a, own), want, "{role:?} {a:?} on own");
                    assert!(!p.is_allowed(&who, *a, other), "{role:?} {a:?} on another");
                }
            }
        }
    }

    #[test]
    fn members_but_auditors_record_processing_events() {
        let p = Policies::load().unwrap();
        for (role, want) in [
            (Role::Dpo, true),
            (Role::ProtectionUnit, true),
            (Role::Staff, true),
            (Role::Auditor, false),
        ] {
            let who = user_with(&[(1, role)], &[]);
            let own = Resource::Organisation(org(1));
            assert_eq!(p.is_allowed(&who, Action::LogAppend, own), want, "{role:?}");
            let other = Resource::Organisation(org(2));
            assert!(
                !p.is_allowed(&who, Action::LogAppend, other),
                "{role:?} on another"
            );
        }
    }

    /// The access history (Decree 165/2025 Art. 6.4(c), 17.4): the DPO, the data protection
    /// unit and auditors read it; staff, supervisors of another body and outsiders do not.
    #[test]
    fn who_reads_the_access_history() {
        let p = Policies::load().unwrap();
        for (role, want) in [
            (Role::Dpo, true),
            (Role::ProtectionUnit, true),
            (Role::Auditor, true),
            (Role::Staff, false),
        ] {
            let who = user_with(&[(1, role)], &[]);
            let own = Resource::Organisation(org(1));
            assert_eq!(
                p.is_allowed(&who, Action::HistoryRead, own),
                want,
                "{role:?}"
            );
            let other = Resource::Organisation(org(2));
            assert!(!p.is_allowed(&who, Action::HistoryRead, other), "{role:?}");
        }
        let supervisor = user_with(&[(9, Role::Supervisor)], &[1]);
        assert!(!p.is_allowed(
            &supervisor,
            Action::HistoryRead,
            Resource::Organisation(org(1))
        ));
    }

    #[test]
    fn an_auditor_never_writes_even_when_also_dpo() {
        let p = Policies::load().unwrap();
        let who = user_with(&[(1, Role::Dpo), (1, Role::Auditor)], &[]);
        let own = Resource::Organisation(org(1));
        assert!(p.is_allowed(&who, Action::AssetRead, own));
        let d = p.decide(&who, Action::AssetWrite, own);
        assert!(!d.allowed);
        assert_eq!(d.policies, vec!["auditors-never-write".to_owned()]);
        for a in Action::ALL.iter().filter(|a| a.writes()) {
            if matches!(
                a,
                Action::TokenManage | Action::SessionManage | Action::AccountUpdate
            ) {
                continue;
            }
            assert!(!p.is_allowed(&who, *a, own), "{a:?}");
        }
    }

    #[test]
    fn supervisors_read_only_what_they_oversee() {
        let p = Policies::load().unwrap();
        // Member (supervisor) of authority 9, which oversees 1 but not 2.
        let who = user_with(&[(9, Role::Supervisor)], &[1]);
        assert!(p.is_allowed(&who, Action::AssetRead, Resource::Organisation(org(1))));
        assert!(!p.is_allowed(&who, Action::AssetWrite, Resource::Organisation(org(1))));
        assert!(!p.is_allowed(&who, Action::MemberManage, Resource::Organisation(org(1))));
        assert!(!p.is_allowed(&who, Action::AssetRead, Resource::Organisation(org(2))));
        let d = p.decide(&who, Action::ActivityRead, Resource::Organisation(org(1)));
        assert_eq!(d.policies, vec!["supervisors-read".to_owned()]);
        // They keep their own authority's cases (dossiers received, requests answered),
        // never a unit's, and nothing else of their authority.
        assert!(p.is_allowed(&who, Action::CaseWrite, Resource::Organisation(org(9))));
        assert!(!p.is_allowed(&who, Action::CaseWrite, Resource::Organisation(org(1))));
        assert!(!p.is_allowed(&who, Action::AssetWrite, Resource::Organisation(org(9))));
        assert!(!p.is_allowed(&who, Action::MemberManage, Resource::Organisation(org(9))));
    }

    /// Deciding many organisations at once gives what deciding each gives.
    #[test]
    fn decide_many_is_decide_for_each() {
        let p = Policies::load().unwrap();
        let who = user_with(&[(9, Role::Supervisor), (3, Role::Dpo)], &[1, 2, 4]);
        let orgs: Vec<OrgId> = (0..8).map(org).collect();
        for action in [
            Action::AssetRead,
            Action::CaseWrite,
            Action::MemberManage,
            Action::HistoryRead,
        ] {
            let many = p.decide_many(&who, action, &orgs);
            for (o, d) in orgs.iter().zip(&many) {
                assert_eq!(
                    *d,
                    p.evaluate(&who, action, Resource::Organisation(*o)),
                    "{action:?} {o}"
                );
            }
        }
        assert!(p.decide_many(&who, Action::AssetRead, &[]).is_empty());
    }

    #[test]
    fn nobody_without_a_role_gets_anything() {
        let p = Policies::load().unwrap();
        let who = user_with(&[], &[]);
        for a in Action::ALL {
            assert!(
                !p.is_allowed(&who, *a, Resource::Organisation(org(1))),
                "{a:?}"
            );
        }
        let d = p.decide(&who, Action::AssetRead, Resource::Organisation(org(1)));
        assert!(d.policies.is_empty(), "default deny names no policy");
    }

    #[test]
    fn own_account_actions_apply_to_oneself_only() {
        let p = Policies::load().unwrap();
        let who = user_with(&[], &[]);
        let me = Resource::User(who.user);
        let someone = Resource::User(UserId::from_random([3; 16]));
        for a in [
            Action::TokenManage,
            Action::SessionManage,
            Action::AccountRead,
        ] {
            assert!(p.is_allowed(&who, a, me), "{a:?}");
            assert!(!p.is_allowed(&who, a, someone), "{a:?}");
        }
        // A registry action asked about a user is not in the schema: denied, not an error.
        assert!(!p.is_allowed(&who, Action::AssetRead, me));
    }

    /// The vault's decisions (Decree 165/2025 Art. 11.1(d): decryption only after the
    /// person's right is checked; Law 91/2025: sensitive data and purpose limitation), by
    /// role, class of the collection and purpose.
    #[test]
    fn vault_decisions_follow_role_class_and_purpose() {
        let p = Policies::load().unwrap();
        let purposes = vec!["payroll".to_owned(), "hr".to_owned()];
        use Action::{VaultDecrypt as D, VaultReadMasked as M, VaultWrite as W};
        // (role in org 1, action, sensitive, purpose, allowed)
        let table: &[(Option<Role>, Action, bool, &str, bool)] = &[
            (Some(Role::Dpo), D, true, "payroll", true),
            (Some(Role::Dpo), D, true, "marketing", false),
            (Some(Role::ProtectionUnit), D, true, "hr", true),
            (Some(Role::Staff), D, false, "payroll", true),
            (Some(Role::Staff), D, true, "payroll", false),
            (Some(Role::Staff), M, true, "payroll", true),
            (Some(Role::Staff), M, true, "marketing", false),
            (Some(Role::Staff), W, true, "payroll", true),
            (Some(Role::Staff), W, false, "marketing", false),
            (Some(Role::Auditor), D, false, "payroll", false),
            (Some(Role::Auditor), W, false, "payroll", false),
            (Some(Role::Auditor), M, true, "payroll", true),
            // `None`: a supervisor of an authority that oversees organisation 1 (and DPO
            // elsewhere): supervision never opens a unit's vault.
            (None, D, false, "payroll", false),
            (None, M, false, "payroll", false),
        ];
        for &(role, action, sensitive, purpose, allowed) in table {
            let principal = match role {
                Some(r) => user_with(&[(1, r)], &[]),
                None => user_with(&[(2, Role::Dpo)], &[1]),
            };
            let target = VaultTarget {
                org: org(1),
                sensitive,
                purposes: &purposes,
                purpose,
            };
            for _ in 0..2 {
                let d = p.decide_vault(&principal, action, target);
                assert_eq!(
                    d.allowed, allowed,
                    "{role:?} {action:?} sensitive={sensitive} purpose={purpose}: {d:?}"
                );
            }
        }
        // An auditor who is also the DPO still never decrypts.
        let both = user_with(&[(1, Role::Dpo), (1, Role::Auditor)], &[]);
        let d = p.decide_vault(
            &both,
            D,
            VaultTarget {
                org: org(1),
                sensitive: false,
                purposes: &purposes,
                purpose: "payroll",
            },
        );
        assert!(!d.allowed);
        assert_eq!(d.policies, ["auditors-never-decrypt"]);
        // Vault actions asked about an organisation (not a collection) are refused.
        assert!(!p.decide(&both, D, Resource::Organisation(org(1))).allowed);
        // Destruction: the keepers, never an auditor; management: the DPO.
        let dpo = user_with(&[(1, Role::Dpo)], &[]);
        let unit = user_with(&[(1, Role::ProtectionUnit)], &[]);
        let staff = user_with(&[(1, Role::Staff)], &[]);
        let on = Resource::Organisation(org(1));
        assert!(p.decide(&dpo, Action::VaultDestroy, on).allowed);
        assert!(p.decide(&unit, Action::VaultDestroy, on).allowed);
        assert!(!p.decide(&staff, Action::VaultDestroy, on).allowed);
        assert!(!p.decide(&both, Action::VaultDestroy, on).allowed);
        assert!(p.decide(&dpo, Action::VaultManage, on).allowed);
        assert!(!p.decide(&unit, Action::VaultManage, on).allowed);
    }
}
