//! A PDF page's text with its tables rebuilt from the ruling lines drawn around their cells.
//!
//! pdf-extract gives the characters of a page in the order the page draws them, with their
//! positions. Read as a stream, a table whose cells wrap ("Họ và" over "tên", a name on three
//! lines in a narrow column) comes out as lines of single words with no columns, and the
//! scanner can then neither find the header nor judge a column. Word, LibreOffice and Typst
//! draw a table's borders as lines (or thin filled rectangles); the lines give the grid, and
//! every character is put in the cell its position falls in. A page's text outside tables is
//! laid out as pdf-extract's plain text output lays it out; each table comes out where its
//! first character is, a row per line and its cells separated by tabs, as a table pasted from a
//! spreadsheet, so that the text reader reads it as a table.

use pdf_extract::{ColorSpace, MediaBox, OutputDev, OutputError, Path, PathOp, Transform};

/// How close (in points) two lines' positions must be to be the same grid line.
const SNAP: f64 = 1.5;
/// Lines thinner than this (points) drawn as filled rectangles are rules.
const THIN: f64 = 2.0;
/// Rules shorter than this (points) are not a table's (underlines of a signature, ticks).
const MIN_RULE: f64 = 6.0;
/// Cells past this in a grid are not read as a table (a pattern of lines, not a table).
const MAX_CELLS: usize = 20_000;
/// Tables read per page at most, and the rules of one table at most (bounded work on a page
/// of crafted lines).
const MAX_GRIDS: usize = 64;
const MAX_GRID_RULES: usize = 4_000;
/// Characters held per page at most: a page drawing more is laid out in parts (bounded
/// memory whatever a PDF holds).
const MAX_PAGE_GLYPHS: usize = 500_000;
/// Rules held per page at most; past it the page's lines are no longer recorded.
const MAX_PAGE_RULES: usize = 100_000;

/// A character as the page draws it: position (top-down), advance, size.
#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    y: f64,
    size: f64,
    text: String,
    /// What separated it from the previous character in plain text.
    sep: Sep,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Sep {
    None,
    Space,
    Line,
}

/// A ruling line: horizontal at `at` = y from `from` to `to` (x), or vertical at `at` = x.
#[derive(Debug, Clone, Copy)]
struct Rule {
    horizontal: bool,
    at: f64,
    from: f64,
    to: f64,
}

/// The text of every page, tables as tab-separated rows.
#[derive(Default)]
pub struct Layout {
    out: String,
    page_height: f64,
    glyphs: Vec<Glyph>,
    rules: Vec<Rule>,
    first_char: bool,
    last_end: f64,
    last_y: f64,
}

impl Layout {
    pub fn new() -> Self {
        Layout::default()
    }

    /// The text read so far.
    pub fn into_text(self) -> String {
        self.out
    }

    fn point(&self, ctm: &Transform, x: f64, y: f64) -> (f64, f64) {
        let px = x * ctm.m11 + y * ctm.m21 + ctm.m31;
        let py = x * ctm.m12 + y * ctm.m22 + ctm.m32;
        (px, self.page_height - py)
    }

    fn segment(&mut self, a: (f64, f64), b: (f64, f64)) {
        if self.rules.len() >= MAX_PAGE_RULES {
            return;
        }
        let (dx, dy) = ((b.0 - a.0).abs(), (b.1 - a.1).abs());
        if dy < THIN && dx >= MIN_RULE {
            self.rules.push(Rule {
                horizontal: true,
                at: (a.1 + b.1) / 2.0,
                from: a.0.min(b.0),
                to: a.0.max(b.0),
            });
        } else if dx < THIN && dy >= MIN_RULE {
            self.rules.push(Rule {
                horizontal: false,
                at: (a.0 + b.0) / 2.0,
                from: a.1.min(b.1),
                to: a.1.max(b.1),
            });
        }
    }

    fn path(&mut self, ctm: &Transform, path: &Path, filled: bool) {
        let mut start = None;
        let mut current = None;
        for op in &path.ops {
            match *op {
                PathOp::MoveTo(x, y) => {
                    let p = self.point(ctm, x, y);
                    start = Some(p);
                    current = Some(p);
                }
                PathOp::LineTo(x, y) => {
                    let p = self.point(ctm, x, y);
                    if let Some(c) = current
                        && !filled
                    {
                        self.segment(c, p);
                    }
                    current = Some(p);
                }
                PathOp::CurveTo(_, _, _, _, x, y) => current = Some(self.point(ctm, x, y)),
                PathOp::Rect(x, y, w, h) => {
                    let a = self.point(ctm, x, y);
                    let c = self.point(ctm, x + w, y + h);
                    let (w, h) = ((c.0 - a.0).abs(), (c.1 - a.1).abs());
                    let b = (c.0, a.1);
                    let d = (a.0, c.1);
                    if filled {
                        // A thin filled rectangle is a rule; a cell's shading is not.
                        if h < THIN || w < THIN {
                            let mid = |p: (f64, f64), q: (f64, f64)| {
                                ((p.0 + q.0) / 2.0, (p.1 + q.1) / 2.0)
                            };
                            if h < THIN {
                                self.segment(mid(a, d), mid(b, c));
                            } else {
                                self.segment(mid(a, b), mid(d, c));
                            }
                        }
                    } else {
                        self.segment(a, b);
                        self.segment(b, c);
                        self.segment(c, d);
                        self.segment(d, a);
                    }
                }
                PathOp::Close => {
                    if let (Some(c), Some(s)) = (current, start)
                        && !filled
                    {
                        self.segment(c, s);
                    }
                    current = start;
                }
            }
        }
    }

    /// Lays the page out: text in drawing order, each table where its first character is.
    fn flush_page(&mut self) {
        let glyphs = std::mem::take(&mut self.glyphs);
        let rules = std::mem::take(&mut self.rules);
        let tables = grids(&rules);
        // The table (and cell) of each character.
        let placed: Vec<Option<(usize, usize, usize)>> = glyphs
            .iter()
            .map(|g| {
                let (cx, cy) = (g.x + g.size * 0.1, g.y - g.size * 0.3);
                tables
                    .iter()
                    .enumerate()
                    .find_map(|(t, grid)| grid.cell(cx, cy).map(|(r, c)| (t, r, c)))
            })
            .collect();
        let mut cells: Vec<Vec<Vec<String>>> = tables
            .iter()
            .map(|g| vec![vec![String::new(); g.xs.len() - 1]; g.ys.len() - 1])
            .collect();
        for (g, p) in glyphs.iter().zip(&placed) {
            if let Some((t, r, c)) = *p
                && let Some(cell) = cells
                    .get_mut(t)
                    .and_then(|rows| rows.get_mut(r))
                    .and_then(|row| row.get_mut(c))
            {
                if g.sep != Sep::None && !cell.is_empty() {
                    cell.push(' ');
                }
                cell.push_str(&g.text);
            }
        }
        let mut written = vec![false; tables.len()];
        for (g, p) in glyphs.iter().zip(&placed) {
            match *p {
                Some((t, _, _)) => {
                    if written.get(t) == Some(&false) {
                        written[t] = true;
                        // Two breaks: a line ending in a space is joined to the next by the
                        // reader (a wrapped line), and a table's header must not be.
                        self.out.push_str("\n\n");
                        if let Some(rows) = cells.get(t) {
                            write_table(&mut self.out, rows);
                        }
                    }
                }
                None => {
                    match g.sep {
                        Sep::Line => self.out.push('\n'),
                        Sep::Space => self.out.push(' '),
                        Sep::None => {}
                    }
                    self.out.push_str(&g.text);
                }
            }
        }
        self.out.push('\n');
    }
}

/// Rows of cells as lines of tab-separated cells; whitespace inside a cell made one space.
fn write_table(out: &mut String, rows: &[Vec<String>]) {
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
}

/// A table's grid: the x of its column lines and the y of its row lines, ascending, and the
/// rules that draw them (a line need not cross the whole table: merged cells).
#[derive(Debug)]
struct Grid {
    xs: Vec<f64>,
    ys: Vec<f64>,
    verticals: Vec<Rule>,
    horizontals: Vec<Rule>,
}

impl Grid {
    /// The cell of a point: the nearest column line to its left that is drawn at its height,
    /// and the nearest row line above it drawn at its place, so that a merged cell's text
    /// stays in the merged cell's first column and row. `None` outside the table, and in a
    /// band where fewer than three column lines are drawn (a frame around the page, a row
    /// merged across the whole table): its text stays text.
    fn cell(&self, x: f64, y: f64) -> Option<(usize, usize)> {
        let (first_x, last_x) = (*self.xs.first()?, *self.xs.last()?);
        let (first_y, last_y) = (*self.ys.first()?, *self.ys.last()?);
        if x < first_x || x >= last_x || y < first_y || y >= last_y {
            return None;
        }
        let drawn_v = |at: f64| {
            self.verticals
                .iter()
                .any(|r| (r.at - at).abs() <= SNAP && r.from - SNAP <= y && y <= r.to + SNAP)
        };
        let drawn_h = |at: f64| {
            self.horizontals
                .iter()
                .any(|r| (r.at - at).abs() <= SNAP && r.from - SNAP <= x && x <= r.to + SNAP)
        };
        // The table's left and right edges count as drawn (a table without outer borders).
        let last = self.xs.len() - 1;
        let drawn = (0..=last)
            .filter(|&c| c == 0 || c == last || drawn_v(self.xs[c]))
            .count();
        if drawn < 3 {
            return None;
        }
        let col = (0..last)
            .rev()
            .find(|&c| self.xs[c] <= x && (c == 0 || drawn_v(self.xs[c])))?;
        let last_row = self.ys.len() - 1;
        let row = (0..last_row)
            .rev()
            .find(|&r| self.ys[r] <= y && (r == 0 || drawn_h(self.ys[r])))?;
        Some((row, col))
    }
}

/// Values within `SNAP` of each other made one (their mean), ascending.
fn snap(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    let mut out: Vec<(f64, usize)> = Vec::new();
    for x in v {
        match out.last_mut() {
            Some((m, n)) if (x - *m / *n as f64).abs() <= SNAP => {
                *m += x;
                *n += 1;
            }
            _ => out.push((x, 1)),
        }
    }
    out.into_iter().map(|(m, n)| m / n as f64).collect()
}

/// The tables a page's rules draw: vertical rules whose spans overlap make one table, its
/// rows cut by the horizontal rules across it.
fn grids(rules: &[Rule]) -> Vec<Grid> {
    let mut verticals: Vec<&Rule> = rules.iter().filter(|r| !r.horizontal).collect();
    verticals.sort_by(|a, b| a.from.total_cmp(&b.from));
    // Spans of overlapping vertical rules.
    let mut spans: Vec<(f64, f64, Vec<f64>)> = Vec::new();
    for r in verticals {
        match spans.last_mut() {
            Some((_, to, xs)) if r.from <= *to + SNAP => {
                *to = to.max(r.to);
                xs.push(r.at);
            }
            _ => spans.push((r.from, r.to, vec![r.at])),
        }
    }
    let mut out = Vec::new();
    for (top, bottom, xs) in spans.into_iter().take(MAX_GRIDS) {
        let xs = snap(xs);
        let (Some(&left), Some(&right)) = (xs.first(), xs.last()) else {
            continue;
        };
        let horizontals: Vec<Rule> = rules
            .iter()
            .filter(|r| {
                r.horizontal
                    && r.at >= top - SNAP
                    && r.at <= bottom + SNAP
                    && r.from <= right + SNAP
                    && r.to >= left - SNAP
            })
            .copied()
            .collect();
        // A table without its outer borders: the verticals' ends close it above and below,
        // the horizontals' ends on the left and right.
        let mut ys: Vec<f64> = horizontals.iter().map(|r| r.at).collect();
        ys.extend([top, bottom]);
        let ys = snap(ys);
        let mut xs = xs;
        let reach_left = horizontals.iter().map(|r| r.from).fold(left, f64::min);
        let reach_right = horizontals.iter().map(|r| r.to).fold(right, f64::max);
        if reach_left < left - SNAP {
            xs.insert(0, reach_left);
        }
        if reach_right > right + SNAP {
            xs.push(reach_right);
        }
        let verticals: Vec<Rule> = rules
            .iter()
            .filter(|r| !r.horizontal && r.from >= top - SNAP && r.to <= bottom + SNAP)
            .copied()
            .collect();
        // A box around a paragraph is one cell: not a table.
        if xs.len() < 3
            || ys.len() < 2
            || (xs.len() - 1) * (ys.len() - 1) > MAX_CELLS
            || verticals.len() + horizontals.len() > MAX_GRID_RULES
        {
            continue;
        }
        out.push(Grid {
            xs,
            ys,
            verticals,
            horizontals,
        });
    }
    out
}

impl OutputDev for Layout {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page_height = media_box.ury - media_box.lly;
        self.glyphs.clear();
        self.rules.clear();
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.flush_page();
        Ok(())
    }

    /// As pdf-extract's plain text output decides between nothing, a space and a line break.
    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        let (x, y) = (trm.m31, self.page_height - trm.m32);
        let vx = font_size * trm.m11 + font_size * trm.m21;
        let vy = font_size * trm.m12 + font_size * trm.m22;
        let size = (vx * vy).abs().sqrt();
        if self.glyphs.len() >= MAX_PAGE_GLYPHS {
            self.flush_page();
        }
        // pdf-extract's rules, but any move of more than half a line up or down is a line
        // break: the advance widths it reports can be 0 (Typst's fonts), and then a heading
        // and the paragraph under it ran together ("Hạnh phúcGIẤY ỦY QUYỀN").
        let dy = (y - self.last_y).abs();
        let sep = if self.glyphs.is_empty() && self.out.is_empty() {
            Sep::None
        } else if dy > size * 0.5 {
            Sep::Line
        } else if self.first_char && x > self.last_end + size * 0.1 {
            Sep::Space
        } else {
            Sep::None
        };
        self.glyphs.push(Glyph {
            x,
            y,
            size,
            text: char.to_owned(),
            sep,
        });
        self.first_char = false;
        self.last_y = y;
        self.last_end = x + width * size;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.first_char = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn stroke(
        &mut self,
        ctm: &Transform,
        _colorspace: &ColorSpace,
        _color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        self.path(ctm, path, false);
        Ok(())
    }

    fn fill(
        &mut self,
        ctm: &Transform,
        _colorspace: &ColorSpace,
        _color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        self.path(ctm, path, true);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    const H: f64 = 800.0;

    /// Draws a word with its first character at (x, y) (y from the top), 10 pt, 5 pt a letter.
    fn word(l: &mut Layout, x: f64, y: f64, w: &str) {
        l.begin_word().unwrap();
        for (i, c) in w.chars().enumerate() {
            let trm = Transform::row_major(1.0, 0.0, 0.0, 1.0, x + 5.0 * i as f64, H - y);
            l.output_character(&trm, 0.5, 0.0, 10.0, &c.to_string())
                .unwrap();
        }
        l.end_word().unwrap();
    }

    fn line(l: &mut Layout, a: (f64, f64), b: (f64, f64)) {
        let p = Path {
            ops: vec![PathOp::MoveTo(a.0, H - a.1), PathOp::LineTo(b.0, H - b.1)],
        };
        l.stroke(&Transform::identity(), &ColorSpace::DeviceGray, &[0.0], &p)
            .unwrap();
    }

    /// The text's lines that are not blank.
    fn lines_of(text: &str) -> Vec<&str> {
        text.lines().filter(|x| !x.trim().is_empty()).collect()
    }

    fn page(l: &mut Layout) {
        let mb = MediaBox {
            llx: 0.0,
            lly: 0.0,
            urx: 600.0,
            ury: H,
        };
        l.begin_page(1, &mb, None).unwrap();
    }

    /// A bordered table whose cells wrap comes out a row per line, cells between tabs, where
    /// its first character is; the text around it as it was.
    #[test]
    fn ruled_tables_are_rebuilt() {
        let mut l = Layout::new();
        page(&mut l);
        word(&mut l, 50.0, 80.0, "Danh");
        word(&mut l, 80.0, 80.0, "sách:");
        // Columns at 100, 200, 300; rows at 100, 140, 180.
        for x in [100.0, 200.0, 300.0] {
            line(&mut l, (x, 100.0), (x, 180.0));
        }
        for y in [100.0, 140.0, 180.0] {
            line(&mut l, (100.0, y), (300.0, y));
        }
        // "Họ và" over "tên" in the first cell, drawn cell by cell.
        word(&mut l, 105.0, 115.0, "Họ ");
        word(&mut l, 125.0, 115.0, "và ");
        word(&mut l, 105.0, 128.0, "tên");
        word(&mut l, 205.0, 115.0, "Số ");
        word(&mut l, 225.0, 115.0, "CCCD");
        word(&mut l, 105.0, 155.0, "Nguyễn ");
        word(&mut l, 105.0, 168.0, "Văn ");
        word(&mut l, 145.0, 168.0, "An");
        word(&mut l, 205.0, 155.0, "001203012345");
        word(&mut l, 50.0, 220.0, "Hết.");
        l.end_page().unwrap();
        let text = l.into_text();
        let lines = lines_of(&text);
        assert_eq!(
            lines,
            vec![
                "Danh sách:",
                "Họ và tên\tSố CCCD",
                "Nguyễn Văn An\t001203012345",
                "Hết."
            ]
        );
    }

    /// A header cell merged over two columns keeps its words together; a table without
    /// outer borders keeps its first row and columns.
    #[test]
    fn merged_cells_and_open_tables() {
        let mut l = Layout::new();
        page(&mut l);
        // Columns at 100, 200, 300, 400; the line at 300 is not drawn in the first row, so
        // "Địa chỉ" spans 200-400 there.
        for x in [100.0, 200.0, 400.0] {
            line(&mut l, (x, 100.0), (x, 180.0));
        }
        line(&mut l, (300.0, 140.0), (300.0, 180.0));
        for y in [100.0, 140.0, 180.0] {
            line(&mut l, (100.0, y), (400.0, y));
        }
        word(&mut l, 105.0, 115.0, "Họ ");
        word(&mut l, 125.0, 115.0, "tên");
        word(&mut l, 280.0, 115.0, "Địa ");
        word(&mut l, 305.0, 115.0, "chỉ");
        word(&mut l, 105.0, 155.0, "An");
        word(&mut l, 205.0, 155.0, "Huế");
        word(&mut l, 305.0, 155.0, "Vinh");
        l.end_page().unwrap();
        let text = l.into_text();
        let lines = lines_of(&text);
        assert_eq!(lines, vec!["Họ tên\tĐịa chỉ\t", "An\tHuế\tVinh"]);

        // No outer lines: only the inner column lines and the line under the header.
        let mut l = Layout::new();
        page(&mut l);
        for x in [200.0, 300.0] {
            line(&mut l, (x, 100.0), (x, 180.0));
        }
        line(&mut l, (100.0, 140.0), (400.0, 140.0));
        word(&mut l, 205.0, 115.0, "Số");
        word(&mut l, 205.0, 155.0, "0912345678");
        word(&mut l, 305.0, 155.0, "x");
        l.end_page().unwrap();
        let text = l.into_text();
        assert!(text.contains("Số"), "{text}");
        assert!(text.contains("0912345678"), "{text}");
    }

    /// Without ruling lines, or with a single box, the text is as pdf-extract lays it out.
    #[test]
    fn boxes_and_underlines_are_not_tables() {
        let mut l = Layout::new();
        page(&mut l);
        for x in [100.0, 300.0] {
            line(&mut l, (x, 100.0), (x, 180.0));
        }
        for y in [100.0, 180.0] {
            line(&mut l, (100.0, y), (300.0, y));
        }
        line(&mut l, (50.0, 250.0), (150.0, 250.0));
        word(&mut l, 105.0, 115.0, "Ghi");
        word(&mut l, 125.0, 115.0, "chú");
        word(&mut l, 105.0, 140.0, "Ký");
        word(&mut l, 125.0, 140.0, "tên");
        l.end_page().unwrap();
        let text = l.into_text();
        let lines = lines_of(&text);
        assert_eq!(lines, vec!["Ghi chú", "Ký tên"]);
    }

    #[test]
    fn grid_lines_snap_together() {
        assert_eq!(snap(vec![10.0, 10.8, 50.0, 11.2]).len(), 2);
    }
}
