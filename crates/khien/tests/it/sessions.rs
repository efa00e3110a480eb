//! Logging in and out, cookie sessions, API tokens.

use serde_json::{Value, json};

use crate::harness::*;

#[tokio::test]
async fn sessions_cookies_and_tokens() {
    let (reg, _) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    let server = Server::start(&reg);

    // Wrong password and unknown account look the same.
    let wrong = json!({"email": "dpo@vidu.vn", "password": "sai mật khẩu rồi"});
    let unknown = json!({"email": "ai@vidu.vn", "password": "sai mật khẩu rồi"});
    let (s1, ct, b1) = server
        .call("POST", "/api/v1/auth/login", None, Some(&wrong))
        .await;
    let (s2, _, b2) = server
        .call("POST", "/api/v1/auth/login", None, Some(&unknown))
        .await;
    assert_eq!((s1, s2), (401, 401));
    assert_eq!(ct, "application/problem+json");
    assert_eq!(b1, b2);

    // A cookie session.
    let jar = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let r = jar
        .post(server.url("/api/v1/auth/login"))
        .json(&json!({"email": "DPO@vidu.vn", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let cookie = r
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("khien_session=khien_s_"));
    for attr in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=43200"] {
        assert!(cookie.contains(attr), "cookie lacks {attr}");
    }
    let me: Value = jar
        .get(server.url("/api/v1/me"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["user"]["email"], "dpo@vidu.vn");
    assert_eq!(me["memberships"][0]["role"], "dpo");
    let r = jar
        .post(server.url("/api/v1/auth/logout"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let r = jar.get(server.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(r.status(), 401, "the session ended");
    assert_eq!(r.headers().get("www-authenticate").unwrap(), "Bearer");

    // API tokens: made once, used, listed without secret, revoked.
    let session = server.login("dpo@vidu.vn", PASSWORD).await;
    let (s, _, created) = server
        .call(
            "POST",
            "/api/v1/tokens",
            Some(&session),
            Some(&json!({"name": "HIS", "expires_in_days": 30})),
        )
        .await;
    assert_eq!(s, 201, "{created}");
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("khien_t_"));
    let (s, _, me) = server.call("GET", "/api/v1/me", Some(&secret), None).await;
    assert_eq!(s, 200);
    assert_eq!(me["user"]["email"], "dpo@vidu.vn");
    let (_, _, list) = server
        .call("GET", "/api/v1/tokens", Some(&session), None)
        .await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert!(
        !list.to_string().contains(&secret),
        "a listed token shows its secret"
    );
    // A token is not a session.
    let (s, _, _) = server
        .call("POST", "/api/v1/auth/logout", Some(&secret), None)
        .await;
    assert_eq!(s, 409);
    let (s, _, _) = server
        .call(
            "POST",
            "/api/v1/tokens",
            Some(&session),
            Some(&json!({"name": "x", "expires_in_days": 0})),
        )
        .await;
    assert_eq!(s, 422);
    let id = created["id"].as_str().unwrap();
    let (s, _, _) = server
        .call(
            "DELETE",
            &format!("/api/v1/tokens/{id}"),
            Some(&session),
            None,
        )
        .await;
    assert_eq!(s, 204);
    let (s, _, _) = server.call("GET", "/api/v1/me", Some(&secret), None).await;
    assert_eq!(s, 401, "a revoked token stops working");

    // A token from the CLI works too.
    let cli_secret = reg.cli(
        &[
            "token",
            "create",
            "--email",
            "dpo@vidu.vn",
            "--name",
            "sao lưu",
        ],
        &[],
    );
    let (s, _, _) = server
        .call("GET", "/api/v1/orgs", Some(cli_secret.trim()), None)
        .await;
    assert_eq!(s, 200);

    // Disabling the account (operator) stops its tokens and sessions; a new password ends sessions.
    let session2 = server.login("dpo@vidu.vn", PASSWORD).await;
    reg.cli(&["user", "disable", "--email", "dpo@vidu.vn"], &[]);
    for t in [cli_secret.trim(), session2.as_str()] {
        let (s, _, _) = server.call("GET", "/api/v1/me", Some(t), None).await;
        assert_eq!(s, 401, "a disabled account's credential still works");
    }
    let (s, _, _) = server
        .call(
            "POST",
            "/api/v1/auth/login",
            None,
            Some(&json!({"email": "dpo@vidu.vn", "password": PASSWORD})),
        )
        .await;
    assert_eq!(s, 401);
    reg.cli(&["user", "enable", "--email", "dpo@vidu.vn"], &[]);
    let (s, _, _) = server
        .call("GET", "/api/v1/me", Some(cli_secret.trim()), None)
        .await;
    assert_eq!(
        s, 401,
        "re-enabling the account does not bring back credentials issued before it was disabled"
    );
    let session3 = server.login("dpo@vidu.vn", PASSWORD).await;
    reg.cli(
        &["user", "password", "--email", "dpo@vidu.vn"],
        &[("KHIEN_USER_PASSWORD", "mật khẩu mới hoàn toàn")],
    );
    let (s, _, _) = server
        .call("GET", "/api/v1/me", Some(&session3), None)
        .await;
    assert_eq!(s, 401, "a password change ends sessions");
    server.login("dpo@vidu.vn", "mật khẩu mới hoàn toàn").await;

    // Health, metrics.
    let (s, _, health) = server.call("GET", "/healthz", None, None).await;
    assert_eq!(
        (s, health),
        (200, json!({"status": "ok", "database": "sqlite"}))
    );
    let (s, ct, metrics) = server.call("GET", "/metrics", None, None).await;
    assert_eq!(s, 200);
    assert!(ct.starts_with("application/openmetrics-text"));
    let text = metrics.as_str().unwrap();
    assert!(text.contains("khien_http_requests_total{method=\"POST\",route=\"/api/v1/auth/login\",status=\"401\"} 3"), "{text}");
    assert!(text.contains("khien_http_request_duration_seconds_bucket"));
    drop(server);
    reg.cleanup().await;
}

/// A client on another loopback address (127.0.0.x): the server sees it as another peer.
fn client_at(last: u8) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(std::net::IpAddr::V4(std::net::Ipv4Addr::new(
            127, 0, 0, last,
        )))
        .build()
        .unwrap()
}

async fn login_status(
    http: &reqwest::Client,
    server: &Server,
    email: &str,
    password: &str,
) -> (u16, Option<u64>, Value) {
    let r = http
        .post(server.url("/api/v1/auth/login"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let retry = r
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().parse().unwrap());
    (status, retry, r.json().await.unwrap_or(Value::Null))
}

/// Password guessing is throttled per address *and client* (issue 13): five failures for
/// the DPO's address from one client, then 429 with Retry-After even for the right password
/// from that client, while the DPO logs in from anywhere else; a client spraying many
/// addresses is stopped too; and the counts are shared by every server on the database.
async fn login_flood(reg: &Registry) {
    let server = Server::start(reg);
    let second = Server::start(reg);
    let attacker = client_at(66);
    for _ in 0..5 {
        let (s, _, _) = login_status(&attacker, &server, "dpo@vidu.vn", "đoán mò mật khẩu").await;
        assert_eq!(s, 401);
    }
    // Refused on this server and, with the counts in the database, on the other one.
    for srv in [&server, &second] {
        let (s, retry, body) = login_status(&attacker, srv, "DPO@vidu.vn", PASSWORD).await;
        assert_eq!(s, 429, "{body}");
        assert!((1..=900).contains(&retry.unwrap()), "{retry:?}");
        assert_eq!(body["type"], "urn:khien:problem:too-many-attempts");
    }
    // The DPO, from their own machine, is not locked out.
    let dpo_machine = client_at(10);
    let (s, _, _) = login_status(&dpo_machine, &server, "dpo@vidu.vn", PASSWORD).await;
    assert_eq!(s, 200, "the attacker locked the DPO out");
    // Unknown addresses are throttled the same way (no account enumeration).
    let mut last = 0;
    for _ in 0..6 {
        last = login_status(&attacker, &server, "ghost@vidu.vn", "đoán mò mật khẩu")
            .await
            .0;
    }
    assert_eq!(last, 429);
    // Spraying: one client guessing over many addresses is stopped after 30 attempts,
    // whatever the addresses; others are not affected.
    let sprayer = client_at(77);
    let mut statuses = Vec::new();
    for i in 0..32 {
        let email = format!("nguoi{i}@vidu.vn");
        statuses.push(
            login_status(&sprayer, &second, &email, "đoán mò mật khẩu")
                .await
                .0,
        );
    }
    assert!(statuses[..30].iter().all(|s| *s == 401), "{statuses:?}");
    assert_eq!(statuses[30..], [429, 429]);
    let (s, _, _) = login_status(&client_at(11), &second, "dpo@vidu.vn", PASSWORD).await;
    assert_eq!(s, 200);
    server.stop();
    second.stop();
}

#[tokio::test]
async fn failed_logins_are_throttled_without_locking_the_user_out_sqlite() {
    let (reg, _) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    login_flood(&reg).await;
    reg.cleanup().await;
}

#[tokio::test]
#[cfg_attr(
    not(khien_test_postgres),
    ignore = "set KHIEN_TEST_POSTGRES_URL at build time to run against PostgreSQL"
)]
async fn failed_logins_are_throttled_across_replicas_postgres() {
    let reg = Registry::postgres().await;
    reg.cli(
        &[
            "init",
            "--org-name",
            "Công ty Ví Dụ",
            "--admin-email",
            "dpo@vidu.vn",
        ],
        &[("KHIEN_ADMIN_PASSWORD", PASSWORD)],
    );
    login_flood(&reg).await;
    reg.cleanup().await;
}
