//! `khien backup` and `khien restore`: the registry, its processing log and the vault in one
//! file (SQLite), and the destructions recorded outside the database, which a restore
//! re-applies so that no earlier backup brings a destroyed data subject back
//! (Decree 165/2025 Art. 13, 17.7). Both are recorded in the processing log.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context as _, bail};
use khien_app::vault::{Tombstone, Tombstones};

use crate::args::Global;
use crate::context;

/// Destructions recorded as JSON lines in `destroyed.jsonl` beside the keystore (outside the
/// database and its backups): the organisation, the subject's pseudonym, the key ids.
pub(crate) struct FileTombstones {
    path: PathBuf,
    write: Mutex<()>,
}

impl FileTombstones {
    pub(crate) fn new(path: PathBuf) -> Self {
        Self {
            path,
            write: Mutex::new(()),
        }
    }
}

impl Tombstones for FileTombstones {
    fn record(&self, ts: &[Tombstone]) -> Result<(), String> {
        use std::io::Write as _;
        let _guard = self.write.lock().map_err(|_| "poisoned".to_owned())?;
        let mut line = Vec::with_capacity(ts.len() * 160);
        for t in ts {
            serde_json::to_writer(&mut line, t).map_err(|e| e.to_string())?;
            line.push(b'\n');
        }
        let mut opts = std::fs::OpenOptions::new();
        opts.append(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            opts.mode(0o600);
        }
        let mut f = opts
            .open(&self.path)
            .map_err(|e| format!("{}: {e}", self.path.display()))?;
        f.write_all(&line).map_err(|e| e.to_string())?;
        f.sync_all().map_err(|e| e.to_string())
    }

    fn all(&self) -> Result<Vec<Tombstone>, String> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(format!("{}: {e}", self.path.display())),
        };
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .map(|(i, l)| {
                serde_json::from_str(l)
                    .map_err(|_| format!("{} line {}: malformed", self.path.display(), i + 1))
            })
            .collect()
    }
}

/// `khien backup --out FILE`.
pub(crate) async fn backup(g: &Global, out: &Path) -> anyhow::Result<()> {
    let url = context::database_url(g)?;
    let app = context::app(g).await?;
    // Recorded first, so that the backup holds the entry of its own making.
    let index = app
        .record_instance_event(
            &khien_app::Caller::operator_from_env(),
            khien_log::event::Action::Backup,
            "registry.backup",
        )
        .await?;
    khien_store_sql::backup_sqlite(&url, out)
        .await
        .with_context(|| format!("cannot back up to {}", out.display()))?;
    outln!(
        "Đã sao lưu (backed up) sổ đăng ký, nhật ký xử lý và kho dữ liệu vào {} (log entry {index}). Khóa và danh sách dữ liệu đã hủy nằm trong {} và không thuộc bản sao lưu.",
        out.display(),
        context::key_dir(g)?.display()
    );
    Ok(())
}

/// `khien restore FILE`: the registry replaced by the backup, then every destruction
/// recorded since re-applied, then the restore recorded.
pub(crate) async fn restore(g: &Global, file: &Path, force: bool) -> anyhow::Result<()> {
    let url = context::database_url(g)?;
    let Some(path) = url.strip_prefix("sqlite://") else {
        bail!(
            "only SQLite registries are restored by Khiên; restore PostgreSQL with pg_restore (khien serve re-applies destructions when it starts)"
        );
    };
    let path = PathBuf::from(path.split('?').next().unwrap_or(path));
    if !file.is_file() {
        bail!("{} is not a backup file", file.display());
    }
    if path.exists() && !force {
        bail!(
            "{} exists: stop every khien serve on it and pass --force to replace it",
            path.display()
        );
    }
    // The registry's own companions, and the access history's database beside it: it is
    // derived from the log, which the backup replaces, and is rebuilt from it at opening.
    let history = khien_store_sql::sqlite_history_path(&path);
    for side in [
        format!("{}-wal", path.display()),
        format!("{}-shm", path.display()),
        format!("{}", history.display()),
        format!("{}-wal", history.display()),
        format!("{}-shm", history.display()),
    ] {
        let side = PathBuf::from(side);
        if side.exists() {
            std::fs::remove_file(&side)
                .with_context(|| format!("cannot remove {}", side.display()))?;
        }
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::copy(file, &path).with_context(|| format!("cannot write {}", path.display()))?;
    let mut app = context::app(g).await?;
    app.vault = Some(std::sync::Arc::new(context::open_vault(g)?));
    let changed = app.reapply_destructions().await?;
    let index = app
        .record_instance_event(
            &khien_app::Caller::operator_from_env(),
            khien_log::event::Action::Restore,
            "registry.restore",
        )
        .await?;
    outln!(
        "Đã khôi phục (restored) {} từ {}; áp dụng lại các lần hủy dữ liệu: {changed} thay đổi (destructions re-applied); log entry {index}.",
        path.display(),
        file.display()
    );
    Ok(())
}
