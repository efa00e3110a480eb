//! HTML pages and RTF documents, read whole (within `Options::max_whole_bytes`) and turned into
//! lines of text and tables. Neither is rendered: scripts, styles and RTF's font, colour and
//! picture groups are left out, and what a person reads is kept.

use crate::decode::decode_all;
use crate::input::Input;
use crate::readers::Ctx;
use crate::table::Table;
use crate::unit::{FieldKey, UnitScan};

/// Where the text of a document goes: lines of free text, and tables.
pub struct DocSink<'u> {
    unit: &'u mut UnitScan,
    line: String,
    table: Option<(Table, String)>,
    row: Vec<String>,
    cell: Option<String>,
    tables: u32,
    max_columns: usize,
    pub wide: bool,
}

/// Longest line kept, in bytes.
const MAX_LINE: usize = 1 << 20;

impl<'u> DocSink<'u> {
    pub fn new(unit: &'u mut UnitScan, max_columns: usize) -> Self {
        DocSink {
            unit,
            line: String::new(),
            table: None,
            row: Vec::new(),
            cell: None,
            tables: 0,
            max_columns,
            wide: false,
        }
    }

    /// The unit, for text read around the sink.
    pub fn unit(&mut self) -> &mut UnitScan {
        self.newline();
        self.unit
    }

    /// Adds text; a line that reaches [`MAX_LINE`] is read as it is and a new one begun (a
    /// cell is cut there).
    pub fn text(&mut self, s: &str) {
        if self.cell.is_none() && self.line.len() + s.len() > MAX_LINE {
            self.newline();
        }
        let target = match &mut self.cell {
            Some(c) => c,
            None => &mut self.line,
        };
        if target.len() + s.len() <= MAX_LINE {
            target.push_str(s);
        } else {
            let mut end = MAX_LINE.saturating_sub(target.len()).min(s.len());
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            target.push_str(s.get(..end).unwrap_or(""));
        }
    }

    /// Ends a line (a paragraph, a `<br>`); inside a cell, a space.
    pub fn newline(&mut self) {
        if let Some(c) = &mut self.cell {
            c.push(' ');
            return;
        }
        let line = std::mem::take(&mut self.line);
        if !line.trim().is_empty() {
            self.unit.records += 1;
            let year = self.unit.year;
            self.unit
                .field(FieldKey::default(), None)
                .add_text(&line, year);
        }
    }

    pub fn table_start(&mut self) {
        self.newline();
        if self.table.is_none() {
            self.tables += 1;
            let year = self.unit.year;
            self.table = Some((
                Table::in_document(year, self.max_columns),
                format!("bảng {}", self.tables),
            ));
        }
    }

    pub fn cell_start(&mut self) {
        if self.table.is_some() {
            self.cell_end();
            self.cell = Some(String::new());
        }
    }

    /// Opens a cell unless one is open.
    pub fn cell_start_if_none(&mut self) {
        if self.table.is_some() && self.cell.is_none() {
            self.cell = Some(String::new());
        }
    }

    pub fn cell_end(&mut self) {
        if let Some(c) = self.cell.take()
            && self.row.len() <= self.max_columns
        {
            self.row
                .push(c.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }

    pub fn row_end(&mut self) {
        self.cell_end();
        let row = std::mem::take(&mut self.row);
        if let Some((t, name)) = &mut self.table {
            t.row(self.unit, Some(name), row);
        }
    }

    pub fn table_end(&mut self) {
        self.row_end();
        if let Some((t, name)) = self.table.take() {
            self.wide |= t.finish(self.unit, Some(&name));
        }
    }

    pub fn finish(mut self) -> bool {
        self.table_end();
        self.newline();
        self.wide
    }
}

/// The character an HTML entity names (the ones Vietnamese pages use; numeric ones all).
fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(h) => u32::from_str_radix(h, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(n);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "atilde" => 'ã',
        "egrave" => 'è',
        "eacute" => 'é',
        "ecirc" => 'ê',
        "igrave" => 'ì',
        "iacute" => 'í',
        "ograve" => 'ò',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "otilde" => 'õ',
        "ugrave" => 'ù',
        "uacute" => 'ú',
        "yacute" => 'ý',
        "Agrave" => 'À',
        "Aacute" => 'Á',
        "Acirc" => 'Â',
        "Atilde" => 'Ã',
        "Eacute" => 'É',
        "Ecirc" => 'Ê',
        "Oacute" => 'Ó',
        "Ocirc" => 'Ô',
        "Uacute" => 'Ú',
        _ => return None,
    })
}

/// Decodes entities in a run of HTML text.
fn html_text(raw: &str, out: &mut String) {
    let mut rest = raw;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.find(';').filter(|j| *j <= 10) {
            Some(j) => match entity(&after[..j]) {
                Some(c) => {
                    out.push(c);
                    rest = &after[j + 1..];
                }
                None => {
                    out.push('&');
                    rest = after;
                }
            },
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// Reads HTML into `sink`: text outside tags, with block elements ending lines and table
/// cells read as tables.
pub fn html_into(html: &str, sink: &mut DocSink<'_>) {
    let mut rest = html;
    let mut skip_until: Option<&'static str> = None;
    let mut text = String::new();
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_until.is_none() {
                text.clear();
                html_text(rest, &mut text);
                sink.text(&text);
            }
            break;
        };
        if skip_until.is_none() && lt > 0 {
            text.clear();
            html_text(&rest[..lt], &mut text);
            sink.text(&text.replace(['\n', '\r', '\t'], " "));
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            // An unclosed comment ends at the next '>' (as browsers recover), not at the end.
            rest = match after.find("-->") {
                Some(j) => after.get(j + 3..).unwrap_or(""),
                None => after
                    .find('>')
                    .map_or("", |j| after.get(j + 1..).unwrap_or("")),
            };
            continue;
        }
        let Some(gt) = rest.find('>') else {
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if let Some(end) = skip_until {
            if closing && name == end {
                skip_until = None;
            }
            continue;
        }
        match (name.as_str(), closing) {
            ("script", false) => skip_until = Some("script"),
            ("style", false) => skip_until = Some("style"),
            ("head", false) => {}
            ("title", true) => sink.newline(),
            ("table", false) => sink.table_start(),
            ("table", true) => sink.table_end(),
            ("tr", false) => sink.row_end(),
            ("tr", true) => sink.row_end(),
            ("td" | "th", false) => sink.cell_start(),
            ("td" | "th", true) => sink.cell_end(),
            ("br", _) => sink.newline(),
            (
                "p" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "section"
                | "article" | "header" | "footer" | "ul" | "ol" | "dt" | "dd" | "blockquote"
                | "pre" | "hr",
                _,
            ) => sink.newline(),
            _ => {}
        }
    }
}

/// Reads an HTML page.
pub fn read_html(input: Input<'_>, unit: &mut UnitScan, ctx: &Ctx<'_>) -> Result<(), String> {
    let bytes = input.read_capped(ctx.opts.max_whole_bytes, "an HTML page")?;
    let (_, html) = decode_all(&bytes)?;
    let mut sink = DocSink::new(unit, ctx.opts.max_fields);
    html_into(&html, &mut sink);
    if sink.finish() {
        return Err(crate::table::too_wide(ctx.opts.max_fields));
    }
    Ok(())
}

/// RTF destinations whose text is not the document's.
const RTF_SKIP: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "mmathPr",
    "fldinst",
    "filetbl",
    "revtbl",
    "bkmkstart",
    "bkmkend",
];

/// Reads an RTF document: text, `\'hh` bytes in the document's code page (Windows-1258 for
/// Vietnamese, 1252 otherwise), `\uN` characters, paragraphs, table cells and rows.
pub fn read_rtf(input: Input<'_>, unit: &mut UnitScan, ctx: &Ctx<'_>) -> Result<(), String> {
    let bytes = input.read_capped(ctx.opts.max_whole_bytes, "an RTF document")?;
    if !bytes.starts_with(b"{\\rtf") {
        return Err("not an RTF document (no {\\rtf header)".to_owned());
    }
    let mut sink = DocSink::new(unit, ctx.opts.max_fields);
    let mut codepage: &'static encoding_rs::Encoding = encoding_rs::WINDOWS_1252;
    // Per group: skipped, and how many fallback characters follow \uN.
    let mut stack: Vec<(bool, usize)> = Vec::new();
    let (mut skip, mut uc) = (false, 1usize);
    let mut pending: Vec<u8> = Vec::new();
    let mut to_skip = 0usize;
    let mut in_table = false;
    // The current paragraph is in a table (\intbl since the last \pard).
    let mut intbl = false;
    let mut i = 0;
    let flush =
        |pending: &mut Vec<u8>, sink: &mut DocSink<'_>, cp: &'static encoding_rs::Encoding| {
            if !pending.is_empty() {
                let (s, _, _) = cp.decode(pending);
                sink.text(&s);
                pending.clear();
            }
        };
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'{' => {
                if stack.len() > 1024 {
                    return Err("groups nested more than 1024 deep: damaged".to_owned());
                }
                stack.push((skip, uc));
                i += 1;
                if bytes.get(i..i + 2) == Some(b"\\*") {
                    skip = true;
                }
            }
            b'}' => {
                flush(&mut pending, &mut sink, codepage);
                (skip, uc) = stack.pop().unwrap_or((false, 1));
                i += 1;
            }
            b'\\' => {
                i += 1;
                let Some(&c) = bytes.get(i) else { break };
                if c == b'\'' {
                    let hex = bytes.get(i + 1..i + 3).unwrap_or(b"");
                    i += 3;
                    if to_skip > 0 {
                        to_skip -= 1;
                        continue;
                    }
                    if !skip
                        && let Ok(h) = std::str::from_utf8(hex)
                        && let Ok(v) = u8::from_str_radix(h, 16)
                    {
                        pending.push(v);
                    }
                    continue;
                }
                if !c.is_ascii_alphabetic() {
                    // \\ \{ \} and control symbols.
                    i += 1;
                    if !skip && matches!(c, b'\\' | b'{' | b'}') {
                        pending.push(c);
                    } else if !skip && c == b'~' {
                        pending.push(b' ');
                    }
                    continue;
                }
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                    i += 1;
                }
                let word = std::str::from_utf8(&bytes[start..i]).unwrap_or("");
                let nstart = i;
                if i < bytes.len() && (bytes[i] == b'-' || bytes[i].is_ascii_digit()) {
                    i += 1;
                    while i < bytes.len() && bytes[i].is_ascii_digit() && i - nstart < 12 {
                        i += 1;
                    }
                }
                let param: Option<i64> = std::str::from_utf8(&bytes[nstart..i])
                    .ok()
                    .and_then(|s| s.parse().ok());
                if bytes.get(i) == Some(&b' ') {
                    i += 1;
                }
                if RTF_SKIP.contains(&word) {
                    skip = true;
                    continue;
                }
                match word {
                    "ansicpg" => {
                        codepage = match param {
                            Some(1258) => encoding_rs::WINDOWS_1258,
                            Some(1250) => encoding_rs::WINDOWS_1250,
                            Some(1251) => encoding_rs::WINDOWS_1251,
                            _ => encoding_rs::WINDOWS_1252,
                        }
                    }
                    "uc" => uc = param.unwrap_or(1).clamp(0, 8) as usize,
                    "u" if !skip => {
                        flush(&mut pending, &mut sink, codepage);
                        let n = param.unwrap_or(0);
                        let n = if n < 0 { n + 65536 } else { n };
                        if let Some(ch) = u32::try_from(n).ok().and_then(char::from_u32) {
                            sink.text(ch.encode_utf8(&mut [0; 4]));
                        }
                        to_skip = uc;
                    }
                    "par" | "line" | "sect" | "page" if !skip => {
                        flush(&mut pending, &mut sink, codepage);
                        if in_table && !intbl {
                            sink.table_end();
                            in_table = false;
                        }
                        sink.newline();
                    }
                    "tab" if !skip => pending.push(b'\t'),
                    "trowd" if !skip => {
                        flush(&mut pending, &mut sink, codepage);
                        if !in_table {
                            sink.table_start();
                            in_table = true;
                        }
                        intbl = true;
                        sink.cell_start();
                    }
                    "intbl" if !skip => {
                        // Word writes a row's cells before its \trowd: \intbl opens the table.
                        intbl = true;
                        if !in_table {
                            flush(&mut pending, &mut sink, codepage);
                            sink.table_start();
                            in_table = true;
                        }
                        sink.cell_start_if_none();
                    }
                    "cell" if !skip => {
                        flush(&mut pending, &mut sink, codepage);
                        sink.cell_end();
                        sink.cell_start();
                    }
                    "row" if !skip => {
                        flush(&mut pending, &mut sink, codepage);
                        sink.row_end();
                    }
                    // A paragraph's properties reset "in a table"; \intbl among them sets it
                    // again (Word writes it some way after \pard).
                    "pard" if !skip => intbl = false,
                    _ => {}
                }
            }
            b'\r' | b'\n' => i += 1,
            _ => {
                i += 1;
                if to_skip > 0 {
                    to_skip -= 1;
                    continue;
                }
                if !skip {
                    if in_table && !intbl && !b.is_ascii_whitespace() {
                        flush(&mut pending, &mut sink, codepage);
                        sink.table_end();
                        in_table = false;
                    }
                    pending.push(b);
                }
            }
        }
    }
    flush(&mut pending, &mut sink, codepage);
    if sink.finish() {
        return Err(crate::table::too_wide(ctx.opts.max_fields));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_and_columns(html: &str) -> Vec<String> {
        let mut unit = UnitScan::new(4096, 2026);
        let mut sink = DocSink::new(&mut unit, 4096);
        html_into(html, &mut sink);
        sink.finish();
        unit.into_fields()
            .into_iter()
            .map(|(k, s)| format!("{:?}/{:?}:{}", k.table, k.column, s.values()))
            .collect()
    }

    /// A table as Word writes RTF: `\intbl` some way after `\pard`, cells ended by `\cell`,
    /// rows by `\row`; each column is read apart (names and phones both found).
    #[test]
    fn rtf_tables_as_word_writes_them() {
        let rtf = "{\\rtf1\\ansi\\ansicpg1258\\uc1 {\\fonttbl{\\f0 Times;}}\n\
\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl\\wrapdefault\\aspalpha STT\\cell H\\u7885? v\\u224? t\\u234?n\\cell S\\u272?T\\cell M\\u227? s\\u7889? BHXH\\cell\n\
\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl\\trowd \\trgaph108\\cellx1000\\cellx5000\\cellx8000\\row\n\
\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl 1\\cell Nguy\\u7877?n V\\u259?n An\\cell 0912345678\\cell 7912345678\\cell\n\
\\pard\\plain \\ltrpar\\intbl\\trowd \\cellx1000\\cellx5000\\cellx8000\\row\n\
\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl 2\\cell L\\u234? Th\\u7883? Hoa\\cell 0987654321\\cell 7912345690\\cell\n\
\\pard\\plain \\ltrpar\\intbl\\trowd \\cellx1000\\cellx5000\\cellx8000\\row\n\
\\pard Ghi ch\\u250? cu\\u7889?i.\\par}";
        let (found, error) = crate::read_bytes(crate::Format::Rtf, rtf.as_bytes()).unwrap();
        assert_eq!(error, None);
        // Columns under the header row: a name, a phone and a BHXH number per row (the BHXH
        // number is known only by its column's header).
        assert_eq!(found, 3, "person_name, vn.phone, vn.social_insurance");
    }

    /// Rows whose `</tr>` and `</td>` are left out (valid HTML) stay rows; an unclosed comment
    /// ends at the next `>`.
    #[test]
    fn html_as_browsers_read_it() {
        let f = lines_and_columns(
            "<!--> <table><tr><th>Họ và tên<th>Số điện thoại<tr><td>Nguyễn Văn An<td>0912345678<tr><td>Lê Thị Hoa<td>0987654321</table>",
        );
        assert!(
            f.contains(&"Some(\"bảng 1\")/Some(\"Số điện thoại\"):2".to_owned()),
            "{f:?}"
        );
    }
}
