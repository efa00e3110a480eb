//! Organisations and the designation of their data protection officer.

use khien_domain::{Code, Designation, OrgKind, Organisation, OrganisationDraft, TaxCode, UserId};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::problem::FieldErrors;
use crate::schema;
use serde_json::json;
use utoipa::openapi::schema::Schema;

use super::common::*;

fn org_kind_schema() -> utoipa::openapi::Object {
    code_schema::<OrgKind>()
}

/// A tax code as `TaxCode::parse` reads it, but for the check digit: trimmed, ASCII spaces
/// ignored, 10 digits and an optional branch suffix `001` to `999` with or without a dash;
/// blank for none.
fn tax_code_pattern() -> String {
    let ws = schema::WS;
    let branch = "(?:0 *0 *[1-9]|0 *[1-9] *[0-9]|[1-9] *[0-9] *[0-9])";
    format!("^[{ws}]*(?:[0-9](?: *[0-9]){{9}}(?: *(?:- *)?{branch})?[{ws}]*)?$")
}

json_schemas! {
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
    dpo_phone_schema => phone_json("The officer's telephone number (the forms' contact).", false);
    dpo_email_schema => json!({
        "anyOf": [
            {"type": "null"},
            {"type": "string", "pattern": format!("^[{}]*$", schema::WS)},
            email_json("The officer's e-mail address (the forms' contact); null or blank for none."),
        ],
    });
    document_number_schema => json!({
        "type": "string",
        "pattern": schema::text_pattern(100),
        "description": "Number of the designating decision: 1 to 100 characters once trimmed; \
                        no control characters except tab and newline.",
        "example": "12/QĐ-STTTT",
    });
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
    /// The officer's telephone number.
    #[serde(default)]
    #[schema(schema_with = dpo_phone_schema)]
    pub dpo_phone: Option<String>,
    /// The officer's e-mail address.
    #[serde(default)]
    #[schema(schema_with = dpo_email_schema)]
    pub dpo_email: Option<String>,
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
            dpo_phone: opt(&d.dpo_phone),
            dpo_email: d.dpo_email.as_ref().map(|e| e.as_str().to_owned()),
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
        let dpo_phone = c.text_opt("dpo_phone", self.dpo_phone.as_deref(), 64);
        let dpo_email = match self.dpo_email.as_deref().map(str::trim) {
            None | Some("") => Some(None),
            Some(e) => c.take(khien_domain::Email::parse(e)).map(Some),
        };
        let document_number = c.text("document_number", &self.document_number, 100);
        let value = (|| {
            Some(Designation {
                dpo_user_id: self.dpo_user_id.map(UserId::from_uuid),
                dpo_name: dpo_name?,
                dpo_title: dpo_title?,
                dpo_phone: dpo_phone?,
                dpo_email: dpo_email?,
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
