//! A synthetic, seeded Vietnamese personal-data corpus with its ground truth, and the scoring of
//! a scanner's report against that truth.
//!
//! [`generate`] writes tables (CSV in UTF-8, UTF-8 with BOM and Windows-1258, TSV in UTF-16LE),
//! JSON, NDJSON and free text under a directory, and `truth.json` beside them: for every column
//! or JSON field, which detector its values are true instances of (or none, for decoys such as
//! order numbers, amounts and transaction dates) and how many non-blank values it holds; for
//! free text, how many mentions of each kind it holds. The same seed gives byte-identical files.
//!
//! [`evaluate`] reads a scanner's JSON report and counts true positives, false positives and
//! false negatives per detector (see [`Evaluation`]).
//!
//! The values follow the real rules (CCCD province and century digits, the tax-code check digit,
//! Luhn, phone prefixes), implemented here independently of the scanner's validators so that a
//! mistake in one is not hidden by the same mistake in the other.
//!
//! Conventions of the truth:
//! - a table column holds one kind of value; `values` counts its non-blank cells; header names
//!   are NFC (the Windows-1258 file stores tone marks as combining characters: decode, then
//!   normalise to NFC);
//! - a JSON field is the keys joined with `.`, array levels transparent (`devices.ip` counts
//!   every device's `ip`); nulls and empty strings are not values; numbers are; coordinates are
//!   one string field (`location`: `"21.0285, 105.8542"`);
//! - free text counts mentions per detector: a name, an address, a phone number each count
//!   once where they are written; context words (`SĐT`, `MST`, `STK`, `CMND số`, `hộ chiếu
//!   số`, `anh`/`chị`/`ông`/`bà`) are not part of the mention; some lines are written without
//!   diacritics; dates, amounts, order and invoice numbers, company names, a bare province name
//!   (`Kho Bình Dương`) and the 1900 hotline are not personal data.

#![forbid(unsafe_code)]

mod data;
mod eval;
mod files;
#[cfg(test)]
mod tests;
mod values;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use eval::{DetectorScore, Evaluation, Group, Issue, Score, evaluate};

/// What to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Seed of every random choice: the same seed gives the same bytes.
    pub seed: u64,
    /// Rows per tabular file (objects per JSON file, a quarter of it in lines of free text).
    pub rows: usize,
    /// Size of `bulk/giao_dich.csv` in MiB; 0 writes no bulk file.
    pub bulk_mb: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            seed: 1,
            rows: 2000,
            bulk_mb: 0,
        }
    }
}

/// Why a corpus could not be written or its truth read. Messages name files, never values.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// A file or directory could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file or directory.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// `truth.json` could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// `truth.json` is not a truth document.
    #[error("{path} is not a truth document: {source}")]
    Truth {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: serde_json::Error,
    },
    /// A document could not be serialised.
    #[error("cannot serialise {file}: {source}")]
    Serialise {
        /// The file being written.
        file: String,
        /// The cause.
        source: serde_json::Error,
    },
    /// The text of a file cannot be represented in its encoding, or does not survive the trip.
    #[error("{file}: the text does not round-trip through {encoding}")]
    Encoding {
        /// The file being written.
        file: String,
        /// The encoding.
        encoding: &'static str,
    },
}

macro_rules! detectors {
    ($($(#[$doc:meta])* $variant:ident => $id:literal,)*) => {
        /// A detector of the scanner, by its report id.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum Detector {
            $($(#[$doc])* #[serde(rename = $id)] $variant,)*
        }
        impl Detector {
            /// Every detector, in report order.
            pub const ALL: &'static [Detector] = &[$(Detector::$variant,)*];
            /// The id in the scanner's report (`vn.cccd`, `person_name`, ...).
            pub fn id(self) -> &'static str {
                match self { $(Detector::$variant => $id,)* }
            }
            /// The detector with this report id.
            pub fn from_id(id: &str) -> Option<Detector> {
                match id { $($id => Some(Detector::$variant),)* _ => None }
            }
        }
    };
}

detectors! {
    /// CCCD / personal identification number (12 digits).
    Cccd => "vn.cccd",
    /// Old identity card number (9 digits).
    Cmnd => "vn.cmnd",
    /// Passport number.
    Passport => "vn.passport",
    /// Mobile or fixed-line phone number.
    Phone => "vn.phone",
    /// Personal tax code (MST).
    TaxCode => "vn.tax_code",
    /// Social insurance (BHXH) number.
    SocialInsurance => "vn.social_insurance",
    /// Health insurance (BHYT) card number.
    HealthInsuranceCard => "vn.health_insurance_card",
    /// Vehicle licence plate.
    LicencePlate => "vn.licence_plate",
    /// Driving licence (GPLX) number.
    DrivingLicence => "vn.driving_licence",
    /// Payment card number.
    PaymentCard => "payment_card",
    /// Bank account number.
    BankAccount => "vn.bank_account",
    /// E-mail address.
    Email => "email",
    /// Person's name.
    PersonName => "person_name",
    /// Date of birth.
    DateOfBirth => "date_of_birth",
    /// Postal address.
    Address => "vn.address",
    /// Geographic coordinates.
    Geolocation => "geolocation",
    /// Ethnic group.
    Ethnicity => "ethnicity",
    /// Religion.
    Religion => "religion",
    /// Health data (diagnoses, ICD-10 codes, blood type).
    Health => "health",
    /// Criminal record.
    CriminalRecord => "criminal_record",
    /// Biometric template.
    Biometric => "biometric",
    /// Password or password hash.
    Credential => "credential",
    /// IP address.
    IpAddress => "ip_address",
}

/// The kind of a corpus file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Delimited text with a header line (the delimiter is in [`FileTruth::delimiter`]).
    Csv,
    /// Tab-separated, with a header line.
    Tsv,
    /// One JSON document.
    Json,
    /// One JSON object per line.
    Ndjson,
    /// Free prose.
    Text,
}

/// The character encoding of a corpus file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Encoding {
    /// UTF-8.
    #[serde(rename = "utf-8")]
    Utf8,
    /// UTF-16, little-endian.
    #[serde(rename = "utf-16le")]
    Utf16Le,
    /// Windows-1258 (Vietnamese), tone marks as combining characters.
    #[serde(rename = "windows-1258")]
    Windows1258,
}

impl Encoding {
    /// The WHATWG label.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Windows1258 => "windows-1258",
        }
    }
}

/// The ground truth of a corpus (`truth.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Truth {
    /// The seed the corpus was generated with.
    pub seed: u64,
    /// Every corpus file, in the order written.
    pub files: Vec<FileTruth>,
}

/// What one file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileTruth {
    /// Path relative to the corpus directory, with `/`.
    pub file: String,
    /// Kind of file.
    pub format: Format,
    /// Character encoding.
    pub encoding: Encoding,
    /// Whether the file starts with a byte-order mark.
    #[serde(default, skip_serializing_if = "is_false")]
    pub bom: bool,
    /// Field delimiter of CSV and TSV files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delimiter: Option<char>,
    /// Data rows (CSV, TSV), top-level objects (JSON), lines (NDJSON, text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<usize>,
    /// CSV and TSV columns, in file order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<ColumnTruth>,
    /// JSON fields (keys joined with `.`, array levels transparent).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldTruth>,
    /// Free text: mentions per detector id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub mentions: BTreeMap<String, u64>,
}

/// One column of a table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnTruth {
    /// Header text as in the file (NFC).
    pub column: String,
    /// The detector its values are true instances of; `None` for a decoy.
    pub detector: Option<Detector>,
    /// Non-blank cells.
    pub values: u64,
}

/// One field path of a JSON or NDJSON file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldTruth {
    /// Keys joined with `.`, array levels transparent.
    pub field: String,
    /// The detector its values are true instances of; `None` for a decoy.
    pub detector: Option<Detector>,
    /// Values present, not null and not empty.
    pub values: u64,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Writes the corpus under `dir` (created if needed) and its truth as `dir/truth.json`.
pub fn generate(dir: &Path, opts: &Options) -> Result<Truth, CorpusError> {
    let files = files::write_all(dir, opts)?;
    let truth = Truth {
        seed: opts.seed,
        files,
    };
    let mut json = serde_json::to_vec_pretty(&truth).map_err(|source| CorpusError::Serialise {
        file: "truth.json".into(),
        source,
    })?;
    json.push(b'\n');
    files::write(&dir.join("truth.json"), &json)?;
    Ok(truth)
}

/// Reads `dir/truth.json`.
pub fn read_truth(dir: &Path) -> Result<Truth, CorpusError> {
    let path = dir.join("truth.json");
    let bytes = std::fs::read(&path).map_err(|source| CorpusError::Read {
        path: path.clone(),
        source,
    })?;
    serde_json::from_slice(&bytes).map_err(|source| CorpusError::Truth { path, source })
}
