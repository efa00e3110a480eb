//! Issue 16 over HTTP and the CLI: the profile, which obligations apply and why (and what is
//! due follows), the registers with their checks and retention, the DPO's contact.

use serde_json::{Value, json};

use crate::harness::*;

fn status_of<'a>(applicability: &'a Value, id: &str) -> &'a Value {
    applicability["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == id)
        .unwrap_or_else(|| panic!("{id} is not listed"))
}

#[tokio::test]
async fn profile_applicability_and_what_is_due() {
    let (reg, org) = Registry::sqlite_with_org("Công ty TNHH Nhỏ", "dpo@nho.vn", "company");
    let server = Server::start(&reg);
    let t = server.login("dpo@nho.vn", PASSWORD).await;
    let base = format!("/api/v1/orgs/{org}");

    // Never set: all unset, and said so.
    let (s, _, p) = server
        .call("GET", &format!("{base}/profile"), Some(&t), None)
        .await;
    assert_eq!(s, 200, "{p}");
    assert_eq!(
        (p["size"].clone(), p["updated_at"].clone()),
        (Value::Null, Value::Null)
    );

    let (s, _, p) = server
        .call(
            "PUT",
            &format!("{base}/profile"),
            Some(&t),
            Some(&json!({"size": "small", "startup": true, "sectors": ["finance", "ai", "finance"], "subject_count": {"basic": 4000, "sensitive": 0}})),
        )
        .await;
    assert_eq!(s, 200, "{p}");
    assert_eq!(p["sectors"], json!(["finance", "ai"]));
    assert_eq!(p["subject_count"], 4000);
    assert!(p["updated_at"].is_string());
    for bad in [
        json!({"size": "giant"}),
        json!({"household_business": true, "size": "large"}),
        json!({"subject_count": 10, "sensitive_subject_count": 11}),
        json!({"sectors": ["mining"]}),
        json!({"surprise": true}),
    ] {
        let (s, ct, body) = server
            .call("PUT", &format!("{base}/profile"), Some(&t), Some(&bad))
            .await;
        assert_eq!(
            (s, ct.as_str()),
            (422, "application/problem+json"),
            "{bad} {body}"
        );
    }

    // Law 91/2025 Art. 38(2): a small start-up may choose, until the end of 2030, unless ...
    let (s, _, a) = server
        .call("GET", &format!("{base}/applicability"), Some(&t), None)
        .await;
    assert_eq!(s, 200, "{a}");
    let as_of = a["as_of"].as_str().unwrap().to_owned();
    let dpia = status_of(&a, "law91.dpia.submit");
    if as_of.as_str() <= "2030-12-31" {
        assert_eq!(dpia["status"], "optional", "{dpia}");
        assert_eq!(dpia["until"], "2030-12-31");
        assert!(dpia["basis"].as_str().unwrap().contains("Art. 38(2)"));
    } else {
        assert_eq!(dpia["status"], "applies", "{dpia}");
    }
    // Sector duties by profile (Decree 356/2025 Art. 8, 10), not the others.
    assert_eq!(
        status_of(&a, "d356.finance.compliance-assessment")["status"],
        "applies"
    );
    assert_eq!(
        status_of(&a, "d356.ai.compliance-assessment")["status"],
        "applies"
    );
    assert_eq!(
        status_of(&a, "d356.cloud.compliance-assessment")["status"],
        "exempt"
    );
    // The Decree 165 duties of a custodian of core or important data: none in the catalogue.
    assert_eq!(status_of(&a, "d165.drill.semiannual")["status"], "exempt");
    assert!(
        a["facts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["id"] == "startup" && f["source"] == "profile")
    );

    // A periodic duty case with a drill: not due while the organisation holds no core or
    // important data...
    let (s, _, c) = server
        .call(
            "POST",
            &format!("{base}/cases"),
            Some(&t),
            Some(
                &json!({"kind": "periodic_duty", "title": "Nghĩa vụ định kỳ", "events": [
                    {"trigger": "drill_done", "at": "2026-02-02T09:00:00+07:00"},
                    {"trigger": "finance_compliance_assessed", "at": "2026-02-02T09:00:00+07:00"}
                ]}),
            ),
        )
        .await;
    assert_eq!(s, 201, "{c}");
    let due_ids = |due: &Value| -> Vec<String> {
        due.as_array()
            .unwrap()
            .iter()
            .map(|d| d["obligation"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    let (_, _, due) = server
        .call("GET", &format!("{base}/due"), Some(&t), None)
        .await;
    let ids = due_ids(&due);
    assert!(
        ids.contains(&"d356.finance.compliance-assessment".to_owned()),
        "{due}"
    );
    assert!(!ids.contains(&"d165.drill.semiannual".to_owned()), "{due}");

    // ... and due once the catalogue holds sensitive, important data: the catalogue also
    // says it processes sensitive data, which ends the Art. 38(2) choice.
    let (s, _, asset) = server
        .call(
            "POST",
            &format!("{base}/assets"),
            Some(&t),
            Some(&asset_body("Hồ sơ khách hàng")),
        )
        .await;
    assert_eq!(s, 201, "{asset}");
    let (_, _, due) = server
        .call("GET", &format!("{base}/due"), Some(&t), None)
        .await;
    assert!(
        due_ids(&due).contains(&"d165.drill.semiannual".to_owned()),
        "{due}"
    );
    let (_, _, a) = server
        .call("GET", &format!("{base}/applicability"), Some(&t), None)
        .await;
    assert_eq!(status_of(&a, "law91.dpia.submit")["status"], "applies");
    assert!(
        a["facts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["id"] == "processes_sensitive" && f["source"] == "catalogue")
    );
    // Art. 42(3): the important asset is personal data, so the Decree 165 cross-border
    // dossier gives way to the personal-data one.
    assert_eq!(
        status_of(&a, "d165.cross-border.important.dossier")["status"],
        "exempt"
    );

    // The cross-border volume is added up over the organisation's cases (Decree 165/2025
    // Art. 12.10), from 2025-07-01.
    assert_eq!(a["transferred_abroad"], Value::Null);
    for (title, q) in [
        ("Sao lưu sang Singapore", 1200),
        ("Xử lý tại Nhật Bản", 300),
    ] {
        let (s, _, c) = server
            .call(
                "POST",
                &format!("{base}/cases"),
                Some(&t),
                Some(&json!({"kind": "cross_border_transfer", "title": title, "events": [
                    {"trigger": "transfer_recorded", "at": "2025-06-30T09:00:00+07:00", "quantity": 99},
                    {"trigger": "transfer_recorded", "at": "2026-02-02T09:00:00+07:00", "quantity": q}
                ]})),
            )
            .await;
        assert_eq!(s, 201, "{c}");
    }
    let (_, _, a) = server
        .call("GET", &format!("{base}/applicability"), Some(&t), None)
        .await;
    assert_eq!(a["transferred_abroad"]["total"], 1500, "{a}");
    assert_eq!(a["transferred_abroad"]["since"], "2025-07-01");

    // The CLI says the same.
    let cli = reg.cli_json(&["obligations", "--org", &org], &[]);
    assert_eq!(status_of(&cli, "law91.dpia.submit")["status"], "applies");
    assert!(
        cli["obligations"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["status"] != "exempt")
    );
    let all = reg.cli_json(&["obligations", "--org", &org, "--all"], &[]);
    assert_eq!(
        status_of(&all, "d356.cloud.compliance-assessment")["status"],
        "exempt"
    );
    server.stop();
}

#[tokio::test]
async fn registers_check_their_entries_and_keep_them() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Sổ sách", "dpo@so.vn", "company");
    let server = Server::start(&reg);
    let t = server.login("dpo@so.vn", PASSWORD).await;
    let base = format!("/api/v1/orgs/{org}/registers");

    let (s, _, list) = server.call("GET", &base, Some(&t), None).await;
    assert_eq!(s, 200, "{list}");
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for want in [
        "processors",
        "sharing-agreements",
        "confidentiality",
        "training",
        "drills",
        "risks",
        "protection-contacts",
        "master-data",
        "open-data",
        "provision-requests",
        "ndc-accounts",
    ] {
        assert!(ids.contains(&want), "{want} missing from {ids:?}");
    }
    let processors = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "processors")
        .unwrap();
    assert_eq!(processors["retention_years"], 3);

    // A valid entry: every required field, by its kind.
    let entry = required_entry(processors, "Công ty Cổ phần Xử lý Số", "2026-03-01");
    let (s, _, e) = server
        .call(
            "POST",
            &format!("{base}/processors"),
            Some(&t),
            Some(&entry),
        )
        .await;
    assert_eq!(s, 201, "{e}");
    let id = e["id"].as_str().unwrap().to_owned();
    assert_eq!(e["summary"], "Công ty Cổ phần Xử lý Số");
    // No end date yet: kept, and removal refused (Decree 165/2025 Art. 16.3(a)).
    assert_eq!(e["retain_until"], Value::Null);
    let one = format!("{base}/processors/{id}");
    let (s, _, body) = server.call("DELETE", &one, Some(&t), None).await;
    assert_eq!(s, 409, "{body}");
    // Ended recently: kept three years from the end.
    let mut ended = entry.clone();
    ended["ended_on"] = json!("2026-06-30");
    let (s, _, e) = server.call("PUT", &one, Some(&t), Some(&ended)).await;
    assert_eq!(s, 200, "{e}");
    assert_eq!(e["retain_until"], "2029-06-30");
    let (s, _, _) = server.call("DELETE", &one, Some(&t), None).await;
    assert_eq!(s, 409);
    // Ended long ago: may go.
    ended["ended_on"] = json!("2020-01-15");
    ended["signed_on"] = json!("2019-01-02");
    let (s, _, e) = server.call("PUT", &one, Some(&t), Some(&ended)).await;
    assert_eq!((s, e["retain_until"].clone()), (200, json!("2023-01-15")));
    let (s, _, _) = server.call("DELETE", &one, Some(&t), None).await;
    assert_eq!(s, 204);
    let (s, _, _) = server.call("GET", &one, Some(&t), None).await;
    assert_eq!(s, 404);

    // Refused with the field named, never the value.
    let mut unknown = entry.clone();
    unknown["so_cccd"] = json!("079123456789");
    let mut missing = entry.clone();
    missing.as_object_mut().unwrap().remove("processor_name");
    let mut bad_date = entry.clone();
    bad_date["signed_on"] = json!("31/12/2026");
    for (bad, field) in [
        (unknown, "so_cccd"),
        (missing, "processor_name"),
        (bad_date, "signed_on"),
    ] {
        let (s, ct, body) = server
            .call("POST", &format!("{base}/processors"), Some(&t), Some(&bad))
            .await;
        assert_eq!(
            (s, ct.as_str()),
            (422, "application/problem+json"),
            "{body}"
        );
        let text = body.to_string();
        assert!(text.contains(field), "{text}");
        assert!(!text.contains("079123456789"), "{text}");
    }
    let (s, _, _) = server
        .call(
            "POST",
            &format!("{base}/no-such"),
            Some(&t),
            Some(&json!({})),
        )
        .await;
    assert_eq!(s, 404);

    // A risk by the types of Decree 165/2025 Art. 15, listed by the CLI.
    let (s, _, r) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{org}/registers"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(s, 200);
    let risks = r
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "risks")
        .unwrap()
        .clone();
    let risk = required_entry(&risks, "Lộ dữ liệu khách hàng qua email", "2026-04-01");
    let (s, _, e) = server
        .call("POST", &format!("{base}/risks"), Some(&t), Some(&risk))
        .await;
    assert_eq!(s, 201, "{e}");
    // The assessment discharges the yearly risk assessment (Decree 165/2025 Art. 17.11): a
    // periodic-duty case is opened with the event, and the next one is due a year later.
    let (_, _, cases) = server
        .call("GET", &format!("/api/v1/orgs/{org}/cases"), Some(&t), None)
        .await;
    let duty = cases
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "periodic_duty")
        .unwrap_or_else(|| panic!("no periodic duty case: {cases}"));
    let (_, _, duty) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{org}/cases/{}", duty["id"].as_str().unwrap()),
            Some(&t),
            None,
        )
        .await;
    let o = duty["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["obligation"] == "d165.risk-assessment.annual")
        .unwrap_or_else(|| panic!("{duty}"));
    assert_eq!(o["due"], "2027-04-01T23:59:59+07:00", "{o}");
    let listed = reg.cli_json(&["register", "list", "--org", &org, "risks"], &[]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let counts = reg.cli_json(&["register", "list", "--org", &org], &[]);
    let n = counts
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "risks")
        .unwrap()["entries"]
        .clone();
    assert_eq!(n, 1);

    // Every step is in the access history.
    let (_, _, h) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{org}/access-history?limit=200"),
            Some(&t),
            None,
        )
        .await;
    let text = h.to_string();
    for op in [
        "register.add",
        "register.update",
        "register.delete",
        "register.list",
    ] {
        assert!(text.contains(op), "{op} not in the history");
    }
    server.stop();
}

#[tokio::test]
async fn the_dpo_designation_carries_a_contact() {
    let (reg, org) = Registry::sqlite_with_org("Sở Liên hệ", "dpo@lh.vn", "state_agency");
    let server = Server::start(&reg);
    let t = server.login("dpo@lh.vn", PASSWORD).await;
    let path = format!("/api/v1/orgs/{org}/designations");
    let d = json!({
        "dpo_name": "Nguyễn Thị Lan", "dpo_phone": "024 3826 1234", "dpo_email": "Lan@LH.vn",
        "unit_name": "Phòng CNTT", "since": "2026-02-01",
        "document_number": "9/QĐ-LH", "document_date": "2026-01-30"
    });
    let (s, _, o) = server.call("POST", &path, Some(&t), Some(&d)).await;
    assert_eq!(s, 201, "{o}");
    let (_, _, h) = server.call("GET", &path, Some(&t), None).await;
    assert_eq!(h[0]["dpo_phone"], "024 3826 1234");
    assert_eq!(h[0]["dpo_email"], "lan@lh.vn");
    // The forms take the contact from the designation (dpo.phone, dpo.email); a case's
    // attached documents fill the form filed under it.
    let (s, _, check) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{org}/forms/nd356-08/check"),
            Some(&t),
            Some(&json!({})),
        )
        .await;
    assert_eq!(s, 200, "{check}");
    let left: Vec<&str> = check["to_complete"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["field"].as_str().unwrap())
        .collect();
    assert!(
        !left.contains(&"breach.contact.phone") && !left.contains(&"breach.contact.email"),
        "{left:?}"
    );
    assert!(!left.is_empty());
    let (s, _, body) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{org}/forms/nd356-08/render?format=pdf&draft=false"),
            Some(&t),
            Some(&json!({})),
        )
        .await;
    assert_eq!(s, 422, "a final document with blanks: {body}");
    let (s, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{org}/forms/nd356-08/render?format=pdf&draft=true"),
            Some(&t),
            Some(&json!({})),
        )
        .await;
    assert_eq!(s, 200);
    let (s, _, case) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{org}/cases"),
            Some(&t),
            Some(
                &json!({"kind": "cross_border_transfer", "title": "Chuyển dữ liệu sang Singapore",
                "fields": {"documents": "Hồ sơ đánh giá tác động\nHợp đồng chuyển dữ liệu"},
                "events": [{"trigger": "first_transfer", "at": "2026-02-02T09:00:00+07:00"}]}),
            ),
        )
        .await;
    assert_eq!(s, 201, "{case}");
    let case_id = case["id"].as_str().unwrap();
    let check_path = format!("/api/v1/orgs/{org}/forms/nd165-01b/check");
    let (_, _, without) = server
        .call("POST", &check_path, Some(&t), Some(&json!({})))
        .await;
    let (s, _, with) = server
        .call(
            "POST",
            &format!("{check_path}?case={case_id}"),
            Some(&t),
            Some(&json!({})),
        )
        .await;
    assert_eq!(s, 200, "{with}");
    let has_documents = |v: &Value| {
        v["to_complete"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["field"] == "documents")
    };
    assert!(
        has_documents(&without) && !has_documents(&with),
        "{without} {with}"
    );
    for (field, bad) in [
        ("dpo_phone", "12"),
        ("dpo_phone", "gọi tôi"),
        ("dpo_email", "lan@"),
    ] {
        let mut b = d.clone();
        b[field] = json!(bad);
        let (s, _, body) = server.call("POST", &path, Some(&t), Some(&b)).await;
        assert_eq!(s, 422, "{field}={bad}: {body}");
    }
    server.stop();
}
