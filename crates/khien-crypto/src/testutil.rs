//! Test helpers: the OS generator as a [`Fill`], and certificates and keys made by `openssl`
//! (Debian package openssl) in a temporary directory.

use std::path::Path;
use std::process::{Command, Output};

use crate::Fill;

/// The OS generator (through `ring`).
pub(crate) struct OsFill;

impl Fill for OsFill {
    fn fill(&self, buf: &mut [u8]) {
        use ring::rand::SecureRandom as _;
        ring::rand::SystemRandom::new().fill(buf).unwrap();
    }
}

/// Runs `openssl args` in `dir`.
pub(crate) fn try_openssl(dir: &Path, args: &[&str]) -> Output {
    Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl (Debian package openssl) makes the test certificates")
}

/// Runs `openssl args` in `dir`; it must succeed.
pub(crate) fn openssl(dir: &Path, args: &[&str]) -> Output {
    let out = try_openssl(dir, args);
    assert!(
        out.status.success(),
        "openssl {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A self-signed certificate `name.pem` with its key `name.key` (PKCS#8 PEM): RSA-2048, or
/// EC P-256 when `ec`.
pub(crate) fn self_signed(dir: &Path, name: &str, ec: bool) {
    let key = format!("{name}.key");
    let cert = format!("{name}.pem");
    let mut args = vec![
        "req",
        "-x509",
        "-nodes",
        "-days",
        "30",
        "-subj",
        "/CN=Cong ty nhan du lieu/C=VN",
        "-keyout",
        &key,
        "-out",
        &cert,
    ];
    if ec {
        args.extend(["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]);
    } else {
        args.extend(["-newkey", "rsa:2048"]);
    }
    openssl(dir, &args);
}

/// A test root CA `root.pem` / `root.key` (RSA-2048), like a Vietnamese CA's.
pub(crate) fn root_ca(dir: &Path) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "3650",
            "-subj",
            "/C=VN/O=Test CA/CN=Test Root CA",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
            "-keyout",
            "root.key",
            "-out",
            "root.pem",
        ],
    );
}

/// A certificate `name.pem` issued by the test root for a new key `name.key` (RSA-2048
/// PKCS#8, or EC P-256 SEC1 when `ec`), with `key_usage` (an openssl keyUsage value).
pub(crate) fn issued(dir: &Path, name: &str, ec: bool, key_usage: &str) {
    let key = format!("{name}.key");
    if ec {
        openssl(
            dir,
            &[
                "ecparam",
                "-name",
                "prime256v1",
                "-genkey",
                "-noout",
                "-out",
                &key,
            ],
        );
    } else {
        openssl(
            dir,
            &[
                "genpkey",
                "-algorithm",
                "RSA",
                "-pkeyopt",
                "rsa_keygen_bits:2048",
                "-out",
                &key,
            ],
        );
    }
    let csr = format!("{name}.csr");
    openssl(
        dir,
        &[
            "req",
            "-new",
            "-key",
            &key,
            "-subj",
            "/C=VN/O=Cong ty Co phan ABC/CN=Cong ty Co phan ABC",
            "-out",
            &csr,
        ],
    );
    let ext = format!("{name}.ext");
    std::fs::write(
        dir.join(&ext),
        format!(
            "keyUsage=critical,{key_usage}\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
        ),
    )
    .unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            &csr,
            "-CA",
            "root.pem",
            "-CAkey",
            "root.key",
            "-CAcreateserial",
            "-days",
            "30",
            "-extfile",
            &ext,
            "-out",
            &format!("{name}.pem"),
        ],
    );
}

/// The file `name` in `dir`.
pub(crate) fn read(dir: &Path, name: &str) -> Vec<u8> {
    std::fs::read(dir.join(name)).unwrap()
}
