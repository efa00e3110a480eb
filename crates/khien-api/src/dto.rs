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
fn personal_schema() -> utoipa::openapi::Object {
    code_schema::<PersonalDataClass>()
}
fn importance_schema() -> utoipa::openapi::Object {
    code_schema::<ImportanceLevel>()
}
fn criterion_schema() -> utoipa::openapi::Object {
    code_schema::<ImportanceCriterion>()
}
fn legal_basis_schema() -> utoipa::openapi::Object {
    code_schema::<khien_domain::LegalBasis>()
}
fn recipient_kind_schema() -> utoipa::openapi::Object {
    code_schema::<RecipientKind>()
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
    #[schema(schema_with = role_schema)]
    pub roles: Vec<&'static str>,
}

/// A new account in an organisation.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMemberInput {
    /// E-mail address, the login.
    pub email: String,
    /// Name shown to people.
    pub display_name: String,
    /// Initial password (at least 10 characters).
    pub password: String,
    /// Roles to grant in the organisation.
    #[schema(schema_with = role_schema)]
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
    pub(crate) display_name: Text,
    pub(crate) password: String,
    pub(crate) roles: Vec<Role>,
}

impl NewMemberInput {
    pub(crate) fn parse(self) -> Result<NewMember, FieldErrors> {
        let mut c = Check::default();
        let email = c.take(Email::parse(&self.email));
        let display_name = c.text("display_name", &self.display_name, NAME_MAX);
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
        let value = match (email, display_name, roles) {
            (Some(email), Some(display_name), Some(roles)) => Some(NewMember {
                email,
                display_name,
                password: self.password,
                roles,
            }),
            _ => None,
        };
        c.finish(value)
    }
}

/// A new API token.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTokenInput {
    /// What the token is for, e.g. the system that will use it.
    #[schema(example = "Hệ thống HIS bệnh viện")]
    pub name: String,
    /// Days until it stops working (1 to 3650); 90 when absent.
    #[schema(minimum = 1, maximum = 3650)]
    pub expires_in_days: Option<u32>,
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
}

impl From<&khien_store::ApiToken> for TokenDto {
    fn from(t: &khien_store::ApiToken) -> Self {
        Self {
            id: t.id.as_uuid(),
            name: t.name.to_string(),
            created_at: t.created_at,
            expires_at: t.expires_at,
            revoked_at: t.revoked_at,
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
    #[schema(example = "Sở Y tế tỉnh Thanh Hóa")]
    pub name: String,
    /// Tax code: 10 digits with a valid check digit, or with a `-NNN` branch suffix.
    #[schema(example = "0100109106")]
    pub tax_code: Option<String>,
    /// Kind of body.
    #[schema(schema_with = org_kind_schema)]
    pub kind: String,
    /// Province or centrally-run city.
    pub province: Option<String>,
    /// Head office address.
    pub head_office_address: Option<String>,
    /// Address for correspondence.
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
    pub dpo_name: String,
    /// Their position.
    pub dpo_title: Option<String>,
    /// Name of the data protection unit.
    pub unit_name: String,
    /// Designated since (YYYY-MM-DD).
    #[serde(with = "iso_date")]
    #[schema(value_type = String, format = Date, example = "2026-01-05")]
    pub since: Date,
    /// Number of the designating decision.
    #[schema(example = "12/QĐ-STTTT")]
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
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ClassificationDto {
    /// Personal data class (Law 91/2025 Art. 2; Decree 356/2025).
    #[schema(schema_with = personal_schema)]
    pub personal_data: String,
    /// Level under the Data Law (Decree 165/2025 Art. 3, 4).
    #[schema(schema_with = importance_schema)]
    pub importance: String,
    /// The Art. 3/4 criterion; required for important and core data.
    #[schema(schema_with = criterion_schema)]
    pub importance_criterion: Option<String>,
    /// Listed as open data (Art. 10).
    #[serde(default)]
    pub open_data: bool,
}

/// An asset's details.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssetInput {
    /// Name.
    #[schema(example = "CSDL bệnh nhân")]
    pub name: String,
    /// Kind.
    #[schema(schema_with = asset_kind_schema)]
    pub kind: String,
    /// The asset it belongs to (same organisation).
    pub parent_id: Option<Uuid>,
    /// Description.
    pub description: Option<String>,
    /// Data owner (chủ sở hữu dữ liệu).
    pub owner: String,
    /// Data custodian (chủ quản dữ liệu).
    pub custodian: Option<String>,
    /// Classification.
    pub classification: ClassificationDto,
    /// Retention period: a number and d, m or y (`6m`, `5y`).
    #[schema(example = "5y")]
    pub retention: Option<String>,
    /// Where it is stored.
    pub storage_location: Option<String>,
    /// Country of storage, ISO 3166-1 alpha-2; `VN` when absent.
    #[schema(example = "VN")]
    pub storage_country: Option<String>,
    /// Volume in bytes.
    pub volume_bytes: Option<u64>,
    /// Number of records.
    pub record_count: Option<u64>,
    /// Number of data subjects.
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
    pub name: String,
    /// What it is to the organisation.
    #[schema(schema_with = recipient_kind_schema)]
    pub kind: String,
    /// Country where it processes the data (ISO 3166-1 alpha-2).
    #[schema(example = "VN")]
    pub country: String,
}

/// A processing activity's details.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivityInput {
    /// Short name.
    pub name: String,
    /// Purpose of processing.
    pub purpose: String,
    /// Legal basis (Law 91/2025 Art. 9 consent, or an Art. 19.1 case).
    #[schema(schema_with = legal_basis_schema)]
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
    #[schema(example = "breach_discovered")]
    pub trigger: String,
    /// When it happened (RFC 3339).
    #[serde(with = "rfc3339")]
    pub at: OffsetDateTime,
    /// A note (no personal data).
    pub note: Option<String>,
    /// A quantity it carries, e.g. the records of one cross-border transfer
    /// (`transfer_recorded`, summed from 2025-07-01: Decree 165/2025 Art. 12.10).
    pub quantity: Option<u64>,
}

/// A new case.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCaseInput {
    /// The kind: breach, subject_request, cross_border_transfer, impact_assessment,
    /// periodic_duty, exploitation_request, provision_request, security_incident.
    #[schema(example = "breach")]
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

/// A transition of a case's workflow.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransitionInput {
    /// The transition, e.g. `notify_authority`.
    #[schema(example = "notify_authority")]
    pub transition: String,
    /// When it happened (RFC 3339); now when absent.
    #[serde(default, with = "rfc3339::option")]
    pub at: Option<OffsetDateTime>,
    /// A note (no personal data).
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
