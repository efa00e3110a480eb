//! `khien scan` through the binary: the JSON contract, the other formats, and the catalogue
//! write with `--database`.

use std::process::Command;

use crate::harness::*;

const PEOPLE: &str = "ho_ten,so_cccd,sdt,dan_toc,ma_don_hang\n\
Nguyễn Văn An,001203012345,0912345678,Kinh,202501151230\n\
Trần Thị Bình,038190004567,0987654321,Tày,202501151231\n";

fn corpus() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join("hr")).unwrap();
    std::fs::write(d.path().join("hr/nhan_vien.csv"), PEOPLE).unwrap();
    std::fs::write(
        d.path().join("hr/ghi_chu.txt"),
        "Không có dữ liệu cá nhân ở đây.\n",
    )
    .unwrap();
    d
}

#[test]
fn json_contract_without_a_registry() {
    let d = corpus();
    let data = tempfile::tempdir().unwrap();
    let src = d.path().to_str().unwrap();
    let out = Command::new(BIN)
        .args(["scan", src, "--format", "json", "--sample-rows", "10"])
        .env_remove("KHIEN_DATABASE_URL")
        .env("KHIEN_DATA_DIR", data.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["regime"], "law-91-2025");
    assert_eq!(v["sources"][0]["source"], src);
    let f = v["findings"].as_array().unwrap();
    let cccd = f.iter().find(|x| x["detector"] == "vn.cccd").unwrap();
    assert_eq!(cccd["source"], src);
    assert!(
        cccd["location"]["file"]
            .as_str()
            .unwrap()
            .ends_with("hr/nhan_vien.csv")
    );
    assert_eq!(cccd["location"]["column"], "so_cccd");
    assert_eq!(cccd["count"], 2);
    assert_eq!(cccd["category"], "basic");
    assert!(
        f.iter()
            .any(|x| x["detector"] == "ethnicity" && x["category"] == "sensitive")
    );
    assert!(!f.iter().any(|x| x["location"]["column"] == "ma_don_hang"));
    assert_eq!(v["errors"], serde_json::json!([]));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("001203012345") && !text.contains("Nguyễn Văn An"));
    // No registry without --database.
    assert_eq!(std::fs::read_dir(data.path()).unwrap().count(), 0);

    let old = Command::new(BIN)
        .args([
            "scan",
            src,
            "--format",
            "json",
            "--regime",
            "decree-13-2023",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&old.stdout).unwrap();
    assert_eq!(v["regime"], "decree-13-2023");
    assert!(v["findings"].as_array().unwrap().iter().all(|x| {
        x["legal_basis"]
            .as_str()
            .unwrap()
            .starts_with("Decree 13/2023")
    }));

    let bad = Command::new(BIN)
        .args(["scan", src, "--regime", "gdpr"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown regime"));
}

#[test]
fn other_formats_and_the_report_file() {
    let d = corpus();
    let src = d.path().to_str().unwrap();
    let report = d.path().join("bao_cao.md");
    let csv = Command::new(BIN)
        .args([
            "scan",
            src,
            "--format",
            "csv",
            "--report",
            report.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(csv.status.success());
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with(
        "source,file,table,column,field,detector,category,legal_basis,count,confidence,samples"
    ));
    assert!(
        csv.contains(",so_cccd,,vn.cccd,basic,Decree 356/2025 Art. 3(7),2,"),
        "{csv}"
    );
    let md = std::fs::read_to_string(&report).unwrap();
    assert!(
        md.contains("# BÁO CÁO Kết quả rà soát, phân loại dữ liệu cá nhân đã thu thập, xử lý"),
        "{md}"
    );
    // Without a registry, who reports to whom is left to complete.
    assert!(md.contains("Kính gửi: ……………"), "{md}");
    assert!(
        md.contains("Dữ liệu cá nhân nhạy cảm (bản ghi gắn danh tính với dữ liệu nhạy cảm)"),
        "{md}"
    );
    assert!(md.contains("Điều 3, Điều 4 khoản 1 Nghị định 165/2025"));
    let table = Command::new(BIN).args(["scan", src]).output().unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(
        table.contains("Số định danh cá nhân (CCCD)") && table.contains("0012******45"),
        "{table}"
    );
    // The table is read by people: the article in Vietnamese, as the classification report
    // cites it (the CSV and JSON keep the stable English form).
    assert!(
        table.contains("khoản 7 Điều 3 Nghị định 356/2025") && !table.contains("Art."),
        "{table}"
    );
}

#[test]
fn database_flag_fills_the_catalogue_once() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@example.vn", "company");
    let d = corpus();
    let src = d.path().to_str().unwrap();
    let out = reg.cli_raw(&["scan", src, "--format", "json"], &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("2 tài sản mới"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let assets = reg.cli_json(&["asset", "list", "--org", &org], &[]);
    let assets = assets.as_array().unwrap();
    assert_eq!(
        assets.len(),
        2,
        "the directory and the one file with personal data: {assets:?}"
    );
    let file = assets
        .iter()
        .find(|a| a["name"].as_str().unwrap().ends_with("nhan_vien.csv"))
        .unwrap();
    assert_eq!(file["kind"], "file");
    assert_eq!(file["classification"]["personal_data"], "sensitive");
    assert_eq!(file["record_count"], 2);
    // Scanning again updates the same assets; the report names the organisation of the
    // registry, and is written as PDF or DOCX by its extension.
    // Written outside the scanned directory: the scanner reads PDF and DOCX, and the report
    // names the organisation's contact.
    let out_dir = tempfile::tempdir().unwrap();
    let pdf = out_dir.path().join("bao_cao.pdf");
    let docx = out_dir.path().join("bao_cao.docx");
    for path in [&pdf, &docx] {
        let out = reg.cli_raw(
            &[
                "scan",
                src,
                "--format",
                "markdown",
                "--report",
                path.to_str().unwrap(),
            ],
            &[],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let md = String::from_utf8_lossy(&out.stdout);
        assert!(md.contains("**Công ty Ví Dụ**"), "{md}");
    }
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK"));
    let again = reg.cli_raw(&["scan", src, "--format", "json"], &[]);
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("0 tài sản mới (new), 2 cập nhật"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(
        reg.cli_json(&["asset", "list", "--org", &org], &[])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

/// Two `khien scan-worker` processes share a scan queued on NATS JetStream, and the report is
/// the one a scan on this machine gives. Runs when KHIEN_TEST_NATS_URL names a server with
/// JetStream (`.ci/run` starts one).
#[test]
fn two_workers_share_a_scan_over_jetstream() {
    let Ok(url) = std::env::var("KHIEN_TEST_NATS_URL") else {
        eprintln!("KHIEN_TEST_NATS_URL not set: skipped");
        return;
    };
    let d = corpus();
    for k in 0..12 {
        std::fs::write(
            d.path().join(format!("hr/nhan_vien_{k}.csv")),
            PEOPLE.replace("Nguyễn Văn An", &format!("Nguyễn Văn An{k}")),
        )
        .unwrap();
    }
    let src = d.path().to_str().unwrap();
    use std::io::BufRead;
    let mut workers = Vec::new();
    let mut readers = Vec::new();
    for _ in 0..2 {
        let mut w = Command::new(BIN)
            .args(["scan-worker", "--threads", "1", "--queue", &url])
            .env("KHIEN_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut err = std::io::BufReader::new(w.stderr.take().unwrap());
        // Wait until the worker listens.
        let mut line = String::new();
        while err.read_line(&mut line).unwrap() > 0 && !line.contains("waiting for files") {
            line.clear();
        }
        readers.push(std::thread::spawn(move || {
            err.lines().map_while(Result::ok).collect::<Vec<_>>()
        }));
        workers.push(w);
    }
    let shared = Command::new(BIN)
        .args(["scan", src, "--format", "json", "--quiet", "--queue", &url])
        .output()
        .unwrap();
    for w in &mut workers {
        let _ = w.kill();
        let _ = w.wait();
    }
    let logs: Vec<Vec<String>> = readers.into_iter().map(|r| r.join().unwrap()).collect();
    assert!(
        shared.status.success(),
        "{}",
        String::from_utf8_lossy(&shared.stderr)
    );
    let local = Command::new(BIN)
        .args(["scan", src, "--format", "json", "--quiet"])
        .output()
        .unwrap();
    let shared: serde_json::Value = serde_json::from_slice(&shared.stdout).unwrap();
    let local: serde_json::Value = serde_json::from_slice(&local.stdout).unwrap();
    assert_eq!(shared, local);
    // Every file was read once by one of the workers (each takes one job at a time).
    let read: Vec<&String> = logs
        .iter()
        .flatten()
        .filter(|l| l.contains(".csv") || l.contains(".txt"))
        .collect();
    assert_eq!(read.len(), 14, "{logs:?}");
    assert!(
        logs.iter().all(|l| l.iter().any(|x| x.contains(".csv"))),
        "one worker read nothing: {logs:?}"
    );
}

/// Through the binary, a PDF is read by `khien scan-isolated` (a process of its own) and its
/// findings come back into the report.
#[test]
fn pdf_read_in_a_process_of_its_own() {
    let d = tempfile::tempdir().unwrap();
    let content = "BT /F1 12 Tf 72 720 Td (Email an.nv@gmail.com, so dien thoai 0912345678.) Tj ET";
    let objs = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).bytes());
    for o in offsets {
        pdf.extend(format!("{o:010} 00000 n \n").bytes());
    }
    pdf.extend(format!("trailer << /Size 6 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").bytes());
    std::fs::write(d.path().join("khach.pdf"), pdf).unwrap();
    let out = Command::new(BIN)
        .args([
            "scan",
            d.path().to_str().unwrap(),
            "--format",
            "json",
            "--quiet",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let detectors: Vec<&str> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["detector"].as_str().unwrap())
        .collect();
    assert!(
        detectors.contains(&"email") && detectors.contains(&"vn.phone"),
        "{r}"
    );
    assert_eq!(r["errors"], serde_json::json!([]));
}
