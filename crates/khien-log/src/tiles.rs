//! The C2SP tlog-tiles layout: `tile/<L>/<N>[.p/<W>]` for hash tiles and
//! `tile/entries/<N>[.p/<W>]` for entry bundles, `<N>` written in groups of three digits, all
//! but the last prefixed with `x` (`1234067` → `x001/x234/067`). An entry bundle is each
//! entry as a big-endian `u16` length followed by its bytes.

use crate::TILE_WIDTH;

/// What a path under `/log/` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TilePath {
    /// The hash tile `n` at `level`, the first `width` hashes of it.
    Hashes {
        /// Tile level (level 0 holds leaf hashes).
        level: u8,
        /// Tile index within the level.
        n: u64,
        /// Hashes wanted (256 for a full tile).
        width: u16,
    },
    /// The entry bundle `n`, its first `width` entries.
    Entries {
        /// Bundle index.
        n: u64,
        /// Entries wanted (256 for a full bundle).
        width: u16,
    },
}

/// A path that is not a C2SP tile path.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("không phải đường dẫn ô C2SP (not a C2SP tile path)")]
pub struct BadPath;

/// `n` in C2SP's three-digit groups.
pub fn encode_index(n: u64) -> String {
    let mut groups = vec![format!("{:03}", n % 1000)];
    let mut rest = n / 1000;
    while rest > 0 {
        groups.push(format!("x{:03}", rest % 1000));
        rest /= 1000;
    }
    groups.reverse();
    groups.join("/")
}

fn width_suffix(width: u16) -> String {
    if u64::from(width) >= TILE_WIDTH {
        String::new()
    } else {
        format!(".p/{width}")
    }
}

impl TilePath {
    /// The path, relative to the log's prefix (`tile/...`).
    pub fn to_path(&self) -> String {
        match *self {
            Self::Hashes { level, n, width } => {
                format!("tile/{level}/{}{}", encode_index(n), width_suffix(width))
            }
            Self::Entries { n, width } => {
                format!("tile/entries/{}{}", encode_index(n), width_suffix(width))
            }
        }
    }

    /// Parses a path relative to the log's prefix (`tile/0/x001/234.p/7`).
    pub fn parse(path: &str) -> Result<Self, BadPath> {
        let rest = path.strip_prefix("tile/").ok_or(BadPath)?;
        let (kind, rest) = rest.split_once('/').ok_or(BadPath)?;
        let (index, width) = match rest.split_once(".p/") {
            Some((index, w)) => {
                let w: u16 = parse_digits(w, 3)?.try_into().map_err(|_| BadPath)?;
                if w == 0 || u64::from(w) >= TILE_WIDTH {
                    return Err(BadPath);
                }
                (index, w)
            }
            None => (rest, 256),
        };
        let n = decode_index(index)?;
        if kind == "entries" {
            return Ok(Self::Entries { n, width });
        }
        let level: u8 = parse_digits(kind, 2)?.try_into().map_err(|_| BadPath)?;
        if level > 63 {
            return Err(BadPath);
        }
        Ok(Self::Hashes { level, n, width })
    }
}

/// Decimal digits without a leading zero (except `0` itself), at most `max` of them.
fn parse_digits(s: &str, max: usize) -> Result<u64, BadPath> {
    if s.is_empty() || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(BadPath);
    }
    if s.len() > 1 && s.starts_with('0') {
        return Err(BadPath);
    }
    s.parse().map_err(|_| BadPath)
}

fn decode_index(s: &str) -> Result<u64, BadPath> {
    let groups: Vec<&str> = s.split('/').collect();
    let last = groups.len() - 1;
    let mut n: u64 = 0;
    for (i, g) in groups.iter().enumerate() {
        let digits = if i < last {
            g.strip_prefix('x').ok_or(BadPath)?
        } else {
            g
        };
        if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BadPath);
        }
        let v: u64 = digits.parse().map_err(|_| BadPath)?;
        n = n
            .checked_mul(1000)
            .and_then(|n| n.checked_add(v))
            .ok_or(BadPath)?;
    }
    // One encoding per number: no leading `x000` group.
    if groups.len() > 1 && groups[0] == "x000" {
        return Err(BadPath);
    }
    Ok(n)
}

/// Appends one entry to a bundle.
///
/// The caller keeps entries within [`crate::MAX_ENTRY_BYTES`]; a longer one is cut at 65 535
/// bytes' worth of length prefix, which would corrupt the bundle, so it is refused here.
pub fn push_entry(bundle: &mut Vec<u8>, entry: &[u8]) -> Result<(), BundleError> {
    let len = u16::try_from(entry.len()).map_err(|_| BundleError::TooLong)?;
    bundle.extend_from_slice(&len.to_be_bytes());
    bundle.extend_from_slice(entry);
    Ok(())
}

/// Why an entry bundle could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    /// The bundle ends inside an entry.
    #[error("gói bản ghi bị cắt cụt (entry bundle truncated)")]
    Truncated,
    /// An entry longer than a bundle can hold.
    #[error("bản ghi quá dài (entry too long)")]
    TooLong,
}

/// The entries of a bundle, in order.
pub fn split_bundle(bundle: &[u8]) -> Result<Vec<&[u8]>, BundleError> {
    let mut out = Vec::new();
    let mut rest = bundle;
    while !rest.is_empty() {
        let [a, b, tail @ ..] = rest else {
            return Err(BundleError::Truncated);
        };
        let len = usize::from(u16::from_be_bytes([*a, *b]));
        if tail.len() < len {
            return Err(BundleError::Truncated);
        }
        let (entry, after) = tail.split_at(len);
        out.push(entry);
        rest = after;
    }
    Ok(out)
}

/// The byte length of a bundle's first `width` entries (for serving a partial bundle of a
/// bundle that has grown since).
pub fn bundle_prefix(bundle: &[u8], width: usize) -> Result<&[u8], BundleError> {
    let mut at = 0usize;
    for _ in 0..width {
        let head = bundle.get(at..at + 2).ok_or(BundleError::Truncated)?;
        let len = usize::from(u16::from_be_bytes([head[0], head[1]]));
        at += 2 + len;
        if at > bundle.len() {
            return Err(BundleError::Truncated);
        }
    }
    Ok(&bundle[..at])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_encoding_matches_c2sp_examples() {
        assert_eq!(encode_index(0), "000");
        assert_eq!(encode_index(7), "007");
        assert_eq!(encode_index(1000), "x001/000");
        assert_eq!(encode_index(1_234_067), "x001/x234/067");
        let p = TilePath::Hashes {
            level: 4,
            n: 1_234_067,
            width: 1,
        };
        assert_eq!(p.to_path(), "tile/4/x001/x234/067.p/1");
        let e = TilePath::Entries { n: 5, width: 256 };
        assert_eq!(e.to_path(), "tile/entries/005");
    }

    #[test]
    fn paths_round_trip_and_reject_noise() {
        for p in [
            TilePath::Hashes {
                level: 0,
                n: 0,
                width: 256,
            },
            TilePath::Hashes {
                level: 2,
                n: 999_999,
                width: 17,
            },
            TilePath::Entries {
                n: 123_456_789,
                width: 255,
            },
            TilePath::Entries { n: 1, width: 1 },
        ] {
            assert_eq!(TilePath::parse(&p.to_path()), Ok(p));
        }
        for bad in [
            "",
            "tile/",
            "tile/0/",
            "tile/0/1",
            "tile/0/0001",
            "tile/00/000",
            "tile/0/000.p/0",
            "tile/0/000.p/256",
            "tile/0/000.p/07",
            "tile/0/x000/001",
            "tile/0/001/002",
            "tile/entries/x1/000",
            "tile/64/000",
            "tile/a/000",
            "tile/0/x999/x999/x999/x999/x999/x999/x999/999",
            "checkpoint",
        ] {
            assert_eq!(TilePath::parse(bad), Err(BadPath), "{bad}");
        }
    }

    #[test]
    fn bundles_round_trip() -> Result<(), BundleError> {
        let mut b = Vec::new();
        push_entry(&mut b, b"one")?;
        push_entry(&mut b, b"")?;
        push_entry(&mut b, b"three")?;
        assert_eq!(split_bundle(&b)?, vec![&b"one"[..], b"", b"three"]);
        assert_eq!(split_bundle(bundle_prefix(&b, 2)?)?, vec![&b"one"[..], b""]);
        assert_eq!(split_bundle(&b[..b.len() - 1]), Err(BundleError::Truncated));
        assert_eq!(split_bundle(&b[..1]), Err(BundleError::Truncated));
        assert_eq!(bundle_prefix(&b, 4), Err(BundleError::Truncated));
        assert_eq!(
            push_entry(&mut b, &vec![0u8; 70_000]),
            Err(BundleError::TooLong)
        );
        Ok(())
    }
}
