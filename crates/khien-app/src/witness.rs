//! Witnessing another Khiên's processing log (the supervising authority's side of C2SP
//! tlog-witness): fetch the unit's signed checkpoint and, from its public hash tiles, the
//! consistency proof from the size this witness cosigned last; check both; cosign. A unit that
//! rewrote its log, even with its database and keys in hand, cannot give a proof that holds,
//! and the witness refuses to cosign ([`khien_log::witness::WitnessError::Inconsistent`]).
//!
//! Only public data is read (`/log/checkpoint`, `/log/tile/<L>/<N>`); nothing is written
//! to the unit.

use khien_log::prove::{ProveError, TileSet};
use khien_log::tiles::TilePath;
use khien_log::witness::{Cosigned, Witness, WitnessError, WitnessedState};

/// Why an observation did not end in a cosignature.
#[derive(Debug, thiserror::Error)]
pub enum ObserveError {
    /// The unit's server could not be read.
    #[error("cannot read the log at {0}")]
    Fetch(String),
    /// The unit's tiles do not give a proof for its own checkpoint.
    #[error("the log's tiles do not prove its checkpoint: {0}")]
    Tiles(String),
    /// The checks of the witness refused it (a rewritten or rolled-back log among them).
    #[error(transparent)]
    Refused(#[from] WitnessError),
}

/// Hash tiles fetched in all, at most, for one proof (a proof needs a few per level).
const MAX_TILES: usize = 256;

async fn get(http: &reqwest::Client, url: &str) -> Result<Vec<u8>, ObserveError> {
    let r = http
        .get(url)
        .send()
        .await
        .map_err(|_| ObserveError::Fetch(url.to_owned()))?;
    if !r.status().is_success() {
        return Err(ObserveError::Fetch(format!("{url} ({})", r.status())));
    }
    // A checkpoint is a few hundred bytes and a tile 8 KiB: bound what is read.
    let bytes = r
        .bytes()
        .await
        .map_err(|_| ObserveError::Fetch(url.to_owned()))?;
    if bytes.len() > 64 * 1024 {
        return Err(ObserveError::Fetch(format!("{url} (too large)")));
    }
    Ok(bytes.to_vec())
}

/// Observes the log served at `base` (`https://unit.example.vn`), whose verifier key is
/// `log_key`, after `previous` (the state this witness cosigned last, if any); returns the
/// cosignature and the new state to keep.
pub async fn observe_remote(
    base: &str,
    log_key: &str,
    witness: &Witness,
    previous: Option<&WitnessedState>,
    now_unix_secs: u64,
) -> Result<(Cosigned, WitnessedState), ObserveError> {
    let http = &reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .map_err(|_| ObserveError::Fetch(base.to_owned()))?;
    let base = base.trim_end_matches('/');
    let note = String::from_utf8(get(http, &format!("{base}/log/checkpoint")).await?)
        .map_err(|_| ObserveError::Refused(WitnessError::Malformed))?;
    let verifier = khien_log::keys::Verifier::parse(log_key)
        .map_err(|_| ObserveError::Refused(WitnessError::OriginKey))?;
    let checkpoint = verifier
        .verify_checkpoint(note.as_bytes())
        .map_err(|_| ObserveError::Refused(WitnessError::BadSignature))?;
    let proof = match previous {
        Some(p) if p.size > 0 && p.size < checkpoint.size => {
            let mut tiles = TileSet::new();
            let mut fetched = 0;
            loop {
                match tiles.prove_consistency(checkpoint.size, checkpoint.root, p.size, p.root) {
                    Ok(proof) => break proof,
                    // The unit's tiles disagree with the witnessed root: the log was rewritten
                    // (no honest tiles can prove it). Let the witness say so.
                    Err(ProveError::Tree(_)) => {
                        return Err(ObserveError::Refused(WitnessError::Inconsistent {
                            witnessed: p.size,
                            offered: checkpoint.size,
                        }));
                    }
                    Err(ProveError::Need(need)) => {
                        for (level, n) in need {
                            fetched += 1;
                            if fetched > MAX_TILES {
                                return Err(ObserveError::Tiles("too many tiles".to_owned()));
                            }
                            let width = tile_width(checkpoint.size, level, n);
                            let path = TilePath::Hashes { level, n, width }.to_path();
                            let data = get(http, &format!("{base}/log/{path}")).await?;
                            tiles.insert(level, n, data);
                        }
                    }
                }
            }
        }
        _ => Vec::new(),
    };
    Ok(witness.observe(previous, log_key, &note, &proof, now_unix_secs)?)
}

/// The width of hash tile `n` at `level` in a tree of `size` leaves (256 when full).
fn tile_width(size: u64, level: u8, n: u64) -> u16 {
    let hashes_at_level = size >> (8 * u32::from(level));
    let w = hashes_at_level.saturating_sub(n * 256).min(256);
    u16::try_from(w).unwrap_or(256)
}

#[cfg(test)]
mod tests {
    use super::tile_width;

    #[test]
    fn tile_widths_follow_the_tree() {
        assert_eq!(tile_width(1000, 0, 0), 256);
        assert_eq!(tile_width(1000, 0, 3), 232);
        assert_eq!(tile_width(1000, 1, 0), 3);
        assert_eq!(tile_width(65_536, 1, 0), 256);
        assert_eq!(tile_width(65_537, 2, 0), 1);
    }
}
