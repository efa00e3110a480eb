//! Logging in, the caller's own account, sessions and API tokens.

use khien_auth::{DUMMY_HASH, Password, SecretKind, new_secret, verify_password};
use khien_domain::{Email, SessionId, Text, TokenId, User, UserId};
use khien_policy::Resource;
use khien_store::{ApiToken, Credential};
use time::OffsetDateTime;

use crate::access::ops;
use crate::{App, AppError, Caller, On};

/// How long a login session lasts.
pub const SESSION_TTL: time::Duration = time::Duration::hours(12);

/// How long an API token lasts when its creator does not say.
pub const DEFAULT_TOKEN_DAYS: u32 = 90;

/// The longest an API token may last.
pub const MAX_TOKEN_DAYS: u32 = 3650;

/// A new login session. The secret is returned this once; only its digest is stored.
pub struct Session {
    /// The bearer secret (`khien_s_…`).
    pub secret: String,
    /// When it stops working.
    pub expires_at: OffsetDateTime,
    /// The account.
    pub user: User,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// A new API token with its secret, shown this once.
pub struct NewToken {
    /// The token's record.
    pub token: ApiToken,
    /// The bearer secret (`khien_t_…`).
    pub secret: String,
}

impl std::fmt::Debug for NewToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewToken")
            .field("token", &self.token)
            .finish_non_exhaustive()
    }
}

impl App {
    /// Logs in with an e-mail address and password from `client` (the peer's address, when
    /// the door knows it). Attempts are throttled per address and client and per client
    /// ([`crate::throttle`]); the time taken does not tell whether the address has an account.
    pub async fn login(
        &self,
        email: &str,
        password: String,
        client: Option<std::net::IpAddr>,
    ) -> Result<Session, AppError> {
        let parsed = Email::parse(email).ok();
        let client = crate::throttle::client_name(client);
        let Some(_slot) = self.in_flight.take(&client) else {
            tracing::info!("login refused: this client has logins in flight");
            return Err(AppError::TooManyAttempts(1));
        };
        // Text that is not an address cannot log in: it is refused without being counted
        // against anyone, and without a password check.
        let keys = parsed
            .as_ref()
            .map(|e| crate::throttle::Keys::new(e.as_str(), &client));
        if let Some(k) = &keys
            && let Err(e) = self.throttle_begin(k).await
        {
            tracing::info!("login refused: too many attempts");
            return Err(e);
        }
        let found = match &parsed {
            Some(e) => self.store.find_user_by_email(e).await?,
            None => None,
        };
        // Verify against a dummy hash when there is no such account, so that the time taken
        // does not tell which addresses have accounts.
        let (hash, user) = match found {
            Some(c) => (c.password_hash, Some(c.user)),
            None => (DUMMY_HASH.to_owned(), None),
        };
        let password = Password::for_verification(password);
        // At most a few Argon2 computations (19 MiB each) at once, whoever asks.
        let permit = tokio::time::timeout(
            std::time::Duration::from_secs(5),
            self.hashing.clone().acquire_owned(),
        )
        .await
        .map_err(|_| AppError::Busy)?
        .map_err(|_| AppError::Internal)?;
        let verified = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
            .await
            .map_err(|_| AppError::Internal)?;
        drop(permit);
        let verified = verified.unwrap_or_else(|_| {
            tracing::error!("a stored password hash could not be read");
            false
        });
        let Some(user) = user.filter(|u| verified && !u.disabled) else {
            tracing::info!("login refused");
            return Err(AppError::LoginFailed);
        };
        if let Some(k) = &keys {
            self.throttle_succeeded(k).await?;
        }
        let secret = new_secret(SecretKind::Session, self.random_bytes());
        let now = self.now();
        let expires_at = now + SESSION_TTL;
        self.store
            .create_session(
                SessionId::from_random(self.random_bytes()),
                user.id,
                &secret.digest,
                now,
                expires_at,
            )
            .await?;
        tracing::info!("login succeeded");
        Ok(Session {
            secret: secret.plain,
            expires_at,
            user,
        })
    }

    /// Ends the caller's session (not an API token: those are revoked).
    pub async fn logout(&self, caller: &Caller) -> Result<(), AppError> {
        let p = self
            .permit_own(caller, ops::SESSION_END, On::default())
            .await?;
        let r = match caller.user() {
            Some(u) => match u.credential {
                Credential::Session(_) => self
                    .store
                    .delete_session(&u.digest)
                    .await
                    .map_err(AppError::from),
                Credential::ApiToken(_) => Err(AppError::Conflict(
                    "an API token is not a session: revoke it with DELETE /api/v1/tokens/{token_id}"
                        .to_owned(),
                )),
            },
            None => Err(AppError::Forbidden),
        };
        self.finish(&p, r).await
    }

    /// The caller's own account (what authentication found).
    pub async fn me(&self, caller: &Caller) -> Result<crate::UserCaller, AppError> {
        let p = self
            .permit_own(caller, ops::ACCOUNT_READ, On::default())
            .await?;
        match p.fresh {
            Some(fresh) => Ok(*fresh),
            None => caller.user().cloned().ok_or(AppError::Forbidden),
        }
    }

    /// The caller's API tokens, newest first.
    pub async fn list_tokens(&self, caller: &Caller) -> Result<Vec<ApiToken>, AppError> {
        let p = self
            .permit_own(caller, ops::TOKEN_LIST, On::default())
            .await?;
        let r = match caller.user_id() {
            Some(u) => self.store.list_api_tokens(u).await.map_err(AppError::from),
            None => Err(AppError::Forbidden),
        };
        self.finish(&p, r).await
    }

    /// Creates an API token acting as `user` (the caller, or for the operator any account).
    /// Tokens expire: after `days` (1 to 3650), by default after 90 days. With `roles`, the
    /// token carries only those of its owner's roles (each must be one the owner holds
    /// somewhere; the token acts with it wherever the owner holds it); without, all of them.
    pub async fn create_token(
        &self,
        caller: &Caller,
        user: UserId,
        name: Text,
        days: Option<u32>,
        roles: Option<Vec<khien_domain::Role>>,
    ) -> Result<NewToken, AppError> {
        let days = days.unwrap_or(DEFAULT_TOKEN_DAYS);
        if !(1..=MAX_TOKEN_DAYS).contains(&days) {
            return Err(AppError::invalid(
                "expires_in_days",
                "must be between 1 and 3650",
            ));
        }
        let roles = match roles {
            None => None,
            Some(mut r) => {
                r.sort();
                r.dedup();
                if r.is_empty() {
                    return Err(AppError::invalid("roles", "must name at least one role"));
                }
                Some(r)
            }
        };
        let id = TokenId::from_random(self.random_bytes());
        let mut on = On::default()
            .with("token_id", id.to_string())
            .with("user_id", user.to_string())
            .with("expires_in_days", days);
        if let Some(r) = &roles {
            on = on.with(
                "roles",
                r.iter()
                    .map(|x| khien_domain::Code::code(*x))
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
        let p = match caller {
            Caller::User(u) if u.user.id == user => {
                self.permit_own(caller, ops::TOKEN_CREATE, on).await?
            }
            Caller::User(_) => return Err(AppError::Forbidden),
            Caller::Operator { .. } => {
                // Recorded in each organisation where the account holds a role.
                let mut last = None;
                for m in self.store.memberships(user).await? {
                    last = Some(
                        self.permit(caller, ops::TOKEN_CREATE, m.org_id, on.clone())
                            .await?,
                    );
                }
                match last {
                    Some(p) => p,
                    // An account without any role: recorded without an organisation.
                    None => {
                        self.decide(
                            caller,
                            ops::TOKEN_CREATE,
                            None,
                            Resource::User(user),
                            on,
                            true,
                        )
                        .await?
                    }
                }
            }
        };
        let r = async {
            let owned = self.store.memberships(user).await?;
            // What the caller acts with: a token carrying some roles makes tokens with no
            // more than those (without roles named, exactly those), never with all of its
            // owner's.
            let (held, roles) = match caller {
                Caller::User(u) if u.principal.memberships != owned => {
                    // (Never more than the registry says the owner holds now.)
                    let acting: Vec<khien_domain::Membership> = u
                        .principal
                        .memberships
                        .iter()
                        .filter(|m| {
                            owned
                                .iter()
                                .any(|o| o.org_id == m.org_id && m.role.within(o.role))
                        })
                        .copied()
                        .collect();
                    let mut scope: Vec<khien_domain::Role> =
                        acting.iter().map(|m| m.role).collect();
                    scope.sort();
                    scope.dedup();
                    (acting, roles.or(Some(scope)))
                }
                _ => (owned, roles),
            };
            if let Some(wanted) = &roles
                && (wanted.is_empty()
                    || !wanted.iter().all(|w| held.iter().any(|m| w.within(m.role))))
            {
                return Err(AppError::invalid(
                    "roles",
                    "a token can only carry roles within those its owner holds, and a token with some roles can only make tokens within them",
                ));
            }
            let secret = new_secret(SecretKind::ApiToken, self.random_bytes());
            let now = self.now();
            let token = ApiToken {
                id,
                user_id: user,
                name,
                created_at: now,
                expires_at: Some(now + time::Duration::days(i64::from(days))),
                revoked_at: None,
                roles: roles.clone(),
            };
            self.store.create_api_token(&token, &secret.digest).await?;
            let stored = self
                .store
                .list_api_tokens(user)
                .await?
                .into_iter()
                .find(|t| t.id == id)
                .ok_or(AppError::Internal)?;
            tracing::info!("API token created");
            Ok(NewToken {
                token: stored,
                secret: secret.plain,
            })
        }
        .await;
        self.finish(&p, r).await
    }

    /// Revokes one of the caller's API tokens; it stops working at once.
    pub async fn revoke_token(&self, caller: &Caller, id: TokenId) -> Result<(), AppError> {
        let on = On::default().with("token_id", id.to_string());
        let p = self.permit_own(caller, ops::TOKEN_REVOKE, on).await?;
        let r = match caller.user_id() {
            Some(u) => self
                .store
                .revoke_api_token(u, id, self.now())
                .await
                .map_err(AppError::from),
            None => Err(AppError::Forbidden),
        };
        tracing::info!("API token revoked");
        self.finish(&p, r).await
    }

    /// Changes the caller's own password, given the current one. Every session and API
    /// token of the account stops working.
    pub async fn change_password(
        &self,
        caller: &Caller,
        current: String,
        new: Password,
    ) -> Result<(), AppError> {
        let p = self
            .permit_own(caller, ops::PASSWORD_CHANGE, On::default())
            .await?;
        let r = async {
            let u = caller.user().ok_or(AppError::Forbidden)?;
            let creds = self
                .store
                .find_user_by_email(&u.user.email)
                .await?
                .ok_or(AppError::Unauthenticated)?;
            let current = Password::for_verification(current);
            let hash = creds.password_hash;
            let ok = tokio::task::spawn_blocking(move || verify_password(&current, &hash))
                .await
                .map_err(|_| AppError::Internal)?
                .unwrap_or(false);
            if !ok {
                return Err(AppError::invalid(
                    "current_password",
                    "is not the account's password",
                ));
            }
            let new_hash = self.hash_password(new).await?;
            self.store
                .set_password(u.user.id, &new_hash, self.now())
                .await?;
            Ok(())
        }
        .await;
        self.finish(&p, r).await
    }
}
