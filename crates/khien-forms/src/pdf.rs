//! PDF of a laid-out form, through Typst used as a library: the template
//! `templates/form.typ` followed by one call per block, every text passed as a string literal
//! (so no value can be read as markup), fonts embedded (Tinos, a Times-metric serif with
//! Vietnamese, SIL OFL 1.1).

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt as _, World};
use typst_layout::PagedDocument;

use crate::layout::{Block, Run};

/// The template.
pub const TEMPLATE: &str = include_str!("../templates/form.typ");

static FONTS: LazyLock<Vec<Font>> = LazyLock::new(|| {
    [
        &include_bytes!("../fonts/Tinos-Regular.ttf")[..],
        &include_bytes!("../fonts/Tinos-Bold.ttf")[..],
        &include_bytes!("../fonts/Tinos-Italic.ttf")[..],
        &include_bytes!("../fonts/Tinos-BoldItalic.ttf")[..],
    ]
    .into_iter()
    .flat_map(|data| Font::iter(Bytes::new(data)))
    .collect()
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));
static BOOK: LazyLock<LazyHash<FontBook>> =
    LazyLock::new(|| LazyHash::new(FontBook::from_fonts(FONTS.iter())));

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
#[error("không tạo được tệp PDF (cannot make the PDF): {0}")]
pub struct PdfError(String);

struct FormWorld {
    main: FileId,
    source: Source,
}

impl World for FormWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &BOOK
    }
    fn main(&self) -> FileId {
        self.main
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            Ok(self.source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }
    fn font(&self, index: usize) -> Option<Font> {
        FONTS.get(index).cloned()
    }
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        // Documents never depend on the clock: the date is a field.
        None
    }
}

/// A Typst string literal.
fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn text_expr(t: &str) -> String {
    if t.contains('\n') {
        let parts: Vec<String> = t.split('\n').map(lit).collect();
        format!("({},).join(linebreak())", parts.join(", "))
    } else {
        lit(t)
    }
}

fn content(runs: &[Run]) -> String {
    let mut out = String::from("[");
    for r in runs {
        let e = match r {
            Run::Label(t) | Run::Value(t) => text_expr(t),
            Run::Blank => "blank".to_owned(),
        };
        out.push_str(&format!("#({e})"));
    }
    out.push(']');
    out
}

fn array(items: &[String]) -> String {
    format!("({},)", items.join(", ")).replace("(,)", "()")
}

/// The Typst source of the blocks (template included).
pub fn source(blocks: &[Block]) -> String {
    let mut out = String::from(TEMPLATE);
    out.push('\n');
    for b in blocks {
        let call = match b {
            Block::Header {
                motto,
                left,
                number,
                place_date,
            } => format!(
                "#header({}, {}, {}, {})",
                array(
                    &left
                        .iter()
                        .map(|r| content(std::slice::from_ref(r)))
                        .collect::<Vec<_>>()
                ),
                number
                    .as_ref()
                    .map_or_else(|| "none".to_owned(), |n| content(std::slice::from_ref(n))),
                lit(motto),
                content(place_date)
            ),
            Block::Title(lines) => format!(
                "#title({})",
                array(&lines.iter().map(|l| lit(l)).collect::<Vec<_>>())
            ),
            Block::Recipient(r) => format!("#recipient({})", content(r)),
            Block::Paragraph(r) => format!("#para({})", content(r)),
            Block::Heading(r) => format!("#section({})", content(r)),
            Block::Note(r) => format!("#note({})", content(r)),
            Block::Numbered(items) => format!(
                "#numbered({})",
                array(
                    &items
                        .iter()
                        .map(|r| content(std::slice::from_ref(r)))
                        .collect::<Vec<_>>()
                )
            ),
            Block::Table { headings, rows } => format!(
                "#tbl({}, {})",
                array(&headings.iter().map(|h| lit(h)).collect::<Vec<_>>()),
                array(
                    &rows
                        .iter()
                        .map(|row| array(
                            &row.iter()
                                .map(|c| content(std::slice::from_ref(c)))
                                .collect::<Vec<_>>()
                        ))
                        .collect::<Vec<_>>()
                )
            ),
            Block::Signature {
                copies,
                signer,
                note,
                name,
            } => format!(
                "#signature({}, {}, {}, {})",
                array(&copies.iter().map(|c| lit(c)).collect::<Vec<_>>()),
                signer.as_deref().map_or_else(|| "none".to_owned(), lit),
                note.as_deref().map_or_else(|| "none".to_owned(), lit),
                content(std::slice::from_ref(name))
            ),
        };
        out.push_str(&call);
        out.push('\n');
    }
    out
}

/// Lays the blocks out as pages.
pub fn document(blocks: &[Block]) -> Result<PagedDocument, PdfError> {
    let main = FileId::new(RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new("form.typ").map_err(|e| PdfError(format!("{e:?}")))?,
    ));
    let world = FormWorld {
        main,
        source: Source::new(main, source(blocks)),
    };
    let doc = typst::compile::<PagedDocument>(&world).output;
    // Typst memoizes across compilations in a process-wide cache; a server renders forever,
    // so entries unused for the last 32 renders are dropped.
    typst::comemo::evict(32);
    doc.map_err(|diags| error(&diags))
}

/// Typst's diagnostics as one message.
fn error(diags: &[typst::diag::SourceDiagnostic]) -> PdfError {
    PdfError(
        diags
            .iter()
            .map(|d| d.message.to_string())
            .collect::<Vec<_>>()
            .join("; "),
    )
}

/// The PDF of the blocks.
pub fn render(blocks: &[Block]) -> Result<Vec<u8>, PdfError> {
    let doc = document(blocks)?;
    typst_pdf::pdf(&doc, &typst_pdf::PdfOptions::default()).map_err(|diags| error(&diags))
}
