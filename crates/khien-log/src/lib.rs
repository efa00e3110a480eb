//! Khiên's processing log (Decree 165/2025 Art. 17.10: keep a processing log for the whole
//! lifecycle, at least six months; Art. 6.4(c): the history of every access and retrieval;
//! Art. 11.1(e): every encryption and decryption recorded).
//!
//! This crate holds the log's formats and its mathematics, with no I/O, no clock and no
//! randomness of its own (time and key material are arguments):
//! - [`event`]: what a processing event says, validated, with the data subject replaced by a
//!   keyed pseudonym, encoded as one canonical JSON line (the log entry);
//! - [`tiles`]: the C2SP tlog-tiles layout (tile paths, entry bundles), tile height 8;
//! - [`tree`]: the right edge of the RFC 6962/9162 Merkle tree, grown one leaf at a time,
//!   yielding the hash tiles to store and the root hash;
//! - [`keys`]: the Ed25519 signed-note key and C2SP tlog-checkpoint signing and checking;
//! - [`receipt`]: offline inclusion receipts in the C2SP tlog-proof format;
//! - [`verify`]: the replay of a whole log, reporting each inconsistency precisely;
//! - [`retention`]: the retention period (six months by default, never less);
//! - [`witness`]: witnessing another Khiên's log (a supervised unit's): its checkpoint checked
//!   against the last one cosigned (signature, no rollback, RFC 6962 consistency proof) and
//!   cosigned in the C2SP tlog-cosignature `cosignature/v1` format (Ed25519, type 0x04), so a
//!   unit that rewrites its log, even re-signing it with its own key, is caught.
//!
//! Hashing, proofs and the checkpoint text come from `tlog_tiles` and signatures from
//! `signed_note` (Cloudflare's ports of Go's `golang.org/x/mod/sumdb`); tile paths are written
//! here because `tlog_tiles` 0.2 formats the older sumdb paths (`tile/H/L/N`), not C2SP's.

#![forbid(unsafe_code)]

pub mod event;
pub mod keys;
pub mod prove;
pub mod receipt;
pub mod retention;
pub mod tiles;
pub mod tree;
pub mod verify;
pub mod witness;

pub use tlog_tiles::Hash;

/// Height of a tile: C2SP tlog-tiles fixes it at 8 (256 hashes or entries per full tile).
pub const TILE_HEIGHT: u8 = 8;
/// Hashes (or entries) in a full tile.
pub const TILE_WIDTH: u64 = 1 << TILE_HEIGHT;
/// Largest entry accepted, in bytes (entry bundles allow 65 535; events are far smaller).
pub const MAX_ENTRY_BYTES: usize = 16 * 1024;

/// The RFC 6962 leaf hash of an entry: SHA-256(0x00 ‖ entry).
pub fn leaf_hash(entry: &[u8]) -> Hash {
    tlog_tiles::record_hash(entry)
}
