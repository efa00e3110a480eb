//! `khien form`: the list contract, schemas, rendering to DOCX and PDF, refusals.

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
    // An e-mail field's schema says what the server accepts (an `@` between two runs of
    // non-space characters), not JSON Schema's stricter `format: email`.
    let email =
        serde_json::to_string(&schema["properties"]["sender"]["properties"]["email"]).unwrap();
    assert!(email.contains("pattern") && email.contains('@'), "{email}");

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

    let pdf = dir.path().join("f.pdf");
    let out = khien(&[
        "form",
        "render",
        "nd165-06",
        "--format",
        "pdf",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));

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

/// Over HTTP: the list and schemas, what is left to complete once the registry fills its
/// part, the document itself, refusals as problem documents, and other organisations' data
/// out of reach.
#[tokio::test]
async fn forms_over_http_are_filled_from_the_registry() {
    use crate::harness::{PASSWORD, Registry, Server};
    use serde_json::json;
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@example.vn", "company");
    let server = Server::start(&reg);
    let token = server.login("dpo@example.vn", PASSWORD).await;
    let t = Some(token.as_str());

    let (status, _, list) = server.call("GET", "/api/v1/forms", t, None).await;
    assert_eq!(status, 200);
    assert_eq!(list.as_array().unwrap().len(), 24);
    assert_eq!(server.call("GET", "/api/v1/forms", None, None).await.0, 401);
    let (status, _, schema) = server
        .call("GET", "/api/v1/forms/nd165-06/schema", t, None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(
        server
            .call("GET", "/api/v1/forms/nd999-01/schema", t, None)
            .await
            .0,
        404
    );

    // The registry knows the organisation's name: it is not asked for.
    let check = format!("/api/v1/orgs/{org}/forms/nd165-01b/check");
    let (status, _, left) = server.call("POST", &check, t, Some(&json!({}))).await;
    assert_eq!(status, 200, "{left}");
    let fields: Vec<&str> = left["to_complete"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["field"].as_str().unwrap())
        .collect();
    assert!(!fields.contains(&"org_name"), "{fields:?}");
    assert!(fields.contains(&"date"), "{fields:?}");

    let render = format!("/api/v1/orgs/{org}/forms/nd165-01b/render");
    for (format, mime, magic) in [
        ("pdf", "application/pdf", &b"%PDF-"[..]),
        (
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            &b"PK"[..],
        ),
    ] {
        let r = server
            .http
            .post(server.url(&format!("{render}?format={format}")))
            .bearer_auth(&token)
            .json(&json!({"place": "Hà Nội", "date": "2026-12-02"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-type"], mime);
        let left = r.headers()["khien-to-complete"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            !left.contains("date") && left.contains("signer_name"),
            "{left}"
        );
        assert!(r.bytes().await.unwrap().starts_with(magic), "{format}");
    }

    // Refusals: the field named, the value never repeated.
    let (status, ct, problem) = server
        .call(
            "POST",
            &render,
            t,
            Some(&json!({"place": "x\u{0007}079201001234"})),
        )
        .await;
    assert_eq!(status, 422, "{problem}");
    assert!(ct.starts_with("application/problem+json"));
    let detail = problem["detail"].as_str().unwrap();
    assert!(
        detail.contains("place") && !detail.contains("079201001234"),
        "{detail}"
    );
    let (status, _, _) = server
        .call("POST", &format!("{render}?format=odt"), t, Some(&json!({})))
        .await;
    assert_eq!(status, 400);
    let other = "00000000-0000-4000-8000-000000000000";
    let (status, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{other}/forms/nd165-01b/render"),
            t,
            Some(&json!({})),
        )
        .await;
    assert!(status == 403 || status == 404, "{status}");
}
