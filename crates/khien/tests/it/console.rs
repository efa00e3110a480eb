//! The web console over HTTP (no browser): login with its CSRF token, session rotation,
//! Origin and CSRF refusals, the security headers, and the cross-tenant matrix of the
//! console's routes. The browser walkthrough is in `browser.rs`.

use std::collections::BTreeMap;

use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, ORIGIN, REFERER, SET_COOKIE};

use crate::harness::*;

/// A client that keeps cookies by hand and never follows redirects (what each response
/// says is the point of these tests).
struct Visitor {
    http: reqwest::Client,
    base: String,
    cookies: BTreeMap<String, String>,
}

impl Visitor {
    fn new(server: &Server) -> Self {
        Self {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: server.base.clone(),
            cookies: BTreeMap::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep(&mut self, r: &reqwest::Response) {
        for v in r.headers().get_all(SET_COOKIE) {
            let s = v.to_str().unwrap();
            let (pair, _) = s.split_once(';').unwrap_or((s, ""));
            let (k, v) = pair.split_once('=').unwrap();
            if v.is_empty() {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_owned(), v.to_owned());
            }
        }
    }

    async fn get(&mut self, path: &str) -> (StatusCode, reqwest::header::HeaderMap, String) {
        let r = self
            .http
            .get(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .send()
            .await
            .unwrap();
        self.keep(&r);
        let (s, h) = (r.status(), r.headers().clone());
        (s, h, r.text().await.unwrap())
    }

    /// Posts a form with the given Origin (`None`: no Origin and no Referer).
    async fn post(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
        origin: Option<&str>,
    ) -> (StatusCode, reqwest::header::HeaderMap, String) {
        let mut req = self
            .http
            .post(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .form(form);
        if let Some(o) = origin {
            req = req.header(ORIGIN, o);
        }
        let r = req.send().await.unwrap();
        self.keep(&r);
        let (s, h) = (r.status(), r.headers().clone());
        (s, h, r.text().await.unwrap())
    }

    async fn login(&mut self, email: &str, password: &str) -> StatusCode {
        let (_, _, page) = self.get("/login").await;
        let csrf = csrf_of(&page);
        let base = self.base.clone();
        let (s, _, _) = self
            .post(
                "/login",
                &[("email", email), ("password", password), ("csrf", &csrf)],
                Some(&base),
            )
            .await;
        s
    }
}

/// The value of the first hidden `csrf` field of a page.
fn csrf_of(page: &str) -> String {
    let i = page.find("name=\"csrf\" value=\"").expect("no csrf field") + 19;
    page[i..i + page[i..].find('"').unwrap()].to_owned()
}

#[tokio::test]
async fn login_needs_its_csrf_token_and_gives_a_new_session() {
    let (reg, _org) =
        Registry::sqlite_with_org("Công ty Đăng Nhập", "dpo@dn.example.vn", "company");
    let server = Server::start(&reg);
    let base = server.base.clone();

    // Without a session, / leads to /login, which is Vietnamese and carries the form.
    let mut v = Visitor::new(&server);
    let (s, h, _) = v.get("/").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(h[LOCATION], "/login");
    let (s, _, page) = v.get("/login").await;
    assert_eq!(s, 200);
    assert!(page.contains("<html lang=\"vi\">"), "{page}");
    for field in ["name=\"email\"", "name=\"password\"", "name=\"csrf\""] {
        assert!(page.contains(field), "{field} missing");
    }
    let csrf = csrf_of(&page);
    let good = [
        ("email", "dpo@dn.example.vn"),
        ("password", PASSWORD),
        ("csrf", csrf.as_str()),
    ];

    // No token, a wrong token, a token without its pre-login cookie, another origin, no
    // origin at all: each refused with 403 and no session.
    let (s, _, _) = v.post("/login", &good[..2], Some(&base)).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _, _) = v
        .post("/login", &[good[0], good[1], ("csrf", "AAAA")], Some(&base))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let mut stranger = Visitor::new(&server);
    let (s, _, _) = stranger.post("/login", &good, Some(&base)).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "a token is bound to its cookie");
    let (s, _, body) = v.post("/login", &good, Some("https://evil.example")).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert!(body.contains("lang=\"vi\""));
    let (s, _, _) = v.post("/login", &good, None).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert!(!v.cookies.contains_key("khien_console"));

    // A wrong password: the form again (401), nothing set.
    let (s, _, page) = v
        .post(
            "/login",
            &[good[0], ("password", "sai mật khẩu rồi"), good[2]],
            Some(&base),
        )
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert!(page.contains("Sai địa chỉ thư điện tử hoặc mật khẩu"));

    // Session fixation: an attacker's own valid session planted in the victim's browser is
    // ended by the victim's login, and the victim gets a new identifier.
    let mut attacker = Visitor::new(&server);
    assert_eq!(
        attacker.login("dpo@dn.example.vn", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let planted = attacker.cookies["khien_console"].clone();
    let mut victim = Visitor::new(&server);
    victim
        .cookies
        .insert("khien_console".into(), planted.clone());
    let (_, _, page) = victim.get("/login").await;
    // (Already signed in with the planted session: the login page sends them home.)
    assert!(page.is_empty() || page.contains("csrf"));
    victim.cookies.remove("khien_console");
    let (_, _, page) = victim.get("/login").await;
    victim
        .cookies
        .insert("khien_console".into(), planted.clone());
    let csrf = csrf_of(&page);
    let (s, h, _) = victim
        .post(
            "/login",
            &[
                ("email", "dpo@dn.example.vn"),
                ("password", PASSWORD),
                ("csrf", &csrf),
            ],
            Some(&base),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(h[LOCATION], "/");
    let set: Vec<&str> = h
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    let session = set
        .iter()
        .find(|c| c.starts_with("khien_console="))
        .expect("no session cookie");
    for attr in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(session.contains(attr), "{session}");
    }
    assert!(!session.contains("Secure"), "plain HTTP: no Secure");
    assert_ne!(victim.cookies["khien_console"], planted);
    let (s, h, _) = attacker.get("/").await;
    assert_eq!(s, StatusCode::SEE_OTHER, "the planted session was ended");
    assert_eq!(h[LOCATION], "/login");
    let (s, _, page) = victim.get("/").await;
    assert_eq!(s, 200);
    assert!(
        page.contains("Công ty Đăng Nhập"),
        "the dashboard names the organisation"
    );

    // Logging out needs the token too, and ends the session.
    let (s, _, _) = victim.post("/logout", &[], Some(&base)).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let csrf = csrf_of(&page);
    let (s, h, _) = victim
        .post("/logout", &[("csrf", &csrf)], Some(&base))
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(h[LOCATION], "/login");
    let (s, _, _) = victim.get("/").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    drop(server);
    reg.cleanup().await;
}

#[tokio::test]
async fn behind_an_https_public_url_cookies_are_secure_and_forms_come_from_it() {
    let (reg, _org) = Registry::sqlite_with_org("Công ty HTTPS", "dpo@https.example.vn", "company");
    let server = Server::start_with(&reg, &["--public-url", "https://khien.example.vn/"]);
    let mut v = Visitor::new(&server);
    let (_, h, page) = v.get("/login").await;
    assert!(h[SET_COOKIE].to_str().unwrap().contains("Secure"));
    let csrf = csrf_of(&page);
    let form = [
        ("email", "dpo@https.example.vn"),
        ("password", PASSWORD),
        ("csrf", csrf.as_str()),
    ];
    // The Host the request used is not the public origin.
    let own = server.base.clone();
    let (s, _, _) = v.post("/login", &form, Some(&own)).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, h, _) = v
        .post("/login", &form, Some("https://khien.example.vn"))
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let session = h
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("khien_console="))
        .unwrap();
    assert!(session.contains("; Secure"), "{session}");
    drop(server);
    reg.cleanup().await;
}

/// Every console page a DPO of A can reach.
fn pages_of(org: &str, asset: &str, case: &str) -> Vec<String> {
    [
        "".to_owned(),
        "/assets".into(),
        format!("/assets/{asset}"),
        "/scans".into(),
        "/cases".into(),
        "/cases/new?kind=breach".into(),
        format!("/cases/{case}"),
        "/forms".into(),
        "/forms/nd165-01a".into(),
        "/log".into(),
        "/people".into(),
        "/vault".into(),
        "/requests".into(),
        "/consents".into(),
    ]
    .into_iter()
    .map(|p| format!("/o/{org}{p}"))
    .collect()
}

#[tokio::test]
async fn console_pages_carry_the_security_headers_and_never_show_another_organisation() {
    let reg = Registry::sqlite();
    let server = Server::start(&reg);
    let w = World::build(&reg, &server).await;
    let base = server.base.clone();

    let mut a = Visitor::new(&server);
    assert_eq!(a.login(A_DPO, PASSWORD).await, StatusCode::SEE_OTHER);
    // Every page of A for A's DPO: 200, Vietnamese, the headers.
    for p in pages_of(&w.a, &w.a_asset, &w.a_case) {
        let (s, h, body) = a.get(&p).await;
        assert_eq!(s, 200, "{p}: {body}");
        assert!(body.contains("<html lang=\"vi\">"), "{p}");
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["cache-control"], "no-store", "{p}");
        assert!(h.contains_key("referrer-policy"));
        assert!(!body.contains("Công ty B"), "{p} shows B");
        assert!(!body.contains("<script>"), "{p} has inline script");
    }
    // The search by name folds case (Vietnamese letters too) and stays in A.
    let (s, _, found) = a.get(&format!("/o/{}/assets?q=csdl%20a", w.a)).await;
    assert_eq!(s, 200);
    assert!(
        found.contains("CSDL A") && !found.contains("CSDL B"),
        "{found}"
    );
    let (_, _, none) = a.get(&format!("/o/{}/assets?q=%C4%91%C6%A1n", w.a)).await;
    assert!(!none.contains("CSDL A"));
    // English sticks once chosen.
    let (_, _, body) = a.get(&format!("/o/{}?lang=en", w.a)).await;
    assert!(body.contains("<html lang=\"en\">"));
    let (_, _, body) = a.get(&format!("/o/{}/cases", w.a)).await;
    assert!(
        body.contains("<html lang=\"en\">"),
        "the choice of English sticks"
    );
    let (_, _, _) = a.get(&format!("/o/{}?lang=vi", w.a)).await;

    // The same pages with B's ids: nothing of B, 404 (B's existence is not revealed).
    let b_pages = pages_of(&w.b, &w.b_asset, &w.b_case);
    // B's asset and case under A's id, too.
    let crossed: Vec<String> = pages_of(&w.a, &w.b_asset, &w.b_case)
        .into_iter()
        .filter(|p| p.contains(&w.b_asset) || p.contains(&w.b_case))
        .collect();
    for p in b_pages.iter().chain(crossed.iter()) {
        let (s, _, body) = a.get(p).await;
        assert!(
            s == StatusCode::NOT_FOUND || s == StatusCode::FORBIDDEN,
            "{p}: {s}"
        );
        assert!(
            !body.contains("Công ty B") && !body.contains("CSDL B"),
            "{p} leaks B"
        );
    }
    let (s, _, _) = a.get(&format!("/o/{}/log/receipt/1", w.b)).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // A receipt of an entry that is B's, asked under A: not found either.
    let (_, _, log_page) = a.get(&format!("/o/{}/log", w.a)).await;
    assert!(log_page.contains("/log/receipt/"));

    // Writes into B with A's valid token: refused, B unchanged.
    let (_, _, page) = a.get(&format!("/o/{}/people", w.a)).await;
    let csrf = csrf_of(&page);
    for (path, form) in [
        (
            format!("/o/{}/people/invite", w.b),
            vec![("email", "x@b.example.vn"), ("role", "staff")],
        ),
        (
            format!("/o/{}/cases", w.b),
            vec![("kind", "breach"), ("title", "x")],
        ),
        (
            format!("/o/{}/assets/{}/classify", w.b, w.b_asset),
            vec![("personal_data", "none")],
        ),
        (
            format!("/o/{}/vault/destroy", w.b),
            vec![("subject", "ps1:x"), ("reason", "thử")],
        ),
    ] {
        let mut f = form.clone();
        f.push(("csrf", &csrf));
        let (s, _, body) = a.post(&path, &f, Some(&base)).await;
        assert!(
            s == StatusCode::NOT_FOUND || s == StatusCode::FORBIDDEN,
            "{path}: {s} {body}"
        );
    }
    // CSRF and Origin on a write A may do.
    let invite = format!("/o/{}/people/invite", w.a);
    let f = [("email", "moi@a.example.vn"), ("role", "staff")];
    let (s, _, _) = a.post(&invite, &f, Some(&base)).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "no token");
    let mut with = f.to_vec();
    with.push(("csrf", &csrf));
    let (s, _, _) = a.post(&invite, &with, Some("http://evil.example")).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "foreign origin");
    let (s, _, _) = a.post(&invite, &with, None).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "no origin");
    // A Referer of this server stands in for a missing Origin.
    let r = a
        .http
        .post(format!("{base}{invite}"))
        .header(COOKIE, a.cookie_header())
        .header(REFERER, format!("{base}/o/{}/people", w.a))
        .form(&with)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    let i = page
        .find("khien_i_")
        .expect("the invitation's secret is shown once");
    let secret: String = page[i..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    // The invitee accepts it on the console's page (its own pre-login token), then logs in.
    let mut invitee = Visitor::new(&server);
    let (_, _, form) = invitee.get("/invitation").await;
    let token = csrf_of(&form);
    let answer = |csrf: &str| {
        vec![
            ("secret", secret.clone()),
            ("display_name", "Nhân viên Mới".to_owned()),
            ("password", "mật khẩu mới đủ dài".to_owned()),
            ("csrf", csrf.to_owned()),
        ]
    };
    let wrong = answer("sai");
    let wrong: Vec<(&str, &str)> = wrong.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (s, _, _) = invitee.post("/invitation", &wrong, Some(&base)).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "the token is checked");
    let right = answer(&token);
    let right: Vec<(&str, &str)> = right.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (s, h, _) = invitee.post("/invitation", &right, Some(&base)).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(h[LOCATION], "/login?accepted=1");
    assert_eq!(
        invitee
            .login("moi@a.example.vn", "mật khẩu mới đủ dài")
            .await,
        StatusCode::SEE_OTHER
    );
    let (_, _, home) = invitee.get("/").await;
    assert!(
        home.contains("Bệnh viện Đa khoa A"),
        "the new member sees A"
    );
    let mut bv = Visitor::new(&server);
    assert_eq!(bv.login(B_DPO, PASSWORD).await, StatusCode::SEE_OTHER);
    let (_, _, people_b) = bv.get(&format!("/o/{}/people", w.b)).await;
    assert!(!people_b.contains("x@b.example.vn"), "B's people unchanged");

    // The supervisor: the table of units names A (overseen), not B; A's pages read-only.
    let mut sup = Visitor::new(&server);
    assert_eq!(sup.login(SUPERVISOR, PASSWORD).await, StatusCode::SEE_OTHER);
    let (s, _, table) = sup.get("/").await;
    assert_eq!(s, 200);
    assert!(table.contains("Bệnh viện Đa khoa A"), "{table}");
    assert!(!table.contains("Công ty B"));
    let (s, _, page) = sup.get(&format!("/o/{}/cases/{}", w.a, w.a_case)).await;
    assert_eq!(s, 200);
    assert!(
        !page.contains("/transition\""),
        "no step buttons for a supervisor"
    );
    for p in pages_of(&w.b, &w.b_asset, &w.b_case) {
        let (s, _, body) = sup.get(&p).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{p}");
        assert!(!body.contains("Công ty B"));
    }
    let (s, h, csv) = sup.get("/authority/units.csv").await;
    assert_eq!(s, 200);
    assert!(h["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert!(csv.contains("Bệnh viện Đa khoa A") && !csv.contains("Công ty B"));
    let r = sup
        .http
        .get(format!("{base}/authority/units.xlsx"))
        .header(COOKIE, sup.cookie_header())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let bytes = r.bytes().await.unwrap();
    assert_eq!(&bytes[..2], b"PK", "an XLSX is a zip");
    // A's access history shows the authority's reads.
    let (_, _, hist) = a.get(&format!("/o/{}/log?action=retrieval", w.a)).await;
    assert!(
        hist.contains("Xem tình hình tuân thủ của đơn vị chịu sự giám sát"),
        "the authority's read is in A's history"
    );
    drop(server);
    reg.cleanup().await;
}

/// `khien serve --tls-cert --tls-key`: HTTPS on the same port, cookies `Secure`, forms from
/// the https origin; a wrong key is refused at start with the file named.
#[tokio::test]
async fn khien_serves_https_with_a_certificate_file() {
    use std::io::{BufRead as _, BufReader};
    let (reg, _org) = Registry::sqlite_with_org("Công ty TLS", "dpo@tls.example.vn", "company");
    let dir = tempfile::tempdir().unwrap();
    let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    // A test authority and a certificate for 127.0.0.1 it signs (webpki refuses a
    // self-signed certificate used as the server's own).
    let ca = dir.path().join("ca.pem");
    std::fs::write(
        dir.path().join("leaf.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n",
    )
    .unwrap();
    let p = |name: &str| dir.path().join(name).display().to_string();
    let (ca_key, leaf_csr, leaf_ext) = (p("ca.key"), p("leaf.csr"), p("leaf.ext"));
    let (ca_s, key_s, cert_s) = (p("ca.pem"), p("key.pem"), p("cert.pem"));
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let steps: [Vec<&str>; 3] = [
        [
            &["req", "-x509", "-days", "2", "-subj", "/CN=Khien Test CA"][..],
            &ec[..],
            &["-keyout", &ca_key, "-out", &ca_s][..],
        ]
        .concat(),
        [
            &["req", "-subj", "/CN=127.0.0.1"][..],
            &ec[..],
            &["-keyout", &key_s, "-out", &leaf_csr][..],
        ]
        .concat(),
        vec![
            "x509",
            "-req",
            "-days",
            "2",
            "-in",
            &leaf_csr,
            "-CA",
            &ca_s,
            "-CAkey",
            &ca_key,
            "-CAcreateserial",
            "-extfile",
            &leaf_ext,
            "-out",
            &cert_s,
        ],
    ];
    for args in steps {
        let made = std::process::Command::new("openssl")
            .args(&args)
            .output()
            .expect("openssl (Debian package openssl) makes the test certificates");
        assert!(
            made.status.success(),
            "{}",
            String::from_utf8_lossy(&made.stderr)
        );
    }

    // A key file that is not a key: refused before listening, naming the file.
    let out = std::process::Command::new(BIN)
        .args([
            "--database",
            &reg.url,
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--tls-cert",
        ])
        .arg(&cert)
        .arg("--tls-key")
        .arg(&cert)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cert.pem"));

    let mut child = std::process::Command::new(BIN)
        .args([
            "--database",
            &reg.url,
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--tls-cert",
        ])
        .arg(&cert)
        .arg("--tls-key")
        .arg(&key)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let base = loop {
        let line = lines
            .next()
            .expect("the server printed its address")
            .unwrap();
        if let Some(i) = line.find("https://127.0.0.1:") {
            break line[i..].trim().to_owned();
        }
    };
    let http = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(&std::fs::read(&ca).unwrap()).unwrap())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = http.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let r = http.get(format!("{base}/login")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let cookie = r.headers()[SET_COOKIE].to_str().unwrap().to_owned();
    assert!(cookie.contains("; Secure"), "{cookie}");
    let page = r.text().await.unwrap();
    let csrf = csrf_of(&page);
    let pre = cookie.split(';').next().unwrap().to_owned();
    let form = [
        ("email", "dpo@tls.example.vn"),
        ("password", PASSWORD),
        ("csrf", csrf.as_str()),
    ];
    // The origin is https://…: the same form from http:// is refused.
    let plain = base.replacen("https://", "http://", 1);
    let r = http
        .post(format!("{base}/login"))
        .header(COOKIE, &pre)
        .header(ORIGIN, &plain)
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = http
        .post(format!("{base}/login"))
        .header(COOKIE, &pre)
        .header(ORIGIN, &base)
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let session = r
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("khien_console="))
        .unwrap();
    assert!(session.contains("; Secure"), "{session}");
    // Plain HTTP on the TLS port gets nothing served.
    let r = reqwest::Client::new()
        .get(format!("{plain}/healthz"))
        .send()
        .await;
    assert!(r.is_err() || r.unwrap().status() != 200);
    let _ = child.kill();
    let _ = child.wait();
    reg.cleanup().await;
}

/// The vault's page: collections, destruction from the browser with its certificate to
/// download, and the organisation's signing certificate (issue 15).
#[tokio::test]
async fn the_vault_page_destroys_a_subject_and_hands_out_the_certificate() {
    let reg = Registry::sqlite();
    let server = Server::start(&reg);
    let w = World::build(&reg, &server).await;
    let base = server.base.clone();
    let token = server.login(A_DPO, PASSWORD).await;
    let (st, _, kept) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{}/vault/records", w.a),
            Some(&token),
            Some(&serde_json::json!({
                "collection": "khach_hang", "subject": "an@example.vn", "purpose": "cham_soc",
                "fields": {"email": "an@example.vn"}
            })),
        )
        .await;
    assert_eq!(st, 201, "{kept}");
    let subject = kept["subject"].as_str().unwrap().to_owned();
    // The data subject asked for erasure (Decree 165/2025 Art. 13: 72 hours).
    let (st, _, case) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{}/cases", w.a),
            Some(&token),
            Some(&serde_json::json!({
                "kind": "subject_request",
                "title": "Yêu cầu xóa dữ liệu",
                "events": [{"trigger": "erasure_requested", "at": "2026-02-13T10:00:00+07:00"}]
            })),
        )
        .await;
    assert_eq!(st, 201, "{case}");
    let case_id = case["id"].as_str().unwrap().to_owned();

    let mut a = Visitor::new(&server);
    assert_eq!(a.login(A_DPO, PASSWORD).await, StatusCode::SEE_OTHER);
    let vault = format!("/o/{}/vault", w.a);
    let (s, _, page) = a.get(&vault).await;
    assert_eq!(s, 200);
    assert!(
        page.contains("khach_hang") && page.contains("cham_soc"),
        "{page}"
    );
    assert!(!page.contains("an@example.vn"));
    let csrf = csrf_of(&page);
    // The identifier typed in the form is pseudonymised: the same subject.
    let (s, _, done) = a
        .post(
            &format!("{vault}/destroy"),
            &[
                ("subject", "an@example.vn"),
                ("reason", "Chủ thể rút lại sự đồng ý"),
                ("case_id", &case_id),
                ("csrf", &csrf),
            ],
            Some(&base),
        )
        .await;
    assert_eq!(s, 200, "{done}");
    assert!(done.contains(&subject), "{done}");
    assert!(!done.contains("an@example.vn"));
    let i = done
        .find("/vault/destructions/")
        .expect("a certificate link")
        + 20;
    let index: String = done[i..].chars().take_while(char::is_ascii_digit).collect();
    let (s, h, _) = a.get(&format!("{vault}/destructions/{index}")).await;
    assert_eq!(s, 200);
    assert_eq!(h["content-type"], "application/pkcs7-mime");
    // The case shows what was destroyed under it, with the certificate.
    let (s, _, page) = a.get(&format!("/o/{}/cases/{case_id}", w.a)).await;
    assert_eq!(s, 200);
    assert!(
        page.contains("Dữ liệu đã hủy trong kho theo hồ sơ này"),
        "{page}"
    );
    assert!(
        page.contains(&format!("/vault/destructions/{index}")) && page.contains(&subject),
        "{page}"
    );
    let (s, h, pem) = a.get(&format!("{vault}/signing-certificate.pem")).await;
    assert_eq!(s, 200);
    assert_eq!(h["content-type"], "application/x-pem-file");
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"));
    // Staff see the page but not the destruction form.
    let mut staff = Visitor::new(&server);
    assert_eq!(staff.login(A_STAFF, PASSWORD).await, StatusCode::SEE_OTHER);
    let (s, _, page) = staff.get(&vault).await;
    assert_eq!(s, 200);
    assert!(!page.contains("/vault/destroy"));
    drop(server);
    reg.cleanup().await;
}

/// Issue 16 in the console: the profile is set from a form, applicability shows its reasons,
/// and a register entry refused by its checks comes back with what was typed.
#[tokio::test]
async fn the_obligations_and_registers_pages() {
    let reg = Registry::sqlite();
    let server = Server::start(&reg);
    let w = World::build(&reg, &server).await;
    let base = server.base.clone();
    let mut a = Visitor::new(&server);
    assert_eq!(a.login(A_DPO, PASSWORD).await, StatusCode::SEE_OTHER);

    let page_path = format!("/o/{}/obligations", w.a);
    let (s, _, page) = a.get(&page_path).await;
    assert_eq!(s, 200);
    assert!(
        page.contains("Nghĩa vụ áp dụng") && page.contains("Luật 91/2025/QH15 Điều 38"),
        "{page}"
    );
    let csrf = csrf_of(&page);
    let (s, h, _) = a
        .post(
            &format!("{page_path}/profile"),
            &[
                ("csrf", &csrf),
                ("size", "micro"),
                ("sector_finance", "on"),
                ("subject_count", "2.000"),
            ],
            Some(&base),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(h["location"], format!("{page_path}?saved=1").as_str());
    let (_, _, page) = a.get(&format!("{page_path}?saved=1")).await;
    assert!(page.contains("Đã lưu hồ sơ"), "{page}");
    assert!(page.contains("value=\"2000\""), "the count is kept");
    // A refused profile comes back with what was typed and a reason in Vietnamese.
    let csrf = csrf_of(&page);
    let (s, _, again) = a
        .post(
            &format!("{page_path}/profile"),
            &[
                ("csrf", &csrf),
                ("size", "small"),
                ("subject_count", "1000"),
                ("sensitive_subject_count", "5000"),
            ],
            Some(&base),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(again.contains("không thể lớn hơn tổng số"), "{again}");
    assert!(again.contains("value=\"5000\""), "what was typed is kept");
    assert!(
        page.contains("Nghị định 356/2025/NĐ-CP Điều 8"),
        "the finance duties apply: {page}"
    );
    // The world's asset holds sensitive data: the micro business's exemption falls.
    assert!(page.contains("Không được hưởng miễn trừ"), "{page}");

    let reg_path = format!("/o/{}/registers/drills", w.a);
    let (s, _, page) = a.get(&format!("/o/{}/registers", w.a)).await;
    assert_eq!(s, 200);
    assert!(page.contains(&reg_path), "{page}");
    let (s, _, page) = a.get(&reg_path).await;
    assert_eq!(s, 200);
    let csrf = csrf_of(&page);
    // A bad date: refused, the page comes back with the field named and what was typed.
    let (s, _, page) = a
        .post(
            &reg_path,
            &[
                ("csrf", &csrf),
                ("scenario", "Mất điện trung tâm dữ liệu"),
                ("held_on", "31/12/2026"),
            ],
            Some(&base),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("role=\"alert\""), "{page}");
    assert!(
        page.contains("Mất điện trung tâm dữ liệu"),
        "what was typed is kept"
    );
    // Every required field of the register, filled.
    let token = server.login(A_DPO, PASSWORD).await;
    let drills = register_def(&server, &token, &w.a, "drills").await;
    let mut form = as_form(&required_entry(
        &drills,
        "Mất điện trung tâm dữ liệu",
        "2026-06-01",
    ));
    form.push(("csrf".into(), csrf.clone()));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (s, h, body) = a.post(&reg_path, &pairs, Some(&base)).await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    assert_eq!(h["location"], format!("{reg_path}?saved=1").as_str());
    let (_, _, page) = a.get(&reg_path).await;
    assert!(page.contains("Mất điện trung tâm dữ liệu"), "{page}");
    // Changed from the page: the form comes filled with the entry.
    let i = page.find("?edit=").expect("an edit link") + 6;
    let entry = page[i..i + 36].to_owned();
    let (_, _, edit) = a.get(&format!("{reg_path}?edit={entry}")).await;
    assert!(
        edit.contains(&format!("action=\"{reg_path}/{entry}\"")),
        "{edit}"
    );
    assert!(edit.contains("value=\"2026-06-01\""), "{edit}");
    let mut changed = form.clone();
    changed.retain(|(k, _)| k != "scenario");
    changed.push(("scenario".into(), "Cháy phòng máy chủ".into()));
    let pairs: Vec<(&str, &str)> = changed
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let (s, _, _) = a
        .post(&format!("{reg_path}/{entry}"), &pairs, Some(&base))
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, _, page) = a.get(&reg_path).await;
    // The same entry, changed: still one.
    assert!(
        page.contains("<summary>Cháy phòng máy chủ</summary>"),
        "{page}"
    );
    assert_eq!(page.matches("?edit=").count(), 1, "{page}");
    // A processing contract still running is kept: the page says why.
    let procs = format!("/o/{}/registers/processors", w.a);
    let (_, _, page) = a.get(&procs).await;
    let csrf = csrf_of(&page);
    let processors = register_def(&server, &token, &w.a, "processors").await;
    let mut form = as_form(&required_entry(
        &processors,
        "Công ty Dịch vụ Dữ liệu",
        "2026-01-10",
    ));
    form.push(("csrf".into(), csrf.clone()));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (s, _, body) = a.post(&procs, &pairs, Some(&base)).await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let (_, _, page) = a.get(&procs).await;
    let i = page.find("/delete\"").expect("a delete button");
    let entry = page[i - 36..i].to_owned();
    let (s, h, _) = a
        .post(
            &format!("{procs}/{entry}/delete"),
            &[("csrf", &csrf)],
            Some(&base),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, _, page) = a.get(h["location"].to_str().unwrap()).await;
    assert!(
        page.contains("Chưa thể xóa") && page.contains("chưa được ghi"),
        "{page}"
    );

    // A staff member reads but has no form.
    let mut staff = Visitor::new(&server);
    assert_eq!(staff.login(A_STAFF, PASSWORD).await, StatusCode::SEE_OTHER);
    let (s, _, page) = staff.get(&reg_path).await;
    assert_eq!(s, 200);
    assert!(!page.contains("name=\"scenario\""));
    server.stop();
}

/// Issue 17 in the console: a data subject sends a request on the organisation's public page
/// (no login, Vietnamese, its CSRF token, nothing echoed back), follows it by reference; the
/// DPO sees it with the days left, verifies the sender in person and refuses it with a
/// reason; the consent ledger lists a consent and withdraws it.
#[tokio::test]
async fn the_public_request_page_and_the_staff_pages() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    let server = Server::start(&reg);
    let base = server.base.clone();
    let mut public = Visitor::new(&server);
    let (s, _, page) = public.get(&format!("/request/{org}")).await;
    assert_eq!(s, 200, "{page}");
    assert!(page.contains("Gửi yêu cầu về dữ liệu cá nhân") && page.contains("Công ty Ví Dụ"));
    assert!(
        page.contains("Xóa dữ liệu cá nhân"),
        "the kinds in Vietnamese"
    );
    let csrf = csrf_of(&page);
    // Without its token: refused.
    let form = [
        ("kind", "deletion"),
        ("contact_email", "lan@example.vn"),
        ("subject_reference", "KH-000123"),
        ("details", "Xin xóa dữ liệu"),
    ];
    let (s, _, _) = public
        .post(&format!("/request/{org}"), &form, Some(&base))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // A bad address: the form again, the fields named, the page in Vietnamese.
    let mut bad = form.to_vec();
    bad[1] = ("contact_email", "không phải thư");
    bad.push(("csrf", &csrf));
    let (s, _, page) = public
        .post(&format!("/request/{org}"), &bad, Some(&base))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(
        page.contains("Chưa gửi được") && page.contains("email"),
        "{page}"
    );
    let mut good = form.to_vec();
    let csrf = csrf_of(&page);
    good.push(("csrf", &csrf));
    let (s, h, _) = public
        .post(&format!("/request/{org}"), &good, Some(&base))
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = h[LOCATION].to_str().unwrap().to_owned();
    let (s, _, status) = public.get(&to).await;
    assert_eq!(s, 200, "{status}");
    assert!(
        status.contains("Chờ xác minh") && status.contains("xác minh trực tiếp"),
        "{status}"
    );
    assert!(!status.contains("lan@example.vn") && !status.contains("KH-000123"));
    let reference = to
        .split('/')
        .nth(3)
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();

    // The DPO's list: the request, and nothing the sender wrote.
    let mut dpo = Visitor::new(&server);
    assert_eq!(
        dpo.login("dpo@vidu.vn", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let (s, _, list) = dpo.get(&format!("/o/{org}/requests")).await;
    assert_eq!(s, 200, "{list}");
    assert!(list.contains(&reference) && !list.contains("lan@example.vn"));
    let one = format!("/o/{org}/requests/{reference}");
    let (s, _, page) = dpo.get(&one).await;
    assert_eq!(s, 200, "{page}");
    assert!(
        page.contains("lan@example.vn") && page.contains("KH-000123"),
        "opened for the DPO"
    );
    let csrf = csrf_of(&page);
    let (s, _, page) = dpo
        .post(&format!("{one}/verify"), &[("csrf", &csrf)], Some(&base))
        .await;
    assert_eq!(s, 200, "{page}");
    assert!(
        page.contains("Đang xử lý") && page.contains("Còn"),
        "days left: {page}"
    );
    let csrf = csrf_of(&page);
    let why = "Thông tin đã cung cấp không đủ để xác định chủ thể dữ liệu";
    let (s, _, page) = dpo
        .post(
            &format!("{one}/decide"),
            &[("csrf", &csrf), ("decision", "refuse"), ("reason", why)],
            Some(&base),
        )
        .await;
    assert_eq!(s, 200, "{page}");
    assert!(page.contains("Từ chối") && page.contains(why), "{page}");
    let (_, _, status) = public.get(&to).await;
    assert!(status.contains("Từ chối"), "{status}");

    // The consent ledger.
    let token = server.login("dpo@vidu.vn", PASSWORD).await;
    let (s, _, c) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{org}/consents"),
            Some(&token),
            Some(&serde_json::json!({
                "subject": "KH-000123", "purposes": ["khuyen_mai"], "channel": "written",
                "scope": "Số điện thoại", "evidence_sha256": "1".repeat(64),
                "given_at": "2026-04-01T08:00:00+07:00"
            })),
        )
        .await;
    assert_eq!(s, 201, "{c}");
    let (s, _, page) = dpo
        .get(&format!("/o/{org}/consents?subject=KH-000123"))
        .await;
    assert_eq!(s, 200, "{page}");
    assert!(
        page.contains("khuyen_mai") && page.contains("Bằng văn bản"),
        "{page}"
    );
    assert!(
        page.contains("/consents/evidence?subject=KH-000123"),
        "{page}"
    );
    let csrf = csrf_of(&page);
    let id = c["id"].as_str().unwrap();
    let (s, _, page) = dpo
        .post(
            &format!("/o/{org}/consents/{id}/withdraw"),
            &[("csrf", &csrf)],
            Some(&base),
        )
        .await;
    assert_eq!(s, 200, "{page}");
    assert!(page.contains("Đã rút lại sự đồng ý"), "{page}");
    let (s, h, _) = dpo
        .get(&format!("/o/{org}/consents/evidence?subject=KH-000123"))
        .await;
    assert_eq!(s, 200);
    assert_eq!(h["content-type"], "application/pkcs7-mime");
    reg.cleanup().await;
}

/// A breach case's page: its facts entered in the console, who was notified, Form 08 drafted
/// from the facts.
#[tokio::test]
async fn a_breach_case_page_records_the_facts_and_drafts_form_08() {
    let (reg, org) = Registry::sqlite_with_org("Công ty Ví Dụ", "dpo@vidu.vn", "company");
    let server = Server::start(&reg);
    let base = server.base.clone();
    let token = server.login("dpo@vidu.vn", PASSWORD).await;
    let (s, _, case) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{org}/cases"),
            Some(&token),
            Some(
                &serde_json::json!({"kind": "breach", "title": "Lộ dữ liệu vân tay",
                "events": [{"trigger": "breach_discovered", "at": "2026-05-04T08:00:00+07:00"}]}),
            ),
        )
        .await;
    assert_eq!(s, 201, "{case}");
    let id = case["id"].as_str().unwrap();
    let mut dpo = Visitor::new(&server);
    assert_eq!(
        dpo.login("dpo@vidu.vn", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let page_path = format!("/o/{org}/cases/{id}");
    let (s, _, page) = dpo.get(&page_path).await;
    assert_eq!(s, 200, "{page}");
    assert!(
        page.contains("Sự cố vi phạm dữ liệu cá nhân") && page.contains("Chưa gửi thông báo nào"),
        "{page}"
    );
    let csrf = csrf_of(&page);
    let (s, h, body) = dpo
        .post(
            &format!("{page_path}/breach"),
            &[
                ("csrf", &csrf),
                ("discovered_at", "2026-05-04T08:00"),
                ("discovered_how", "Nhân viên báo cáo"),
                ("place", "Máy chấm công tầng 3"),
                ("conduct", "Sao chép trái phép mẫu vân tay"),
                ("data_kinds", "biometric"),
                ("data_kinds", "basic"),
                ("severity", "critical"),
                ("measures", "Thay thiết bị, đổi khóa"),
            ],
            Some(&base),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    assert!(h[LOCATION].to_str().unwrap().ends_with("#breach"));
    let (_, _, page) = dpo.get(&page_path).await;
    assert!(
        page.contains("Máy chấm công tầng 3") && page.contains("Dữ liệu sinh trắc học"),
        "{page}"
    );
    assert!(
        page.contains("phải thông báo cho chủ thể"),
        "biometric: the subjects must be told"
    );
    assert!(page.contains("Cần bổ sung trước khi gửi"), "{page}");
    // The minutes, to complete and sign.
    let (s, h, _) = dpo.get(&format!("{page_path}/minutes.docx")).await;
    assert_eq!(s, 200);
    assert!(
        h["content-type"]
            .to_str()
            .unwrap()
            .contains("wordprocessingml")
    );
    // Form 08 drafted from the facts.
    let (s, _, form) = dpo.get(&format!("/o/{org}/forms/nd356-08?case={id}")).await;
    assert_eq!(s, 200, "{form}");
    assert!(form.contains("Sao chép trái phép mẫu vân tay"), "{form}");
    assert!(
        form.contains(&format!("/forms/nd356-08?case={id}")),
        "the case stays with the form"
    );
    reg.cleanup().await;
}
