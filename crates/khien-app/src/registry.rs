//! Organisations, the DPO designation, members and roles, supervision by authorities
//! (Decree 165/2025 Art. 18; the Thanh Hóa directive §2).

use khien_auth::{Password, hash_password};
use khien_domain::{
    Designation, DomainError, Email, Membership, OrgId, OrgKind, Organisation, OrganisationDraft,
    Role, Text, User, UserId,
};
use khien_store::{Member, NewUser};

use crate::access::ops;
use crate::{App, AppError, Caller, On};

/// A new account with roles in one organisation.
pub struct NewMember {
    /// Login and contact address.
    pub email: Email,
    /// Name shown to people.
    pub display_name: Text,
    /// The password chosen for it.
    pub password: Password,
    /// Its roles.
    pub roles: Vec<Role>,
}

impl std::fmt::Debug for NewMember {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewMember")
            .field("roles", &self.roles)
            .finish_non_exhaustive()
    }
}

/// Checks that roles fit the organisation: `supervisor` exists only in authorities.
pub(crate) fn check_roles(kind: OrgKind, roles: &[Role]) -> Result<(), AppError> {
    if roles.contains(&Role::Supervisor) && kind != OrgKind::Authority {
        return Err(AppError::invalid(
            "roles",
            "the supervisor role exists only in organisations of kind `authority`",
        ));
    }
    Ok(())
}

pub(crate) fn roles_text(roles: &[Role]) -> String {
    roles
        .iter()
        .map(|r| khien_domain::Code::code(*r))
        .collect::<Vec<_>>()
        .join(",")
}

impl App {
    /// Hashes a password with Argon2id off the async workers, a few at a time.
    pub async fn hash_password(&self, password: Password) -> Result<String, AppError> {
        let permit = tokio::time::timeout(
            std::time::Duration::from_secs(5),
            self.hashing.clone().acquire_owned(),
        )
        .await
        .map_err(|_| AppError::Busy)?
        .map_err(|_| AppError::Internal)?;
        let salt: [u8; 16] = self.random_bytes();
        let hash = tokio::task::spawn_blocking(move || hash_password(&password, salt))
            .await
            .map_err(|_| AppError::Internal)?
            .map_err(|_| AppError::Internal)?;
        drop(permit);
        Ok(hash)
    }

    /// The organisations the caller may read, by name (the operator: all of them).
    pub async fn list_orgs(&self, caller: &Caller) -> Result<Vec<Organisation>, AppError> {
        let mut ids: Vec<OrgId> = match caller {
            Caller::Operator { .. } => {
                return Ok(self.store.list_organisations(None).await?);
            }
            Caller::User(u) => u
                .principal
                .memberships
                .iter()
                .map(|m| m.org_id)
                .chain(u.principal.supervises.iter().copied())
                .collect(),
        };
        ids.sort();
        ids.dedup();
        // Those the policies allow, each decision recorded, all in one append.
        if let Caller::User(u) = caller {
            let allowed = self
                .policies
                .decide_many(&u.principal, ops::ORG_LIST.policy, &ids);
            ids = ids
                .into_iter()
                .zip(allowed)
                .filter(|(_, d)| d.allowed)
                .map(|(o, _)| o)
                .collect();
        }
        let mut visible = Vec::new();
        for (org, permit) in self.permit_each(caller, ops::ORG_LIST, &ids).await? {
            match permit {
                Ok(_) => visible.push(org),
                // Access to it ended since the caller authenticated (the refusal is
                // recorded): the others are still listed.
                Err(AppError::NotFound(_) | AppError::Forbidden) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(self.store.list_organisations(Some(&visible)).await?)
    }

    /// One organisation.
    pub async fn get_org(&self, caller: &Caller, org: OrgId) -> Result<Organisation, AppError> {
        let p = self
            .permit(caller, ops::ORG_GET, org, On::default())
            .await?;
        let r = self
            .store
            .get_organisation(org)
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Registers an organisation (the operator).
    pub async fn create_org(
        &self,
        caller: &Caller,
        draft: &OrganisationDraft,
    ) -> Result<Organisation, AppError> {
        let id = OrgId::from_random(self.random_bytes());
        let p = self
            .permit(caller, ops::ORG_CREATE, id, On::default())
            .await?;
        let r = self
            .store
            .create_organisation(id, draft, self.now())
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Registers the first organisation with its DPO account, in one transaction (`khien
    /// init`): only in a registry with no organisation.
    pub async fn init(
        &self,
        caller: &Caller,
        draft: &OrganisationDraft,
        email: Email,
        display_name: Text,
        password: Password,
    ) -> Result<(Organisation, User), AppError> {
        if !self.store.list_organisations(None).await?.is_empty() {
            return Err(AppError::Conflict(
                "the registry already has organisations: add one with `khien org add` and its users with `khien user add`".to_owned(),
            ));
        }
        let id = OrgId::from_random(self.random_bytes());
        let p = self
            .permit(
                caller,
                ops::ORG_CREATE,
                id,
                On::default().with("roles", "dpo"),
            )
            .await?;
        let r = async {
            let hash = self.hash_password(password).await?;
            let dpo = NewUser {
                id: UserId::from_random(self.random_bytes()),
                email,
                display_name,
                password_hash: hash,
            };
            Ok(self
                .store
                .create_organisation_with_dpo(id, draft, &dpo, self.now())
                .await?)
        }
        .await;
        self.finish(&p, r).await
    }

    /// Replaces an organisation's details (the DPO).
    pub async fn update_org(
        &self,
        caller: &Caller,
        org: OrgId,
        draft: &OrganisationDraft,
    ) -> Result<Organisation, AppError> {
        let p = self
            .permit(caller, ops::ORG_UPDATE, org, On::default())
            .await?;
        let r = self
            .store
            .update_organisation(org, draft, self.now())
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Every designation, latest (current) first (Decree 165/2025 Art. 18.1).
    pub async fn designations(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<Vec<Designation>, AppError> {
        let p = self
            .permit(caller, ops::DESIGNATION_LIST, org, On::default())
            .await?;
        let r = self
            .store
            .designation_history(org)
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Records a new designation of the DPO and data protection unit (the DPO). The officer,
    /// when named by account, must be a member.
    pub async fn record_designation(
        &self,
        caller: &Caller,
        org: OrgId,
        designation: &Designation,
    ) -> Result<Organisation, AppError> {
        let p = self
            .permit(caller, ops::DESIGNATION_RECORD, org, On::default())
            .await?;
        let r = async {
            if let Some(dpo) = designation.dpo_user_id {
                let members = self.store.list_members(org).await?;
                if !members.iter().any(|m| m.user.id == dpo) {
                    return Err(AppError::invalid(
                        "dpo_user_id",
                        "the officer must be a member of the organisation",
                    ));
                }
            }
            Ok(self
                .store
                .record_designation(org, designation, self.now())
                .await?)
        }
        .await;
        self.finish(&p, r).await
    }

    /// The organisation's users and their roles.
    pub async fn members(&self, caller: &Caller, org: OrgId) -> Result<Vec<Member>, AppError> {
        self.read_in_org(caller, ops::MEMBER_LIST, org, On::default(), async || {
            self.store.list_members(org).await
        })
        .await
    }

    /// Creates an account with roles in the organisation (the DPO; the operator).
    pub async fn add_member(
        &self,
        caller: &Caller,
        org: OrgId,
        new: NewMember,
    ) -> Result<Member, AppError> {
        let id = UserId::from_random(self.random_bytes());
        let on = On::default()
            .with("user_id", id.to_string())
            .with("roles", roles_text(&new.roles));
        let p = self.permit(caller, ops::MEMBER_ADD, org, on).await?;
        let r = async {
            let kind = self.store.get_organisation(org).await?.details.kind;
            check_roles(kind, &new.roles)?;
            let hash = self.hash_password(new.password).await?;
            let memberships: Vec<Membership> = new
                .roles
                .iter()
                .map(|r| Membership {
                    org_id: org,
                    role: *r,
                })
                .collect();
            let user = self
                .store
                .create_user(
                    &NewUser {
                        id,
                        email: new.email,
                        display_name: new.display_name,
                        password_hash: hash,
                    },
                    &memberships,
                    self.now(),
                )
                .await?;
            let mut roles = new.roles.clone();
            roles.sort();
            roles.dedup();
            Ok(Member { user, roles })
        }
        .await;
        self.finish(&p, r).await
    }

    async fn member_of(&self, org: OrgId, user: UserId) -> Result<Member, AppError> {
        self.store
            .list_members(org)
            .await?
            .into_iter()
            .find(|m| m.user.id == user)
            .ok_or(AppError::NotFound("member"))
    }

    /// Grants a role to a member (the DPO; the operator).
    pub async fn grant_role(
        &self,
        caller: &Caller,
        org: OrgId,
        user: UserId,
        role: Role,
        allow_new_member: bool,
    ) -> Result<Member, AppError> {
        let on = On::default()
            .with("user_id", user.to_string())
            .with("role", khien_domain::Code::code(role));
        let p = self.permit(caller, ops::ROLE_GRANT, org, on).await?;
        let r = async {
            if !allow_new_member {
                self.member_of(org, user).await?;
            }
            check_roles(
                self.store.get_organisation(org).await?.details.kind,
                &[role],
            )?;
            self.store
                .grant_role(user, Membership { org_id: org, role }, self.now())
                .await?;
            self.member_of(org, user).await
        }
        .await;
        self.finish(&p, r).await
    }

    /// Revokes a member's role (the DPO; the operator). The last DPO role cannot be revoked.
    pub async fn revoke_role(
        &self,
        caller: &Caller,
        org: OrgId,
        user: UserId,
        role: Role,
    ) -> Result<(), AppError> {
        let on = On::default()
            .with("user_id", user.to_string())
            .with("role", khien_domain::Code::code(role));
        let p = self.permit(caller, ops::ROLE_REVOKE, org, on).await?;
        let r = self
            .store
            .revoke_role(user, Membership { org_id: org, role })
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Disables or enables an account (the operator): its sessions and tokens stop working.
    /// Recorded in each organisation where the account holds a role.
    pub async fn set_user_disabled(
        &self,
        caller: &Caller,
        email: &Email,
        disabled: bool,
    ) -> Result<User, AppError> {
        let user = self.account(email).await?;
        let permits = self
            .permit_in_orgs(caller, ops::MEMBER_DISABLE, &user, |on| {
                on.with("disabled", disabled)
            })
            .await?;
        let r = self
            .store
            .set_user_disabled(user.id, disabled, self.now())
            .await
            .map(|()| user)
            .map_err(AppError::from);
        self.finish_all(&permits, r).await
    }

    /// Sets an account's password (the operator); its sessions end.
    pub async fn set_user_password(
        &self,
        caller: &Caller,
        email: &Email,
        password: Password,
    ) -> Result<User, AppError> {
        let user = self.account(email).await?;
        let permits = self
            .permit_in_orgs(caller, ops::MEMBER_PASSWORD, &user, |on| on)
            .await?;
        let r = async {
            let hash = self.hash_password(password).await?;
            self.store.set_password(user.id, &hash, self.now()).await?;
            Ok(user)
        }
        .await;
        self.finish_all(&permits, r).await
    }

    /// An account by e-mail address.
    pub async fn account(&self, email: &Email) -> Result<User, AppError> {
        self.store
            .find_user_by_email(email)
            .await?
            .map(|c| c.user)
            .ok_or(AppError::NotFound("user"))
    }

    async fn permit_in_orgs(
        &self,
        caller: &Caller,
        op: crate::Op,
        user: &User,
        on: impl Fn(On) -> On,
    ) -> Result<Vec<crate::access::Permit>, AppError> {
        let mut orgs: Vec<OrgId> = self
            .store
            .memberships(user.id)
            .await?
            .iter()
            .map(|m| m.org_id)
            .collect();
        orgs.dedup();
        let mut permits = Vec::new();
        for org in orgs {
            let detail = on(On::default().with("user_id", user.id.to_string()));
            permits.push(self.permit(caller, op, org, detail).await?);
        }
        Ok(permits)
    }

    async fn finish_all<T>(
        &self,
        permits: &[crate::access::Permit],
        mut r: Result<T, AppError>,
    ) -> Result<T, AppError> {
        for p in permits {
            r = self.finish(p, r).await;
        }
        r
    }

    /// Puts `org` under the supervision of `authority` (the operator).
    pub async fn add_supervision(
        &self,
        caller: &Caller,
        authority: OrgId,
        org: OrgId,
    ) -> Result<(), AppError> {
        let on = On::default().with("authority_id", authority.to_string());
        let p = self.permit(caller, ops::SUPERVISION_ADD, org, on).await?;
        let r = async {
            let a = self.store.get_organisation(authority).await?;
            if a.details.kind != OrgKind::Authority {
                return Err(AppError::Invalid(vec![DomainError::Invalid {
                    field: "authority",
                    rule: "must be an organisation of kind `authority`",
                }]));
            }
            Ok(self
                .store
                .add_supervision(authority, org, self.now())
                .await?)
        }
        .await;
        self.finish(&p, r).await
    }

    /// Ends a supervision (the operator).
    pub async fn remove_supervision(
        &self,
        caller: &Caller,
        authority: OrgId,
        org: OrgId,
    ) -> Result<(), AppError> {
        let on = On::default().with("authority_id", authority.to_string());
        let p = self
            .permit(caller, ops::SUPERVISION_REMOVE, org, on)
            .await?;
        let r = self
            .store
            .remove_supervision(authority, org)
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// The organisations an authority oversees.
    pub async fn supervised_by(
        &self,
        caller: &Caller,
        authority: OrgId,
    ) -> Result<Vec<Organisation>, AppError> {
        let p = self
            .permit(caller, ops::SUPERVISION_LIST, authority, On::default())
            .await?;
        let r = async {
            self.store.get_organisation(authority).await?;
            let ids = self.store.supervised_by(authority).await?;
            Ok(self.store.list_organisations(Some(&ids)).await?)
        }
        .await;
        self.finish(&p, r).await
    }
}
