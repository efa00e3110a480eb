//! Bad input gets a 4xx problem document, never a 5xx, and changes nothing.

use serde_json::{Value, json};

use crate::harness::*;

struct Probe {
    what: &'static str,
    method: &'static str,
    path: String,
    content_type: Option<&'static str>,
    body: Vec<u8>,
    want: u16,
}

async fn send(server: &Server, token: &str, p: &Probe) -> (u16, String, Value) {
    let method = reqwest::Method::from_bytes(p.method.as_bytes()).unwrap();
    // No connection is reused: after refusing an oversized body unread the server closes the
    // connection, and a pooled one could be picked up by the next probe meanwhile.
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let mut req = http.request(method, server.url(&p.path)).bearer_auth(token);
    if let Some(ct) = p.content_type {
        req = req.header("content-type", ct);
    }
    let r = req.body(p.body.clone()).send().await.unwrap();
    let status = r.status().as_u16();
    let ct = r
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let text = r.text().await.unwrap();
    (
        status,
        ct,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn state(server: &Server, token: &str, org: &str) -> Value {
    let mut all = Vec::new();
    for part in ["", "/assets", "/activities", "/members", "/designations"] {
        let (s, _, v) = server
            .call(
                "GET",
                &format!("/api/v1/orgs/{org}{part}"),
                Some(token),
                None,
            )
            .await;
        assert_eq!(s, 200);
        all.push(v);
    }
    Value::Array(all)
}

#[tokio::test]
async fn bad_input_is_refused_with_a_problem_and_changes_nothing() {
    let reg = Registry::sqlite();
    let server = Server::start(&reg);
    let w = World::build(&reg, &server).await;
    let token = server.login(A_DPO, PASSWORD).await;
    let a = &w.a;
    let before = state(&server, &token, a).await;
    let json_ct = Some("application/json");
    let assets = format!("/api/v1/orgs/{a}/assets");
    let good = asset_body("hợp lệ");
    let with = |f: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        f(&mut v);
        serde_json::to_vec(&v).unwrap()
    };
    let huge_name = "ắ".repeat(200_000);
    let probes = vec![
        Probe { what: "malformed JSON", method: "POST", path: assets.clone(), content_type: json_ct, body: b"{\"name\": ".to_vec(), want: 400 },
        Probe { what: "not an object", method: "POST", path: assets.clone(), content_type: json_ct, body: b"[1,2,3]".to_vec(), want: 422 },
        Probe { what: "empty body", method: "POST", path: assets.clone(), content_type: json_ct, body: Vec::new(), want: 400 },
        Probe { what: "wrong type", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["name"] = json!(5)), want: 422 },
        Probe { what: "negative count", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["record_count"] = json!(-1)), want: 422 },
        Probe { what: "count over 2^63", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["record_count"] = json!(u64::MAX)), want: 422 },
        Probe { what: "unknown field", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["is_admin"] = json!(true)), want: 422 },
        Probe { what: "unknown nested field", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["classification"]["x"] = json!(1)), want: 422 },
        Probe { what: "missing field", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| { v.as_object_mut().unwrap().remove("owner"); }), want: 422 },
        Probe { what: "blank name", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["name"] = json!("   ")), want: 422 },
        Probe { what: "control characters", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["name"] = json!("a\u{0}b")), want: 422 },
        Probe { what: "SQL-ish enum code", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["kind"] = json!("database' OR '1'='1")), want: 422 },
        Probe { what: "criterion on ordinary data", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["classification"]["importance"] = json!("ordinary")), want: 422 },
        Probe { what: "bad retention", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["retention"] = json!("forever")), want: 422 },
        Probe { what: "bad country", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["storage_country"] = json!("Việt Nam")), want: 422 },
        Probe { what: "parent in another organisation", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["parent_id"] = json!(w.b_asset)), want: 422 },
        Probe { what: "invalid UTF-8", method: "POST", path: assets.clone(), content_type: json_ct, body: b"{\"name\": \"\xff\xfe\"}".to_vec(), want: 400 },
        Probe { what: "oversized body", method: "POST", path: assets.clone(), content_type: json_ct, body: with(&|v| v["name"] = json!(huge_name)), want: 413 },
        Probe { what: "no content type", method: "POST", path: assets.clone(), content_type: None, body: serde_json::to_vec(&good).unwrap(), want: 415 },
        Probe { what: "form content type", method: "POST", path: assets.clone(), content_type: Some("application/x-www-form-urlencoded"), body: b"name=x".to_vec(), want: 415 },
        Probe { what: "SQL-ish path id", method: "GET", path: format!("/api/v1/orgs/{a}/assets/'%20OR%201=1%20--"), content_type: None, body: Vec::new(), want: 400 },
        Probe { what: "SQL-ish org id", method: "DELETE", path: "/api/v1/orgs/1;DROP%20TABLE%20organisations/assets/x".to_owned(), content_type: None, body: Vec::new(), want: 400 },
        Probe { what: "unknown asset", method: "DELETE", path: format!("/api/v1/orgs/{a}/assets/00000000-0000-4000-8000-000000000000"), content_type: None, body: Vec::new(), want: 404 },
        Probe { what: "unknown role", method: "PUT", path: format!("/api/v1/orgs/{a}/members/{}/roles/root", w.b_dpo_user), content_type: None, body: Vec::new(), want: 422 },
        Probe { what: "member of another organisation", method: "PUT", path: format!("/api/v1/orgs/{a}/members/{}/roles/staff", w.b_dpo_user), content_type: None, body: Vec::new(), want: 404 },
        Probe { what: "asset in use", method: "DELETE", path: format!("/api/v1/orgs/{a}/assets/{}", w.a_asset), content_type: None, body: Vec::new(), want: 409 },
        Probe { what: "invalid tax code", method: "PUT", path: format!("/api/v1/orgs/{a}"), content_type: json_ct, body: br#"{"name":"A","kind":"company","tax_code":"0100109107"}"#.to_vec(), want: 422 },
        Probe { what: "duplicate tax code", method: "PUT", path: format!("/api/v1/orgs/{a}"), content_type: json_ct, body: br#"{"name":"A","kind":"company","tax_code":"0300588569"}"#.to_vec(), want: 409 },
        Probe { what: "designation before its decision", method: "POST", path: format!("/api/v1/orgs/{a}/designations"), content_type: json_ct, body: br#"{"dpo_name":"X","unit_name":"Y","since":"2026-01-01","document_number":"1/QD","document_date":"2026-02-01"}"#.to_vec(), want: 422 },
        Probe { what: "impossible date", method: "POST", path: format!("/api/v1/orgs/{a}/designations"), content_type: json_ct, body: br#"{"dpo_name":"X","unit_name":"Y","since":"2026-02-30","document_number":"1/QD","document_date":"2026-02-01"}"#.to_vec(), want: 422 },
        Probe { what: "activity with another organisation's asset", method: "POST", path: format!("/api/v1/orgs/{a}/activities"), content_type: json_ct, body: serde_json::to_vec(&activity_body(&w.b_asset)).unwrap(), want: 422 },
        Probe { what: "foreign recipient without cross_border", method: "POST", path: format!("/api/v1/orgs/{a}/activities"), content_type: json_ct, body: serde_json::to_vec(&{ let mut v = activity_body(&w.a_asset); v["recipients"][0]["country"] = json!("SG"); v }).unwrap(), want: 422 },
Probe { what: "a password in an invitation", method: "POST", path: format!("/api/v1/orgs/{a}/invitations"), content_type: json_ct, body: br#"{"email":"n@a.example.vn","password":"long enough!","roles":["staff"]}"#.to_vec(), want: 422 },
        Probe { what: "no roles in an invitation", method: "POST", path: format!("/api/v1/orgs/{a}/invitations"), content_type: json_ct, body: br#"{"email":"n@a.example.vn","roles":[]}"#.to_vec(), want: 422 },
        Probe { what: "supervisor role outside an authority", method: "POST", path: format!("/api/v1/orgs/{a}/invitations"), content_type: json_ct, body: br#"{"email":"n@a.example.vn","roles":["supervisor"]}"#.to_vec(), want: 422 },
        Probe { what: "an unknown invitation secret", method: "POST", path: "/api/v1/invitations/accept".to_owned(), content_type: json_ct, body: br#"{"secret":"khien_i_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","display_name":"N","password":"short"}"#.to_vec(), want: 404 },
        Probe { what: "last DPO", method: "DELETE", path: format!("/api/v1/orgs/{a}/members/{}/roles/dpo", w.b_dpo_user), content_type: None, body: Vec::new(), want: 409 },
        Probe { what: "no such route", method: "GET", path: "/api/v1/nothing-here".to_owned(), content_type: None, body: Vec::new(), want: 404 },
        Probe { what: "wrong method", method: "PATCH", path: format!("/api/v1/orgs/{a}"), content_type: json_ct, body: b"{}".to_vec(), want: 405 },
    ];
    for p in &probes {
        let (status, ct, body) = send(&server, &token, p).await;
        assert_eq!(status, p.want, "{}: got {status} {body}", p.what);
        assert_eq!(ct, "application/problem+json", "{}", p.what);
        assert_eq!(body["status"], json!(status), "{}", p.what);
        assert!(
            body["type"]
                .as_str()
                .unwrap()
                .starts_with("urn:khien:problem:"),
            "{}",
            p.what
        );
        assert!(!body["title"].as_str().unwrap().is_empty(), "{}", p.what);
    }
    // Validation problems name each field.
    let (_, _, body) = send(&server, &token, &probes[9]).await;
    assert_eq!(body["errors"][0]["field"], "name");
    // Nothing submitted is echoed back: no rejected value appears in any response.
    let (_, _, body) = send(&server, &token, &probes[11]).await;
    assert!(!body.to_string().contains("OR '1'"), "{body}");
    assert_eq!(
        state(&server, &token, a).await,
        before,
        "refused requests changed the registry"
    );

    // SQL-ish text where text is allowed is stored as text, and the registry is intact.
    let sqlish = "Robert'); DROP TABLE data_assets; --";
    let (s, _, created) = server
        .call("POST", &assets, Some(&token), Some(&asset_body(sqlish)))
        .await;
    assert_eq!(s, 201);
    assert_eq!(created["name"], sqlish);
    let (s, _, list) = server.call("GET", &assets, Some(&token), None).await;
    assert_eq!(s, 200);
    assert_eq!(
        list.as_array().unwrap().len(),
        before[1].as_array().unwrap().len() + 1
    );
    let (s, _, _) = server
        .call(
            "POST",
            "/api/v1/auth/login",
            None,
            Some(&json!({"email": "' OR 1=1 --", "password": "' OR '1'='1"})),
        )
        .await;
    assert_eq!(s, 401);

    assert!(!server.output().contains("panicked"), "the server panicked");
    drop(server);
    reg.cleanup().await;
}
