//! Tables as people make them: a title block above the header ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA
//! VIỆT NAM", "DANH SÁCH HỌC SINH LỚP 10A1"), the header on the second or third row, merged
//! header cells over a second header row ("Địa chỉ" over "Thường trú | Tạm trú"), a row
//! numbering the columns ("(1) (2) (3)") under the header, or no header at all.
//!
//! The first rows are held back until the header is found; then every row streams into
//! per-column statistics. Nothing but the statistics is kept.

use khien_detect::{
    Detector, FieldStats, Hint, address_confidence, detect, hint, is_blank, is_date, nfc,
};

use crate::unit::{FieldKey, UnitScan};

/// Rows held back to find the header.
const LOOKAHEAD: usize = 12;
/// The header is looked for in the first rows only.
const HEADER_WITHIN: usize = 10;

/// Per-column statistics; rows may be ragged. Columns past `max` share one entry `…`.
pub struct Columns {
    names: Vec<String>,
    stats: Vec<FieldStats>,
    max: usize,
}

impl Columns {
    pub fn new(names: Vec<String>, max: usize) -> Self {
        Self::with_own(names, &[], max)
    }

    /// Columns whose names join a group's and their own ("Người bệnh Chẩn đoán"): `own`
    /// holds the second part where there is one, and it says what the column holds when a
    /// header rule knows it ("Chẩn đoán" is a diagnosis, whichever person it is about); the
    /// whole name otherwise ("Người đi khai tử" over a blank).
    fn with_own(names: Vec<String>, own: &[Option<String>], max: usize) -> Self {
        let mut names = names;
        names.truncate(max);
        let stats = names
            .iter()
            .enumerate()
            .map(|(i, n)| match own.get(i).and_then(Option::as_deref) {
                Some(o) if own_says_more(n, o) => FieldStats::new(Some(o)),
                _ => FieldStats::new(Some(n)),
            })
            .collect();
        Columns { names, stats, max }
    }

    pub fn add(&mut self, i: usize, value: &str, year: i32) {
        if is_blank(value) {
            return;
        }
        let i = i.min(self.max);
        while self.stats.len() <= i {
            let k = self.stats.len();
            let name = if k == self.max {
                "…".to_owned()
            } else {
                format!("#{}", k + 1)
            };
            self.stats.push(FieldStats::new(None));
            self.names.push(name);
        }
        if let Some(s) = self.stats.get_mut(i) {
            s.add(value, year);
        }
    }

    pub fn finish(self) -> Vec<(String, FieldStats)> {
        self.names.into_iter().zip(self.stats).collect()
    }

    /// More columns than `max` were seen.
    pub fn overflowed(&self) -> bool {
        self.stats.len() > self.max
    }
}

/// Whether a cell reads as a column heading: a short text with a letter that is not itself
/// personal data (or that a header rule knows).
fn headerish(c: &str, year: i32) -> bool {
    let c = c.trim();
    // A run of five digits or more is a value's ("CCCD số 027198001359, cấp ngày …"), even
    // under words a header rule knows.
    let long_number = c
        .split(|ch: char| !ch.is_ascii_digit())
        .any(|run| run.len() >= 5);
    // A birth label with its date is a form's line, not a heading ("Ông Vũ Đức Thịnh - sinh
    // ngày 19/7/1988" beside "Người vay chính").
    // So is one with a year after a name and a comma ("Bà Trần Thị Nhàn, sinh năm 1941").
    let dated_birth = || {
        matches!(hint(c), Some(Hint::Is(Detector::DateOfBirth)))
            && c.split_whitespace().any(|w| {
                let w = w.trim_matches(|ch: char| !ch.is_ascii_digit());
                (w.contains('/') || (w.len() == 4 && c.contains(','))) && is_date(w, year)
            })
    };
    // A whole address down to its province is a value, though its words are a header
    // rule's ("Tổ 12 thôn Phú Ân Nam 2, xã Diên An, tỉnh Khánh Hòa" beside "Địa chỉ thường
    // trú").
    let full_address = || address_confidence(c).is_some_and(|x| x >= 0.95);
    c.chars().any(char::is_alphabetic)
        && c.chars().count() <= 80
        && !long_number
        && (hint(c).is_some() || detect(c, None, year).is_none())
        && !dated_birth()
        && !full_address()
}

/// Whether a first row is a header: every cell reads as a heading.
pub fn is_header(cells: &[String], year: i32) -> bool {
    let mut non_blank = cells.iter().filter(|c| !is_blank(c)).peekable();
    non_blank.peek().is_some() && non_blank.all(|c| headerish(c, year))
}

/// A row numbering the columns under a header: "(1) (2) (3)", "1 2 3", "A B C".
fn numbering_row(cells: &[String]) -> bool {
    let non_blank: Vec<&str> = cells
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    non_blank.len() >= 2
        && non_blank.iter().all(|c| {
            let c = c.trim_start_matches('(').trim_end_matches(')');
            (c.len() <= 3 && c.bytes().all(|b| b.is_ascii_digit()))
                || (c.len() == 1 && c.bytes().all(|b| b.is_ascii_uppercase()))
        })
}

struct RowScore {
    non_blank: usize,
    known: usize,
    all_headerish: bool,
}

fn score(cells: &[String], year: i32) -> RowScore {
    let mut s = RowScore {
        non_blank: 0,
        known: 0,
        all_headerish: true,
    };
    for c in cells.iter().filter(|c| !is_blank(c)) {
        s.non_blank += 1;
        if !headerish(c, year) {
            s.all_headerish = false;
        } else if matches!(hint(c), Some(Hint::Is(_) | Hint::NotPersonal)) {
            s.known += 1;
        }
    }
    s
}

/// Where the header is, how many rows it spans, and the column names.
struct Layout {
    /// Index of the first data row.
    data_from: usize,
    /// Rows above the header (title block): read as free text.
    title_rows: usize,
    names: Option<Vec<String>>,
    /// A column's own name under a group, where the names join both (see [`names_of`]).
    own: Vec<Option<String>>,
}

/// `guess`: when no row has a word a rule knows, take the first row that reads as headings
/// over a row of values (for files that are tables; a document's tables are mostly forms).
fn layout(rows: &[Vec<String>], year: i32, guess: bool) -> Layout {
    let widest = rows
        .iter()
        .map(|r| r.iter().filter(|c| !is_blank(c)).count())
        .max()
        .unwrap_or(0);
    let scores: Vec<RowScore> = rows
        .iter()
        .take(HEADER_WITHIN)
        .map(|r| score(r, year))
        .collect();
    // The header: the row naming most columns with words a header rule knows, among rows
    // that read as headings and span at least half the table; the earliest wins a tie.
    let min_cells = if widest <= 1 {
        1
    } else {
        widest.div_ceil(2).max(2)
    };
    // The words a rule knows may all be in the second row of a two-row header ("Thông tin
    // chủ thuê bao" over "Họ và tên | Ngày sinh | Giới tính …"): they count for the first.
    let sub_known = |i: usize| {
        let (Some(header), Some(next)) = (rows.get(i), rows.get(i + 1)) else {
            return 0;
        };
        // Only under merged cells: two rows of a form ("Địa chỉ | …" over "Chỗ ở | …")
        // are not a header.
        match scores.get(i + 1) {
            Some(s) if under_merged(header, next) && sub_row(header, next, s) => s.known,
            _ => 0,
        }
    };
    // A row of groups over the row that names the columns ("STT | Thông tin người chết | … |
    // Người đi khai tử" over "Họ, chữ đệm, tên | Ngày, tháng, năm sinh | … | Họ, chữ đệm,
    // tên"): at least three cells, one over a blank cell (merged down) and one over a named
    // cell. It spans the table through the row under it, so that both rows name the
    // columns and the two "Họ, chữ đệm, tên" stay apart (a title line over a header has
    // one cell, an organisation's line two).
    let group_cells = |i: usize| {
        let (Some(header), Some(next), Some(s), Some(t)) = (
            rows.get(i),
            rows.get(i + 1),
            scores.get(i),
            scores.get(i + 1),
        ) else {
            return None;
        };
        let over = |blank: bool| {
            header
                .iter()
                .enumerate()
                .any(|(j, c)| !is_blank(c) && next.get(j).is_none_or(|n| is_blank(n)) == blank)
        };
        (s.non_blank >= 3 && over(true) && over(false) && sub_row(header, next, t))
            .then_some(t.non_blank)
    };
    // "Xã: Hòa Thắng | Huyện: Cư Kuin | Thôn: Ea Kao": a line of labels and their values
    // above the table is no header.
    let labelled = |i: usize| {
        rows.get(i).is_some_and(|r| {
            r.iter().any(|c| {
                c.split_once(':').is_some_and(|(label, value)| {
                    !label.trim().is_empty() && !value.trim().is_empty()
                })
            })
        })
    };
    let mut best: Option<(usize, usize)> = None;
    for (i, s) in scores.iter().enumerate() {
        if labelled(i) {
            continue;
        }
        let known = s.known + sub_known(i);
        let cells = s.non_blank.max(group_cells(i).unwrap_or(0));
        if s.all_headerish && cells >= min_cells && known >= 1 {
            let key = known * 4 + cells;
            if best.is_none_or(|(_, k)| key > k) {
                best = Some((i, key));
            }
        }
    }
    // No rule knows a word of any row: the first row wide enough that reads as headings and
    // has a row of values under it ("Cột A | Cột B | Thông tin 1" under a title line).
    if guess && best.is_none() && !rows.first().is_some_and(|first| is_header(first, year)) {
        best = scores
            .iter()
            .enumerate()
            .find(|(i, s)| {
                s.all_headerish
                    && s.non_blank >= min_cells.max(2)
                    && scores.get(i + 1).is_some_and(|n| !n.all_headerish)
            })
            .map(|(i, _)| (i, 0));
    }
    let h = match best {
        Some((h, _)) => h,
        // No row a rule knows: the first row is the header when it reads as one (the old
        // rule, for headers such as "Ghi chú | Số lượng").
        None => {
            return match rows.first() {
                Some(first) if is_header(first, year) && rows.len() > 1 => Layout {
                    data_from: 1,
                    title_rows: 0,
                    names: Some(names_of(first, None).0),
                    own: Vec::new(),
                },
                _ => Layout {
                    data_from: 0,
                    title_rows: 0,
                    names: None,
                    own: Vec::new(),
                },
            };
        }
    };
    let header = &rows[h];
    let mut data_from = h + 1;
    // A second header row under merged cells: every cell a heading, and at least one under
    // a blank cell of the first row or named by a rule.
    let mut sub = None;
    if let Some(next) = rows.get(h + 1)
        && sub_row(header, next, &score(next, year))
    {
        sub = Some(next);
        data_from += 1;
    }
    if rows.get(data_from).is_some_and(|r| numbering_row(r)) {
        data_from += 1;
    }
    let (names, own) = names_of(header, sub.map(Vec::as_slice));
    Layout {
        data_from,
        title_rows: h,
        names: Some(names),
        own,
    }
}

/// Whether `next` is a second header row under `header`: not a numbering row, every cell a
/// heading, and at least one under a blank cell of the first row (a merged cell) or named by a
/// rule.
fn sub_row(header: &[String], next: &[String], s: &RowScore) -> bool {
    // A cell or two under named ones is a section ("I | Mừng thọ tuổi 80 (sinh năm 1946)"
    // under "STT | Họ và tên"), even with words a rule knows.
    !numbering_row(next)
        && s.all_headerish
        && s.non_blank >= 1
        && (under_merged(header, next) || (s.known >= 1 && s.non_blank >= 3))
}

/// Whether a cell of `next` sits under a blank cell of `header` (a merged cell above it).
fn under_merged(header: &[String], next: &[String]) -> bool {
    next.iter()
        .enumerate()
        .any(|(i, c)| !is_blank(c) && header.get(i).is_none_or(|p| is_blank(p)))
}

/// Column names from a header row and an optional second row: a merged parent cell carries
/// over the blank cells to its right where the second row names a column ("Địa chỉ" over
/// "Thường trú" and "Tạm trú" gives "Địa chỉ Thường trú", "Địa chỉ Tạm trú").
///
/// With each name, the column's own name from the second row where the name joins it to a
/// group's or to another name above it (see [`Columns::with_own`]).
fn names_of(header: &[String], sub: Option<&[String]>) -> (Vec<String>, Vec<Option<String>>) {
    let width = header.len().max(sub.map_or(0, <[String]>::len));
    let mut parent = String::new();
    (0..width)
        .map(|i| {
            let top = header.get(i).map(|c| c.trim()).unwrap_or("");
            let below = sub.and_then(|s| s.get(i)).map(|c| c.trim()).unwrap_or("");
            if !top.is_empty() {
                parent = top.to_owned();
            } else if below.is_empty() {
                parent.clear();
            }
            let (name, joined) = match (top.is_empty(), below.is_empty()) {
                (false, true) => (top.to_owned(), false),
                (false, false) if top == below => (top.to_owned(), false),
                (false, false) => (format!("{top} {below}"), true),
                (true, false) if !parent.is_empty() => (format!("{parent} {below}"), true),
                (true, false) => (below.to_owned(), false),
                (true, true) => (String::new(), false),
            };
            let name = nfc(&name);
            let own = joined.then(|| nfc(below));
            if name.is_empty() {
                (format!("#{}", i + 1), own)
            } else {
                (name, own)
            }
        })
        .unzip()
}

/// Whether a column's own name under a group (`own`, the end of the joined `name`) says
/// what it holds better than the joined name: when the joined name says nothing, or says only
/// what the group says and the group is a person ("Người bệnh" over "Chẩn đoán", "Số CCCD")
/// or the own name is no person's ("Tài khoản ngân hàng" over "Tên ngân hàng" stays an
/// account's: "tên" alone names a person).
fn own_says_more(name: &str, own: &str) -> bool {
    let Some(mine) = hint(own) else {
        return false;
    };
    let joined = hint(name);
    let group = name
        .strip_suffix(own)
        .map(str::trim_end)
        .filter(|g| !g.is_empty())
        .and_then(hint);
    let person = Some(Hint::Is(Detector::PersonName));
    joined.is_none() || (joined == group && (group == person || Some(mine) != person))
}

/// A table being read row by row.
pub struct Table {
    held: Vec<Vec<String>>,
    columns: Option<Columns>,
    max_columns: usize,
    year: i32,
    /// Rows read as data.
    pub rows: u64,
    /// Without a header the rows are read as lines of text ("Họ và tên: Nguyễn Văn An"):
    /// for tables inside documents, which are mostly forms of labels and values.
    text_without_header: bool,
    /// The signatures under the table began ("Tam Hiệp, ngày 28 tháng 02 năm 2026", "NGƯỜI
    /// LẬP BIỂU"): the rows from there on are read as text, not as the columns' values.
    signed: bool,
    /// The rows are being read as text.
    as_text: bool,
}

impl Table {
    pub fn new(year: i32, max_columns: usize) -> Self {
        Table {
            held: Vec::new(),
            columns: None,
            max_columns,
            year,
            rows: 0,
            signed: false,
            text_without_header: false,
            as_text: false,
        }
    }

    /// A table whose header is known already: a part of a large CSV file, read by a thread of
    /// its own once the file's first rows gave the header. Rows go straight to the columns.
    pub fn with_header(year: i32, max_columns: usize, names: Vec<String>) -> Self {
        Table {
            columns: Some(Columns::new(names, max_columns)),
            ..Table::new(year, max_columns)
        }
    }

    /// The column names, the header being decided now if the rows held back have not yet
    /// (title rows and rows read go into `unit`); `None` when there is no header.
    pub fn header(&mut self, unit: &mut UnitScan) -> Option<Vec<String>> {
        if self.columns.is_none() && !self.as_text {
            self.decide(unit, None);
        }
        self.columns.as_ref().map(|c| c.names.clone())
    }

    /// A table inside a document.
    pub fn in_document(year: i32, max_columns: usize) -> Self {
        Table {
            text_without_header: true,
            ..Table::new(year, max_columns)
        }
    }

    /// Whether the header is known and rows go straight into the columns: then
    /// [`Table::cells`] takes borrowed cells without copying them.
    pub fn streaming(&self) -> bool {
        self.columns.is_some() && !self.as_text && !self.signed
    }

    /// Whether a row of borrowed cells is no row of data once [`Table::streaming`]: a section
    /// ("I | Mừng thọ tuổi 80"), a line of totals, or the signatures under the table (after
    /// at least one row of data). The caller gives such a row to [`Table::row`], which reads
    /// the signatures, and the rows after them, as text.
    pub fn aside<'a>(&mut self, cells: impl Iterator<Item = &'a str> + Clone) -> bool {
        if self.signed {
            return true;
        }
        // Only rows of at most three filled cells can be any of these (most rows are not,
        // and are not copied).
        // Before any copy, in one pass: at most three filled cells, one of which could make
        // such a row (a section's mark, "Tổng", a bracket, a month's word, capitals); a
        // narrow file's rows of names and numbers mostly have none.
        let (mut filled, mut could) = (0, false);
        for c in cells.clone().filter(|c| !is_blank(c)) {
            filled += 1;
            if filled > 3 {
                return false;
            }
            let c = c.trim();
            could = could
                || c.len() <= 4
                || c.starts_with(['T', 't'])
                || c.contains('(')
                || c.contains("háng")
                || c.contains("hang")
                || c.contains("HÁNG")
                || c.contains("HANG")
                || !c.chars().any(char::is_lowercase);
        }
        if !could {
            return false;
        }
        let few: Vec<String> = cells
            .take(self.max_columns + 1)
            .map(str::to_owned)
            .collect();
        (section_row(&few, self.year) && Self::section_words(self.text_without_header, &few))
            || total_row(&few)
            || (self.rows > 0 && signature_cells(&few))
    }

    /// Whether a [`section_row`]'s heading is long enough to be one here: any in a document's
    /// table (as before); two words or more in a sheet, where "B | Mường" (a block and an
    /// ethnic group) is data.
    fn section_words(in_document: bool, cells: &[String]) -> bool {
        in_document
            || cells
                .iter()
                .skip(1)
                .find(|c| !is_blank(c))
                .is_some_and(|h| h.split_whitespace().count() >= 2)
    }

    /// Adds a row of borrowed cells once [`Table::streaming`].
    pub fn cells<S: AsRef<str>>(&mut self, unit: &mut UnitScan, cells: impl Iterator<Item = S>) {
        if let Some(cols) = &mut self.columns {
            let mut any = false;
            for (i, v) in cells.take(self.max_columns + 1).enumerate() {
                let v = v.as_ref();
                any |= !v.is_empty();
                cols.add(i, v, self.year);
            }
            if any {
                self.rows += 1;
                unit.records += 1;
            }
        }
    }

    /// Adds a row; cells past `max_columns` are cut off.
    pub fn row(&mut self, unit: &mut UnitScan, table: Option<&str>, mut cells: Vec<String>) {
        if cells.iter().all(|c| is_blank(c)) {
            return;
        }
        cells.truncate(self.max_columns + 1);
        if self.columns.is_some()
            && !self.as_text
            && (self.signed || (self.rows > 0 && signature_cells(&cells)))
        {
            self.signed = true;
            signature_text(unit, table, &cells, self.year);
            return;
        }
        // An RTF row ends with an empty cell after its last "\cell": a document's table
        // drops blank cells at the end of a row, so that a form of labels and values is not
        // taken for a register of three columns.
        if self.text_without_header {
            while cells.last().is_some_and(|c| is_blank(c)) {
                cells.pop();
            }
        }
        if self.as_text {
            self.rows += 1;
            unit.records += 1;
            let key = FieldKey {
                table: table.map(str::to_owned),
                column: None,
                field: None,
            };
            let field = unit.field(key, None);
            for line in label_value_lines(&cells) {
                field.add_text(&line, self.year);
            }
            return;
        }
        match &mut self.columns {
            Some(_)
                if section_row(&cells, self.year)
                    && Self::section_words(self.text_without_header, &cells) => {}
            Some(_) if total_row(&cells) => {}
            Some(cols) => {
                self.rows += 1;
                unit.records += 1;
                for (i, v) in cells.iter().enumerate() {
                    cols.add(i, v, self.year);
                }
            }
            None => {
                self.held.push(cells);
                if self.held.len() >= LOOKAHEAD {
                    self.decide(unit, table);
                }
            }
        }
    }

    fn decide(&mut self, unit: &mut UnitScan, table: Option<&str>) {
        let held = std::mem::take(&mut self.held);
        let found = layout(&held, self.year, !self.text_without_header);
        // A header naming two kinds or more over three columns or more is a register's, even
        // when its rows pair a label with a value ("Loại giấy tờ | Số giấy tờ": "Hộ chiếu |
        // M48213975" in a hotel's list of guests is a row, not a form's line).
        // Two kinds, not one twice: "Thông tin | Bên nữ | Bên nam" heads a form of two people.
        let register = found.names.as_ref().is_some_and(|names| {
            let mut kinds: Vec<_> = names
                .iter()
                .filter_map(|c| match hint(c) {
                    Some(Hint::Is(d)) => Some(d),
                    _ => None,
                })
                .collect();
            kinds.sort_by_key(|d| d.index());
            kinds.dedup();
            names.len() >= 3 && kinds.len() >= 2
        });
        let l = if self.text_without_header && !register && label_value_form(&held, self.year) {
            Layout {
                data_from: 0,
                title_rows: 0,
                names: None,
                own: Vec::new(),
            }
        } else {
            found
        };
        let year = self.year;
        let text_key = FieldKey {
            table: table.map(str::to_owned),
            column: None,
            field: None,
        };
        for r in held.iter().take(l.title_rows) {
            let line = r
                .iter()
                .filter(|c| !is_blank(c))
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(" ");
            unit.field(text_key.clone(), None).add_text(&line, year);
        }
        let mut cols = match l.names {
            Some(names) => Columns::with_own(names, &l.own, self.max_columns),
            None if self.text_without_header => {
                for r in &held {
                    self.rows += 1;
                    unit.records += 1;
                    let field = unit.field(text_key.clone(), None);
                    for line in label_value_lines(r) {
                        field.add_text(&line, year);
                    }
                }
                self.as_text = true;
                return;
            }
            None => Columns::new(Vec::new(), self.max_columns),
        };
        for r in held.iter().skip(l.data_from) {
            if self.signed || (self.rows > 0 && signature_cells(r)) {
                self.signed = true;
                signature_text(unit, table, r, year);
                continue;
            }
            if (section_row(r, year) && Self::section_words(self.text_without_header, r))
                || total_row(r)
            {
                continue;
            }
            self.rows += 1;
            unit.records += 1;
            for (i, v) in r.iter().enumerate() {
                cols.add(i, v, year);
            }
        }
        self.columns = Some(cols);
    }

    /// The table is complete: its columns go into `unit` (under `table`, a sheet or "bảng 2").
    /// Returns whether more columns than the cap were met.
    pub fn finish(mut self, unit: &mut UnitScan, table: Option<&str>) -> bool {
        if self.columns.is_none() && !self.as_text {
            self.decide(unit, table);
        }
        let Some(cols) = self.columns else {
            return false;
        };
        let over = cols.overflowed();
        unit.push_columns(table, cols.finish());
        over
    }
}

/// A row that opens a section of a document's register: a Roman numeral or a capital
/// letter, then one cell of words that are no one's data ("I | Tăng", "II | Giảm", "A | Khối
/// văn phòng"; not "A | Nguyễn Văn An", a row of block A).
fn section_row(cells: &[String], year: i32) -> bool {
    let mut filled = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty());
    let (Some(mark), Some(heading), None) = (filled.next(), filled.next(), filled.next()) else {
        return false;
    };
    let mark = mark.trim_end_matches('.');
    cells
        .first()
        .is_some_and(|c| c.trim() == mark || c.trim().trim_end_matches('.') == mark)
        && !mark.is_empty()
        && (mark.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) && mark.len() <= 4
            || (mark.len() == 1 && mark.bytes().all(|b| b.is_ascii_uppercase())))
        && detect(heading, None, year).is_none()
}

/// Whether a row of at most three filled cells opens the signatures under a table: a place
/// and a date ("Tam Hiệp, ngày 28 tháng 02 năm 2026"), "(Ký, ghi rõ họ tên)", or two signers'
/// roles in capitals side by side ("NGƯỜI LẬP BIỂU | KT. GIÁM ĐỐC"). One cell in capitals is
/// a section as often ("TRƯỜNG THCS LÊ LỢI", "CÁN BỘ, CÔNG CHỨC").
fn signature_row(filled: &[&str]) -> bool {
    const ROLES: &[&str] = &[
        "nguoi lap",
        "truong ",
        "pho truong",
        "giam doc",
        "pho giam doc",
        "ke toan",
        "thu truong",
        "chu tich",
        "xac nhan",
        "thu quy",
        "can bo",
        "nguoi duyet",
        "nguoi kiem tra",
        "tm.",
        "tm ",
        "t/m",
        "kt.",
        "kt ",
        "q.",
        "tl.",
        "tuq.",
        "bi thu",
        "chu nhiem",
        "hieu truong",
    ];
    if filled.is_empty() || filled.len() > 3 {
        return false;
    }
    // A numbered row is data ("12 | Nguyễn Văn Bình | Ngày 5 tháng 3 năm 2025 chuyển đi").
    if filled
        .first()
        .is_some_and(|c| c.trim().bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let mut roles = 0;
    let strong = filled.iter().any(|c| {
        let c = c.trim();
        let folded = khien_detect::fold(c);
        // A place and a date, and nothing after the year.
        let dated = (folded.contains(", ngay ") || folded.starts_with("ngay "))
            && folded.contains(" thang ")
            && folded.contains(" nam ")
            && folded.len() <= 80
            && folded
                .trim_end_matches(['.', ')'])
                .rsplit(' ')
                .next()
                .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
        let capitals = c.chars().any(char::is_alphabetic) && !c.chars().any(char::is_lowercase);
        // "TRƯỞNG …" is a signer's role, "TRƯỜNG …" a school.
        let school = c.is_ascii() || khien_detect::nfc(c).to_lowercase().starts_with("trường");
        if capitals
            && c.chars().count() <= 60
            && ROLES
                .iter()
                .any(|r| folded.starts_with(r) && !(*r == "truong " && school))
        {
            roles += 1;
        }
        // "(Ký, ghi rõ họ tên)", "(Ký tên)", "(Ký và đóng dấu)"; not "(kỹ sư)", "(kỳ 2)".
        let sign = ["(ky,", "(ky ten", "(ky va", "(ky)", "(ky ghi"]
            .iter()
            .any(|p| folded.contains(p))
            && {
                let lower = c.to_lowercase();
                !lower.contains("(kỹ") && !lower.contains("(kỳ")
            };
        dated || sign
    });
    strong || roles >= 2
}

/// [`signature_row`] of a row of owned cells.
fn signature_cells(cells: &[String]) -> bool {
    // Most rows have more than three filled cells: counted before any vector.
    if cells.iter().filter(|c| !is_blank(c)).take(4).count() > 3 {
        return false;
    }
    let filled: Vec<&str> = cells
        .iter()
        .map(String::as_str)
        .filter(|c| !is_blank(c))
        .collect();
    signature_row(&filled)
}

/// A row of the signatures, read as a line of text (the signers' names are people's, in no
/// column).
fn signature_text(unit: &mut UnitScan, table: Option<&str>, cells: &[String], year: i32) {
    let key = FieldKey {
        table: table.map(str::to_owned),
        column: None,
        field: None,
    };
    let field = unit.field(key, None);
    // Cell by cell: two signers side by side are two names, not one run of six words.
    for c in cells.iter().filter(|c| !is_blank(c)) {
        field.add_text(c, year);
    }
}

/// A register's line of totals, in one cell under whatever column: "Tổng số: 22 người (nữ: 10;
/// dân tộc thiểu số: 10)", "Tổng cộng: 45 hộ". Counts are no one's data (and "dân tộc" in it
/// is no one's ethnicity).
fn total_row(cells: &[String]) -> bool {
    let mut filled = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty());
    let (Some(only), None) = (filled.next(), filled.next()) else {
        return false;
    };
    // With a count in it, and "Tổng" as written ("Tống Công Minh" is a name).
    let folded = khien_detect::fold(only);
    only.bytes().any(|b| b.is_ascii_digit())
        && (only.is_ascii() || khien_detect::nfc(only).to_lowercase().starts_with("tổng"))
        && ["tong so", "tong cong"].iter().any(|t| {
            folded
                .strip_prefix(t)
                .is_some_and(|rest| rest.starts_with([':', ' ']))
        })
}

/// A form of labels and values ("Họ và tên | Nguyễn Văn An", "Số CCCD | 0012…"): at least
/// half the rows hold a label a header rule knows in one cell and a value in the next.
fn label_value_form(rows: &[Vec<String>], year: i32) -> bool {
    let labelled = rows
        .iter()
        .filter(|r| {
            r.windows(2).any(|w| {
                // A label of what is not personal is a label too ("Email nhận thông báo, hóa
                // đơn", read as an invoice's).
                hint(&w[0]).is_some()
                    && w[0].chars().count() <= 60
                    && !is_blank(&w[1])
                    // A value, not another label: no header rule knows it, or it holds what
                    // no heading holds ("Ông Vũ Đức Thịnh - sinh ngày 19/7/1988").
                    && (hint(&w[1]).is_none() || !headerish(&w[1], year))
            })
        })
        .count();
    rows.len() >= 2 && labelled * 2 >= rows.len()
}

/// A row of a form table as lines: a label a header rule knows before two values or more
/// (a form for two people: "Nơi cư trú | Số 17 đường … | Số 5/82 Lạch Tray …") gives a line
/// per value, each after the label; any other row one line, its cells joined by colons.
fn label_value_lines(cells: &[String]) -> Vec<String> {
    let cells: Vec<&str> = cells
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    match cells.split_first() {
        // Not "Giới tính | Nam | Dân tộc | Kinh": a value that is itself a label keeps the
        // row one line, each value after its own label.
        Some((label, values))
            if values.len() >= 2
                && matches!(hint(label), Some(Hint::Is(_)))
                && values.iter().all(|v| hint(v).is_none()) =>
        {
            values.iter().map(|v| format!("{label}: {v}")).collect()
        }
        _ => vec![cells.join(": ")],
    }
}

/// The problem a reader reports when a table was wider than the cap on fields: the columns
/// past it were counted together as "…" (one message for every reader).
pub fn too_wide(max_columns: usize) -> String {
    format!(
        "a table of more than {max_columns} columns: those past it are counted together as \"…\""
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(v: &[&[&str]]) -> Vec<Vec<String>> {
        v.iter()
            .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
            .collect()
    }

    #[test]
    fn header_under_a_title_block_with_merged_cells_and_numbering() {
        let r = rows(&[
            &["UBND PHƯỜNG BẾN NGHÉ", "", "", "", "", ""],
            &["DANH SÁCH HỘ NGHÈO NĂM 2025", "", "", "", "", ""],
            &["", "", "", "", "", ""],
            &[
                "STT",
                "Họ và tên chủ hộ",
                "Ngày sinh",
                "Địa chỉ",
                "",
                "Số CCCD",
            ],
            &["", "", "", "Thường trú", "Tạm trú", ""],
            &["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
            &[
                "1",
                "Nguyễn Văn Tám",
                "12/03/1961",
                "Tổ 5, khu phố 2",
                "",
                "079061001234",
            ],
        ]);
        let l = layout(&r, 2026, true);
        assert_eq!(l.title_rows, 3);
        assert_eq!(l.data_from, 6);
        assert_eq!(
            l.names.unwrap(),
            vec![
                "STT",
                "Họ và tên chủ hộ",
                "Ngày sinh",
                "Địa chỉ Thường trú",
                "Địa chỉ Tạm trú",
                "Số CCCD"
            ]
        );
    }

    /// A row of groups narrower than half the table ("Người bệnh", "Người nhà chăm sóc") over
    /// the row naming the columns, two of which are "Họ và tên": both rows name the columns,
    /// and a column's own name says what it holds ("Người bệnh Chẩn đoán" is a diagnosis).
    #[test]
    fn groups_over_a_header_with_repeated_names() {
        let r = rows(&[
            &["BỆNH VIỆN ĐA KHOA TỈNH"],
            &["SỔ CẤP THẺ NGƯỜI NHÀ NGƯỜI BỆNH"],
            &[],
            &[
                "STT",
                "Ngày cấp",
                "Người bệnh",
                "",
                "",
                "",
                "Người nhà",
                "",
                "",
                "Ghi chú",
            ],
            &[
                "",
                "",
                "Họ và tên",
                "Năm sinh",
                "Chẩn đoán",
                "Buồng",
                "Họ và tên",
                "Quan hệ",
                "Số CCCD",
                "",
            ],
            &[
                "1",
                "01/03/2026",
                "Nguyễn Văn Hòe",
                "1951",
                "Nhồi máu não",
                "B2",
                "Nguyễn Văn Thành",
                "Con trai",
                "040078147801",
                "",
            ],
            &[
                "2",
                "01/03/2026",
                "nt",
                "nt",
                "nt",
                "nt",
                "Trần Thị Lệ",
                "Con dâu",
                "040180783154",
                "",
            ],
        ]);
        let l = layout(&r, 2026, true);
        assert_eq!(l.title_rows, 3);
        assert_eq!(l.data_from, 5);
        let names = l.names.clone().unwrap_or_default();
        assert_eq!(
            names.get(2).map(String::as_str),
            Some("Người bệnh Họ và tên")
        );
        assert_eq!(
            names.get(6).map(String::as_str),
            Some("Người nhà Họ và tên")
        );
        assert_eq!(l.own.get(4), Some(&Some("Chẩn đoán".to_owned())));
        assert_eq!(l.own.first(), Some(&None));
        let mut cols = Columns::with_own(names, &l.own, 64);
        for row in r.iter().skip(l.data_from) {
            for (i, v) in row.iter().enumerate() {
                cols.add(i, v, 2026);
            }
        }
        let found: Vec<(String, Vec<Detector>)> = cols
            .finish()
            .into_iter()
            .map(|(n, s)| (n, s.findings().iter().map(|f| f.detector).collect()))
            .collect();
        let of = |name: &str| {
            found
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, d)| d.clone())
                .unwrap_or_default()
        };
        assert_eq!(of("Người bệnh Họ và tên"), vec![Detector::PersonName]);
        assert_eq!(of("Người nhà Họ và tên"), vec![Detector::PersonName]);
        assert_eq!(of("Người bệnh Chẩn đoán"), vec![Detector::Health]);
        assert_eq!(of("Người bệnh Buồng"), Vec::<Detector>::new());
    }

    /// A column's own name under a group wins only where it says more: under a person's group,
    /// or where the joined name says nothing; "tên" alone under an account or an address is
    /// no person's name.
    #[test]
    fn own_names_under_groups() {
        assert!(own_says_more("Người bệnh Chẩn đoán", "Chẩn đoán"));
        assert!(own_says_more("Người bệnh Họ và tên", "Họ và tên"));
        assert!(!own_says_more(
            "Tài khoản ngân hàng Tên ngân hàng",
            "Tên ngân hàng"
        ));
        assert!(!own_says_more("Địa chỉ Tên phố", "Tên phố"));
        assert!(!own_says_more("Người bệnh Buồng", "Buồng"));
        // A line of labels and values over the header is no group.
        let r = rows(&[
            &["DANH SÁCH HỘ DÂN"],
            &[
                "Xã: Hòa Thắng",
                "",
                "Huyện: Cư Kuin",
                "Thôn: Ea Kao",
                "",
                "",
                "",
            ],
            &[
                "STT",
                "Họ và tên",
                "",
                "Năm sinh",
                "Dân tộc",
                "Nghề nghiệp",
                "Ghi chú",
            ],
            &["1", "Y Kliêng", "Niê", "1960", "Ê Đê", "Làm nông", ""],
            &["2", "H'Nga", "Ksor", "1972", "Ê Đê", "Làm nông", ""],
        ]);
        let l = layout(&r, 2026, true);
        assert_eq!(l.data_from, 3);
        assert_eq!(
            l.names.unwrap_or_default().get(5).map(String::as_str),
            Some("Nghề nghiệp")
        );
    }

    /// The signatures under a table end its data: the signers' names are in no column; a
    /// section in capitals inside the data does not end it.
    #[test]
    fn signatures_end_the_data() {
        assert!(signature_row(&["Tam Hiệp, ngày 28 tháng 02 năm 2026"]));
        assert!(signature_row(&["NGƯỜI LẬP BIỂU", "KT. GIÁM ĐỐC"]));
        assert!(signature_row(&["(Ký, ghi rõ họ tên)"]));
        assert!(!signature_row(&["TRƯỜNG THCS LÊ LỢI"]));
        assert!(!signature_row(&["Cán bộ, công chức"]));
        assert!(!signature_row(&["Ngày 02/02/2026 nhận hồ sơ"]));
        assert!(!signature_row(&[
            "Lê Văn A",
            "Đại học (Kỹ sư)",
            "Nhân viên"
        ]));
        assert!(!signature_row(&[
            "12",
            "Nguyễn Văn Bình",
            "Ngày 5 tháng 3 năm 2025 chuyển đi"
        ]));
        assert!(!signature_row(&["TRƯỜNG THCS A", "TRƯỜNG THCS B"]));
        assert!(signature_row(&["NGƯỜI LẬP BIỂU", "TRƯỞNG PHÒNG"]));
        let mut r = vec![vec![
            "STT".to_owned(),
            "Ngày nhận".to_owned(),
            "Họ và tên".to_owned(),
            "Số CCCD".to_owned(),
        ]];
        for i in 0..14 {
            if i == 5 {
                r.push(vec![String::new(), "TRƯỜNG THCS LÊ LỢI".to_owned()]);
            }
            r.push(vec![
                format!("{}", i + 1),
                "02/02/2026".to_owned(),
                "Nguyễn Văn Hòa".to_owned(),
                "075078948540".to_owned(),
            ]);
        }
        r.push(vec![
            String::new(),
            String::new(),
            "Tam Hiệp, ngày 28 tháng 02 năm 2026".to_owned(),
        ]);
        r.push(vec![
            String::new(),
            "Cán bộ đăng ký".to_owned(),
            String::new(),
            "TRƯỞNG CÔNG AN".to_owned(),
        ]);
        r.push(vec![
            String::new(),
            "Trần Thanh Phúc".to_owned(),
            String::new(),
            "Nguyễn Văn Hậu".to_owned(),
        ]);
        let mut unit = UnitScan::new(64, 2026);
        let mut t = Table::new(2026, 64);
        for row in r {
            t.row(&mut unit, None, row);
        }
        // The fourteen rows and the section (read as a row, as before); not the signatures.
        assert_eq!(t.rows, 15);
        assert!(!t.finish(&mut unit, None));
    }

    /// A cell holding an ID number is never a heading, even under words a rule knows.
    #[test]
    fn values_are_not_headings() {
        assert!(!headerish(
            "CCCD số 027198001359, cấp ngày 10/05/2021",
            2026
        ));
        assert!(headerish("BHXH, BHYT, BHTN (10,5%)", 2026));
        // A birth label with its date, a whole address down to its province: a form's
        // values (the tenth held-out set's contracts), while headings keep their words.
        assert!(!headerish("Ông Lê Văn Hậu - sinh ngày 03/02/1979", 2026));
        assert!(!headerish("Bà Trần Thị Nhàn, sinh năm 1941", 2026));
        assert!(headerish("Sinh năm", 2026));
        assert!(!headerish(
            "Tổ 3 thôn Đông Hòa, xã Diên Lạc, tỉnh Khánh Hòa",
            2026
        ));
        assert!(headerish("Ngày sinh (dd/mm/yyyy)", 2026));
        assert!(headerish("Địa chỉ thường trú", 2026));
    }

    /// A document's two-column table of labels and values is a form, read as lines of text,
    /// though some values carry a header rule's words and some labels say "not personal";
    /// rows as the RTF reader gives them, each ending with a blank cell.
    #[test]
    fn forms_of_labels_and_values() {
        let r = rows(&[
            &["Nội dung", "Thông tin", ""],
            &["Họ và tên", "TRẦN THỊ MINH THƯ", ""],
            &["Ngày, tháng, năm sinh", "14/06/1997", ""],
            &["Mã số BHXH", "2720148935", ""],
            &["Số định danh cá nhân/CCCD", "027197004412", ""],
            &["Số điện thoại", "0914 555 018", ""],
            &[
                "Nơi cư trú",
                "Khu phố 3, phường Đình Bảng, tỉnh Bắc Ninh",
                "",
            ],
        ]);
        let mut unit = UnitScan::new(64, 2026);
        let mut t = Table::in_document(2026, 64);
        for r in r {
            t.row(&mut unit, None, r);
        }
        assert_eq!(t.header(&mut unit), None);
        let rows: Vec<Vec<String>> = rows(&[
            &["Nội dung", "Thông tin"],
            &["BÊN MUA", "Bà Phan Thị Ngọc"],
            &["Ngày sinh", "14/06/1981"],
            &["Email nhận hóa đơn", "ngoc.pt81@gmail.com"],
            &[
                "Địa chỉ thường trú",
                "Tổ 3 thôn Đông Hòa, xã Diên Lạc, tỉnh Khánh Hòa",
            ],
        ]);
        assert!(label_value_form(&rows, 2026));
    }

    /// A form for two people gives a line per value after its label; other rows one line.
    #[test]
    fn two_people_forms() {
        let cells = |v: &[&str]| v.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            label_value_lines(&cells(&["Ngày sinh", "23/04/1998", "11/12/1995"])),
            vec!["Ngày sinh: 23/04/1998", "Ngày sinh: 11/12/1995"]
        );
        assert_eq!(
            label_value_lines(&cells(&["1", "Nguyễn Văn An", "0912345678"])),
            vec!["1: Nguyễn Văn An: 0912345678"]
        );
        assert_eq!(
            label_value_lines(&cells(&["Giới tính", "Nam", "Dân tộc", "Kinh"])),
            vec!["Giới tính: Nam: Dân tộc: Kinh"]
        );
    }

    #[test]
    fn first_row_header_and_no_header() {
        let r = rows(&[&["Ghi chú", "Số lượng"], &["abc", "3"]]);
        let l = layout(&r, 2026, true);
        assert_eq!(l.data_from, 1);
        let r = rows(&[
            &["Nguyễn Văn An", "0912345678"],
            &["Trần Thị Bình", "0987654321"],
        ]);
        let l = layout(&r, 2026, true);
        assert_eq!(l.data_from, 0);
        assert!(l.names.is_none());
    }

    /// "I | Tăng", "II | Giảm" open sections of a register (a social insurance report D02);
    /// a person's row is not one.
    #[test]
    fn section_rows() {
        let r = rows(&[
            &["I", "Tăng", "", ""],
            &["II.", "Giảm", "", ""],
            &["A", "Khối văn phòng", "", ""],
            &["1", "Kiều Văn Đạt", "", ""],
            &["IV", "Nguyễn Văn An", "0912345678", ""],
        ]);
        let got: Vec<bool> = r.iter().map(|c| section_row(c, 2026)).collect();
        assert_eq!(got, vec![true, true, true, false, false]);
        // A row of block A whose only cell is a name is a person's.
        assert!(!section_row(&rows(&[&["A", "Nguyễn Văn An", ""]])[0], 2026));
        let totals = rows(&[
            &["", "Tổng số: 22 người (nữ: 10; dân tộc thiểu số: 10)", ""],
            &["Tổng cộng: 45 hộ"],
            &["", "Tổng số người", "12"],
            &["", "Tống Văn Sơn", ""],
            &["", "Tống Công Minh", ""],
        ]);
        let got: Vec<bool> = totals.iter().map(|c| total_row(c)).collect();
        assert_eq!(got, [true, true, false, false, false]);
    }

    #[test]
    fn numbering_rows() {
        assert!(numbering_row(&rows(&[&["(1)", "(2)", "", "(4)"]])[0]));
        assert!(numbering_row(&rows(&[&["A", "B", "C"]])[0]));
        assert!(!numbering_row(&rows(&[&["1", "Nguyễn Văn An"]])[0]));
    }
}
