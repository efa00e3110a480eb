//! The processing log's secret keys in files outside the registry database (issue 13): one
//! file per log, named after its public verifier key, readable by the owner only (0600) in
//! a directory only the owner can enter (0700). The database keeps the verifier key alone,
//! so a copy of the database cannot sign checkpoints or link pseudonyms to people.
//!
//! Where: `--key-dir` / `KHIEN_KEY_DIR`; else `keys/` beside a SQLite database file; else
//! `keys/` in the data directory. Back the directory up with the database: without it the
//! log can be read and verified, but not written.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use khien_store_sql::log::{KeyStore, LogSecrets};
use sha2::{Digest as _, Sha256};

/// Key files in one directory.
#[derive(Debug, Clone)]
pub(crate) struct FileKeys {
    dir: PathBuf,
}

impl FileKeys {
    pub(crate) fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    fn path(&self, verifier: &str) -> PathBuf {
        let h = Sha256::digest(verifier.as_bytes());
        let name: String = h[..12].iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("log-{name}.key"))
    }
}

fn parse(text: &str, verifier: &str) -> Result<LogSecrets, String> {
    let mut signing = None;
    let mut pseudonym = None;
    let mut found_verifier = None;
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        match line.split_once(' ') {
            Some(("verifier", v)) => found_verifier = Some(v.trim()),
            Some(("signing", v)) => signing = Some(v.trim().to_owned()),
            Some(("pseudonym", v)) => {
                let bytes = URL_SAFE_NO_PAD
                    .decode(v.trim())
                    .map_err(|_| "the pseudonym key is not base64url".to_owned())?;
                pseudonym = Some(
                    <[u8; 32]>::try_from(bytes.as_slice())
                        .map_err(|_| "the pseudonym key is not 32 bytes".to_owned())?,
                );
            }
            _ => return Err("a line is not `verifier`, `signing` or `pseudonym`".to_owned()),
        }
    }
    if found_verifier != Some(verifier) {
        return Err("the file belongs to another log".to_owned());
    }
    match (signing, pseudonym) {
        (Some(signing_key), Some(pseudonym_key)) => Ok(LogSecrets {
            signing_key,
            pseudonym_key,
        }),
        _ => Err("the file lacks a key".to_owned()),
    }
}

#[cfg(unix)]
pub(crate) fn private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt as _, PermissionsExt as _};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
pub(crate) fn private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
pub(crate) fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
pub(crate) fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

impl KeyStore for FileKeys {
    fn load(&self, verifier: &str) -> Result<Option<LogSecrets>, String> {
        let path = self.path(verifier);
        match std::fs::read_to_string(&path) {
            Ok(text) => parse(&text, verifier)
                .map(Some)
                .map_err(|why| format!("{}: {why}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(format!(
                "{} is missing (set --key-dir or KHIEN_KEY_DIR to the directory that holds it)",
                path.display()
            )),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }

    fn save(&self, verifier: &str, secrets: &LogSecrets) -> Result<(), String> {
        private_dir(&self.dir).map_err(|e| format!("{}: {e}", self.dir.display()))?;
        let path = self.path(verifier);
        let text = format!(
            "# Khiên: khóa bí mật của nhật ký xử lý (processing log secret keys).\n\
             # Giữ bí mật, sao lưu cùng cơ sở dữ liệu (keep secret; back up with the database).\n\
             verifier {verifier}\nsigning {}\npseudonym {}\n",
            secrets.signing_key,
            URL_SAFE_NO_PAD.encode(secrets.pseudonym_key)
        );
        let mut f = create_private(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        f.write_all(text.as_bytes())
            .and_then(|()| f.sync_all())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_in_a_private_file() {
        let dir = tempfile::tempdir().unwrap();
        let keys = FileKeys::new(dir.path().join("keys"));
        let s = LogSecrets {
            signing_key: "PRIVATE+KEY+khien.local/log+0000+AAAA".to_owned(),
            pseudonym_key: [7; 32],
        };
        keys.save("khien.local/log+0000+BBBB", &s).unwrap();
        let back = keys.load("khien.local/log+0000+BBBB").unwrap().unwrap();
        assert_eq!(back.signing_key, s.signing_key);
        assert_eq!(back.pseudonym_key, s.pseudonym_key);
        assert!(
            keys.save("khien.local/log+0000+BBBB", &s).is_err(),
            "never overwritten"
        );
        assert!(keys.load("another").unwrap_err().contains("missing"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let path = keys.path("khien.local/log+0000+BBBB");
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
            let mode = std::fs::metadata(dir.path().join("keys"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o700);
        }
    }
}
