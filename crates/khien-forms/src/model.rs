//! The form model, read from the form files.

use std::collections::BTreeMap;

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization as _;

/// The type of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldType {
    /// One line of text.
    Text,
    /// Several lines.
    Multiline,
    /// A date, `YYYY-MM-DD`, printed `dd/mm/yyyy`.
    Date,
    /// A telephone number.
    Phone,
    /// An e-mail address.
    Email,
    /// A number.
    Number,
    /// An identity document number.
    IdNumber,
    /// A numbered list of lines.
    List,
    /// Rows of a table.
    Table,
    /// One of the options (the boxes of the official form).
    Choice,
}

/// A field of a form.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Its type.
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// How the "to complete" list names it.
    pub label: String,
    /// Whether the form says "(nếu có)".
    #[serde(default)]
    pub optional: bool,
    /// Which registry data fills it, when known.
    #[serde(default)]
    pub from: Option<String>,
    /// The keys of a table's columns.
    #[serde(default)]
    pub columns: Vec<String>,
    /// The options of a choice.
    #[serde(default)]
    pub options: Vec<String>,
}

/// Who issues the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Issuer {
    /// A person: no organisation block.
    Person,
    /// An organisation: its name and the document number on the left.
    Organisation,
    /// The authority: its header lines on the left.
    Authority,
}

/// A form file, as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FormFile {
    id: String,
    number: String,
    title: String,
    source: String,
    issuer: Issuer,
    #[serde(default)]
    authority: Vec<String>,
    heading: Vec<String>,
    #[serde(default)]
    recipient: Option<String>,
    #[serde(default)]
    recipient_field: Option<String>,
    #[serde(default)]
    signer: Option<String>,
    #[serde(default)]
    signer_note: Option<String>,
    #[serde(default)]
    copies: Vec<String>,
    #[serde(default)]
    notes: Option<String>,
    #[serde(default)]
    motto: Option<String>,
    #[serde(default = "yes")]
    number_line: bool,
    #[serde(default)]
    bare: bool,
    body: Vec<String>,
    #[serde(default)]
    fields: BTreeMap<String, Field>,
}

fn yes() -> bool {
    true
}

/// The national title as most forms print it.
pub const NATIONAL_TITLE: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

/// A piece of a body line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Fixed text of the official form.
    Text(String),
    /// A blank, by field path.
    Blank(String),
}

/// A line of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// A paragraph with blanks.
    Paragraph(Vec<Piece>),
    /// A section heading (may hold blanks).
    Heading(Vec<Piece>),
    /// An instruction printed in italics.
    Note(Vec<Piece>),
    /// A numbered list: the field.
    List(String),
    /// A table: column headings and the field.
    Table {
        /// The headings.
        headings: Vec<String>,
        /// The field (rows).
        field: String,
    },
}

/// A form, checked.
#[derive(Debug, Clone)]
pub struct Form {
    /// `nd165-01a` …
    pub id: String,
    /// `Mẫu số 01a`.
    pub number: String,
    /// Its name.
    pub title: String,
    /// The decree and annex.
    pub source: String,
    /// Who issues it.
    pub issuer: Issuer,
    /// The authority's header lines.
    pub authority: Vec<String>,
    /// The title lines as printed.
    pub heading: Vec<String>,
    /// The addressee after "Kính gửi:".
    pub recipient: Option<String>,
    /// The field holding the addressee, when it is a blank.
    pub recipient_field: Option<String>,
    /// The signature block's title.
    pub signer: Option<String>,
    /// The note under it.
    pub signer_note: Option<String>,
    /// "Nơi nhận:" lines.
    pub copies: Vec<String>,
    /// What the transcription could not express.
    pub notes: Option<String>,
    /// The national title as this form prints it (a few print "CỘNG HOÀ").
    pub motto: String,
    /// Whether the header has a "Số:" line (organisation and authority forms, unless the
    /// official form has none).
    pub number_line: bool,
    /// A report with no header, date or signature of its own (an annex to a notice).
    pub bare: bool,
    /// The body, in order.
    pub body: Vec<Line>,
    /// The fields, by path.
    pub fields: BTreeMap<String, Field>,
}

/// A form file that does not hold together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("mẫu {form}: {reason}")]
pub struct FormError {
    /// The form.
    pub form: String,
    /// What is wrong.
    pub reason: String,
}

/// The standard fields every form has besides its own: place and date, the document number
/// (organisations and authorities), and the signer's name.
pub const STANDARD_FIELDS: &[(&str, FieldType, &str)] = &[
    ("place", FieldType::Text, "Địa danh (nơi ban hành)"),
    ("date", FieldType::Date, "Ngày ban hành"),
    ("number", FieldType::Text, "Số văn bản"),
    ("org_name", FieldType::Text, "Tên tổ chức (góc trái)"),
    ("signer_name", FieldType::Text, "Họ và tên người ký"),
];

fn pieces(line: &str) -> Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or_else(|| format!("unclosed {{ in `{line}`"))?;
        if open > 0 {
            out.push(Piece::Text(rest[..open].to_owned()));
        }
        let path = rest[open + 1..close].trim();
        if !valid_path(path) {
            return Err(format!("bad field path `{path}` in `{line}`"));
        }
        out.push(Piece::Blank(path.to_owned()));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_owned()));
    }
    Ok(out)
}

fn valid_path(p: &str) -> bool {
    !p.is_empty()
        && p.split('.').all(|s| {
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        })
}

fn parse_line(raw: &str) -> Result<Line, String> {
    let line: String = raw.nfc().collect();
    let line = line.trim();
    if let Some(rest) = line.strip_prefix("= ") {
        return Ok(Line::Heading(pieces(rest)?));
    }
    if let Some(rest) = line.strip_prefix("> ") {
        return Ok(Line::Note(pieces(rest)?));
    }
    if let Some(rest) = line.strip_prefix("# ") {
        let p = pieces(rest)?;
        return match p.as_slice() {
            [Piece::Blank(f)] => Ok(Line::List(f.clone())),
            _ => Err(format!("a list line is `# {{field}}` alone: `{line}`")),
        };
    }
    if line.starts_with('|') {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let (last, heads) = cells
            .split_last()
            .ok_or_else(|| format!("empty table line `{line}`"))?;
        let spec = last
            .strip_prefix('{')
            .and_then(|s| s.strip_suffix('}'))
            .ok_or_else(|| format!("a table line ends with `{{rows: a, b}}`: `{line}`"))?;
        let field = spec.split(':').next().unwrap_or_default().trim().to_owned();
        if !valid_path(&field) {
            return Err(format!("bad table field in `{line}`"));
        }
        return Ok(Line::Table {
            headings: heads.iter().map(|h| (*h).to_owned()).collect(),
            field,
        });
    }
    Ok(Line::Paragraph(pieces(line)?))
}

/// The field paths a line's blanks name, in order.
pub(crate) fn blanks_of(line: &Line) -> Vec<&str> {
    match line {
        Line::Paragraph(p) | Line::Heading(p) | Line::Note(p) => p
            .iter()
            .filter_map(|x| match x {
                Piece::Blank(b) => Some(b.as_str()),
                Piece::Text(_) => None,
            })
            .collect(),
        Line::List(f) | Line::Table { field: f, .. } => vec![f.as_str()],
    }
}

impl Form {
    /// Parses and checks a form file.
    pub fn parse(id: &str, text: &str) -> Result<Self, FormError> {
        let err = |reason: String| FormError {
            form: id.to_owned(),
            reason,
        };
        let f: FormFile = toml::from_str(text).map_err(|e| err(e.to_string()))?;
        if f.id != id {
            return Err(err(format!("file says id `{}`", f.id)));
        }
        let body = f
            .body
            .iter()
            .map(|l| parse_line(l))
            .collect::<Result<Vec<_>, _>>()
            .map_err(err)?;
        // Every blank declared, every declared field used, types consistent with their lines.
        let mut used: Vec<&str> = body.iter().flat_map(blanks_of).collect();
        if let Some(r) = &f.recipient_field {
            used.push(r);
        }
        for path in &used {
            if !f.fields.contains_key(*path) {
                return Err(err(format!("blank `{path}` has no [fields] entry")));
            }
            if STANDARD_FIELDS.iter().any(|(s, _, _)| s == path) {
                return Err(err(format!("`{path}` is a standard field")));
            }
        }
        for (path, field) in &f.fields {
            if !used.contains(&path.as_str()) {
                return Err(err(format!(
                    "field `{path}` is declared but not in the body"
                )));
            }
            if !valid_path(path) {
                return Err(err(format!("bad field path `{path}`")));
            }
            if let Some(key) = &field.from
                && !crate::registry::SUPPLIED.contains(&key.as_str())
            {
                return Err(err(format!(
                    "field `{path}` is filled from `{key}`, which the registry does not supply"
                )));
            }
            if field.kind == FieldType::Table && field.columns.is_empty() {
                return Err(err(format!("table `{path}` has no columns")));
            }
            if field.kind == FieldType::Choice && field.options.len() < 2 {
                return Err(err(format!("choice `{path}` needs two options or more")));
            }
        }
        for line in &body {
            match line {
                Line::List(p) if f.fields[p].kind != FieldType::List => {
                    return Err(err(format!("`{p}` is used as a list but typed otherwise")));
                }
                Line::Table { field, headings } => {
                    let fd = &f.fields[field];
                    if fd.kind != FieldType::Table || fd.columns.len() != headings.len() {
                        return Err(err(format!(
                            "table `{field}`: {} headings, {} columns",
                            headings.len(),
                            fd.columns.len()
                        )));
                    }
                }
                Line::Paragraph(p) | Line::Heading(p) | Line::Note(p) => {
                    for piece in p {
                        if let Piece::Blank(b) = piece
                            && matches!(f.fields[b].kind, FieldType::List | FieldType::Table)
                        {
                            return Err(err(format!("`{b}` (list or table) used inline")));
                        }
                    }
                }
                Line::List(_) => {}
            }
        }
        let nfc = |s: String| s.nfc().collect::<String>();
        Ok(Self {
            id: f.id,
            number: nfc(f.number),
            title: nfc(f.title),
            source: f.source,
            issuer: f.issuer,
            authority: f.authority.into_iter().map(nfc).collect(),
            heading: f.heading.into_iter().map(nfc).collect(),
            recipient: f.recipient.map(nfc),
            recipient_field: f.recipient_field,
            signer: f.signer.map(nfc),
            signer_note: f.signer_note.map(nfc),
            copies: f.copies.into_iter().map(nfc).collect(),
            notes: f.notes,
            motto: f.motto.map_or_else(|| NATIONAL_TITLE.to_owned(), nfc),
            number_line: f.number_line && f.issuer != Issuer::Person && !f.bare,
            bare: f.bare,
            body,
            fields: f.fields,
        })
    }

    /// The fixed text of the form, in order: what a rendered document must contain.
    pub fn labels(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !self.bare {
            out.extend(self.authority.iter().cloned());
            out.push(self.motto.clone());
            out.push("Độc lập - Tự do - Hạnh phúc".to_owned());
        }
        out.extend(self.heading.iter().cloned());
        if self.recipient.is_some() || self.recipient_field.is_some() {
            out.push("Kính gửi:".to_owned());
        }
        if let Some(r) = &self.recipient {
            out.push(r.clone());
        }
        for line in &self.body {
            match line {
                Line::Paragraph(p) | Line::Heading(p) | Line::Note(p) => {
                    for piece in p {
                        if let Piece::Text(t) = piece
                            && !t.trim().is_empty()
                        {
                            out.push(t.trim().to_owned());
                        }
                    }
                }
                Line::Table { headings, .. } => out.extend(headings.iter().cloned()),
                Line::List(_) => {}
            }
        }
        if !self.copies.is_empty() {
            out.push("Nơi nhận:".to_owned());
            out.extend(self.copies.iter().cloned());
        }
        out.extend(self.signer.iter().cloned());
        out.extend(self.signer_note.iter().cloned());
        out
    }
}

/// Every form, loaded and checked.
#[derive(Debug, Clone)]
pub struct Catalogue {
    forms: Vec<Form>,
}

impl Catalogue {
    /// The forms embedded in Khiên.
    pub fn builtin() -> Result<Self, FormError> {
        let forms = crate::FORM_FILES
            .iter()
            .map(|(id, text)| Form::parse(id, text))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self { forms })
    }

    /// All forms, by id.
    pub fn forms(&self) -> &[Form] {
        &self.forms
    }

    /// One form.
    pub fn get(&self, id: &str) -> Option<&Form> {
        self.forms.iter().find(|f| f.id == id)
    }
}
