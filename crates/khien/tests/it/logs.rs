//! Nothing secret or personal reaches the server's output: passwords, session tokens, API
//! token secrets, e-mail addresses and names stay out of its logs, even at debug level with
//! the database driver's statement logging on.

use serde_json::json;

use crate::harness::*;

#[tokio::test]
async fn no_secret_or_personal_data_in_the_server_output() {
    let reg = Registry::sqlite();
    let server = Server::start(&reg);
    let w = World::build(&reg, &server).await;
    let session = server.login(A_DPO, PASSWORD).await;
    let (_, _, token) = server
        .call(
            "POST",
            "/api/v1/tokens",
            Some(&session),
            Some(&json!({"name": "hệ thống thử"})),
        )
        .await;
    let secret = token["secret"].as_str().unwrap().to_owned();
    let new_password = "Mật-khẩu-bí-mật-Zq81";
    let new_email = "nguyen.thi.hoa@benhvien-a.vn";
    let new_name = "Nguyễn Thị Hoà";
    let (s, _, inv) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{}/invitations", w.a),
            Some(&secret),
            Some(&json!({"email": new_email, "roles": ["staff"]})),
        )
        .await;
    assert_eq!(s, 201);
    let invitation_secret = inv["secret"].as_str().unwrap().to_owned();
    let (s, _, _) = server
        .call(
            "POST",
            "/api/v1/invitations/accept",
            None,
            Some(&json!({"secret": invitation_secret, "display_name": new_name, "password": new_password})),
        )
        .await;
    assert_eq!(s, 201);
    let hoa = server.login(new_email, new_password).await;
    // Failed logins, with a real and an unknown address, and malformed bodies quoting data.
    for email in [new_email, "tran.van.binh@example.vn"] {
        let (s, _, _) = server
            .call(
                "POST",
                "/api/v1/auth/login",
                None,
                Some(&json!({"email": email, "password": "Sai-Mật-Khẩu-77"})),
            )
            .await;
        assert_eq!(s, 401);
    }
    let (s, _, _) = server
        .call(
            "POST",
            "/api/v1/auth/login",
            None,
            Some(&json!({"email": new_email, "password": "x", "so_cccd": "038090012345"})),
        )
        .await;
    assert_eq!(s, 422);
    let dpo_name = "Lê Văn Chỉ Định";
    let (s, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{}/designations", w.a),
            Some(&session),
            Some(&json!({"dpo_name": dpo_name, "unit_name": "Phòng CNTT", "since": "2026-03-01", "document_number": "5/QĐ-BV", "document_date": "2026-02-27"})),
        )
        .await;
    assert_eq!(s, 201);
    let (s, _, _) = server.call("GET", "/api/v1/me", Some(&hoa), None).await;
    assert_eq!(s, 200);
    let (s, _, _) = server
        .call("POST", "/api/v1/auth/logout", Some(&hoa), None)
        .await;
    assert_eq!(s, 204);

    let output = server.stop();
    assert!(
        output.contains("route=/api/v1/auth/login"),
        "the log was not captured: {output}"
    );
    let forbidden = [
        ("a password", PASSWORD.to_owned()),
        ("a password", new_password.to_owned()),
        ("a wrong password", "Sai-Mật-Khẩu-77".to_owned()),
        ("a session token", session.clone()),
        ("a session token", hoa.clone()),
        ("an API token", secret.clone()),
        (
            "the secret part of a token",
            secret["khien_t_".len()..].to_owned(),
        ),
        ("an invitation", invitation_secret.clone()),
        ("an e-mail address", new_email.to_owned()),
        ("an e-mail address", A_DPO.to_owned()),
        ("an e-mail address", "tran.van.binh@example.vn".to_owned()),
        ("a name", new_name.to_owned()),
        ("a name", dpo_name.to_owned()),
        ("a CCCD number", "038090012345".to_owned()),
        ("a password hash", "$argon2id$".to_owned()),
    ];
    for (what, needle) in forbidden {
        assert!(
            !output.contains(&needle),
            "the server output contains {what}"
        );
    }
    reg.cleanup().await;
}
