//! Excel workbooks. XLSX and XLSB sheets are streamed cell by cell: the dimension a sheet
//! declares is never trusted (a sheet declaring A1:XFD1048576 once made the scan allocate
//! 512 GiB), cells past `Options::max_fields` columns share one column, and a sheet stops at
//! `Options::max_cells` cells. The container is checked for ZIP bombs before calamine opens it
//! (it reads the shared strings whole). Legacy XLS goes through calamine's range, bounded by the
//! BIFF8 grid.

use calamine::{Data, DataRef, Reader, Xls, Xlsb, Xlsx};

use crate::input::Input;
use crate::readers::Ctx;
use crate::table::Table;
use crate::unit::UnitScan;

/// A workbook that cannot be opened. calamine's own message may quote the file's first
/// bytes (an OLE signature it did not find), so it is not passed on.
const OPEN_FAILED: &str =
    "cannot open the workbook: not an Excel file of the kind its name says, or damaged";

/// A cell as text: whole numbers without ".0", dates as dd/mm/yyyy (how people type them, and
/// what the date-of-birth rules read).
fn cell_text(d: &DataRef<'_>) -> String {
    match d {
        DataRef::String(s) | DataRef::DateTimeIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => float_text(*f),
        DataRef::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            format!("{d:02}/{m:02}/{y:04}")
        }
        _ => String::new(),
    }
}

fn float_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

fn data_text(d: &Data) -> String {
    match d {
        Data::String(s) | Data::DateTimeIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => float_text(*f),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            format!("{d:02}/{m:02}/{y:04}")
        }
        _ => String::new(),
    }
}

/// Feeds cells given in row order (as sheets store them) into a table, a row at a time.
struct RowFeed<'t> {
    table: Table,
    sheet: &'t str,
    row: Option<u32>,
    cells: Vec<String>,
    max_columns: usize,
    count: u64,
    max_cells: u64,
}

impl RowFeed<'_> {
    /// Adds a cell; `false` once the sheet holds more cells than the cap.
    fn cell(&mut self, unit: &mut UnitScan, r: u32, c: u32, v: String) -> bool {
        self.count += 1;
        if self.count > self.max_cells {
            return false;
        }
        if self.row != Some(r) {
            self.flush(unit);
            self.row = Some(r);
        }
        if v.trim().is_empty() {
            return true;
        }
        let c = (c as usize).min(self.max_columns);
        if self.cells.len() <= c {
            self.cells.resize(c + 1, String::new());
        }
        if let Some(slot) = self.cells.get_mut(c) {
            *slot = v;
        }
        true
    }

    fn flush(&mut self, unit: &mut UnitScan) {
        if !self.cells.is_empty() {
            let cells = std::mem::take(&mut self.cells);
            self.table.row(unit, Some(self.sheet), cells);
        }
    }

    fn finish(mut self, unit: &mut UnitScan) -> bool {
        self.flush(unit);
        self.table.finish(unit, Some(self.sheet))
    }

    /// Streams a sheet's cells from `next` (row order, as XLSX and XLSB store them) and
    /// records what went wrong in `problems`: a reading error, too many cells, too many columns.
    fn stream(
        mut self,
        unit: &mut UnitScan,
        mut next: impl FnMut() -> Result<Option<(u32, u32, String)>, String>,
        problems: &mut Vec<String>,
        too_many: &dyn Fn(&str) -> String,
        wide: &dyn Fn(&str) -> String,
    ) {
        let sheet = self.sheet;
        loop {
            match next() {
                Ok(Some((r, c, v))) => {
                    if !self.cell(unit, r, c, v) {
                        problems.push(too_many(sheet));
                        break;
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    problems.push(format!("sheet {sheet:?}: {e}"));
                    break;
                }
            }
        }
        if self.finish(unit) {
            problems.push(wide(sheet));
        }
    }
}

/// Reads every sheet of an Excel workbook.
pub fn read_workbook(
    input: Input<'_>,
    name: &str,
    unit: &mut UnitScan,
    ctx: &Ctx<'_>,
) -> Result<(), String> {
    let ext = std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let open = || input.open().map_err(|e| e.to_string());
    let mut problems: Vec<String> = Vec::new();
    let max_columns = ctx.opts.max_fields;
    let year = unit.year;
    let max_cells = ctx.opts.max_cells;
    fn feed(sheet: &str, year: i32, max_columns: usize, max_cells: u64) -> RowFeed<'_> {
        RowFeed {
            table: Table::new(year, max_columns),
            sheet,
            row: None,
            cells: Vec::new(),
            max_columns,
            count: 0,
            max_cells,
        }
    }
    let too_many = |sheet: &str| {
        format!(
            "sheet {sheet:?}: more than {} cells; the rest of the sheet was not read",
            ctx.opts.max_cells
        )
    };
    let wide = |sheet: &str| {
        format!(
            "sheet {sheet:?}: more than {max_columns} columns; those past it are counted together as \"…\""
        )
    };
    // XLSX and XLSB give their cells one at a time through readers of two types with the
    // same methods: every sheet streamed into its table.
    macro_rules! stream_sheets {
        ($wb:ident) => {{
            let mut wb = $wb;
            for sheet in wb.sheet_names() {
                if ctx.cancelled() {
                    return Err("the scan was interrupted".to_owned());
                }
                let mut cells = match wb.worksheet_cells_reader(&sheet) {
                    Ok(c) => c,
                    Err(e) => {
                        problems.push(format!("sheet {sheet:?}: {e}"));
                        continue;
                    }
                };
                let f = feed(&sheet, year, max_columns, max_cells);
                let next = || match cells.next_cell() {
                    Ok(Some(c)) => {
                        let (r, col) = c.get_position();
                        Ok(Some((r, col, cell_text(c.get_value()))))
                    }
                    Ok(None) => Ok(None),
                    Err(e) => Err(e.to_string()),
                };
                f.stream(unit, next, &mut problems, &too_many, &wide);
            }
        }};
    }
    match ext.as_str() {
        "xls" => {
            let mut wb: Xls<_> = Xls::new(open()?).map_err(|_| OPEN_FAILED.to_owned())?;
            for sheet in wb.sheet_names() {
                if ctx.cancelled() {
                    return Err("the scan was interrupted".to_owned());
                }
                let range = match wb.worksheet_range(&sheet) {
                    Ok(r) => r,
                    Err(e) => {
                        problems.push(format!("sheet {sheet:?}: {e}"));
                        continue;
                    }
                };
                let mut f = feed(&sheet, year, max_columns, max_cells);
                let start = range.start().unwrap_or((0, 0));
                for (r, row) in range.rows().enumerate() {
                    for (c, v) in row.iter().enumerate() {
                        if !f.cell(unit, start.0 + r as u32, start.1 + c as u32, data_text(v)) {
                            break;
                        }
                    }
                }
                let over = f.count > f.max_cells;
                if f.finish(unit) {
                    problems.push(wide(&sheet));
                }
                if over {
                    problems.push(too_many(&sheet));
                }
            }
        }
        "xlsb" => {
            crate::archive::guard(open()?, ctx.opts)?;
            let wb: Xlsb<_> = Xlsb::new(open()?).map_err(|_| OPEN_FAILED.to_owned())?;
            stream_sheets!(wb);
        }
        _ => {
            crate::archive::guard(open()?, ctx.opts)?;
            let wb: Xlsx<_> = Xlsx::new(open()?).map_err(|_| OPEN_FAILED.to_owned())?;
            stream_sheets!(wb);
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}
