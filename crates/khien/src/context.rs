//! Where a command's data is, and opening it: the registry's URL, the directory of the
//! processing log's secret keys, the registry, and the application over the registry and its
//! processing log.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;
use khien_api::{Clock as _, Random as _};
use khien_store::Store;
use khien_store_sql::Migrations;
use khien_store_sql::log::LogInit;

use crate::args::Global;

/// The registry URL: the flag, or a SQLite file in the data directory.
pub(crate) fn database_url(global: &Global) -> anyhow::Result<String> {
    if let Some(url) = &global.database {
        return Ok(url.clone());
    }
    let dir = match &global.data_dir {
        Some(d) => d.clone(),
        None => default_data_dir(),
    };
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
    Ok(format!("sqlite://{}", dir.join("khien.db").display()))
}

/// Where the processing log's secret keys are kept (see `keys.rs`).
pub(crate) fn key_dir(global: &Global) -> anyhow::Result<PathBuf> {
    if let Some(d) = &global.key_dir {
        return Ok(d.clone());
    }
    let url = database_url(global)?;
    if let Some(path) = url.strip_prefix("sqlite://") {
        let file = std::path::Path::new(path.split('?').next().unwrap_or(path));
        if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
            return Ok(parent.join("keys"));
        }
    }
    Ok(global
        .data_dir
        .clone()
        .unwrap_or_else(default_data_dir)
        .join("keys"))
}

fn default_data_dir() -> PathBuf {
    if let Some(x) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(x).join("khien");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(home).join(".local/share/khien");
    }
    PathBuf::from("khien-data")
}

/// The application over the registry and its processing log.
pub(crate) async fn app(global: &Global) -> anyhow::Result<khien_app::App> {
    let url = database_url(global)?;
    let (store, log) =
        khien_store_sql::open_with_log(&url, Migrations::Apply, &log_init(global)?).await?;
    Ok(khien_app::App::new(store, log)?)
}

pub(crate) async fn open(global: &Global) -> anyhow::Result<(String, Arc<dyn Store>)> {
    let url = database_url(global)?;
    let store = khien_store_sql::open(&url, Migrations::Apply).await?;
    Ok((url, store))
}

/// What a new log is created with: the origin from `KHIEN_LOG_ORIGIN` (default
/// `khien.local/log-<random>`), fresh keys from the operating system.
pub(crate) fn log_init(g: &Global) -> anyhow::Result<LogInit> {
    let random = khien_api::OsRandom;
    let mut seed = [0u8; 32];
    random.fill(&mut seed);
    let mut pseudonym_key = [0u8; 32];
    random.fill(&mut pseudonym_key);
    let mut tag = [0u8; 4];
    random.fill(&mut tag);
    let origin = std::env::var("KHIEN_LOG_ORIGIN")
        .ok()
        .filter(|o| !o.is_empty())
        .unwrap_or_else(|| {
            format!(
                "khien.local/log-{}",
                tag.iter().map(|b| format!("{b:02x}")).collect::<String>()
            )
        });
    Ok(LogInit {
        origin,
        seed,
        pseudonym_key,
        now: khien_api::SystemClock.now(),
        keys: std::sync::Arc::new(crate::keys::FileKeys::new(key_dir(g)?)),
    })
}

/// The vault's keystore: `keystore.json` in the key directory, sealed by the passphrase in
/// `KHIEN_KEYSTORE_PASSPHRASE`, or typed at a terminal; without either (a service started
/// without a terminal, the quick start), a random passphrase is kept in `keystore.pass`
/// beside it, readable by the owner only, and a warning says so: keep it elsewhere in
/// production (Decree 165/2025 Art. 11: keys apart from the data they protect).
pub(crate) fn open_vault(g: &Global) -> anyhow::Result<khien_app::vault::Vault> {
    let ks = open_keystore(g)?;
    vault_over(g, Arc::new(ks))
}

/// The vault's keystore: a PKCS#11 token (an HSM) when `KHIEN_PKCS11_MODULE` names its
/// module, with `KHIEN_PKCS11_TOKEN` (the token's label) and `KHIEN_PKCS11_PIN` (or a
/// prompt); otherwise the local keystore file in the key directory.
pub(crate) fn open_keystore(g: &Global) -> anyhow::Result<AnyKeystore> {
    use std::io::IsTerminal as _;
    let Some(module) = std::env::var_os("KHIEN_PKCS11_MODULE").filter(|m| !m.is_empty()) else {
        return Ok(AnyKeystore::Local(open_local_keystore(g)?));
    };
    let token = std::env::var("KHIEN_PKCS11_TOKEN")
        .ok()
        .filter(|t| !t.is_empty())
        .context(
            "KHIEN_PKCS11_MODULE is set: KHIEN_PKCS11_TOKEN must name the token (its label)",
        )?;
    let pin = match std::env::var("KHIEN_PKCS11_PIN") {
        Ok(p) if !p.is_empty() => zeroize::Zeroizing::new(p),
        _ if std::io::stdin().is_terminal() => zeroize::Zeroizing::new(rpassword::prompt_password(
            format!("Mã PIN của token {token} (PKCS#11 PIN): "),
        )?),
        _ => anyhow::bail!("KHIEN_PKCS11_MODULE is set: give the token's PIN in KHIEN_PKCS11_PIN"),
    };
    let module = PathBuf::from(module);
    let ks = khien_crypto::Pkcs11Keystore::open(&module, &token, &pin).with_context(|| {
        format!(
            "cannot open the vault's keystore in token {token} ({})",
            module.display()
        )
    })?;
    Ok(AnyKeystore::Pkcs11(ks))
}

/// The local keystore or a PKCS#11 one.
pub(crate) enum AnyKeystore {
    Local(khien_crypto::LocalKeystore),
    Pkcs11(khien_crypto::Pkcs11Keystore),
}

impl AnyKeystore {
    fn inner(&self) -> &dyn khien_crypto::Keystore {
        match self {
            Self::Local(k) => k,
            Self::Pkcs11(k) => k,
        }
    }

    /// Where it is, for people.
    pub(crate) fn describe(&self) -> String {
        match self {
            Self::Local(k) => format!("tệp / file {}", k.path().display()),
            Self::Pkcs11(k) => format!(
                "PKCS#11 token {} ({})",
                k.token_label(),
                k.module().display()
            ),
        }
    }

    pub(crate) fn rotate(
        &mut self,
        now: time::OffsetDateTime,
    ) -> Result<khien_crypto::KekId, khien_crypto::CryptoError> {
        match self {
            Self::Local(k) => k.rotate(&OsFill, now),
            Self::Pkcs11(k) => k.rotate(&OsFill, now),
        }
    }

    pub(crate) fn retire(
        &mut self,
        id: &khien_crypto::KekId,
    ) -> Result<(), khien_crypto::CryptoError> {
        match self {
            Self::Local(k) => k.retire(id, &OsFill),
            Self::Pkcs11(k) => k.retire(id, &OsFill),
        }
    }
}

impl khien_crypto::Keystore for AnyKeystore {
    fn kind(&self) -> &'static str {
        self.inner().kind()
    }
    fn current(&self) -> khien_crypto::KekId {
        self.inner().current()
    }
    fn keks(&self) -> Vec<khien_crypto::KekId> {
        self.inner().keks()
    }
    fn wrap(
        &self,
        key: &khien_crypto::DataKey,
        aad: &[u8],
        rng: &dyn khien_crypto::Fill,
    ) -> Result<khien_crypto::Wrapped, khien_crypto::CryptoError> {
        self.inner().wrap(key, aad, rng)
    }
    fn unwrap(
        &self,
        wrapped: &khien_crypto::Wrapped,
        aad: &[u8],
    ) -> Result<khien_crypto::DataKey, khien_crypto::CryptoError> {
        self.inner().unwrap(wrapped, aad)
    }
    fn signing_key(
        &self,
        label: &str,
        create: bool,
    ) -> Result<Option<Arc<dyn khien_crypto::identity::HeldKey>>, khien_crypto::CryptoError> {
        self.inner().signing_key(label, create)
    }
}

/// The vault over a keystore, recording destructions in `destroyed.jsonl` beside it.
pub(crate) fn vault_over(
    g: &Global,
    ks: Arc<dyn khien_crypto::Keystore>,
) -> anyhow::Result<khien_app::vault::Vault> {
    let dir = key_dir(g)?;
    Ok(khien_app::vault::Vault::new(ks).with_tombstones(Arc::new(
        crate::backup::FileTombstones::new(dir.join("destroyed.jsonl")),
    )))
}

/// The operating system's generator, for the crypto engine.
pub(crate) struct OsFill;

impl khien_crypto::Fill for OsFill {
    fn fill(&self, buf: &mut [u8]) {
        khien_api::OsRandom.fill(buf);
    }
}

/// The local keystore `keystore.json` in the key directory (made the first time).
pub(crate) fn open_local_keystore(g: &Global) -> anyhow::Result<khien_crypto::LocalKeystore> {
    use std::io::IsTerminal as _;
    let dir = key_dir(g)?;
    let path = dir.join("keystore.json");
    let passphrase = match std::env::var("KHIEN_KEYSTORE_PASSPHRASE") {
        Ok(p) if !p.is_empty() => zeroize::Zeroizing::new(p.into_bytes()),
        _ if std::io::stdin().is_terminal() => zeroize::Zeroizing::new(
            rpassword::prompt_password("Mật khẩu kho khóa (keystore passphrase): ")?.into_bytes(),
        ),
        _ => {
            let file = dir.join("keystore.pass");
            if !file.exists() {
                let mut b = [0u8; 32];
                khien_api::OsRandom.fill(&mut b);
                let text: String = b.iter().map(|x| format!("{x:02x}")).collect();
                khien_crypto::keystore::write_private(&file, text.as_bytes())?;
            }
            tracing::warn!(
                file = %file.display(),
                "the keystore's passphrase is kept beside it; set KHIEN_KEYSTORE_PASSPHRASE in production"
            );
            zeroize::Zeroizing::new(
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?,
            )
        }
    };
    khien_crypto::LocalKeystore::open_or_create(
        &path,
        &passphrase,
        &OsFill,
        khien_api::SystemClock.now(),
    )
    .with_context(|| format!("cannot open the vault's keystore {}", path.display()))
}
