//! Grading shared by the tests that score the scanner on hand-written data (formats.rs,
//! sheets.rs): counts found against counts marked, and the detectors the sets are marked for.

#![allow(dead_code)]

/// True and false positives and false negatives, added up from counts.
#[derive(Default, Clone, Copy)]
pub struct Score {
    pub tp: u64,
    pub fp: u64,
    pub fn_: u64,
}

impl Score {
    /// One count found against the count marked: the smaller is right, the rest is a false
    /// positive or a false negative.
    pub fn add(&mut self, found: u64, truth: u64) {
        self.tp += found.min(truth);
        self.fp += found.saturating_sub(truth);
        self.fn_ += truth.saturating_sub(found);
    }
    pub fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Whether a finding is in `file` or in a file inside it (an archive's member).
pub fn in_file(f: &khien_scan::Finding, file: &str) -> bool {
    f.location
        .file
        .as_deref()
        .is_some_and(|p| p == file || p.starts_with(&format!("{file}!/")))
}

/// The detectors the held-out sets 2 to 5 were marked for: identifiers, names, addresses and
/// dates of birth (their writers did not mark the sensitive categories, so findings of those
/// are not graded on them).
pub const MARKED: &[&str] = &[
    "person_name",
    "date_of_birth",
    "vn.address",
    "vn.cccd",
    "vn.cmnd",
    "vn.passport",
    "vn.phone",
    "vn.tax_code",
    "vn.social_insurance",
    "vn.health_insurance_card",
    "vn.licence_plate",
    "vn.driving_licence",
    "vn.bank_account",
    "email",
    "ip_address",
    "payment_card",
];

/// The sensitive and identity categories the spreadsheets are marked for besides [`MARKED`].
pub const CATEGORIES: &[&str] = &[
    "gender",
    "ethnicity",
    "religion",
    "nationality",
    "marital_status",
    "health",
];
