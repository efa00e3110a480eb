//! `khien package open|verify`: what a recipient of Khiên's packages and destruction
//! certificates does with `openssl cms -decrypt` / `-verify`, offline and without a registry
//! (Decree 165/2025 Art. 16.3(b): encryption, digital signature, non-repudiation; Art. 13
//! and 17.7: the destruction certificate).

use std::path::Path;

use anyhow::{Context as _, bail};
use base64::Engine as _;
use sha2::Digest as _;

use crate::args::PackageCommand;
use crate::context::OsFill;

pub(crate) fn run(c: &PackageCommand) -> anyhow::Result<()> {
    match c {
        PackageCommand::Open {
            file,
            cert,
            key,
            signer,
            out,
        } => {
            let opened = open(file, cert, key, signer.as_deref())?;
            match out {
                Some(path) => {
                    khien_crypto::keystore::write_private(path, &opened.content)
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    eprintln!("{}", opened.summary);
                    eprintln!("nội dung / content: {}", path.display());
                }
                None => {
                    eprintln!("{}", opened.summary);
                    outln!("{}", String::from_utf8_lossy(&opened.content));
                }
            }
            Ok(())
        }
        PackageCommand::Verify {
            file,
            signer,
            cert,
            key,
        } => {
            let bytes = read_cms(file)?;
            let trusted = signer.as_deref().map(read_certificate).transpose()?;
            match khien_crypto::cms::verify(&bytes, trusted.as_ref()) {
                Ok(v) => {
                    outln!("{}", describe(&v.content, &v.signer, trusted.is_some()));
                    Ok(())
                }
                Err(khien_crypto::CryptoError::Malformed(_)) if cert.is_some() => {
                    let (Some(cert), Some(key)) = (cert, key) else {
                        bail!("a package needs --cert and --key");
                    };
                    let opened = open(file, cert, key, signer.as_deref())?;
                    outln!("{}", opened.summary);
                    Ok(())
                }
                Err(khien_crypto::CryptoError::Malformed(what)) => bail!(
                    "{}: not a signed document ({what}); a package is checked with --cert and --key",
                    file.display()
                ),
                Err(e) => bail!("{}: KHÔNG hợp lệ / does NOT verify: {e}", file.display()),
            }
        }
    }
}

struct Opened {
    content: zeroize::Zeroizing<Vec<u8>>,
    summary: String,
}

fn open(file: &Path, cert: &Path, key: &Path, signer: Option<&Path>) -> anyhow::Result<Opened> {
    let bytes = read_cms(file)?;
    let recipient = read_certificate(cert)?;
    let key_bytes = zeroize::Zeroizing::new(
        std::fs::read(key).with_context(|| format!("cannot read {}", key.display()))?,
    );
    let trusted = signer.map(read_certificate).transpose()?;
    let opened = khien_crypto::package::open_signed(
        &bytes,
        &recipient,
        &key_bytes,
        trusted.as_ref(),
        &OsFill,
    )
    .map_err(|e| anyhow::anyhow!("{}: KHÔNG mở được / cannot be opened: {e}", file.display()))?;
    // Made for this recipient: a package re-enveloped for another is recognised.
    let doc: serde_json::Value = serde_json::from_slice(&opened.content)
        .map_err(|_| anyhow::anyhow!("{}: the signed content is not JSON", file.display()))?;
    let want = hex(&sha2::Sha256::digest(
        khien_crypto::identity::certificate_der(&recipient)?,
    ));
    match doc
        .get("recipient_certificate_sha256")
        .and_then(|v| v.as_str())
    {
        Some(made_for) if made_for == want => {}
        Some(_) => bail!(
            "{}: this package was made for another recipient (its content names another certificate)",
            file.display()
        ),
        None => bail!(
            "{}: not a Khiên package (no recipient_certificate_sha256)",
            file.display()
        ),
    }
    let summary = format!(
        "{}\ngói dữ liệu cho / package for: {}\nbản ghi / records: {}",
        describe(&opened.content, &opened.signer, trusted.is_some()),
        recipient.tbs_certificate.subject,
        doc.get("records")
            .and_then(|r| r.as_array())
            .map_or(0, Vec::len)
    );
    Ok(Opened {
        content: opened.content,
        summary,
    })
}

/// What a verified document attests, in a few lines (never the records' values).
fn describe(content: &[u8], signer: &khien_crypto::x509_cert::Certificate, pinned: bool) -> String {
    let doc: serde_json::Value = serde_json::from_slice(content).unwrap_or_default();
    let s = |k: &str| {
        doc.get(k)
            .and_then(|v| v.as_str())
            .unwrap_or("-")
            .to_owned()
    };
    let mut lines = vec![format!(
        "HỢP LỆ / VERIFIED: chữ ký của / signed by {}{}",
        signer.tbs_certificate.subject,
        if pinned {
            " (đúng chứng thư đã cho / the certificate given)"
        } else {
            " — chỉ kiểm tra tính toàn vẹn; dùng --signer để kiểm tra người ký / integrity only: pass --signer to check who signed"
        }
    )];
    let org = doc
        .get("organisation")
        .and_then(|o| o.get("name"))
        .and_then(|n| n.as_str())
        .unwrap_or("-");
    match s("type").as_str() {
        "khien/destruction-certificate/v1" => {
            lines.push(format!(
                "giấy chứng nhận hủy dữ liệu / destruction certificate of {org}"
            ));
            lines.push(format!("chủ thể dữ liệu / data subject: {}", s("subject")));
            lines.push(format!("thời điểm / destroyed at: {}", s("destroyed_at")));
            lines.push(format!("lý do / reason: {}", s("reason")));
            let keys = doc
                .get("key_ids")
                .and_then(|k| k.as_array())
                .map_or(0, Vec::len);
            let log = doc
                .get("log")
                .and_then(|l| l.get("index"))
                .map_or_else(|| "-".to_owned(), ToString::to_string);
            lines.push(format!(
                "khóa đã hủy / keys destroyed: {keys}; nhật ký / log entry: {log}"
            ));
        }
        "khien/package/v1" => {
            lines.push(format!("gói dữ liệu của / package from {org}"));
            lines.push(format!("mục đích / purpose: {}", s("purpose")));
            lines.push(format!("lập lúc / made at: {}", s("created_at")));
        }
        other => lines.push(format!("nội dung / content type: {other}")),
    }
    lines.join("\n")
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn read_certificate(path: &Path) -> anyhow::Result<khien_crypto::x509_cert::Certificate> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    // DER as it is (it ends in a signature: any byte, spaces too); PEM trimmed.
    let bytes = if bytes.first() == Some(&0x30) {
        &bytes[..]
    } else {
        trim_ascii(&bytes)
    };
    khien_crypto::identity::parse_certificate(bytes)
        .map_err(|_| anyhow::anyhow!("{}: not an X.509 certificate (PEM or DER)", path.display()))
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &b[start..end]
}

/// A CMS file as DER: DER as is, PEM armour removed, or base64 (as the API's JSON gives a
/// destruction certificate) decoded.
fn read_cms(path: &Path) -> anyhow::Result<Vec<u8>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    // DER as it is: never trimmed (it may end in bytes that look like spaces).
    if bytes.first() == Some(&0x30) {
        return Ok(bytes);
    }
    let t = trim_ascii(&bytes);
    let text = std::str::from_utf8(t)
        .map_err(|_| anyhow::anyhow!("{}: neither DER, PEM nor base64", path.display()))?;
    let body: String = if text.starts_with("-----BEGIN") {
        text.lines()
            .filter(|l| !l.starts_with("-----"))
            .collect::<Vec<_>>()
            .concat()
    } else {
        text.trim_matches('"').split_whitespace().collect()
    };
    base64::engine::general_purpose::STANDARD
        .decode(body.as_bytes())
        .map_err(|_| anyhow::anyhow!("{}: neither DER, PEM nor base64", path.display()))
}

#[cfg(test)]
mod tests {
    /// DER is taken as it is: a signature may end in a byte that looks like a space (a CMS
    /// file ending in 0x20 or 0x0a was once cut short and refused).
    #[test]
    fn der_is_never_trimmed_and_text_is() {
        let dir = tempfile::tempdir().expect("dir");
        let der = [0x30, 0x03, 0x02, 0x01, 0x20];
        let f = dir.path().join("x.der");
        std::fs::write(&f, der).expect("write");
        assert_eq!(super::read_cms(&f).expect("read"), der);
        let b64 = dir.path().join("x.b64");
        std::fs::write(&b64, "\n MAMCASA= \n").expect("write");
        assert_eq!(super::read_cms(&b64).expect("read"), der);
        let pem = dir.path().join("x.pem");
        std::fs::write(&pem, "-----BEGIN CMS-----\nMAMCASA=\n-----END CMS-----\n").expect("write");
        assert_eq!(super::read_cms(&pem).expect("read"), der);
    }
}
