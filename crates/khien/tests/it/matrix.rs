//! The cross-tenant matrix: for every route of the OpenAPI document, who gets what.
//!
//! - unauthenticated requests get 401 (public routes excepted);
//! - a user of organisation A gets 403 or 404 for organisation B's data, on every route;
//! - an auditor's writes are refused (403) and change nothing;
//! - a supervisor reads the organisations its authority oversees and nothing else;
//! - B's data is exactly as it was afterwards.
//!
//! The route list comes from the server's own `/api/openapi.json`: a route added without a row
//! in [`case`] fails the test.

use serde_json::{Value, json};

use crate::harness::*;

/// How a route behaves for outsiders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// No authentication: health, metrics, the API description.
    Public,
    /// Logging in.
    Login,
    /// Accepting an invitation with its secret (no login): an unknown secret is 404.
    Invitation,
    /// The caller's own account (me, tokens, logout, the list of visible organisations).
    Own,
    /// An organisation's data: everything under /api/v1/orgs/{org_id}.
    Org,
    /// The data subjects' public channel: no login, nothing revealed (its own tests).
    Channel,
}

/// The kind of a route and a valid body for it (so that refusals are about permission, not
/// about the input). `asset` is the asset to reference from an activity.
fn case(method: &str, path: &str, asset: &str) -> Option<(Kind, Option<Value>)> {
    let designation = json!({
        "dpo_name": "Trần Văn X", "unit_name": "Phòng CNTT", "since": "2026-02-01",
        "document_number": "9/QĐ", "document_date": "2026-01-30"
    });
    let member = json!({"email": "new@x.example.vn", "roles": ["staff"]});
    let org = json!({"name": "Đổi tên", "kind": "company"});
    Some(match (method, path) {
        ("get", "/healthz" | "/metrics" | "/api/openapi.json") => (Kind::Public, None),
        ("post", "/api/v1/auth/login") => (
            Kind::Login,
            Some(json!({"email": "dpo@a.example.vn", "password": "not the password"})),
        ),
        ("post", "/api/v1/auth/logout")
        | ("get", "/api/v1/me" | "/api/v1/tokens" | "/api/v1/orgs") => (Kind::Own, None),
        ("post", "/api/v1/tokens") => (Kind::Own, Some(json!({"name": "x"}))),
        ("delete", "/api/v1/tokens/{token_id}") => (Kind::Own, None),
        // The wrong current password: the account is not changed by the matrix.
        ("post", "/api/v1/me/password") => (
            Kind::Own,
            Some(
                json!({"current_password": "không phải mật khẩu", "new_password": "mật khẩu mới đủ dài"}),
            ),
        ),
        ("get", "/api/v1/orgs/{org_id}/access-history") => (Kind::Org, None),
        ("get", "/api/v1/forms" | "/api/v1/forms/{form_id}/schema") => (Kind::Own, None),
        (
            "post",
            "/api/v1/orgs/{org_id}/forms/{form_id}/check"
            | "/api/v1/orgs/{org_id}/forms/{form_id}/render",
        ) => (Kind::Org, Some(json!({}))),
        // Each form has its own path in the OpenAPI document (its data's schema differs).
        ("post", p)
            if p.starts_with("/api/v1/orgs/{org_id}/forms/")
                && (p.ends_with("/check") || p.ends_with("/render")) =>
        {
            (Kind::Org, Some(json!({})))
        }
        ("get", "/api/v1/orgs/{org_id}") => (Kind::Org, None),
        ("put", "/api/v1/orgs/{org_id}") => (Kind::Org, Some(org)),
        ("get", "/api/v1/orgs/{org_id}/designations") => (Kind::Org, None),
        ("post", "/api/v1/orgs/{org_id}/designations") => (Kind::Org, Some(designation)),
        ("get", "/api/v1/orgs/{org_id}/members") => (Kind::Org, None),
        ("get", "/api/v1/orgs/{org_id}/invitations") => (Kind::Org, None),
        ("post", "/api/v1/orgs/{org_id}/invitations") => (Kind::Org, Some(member)),
        ("post", "/api/v1/invitations/accept") => (
            Kind::Invitation,
            Some(json!({
                "secret": "khien_i_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "display_name": "Người lạ", "password": "mật khẩu đủ dài"
            })),
        ),
        ("put" | "delete", "/api/v1/orgs/{org_id}/members/{user_id}/roles/{role}") => {
            (Kind::Org, None)
        }
        ("get", "/api/v1/orgs/{org_id}/assets") => (Kind::Org, None),
        ("post", "/api/v1/orgs/{org_id}/assets") => (Kind::Org, Some(asset_body("mới"))),
        ("get" | "delete", "/api/v1/orgs/{org_id}/assets/{asset_id}") => (Kind::Org, None),
        ("put", "/api/v1/orgs/{org_id}/assets/{asset_id}") => (Kind::Org, Some(asset_body("đổi"))),
        ("get", "/api/v1/orgs/{org_id}/cases" | "/api/v1/orgs/{org_id}/due") => (Kind::Org, None),
        ("post", "/api/v1/orgs/{org_id}/cases") => (Kind::Org, Some(case_body())),
        ("get", "/api/v1/orgs/{org_id}/cases/{case_id}") => (Kind::Org, None),
        ("post", "/api/v1/orgs/{org_id}/cases/{case_id}/events") => (
            Kind::Org,
            Some(json!({"trigger": "breach_discovered", "at": "2026-02-13T11:00:00+07:00"})),
        ),
        ("post", "/api/v1/orgs/{org_id}/cases/{case_id}/transitions") => {
            (Kind::Org, Some(json!({"transition": "notify_authority"})))
        }
        ("post", "/api/v1/orgs/{org_id}/log/events") => (
            Kind::Org,
            Some(json!([{"actor": {"kind": "system", "id": "crm"}, "action": "access"}])),
        ),
        ("get", "/api/v1/orgs/{org_id}/activities") => (Kind::Org, None),
        ("post", "/api/v1/orgs/{org_id}/activities") => (Kind::Org, Some(activity_body(asset))),
        ("get" | "delete", "/api/v1/orgs/{org_id}/activities/{activity_id}") => (Kind::Org, None),
        ("put", "/api/v1/orgs/{org_id}/activities/{activity_id}") => {
            (Kind::Org, Some(activity_body(asset)))
        }
        ("post", "/api/v1/orgs/{org_id}/vault/records") => (
            Kind::Org,
            Some(
                json!({"collection": "matrix", "subject": "079123456789", "purpose": "matrix", "fields": {"so_dien_thoai": "0912345678"}}),
            ),
        ),
        ("get", "/api/v1/orgs/{org_id}/vault/records/{token}") => (Kind::Org, None),
        ("post", "/api/v1/orgs/{org_id}/vault/subjects/{subject}/destroy") => {
            (Kind::Org, Some(json!({"reason": "Chủ thể yêu cầu xóa"})))
        }
        ("post", "/api/v1/orgs/{org_id}/vault/expire") => {
            (Kind::Org, Some(json!({"dry_run": true})))
        }
        ("get", "/api/v1/orgs/{org_id}/vault/collections") => (Kind::Org, None),
        ("post", "/api/v1/orgs/{org_id}/vault/collections") => (
            Kind::Org,
            Some(json!({"name": "matrix", "sensitive": false, "purposes": ["matrix"]})),
        ),
        ("get", "/api/v1/orgs/{org_id}/signing-certificate") => (Kind::Org, None),
        ("get", "/api/v1/orgs/{org_id}/profile" | "/api/v1/orgs/{org_id}/applicability") => {
            (Kind::Org, None)
        }
        ("put", "/api/v1/orgs/{org_id}/profile") => (
            Kind::Org,
            Some(json!({"size": "small", "sectors": ["finance"], "subject_count": 10})),
        ),
        ("get", "/api/v1/orgs/{org_id}/registers") => (Kind::Org, None),
        // Each register has its own paths (its entries' schema differs).
        ("get" | "delete", p) if p.starts_with("/api/v1/orgs/{org_id}/registers/") => {
            (Kind::Org, None)
        }
        ("post" | "put", p) if p.starts_with("/api/v1/orgs/{org_id}/registers/") => (
            Kind::Org,
            Some(json!({"risk": "Lộ dữ liệu khách hàng", "assessed_on": "2026-03-01"})),
        ),
        ("post", "/api/v1/orgs/{org_id}/packages") => (
            Kind::Org,
            Some(
                json!({"recipient_certificate": "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n", "tokens": ["00000000-0000-4000-8000-000000000001"], "purpose": "matrix"}),
            ),
        ),
        (
            "get",
            "/api/v1/orgs/{org_id}/cases/{case_id}/breach"
            | "/api/v1/orgs/{org_id}/cases/{case_id}/breach/notices"
            | "/api/v1/orgs/{org_id}/cases/{case_id}/breach/minutes",
        ) => (Kind::Org, None),
        ("put", "/api/v1/orgs/{org_id}/cases/{case_id}/breach") => {
            (Kind::Org, Some(json!({"place": "Máy chủ thư"})))
        }
        ("post", "/api/v1/orgs/{org_id}/cases/{case_id}/breach/notices") => {
            (Kind::Org, Some(json!({"recipients": ["an@example.vn"]})))
        }
        ("get", "/api/v1/orgs/{org_id}/consents" | "/api/v1/orgs/{org_id}/consents/evidence") => {
            (Kind::Org, None)
        }
        ("post", "/api/v1/orgs/{org_id}/consents") => (
            Kind::Org,
            Some(json!({
                "subject": "079123456789", "purposes": ["matrix"], "channel": "written",
                "scope": "Họ tên", "evidence_sha256": "0".repeat(64),
                "given_at": "2026-03-01T09:00:00+07:00"
            })),
        ),
        ("post", "/api/v1/orgs/{org_id}/consents/{consent_id}/withdraw") => (Kind::Org, None),
        (
            "get",
            "/api/v1/orgs/{org_id}/requests" | "/api/v1/orgs/{org_id}/requests/{reference}",
        ) => (Kind::Org, None),
        ("post", "/api/v1/orgs/{org_id}/requests/{reference}/verify-in-person") => {
            (Kind::Org, None)
        }
        ("post", "/api/v1/orgs/{org_id}/requests/{reference}/decide") => {
            (Kind::Org, Some(json!({"decision": "approve"})))
        }
        ("post", "/public/orgs/{org_id}/requests") => (
            Kind::Channel,
            Some(
                json!({"kind": "access", "contact_email": "x@example.vn", "subject_reference": "matrix"}),
            ),
        ),
        ("get", "/public/orgs/{org_id}/requests/{reference}") => (Kind::Channel, None),
        ("post", "/public/orgs/{org_id}/requests/{reference}/verify") => {
            (Kind::Channel, Some(json!({"code": "123456"})))
        }
        _ => return None,
    })
}

struct Target<'a> {
    org: &'a str,
    asset: &'a str,
    activity: &'a str,
    user: &'a str,
    token: &'a str,
    case: &'a str,
}

fn fill(path: &str, t: &Target<'_>) -> String {
    path.replace("{org_id}", t.org)
        .replace("{asset_id}", t.asset)
        .replace("{activity_id}", t.activity)
        .replace("{user_id}", t.user)
        .replace("{role}", "staff")
        .replace("{token_id}", t.token)
        .replace("{case_id}", t.case)
        .replace("{form_id}", "nd165-01b")
        // A vault token nobody has (with the purpose every read must name), a pseudonym.
        .replace(
            "{token}",
            "00000000-0000-4000-8000-000000000001?purpose=matrix",
        )
        .replace("{subject}", "ps1:matrix")
        .replace("{entry_id}", "00000000-0000-4000-8000-000000000002")
        .replace("{consent_id}", "00000000-0000-4000-8000-000000000003")
        .replace("{reference}", "YC-0000-0000-0000")
        .replace(
            "/consents/evidence",
            "/consents/evidence?subject=ps1:matrix",
        )
}

/// Every (method, path) of the OpenAPI document.
async fn routes(server: &Server) -> Vec<(String, String)> {
    let (status, _, doc) = server.call("GET", "/api/openapi.json", None, None).await;
    assert_eq!(status, 200);
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            if ["get", "put", "post", "delete", "patch"].contains(&method.as_str()) {
                out.push((method.clone(), path.clone()));
            }
        }
    }
    assert!(out.len() >= 25, "the document lists {} routes", out.len());
    out
}

/// Whether the route changes anything. Checking and rendering a form are POSTs that only
/// read the registry.
fn is_write(method: &str, template: &str) -> bool {
    method != "get" && !template.ends_with("/check") && !template.ends_with("/render")
}

/// Removes what changes with the clock alone (time left until a deadline).
fn without_clock(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.remove("seconds_left");
            m.values_mut().for_each(without_clock);
        }
        Value::Array(a) => a.iter_mut().for_each(without_clock),
        _ => {}
    }
}

/// What B's DPO sees of B: compared before and after the matrix.
async fn snapshot(server: &Server, token: &str, org: &str) -> Value {
    let mut all = serde_json::Map::new();
    for part in [
        "",
        "/designations",
        "/members",
        "/assets",
        "/activities",
        "/cases",
        "/profile",
        "/registers",
    ] {
        let (s, _, v) = server
            .call(
                "GET",
                &format!("/api/v1/orgs/{org}{part}"),
                Some(token),
                None,
            )
            .await;
        assert_eq!(s, 200);
        all.insert(part.to_owned(), v);
    }
    let (_, _, tokens) = server
        .call("GET", "/api/v1/tokens", Some(token), None)
        .await;
    all.insert("tokens".to_owned(), tokens);
    let mut all = Value::Object(all);
    without_clock(&mut all);
    all
}

async fn matrix(reg: Registry) {
    let server = Server::start(&reg);
    let w = World::build(&reg, &server).await;
    let a_dpo = server.login(A_DPO, PASSWORD).await;
    let a_auditor = server.login(A_AUDITOR, PASSWORD).await;
    let a_staff = server.login(A_STAFF, PASSWORD).await;
    let supervisor = server.login(SUPERVISOR, PASSWORD).await;
    let outsider = server.login(OUTSIDER, PASSWORD).await;
    let b_dpo = server.login(B_DPO, PASSWORD).await;
    let before_b = snapshot(&server, &b_dpo, &w.b).await;
    let before_a = snapshot(&server, &a_dpo, &w.a).await;

    let b = Target {
        org: &w.b,
        asset: &w.b_asset,
        activity: &w.b_activity,
        user: &w.b_dpo_user,
        token: &w.b_token_id,
        case: &w.b_case,
    };
    let a_members = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{}/members", w.a),
            Some(&a_dpo),
            None,
        )
        .await
        .2;
    let a_staff_id = a_members
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["user"]["email"] == A_STAFF)
        .unwrap()["user"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let a = Target {
        org: &w.a,
        asset: &w.a_asset,
        activity: &w.a_activity,
        user: &a_staff_id,
        token: &w.b_token_id,
        case: &w.a_case,
    };

    let mut checked = 0;
    for (method, template) in routes(&server).await {
        let Some((kind, body_for_b)) = case(&method, &template, &w.b_asset) else {
            panic!("route {method} {template} has no row in the matrix: add one");
        };
        let path_b = fill(&template, &b);
        let m = method.to_uppercase();

        // Unauthenticated.
        let (status, ct, _) = server.call(&m, &path_b, None, body_for_b.as_ref()).await;
        match kind {
            Kind::Public => assert_eq!(status, 200, "{m} {template} must be public"),
            // Received, or an unknown reference: never a login asked for.
            Kind::Channel => assert!(
                [202, 404].contains(&status),
                "{m} {template} is the public channel: {status}"
            ),
            Kind::Login => assert_eq!(status, 401, "{m} {template}: a wrong password"),
            Kind::Invitation => assert_eq!(status, 404, "{m} {template}: an unknown secret"),
            Kind::Own | Kind::Org => {
                assert_eq!(status, 401, "{m} {template} without credentials");
                assert_eq!(ct, "application/problem+json");
            }
        }
        // A garbage token is no better than none.
        if matches!(kind, Kind::Own | Kind::Org) {
            let (status, _, _) = server
                .call(
                    &m,
                    &path_b,
                    Some("khien_t_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                    body_for_b.as_ref(),
                )
                .await;
            assert_eq!(status, 401, "{m} {template} with an unknown token");
        }

        match kind {
            Kind::Org => {
                // A's DPO, A's auditor and the supervisor (who oversees A, not B) on B's data.
                for (who, token) in [
                    ("A's DPO", &a_dpo),
                    ("A's auditor", &a_auditor),
                    ("supervisor of A", &supervisor),
                    ("outsider", &outsider),
                ] {
                    let (status, ct, body) = server
                        .call(&m, &path_b, Some(token), body_for_b.as_ref())
                        .await;
                    assert!(
                        status == 403 || status == 404,
                        "{who}: {m} {template} on B's data gave {status}: {body}"
                    );
                    assert_eq!(ct, "application/problem+json");
                }
                // The outsider sees nothing of A either.
                let path_a = fill(&template, &a);
                let body_for_a = case(&method, &template, &w.a_asset).and_then(|c| c.1);
                let (status, _, _) = server
                    .call(&m, &path_a, Some(&outsider), body_for_a.as_ref())
                    .await;
                assert_eq!(status, 404, "outsider: {m} {template} on A");
                if is_write(&method, &template) {
                    // Auditors, staff and supervisors never write A's registry; staff record
                    // their processing in A's log (Decree 165/2025 Art. 17.10), auditors and
                    // supervisors do not.
                    // Staff (and their systems) also keep records in A's vault.
                    let staff_records = template.ends_with("/log/events")
                        || template.ends_with("/vault/records")
                        || template.ends_with("/consents");
                    // Staff record withdrawals too: the consent here exists nowhere.
                    let staff_withdraw = template.ends_with("/withdraw");
                    for (who, token, want) in [
                        ("A's auditor", &a_auditor, 403),
                        (
                            "A's staff",
                            &a_staff,
                            if staff_records {
                                201
                            } else if staff_withdraw {
                                404
                            } else {
                                403
                            },
                        ),
                        ("supervisor of A", &supervisor, 403),
                    ] {
                        let (status, _, body) = server
                            .call(&m, &path_a, Some(token), body_for_a.as_ref())
                            .await;
                        assert_eq!(
                            status, want,
                            "{who}: {m} {template} on A gave {status}: {body}"
                        );
                    }
                } else {
                    // Everyone in A, and A's supervisor, read A's data; the access history
                    // (who did what) only A's DPO, protection unit and auditors
                    // (Decree 165/2025 Art. 6.4(c), 17.4).
                    // Reading what a data subject wrote is the keepers' (a decryption).
                    let history = template.ends_with("/access-history")
                        || template.ends_with("/requests/{reference}");
                    // The vault token above exists nowhere: readers are told so.
                    let unknown = template.ends_with("/vault/records/{token}")
                        || template.ends_with("/{entry_id}");
                    let reveal = template.ends_with("/requests/{reference}");
                    for (who, token, want) in [
                        (
                            "A's auditor",
                            &a_auditor,
                            if reveal {
                                403
                            } else if unknown {
                                404
                            } else {
                                200
                            },
                        ),
                        (
                            "A's staff",
                            &a_staff,
                            if history {
                                403
                            } else if unknown {
                                404
                            } else {
                                200
                            },
                        ),
                        (
                            "supervisor of A",
                            &supervisor,
                            if history {
                                403
                            } else if unknown {
                                404
                            } else {
                                200
                            },
                        ),
                    ] {
                        let (status, _, body) = server
                            .call(&m, &path_a, Some(token), body_for_a.as_ref())
                            .await;
                        assert_eq!(
                            status, want,
                            "{who}: {m} {template} on A gave {status}: {body}"
                        );
                    }
                }
                checked += 1;
            }
            Kind::Own if template == "/api/v1/tokens/{token_id}" => {
                let (status, _, _) = server.call(&m, &path_b, Some(&a_dpo), None).await;
                assert_eq!(status, 404, "A's DPO revoking B's token");
                checked += 1;
            }
            Kind::Own if template == "/api/v1/orgs" => {
                for token in [&a_dpo, &a_auditor, &supervisor] {
                    let (_, _, orgs) = server.call("GET", "/api/v1/orgs", Some(token), None).await;
                    let ids: Vec<&str> = orgs
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|o| o["id"].as_str().unwrap())
                        .collect();
                    assert!(ids.contains(&w.a.as_str()));
                    assert!(
                        !ids.contains(&w.b.as_str()),
                        "B listed for a user of A: {ids:?}"
                    );
                }
                let (_, _, orgs) = server
                    .call("GET", "/api/v1/orgs", Some(&outsider), None)
                    .await;
                assert_eq!(orgs, json!([]));
                checked += 1;
            }
            _ => {}
        }
    }
    assert!(
        checked >= 20,
        "only {checked} routes were checked across tenants"
    );

    assert_eq!(
        snapshot(&server, &b_dpo, &w.b).await,
        before_b,
        "B's data changed"
    );
    assert_eq!(
        snapshot(&server, &a_dpo, &w.a).await,
        before_a,
        "refused writes changed A's data"
    );
    let _ = w.authority;
    drop(server);
    reg.cleanup().await;
}

#[tokio::test]
async fn cross_tenant_matrix_on_sqlite() {
    matrix(Registry::sqlite()).await;
}

#[tokio::test]
#[cfg_attr(
    not(khien_test_postgres),
    ignore = "no PostgreSQL server given: set KHIEN_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres"
)]
async fn cross_tenant_matrix_on_postgres() {
    matrix(Registry::postgres().await).await;
}

/// The DPO of A can do everything the matrix refuses to others, so the refusals above are
/// about permission and not about broken requests.
#[tokio::test]
async fn the_dpo_can_do_what_others_cannot() {
    let reg = Registry::sqlite();
    let server = Server::start(&reg);
    let w = World::build(&reg, &server).await;
    let t = server.login(A_DPO, PASSWORD).await;
    let a = &w.a;
    let asset = &w.a_asset;
    let steps: Vec<(&str, String, Option<Value>, u16)> = vec![
        (
            "PUT",
            format!("/api/v1/orgs/{a}"),
            Some(
                json!({"name": "Bệnh viện A", "kind": "public_service_unit", "tax_code": "0101248141"}),
            ),
            200,
        ),
        (
            "POST",
            format!("/api/v1/orgs/{a}/designations"),
            case("post", "/api/v1/orgs/{org_id}/designations", asset)
                .unwrap()
                .1,
            201,
        ),
        (
            "POST",
            format!("/api/v1/orgs/{a}/invitations"),
            case("post", "/api/v1/orgs/{org_id}/invitations", asset)
                .unwrap()
                .1,
            201,
        ),
        (
            "PUT",
            format!("/api/v1/orgs/{a}/assets/{asset}"),
            Some(asset_body("CSDL A (sửa)")),
            200,
        ),
        (
            "POST",
            format!("/api/v1/orgs/{a}/activities"),
            Some(activity_body(asset)),
            201,
        ),
        (
            "PUT",
            format!("/api/v1/orgs/{a}/activities/{}", w.a_activity),
            Some(activity_body(asset)),
            200,
        ),
        (
            "DELETE",
            format!("/api/v1/orgs/{a}/activities/{}", w.a_activity),
            None,
            204,
        ),
    ];
    for (m, path, body, want) in steps {
        let (status, _, resp) = server.call(m, &path, Some(&t), body.as_ref()).await;
        assert_eq!(status, want, "{m} {path}: {resp}");
    }
    let (_, _, org) = server
        .call("GET", &format!("/api/v1/orgs/{a}"), Some(&t), None)
        .await;
    assert_eq!(org["name"], "Bệnh viện A");
    assert_eq!(org["designation"]["document_number"], "9/QĐ");
    // The protection unit writes the catalogue but does not administer.
    let unit = server.login(A_UNIT, PASSWORD).await;
    let (s, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/assets"),
            Some(&unit),
            Some(&asset_body("của bộ phận")),
        )
        .await;
    assert_eq!(s, 201);
    let (s, _, _) = server
        .call(
            "PUT",
            &format!("/api/v1/orgs/{a}"),
            Some(&unit),
            Some(&json!({"name": "x", "kind": "company"})),
        )
        .await;
    assert_eq!(s, 403);
    drop(server);
    reg.cleanup().await;
}
