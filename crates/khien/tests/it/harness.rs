//! Runs the real `khien` binary: CLI commands against a registry, and `khien serve` on
//! 127.0.0.1:0 with its standard output and error captured.

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

pub const BIN: &str = env!("CARGO_BIN_EXE_khien");

/// A registry for one test: a SQLite file in a temporary directory, or a throw-away
/// PostgreSQL database.
pub struct Registry {
    pub url: String,
    dir: Option<tempfile::TempDir>,
    pg: Option<khien_store_sql::testing::TempPgDatabase>,
}

impl Registry {
    pub fn sqlite() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/khien.db", dir.path().display());
        Self {
            url,
            dir: Some(dir),
            pg: None,
        }
    }

    /// A registry at an existing URL that the test owns elsewhere (a copy of another's).
    pub fn at(url: &str) -> Self {
        Self {
            url: url.to_owned(),
            dir: None,
            pg: None,
        }
    }

    pub async fn postgres() -> Self {
        let server = khien_store_sql::testing::postgres_server()
            .expect("KHIEN_TEST_POSTGRES_URL is set at build time but not at run time");
        let db = khien_store_sql::testing::TempPgDatabase::create(&server)
            .await
            .unwrap();
        Self {
            url: db.url.clone(),
            dir: None,
            pg: Some(db),
        }
    }

    /// A SQLite registry with one organisation and its DPO (password [`PASSWORD`]); returns
    /// the organisation's id.
    pub fn sqlite_with_org(name: &str, dpo: &str, kind: &str) -> (Self, String) {
        let reg = Self::sqlite();
        reg.cli(
            &[
                "init",
                "--org-name",
                name,
                "--admin-email",
                dpo,
                "--kind",
                kind,
            ],
            &[("KHIEN_ADMIN_PASSWORD", PASSWORD)],
        );
        let org = reg.cli_json(&["org", "list"], &[])[0]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        (reg, org)
    }

    pub async fn cleanup(mut self) {
        if let Some(pg) = self.pg.take() {
            pg.drop_now().await.unwrap();
        }
        drop(self.dir.take());
    }

    /// Runs a CLI command; panics with its stderr if it fails. Returns stdout.
    pub fn cli(&self, args: &[&str], env: &[(&str, &str)]) -> String {
        let out = self.cli_raw(args, env);
        assert!(
            out.status.success(),
            "khien {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn cli_raw(&self, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
        let mut cmd = Command::new(BIN);
        cmd.arg("--database").arg(&self.url).args(args);
        cmd.env_remove("KHIEN_ADMIN_PASSWORD")
            .env_remove("KHIEN_USER_PASSWORD");
        cmd.env("KHIEN_LOG", "info");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.stdin(Stdio::null()).output().unwrap()
    }

    /// Runs a CLI command with `--format json` and parses its output.
    pub fn cli_json(&self, args: &[&str], env: &[(&str, &str)]) -> Value {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        serde_json::from_str(&self.cli(&a, env)).unwrap()
    }
}

/// A running `khien serve`.
pub struct Server {
    pub base: String,
    child: Child,
    stdout: Arc<Mutex<String>>,
    stderr: Arc<Mutex<String>>,
    readers: Vec<std::thread::JoinHandle<()>>,
    pub http: reqwest::Client,
}

fn drain(
    mut r: impl std::io::Read + Send + 'static,
    into: Arc<Mutex<String>>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        loop {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => into
                    .lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n])),
            }
        }
    })
}

impl Server {
    pub fn start(reg: &Registry) -> Self {
        Self::start_with(reg, &[])
    }

    /// Starts `khien serve` with extra arguments.
    pub fn start_with(reg: &Registry, extra: &[&str]) -> Self {
        Self::start_env(reg, extra, &[])
    }

    /// Started with these environment variables too.
    pub fn start_env(reg: &Registry, extra: &[&str], env: &[(&str, &str)]) -> Self {
        let mut child = Command::new(BIN)
            .arg("--database")
            .arg(&reg.url)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(extra)
            .env(
                "KHIEN_LOG",
                "debug,sqlx=debug,hyper=info,h2=info,tower=info",
            )
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout_pipe = child.stdout.take().unwrap();
        let stderr = Arc::new(Mutex::new(String::new()));
        let err_reader = drain(child.stderr.take().unwrap(), stderr.clone());
        let mut reader = BufReader::new(stdout_pipe);
        let mut printed = String::new();
        let base = loop {
            let mut line = String::new();
            let n = reader.read_line(&mut line).unwrap();
            assert!(n > 0, "khien serve exited: {}", stderr.lock().unwrap());
            printed.push_str(&line);
            if let Some(i) = line.find("http://127.0.0.1:") {
                break line[i..].trim().to_owned();
            }
        };
        let stdout = Arc::new(Mutex::new(printed));
        let out_reader = drain(reader.into_inner(), stdout.clone());
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        Self {
            base,
            child,
            stdout,
            stderr,
            readers: vec![out_reader, err_reader],
            http,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Everything the server printed so far, on both streams.
    pub fn output(&self) -> String {
        format!(
            "{}{}",
            self.stdout.lock().unwrap(),
            self.stderr.lock().unwrap()
        )
    }

    /// Stops the server and returns everything it printed.
    pub fn stop(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // The pipes close with the process: the readers finish with everything it printed.
        for r in self.readers.drain(..) {
            r.join().unwrap();
        }
        self.output()
    }

    pub async fn login(&self, email: &str, password: &str) -> String {
        let r = self
            .http
            .post(self.url("/api/v1/auth/login"))
            .json(&json!({"email": email, "password": password}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "login of a test account failed");
        r.json::<Value>().await.unwrap()["token"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// Sends a request with an optional bearer token and JSON body; returns status, content
    /// type and body.
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> (u16, String, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = self.http.request(method, self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(b);
        }
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        let ct = r
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let text = r.text().await.unwrap();
        let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
        (status, ct, value)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Passwords of the fixture accounts.
pub const PASSWORD: &str = "mật-khẩu-thử-nghiệm-01";

/// Two organisations (A and B) with people in every role, an authority supervising A, and
/// some data in each.
pub struct World {
    pub a: String,
    pub b: String,
    pub authority: String,
    pub a_asset: String,
    pub a_activity: String,
    pub b_asset: String,
    pub b_activity: String,
    pub b_dpo_user: String,
    pub b_token_id: String,
    pub a_case: String,
    pub b_case: String,
}

pub fn case_body() -> Value {
    json!({
        "kind": "breach",
        "title": "Lộ dữ liệu qua thư điện tử gửi nhầm",
        "events": [
            {"trigger": "breach_occurred", "at": "2026-02-12T22:00:00+07:00"},
            {"trigger": "breach_discovered", "at": "2026-02-13T10:00:00+07:00"}
        ]
    })
}

pub const A_DPO: &str = "dpo@a.example.vn";
pub const A_UNIT: &str = "unit@a.example.vn";
pub const A_STAFF: &str = "staff@a.example.vn";
pub const A_AUDITOR: &str = "auditor@a.example.vn";
pub const B_DPO: &str = "dpo@b.example.vn";
pub const SUPERVISOR: &str = "canbo@congan.example.vn";
pub const OUTSIDER: &str = "outsider@example.vn";

pub fn asset_body(name: &str) -> Value {
    json!({
        "name": name,
        "kind": "database",
        "owner": "Phòng Tổ chức - Hành chính",
        "custodian": "Trung tâm CNTT",
        "classification": {
            "personal_data": "sensitive",
            "importance": "important",
            "importance_criterion": "life_health_rights"
        },
        "retention": "5y",
        "storage_location": "Máy chủ tại trụ sở",
        "storage_country": "VN",
        "record_count": 12000,
        "data_subject_count": 11000
    })
}

pub fn activity_body(asset: &str) -> Value {
    json!({
        "name": "Quản lý hồ sơ bệnh án",
        "purpose": "Khám, chữa bệnh",
        "legal_basis": "other_law",
        "legal_basis_detail": "Luật Khám bệnh, chữa bệnh 2023",
        "data_categories": ["họ tên", "tình trạng sức khỏe"],
        "data_subject_categories": ["người bệnh"],
        "asset_ids": [asset],
        "recipients": [{"name": "Bảo hiểm xã hội tỉnh", "kind": "state_agency", "country": "VN"}],
        "cross_border": false
    })
}

impl World {
    /// Builds the world through the CLI (operator) and the API (the DPOs).
    pub async fn build(reg: &Registry, server: &Server) -> Self {
        let pw = [
            ("KHIEN_ADMIN_PASSWORD", PASSWORD),
            ("KHIEN_USER_PASSWORD", PASSWORD),
        ];
        reg.cli(
            &[
                "init",
                "--org-name",
                "Bệnh viện Đa khoa A",
                "--admin-email",
                A_DPO,
                "--kind",
                "public_service_unit",
            ],
            &pw,
        );
        let orgs = reg.cli_json(&["org", "list"], &[]);
        let a = orgs[0]["id"].as_str().unwrap().to_owned();
        let b = reg.cli_json(
            &[
                "org",
                "add",
                "--name",
                "Công ty B",
                "--tax-code",
                "0300588569",
            ],
            &[],
        )["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let authority = reg.cli_json(
            &[
                "org",
                "add",
                "--name",
                "Công an tỉnh Thanh Hóa",
                "--kind",
                "authority",
            ],
            &[],
        )["id"]
            .as_str()
            .unwrap()
            .to_owned();
        for (email, role) in [
            (A_UNIT, "protection_unit"),
            (A_STAFF, "staff"),
            (A_AUDITOR, "auditor"),
        ] {
            reg.cli(
                &[
                    "user",
                    "add",
                    "--email",
                    email,
                    "--name",
                    "Người dùng A",
                    "--org",
                    &a,
                    "--role",
                    role,
                ],
                &pw,
            );
        }
        let b_dpo = reg.cli_json(
            &[
                "user",
                "add",
                "--email",
                B_DPO,
                "--name",
                "Người dùng B",
                "--org",
                &b,
                "--role",
                "dpo",
            ],
            &pw,
        );
        let b_dpo_user = b_dpo[0]["user"]["id"].as_str().unwrap().to_owned();
        reg.cli(
            &[
                "user",
                "add",
                "--email",
                SUPERVISOR,
                "--name",
                "Cán bộ",
                "--org",
                &authority,
                "--role",
                "supervisor",
            ],
            &pw,
        );
        reg.cli(
            &["supervision", "add", "--authority", &authority, "--org", &a],
            &[],
        );
        // An account with no role anywhere.
        reg.cli(
            &[
                "user",
                "add",
                "--email",
                OUTSIDER,
                "--name",
                "Người ngoài",
                "--org",
                &b,
                "--role",
                "staff",
            ],
            &pw,
        );

        let a_tok = server.login(A_DPO, PASSWORD).await;
        let b_tok = server.login(B_DPO, PASSWORD).await;
        let outsider_id = {
            let (_, _, me) = server
                .call(
                    "GET",
                    "/api/v1/me",
                    Some(&server.login(OUTSIDER, PASSWORD).await),
                    None,
                )
                .await;
            me["user"]["id"].as_str().unwrap().to_owned()
        };
        let (s, _, _) = server
            .call(
                "DELETE",
                &format!("/api/v1/orgs/{b}/members/{outsider_id}/roles/staff"),
                Some(&b_tok),
                None,
            )
            .await;
        assert_eq!(s, 204);

        let mk = |org: &str, path: &str| format!("/api/v1/orgs/{org}/{path}");
        let (s, _, a_asset) = server
            .call(
                "POST",
                &mk(&a, "assets"),
                Some(&a_tok),
                Some(&asset_body("CSDL A")),
            )
            .await;
        assert_eq!(s, 201, "{a_asset}");
        let a_asset = a_asset["id"].as_str().unwrap().to_owned();
        let (s, _, a_act) = server
            .call(
                "POST",
                &mk(&a, "activities"),
                Some(&a_tok),
                Some(&activity_body(&a_asset)),
            )
            .await;
        assert_eq!(s, 201, "{a_act}");
        let (s, _, b_asset) = server
            .call(
                "POST",
                &mk(&b, "assets"),
                Some(&b_tok),
                Some(&asset_body("CSDL B")),
            )
            .await;
        assert_eq!(s, 201);
        let b_asset = b_asset["id"].as_str().unwrap().to_owned();
        let (s, _, b_act) = server
            .call(
                "POST",
                &mk(&b, "activities"),
                Some(&b_tok),
                Some(&activity_body(&b_asset)),
            )
            .await;
        assert_eq!(s, 201);
        let (s, _, a_case) = server
            .call("POST", &mk(&a, "cases"), Some(&a_tok), Some(&case_body()))
            .await;
        assert_eq!(s, 201, "{a_case}");
        let (s, _, b_case) = server
            .call("POST", &mk(&b, "cases"), Some(&b_tok), Some(&case_body()))
            .await;
        assert_eq!(s, 201, "{b_case}");
        let (s, _, b_token) = server
            .call(
                "POST",
                "/api/v1/tokens",
                Some(&b_tok),
                Some(&json!({"name": "hệ thống B"})),
            )
            .await;
        assert_eq!(s, 201);
        Self {
            a,
            b,
            authority,
            a_asset,
            a_activity: a_act["id"].as_str().unwrap().to_owned(),
            b_asset,
            b_activity: b_act["id"].as_str().unwrap().to_owned(),
            b_dpo_user,
            b_token_id: b_token["id"].as_str().unwrap().to_owned(),
            a_case: a_case["id"].as_str().unwrap().to_owned(),
            b_case: b_case["id"].as_str().unwrap().to_owned(),
        }
    }
}

/// A value for every required field of a register, by kind, from its definition as
/// `GET /api/v1/orgs/{org}/registers` serves it: `text` for the texts, `date` for the dates.
pub fn required_entry(def: &Value, text: &str, date: &str) -> Value {
    let mut entry = serde_json::Map::new();
    for f in def["fields"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["required"] == true)
    {
        let v = match f["kind"].as_str().unwrap() {
            "date" => json!(date),
            "integer" => json!(3),
            "bool" => json!(true),
            "list" => json!(["Họ tên", "Số điện thoại"]),
            "choice" => f["choices"][0]["code"].clone(),
            "email" => json!("lienhe@example.vn"),
            "phone" => json!("028 3822 1234"),
            "url" => json!("https://example.vn"),
            _ => json!(text),
        };
        entry.insert(f["name"].as_str().unwrap().to_owned(), v);
    }
    Value::Object(entry)
}

/// An entry as a console form posts it: text, a list one item per line.
pub fn as_form(entry: &Value) -> Vec<(String, String)> {
    entry
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| {
            let s = match v {
                Value::String(s) => s.clone(),
                Value::Array(a) => a
                    .iter()
                    .map(|x| x.as_str().unwrap().to_owned())
                    .collect::<Vec<_>>()
                    .join("\n"),
                other => other.to_string(),
            };
            (k.clone(), s)
        })
        .collect()
}

/// One register's definition as the API serves it.
pub async fn register_def(server: &Server, token: &str, org: &str, id: &str) -> Value {
    let (s, _, list) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{org}/registers"),
            Some(token),
            None,
        )
        .await;
    assert_eq!(s, 200, "{list}");
    list.as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no register {id}"))
        .clone()
}

/// A minimal SMTP sink on loopback: records each message's data.
pub async fn smtp_sink() -> (u16, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let got: std::sync::Arc<std::sync::Mutex<Vec<String>>> = std::sync::Arc::default();
    let sink = got.clone();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let sink = sink.clone();
            tokio::spawn(async move {
                let (r, mut w) = stream.into_split();
                let mut lines = BufReader::new(r).lines();
                w.write_all(b"220 sink ESMTP\r\n").await.unwrap();
                let mut in_data = false;
                let mut data = String::new();
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            sink.lock().unwrap().push(std::mem::take(&mut data));
                            w.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            data.push_str(&line);
                            data.push('\n');
                        }
                        continue;
                    }
                    let verb = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 sink\r\n",
                        "DATA" => {
                            in_data = true;
                            b"354 go on\r\n"
                        }
                        "QUIT" => {
                            w.write_all(b"221 bye\r\n").await.unwrap();
                            return;
                        }
                        _ => b"250 ok\r\n",
                    };
                    w.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, got)
}

/// The readable text of a message as the SMTP sink recorded it: headers as they are, each
/// part's body decoded from quoted-printable or base64.
pub fn mail_text(raw: &str) -> String {
    use base64::Engine as _;
    let mut out = String::new();
    let mut encoding = String::new();
    let mut in_headers = true;
    let mut body = String::new();
    let flush = |encoding: &str, body: &mut String, out: &mut String| {
        let text = match encoding {
            "base64" => {
                let joined: String = body.split_whitespace().collect();
                base64::engine::general_purpose::STANDARD
                    .decode(joined.as_bytes())
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_else(|_| body.clone())
            }
            "quoted-printable" => {
                let soft = body.replace("=\n", "");
                let bytes = soft.as_bytes();
                let mut v = Vec::new();
                let mut i = 0;
                while i < bytes.len() {
                    if bytes[i] == b'='
                        && i + 2 < bytes.len()
                        && let Ok(b) = u8::from_str_radix(&soft[i + 1..i + 3], 16)
                    {
                        v.push(b);
                        i += 3;
                        continue;
                    }
                    v.push(bytes[i]);
                    i += 1;
                }
                String::from_utf8_lossy(&v).into_owned()
            }
            _ => body.clone(),
        };
        out.push_str(&text);
        body.clear();
    };
    for line in raw.lines() {
        if line.starts_with("--") && !in_headers {
            flush(&encoding, &mut body, &mut out);
            encoding.clear();
            in_headers = true;
            out.push_str(line);
            out.push('\n');
            continue;
        }
        if in_headers {
            if line.is_empty() {
                in_headers = false;
            } else if let Some(v) = line
                .to_ascii_lowercase()
                .strip_prefix("content-transfer-encoding:")
            {
                encoding = v.trim().to_owned();
            }
            out.push_str(line);
            out.push('\n');
        } else {
            body.push_str(line);
            body.push('\n');
        }
    }
    flush(&encoding, &mut body, &mut out);
    out
}

/// A receiver of webhook POSTs on loopback: its URL and what it received.
pub async fn webhook_sink() -> (String, Arc<Mutex<Vec<Value>>>) {
    let received: Arc<Mutex<Vec<Value>>> = Arc::default();
    let sink = received.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |axum::Json(v): axum::Json<Value>| {
            let sink = sink.clone();
            async move {
                sink.lock().unwrap().push(v);
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, received)
}
