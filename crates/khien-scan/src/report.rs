//! The scan report: the JSON document other tools read (the contract of `khien scan --format
//! json`), and its CSV, table and Vietnamese Markdown renderings.

use serde::{Deserialize, Serialize};

/// Everything a scan found.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    /// The regime findings are classified under (`law-91-2025`, `decree-13-2023`).
    pub regime: &'static str,
    /// The sources given, with what was read from each.
    pub sources: Vec<SourceSummary>,
    /// Findings: one per detector per column, field or text file. No raw value.
    pub findings: Vec<Finding>,
    /// Problems met, per file or table; the rest of the scan went on.
    pub errors: Vec<ScanError>,
    /// Each file or table with its classification.
    pub units: Vec<Unit>,
    /// Files known but not read, with the reason (a picture without OCR installed, a legacy
    /// .doc); files of formats the scanner does not know are only counted in the sources.
    pub skipped: Vec<Skipped>,
}

/// A file not read, and why.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Skipped {
    /// The source.
    pub source: String,
    /// The file (`archive.zip!/inner.png` inside an archive).
    pub file: String,
    /// Why it was not read.
    pub reason: String,
}

/// One source given on the command line.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SourceSummary {
    /// The path or URL (without password) as given.
    pub source: String,
    /// `file`, `directory`, `sqlite`, `postgres`, `mysql`.
    pub kind: &'static str,
    /// Files read (those inside archives and e-mails included).
    pub files: u64,
    /// Tables read.
    pub tables: u64,
    /// Bytes of the files read (an archive counts its own size, not what it expands to).
    pub bytes: u64,
    /// Records read (rows, JSON records, lines).
    pub records: u64,
    /// Files skipped because their format is not one the scanner reads.
    pub skipped: u64,
}

/// Where a finding is. Keys that do not apply are left out.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Location {
    /// File path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Database table, or sheet of a workbook.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    /// Column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// Path of keys in a JSON document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// One kind of personal data in one place.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    /// The source (as in [`SourceSummary::source`]).
    pub source: String,
    /// Where.
    pub location: Location,
    /// Detector id (`vn.cccd`, ...).
    pub detector: &'static str,
    /// `basic` or `sensitive`.
    pub category: &'static str,
    /// The article listing it (`Decree 356/2025 Art. 3(7)`).
    pub legal_basis: &'static str,
    /// Values found (in free text: occurrences).
    pub count: u64,
    /// How sure, 0 to 1.
    pub confidence: f32,
    /// Masked samples (`0912****78`).
    pub samples: Vec<String>,
}

/// A file or table as a whole.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Unit {
    /// The source.
    pub source: String,
    /// File path or table name.
    pub location: Location,
    /// Format (`csv`, `json`, `table`, ...).
    pub format: &'static str,
    /// Text encoding, for text files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<&'static str>,
    /// Size in bytes (files).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
    /// Records read; for a sampled table, rows in the table when known.
    pub records: u64,
    /// Rows sampled (tables).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampled: Option<u64>,
    /// `none`, `basic` or `sensitive`.
    pub personal_data: &'static str,
    /// Detectors found.
    pub detectors: Vec<&'static str>,
    /// Records join an identity with sensitive data (the record as a whole is sensitive).
    pub identity_with_sensitive: bool,
    /// Values (dates of birth, CCCD numbers) of persons under 16: children's data, whose
    /// processing needs a parent's or guardian's consent (Law 91/2025 Art. 24).
    pub children: u64,
}

/// A problem with one file, table or source.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ScanError {
    /// The source.
    pub source: String,
    /// The file, when the problem is with one file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The table, when the problem is with one table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    /// What went wrong.
    pub message: String,
}

impl Report {
    /// The findings as CSV, one line per finding.
    pub fn to_csv(&self) -> String {
        let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
        let _ = w.write_record([
            "source",
            "file",
            "table",
            "column",
            "field",
            "detector",
            "category",
            "legal_basis",
            "count",
            "confidence",
            "samples",
        ]);
        for f in &self.findings {
            let l = &f.location;
            let _ = w.write_record([
                f.source.as_str(),
                l.file.as_deref().unwrap_or(""),
                l.table.as_deref().unwrap_or(""),
                l.column.as_deref().unwrap_or(""),
                l.field.as_deref().unwrap_or(""),
                f.detector,
                f.category,
                f.legal_basis,
                &f.count.to_string(),
                &format!("{:.2}", f.confidence),
                &f.samples.join(" | "),
            ]);
        }
        String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
    }

    /// A table for a terminal, in Vietnamese.
    pub fn to_table(&self) -> String {
        let mut rows: Vec<[String; 6]> = vec![[
            "Vị trí".into(),
            "Loại dữ liệu".into(),
            "Phân loại".into(),
            "Căn cứ".into(),
            "Số lượng".into(),
            "Mẫu (đã che)".into(),
        ]];
        for f in &self.findings {
            let d = khien_detect::Detector::from_id(f.detector);
            rows.push([
                location_text(&f.location),
                d.map_or(f.detector, |d| d.label_vi()).to_owned(),
                if f.category == "sensitive" {
                    "Nhạy cảm"
                } else {
                    "Cơ bản"
                }
                .to_owned(),
                // As the classification report cites it: "khoản 7 Điều 3 Nghị định 356/2025".
                crate::classification::basis_vi(f.legal_basis),
                f.count.to_string(),
                f.samples.join(", "),
            ]);
        }
        let widths: Vec<usize> = (0..6)
            .map(|i| {
                rows.iter()
                    .map(|r| r[i].chars().count())
                    .max()
                    .unwrap_or(0)
                    .min(60)
            })
            .collect();
        let mut out = String::new();
        for (k, r) in rows.iter().enumerate() {
            let cells: Vec<String> = r
                .iter()
                .zip(&widths)
                .map(|(c, w)| {
                    let c: String = c.chars().take(*w).collect();
                    format!("{c}{}", " ".repeat(w.saturating_sub(c.chars().count())))
                })
                .collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
            if k == 0 {
                out.push_str(
                    &widths
                        .iter()
                        .map(|w| "─".repeat(*w))
                        .collect::<Vec<_>>()
                        .join("  "),
                );
                out.push('\n');
            }
        }
        for e in &self.errors {
            out.push_str(&format!("Lỗi: {}: {}\n", error_place(e), e.message));
        }
        for s in &self.skipped {
            out.push_str(&format!("Bỏ qua: {}: {}\n", s.file, s.reason));
        }
        out
    }
}

/// `file › table › column › field`.
pub fn location_text(l: &Location) -> String {
    [&l.file, &l.table, &l.column, &l.field]
        .iter()
        .filter_map(|p| p.as_deref())
        .collect::<Vec<_>>()
        .join(" › ")
}

fn error_place(e: &ScanError) -> String {
    [Some(&e.source), e.file.as_ref(), e.table.as_ref()]
        .iter()
        .flatten()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(" › ")
}
