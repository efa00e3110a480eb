//! The console in a real browser: headless Chromium driven over WebDriver (Debian's
//! chromium and chromium-driver), with axe-core checking every page for serious or critical
//! accessibility violations and a screenshot of every page kept under
//! `target/console-screenshots/` (CI keeps them as artefacts).
//!
//! A DPO logs in, scans a folder, accepts the findings into the catalogue, answers the
//! important/core questions, downloads the classification report and records it as sent,
//! which the dashboard then shows; a supervisor sees that unit and a late one (first), opens
//! the unit read-only, and records a decision on a dossier the authority received.
//!
//! Runs when `KHIEN_TEST_BROWSER=1` was set at build time (`.ci/run` sets it and installs
//! what it needs); otherwise it is reported as ignored.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::harness::*;

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn axe_source() -> String {
    let path = std::env::var_os("KHIEN_AXE_JS").map_or_else(
        || workspace().join("target/axe/node_modules/axe-core/axe.min.js"),
        PathBuf::from,
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "axe-core not found at {} ({e}): npm install --prefix target/axe axe-core@4",
            path.display()
        )
    })
}

async fn start_browser() -> (Driver, Client) {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let driver = Driver(
        Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver not found: apt-get install chromium chromium-driver"),
    );
    let url = format!("http://127.0.0.1:{port}");
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                        "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi"]}),
    );
    for _ in 0..100 {
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&url)
            .await
        {
            Ok(c) => return (driver, c),
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    panic!("chromedriver did not answer on {url}");
}

/// Screenshots, and axe-core's verdict, page by page.
struct Tour {
    client: Client,
    base: String,
    shots: PathBuf,
    axe: String,
    n: u32,
    violations: Vec<String>,
}

impl Tour {
    async fn goto(&mut self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .unwrap();
    }

    /// The page's text (empty while a page is being replaced by the next).
    async fn text(&self) -> String {
        match self.client.find(Locator::Css("body")).await {
            Ok(b) => b.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    async fn path(&self) -> String {
        self.client.current_url().await.unwrap().path().to_owned()
    }

    /// Waits until the page's text contains `what`.
    async fn wait_text(&self, what: &str) {
        for _ in 0..300 {
            if self.text().await.contains(what) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the page never said {what:?}: {}", self.text().await);
    }

    /// A screenshot named `name`, and axe-core's serious and critical violations.
    async fn check(&mut self, name: &str) {
        self.n += 1;
        let png = self.client.screenshot().await.unwrap();
        std::fs::write(self.shots.join(format!("{:02}-{name}.png", self.n)), png).unwrap();
        let lang = self
            .client
            .execute("return document.documentElement.lang", vec![])
            .await
            .unwrap();
        assert!(lang == "vi" || lang == "en", "{name}: lang {lang}");
        self.client.execute(&self.axe, vec![]).await.unwrap();
        let found = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '): '
                                 + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .unwrap();
        for v in found.as_array().into_iter().flatten() {
            self.violations
                .push(format!("{name}: {}", v.as_str().unwrap_or_default()));
        }
    }

    /// Waits until nothing matches `css`.
    async fn wait_gone(&self, css: &str) {
        for _ in 0..300 {
            if self.client.find(Locator::Css(css)).await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css} is still there: {}", self.text().await);
    }

    async fn fill(&self, css: &str, value: &str) {
        let e = self.client.find(Locator::Css(css)).await.unwrap();
        e.clear().await.unwrap();
        e.send_keys(value).await.unwrap();
    }

    async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .click()
            .await
            .unwrap();
    }

    async fn select(&self, css: &str, value: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap()
            .select_by_value(value)
            .await
            .unwrap();
    }

    /// The status and first bytes of a download, fetched by the page (with its cookie).
    async fn fetch_head(&self, path: &str) -> (u64, String) {
        let r = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status,
                     String.fromCharCode(...new Uint8Array(b).slice(0, 4))])))
                   .catch(e => done([0, String(e)]));",
                vec![Value::from(path)],
            )
            .await
            .unwrap();
        (
            r[0].as_u64().unwrap_or_default(),
            r[1].as_str().unwrap_or_default().to_owned(),
        )
    }

    async fn login(&mut self, email: &str, name: &str) {
        self.goto("/").await;
        assert_eq!(self.path().await, "/login");
        self.check(&format!("login-{name}")).await;
        self.fill("#email", email).await;
        self.fill("#password", PASSWORD).await;
        self.click("form[action='/login'] button").await;
    }

    /// Logs out and waits for the login page (the click returns before the navigation).
    async fn logout(&self) {
        self.click("form[action='/logout'] button").await;
        for _ in 0..100 {
            if self.path().await == "/login" {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("logging out never reached /login: {}", self.path().await);
    }
}

#[tokio::test]
#[cfg_attr(
    not(khien_test_browser),
    ignore = "browser tests off: apt-get install chromium chromium-driver, npm install --prefix target/axe axe-core@4, and set KHIEN_TEST_BROWSER=1"
)]
async fn a_dpo_and_a_supervisor_use_the_console_in_chromium() {
    // A folder as an office keeps it.
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("danh-sach-nhan-vien.csv"),
        "Họ và tên,Ngày sinh,Số CCCD,Điện thoại,Địa chỉ\n\
         Nguyễn Thị Hoa,12/03/1988,038188001234,0912345678,\"12 Lê Lợi, phường Hạc Thành, Thanh Hóa\"\n\
         Lê Văn Minh,01/11/1990,038090004321,0987654321,\"5 Trần Phú, phường Hạc Thành, Thanh Hóa\"\n\
         Phạm Thu Trang,25/07/1995,038195007777,0903123456,\"Thôn 3, xã Quảng Phú, Thanh Hóa\"\n",
    )
    .unwrap();
    std::fs::write(
        folder.path().join("ghi-chu.txt"),
        "Biên bản họp giao ban tuần. Không có thông tin cá nhân trong tệp này.\n",
    )
    .unwrap();
    // A pediatric ward's list (children's data), and an old Word file no reader takes.
    std::fs::write(
        folder.path().join("nhi-khoa.csv"),
        "Họ và tên bệnh nhi,Ngày sinh,Chẩn đoán\n\
         Đỗ Gia Huy,03/04/2019,Viêm phế quản\n\
         Vũ Ngọc Diệp,17/09/2021,Sốt xuất huyết\n",
    )
    .unwrap();
    std::fs::write(folder.path().join("bien-ban-cu.doc"), b"\xD0\xCF\x11\xE0").unwrap();

    let (reg, org) = Registry::sqlite_with_org(
        "Bệnh viện Đa khoa Hạc Thành",
        "dpo@hacthanh.example.vn",
        "public_service_unit",
    );
    let pw = [("KHIEN_USER_PASSWORD", PASSWORD)];
    let late = reg.cli_json(&["org", "add", "--name", "Công ty Vận tải Chậm Trễ"], &[])["id"]
        .as_str()
        .unwrap()
        .to_owned();
    reg.cli(
        &[
            "user",
            "add",
            "--email",
            "dpo@chamtre.example.vn",
            "--name",
            "Trần Văn Chậm",
            "--org",
            &late,
            "--role",
            "dpo",
        ],
        &pw,
    );
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
    reg.cli(
        &[
            "user",
            "add",
            "--email",
            SUPERVISOR,
            "--name",
            "Cán bộ Giám sát",
            "--org",
            &authority,
            "--role",
            "supervisor",
        ],
        &pw,
    );
    for unit in [&org, &late] {
        reg.cli(
            &[
                "supervision",
                "add",
                "--authority",
                &authority,
                "--org",
                unit,
            ],
            &[],
        );
    }
    let root = folder.path().display().to_string();
    let server = Server::start_with(&reg, &["--scan-root", &root]);
    // The late unit's breach, discovered in February and never notified.
    let late_tok = server.login("dpo@chamtre.example.vn", PASSWORD).await;
    let (s, _, body) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{late}/cases"),
            Some(&late_tok),
            Some(&case_body()),
        )
        .await;
    assert_eq!(s, 201, "{body}");

    let shots = workspace().join("target/console-screenshots");
    let _ = std::fs::remove_dir_all(&shots);
    std::fs::create_dir_all(&shots).unwrap();
    let (_driver, client) = start_browser().await;
    let mut t = Tour {
        client,
        base: server.base.clone(),
        shots,
        axe: axe_source(),
        n: 0,
        violations: Vec::new(),
    };

    // The DPO.
    t.login("dpo@hacthanh.example.vn", "dpo").await;
    t.wait_text("Bệnh viện Đa khoa Hạc Thành").await;
    assert_eq!(t.path().await, "/");
    t.check("dashboard").await;
    assert!(
        t.text()
            .await
            .contains("Chưa ghi nhận việc gửi báo cáo phân loại")
    );

    t.goto(&format!("/o/{org}/scans")).await;
    t.check("scans").await;
    t.fill("#sources", &root).await;
    t.click("form[action$='/scans'] button").await;
    t.wait_text("Ghi vào danh mục dữ liệu").await;
    let scan_page = t.path().await;
    assert!(t.text().await.contains("danh-sach-nhan-vien.csv"));
    // Children's values are flagged; the file no reader takes is listed with what to do.
    assert!(t.text().await.contains("người dưới 16 tuổi"));
    assert!(t.text().await.contains("1 tệp không đọc"));
    t.check("scan-results").await;
    t.click("form[action$='/accept'] button").await;
    t.wait_text("Đã ghi vào danh mục").await;
    t.check("scan-accepted").await;

    t.goto(&format!("/o/{org}/assets")).await;
    t.check("catalogue").await;
    let link = t
        .client
        .find(Locator::XPath(
            "//table//a[contains(., 'danh-sach-nhan-vien.csv')]",
        ))
        .await
        .unwrap();
    link.click().await.unwrap();
    t.wait_text("Dữ liệu quan trọng, dữ liệu cốt lõi").await;
    // The findings' articles in the reader's language, as every other page cites them.
    assert!(t.text().await.contains("Nghị định 356/2025/NĐ-CP Điều 3"));
    assert!(!t.text().await.contains("Decree 356/2025"));
    t.check("asset").await;
    t.click("input[name='life_health_rights'][value='important']")
        .await;
    t.click("form[action$='/classify'] button").await;
    t.wait_text("Đã lưu phân loại").await;
    assert!(
        t.text()
            .await
            .contains("Nghị định 165/2025/NĐ-CP Điều 3(4)")
    );

    let (status, head) = t
        .fetch_head(&format!("{scan_page}/report?format=pdf"))
        .await;
    assert_eq!(
        (status, head.as_str()),
        (200, "%PDF"),
        "the classification report"
    );
    let (status, head) = t
        .fetch_head(&format!("{scan_page}/report?format=docx"))
        .await;
    assert_eq!((status, &head[..2]), (200, "PK"));

    t.goto(&format!("/o/{org}/cases/new?kind=classification_report"))
        .await;
    t.check("case-new").await;
    t.fill(
        "#title",
        "Báo cáo rà soát, phân loại dữ liệu cá nhân năm 2026",
    )
    .await;
    t.click("form[action$='/cases'] button").await;
    t.wait_text("Đang soạn báo cáo").await;
    t.check("case").await;
    t.click("form.step input[value='file'] ~ button").await;
    t.wait_text("Đã gửi báo cáo").await;
    t.goto(&format!("/o/{org}")).await;
    t.wait_text("Đã gửi lúc").await;
    t.check("dashboard-report-filed").await;

    for (path, name) in [
        (format!("/o/{org}/cases"), "cases"),
        (format!("/o/{org}/forms"), "forms"),
        (format!("/o/{org}/forms/nd165-01a"), "form"),
        (format!("/o/{org}/log"), "log"),
        (format!("/o/{org}/people"), "people"),
        (format!("/o/{org}/vault"), "vault"),
        (format!("/o/{org}?lang=en"), "dashboard-en"),
    ] {
        t.goto(&path).await;
        t.check(name).await;
    }
    t.goto(&format!("/o/{org}?lang=vi")).await;

    // A data subject's request on the organisation's public page (no account needed)...
    t.goto(&format!("/request/{org}")).await;
    t.wait_text("Gửi yêu cầu về dữ liệu cá nhân").await;
    t.check("public-request").await;
    t.select("#kind", "access").await;
    t.fill("#contact_email", "hoa.nguyen@example.vn").await;
    t.fill("#subject_reference", "038188001234").await;
    t.click("form[action^='/request/'] button").await;
    t.wait_text("Chờ xác minh").await;
    t.check("public-status").await;
    // ...the DPO's list with the days left, the request, verified in person, the consents.
    t.goto(&format!("/o/{org}/requests")).await;
    t.wait_text("Chờ xác minh").await;
    t.check("requests").await;
    t.click("main table a").await;
    t.wait_text("hoa.nguyen@example.vn").await;
    t.check("request").await;
    t.click("form[action$='/verify'] button").await;
    t.wait_text("Đã ghi nhận việc xác minh").await;
    t.check("request-verified").await;
    t.goto(&format!("/o/{org}/consents")).await;
    t.check("consents").await;
    t.goto(&format!("/o/{org}")).await;
    t.logout().await;

    // The supervisor.
    t.login(SUPERVISOR, "supervisor").await;
    t.wait_text("Các đơn vị thuộc diện giám sát").await;
    t.check("authority").await;
    let table = t.text().await;
    let (l, a) = (
        table
            .find("Công ty Vận tải Chậm Trễ")
            .expect("the late unit"),
        table.find("Bệnh viện Đa khoa Hạc Thành").expect("the unit"),
    );
    assert!(l < a, "the late unit comes first");
    t.client
        .find(Locator::LinkText("Bệnh viện Đa khoa Hạc Thành"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    t.wait_text("Đã gửi lúc").await;
    t.check("unit-read-only").await;
    assert!(
        t.client
            .find(Locator::Css("form[action$='/classify']"))
            .await
            .is_err(),
        "no writing for the supervisor"
    );

    t.goto(&format!("/o/{authority}/cases/new?kind=dossier_review"))
        .await;
    t.fill(
        "#title",
        "Hồ sơ đánh giá tác động chuyển dữ liệu quan trọng ra nước ngoài",
    )
    .await;
    t.fill("#field-unit", "Bệnh viện Đa khoa Hạc Thành").await;
    t.select("#field-dossier_kind", "d165_important_transfer")
        .await;
    t.select("#trigger", "complete_dossier_received").await;
    t.check("dossier-new").await;
    t.click("form[action$='/cases'] button").await;
    t.wait_text("Diễn biến").await;
    for step in ["accept", "approve", "notify_result"] {
        let form = format!("form.step input[value='{step}']");
        t.click(&format!("{form} ~ button")).await;
        // The step is done when its button is gone (the state moved on).
        t.wait_gone(&form).await;
        assert!(t.text().await.contains(step_label(step)));
    }
    assert!(t.text().await.contains("Đã thông báo kết quả"));
    t.check("dossier-decided").await;
    t.logout().await;
    t.client.clone().close().await.unwrap();

    assert!(
        t.violations.is_empty(),
        "axe-core found serious or critical violations:\n{}",
        t.violations.join("\n")
    );
    drop(server);
    reg.cleanup().await;
}

/// The Vietnamese label of a step as the timeline shows it.
fn step_label(step: &str) -> &'static str {
    match step {
        "accept" => "Tiếp nhận hồ sơ đầy đủ, hợp lệ",
        "approve" => "Ghi nhận chấp thuận",
        _ => "Thông báo kết quả đánh giá",
    }
}
