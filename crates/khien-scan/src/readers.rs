//! One reader per file format. Each streams its file into a [`UnitScan`] and returns a message
//! for the first thing that stopped it; what was read before stays counted.

use std::borrow::Cow;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use khien_detect::{FieldStats, is_blank, nfc};
use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};

use crate::decode::{Enc, open_text};
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
    /// Excel or OpenDocument workbook.
    Workbook,
    /// Plain text.
    Text,
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
            Format::Text => "text",
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
            "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Format::Workbook,
            "txt" | "text" | "log" | "md" | "eml" | "sql" => Format::Text,
            _ => return None,
        })
    }
}

/// What reading a file produced besides its fields.
pub struct ReadOutcome {
    /// Encoding of a text file.
    pub encoding: Option<Enc>,
    /// A problem that stopped the reading or was met on the way.
    pub error: Option<String>,
}

fn io_message(e: &std::io::Error) -> String {
    e.to_string()
}

/// Reads a file of format `format` into `unit`.
pub fn read(
    path: &Path,
    format: Format,
    unit: &mut UnitScan,
    opts: &Options,
    progress: &dyn Progress,
    cancel: &AtomicBool,
) -> ReadOutcome {
    match format {
        Format::Csv | Format::Tsv => text_based(path, opts, progress, cancel, |enc, head, r| {
            read_csv(head, r, format == Format::Tsv, unit).map(|()| enc)
        }),
        Format::Json => text_based(path, opts, progress, cancel, |enc, _, r| {
            read_json(r, unit).map(|()| enc)
        }),
        Format::Ndjson => text_based(path, opts, progress, cancel, |enc, _, r| {
            read_ndjson(r, unit).map(|()| enc)
        }),
        Format::Text => text_based(path, opts, progress, cancel, |enc, _, r| {
            read_text(r, unit).map(|()| enc)
        }),
        Format::Workbook => {
            let error = read_workbook(path, unit).err();
            progress.advance(std::fs::metadata(path).map(|m| m.len()).unwrap_or(0));
            ReadOutcome {
                encoding: None,
                error,
            }
        }
        Format::Parquet => {
            let error = read_parquet(path, unit, cancel).err();
            progress.advance(std::fs::metadata(path).map(|m| m.len()).unwrap_or(0));
            ReadOutcome {
                encoding: None,
                error,
            }
        }
    }
}

fn text_based<'a>(
    path: &Path,
    opts: &Options,
    progress: &'a dyn Progress,
    cancel: &'a AtomicBool,
    body: impl FnOnce(Enc, &str, Box<dyn Read + 'a>) -> Result<Enc, String>,
) -> ReadOutcome {
    match open_text(path, opts.max_line_bytes, progress, cancel) {
        Err(e) => ReadOutcome {
            encoding: None,
            error: Some(io_message(&e)),
        },
        Ok((enc, head, r)) => {
            let error = body(enc, &head, r).err();
            ReadOutcome {
                encoding: Some(enc),
                error,
            }
        }
    }
}

/// The delimiter the first line uses most: comma, semicolon, tab or pipe.
fn sniff_delimiter(head: &str) -> u8 {
    let first = head.lines().next().unwrap_or("");
    [b',', b';', b'\t', b'|']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
}

/// Whether a first row is a header: every cell has a letter and none is itself personal data.
fn is_header(cells: &[String], year: i32) -> bool {
    let non_blank: Vec<&String> = cells.iter().filter(|c| !is_blank(c)).collect();
    !non_blank.is_empty()
        && non_blank.iter().all(|c| {
            c.chars().any(char::is_alphabetic)
                && c.chars().count() <= 64
                && (khien_detect::hint(c).is_some()
                    || khien_detect::detect(c, None, year).is_none())
        })
}

fn column_names(first: &[String], header: bool) -> Vec<String> {
    first
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if header && !c.trim().is_empty() {
                nfc(c.trim())
            } else {
                format!("#{}", i + 1)
            }
        })
        .collect()
}

/// Reads rows of cells into per-column statistics; rows may be ragged.
struct Columns {
    names: Vec<String>,
    stats: Vec<FieldStats>,
}

impl Columns {
    fn new(names: Vec<String>) -> Self {
        let stats = names.iter().map(|n| FieldStats::new(Some(n))).collect();
        Columns { names, stats }
    }

    fn add(&mut self, i: usize, value: &str, year: i32) {
        while self.stats.len() <= i {
            let name = format!("#{}", self.stats.len() + 1);
            self.stats.push(FieldStats::new(None));
            self.names.push(name);
        }
        if let Some(s) = self.stats.get_mut(i) {
            s.add(value, year);
        }
    }

    fn finish(self) -> Vec<(String, FieldStats)> {
        self.names.into_iter().zip(self.stats).collect()
    }
}

fn read_csv(
    head: &str,
    r: Box<dyn Read + '_>,
    tsv: bool,
    unit: &mut UnitScan,
) -> Result<(), String> {
    let delimiter = if tsv { b'\t' } else { sniff_delimiter(head) };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .buffer_capacity(256 * 1024)
        .from_reader(r);
    let mut rec = csv::ByteRecord::new();
    let year = unit.year;
    let mut columns: Option<Columns> = None;
    let mut invalid_utf8_line = None;
    let result = loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break Ok(()),
            Ok(true) => {}
            Err(e) => break Err(csv_message(&e)),
        }
        let cols = match &mut columns {
            Some(c) => c,
            None => {
                let first: Vec<String> = rec
                    .iter()
                    .map(|f| String::from_utf8_lossy(f).into_owned())
                    .collect();
                let header = is_header(&first, year);
                let mut c = Columns::new(column_names(&first, header));
                if !header {
                    for (i, v) in first.iter().enumerate() {
                        c.add(i, v, year);
                    }
                    unit.records += 1;
                }
                columns = Some(c);
                continue;
            }
        };
        unit.records += 1;
        for (i, f) in rec.iter().enumerate() {
            match std::str::from_utf8(f) {
                Ok(v) => cols.add(i, v, year),
                Err(_) => {
                    if invalid_utf8_line.is_none() {
                        invalid_utf8_line = rec.position().map(|p| p.line());
                    }
                    cols.add(i, &String::from_utf8_lossy(f), year);
                }
            }
        }
    };
    if let Some(c) = columns {
        unit.push_columns(None, c.finish());
    }
    result?;
    match invalid_utf8_line {
        Some(l) => Err(format!(
            "invalid UTF-8 from line {l}: the file mixes encodings or is damaged; those values were read with replacement characters"
        )),
        None => Ok(()),
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
            self.path.push_str(&k);
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
    format!(
        "invalid JSON at line {}, column {}: {:?}",
        e.line(),
        e.column(),
        e.classify()
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

fn read_text(r: Box<dyn Read + '_>, unit: &mut UnitScan) -> Result<(), String> {
    let mut reader = BufReader::with_capacity(256 * 1024, r);
    let mut line = Vec::new();
    let year = unit.year;
    let mut invalid = None;
    loop {
        line.clear();
        if reader
            .read_until(b'\n', &mut line)
            .map_err(|e| io_message(&e))?
            == 0
        {
            break;
        }
        unit.records += 1;
        let text = match std::str::from_utf8(&line) {
            Ok(t) => Cow::Borrowed(t),
            Err(_) => {
                invalid.get_or_insert(unit.records);
                String::from_utf8_lossy(&line)
            }
        };
        unit.field(FieldKey::default(), None).add_text(&text, year);
    }
    match invalid {
        Some(l) => Err(format!(
            "invalid UTF-8 from line {l}: the file mixes encodings or is damaged; those lines were read with replacement characters"
        )),
        None => Ok(()),
    }
}

fn read_workbook(path: &Path, unit: &mut UnitScan) -> Result<(), String> {
    use calamine::{Data, Reader};
    let mut wb =
        calamine::open_workbook_auto(path).map_err(|e| format!("cannot open the workbook: {e}"))?;
    let year = unit.year;
    for sheet in wb.sheet_names() {
        let range = wb
            .worksheet_range(&sheet)
            .map_err(|e| format!("sheet {sheet:?}: {e}"))?;
        let text = |c: &Data| -> String {
            match c {
                Data::String(s) => s.clone(),
                Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
                Data::Empty | Data::Error(_) => String::new(),
                other => other.to_string(),
            }
        };
        let mut rows = range.rows();
        let Some(first) = rows.next() else { continue };
        let first: Vec<String> = first.iter().map(text).collect();
        let header = is_header(&first, year);
        let mut cols = Columns::new(column_names(&first, header));
        if !header {
            unit.records += 1;
            for (i, v) in first.iter().enumerate() {
                cols.add(i, v, year);
            }
        }
        for row in rows {
            unit.records += 1;
            for (i, c) in row.iter().enumerate() {
                cols.add(i, &text(c), year);
            }
        }
        unit.push_columns(Some(&sheet), cols.finish());
    }
    Ok(())
}

fn read_parquet(path: &Path, unit: &mut UnitScan, cancel: &AtomicBool) -> Result<(), String> {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;
    let f = std::fs::File::open(path).map_err(|e| io_message(&e))?;
    let reader =
        SerializedFileReader::new(f).map_err(|e| format!("not a readable Parquet file: {e}"))?;
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
    fn delimiters_and_headers() {
        assert_eq!(sniff_delimiter("a;b;c\n1;2;3"), b';');
        assert_eq!(sniff_delimiter("a,b\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\tc"), b'\t');
        let cells = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(is_header(&cells(&["Họ và tên", "SĐT", ""]), 2026));
        assert!(!is_header(&cells(&["Nguyễn Văn An", "0912345678"]), 2026));
        assert!(!is_header(&cells(&["1", "2"]), 2026));
    }
}
