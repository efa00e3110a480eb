//! The official forms Khiên files for organisations: Decree 165/2025 Forms 01a–07b and Decree
//! 356/2025 Forms 01a–10.
//!
//! Each form is a data file (`forms/<id>.toml`, format in `forms/FORMAT.md`) transcribed from
//! the annex of its decree: the official text in order, every blank a named, typed field.
//! From it this crate derives the JSON Schema of the form's data ([`Form::schema`]), checks
//! submitted data ([`Form::fill`]: unknown fields, wrong types, oversized or control-laden
//! strings are refused with the field named), lists what is left to complete, lays the
//! document out in the conventions of Vietnamese administrative documents ([`layout`]) and
//! writes it as DOCX ([`docx`]).
//!
//! **Invariant:** no I/O beyond the embedded form files; nothing here invents a value: a blank
//! without data stays a visible blank (`……`) and is listed in [`Filled::to_complete`].

#![forbid(unsafe_code)]

pub mod data;
pub mod docx;
pub mod layout;
pub mod minutes;
pub use khien_doc::markdown;
pub mod model;
pub mod pdf;
pub mod registry;
pub mod schema;

pub use data::{DataError, Filled};
pub use model::{Catalogue, FieldType, Form, FormError};

include!(concat!(env!("OUT_DIR"), "/forms.rs"));
