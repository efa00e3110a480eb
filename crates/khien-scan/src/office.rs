//! Word (DOCX) and OpenDocument (ODT, ODS) files: the XML parts inside their ZIP container are
//! parsed as a stream of events. Paragraphs are read as lines of free text; tables become
//! tables (a header found as in spreadsheets, or, for the forms of labels and values that
//! documents are full of, rows read as "label: value" lines); a table inside a cell is read
//! into that cell. Repeated rows and cells of OpenDocument are expanded within bounds.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use zip::ZipArchive;

use crate::input::Input;
use crate::readers::Ctx;
use crate::table::Table;
use crate::unit::{FieldKey, UnitScan};

/// Longest paragraph or cell kept, in bytes; the rest is cut off.
const MAX_PARAGRAPH: usize = 1 << 20;
/// Most times a repeated OpenDocument row or cell is counted (a repeated value is the same
/// value: more copies tell nothing new).
const MAX_REPEAT: u64 = 8;
/// Most text kept in one row of a table, in bytes.
const MAX_ROW: usize = 4 << 20;

#[derive(Clone, Copy, PartialEq)]
enum Dialect {
    /// WordprocessingML: text only inside `w:t`.
    Word,
    /// OpenDocument: text anywhere inside `text:p` / `text:h`.
    Odf {
        /// A spreadsheet: tables are sheets, read with their names.
        sheets: bool,
    },
}

struct OpenTable {
    table: Table,
    name: String,
    row: Vec<String>,
    cell: String,
    row_repeat: u64,
    cell_repeat: u64,
}

struct Walker<'u> {
    unit: &'u mut UnitScan,
    dialect: Dialect,
    max_columns: usize,
    para: String,
    /// Inside a text element (`w:t`) of Word.
    in_t: bool,
    /// Depth of open paragraphs (ODF notes hold paragraphs inside paragraphs).
    in_para: u32,
    /// Depth of tables; only the outermost is read as a table.
    depth: u32,
    open: Option<OpenTable>,
    tables: u32,
    wide: bool,
}

fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find_map(|a| (a.key.local_name().as_ref() == local).then(|| a.value.to_string()))
}

fn repeat(e: &BytesStart<'_>, local: &str) -> u64 {
    attr(e, local)
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(1)
        .max(1)
}

impl Walker<'_> {
    fn push_text(&mut self, s: &str) {
        if self.para.len() + s.len() <= MAX_PARAGRAPH {
            self.para.push_str(s);
        }
    }

    fn start(&mut self, e: &BytesStart<'_>, empty: bool) {
        let name = e.local_name();
        let name = name.as_ref();
        let word = self.dialect == Dialect::Word;
        match name {
            "tbl" if word => self.table_start(None),
            "table" if !word => self.table_start(attr(e, "name")),
            "tr" if word && self.depth == 1 => self.row_start(1),
            "table-row" if !word && self.depth == 1 => {
                self.row_start(repeat(e, "number-rows-repeated"))
            }
            "tc" if word && self.depth == 1 => self.cell_start(1),
            "table-cell" | "covered-table-cell" if !word && self.depth == 1 => {
                self.cell_start(repeat(e, "number-columns-repeated"))
            }
            "p" | "h" if !word => self.in_para += 1,
            "p" if word => self.in_para += 1,
            "t" if word => self.in_t = true,
            "tab" if (word && self.in_t) || (!word && self.in_para > 0) => self.push_text("\t"),
            "tab" if word => self.push_text("\t"),
            "br" | "cr" if word => self.push_text(" "),
            "line-break" if !word => self.push_text(" "),
            "s" if !word && self.in_para > 0 => {
                let n = repeat(e, "c").min(8) as usize;
                self.push_text(&" ".repeat(n));
            }
            _ => {}
        }
        if empty {
            self.end(name);
        }
    }

    fn end(&mut self, name: &str) {
        let word = self.dialect == Dialect::Word;
        match name {
            "t" if word => self.in_t = false,
            "p" | "h" if !word || name == "p" => {
                self.in_para = self.in_para.saturating_sub(1);
                if self.in_para == 0 {
                    self.paragraph_end();
                }
            }
            "tc" if word && self.depth == 1 => self.cell_end(),
            "table-cell" | "covered-table-cell" if !word && self.depth == 1 => self.cell_end(),
            "tr" if word && self.depth == 1 => self.row_end(),
            "table-row" if !word && self.depth == 1 => self.row_end(),
            "tbl" if word => self.table_end(),
            "table" if !word => self.table_end(),
            _ => {}
        }
    }

    fn paragraph_end(&mut self) {
        let text = std::mem::take(&mut self.para);
        if self.depth > 0 {
            if let Some(t) = &mut self.open
                && t.cell.len() + text.len() < MAX_PARAGRAPH
            {
                if !t.cell.is_empty() {
                    t.cell.push(' ');
                }
                t.cell.push_str(text.trim());
            }
            return;
        }
        if text.trim().is_empty() {
            return;
        }
        self.unit.records += 1;
        let year = self.unit.year;
        self.unit
            .field(FieldKey::default(), None)
            .add_text(&text, year);
    }

    fn table_start(&mut self, name: Option<String>) {
        self.depth += 1;
        if self.depth > 1 {
            return;
        }
        self.tables += 1;
        let year = self.unit.year;
        let sheets = self.dialect == Dialect::Odf { sheets: true };
        self.open = Some(OpenTable {
            table: if sheets {
                Table::new(year, self.max_columns)
            } else {
                Table::in_document(year, self.max_columns)
            },
            name: name
                .filter(|n| sheets && !n.is_empty())
                .unwrap_or_else(|| format!("bảng {}", self.tables)),
            row: Vec::new(),
            cell: String::new(),
            row_repeat: 1,
            cell_repeat: 1,
        });
    }

    fn row_start(&mut self, repeat: u64) {
        if let Some(t) = &mut self.open {
            t.row.clear();
            t.row_repeat = repeat;
        }
    }

    fn cell_start(&mut self, repeat: u64) {
        if let Some(t) = &mut self.open {
            t.cell.clear();
            t.cell_repeat = repeat;
        }
    }

    fn cell_end(&mut self) {
        let max = self.max_columns + 1;
        if let Some(t) = &mut self.open {
            let text = std::mem::take(&mut t.cell);
            let blank = text.trim().is_empty();
            // Blank cells repeated to the sheet's edge only pad; filled ones count a few times.
            let n = if blank {
                t.cell_repeat.min(max as u64)
            } else {
                t.cell_repeat.min(MAX_REPEAT)
            } as usize;
            let used: usize = t.row.iter().map(String::len).sum();
            let text = if used + text.len().saturating_mul(n) > MAX_ROW {
                String::new()
            } else {
                text
            };
            for _ in 0..n {
                if t.row.len() >= max {
                    break;
                }
                t.row.push(text.clone());
            }
        }
    }

    fn row_end(&mut self) {
        if let Some(t) = &mut self.open {
            let row = std::mem::take(&mut t.row);
            if row.iter().all(|c| c.trim().is_empty()) {
                return;
            }
            let n = t.row_repeat.min(MAX_REPEAT);
            for _ in 1..n {
                t.table.row(self.unit, Some(&t.name), row.clone());
            }
            t.table.row(self.unit, Some(&t.name), row);
        }
    }

    fn table_end(&mut self) {
        self.depth = self.depth.saturating_sub(1);
        if self.depth > 0 {
            return;
        }
        if let Some(t) = self.open.take() {
            self.wide |= t.table.finish(self.unit, Some(&t.name));
        }
    }
}

fn walk(xml: &[u8], w: &mut Walker<'_>, part: &str, ctx: &Ctx<'_>) -> Result<(), String> {
    let mut r = Reader::from_reader(xml);
    r.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut events = 0u64;
    loop {
        buf.clear();
        let ev = r
            .read_event_into(&mut buf)
            .map_err(|e| format!("{part}: damaged XML at byte {}: {e}", r.buffer_position()))?;
        events += 1;
        if events.is_multiple_of(65_536) && ctx.cancelled() {
            return Err("the scan was interrupted".to_owned());
        }
        match ev {
            Event::Start(e) => w.start(&e, false),
            Event::Empty(e) => w.start(&e, true),
            Event::End(e) => w.end(e.local_name().as_ref()),
            Event::Text(t) => {
                let inside = match w.dialect {
                    Dialect::Word => w.in_t,
                    Dialect::Odf { .. } => w.in_para > 0,
                };
                if inside {
                    w.push_text(&t.xml10_content());
                }
            }
            Event::CData(t) if w.in_t || w.in_para > 0 => w.push_text(t.as_ref()),
            Event::GeneralRef(r) if w.in_t || w.in_para > 0 => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match r.xml10_content().as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                if let Some(c) = c {
                    w.push_text(c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // A part cut short still counts what it held.
    while w.depth > 0 {
        w.table_end();
    }
    if !w.para.is_empty() {
        w.in_para = 0;
        w.paragraph_end();
    }
    Ok(())
}

fn new_walker<'u>(unit: &'u mut UnitScan, dialect: Dialect, ctx: &Ctx<'_>) -> Walker<'u> {
    Walker {
        unit,
        dialect,
        max_columns: ctx.opts.max_fields,
        para: String::new(),
        in_t: false,
        in_para: 0,
        depth: 0,
        open: None,
        tables: 0,
        wide: false,
    }
}

fn finish(w: &Walker<'_>, problems: Vec<String>, ctx: &Ctx<'_>) -> Result<(), String> {
    let mut problems = problems;
    if w.wide {
        problems.push(crate::table::too_wide(ctx.opts.max_fields));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// Reads a Word document: the body, then headers, footers, notes and comments.
pub fn read_docx(input: Input<'_>, unit: &mut UnitScan, ctx: &Ctx<'_>) -> Result<(), String> {
    crate::archive::guard(input.open().map_err(|e| e.to_string())?, ctx.opts)?;
    let r = input.open().map_err(|e| e.to_string())?;
    let mut z = ZipArchive::new(r).map_err(|e| format!("not a readable Word document: {e}"))?;
    let mut parts: Vec<String> = vec!["word/document.xml".to_owned()];
    let mut extra: Vec<String> = z
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .filter(|n| {
            let n = n.to_ascii_lowercase();
            n.starts_with("word/")
                && n.ends_with(".xml")
                && ["header", "footer", "footnotes", "endnotes", "comments"]
                    .iter()
                    .any(|p| n.starts_with(&format!("word/{p}")))
        })
        .collect();
    extra.sort();
    parts.extend(extra);
    let mut w = new_walker(unit, Dialect::Word, ctx);
    let mut problems = Vec::new();
    let mut found_body = false;
    for part in &parts {
        match crate::archive::entry(&mut z, part, ctx.opts) {
            Ok(Some(xml)) => {
                found_body |= part == "word/document.xml";
                if let Err(e) = walk(&xml, &mut w, part, ctx) {
                    problems.push(e);
                }
            }
            Ok(None) => {}
            Err(e) => problems.push(e),
        }
    }
    if !found_body {
        problems.push("no word/document.xml: not a Word document, or damaged".to_owned());
    }
    finish(&w, problems, ctx)
}

/// Reads an OpenDocument text (`sheets = false`) or spreadsheet (`sheets = true`).
pub fn read_odf(
    input: Input<'_>,
    unit: &mut UnitScan,
    ctx: &Ctx<'_>,
    sheets: bool,
) -> Result<(), String> {
    crate::archive::guard(input.open().map_err(|e| e.to_string())?, ctx.opts)?;
    let r = input.open().map_err(|e| e.to_string())?;
    let mut z = ZipArchive::new(r).map_err(|e| format!("not a readable OpenDocument file: {e}"))?;
    let xml = crate::archive::entry(&mut z, "content.xml", ctx.opts)?
        .ok_or_else(|| "no content.xml: not an OpenDocument file, or damaged".to_owned())?;
    let mut w = new_walker(unit, Dialect::Odf { sheets }, ctx);
    let r = walk(&xml, &mut w, "content.xml", ctx);
    finish(&w, r.err().into_iter().collect(), ctx)
}
