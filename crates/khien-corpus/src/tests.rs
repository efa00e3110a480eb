#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Value, json};
use unicode_normalization::UnicodeNormalization;

use crate::files::{encode, notes_text, render_table, tables};
use crate::values::{cp1258_form, fold};
use crate::*;

fn corpus(seed: u64, rows: usize, bulk_mb: usize) -> (tempfile::TempDir, Truth) {
    let dir = tempfile::tempdir().unwrap();
    let truth = generate(
        dir.path(),
        &Options {
            seed,
            rows,
            bulk_mb,
        },
    )
    .unwrap();
    (dir, truth)
}

fn all_files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

#[test]
fn same_seed_same_bytes() {
    let (a, ta) = corpus(7, 300, 1);
    let (b, tb) = corpus(7, 300, 1);
    assert_eq!(ta, tb);
    assert_eq!(read_truth(a.path()).unwrap(), ta);
    let (fa, fb) = (all_files(a.path()), all_files(b.path()));
    assert_eq!(fa.len(), 10, "{:?}", fa.keys().collect::<Vec<_>>());
    assert_eq!(fa, fb);
    let (c, _) = corpus(8, 300, 0);
    let fc = all_files(c.path());
    assert_eq!(fc.len(), 9);
    assert_ne!(fa["hr/nhan_vien.csv"], fc["hr/nhan_vien.csv"]);
}

fn decode(bytes: &[u8], t: &FileTruth) -> String {
    match t.encoding {
        Encoding::Utf8 if t.bom => {
            String::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap().to_vec()).unwrap()
        }
        Encoding::Utf8 => String::from_utf8(bytes.to_vec()).unwrap(),
        Encoding::Utf16Le => {
            assert!(bytes.starts_with(&[0xFF, 0xFE]));
            let (text, _, malformed) = encoding_rs::UTF_16LE.decode(bytes);
            assert!(!malformed);
            text.into_owned()
        }
        Encoding::Windows1258 => {
            let (text, malformed) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
            assert!(!malformed);
            text.nfc().collect()
        }
    }
}

/// A plain reader of delimited text (quotes doubled inside quoted cells).
fn parse_delimited(text: &str, delimiter: char) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c if quoted => cell.push(c),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            c if c == delimiter => row.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    assert!(
        row.is_empty() && cell.is_empty(),
        "the file ends with a newline"
    );
    rows
}

/// Counts values per path, written apart from the generator's own walker.
fn walk(v: &Value, path: String, out: &mut BTreeMap<String, u64>) {
    match v {
        Value::Object(m) => m.iter().for_each(|(k, x)| {
            walk(
                x,
                if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                },
                out,
            )
        }),
        Value::Array(xs) => xs.iter().for_each(|x| walk(x, path.clone(), out)),
        Value::Null => {}
        Value::String(s) if s.is_empty() => {}
        _ => *out.entry(path).or_default() += 1,
    }
}

/// Every table cell and JSON value of a corpus, by detector.
fn values_by_detector(dir: &Path, truth: &Truth) -> BTreeMap<Detector, Vec<String>> {
    let mut out: BTreeMap<Detector, Vec<String>> = BTreeMap::new();
    for t in &truth.files {
        let bytes = std::fs::read(dir.join(&t.file)).unwrap();
        match t.format {
            Format::Csv | Format::Tsv => {
                let rows = parse_delimited(&decode(&bytes, t), t.delimiter.unwrap());
                for row in &rows[1..] {
                    for (cell, col) in row.iter().zip(&t.columns) {
                        if let (Some(d), false) = (col.detector, cell.is_empty()) {
                            out.entry(d).or_default().push(cell.clone());
                        }
                    }
                }
            }
            Format::Json | Format::Ndjson => {
                let text = String::from_utf8(bytes).unwrap();
                let docs: Vec<Value> = if t.format == Format::Json {
                    vec![serde_json::from_str(&text).unwrap()]
                } else {
                    text.lines()
                        .map(|l| serde_json::from_str(l).unwrap())
                        .collect()
                };
                for f in t.fields.iter().filter(|f| f.detector.is_some()) {
                    fn collect(v: &Value, keys: &[&str], out: &mut Vec<String>) {
                        match (v, keys.split_first()) {
                            (Value::Array(xs), _) => xs.iter().for_each(|x| collect(x, keys, out)),
                            (Value::String(s), None) if !s.is_empty() => out.push(s.clone()),
                            (Value::Object(m), Some((k, rest))) => {
                                if let Some(x) = m.get(*k) {
                                    collect(x, rest, out)
                                }
                            }
                            _ => {}
                        }
                    }
                    let keys: Vec<&str> = f.field.split('.').collect();
                    let list = out.entry(f.detector.unwrap()).or_default();
                    docs.iter().for_each(|d| collect(d, &keys, list));
                }
            }
            Format::Text => {}
        }
    }
    out
}

#[test]
fn truth_matches_contents() {
    let (dir, truth) = corpus(3, 400, 1);
    assert_eq!(truth.files.len(), 9);
    for t in &truth.files {
        let bytes = std::fs::read(dir.path().join(&t.file)).unwrap();
        match t.format {
            Format::Csv | Format::Tsv => {
                let rows = parse_delimited(&decode(&bytes, t), t.delimiter.unwrap());
                let header: Vec<&str> = t.columns.iter().map(|c| c.column.as_str()).collect();
                assert_eq!(rows[0], header, "{}", t.file);
                assert_eq!(rows.len() - 1, t.rows.unwrap(), "{}", t.file);
                for (i, col) in t.columns.iter().enumerate() {
                    let n = rows[1..].iter().filter(|r| !r[i].is_empty()).count() as u64;
                    assert_eq!(n, col.values, "{} [{}]", t.file, col.column);
                    assert!(n > 0, "{} [{}] is empty", t.file, col.column);
                    assert_eq!(
                        rows[1..].iter().filter(|r| r.len() != header.len()).count(),
                        0
                    );
                }
            }
            Format::Json | Format::Ndjson => {
                let text = String::from_utf8(bytes).unwrap();
                let mut counts = BTreeMap::new();
                if t.format == Format::Json {
                    let doc: Value = serde_json::from_str(&text).unwrap();
                    assert_eq!(doc.as_array().unwrap().len(), t.rows.unwrap());
                    walk(&doc, String::new(), &mut counts);
                } else {
                    assert_eq!(text.lines().count(), t.rows.unwrap());
                    for line in text.lines() {
                        walk(
                            &serde_json::from_str(line).unwrap(),
                            String::new(),
                            &mut counts,
                        );
                    }
                }
                let truth: BTreeMap<String, u64> = t
                    .fields
                    .iter()
                    .map(|f| (f.field.clone(), f.values))
                    .collect();
                assert_eq!(counts, truth, "{}", t.file);
            }
            Format::Text => {
                let text = String::from_utf8(bytes).unwrap();
                assert_eq!(text.lines().count(), t.rows.unwrap());
                let at = text.matches('@').count() as u64;
                assert_eq!(at, t.mentions["email"]);
                assert!(text.lines().filter(|l| !l.contains('@')).count() > 10);
            }
        }
    }
    let bulk = std::fs::metadata(dir.path().join("bulk/giao_dich.csv"))
        .unwrap()
        .len();
    assert!((1 << 20..(1 << 20) + 1000).contains(&bulk), "{bulk}");
    // Personal values sit in every table beside decoys.
    for t in truth.files.iter().filter(|t| !t.columns.is_empty()) {
        assert!(t.columns.iter().any(|c| c.detector.is_none()), "{}", t.file);
        assert!(t.columns.iter().any(|c| c.detector.is_some()), "{}", t.file);
    }
}

fn digits_only(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn cccd_ok(s: &str) -> bool {
    const CODES: &str = "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 \
        030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 \
        064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096";
    let b = s.as_bytes();
    if s.len() != 12 || !b.iter().all(u8::is_ascii_digit) || !CODES.split(' ').any(|c| c == &s[..3])
    {
        return false;
    }
    let d4 = u32::from(b[3] - b'0');
    let year = (19 + d4 / 2) * 100 + s[4..6].parse::<u32>().unwrap();
    d4 <= 3 && (1940..=2007).contains(&year)
}

fn tax_ok(s: &str) -> bool {
    let base = match s.split_once('-') {
        Some((b, branch)) => {
            if branch.len() != 3 || branch == "000" || !branch.bytes().all(|c| c.is_ascii_digit()) {
                return false;
            }
            b
        }
        None => s,
    };
    let d: Vec<u32> = base.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 10 || base.len() != 10 {
        return false;
    }
    let w = [31, 29, 23, 19, 17, 13, 7, 5, 3];
    let r = d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11;
    r != 0 && d[9] == (10 - r) % 10
}

fn luhn_ok(s: &str) -> bool {
    let d = digits_only(s);
    let sum: u32 = d
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let x = c.to_digit(10).unwrap() * if i % 2 == 1 { 2 } else { 1 };
            x / 10 + x % 10
        })
        .sum();
    d.len() == 16
        && sum.is_multiple_of(10)
        && (d.starts_with('4') || d.starts_with("9704") || ("51".."56").contains(&&d[..2]))
}

fn phone_ok(s: &str) -> bool {
    let d = digits_only(s);
    let national = if s.starts_with("+84") || (s.starts_with("84") && d.len() == 11) {
        format!("0{}", &d[2..])
    } else {
        d
    };
    let mobile = [
        "32", "33", "34", "35", "36", "37", "38", "39", "52", "56", "58", "59", "70", "76", "77",
        "78", "79", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93",
        "94", "96", "97", "98", "99",
    ];
    (national.len() == 10 && mobile.contains(&&national[1..3]))
        || (national.len() == 11 && ["024", "028", "023"].contains(&&national[..3]))
}

#[test]
fn values_are_valid() {
    let (dir, truth) = corpus(11, 1500, 0);
    let values = values_by_detector(dir.path(), &truth);
    let check = |d: Detector, ok: &dyn Fn(&str) -> bool| {
        let vs = &values[&d];
        assert!(vs.len() > 100, "{d:?}");
        for v in vs {
            assert!(ok(v), "{d:?}: {v}");
        }
    };
    check(Detector::Cccd, &cccd_ok);
    check(Detector::TaxCode, &tax_ok);
    check(Detector::PaymentCard, &luhn_ok);
    check(Detector::Phone, &phone_ok);
    check(Detector::Cmnd, &|s| {
        s.len() == 9 && digits_only(s) == s && s.chars().any(|c| !s.starts_with(c))
    });
    check(Detector::Passport, &|s| {
        s.len() == 8 && s.as_bytes()[0].is_ascii_uppercase() && digits_only(s).len() == 7
    });
    check(Detector::SocialInsurance, &|s| {
        s.len() == 10 && digits_only(s) == s
    });
    check(Detector::DrivingLicence, &|s| {
        s.len() == 12 && digits_only(s) == s && !s.starts_with('0')
    });
    check(Detector::BankAccount, &|s| {
        (8..=14).contains(&s.len()) && digits_only(s) == s
    });
    check(Detector::HealthInsuranceCard, &|s| {
        let b = s.as_bytes();
        s.len() == 15
            && ["DN", "HC", "HT", "GD", "TE", "CN", "HS", "SV"].contains(&&s[..2])
            && (b'1'..=b'5').contains(&b[2])
            && b[3..].iter().all(u8::is_ascii_digit)
    });
    check(Detector::Geolocation, &|s| {
        let (lat, lon) = s.split_once(',').unwrap();
        let (lat, lon): (f64, f64) = (lat.trim().parse().unwrap(), lon.trim().parse().unwrap());
        (8.1..=23.4).contains(&lat) && (102.1..=109.5).contains(&lon)
    });
    check(Detector::DateOfBirth, &|s| {
        let year: u32 = if s.contains('/') {
            s[6..].parse().unwrap()
        } else {
            s[..4].parse().unwrap()
        };
        (1940..=2007).contains(&year)
    });
    check(Detector::Email, &|s| {
        s.split_once('@')
            .is_some_and(|(l, d)| !l.is_empty() && d.contains('.'))
    });
    check(Detector::LicencePlate, &|s| {
        s[..2].parse::<u32>().is_ok_and(|c| (11..=99).contains(&c))
    });
    check(Detector::PersonName, &|s| {
        (2..=4).contains(&s.split(' ').count())
    });
    // Names come in several forms, a few decomposed.
    let names = &values[&Detector::PersonName];
    assert!(names.iter().any(|n| n.nfc().collect::<String>() != *n));
    assert!(names.iter().any(|n| n.is_ascii()));
    assert!(names.iter().any(|n| n.to_uppercase() == *n));
    // Windows-1258 CCCDs were checked above through the legacy file; 84-prefixed phones appear.
    assert!(
        values[&Detector::Phone]
            .iter()
            .any(|p| p.starts_with("+84"))
    );
    assert!(values[&Detector::TaxCode].iter().any(|p| p.contains('-')));
}

#[test]
fn legacy_encodings_round_trip() {
    for table in tables().iter().filter(|t| t.encoding != Encoding::Utf8) {
        let (text, truth) = render_table(table, 5, 300);
        let bytes = encode(&text, table.encoding, table.bom, table.file).unwrap();
        assert_eq!(decode(&bytes, &truth), text, "{}", table.file);
        if table.encoding == Encoding::Windows1258 {
            assert!(text.contains("Nguyễn") && !text.is_ascii());
            // Tone marks are written as combining characters (0xCC grave, 0xEC acute, 0xD2
            // hook, 0xDE tilde, 0xF2 dot below).
            assert!(bytes.contains(&0xF2) && bytes.contains(&0xDE));
        }
    }
    let sample = "Nguyễn Thị Ngọc Ánh, Phường Phạm Đình Hổ, Bà Rịa – Vũng Tàu, Ê Đê, H'Mông, ỨNG";
    let bytes = encode(sample, Encoding::Windows1258, false, "x").unwrap();
    let (back, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(&bytes);
    assert_eq!(back.nfc().collect::<String>(), sample);
    assert!(cp1258_form("ệ").starts_with('ê'));
    assert!(encode("漢", Encoding::Windows1258, false, "x").is_err());
}

#[test]
fn folding_and_text() {
    assert_eq!(fold("Đặng Thị Ngọc Ánh"), "Dang Thi Ngoc Anh");
    let (text, truth) = notes_text(2, 400);
    assert_eq!(text.lines().count(), 400);
    for d in [
        "vn.phone",
        "email",
        "vn.cccd",
        "person_name",
        "vn.address",
        "payment_card",
        "vn.tax_code",
        "vn.bank_account",
        "vn.cmnd",
        "vn.passport",
        "ip_address",
    ] {
        assert!(truth.mentions.get(d).is_some_and(|&n| n > 5), "{d}");
    }
    assert!(text.contains("MST ") && text.contains("STK ") && text.contains("CMND số"));
}

#[test]
fn evaluate_counts_per_location() {
    let truth: Truth = serde_json::from_value(json!({
        "seed": 1,
        "files": [
            {"file": "hr/a.csv", "format": "csv", "encoding": "utf-8", "delimiter": ",", "rows": 100, "columns": [
                {"column": "Họ và tên", "detector": "person_name", "values": 100},
                {"column": "Số CCCD", "detector": "vn.cccd", "values": 50},
                {"column": "Mã đơn", "detector": null, "values": 100},
            ]},
            {"file": "app/e.ndjson", "format": "ndjson", "encoding": "utf-8", "rows": 10, "fields": [
                {"field": "user.email", "detector": "email", "values": 10},
            ]},
            {"file": "notes/t.txt", "format": "text", "encoding": "utf-8", "mentions": {"vn.phone": 10, "email": 5}},
        ]
    }))
    .unwrap();
    let f = |file: &str, column: Option<&str>, field: Option<&str>, detector: &str, count: u64| {
        json!({"source": "corpus", "location": {"file": file, "column": column, "field": field},
               "detector": detector, "category": "basic", "count": count, "samples": []})
    };
    let nfd_header: String = "Họ và tên".nfd().collect();
    let report = json!({"regime": "nd356", "sources": ["corpus"], "errors": [{"message": "x"}], "findings": [
        f("/tmp/x/corpus/hr/a.csv", Some(&nfd_header), None, "person_name", 90),
        f("corpus/hr/a.csv", Some("Số CCCD"), None, "vn.cccd", 60),
        f("corpus/hr/a.csv", Some("Số CCCD"), None, "vn.phone", 3),
        f("hr/a.csv", Some("Mã đơn"), None, "vn.cmnd", 100),
        f("xhr/a.csv", Some("Họ và tên"), None, "person_name", 5),
        f("hr/a.csv", Some("Không có"), None, "email", 2),
        f("corpus\\app\\e.ndjson", None, Some("user.email"), "email", 4),
        f("notes/t.txt", None, None, "vn.phone", 12),
        f("notes/t.txt", None, None, "email", 3),
        f("corpus/truth.json", None, Some("files.columns.column"), "person_name", 7),
    ]});
    let e = evaluate(&truth, &report);
    let s = |tp, fp, fn_| Score { tp, fp, fn_ };
    assert_eq!(e.detector(Detector::PersonName), s(90, 5, 10));
    assert_eq!(e.detector(Detector::Cccd), s(50, 0, 0));
    assert_eq!(e.detector(Detector::Phone), s(10, 5, 0));
    assert_eq!(e.detector(Detector::Cmnd), s(0, 100, 0));
    assert_eq!(e.detector(Detector::Email), s(7, 2, 8));
    assert_eq!(e.group(Group::Structured), s(67, 107, 8));
    assert_eq!(e.group(Group::NamesAddresses), s(90, 5, 10));
    assert_eq!(e.report_errors(), 1);
    assert!(!e.meets_targets());
    let ids: Vec<&str> = e.detectors().iter().map(|d| d.detector.as_str()).collect();
    assert_eq!(
        ids,
        ["vn.cccd", "vn.cmnd", "vn.phone", "email", "person_name"]
    );
    let table = e.to_string();
    assert!(
        table.contains("structured identifiers") && table.contains("BELOW TARGET"),
        "{table}"
    );
    assert!(
        table.contains("hr/a.csv [Mã đơn] expected nothing x100: reported vn.cmnd 100"),
        "{table}"
    );
    // A perfect report of a generated corpus meets every target.
    let (_dir, truth) = corpus(4, 50, 0);
    let mut findings = Vec::new();
    for t in &truth.files {
        for c in t.columns.iter().filter(|c| c.detector.is_some()) {
            findings.push(f(
                &t.file,
                Some(&c.column),
                None,
                c.detector.unwrap().id(),
                c.values,
            ));
        }
        for c in t.fields.iter().filter(|c| c.detector.is_some()) {
            findings.push(f(
                &t.file,
                None,
                Some(&c.field),
                c.detector.unwrap().id(),
                c.values,
            ));
        }
        for (d, &n) in &t.mentions {
            findings.push(f(&t.file, None, None, d, n));
        }
    }
    let e = evaluate(&truth, &json!({"findings": findings}));
    assert!(e.meets_targets() && e.issues().is_empty(), "{e}");
    assert_eq!(
        e.group(Group::Structured).fp + e.group(Group::Structured).fn_,
        0
    );
    let empty = evaluate(&truth, &json!({}));
    assert_eq!(empty.group(Group::NamesAddresses).recall(), 0.0);
}
