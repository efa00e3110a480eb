//! Entries of the registers the texts require (processors and contracts, agreements, training,
//! drills, risks, ...). Which registers exist and which fields each holds is data
//! (`khien-rules/rules/registers.toml`); here an entry is a set of named, typed values.

use std::collections::BTreeMap;

use time::{Date, OffsetDateTime};

use crate::{OrgId, RegisterEntryId, UserId};

/// One value of an entry's field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// Text (also e-mail addresses, phone numbers, URLs and choice codes).
    Text(String),
    /// A whole number.
    Integer(i64),
    /// Yes or no.
    Bool(bool),
    /// A calendar date.
    Date(Date),
    /// A list of short texts.
    List(Vec<String>),
}

/// An entry of a register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterEntry {
    /// Identifier.
    pub id: RegisterEntryId,
    /// The organisation.
    pub org_id: OrgId,
    /// The register's id (`processors`, `risks`, ...).
    pub register: String,
    /// The entry's title in lists (the register's summary field).
    pub summary: String,
    /// Its fields, by name.
    pub fields: BTreeMap<String, FieldValue>,
    /// Kept at least until this day (the register's retention), when it has one.
    pub retain_until: Option<Date>,
    /// Who recorded it, when a user did.
    pub recorded_by: Option<UserId>,
    /// When it was recorded.
    pub recorded_at: OffsetDateTime,
    /// When it was last changed.
    pub updated_at: OffsetDateTime,
}
