//! Issue 17 over HTTP: the consent ledger (given, refused by the Law 91/2025 Art. 24 rules,
//! withdrawn with its request and the systems told, exported as signed evidence), the public
//! request channel (verified by a code that reaches a real SMTP server, executed on the vault,
//! answered and closed within its clock; refused with a reason; verified in person), and the
//! abuse the channel must resist.

use base64::Engine as _;
use serde_json::{Value, json};

use crate::harness::*;

const CCCD: &str = "001203004567";
const CONTACT: &str = "nguoi.dan@example.vn";

async fn fetch_bytes(server: &Server, path: &str, token: &str) -> (u16, String, Vec<u8>) {
    let r = server
        .http
        .get(server.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let ct = r
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, ct, r.bytes().await.unwrap().to_vec())
}

/// Verifies CMS SignedData with openssl against the organisation's certificate; returns the
/// signed content.
async fn verified_content(server: &Server, org: &str, token: &str, der: &[u8]) -> Value {
    let (s, _, pem) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{org}/signing-certificate"),
            Some(token),
            None,
        )
        .await;
    assert_eq!(s, 200);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("org.pem"), pem.as_str().unwrap()).unwrap();
    std::fs::write(dir.path().join("signed.der"), der).unwrap();
    let out = std::process::Command::new("openssl")
        .args(["cms", "-verify", "-inform", "DER", "-in", "signed.der"])
        .args([
            "-CAfile",
            "org.pem",
            "-purpose",
            "any",
            "-out",
            "content.json",
        ])
        .current_dir(dir.path())
        .output()
        .expect("openssl (Debian package openssl) checks the signature");
    assert!(
        out.status.success(),
        "openssl cms -verify: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&std::fs::read(dir.path().join("content.json")).unwrap()).unwrap()
}

async fn keep_in_vault(server: &Server, org: &str, token: &str, subject: &str) -> String {
    let (s, _, kept) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{org}/vault/records"),
            Some(token),
            Some(&json!({
                "collection": "khach_hang",
                "subject": subject,
                "purpose": "marketing",
                "fields": {"ho_ten": "Trần Thị Bình", "so_dien_thoai": "0912345678", "email": CONTACT}
            })),
        )
        .await;
    assert_eq!(s, 201, "{kept}");
    kept["token"].as_str().unwrap().to_owned()
}

async fn read_vault(server: &Server, org: &str, token: &str, record: &str) -> (u16, Value) {
    let (s, _, b) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{org}/vault/records/{record}?purpose=marketing"),
            Some(token),
            None,
        )
        .await;
    (s, b)
}

fn consent(subject: &str) -> Value {
    json!({
        "subject": subject,
        "purposes": ["marketing", "cskh"],
        "channel": "electronic",
        "scope": "Họ tên và số điện thoại, để gửi thông tin khuyến mại",
        "evidence_sha256": "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
        "given_at": "2026-03-01T09:00:00+07:00"
    })
}

#[tokio::test]
async fn consent_given_withdrawn_and_exported_as_evidence() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    let (hook, told) = webhook_sink().await;
    let server = Server::start_with(&reg, &["--consent-webhook", &hook]);
    let t = server.login("dpo@vidu.vn", PASSWORD).await;
    let base = format!("/api/v1/orgs/{org}");

    let (s, _, c) = server
        .call(
            "POST",
            &format!("{base}/consents"),
            Some(&t),
            Some(&consent(CCCD)),
        )
        .await;
    assert_eq!(s, 201, "{c}");
    let id = c["id"].as_str().unwrap().to_owned();
    let subject = c["subject"].as_str().unwrap().to_owned();
    assert!(subject.starts_with("ps1:"), "kept by pseudonym: {c}");
    assert!(!c.to_string().contains(CCCD));
    assert_eq!(c["status"], "given");
    assert_eq!(
        c["evidence_sha256"],
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    );

    // Law 91/2025 Art. 24(2) and Decree 356/2025 Art. 6(4).
    let child = |extra: Value| {
        let mut b = consent("HS-2015-0042");
        for (k, v) in extra.as_object().unwrap() {
            b[k] = v.clone();
        }
        b
    };
    for (body, rule) in [
        (child(json!({"birth_date": "2015-05-01"})), "Art. 24(2)"),
        (
            child(
                json!({"birth_date": "2015-05-01", "discloses_private_life": true,
                "representative": {"relation": "parent", "person": "001080001234"}}),
            ),
            "child's consent too",
        ),
        (child(json!({"capacity": "lost"})), "Art. 24(2)"),
        (child(json!({"sensitive": true})), "Art. 6(4)"),
        (child(json!({"birth_date": "2026-03-02"})), "on or before"),
        (
            child(json!({"purposes": ["marketing", "marketing"]})),
            "each purpose once",
        ),
        (child(json!({"evidence_sha256": "abc"})), "64 hexadecimal"),
        (
            child(json!({"given_at": "2099-01-01T00:00:00+07:00"})),
            "future",
        ),
        (child(json!({"channel": "telepathy"})), "channel"),
    ] {
        let (s, ct, b) = server
            .call("POST", &format!("{base}/consents"), Some(&t), Some(&body))
            .await;
        assert_eq!(
            (s, ct.as_str()),
            (422, "application/problem+json"),
            "{body}: {b}"
        );
        assert!(b.to_string().contains(rule), "{rule}: {b}");
        assert!(
            !b.to_string().contains("HS-2015-0042"),
            "nothing echoed: {b}"
        );
    }
    let (s, _, kid) = server
        .call(
            "POST",
            &format!("{base}/consents"),
            Some(&t),
            Some(&child(
                json!({"birth_date": "2015-05-01", "discloses_private_life": true,
                "child_consented": true,
                "representative": {"relation": "parent", "person": "001080001234"}}),
            )),
        )
        .await;
    assert_eq!(s, 201, "{kid}");
    assert_eq!(
        (kid["subject_age"].clone(), kid["child"].clone()),
        (json!(10), json!(true))
    );
    assert_eq!(kid["representative"]["relation"], "parent");
    assert!(
        kid["representative"]["person"]
            .as_str()
            .unwrap()
            .starts_with("ps1:")
    );
    assert!(
        !kid.to_string().contains("2015-05-01"),
        "the date of birth is not kept"
    );

    // The subject's data in the vault, read for marketing while the consent stands.
    let record = keep_in_vault(&server, &org, &t, CCCD).await;
    assert_eq!(read_vault(&server, &org, &t, &record).await.0, 200);

    // The history, by identifier or pseudonym.
    for who in [CCCD, subject.as_str()] {
        let (s, _, h) = server
            .call(
                "GET",
                &format!("{base}/consents?subject={who}"),
                Some(&t),
                None,
            )
            .await;
        assert_eq!(s, 200, "{h}");
        assert_eq!(h.as_array().unwrap().len(), 1, "{h}");
    }

    // Withdrawn (no body): the request opens with its clock, the systems are told, the
    // vault stops decrypting for the purposes withdrawn.
    let (s, _, w) = server
        .call(
            "POST",
            &format!("{base}/consents/{id}/withdraw"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(s, 200, "{w}");
    assert_eq!(w["consent"]["status"], "withdrawn");
    assert_eq!(w["systems_notified"], true);
    let event = told.lock().unwrap()[0].clone();
    assert_eq!(event["type"], "consent.withdrawn");
    assert_eq!(event["subject"], subject.as_str());
    assert_eq!(event["purposes"], json!(["marketing", "cskh"]));
    assert!(!event.to_string().contains(CCCD));
    let (s, _, again) = server
        .call(
            "POST",
            &format!("{base}/consents/{id}/withdraw"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(s, 409, "{again}");
    let (s, refused) = read_vault(&server, &org, &t, &record).await;
    assert_eq!(s, 403, "{refused}");
    // Nor is more of their data collected for that purpose.
    let (s, _, more) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{org}/vault/records"),
            Some(&t),
            Some(
                &json!({"collection": "khach_hang", "subject": CCCD, "purpose": "marketing",
                "fields": {"so_dien_thoai": "0987654321"}}),
            ),
        )
        .await;
    assert_eq!(s, 403, "{more}");
    assert_eq!(refused["type"], "urn:khien:problem:restricted");
    assert!(!refused.to_string().contains("0912345678"));
    let case_id = w["case_id"].as_str().unwrap();
    let (s, _, case) = server
        .call("GET", &format!("{base}/cases/{case_id}"), Some(&t), None)
        .await;
    assert_eq!(s, 200, "{case}");
    assert_eq!(case["kind"], "subject_request");
    let obligations: Vec<&str> = case["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["obligation"].as_str().unwrap())
        .collect();
    assert!(
        obligations.contains(&"d356.subject.respond"),
        "{obligations:?}"
    );
    assert!(
        obligations.contains(&"d356.subject.withdraw-restrict-object"),
        "{obligations:?}"
    );

    // The evidence for an inspector, signed by the organisation.
    let (s, ct, der) = fetch_bytes(
        &server,
        &format!("{base}/consents/evidence?subject={CCCD}"),
        &t,
    )
    .await;
    assert_eq!((s, ct.as_str()), (200, "application/pkcs7-mime"));
    let doc = verified_content(&server, &org, &t, &der).await;
    assert_eq!(doc["type"], "khien/consent-evidence/v1");
    assert_eq!(doc["subject"], subject.as_str());
    assert_eq!(doc["consents"][0]["status"], "withdrawn");
    assert_eq!(doc["consents"][0]["withdrawal_case"], case_id);
    assert!(!doc.to_string().contains(CCCD));
    reg.cleanup().await;
}

/// The code in the first message sent to the sink.
fn code_in(mail: &str) -> String {
    let text = mail_text(mail);
    let at = text.find("Mã xác minh: ").expect("the code's line") + "Mã xác minh: ".len();
    text[at..at + 6].to_owned()
}

#[tokio::test]
async fn a_deletion_request_verified_executed_answered_and_closed_within_its_clock() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    let (port, mails) = smtp_sink().await;
    let smtp = format!("smtp://127.0.0.1:{port}");
    let server = Server::start_with(&reg, &["--smtp-url", &smtp, "--mail-from", "khien@vidu.vn"]);
    let t = server.login("dpo@vidu.vn", PASSWORD).await;
    let record = keep_in_vault(&server, &org, &t, CCCD).await;

    let body = json!({
        "kind": "deletion",
        "contact_email": CONTACT,
        "subject_reference": CCCD,
        "details": "Tôi đề nghị công ty xóa toàn bộ dữ liệu cá nhân của tôi."
    });
    let (s, _, sub) = server
        .call(
            "POST",
            &format!("/public/orgs/{org}/requests"),
            None,
            Some(&body),
        )
        .await;
    assert_eq!(s, 202, "{sub}");
    assert_eq!(sub["verification"], "code_sent");
    assert!(!sub.to_string().contains(CONTACT) && !sub.to_string().contains(CCCD));
    let reference = sub["reference"].as_str().unwrap().to_owned();
    let status = format!("/public/orgs/{org}/requests/{reference}");
    let code = code_in(&mails.lock().unwrap()[0]);
    assert!(mails.lock().unwrap()[0].contains(&format!("To: {CONTACT}")));

    // Before verification: nothing runs, nothing is done.
    let (s, _, st) = server.call("GET", &status, None, None).await;
    assert_eq!(s, 200, "{st}");
    assert_eq!(
        (st["status"].clone(), st["deadlines"].clone()),
        (json!("unverified"), json!([]))
    );
    let decide = format!("/api/v1/orgs/{org}/requests/{reference}/decide");
    let (s, _, early) = server
        .call(
            "POST",
            &decide,
            Some(&t),
            Some(&json!({"decision": "approve"})),
        )
        .await;
    assert_eq!(s, 409, "{early}");
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let (s, _, b) = server
        .call(
            "POST",
            &format!("{status}/verify"),
            None,
            Some(&json!({"code": wrong})),
        )
        .await;
    assert_eq!(s, 422, "{b}");
    assert!(
        b["detail"].as_str().unwrap().contains("4 attempt(s) left"),
        "{b}"
    );

    let (s, _, v) = server
        .call(
            "POST",
            &format!("{status}/verify"),
            None,
            Some(&json!({"code": code})),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["status"], "verified");
    let due = |v: &Value, id: &str| {
        v["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["obligation"] == id)
            .unwrap_or_else(|| panic!("{id} in {v}"))
            .clone()
    };
    // The automatic reply with the procedure and time limits met the 2-working-day clock.
    assert!(
        due(&v, "d356.subject.respond")["done_at"].is_string(),
        "{v}"
    );
    assert!(due(&v, "d356.subject.delete")["done_at"].is_null());
    let reply = mail_text(&mails.lock().unwrap()[1]);
    assert!(reply.contains("Thời hạn theo quy định"), "{reply}");

    // Staff see the request and what the sender wrote (recorded as a decryption).
    let (s, _, list) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{org}/requests"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(s, 200, "{list}");
    assert_eq!(list[0]["reference"], reference.as_str());
    assert!(
        !list.to_string().contains(CONTACT),
        "lists show nothing the sender wrote"
    );
    let (s, _, detail) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{org}/requests/{reference}"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(s, 200, "{detail}");
    assert_eq!(detail["contact_email"], CONTACT);
    assert_eq!(detail["subject_reference"], CCCD);

    // Carried out: the subject destroyed in the vault, a certificate, the answer e-mailed.
    let (s, _, d) = server
        .call(
            "POST",
            &decide,
            Some(&t),
            Some(&json!({"decision": "approve"})),
        )
        .await;
    assert_eq!(s, 200, "{d}");
    assert_eq!(d["answered"], true);
    assert_eq!(d["request"]["status"], "done");
    let cert = base64::engine::general_purpose::STANDARD
        .decode(d["certificate"].as_str().unwrap())
        .unwrap();
    let content = verified_content(&server, &org, &t, &cert).await;
    assert_eq!(content["request"], d["request"]["case_id"]);
    assert_eq!(content["records"], 1);
    assert_eq!(read_vault(&server, &org, &t, &record).await.0, 410);
    // Every time limit met before it fell due; the case closed.
    for dl in d["request"]["deadlines"].as_array().unwrap() {
        let done = time::OffsetDateTime::parse(
            dl["done_at"]
                .as_str()
                .unwrap_or_else(|| panic!("{dl} not met")),
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap();
        let due = time::OffsetDateTime::parse(
            dl["due"].as_str().unwrap(),
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap();
        assert!(done <= due, "{dl}");
    }
    let case_id = d["request"]["case_id"].as_str().unwrap();
    let (_, _, case) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{org}/cases/{case_id}"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(case["state"], "done");
    let answer = mail_text(&mails.lock().unwrap()[2]);
    assert!(answer.contains("đã được thực hiện"), "{answer}");
    assert!(answer.contains("chung-nhan-huy-du-lieu.p7m"), "{answer}");

    // The public status: done and answered, nothing personal.
    let (s, _, st) = server.call("GET", &status, None, None).await;
    assert_eq!(s, 200);
    assert_eq!(st["status"], "done");
    assert!(st["answered_at"].is_string());
    let text = st.to_string();
    assert!(!text.contains(CONTACT) && !text.contains(CCCD) && !text.contains("xóa toàn bộ"));
    reg.cleanup().await;
}

#[tokio::test]
async fn requests_verified_in_person_refused_with_a_reason_or_restricting_the_vault() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    // No e-mail configured: senders are verified in person.
    let server = Server::start(&reg);
    let t = server.login("dpo@vidu.vn", PASSWORD).await;
    let record = keep_in_vault(&server, &org, &t, CCCD).await;
    let submit = |kind: &str| json!({"kind": kind, "contact_email": CONTACT, "subject_reference": CCCD, "details": ""});
    let (s, _, a) = server
        .call(
            "POST",
            &format!("/public/orgs/{org}/requests"),
            None,
            Some(&submit("access")),
        )
        .await;
    assert_eq!(s, 202, "{a}");
    assert_eq!(a["verification"], "in_person");
    let a_ref = a["reference"].as_str().unwrap().to_owned();
    let staff = format!("/api/v1/orgs/{org}/requests/{a_ref}");
    let (s, _, v) = server
        .call("POST", &format!("{staff}/verify-in-person"), Some(&t), None)
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["verified_how"], "in_person");
    let (s, _, _) = server
        .call("POST", &format!("{staff}/verify-in-person"), Some(&t), None)
        .await;
    assert_eq!(s, 409, "once");
    // A refusal needs its reason (without personal data).
    for (reason, code) in [("", 422), ("Người yêu cầu có số CCCD 001203004567", 422)] {
        let (s, _, b) = server
            .call(
                "POST",
                &format!("{staff}/decide"),
                Some(&t),
                Some(&json!({"decision": "refuse", "reason": reason})),
            )
            .await;
        assert_eq!(s, code, "{reason}: {b}");
    }
    let why = "Không xác định được chủ thể dữ liệu theo thông tin đã cung cấp";
    let (s, _, d) = server
        .call(
            "POST",
            &format!("{staff}/decide"),
            Some(&t),
            Some(&json!({"decision": "refuse", "reason": why})),
        )
        .await;
    assert_eq!(s, 200, "{d}");
    assert_eq!(d["request"]["status"], "refused");
    assert_eq!(d["request"]["outcome"], why);
    assert_eq!(d["answered"], Value::Null, "no e-mail configured");
    let case_id = d["request"]["case_id"].as_str().unwrap();
    let (_, _, case) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{org}/cases/{case_id}"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(case["state"], "refused");
    let (s, _, st) = server
        .call(
            "GET",
            &format!("/public/orgs/{org}/requests/{a_ref}"),
            None,
            None,
        )
        .await;
    assert_eq!((s, st["status"].clone()), (200, json!("refused")));

    // An objection, carried out: the vault refuses every purpose for the subject.
    let (_, _, o) = server
        .call(
            "POST",
            &format!("/public/orgs/{org}/requests"),
            None,
            Some(&submit("objection")),
        )
        .await;
    let o_ref = o["reference"].as_str().unwrap().to_owned();
    let staff = format!("/api/v1/orgs/{org}/requests/{o_ref}");
    assert_eq!(read_vault(&server, &org, &t, &record).await.0, 200);
    server
        .call("POST", &format!("{staff}/verify-in-person"), Some(&t), None)
        .await;
    let (s, _, d) = server
        .call(
            "POST",
            &format!("{staff}/decide"),
            Some(&t),
            Some(&json!({"decision": "approve"})),
        )
        .await;
    assert_eq!(s, 200, "{d}");
    assert_eq!(read_vault(&server, &org, &t, &record).await.0, 403);

    // An access request: the subject's data, signed by the organisation.
    let other = keep_in_vault(&server, &org, &t, "khach-0099").await;
    let _ = other;
    let (_, _, p) = server
        .call(
            "POST",
            &format!("/public/orgs/{org}/requests"),
            None,
            Some(
                &json!({"kind": "portability", "contact_email": "an@example.vn",
                "subject_reference": "khach-0099"}),
            ),
        )
        .await;
    let p_ref = p["reference"].as_str().unwrap().to_owned();
    let staff = format!("/api/v1/orgs/{org}/requests/{p_ref}");
    server
        .call("POST", &format!("{staff}/verify-in-person"), Some(&t), None)
        .await;
    let (s, _, d) = server
        .call(
            "POST",
            &format!("{staff}/decide"),
            Some(&t),
            Some(&json!({"decision": "approve"})),
        )
        .await;
    assert_eq!(s, 200, "{d}");
    let pkg = base64::engine::general_purpose::STANDARD
        .decode(d["package"].as_str().unwrap())
        .unwrap();
    let data = verified_content(&server, &org, &t, &pkg).await;
    assert_eq!(data["type"], "khien/subject-data/v1");
    assert_eq!(data["records"][0]["fields"]["so_dien_thoai"], "0912345678");
    assert_eq!(
        data["records"].as_array().unwrap().len(),
        1,
        "only this subject's"
    );
    reg.cleanup().await;
}

#[tokio::test]
async fn the_public_channel_resists_abuse_and_tells_nothing() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    let (port, mails) = smtp_sink().await;
    let smtp = format!("smtp://127.0.0.1:{port}");
    let server = Server::start_with(&reg, &["--smtp-url", &smtp, "--mail-from", "khien@vidu.vn"]);
    let t = server.login("dpo@vidu.vn", PASSWORD).await;
    keep_in_vault(&server, &org, &t, CCCD).await;
    let url = format!("/public/orgs/{org}/requests");

    // Malformed input: a clear problem, nothing echoed, nothing kept.
    let raw = server
        .http
        .post(server.url(&url))
        .header("content-type", "application/json")
        .body("{\"kind\": \"access\", \"contact_email\": \"lan@example.vn\"")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status().as_u16(), 400);
    for bad in [
        json!({"kind": "everything", "contact_email": "lan@example.vn", "subject_reference": "x"}),
        json!({"kind": "access", "contact_email": "lan(at)example.vn", "subject_reference": "x"}),
        json!({"kind": "access", "contact_email": "lan@example.vn", "subject_reference": "  "}),
        json!({"kind": "access", "contact_email": "lan@example.vn", "subject_reference": "x", "admin": true}),
        json!({"kind": "access", "contact_email": "lan@example.vn", "subject_reference": "x", "details": "a".repeat(2001)}),
    ] {
        let (s, ct, b) = server.call("POST", &url, None, Some(&bad)).await;
        assert_eq!(
            (s, ct.as_str()),
            (422, "application/problem+json"),
            "{bad}: {b}"
        );
        assert!(!b.to_string().contains("lan"), "nothing echoed: {b}");
    }
    let (s, _, _) = server
        .call(
            "POST",
            &format!("/public/orgs/{}/requests", uuid_nil()),
            None,
            Some(&json!({
            "kind": "access", "contact_email": "lan@example.vn", "subject_reference": "x"})),
        )
        .await;
    assert_eq!(s, 404, "no such organisation");
    assert!(mails.lock().unwrap().is_empty());

    // The same answer whether or not the organisation holds the subject.
    let ask = |who: &str, contact: &str| json!({"kind": "access", "contact_email": contact, "subject_reference": who});
    let (s1, _, known) = server
        .call("POST", &url, None, Some(&ask(CCCD, "a@example.vn")))
        .await;
    let (s2, _, unknown) = server
        .call(
            "POST",
            &url,
            None,
            Some(&ask("079999999999", "b@example.vn")),
        )
        .await;
    assert_eq!((s1, s2), (202, 202));
    let shape = |v: &Value| {
        let mut v = v.clone();
        v["reference"] = json!("");
        v["status_url"] = json!("");
        v
    };
    assert_eq!(shape(&known), shape(&unknown));
    let st = |r: &Value| format!("{url}/{}", r["reference"].as_str().unwrap());
    let (_, _, a) = server.call("GET", &st(&known), None, None).await;
    let (_, _, b) = server.call("GET", &st(&unknown), None, None).await;
    let strip = |v: &Value| {
        let mut v = v.clone();
        for k in ["reference", "received_at"] {
            v[k] = json!("");
        }
        v
    };
    assert_eq!(strip(&a), strip(&b));

    // A guessed reference is "not found", whatever it looks like.
    for r in ["YC-0000-0000-0000", "x", "../../etc"] {
        let (s, _, _) = server.call("GET", &format!("{url}/{r}"), None, None).await;
        assert_eq!(s, 404, "{r}");
    }

    // Guessing the code: five tries, then the code stops working even when right.
    let r = st(&known);
    for _ in 0..5 {
        let (s, _, _) = server
            .call(
                "POST",
                &format!("{r}/verify"),
                None,
                Some(&json!({"code": "999999"})),
            )
            .await;
        assert!(s == 422 || s == 200, "{s}");
    }
    let code = code_in(&mails.lock().unwrap()[0]);
    let (s, _, b) = server
        .call(
            "POST",
            &format!("{r}/verify"),
            None,
            Some(&json!({"code": code})),
        )
        .await;
    if code != "999999" {
        assert_eq!(s, 409, "locked after five wrong codes: {b}");
    }

    // A flood from one address: three an hour, then 429 with Retry-After.
    for i in 0..3 {
        let (s, _, b) = server
            .call(
                "POST",
                &url,
                None,
                Some(&ask(&format!("khach-{i}"), "flood@example.vn")),
            )
            .await;
        assert_eq!(s, 202, "{b}");
    }
    let resp = server
        .http
        .post(server.url(&url))
        .json(&ask("khach-9", "FLOOD@example.vn"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        resp.status().as_u16(),
        429,
        "addresses compared in lower case"
    );
    assert!(resp.headers().get("retry-after").is_some());
    // A flood from one network, of any call: refused within the minute.
    let mut limited = false;
    for _ in 0..70 {
        let (s, _, _) = server.call("GET", &st(&unknown), None, None).await;
        if s == 429 {
            limited = true;
            break;
        }
    }
    assert!(limited, "the network's calls are throttled");
    reg.cleanup().await;
}

fn uuid_nil() -> &'static str {
    "00000000-0000-0000-0000-000000000000"
}

/// A breach of location data (Decree 356/2025 Art. 29): its facts, the notices e-mailed to
/// the affected subjects (received by a real SMTP server) within 72 hours, who was told and
/// when with the addresses masked, Form 08 drafted from the facts, the file's retention.
#[tokio::test]
async fn a_breach_with_its_facts_notices_to_the_subjects_and_form_08() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Vận Tải", "dpo@vantai.vn", "company");
    let (port, mails) = smtp_sink().await;
    let smtp = format!("smtp://127.0.0.1:{port}");
    let server = Server::start_with(
        &reg,
        &["--smtp-url", &smtp, "--mail-from", "baomat@vantai.vn"],
    );
    let t = server.login("dpo@vantai.vn", PASSWORD).await;
    let base = format!("/api/v1/orgs/{org}");
    // A driver whose address is in the vault.
    let (s, _, kept) = server
        .call(
            "POST",
            &format!("{base}/vault/records"),
            Some(&t),
            Some(
                &json!({"collection": "tai_xe", "subject": "TX-0042", "purpose": "dieu_phoi",
                "fields": {"ho_ten": "Lê Văn Cường", "email": "cuong.le@example.vn"}}),
            ),
        )
        .await;
    assert_eq!(s, 201, "{kept}");
    let (s, _, case) = server
        .call(
            "POST",
            &format!("{base}/cases"),
            Some(&t),
            Some(&json!({
                "kind": "breach",
                "title": "Lộ lịch sử vị trí xe qua ứng dụng",
                "events": [
                    {"trigger": "breach_discovered", "at": "2026-05-04T08:00:00+07:00"},
                    {"trigger": "location_biometric_breach_discovered", "at": "2026-05-04T08:00:00+07:00"}
                ]
            })),
        )
        .await;
    assert_eq!(s, 201, "{case}");
    let case_id = case["id"].as_str().unwrap().to_owned();
    let breach = format!("{base}/cases/{case_id}/breach");

    // Nothing known yet: everything a notice needs is missing, and it cannot be sent.
    let (s, _, f) = server.call("GET", &breach, Some(&t), None).await;
    assert_eq!(s, 200, "{f}");
    assert_eq!(f["missing_for_notice"].as_array().unwrap().len(), 8, "{f}");
    let notices = format!("{breach}/notices");
    let (s, _, b) = server
        .call(
            "POST",
            &notices,
            Some(&t),
            Some(&json!({"recipients": ["an@example.vn"]})),
        )
        .await;
    assert_eq!(s, 422, "{b}");
    assert!(
        b["detail"].as_str().unwrap().contains("subject_guidance"),
        "{b}"
    );

    let facts = json!({
        "discovered_at": "2026-05-04T08:00:00+07:00",
        "discovered_how": "Hệ thống giám sát cảnh báo truy vấn bất thường",
        "occurred_at": "2026-05-03T23:40:00+07:00",
        "place": "Máy chủ ứng dụng điều phối",
        "conduct": "Truy cập trái phép vào API lịch sử vị trí",
        "parties": "Chưa xác định",
        "data_kinds": ["location", "basic"],
        "data_description": "Lịch sử vị trí 30 ngày, họ tên",
        "subjects_affected": 2,
        "severity": "high",
        "risks": "Bị theo dõi nơi ở, lộ lộ trình làm việc",
        "measures": "Khóa API, đổi khóa truy cập, rà soát nhật ký",
        "subject_guidance": "Thay đổi mật khẩu ứng dụng; báo ngay dấu hiệu bị theo dõi",
        "contact": "Phòng Bảo vệ dữ liệu, điện thoại 024 3826 1234",
        "minutes_number": "01/BB-VT",
        "minutes_date": "2026-05-04"
    });
    let (s, _, f) = server.call("PUT", &breach, Some(&t), Some(&facts)).await;
    assert_eq!(s, 200, "{f}");
    assert_eq!(f["subjects_must_be_told"], true);
    assert_eq!(f["missing_for_notice"], json!([]));
    assert_eq!(f["kept_until"], Value::Null, "not remediated: kept");
    for bad in [
        json!({"discovered_at": "2099-01-01T00:00:00+07:00"}),
        json!({"occurred_at": "2026-05-05T00:00:00+07:00", "discovered_at": "2026-05-04T00:00:00+07:00"}),
        json!({"severity": "apocalyptic"}),
        json!({"data_kinds": ["dreams"]}),
    ] {
        let (s, _, b) = server.call("PUT", &breach, Some(&t), Some(&bad)).await;
        assert_eq!(s, 422, "{bad}: {b}");
    }

    // Notices: one by address, one to the driver the vault knows.
    let (s, _, n) = server
        .call(
            "POST",
            &notices,
            Some(&t),
            Some(&json!({"recipients": ["hanh.pham@example.vn"], "subjects": ["TX-0042"]})),
        )
        .await;
    assert_eq!(s, 200, "{n}");
    assert_eq!(n["fulfilled"], true);
    let got: Vec<String> = mails.lock().unwrap().iter().map(|m| mail_text(m)).collect();
    assert_eq!(got.len(), 2);
    for m in &got {
        for part in [
            "Thời điểm và hình thức phát hiện",
            "Dữ liệu vị trí cá nhân",
            "Mức độ nghiêm trọng: Cao",
            "Khóa API",
            "Thay đổi mật khẩu",
            "Phòng Bảo vệ dữ liệu",
        ] {
            assert!(m.contains(part), "{part} missing: {m}");
        }
    }
    assert!(got.iter().any(|m| m.contains("To: cuong.le@example.vn")));
    // Who was told, and when: the addresses masked.
    let (s, _, list) = server.call("GET", &notices, Some(&t), None).await;
    assert_eq!(s, 200);
    let shown: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["recipient"].as_str().unwrap())
        .collect();
    assert_eq!(shown, vec!["c***@example.vn", "h***@example.vn"]);
    assert!(!list.to_string().contains("cuong.le"));
    // The 72-hour obligation is fulfilled, before it fell due.
    let (_, _, c) = server
        .call("GET", &format!("{base}/cases/{case_id}"), Some(&t), None)
        .await;
    let o = c["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["obligation"] == "d356.breach.location-biometric-subjects")
        .unwrap()
        .clone();
    assert!(o["fulfilled_at"].is_string(), "{o}");

    // Form 08 drafted from the facts.
    let (s, _, check) = server
        .call(
            "POST",
            &format!("{base}/forms/nd356-08/check?case={case_id}"),
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
    for filled in [
        "breach.time",
        "breach.place",
        "breach.conduct",
        "breach.parties",
        "breach.data",
        "breach.consequences",
        "breach.measures",
    ] {
        assert!(
            !left.contains(&filled),
            "{filled} not drafted from the facts: {left:?}"
        );
    }
    let (s, ct, _) = server
        .call(
            "POST",
            &format!("{base}/forms/nd356-08/render?format=docx&draft=true&case={case_id}"),
            Some(&t),
            Some(&json!({})),
        )
        .await;
    assert_eq!(s, 200);
    assert!(ct.contains("wordprocessingml"), "{ct}");

    // The minutes (Law 91/2025 Art. 23(2)) drawn up from the facts.
    let (s, ct, md) = server
        .call(
            "GET",
            &format!("{breach}/minutes?format=md"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(s, 200, "{md}");
    assert!(ct.starts_with("text/markdown"));
    let md = md.as_str().unwrap().to_owned();
    for part in [
        "BIÊN BẢN",
        "01/BB-VT",
        "Truy cập trái phép vào API lịch sử vị trí",
        "72 giờ",
    ] {
        assert!(md.contains(part), "{part} not in the minutes: {md}");
    }
    let (s, ct, _) = server
        .call("GET", &format!("{breach}/minutes"), Some(&t), None)
        .await;
    assert_eq!((s, ct.as_str()), (200, "application/pdf"));

    // Remediated: the file is kept five years from then.
    let mut done = facts.clone();
    done["remediated_on"] = json!("2026-05-20");
    let (s, _, f) = server.call("PUT", &breach, Some(&t), Some(&done)).await;
    assert_eq!(s, 200, "{f}");
    assert_eq!(f["kept_until"], "2031-05-20");
    // Not a breach case: refused.
    let (_, _, other) = server
        .call(
            "POST",
            &format!("{base}/cases"),
            Some(&t),
            Some(
                &json!({"kind": "impact_assessment", "title": "Đánh giá tác động",
                "events": [{"trigger": "processing_started", "at": "2026-05-01T08:00:00+07:00"}]}),
            ),
        )
        .await;
    let (s, _, _) = server
        .call(
            "GET",
            &format!("{base}/cases/{}/breach", other["id"].as_str().unwrap()),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(s, 409);
    reg.cleanup().await;
}

/// Proving an address is not proving who one is: a request whose sender's address is not one
/// the organisation holds for the subject is carried out only after staff saw the sender in
/// person; and guesses of a code sent at once each use up an attempt.
#[tokio::test]
async fn an_impostor_who_proves_only_an_address_gets_nothing() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    let (port, mails) = smtp_sink().await;
    let smtp = format!("smtp://127.0.0.1:{port}");
    let server = Server::start_with(&reg, &["--smtp-url", &smtp, "--mail-from", "khien@vidu.vn"]);
    let t = server.login("dpo@vidu.vn", PASSWORD).await;
    let record = keep_in_vault(&server, &org, &t, CCCD).await;
    let url = format!("/public/orgs/{org}/requests");
    let (s, _, sub) = server
        .call(
            "POST",
            &url,
            None,
            Some(&json!({"kind": "access", "contact_email": "ke.gian@example.vn", "subject_reference": CCCD})),
        )
        .await;
    assert_eq!(s, 202, "{sub}");
    let reference = sub["reference"].as_str().unwrap().to_owned();
    let code = code_in(&mails.lock().unwrap()[0]);
    let (s, _, v) = server
        .call(
            "POST",
            &format!("{url}/{reference}/verify"),
            None,
            Some(&json!({"code": code})),
        )
        .await;
    assert_eq!((s, v["status"].clone()), (200, json!("verified")), "{v}");
    let staff = format!("/api/v1/orgs/{org}/requests/{reference}");
    let (s, _, d) = server
        .call(
            "POST",
            &format!("{staff}/decide"),
            Some(&t),
            Some(&json!({"decision": "approve"})),
        )
        .await;
    assert_eq!(s, 409, "{d}");
    assert!(d["detail"].as_str().unwrap().contains("in person"), "{d}");
    assert_eq!(
        mails.lock().unwrap().len(),
        2,
        "the code and the reply, no data"
    );
    assert_eq!(read_vault(&server, &org, &t, &record).await.0, 200);
    // Seen in person, the request is carried out.
    let (s, _, v) = server
        .call("POST", &format!("{staff}/verify-in-person"), Some(&t), None)
        .await;
    assert_eq!(
        (s, v["verified_how"].clone()),
        (200, json!("in_person")),
        "{v}"
    );
    let (s, _, d) = server
        .call(
            "POST",
            &format!("{staff}/decide"),
            Some(&t),
            Some(&json!({"decision": "approve"})),
        )
        .await;
    assert_eq!(s, 200, "{d}");
    assert!(d["package"].is_string());

    // Ten guesses at once: at most five are weighed, the rest find the code spent.
    let (_, _, sub) = server
        .call(
            "POST",
            &url,
            None,
            Some(&json!({"kind": "deletion", "contact_email": "doan.ma@example.vn", "subject_reference": "khach-77"})),
        )
        .await;
    let reference = sub["reference"].as_str().unwrap().to_owned();
    let code = code_in(&mails.lock().unwrap()[3]);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let verify = format!("{url}/{reference}/verify");
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..10 {
        let (client, to) = (server.http.clone(), server.url(&verify));
        let body = json!({"code": wrong});
        set.spawn(async move {
            client
                .post(to)
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        });
    }
    let mut statuses = Vec::new();
    while let Some(s) = set.join_next().await {
        statuses.push(s.unwrap());
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 422).count(),
        5,
        "{statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 422 || *s == 409 || *s == 429),
        "{statuses:?}"
    );
    let (s, _, _) = server
        .call("POST", &verify, None, Some(&json!({"code": code})))
        .await;
    assert_eq!(s, 409, "the code is spent");
    reg.cleanup().await;
}
