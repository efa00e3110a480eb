//! Accounts and sessions: logging in, the caller's account and roles, members and
//! invitations, API tokens, one's own password.

use khien_domain::{Code, DomainError, Email, Membership, Role, User};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::problem::FieldErrors;
use crate::schema;
use serde_json::json;
use utoipa::openapi::schema::Schema;

use super::common::*;

fn role_schema() -> utoipa::openapi::Object {
    code_schema::<Role>()
}

json_schemas! {
    roles_schema => json!({
        "type": "array",
        "items": schema::code::<Role>("A role."),
        "description": "Roles held in the organisation.",
    });
    roles_input_schema => json!({
        "type": "array",
        "minItems": 1,
        "items": schema::code::<Role>("A role."),
        "description": "Roles to grant in the organisation (at least one).",
    });
    email_schema => email_json("E-mail address, the login.");
    token_name_schema => schema::text(200, "What the token is for, e.g. the system that will use it.");
    token_days_schema => schema::nullable(json!({
        "type": "integer",
        "minimum": 1,
        "maximum": 3650,
        "description": "Days until it stops working (1 to 3650); 90 when absent or null.",
    }));
}

// ---------------------------------------------------------------------------------------------
// Accounts and sessions.

/// Credentials for logging in.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginInput {
    /// E-mail address of the account.
    #[schema(example = "dpo@example.vn")]
    pub email: String,
    /// Password.
    pub password: String,
}

impl std::fmt::Debug for LoginInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LoginInput(<redacted>)")
    }
}

/// A new session.
#[derive(Serialize, ToSchema)]
pub struct LoginOutput {
    /// Bearer token for `Authorization: Bearer ...`; also set as the `khien_session` cookie.
    pub token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// When the session ends.
    #[serde(with = "rfc3339")]
    pub expires_at: OffsetDateTime,
    /// The account.
    pub user: UserDto,
}

/// An account.
#[derive(Debug, Serialize, ToSchema)]
pub struct UserDto {
    /// Identifier.
    pub id: Uuid,
    /// E-mail address.
    pub email: String,
    /// Name shown to people.
    pub display_name: String,
    /// A disabled account cannot log in.
    pub disabled: bool,
    /// Creation time.
    #[serde(with = "rfc3339")]
    pub created_at: OffsetDateTime,
}

impl From<&User> for UserDto {
    fn from(u: &User) -> Self {
        Self {
            id: u.id.as_uuid(),
            email: u.email.as_str().to_owned(),
            display_name: u.display_name.to_string(),
            disabled: u.disabled,
            created_at: u.created_at,
        }
    }
}

/// A role in an organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct MembershipDto {
    /// The organisation.
    pub org_id: Uuid,
    /// The role.
    #[schema(schema_with = role_schema)]
    pub role: &'static str,
}

impl From<&Membership> for MembershipDto {
    fn from(m: &Membership) -> Self {
        Self {
            org_id: m.org_id.as_uuid(),
            role: m.role.code(),
        }
    }
}

/// The caller's account, roles and supervised organisations.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeDto {
    /// The account.
    pub user: UserDto,
    /// Roles in organisations.
    pub memberships: Vec<MembershipDto>,
    /// Organisations the caller oversees as a supervisor.
    pub supervises: Vec<Uuid>,
}

/// A user with their roles in one organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct MemberDto {
    /// The account.
    pub user: UserDto,
    /// Roles held in the organisation.
    #[schema(schema_with = roles_schema)]
    pub roles: Vec<&'static str>,
}

/// An invitation to join an organisation: the invitee sets their own password.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMemberInput {
    /// E-mail address of the person invited (their login).
    #[schema(schema_with = email_schema)]
    pub email: String,
    /// Roles to grant in the organisation.
    #[schema(schema_with = roles_input_schema)]
    pub roles: Vec<String>,
}

impl std::fmt::Debug for NewMemberInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewMemberInput(<redacted>)")
    }
}

/// A validated [`NewMemberInput`].
pub(crate) struct NewMember {
    pub(crate) email: Email,
    pub(crate) roles: Vec<Role>,
}

impl NewMemberInput {
    pub(crate) fn parse(self) -> Result<NewMember, FieldErrors> {
        let mut c = Check::default();
        let email = c.take(Email::parse(&self.email));
        let roles: Option<Vec<Role>> = self
            .roles
            .iter()
            .map(|r| c.code::<Role>(r))
            .collect::<Vec<_>>()
            .into_iter()
            .collect();
        if self.roles.is_empty() {
            c.errors.push(DomainError::Empty { field: "roles" });
        }
        let value = match (email, roles) {
            (Some(email), Some(roles)) => Some(NewMember { email, roles }),
            _ => None,
        };
        c.finish(value)
    }
}

/// An invitation.
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationDto {
    /// Identifier.
    pub id: Uuid,
    /// The address invited.
    pub email: String,
    /// The roles it grants.
    #[schema(schema_with = roles_schema)]
    pub roles: Vec<&'static str>,
    /// Who invited: a user's id, or the operator's name.
    pub invited_by: String,
    /// When.
    #[serde(with = "rfc3339")]
    pub created_at: OffsetDateTime,
    /// It can no longer be accepted after this instant.
    #[serde(with = "rfc3339")]
    pub expires_at: OffsetDateTime,
    /// When it was accepted; null while pending.
    #[serde(with = "rfc3339::option")]
    pub accepted_at: Option<OffsetDateTime>,
    /// The account that accepted it.
    pub user_id: Option<Uuid>,
}

impl From<&khien_store::Invitation> for InvitationDto {
    fn from(i: &khien_store::Invitation) -> Self {
        Self {
            id: i.id.as_uuid(),
            email: i.email.as_str().to_owned(),
            roles: i.roles.iter().map(|r| r.code()).collect(),
            invited_by: i.invited_by.clone(),
            created_at: i.created_at,
            expires_at: i.expires_at,
            accepted_at: i.accepted_at,
            user_id: i.user_id.map(|u| u.as_uuid()),
        }
    }
}

/// A new invitation with its secret, shown this once: pass it to the person invited, who
/// accepts it at `POST /api/v1/invitations/accept` (or `khien invitation accept`).
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationCreatedDto {
    /// The invitation.
    pub invitation: InvitationDto,
    /// The one-time secret (`khien_i_…`).
    pub secret: String,
}

/// Accepting an invitation.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptInvitationInput {
    /// The invitation's secret.
    #[schema(
        min_length = 51,
        max_length = 51,
        pattern = "^khien_i_[A-Za-z0-9_-]{43}$"
    )]
    pub secret: String,
    /// Your name, for a new account (ignored when the address already has one).
    #[schema(min_length = 1, max_length = 200)]
    pub display_name: Option<String>,
    /// A new account: the password you choose (10 to 1 024 characters). An existing
    /// account: its password.
    #[schema(min_length = 10, max_length = 1024)]
    pub password: String,
}

impl std::fmt::Debug for AcceptInvitationInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AcceptInvitationInput(<redacted>)")
    }
}

/// A new API token.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTokenInput {
    /// What the token is for, e.g. the system that will use it.
    #[schema(schema_with = token_name_schema)]
    pub name: String,
    /// Days until it stops working (1 to 3650); 90 when absent.
    #[schema(schema_with = token_days_schema)]
    #[serde(default, deserialize_with = "whole::option")]
    pub expires_in_days: Option<u32>,
    /// The roles it carries, each one its owner holds (least privilege: a system that only
    /// reports its processing needs `staff`); all of the owner's roles when absent.
    #[schema(schema_with = token_roles_schema)]
    pub roles: Option<Vec<String>>,
}

/// An optional, non-empty list of role codes.
fn token_roles_schema() -> utoipa::openapi::schema::Array {
    utoipa::openapi::schema::ArrayBuilder::new()
        .schema_type(utoipa::openapi::schema::SchemaType::from_iter([
            utoipa::openapi::schema::Type::Array,
            utoipa::openapi::schema::Type::Null,
        ]))
        .items(code_schema::<Role>())
        .min_items(Some(1))
        // Repeated codes are accepted (and counted once), so no `uniqueItems` nor `maxItems`.
        .build()
}

impl NewTokenInput {
    /// The roles, parsed.
    pub(crate) fn roles(&self) -> Result<Option<Vec<Role>>, crate::problem::ApiError> {
        let Some(codes) = &self.roles else {
            return Ok(None);
        };
        codes
            .iter()
            .map(|c| {
                Role::parse_code(c).map_err(|_| {
                    crate::problem::ApiError::Validation(vec![DomainError::Invalid {
                        field: "roles",
                        rule: "must be role codes: dpo, protection_unit, staff, auditor, supervisor",
                    }])
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }
}

/// A change of one's own password.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChangeInput {
    /// The current password.
    pub current_password: String,
    /// The new password (10 to 1 024 characters).
    #[schema(min_length = 10, max_length = 1024)]
    pub new_password: String,
}

impl std::fmt::Debug for PasswordChangeInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordChangeInput(<redacted>)")
    }
}

/// An API token just made: the only time its secret is shown.
#[derive(Serialize, ToSchema)]
pub struct TokenCreatedDto {
    /// The token's record.
    #[serde(flatten)]
    pub token: TokenDto,
    /// The secret, for `Authorization: Bearer ...`. Shown once; store it safely.
    pub secret: String,
}

/// An API token (never its secret).
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenDto {
    /// Identifier.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Creation time.
    #[serde(with = "rfc3339")]
    pub created_at: OffsetDateTime,
    /// Expiry, if any.
    #[serde(with = "rfc3339::option")]
    pub expires_at: Option<OffsetDateTime>,
    /// Revocation time, if revoked.
    #[serde(with = "rfc3339::option")]
    pub revoked_at: Option<OffsetDateTime>,
    /// The roles it carries; null: all of its owner's roles.
    #[schema(schema_with = token_roles_schema)]
    pub roles: Option<Vec<&'static str>>,
}

impl From<&khien_store::ApiToken> for TokenDto {
    fn from(t: &khien_store::ApiToken) -> Self {
        Self {
            id: t.id.as_uuid(),
            name: t.name.to_string(),
            created_at: t.created_at,
            expires_at: t.expires_at,
            revoked_at: t.revoked_at,
            roles: t
                .roles
                .as_ref()
                .map(|r| r.iter().map(|x| x.code()).collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::NewTokenInput;

    /// JSON Schema's `integer` counts 30.0 as 30: so does the server.
    #[test]
    fn whole_numbers_may_be_written_with_a_zero_fraction() {
        let days =
            |json: &str| serde_json::from_str::<NewTokenInput>(json).map(|t| t.expires_in_days);
        assert_eq!(
            days(r#"{"name":"x","expires_in_days":30}"#).unwrap(),
            Some(30)
        );
        assert_eq!(
            days(r#"{"name":"x","expires_in_days":30.0}"#).unwrap(),
            Some(30)
        );
        assert_eq!(
            days(r#"{"name":"x","expires_in_days":3e1}"#).unwrap(),
            Some(30)
        );
        assert_eq!(
            days(r#"{"name":"x","expires_in_days":null}"#).unwrap(),
            None
        );
        assert_eq!(days(r#"{"name":"x"}"#).unwrap(), None);
        for bad in ["30.5", "-1", "-1.0", "4294967296", "1e300", "\"30\""] {
            let json = format!(r#"{{"name":"x","expires_in_days":{bad}}}"#);
            assert!(days(&json).is_err(), "{bad} accepted");
        }
    }
}
