//! What one file or table holds, field by field, while it is read.

use std::collections::HashMap;

use khien_detect::FieldStats;

/// Where in a file or table a field is.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct FieldKey {
    /// Sheet of a workbook.
    pub table: Option<String>,
    /// Column of a table, CSV file, sheet or Parquet file.
    pub column: Option<String>,
    /// Path of keys in a JSON document (`user.phone`).
    pub field: Option<String>,
}

/// Longest sheet, column or field name kept, in bytes (a file may name a sheet with 100 MiB).
const MAX_NAME: usize = 128;

fn cap(s: &mut String) {
    if s.len() > MAX_NAME {
        let mut end = MAX_NAME;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        s.push('…');
    }
}

impl FieldKey {
    fn capped(mut self) -> Self {
        for s in [&mut self.table, &mut self.column, &mut self.field]
            .into_iter()
            .flatten()
        {
            cap(s);
        }
        self
    }

    /// The one entry past the limit of fields.
    fn overflow(&self) -> Self {
        FieldKey {
            table: None,
            column: self.column.as_ref().map(|_| "…".to_owned()),
            field: self.field.as_ref().map(|_| "…".to_owned()),
        }
    }
}

/// The fields of one file or table, in the order first seen.
pub struct UnitScan {
    fields: Vec<(FieldKey, FieldStats)>,
    index: HashMap<FieldKey, usize>,
    /// Records read (rows, JSON objects, lines).
    pub records: u64,
    max_fields: usize,
    /// More distinct fields than `max_fields` were seen; the rest were not kept apart.
    pub overflowed: bool,
    /// Year used to bound birth years.
    pub year: i32,
}

impl UnitScan {
    /// An empty unit keeping at most `max_fields` distinct fields.
    pub fn new(max_fields: usize, year: i32) -> Self {
        UnitScan {
            fields: Vec::new(),
            index: HashMap::new(),
            records: 0,
            max_fields,
            overflowed: false,
            year,
        }
    }

    /// The statistics of a field, created on first use. Past the limit, new fields share
    /// one entry named `…` (one for the whole unit, whatever table they are in).
    pub fn field(&mut self, key: FieldKey, name: Option<&str>) -> &mut FieldStats {
        let key = key.capped();
        let i = match self.index.get(&key) {
            Some(i) => *i,
            None => {
                let (key, name) = if self.fields.len() >= self.max_fields {
                    self.overflowed = true;
                    (key.overflow(), None)
                } else {
                    (key, name)
                };
                match self.index.get(&key) {
                    Some(i) => *i,
                    None => {
                        self.fields.push((key.clone(), FieldStats::new(name)));
                        let i = self.fields.len() - 1;
                        self.index.insert(key, i);
                        i
                    }
                }
            }
        };
        // INVARIANT: `i` indexes `fields` (pushed above or recorded in `index`).
        &mut self.fields[i].1
    }

    /// Adds statistics gathered apart (columns read positionally, a part of the file read by
    /// another thread), within the same limit as [`UnitScan::field`].
    fn merge(&mut self, key: FieldKey, stats: FieldStats) {
        let mut key = key.capped();
        if !self.index.contains_key(&key) && self.fields.len() >= self.max_fields {
            self.overflowed = true;
            key = key.overflow();
        }
        match self.index.get(&key) {
            Some(i) => {
                if let Some(f) = self.fields.get_mut(*i) {
                    f.1.merge(stats);
                }
            }
            None => {
                self.index.insert(key.clone(), self.fields.len());
                self.fields.push((key, stats));
            }
        }
    }

    /// Adds columns read positionally (CSV, sheets, database tables).
    pub fn push_columns(&mut self, table: Option<&str>, columns: Vec<(String, FieldStats)>) {
        for (c, stats) in columns {
            let key = FieldKey {
                table: table.map(str::to_owned),
                column: Some(c),
                field: None,
            };
            self.merge(key, stats);
        }
    }

    /// Adds fields read apart (a part of the same file read by another thread).
    pub fn merge_fields(&mut self, fields: Vec<(FieldKey, FieldStats)>) {
        for (key, stats) in fields {
            self.merge(key, stats);
        }
    }

    /// The fields and their statistics.
    pub fn into_fields(self) -> Vec<(FieldKey, FieldStats)> {
        self.fields
    }
}
