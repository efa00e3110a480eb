//! One reader per file format. Each streams its input into a [`UnitScan`] and returns a message
//! for the first thing that stopped it; what was read before stays counted. Containers (ZIP
//! archives, e-mails with attachments) hand the files they hold to `nested`, which reads each
//! as a unit of its own.

use std::borrow::Cow;
use std::cell::Cell;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};

use crate::decode::{Enc, open_text};
use crate::input::Input;
use crate::table::Table;
use crate::unit::{FieldKey, UnitScan};
use crate::{Options, Progress};

/// File formats the scanner reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma (or semicolon, pipe) separated values.
    Csv,
    /// Tab-separated values.
    Tsv,
    /// A JSON document.
    Json,
    /// JSON, one document per line.
    Ndjson,
    /// Apache Parquet.
    Parquet,
    /// Excel workbook (.xlsx, .xlsm, .xlsb, .xls).
    Workbook,
    /// OpenDocument spreadsheet.
    Ods,
    /// Plain text.
    Text,
    /// Word document (.docx).
    Docx,
    /// OpenDocument text.
    Odt,
    /// PDF: its text layer, or OCR of its pages when it has none.
    Pdf,
    /// Rich Text Format.
    Rtf,
    /// HTML page.
    Html,
    /// E-mail message (RFC 5322), with its attachments.
    Eml,
    /// ZIP archive.
    Zip,
    /// Picture: read by OCR.
    Image,
    /// A format known but not read (legacy Word .doc, 7z, RAR): skipped with the reason.
    Unsupported(&'static str),
}

impl Format {
    /// Name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Parquet => "parquet",
            Format::Workbook => "xlsx",
            Format::Ods => "ods",
            Format::Text => "text",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Pdf => "pdf",
            Format::Rtf => "rtf",
            Format::Html => "html",
            Format::Eml => "eml",
            Format::Zip => "zip",
            Format::Image => "image",
            Format::Unsupported(_) => "unsupported",
        }
    }

    /// The format a file name says, if any.
    pub fn from_path(p: &Path) -> Option<Format> {
        let ext = p.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "csv" => Format::Csv,
            "tsv" | "tab" => Format::Tsv,
            "json" => Format::Json,
            "ndjson" | "jsonl" => Format::Ndjson,
            "parquet" | "pq" => Format::Parquet,
            "xlsx" | "xlsm" | "xlsb" | "xls" => Format::Workbook,
            "ods" => Format::Ods,
            "txt" | "text" | "log" | "md" | "sql" => Format::Text,
            "docx" | "docm" | "dotx" => Format::Docx,
            "odt" | "ott" => Format::Odt,
            "pdf" => Format::Pdf,
            "rtf" => Format::Rtf,
            "html" | "htm" | "xhtml" => Format::Html,
            "eml" => Format::Eml,
            "zip" => Format::Zip,
            "jpg" | "jpeg" | "png" | "tif" | "tiff" | "bmp" | "webp" | "gif" => Format::Image,
            "doc" | "dot" => Format::Unsupported(
                "legacy Word document (.doc): no maintained reader; save it as .docx to scan it",
            ),
            "7z" => Format::Unsupported("7z archive: not read; extract it or repack it as ZIP"),
            "rar" => Format::Unsupported("RAR archive: not read; extract it or repack it as ZIP"),
            "msg" => {
                Format::Unsupported("Outlook message (.msg): not read; save it as .eml to scan it")
            }
            _ => return None,
        })
    }
}

/// What reading a file produced besides its fields.
#[derive(Default)]
pub struct ReadOutcome {
    /// Encoding of a text file.
    pub encoding: Option<Enc>,
    /// A problem that stopped the reading or was met on the way.
    pub error: Option<String>,
    /// The file was not read, and why (OCR not installed, a format not read).
    pub skipped: Option<String>,
    /// Entries of an archive not read because their format is not one the scanner reads.
    pub skipped_entries: u64,
}

impl ReadOutcome {
    fn error(error: Option<String>) -> Self {
        ReadOutcome {
            error,
            ..ReadOutcome::default()
        }
    }
}

/// What every reader of one file needs.
pub struct Ctx<'a> {
    pub opts: &'a Options,
    pub progress: &'a dyn Progress,
    pub cancel: &'a AtomicBool,
    /// Bytes expanded from archives so far under the file given (bounded by
    /// `Options::max_expanded_bytes`).
    pub expanded: &'a Cell<u64>,
}

impl Ctx<'_> {
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// A file found inside another, handed over to be read as a unit of its own.
pub type Nested<'n> = dyn FnMut(&str, Vec<u8>) + 'n;

/// Reads `input` (named `name`) of format `format` into `unit`.
pub fn read(
    input: Input<'_>,
    name: &str,
    format: Format,
    unit: &mut UnitScan,
    ctx: &Ctx<'_>,
    nested: &mut Nested<'_>,
) -> ReadOutcome {
    let whole = |r: Result<(), String>| {
        ctx.progress.advance(input.len());
        ReadOutcome::error(r.err())
    };
    match format {
        Format::Csv | Format::Tsv => {
            let tsv = format == Format::Tsv;
            if let Input::File(path) = input
                && ctx.opts.threads > 1
                && input.len() >= ctx.opts.parallel_text_bytes
                && let Some(outcome) = parallel_csv(path, input.len(), tsv, unit, ctx)
            {
                return outcome;
            }
            text_based(input, ctx, |enc, head, r| {
                read_csv(head, r, tsv, unit, ctx.opts, None).map(|()| enc)
            })
        }
        Format::Json => text_based(input, ctx, |enc, _, r| read_json(r, unit).map(|()| enc)),
        Format::Ndjson => text_based(input, ctx, |enc, _, r| read_ndjson(r, unit).map(|()| enc)),
        Format::Text => {
            if let Input::File(path) = input
                && ctx.opts.threads > 1
                && input.len() >= ctx.opts.parallel_text_bytes
                && let Some(outcome) = parallel_text(path, input.len(), unit, ctx)
            {
                return outcome;
            }
            text_based(input, ctx, |enc, _, r| {
                read_text(r, unit, ctx.opts.max_fields).map(|()| enc)
            })
        }
        Format::Workbook => whole(crate::sheets::read_workbook(input, name, unit, ctx)),
        Format::Ods => whole(crate::office::read_odf(input, unit, ctx, true)),
        Format::Odt => whole(crate::office::read_odf(input, unit, ctx, false)),
        Format::Docx => whole(crate::office::read_docx(input, unit, ctx)),
        Format::Parquet => whole(read_parquet(input, unit, ctx.cancel)),
        Format::Html => whole(crate::markup::read_html(input, unit, ctx)),
        Format::Rtf => whole(crate::markup::read_rtf(input, unit, ctx)),
        Format::Eml => whole(crate::mail::read_eml(input, unit, ctx, nested)),
        Format::Zip => {
            let r = crate::archive::read_zip(input, ctx, nested);
            ctx.progress.advance(input.len());
            match r {
                Ok((entries, skipped, error)) => {
                    unit.records = entries;
                    ReadOutcome {
                        error,
                        skipped_entries: skipped,
                        ..ReadOutcome::default()
                    }
                }
                Err(e) => ReadOutcome::error(Some(e)),
            }
        }
        Format::Pdf | Format::Image => {
            let r = crate::pdf::read(input, format == Format::Pdf, unit, ctx);
            ctx.progress.advance(input.len());
            match r {
                Ok(None) => ReadOutcome::default(),
                Ok(Some(skipped)) => ReadOutcome {
                    skipped: Some(skipped),
                    ..ReadOutcome::default()
                },
                Err(e) => ReadOutcome::error(Some(e)),
            }
        }
        Format::Unsupported(why) => {
            ctx.progress.advance(input.len());
            ReadOutcome {
                skipped: Some(why.to_owned()),
                ..ReadOutcome::default()
            }
        }
    }
}

fn text_based<'a>(
    input: Input<'a>,
    ctx: &'a Ctx<'a>,
    body: impl FnOnce(Enc, &str, Box<dyn Read + 'a>) -> Result<Enc, String>,
) -> ReadOutcome {
    let opened = input
        .open()
        .and_then(|f| open_text(f, ctx.opts.max_line_bytes, ctx.progress, ctx.cancel));
    match opened {
        Err(e) => ReadOutcome::error(Some(io_message(&e))),
        Ok((enc, head, r)) => {
            let error = body(enc, &head, r).err();
            ReadOutcome {
                encoding: Some(enc),
                error,
                ..ReadOutcome::default()
            }
        }
    }
}

fn io_message(e: &std::io::Error) -> String {
    e.to_string()
}

/// The delimiter the first lines use most: comma, semicolon, tab or pipe (the first ten
/// lines, since a title line above the table may have none: "SỞ GD&ĐT TP ĐÀ NẴNG"); a first
/// line `sep=;` (written by Excel) says it outright. Comma on a tie.
fn sniff_delimiter(head: &str) -> (u8, bool) {
    let first = head.lines().next().unwrap_or("");
    if let Some(rest) = first.trim().strip_prefix("sep=")
        && let [d] = rest.as_bytes()
    {
        return (*d, true);
    }
    let count = |d: u8| {
        head.lines()
            .take(10)
            .map(|l| l.bytes().filter(|b| *b == d).count())
            .sum::<usize>()
    };
    let mut best = (b',', count(b','));
    for d in [b';', b'\t', b'|'] {
        let c = count(d);
        if c > best.1 {
            best = (d, c);
        }
    }
    (best.0, false)
}

/// Reads CSV or TSV. `header`: the columns' names when `r` is a part of a file after its start
/// (its first rows gave them).
fn read_csv(
    head: &str,
    r: Box<dyn Read + '_>,
    tsv: bool,
    unit: &mut UnitScan,
    opts: &Options,
    header: Option<Vec<String>>,
) -> Result<(), String> {
    let (delimiter, sep_line) = if tsv {
        (b'\t', false)
    } else {
        sniff_delimiter(head)
    };
    let sep_line = sep_line && header.is_none();
    // A quoted field may hold line breaks, so the line limit does not bound a record: an
    // unclosed quote would make one record of the whole file. Bytes read past the start of
    // the record being parsed are bounded too.
    let record_start = std::rc::Rc::new(Cell::new(0u64));
    let limited = RecordLimit {
        inner: r,
        read: 0,
        record_start: record_start.clone(),
        max: opts.max_line_bytes as u64 + (256 << 10),
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .buffer_capacity(256 * 1024)
        .from_reader(limited);
    let mut rec = csv::ByteRecord::new();
    let mut table = match header {
        Some(names) => Table::with_header(unit.year, opts.max_fields, names),
        None => Table::new(unit.year, opts.max_fields),
    };
    let mut invalid_utf8_line = None;
    let mut first = true;
    let result = loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break Ok(()),
            Ok(true) => {}
            Err(e) => break Err(csv_message(&e)),
        }
        record_start.set(rdr.position().byte());
        if std::mem::take(&mut first) && sep_line {
            continue;
        }
        if table.streaming() {
            // The header is known: cells go to their columns without a copy. The record is
            // checked as UTF-8 once, not field by field.
            match csv::StringRecord::from_byte_record(std::mem::take(&mut rec)) {
                // A section, totals, or the signatures under the table (read as text from
                // there on).
                Ok(valid) if table.aside(valid.iter()) => {
                    table.row(unit, None, valid.iter().map(str::to_owned).collect());
                    rec = valid.into_byte_record();
                    continue;
                }
                Ok(valid) => {
                    table.cells(unit, valid.iter());
                    rec = valid.into_byte_record();
                    continue;
                }
                Err(e) => rec = e.into_byte_record(),
            }
            let mut bad = false;
            table.cells(
                unit,
                rec.iter().map(|f| {
                    let v = String::from_utf8_lossy(f);
                    bad |= matches!(v, Cow::Owned(_));
                    v
                }),
            );
            if bad && invalid_utf8_line.is_none() {
                invalid_utf8_line = rec.position().map(|p| p.line());
            }
            continue;
        }
        let mut cells = Vec::with_capacity(rec.len().min(opts.max_fields + 1));
        for f in rec.iter().take(opts.max_fields + 1) {
            match std::str::from_utf8(f) {
                Ok(v) => cells.push(v.to_owned()),
                Err(_) => {
                    if invalid_utf8_line.is_none() {
                        invalid_utf8_line = rec.position().map(|p| p.line());
                    }
                    cells.push(String::from_utf8_lossy(f).into_owned());
                }
            }
        }
        table.row(unit, None, cells);
    };
    let wide = table.finish(unit, None);
    result?;
    if wide {
        return Err(format!(
            "more than {} columns: the columns past it are counted together as \"…\"",
            opts.max_fields
        ));
    }
    match invalid_utf8_line {
        Some(l) => Err(format!(
            "invalid UTF-8 from line {l}: the file mixes encodings or is damaged; those values were read with replacement characters"
        )),
        None => Ok(()),
    }
}

/// Fails a read that goes more than `max` bytes past the start of the current CSV record.
struct RecordLimit<R> {
    inner: R,
    read: u64,
    record_start: std::rc::Rc<Cell<u64>>,
    max: u64,
}

impl<R: Read> Read for RecordLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.read.saturating_sub(self.record_start.get()) > self.max {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "a record longer than {} MiB (a quote never closed?): not a CSV file as written, or damaged",
                    self.max >> 20
                ),
            ));
        }
        Ok(n)
    }
}

fn csv_message(e: &csv::Error) -> String {
    let at = e
        .position()
        .map(|p| format!("line {}: ", p.line()))
        .unwrap_or_default();
    match e.kind() {
        csv::ErrorKind::Io(io) => format!("{at}{io}"),
        _ => format!("{at}{e}"),
    }
}

/// Walks a JSON value as it is parsed, feeding every string and number to the field named by
/// its path of keys (arrays are transparent): nothing is kept but the statistics.
struct Walk<'u> {
    unit: &'u mut UnitScan,
    path: &'u mut String,
    depth: u32,
}

impl Walk<'_> {
    fn value(self, v: &str) {
        let key = FieldKey {
            table: None,
            column: None,
            field: Some(if self.path.is_empty() {
                "$".to_owned()
            } else {
                self.path.clone()
            }),
        };
        let year = self.unit.year;
        // The last key of the path is the field's name for the column rules.
        let name = self.path.rsplit('.').next().map(str::to_owned);
        self.unit.field(key, name.as_deref()).add(v, year);
    }
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.value(v);
        Ok(())
    }
    fn visit_i64<E>(self, v: i64) -> Result<(), E> {
        self.value(&v.to_string());
        Ok(())
    }
    fn visit_u64<E>(self, v: u64) -> Result<(), E> {
        self.value(&v.to_string());
        Ok(())
    }
    fn visit_f64<E>(self, v: f64) -> Result<(), E> {
        self.value(&v.to_string());
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        loop {
            let top = self.depth == 0;
            let more = seq.next_element_seed(Walk {
                unit: &mut *self.unit,
                path: &mut *self.path,
                depth: self.depth + 1,
            })?;
            if more.is_none() {
                return Ok(());
            }
            if top {
                self.unit.records += 1;
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        if self.depth == 0 {
            self.unit.records += 1;
        }
        while let Some(k) = map.next_key::<Cow<'de, str>>()? {
            let len = self.path.len();
            if !self.path.is_empty() {
                self.path.push('.');
            }
            self.path.push_str(&key_segment(&k, self.unit.year));
            map.next_value_seed(Walk {
                unit: &mut *self.unit,
                path: &mut *self.path,
                depth: self.depth + 1,
            })?;
            self.path.truncate(len);
        }
        Ok(())
    }
}

/// A key of a JSON document as it may appear in the report: a key that is itself personal
/// data (documents keyed by CCCD number, e-mail address or phone) becomes `*`, which also
/// keeps every such record in one field; a long key is cut.
fn key_segment(k: &str, year: i32) -> Cow<'_, str> {
    let digits = k.bytes().filter(u8::is_ascii_digit).count();
    if digits >= 6 || (k.len() <= 512 && khien_detect::detect(k, None, year).is_some()) {
        return Cow::Borrowed("*");
    }
    if k.len() > 64 {
        let mut end = 64;
        while !k.is_char_boundary(end) {
            end -= 1;
        }
        return Cow::Owned(format!("{}…", k.get(..end).unwrap_or("")));
    }
    Cow::Borrowed(k)
}

fn read_json(r: Box<dyn Read + '_>, unit: &mut UnitScan) -> Result<(), String> {
    let mut de = serde_json::Deserializer::from_reader(BufReader::with_capacity(256 * 1024, r));
    let mut path = String::new();
    Walk {
        unit,
        path: &mut path,
        depth: 0,
    }
    .deserialize(&mut de)
    .map_err(|e| json_message(&e))?;
    de.end().map_err(|e| json_message(&e))
}

fn json_message(e: &serde_json::Error) -> String {
    if e.is_io() {
        return e
            .to_string()
            .split(" at line")
            .next()
            .unwrap_or("")
            .to_owned();
    }
    // serde_json's own words ("recursion limit exceeded", "EOF while parsing a string") name
    // no value: the walk never asks for a type a value could be reported against.
    let what = e.to_string();
    let what = what.split(" at line").next().unwrap_or("");
    format!(
        "invalid JSON at line {}, column {}: {what}",
        e.line(),
        e.column()
    )
}

fn read_ndjson(r: Box<dyn Read + '_>, unit: &mut UnitScan) -> Result<(), String> {
    let mut reader = BufReader::with_capacity(256 * 1024, r);
    let mut line = Vec::new();
    let mut path = String::new();
    let (mut bad, mut first_bad) = (0u64, None);
    let mut n = 0u64;
    loop {
        line.clear();
        if reader
            .read_until(b'\n', &mut line)
            .map_err(|e| io_message(&e))?
            == 0
        {
            break;
        }
        n += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let mut de = serde_json::Deserializer::from_slice(&line);
        path.clear();
        let ok = Walk {
            unit: &mut *unit,
            path: &mut path,
            depth: 0,
        }
        .deserialize(&mut de)
        .and_then(|()| de.end());
        if ok.is_err() {
            bad += 1;
            first_bad.get_or_insert(n);
        }
    }
    match first_bad {
        Some(l) => Err(format!(
            "{bad} line(s) are not valid JSON (the first is line {l}); the other lines were read"
        )),
        None => Ok(()),
    }
}

/// Lines of text, where runs of lines of tab-separated cells (a table pasted from a
/// spreadsheet) are read as tables, with a header found as in spreadsheets.
pub struct TextLines {
    table: Option<(Table, String)>,
    tables: u32,
    max_columns: usize,
    /// A table had more columns than the cap.
    pub wide: bool,
}

impl TextLines {
    pub fn new(max_columns: usize) -> Self {
        TextLines {
            table: None,
            tables: 0,
            max_columns,
            wide: false,
        }
    }

    /// Reads one line (without its line break).
    pub fn line(&mut self, unit: &mut UnitScan, text: &str) {
        let year = unit.year;
        let cells = text.contains('\t').then(|| {
            text.split('\t')
                .take(self.max_columns + 1)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        });
        match cells {
            Some(cells) if cells.iter().filter(|c| !c.trim().is_empty()).count() >= 2 => {
                let (max, tables) = (self.max_columns, &mut self.tables);
                let (t, name) = self.table.get_or_insert_with(|| {
                    *tables += 1;
                    (Table::in_document(year, max), format!("bảng {tables}"))
                });
                t.row(unit, Some(name), cells);
            }
            _ => {
                self.end_table(unit);
                if text.trim().is_empty() {
                    return;
                }
                unit.records += 1;
                unit.field(FieldKey::default(), None).add_text(text, year);
            }
        }
    }

    fn end_table(&mut self, unit: &mut UnitScan) {
        if let Some((t, name)) = self.table.take() {
            self.wide |= t.finish(unit, Some(&name));
        }
    }

    /// The text is over; whether a table was wider than the cap.
    pub fn finish(mut self, unit: &mut UnitScan) -> bool {
        self.end_table(unit);
        self.wide
    }
}

/// Reads a large UTF-8 or Windows-1258 text file in as many parts as there are threads, each
/// starting after a line break, and adds the parts up. `None` when the file cannot be cut that
/// way (UTF-16, no line break near a cut): then it is read whole by one thread. A run of
/// tab-separated lines cut by a part's end is read as two tables.
fn parallel_text(path: &Path, len: u64, unit: &mut UnitScan, ctx: &Ctx<'_>) -> Option<ReadOutcome> {
    use std::io::{Seek, SeekFrom};
    let mut f = std::fs::File::open(path).ok()?;
    let mut head = vec![0; crate::decode::SNIFF];
    let n = f.read(&mut head).ok()?;
    head.truncate(n);
    let enc = crate::decode::sniff(&head).ok()?;
    let bom = match enc {
        Enc::Utf8 | Enc::Windows1258 => 0,
        Enc::Utf8Bom => 3,
        Enc::Utf16Le | Enc::Utf16Be => return None,
    };
    let parts = ctx.opts.threads as u64;
    let mut cuts = vec![bom];
    let mut buf = vec![0u8; 1 << 20];
    for i in 1..parts {
        let at = (len * i / parts).max(*cuts.last()?);
        f.seek(SeekFrom::Start(at)).ok()?;
        let n = f.read(&mut buf).ok()?;
        let nl = buf.get(..n)?.iter().position(|b| *b == b'\n')?;
        cuts.push(at + nl as u64 + 1);
    }
    cuts.push(len);
    let max_fields = ctx.opts.max_fields;
    Some(read_parts(path, &cuts, enc, unit, ctx, |_, r, part| {
        read_text(r, part, max_fields)
    }))
}

/// Reads a large CSV or TSV file (UTF-8 or Windows-1258) in as many parts as there are
/// threads. The header is found first from the file's first rows; each part then starts
/// after a line break outside quoted fields (a quoted field may hold line breaks: the bytes
/// before a cut are followed as the CSV reader reads quotes) and streams into columns of the
/// same names; the parts are added up. `None` when the file
/// cannot be read that way (UTF-16, no header in its first rows, no line break near a cut):
/// then it is read whole by one thread.
fn parallel_csv(
    path: &Path,
    len: u64,
    tsv: bool,
    unit: &mut UnitScan,
    ctx: &Ctx<'_>,
) -> Option<ReadOutcome> {
    let mut f = std::fs::File::open(path).ok()?;
    let mut head = vec![0; crate::decode::SNIFF];
    let n = f.read(&mut head).ok()?;
    head.truncate(n);
    let enc = crate::decode::sniff(&head).ok()?;
    let bom: u64 = match enc {
        Enc::Utf8 | Enc::Windows1258 => 0,
        Enc::Utf8Bom => 3,
        Enc::Utf16Le | Enc::Utf16Be => return None,
    };
    let head_text = String::from_utf8_lossy(head.get(bom as usize..)?).into_owned();
    let (year, max_fields, max_line) = (unit.year, ctx.opts.max_fields, ctx.opts.max_line_bytes);
    let (delimiter, sep_line) = if tsv {
        (b'\t', false)
    } else {
        sniff_delimiter(&head_text)
    };
    // The header, from the rows of the first few MiB (read again by the first part).
    let names = {
        let r = crate::decode::open_range(
            path,
            bom,
            len.min(4 << 20).saturating_sub(bom),
            enc,
            max_line,
            &crate::NoProgress,
            ctx.cancel,
        )
        .ok()?;
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(r);
        let mut scratch = UnitScan::new(max_fields, year);
        let mut table = Table::new(year, max_fields);
        let mut rec = csv::StringRecord::new();
        let mut first = true;
        // Until the table has held back enough rows to decide (blank rows are not counted).
        while !table.streaming() && rdr.read_record(&mut rec).ok()? {
            if std::mem::take(&mut first) && sep_line {
                continue;
            }
            let cells = rec.iter().take(max_fields + 1).map(str::to_owned).collect();
            table.row(&mut scratch, None, cells);
        }
        let names = table.header(&mut scratch)?;
        (names, bom + rdr.position().byte())
    };
    let (names, header_end) = names;
    // Cuts after a line break outside quotes, near len * i / parts.
    let parts = ctx.opts.threads as u64;
    let targets: Vec<u64> = (1..parts).map(|i| len * i / parts).collect();
    let mut cuts = vec![bom];
    {
        use std::io::{Seek, SeekFrom};
        f.seek(SeekFrom::Start(bom)).ok()?;
        // The CSV reader's view of quotes: a quote opens a field only as its first byte (after
        // a delimiter or a line break), a doubled quote inside one is a quote, and a line
        // break inside one is data. memchr jumps from one quote or line break to the next.
        let mut buf = vec![0u8; 1 << 20];
        let mut pos = bom;
        let (mut quoted, mut quote_at_end, mut prev) = (false, false, b'\n');
        let mut next = targets.iter().copied().peekable();
        'scan: while next.peek().is_some() {
            let n = f.read(&mut buf).ok()?;
            if n == 0 {
                break;
            }
            let chunk = buf.get(..n)?;
            let mut i = 0;
            if std::mem::take(&mut quote_at_end) {
                // The previous chunk ended on a quote inside a quoted field.
                if chunk.first() == Some(&b'"') {
                    i = 1;
                } else {
                    quoted = false;
                }
            }
            while i < n {
                if quoted {
                    let Some(j) = memchr::memchr(b'"', &chunk[i..]) else {
                        break;
                    };
                    let q = i + j;
                    match chunk.get(q + 1) {
                        Some(b'"') => i = q + 2,
                        Some(_) => {
                            quoted = false;
                            i = q + 1;
                        }
                        None => {
                            quote_at_end = true;
                            i = n;
                        }
                    }
                    continue;
                }
                let Some(j) = memchr::memchr2(b'"', b'\n', &chunk[i..]) else {
                    break;
                };
                let at = i + j;
                i = at + 1;
                if chunk[at] == b'"' {
                    let before = if at > 0 { chunk[at - 1] } else { prev };
                    // csv-core ends a record at a lone carriage return too.
                    quoted = before == delimiter || before == b'\n' || before == b'\r';
                    continue;
                }
                let cut = pos + at as u64 + 1;
                while next.peek().is_some_and(|t| cut > *t) {
                    next.next();
                    if cut > *cuts.last()? && cut < len {
                        cuts.push(cut);
                    }
                }
                if next.peek().is_none() {
                    break 'scan;
                }
            }
            prev = chunk[n - 1];
            pos += n as u64;
        }
    }
    // The first part holds the rows the header was found in: no other part starts in them.
    cuts.retain(|c| *c == bom || *c > header_end);
    if cuts.len() < 2 {
        return None;
    }
    cuts.push(len);
    let (head_text, names) = (&head_text, &names);
    Some(read_parts(path, &cuts, enc, unit, ctx, |k, r, part| {
        let header = (k > 0).then(|| names.clone());
        read_csv(head_text, r, tsv, part, ctx.opts, header)
    }))
}

/// Reads the parts of a file between `cuts`, each by a thread of its own with `read` (given
/// the part's number and its bytes, decoded), and adds them up.
fn read_parts(
    path: &Path,
    cuts: &[u64],
    enc: Enc,
    unit: &mut UnitScan,
    ctx: &Ctx<'_>,
    read: impl Fn(usize, Box<dyn Read + '_>, &mut UnitScan) -> Result<(), String> + Sync,
) -> ReadOutcome {
    let (year, max_fields, max_line) = (unit.year, ctx.opts.max_fields, ctx.opts.max_line_bytes);
    let (progress, cancel, read) = (ctx.progress, ctx.cancel, &read);
    let results: Vec<(UnitScan, Result<(), String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = cuts
            .windows(2)
            .enumerate()
            .map(|(k, w)| {
                let (start, end) = (w[0], w[1]);
                std::thread::Builder::new()
                    .name(format!("khien-scan-part-{k}"))
                    .spawn_scoped(s, move || {
                        let mut part = UnitScan::new(max_fields, year);
                        let r = crate::decode::open_range(
                            path,
                            start,
                            end.saturating_sub(start),
                            enc,
                            max_line,
                            progress,
                            cancel,
                        )
                        .map_err(|e| io_message(&e))
                        .and_then(|r| read(k, r, &mut part));
                        (part, r)
                    })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| match h {
                Ok(h) => h.join().unwrap_or_else(|_| {
                    (
                        UnitScan::new(max_fields, year),
                        Err("a part of the file could not be read".to_owned()),
                    )
                }),
                // Its rows are not read: said, not lost in silence.
                Err(_) => (
                    UnitScan::new(max_fields, year),
                    Err("a part of the file was not read: no thread could be started".to_owned()),
                ),
            })
            .collect()
    });
    merge_parts(unit, results, cuts, enc)
}

/// Adds up the parts of a file read by several threads; the first error, naming its part.
fn merge_parts(
    unit: &mut UnitScan,
    results: Vec<(UnitScan, Result<(), String>)>,
    cuts: &[u64],
    enc: Enc,
) -> ReadOutcome {
    let mut error = None;
    for (k, (part, r)) in results.into_iter().enumerate() {
        unit.records += part.records;
        unit.overflowed |= part.overflowed;
        unit.merge_fields(part.into_fields());
        if let Err(e) = r
            && error.is_none()
        {
            // Line numbers count from the part's start; the part is named instead.
            error = Some(if k == 0 {
                e
            } else {
                format!(
                    "in the part of the file from byte {}: {e}",
                    cuts.get(k).copied().unwrap_or(0)
                )
            });
        }
    }
    ReadOutcome {
        encoding: Some(enc),
        error,
        ..ReadOutcome::default()
    }
}

/// Reads a text file line by line.
fn read_text(r: Box<dyn Read + '_>, unit: &mut UnitScan, max_columns: usize) -> Result<(), String> {
    let mut reader = BufReader::with_capacity(256 * 1024, r);
    let mut line = Vec::new();
    let mut invalid = None;
    let mut n = 0u64;
    let mut lines = TextLines::new(max_columns);
    loop {
        line.clear();
        if reader
            .read_until(b'\n', &mut line)
            .map_err(|e| io_message(&e))?
            == 0
        {
            break;
        }
        n += 1;
        let text = match std::str::from_utf8(&line) {
            Ok(t) => Cow::Borrowed(t),
            Err(_) => {
                invalid.get_or_insert(n);
                String::from_utf8_lossy(&line)
            }
        };
        lines.line(unit, text.trim_end_matches(['\n', '\r']));
    }
    let wide = lines.finish(unit);
    match invalid {
        Some(l) => Err(format!(
            "invalid UTF-8 from line {l}: the file mixes encodings or is damaged; those lines were read with replacement characters"
        )),
        None if wide => Err(crate::table::too_wide(max_columns)),
        None => Ok(()),
    }
}

fn read_parquet(input: Input<'_>, unit: &mut UnitScan, cancel: &AtomicBool) -> Result<(), String> {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;
    let reader = match input {
        Input::File(path) => {
            let f = std::fs::File::open(path).map_err(|e| io_message(&e))?;
            SerializedFileReader::new(f).map(|r| Box::new(r) as Box<dyn FileReader>)
        }
        Input::Bytes(b) => SerializedFileReader::new(bytes::Bytes::copy_from_slice(b))
            .map(|r| Box::new(r) as Box<dyn FileReader>),
    }
    .map_err(|e| format!("not a readable Parquet file: {e}"))?;
    let rows = reader
        .get_row_iter(None)
        .map_err(|e| format!("cannot read the rows: {e}"))?;
    let year = unit.year;
    fn feed(unit: &mut UnitScan, path: &str, field: &Field, year: i32) {
        let key = |p: &str| FieldKey {
            table: None,
            column: Some(p.to_owned()),
            field: None,
        };
        let name = path.rsplit('.').next();
        match field {
            Field::Null => {}
            Field::Str(s) => unit.field(key(path), name).add(s, year),
            Field::Group(row) => {
                for (k, v) in row.get_column_iter() {
                    feed(unit, &format!("{path}.{k}"), v, year);
                }
            }
            Field::ListInternal(list) => {
                for v in list.elements() {
                    feed(unit, path, v, year);
                }
            }
            Field::MapInternal(_) | Field::Bytes(_) | Field::Bool(_) => {}
            other => unit.field(key(path), name).add(&other.to_string(), year),
        }
    }
    for row in rows {
        if cancel.load(Ordering::Relaxed) {
            return Err("the scan was interrupted".to_owned());
        }
        let row = row.map_err(|e| format!("row {}: {e}", unit.records + 1))?;
        unit.records += 1;
        for (name, field) in row.get_column_iter() {
            feed(unit, name, field, year);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters() {
        assert_eq!(sniff_delimiter("a;b;c\n1;2;3"), (b';', false));
        assert_eq!(sniff_delimiter("a,b\n"), (b',', false));
        assert_eq!(sniff_delimiter("a\tb\tc"), (b'\t', false));
        assert_eq!(sniff_delimiter("sep=;\nHọ tên;SĐT"), (b';', true));
        // A title line without any delimiter above the table.
        assert_eq!(
            sniff_delimiter("SỞ GD&ĐT TP ĐÀ NẴNG\nDANH SÁCH;;\nSTT;Họ và tên;SĐT\n1;An;0912"),
            (b';', false)
        );
        assert_eq!(
            sniff_delimiter("Hà Nội, ngày 5 tháng 12\nSTT;Họ và tên;SĐT\n1;An;0912"),
            (b';', false)
        );
    }
}
