//! The corpus files: what each holds, how it is written, and its truth.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::Path;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::values::{Gen, Kind, Person, cp1258_form, fold};
use crate::{ColumnTruth, CorpusError, Detector, Encoding, FieldTruth, FileTruth, Format, Options};

/// One column: header, kind of value, per cent of blank cells.
pub(crate) struct Col(pub(crate) &'static str, pub(crate) Kind, pub(crate) u32);

/// A table file.
pub(crate) struct Table {
    pub(crate) file: &'static str,
    pub(crate) encoding: Encoding,
    pub(crate) bom: bool,
    pub(crate) delimiter: char,
    pub(crate) crlf: bool,
    /// The generator stream of this file (each file has its own, so files do not depend on
    /// each other's sizes).
    pub(crate) stream: u64,
    pub(crate) cols: Vec<Col>,
}

pub(crate) fn tables() -> Vec<Table> {
    use Kind::*;
    let table = |file, encoding, bom, delimiter, crlf, stream, cols| Table {
        file,
        encoding,
        bom,
        delimiter,
        crlf,
        stream,
        cols,
    };
    vec![
        table(
            "hr/nhan_vien.csv",
            Encoding::Utf8,
            false,
            ',',
            false,
            1,
            vec![
                Col("Mã nhân viên", Seq("NV"), 0),
                Col("Họ và tên", Name, 0),
                Col("Ngày sinh", DobDmy, 2),
                Col("Số CCCD", Cccd, 3),
                Col("Số điện thoại", Phone, 3),
                Col("Email", Email, 5),
                Col("Địa chỉ thường trú", Address, 3),
                Col("Dân tộc", Ethnicity, 0),
                Col("Tôn giáo", Religion, 0),
                Col("Mã số thuế", TaxCode, 8),
                Col("Mã số BHXH", Bhxh, 3),
                Col("Số tài khoản", BankAccount, 4),
                Col("Phòng ban", Department, 0),
                Col("Lương cơ bản", Amount, 0),
                Col("Ngày tạo", CreatedDmy, 0),
                Col("Tiền án", Criminal, 10),
                Col("Mật khẩu", Credential, 0),
                Col("Vân tay", Biometric, 5),
                Col("Ghi chú", Note, 40),
            ],
        ),
        table(
            "crm/khach_hang.csv",
            Encoding::Utf8,
            true,
            ',',
            false,
            2,
            vec![
                Col("ma_kh", Seq("KH"), 0),
                Col("ho_ten", Name, 0),
                Col("ngay_sinh", DobIso, 3),
                Col("so_cccd", Cccd, 5),
                Col("so_cmnd", Cmnd, 40),
                Col("so_ho_chieu", Passport, 70),
                Col("sdt", Phone, 2),
                Col("email", Email, 8),
                Col("dia_chi", Address, 4),
                Col("card_number", Card, 30),
                Col("stk", BankAccount, 20),
                Col("bien_so_xe", Plate, 50),
                Col("so_gplx", Gplx, 50),
                Col("toa_do", Geo, 10),
                Col("cong_ty", Company, 60),
                Col("ma_don_hang", OrderTs, 0),
                Col("so_tien", Amount, 0),
                Col("so_luong", Quantity, 0),
                Col("ma_sp", Product, 0),
                Col("trang_thai", Status, 0),
                Col("created_at", CreatedAt, 0),
                Col("ip", Ip, 3),
            ],
        ),
        table(
            "benhvien/benh_nhan.tsv",
            Encoding::Utf16Le,
            true,
            '\t',
            false,
            3,
            vec![
                Col("Mã bệnh nhân", Seq("BN"), 0),
                Col("Họ và tên", Name, 0),
                Col("Ngày sinh", DobIso, 1),
                Col("Số thẻ BHYT", Bhyt, 3),
                Col("Số điện thoại", Phone, 5),
                Col("Địa chỉ", Address, 2),
                Col("Dân tộc", Ethnicity, 0),
                Col("Nhóm máu", BloodType, 10),
                Col("Chẩn đoán", Diagnosis, 0),
                Col("Mã ICD", Icd, 0),
                Col("Khoa", HospitalWard, 0),
                Col("Ngày khám", CreatedDmy, 0),
                Col("Bác sĩ điều trị", OtherName, 0),
                Col("Mã hóa đơn", Invoice, 0),
                Col("Chi phí", Amount, 0),
            ],
        ),
        table(
            "legacy/cong_dan.csv",
            Encoding::Windows1258,
            false,
            ',',
            true,
            4,
            vec![
                Col("STT", Seq(""), 0),
                Col("Họ tên", NameDiacritics, 0),
                Col("Ngày sinh", DobDmy, 0),
                Col("Số CMND", Cmnd, 10),
                Col("Số CCCD", Cccd, 15),
                Col("Ngày cấp", IssueDate, 0),
                Col("Quê quán", Address, 3),
                Col("Nơi thường trú", Address, 3),
                Col("Dân tộc", Ethnicity, 0),
                Col("Tôn giáo", Religion, 0),
                Col("Biển số xe", Plate, 30),
                Col("Số GPLX", Gplx, 30),
                Col("Trạng thái", Status, 0),
            ],
        ),
        table(
            "misc/export.csv",
            Encoding::Utf8,
            false,
            ';',
            false,
            5,
            vec![
                Col("col_1", Seq(""), 0),
                Col("col_2", Cccd, 0),
                Col("col_3", NameDiacritics, 0),
                Col("col_4", Phone, 3),
                Col("col_5", Email, 3),
                Col("col_6", Card, 3),
                Col("col_7", Bhyt, 3),
                Col("col_8", Ip, 3),
                Col("col_9", Amount, 0),
                Col("col_10", CreatedAt, 0),
                Col("col_11", Status, 0),
                Col("col_12", Invoice, 0),
            ],
        ),
    ]
}

fn bulk_table() -> Table {
    use Kind::*;
    Table {
        file: "bulk/giao_dich.csv",
        encoding: Encoding::Utf8,
        bom: false,
        delimiter: ',',
        crlf: false,
        stream: 9,
        cols: vec![
            Col("ma_gd", OrderTs, 0),
            Col("ngay_gd", CreatedAt, 0),
            Col("ho_ten", Name, 0),
            Col("sdt", Phone, 3),
            Col("so_the_thanh_toan", Card, 20),
            Col("stk", BankAccount, 10),
            Col("so_tien", Amount, 0),
            Col("noi_dung", TransferNote, 0),
            Col("trang_thai", Status, 0),
            Col("ip", Ip, 3),
        ],
    }
}

/// Writes `bytes` to `path`, creating its directory.
pub(crate) fn write(path: &Path, bytes: &[u8]) -> Result<(), CorpusError> {
    let err = |source| CorpusError::Write {
        path: path.to_owned(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(err)?;
    }
    std::fs::write(path, bytes).map_err(err)
}

pub(crate) fn write_all(dir: &Path, opts: &Options) -> Result<Vec<FileTruth>, CorpusError> {
    let mut truths = Vec::new();
    for table in tables() {
        let (text, truth) = render_table(&table, opts.seed, opts.rows);
        write(
            &dir.join(table.file),
            &encode(&text, table.encoding, table.bom, table.file)?,
        )?;
        truths.push(truth);
    }
    let (users, truth) = users_json(opts.seed, opts.rows)?;
    write(&dir.join(&truth.file), &users)?;
    truths.push(truth);
    let (events, truth) = events_ndjson(opts.seed, opts.rows)?;
    write(&dir.join(&truth.file), &events)?;
    truths.push(truth);
    let (notes, truth) = notes_text(opts.seed, (opts.rows / 4).max(1));
    write(&dir.join(&truth.file), notes.as_bytes())?;
    truths.push(truth);
    if opts.bulk_mb > 0 {
        truths.push(write_bulk(dir, opts)?);
    }
    Ok(truths)
}

fn header_truth(table: &Table, rows: usize) -> FileTruth {
    FileTruth {
        file: table.file.to_owned(),
        format: if table.delimiter == '\t' {
            Format::Tsv
        } else {
            Format::Csv
        },
        encoding: table.encoding,
        bom: table.bom,
        delimiter: Some(table.delimiter),
        rows: Some(rows),
        columns: table
            .cols
            .iter()
            .map(|c| ColumnTruth {
                column: c.0.nfc().collect(),
                detector: c.1.detector(),
                values: 0,
            })
            .collect(),
        fields: Vec::new(),
        mentions: BTreeMap::new(),
    }
}

/// One row's cells, counting the non-blank ones into `truth`.
fn row(g: &mut Gen, table: &Table, i: usize, truth: &mut FileTruth, out: &mut String) {
    let person = g.person();
    let cells: Vec<String> = table
        .cols
        .iter()
        .zip(truth.columns.iter_mut())
        .map(|(col, t)| {
            if g.chance(col.2) {
                return String::new();
            }
            t.values += 1;
            g.value(col.1, &person, i)
        })
        .collect();
    push_line(out, &cells, table.delimiter, table.crlf);
}

fn push_line<S: AsRef<str>>(out: &mut String, cells: &[S], delimiter: char, crlf: bool) {
    for (i, cell) in cells.iter().enumerate() {
        let cell = cell.as_ref();
        if i > 0 {
            out.push(delimiter);
        }
        if cell.contains([delimiter, '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str(if crlf { "\r\n" } else { "\n" });
}

/// A table's text (before encoding) and its truth.
pub(crate) fn render_table(table: &Table, seed: u64, rows: usize) -> (String, FileTruth) {
    let mut g = Gen::new(seed, table.stream);
    let mut truth = header_truth(table, rows);
    let mut out = String::new();
    let headers: Vec<&str> = table.cols.iter().map(|c| c.0).collect();
    push_line(&mut out, &headers, table.delimiter, table.crlf);
    for i in 0..rows {
        row(&mut g, table, i, &mut truth, &mut out);
    }
    (out, truth)
}

/// The bytes of `text` in `encoding`; Windows-1258 is checked to decode back to the same text.
pub(crate) fn encode(
    text: &str,
    encoding: Encoding,
    bom: bool,
    file: &str,
) -> Result<Vec<u8>, CorpusError> {
    let mut out = Vec::with_capacity(text.len() * 2);
    match encoding {
        Encoding::Utf8 => {
            if bom {
                out.extend_from_slice(b"\xEF\xBB\xBF");
            }
            out.extend_from_slice(text.as_bytes());
        }
        Encoding::Utf16Le => {
            if bom {
                out.extend_from_slice(&[0xFF, 0xFE]);
            }
            for unit in text.encode_utf16() {
                out.extend_from_slice(&unit.to_le_bytes());
            }
        }
        Encoding::Windows1258 => {
            let fail = || CorpusError::Encoding {
                file: file.to_owned(),
                encoding: "windows-1258",
            };
            let prepared = cp1258_form(text);
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&prepared);
            if unmappable || bom {
                return Err(fail());
            }
            let (back, malformed) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(&bytes);
            if malformed || !back.nfc().eq(text.nfc()) {
                return Err(fail());
            }
            out.extend_from_slice(&bytes);
        }
    }
    Ok(out)
}

fn write_bulk(dir: &Path, opts: &Options) -> Result<FileTruth, CorpusError> {
    let table = bulk_table();
    let path = dir.join(table.file);
    let err = |source| CorpusError::Write {
        path: path.clone(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(err)?;
    }
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).map_err(err)?);
    let mut g = Gen::new(opts.seed, table.stream);
    let mut truth = header_truth(&table, 0);
    let target = opts.bulk_mb.saturating_mul(1 << 20);
    let mut line = String::new();
    let headers: Vec<&str> = table.cols.iter().map(|c| c.0).collect();
    push_line(&mut line, &headers, table.delimiter, table.crlf);
    file.write_all(line.as_bytes()).map_err(err)?;
    let mut written = line.len();
    let mut rows = 0;
    while written < target {
        line.clear();
        row(&mut g, &table, rows, &mut truth, &mut line);
        file.write_all(line.as_bytes()).map_err(err)?;
        written += line.len();
        rows += 1;
    }
    file.flush().map_err(err)?;
    truth.rows = Some(rows);
    Ok(truth)
}

/// How a JSON document's values spread over field paths (keys joined with `.`, arrays
/// transparent); nulls and empty strings are not values.
pub(crate) fn count_paths(v: &serde_json::Value, path: &str, out: &mut BTreeMap<String, u64>) {
    use serde_json::Value;
    match v {
        Value::Null => {}
        Value::String(s) if s.is_empty() => {}
        Value::Array(items) => items.iter().for_each(|item| count_paths(item, path, out)),
        Value::Object(map) => {
            for (k, item) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                count_paths(item, &p, out);
            }
        }
        _ => *out.entry(path.to_owned()).or_default() += 1,
    }
}

fn json_truth(
    file: &str,
    format: Format,
    rows: usize,
    doc: &serde_json::Value,
    schema: &[(&str, Option<Detector>)],
) -> FileTruth {
    let mut counts = BTreeMap::new();
    count_paths(doc, "", &mut counts);
    FileTruth {
        file: file.to_owned(),
        format,
        encoding: Encoding::Utf8,
        bom: false,
        delimiter: None,
        rows: Some(rows),
        columns: Vec::new(),
        fields: schema
            .iter()
            .map(|&(field, detector)| FieldTruth {
                field: field.to_owned(),
                detector,
                values: counts.get(field).copied().unwrap_or(0),
            })
            .collect(),
        mentions: BTreeMap::new(),
    }
}

#[derive(Serialize)]
struct User {
    id: u64,
    profile: Profile,
    contact: Contact,
    payment: Payment,
    security: Security,
    devices: Vec<Device>,
    orders: Vec<Order>,
    created_at: String,
    status: String,
}
#[derive(Serialize)]
struct Profile {
    full_name: String,
    date_of_birth: Option<String>,
    national_id: Option<String>,
    phone: Option<String>,
    address: Option<String>,
}
#[derive(Serialize)]
struct Contact {
    email: Option<String>,
}
#[derive(Serialize)]
struct Payment {
    card_number: Option<String>,
    bank_account: Option<String>,
}
#[derive(Serialize)]
struct Security {
    password_hash: String,
    last_login_ip: Option<String>,
}
#[derive(Serialize)]
struct Device {
    ip: String,
    model: String,
}
#[derive(Serialize)]
struct Order {
    order_id: String,
    amount: u64,
}

const USER_FIELDS: &[(&str, Option<Detector>)] = &[
    ("id", None),
    ("profile.full_name", Some(Detector::PersonName)),
    ("profile.date_of_birth", Some(Detector::DateOfBirth)),
    ("profile.national_id", Some(Detector::Cccd)),
    ("profile.phone", Some(Detector::Phone)),
    ("profile.address", Some(Detector::Address)),
    ("contact.email", Some(Detector::Email)),
    ("payment.card_number", Some(Detector::PaymentCard)),
    ("payment.bank_account", Some(Detector::BankAccount)),
    ("security.password_hash", Some(Detector::Credential)),
    ("security.last_login_ip", Some(Detector::IpAddress)),
    ("devices.ip", Some(Detector::IpAddress)),
    ("devices.model", None),
    ("orders.order_id", None),
    ("orders.amount", None),
    ("created_at", None),
    ("status", None),
];

impl Gen {
    fn maybe(&mut self, blank: u32, kind: Kind, p: &Person) -> Option<String> {
        (!self.chance(blank)).then(|| self.value(kind, p, 0))
    }
}

fn users_json(seed: u64, rows: usize) -> Result<(Vec<u8>, FileTruth), CorpusError> {
    let file = "app/users.json";
    let mut g = Gen::new(seed, 6);
    let users: Vec<User> = (0..rows)
        .map(|i| {
            let p = g.person();
            let devices = (0..g.range(1, 3))
                .map(|_| Device {
                    ip: g.ip(),
                    model: g.value(Kind::Device, &p, 0),
                })
                .collect();
            let orders = (0..g.range(0, 3))
                .map(|_| Order {
                    order_id: g.value(Kind::OrderTs, &p, 0),
                    amount: u64::from(g.range(5, 50_000)) * 1000,
                })
                .collect();
            User {
                id: 100_000 + i as u64,
                profile: Profile {
                    full_name: g.value(Kind::Name, &p, 0),
                    date_of_birth: g.maybe(5, Kind::DobIso, &p),
                    national_id: g.maybe(10, Kind::Cccd, &p),
                    phone: g.maybe(3, Kind::Phone, &p),
                    address: g.maybe(8, Kind::Address, &p),
                },
                contact: Contact {
                    email: g.maybe(3, Kind::Email, &p),
                },
                payment: Payment {
                    card_number: g.maybe(40, Kind::Card, &p),
                    bank_account: g.maybe(50, Kind::BankAccount, &p),
                },
                security: Security {
                    password_hash: g.value(Kind::Credential, &p, 0),
                    last_login_ip: g.maybe(5, Kind::Ip, &p),
                },
                devices,
                orders,
                created_at: g.timestamp(),
                status: g.pick(&["active", "locked", "pending"]).to_owned(),
            }
        })
        .collect();
    let ser = |source| CorpusError::Serialise {
        file: file.to_owned(),
        source,
    };
    let doc = serde_json::to_value(&users).map_err(ser)?;
    let mut bytes = serde_json::to_vec_pretty(&users).map_err(ser)?;
    bytes.push(b'\n');
    Ok((
        bytes,
        json_truth(file, Format::Json, rows, &doc, USER_FIELDS),
    ))
}

#[derive(Serialize)]
struct Event {
    ts: String,
    event: &'static str,
    user: EventUser,
    ip: Option<String>,
    location: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    order_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    amount: Option<u64>,
}
#[derive(Serialize)]
struct EventUser {
    id: String,
    full_name: Option<String>,
    phone: Option<String>,
    email: Option<String>,
}

const EVENT_FIELDS: &[(&str, Option<Detector>)] = &[
    ("ts", None),
    ("event", None),
    ("user.id", None),
    ("user.full_name", Some(Detector::PersonName)),
    ("user.phone", Some(Detector::Phone)),
    ("user.email", Some(Detector::Email)),
    ("ip", Some(Detector::IpAddress)),
    ("location", Some(Detector::Geolocation)),
    ("order_id", None),
    ("amount", None),
];

fn events_ndjson(seed: u64, rows: usize) -> Result<(Vec<u8>, FileTruth), CorpusError> {
    let file = "app/events.ndjson";
    let mut g = Gen::new(seed, 7);
    let mut bytes = Vec::new();
    let mut docs = Vec::with_capacity(rows);
    let ser = |source| CorpusError::Serialise {
        file: file.to_owned(),
        source,
    };
    for _ in 0..rows {
        let p = g.person();
        let event = g.pick(&["login", "view_product", "checkout", "logout"]);
        let checkout = event == "checkout";
        let e = Event {
            ts: g.timestamp().replace(' ', "T") + "+07:00",
            event,
            user: EventUser {
                id: format!("u{}", g.range(10_000, 99_999)),
                full_name: g.maybe(20, Kind::Name, &p),
                phone: g.maybe(30, Kind::Phone, &p),
                email: g.maybe(30, Kind::Email, &p),
            },
            ip: g.maybe(2, Kind::Ip, &p),
            location: g.maybe(25, Kind::Geo, &p),
            order_id: checkout.then(|| g.value(Kind::OrderTs, &p, 0)),
            amount: checkout.then(|| u64::from(g.range(5, 50_000)) * 1000),
        };
        serde_json::to_writer(&mut bytes, &e).map_err(ser)?;
        bytes.push(b'\n');
        docs.push(serde_json::to_value(&e).map_err(ser)?);
    }
    let doc = serde_json::Value::Array(docs);
    Ok((
        bytes,
        json_truth(file, Format::Ndjson, rows, &doc, EVENT_FIELDS),
    ))
}

/// Free prose: `lines` lines, most mentioning one to five entities with their context words.
pub(crate) fn notes_text(seed: u64, lines: usize) -> (String, FileTruth) {
    use Detector::*;
    let mut g = Gen::new(seed, 8);
    let mut mentions: BTreeMap<String, u64> = BTreeMap::new();
    let mut out = String::new();
    for _ in 0..lines {
        let p = g.person();
        let name = p.name.clone();
        let (young, old) = if p.female {
            ("chị", "bà")
        } else {
            ("anh", "ông")
        };
        let greeting = if p.female { "Chị" } else { "Anh" };
        let template = g.below(20);
        let bank = g.pick(crate::data::BANK_NAMES);
        let mut v = |kind| g.value(kind, &p, 0);
        let (line, found): (String, &[Detector]) = match template {
            0 | 1 => (
                format!(
                    "Khách hàng {name}, SĐT {}, email {}, CCCD số {}, địa chỉ {}.",
                    v(Kind::Phone),
                    v(Kind::Email),
                    v(Kind::Cccd),
                    v(Kind::Address)
                ),
                &[PersonName, Phone, Email, Cccd, Address],
            ),
            2 | 3 => (
                format!(
                    "Ngày {} {young} {name} gọi tới số {} hỏi về đơn hàng số {}.",
                    v(Kind::CreatedDmy),
                    v(Kind::Phone),
                    v(Kind::OrderTs)
                ),
                &[PersonName, Phone],
            ),
            4 => (
                format!(
                    "{} {name} đề nghị hoàn {} đồng vào STK {} tại {}.",
                    greeting,
                    dotted(&v(Kind::Amount)),
                    v(Kind::BankAccount),
                    bank
                ),
                &[PersonName, BankAccount],
            ),
            5 => (
                format!("Đã xác minh CMND số {} của {old} {name}.", v(Kind::Cmnd)),
                &[Cmnd, PersonName],
            ),
            6 => (
                format!(
                    "Hồ sơ du lịch: hộ chiếu số {}, liên hệ qua email {}.",
                    v(Kind::Passport),
                    v(Kind::Email)
                ),
                &[Passport, Email],
            ),
            7 => (
                format!(
                    "Thanh toán bằng thẻ {} không thành công, khách đề nghị gọi lại {}.",
                    v(Kind::Card),
                    v(Kind::Phone)
                ),
                &[PaymentCard, Phone],
            ),
            8 => (
                format!(
                    "Cập nhật MST {} cho hộ kinh doanh của {old} {name}.",
                    v(Kind::TaxCode)
                ),
                &[TaxCode, PersonName],
            ),
            9 => (
                format!(
                    "Phát hiện đăng nhập bất thường từ IP {} vào tài khoản của {name}.",
                    v(Kind::Ip)
                ),
                &[IpAddress, PersonName],
            ),
            10 | 11 => (
                format!(
                    "Giao hàng tới {}, người nhận {name}, điện thoại {}.",
                    v(Kind::Address),
                    v(Kind::Phone)
                ),
                &[Address, PersonName, Phone],
            ),
            12 => (
                format!(
                    "Email xác nhận đã gửi tới {}; khách chưa để lại số điện thoại.",
                    v(Kind::Email)
                ),
                &[Email],
            ),
            13 => (
                format!(
                    "Đơn hàng số {} đã giao ngày {}, tổng tiền {} đồng.",
                    v(Kind::OrderTs),
                    v(Kind::CreatedDmy),
                    dotted(&v(Kind::Amount))
                ),
                &[],
            ),
            14 => (
                "Cuộc họp giao ban tuần này chuyển sang 14h00 thứ Năm.".to_owned(),
                &[],
            ),
            15 => (
                format!(
                    "Kho Bình Dương còn {} thùng hàng mã {}.",
                    v(Kind::Quantity),
                    v(Kind::Product)
                ),
                &[],
            ),
            16 => (
                format!("Nhắc nhở: hạn nộp báo cáo quý là {}.", v(Kind::CreatedDmy)),
                &[],
            ),
            17 => (
                format!(
                    "Hóa đơn {} đã được xuất cho {}.",
                    v(Kind::Invoice),
                    v(Kind::Company)
                ),
                &[],
            ),
            18 => (
                "Tổng đài hỗ trợ 1900 6600 làm việc từ 8h đến 17h các ngày trong tuần.".to_owned(),
                &[],
            ),
            _ => (
                "Khách phản ánh giao hàng chậm, đã chuyển bộ phận kho xử lý.".to_owned(),
                &[],
            ),
        };
        let line = if g.chance(8) { fold(&line) } else { line };
        out.push_str(&line);
        out.push('\n');
        for d in found {
            *mentions.entry(d.id().to_owned()).or_default() += 1;
        }
    }
    let truth = FileTruth {
        file: "notes/ghi_chu.txt".to_owned(),
        format: Format::Text,
        encoding: Encoding::Utf8,
        bom: false,
        delimiter: None,
        rows: Some(lines),
        columns: Vec::new(),
        fields: Vec::new(),
        mentions,
    };
    (out, truth)
}

/// 1250000 → "1.250.000".
fn dotted(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}
