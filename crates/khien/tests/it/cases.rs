//! Cases through the API and the CLI: clocks from the rule packs, transitions checked by the
//! workflow, illegal transitions refused with nothing changed, and what is due.

use serde_json::{Value, json};

use crate::harness::*;

#[tokio::test]
async fn breach_and_subject_request_cases() {
    let (reg, org) = Registry::sqlite_with_org("Sở Y tế", "dpo@syt.vn", "state_agency");
    let server = Server::start(&reg);
    let t = server.login("dpo@syt.vn", PASSWORD).await;
    let cases = format!("/api/v1/orgs/{org}/cases");

    // A breach that occurred under Decree 13 and was discovered under Law 91: both clocks.
    let (s, _, case) = server
        .call(
            "POST",
            &cases,
            Some(&t),
            Some(
                &json!({"kind": "breach", "title": "Lộ danh sách bệnh nhân", "events": [
                    {"trigger": "breach_occurred", "at": "2025-12-30T09:00:00+07:00"},
                    {"trigger": "breach_discovered", "at": "2026-02-13T10:00:00+07:00"}
                ]}),
            ),
        )
        .await;
    assert_eq!(s, 201, "{case}");
    let id = case["id"].as_str().unwrap().to_owned();
    let obligations: Vec<(&str, &str)> = case["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["obligation"].as_str().unwrap(),
                o["due"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        obligations,
        vec![
            ("d13.breach.notify-a05", "2026-01-02T09:00:00+07:00"),
            ("law91.breach.notify-authority", "2026-02-16T10:00:00+07:00"),
        ]
    );
    assert_eq!(case["state"], "open");
    assert_eq!(
        case["allowed_transitions"],
        json!(["notify_authority", "notify_subjects"])
    );

    // Closing before notifying is refused and changes nothing.
    let (s, ct, body) = server
        .call(
            "POST",
            &format!("{cases}/{id}/transitions"),
            Some(&t),
            Some(&json!({"transition": "close"})),
        )
        .await;
    assert_eq!(
        (s, ct.as_str()),
        (409, "application/problem+json"),
        "{body}"
    );
    let (_, _, again) = server
        .call("GET", &format!("{cases}/{id}"), Some(&t), None)
        .await;
    assert_eq!(again["history"].as_array().unwrap().len(), 2);
    assert_eq!(again["state"], "open");
    for (body, want) in [
        (json!({"transition": "fly"}), 422),
        (
            json!({"transition": "notify_authority", "at": "2099-01-01T00:00:00Z"}),
            422,
        ),
        (json!({"transition": "notify_authority", "extra": 1}), 422),
        (
            json!({"transition": "notify_authority", "at": "1850-01-01T00:00:00Z"}),
            422,
        ),
    ] {
        let (s, _, b) = server
            .call(
                "POST",
                &format!("{cases}/{id}/transitions"),
                Some(&t),
                Some(&body),
            )
            .await;
        assert_eq!(s, want, "{body}: {b}");
    }

    // What is due lists both, overdue now; notifying fulfils them and empties the list.
    let (s, _, due) = server
        .call("GET", &format!("/api/v1/orgs/{org}/due"), Some(&t), None)
        .await;
    assert_eq!(s, 200);
    assert_eq!(due.as_array().unwrap().len(), 2);
    assert!(
        due.as_array()
            .unwrap()
            .iter()
            .all(|d| d["overdue"] == true && d["seconds_left"].as_i64().unwrap() < 0)
    );
    let (s, _, notified) = server
        .call(
            "POST",
            &format!("{cases}/{id}/transitions"),
            Some(&t),
            Some(&json!({"transition": "notify_authority", "at": "2026-02-14T08:00:00+07:00", "note": "Đã gửi Mẫu số 08"})),
        )
        .await;
    assert_eq!(s, 200, "{notified}");
    assert_eq!(notified["state"], "authority_notified");
    let last = notified["history"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["from_state"], "open");
    assert_eq!(last["to_state"], "authority_notified");
    assert_eq!(last["at"], "2026-02-14T08:00:00+07:00");
    // The Decree 13 clock was fulfilled late (after 2/1), the Law 91 one in time.
    assert!(
        notified["obligations"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["fulfilled_at"] == "2026-02-14T08:00:00+07:00")
    );
    let (_, _, due) = server
        .call("GET", &format!("/api/v1/orgs/{org}/due"), Some(&t), None)
        .await;
    assert_eq!(due, json!([]));
    let (s, _, closed) = server
        .call(
            "POST",
            &format!("{cases}/{id}/transitions"),
            Some(&t),
            Some(&json!({"transition": "close"})),
        )
        .await;
    assert_eq!(
        (
            s,
            closed["closed"].clone(),
            closed["allowed_transitions"].clone()
        ),
        (200, json!(true), json!([]))
    );
    let (s, _, _) = server
        .call(
            "POST",
            &format!("{cases}/{id}/events"),
            Some(&t),
            Some(&json!({"trigger": "breach_discovered", "at": "2026-02-15T08:00:00+07:00"})),
        )
        .await;
    assert_eq!(s, 409, "a closed case takes no more events");

    // A deletion request under Decree 356 Art. 5(4): respond in 2 working days, delete in 20 days.
    let (s, _, req) = server
        .call(
            "POST",
            &cases,
            Some(&t),
            Some(
                &json!({"kind": "subject_request", "title": "Yêu cầu xóa dữ liệu số 12", "events": [
                    {"trigger": "subject_request_received", "at": "2026-01-28T09:00:00+07:00"},
                    {"trigger": "deletion_requested", "at": "2026-01-28T09:00:00+07:00"}
                ]}),
            ),
        )
        .await;
    assert_eq!(s, 201, "{req}");
    let dues: Vec<(&str, &str)> = req["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["obligation"].as_str().unwrap(),
                o["due"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        dues,
        vec![
            ("d356.subject.respond", "2026-01-30T23:59:59+07:00"),
            ("d356.subject.delete", "2026-02-23T23:59:59+07:00"),
        ]
    );
    // Unknown kinds and events are refused without echoing them.
    for body in [
        json!({"kind": "vụ việc bí mật", "title": "x", "events": []}),
        json!({"kind": "breach", "title": "x", "events": [{"trigger": "breach_occurred", "at": "2026-01-01T00:00:00Z"}]}),
        json!({"kind": "breach", "title": "x", "events": [{"trigger": "tên người bệnh", "at": "2026-01-01T00:00:00Z"}]}),
        json!({"kind": "breach", "title": "x", "events": [{"trigger": "breach_discovered", "at": "9999-12-31T20:00:00Z"}]}),
    ] {
        let (s, _, b) = server.call("POST", &cases, Some(&t), Some(&body)).await;
        assert_eq!(s, 422, "{body}: {b}");
        assert!(
            !b.to_string().contains("bí mật") && !b.to_string().contains("người bệnh"),
            "{b}"
        );
    }
    let (_, _, all) = server.call("GET", &cases, Some(&t), None).await;
    assert_eq!(
        all.as_array().unwrap().len(),
        2,
        "refused cases were not created"
    );

    // The same through the CLI.
    let due: Value =
        serde_json::from_str(&reg.cli(&["due", "--org", &org, "--format", "json"], &[])).unwrap();
    assert_eq!(due.as_array().unwrap().len(), 2);
    let req_id = req["id"].as_str().unwrap();
    let out = reg.cli(
        &[
            "case",
            "transition",
            "--org",
            &org,
            "--case",
            req_id,
            "complete",
            "--at",
            "2026-02-02T10:00:00+07:00",
        ],
        &[],
    );
    let done: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(done["state"], "done");
    let bad = reg.cli_raw(
        &[
            "case",
            "transition",
            "--org",
            &org,
            "--case",
            req_id,
            "respond",
        ],
        &[],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("final state"));
    // The drills of Decree 165/2025 Art. 19.8 bind the custodian of core or important data
    // (issue 16: what is due follows what applies): the department keeps such an asset.
    let (s, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{org}/assets"),
            Some(&t),
            Some(&asset_body("Hồ sơ bệnh án điện tử")),
        )
        .await;
    assert_eq!(s, 201);
    let opened: Value = serde_json::from_str(&reg.cli(
        &[
            "case",
            "open",
            "--org",
            &org,
            "--kind",
            "periodic_duty",
            "--title",
            "Diễn tập khẩn cấp",
            "--event",
            "drill_done=2026-08-20T10:00:00+07:00",
        ],
        &[],
    ))
    .unwrap();
    assert_eq!(opened["obligations"][0]["due"], "2027-02-22T23:59:59+07:00");
    assert!(
        reg.cli(&["due", "--org", &org], &[])
            .contains("Diễn tập khẩn cấp")
    );
    assert!(
        reg.cli(&["case", "list", "--org", &org], &[])
            .contains("periodic_duty")
    );
    drop(server);
    reg.cleanup().await;
}

/// Reminders: the smallest lead time reached is announced once, to the log and a webhook;
/// a failed delivery is retried; fulfilled obligations are not reminded.
#[tokio::test]
async fn reminders_reach_a_webhook_once() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    let case: Value = serde_json::from_str(&reg.cli(
        &[
            "case",
            "open",
            "--org",
            &org,
            "--kind",
            "breach",
            "--title",
            "Sự cố máy chủ thư",
            "--event",
            "breach_discovered=2026-02-13T10:00:00+07:00",
        ],
        &[],
    ))
    .unwrap();
    let case_id = case["id"].as_str().unwrap().to_owned();

    // A webhook receiver on loopback.
    let (hook, received) = webhook_sink().await;

    let remind = |now: &str, webhook: &str| {
        let reg_url = reg.url.clone();
        let (now, webhook) = (now.to_owned(), webhook.to_owned());
        async move {
            tokio::task::spawn_blocking(move || {
                let out = std::process::Command::new(BIN)
                    .args([
                        "--database",
                        &reg_url,
                        "remind",
                        "--now",
                        &now,
                        "--reminder-webhook",
                        &webhook,
                    ])
                    .env("KHIEN_LOG", "warn")
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
                (
                    String::from_utf8(out.stdout).unwrap(),
                    String::from_utf8(out.stderr).unwrap(),
                )
            })
            .await
            .unwrap()
        }
    };
    // Due 16/2 10:00. Three days before, nothing has been reached.
    let (out, _) = remind("2026-02-12T12:00:00+07:00", &hook).await;
    assert!(out.contains("Đã gửi 0"), "{out}");
    // 22 hours before: the 24 h lead is reached, once.
    let (out, log) = remind("2026-02-15T12:00:00+07:00", &hook).await;
    assert!(out.contains("Đã gửi 1"), "{out}");
    assert!(log.contains("law91.breach.notify-authority"), "{log}");
    assert!(
        !log.contains("Sự cố máy chủ thư"),
        "the case title stays out of the log"
    );
    let (out, _) = remind("2026-02-15T12:30:00+07:00", &hook).await;
    assert!(out.contains("Đã gửi 0"), "{out}");
    {
        let got = received.lock().unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0]["case_id"], case_id);
        assert_eq!(got[0]["lead_seconds"], 86_400);
        assert_eq!(got[0]["due"], "2026-02-16T10:00:00+07:00");
    }
    // The webhook is down at the 2 h mark: not delivered, retried when it is back.
    let (out, log) = remind("2026-02-16T08:30:00+07:00", "http://127.0.0.1:9/hook").await;
    assert!(
        out.contains("Đã gửi 0") && log.contains("retried"),
        "{out}{log}"
    );
    let (out, _) = remind("2026-02-16T08:40:00+07:00", &hook).await;
    assert!(out.contains("Đã gửi 1"), "{out}");
    assert_eq!(received.lock().unwrap()[1]["lead_seconds"], 7_200);
    // Fulfilled obligations are not reminded.
    reg.cli(
        &[
            "case",
            "transition",
            "--org",
            &org,
            "--case",
            &case_id,
            "notify_authority",
            "--at",
            "2026-02-16T09:00:00+07:00",
        ],
        &[],
    );
    let (out, _) = remind("2026-02-16T11:00:00+07:00", &hook).await;
    assert!(out.contains("Đã gửi 0"), "{out}");
    assert_eq!(received.lock().unwrap().len(), 2);
    reg.cleanup().await;
}

#[tokio::test]
async fn reminders_are_emailed() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    reg.cli(
        &[
            "case",
            "open",
            "--org",
            &org,
            "--kind",
            "exploitation_request",
            "--title",
            "Yêu cầu khai thác số 7",
            "--event",
            "exploitation_request_received=2026-02-09T10:00:00+07:00",
        ],
        &[],
    );
    let (port, mails) = smtp_sink().await;
    let url = reg.url.clone();
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new(BIN)
            .args([
                "--database",
                &url,
                "remind",
                "--now",
                "2026-02-12T20:00:00+07:00",
                "--reminder-smtp-url",
                &format!("smtp://127.0.0.1:{port}"),
                "--reminder-email-from",
                "khien@vidu.vn",
                "--reminder-email-to",
                "dpo@vidu.vn,phapche@vidu.vn",
            ])
            .env("KHIEN_LOG", "warn")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Đã gửi 1"));
    let mails = mails.lock().unwrap().clone();
    assert_eq!(mails.len(), 1);
    // 3 working days from Mon 9/2/2026: Tue 10, Wed 11, Thu 12; 4 hours left at 20:00.
    assert!(
        mails[0].contains("2026-02-12T23:59:59+07:00"),
        "{}",
        mails[0]
    );
    assert!(mails[0].contains("d165.exploitation.decide"));
    assert!(
        mails[0].contains("To: dpo@vidu.vn, phapche@vidu.vn"),
        "{}",
        mails[0]
    );
    reg.cleanup().await;
}

/// Decree 165 Art. 8: a data provision request must state its contents and come from a
/// competent authority; the handover is due at the deadline the request set.
#[tokio::test]
async fn provision_requests_through_the_api() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    let server = Server::start(&reg);
    let t = server.login("dpo@vidu.vn", PASSWORD).await;
    let cases = format!("/api/v1/orgs/{org}/cases");
    let mut body = json!({
        "kind": "provision_request",
        "title": "Yêu cầu cung cấp danh sách cơ sở",
        "events": [
            {"trigger": "provision_requested", "at": "2026-03-02T09:00:00+07:00"},
            {"trigger": "provision_deadline", "at": "2026-03-16T17:00:00+07:00"}
        ],
        "fields": {
            "data_types": "Danh sách cơ sở kinh doanh", "detail_level": "Từng cơ sở",
            "volume": "2.000 bản ghi", "access_frequency": "Một lần", "method": "Tệp CSV",
            "legal_basis": "Khoản 2 Điều 18 Luật Dữ liệu", "reason": "Thống kê",
            "purpose": "Xây dựng chính sách", "requester": "Sở Công Thương (ủy quyền)",
            "requester_authority": "district_chairman", "sanctions_notified": "yes"
        }
    });
    let (s, _, b) = server.call("POST", &cases, Some(&t), Some(&body)).await;
    assert_eq!(
        s, 422,
        "a district chairman is not competent (Art. 8.6): {b}"
    );
    assert!(!b.to_string().contains("district_chairman"), "{b}");
    body["fields"]["requester_authority"] = json!("provincial_chairman");
    body["fields"].as_object_mut().unwrap().remove("purpose");
    let (s, _, b) = server.call("POST", &cases, Some(&t), Some(&body)).await;
    assert_eq!(s, 422, "the purpose is required (Art. 8.2(a)): {b}");
    body["fields"]["purpose"] = json!("Xây dựng chính sách");
    let (s, _, case) = server.call("POST", &cases, Some(&t), Some(&body)).await;
    assert_eq!(s, 201, "{case}");
    assert_eq!(case["fields"]["requester_authority"], "provincial_chairman");
    assert_eq!(
        case["obligations"][0]["obligation"],
        "d165.provision.handover"
    );
    assert_eq!(case["obligations"][0]["due"], "2026-03-16T17:00:00+07:00");
    let id = case["id"].as_str().unwrap();
    let (s, _, done) = server
        .call("POST", &format!("{cases}/{id}/transitions"), Some(&t), Some(&json!({"transition": "handover", "at": "2026-03-12T10:00:00+07:00", "note": "Biên bản bàn giao số 3"})))
        .await;
    assert_eq!(s, 200, "{done}");
    assert_eq!(
        done["obligations"][0]["fulfilled_at"],
        "2026-03-12T10:00:00+07:00"
    );
    let (s, _, _) = server
        .call(
            "POST",
            &format!("{cases}/{id}/transitions"),
            Some(&t),
            Some(&json!({"transition": "request_withdrawal"})),
        )
        .await;
    assert_eq!(s, 409, "no withdrawal once the data is handed over");
    drop(server);
    reg.cleanup().await;
}

/// Decree 165 Art. 12.10: the volume transferred abroad is counted cumulatively from
/// 2025-07-01; Art. 12.8: a change calls for an amended dossier.
#[tokio::test]
async fn cross_border_volume_is_cumulative_from_july_2025() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    let server = Server::start(&reg);
    let t = server.login("dpo@vidu.vn", PASSWORD).await;
    let cases = format!("/api/v1/orgs/{org}/cases");
    let (s, _, case) = server
        .call("POST", &cases, Some(&t), Some(&json!({
            "kind": "cross_border_transfer",
            "title": "Sao lưu sang trung tâm dữ liệu Singapore",
            "events": [
                {"trigger": "transfer_recorded", "at": "2025-06-30T16:59:00Z", "quantity": 1000},
                {"trigger": "transfer_recorded", "at": "2025-06-30T17:00:00Z", "quantity": 250}
            ]
        })))
        .await;
    assert_eq!(s, 201, "{case}");
    assert_eq!(
        case["cumulative"], 250,
        "only from 2025-07-01 00:00 in Viet Nam (17:00 UTC)"
    );
    let id = case["id"].as_str().unwrap();
    let (s, _, case) = server
        .call("POST", &format!("{cases}/{id}/events"), Some(&t), Some(&json!({"trigger": "transfer_recorded", "at": "2026-01-10T10:00:00+07:00", "quantity": 4000})))
        .await;
    assert_eq!((s, case["cumulative"].clone()), (200, json!(4250)));
    for (transition, state) in [
        ("file_dossier", "dossier_filed"),
        ("start_transfer", "transferring"),
        ("amend_dossier", "dossier_filed"),
    ] {
        let (s, _, c) = server
            .call(
                "POST",
                &format!("{cases}/{id}/transitions"),
                Some(&t),
                Some(&json!({"transition": transition})),
            )
            .await;
        assert_eq!(
            (s, c["state"].as_str().unwrap()),
            (200, state),
            "{transition}"
        );
    }
    let out = reg.cli(
        &[
            "case",
            "event",
            "--org",
            &org,
            "--case",
            id,
            "transfer_recorded=2026-02-01T10:00:00+07:00",
            "--quantity",
            "750",
        ],
        &[],
    );
    let c: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(c["cumulative"], 5000);
    drop(server);
    reg.cleanup().await;
}
