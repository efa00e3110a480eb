//! A document as blocks, in the conventions of Vietnamese administrative documents
//! (Decree 30/2020/NĐ-CP, Annex I), and their Markdown. The official forms (`khien-forms`)
//! and the scanner's classification report (`khien-scan`) both produce these blocks; the PDF
//! and DOCX renderers in `khien-forms` and the Markdown renderer here read them. No I/O.

#![forbid(unsafe_code)]

pub mod markdown;

/// The visible mark of a blank left for the person filing.
pub const BLANK: &str = "……………";

/// A run of text in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run {
    /// Fixed text of the form.
    Label(String),
    /// A value from the data.
    Value(String),
    /// A blank left to complete.
    Blank,
}

/// A block of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The header: left lines (issuer) and the number line; the national title and motto go
    /// on the right.
    Header {
        /// The national title as the form prints it.
        motto: String,
        /// The issuer's lines (organisation name or authority lines), upper case.
        left: Vec<Run>,
        /// `Số: …`, for organisations and authorities.
        number: Option<Run>,
        /// Place and date, right-aligned in italics.
        place_date: Vec<Run>,
    },
    /// The title lines, centred and bold.
    Title(Vec<String>),
    /// `Kính gửi: …`.
    Recipient(Vec<Run>),
    /// A paragraph.
    Paragraph(Vec<Run>),
    /// A section heading.
    Heading(Vec<Run>),
    /// An italic instruction.
    Note(Vec<Run>),
    /// A numbered list (items, or two blanks).
    Numbered(Vec<Run>),
    /// A table.
    Table {
        /// Column headings.
        headings: Vec<String>,
        /// Rows (one blank row when there is no data).
        rows: Vec<Vec<Run>>,
    },
    /// "Nơi nhận" and the signature.
    Signature {
        /// The copies.
        copies: Vec<String>,
        /// The signer's title.
        signer: Option<String>,
        /// The note under it.
        note: Option<String>,
        /// The signer's name.
        name: Run,
    },
}

/// A date as administrative documents print it: `ngày 05 tháng 02 năm 2026`, `ngày 23 tháng
/// 11 năm 2026`. Decree 30/2020/NĐ-CP, Annex I, Part I, II.4(b): days below 10 and the
/// months 1 and 2 take a leading zero; the other months do not.
pub fn date_words(d: time::Date) -> String {
    let m = u8::from(d.month());
    let month = if m < 3 {
        format!("{m:02}")
    } else {
        m.to_string()
    };
    format!("ngày {:02} tháng {month} năm {}", d.day(), d.year())
}
