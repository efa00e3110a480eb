//! Who is calling, what they may do, and the record of every decision (Decree 165/2025
//! Art. 6.4(c), 17.4 and 17.10).
//!
//! [`App::authenticate`] turns a presented bearer secret into a [`Caller`] once, for every
//! door. [`App::permit`] asks Cedar and appends the decision to the processing log before
//! anything is read or changed; a refusal is recorded too. The actor of every entry is the
//! authenticated one: a user by id, or the operator at the command line by OS user name.

use khien_auth::recognise_secret;
use khien_domain::{AssetId, OrgId, Role, User, UserId};
use khien_log::event::{Action as LogAction, Actor, ActorKind, Entry, Outcome};
use khien_policy::{Action, Principal, Resource};
use khien_store::Credential;
use serde_json::Value;

use crate::{App, AppError};

/// Which adapter a call came through (recorded with each decision).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Door {
    /// The HTTP API.
    Api,
    /// The command line.
    Cli,
    /// The web console.
    Console,
    /// The public channel of data subjects (no account).
    Public,
}

impl Door {
    /// Its name in log entries.
    pub fn name(self) -> &'static str {
        match self {
            Self::Api => "api",
            Self::Cli => "cli",
            Self::Console => "console",
            Self::Public => "public",
        }
    }
}

/// A user who authenticated with a session or an API token.
#[derive(Debug, Clone)]
pub struct UserCaller {
    /// The account.
    pub user: User,
    /// How they authenticated.
    pub credential: Credential,
    /// The digest of the presented secret (to end the session on logout).
    pub digest: String,
    /// Their roles and supervised organisations, for the policies.
    pub principal: Principal,
    /// Through which adapter.
    pub door: Door,
    /// The registry's access epoch these credentials are known to be at least as new as,
    /// when known: a decision recorded in a log transaction that saw a newer one is
    /// confirmed against the registry first ([`crate::credentials`]).
    pub basis: Option<i64>,
}

/// Whoever asks for a use case.
#[derive(Debug, Clone)]
pub enum Caller {
    /// An authenticated user; Cedar decides.
    User(UserCaller),
    /// The operator at the server's command line. Whoever can run `khien` against the
    /// database holds the database anyway, so no policy applies; everything they do is
    /// recorded as kind `operator` with their OS user name.
    Operator {
        /// The OS user name.
        name: String,
    },
}

impl Caller {
    /// The operator running this process, by OS user name (`$USER`, `$LOGNAME`; else the
    /// name of the process's user id in `/etc/passwd`, as in containers where no login set
    /// those; else `uid:N`; else `unknown`).
    pub fn operator_from_env() -> Self {
        let name = ["USER", "LOGNAME", "USERNAME"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
            .or_else(os_user_name)
            .unwrap_or_else(|| "unknown".to_owned());
        // An OS user name is at most 32 characters; keep the entry small whatever is set.
        let name: String = name.trim().chars().take(64).collect();
        Self::Operator { name }
    }

    /// The actor recorded in the log.
    pub fn actor(&self) -> Actor {
        match self {
            Self::User(u) => Actor {
                kind: ActorKind::User,
                id: u.user.id.to_string(),
            },
            Self::Operator { name } => Actor {
                kind: ActorKind::Operator,
                id: name.clone(),
            },
        }
    }

    /// The user, when the caller is one.
    pub fn user(&self) -> Option<&UserCaller> {
        match self {
            Self::User(u) => Some(u),
            Self::Operator { .. } => None,
        }
    }

    /// The user's id, when the caller is one.
    pub fn user_id(&self) -> Option<UserId> {
        self.user().map(|u| u.user.id)
    }

    /// Whether the caller holds any role in, or supervises, an organisation (the operator
    /// sees every one).
    pub fn sees(&self, org: OrgId) -> bool {
        match self {
            Self::User(u) => {
                u.principal.memberships.iter().any(|m| m.org_id == org)
                    || u.principal.supervises.contains(&org)
            }
            Self::Operator { .. } => true,
        }
    }

    fn door(&self) -> Door {
        match self {
            Self::User(u) => u.door,
            Self::Operator { .. } => Door::Cli,
        }
    }
}

/// The name of this process's real user id, from `/proc/self/status` and `/etc/passwd`
/// (`uid:N` when the id has no name there); `None` where neither can be read.
fn os_user_name() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let uid = real_uid(&status)?;
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    Some(user_of(&passwd, uid).unwrap_or_else(|| format!("uid:{uid}")))
}

/// The real user id in the text of `/proc/self/status`.
fn real_uid(status: &str) -> Option<u32> {
    status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

/// The name of `uid` in the text of `/etc/passwd`.
fn user_of(passwd: &str, uid: u32) -> Option<String> {
    passwd.lines().find_map(|l| {
        let mut f = l.split(':');
        let name = f.next()?;
        let id = f.nth(1)?.parse::<u32>().ok()?;
        (id == uid && !name.is_empty()).then(|| name.to_owned())
    })
}

/// A use case as the policies and the log know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Op {
    /// Its name (`asset.get`), recorded as `op`.
    pub name: &'static str,
    /// The Cedar action that decides it.
    pub policy: Action,
    /// What it does to the data, in the log's terms.
    pub log: LogAction,
}

/// What a decision is about, beyond the organisation.
#[derive(Debug, Clone, Default)]
pub struct On {
    /// The asset of the catalogue.
    pub asset: Option<AssetId>,
    /// A data subject's pseudonym (never a raw identifier).
    pub subject: Option<String>,
    /// Further facts (ids, counts, names of things; never personal data).
    pub detail: Vec<(&'static str, Value)>,
    /// A vault request: the collection decided on and the purpose named (decided by
    /// `Policies::decide_vault`, recorded as the entry's purpose).
    pub vault: Option<VaultFacts>,
}

/// What Cedar sees of a vault request.
#[derive(Debug, Clone)]
pub struct VaultFacts {
    /// Whether the collection holds sensitive personal data.
    pub sensitive: bool,
    /// The purposes the collection is kept for.
    pub purposes: Vec<String>,
    /// The purpose of this request (a code, never free text).
    pub purpose: String,
}

impl On {
    /// About an asset.
    pub fn asset(id: AssetId) -> Self {
        Self {
            asset: Some(id),
            ..Self::default()
        }
    }

    /// With one more fact.
    #[must_use]
    pub fn with(mut self, key: &'static str, value: impl Into<Value>) -> Self {
        self.detail.push((key, value.into()));
        self
    }
}

/// A recorded permission to do one use case: the index of its entry in the log.
#[derive(Debug, Clone)]
pub struct Permit {
    /// The entry recording the decision.
    pub index: u64,
    org: Option<OrgId>,
    op: Op,
    actor: Actor,
    door: Door,
    /// The credentials decided on, when they were read again because they had changed since
    /// authentication (use cases that show the caller's own account use these).
    pub fresh: Option<Box<UserCaller>>,
    /// The vault epoch as the transaction that recorded the decision saw it (when known):
    /// vault rows read from memory before the decision stand if it has not moved past them.
    pub vault_epoch: Option<i64>,
}

impl App {
    /// The caller behind a presented bearer secret (`khien_s_…` session or `khien_t_…`
    /// token), with their roles and the organisations they supervise.
    pub async fn authenticate(&self, presented: &str, door: Door) -> Result<UserCaller, AppError> {
        let Some((kind, digest)) = recognise_secret(presented) else {
            return Err(AppError::Unauthenticated);
        };
        if kind == khien_auth::SecretKind::Invitation {
            return Err(AppError::Unauthenticated);
        }
        let now = self.now();
        if let Some((k, basis)) = self.credentials.get(&digest, now) {
            return Ok(UserCaller {
                user: k.user,
                credential: k.credential,
                digest,
                principal: k.principal,
                door,
                basis: Some(basis),
            });
        }
        self.load_caller(digest, door).await
    }

    /// Reads the credentials behind `digest` from the registry (and keeps them when the
    /// access epoch is followed).
    async fn load_caller(&self, digest: String, door: Door) -> Result<UserCaller, AppError> {
        let now = self.now();
        // Taken before the registry is read: what is read is at least this new.
        let generation = self.credentials.generation();
        let basis = self.credentials.epoch();
        let Some(found) = self.store.authenticate(&digest, now).await? else {
            return Err(AppError::Unauthenticated);
        };
        let expires_at = found.expires_at;
        let (credential, user) = (found.credential, found.user);
        let mut memberships = self.store.memberships(user.id).await?;
        // A token carrying some roles acts, in each organisation, with those of them that
        // give no more than a role its owner holds there.
        if let Some(roles) = &found.roles {
            let mut scoped: Vec<khien_domain::Membership> = memberships
                .iter()
                .flat_map(|m| {
                    roles
                        .iter()
                        .filter(|r| r.within(m.role))
                        .map(|r| khien_domain::Membership {
                            org_id: m.org_id,
                            role: *r,
                        })
                })
                .collect();
            scoped.sort();
            scoped.dedup();
            memberships = scoped;
        }
        let mut supervises = Vec::new();
        for m in memberships.iter().filter(|m| m.role == Role::Supervisor) {
            supervises.extend(self.store.supervised_by(m.org_id).await?);
        }
        supervises.sort();
        supervises.dedup();
        let principal = Principal {
            user: user.id,
            memberships,
            supervises,
        };
        if let Some(basis) = basis {
            self.credentials.put(
                &digest,
                crate::credentials::Known {
                    user: user.clone(),
                    credential,
                    principal: principal.clone(),
                    expires_at,
                },
                generation,
                basis,
            );
        }
        Ok(UserCaller {
            user,
            credential,
            digest,
            principal,
            door,
            basis,
        })
    }

    fn entry(
        &self,
        caller: &Caller,
        op: Op,
        org: Option<OrgId>,
        on: &On,
        outcome: Outcome,
        policies: &[String],
    ) -> Entry {
        let mut e = Entry::system(self.now(), org.map(|o| o.as_uuid()), caller.actor(), op.log);
        e.asset_id = on.asset.map(|a| a.as_uuid());
        e.subject.clone_from(&on.subject);
        e.purpose = on.vault.as_ref().map(|v| v.purpose.clone());
        e.outcome = outcome;
        let mut d = serde_json::Map::new();
        d.insert("op".to_owned(), op.name.into());
        d.insert("door".to_owned(), caller.door().name().into());
        if let Caller::User(u) = caller {
            match u.credential {
                Credential::Session(_) => {
                    d.insert("credential".to_owned(), "session".into());
                }
                Credential::ApiToken(t) => {
                    d.insert("credential".to_owned(), "api_token".into());
                    d.insert("token_id".to_owned(), t.to_string().into());
                }
            }
        }
        if !policies.is_empty() {
            d.insert("policies".to_owned(), policies.join(",").into());
        }
        for (k, v) in &on.detail {
            d.insert((*k).to_owned(), v.clone());
        }
        e.details = Some(d);
        e
    }

    /// Decides whether `caller` may do `op` on `org`'s data and records the decision in the
    /// processing log. On a permit the entry is durable before this returns; on a refusal
    /// the entry is written and the refusal returned: "not found" when the caller cannot see
    /// the organisation at all (its existence is not revealed), "forbidden" otherwise.
    pub async fn permit(
        &self,
        caller: &Caller,
        op: Op,
        org: OrgId,
        on: On,
    ) -> Result<Permit, AppError> {
        self.decide(caller, op, Some(org), Resource::Organisation(org), on, true)
            .await
    }

    /// Decides `op` on each of `orgs` for `caller` and records every decision, permit or
    /// refusal, in **one** append (one entry per organisation, durable before this returns):
    /// for reads across many organisations at once (an authority's table of the units it
    /// oversees). Each organisation gets its permit or its refusal, as [`App::permit`] would
    /// give. If the caller's credentials changed meanwhile, every decision is voided and each
    /// organisation is decided again on its own with fresh credentials.
    pub async fn permit_each(
        &self,
        caller: &Caller,
        op: Op,
        orgs: &[OrgId],
    ) -> Result<Vec<(OrgId, Result<Permit, AppError>)>, AppError> {
        if orgs.is_empty() {
            return Ok(Vec::new());
        }
        let decided: Vec<(OrgId, bool, Vec<String>)> = match caller {
            Caller::User(u) => self
                .policies
                .decide_many(&u.principal, op.policy, orgs)
                .into_iter()
                .zip(orgs)
                .map(|(d, &org)| (org, d.allowed, d.policies))
                .collect(),
            Caller::Operator { .. } => orgs
                .iter()
                .map(|&org| (org, true, vec!["operator".to_owned()]))
                .collect(),
        };
        let entries = decided
            .iter()
            .map(|(org, allowed, policies)| {
                let outcome = if *allowed {
                    Outcome::Success
                } else {
                    Outcome::Denied
                };
                self.entry(caller, op, Some(*org), &On::default(), outcome, policies)
            })
            .collect();
        let (indexes, seen) = self.log.append_seen(entries).await.map_err(|e| {
            tracing::error!(error = %e, op = op.name, "the processing log refused the entries; nothing done");
            AppError::Log(e)
        })?;
        let permits: Vec<Permit> = decided
            .iter()
            .zip(&indexes)
            .map(|((org, _, _), index)| Permit {
                index: *index,
                org: Some(*org),
                op,
                actor: caller.actor(),
                door: caller.door(),
                fresh: None,
                vault_epoch: seen.map(|e| e.vault),
            })
            .collect();
        let seen = seen.map(|e| e.access);
        if let (Caller::User(u), Some(seen)) = (caller, seen)
            && u.basis.is_some_and(|b| b != seen)
        {
            self.credentials.saw(seen);
            for (p, (_, allowed, _)) in permits.iter().zip(&decided) {
                if *allowed {
                    self.void(p, "credentials-changed").await;
                }
            }
            let mut out = Vec::with_capacity(orgs.len());
            for &org in orgs {
                let fresh = UserCaller {
                    basis: None,
                    ..self.load_caller(u.digest.clone(), u.door).await?
                };
                let r = self
                    .permit(&Caller::User(fresh), op, org, On::default())
                    .await;
                out.push((org, r));
            }
            return Ok(out);
        }
        Ok(permits
            .into_iter()
            .zip(decided)
            .map(|(p, (org, allowed, _))| (org, self.confirmed(caller, allowed, Some(org), p)))
            .collect())
    }

    /// Decides like [`App::permit`] but records only a refusal: for use cases whose work is
    /// itself one or more log entries naming the same actor (a system's processing events).
    pub async fn permit_unrecorded(
        &self,
        caller: &Caller,
        op: Op,
        org: OrgId,
    ) -> Result<(), AppError> {
        self.decide(
            caller,
            op,
            Some(org),
            Resource::Organisation(org),
            On::default(),
            false,
        )
        .await
        .map(|_| ())
    }

    /// Whether the policies would permit `op` on `org` for `caller`: nothing recorded, for
    /// adapters deciding which buttons to show (the use case itself decides again, and
    /// records it).
    pub fn allows(&self, caller: &Caller, op: Op, org: OrgId) -> bool {
        match caller {
            Caller::User(u) => {
                self.policies
                    .decide(&u.principal, op.policy, Resource::Organisation(org))
                    .allowed
            }
            Caller::Operator { .. } => true,
        }
    }

    /// The same for an action on the caller's own account (sessions, tokens): recorded
    /// without an organisation.
    pub async fn permit_own(&self, caller: &Caller, op: Op, on: On) -> Result<Permit, AppError> {
        let Some(user) = caller.user_id() else {
            return Err(AppError::Forbidden);
        };
        self.decide(caller, op, None, Resource::User(user), on, true)
            .await
    }

    pub(crate) async fn decide(
        &self,
        caller: &Caller,
        op: Op,
        org: Option<OrgId>,
        resource: Resource,
        on: On,
        record_permit: bool,
    ) -> Result<Permit, AppError> {
        let (allowed, policies) = match caller {
            Caller::User(u) => {
                let d = match (&on.vault, org) {
                    (Some(v), Some(org)) => self.policies.decide_vault(
                        &u.principal,
                        op.policy,
                        khien_policy::VaultTarget {
                            org,
                            sensitive: v.sensitive,
                            purposes: &v.purposes,
                            purpose: &v.purpose,
                        },
                    ),
                    _ => self.policies.decide(&u.principal, op.policy, resource),
                };
                (d.allowed, d.policies)
            }
            Caller::Operator { .. } => (true, vec!["operator".to_owned()]),
        };
        let outcome = if allowed {
            Outcome::Success
        } else {
            Outcome::Denied
        };
        let entry = self.entry(caller, op, org, &on, outcome, &policies);
        let permit = |index, vault_epoch| Permit {
            index,
            org,
            op,
            actor: caller.actor(),
            door: caller.door(),
            fresh: None,
            vault_epoch,
        };
        if allowed && !record_permit {
            // Nothing recorded, so nothing confirms the credentials on the way: ask.
            if let Caller::User(u) = caller
                && let Some(basis) = u.basis
            {
                let seen = self.store.access_epoch().await?;
                if seen != basis {
                    self.credentials.saw(seen);
                    let fresh = self.load_caller(u.digest.clone(), u.door).await?;
                    return self
                        .decide_fresh(fresh, op, org, resource, on, record_permit)
                        .await;
                }
            }
            return Ok(permit(0, None));
        }
        let appended = self.log.append_seen(vec![entry]).await;
        let vault_epoch = appended
            .as_ref()
            .ok()
            .and_then(|(_, seen)| seen.map(|e| e.vault));
        // Credentials kept in memory and changed since (the epoch read in the append's own
        // transaction moved past them): read them again before anything is done.
        if let (Caller::User(u), Ok((indexes, Some(seen)))) = (caller, &appended)
            && u.basis.is_some_and(|b| b != seen.access)
        {
            self.credentials.saw(seen.access);
            let first = permit(indexes.first().copied().unwrap_or_default(), vault_epoch);
            return match self.load_caller(u.digest.clone(), u.door).await {
                Ok(fresh) if fresh.principal == u.principal && fresh.user == u.user => {
                    self.confirmed(caller, allowed, org, first)
                }
                Ok(fresh) => {
                    self.void(&first, "credentials-changed").await;
                    self.decide_fresh(fresh, op, org, resource, on, record_permit)
                        .await
                }
                Err(e) => {
                    self.void(&first, "credentials-changed").await;
                    Err(e)
                }
            };
        }
        if !allowed {
            tracing::info!(op = op.name, "authorisation denied");
            if let Err(e) = appended {
                tracing::error!(error = %e, op = op.name, "the processing log did not record a refusal");
            }
            return self.confirmed(caller, false, org, permit(0, vault_epoch));
        }
        let index = appended
            .map_err(|e| {
                tracing::error!(error = %e, op = op.name, "the processing log refused an entry; nothing done");
                AppError::Log(e)
            })?
            .0
            .first()
            .copied()
            .ok_or(AppError::Internal)?;
        Ok(permit(index, vault_epoch))
    }

    /// Decides again with credentials just read from the registry (not confirmed again).
    async fn decide_fresh(
        &self,
        fresh: UserCaller,
        op: Op,
        org: Option<OrgId>,
        resource: Resource,
        on: On,
        record_permit: bool,
    ) -> Result<Permit, AppError> {
        let fresh = UserCaller {
            basis: None,
            ..fresh
        };
        let decided = Caller::User(fresh.clone());
        let mut p = Box::pin(self.decide(&decided, op, org, resource, on, record_permit)).await?;
        p.fresh = Some(Box::new(fresh));
        Ok(p)
    }

    /// The answer to a recorded decision: the permit, or the refusal ("not found" when the
    /// caller cannot see the organisation at all, so that its existence is not revealed).
    fn confirmed(
        &self,
        caller: &Caller,
        allowed: bool,
        org: Option<OrgId>,
        permit: Permit,
    ) -> Result<Permit, AppError> {
        if allowed {
            return Ok(permit);
        }
        Err(match org {
            Some(o) if !caller.sees(o) => AppError::NotFound("organisation"),
            _ => AppError::Forbidden,
        })
    }

    /// Records that the decision of `permit` does not stand (nothing was done under it).
    async fn void(&self, permit: &Permit, code: &str) {
        self.record_failure(permit, code).await;
    }

    /// Records an entry made by the caller about themselves, where no policy applies (an
    /// invitee accepting an invitation with its secret): appended and durable before the
    /// work, like a permit.
    pub(crate) async fn record_own(
        &self,
        entry: Entry,
        op: Op,
        door: Door,
    ) -> Result<Permit, AppError> {
        let org = entry.org_id.map(OrgId::from_uuid);
        let actor = entry.actor.clone();
        let index = self
            .log
            .append(vec![entry])
            .await
            .map_err(|e| {
                tracing::error!(error = %e, op = op.name, "the processing log refused an entry; nothing done");
                AppError::Log(e)
            })?
            .first()
            .copied()
            .ok_or(AppError::Internal)?;
        Ok(Permit {
            index,
            org,
            op,
            actor,
            door,
            fresh: None,
            vault_epoch: None,
        })
    }

    /// Reads from an organisation that must exist: the decision recorded first, then the
    /// organisation checked and `read` done, a failure recorded after (the shape of every
    /// listing of an organisation's data).
    pub(crate) async fn read_in_org<T>(
        &self,
        caller: &Caller,
        op: Op,
        org: OrgId,
        on: On,
        read: impl AsyncFnOnce() -> Result<T, khien_store::StoreError>,
    ) -> Result<T, AppError> {
        let p = self.permit(caller, op, org, on).await?;
        let r = async {
            self.store.get_organisation(org).await?;
            Ok(read().await?)
        }
        .await;
        self.finish(&p, r).await
    }

    /// Passes on the result of permitted work; when it failed, records the failure as a
    /// second entry that points at the permit's (`of`) with a short error code, never a value.
    pub async fn finish<T>(
        &self,
        permit: &Permit,
        result: Result<T, AppError>,
    ) -> Result<T, AppError> {
        // The work is done and committed: nothing remembered from before it may decide
        // another request (a failure changed nothing).
        if result.is_ok() && ops::ACCESS.contains(&permit.op) {
            self.credentials.invalidate();
        }
        if let Err(err) = &result {
            self.record_failure(permit, err.code()).await;
        }
        result
    }

    /// A second entry pointing at `permit`'s (`of`), with a short error code, never a value.
    async fn record_failure(&self, permit: &Permit, code: &str) {
        let mut e = Entry::system(
            self.now(),
            permit.org.map(|o| o.as_uuid()),
            permit.actor.clone(),
            permit.op.log,
        );
        e.outcome = Outcome::Failure;
        let mut d = serde_json::Map::new();
        d.insert("op".to_owned(), permit.op.name.into());
        d.insert("door".to_owned(), permit.door.name().into());
        d.insert("of".to_owned(), permit.index.into());
        d.insert("error".to_owned(), code.into());
        e.details = Some(d);
        if let Err(le) = self.log.append(vec![e]).await {
            tracing::error!(error = %le, "the processing log did not record a failure");
        }
    }
}

/// The use cases, by name.
pub mod ops {
    use super::{Action, LogAction, Op};

    macro_rules! ops {
        ($($id:ident = $name:literal, $policy:ident, $log:ident;)*) => {
            $(
                #[doc = concat!("`", $name, "`")]
                pub const $id: Op = Op { name: $name, policy: Action::$policy, log: LogAction::$log };
            )*
            /// Every use case.
            pub const ALL: &[Op] = &[$($id),*];
        };
    }

    ops! {
        ORG_LIST = "organisation.list", OrganisationRead, Retrieval;
        VAULT_WRITE = "vault.write", VaultWrite, Encryption;
        VAULT_DECRYPT = "vault.decrypt", VaultDecrypt, Decryption;
        VAULT_READ_MASKED = "vault.read_masked", VaultReadMasked, Access;
        VAULT_LOOKUP = "vault.lookup", AssetRead, Access;
        VAULT_LIST = "vault.list", AssetRead, Retrieval;
        VAULT_DESTROY = "vault.destroy", VaultDestroy, Destruction;
        VAULT_DECLARE = "vault.declare", VaultManage, Change;
        PACKAGE_CREATE = "package.create", VaultProvide, Provision;
        SIGNING_CERTIFICATE_GET = "signing_certificate.get", OrganisationRead, Access;
        SIGNING_IDENTITY_IMPORT = "signing_identity.import", VaultManage, Change;
        ORG_GET = "organisation.get", OrganisationRead, Access;
        ORG_CREATE = "organisation.create", OrganisationUpdate, Creation;
        ORG_UPDATE = "organisation.update", OrganisationUpdate, Change;
        DESIGNATION_LIST = "designation.list", DesignationRead, Retrieval;
        DESIGNATION_RECORD = "designation.record", DesignationRecord, Creation;
        MEMBER_LIST = "member.list", MemberRead, Retrieval;
        MEMBER_ADD = "member.add", MemberManage, Creation;
        MEMBER_INVITE = "member.invite", MemberManage, Creation;
        INVITATION_ACCEPT = "invitation.accept", MemberManage, Creation;
        MEMBER_DISABLE = "member.disable", MemberManage, Change;
        MEMBER_PASSWORD = "member.password", MemberManage, Change;
        ROLE_GRANT = "role.grant", MemberManage, Change;
        ROLE_REVOKE = "role.revoke", MemberManage, Change;
        SUPERVISION_ADD = "supervision.add", OrganisationUpdate, Creation;
        SUPERVISION_REMOVE = "supervision.remove", OrganisationUpdate, Deletion;
        SUPERVISION_LIST = "supervision.list", OrganisationRead, Retrieval;
        ASSET_LIST = "asset.list", AssetRead, Retrieval;
        ASSET_GET = "asset.get", AssetRead, Access;
        ASSET_CREATE = "asset.create", AssetWrite, Creation;
        ASSET_UPDATE = "asset.update", AssetWrite, Change;
        ASSET_DELETE = "asset.delete", AssetWrite, Deletion;
        SCAN_RECORD = "scan.record", AssetWrite, Scan;
        SCAN_START = "scan.start", AssetWrite, Scan;
        SCAN_READ = "scan.read", AssetRead, Access;
        ACTIVITY_LIST = "activity.list", ActivityRead, Retrieval;
        ACTIVITY_GET = "activity.get", ActivityRead, Access;
        ACTIVITY_CREATE = "activity.create", ActivityWrite, Creation;
        ACTIVITY_UPDATE = "activity.update", ActivityWrite, Change;
        ACTIVITY_DELETE = "activity.delete", ActivityWrite, Deletion;
        CASE_LIST = "case.list", CaseRead, Retrieval;
        CASE_GET = "case.get", CaseRead, Access;
        CASE_OPEN = "case.open", CaseWrite, Creation;
        CASE_EVENT = "case.event", CaseWrite, Change;
        CASE_TRANSITION = "case.transition", CaseWrite, Change;
        DUE_LIST = "due.list", CaseRead, Retrieval;
        OVERSIGHT_READ = "oversight.read", CaseRead, Retrieval;
        FORM_FILL = "form.fill", OrganisationRead, Access;
        LOG_APPEND = "log.append", LogAppend, Collection;
        HISTORY_READ = "history.read", HistoryRead, Retrieval;
        PROFILE_GET = "profile.get", OrganisationRead, Access;
        PROFILE_SET = "profile.set", OrganisationUpdate, Change;
        APPLICABILITY_READ = "applicability.read", OrganisationRead, Retrieval;
        REGISTER_LIST = "register.list", RegisterRead, Retrieval;
        REGISTER_GET = "register.get", RegisterRead, Access;
        REGISTER_ADD = "register.add", RegisterWrite, Creation;
        REGISTER_UPDATE = "register.update", RegisterWrite, Change;
        REGISTER_DELETE = "register.delete", RegisterWrite, Deletion;
        CONSENT_RECORD = "consent.record", ConsentRecord, Collection;
        CONSENT_WITHDRAW = "consent.withdraw", ConsentRecord, Change;
        CONSENT_LIST = "consent.list", ConsentRead, Retrieval;
        CONSENT_EXPORT = "consent.export", ConsentRead, Export;
        REQUEST_SUBMIT = "request.submit", RequestManage, Collection;
        BREACH_READ = "breach.read", CaseRead, Access;
        BREACH_FACTS_SET = "breach.facts_set", CaseWrite, Change;
        BREACH_NOTIFY = "breach.notify", CaseWrite, Change;
        BREACH_ADDRESS = "breach.address", CaseWrite, Decryption;
        REQUEST_LIST = "request.list", CaseRead, Retrieval;
        REQUEST_READ = "request.read", RequestManage, Decryption;
        REQUEST_VERIFY = "request.verify", RequestManage, Change;
        REQUEST_DECIDE = "request.decide", RequestManage, Change;
        REQUEST_EXPORT = "request.export", RequestManage, Decryption;
        REQUEST_MATCH = "request.match", RequestManage, Decryption;
        TOKEN_LIST = "token.list", TokenManage, Retrieval;
        TOKEN_CREATE = "token.create", TokenManage, Creation;
        TOKEN_REVOKE = "token.revoke", TokenManage, Change;
        SESSION_END = "session.end", SessionManage, Deletion;
        ACCOUNT_READ = "account.read", AccountRead, Access;
        PASSWORD_CHANGE = "account.password", AccountUpdate, Change;
    }

    /// The use cases that change who may do what: after each, callers kept in memory are
    /// forgotten ([`crate::credentials`]).
    pub const ACCESS: &[Op] = &[
        MEMBER_ADD,
        MEMBER_INVITE,
        INVITATION_ACCEPT,
        MEMBER_DISABLE,
        MEMBER_PASSWORD,
        ROLE_GRANT,
        ROLE_REVOKE,
        SUPERVISION_ADD,
        SUPERVISION_REMOVE,
        TOKEN_REVOKE,
        SESSION_END,
        PASSWORD_CHANGE,
    ];
}

#[cfg(test)]
mod tests {
    use super::{real_uid, user_of};

    #[test]
    fn the_operator_is_named_from_the_os_when_no_variable_says() {
        let status = "Name:\tkhien\nUmask:\t0022\nUid:\t1000\t1000\t1000\t1000\nGid:\t1000\n";
        assert_eq!(real_uid(status), Some(1000));
        assert_eq!(real_uid("Name:\tx\n"), None);
        let passwd =
            "root:x:0:0:root:/root:/bin/bash\n# comment\nlan:x:1000:1000:Lan:/home/lan:/bin/sh\n";
        assert_eq!(user_of(passwd, 0).as_deref(), Some("root"));
        assert_eq!(user_of(passwd, 1000).as_deref(), Some("lan"));
        assert_eq!(user_of(passwd, 7), None);
    }

    /// A caller kept in memory whose account is disabled by another process before its next
    /// request: the epoch read in the decision's own log transaction exposes it, the decision
    /// is voided by a second entry and the caller gets "unauthenticated", however slow the
    /// watcher (none runs here).
    #[tokio::test]
    async fn a_decision_on_credentials_changed_elsewhere_is_voided() {
        use khien_domain::{Email, OrgKind, OrganisationDraft, Text};
        use khien_store_sql::log::{LogInit, MemoryKeys};
        let init = LogInit {
            origin: "khien.test/log".to_owned(),
            seed: [1; 32],
            pseudonym_key: [2; 32],
            now: time::OffsetDateTime::UNIX_EPOCH,
            keys: std::sync::Arc::new(MemoryKeys::default()),
        };
        let (store, log) = khien_store_sql::open_with_log(
            "sqlite::memory:",
            khien_store_sql::Migrations::Apply,
            &init,
        )
        .await
        .unwrap();
        let app = crate::App::new(store.clone(), log.clone()).unwrap();
        let draft = OrganisationDraft {
            name: Text::parse("name", "Công ty V", 100).unwrap(),
            tax_code: None,
            kind: OrgKind::Company,
            province: None,
            head_office_address: None,
            contact_address: None,
        };
        let email = Email::parse("dpo@v.example.vn").unwrap();
        let (org, dpo) = app
            .init(
                &super::Caller::Operator {
                    name: "test".to_owned(),
                },
                &draft,
                email,
                Text::parse("name", "DPO", 100).unwrap(),
                khien_auth::Password::new("mật-khẩu-dài-0001".to_owned()).unwrap(),
            )
            .await
            .unwrap();
        let session = app
            .login("dpo@v.example.vn", "mật-khẩu-dài-0001".to_owned(), None)
            .await
            .unwrap();
        // As the watcher would: the epoch is known, so callers are kept.
        app.credentials
            .observed(store.access_epoch().await.unwrap());
        let caller = app
            .authenticate(&session.secret, super::Door::Api)
            .await
            .unwrap();
        assert!(caller.basis.is_some(), "kept with its basis");
        // Another process disables the account; this one has not heard of it.
        store
            .set_user_disabled(dpo.id, true, time::OffsetDateTime::UNIX_EPOCH)
            .await
            .unwrap();
        let stale = app
            .authenticate(&session.secret, super::Door::Api)
            .await
            .expect("still in memory");
        let r = app.get_org(&super::Caller::User(stale), org.id).await;
        assert!(matches!(r, Err(crate::AppError::Unauthenticated)), "{r:?}");
        // The permit and its voiding entry are both in the log.
        let size = log.state().await.unwrap().size;
        use khien_store::EventLog as _;
        let last = log.receipt(size - 1).await.unwrap();
        let entry = khien_log::event::Entry::decode(&last.entry).unwrap();
        let d = entry.details.unwrap();
        assert_eq!(d["error"], "credentials-changed");
        assert_eq!(d["op"], "organisation.get");
        let permit = log.receipt(d["of"].as_u64().unwrap()).await.unwrap();
        let permit = khien_log::event::Entry::decode(&permit.entry).unwrap();
        assert_eq!(permit.outcome, khien_log::event::Outcome::Success);
        // And the next request is refused at authentication.
        assert!(matches!(
            app.authenticate(&session.secret, super::Door::Api).await,
            Err(crate::AppError::Unauthenticated)
        ));
    }
}
