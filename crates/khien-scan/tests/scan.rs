//! The scanner end to end on real files of every format and encoding, on broken files, and on
//! real databases (SQLite always; PostgreSQL and MariaDB when their URLs are given).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use khien_detect::Regime;
use khien_scan::{Options, Report};

fn opts() -> Options {
    let mut o = Options::new(2026);
    o.threads = 2;
    o
}

async fn scan_with(sources: &[&str], o: Options) -> Report {
    khien_scan::scan(
        sources.iter().map(|s| (*s).to_owned()).collect(),
        o,
        Arc::new(khien_scan::NoProgress),
        Arc::new(AtomicBool::new(false)),
    )
    .await
    .unwrap()
}

async fn scan(sources: &[&str]) -> Report {
    scan_with(sources, opts()).await
}

/// (column or field, detector, count) of every finding.
fn found(r: &Report) -> Vec<(String, &'static str, u64)> {
    r.findings
        .iter()
        .map(|f| {
            let l = &f.location;
            let place = l.column.clone().or(l.field.clone()).unwrap_or_default();
            let place = match &l.table {
                Some(t) if l.file.is_some() => format!("{t}/{place}"),
                _ => place,
            };
            (place, f.detector, f.count)
        })
        .collect()
}

const PEOPLE_CSV: &str = "Họ và tên,Số CCCD,Số điện thoại,Email,Dân tộc,Chẩn đoán,Mã đơn hàng\n\
Nguyễn Văn An,001203012345,0912345678,an.nv@gmail.com,Kinh,Tăng huyết áp,202501151230\n\
Trần Thị Bình,038190004567,0987 654 321,binh.tt@yahoo.com,Tày,Đái tháo đường type 2,202501151231\n\
Lê Hoàng Cường,079095001234,+84 328 123 456,cuong.lh@outlook.com,Kinh,,202501151232\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

fn assert_people(r: &Report) {
    let f = found(r);
    for want in [
        ("Họ và tên", "person_name", 3),
        ("Số CCCD", "vn.cccd", 3),
        ("Số điện thoại", "vn.phone", 3),
        ("Email", "email", 3),
        ("Dân tộc", "ethnicity", 3),
        ("Chẩn đoán", "health", 2),
    ] {
        assert!(
            f.contains(&(want.0.to_owned(), want.1, want.2)),
            "{want:?} not in {f:?}"
        );
    }
    assert!(!f.iter().any(|(c, _, _)| c == "Mã đơn hàng"), "{f:?}");
    let u = &r.units[0];
    assert_eq!(u.personal_data, "sensitive");
    assert!(u.identity_with_sensitive);
    assert_eq!(u.records, 3);
}

/// A finding never carries a raw value (issue 3, "Output").
fn assert_no_raw_values(r: &Report) {
    let json = serde_json::to_string(r).unwrap();
    for raw in [
        "001203012345",
        "0912345678",
        "an.nv@gmail.com",
        "Nguyễn Văn An",
        "038190004567",
    ] {
        assert!(!json.contains(raw), "{raw} leaked into the report");
    }
}

/// Windows-1258 has precomposed letters with circumflex, breve and horn (â, ă, ơ, ư, ...) but
/// writes the five tone marks as combining characters: the form its files hold.
fn cp1258_form(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    use unicode_normalization::char::{canonical_combining_class, compose};
    let mut out = String::new();
    let mut chars = s.nfd().peekable();
    while let Some(mut letter) = chars.next() {
        let mut tones = Vec::new();
        while let Some(&mark) = chars.peek() {
            if canonical_combining_class(mark) == 0 {
                break;
            }
            chars.next();
            match compose(letter, mark) {
                Some(c) if matches!(mark, '\u{302}' | '\u{306}' | '\u{31B}') => letter = c,
                _ => tones.push(mark),
            }
        }
        out.push(letter);
        out.extend(tones);
    }
    out
}

#[tokio::test]
async fn csv_in_every_encoding() {
    let d = tempfile::tempdir().unwrap();
    let utf8 = write(d.path(), "utf8.csv", PEOPLE_CSV.as_bytes());
    let bom = write(
        d.path(),
        "bom.csv",
        &[b"\xEF\xBB\xBF".as_slice(), PEOPLE_CSV.as_bytes()].concat(),
    );
    let tsv: String = PEOPLE_CSV.replace(',', "\t");
    let mut utf16 = vec![0xFF, 0xFE];
    for u in tsv.encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    let utf16 = write(d.path(), "utf16.tsv", &utf16);
    let prepared = cp1258_form(PEOPLE_CSV);
    let (cp1258, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&prepared);
    assert!(!unmappable);
    let cp1258 = write(d.path(), "cp1258.csv", &cp1258);
    for (path, enc) in [
        (utf8, "utf-8"),
        (bom, "utf-8-bom"),
        (utf16, "utf-16le"),
        (cp1258, "windows-1258"),
    ] {
        let r = scan(&[&path]).await;
        assert!(r.errors.is_empty(), "{path}: {:?}", r.errors);
        assert_eq!(r.units[0].encoding, Some(enc), "{path}");
        assert_people(&r);
        assert_no_raw_values(&r);
        // Column names come out in NFC whatever the file's encoding.
        assert!(
            r.findings
                .iter()
                .any(|f| f.location.column.as_deref() == Some("Họ và tên"))
        );
    }
}

#[tokio::test]
async fn report_shape_is_the_contract() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "people.csv", PEOPLE_CSV.as_bytes());
    let r = scan(&[&p]).await;
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["regime"], "law-91-2025");
    assert_eq!(v["sources"][0]["source"], p.as_str());
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["detector"] == "vn.cccd")
        .unwrap();
    assert_eq!(f["source"], p.as_str());
    assert_eq!(f["location"]["file"], p.as_str());
    assert_eq!(f["location"]["column"], "Số CCCD");
    assert!(f["location"].get("table").is_none() && f["location"].get("field").is_none());
    assert_eq!(f["category"], "basic");
    assert_eq!(f["legal_basis"], "Decree 356/2025 Art. 3(7)");
    assert_eq!(f["count"], 3);
    let c = f["confidence"].as_f64().unwrap();
    assert!((0.9..=1.0).contains(&c), "{c}");
    assert_eq!(f["samples"][0], "0012******45");
    assert!(v["errors"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn regimes_classify_differently() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "accounts.csv",
        "ten_dang_nhap_vneid,mat_khau_vneid\nan.nv,$2b$12$abcdefghijklmnopqrstuv\n".as_bytes(),
    );
    let now = scan(&[&p]).await;
    let mut o = opts();
    o.regime = Regime::Decree13;
    let then = scan_with(&[&p], o).await;
    let cat = |r: &Report| {
        r.findings
            .iter()
            .map(|f| (f.category, f.legal_basis))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cat(&now),
        [("sensitive", "Decree 356/2025 Art. 4(1)(i), (k)"); 2]
    );
    assert_eq!(cat(&then), [("basic", "Decree 13/2023 Art. 2(3)(k)"); 2]);
    assert_eq!(then.regime, "decree-13-2023");
    // Other accounts' credentials are data of a digital account, basic under both (Decree 356
    // Art. 3(10): only e-identity and bank credentials are sensitive, Art. 4(1)(i), (k)).
    let p = write(
        d.path(),
        "forum.csv",
        "ten_dang_nhap,mat_khau\nan.nv,$2b$12$abcdefghijklmnopqrstuv\n".as_bytes(),
    );
    let now = scan(&[&p]).await;
    assert_eq!(cat(&now), [("basic", "Decree 356/2025 Art. 3(10)"); 2]);
}

#[tokio::test]
async fn json_ndjson_and_text() {
    let d = tempfile::tempdir().unwrap();
    let json = write(
        d.path(),
        "users.json",
        r#"[{"profile":{"full_name":"Nguyễn Văn An","phone":"0912345678"},"devices":[{"ip":"113.161.45.10"},{"ip":"2001:ee0:4141:1::1"}]},
            {"profile":{"full_name":"Trần Thị Bình","phone":"0987654321"},"devices":[]}]"#
            .as_bytes(),
    );
    let ndjson = write(
        d.path(),
        "events.ndjson",
        b"{\"user\":{\"email\":\"an.nv@gmail.com\"},\"location\":\"21.0285, 105.8542\"}\nnot json\n{\"user\":{\"email\":\"binh@yahoo.com\"}}\n",
    );
    let text = write(
        d.path(),
        "ghi_chu.txt",
        "Khách hàng Nguyễn Văn An, SĐT 0912 345 678, CCCD số 001203012345.\nKhông có gì ở dòng này.\nGọi lại cho chị Trần Thị Bình: 0987654321.\n"
            .as_bytes(),
    );
    let r = scan(&[&json, &ndjson, &text]).await;
    let f = found(&r);
    for want in [
        ("profile.full_name", "person_name", 2),
        ("profile.phone", "vn.phone", 2),
        ("devices.ip", "ip_address", 2),
        ("user.email", "email", 2),
        ("location", "geolocation", 1),
        ("", "vn.phone", 2),
        ("", "person_name", 2),
        ("", "vn.cccd", 1),
    ] {
        assert!(
            f.contains(&(want.0.to_owned(), want.1, want.2)),
            "{want:?} not in {f:?}"
        );
    }
    // Records: 2 array elements, 2 valid JSON lines, 3 lines of text.
    assert_eq!(
        r.units.iter().map(|u| u.records).collect::<Vec<_>>(),
        [2, 2, 3]
    );
    // The bad NDJSON line is reported; the others were read.
    assert_eq!(r.errors.len(), 1, "{:?}", r.errors);
    assert!(r.errors[0].message.contains("line 2"), "{:?}", r.errors);
    assert!(
        r.errors[0]
            .file
            .as_deref()
            .unwrap()
            .ends_with("events.ndjson")
    );
    assert_no_raw_values(&r);
}

#[tokio::test]
async fn xlsx_and_parquet() {
    let d = tempfile::tempdir().unwrap();
    let xlsx = d.path().join("nhan_vien.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Nhân viên").unwrap();
    for (r, line) in PEOPLE_CSV.lines().enumerate() {
        for (c, v) in line.split(',').enumerate() {
            ws.write_string(r as u32, c as u16, v).unwrap();
        }
    }
    wb.save(&xlsx).unwrap();
    let r = scan(&[xlsx.to_str().unwrap()]).await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let f = found(&r);
    assert!(
        f.contains(&("Nhân viên/Số CCCD".to_owned(), "vn.cccd", 3)),
        "{f:?}"
    );
    assert!(
        r.findings
            .iter()
            .all(|x| x.location.table.as_deref() == Some("Nhân viên"))
    );

    let pq = d.path().join("khach_hang.parquet");
    write_parquet(&pq);
    let r = scan(&[pq.to_str().unwrap()]).await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let f = found(&r);
    assert!(f.contains(&("so_cccd".to_owned(), "vn.cccd", 3)), "{f:?}");
    assert!(
        f.contains(&("ho_ten".to_owned(), "person_name", 3)),
        "{f:?}"
    );
    assert_eq!(r.units[0].records, 3);
}

/// A sheet as an office makes it: the unit and the title in merged cells above the header,
/// the header on the fifth row with "Địa chỉ" merged over "Thường trú" and "Tạm trú", a row
/// numbering the columns, phone numbers stored as numbers (their leading zero lost), and a
/// signature block under the data.
#[tokio::test]
async fn sheets_as_offices_make_them() {
    let d = tempfile::tempdir().unwrap();
    let xlsx = d.path().join("ho_ngheo.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Danh sách").unwrap();
    let merged = rust_xlsxwriter::Format::new();
    ws.merge_range(0, 0, 0, 6, "UBND PHƯỜNG BẾN NGHÉ", &merged)
        .unwrap();
    ws.merge_range(1, 0, 1, 6, "DANH SÁCH HỘ NGHÈO NĂM 2025", &merged)
        .unwrap();
    ws.write_string(4, 0, "STT").unwrap();
    ws.write_string(4, 1, "Họ và tên chủ hộ").unwrap();
    ws.write_string(4, 2, "Ngày sinh").unwrap();
    ws.merge_range(4, 3, 4, 4, "Địa chỉ", &merged).unwrap();
    ws.write_string(4, 5, "Số điện thoại").unwrap();
    ws.write_string(4, 6, "Ghi chú").unwrap();
    ws.write_string(5, 3, "Thường trú").unwrap();
    ws.write_string(5, 4, "Tạm trú").unwrap();
    for c in 0..7u16 {
        ws.write_string(6, c, format!("({})", c + 1)).unwrap();
    }
    let people = [
        (
            "Nguyễn Văn Tám",
            "12/03/1961",
            "Tổ 5, khu phố 2, phường Bến Nghé, Quận 1",
            912_345_678.0,
        ),
        (
            "Lê Thị Hoa",
            "01/07/1970",
            "45 Lý Tự Trọng, phường Bến Nghé, Quận 1",
            987_654_321.0,
        ),
        (
            "Trần Văn Út",
            "30/11/1955",
            "12 Hai Bà Trưng, phường Bến Nghé, Quận 1",
            903_111_222.0,
        ),
    ];
    for (i, (n, dob, addr, phone)) in people.iter().enumerate() {
        let r = 7 + i as u32;
        ws.write_number(r, 0, (i + 1) as f64).unwrap();
        ws.write_string(r, 1, *n).unwrap();
        ws.write_string(r, 2, *dob).unwrap();
        ws.write_string(r, 3, *addr).unwrap();
        ws.write_number(r, 5, *phone).unwrap();
    }
    ws.write_string(12, 5, "Người lập biểu").unwrap();
    wb.save(&xlsx).unwrap();
    let r = scan(&[xlsx.to_str().unwrap()]).await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let f = found(&r);
    for want in [
        ("Danh sách/Họ và tên chủ hộ", "person_name", 3),
        ("Danh sách/Ngày sinh", "date_of_birth", 3),
        ("Danh sách/Địa chỉ Thường trú", "vn.address", 3),
        ("Danh sách/Số điện thoại", "vn.phone", 3),
    ] {
        assert!(
            f.contains(&(want.0.to_owned(), want.1, want.2)),
            "{want:?} not in {f:?}"
        );
    }
}

/// A large text file is read in parts by several threads, and finds what one thread finds.
#[tokio::test]
async fn a_large_text_file_is_read_in_parts() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("nhat-ky.txt");
    let mut text = String::new();
    let mut k = 0u32;
    while text.len() < 3 << 20 {
        k += 1;
        text.push_str(&format!(
            "Ngày {k}: khách hàng Nguyễn Văn An gọi từ số 0912 345 678, email an{k}@gmail.com, CCCD số 001203012345.\n"
        ));
        text.push_str("Không có gì khác trong ca trực này.\n");
    }
    std::fs::write(&p, &text).unwrap();
    let counts = |r: &Report| {
        let mut v: Vec<(&'static str, u64)> =
            r.findings.iter().map(|f| (f.detector, f.count)).collect();
        v.sort();
        v
    };
    let mut one = opts();
    one.threads = 1;
    let mut three = opts();
    three.threads = 3;
    three.parallel_text_bytes = 1 << 20;
    let a = scan_with(&[p.to_str().unwrap()], one).await;
    let b = scan_with(&[p.to_str().unwrap()], three).await;
    assert!(a.errors.is_empty() && b.errors.is_empty());
    assert_eq!(counts(&a), counts(&b));
    assert_eq!(a.units[0].records, b.units[0].records);
    assert!(
        counts(&a).contains(&("email", u64::from(k))),
        "{:?}",
        counts(&a)
    );
}

/// A large CSV file is read in parts by several threads: the header (under a title row) found
/// once, each part cut after a line break outside quoted fields (notes hold line breaks,
/// commas and a stray inch mark), and the same findings, column by column, as one thread's.
#[tokio::test]
async fn a_large_csv_file_is_read_in_parts() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("khach-hang.csv");
    let mut csv =
        String::from("DANH SÁCH KHÁCH HÀNG,,,,\nSTT,Họ và tên,Số điện thoại,Email,Ghi chú\n");
    let mut k = 0u32;
    while csv.len() < 3 << 20 {
        k += 1;
        let note = match k % 4 {
            0 => "\"Giao hàng trước 10 giờ,\ngọi trước khi đến\"".to_owned(),
            1 => "ống 12\" loại dày".to_owned(),
            2 => format!("\"Khách nói: \"\"ship gấp\"\"\nmã đơn DH-{k}\""),
            _ => String::new(),
        };
        csv.push_str(&format!(
            "{k},Nguyễn Văn An,0912 345 678,an{k}@gmail.com,{note}\n"
        ));
    }
    std::fs::write(&p, &csv).unwrap();
    let columns = |r: &Report| {
        let mut v: Vec<(Option<String>, &'static str, u64)> = r
            .findings
            .iter()
            .map(|f| (f.location.column.clone(), f.detector, f.count))
            .collect();
        v.sort();
        v
    };
    let mut one = opts();
    one.threads = 1;
    let mut three = opts();
    three.threads = 3;
    three.parallel_text_bytes = 1 << 20;
    let a = scan_with(&[p.to_str().unwrap()], one).await;
    let b = scan_with(&[p.to_str().unwrap()], three).await;
    assert!(
        a.errors.is_empty() && b.errors.is_empty(),
        "{:?} {:?}",
        a.errors,
        b.errors
    );
    assert_eq!(columns(&a), columns(&b));
    assert_eq!(a.units[0].records, b.units[0].records);
    assert!(
        columns(&a).contains(&(Some("Email".to_owned()), "email", u64::from(k))),
        "{:?}",
        columns(&a)
    );
}

/// A one-page PDF with a text layer, written by hand.
fn small_pdf(text: &str) -> Vec<u8> {
    let content = format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET");
    let objs = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer << /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objs.len() + 1
        )
        .bytes(),
    );
    out
}

/// PDF, XLS and Parquet are read in a process of their own when a program is given: one that
/// dies is that file's error, the other files are read.
#[tokio::test]
async fn crash_prone_formats_are_read_apart() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "khach.pdf",
        &small_pdf("Email an.nv@gmail.com, so dien thoai 0912345678."),
    );
    write(d.path(), "a_good.csv", PEOPLE_CSV.as_bytes());
    let mut o = opts();
    o.isolate = Some(std::path::PathBuf::from("/bin/false"));
    let r = scan_with(&[d.path().to_str().unwrap()], o).await;
    assert_eq!(r.errors.len(), 1, "{:?}", r.errors);
    assert!(r.errors[0].file.as_deref().unwrap().ends_with("khach.pdf"));
    assert!(
        r.errors[0]
            .message
            .contains("the reader of this file stopped"),
        "{}",
        r.errors[0].message
    );
    assert_people(&r);
    // Read in this process, the same PDF gives its findings.
    let r = scan(&[d.path().join("khach.pdf").to_str().unwrap()]).await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let f = found(&r);
    assert!(f.iter().any(|(_, d, _)| *d == "email"), "{f:?}");
}

fn write_parquet(path: &Path) {
    use parquet::data_type::{ByteArray, ByteArrayType};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use parquet::schema::parser::parse_message_type;
    let schema = Arc::new(
        parse_message_type("message khach_hang { REQUIRED BYTE_ARRAY ho_ten (UTF8); REQUIRED BYTE_ARRAY so_cccd (UTF8); }")
            .unwrap(),
    );
    let file = std::fs::File::create(path).unwrap();
    let props = Arc::new(WriterProperties::builder().build());
    let mut w = SerializedFileWriter::new(file, schema, props).unwrap();
    let mut rg = w.next_row_group().unwrap();
    let cols: [&[&str]; 2] = [
        &["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường"],
        &["001203012345", "038190004567", "079095001234"],
    ];
    for values in cols {
        let mut c = rg.next_column().unwrap().unwrap();
        let data: Vec<ByteArray> = values.iter().map(|v| ByteArray::from(*v)).collect();
        c.typed::<ByteArrayType>()
            .write_batch(&data, None, None)
            .unwrap();
        c.close().unwrap();
    }
    rg.close().unwrap();
    w.close().unwrap();
}

/// Each broken file gives a clear error for that file, no panic, and the others are read
/// (issue 3, "Done means").
#[tokio::test]
async fn broken_files_are_reported_one_by_one() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "a_good.csv", PEOPLE_CSV.as_bytes());
    write(
        d.path(),
        "truncated.json",
        r#"[{"ho_ten": "Nguyễn Văn An", "sdt": "09123"#.as_bytes(),
    );
    write(
        d.path(),
        "binary.csv",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    );
    let mut huge = b"ho_ten,ghi_chu\nNguyen Van An,".to_vec();
    huge.extend(std::iter::repeat_n(b'x', 3 << 20));
    write(d.path(), "huge_line.csv", &huge);
    let mut mixed = PEOPLE_CSV.as_bytes().to_vec();
    mixed.extend(b"L\xEA V\xE3n D\xFAng,001203012399,0912000111,dung@gmail.com,Kinh,,1\n");
    write(d.path(), "mixed_encoding.csv", &mixed);
    write(d.path(), "bad.xlsx", b"PK\x03\x04 this is not a zip");
    write(d.path(), "bad.parquet", b"PAR1 not really");
    write(d.path(), "empty.csv", b"");
    write(d.path(), "image.bin", b"\x89PNG");
    let mut o = opts();
    o.max_line_bytes = 1 << 20;
    let r = scan_with(&[d.path().to_str().unwrap()], o).await;
    let errors: Vec<(String, String)> = r
        .errors
        .iter()
        .map(|e| {
            let f = e.file.clone().unwrap();
            (
                Path::new(&f)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                e.message.clone(),
            )
        })
        .collect();
    let names: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        names,
        [
            "bad.parquet",
            "bad.xlsx",
            "binary.csv",
            "huge_line.csv",
            "mixed_encoding.csv",
            "truncated.json"
        ],
        "{errors:#?}"
    );
    let message = |n: &str| errors.iter().find(|(f, _)| f == n).unwrap().1.clone();
    assert!(message("binary.csv").contains("binary"));
    assert!(message("huge_line.csv").contains("longer than 1 MiB"));
    assert!(message("mixed_encoding.csv").contains("UTF-8 from line 5"));
    assert!(
        message("truncated.json").contains("invalid JSON")
            || message("truncated.json").contains("EOF")
    );
    // The good file was read in full, and the mixed file up to and including its bad line.
    assert!(r.findings.iter().any(
        |f| f.location.file.as_deref().unwrap().ends_with("a_good.csv")
            && f.detector == "vn.cccd"
            && f.count == 3
    ));
    assert!(r.findings.iter().any(|f| {
        f.location
            .file
            .as_deref()
            .unwrap()
            .ends_with("mixed_encoding.csv")
            && f.detector == "vn.cccd"
            && f.count == 4
    }));
    assert_eq!(
        r.sources[0].skipped, 1,
        "the .bin file is not a format the scanner reads"
    );
    // No error message repeats a value from the files.
    for (_, m) in &errors {
        assert!(!m.contains("Nguy") && !m.contains("0912"), "{m}");
    }
}

#[tokio::test]
async fn missing_paths_and_bad_urls_are_errors_not_failures() {
    let r = scan(&[
        "/nonexistent/khien/file.csv",
        "postgres://nobody:secret@127.0.0.1:1/none",
    ])
    .await;
    assert_eq!(r.errors.len(), 2, "{:?}", r.errors);
    let json = serde_json::to_string(&r).unwrap();
    assert!(!json.contains("secret"), "password leaked: {json}");
}

#[tokio::test]
async fn interrupted_scans_return_no_report() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "people.csv", PEOPLE_CSV.as_bytes());
    let r = khien_scan::scan(
        vec![p],
        opts(),
        Arc::new(khien_scan::NoProgress),
        Arc::new(AtomicBool::new(true)),
    )
    .await;
    assert!(r.is_err());
}

/// SQL that creates a Vietnamese table in each database kind (test fixture only).
const CREATE: &str = "CREATE TABLE cong_dan (id INTEGER PRIMARY KEY, ho_ten VARCHAR(100), so_cccd VARCHAR(20), ngay_sinh DATE, dan_toc VARCHAR(40), so_dien_thoai VARCHAR(20), ghi_chu TEXT)";
const ROWS: [(i32, &str, &str, &str, &str, &str); 3] = [
    (
        1,
        "Nguyễn Văn An",
        "001203012345",
        "1990-05-12",
        "Kinh",
        "0912345678",
    ),
    (
        2,
        "Trần Thị Bình",
        "038190004567",
        "1985-01-30",
        "Tày",
        "0987654321",
    ),
    (
        3,
        "Lê Hoàng Cường",
        "079095001234",
        "1995-12-01",
        "Kinh",
        "0328123456",
    ),
];

fn assert_db(r: &Report, table: &str) {
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let f: Vec<(Option<String>, String, &str, u64)> = r
        .findings
        .iter()
        .map(|f| {
            (
                f.location.table.clone(),
                f.location.column.clone().unwrap(),
                f.detector,
                f.count,
            )
        })
        .collect();
    for (col, det) in [
        ("ho_ten", "person_name"),
        ("so_cccd", "vn.cccd"),
        ("ngay_sinh", "date_of_birth"),
        ("dan_toc", "ethnicity"),
        ("so_dien_thoai", "vn.phone"),
    ] {
        assert!(
            f.contains(&(Some(table.to_owned()), col.to_owned(), det, 2)),
            "{col}: {f:?}"
        );
    }
    assert!(r.findings.iter().all(|x| x.location.file.is_none()));
    let u = r
        .units
        .iter()
        .find(|u| u.location.table.as_deref() == Some(table))
        .unwrap();
    assert_eq!(
        (u.personal_data, u.sampled, u.format),
        ("sensitive", Some(2), "table")
    );
}

#[tokio::test]
async fn sqlite_database_sampled_read_only() {
    use sqlx::Connection;
    let d = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", d.path().join("dan_cu.db").display());
    let mut c = sqlx::SqliteConnection::connect_with(
        &url.parse::<sqlx::sqlite::SqliteConnectOptions>()
            .unwrap()
            .create_if_missing(true),
    )
    .await
    .unwrap();
    sqlx::query(CREATE).execute(&mut c).await.unwrap();
    for (id, n, cccd, dob, dt, sdt) in ROWS {
        sqlx::query("INSERT INTO cong_dan VALUES (?, ?, ?, ?, ?, ?, NULL)")
            .bind(id)
            .bind(n)
            .bind(cccd)
            .bind(dob)
            .bind(dt)
            .bind(sdt)
            .execute(&mut c)
            .await
            .unwrap();
    }
    c.close().await.unwrap();
    let mut o = opts();
    o.sample_rows = 2;
    let r = scan_with(&[&url], o).await;
    assert_db(&r, "cong_dan");
    assert_eq!(r.units[0].records, 3, "exact row count");
    assert_eq!(r.sources[0].kind, "sqlite");
}

/// A large table is sampled across its rows, not its first ones; its size is estimated, not
/// counted; a cell holding a whole document is read cut short.
#[tokio::test]
async fn large_tables_are_sampled_across_and_wide_cells_cut() {
    use sqlx::Connection;
    let d = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", d.path().join("lon.db").display());
    let mut c = sqlx::SqliteConnection::connect_with(
        &url.parse::<sqlx::sqlite::SqliteConnectOptions>()
            .unwrap()
            .create_if_missing(true),
    )
    .await
    .unwrap();
    sqlx::query("CREATE TABLE ho_so (id INTEGER PRIMARY KEY, ghi_chu TEXT)")
        .execute(&mut c)
        .await
        .unwrap();
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) \
         INSERT INTO ho_so SELECT i, 'dòng ' || i FROM n",
    )
    .execute(&mut c)
    .await
    .unwrap();
    sqlx::query("CREATE TABLE tai_lieu (noi_dung TEXT)")
        .execute(&mut c)
        .await
        .unwrap();
    sqlx::query("INSERT INTO tai_lieu VALUES (?)")
        .bind("x".repeat(1 << 20))
        .execute(&mut c)
        .await
        .unwrap();
    c.close().await.unwrap();
    let tables = khien_scan::database::sample_database(&url, 100)
        .await
        .unwrap();
    let mut tables = tables.into_iter();
    let t = tables.next().unwrap().unwrap();
    assert_eq!(t.rows.len(), 100);
    assert_eq!(t.row_count, Some(20_000));
    let ids: Vec<u64> = t
        .rows
        .iter()
        .map(|r| r[0].as_deref().unwrap().parse().unwrap())
        .collect();
    // 100 rows drawn from 20 000: all among the first 1 000 with odds of 0.05^100.
    assert!(ids.iter().any(|i| *i > 1000), "{ids:?}");
    let doc = tables.next().unwrap().unwrap();
    assert_eq!(doc.rows[0][0].as_deref().map(str::len), Some(4096));
}

#[cfg_attr(
    not(khien_test_postgres),
    ignore = "set KHIEN_TEST_POSTGRES_URL to run on PostgreSQL"
)]
#[tokio::test]
async fn postgres_database_sampled_read_only() {
    let admin = std::env::var("KHIEN_TEST_POSTGRES_URL").unwrap();
    let db = khien_store_sql::testing::TempPgDatabase::create(&admin)
        .await
        .unwrap();
    let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
    sqlx::query(&CREATE.replace("INTEGER PRIMARY KEY", "INT PRIMARY KEY"))
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("CREATE SCHEMA nhan_su")
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("CREATE TABLE nhan_su.\"Nhân viên\" (\"Họ và tên\" TEXT, \"Số CCCD\" TEXT)")
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("INSERT INTO nhan_su.\"Nhân viên\" VALUES ('Nguyễn Văn An', '001203012345')")
        .execute(&pool)
        .await
        .unwrap();
    for (id, n, cccd, dob, dt, sdt) in ROWS {
        sqlx::query("INSERT INTO cong_dan VALUES ($1, $2, $3, $4::date, $5, $6, NULL)")
            .bind(id)
            .bind(n)
            .bind(cccd)
            .bind(dob)
            .bind(dt)
            .bind(sdt)
            .execute(&pool)
            .await
            .unwrap();
    }
    pool.close().await;
    let mut o = opts();
    o.sample_rows = 2;
    let r = scan_with(&[&db.url], o).await;
    assert_db(&r, "cong_dan");
    assert!(r.findings.iter().any(
        |f| f.location.table.as_deref() == Some("nhan_su.Nhân viên") && f.detector == "vn.cccd"
    ));
    assert_eq!(r.sources[0].kind, "postgres");
    db.drop_now().await.unwrap();
}

#[cfg_attr(
    not(khien_test_mariadb),
    ignore = "set KHIEN_TEST_MARIADB_URL to run on MariaDB/MySQL"
)]
#[tokio::test]
async fn mariadb_database_sampled_read_only() {
    use sqlx::Connection;
    let admin = std::env::var("KHIEN_TEST_MARIADB_URL").unwrap();
    let name = format!("khien_scan_{}", std::process::id());
    let mut c = sqlx::MySqlConnection::connect(&admin).await.unwrap();
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
        .execute(&mut c)
        .await
        .unwrap();
    sqlx::query(&format!("CREATE DATABASE {name} CHARACTER SET utf8mb4"))
        .execute(&mut c)
        .await
        .unwrap();
    let base = admin
        .trim_end_matches('/')
        .rsplit_once('/')
        .map_or(admin.as_str(), |(b, _)| b)
        .to_owned();
    let url = format!("{base}/{name}");
    let mut t = sqlx::MySqlConnection::connect(&url).await.unwrap();
    sqlx::query(CREATE).execute(&mut t).await.unwrap();
    for (id, n, cccd, dob, dt, sdt) in ROWS {
        sqlx::query("INSERT INTO cong_dan VALUES (?, ?, ?, ?, ?, ?, NULL)")
            .bind(id)
            .bind(n)
            .bind(cccd)
            .bind(dob)
            .bind(dt)
            .bind(sdt)
            .execute(&mut t)
            .await
            .unwrap();
    }
    t.close().await.unwrap();
    let mut o = opts();
    o.sample_rows = 2;
    let r = scan_with(&[&url], o).await;
    sqlx::query(&format!("DROP DATABASE {name}"))
        .execute(&mut c)
        .await
        .unwrap();
    assert_db(&r, "cong_dan");
    assert_eq!(r.sources[0].kind, "mysql");
}

mod readers_never_panic {
    use khien_scan::{Format, read_bytes};
    use proptest::prelude::*;

    const FORMATS: [Format; 15] = [
        Format::Csv,
        Format::Tsv,
        Format::Json,
        Format::Ndjson,
        Format::Text,
        Format::Workbook,
        Format::Parquet,
        Format::Docx,
        Format::Odt,
        Format::Ods,
        Format::Html,
        Format::Rtf,
        Format::Eml,
        Format::Zip,
        Format::Pdf,
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        /// Random bytes in every format: findings or an error, never a panic. (The fuzz
        /// targets in `fuzz/` explore the same readers for longer.)
        #[test]
        fn random_bytes(data in proptest::collection::vec(any::<u8>(), 0..4096), f in 0..15usize) {
            read_bytes(FORMATS[f], &data).unwrap();
        }

        /// Valid files with bytes overwritten, cut short or extended.
        #[test]
        fn damaged_files(edits in proptest::collection::vec((any::<u16>(), any::<u8>()), 0..8), cut in any::<u16>(), f in 0..5usize) {
            let mut data = match FORMATS[f] {
                Format::Json => r#"[{"ho_ten":"Nguyễn Văn An","sdt":"0912345678","x":[1,2,{"y":null}]}]"#.as_bytes().to_vec(),
                Format::Ndjson => b"{\"email\":\"an@gmail.com\"}\n{\"cccd\":\"001203012345\"}\n".to_vec(),
                _ => super::PEOPLE_CSV.as_bytes().to_vec(),
            };
            for (at, b) in edits {
                let i = usize::from(at) % data.len();
                data[i] = b;
            }
            data.truncate(usize::from(cut) % (data.len() + 1));
            read_bytes(FORMATS[f], &data).unwrap();
        }
    }
}

/// The classification report (Thanh Hóa directive §1): header filled from what is known, blanks
/// left visible otherwise, every section present, only masked samples, and the same blocks
/// render as PDF and DOCX.
#[tokio::test]
async fn classification_report() {
    use khien_scan::classification::{Heading, blocks, markdown};
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "people.csv", PEOPLE_CSV.as_bytes());
    let r = scan(&[&p]).await;

    let empty = markdown(&r, &Heading::default());
    assert!(empty.contains("Kính gửi: ……………"), "{empty}");
    assert!(empty.contains("Số: ……………"), "{empty}");

    let h = Heading {
        organisation: Some("Sở Y tế tỉnh Thanh Hóa".into()),
        number: Some("12/BC-SYT".into()),
        place: Some("Thanh Hóa".into()),
        date: Some(time::macros::date!(2026 - 03 - 02)),
        recipient: Some("Ủy ban nhân dân tỉnh Thanh Hóa (qua Công an tỉnh)".into()),
        signer: Some("Lê Văn B".into()),
    };
    let md = markdown(&r, &h);
    for want in [
        "**Sở Y tế tỉnh Thanh Hóa**",
        "Số: 12/BC-SYT",
        "_Thanh Hóa, ngày 02 tháng 3 năm 2026_",
        "# BÁO CÁO Kết quả rà soát, phân loại dữ liệu cá nhân đã thu thập, xử lý",
        "Kính gửi: Ủy ban nhân dân tỉnh Thanh Hóa (qua Công an tỉnh)",
        "## 1. Phạm vi rà soát",
        "## 2. Tổng hợp kết quả",
        "## 3. Phân loại theo tệp, bảng dữ liệu",
        "## 4. Chi tiết phát hiện",
        "## 5. Dữ liệu quan trọng, dữ liệu cốt lõi",
        "## 6. Trách nhiệm bảo vệ tương ứng",
        "## 7. Lỗi trong quá trình rà soát",
        "Số định danh cá nhân (CCCD)",
        "0012\\*\\*\\*\\*\\*\\*45",
        "**THỦ TRƯỞNG ĐƠN VỊ**",
        "Lê Văn B",
    ] {
        assert!(md.contains(want), "`{want}` missing:\n{md}");
    }
    assert!(!md.contains("……………"), "a blank left:\n{md}");
    // No raw identifier from the file reaches the report.
    for raw in [
        "001203012345",
        "0912345678",
        "Nguyễn Văn An",
        "an.nv@gmail.com",
        "Tăng huyết áp",
    ] {
        assert!(!md.contains(raw), "{raw} in the report");
    }
    let b = blocks(&r, &h);
    assert!(khien_forms::pdf::render(&b).unwrap().starts_with(b"%PDF-"));
    assert!(khien_forms::docx::render(&b).unwrap().starts_with(b"PK"));
}
