//! The vault over HTTP (issue 15): keep, read for a purpose, masked reads, refusals recorded,
//! destruction with a certificate that `openssl cms -verify` checks, and no plaintext in any
//! file Khiên wrote.

use base64::Engine as _;
use serde_json::{Value, json};

use crate::harness::{A_AUDITOR, A_DPO, A_STAFF, B_DPO, PASSWORD, Registry, Server, World};

const CCCD: &str = "079123456789";
const DIAGNOSIS: &str = "Viêm gan siêu vi B mạn tính";

fn files_under(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p);
        }
    }
}

#[tokio::test]
async fn kept_read_for_a_purpose_refused_otherwise_and_destroyed_provably() {
    let reg = Registry::sqlite();
    let server = Server::start(&reg);
    let w = World::build(&reg, &server).await;
    let dpo = server.login(A_DPO, PASSWORD).await;
    let staff = server.login(A_STAFF, PASSWORD).await;
    let auditor = server.login(A_AUDITOR, PASSWORD).await;
    let b_dpo = server.login(B_DPO, PASSWORD).await;
    let a = &w.a;

    // The DPO declares a sensitive collection kept for treatment.
    let (st, _, c) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/collections"),
            Some(&dpo),
            Some(&json!({"name": "patients", "sensitive": true, "purposes": ["treatment"]})),
        )
        .await;
    assert_eq!(st, 200, "{c}");
    // Staff cannot declare collections.
    let (st, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/collections"),
            Some(&staff),
            Some(&json!({"name": "x", "sensitive": false, "purposes": ["y"]})),
        )
        .await;
    assert_eq!(st, 403);

    // A system (the staff's token) keeps a patient's fields and gets a token.
    let fields = json!({"ho_ten": "Nguyễn Văn An", "so_cccd": CCCD, "chan_doan": DIAGNOSIS});
    let (st, _, kept) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/records"),
            Some(&staff),
            Some(&json!({"collection": "patients", "subject": CCCD, "purpose": "treatment", "fields": fields})),
        )
        .await;
    assert_eq!(st, 201, "{kept}");
    let token = kept["token"].as_str().unwrap().to_owned();
    let subject = kept["subject"].as_str().unwrap().to_owned();
    assert!(subject.starts_with("ps1:") && !subject.contains(CCCD));
    // A write for a purpose the collection is not kept for is refused.
    let (st, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/records"),
            Some(&staff),
            Some(&json!({"collection": "patients", "subject": CCCD, "purpose": "marketing", "fields": {"x": 1}})),
        )
        .await;
    assert_eq!(st, 403);

    let rec = |t: &str, q: &str| format!("/api/v1/orgs/{a}/vault/records/{t}{q}");
    // The DPO decrypts for the declared purpose.
    let (st, _, got) = server
        .call("GET", &rec(&token, "?purpose=treatment"), Some(&dpo), None)
        .await;
    assert_eq!(st, 200, "{got}");
    assert_eq!(got["fields"], fields);
    assert_eq!(got["masked"], false);
    // No purpose: 400; another purpose: 403; staff on sensitive values: 403, masked: 200.
    let (st, _, _) = server.call("GET", &rec(&token, ""), Some(&dpo), None).await;
    assert_eq!(st, 400);
    let (st, _, refused) = server
        .call("GET", &rec(&token, "?purpose=marketing"), Some(&dpo), None)
        .await;
    assert_eq!(st, 403);
    assert!(!refused.to_string().contains(CCCD));
    let (st, _, _) = server
        .call(
            "GET",
            &rec(&token, "?purpose=treatment"),
            Some(&staff),
            None,
        )
        .await;
    assert_eq!(st, 403);
    let (st, _, masked) = server
        .call(
            "GET",
            &rec(&token, "?purpose=treatment&view=masked"),
            Some(&staff),
            None,
        )
        .await;
    assert_eq!(st, 200);
    assert_eq!(masked["fields"]["so_cccd"], "********6789");
    assert!(!masked.to_string().contains(CCCD) && !masked.to_string().contains("Viêm"));
    // Auditors never decrypt; they may see masked values.
    let (st, _, _) = server
        .call(
            "GET",
            &rec(&token, "?purpose=treatment"),
            Some(&auditor),
            None,
        )
        .await;
    assert_eq!(st, 403);
    let (st, _, _) = server
        .call(
            "GET",
            &rec(&token, "?purpose=treatment&view=masked"),
            Some(&auditor),
            None,
        )
        .await;
    assert_eq!(st, 200);
    // Another organisation sees nothing; an unknown token is not found.
    let (st, _, _) = server
        .call(
            "GET",
            &rec(&token, "?purpose=treatment"),
            Some(&b_dpo),
            None,
        )
        .await;
    assert_eq!(st, 404);
    let (st, _, _) = server
        .call(
            "GET",
            &rec("00000000-0000-4000-8000-000000000000", "?purpose=treatment"),
            Some(&dpo),
            None,
        )
        .await;
    assert_eq!(st, 404);

    // Every decision is in the access history: decryptions, refusals, the masked reads.
    let (st, _, h) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{a}/access-history?subject={CCCD}&limit=100"),
            Some(&dpo),
            None,
        )
        .await;
    assert_eq!(st, 200, "{h}");
    let entries = h["entries"].as_array().unwrap();
    let count = |action: &str, decision: &str| {
        entries
            .iter()
            .filter(|e| e["action"] == action && e["decision"] == decision)
            .count()
    };
    assert!(count("decryption", "permit") >= 1, "{h}");
    assert!(count("decryption", "deny") >= 3, "{h}");
    assert!(count("encryption", "permit") >= 1, "{h}");
    assert!(!h.to_string().contains(CCCD));

    // Packages for a third party: signed by the organisation, encrypted to an RSA and to an
    // EC recipient; openssl opens and verifies both.
    let pem_now = server
        .http
        .get(server.url(&format!("/api/v1/orgs/{a}/signing-certificate")))
        .bearer_auth(&dpo)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let pkg_dir = tempfile::tempdir().unwrap();
    std::fs::write(pkg_dir.path().join("org.pem"), &pem_now).unwrap();
    for (name, newkey) in [("rsa", "rsa:2048"), ("ec", "ec")] {
        let mut req = std::process::Command::new("openssl");
        req.args([
            "req",
            "-x509",
            "-nodes",
            "-days",
            "30",
            "-subj",
            "/CN=Cong ty nhan du lieu/C=VN",
        ])
        .args([
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.pem"),
        ])
        .current_dir(pkg_dir.path());
        if newkey == "ec" {
            req.args(["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]);
        } else {
            req.args(["-newkey", newkey]);
        }
        assert!(req.output().unwrap().status.success(), "openssl req");
        let recipient =
            std::fs::read_to_string(pkg_dir.path().join(format!("{name}.pem"))).unwrap();
        let body =
            json!({"recipient_certificate": recipient, "tokens": [token], "purpose": "treatment"});
        let r = server
            .http
            .post(server.url(&format!("/api/v1/orgs/{a}/packages")))
            .bearer_auth(&dpo)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{name}");
        assert_eq!(r.headers()["content-type"], "application/pkcs7-mime");
        let digest = r.headers()["x-package-sha256"].to_str().unwrap().to_owned();
        let der = r.bytes().await.unwrap();
        assert!(
            !der.windows(CCCD.len()).any(|w| w == CCCD.as_bytes()),
            "encrypted"
        );
        std::fs::write(pkg_dir.path().join(format!("{name}.p7m")), &der).unwrap();
        let out = std::process::Command::new("openssl")
            .args([
                "cms",
                "-decrypt",
                "-inform",
                "DER",
                "-in",
                &format!("{name}.p7m"),
            ])
            .args([
                "-recip",
                &format!("{name}.pem"),
                "-inkey",
                &format!("{name}.key"),
            ])
            .args(["-out", &format!("{name}.signed")])
            .current_dir(pkg_dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: openssl cms -decrypt: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let out = std::process::Command::new("openssl")
            .args([
                "cms",
                "-verify",
                "-inform",
                "DER",
                "-in",
                &format!("{name}.signed"),
            ])
            .args([
                "-CAfile",
                "org.pem",
                "-purpose",
                "any",
                "-out",
                &format!("{name}.json"),
            ])
            .current_dir(pkg_dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: openssl cms -verify: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let content: Value = serde_json::from_slice(
            &std::fs::read(pkg_dir.path().join(format!("{name}.json"))).unwrap(),
        )
        .unwrap();
        assert_eq!(content["records"][0]["fields"], fields, "{name}");
        assert_eq!(content["purpose"], "treatment");
        // `khien package open` does what openssl does, and checks the recipient too.
        let p = |f: &str| pkg_dir.path().join(f).to_str().unwrap().to_owned();
        let (pkg, cert, key, org_pem) = (
            p(&format!("{name}.p7m")),
            p(&format!("{name}.pem")),
            p(&format!("{name}.key")),
            p("org.pem"),
        );
        let opened = reg.cli(
            &[
                "package", "open", &pkg, "--cert", &cert, "--key", &key, "--signer", &org_pem,
            ],
            &[],
        );
        let opened: Value = serde_json::from_str(&opened).unwrap();
        assert_eq!(opened["records"][0]["fields"], fields, "{name}");
        let out = reg.cli_raw(
            &[
                "package", "verify", &pkg, "--cert", &cert, "--key", &key, "--signer", &org_pem,
            ],
            &[],
        );
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success() && said.contains("HỢP LỆ"), "{said}");
        assert!(!said.contains(CCCD), "verify shows no values: {said}");
        // Altered: refused (the content encryption has no integrity; the signature does).
        let mut bad = der.to_vec();
        let at = bad.len() - 40;
        bad[at] ^= 0x01;
        std::fs::write(p("altered.p7m"), &bad).unwrap();
        let out = reg.cli_raw(
            &[
                "package",
                "open",
                &p("altered.p7m"),
                "--cert",
                &cert,
                "--key",
                &key,
                "--signer",
                &org_pem,
            ],
            &[],
        );
        assert!(!out.status.success(), "{name}: an altered package opens");
        assert!(out.stdout.is_empty());
        // The provision is in the log with the package's digest.
        let (_, _, h) = server
            .call(
                "GET",
                &format!("/api/v1/orgs/{a}/access-history?action=provision&limit=10"),
                Some(&dpo),
                None,
            )
            .await;
        assert!(h.to_string().contains(&digest), "{h}");
    }
    // Staff do not provide data to third parties; a bad certificate is refused.
    let recipient = std::fs::read_to_string(pkg_dir.path().join("rsa.pem")).unwrap();
    let (st, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/packages"),
            Some(&staff),
            Some(&json!({"recipient_certificate": recipient, "tokens": [token], "purpose": "treatment"})),
        )
        .await;
    assert_eq!(st, 403);
    let (st, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/packages"),
            Some(&dpo),
            Some(&json!({"recipient_certificate": "không phải chứng thư", "tokens": [token], "purpose": "treatment"})),
        )
        .await;
    assert_eq!(st, 422);

    // The organisation's signing certificate, then the destruction and its certificate.
    let r = server
        .http
        .get(server.url(&format!("/api/v1/orgs/{a}/signing-certificate")))
        .bearer_auth(&dpo)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let pem = r.text().await.unwrap();
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"));
    let (st, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/subjects/{subject}/destroy"),
            Some(&staff),
            Some(&json!({"reason": "Chủ thể yêu cầu xóa dữ liệu"})),
        )
        .await;
    assert_eq!(st, 403, "staff do not destroy");
    let (st, _, d) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/subjects/{subject}/destroy"),
            Some(&dpo),
            Some(&json!({"reason": "Chủ thể yêu cầu xóa dữ liệu"})),
        )
        .await;
    assert_eq!(st, 200, "{d}");
    assert_eq!(d["records"], 1);
    let der = base64::engine::general_purpose::STANDARD
        .decode(d["certificate"].as_str().unwrap())
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (verified, said) = openssl_cms_verify(dir.path(), &pem, &der);
    assert!(verified, "openssl cms -verify: {said}");
    let content: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("content.json")).unwrap()).unwrap();
    assert_eq!(content["subject"], subject.as_str());
    assert_eq!(content["log"]["index"], d["log_index"]);
    assert_eq!(content["records"], 1);
    assert!(!content.to_string().contains(CCCD));
    // An edited certificate does not verify.
    let mut edited = der.clone();
    let at = edited.windows(7).position(|w| w == b"records").unwrap();
    edited[at] = b'R';
    std::fs::write(dir.path().join("edited.der"), &edited).unwrap();
    let out = std::process::Command::new("openssl")
        .args([
            "cms",
            "-verify",
            "-inform",
            "DER",
            "-in",
            "edited.der",
            "-CAfile",
            "org.pem",
        ])
        .args(["-purpose", "any", "-out", "/dev/null"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    // `khien package verify` checks it too: as the API gives it (base64) and as DER.
    std::fs::write(
        dir.path().join("cert.b64"),
        d["certificate"].as_str().unwrap(),
    )
    .unwrap();
    let f = |n: &str| dir.path().join(n).to_str().unwrap().to_owned();
    for file in ["cert.b64", "cert.der"] {
        let said = reg.cli(
            &["package", "verify", &f(file), "--signer", &f("org.pem")],
            &[],
        );
        assert!(said.contains("HỢP LỆ"), "{said}");
        assert!(said.contains(subject.as_str()), "{said}");
        assert!(said.contains("đúng chứng thư đã cho"), "{said}");
    }
    let out = reg.cli_raw(
        &[
            "package",
            "verify",
            &f("edited.der"),
            "--signer",
            &f("org.pem"),
        ],
        &[],
    );
    assert!(!out.status.success(), "an edited certificate verifies");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("does NOT verify"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Afterwards: gone for everyone, and a second destruction says so.
    let (st, _, _) = server
        .call("GET", &rec(&token, "?purpose=treatment"), Some(&dpo), None)
        .await;
    assert_eq!(st, 410);
    let (st, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/subjects/{CCCD}/destroy"),
            Some(&dpo),
            Some(&json!({"reason": "Lần hai"})),
        )
        .await;
    assert_eq!(st, 410);
    // A reason with personal data is refused (it would go into the certificate).
    let (st, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/subjects/ps1:abc/destroy"),
            Some(&dpo),
            Some(&json!({"reason": format!("xóa theo CCCD {CCCD}")})),
        )
        .await;
    assert_eq!(st, 422);

    // No plaintext in any file Khiên wrote (database, WAL, keys, keystore) nor in its output.
    let output = server.stop();
    assert!(!output.contains(CCCD) && !output.contains("Viêm gan"));
    let root = std::path::Path::new(reg.url.trim_start_matches("sqlite://"))
        .parent()
        .unwrap()
        .to_owned();
    let mut files = Vec::new();
    files_under(&root, &mut files);
    assert!(files.iter().any(|f| f.ends_with("keystore.json")));
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        for needle in [
            CCCD.as_bytes(),
            DIAGNOSIS.as_bytes(),
            "Nguyễn Văn An".as_bytes(),
        ] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "plaintext found in {}",
                f.display()
            );
        }
    }
    reg.cleanup().await;
}

/// A backup taken before a destruction, restored after it, does not bring the data back:
/// the destruction recorded outside the database is re-applied (issue 15).
#[tokio::test]
async fn a_restored_backup_never_brings_a_destroyed_subject_back() {
    let reg = Registry::sqlite();
    let server = Server::start(&reg);
    let w = World::build(&reg, &server).await;
    let dpo = server.login(A_DPO, PASSWORD).await;
    let a = &w.a;
    let (st, _, kept) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/records"),
            Some(&dpo),
            Some(&json!({"collection": "hr", "subject": CCCD, "purpose": "payroll", "fields": {"luong": "25000000"}})),
        )
        .await;
    assert_eq!(st, 201, "{kept}");
    let token = kept["token"].as_str().unwrap().to_owned();
    let read = format!("/api/v1/orgs/{a}/vault/records/{token}?purpose=payroll");
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("backup.db");
    let out = reg.cli(&["backup", "--out", backup.to_str().unwrap()], &[]);
    assert!(out.contains("backup.db"), "{out}");
    let (st, _, _) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/subjects/{CCCD}/destroy"),
            Some(&dpo),
            Some(&json!({"reason": "Hết thời hạn lưu trữ"})),
        )
        .await;
    assert_eq!(st, 200);
    server.stop();

    // The backup still holds the wrapped key: restored as it is, it would read again.
    let copy = dir.path().join("copy.db");
    std::fs::copy(&backup, &copy).unwrap();
    let store = khien_store_sql::open(
        &format!("sqlite://{}", copy.display()),
        khien_store_sql::Migrations::Skip,
    )
    .await
    .unwrap();
    let (_, key, _) = store
        .vault_record(
            khien_domain::OrgId::from_uuid(a.parse().unwrap()),
            token.parse().unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
    assert!(key.wrapped.is_some());

    let out = reg.cli(&["restore", backup.to_str().unwrap(), "--force"], &[]);
    assert!(out.contains("2 thay đổi"), "{out}");
    let server = Server::start(&reg);
    let dpo = server.login(A_DPO, PASSWORD).await;
    let (st, _, _) = server.call("GET", &read, Some(&dpo), None).await;
    assert_eq!(
        st, 410,
        "the destroyed subject stays destroyed after the restore"
    );
    // Backup and restore are in the processing log.
    let (_, _, h) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{a}/access-history?subject={CCCD}"),
            Some(&dpo),
            None,
        )
        .await;
    assert!(h.to_string().contains("vault.destruction_reapplied"), "{h}");
    drop(server);
    reg.cleanup().await;
}

fn openssl(dir: &std::path::Path, args: &[&str]) {
    let out = std::process::Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl (Debian package openssl)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A signing identity from a CA (RSA, as Vietnamese CAs issue them, in PKCS#12) replaces the
/// self-issued one: certificates are then signed with it and verify against the CA's root;
/// the key-encryption key is rotated and retired without touching the data.
#[tokio::test]
async fn an_imported_ca_identity_signs_and_a_rotated_keystore_still_reads() {
    let reg = Registry::sqlite();
    let server = Server::start(&reg);
    let w = World::build(&reg, &server).await;
    let dpo = server.login(A_DPO, PASSWORD).await;
    let a = w.a.clone();
    let (st, _, kept) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/records"),
            Some(&dpo),
            Some(&json!({"collection": "hr", "subject": CCCD, "purpose": "payroll", "fields": {"luong": "25000000"}})),
        )
        .await;
    assert_eq!(st, 201, "{kept}");
    let token = kept["token"].as_str().unwrap().to_owned();
    let read = format!("/api/v1/orgs/{a}/vault/records/{token}?purpose=payroll");
    // A data subject's request: what they wrote is sealed under a key the KEK wraps too.
    let (st, _, sub) = server
        .call(
            "POST",
            &format!("/public/orgs/{a}/requests"),
            None,
            Some(&json!({"kind": "access", "contact_email": "nv.a@example.vn", "subject_reference": CCCD})),
        )
        .await;
    assert_eq!(st, 202, "{sub}");
    let request = format!(
        "/api/v1/orgs/{a}/requests/{}",
        sub["reference"].as_str().unwrap()
    );
    server.stop();

    // A CA and an organisation certificate it issued, exported as PKCS#12.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    openssl(
        d,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "30",
            "-subj",
            "/CN=CA thu nghiem/O=CA/C=VN",
        ],
    );
    openssl(
        d,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "org.key",
            "-out",
            "org.csr",
            "-subj",
            "/CN=Cong ty A/O=Cong ty A/C=VN",
        ],
    );
    std::fs::write(
        d.join("ext.cnf"),
        "keyUsage=critical,digitalSignature,nonRepudiation\n",
    )
    .unwrap();
    openssl(
        d,
        &[
            "x509",
            "-req",
            "-in",
            "org.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "org.pem",
            "-days",
            "30",
            "-extfile",
            "ext.cnf",
        ],
    );
    openssl(
        d,
        &[
            "pkcs12",
            "-export",
            "-inkey",
            "org.key",
            "-in",
            "org.pem",
            "-certfile",
            "ca.pem",
            "-out",
            "org.p12",
            "-passout",
            "pass:mật khẩu p12",
        ],
    );
    let f = |n: &str| d.join(n).to_str().unwrap().to_owned();
    let out = reg.cli_raw(
        &[
            "vault",
            "import-identity",
            "--org",
            &a,
            "--pkcs12",
            &f("org.p12"),
        ],
        &[("KHIEN_PKCS12_PASSWORD", "sai mật khẩu")],
    );
    assert!(!out.status.success(), "a wrong password imports");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("password") && !err.contains("sai mật khẩu"),
        "{err}"
    );
    let said = reg.cli(
        &[
            "vault",
            "import-identity",
            "--org",
            &a,
            "--pkcs12",
            &f("org.p12"),
        ],
        &[("KHIEN_PKCS12_PASSWORD", "mật khẩu p12")],
    );
    assert!(said.contains("Cong ty A") && said.contains("Rsa"), "{said}");
    // A signing key in a token needs a keystore in one.
    let out = reg.cli_raw(&["vault", "token-identity", "--org", &a], &[]);
    assert!(!out.status.success(), "a local keystore made a token key");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("PKCS#11"), "{err}");

    // No collection belongs to an asset with a retention period: nothing expires.
    let said = reg.cli(&["vault", "expire", "--org", &a, "--dry-run"], &[]);
    assert!(said.starts_with("0 chủ thể"), "{said}");
    // Rotation: a new KEK, every key re-wrapped, the old one retired.
    let keys = reg.cli(&["vault", "keys"], &[]);
    assert!(
        keys.contains("kek-1") && keys.contains("(hiện hành / current)"),
        "{keys}"
    );
    let rotated = reg.cli(&["vault", "rotate-key"], &[]);
    assert!(
        rotated.contains("3 khóa đã được bọc lại"),
        "data key, signing key and the request's key: {rotated}"
    );
    let retired = reg.cli(&["vault", "retire-keys"], &[]);
    assert!(retired.contains("đã hủy / retired: kek-1"), "{retired}");
    let keys = reg.cli(&["vault", "keys"], &[]);
    assert!(!keys.contains("kek-1-"), "{keys}");
    assert!(keys.contains("kek-2") && keys.contains("3 khóa"), "{keys}");

    let server = Server::start(&reg);
    let dpo = server.login(A_DPO, PASSWORD).await;
    let (st, _, r) = server.call("GET", &read, Some(&dpo), None).await;
    assert_eq!(
        (st, &r["fields"]["luong"]),
        (200, &json!("25000000")),
        "{r}"
    );
    let (st, _, r) = server.call("GET", &request, Some(&dpo), None).await;
    assert_eq!(
        (st, &r["contact_email"]),
        (200, &json!("nv.a@example.vn")),
        "{r}"
    );
    // The same expiry pass over HTTP, for a scheduler; only who may destroy runs it.
    let expire = format!("/api/v1/orgs/{a}/vault/expire");
    let (st, _, e) = server
        .call("POST", &expire, Some(&dpo), Some(&json!({"dry_run": true})))
        .await;
    assert_eq!(
        (st, &e["due"], &e["kept"]),
        (200, &json!([]), &json!(0)),
        "{e}"
    );
    let staff = server.login(A_STAFF, PASSWORD).await;
    let (st, _, _) = server
        .call(
            "POST",
            &expire,
            Some(&staff),
            Some(&json!({"dry_run": true})),
        )
        .await;
    assert_eq!(st, 403);
    let pem = server
        .http
        .get(server.url(&format!("/api/v1/orgs/{a}/signing-certificate")))
        .bearer_auth(&dpo)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let issued = std::fs::read_to_string(d.join("org.pem")).unwrap();
    assert_eq!(
        pem.trim(),
        issued.trim(),
        "the CA's certificate is the organisation's now"
    );
    let (st, _, dd) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/subjects/{CCCD}/destroy"),
            Some(&dpo),
            Some(&json!({"reason": "Hết thời hạn lưu trữ"})),
        )
        .await;
    assert_eq!(st, 200, "{dd}");
    let der = base64::engine::general_purpose::STANDARD
        .decode(dd["certificate"].as_str().unwrap())
        .unwrap();
    std::fs::write(d.join("destroyed.der"), &der).unwrap();
    // Verified against the CA's root, the chain carried in the SignedData.
    openssl(
        d,
        &[
            "cms",
            "-verify",
            "-inform",
            "DER",
            "-in",
            "destroyed.der",
            "-CAfile",
            "ca.pem",
            "-purpose",
            "any",
            "-out",
            "/dev/null",
        ],
    );
    let said = reg.cli(
        &[
            "package",
            "verify",
            &f("destroyed.der"),
            "--signer",
            &f("org.pem"),
        ],
        &[],
    );
    assert!(said.contains("Cong ty A"), "{said}");
    // The import and the re-wrap are in the log.
    let (_, _, h) = server
        .call(
            "GET",
            &format!("/api/v1/orgs/{a}/access-history?limit=100"),
            Some(&dpo),
            None,
        )
        .await;
    assert!(h.to_string().contains("signing_identity.import"), "{h}");
    drop(server);
    reg.cleanup().await;
}

/// The vault's key-encryption keys in a PKCS#11 token (SoftHSM2 here): kept across restarts,
/// rotated, and nothing of the keystore written beside the database.
#[tokio::test]
async fn a_vault_keystore_in_a_pkcs11_token() {
    let module = std::env::var("KHIEN_TEST_PKCS11_MODULE")
        .unwrap_or_else(|_| "/usr/lib/softhsm/libsofthsm2.so".to_owned());
    if !std::path::Path::new(&module).exists() {
        assert_eq!(
            std::env::var("KHIEN_TEST_PKCS11").as_deref(),
            Ok("skip"),
            "{module} is missing: install softhsm2 (apt-get install softhsm2), or set KHIEN_TEST_PKCS11=skip"
        );
        return;
    }
    let hsm = tempfile::tempdir().unwrap();
    std::fs::create_dir(hsm.path().join("tokens")).unwrap();
    let conf = hsm.path().join("softhsm2.conf");
    std::fs::write(
        &conf,
        format!(
            "directories.tokendir = {}\nobjectstore.backend = file\nlog.level = ERROR\n",
            hsm.path().join("tokens").display()
        ),
    )
    .unwrap();
    let conf = conf.to_str().unwrap().to_owned();
    let out = std::process::Command::new("softhsm2-util")
        .args([
            "--init-token",
            "--free",
            "--label",
            "khien",
            "--so-pin",
            "1234",
            "--pin",
            "5678",
        ])
        .env("SOFTHSM2_CONF", &conf)
        .output()
        .expect("softhsm2-util (Debian package softhsm2)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let env = [
        ("SOFTHSM2_CONF", conf.as_str()),
        ("KHIEN_PKCS11_MODULE", module.as_str()),
        ("KHIEN_PKCS11_TOKEN", "khien"),
        ("KHIEN_PKCS11_PIN", "5678"),
    ];
    let (reg, a) = Registry::sqlite_with_org("Công ty HSM", A_DPO, "company");
    let server = Server::start_env(&reg, &[], &env);
    let dpo = server.login(A_DPO, PASSWORD).await;
    let (st, _, kept) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/records"),
            Some(&dpo),
            Some(&json!({"collection": "kh", "subject": CCCD, "purpose": "cskh", "fields": {"so_cccd": CCCD}})),
        )
        .await;
    assert_eq!(st, 201, "{kept}");
    let read = format!(
        "/api/v1/orgs/{a}/vault/records/{}?purpose=cskh",
        kept["token"].as_str().unwrap()
    );
    server.stop();
    let keys = reg.cli(&["vault", "keys"], &env);
    assert!(
        keys.contains("PKCS#11 token khien") && keys.contains("1 khóa"),
        "{keys}"
    );
    let rotated = reg.cli(&["vault", "rotate-key"], &env);
    assert!(rotated.contains("1 khóa đã được bọc lại"), "{rotated}");
    let retired = reg.cli(&["vault", "retire-keys"], &env);
    assert!(retired.contains("1 khóa mã hóa khóa đã hủy"), "{retired}");
    // A wrong PIN opens nothing.
    let mut wrong = env;
    wrong[3] = ("KHIEN_PKCS11_PIN", "0000");
    let out = reg.cli_raw(&["vault", "keys"], &wrong);
    assert!(!out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("0000"));

    let server = Server::start_env(&reg, &[], &env);
    let dpo = server.login(A_DPO, PASSWORD).await;
    let (st, _, r) = server.call("GET", &read, Some(&dpo), None).await;
    assert_eq!((st, &r["fields"]["so_cccd"]), (200, &json!(CCCD)), "{r}");
    // The organisation's signing key is generated in the token (Decree 165/2025 Art.
    // 16.3(b)): a destruction certificate it signs verifies with `openssl cms -verify`.
    let signing_certificate = |server: &Server, dpo: String| {
        let r = server
            .http
            .get(server.url(&format!("/api/v1/orgs/{a}/signing-certificate")))
            .bearer_auth(dpo)
            .send();
        async move {
            let r = r.await.unwrap();
            assert_eq!(r.status(), 200);
            r.text().await.unwrap()
        }
    };
    let pem = signing_certificate(&server, dpo.clone()).await;
    let (st, _, d) = server
        .call(
            "POST",
            &format!("/api/v1/orgs/{a}/vault/subjects/{CCCD}/destroy"),
            Some(&dpo),
            Some(&json!({"reason": "Chủ thể yêu cầu xóa dữ liệu"})),
        )
        .await;
    assert_eq!(st, 200, "{d}");
    let der = base64::engine::general_purpose::STANDARD
        .decode(d["certificate"].as_str().unwrap())
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (verified, said) = openssl_cms_verify(dir.path(), &pem, &der);
    assert!(verified, "openssl cms -verify: {said}");
    drop(server);
    let keys = reg.cli(&["vault", "keys"], &env);
    assert!(
        keys.contains("signing keys held in the token: 1") && !keys.contains("KHÔNG"),
        "{keys}"
    );
    // A server that starts again finds the key in the token by its label.
    let server = Server::start_env(&reg, &[], &env);
    let dpo = server.login(A_DPO, PASSWORD).await;
    assert_eq!(signing_certificate(&server, dpo).await, pem);
    drop(server);
    // `khien vault token-identity` replaces it by a new key in the token.
    let org = a.to_string();
    let moved = reg.cli(&["vault", "token-identity", "--org", &org], &env);
    assert!(moved.contains("SHA-256"), "{moved}");
    let server = Server::start_env(&reg, &[], &env);
    let dpo = server.login(A_DPO, PASSWORD).await;
    let new_pem = signing_certificate(&server, dpo).await;
    assert!(new_pem.starts_with("-----BEGIN CERTIFICATE-----") && new_pem != pem);
    drop(server);
    // No local keystore was made: the keys are in the token only.
    let db_dir = std::path::Path::new(reg.url.strip_prefix("sqlite://").unwrap())
        .parent()
        .unwrap()
        .to_owned();
    assert!(!db_dir.join("keys/keystore.json").exists());
    reg.cleanup().await;
}

/// `openssl cms -verify` of the DER SignedData `der` against the PEM certificate `pem` (as
/// its CA): whether it verified, and what it printed on its error output.
fn openssl_cms_verify(dir: &std::path::Path, pem: &str, der: &[u8]) -> (bool, String) {
    std::fs::write(dir.join("org.pem"), pem).unwrap();
    std::fs::write(dir.join("cert.der"), der).unwrap();
    let out = std::process::Command::new("openssl")
        .args([
            "cms", "-verify", "-inform", "DER", "-in", "cert.der", "-CAfile", "org.pem",
        ])
        .args(["-purpose", "any", "-out", "content.json"])
        .current_dir(dir)
        .output()
        .expect("openssl (Debian package openssl) checks the certificate");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
