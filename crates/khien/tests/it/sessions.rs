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

/// Password guessing is throttled per address: five failures, then 429 with Retry-After even
/// for the right password, while other accounts log in as usual.
#[tokio::test]
async fn failed_logins_are_throttled() {
    let (reg, _) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    let server = Server::start(&reg);
    let wrong = json!({"email": "dpo@vidu.vn", "password": "đoán mò mật khẩu"});
    for _ in 0..5 {
        let (s, _, _) = server
            .call("POST", "/api/v1/auth/login", None, Some(&wrong))
            .await;
        assert_eq!(s, 401);
    }
    let right = json!({"email": "DPO@vidu.vn", "password": PASSWORD});
    let r = server
        .http
        .post(server.url("/api/v1/auth/login"))
        .json(&right)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 429);
    let retry: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&retry), "{retry}");
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["type"], "urn:khien:problem:too-many-attempts");
    // Unknown addresses are throttled the same way (no account enumeration).
    let ghost = json!({"email": "ghost@vidu.vn", "password": "đoán mò mật khẩu"});
    let mut last = 0;
    for _ in 0..6 {
        last = server
            .call("POST", "/api/v1/auth/login", None, Some(&ghost))
            .await
            .0;
    }
    assert_eq!(last, 429);
    drop(server);
    reg.cleanup().await;
}
