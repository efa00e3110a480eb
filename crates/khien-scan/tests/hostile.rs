//! Hostile files: each is reported as that file's error and the scan goes on, within bounded
//! memory (the process's peak resident memory stays under 1 GiB; this test runs alone in its
//! binary so that the peak is the scan's).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use khien_scan::Options;

const PEOPLE: &str = "Họ và tên,Số CCCD,Số điện thoại\nNguyễn Văn An,001203012345,0912345678\n";

fn zip_with(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        z.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// A ZIP whose one entry is `mib` MiB of zeros: a bomb of ratio about 1 000.
fn zip_bomb(mib: usize) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    z.start_file("du-lieu.csv", zip::write::SimpleFileOptions::default())
        .unwrap();
    let block = vec![b'0'; 1 << 20];
    for _ in 0..mib {
        z.write_all(&block).unwrap();
    }
    z.finish().unwrap().into_inner()
}

fn peak_rss_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

#[tokio::test]
async fn hostile_files_are_errors_and_the_scan_goes_on() {
    let d = tempfile::tempdir().unwrap();
    let p = |n: &str| d.path().join(n);
    std::fs::write(p("a-good.csv"), PEOPLE).unwrap();
    // JSON nested 100 000 deep.
    std::fs::write(p("deep.json"), "[".repeat(100_000)).unwrap();
    // One line of a million columns.
    let mut wide = "a,".repeat(1_000_000);
    wide.push('\n');
    wide.push_str(&"0912345678,".repeat(1_000_000));
    std::fs::write(p("million-columns.csv"), wide).unwrap();
    // A 300 MB line, written in pieces.
    {
        let mut f = std::fs::File::create(p("long-line.txt")).unwrap();
        let block = vec![b'x'; 1 << 20];
        for _ in 0..300 {
            f.write_all(&block).unwrap();
        }
    }
    // A ZIP bomb, and ZIPs nested deeper than the scan reads.
    std::fs::write(p("bomb.zip"), zip_bomb(64)).unwrap();
    let mut nested = zip_with(&[("danh-sach.csv", PEOPLE.as_bytes())]);
    for k in 0..6 {
        nested = zip_with(&[(&format!("lop-{k}.zip"), &nested)]);
    }
    std::fs::write(p("nested.zip"), nested).unwrap();
    // An XLSX declaring the whole grid (a cell at A1 and one at XFD1048576).
    {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        ws.write_string(0, 0, "Họ và tên").unwrap();
        ws.write_string(1, 0, "Nguyễn Văn An").unwrap();
        ws.write_string(1_048_575, 16_383, "x").unwrap();
        wb.save(p("dimension-bomb.xlsx")).unwrap();
    }
    // Broken files of every binary format.
    std::fs::write(p("broken.parquet"), b"PAR1\x00\x00garbage\x00PAR1").unwrap();
    std::fs::write(p("broken.pdf"), b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF").unwrap();
    let docx = zip_with(&[(
        "word/document.xml",
        b"<w:document><w:body><w:p><w:r><w:t>Nguy",
    )]);
    std::fs::write(p("broken.docx"), &docx[..docx.len() - 7]).unwrap();
    std::fs::write(
        p("broken.xlsx"),
        b"PK\x03\x04\x14\x00\x00\x00 not a workbook",
    )
    .unwrap();
    std::fs::write(p("not-really.odt"), b"PK\x05\x06").unwrap();
    std::fs::write(p("truncated.rtf"), b"{\\rtf1\\ansi{{{{{{{{{{{{").unwrap();
    std::fs::write(p("empty.eml"), b"").unwrap();
    // A quote never closed: one CSV record would be the whole file.
    {
        let mut f = std::fs::File::create(p("unclosed-quote.csv")).unwrap();
        f.write_all(b"Ho ten,Ghi chu\nNguyen Van An,\"").unwrap();
        let line = vec![b'y'; 99];
        for _ in 0..200_000 {
            f.write_all(&line).unwrap();
            f.write_all(b"\n").unwrap();
        }
    }
    // Ten thousand one-row tables in a log: the fields stay capped for the whole file.
    {
        let mut log = String::new();
        for k in 0..10_000 {
            log.push_str(&format!("x{k}\ty{k}\nmột dòng không có tab\n"));
        }
        std::fs::write(p("many-tables.log"), log).unwrap();
    }
    // A JSON document keyed by ID numbers: the keys never reach the report.
    std::fs::write(
        p("by-id.json"),
        r#"{"079061001234": {"ho_ten": "Nguyễn Văn An"}, "001203012345": {"ho_ten": "Trần Thị Bình"}}"#,
    )
    .unwrap();

    let mut o = Options::new(2026);
    o.threads = 2;
    let r = khien_scan::scan(
        vec![d.path().display().to_string()],
        o,
        Arc::new(khien_scan::NoProgress),
        Arc::new(AtomicBool::new(false)),
    )
    .await
    .unwrap();
    let errors: Vec<(String, String)> = r
        .errors
        .iter()
        .map(|e| {
            let f = e.file.clone().unwrap();
            let f = f
                .strip_prefix(&format!("{}/", d.path().display()))
                .unwrap_or(&f)
                .to_owned();
            (f, e.message.clone())
        })
        .collect();
    let message = |n: &str| {
        errors
            .iter()
            .find(|(f, _)| f == n)
            .map(|(_, m)| m.clone())
            .unwrap_or_else(|| panic!("no error for {n}: {errors:#?}"))
    };
    assert!(
        message("deep.json").contains("recursion limit"),
        "{}",
        message("deep.json")
    );
    assert!(message("million-columns.csv").contains("4096 columns"));
    assert!(message("long-line.txt").contains("longer than 16 MiB"));
    assert!(
        message("bomb.zip").contains("ZIP bomb"),
        "{}",
        message("bomb.zip")
    );
    let deep = errors
        .iter()
        .find(|(f, _)| f.starts_with("nested.zip!/") && f.matches("!/").count() == 5)
        .unwrap_or_else(|| panic!("{errors:#?}"));
    assert!(deep.1.contains("more than 4 deep"), "{deep:?}");
    assert!(
        message("unclosed-quote.csv").contains("a record longer than"),
        "{}",
        message("unclosed-quote.csv")
    );
    assert!(
        message("many-tables.log").contains("distinct fields"),
        "{}",
        message("many-tables.log")
    );
    let json = serde_json::to_string(&r).unwrap();
    assert!(
        !json.contains("079061001234") && json.contains("\"*.ho_ten\""),
        "{json}"
    );
    for f in [
        "broken.parquet",
        "broken.pdf",
        "broken.docx",
        "broken.xlsx",
        "not-really.odt",
        "empty.eml",
    ] {
        message(f);
    }
    // The dimension bomb is read: its real cells, not its declared grid.
    let found = |file: &str, det: &str| {
        r.findings.iter().any(|f| {
            f.location
                .file
                .as_deref()
                .is_some_and(|x| x.ends_with(file))
                && f.detector == det
        })
    };
    assert!(
        found("dimension-bomb.xlsx", "person_name"),
        "{:#?}",
        r.findings
    );
    assert!(found("a-good.csv", "vn.cccd"));
    // What the nested archives hold within the bound is read.
    assert!(!r.units.is_empty());
    // No error repeats a value from the files.
    for (_, m) in &errors {
        assert!(!m.contains("Nguy") && !m.contains("0912"), "{m}");
    }
    if let Some(kib) = peak_rss_kib() {
        assert!(kib < 1 << 20, "peak resident memory {} MiB", kib >> 10);
        println!("peak resident memory: {} MiB", kib >> 10);
    }
}
