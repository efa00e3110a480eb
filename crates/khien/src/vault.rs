//! `khien vault`: the vault's key-encryption keys and their rotation (Decree 165/2025
//! Art. 11). The re-wrap itself is `khien_app::App::vault_rewrap`; this is the terminal door.

use std::sync::Arc;

use anyhow::Context as _;
use khien_crypto::Keystore as _;

use crate::args::{Global, VaultCommand};
use crate::context;

pub(crate) async fn run(g: &Global, c: &VaultCommand) -> anyhow::Result<()> {
    match c {
        VaultCommand::Keys => {
            let ks = context::open_keystore(g)?;
            let app = context::app(g).await?;
            let usage = app.store.kek_usage().await?;
            let current = ks.current();
            outln!(
                "Khóa mã hóa khóa (KEK) — kho khóa / keystore: {}",
                ks.describe()
            );
            for k in ks.keks() {
                let n = usage
                    .iter()
                    .find(|(id, _)| *id == k.0)
                    .map_or(0, |(_, n)| *n);
                let mark = if k == current {
                    "  (hiện hành / current)"
                } else {
                    ""
                };
                outln!("  {k}: {n} khóa được bọc / keys wrapped{mark}");
            }
            for (id, n) in usage.iter().filter(|(id, _)| {
                id != khien_app::vault::HELD_SIGNING_KEY && !ks.keks().iter().any(|k| k.0 == *id)
            }) {
                outln!(
                    "  {id}: {n} khóa được bọc / keys wrapped — KHÔNG có trong kho khóa (not in the keystore)"
                );
            }
            if let Some((_, n)) = usage
                .iter()
                .find(|(id, _)| id == khien_app::vault::HELD_SIGNING_KEY)
            {
                outln!("  khóa ký giữ trong token / signing keys held in the token: {n}");
            }
            Ok(())
        }
        VaultCommand::Expire { org, dry_run } => {
            let mut app = context::app(g).await?;
            app.vault = Some(Arc::new(context::open_vault(g)?));
            let caller = khien_app::Caller::operator_from_env();
            let e = app.vault_expire(&caller, *org, *dry_run).await?;
            if *dry_run {
                outln!(
                    "{} chủ thể đã hết thời hạn lưu trữ / subjects past their retention (chưa hủy / not destroyed){}",
                    e.due.len(),
                    if e.due.is_empty() { "." } else { ":" }
                );
                for s in &e.due {
                    outln!("  {s}");
                }
            } else {
                outln!(
                    "{} chủ thể đã bị hủy / subjects destroyed (giấy chứng nhận ở trang Kho dữ liệu / certificates on the console's vault page){}",
                    e.destroyed.len(),
                    if e.destroyed.is_empty() { "." } else { ":" }
                );
                for (s, index) in &e.destroyed {
                    outln!("  {s}  nhật ký / log entry {index}");
                }
            }
            if e.kept > 0 {
                outln!(
                    "{} chủ thể được giữ lại: còn bản ghi trong thời hạn / subjects kept: a record still within its period",
                    e.kept
                );
            }
            Ok(())
        }
        VaultCommand::TokenIdentity { org } => {
            let mut app = context::app(g).await?;
            app.vault = Some(Arc::new(context::open_vault(g)?));
            let caller = khien_app::Caller::operator_from_env();
            let fingerprint = app.vault_token_identity(&caller, *org).await?;
            outln!(
                "Đã tạo khóa ký trong token và thay chứng thư ký của tổ chức / signing key generated in the token, signing identity replaced"
            );
            outln!("  khóa / key: EcdsaP256 (PKCS#11); SHA-256: {fingerprint}");
            outln!(
                "  Khởi động lại các máy chủ đang chạy để ký bằng khóa mới / restart running servers: they sign with the identity they loaded until then"
            );
            Ok(())
        }
        VaultCommand::ImportIdentity {
            org,
            pkcs12,
            cert,
            key,
        } => {
            let now = khien_app::Clock::now(&khien_api::SystemClock);
            let id = match (pkcs12, cert, key) {
                (Some(file), _, _) => {
                    let der = std::fs::read(file)
                        .with_context(|| format!("cannot read {}", file.display()))?;
                    let password = match std::env::var("KHIEN_PKCS12_PASSWORD") {
                        Ok(p) => zeroize::Zeroizing::new(p),
                        Err(_) => zeroize::Zeroizing::new(rpassword::prompt_password(
                            "Mật khẩu tệp PKCS#12 (password): ",
                        )?),
                    };
                    khien_crypto::SigningIdentity::import_pkcs12(&der, &password, now)
                        .with_context(|| format!("{}", file.display()))?
                }
                (None, Some(cert), Some(key)) => {
                    let c = std::fs::read(cert)
                        .with_context(|| format!("cannot read {}", cert.display()))?;
                    let k = zeroize::Zeroizing::new(
                        std::fs::read(key)
                            .with_context(|| format!("cannot read {}", key.display()))?,
                    );
                    khien_crypto::SigningIdentity::import_pem(&c, &k, now)
                        .with_context(|| format!("{} / {}", cert.display(), key.display()))?
                }
                _ => anyhow::bail!("give --pkcs12 FILE, or --cert PEM and --key PEM"),
            };
            let subject = id.subject();
            let kind = id.key_kind();
            let mut app = context::app(g).await?;
            app.vault = Some(Arc::new(context::open_vault(g)?));
            let caller = khien_app::Caller::operator_from_env();
            let fingerprint = app.vault_import_identity(&caller, *org, id).await?;
            outln!("Đã thay chứng thư ký của tổ chức / signing identity replaced: {subject}");
            outln!("  khóa / key: {kind:?}; SHA-256: {fingerprint}");
            Ok(())
        }
        VaultCommand::RotateKey => {
            let mut ks = context::open_keystore(g)?;
            let before = ks.current();
            let new = ks
                .rotate(khien_app::Clock::now(&khien_api::SystemClock))
                .context("cannot add a key-encryption key to the keystore")?;
            let mut app = context::app(g).await?;
            // The keystore file now holds the new KEK; this process uses it from here on.
            let ks = Arc::new(ks);
            app.vault = Some(Arc::new(context::vault_over(g, ks.clone())?));
            let caller = khien_app::Caller::operator_from_env();
            let report = app
                .vault_rewrap(&caller, &|n| {
                    if n % 10_000 == 0 {
                        eprintln!("  … {n}");
                    }
                })
                .await?;
            outln!(
                "KEK mới / new KEK: {new} (trước / before: {before}); {} khóa đã được bọc lại / keys re-wrapped; bản ghi nhật ký / log entry {}",
                report.rewrapped,
                report.log_index
            );
            for (kek, n) in &report.left {
                if ks.keks().iter().any(|k| k.0 == *kek) {
                    outln!(
                        "  còn lại / left: {n} khóa dưới / keys under {kek} (ghi trong lúc bọc lại / written meanwhile: chạy lại / run again)"
                    );
                } else {
                    outln!(
                        "  còn lại / left: {n} khóa dưới / keys under {kek} (không có trong kho khóa / not in the keystore)"
                    );
                }
            }
            Ok(())
        }
        VaultCommand::RetireKeys => {
            let mut ks = context::open_keystore(g)?;
            let app = context::app(g).await?;
            let caller = khien_app::Caller::operator_from_env();
            let usage = app.store.kek_usage().await?;
            let mut retired = 0;
            for k in ks.keks() {
                let used = usage
                    .iter()
                    .find(|(id, _)| *id == k.0)
                    .map_or(0, |(_, n)| *n);
                if k == ks.current() {
                    continue;
                }
                if used > 0 {
                    outln!(
                        "  giữ lại / kept: {k} ({used} khóa được bọc / keys wrapped: chạy rotate-key / run rotate-key)"
                    );
                    continue;
                }
                // Recorded before the key is gone.
                app.record_key_retirement(&caller, &k.0).await?;
                ks.retire(&k)
                    .with_context(|| format!("cannot retire {k}"))?;
                outln!("  đã hủy / retired: {k}");
                retired += 1;
            }
            outln!("{retired} khóa mã hóa khóa đã hủy / key-encryption keys retired");
            Ok(())
        }
    }
}
