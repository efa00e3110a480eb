//! The operator's command line.

use crate::harness::*;

#[tokio::test]
async fn init_then_read_commands() {
    let reg = Registry::sqlite();
    // No password and no terminal: refused with a clear message, nothing created.
    let out = reg.cli_raw(
        &[
            "init",
            "--org-name",
            "Sở Tài chính",
            "--admin-email",
            "dpo@stc.vn",
        ],
        &[],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("KHIEN_ADMIN_PASSWORD"));
    let orgs = reg.cli_json(&["org", "list"], &[]);
    assert_eq!(orgs, serde_json::json!([]));

    let out = reg.cli(
        &[
            "init",
            "--org-name",
            "Sở Tài chính",
            "--admin-email",
            "dpo@stc.vn",
            "--kind",
            "state_agency",
            "--tax-code",
            "0101248141",
            "--province",
            "Thanh Hóa",
        ],
        &[("KHIEN_ADMIN_PASSWORD", PASSWORD)],
    );
    assert!(out.contains("Đã tạo tổ chức"));
    // A second init is refused.
    let again = reg.cli_raw(
        &["init", "--org-name", "X", "--admin-email", "x@stc.vn"],
        &[("KHIEN_ADMIN_PASSWORD", PASSWORD)],
    );
    assert!(!again.status.success());

    let orgs = reg.cli_json(&["org", "list"], &[]);
    assert_eq!(orgs[0]["name"], "Sở Tài chính");
    assert_eq!(orgs[0]["tax_code"], "0101248141");
    assert_eq!(orgs[0]["kind"], "state_agency");
    let id = orgs[0]["id"].as_str().unwrap();
    let table = reg.cli(&["org", "show", id], &[]);
    assert!(table.contains("Cơ quan nhà nước"), "{table}");
    assert!(table.contains("chưa ghi nhận"), "{table}");
    let members = reg.cli_json(&["org", "members", id], &[]);
    assert_eq!(members[0]["user"]["email"], "dpo@stc.vn");
    assert_eq!(members[0]["roles"], serde_json::json!(["dpo"]));
    assert_eq!(
        reg.cli_json(&["asset", "list", "--org", id], &[]),
        serde_json::json!([])
    );
    assert!(
        reg.cli(&["activity", "list", "--org", id], &[])
            .contains("không có bản ghi")
    );

    // Bad values are refused with the rule, before anything is written.
    let bad = reg.cli_raw(&["org", "add", "--name", "Y", "--tax-code", "123"], &[]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("tax_code"));
    let bad = reg.cli_raw(
        &[
            "user", "add", "--email", "a@b.vn", "--name", "A", "--org", id, "--role", "root",
        ],
        &[("KHIEN_USER_PASSWORD", PASSWORD)],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("role"));
    assert_eq!(
        reg.cli_json(&["org", "list"], &[])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    reg.cli(&["migrate"], &[]);
    let doc: serde_json::Value = serde_json::from_str(&reg.cli(&["openapi"], &[])).unwrap();
    assert!(doc["paths"]["/api/v1/orgs/{org_id}/assets"].is_object());
    reg.cleanup().await;
}

#[tokio::test]
async fn serve_can_create_the_first_organisation() {
    let reg = Registry::sqlite();
    let mut child = std::process::Command::new(BIN)
        .args([
            "--database",
            &reg.url,
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--init-org",
            "Công ty Khởi Đầu",
            "--admin-email",
            "dpo@khoidau.vn",
        ])
        .env("KHIEN_ADMIN_PASSWORD", PASSWORD)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut text = String::new();
    loop {
        let mut line = String::new();
        if std::io::BufRead::read_line(&mut out, &mut line).unwrap() == 0 {
            break;
        }
        text.push_str(&line);
        if line.contains("/api/v1/me") || line.contains("--admin-email") {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(text.contains("Đã tạo tổ chức đầu tiên"), "{text}");
    assert!(text.contains("http://127.0.0.1:"), "{text}");
    assert!(text.contains("/api/v1/auth/login"), "{text}");
    assert!(!text.contains(PASSWORD));
    let orgs = reg.cli_json(&["org", "list"], &[]);
    assert_eq!(orgs[0]["name"], "Công ty Khởi Đầu");
    reg.cleanup().await;
}

/// `khien calendar`: the interface other tools script against (issue: statutory clocks).
#[test]
fn calendar_commands() {
    let run = |args: &[&str]| {
        let out = std::process::Command::new(BIN).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let days: serde_json::Value =
        serde_json::from_str(&run(&["calendar", "holidays", "2026", "--format", "json"])).unwrap();
    let dates: Vec<&str> = days
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["date"].as_str().unwrap())
        .collect();
    for want in [
        "2026-01-01",
        "2026-01-02",
        "2026-02-16",
        "2026-02-17",
        "2026-02-20",
        "2026-04-26",
        "2026-04-30",
        "2026-05-01",
        "2026-09-02",
    ] {
        assert!(dates.contains(&want), "{want} missing from {dates:?}");
    }
    assert!(
        days.as_array()
            .unwrap()
            .iter()
            .all(|d| !d["name"].as_str().unwrap().is_empty())
    );
    assert_eq!(
        run(&["calendar", "add-working-days", "2026-02-13", "2"]).trim(),
        "2026-02-24"
    );
    assert_eq!(
        run(&["calendar", "add-working-days", "2026-01-07", "3"]).trim(),
        "2026-01-10"
    );
    assert_eq!(
        run(&[
            "calendar",
            "add-working-days",
            "2026-01-07",
            "3",
            "--scope",
            "all"
        ])
        .trim(),
        "2026-01-12",
        "the swapped Saturday binds state agencies only"
    );
    assert_eq!(
        run(&["calendar", "lunar", "2026-02-17"]).trim(),
        "01/01/2026 âm lịch"
    );
    let bad = std::process::Command::new(BIN)
        .args(["calendar", "add-working-days", "2026-02-30", "1"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("YYYY-MM-DD"));
}

/// `khien obligations` and `khien deadline`: the interface other tools script against.
#[test]
fn obligations_and_deadlines() {
    let run = |args: &[&str]| {
        let out = std::process::Command::new(BIN).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let list: serde_json::Value = serde_json::from_str(&run(&[
        "obligations",
        "--regime",
        "law-91-2025",
        "--format",
        "json",
    ]))
    .unwrap();
    let breach = list
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "law91.breach.notify-authority")
        .unwrap();
    assert_eq!(breach["period"], 72);
    assert_eq!(breach["unit"], "hours");
    assert_eq!(breach["start"], "instant");
    assert!(breach["legal_basis"].as_str().unwrap().contains("Art. 23"));
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|o| o["regime"] == "law-91-2025")
    );
    assert_eq!(
        run(&[
            "deadline",
            "d356.subject.respond",
            "--at",
            "2026-02-13T16:30:00+07:00"
        ])
        .trim(),
        "2026-02-24T23:59:59+07:00"
    );
    assert_eq!(
        run(&[
            "deadline",
            "law91.breach.notify-authority",
            "--at",
            "2026-02-13T03:00:00Z",
            "--regime",
            "law-91-2025"
        ])
        .trim(),
        "2026-02-16T10:00:00+07:00"
    );
    // The wrong regime, a regime not in force, a bad instant: refused with the reason.
    for (args, says) in [
        (
            vec![
                "deadline",
                "law91.breach.notify-authority",
                "--at",
                "2026-02-13T03:00:00Z",
                "--regime",
                "decree-13-2023",
            ],
            "belongs to",
        ),
        (
            vec![
                "deadline",
                "law91.breach.notify-authority",
                "--at",
                "2025-12-01T03:00:00Z",
            ],
            "not in force",
        ),
        (
            vec![
                "deadline",
                "law91.breach.notify-authority",
                "--at",
                "yesterday",
            ],
            "RFC 3339",
        ),
        (
            vec!["obligations", "--regime", "decree-99-2099"],
            "no regime",
        ),
    ] {
        let out = std::process::Command::new(BIN)
            .args(&args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
