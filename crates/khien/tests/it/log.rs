//! The processing log end to end: appends through the CLI survive `kill -9`, the server serves
//! C2SP tiles and records registry changes, and Go's independent implementation
//! (golang.org/x/mod/sumdb/tlog and note) verifies what Khiên publishes.

use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Command, Stdio};

use serde_json::{Value, json};

use crate::harness::*;

const ORG: &str = "6f0d5e6a-3c1b-4c8e-9a55-2f1d7c0b9e11";

fn event(i: u64) -> String {
    format!(
        r#"{{"org_id":"{ORG}","actor":{{"kind":"system","id":"crm"}},"action":"access","details":{{"line":{i}}}}}"#
    )
}

/// The entry of `index`, read back through an offline receipt checked with the public key.
fn entry_line(reg: &Registry, key: &str, index: u64) -> u64 {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.tlog-proof");
    reg.cli(
        &[
            "log",
            "proof",
            &index.to_string(),
            "--out",
            file.to_str().unwrap(),
        ],
        &[],
    );
    let out = reg.cli(
        &[
            "log",
            "verify-receipt",
            file.to_str().unwrap(),
            "--key",
            key,
        ],
        &[],
    );
    let json_line = out.lines().last().unwrap();
    let v: Value = serde_json::from_str(json_line).unwrap();
    v["details"]["line"].as_u64().unwrap()
}

fn size(reg: &Registry) -> u64 {
    reg.cli(&["log", "checkpoint"], &[])
        .lines()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn acknowledged_appends_survive_kill_9() {
    let reg = Registry::sqlite();
    let key = reg.cli(&["log", "public-key"], &[]).trim().to_owned();
    let mut line = 0u64;
    let mut acked: Vec<(u64, u64)> = Vec::new(); // (index, line)
    // Three rounds on the same database: each killed mid-stream after some acknowledgements.
    for (round, kill_after) in [(0, 300usize), (1, 2_000), (2, 5_000)] {
        let mut child = Command::new(BIN)
            .args(["--database", &reg.url, "log", "append"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let first_line = line;
        // A writer that never stops on its own: the kill ends it.
        let writer = std::thread::spawn(move || {
            let mut i = first_line;
            loop {
                if writeln!(stdin, "{}", event(i)).is_err() {
                    return;
                }
                i += 1;
            }
        });
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut seen = 0usize;
        let mut got = String::new();
        while seen < kill_after {
            got.clear();
            assert!(
                out.read_line(&mut got).unwrap() > 0,
                "round {round}: append ended early"
            );
            let index: u64 = got.trim().parse().unwrap();
            // Lines are numbered from `first_line`; indexes continue the log.
            acked.push((index, line));
            line += 1;
            seen += 1;
        }
        child.kill().unwrap(); // SIGKILL: no cleanup of any kind
        child.wait().unwrap();
        writer.join().unwrap();
        // Lines written but not acknowledged may or may not be in the log: the next round
        // numbers its lines after everything written so far would be ambiguous, so continue
        // numbering from the log's size.
        line = line.max(size(&reg));
    }
    // Every acknowledged entry is there, at its index, with its content.
    let n = size(&reg);
    assert!(n >= acked.len() as u64);
    let verify = reg.cli(&["log", "verify"], &[]);
    assert!(verify.contains("OK"), "{verify}");
    let last = acked.len() - 1;
    for k in [0, 1, 299, 300, 1_000, 2_299, 2_300, 5_000, last] {
        let (index, want) = acked[k];
        assert_eq!(
            entry_line(&reg, &key, index),
            want,
            "acknowledged entry {index}"
        );
    }
    // Indexes were handed out densely and in order.
    for w in acked.windows(2) {
        assert!(w[1].0 > w[0].0);
    }
}

#[test]
fn append_reports_bad_lines_and_writes_the_good_ones() {
    let reg = Registry::sqlite();
    let mut child = Command::new(BIN)
        .args(["--database", &reg.url, "log", "append"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = format!(
        "{}\n{{not json\n\n{}\n{}\n",
        event(0),
        event(1).replace("\"crm\"", "\"CCCD 079201001234\""),
        event(2)
    );
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0\n1\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("dòng (line) 2"), "{err}");
    assert!(
        err.contains("dòng (line) 4") && err.contains("vn.cccd"),
        "{err}"
    );
    assert!(
        !err.contains("079201001234"),
        "the refused value is repeated: {err}"
    );
}

#[tokio::test]
async fn the_server_serves_tiles_and_logs_registry_changes_and_appends() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Nhật Ký", "dpo@nk.example.vn", "company");
    let server = Server::start(&reg);
    let token = server.login("dpo@nk.example.vn", PASSWORD).await;
    let before = server
        .http
        .get(server.url("/log/checkpoint"))
        .send()
        .await
        .unwrap();
    assert_eq!(before.status(), 200);
    let before = before.text().await.unwrap();
    let size_of = |cp: &str| cp.lines().nth(1).unwrap().parse::<u64>().unwrap();
    // A registry change is recorded.
    let (status, _, asset) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{org}/assets"),
            Some(&token),
            Some(&asset_body("Khách hàng")),
        )
        .await;
    assert_eq!(status, 201, "{asset}");
    // A system appends events; the data subject is pseudonymised.
    let events = json!([
        {"actor": {"kind": "system", "id": "crm"}, "action": "decryption",
         "asset_id": asset["id"], "purpose": "Đối soát hợp đồng", "data_subject": "079201001234"},
        {"actor": {"kind": "user", "id": "nv-01"}, "action": "export", "outcome": "denied"}
    ]);
    let (status, _, body) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{org}/log/events"),
            Some(&token),
            Some(&events),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["indexes"].as_array().unwrap().len(), 2);
    // Personal data in a free-text field is refused, and nothing is written.
    let bad = json!([{"actor": {"kind": "system", "id": "crm"}, "action": "access",
                      "purpose": "gọi 0912345678"}]);
    let (status, _, body) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{org}/log/events"),
            Some(&token),
            Some(&bad),
        )
        .await;
    assert_eq!(status, 422, "{body}");
    assert!(!body.to_string().contains("0912345678"));
    let after = server
        .http
        .get(server.url("/log/checkpoint"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(size_of(&after), size_of(&before) + 3, "{after}");
    // Tiles: the level-0 tile covers every entry; entry bundles are private by default.
    let n = size_of(&after);
    let tile = server
        .http
        .get(server.url(&format!("/log/tile/0/000.p/{n}")))
        .send()
        .await
        .unwrap();
    assert_eq!(tile.status(), 200);
    assert_eq!(tile.bytes().await.unwrap().len() as u64, n * 32);
    let bundle = server
        .http
        .get(server.url(&format!("/log/tile/entries/000.p/{n}")))
        .send()
        .await
        .unwrap();
    assert_eq!(bundle.status(), 403);
    for bad in [
        "/log/tile/0/0",
        "/log/tile/0/000.p/0",
        "/log/tile/x/000",
        "/log/tile/0/001",
    ] {
        let r = server.http.get(server.url(bad)).send().await.unwrap();
        assert_eq!(r.status(), 404, "{bad}");
    }
    server.stop();
    // Offline: the entries say who did what, with no raw identifier.
    let key = reg.cli(&["log", "public-key"], &[]).trim().to_owned();
    let dir = tempfile::tempdir().unwrap();
    let mut actions = Vec::new();
    for i in 0..n {
        let f = dir.path().join(format!("{i}.tlog-proof"));
        reg.cli(
            &["log", "proof", &i.to_string(), "--out", f.to_str().unwrap()],
            &[],
        );
        let out = reg.cli(
            &["log", "verify-receipt", f.to_str().unwrap(), "--key", &key],
            &[],
        );
        assert!(!out.contains("079201001234"), "{out}");
        let e: Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
        actions.push(e["action"].as_str().unwrap().to_owned());
        if e["action"] == "decryption" {
            assert!(e["subject"].as_str().unwrap().starts_with("ps1:"));
            // The actor is whoever authenticated; what the event said of its actor is kept
            // apart.
            assert_eq!(e["actor"]["kind"], "user");
            assert_eq!(e["claimed_actor"]["id"], "crm");
        }
    }
    assert!(actions.contains(&"creation".to_owned()), "{actions:?}");
    assert!(
        actions.ends_with(&["decryption".to_owned(), "export".to_owned()]),
        "{actions:?}"
    );
    reg.cleanup().await;
}

/// Go's golang.org/x/mod/sumdb/tlog and sumdb/note check Khiên's checkpoint, tiles, entry
/// bundles, a consistency proof and receipts, fetched from the running server.
#[tokio::test]
#[cfg_attr(
    not(khien_test_go),
    ignore = "Go cross-check off: install golang-go and golang-golang-x-mod-dev and set KHIEN_TEST_GO=1"
)]
async fn go_sumdb_verifies_the_published_log() {
    let reg = Registry::sqlite();
    let first: String = (0..350).map(|i| event(i) + "\n").collect();
    let second: String = (350..700).map(|i| event(i) + "\n").collect();
    let append = |input: &str| {
        let mut child = Command::new(BIN)
            .args(["--database", &reg.url, "log", "append"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        assert!(child.wait().unwrap().success());
    };
    append(&first);
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old-checkpoint");
    std::fs::write(&old, reg.cli(&["log", "checkpoint"], &[])).unwrap();
    append(&second);
    let key = reg.cli(&["log", "public-key"], &[]).trim().to_owned();
    let mut receipts = Vec::new();
    for i in [0u64, 255, 256, 511, 699] {
        let f = dir.path().join(format!("{i}.tlog-proof"));
        reg.cli(
            &["log", "proof", &i.to_string(), "--out", f.to_str().unwrap()],
            &[],
        );
        receipts.push(f.to_str().unwrap().to_owned());
    }
    let server = Server::start_with(&reg, &["--log-entries-public"]);
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let gocache = dir.path().join("gocache");
    let exe = dir.path().join("tlogcheck");
    let build = Command::new("go")
        .current_dir(root)
        .args(["build", "-o", exe.to_str().unwrap(), "./tools/tlogcheck"])
        .env("GO111MODULE", "off")
        .env("GOPATH", "/usr/share/gocode")
        .env("GOPROXY", "off")
        .env("GOFLAGS", "")
        .env("GOCACHE", &gocache)
        .output()
        .expect("go is installed");
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let run = |extra: &[String]| {
        Command::new(&exe)
            .args([
                "-url",
                &server.url("/log/"),
                "-key",
                &key,
                "-old-checkpoint",
                old.to_str().unwrap(),
            ])
            .args(extra)
            .output()
            .unwrap()
    };
    let out = run(&receipts);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("ok tree hash") && text.contains("ok consistency 350->700"),
        "{text}"
    );
    // And Go refuses what Khiên should never publish: a receipt with an altered entry.
    let forged = dir.path().join("forged.tlog-proof");
    let good = std::fs::read_to_string(&receipts[1]).unwrap();
    let mut lines: Vec<String> = good.lines().map(str::to_owned).collect();
    lines[1] = format!("extra {}", base64_of(br#"{"forged":true}"#));
    std::fs::write(&forged, lines.join("\n") + "\n").unwrap();
    let out = run(&[forged.to_str().unwrap().to_owned()]);
    assert!(!out.status.success());
    server.stop();
}

fn base64_of(b: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(b)
}
