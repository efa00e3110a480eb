//! Access controls' SQL: login throttling shared by every server on the database, and
//! invitations (issue 13). Written once by [`access_sql!`] and expanded for each backend; the
//! `AccountStore` implementations in `registry/account.rs` call these functions.

use khien_domain::{Code as _, Email, InvitationId, OrgId, Role, UserId};
use khien_store::{Invitation, StoreError, StoreResult};
use time::OffsetDateTime;

use crate::registry::{Ctx, db_err};

fn be(e: sqlx::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

fn micros(t: OffsetDateTime) -> StoreResult<i64> {
    i64::try_from(t.unix_timestamp_nanos() / 1000)
        .map_err(|_| StoreError::Backend("instant out of range".to_owned()))
}

fn from_micros(us: i64) -> StoreResult<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(us) * 1000)
        .map_err(|_| StoreError::Backend("stored instant out of range".to_owned()))
}

/// Roles as stored: their codes, comma-separated.
pub(crate) fn roles_column(roles: &[Role]) -> String {
    roles.iter().map(|r| r.code()).collect::<Vec<_>>().join(",")
}

/// Roles from their stored form.
pub(crate) fn parse_roles(column: &'static str, s: &str) -> StoreResult<Vec<Role>> {
    s.split(',')
        .filter(|c| !c.is_empty())
        .map(|c| crate::registry::code::<Role>(column, c))
        .collect()
}

/// One stored invitation's columns.
pub(crate) type InvitationRow = (
    uuid::Uuid,
    uuid::Uuid,
    String,
    String,
    String,
    OffsetDateTime,
    OffsetDateTime,
    Option<OffsetDateTime>,
    Option<uuid::Uuid>,
);

pub(crate) const INVITATION_COLUMNS: &str = "org_id, id, email, roles, invited_by, created_at, \
    expires_at, accepted_at, user_id";

pub(crate) fn invitation(r: InvitationRow) -> StoreResult<Invitation> {
    let (org, id, email, roles, invited_by, created_at, expires_at, accepted_at, user) = r;
    Ok(Invitation {
        id: InvitationId::from_uuid(id),
        org_id: OrgId::from_uuid(org),
        email: Email::parse(&email).map_err(|_| StoreError::Corrupt("invitations.email"))?,
        roles: parse_roles("invitations.roles", &roles)?,
        invited_by,
        created_at,
        expires_at,
        accepted_at,
        user_id: user.map(UserId::from_uuid),
    })
}

/// The SQL, expanded for one backend.
macro_rules! access_sql {
    ($module:ident, $pool:ty, $begin_write:literal, $greatest:literal) => {
        pub(crate) mod $module {
            use khien_domain::{Code as _, InvitationId, OrgId, UserId};
            use khien_store::{Entity, Invitation, NewUser, StoreError, StoreResult};
            use time::OffsetDateTime;

            use super::*;
            use crate::registry::stored_instant;

            pub(crate) async fn throttle_add(
                pool: &$pool,
                key: &str,
                delta: i64,
                now: OffsetDateTime,
                window: time::Duration,
            ) -> StoreResult<(i64, OffsetDateTime)> {
                let (now_us, end_us) = (micros(now)?, micros(now + window)?);
                // One statement, atomic on both backends: a new window when the last ended.
                let (count, end): (i64, i64) = sqlx::query_as(concat!(
                    "INSERT INTO login_throttle (key, count, window_end) VALUES ($1, $5, $4) \
                     ON CONFLICT (key) DO UPDATE SET count = CASE \
                     WHEN login_throttle.window_end <= $3 THEN ", $greatest, "($2, 0) \
                     ELSE ", $greatest, "(login_throttle.count + $2, 0) END, \
                     window_end = CASE WHEN login_throttle.window_end <= $3 THEN $4 \
                     ELSE login_throttle.window_end END \
                     RETURNING count, window_end"
                ))
                .bind(key)
                .bind(delta)
                .bind(now_us)
                .bind(end_us)
                .bind(delta.max(0))
                .fetch_one(pool)
                .await
                .map_err(be)?;
                Ok((count, from_micros(end)?))
            }

            pub(crate) async fn throttle_clear(pool: &$pool, key: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM login_throttle WHERE key = $1")
                    .bind(key)
                    .execute(pool)
                    .await
                    .map_err(be)?;
                Ok(())
            }

            pub(crate) async fn throttle_prune(pool: &$pool, now: OffsetDateTime) -> StoreResult<u64> {
                let done = sqlx::query("DELETE FROM login_throttle WHERE window_end <= $1")
                    .bind(micros(now)?)
                    .execute(pool)
                    .await
                    .map_err(be)?;
                Ok(done.rows_affected())
            }

            pub(crate) async fn create_invitation(
                pool: &$pool,
                i: &Invitation,
                digest: &str,
            ) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO invitations (org_id, id, email, roles, digest, invited_by, \
                     created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(i.org_id.as_uuid())
                .bind(i.id.as_uuid())
                .bind(i.email.as_str())
                .bind(roles_column(&i.roles))
                .bind(digest)
                .bind(&i.invited_by)
                .bind(stored_instant(i.created_at))
                .bind(stored_instant(i.expires_at))
                .execute(pool)
                .await
                .map_err(|e| {
                    db_err(
                        e,
                        Ctx::of(Entity::Organisation)
                            .fk(|| StoreError::NotFound(Entity::Organisation)),
                    )
                })?;
                Ok(())
            }

            pub(crate) async fn list_invitations(
                pool: &$pool,
                org: OrgId,
            ) -> StoreResult<Vec<Invitation>> {
                let rows: Vec<InvitationRow> = sqlx::query_as(&format!(
                    "SELECT {INVITATION_COLUMNS} FROM invitations WHERE org_id = $1"
                ))
                .bind(org.as_uuid())
                .fetch_all(pool)
                .await
                .map_err(be)?;
                let mut out = rows.into_iter().map(invitation).collect::<StoreResult<Vec<_>>>()?;
                out.sort_by(|a, b| (b.created_at, b.id).cmp(&(a.created_at, a.id)));
                Ok(out)
            }

            pub(crate) async fn find_invitation(
                pool: &$pool,
                digest: &str,
            ) -> StoreResult<Option<Invitation>> {
                let row: Option<InvitationRow> = sqlx::query_as(&format!(
                    "SELECT {INVITATION_COLUMNS} FROM invitations WHERE digest = $1"
                ))
                .bind(digest)
                .fetch_optional(pool)
                .await
                .map_err(be)?;
                row.map(invitation).transpose()
            }

            pub(crate) async fn accept_invitation(
                pool: &$pool,
                org: OrgId,
                id: InvitationId,
                user: UserId,
                new_user: Option<&NewUser>,
                now: OffsetDateTime,
            ) -> StoreResult<()> {
                let now = stored_instant(now);
                let mut tx = pool.begin_with($begin_write).await.map_err(be)?;
                let taken = sqlx::query(
                    "UPDATE invitations SET accepted_at = $3, user_id = $4 \
                     WHERE org_id = $1 AND id = $2 AND accepted_at IS NULL AND expires_at > $3",
                )
                .bind(org.as_uuid())
                .bind(id.as_uuid())
                .bind(now)
                .bind(user.as_uuid())
                .execute(&mut *tx)
                .await
                .map_err(be)?;
                if taken.rows_affected() != 1 {
                    return Err(StoreError::Conflict(
                        "the invitation was already accepted or has expired",
                    ));
                }
                let roles: String =
                    sqlx::query_scalar("SELECT roles FROM invitations WHERE org_id = $1 AND id = $2")
                        .bind(org.as_uuid())
                        .bind(id.as_uuid())
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(be)?;
                if let Some(u) = new_user {
                    if u.id != user {
                        return Err(StoreError::Conflict("the new account's id differs"));
                    }
                    sqlx::query(
                        "INSERT INTO users (id, email, display_name, password_hash, disabled, \
                         created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(u.id.as_uuid())
                    .bind(u.email.as_str())
                    .bind(u.display_name.as_str())
                    .bind(&u.password_hash)
                    .bind(false)
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| {
                        db_err(
                            e,
                            Ctx::of(Entity::User).unique("an account with this e-mail address exists"),
                        )
                    })?;
                }
                for role in parse_roles("invitations.roles", &roles)? {
                    sqlx::query(
                        "INSERT INTO memberships (user_id, org_id, role, granted_at) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, org_id, role) DO NOTHING",
                    )
                    .bind(user.as_uuid())
                    .bind(org.as_uuid())
                    .bind(role.code())
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| {
                        db_err(e, Ctx::of(Entity::User).fk(|| StoreError::NotFound(Entity::User)))
                    })?;
                }
                tx.commit().await.map_err(be)?;
                Ok(())
            }
        }
    };
}

// SQLite's two-argument `MAX` is PostgreSQL's `GREATEST`.
access_sql!(sqlite_access, sqlx::SqlitePool, "BEGIN IMMEDIATE", "MAX");
access_sql!(pg_access, sqlx::PgPool, "BEGIN", "GREATEST");
