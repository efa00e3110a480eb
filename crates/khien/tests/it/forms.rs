//! `khien form`: the list contract, schemas, rendering to DOCX, refusals.

use std::process::Command;

use serde_json::Value;

use crate::harness::BIN;

fn khien(args: &[&str]) -> std::process::Output {
    Command::new(BIN).args(args).output().unwrap()
}

#[test]
fn list_schema_and_render() {
    let out = khien(&["form", "list", "--format", "json"]);
    assert!(out.status.success());
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    let want = [
        "nd165-01a",
        "nd165-01b",
        "nd165-02",
        "nd165-03",
        "nd165-04a",
        "nd165-04b",
        "nd165-05a",
        "nd165-05b",
        "nd165-06",
        "nd165-07a",
        "nd165-07b",
        "nd356-01a",
        "nd356-01b",
        "nd356-02a",
        "nd356-02b",
        "nd356-03a",
        "nd356-03b",
        "nd356-04",
        "nd356-05",
        "nd356-06",
        "nd356-07",
        "nd356-08",
        "nd356-09",
        "nd356-10",
    ];
    assert_eq!(ids, want);
    for f in list.as_array().unwrap() {
        assert!(f["title"].as_str().is_some_and(|t| !t.is_empty()));
    }
    let schema: Value =
        serde_json::from_slice(&khien(&["form", "schema", "nd165-01a"]).stdout).unwrap();
    assert_eq!(
        schema["properties"]["sender"]["properties"]["email"]["format"],
        "email"
    );

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("d.json");
    std::fs::write(
        &data,
        r#"{"sender": {"name": "Nguyễn Văn A"}, "documents": ["Báo cáo"]}"#,
    )
    .unwrap();
    let doc = dir.path().join("f.docx");
    let out = khien(&[
        "form",
        "render",
        "nd165-01a",
        "--data",
        data.to_str().unwrap(),
        "--out",
        doc.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read(&doc).unwrap().starts_with(b"PK"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("sender.address") && !err.contains("sender.name"),
        "{err}"
    );

    // Refusals name the field and leave no file behind.
    std::fs::write(&data, r#"{"sender": {"name": "a\u0001b"}}"#).unwrap();
    let bad = dir.path().join("bad.docx");
    let out = khien(&[
        "form",
        "render",
        "nd165-01a",
        "--data",
        data.to_str().unwrap(),
        "--out",
        bad.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("sender.name"));
    assert!(!bad.exists());
    for args in [
        vec!["form", "schema", "nd999-01"],
        vec![
            "form",
            "render",
            "nd165-01a",
            "--format",
            "pdf",
            "--out",
            "/nonexistent/x.pdf",
        ],
    ] {
        let out = khien(&args);
        assert!(!out.status.success(), "{args:?}");
    }
}
