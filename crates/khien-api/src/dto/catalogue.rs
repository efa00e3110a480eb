//! The catalogue: data assets with their classification, and processing activities.

use khien_domain::{
    AssetId, Classification, Code, CountryCode, DataAsset, DataAssetDraft, DomainError,
    ImportanceCriterion, ImportanceLevel, PersonalDataClass, ProcessingActivity,
    ProcessingActivityDraft, Recipient, RecipientKind, Retention,
};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::problem::FieldErrors;
use crate::schema;
use serde_json::json;
use utoipa::openapi::schema::Schema;

use super::common::*;

fn asset_kind_schema() -> utoipa::openapi::Object {
    code_schema::<khien_domain::AssetKind>()
}

fn legal_basis_schema() -> utoipa::openapi::Object {
    code_schema::<khien_domain::LegalBasis>()
}

fn recipient_kind_schema() -> utoipa::openapi::Object {
    code_schema::<RecipientKind>()
}

json_schemas! {
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
