//! Accounts, roles, sessions, API tokens, login throttling, invitations and the access
//! epoch: `AccountStore` for both backends, written once in `account_impl!` (throttling and
//! invitations call `crate::access`).

/// Expands `AccountStore` for one backend. `$store` is the store type (with a `pool` field),
/// `$common` the backend's module of shared items and `$access` its module in `crate::access`.
macro_rules! account_impl {
    ($store:ty, $common:ident, $access:path) => {
        const _: () = {
            use ::async_trait::async_trait;
            use ::khien_domain::*;
            use ::khien_store::*;
            use ::sqlx::Row as _;
            use ::time::OffsetDateTime;
            use ::uuid::Uuid;
            use $crate::registry::$common::*;
            use $crate::registry::*;

            /// Revokes every live API token of an account (password change, disabling and
            /// re-enabling end every credential issued before).
            async fn revoke_tokens(conn: &mut Conn, user: UserId, now: OffsetDateTime) -> StoreResult<()> {
                ::sqlx::query("UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL")
                    .bind(user.as_uuid())
                    .bind(stored_instant(now))
                    .execute(&mut *conn)
                    .await
                    .map_err(be)?;
                Ok(())
            }

            #[async_trait]
            impl AccountStore for $store {
                async fn access_epoch(&self) -> StoreResult<i64> {
                    ::sqlx::query_scalar("SELECT n FROM access_epoch WHERE id = 1")
                        .fetch_one(&self.pool)
                        .await
                        .map_err(be)
                }

                async fn create_user(
                    &self,
                    u: &NewUser,
                    roles: &[Membership],
                    now: OffsetDateTime,
                ) -> StoreResult<User> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let user = insert_user(&mut tx, u, roles, now).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(user)
                }

                async fn get_user(&self, id: UserId) -> StoreResult<User> {
                    let row = ::sqlx::query(
                        "SELECT id, email, display_name, disabled, created_at FROM users WHERE id = $1",
                    )
                    .bind(id.as_uuid())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(be)?
                    .ok_or(StoreError::NotFound(Entity::User))?;
                    user_from_row(&row)
                }

                async fn find_user_by_email(
                    &self,
                    email: &Email,
                ) -> StoreResult<Option<UserCredentials>> {
                    let row = ::sqlx::query(
                        "SELECT id, email, display_name, disabled, created_at, password_hash \
                         FROM users WHERE email = $1",
                    )
                    .bind(email.as_str())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(be)?;
                    row.map(|row| {
                        Ok(UserCredentials {
                            user: user_from_row(&row)?,
                            password_hash: row.try_get("password_hash").map_err(be)?,
                        })
                    })
                    .transpose()
                }

                async fn count_users(&self) -> StoreResult<u64> {
                    let n: i64 = ::sqlx::query("SELECT COUNT(*) AS n FROM users")
                        .fetch_one(&self.pool)
                        .await
                        .map_err(be)?
                        .try_get("n")
                        .map_err(be)?;
                    u64::try_from(n).map_err(|_| StoreError::Corrupt("users"))
                }

                async fn set_password(&self, id: UserId, password_hash: &str, now: OffsetDateTime) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
                        .bind(id.as_uuid())
                        .bind(password_hash)
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::User));
                    }
                    ::sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                        .bind(id.as_uuid())
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                    revoke_tokens(&mut tx, id, now).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn set_user_disabled(&self, id: UserId, disabled: bool, now: OffsetDateTime) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    let done = ::sqlx::query("UPDATE users SET disabled = $2 WHERE id = $1")
                        .bind(id.as_uuid())
                        .bind(disabled)
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::User));
                    }
                    ::sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                        .bind(id.as_uuid())
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                    revoke_tokens(&mut tx, id, now).await?;
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn memberships(&self, user: UserId) -> StoreResult<Vec<Membership>> {
                    let rows = ::sqlx::query(
                        "SELECT org_id, role FROM memberships WHERE user_id = $1",
                    )
                    .bind(user.as_uuid())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)?;
                    let mut out = rows
                        .iter()
                        .map(|r| {
                            let role_code: String = r.try_get("role").map_err(be)?;
                            Ok(Membership {
                                org_id: OrgId::from_uuid(r.try_get("org_id").map_err(be)?),
                                role: role(&role_code)?,
                            })
                        })
                        .collect::<StoreResult<Vec<_>>>()?;
                    out.sort();
                    Ok(out)
                }

                async fn grant_role(
                    &self,
                    user: UserId,
                    m: Membership,
                    now: OffsetDateTime,
                ) -> StoreResult<()> {
                    let now = stored_instant(now);
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    org_exists(&mut tx, m.org_id).await?;
                    ::sqlx::query(
                        "INSERT INTO memberships (user_id, org_id, role, granted_at) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, org_id, role) DO NOTHING",
                    )
                    .bind(user.as_uuid())
                    .bind(m.org_id.as_uuid())
                    .bind(m.role.code())
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| {
                        db_err(e, Ctx::of(Entity::User).fk(|| StoreError::NotFound(Entity::User)))
                    })?;
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn revoke_role(&self, user: UserId, m: Membership) -> StoreResult<()> {
                    let mut tx = self.writes.begin_with(BEGIN_WRITE).await.map_err(be)?;
                    // Touching the organisation's row serialises concurrent role changes of
                    // one organisation on both backends (a row lock on PostgreSQL, the write
                    // lock on SQLite), so two DPOs cannot remove each other at once.
                    let touched = ::sqlx::query("UPDATE organisations SET updated_at = updated_at WHERE id = $1")
                        .bind(m.org_id.as_uuid())
                        .execute(&mut *tx)
                        .await
                        .map_err(be)?;
                    if touched.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::Organisation));
                    }
                    if m.role == Role::Dpo {
                        let n: i64 = ::sqlx::query(
                            "SELECT COUNT(*) AS n FROM memberships WHERE org_id = $1 AND role = 'dpo'",
                        )
                        .bind(m.org_id.as_uuid())
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(be)?
                        .try_get("n")
                        .map_err(be)?;
                        if n <= 1 {
                            return Err(StoreError::Conflict(
                                "the organisation's last DPO role cannot be revoked; grant it to someone else first",
                            ));
                        }
                    }
                    let done = ::sqlx::query(
                        "DELETE FROM memberships WHERE user_id = $1 AND org_id = $2 AND role = $3",
                    )
                    .bind(user.as_uuid())
                    .bind(m.org_id.as_uuid())
                    .bind(m.role.code())
                    .execute(&mut *tx)
                    .await
                    .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::Membership));
                    }
                    tx.commit().await.map_err(be)?;
                    Ok(())
                }

                async fn list_members(&self, org: OrgId) -> StoreResult<Vec<Member>> {
                    let rows = ::sqlx::query(
                        "SELECT u.id, u.email, u.display_name, u.disabled, u.created_at, m.role \
                         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1",
                    )
                    .bind(org.as_uuid())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)?;
                    let mut members: Vec<Member> = Vec::new();
                    for row in &rows {
                        let u = user_from_row(row)?;
                        let role_code: String = row.try_get("role").map_err(be)?;
                        let r = role(&role_code)?;
                        match members.iter_mut().find(|m| m.user.id == u.id) {
                            Some(m) => m.roles.push(r),
                            None => members.push(Member { user: u, roles: vec![r] }),
                        }
                    }
                    for m in &mut members {
                        m.roles.sort();
                    }
                    members.sort_by(|a, b| a.user.email.cmp(&b.user.email));
                    Ok(members)
                }

                async fn create_session(
                    &self,
                    id: SessionId,
                    user: UserId,
                    digest: &str,
                    now: OffsetDateTime,
                    expires_at: OffsetDateTime,
                ) -> StoreResult<()> {
                    ::sqlx::query(
                        "INSERT INTO sessions (id, user_id, digest, created_at, expires_at) \
                         VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(id.as_uuid())
                    .bind(user.as_uuid())
                    .bind(digest)
                    .bind(stored_instant(now))
                    .bind(stored_instant(expires_at))
                    .execute(&self.writes)
                    .await
                    .map_err(|e| {
                        db_err(e, Ctx::of(Entity::User).fk(|| StoreError::NotFound(Entity::User)))
                    })?;
                    Ok(())
                }

                async fn delete_session(&self, digest: &str) -> StoreResult<()> {
                    ::sqlx::query("DELETE FROM sessions WHERE digest = $1")
                        .bind(digest)
                        .execute(&self.writes)
                        .await
                        .map_err(be)?;
                    Ok(())
                }

                async fn create_api_token(&self, t: &ApiToken, digest: &str) -> StoreResult<()> {
                    ::sqlx::query(
                        "INSERT INTO api_tokens (id, user_id, name, digest, created_at, \
                         expires_at, revoked_at, roles) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    )
                    .bind(t.id.as_uuid())
                    .bind(t.user_id.as_uuid())
                    .bind(t.name.as_str())
                    .bind(digest)
                    .bind(stored_instant(t.created_at))
                    .bind(t.expires_at.map(stored_instant))
                    .bind(t.revoked_at.map(stored_instant))
                    .bind(t.roles.as_deref().map($crate::access::roles_column))
                    .execute(&self.writes)
                    .await
                    .map_err(|e| {
                        db_err(e, Ctx::of(Entity::ApiToken).fk(|| StoreError::NotFound(Entity::User)))
                    })?;
                    Ok(())
                }

                async fn list_api_tokens(&self, user: UserId) -> StoreResult<Vec<ApiToken>> {
                    let rows = ::sqlx::query(
                        "SELECT id, user_id, name, created_at, expires_at, revoked_at, roles \
                         FROM api_tokens WHERE user_id = $1",
                    )
                    .bind(user.as_uuid())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(be)?;
                    let mut out = rows
                        .iter()
                        .map(|r| {
                            Ok(ApiToken {
                                id: TokenId::from_uuid(r.try_get("id").map_err(be)?),
                                user_id: UserId::from_uuid(r.try_get("user_id").map_err(be)?),
                                name: text("api_tokens.name", r.try_get("name").map_err(be)?)?,
                                created_at: r.try_get("created_at").map_err(be)?,
                                expires_at: r.try_get("expires_at").map_err(be)?,
                                revoked_at: r.try_get("revoked_at").map_err(be)?,
                                roles: r
                                    .try_get::<Option<String>, _>("roles")
                                    .map_err(be)?
                                    .map(|c| $crate::access::parse_roles("api_tokens.roles", &c))
                                    .transpose()?,
                            })
                        })
                        .collect::<StoreResult<Vec<_>>>()?;
                    out.sort_by(|a, b| (b.created_at, b.id).cmp(&(a.created_at, a.id)));
                    Ok(out)
                }

                async fn revoke_api_token(
                    &self,
                    user: UserId,
                    id: TokenId,
                    now: OffsetDateTime,
                ) -> StoreResult<()> {
                    let done = ::sqlx::query(
                        "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $3) \
                         WHERE user_id = $1 AND id = $2",
                    )
                    .bind(user.as_uuid())
                    .bind(id.as_uuid())
                    .bind(stored_instant(now))
                    .execute(&self.writes)
                    .await
                    .map_err(be)?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound(Entity::ApiToken));
                    }
                    Ok(())
                }

                async fn authenticate(
                    &self,
                    digest: &str,
                    now: OffsetDateTime,
                ) -> StoreResult<Option<Authenticated>> {
                    // Expiry is compared here, in Rust, so that both backends compare instants
                    // and not their text forms.
                    let session = ::sqlx::query(
                        "SELECT s.id AS credential_id, s.expires_at, u.id, u.email, \
                         u.display_name, u.disabled, u.created_at \
                         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.digest = $1",
                    )
                    .bind(digest)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(be)?;
                    if let Some(row) = session {
                        let expires: OffsetDateTime = row.try_get("expires_at").map_err(be)?;
                        let u = user_from_row(&row)?;
                        if expires <= now || u.disabled {
                            return Ok(None);
                        }
                        let id: Uuid = row.try_get("credential_id").map_err(be)?;
                        return Ok(Some(Authenticated {
                            credential: Credential::Session(SessionId::from_uuid(id)),
                            user: u,
                            roles: None,
                            expires_at: Some(expires),
                        }));
                    }
                    let token = ::sqlx::query(
                        "SELECT t.id AS credential_id, t.expires_at, t.revoked_at, t.roles, u.id, u.email, \
                         u.display_name, u.disabled, u.created_at \
                         FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.digest = $1",
                    )
                    .bind(digest)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(be)?;
                    let Some(row) = token else { return Ok(None) };
                    let expires: Option<OffsetDateTime> = row.try_get("expires_at").map_err(be)?;
                    let revoked: Option<OffsetDateTime> = row.try_get("revoked_at").map_err(be)?;
                    let u = user_from_row(&row)?;
                    if revoked.is_some() || expires.is_some_and(|e| e <= now) || u.disabled {
                        return Ok(None);
                    }
                    let id: Uuid = row.try_get("credential_id").map_err(be)?;
                    let roles = row
                        .try_get::<Option<String>, _>("roles")
                        .map_err(be)?
                        .map(|c| $crate::access::parse_roles("api_tokens.roles", &c))
                        .transpose()?;
                    Ok(Some(Authenticated {
                        credential: Credential::ApiToken(TokenId::from_uuid(id)),
                        user: u,
                        roles,
                        expires_at: expires,
                    }))
                }

                async fn throttle_add(
                    &self,
                    key: &str,
                    delta: i64,
                    now: OffsetDateTime,
                    window: ::time::Duration,
                ) -> StoreResult<(i64, OffsetDateTime)> {
                    use $access as sql;
                    sql::throttle_add(&self.writes, key, delta, now, window).await
                }

                async fn throttle_clear(&self, key: &str) -> StoreResult<()> {
                    use $access as sql;
                    sql::throttle_clear(&self.writes, key).await
                }

                async fn throttle_prune(&self, now: OffsetDateTime) -> StoreResult<u64> {
                    use $access as sql;
                    sql::throttle_prune(&self.writes, now).await
                }

                async fn create_invitation(&self, i: &Invitation, digest: &str) -> StoreResult<()> {
                    use $access as sql;
                    sql::create_invitation(&self.writes, i, digest).await
                }

                async fn list_invitations(&self, org: OrgId) -> StoreResult<Vec<Invitation>> {
                    use $access as sql;
                    sql::list_invitations(&self.pool, org).await
                }

                async fn find_invitation(&self, digest: &str) -> StoreResult<Option<Invitation>> {
                    use $access as sql;
                    sql::find_invitation(&self.pool, digest).await
                }

                async fn accept_invitation(
                    &self,
                    org: OrgId,
                    id: InvitationId,
                    user: UserId,
                    new_user: Option<&NewUser>,
                    now: OffsetDateTime,
                ) -> StoreResult<()> {
                    use $access as sql;
                    sql::accept_invitation(&self.writes, org, id, user, new_user, now).await
                }
            }
        };
    };
}

account_impl!(crate::SqliteStore, sqlite, crate::access::sqlite_access);
account_impl!(crate::PgStore, postgres, crate::access::pg_access);
