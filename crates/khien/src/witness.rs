//! `khien witness`: the authority's Khiên witnesses a unit's processing log (C2SP
//! tlog-witness, cosignature/v1). The witness's secret key is a 0600 file in the key
//! directory; the last cosigned checkpoint of each log is kept in a state file the operator
//! names. The checks and the fetching are `khien_app::witness`; this is the terminal door.

use std::io::Write as _;

use anyhow::{Context as _, bail};
use khien_log::witness::{Witness, WitnessedState};

use crate::args::{Global, WitnessCommand};

/// The witness's key, made on first use (`witness-<name>.key` in the key directory).
fn witness_key(g: &Global, name: &str) -> anyhow::Result<Witness> {
    let dir = crate::context::key_dir(g)?;
    let file: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let path = dir.join(format!("witness-{file}.key"));
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let w = Witness::parse(text.trim())
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            if w.name() != name {
                bail!("{} holds the key of witness {}", path.display(), w.name());
            }
            Ok(w)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            use khien_app::Random as _;
            let mut seed = [0u8; 32];
            khien_app::OsRandom.fill(&mut seed);
            let w = Witness::from_seed(name, seed).map_err(|e| anyhow::anyhow!("{e}"))?;
            crate::keys::private_dir(&dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            let mut f = crate::keys::create_private(&path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            writeln!(f, "{}", w.secret())?;
            f.sync_all()?;
            Ok(w)
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

pub(crate) async fn run(g: &Global, c: WitnessCommand) -> anyhow::Result<()> {
    match c {
        WitnessCommand::Key { name } => {
            outln!("{}", witness_key(g, &name)?.verifier_key());
            Ok(())
        }
        WitnessCommand::Observe {
            log,
            log_key,
            state,
            name,
        } => {
            let witness = witness_key(g, &name)?;
            let previous = match std::fs::read_to_string(&state) {
                Ok(note) => Some(
                    WitnessedState::restore(&log_key, &witness.verifier(), &note)
                        .map_err(|e| anyhow::anyhow!("{}: {e}", state.display()))?,
                ),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => {
                    return Err(e).with_context(|| format!("cannot read {}", state.display()));
                }
            };
            #[allow(
                clippy::disallowed_methods,
                reason = "the cosignature's timestamp is now"
            )]
            let now = time::OffsetDateTime::now_utc().unix_timestamp();
            let (cosigned, new_state) = khien_app::witness::observe_remote(
                &log,
                &log_key,
                &witness,
                previous.as_ref(),
                u64::try_from(now).unwrap_or(0),
            )
            .await
            .map_err(|e| {
                anyhow::anyhow!(
                    "không đồng ký (not cosigned): {e}{}",
                    if matches!(e, khien_app::witness::ObserveError::Refused(
                        khien_log::witness::WitnessError::Inconsistent { .. }
                            | khien_log::witness::WitnessError::Rollback { .. }
                    )) {
                        " — nhật ký đã bị viết lại hoặc quay lui (the log was rewritten or rolled back)"
                    } else {
                        ""
                    }
                )
            })?;
            crate::forms::write_whole(&state, new_state.note.as_bytes())
                .with_context(|| format!("cannot write {}", state.display()))?;
            outln!(
                "Đã đồng ký (cosigned) {} tại (at) {} bản ghi (entries){}",
                new_state.origin,
                new_state.size,
                previous.map_or_else(String::new, |p| format!(", trước đó (before) {}", p.size))
            );
            outln!("{}", cosigned.line.trim_end());
            Ok(())
        }
    }
}
