//! Key-encryption keys (KEKs), behind one interface ([`Keystore`]).
//!
//! The local keystore ([`LocalKeystore`]) is a JSON file kept outside the registry database
//! (so a copy of the database alone decrypts nothing): each KEK is sealed with AES-256-GCM
//! under a key derived from a passphrase by Argon2id. Rotation adds a KEK and makes it
//! current; data keys are then re-wrapped under it (the data itself is not touched) and the
//! old KEK can be retired once nothing is wrapped under it. The other implementation is the
//! PKCS#11 keystore ([`crate::pkcs11::Pkcs11Keystore`]), whose KEKs live in an HSM.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use zeroize::Zeroizing;

use crate::envelope::{self, DataKey};
use crate::{CryptoError, Fill};

/// The name of a key-encryption key (`kek-<n>-<8 hex>`); not secret.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KekId(pub String);

impl std::fmt::Display for KekId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A data key wrapped by a key-encryption key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wrapped {
    /// The key-encryption key that wraps it.
    pub kek: KekId,
    /// The wrapped bytes (sealed as in [`crate::envelope`]).
    pub bytes: Vec<u8>,
}

/// Where key-encryption keys live.
pub trait Keystore: Send + Sync {
    /// What kind of keystore this is (`local`, `pkcs11`), for logs and the console.
    fn kind(&self) -> &'static str;
    /// The key-encryption key that wraps new data keys.
    fn current(&self) -> KekId;
    /// The key-encryption keys it holds.
    fn keks(&self) -> Vec<KekId>;
    /// Wraps `key` under the current KEK, bound to `aad`.
    fn wrap(&self, key: &DataKey, aad: &[u8], rng: &dyn Fill) -> Result<Wrapped, CryptoError>;
    /// Unwraps a data key wrapped by [`Keystore::wrap`] with the same `aad`.
    fn unwrap(&self, wrapped: &Wrapped, aad: &[u8]) -> Result<DataKey, CryptoError>;
    /// The signing key labelled `label` held by this keystore's token, generated there
    /// first when `create` and there is none; `None` when this keystore cannot hold signing
    /// keys (the local keystore: its organisation keys are kept sealed in the registry).
    /// (Required, not defaulted, so that a keystore that wraps another cannot forget to pass
    /// it on.)
    fn signing_key(
        &self,
        label: &str,
        create: bool,
    ) -> Result<Option<std::sync::Arc<dyn crate::identity::HeldKey>>, CryptoError>;
}

/// Argon2id settings of a keystore file.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
struct Kdf {
    /// Memory, KiB.
    m: u32,
    /// Passes.
    t: u32,
    /// Lanes.
    p: u32,
}

/// The file as stored.
#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    kdf: Kdf,
    salt: String,
    /// `"khien-keystore"` sealed under the passphrase key: tells a wrong passphrase apart
    /// from a damaged KEK.
    check: String,
    current: String,
    keks: Vec<FileKek>,
}

#[derive(Serialize, Deserialize)]
struct FileKek {
    id: String,
    #[serde(with = "time::serde::rfc3339")]
    created: OffsetDateTime,
    sealed: String,
}

const FORMAT: &str = "khien-keystore/1";
const CHECK: &[u8] = b"khien-keystore";
const KDF: Kdf = Kdf {
    m: 19 * 1024,
    t: 2,
    p: 1,
};

/// A keystore in a file, sealed by a passphrase.
pub struct LocalKeystore {
    path: PathBuf,
    kdf: Kdf,
    salt: [u8; 16],
    /// The passphrase key, kept to seal new KEKs on rotation.
    outer: DataKey,
    keks: Vec<(KekId, OffsetDateTime, DataKey)>,
    current: usize,
}

impl std::fmt::Debug for LocalKeystore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalKeystore")
            .field("path", &self.path)
            .field("current", &self.keks.get(self.current).map(|k| &k.0))
            .finish_non_exhaustive()
    }
}

fn derive(passphrase: &[u8], salt: &[u8; 16], kdf: Kdf) -> Result<DataKey, CryptoError> {
    let params = argon2::Params::new(kdf.m, kdf.t, kdf.p, Some(32))
        .map_err(|_| CryptoError::Malformed("keystore settings"))?;
    let a = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; 32]);
    a.hash_password_into(passphrase, salt, out.as_mut())
        .map_err(|_| CryptoError::Passphrase)?;
    Ok(DataKey::from_bytes(out))
}

fn kek_aad(id: &str) -> Vec<u8> {
    format!("khien/kek/v1|{id}").into_bytes()
}

fn to_key(bytes: &[u8]) -> Result<DataKey, CryptoError> {
    let arr: [u8; 32] = bytes
        .try_into()
        .map_err(|_| CryptoError::Malformed("key"))?;
    Ok(DataKey::from_bytes(Zeroizing::new(arr)))
}

impl LocalKeystore {
    /// Creates a keystore file at `path` (refused if it exists) with one KEK.
    pub fn create(
        path: &Path,
        passphrase: &[u8],
        rng: &dyn Fill,
        now: OffsetDateTime,
    ) -> Result<Self, CryptoError> {
        if path.exists() {
            return Err(CryptoError::Io(format!(
                "{} already exists",
                path.display()
            )));
        }
        let mut salt = [0u8; 16];
        rng.fill(&mut salt);
        let outer = derive(passphrase, &salt, KDF)?;
        let mut ks = Self {
            path: path.to_owned(),
            kdf: KDF,
            salt,
            outer,
            keks: Vec::new(),
            current: 0,
        };
        ks.add_kek(rng, now);
        ks.save(rng)?;
        Ok(ks)
    }

    /// Opens the keystore file at `path` with `passphrase`.
    pub fn open(path: &Path, passphrase: &[u8]) -> Result<Self, CryptoError> {
        let text =
            std::fs::read(path).map_err(|e| CryptoError::Io(format!("{}: {e}", path.display())))?;
        let file: File =
            serde_json::from_slice(&text).map_err(|_| CryptoError::Malformed("keystore file"))?;
        if file.format != FORMAT {
            return Err(CryptoError::Malformed("keystore format"));
        }
        let salt: [u8; 16] = B64
            .decode(&file.salt)
            .ok()
            .and_then(|s| s.try_into().ok())
            .ok_or(CryptoError::Malformed("keystore salt"))?;
        let outer = derive(passphrase, &salt, file.kdf)?;
        let check = B64
            .decode(&file.check)
            .map_err(|_| CryptoError::Malformed("keystore check"))?;
        if envelope::open(&outer, b"khien/keystore-check/v1", &check)
            .map_err(|_| CryptoError::Passphrase)?
            .as_slice()
            != CHECK
        {
            return Err(CryptoError::Passphrase);
        }
        let mut keks = Vec::with_capacity(file.keks.len());
        for k in &file.keks {
            let sealed = B64
                .decode(&k.sealed)
                .map_err(|_| CryptoError::Malformed("keystore key"))?;
            let bytes = envelope::open(&outer, &kek_aad(&k.id), &sealed)?;
            keks.push((KekId(k.id.clone()), k.created, to_key(&bytes)?));
        }
        let current = keks
            .iter()
            .position(|(id, _, _)| id.0 == file.current)
            .ok_or(CryptoError::UnknownKek(file.current.clone()))?;
        Ok(Self {
            path: path.to_owned(),
            kdf: file.kdf,
            salt,
            outer,
            keks,
            current,
        })
    }

    /// Opens the file, or creates it when there is none.
    pub fn open_or_create(
        path: &Path,
        passphrase: &[u8],
        rng: &dyn Fill,
        now: OffsetDateTime,
    ) -> Result<Self, CryptoError> {
        if path.exists() {
            Self::open(path, passphrase)
        } else {
            Self::create(path, passphrase, rng, now)
        }
    }

    fn add_kek(&mut self, rng: &dyn Fill, now: OffsetDateTime) -> KekId {
        let mut tag = [0u8; 4];
        rng.fill(&mut tag);
        let id = KekId(format!(
            "kek-{}-{}",
            self.keks.len() + 1,
            tag.iter().map(|b| format!("{b:02x}")).collect::<String>()
        ));
        self.keks.push((id.clone(), now, DataKey::generate(rng)));
        self.current = self.keks.len() - 1;
        id
    }

    /// Adds a new KEK and makes it current (the caller then re-wraps the data keys); the
    /// file is rewritten atomically.
    pub fn rotate(&mut self, rng: &dyn Fill, now: OffsetDateTime) -> Result<KekId, CryptoError> {
        let id = self.add_kek(rng, now);
        self.save(rng)?;
        Ok(id)
    }

    /// Removes a KEK that is not current (once nothing is wrapped under it).
    pub fn retire(&mut self, id: &KekId, rng: &dyn Fill) -> Result<(), CryptoError> {
        let at = self
            .keks
            .iter()
            .position(|(k, _, _)| k == id)
            .ok_or_else(|| CryptoError::UnknownKek(id.0.clone()))?;
        if at == self.current {
            return Err(CryptoError::Io(
                "the current key cannot be retired".to_owned(),
            ));
        }
        let current = self.keks[self.current].0.clone();
        self.keks.remove(at);
        self.current = self
            .keks
            .iter()
            .position(|(k, _, _)| *k == current)
            .unwrap_or(0);
        self.save(rng)
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn save(&self, rng: &dyn Fill) -> Result<(), CryptoError> {
        let mut keks = Vec::with_capacity(self.keks.len());
        for (id, created, key) in &self.keks {
            let sealed = envelope::seal(&self.outer, rng, &kek_aad(&id.0), key.expose())?;
            keks.push(FileKek {
                id: id.0.clone(),
                created: *created,
                sealed: B64.encode(sealed),
            });
        }
        let check = envelope::seal(&self.outer, rng, b"khien/keystore-check/v1", CHECK)?;
        let file = File {
            format: FORMAT.to_owned(),
            kdf: self.kdf,
            salt: B64.encode(self.salt),
            check: B64.encode(check),
            current: self.keks[self.current].0.0.clone(),
            keks,
        };
        let text = serde_json::to_vec_pretty(&file)
            .map_err(|_| CryptoError::Malformed("keystore file"))?;
        write_private(&self.path, &text)
    }
}

/// Writes `bytes` to `path` atomically (a temporary file beside it, then a rename), readable
/// by the owner only.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), CryptoError> {
    use std::io::Write as _;
    let io = |e: std::io::Error| CryptoError::Io(format!("{}: {e}", path.display()));
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let tmp = path.with_extension("tmp");
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.mode(0o600);
    }
    let mut f = opts.open(&tmp).map_err(io)?;
    f.write_all(bytes).map_err(io)?;
    f.sync_all().map_err(io)?;
    drop(f);
    std::fs::rename(&tmp, path).map_err(io)
}

impl Keystore for LocalKeystore {
    fn kind(&self) -> &'static str {
        "local"
    }
    /// None: with a local keystore, an organisation's signing key is kept sealed in the
    /// registry.
    fn signing_key(
        &self,
        _label: &str,
        _create: bool,
    ) -> Result<Option<std::sync::Arc<dyn crate::identity::HeldKey>>, CryptoError> {
        Ok(None)
    }

    fn current(&self) -> KekId {
        self.keks[self.current].0.clone()
    }

    fn keks(&self) -> Vec<KekId> {
        self.keks.iter().map(|k| k.0.clone()).collect()
    }

    fn wrap(&self, key: &DataKey, aad: &[u8], rng: &dyn Fill) -> Result<Wrapped, CryptoError> {
        let (id, _, kek) = &self.keks[self.current];
        Ok(Wrapped {
            kek: id.clone(),
            bytes: envelope::seal(kek, rng, aad, key.expose())?,
        })
    }

    fn unwrap(&self, wrapped: &Wrapped, aad: &[u8]) -> Result<DataKey, CryptoError> {
        let (_, _, kek) = self
            .keks
            .iter()
            .find(|(id, _, _)| *id == wrapped.kek)
            .ok_or_else(|| CryptoError::UnknownKek(wrapped.kek.0.clone()))?;
        let bytes = envelope::open(kek, aad, &wrapped.bytes)?;
        to_key(&bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::tests::Counter;
    use std::sync::atomic::AtomicU64;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-12-06 10:00 UTC);

    #[test]
    fn keys_survive_reopening_and_rotation_rewraps_without_touching_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keystore.json");
        let rng = Counter(AtomicU64::new(1));
        let mut ks = LocalKeystore::create(&path, b"mat khau dai", &rng, NOW).unwrap();
        let dk = DataKey::generate(&rng);
        let data = envelope::seal(&dk, &rng, b"ctx", b"079123456789").unwrap();
        let w1 = ks.wrap(&dk, b"subject", &rng).unwrap();

        // A wrong passphrase is told apart; the right one opens the same keys.
        assert!(matches!(
            LocalKeystore::open(&path, b"sai"),
            Err(CryptoError::Passphrase)
        ));
        let again = LocalKeystore::open(&path, b"mat khau dai").unwrap();
        let dk1 = again.unwrap(&w1, b"subject").unwrap();
        assert_eq!(
            envelope::open(&dk1, b"ctx", &data).unwrap().as_slice(),
            b"079123456789"
        );
        assert!(again.unwrap(&w1, b"another subject").is_err());

        // Rotation: a new current KEK; the old wrapping still opens until re-wrapped.
        let old = ks.current();
        let new = ks.rotate(&rng, NOW).unwrap();
        assert_ne!(old, new);
        let w2 = ks
            .wrap(&ks.unwrap(&w1, b"subject").unwrap(), b"subject", &rng)
            .unwrap();
        assert_eq!(w2.kek, new);
        ks.retire(&old, &rng).unwrap();
        let reopened = LocalKeystore::open(&path, b"mat khau dai").unwrap();
        assert_eq!(reopened.keks(), vec![new.clone()]);
        assert!(matches!(
            reopened.unwrap(&w1, b"subject"),
            Err(CryptoError::UnknownKek(_))
        ));
        let dk2 = reopened.unwrap(&w2, b"subject").unwrap();
        assert_eq!(
            envelope::open(&dk2, b"ctx", &data).unwrap().as_slice(),
            b"079123456789",
            "the data was not touched"
        );
        assert!(ks.retire(&new, &rng).is_err(), "the current key stays");
    }

    #[test]
    fn the_file_holds_no_key_in_clear() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.json");
        let rng = Counter(AtomicU64::new(9));
        let ks = LocalKeystore::create(&path, b"pass", &rng, NOW).unwrap();
        let text = std::fs::read(&path).unwrap();
        let kek = ks.keks[0].2.expose();
        assert!(!text.windows(32).any(|w| w == kek));
        assert!(!String::from_utf8_lossy(&text).contains(&B64.encode(kek)));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "only the owner reads the keystore");
        }
        assert!(LocalKeystore::create(&path, b"pass", &rng, NOW).is_err());
    }
}
