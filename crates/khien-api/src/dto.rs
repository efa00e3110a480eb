//! Wire types: what crosses HTTP (and the CLI's `--format json`) as JSON.
//!
//! They are the serialisable counterparts of the domain types, converted by hand, so that the
//! domain stays free of serde and a change of wire format is a visible change here. Inputs
//! refuse unknown fields. Instants are RFC 3339 in UTC; dates are `YYYY-MM-DD`.

use khien_domain::{
    ActivityId, AssetId, Classification, Code, CountryCode, DataAsset, DataAssetDraft, Designation,
    DomainError, Email, ImportanceCriterion, ImportanceLevel, Membership, OrgKind, Organisation,
    OrganisationDraft, PersonalDataClass, ProcessingActivity, ProcessingActivityDraft, Recipient,
    RecipientKind, Retention, Role, TaxCode, Text, User, UserId,
};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::problem::FieldErrors;
use crate::schema;
use serde_json::json;
use utoipa::openapi::schema::Schema;

/// Longest name, in characters.
const NAME_MAX: usize = 300;
/// Longest free text, in characters.
const TEXT_MAX: usize = 5_000;
/// Most items in a list field.
const LIST_MAX: usize = 500;

/// RFC 3339 instants.
pub(crate) mod rfc3339 {
    pub(crate) use time::serde::rfc3339::*;
    pub(crate) mod option {
        pub(crate) use time::serde::rfc3339::option::*;
    }
}

/// Whole numbers, which JSON may write `30` or `30.0` (JSON Schema's `integer` counts both).
pub(crate) mod whole {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer};

    /// An optional whole number in the range of `T`: null (or absent, with
    /// `#[serde(default)]`), or a number without a fractional part.
    pub(crate) fn option<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
    where
        D: Deserializer<'de>,
        T: TryFrom<u64>,
    {
        let Some(n) = Option::<serde_json::Number>::deserialize(d)? else {
            return Ok(None);
        };
        // 2^64, the first float beyond u64.
        const U64_END: f64 = 18_446_744_073_709_551_616.0;
        let v = match (n.as_u64(), n.as_f64()) {
            (Some(v), _) => v,
            (None, Some(f)) if f.fract() == 0.0 && (0.0..U64_END).contains(&f) => {
                // Exact: `f` is whole and within u64's range.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let v = f as u64;
                v
            }
            _ => {
                return Err(D::Error::custom(
                    "expected a whole number that is not negative",
                ));
            }
        };
        T::try_from(v)
            .map(Some)
            .map_err(|_| D::Error::custom("the number is out of range"))
    }
}

/// `YYYY-MM-DD` dates.
pub(crate) mod iso_date {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;
    use time::macros::format_description;

    const FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
        format_description!("[year]-[month]-[day]");

    pub(crate) fn serialize<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
        let text = d.format(FORMAT).map_err(serde::ser::Error::custom)?;
        s.serialize_str(&text)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text, FORMAT)
            .map_err(|_| serde::de::Error::custom("expected a date as YYYY-MM-DD"))
    }
}

/// Schema of a closed set of codes, listing them.
fn code_schema<T: Code>() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some(T::ALL.iter().map(|v| v.code())))
        .build()
}

fn org_kind_schema() -> utoipa::openapi::Object {
    code_schema::<OrgKind>()
}
fn role_schema() -> utoipa::openapi::Object {
    code_schema::<Role>()
}
fn asset_kind_schema() -> utoipa::openapi::Object {
    code_schema::<khien_domain::AssetKind>()
}
fn legal_basis_schema() -> utoipa::openapi::Object {
    code_schema::<khien_domain::LegalBasis>()
}
fn recipient_kind_schema() -> utoipa::openapi::Object {
    code_schema::<RecipientKind>()
}

/// Declares functions that return schemas written as JSON, for `#[schema(schema_with = f)]`
/// (the field's doc comment is not used then: the description is part of the JSON).
macro_rules! json_schemas {
    ($($name:ident => $e:expr;)+) => {
        $(fn $name() -> Schema { schema::raw($e) })+
    };
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
    org_name_schema => schema::text(NAME_MAX, "Official name.");
    tax_code_schema => json!({
        "type": ["string", "null"],
        "pattern": tax_code_pattern(),
        "description": "Tax code: 10 digits, or 10 digits and a 3-digit branch suffix (001 to 999) \
                        with or without a dash; spaces are ignored; null or blank for none. The \
                        last of the 10 digits is a check digit (Circular 105/2020/TT-BTC), which \
                        a pattern cannot express: a wrong one is refused with 422.",
        "example": "0100109106",
    });
    province_schema => schema::text_opt(NAME_MAX, "Province or centrally-run city.");
    head_office_schema => schema::text_opt(NAME_MAX, "Head office address.");
    contact_address_schema => schema::text_opt(NAME_MAX, "Address for correspondence.");
    dpo_name_schema => schema::text(NAME_MAX, "Full name of the data protection officer.");
    dpo_title_schema => schema::text_opt(NAME_MAX, "Their position.");
    unit_name_schema => schema::text(NAME_MAX, "Name of the data protection unit.");
    document_number_schema => json!({
        "type": "string",
        "pattern": schema::text_pattern(100),
        "description": "Number of the designating decision: 1 to 100 characters once trimmed; \
                        no control characters except tab and newline.",
        "example": "12/QĐ-STTTT",
    });
    asset_name_schema => schema::text(NAME_MAX, "Name.");
    description_schema => schema::text_opt(TEXT_MAX, "Description.");
    owner_schema => schema::text(NAME_MAX, "Data owner (chủ sở hữu dữ liệu).");
    custodian_schema => schema::text_opt(NAME_MAX, "Data custodian (chủ quản dữ liệu).");
    retention_schema => json!({
        "type": ["string", "null"],
        "pattern": format!(
            "^[{ws}]*\\+?0*(?:[1-9][0-9]{{0,4}}|100000)[dmy][{ws}]*$",
            ws = schema::WS
        ),
        "description": "Retention period: 1 to 100000 and d, m or y (`6m`, `5y`); null for none.",
        "example": "5y",
    });
    storage_location_schema => schema::text_opt(NAME_MAX, "Where it is stored.");
    storage_country_schema => json!({
        "type": ["string", "null"],
        "pattern": schema::country_pattern(),
        "description": "Country of storage, ISO 3166-1 alpha-2 in either case; `VN` when absent \
                        or null.",
        "example": "VN",
    });
    volume_schema => schema::nullable(schema::whole(I64_MAX, "Volume in bytes."));
    record_count_schema => schema::nullable(schema::whole(I64_MAX, "Number of records."));
    subject_count_schema => schema::nullable(schema::whole(I64_MAX, "Number of data subjects."));
    recipient_name_schema => schema::text(NAME_MAX, "Name.");
    recipient_country_schema => json!({
        "type": "string",
        "pattern": schema::country_pattern(),
        "description": "Country where it processes the data (ISO 3166-1 alpha-2, either case).",
        "example": "VN",
    });
    trigger_schema => json!({
        "type": "string",
        "enum": case_triggers(),
        "description": "The trigger: one of the triggers of the case's kind (see the \
                        workflows); another kind's trigger is refused with 422.",
        "example": "breach_discovered",
    });
    transition_schema => json!({
        "type": "string",
        "enum": case_transitions(),
        "description": "The transition: one of the transitions of the case's kind (see the \
                        workflows); another kind's transition is refused with 422.",
        "example": "notify_authority",
    });
    case_at_schema => schema::instant_1900_2099();
    transition_at_schema => schema::nullable(schema::instant_1900_2099());
    case_note_schema => schema::text_opt(2_000, "A note (no personal data).");
    quantity_schema => schema::nullable(schema::whole(
        I64_MAX,
        "A quantity it carries, e.g. the records of one cross-border transfer \
         (`transfer_recorded`, summed from 2025-07-01: Decree 165/2025 Art. 12.10).",
    ));
}

/// The largest count the registry stores (`i64::MAX`).
const I64_MAX: u64 = 9_223_372_036_854_775_807;

/// An e-mail address as `Email::parse` reads it: trimmed, one `@` with something before it, a
/// dot inside the domain (not first, not last), no whitespace or control character, at most
/// 254 characters (in lower case).
pub(crate) fn email_json(description: &str) -> serde_json::Value {
    let ws = schema::WS;
    let cc = schema::CC;
    let any = format!("[^@{ws}{cc}]");
    let not_dot = format!("[^@.{ws}{cc}]");
    json!({
        "type": "string",
        "allOf": [
            {"pattern": format!("^[{ws}]*{any}+@{not_dot}{any}*\\.{any}*{not_dot}[{ws}]*$")},
            {"pattern": format!("^[{ws}]*[^{ws}]{{1,254}}[{ws}]*$")},
        ],
        "description": format!(
            "{description} One @, a dot inside the domain, no spaces; at most 254 characters; \
             compared in lower case."
        ),
        "example": "dpo@example.vn",
    })
}

/// A tax code as `TaxCode::parse` reads it, but for the check digit: trimmed, ASCII spaces
/// ignored, 10 digits and an optional branch suffix `001` to `999` with or without a dash;
/// blank for none.
fn tax_code_pattern() -> String {
    let ws = schema::WS;
    let branch = "(?:0 *0 *[1-9]|0 *[1-9] *[0-9]|[1-9] *[0-9] *[0-9])";
    format!("^[{ws}]*(?:[0-9](?: *[0-9]){{9}}(?: *(?:- *)?{branch})?[{ws}]*)?$")
}

/// Collects field errors while parsing an input, so that one response names them all.
#[derive(Default)]
pub(crate) struct Check {
    errors: FieldErrors,
}

impl Check {
    pub(crate) fn take<T>(&mut self, r: Result<T, DomainError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.errors.push(e);
                None
            }
        }
    }

    pub(crate) fn text(&mut self, field: &'static str, s: &str, max: usize) -> Option<Text> {
        self.take(Text::parse(field, s, max))
    }

    pub(crate) fn text_opt(
        &mut self,
        field: &'static str,
        s: Option<&str>,
        max: usize,
    ) -> Option<Option<Text>> {
        self.take(Text::parse_opt(field, s, max))
    }

    pub(crate) fn code<T: Code>(&mut self, s: &str) -> Option<T> {
        self.take(T::parse_code(s))
    }

    pub(crate) fn list(&mut self, field: &'static str, items: &[String]) -> Option<Vec<Text>> {
        if items.len() > LIST_MAX {
            self.errors.push(DomainError::TooLong {
                field,
                max: LIST_MAX,
            });
            return None;
        }
        let parsed: Vec<Option<Text>> = items
            .iter()
            .map(|s| self.text(field, s, NAME_MAX))
            .collect();
        parsed.into_iter().collect()
    }

    pub(crate) fn count(&mut self, field: &'static str, v: Option<u64>) -> Option<Option<u64>> {
        match v {
            Some(n) if i64::try_from(n).is_err() => {
                self.errors.push(DomainError::Invalid {
                    field,
                    rule: "must be at most 9223372036854775807",
                });
                None
            }
            other => Some(other),
        }
    }

    /// Finishes: the value if every field was right, else every error found.
    pub(crate) fn finish<T>(self, value: Option<T>) -> Result<T, FieldErrors> {
        match value {
            Some(v) if self.errors.is_empty() => Ok(v),
            _ => Err(self.errors),
        }
    }
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

// ---------------------------------------------------------------------------------------------
// Organisations.

/// An organisation's details.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganisationInput {
    /// Official name.
    #[schema(schema_with = org_name_schema)]
    pub name: String,
    /// Tax code: 10 digits with a valid check digit, or with a `-NNN` branch suffix.
    #[schema(schema_with = tax_code_schema)]
    pub tax_code: Option<String>,
    /// Kind of body.
    #[schema(schema_with = org_kind_schema)]
    pub kind: String,
    /// Province or centrally-run city.
    #[schema(schema_with = province_schema)]
    pub province: Option<String>,
    /// Head office address.
    #[schema(schema_with = head_office_schema)]
    pub head_office_address: Option<String>,
    /// Address for correspondence.
    #[schema(schema_with = contact_address_schema)]
    pub contact_address: Option<String>,
}

impl OrganisationInput {
    pub(crate) fn parse(&self) -> Result<OrganisationDraft, FieldErrors> {
        let mut c = Check::default();
        let name = c.text("name", &self.name, NAME_MAX);
        let tax_code = match self.tax_code.as_deref().map(str::trim) {
            None | Some("") => Some(None),
            Some(t) => c.take(TaxCode::parse(t)).map(Some),
        };
        let kind = c.code::<OrgKind>(&self.kind);
        let province = c.text_opt("province", self.province.as_deref(), NAME_MAX);
        let head = c.text_opt(
            "head_office_address",
            self.head_office_address.as_deref(),
            NAME_MAX,
        );
        let contact = c.text_opt("contact_address", self.contact_address.as_deref(), NAME_MAX);
        let value = (|| {
            Some(OrganisationDraft {
                name: name?,
                tax_code: tax_code?,
                kind: kind?,
                province: province?,
                head_office_address: head?,
                contact_address: contact?,
            })
        })();
        c.finish(value)
    }
}

/// An organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationDto {
    /// Identifier.
    pub id: Uuid,
    /// Official name.
    pub name: String,
    /// Tax code.
    pub tax_code: Option<String>,
    /// Kind of body.
    #[schema(schema_with = org_kind_schema)]
    pub kind: &'static str,
    /// Kind, in Vietnamese.
    pub kind_label: &'static str,
    /// Province.
    pub province: Option<String>,
    /// Head office address.
    pub head_office_address: Option<String>,
    /// Address for correspondence.
    pub contact_address: Option<String>,
    /// The current designation of the DPO and data protection unit, if recorded.
    pub designation: Option<DesignationDto>,
    /// Registration time.
    #[serde(with = "rfc3339")]
    pub created_at: OffsetDateTime,
    /// Last change.
    #[serde(with = "rfc3339")]
    pub updated_at: OffsetDateTime,
}

fn opt(t: &Option<Text>) -> Option<String> {
    t.as_ref().map(ToString::to_string)
}

impl From<&Organisation> for OrganisationDto {
    fn from(o: &Organisation) -> Self {
        let d = &o.details;
        Self {
            id: o.id.as_uuid(),
            name: d.name.to_string(),
            tax_code: d.tax_code.as_ref().map(|t| t.as_str().to_owned()),
            kind: d.kind.code(),
            kind_label: d.kind.label_vi(),
            province: opt(&d.province),
            head_office_address: opt(&d.head_office_address),
            contact_address: opt(&d.contact_address),
            designation: o.designation.as_ref().map(DesignationDto::from),
            created_at: o.created_at,
            updated_at: o.updated_at,
        }
    }
}

/// The designation of the data protection officer and data protection unit
/// (Decree 165/2025 Art. 18.1).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DesignationDto {
    /// The officer's account in Khiên, when they have one (must be a member).
    pub dpo_user_id: Option<Uuid>,
    /// Full name of the data protection officer.
    #[schema(schema_with = dpo_name_schema)]
    pub dpo_name: String,
    /// Their position.
    #[schema(schema_with = dpo_title_schema)]
    pub dpo_title: Option<String>,
    /// Name of the data protection unit.
    #[schema(schema_with = unit_name_schema)]
    pub unit_name: String,
    /// Designated since (YYYY-MM-DD).
    #[serde(with = "iso_date")]
    #[schema(value_type = String, format = Date, example = "2026-01-05")]
    pub since: Date,
    /// Number of the designating decision.
    #[schema(schema_with = document_number_schema)]
    pub document_number: String,
    /// Date of the designating decision (YYYY-MM-DD).
    #[serde(with = "iso_date")]
    #[schema(value_type = String, format = Date, example = "2026-01-02")]
    pub document_date: Date,
}

impl From<&Designation> for DesignationDto {
    fn from(d: &Designation) -> Self {
        Self {
            dpo_user_id: d.dpo_user_id.map(|u| u.as_uuid()),
            dpo_name: d.dpo_name.to_string(),
            dpo_title: opt(&d.dpo_title),
            unit_name: d.unit_name.to_string(),
            since: d.since,
            document_number: d.document_number.to_string(),
            document_date: d.document_date,
        }
    }
}

impl DesignationDto {
    pub(crate) fn parse(&self) -> Result<Designation, FieldErrors> {
        let mut c = Check::default();
        let dpo_name = c.text("dpo_name", &self.dpo_name, NAME_MAX);
        let dpo_title = c.text_opt("dpo_title", self.dpo_title.as_deref(), NAME_MAX);
        let unit_name = c.text("unit_name", &self.unit_name, NAME_MAX);
        let document_number = c.text("document_number", &self.document_number, 100);
        let value = (|| {
            Some(Designation {
                dpo_user_id: self.dpo_user_id.map(UserId::from_uuid),
                dpo_name: dpo_name?,
                dpo_title: dpo_title?,
                unit_name: unit_name?,
                since: self.since,
                document_number: document_number?,
                document_date: self.document_date,
            })
        })();
        if let Some(d) = &value {
            c.take(d.validate());
        }
        c.finish(value)
    }
}

// ---------------------------------------------------------------------------------------------
// The catalogue.

/// An asset's classification.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassificationDto {
    /// Personal data class (Law 91/2025 Art. 2; Decree 356/2025).
    pub personal_data: String,
    /// Level under the Data Law (Decree 165/2025 Art. 3, 4).
    pub importance: String,
    /// The Art. 3/4 criterion; required for important and core data.
    pub importance_criterion: Option<String>,
    /// Listed as open data (Art. 10).
    #[serde(default)]
    pub open_data: bool,
}

/// Written by hand for the rules between fields (`Classification::validate`), which the
/// derived schema cannot state.
impl utoipa::PartialSchema for ClassificationDto {
    fn schema() -> utoipa::openapi::RefOr<Schema> {
        schema::raw(json!({
            "type": "object",
            "description": "An asset's classification. Important and core data name their \
                            criterion; ordinary data has none; open data is ordinary and holds \
                            no personal data.",
            "required": ["personal_data", "importance"],
            "additionalProperties": false,
            "properties": {
                "personal_data": schema::code::<PersonalDataClass>(
                    "Personal data class (Law 91/2025 Art. 2; Decree 356/2025)."
                ),
                "importance": schema::code::<ImportanceLevel>(
                    "Level under the Data Law (Decree 165/2025 Art. 3, 4)."
                ),
                "importance_criterion": schema::code_opt::<ImportanceCriterion>(
                    "The Decree 165/2025 Art. 3/4 criterion: required for important and core \
                     data, absent or null for ordinary data."
                ),
                "open_data": {
                    "type": "boolean",
                    "description": "Listed as open data (Art. 10); false when absent."
                },
            },
            "allOf": [
                {
                    "if": {"properties": {"importance": {"const": "ordinary"}}},
                    "then": {"properties": {"importance_criterion": {"type": "null"}}},
                    "else": {
                        "required": ["importance_criterion"],
                        "properties": {"importance_criterion": {"type": "string"}},
                    },
                },
                {
                    "if": {
                        "required": ["open_data"],
                        "properties": {"open_data": {"const": true}},
                    },
                    "then": {
                        "properties": {
                            "personal_data": {"const": "none"},
                            "importance": {"const": "ordinary"},
                        },
                    },
                },
            ],
        }))
        .into()
    }
}

impl ToSchema for ClassificationDto {}

/// An asset's details.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssetInput {
    /// Name.
    #[schema(schema_with = asset_name_schema)]
    pub name: String,
    /// Kind.
    #[schema(schema_with = asset_kind_schema)]
    pub kind: String,
    /// The asset it belongs to (same organisation).
    pub parent_id: Option<Uuid>,
    /// Description.
    #[schema(schema_with = description_schema)]
    pub description: Option<String>,
    /// Data owner (chủ sở hữu dữ liệu).
    #[schema(schema_with = owner_schema)]
    pub owner: String,
    /// Data custodian (chủ quản dữ liệu).
    #[schema(schema_with = custodian_schema)]
    pub custodian: Option<String>,
    /// Classification.
    pub classification: ClassificationDto,
    /// Retention period: a number and d, m or y (`6m`, `5y`).
    #[schema(schema_with = retention_schema)]
    pub retention: Option<String>,
    /// Where it is stored.
    #[schema(schema_with = storage_location_schema)]
    pub storage_location: Option<String>,
    /// Country of storage, ISO 3166-1 alpha-2; `VN` when absent.
    #[schema(schema_with = storage_country_schema)]
    pub storage_country: Option<String>,
    /// Volume in bytes.
    #[schema(schema_with = volume_schema)]
    #[serde(default, deserialize_with = "whole::option")]
    pub volume_bytes: Option<u64>,
    /// Number of records.
    #[schema(schema_with = record_count_schema)]
    #[serde(default, deserialize_with = "whole::option")]
    pub record_count: Option<u64>,
    /// Number of data subjects.
    #[schema(schema_with = subject_count_schema)]
    #[serde(default, deserialize_with = "whole::option")]
    pub data_subject_count: Option<u64>,
}

impl AssetInput {
    pub(crate) fn parse(&self) -> Result<DataAssetDraft, FieldErrors> {
        let mut c = Check::default();
        let name = c.text("name", &self.name, NAME_MAX);
        let kind = c.code(&self.kind);
        let description = c.text_opt("description", self.description.as_deref(), TEXT_MAX);
        let owner = c.text("owner", &self.owner, NAME_MAX);
        let custodian = c.text_opt("custodian", self.custodian.as_deref(), NAME_MAX);
        let cl = &self.classification;
        let personal_data = c.code::<PersonalDataClass>(&cl.personal_data);
        let importance = c.code::<ImportanceLevel>(&cl.importance);
        let criterion = match cl.importance_criterion.as_deref() {
            None => Some(None),
            Some(s) => c.code::<ImportanceCriterion>(s).map(Some),
        };
        let retention = match self.retention.as_deref() {
            None => Some(None),
            Some(r) => c.take(Retention::parse(r)).map(Some),
        };
        let storage_location = c.text_opt(
            "storage_location",
            self.storage_location.as_deref(),
            NAME_MAX,
        );
        let storage_country = match self.storage_country.as_deref() {
            None => Some(CountryCode::VN),
            Some(s) => c.take(CountryCode::parse("storage_country", s)),
        };
        let volume_bytes = c.count("volume_bytes", self.volume_bytes);
        let record_count = c.count("record_count", self.record_count);
        let data_subject_count = c.count("data_subject_count", self.data_subject_count);
        let value = (|| {
            Some(DataAssetDraft {
                name: name?,
                kind: kind?,
                parent_id: self.parent_id.map(AssetId::from_uuid),
                description: description?,
                owner: owner?,
                custodian: custodian?,
                classification: Classification {
                    personal_data: personal_data?,
                    importance: importance?,
                    importance_criterion: criterion?,
                    open_data: cl.open_data,
                },
                retention: retention?,
                storage_location: storage_location?,
                storage_country: storage_country?,
                volume_bytes: volume_bytes?,
                record_count: record_count?,
                data_subject_count: data_subject_count?,
            })
        })();
        if let Some(d) = &value {
            c.take(d.validate());
        }
        c.finish(value)
    }
}

/// An asset in the catalogue.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssetDto {
    /// Identifier.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// Name.
    pub name: String,
    /// Kind.
    #[schema(schema_with = asset_kind_schema)]
    pub kind: &'static str,
    /// Parent asset.
    pub parent_id: Option<Uuid>,
    /// Description.
    pub description: Option<String>,
    /// Data owner.
    pub owner: String,
    /// Data custodian.
    pub custodian: Option<String>,
    /// Classification.
    pub classification: ClassificationDto,
    /// The article grounding the importance level, e.g. `Decree 165/2025 Art. 3(4)`.
    pub importance_basis: Option<String>,
    /// Retention period (`5y`).
    pub retention: Option<String>,
    /// Retention period in Vietnamese (`5 năm`).
    pub retention_label: Option<String>,
    /// Where it is stored.
    pub storage_location: Option<String>,
    /// Country of storage.
    pub storage_country: String,
    /// Volume in bytes.
    pub volume_bytes: Option<u64>,
    /// Number of records.
    pub record_count: Option<u64>,
    /// Number of data subjects.
    pub data_subject_count: Option<u64>,
    /// Creation time.
    #[serde(with = "rfc3339")]
    pub created_at: OffsetDateTime,
    /// Last change.
    #[serde(with = "rfc3339")]
    pub updated_at: OffsetDateTime,
}

impl From<&DataAsset> for AssetDto {
    fn from(a: &DataAsset) -> Self {
        let d = &a.details;
        let c = &d.classification;
        Self {
            id: a.id.as_uuid(),
            org_id: a.org_id.as_uuid(),
            name: d.name.to_string(),
            kind: d.kind.code(),
            parent_id: d.parent_id.map(|p| p.as_uuid()),
            description: opt(&d.description),
            owner: d.owner.to_string(),
            custodian: opt(&d.custodian),
            classification: ClassificationDto {
                personal_data: c.personal_data.code().to_owned(),
                importance: c.importance.code().to_owned(),
                importance_criterion: c.importance_criterion.map(|x| x.code().to_owned()),
                open_data: c.open_data,
            },
            importance_basis: c.importance_article(),
            retention: d.retention.map(|r| r.to_string()),
            retention_label: d.retention.map(|r| r.label_vi()),
            storage_location: opt(&d.storage_location),
            storage_country: d.storage_country.to_string(),
            volume_bytes: d.volume_bytes,
            record_count: d.record_count,
            data_subject_count: d.data_subject_count,
            created_at: a.created_at,
            updated_at: a.updated_at,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Processing activities.

/// A recipient of data.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecipientDto {
    /// Name.
    #[schema(schema_with = recipient_name_schema)]
    pub name: String,
    /// What it is to the organisation.
    #[schema(schema_with = recipient_kind_schema)]
    pub kind: String,
    /// Country where it processes the data (ISO 3166-1 alpha-2).
    #[schema(schema_with = recipient_country_schema)]
    pub country: String,
}

/// A processing activity's details.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityInput {
    /// Short name.
    pub name: String,
    /// Purpose of processing.
    pub purpose: String,
    /// Legal basis (Law 91/2025 Art. 9 consent, or an Art. 19.1 case).
    pub legal_basis: String,
    /// The ground when it is not consent.
    pub legal_basis_detail: Option<String>,
    /// Categories of data processed.
    #[serde(default)]
    pub data_categories: Vec<String>,
    /// Categories of data subjects.
    #[serde(default)]
    pub data_subject_categories: Vec<String>,
    /// Assets used (same organisation).
    #[serde(default)]
    pub asset_ids: Vec<Uuid>,
    /// Recipients.
    #[serde(default)]
    pub recipients: Vec<RecipientDto>,
    /// Data is transferred or processed outside Viet Nam.
    #[serde(default)]
    pub cross_border: bool,
}

/// Written by hand for the rules between fields (`ProcessingActivityDraft::validate`), which
/// the derived schema cannot state.
impl utoipa::PartialSchema for ActivityInput {
    fn schema() -> utoipa::openapi::RefOr<Schema> {
        let category = schema::text(NAME_MAX, "A category.");
        schema::raw(json!({
            "type": "object",
            "description": "A processing activity's details. Without consent the ground is \
                            named; a recipient outside Viet Nam makes it cross-border; an asset \
                            is listed once.",
            "required": ["name", "purpose", "legal_basis"],
            "additionalProperties": false,
            "properties": {
                "name": schema::text(NAME_MAX, "Short name."),
                "purpose": schema::text(TEXT_MAX, "Purpose of processing."),
                "legal_basis": schema::code::<khien_domain::LegalBasis>(
                    "Legal basis (Law 91/2025 Art. 9 consent, or an Art. 19.1 case)."
                ),
                "legal_basis_detail": schema::text_opt(
                    TEXT_MAX,
                    "The ground when it is not consent (required then)."
                ),
                "data_categories": {
                    "type": "array",
                    "maxItems": LIST_MAX,
                    "items": category,
                    "description": "Categories of data processed.",
                },
                "data_subject_categories": {
                    "type": "array",
                    "maxItems": LIST_MAX,
                    "items": category,
                    "description": "Categories of data subjects.",
                },
                "asset_ids": {
                    "type": "array",
                    "maxItems": LIST_MAX,
                    "uniqueItems": true,
                    "items": {"type": "string", "format": "uuid"},
                    "description": "Assets used, each once; they must exist in the same \
                                    organisation (else 422).",
                },
                "recipients": {
                    "type": "array",
                    "maxItems": LIST_MAX,
                    "items": {"$ref": "#/components/schemas/RecipientDto"},
                    "description": "Recipients.",
                },
                "cross_border": {
                    "type": "boolean",
                    "description": "Data is transferred or processed outside Viet Nam; false \
                                    when absent. Required (true) when a recipient is abroad.",
                },
            },
            "allOf": [
                {
                    "if": {"properties": {"legal_basis": {"const": "consent"}}},
                    "else": {
                        "required": ["legal_basis_detail"],
                        "properties": {"legal_basis_detail": schema::text(TEXT_MAX, "")},
                    },
                },
                {
                    "if": {
                        "required": ["cross_border"],
                        "properties": {"cross_border": {"const": true}},
                    },
                    "else": {
                        "properties": {
                            "recipients": {
                                "items": {
                                    "properties": {
                                        "country": {"pattern": schema::country_vn_pattern()},
                                    },
                                },
                            },
                        },
                    },
                },
            ],
        }))
        .into()
    }
}

impl ToSchema for ActivityInput {
    fn schemas(schemas: &mut Vec<(String, utoipa::openapi::RefOr<Schema>)>) {
        schemas.push((
            <RecipientDto as ToSchema>::name().into_owned(),
            <RecipientDto as utoipa::PartialSchema>::schema(),
        ));
        <RecipientDto as ToSchema>::schemas(schemas);
    }
}

impl ActivityInput {
    pub(crate) fn parse(&self) -> Result<ProcessingActivityDraft, FieldErrors> {
        let mut c = Check::default();
        let name = c.text("name", &self.name, NAME_MAX);
        let purpose = c.text("purpose", &self.purpose, TEXT_MAX);
        let legal_basis = c.code(&self.legal_basis);
        let detail = c.text_opt(
            "legal_basis_detail",
            self.legal_basis_detail.as_deref(),
            TEXT_MAX,
        );
        let cats = c.list("data_categories", &self.data_categories);
        let subjects = c.list("data_subject_categories", &self.data_subject_categories);
        if self.asset_ids.len() > LIST_MAX || self.recipients.len() > LIST_MAX {
            c.errors.push(DomainError::TooLong {
                field: "asset_ids/recipients",
                max: LIST_MAX,
            });
        }
        let recipients: Option<Vec<Recipient>> = self
            .recipients
            .iter()
            .map(|r| {
                let name = c.text("recipients.name", &r.name, NAME_MAX);
                let kind = c.code::<RecipientKind>(&r.kind);
                let country = c.take(CountryCode::parse("recipients.country", &r.country));
                Some(Recipient {
                    name: name?,
                    kind: kind?,
                    country: country?,
                })
            })
            .collect::<Vec<_>>()
            .into_iter()
            .collect();
        let value = (|| {
            Some(ProcessingActivityDraft {
                name: name?,
                purpose: purpose?,
                legal_basis: legal_basis?,
                legal_basis_detail: detail?,
                data_categories: cats?,
                data_subject_categories: subjects?,
                asset_ids: self
                    .asset_ids
                    .iter()
                    .copied()
                    .map(AssetId::from_uuid)
                    .collect(),
                recipients: recipients?,
                cross_border: self.cross_border,
            })
        })();
        if let Some(d) = &value {
            c.take(d.validate());
        }
        c.finish(value)
    }
}

/// A processing activity.
#[derive(Debug, Serialize, ToSchema)]
pub struct ActivityDto {
    /// Identifier.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// Short name.
    pub name: String,
    /// Purpose.
    pub purpose: String,
    /// Legal basis.
    #[schema(schema_with = legal_basis_schema)]
    pub legal_basis: &'static str,
    /// Legal basis, in Vietnamese with its article.
    pub legal_basis_label: &'static str,
    /// The ground when it is not consent.
    pub legal_basis_detail: Option<String>,
    /// Categories of data.
    pub data_categories: Vec<String>,
    /// Categories of data subjects.
    pub data_subject_categories: Vec<String>,
    /// Assets used.
    pub asset_ids: Vec<Uuid>,
    /// Recipients.
    pub recipients: Vec<RecipientDto>,
    /// Cross-border transfer.
    pub cross_border: bool,
    /// Creation time.
    #[serde(with = "rfc3339")]
    pub created_at: OffsetDateTime,
    /// Last change.
    #[serde(with = "rfc3339")]
    pub updated_at: OffsetDateTime,
}

impl From<&ProcessingActivity> for ActivityDto {
    fn from(a: &ProcessingActivity) -> Self {
        let d = &a.details;
        Self {
            id: a.id.as_uuid(),
            org_id: a.org_id.as_uuid(),
            name: d.name.to_string(),
            purpose: d.purpose.to_string(),
            legal_basis: d.legal_basis.code(),
            legal_basis_label: d.legal_basis.label_vi(),
            legal_basis_detail: opt(&d.legal_basis_detail),
            data_categories: d.data_categories.iter().map(ToString::to_string).collect(),
            data_subject_categories: d
                .data_subject_categories
                .iter()
                .map(ToString::to_string)
                .collect(),
            asset_ids: d.asset_ids.iter().map(|x| x.as_uuid()).collect(),
            recipients: d
                .recipients
                .iter()
                .map(|r| RecipientDto {
                    name: r.name.to_string(),
                    kind: r.kind.code().to_owned(),
                    country: r.country.to_string(),
                })
                .collect(),
            cross_border: d.cross_border,
            created_at: a.created_at,
            updated_at: a.updated_at,
        }
    }
}

/// An event that starts legal clocks, e.g. `breach_discovered`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventInput {
    /// The trigger, one of the case kind's triggers.
    #[schema(schema_with = trigger_schema)]
    pub trigger: String,
    /// When it happened (RFC 3339).
    #[serde(with = "rfc3339")]
    #[schema(schema_with = case_at_schema)]
    pub at: OffsetDateTime,
    /// A note (no personal data).
    #[schema(schema_with = case_note_schema)]
    pub note: Option<String>,
    /// A quantity it carries, e.g. the records of one cross-border transfer
    /// (`transfer_recorded`, summed from 2025-07-01: Decree 165/2025 Art. 12.10).
    #[schema(schema_with = quantity_schema)]
    #[serde(default, deserialize_with = "whole::option")]
    pub quantity: Option<u64>,
}

/// A new case.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewCaseInput {
    /// The kind: breach, subject_request, cross_border_transfer, impact_assessment,
    /// periodic_duty, exploitation_request, provision_request, security_incident.
    pub kind: String,
    /// A short title; describe the case, not the person (no personal data).
    pub title: String,
    /// Its first events.
    #[serde(default)]
    pub events: Vec<EventInput>,
    /// Structured fields its kind requires (see the workflows), e.g. the contents of a data
    /// provision request (Decree 165/2025 Art. 8.2(a)).
    #[serde(default)]
    pub fields: std::collections::BTreeMap<String, String>,
}

/// Most events, and most fields, in a new case.
pub(crate) const CASE_LIST_MAX: usize = 50;
/// Longest case field value, in characters.
pub(crate) const CASE_FIELD_MAX: usize = 2_000;
/// Longest case field name, in characters.
pub(crate) const CASE_FIELD_NAME_MAX: usize = 100;

/// The case workflows the server runs (always the built-in ones), for the document; none when
/// they do not load (the server does not start then).
fn workflows() -> Vec<khien_rules::cases::Workflow> {
    khien_rules::Rules::builtin()
        .and_then(|r| khien_rules::cases::Workflows::builtin(&r))
        .map(|w| w.all().to_vec())
        .unwrap_or_default()
}

/// Every trigger of every kind of case.
fn case_triggers() -> Vec<String> {
    let mut all: Vec<String> = workflows().into_iter().flat_map(|w| w.triggers).collect();
    all.sort();
    all.dedup();
    all
}

/// Every transition of every kind of case.
fn case_transitions() -> Vec<String> {
    let mut all: Vec<String> = workflows()
        .into_iter()
        .flat_map(|w| w.transitions.into_iter().map(|t| t.name))
        .collect();
    all.sort();
    all.dedup();
    all
}

/// `s` as a regex matching itself.
fn regex_literal(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let special = "\\^$.|?*+()[]{}".contains(c);
            special
                .then_some('\\')
                .into_iter()
                .chain(std::iter::once(c))
        })
        .collect()
}

/// The schema of a new case of one kind: its triggers, the events it needs when opened and its
/// fields (`Workflow::check_opening`, `Workflow::check_fields`).
fn new_case_schema(w: &khien_rules::cases::Workflow) -> serde_json::Value {
    let ws = schema::WS;
    let event = json!({
        "type": "object",
        "required": ["trigger", "at"],
        "additionalProperties": false,
        "properties": {
            "trigger": {"type": "string", "enum": w.triggers},
            "at": schema::instant_1900_2099(),
            "note": schema::text_opt(2_000, "A note (no personal data)."),
            "quantity": schema::nullable(schema::whole(I64_MAX, "A quantity it carries.")),
        },
    });
    let mut events = json!({
        "type": "array",
        "maxItems": CASE_LIST_MAX,
        "items": event,
        "description": "Its first events.",
    });
    if !w.required_triggers.is_empty() {
        events["allOf"] = w
            .required_triggers
            .iter()
            .map(|t| json!({"contains": {"properties": {"trigger": {"const": t}}}}))
            .collect();
    }
    let mut field_props = serde_json::Map::new();
    for f in &w.fields {
        let mut v = json!({"type": "string", "maxLength": CASE_FIELD_MAX, "description": f.title});
        let choices = f
            .choices
            .iter()
            .map(|c| regex_literal(c))
            .collect::<Vec<_>>()
            .join("|");
        let pattern = match (f.required, f.choices.is_empty()) {
            (true, true) => Some(format!("[^{ws}]")),
            (false, true) => None,
            (true, false) => Some(format!("^[{ws}]*(?:{choices})[{ws}]*$")),
            (false, false) => Some(format!("^[{ws}]*(?:(?:{choices})[{ws}]*)?$")),
        };
        if let Some(p) = pattern {
            // In `allOf` apart from the length limit: test generators rewrite a pattern's
            // repetitions to fit a length limit beside it, which is slow to compile.
            v = json!({
                "type": "string",
                "allOf": [{"maxLength": CASE_FIELD_MAX}, {"pattern": p}],
                "description": f.title,
            });
        }
        field_props.insert(f.name.clone(), v);
    }
    let required_fields: Vec<&str> = w
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name.as_str())
        .collect();
    let mut fields = json!({
        "type": "object",
        "additionalProperties": false,
        "properties": field_props,
        "description": "The structured fields of this kind.",
    });
    if !required_fields.is_empty() {
        fields["required"] = json!(required_fields);
    }
    let mut required = vec!["kind", "title"];
    if !w.required_triggers.is_empty() {
        required.push("events");
    }
    if !required_fields.is_empty() {
        required.push("fields");
    }
    json!({
        "type": "object",
        "title": w.kind,
        "description": w.title,
        "required": required,
        "additionalProperties": false,
        "properties": {
            "kind": {"type": "string", "const": w.kind},
            "title": schema::text(
                NAME_MAX,
                "A short title; describe the case, not the person (no personal data)."
            ),
            "events": events,
            "fields": fields,
        },
    })
}

/// Written by hand from the workflows: what a new case needs depends on its kind.
impl utoipa::PartialSchema for NewCaseInput {
    fn schema() -> utoipa::openapi::RefOr<Schema> {
        let kinds: Vec<serde_json::Value> = workflows().iter().map(new_case_schema).collect();
        schema::raw(json!({
            "description": "A new case: its kind, a title, its first events (the kind's \
                            triggers; some kinds need some when opened) and the structured \
                            fields its kind has (e.g. the contents of a data provision request, \
                            Decree 165/2025 Art. 8.2(a)).",
            "oneOf": kinds,
        }))
        .into()
    }
}

impl ToSchema for NewCaseInput {}

/// A transition of a case's workflow.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransitionInput {
    /// The transition, e.g. `notify_authority`.
    #[schema(schema_with = transition_schema)]
    pub transition: String,
    /// When it happened (RFC 3339); now when absent.
    #[serde(default, with = "rfc3339::option")]
    #[schema(schema_with = transition_at_schema)]
    pub at: Option<OffsetDateTime>,
    /// A note (no personal data).
    #[schema(schema_with = case_note_schema)]
    pub note: Option<String>,
}

/// One entry of a case's history.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseEntryDto {
    /// Position, from 1.
    pub seq: i64,
    /// `event` or `transition`.
    pub kind: &'static str,
    /// The trigger or transition.
    pub name: String,
    /// When it happened.
    #[serde(with = "rfc3339")]
    pub at: OffsetDateTime,
    /// When it was recorded.
    #[serde(with = "rfc3339")]
    pub recorded_at: OffsetDateTime,
    /// State before a transition.
    pub from_state: Option<String>,
    /// State after a transition.
    pub to_state: Option<String>,
    /// A note.
    pub note: Option<String>,
    /// A quantity it carries.
    pub quantity: Option<i64>,
    /// Who recorded it.
    pub recorded_by: Option<Uuid>,
}

/// An obligation of a case with its clock.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseObligationDto {
    /// The obligation's id.
    pub obligation: String,
    /// Its regime.
    pub regime: String,
    /// What must be done.
    pub title: String,
    /// The article.
    pub legal_basis: String,
    /// The event that started the clock.
    pub trigger: String,
    /// When that event happened.
    #[serde(with = "rfc3339")]
    pub event_at: OffsetDateTime,
    /// When it is due (+07:00), after its extension if one was granted.
    #[serde(with = "rfc3339")]
    pub due: OffsetDateTime,
    /// Its one extension was granted.
    pub extended: bool,
    /// When it was fulfilled.
    #[serde(with = "rfc3339::option")]
    pub fulfilled_at: Option<OffsetDateTime>,
    /// Seconds left until due (negative when overdue).
    pub seconds_left: i64,
    /// Past due and not fulfilled.
    pub overdue: bool,
}

impl CaseObligationDto {
    /// The wire form of an obligation, with its clock read at `now`.
    pub fn new(o: &khien_rules::cases::CaseObligation, now: OffsetDateTime) -> Self {
        let left = (o.due - now).whole_seconds();
        Self {
            obligation: o.obligation.clone(),
            regime: o.regime.clone(),
            title: o.title.clone(),
            legal_basis: o.legal_basis.clone(),
            trigger: o.trigger.clone(),
            event_at: o.event_at.to_offset(khien_calendar::period::VN),
            due: o.due,
            extended: o.extended,
            fulfilled_at: o
                .fulfilled_at
                .map(|f| f.to_offset(khien_calendar::period::VN)),
            seconds_left: left,
            overdue: o.fulfilled_at.is_none() && left < 0,
        }
    }
}

/// A case with its history and obligations.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseDto {
    /// Identifier.
    pub id: Uuid,
    /// The organisation.
    pub org_id: Uuid,
    /// The kind.
    pub kind: String,
    /// The kind, in Vietnamese.
    pub kind_title: String,
    /// Its title.
    pub title: String,
    /// The current state.
    pub state: String,
    /// Whether the state is final.
    pub closed: bool,
    /// Structured fields.
    pub fields: std::collections::BTreeMap<String, String>,
    /// The quantity its kind adds up (for cross-border transfers: records transferred since
    /// 2025-07-01, Decree 165/2025 Art. 12.10).
    pub cumulative: Option<i64>,
    /// Transitions allowed from the current state.
    pub allowed_transitions: Vec<String>,
    /// When it was opened.
    #[serde(with = "rfc3339")]
    pub opened_at: OffsetDateTime,
    /// When it last changed.
    #[serde(with = "rfc3339")]
    pub updated_at: OffsetDateTime,
    /// Every event and transition, oldest first.
    pub history: Vec<CaseEntryDto>,
    /// Its obligations and their clocks.
    pub obligations: Vec<CaseObligationDto>,
}

impl CaseDto {
    /// The wire form of a case, with its obligations' clocks read at `now`.
    pub fn new(
        c: &khien_domain::Case,
        legal: &khien_app::Legal,
        scope: khien_calendar::Scope,
        now: OffsetDateTime,
    ) -> Self {
        let w = legal.workflows.get(&c.kind).ok();
        let closed = w.is_some_and(|w| w.is_final(&c.state));
        Self {
            id: c.id.as_uuid(),
            org_id: c.org_id.as_uuid(),
            kind: c.kind.clone(),
            kind_title: w.map(|w| w.title.clone()).unwrap_or_default(),
            title: c.title.to_string(),
            state: c.state.clone(),
            closed,
            fields: c.fields.clone(),
            cumulative: legal.cumulative(c),
            allowed_transitions: w
                .filter(|_| !closed)
                .map(|w| {
                    w.transitions
                        .iter()
                        .filter(|t| t.from.contains(&c.state))
                        .map(|t| t.name.clone())
                        .collect()
                })
                .unwrap_or_default(),
            opened_at: c.opened_at,
            updated_at: c.updated_at,
            history: c
                .entries
                .iter()
                .map(|e| CaseEntryDto {
                    seq: e.seq,
                    kind: e.kind.code(),
                    name: e.name.clone(),
                    at: e.at.to_offset(khien_calendar::period::VN),
                    recorded_at: e.recorded_at.to_offset(khien_calendar::period::VN),
                    from_state: e.from_state.clone(),
                    to_state: e.to_state.clone(),
                    note: opt(&e.note),
                    quantity: e.quantity,
                    recorded_by: e.recorded_by.map(|u| u.as_uuid()),
                })
                .collect(),
            obligations: legal
                .obligations(c, scope)
                .iter()
                .map(|o| CaseObligationDto::new(o, now))
                .collect(),
        }
    }
}

/// An open obligation of an open case.
#[derive(Debug, Serialize, ToSchema)]
pub struct DueDto {
    /// The case.
    pub case_id: Uuid,
    /// Its kind.
    pub case_kind: String,
    /// Its title.
    pub case_title: String,
    /// The obligation and its clock.
    #[serde(flatten)]
    pub obligation: CaseObligationDto,
}

/// A day off other than an ordinary weekly rest day.
#[derive(Debug, Serialize, ToSchema)]
pub struct HolidayDto {
    /// The day (YYYY-MM-DD).
    #[serde(with = "iso_date")]
    #[schema(value_type = String, format = Date, example = "2026-02-17")]
    pub date: Date,
    /// Its name, in Vietnamese.
    pub name: String,
}

/// A statutory obligation of a regime (a rule pack).
#[derive(Debug, Serialize, ToSchema)]
pub struct ObligationDto {
    /// Stable id.
    pub id: String,
    /// The regime it belongs to.
    pub regime: String,
    /// What must be done, in Vietnamese.
    pub title: String,
    /// The event that starts the clock.
    pub trigger: String,
    /// How many units.
    pub period: u32,
    /// hours, days, working_days, months or years.
    pub unit: &'static str,
    /// When counting starts (Civil Code Art. 147): `instant` or `next_day`.
    pub start: &'static str,
    /// `after` the event, or `before` it.
    pub direction: &'static str,
    /// What it produces: a form, a notice, an action.
    pub produces: String,
    /// The article(s) it comes from.
    pub legal_basis: String,
}

/// The health check's answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct HealthDto {
    /// `ok` or `unavailable`.
    pub status: &'static str,
    /// The registry backend (`sqlite`, `postgres`).
    pub database: &'static str,
}

/// Identifiers in paths are parsed by axum as UUIDs; these wrap them in domain types.
pub(crate) fn org_id(u: Uuid) -> khien_domain::OrgId {
    khien_domain::OrgId::from_uuid(u)
}

/// See [`org_id`].
pub(crate) fn activity_id(u: Uuid) -> ActivityId {
    ActivityId::from_uuid(u)
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
