//! Invitations: a new member sets their own password, so that nobody who manages members
//! ever knows it, and inviting an address says nothing about whether it already has an
//! account anywhere (issue 13; Decree 165/2025 Art. 17.4, a unified identity and access
//! layer). An existing account accepts with its own password; a new one is created with
//! the password its owner chooses.

use khien_auth::{DUMMY_HASH, Password, SecretKind, new_secret, recognise_secret, verify_password};
use khien_domain::{Email, InvitationId, OrgId, Role, Text, User, UserId};
use khien_log::event::{Action as LogAction, Actor, ActorKind, Entry};
use khien_store::{Invitation, NewUser};

use crate::access::{Door, ops};
use crate::registry::{check_roles, roles_text};
use crate::{App, AppError, Caller, On};

/// Days an invitation can be accepted.
pub const INVITATION_DAYS: i64 = 7;

/// A new invitation with its secret, shown this once (to be passed to the invitee).
pub struct NewInvitation {
    /// The invitation.
    pub invitation: Invitation,
    /// The one-time secret (`khien_i_…`).
    pub secret: String,
}

impl std::fmt::Debug for NewInvitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewInvitation")
            .field("id", &self.invitation.id)
            .finish_non_exhaustive()
    }
}

/// What the invitee answers.
pub struct Acceptance {
    /// Their name, for a new account (ignored for an existing one).
    pub display_name: Option<Text>,
    /// The password they choose (new account) or have (existing account).
    pub password: String,
}

impl std::fmt::Debug for Acceptance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Acceptance(<redacted>)")
    }
}

impl App {
    /// Invites `email` to join `org` with `roles` (the DPO; the operator). The answer is
    /// the same whether or not the address has an account.
    pub async fn invite(
        &self,
        caller: &Caller,
        org: OrgId,
        email: Email,
        roles: Vec<Role>,
    ) -> Result<NewInvitation, AppError> {
        let mut roles = roles;
        roles.sort();
        roles.dedup();
        if roles.is_empty() {
            return Err(AppError::invalid("roles", "must name at least one role"));
        }
        let id = InvitationId::from_random(self.random_bytes());
        // The address is personal data: the log names the invitation, not the address.
        let on = On::default()
            .with("invitation_id", id.to_string())
            .with("roles", roles_text(&roles));
        let p = self.permit(caller, ops::MEMBER_INVITE, org, on).await?;
        let r = async {
            let kind = self.store.get_organisation(org).await?.details.kind;
            check_roles(kind, &roles)?;
            let secret = new_secret(SecretKind::Invitation, self.random_bytes());
            let now = self.now();
            let invitation = Invitation {
                id,
                org_id: org,
                email,
                roles,
                invited_by: caller.actor().id,
                created_at: now,
                expires_at: now + time::Duration::days(INVITATION_DAYS),
                accepted_at: None,
                user_id: None,
            };
            self.store
                .create_invitation(&invitation, &secret.digest)
                .await?;
            Ok(NewInvitation {
                invitation,
                secret: secret.plain,
            })
        }
        .await;
        self.finish(&p, r).await
    }

    /// The organisation's invitations, newest first (who may list members).
    pub async fn invitations(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<Vec<Invitation>, AppError> {
        let on = On::default().with("invitations", true);
        self.read_in_org(caller, ops::MEMBER_LIST, org, on, async || {
            self.store.list_invitations(org).await
        })
        .await
    }

    /// Accepts an invitation with its secret: a new account is created with the password
    /// the invitee chooses, or an existing account (proven by its password) gets the roles.
    /// Recorded in the organisation's log as the accepting account. An unknown, used or
    /// expired secret is one and the same refusal.
    pub async fn accept_invitation(
        &self,
        secret: &str,
        answer: Acceptance,
        door: Door,
    ) -> Result<User, AppError> {
        let gone = AppError::NotFound("invitation");
        let Some((SecretKind::Invitation, digest)) = recognise_secret(secret) else {
            return Err(gone);
        };
        let Some(inv) = self.store.find_invitation(&digest).await? else {
            return Err(gone);
        };
        let now = self.now();
        if inv.accepted_at.is_some() || inv.expires_at <= now {
            return Err(gone);
        }
        let existing = self.store.find_user_by_email(&inv.email).await?;
        let (user, new_user) = match existing {
            Some(c) => {
                // The owner of the address proves it with the account's password.
                let ok = self
                    .verify(answer.password, c.password_hash.clone())
                    .await?;
                if !ok || c.user.disabled {
                    return Err(AppError::LoginFailed);
                }
                (c.user.id, None)
            }
            None => {
                let Some(display_name) = answer.display_name else {
                    return Err(AppError::invalid(
                        "display_name",
                        "is needed to create the account",
                    ));
                };
                let password = Password::new(answer.password).map_err(|_| {
                    AppError::invalid("password", "must have between 10 and 1024 characters")
                })?;
                let id = UserId::from_random(self.random_bytes());
                let hash = self.hash_password(password).await?;
                (
                    id,
                    Some(NewUser {
                        id,
                        email: inv.email.clone(),
                        display_name,
                        password_hash: hash,
                    }),
                )
            }
        };
        // Recorded before the change, as whoever accepts.
        let caller_actor = Actor {
            kind: ActorKind::User,
            id: user.to_string(),
        };
        let mut e = Entry::system(
            now,
            Some(inv.org_id.as_uuid()),
            caller_actor,
            LogAction::Creation,
        );
        let mut d = serde_json::Map::new();
        d.insert("op".to_owned(), ops::INVITATION_ACCEPT.name.into());
        d.insert("door".to_owned(), door.name().into());
        d.insert("invitation_id".to_owned(), inv.id.to_string().into());
        d.insert("roles".to_owned(), roles_text(&inv.roles).into());
        d.insert("new_account".to_owned(), new_user.is_some().into());
        e.details = Some(d);
        let p = self.record_own(e, ops::INVITATION_ACCEPT, door).await?;
        let r = async {
            self.store
                .accept_invitation(inv.org_id, inv.id, user, new_user.as_ref(), now)
                .await?;
            Ok(self.store.get_user(user).await?)
        }
        .await;
        self.finish(&p, r).await
    }

    /// Checks a password against a stored hash off the async workers (a dummy hash when
    /// there is none, so timing tells nothing).
    pub(crate) async fn verify(&self, password: String, hash: String) -> Result<bool, AppError> {
        let permit = tokio::time::timeout(
            std::time::Duration::from_secs(5),
            self.hashing.clone().acquire_owned(),
        )
        .await
        .map_err(|_| AppError::Busy)?
        .map_err(|_| AppError::Internal)?;
        let password = Password::for_verification(password);
        let hash = if hash.is_empty() {
            DUMMY_HASH.to_owned()
        } else {
            hash
        };
        let ok = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
            .await
            .map_err(|_| AppError::Internal)?
            .unwrap_or(false);
        drop(permit);
        Ok(ok)
    }
}
