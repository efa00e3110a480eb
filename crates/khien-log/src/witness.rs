//! Witnessing another Khiên's log: checking a supervised unit's checkpoint against the last one
//! this witness cosigned, and cosigning it (C2SP tlog-cosignature `cosignature/v1`, the Ed25519
//! type, in the way of the C2SP tlog-witness protocol).
//!
//! A supervising authority keeps, for each unit's log, the latest checkpoint it cosigned (a
//! [`WitnessedState`]). Given the unit's newer checkpoint and a consistency proof from the
//! witnessed size, [`Witness::observe`] checks the unit's signature, refuses a smaller tree
//! (rollback), checks the RFC 6962 consistency proof (for an equal size, the root must be
//! equal), and only then cosigns and returns the new state. A unit that rewrites its log, even
//! with its whole database and its signing key in hand, cannot produce a checkpoint consistent
//! with the cosigned one: the witness answers [`WitnessError::Inconsistent`], and the two
//! checkpoints, both signed by the unit's key, are the evidence.
//!
//! Formats (<https://c2sp.org/tlog-cosignature>, <https://c2sp.org/signed-note>):
//! - verifier key: `<name>+<key ID, 8 hex digits>+base64(0x04 ‖ Ed25519 public key)`, with the
//!   key ID `SHA-256(<name> ‖ "\n" ‖ 0x04 ‖ public key)[:4]` (signature type 0x04:
//!   Ed25519 `cosignature/v1`);
//! - cosignature: a signed-note signature line `— <name> base64(key ID ‖ timestamp ‖
//!   signature)\n`, the timestamp a big-endian u64 of POSIX seconds (at most 2^63 − 1) and the
//!   signature 64 bytes of Ed25519 over `cosignature/v1\ntime <timestamp>\n` followed by the
//!   whole checkpoint body (every line up to the blank line, with its final newline).
//! - stored secret key: `PRIVATE+KEY+<name>+<key ID>+base64(0x04 ‖ 32-byte seed)` (the form of
//!   `golang.org/x/mod/sumdb/note` and `transparency-dev/formats`' `NewSignerForCosignatureV1`).
//!
//! The signature lines are made and read by `signed_note` (its `Signer`/`Verifier` traits are
//! implemented here for type 0x04, which `signed_note` 0.2 does not know), the checkpoints by
//! `tlog_tiles`, the proof check is `tlog_tiles::check_tree`. No I/O, no clock (the time is an
//! argument), no randomness (Ed25519 signing is deterministic; the key's seed is an argument).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::{Signer as _, SigningKey, VerifyingKey};
use signed_note::{Note, NoteError, Signature, VerifierList};
use tlog_tiles::{Checkpoint, Hash, check_tree};

use crate::keys::{CheckpointError, Verifier as LogVerifier};

/// The signature type (algorithm byte) of Ed25519 `cosignature/v1` keys.
pub const COSIGNATURE_V1: u8 = 0x04;
/// The default name of an authority's witness key is this prefix and the authority's id.
pub const NAME_PREFIX: &str = "khien-witness/";
/// Most consistency-proof hashes a witness takes (C2SP tlog-witness, `add-checkpoint`).
pub const MAX_PROOF_HASHES: usize = 63;

const TIMESTAMP_LEN: usize = 8;
const SIGNATURE_LEN: usize = ed25519_dalek::SIGNATURE_LENGTH;

/// What is wrong, named.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WitnessError {
    /// The witness name is not a key name (empty, or with a space or `+`).
    #[error(
        "tên nhân chứng không hợp lệ (invalid witness name): không được rỗng, chứa khoảng trắng \
         hoặc '+'"
    )]
    WitnessName,
    /// The witness's secret or verifier key does not parse.
    #[error("khóa nhân chứng không hợp lệ (malformed witness key): {0}")]
    WitnessKey(&'static str),
    /// The unit's verifier key does not parse.
    #[error(
        "khóa xác minh của đơn vị không hợp lệ (malformed unit verifier key): cần dạng \
         name+hash+base64"
    )]
    OriginKey,
    /// The note is not a signed checkpoint.
    #[error("điểm kiểm tra sai định dạng (malformed checkpoint note)")]
    Malformed,
    /// The unit's signature on the checkpoint is invalid or missing.
    #[error(
        "chữ ký của đơn vị trên điểm kiểm tra không hợp lệ hoặc thiếu \
         (unit checkpoint signature invalid or missing)"
    )]
    BadSignature,
    /// The checkpoint (or the key) is for another log than the one witnessed.
    #[error("điểm kiểm tra của nhật ký khác (wrong origin): cần `{expected}`, nhận `{found}`")]
    WrongOrigin {
        /// The origin witnessed so far (or the key's name).
        expected: String,
        /// The origin offered.
        found: String,
    },
    /// The checkpoint is smaller than the one already cosigned.
    #[error(
        "nhật ký bị thu hẹp (rollback): đã đồng ký kích thước {witnessed}, nay chỉ còn {offered}"
    )]
    Rollback {
        /// Size last cosigned.
        witnessed: u64,
        /// Size offered.
        offered: u64,
    },
    /// The new tree does not contain the cosigned one: the log was rewritten (a fork), or the
    /// proof is wrong. Keep both checkpoints: signed by the unit, they are the evidence.
    #[error(
        "nhật ký không nhất quán, đã bị viết lại (inconsistent: fork): cây kích thước {offered} \
         không chứa cây kích thước {witnessed} đã đồng ký"
    )]
    Inconsistent {
        /// Size last cosigned.
        witnessed: u64,
        /// Size offered.
        offered: u64,
    },
    /// The consistency proof has the wrong shape (length) for the two sizes.
    #[error("bằng chứng nhất quán sai định dạng (malformed consistency proof): {0}")]
    MalformedProof(String),
    /// The time does not fit a cosignature (more than 2^63 − 1 seconds).
    #[error("thời điểm ngoài phạm vi (timestamp out of range, > 2^63-1): {0}")]
    Time(u64),
    /// The note carries no cosignature by this witness.
    #[error("không có chữ ký đồng ký của nhân chứng này (no cosignature by this witness)")]
    NoCosignature,
    /// The note carries a cosignature by this witness's key that does not verify.
    #[error("chữ ký đồng ký không hợp lệ (cosignature does not verify)")]
    BadCosignature,
    /// Signing failed.
    #[error("không ký được (signing failed)")]
    Sign,
}

/// A witness: its name and Ed25519 `cosignature/v1` key.
pub struct Witness {
    name: String,
    signing: SigningKey,
    key_id: u32,
    vkey: String,
}

impl std::fmt::Debug for Witness {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the private key.
        f.debug_struct("Witness")
            .field("vkey", &self.vkey)
            .finish_non_exhaustive()
    }
}

/// A cosignature just made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cosigned {
    /// The signature line, `— <name> base64(key ID ‖ timestamp ‖ signature)\n`: the body of a
    /// tlog-witness `add-checkpoint` response.
    pub line: String,
    /// The checkpoint note with the line added (its other signatures kept; an earlier
    /// cosignature by this witness's key replaced).
    pub note: String,
    /// The cosignature's time, POSIX seconds.
    pub timestamp: u64,
}

/// The latest checkpoint of a log that a witness cosigned.
#[derive(Debug, Clone, PartialEq)]
pub struct WitnessedState {
    /// The log's origin.
    pub origin: String,
    /// Its size.
    pub size: u64,
    /// Its root hash.
    pub root: Hash,
    /// When it was cosigned, POSIX seconds.
    pub timestamp: u64,
    /// The cosigned note (the unit's signature and this witness's cosignature): store it.
    pub note: String,
}

/// A witness's verifier key, `name+hash+base64(0x04 ‖ public key)`.
#[derive(Debug, Clone)]
pub struct WitnessVerifier {
    name: String,
    key_id: u32,
    key: VerifyingKey,
    vkey: String,
}

/// The message an Ed25519 `cosignature/v1` signs: `cosignature/v1\ntime <t>\n` and the note
/// body (C2SP tlog-cosignature, "Ed25519 signed message").
fn cosigned_message(timestamp: u64, body: &[u8]) -> Vec<u8> {
    let mut msg = format!("cosignature/v1\ntime {timestamp}\n").into_bytes();
    msg.extend_from_slice(body);
    msg
}

fn cosignature_key_id(name: &str, key: &VerifyingKey) -> u32 {
    let mut public = vec![COSIGNATURE_V1];
    public.extend_from_slice(key.as_bytes());
    signed_note::key_id(name, &public)
}

/// `signed_note`'s signer for type 0x04, at a fixed time.
struct CosignatureSigner<'a> {
    witness: &'a Witness,
    timestamp: u64,
}

impl signed_note::Signer for CosignatureSigner<'_> {
    fn name(&self) -> &str {
        &self.witness.name
    }

    fn key_id(&self) -> u32 {
        self.witness.key_id
    }

    fn sign(&self, msg: &[u8]) -> Result<Vec<u8>, ed25519_dalek::SignatureError> {
        let signature = self
            .witness
            .signing
            .try_sign(&cosigned_message(self.timestamp, msg))?;
        let mut out = Vec::with_capacity(TIMESTAMP_LEN + SIGNATURE_LEN);
        out.extend_from_slice(&self.timestamp.to_be_bytes());
        out.extend_from_slice(&signature.to_bytes());
        Ok(out)
    }
}

/// `signed_note`'s verifier for type 0x04.
struct CosignatureVerifier {
    name: String,
    key_id: u32,
    key: VerifyingKey,
}

/// Splits `timestamp ‖ signature`.
fn split_timestamped(sig: &[u8]) -> Option<(u64, [u8; SIGNATURE_LEN])> {
    if sig.len() != TIMESTAMP_LEN + SIGNATURE_LEN {
        return None;
    }
    let (ts, signature) = sig.split_at(TIMESTAMP_LEN);
    let ts = u64::from_be_bytes(ts.try_into().ok()?);
    if ts > i64::MAX as u64 {
        return None;
    }
    Some((ts, signature.try_into().ok()?))
}

impl signed_note::Verifier for CosignatureVerifier {
    fn name(&self) -> &str {
        &self.name
    }

    fn key_id(&self) -> u32 {
        self.key_id
    }

    fn verify(&self, msg: &[u8], sig: &[u8]) -> bool {
        let Some((ts, signature)) = split_timestamped(sig) else {
            return false;
        };
        self.key
            .verify_strict(
                &cosigned_message(ts, msg),
                &ed25519_dalek::Signature::from_bytes(&signature),
            )
            .is_ok()
    }
}

impl Witness {
    /// A witness named `name` (a signed-note key name, best a schema-less URL) with the
    /// Ed25519 key of the 32-byte `seed` (the caller's randomness).
    pub fn from_seed(name: &str, seed: [u8; 32]) -> Result<Self, WitnessError> {
        if !signed_note::is_key_name_valid(name) {
            return Err(WitnessError::WitnessName);
        }
        let signing = SigningKey::from_bytes(&seed);
        let verifying = signing.verifying_key();
        let key_id = cosignature_key_id(name, &verifying);
        let mut public = vec![COSIGNATURE_V1];
        public.extend_from_slice(verifying.as_bytes());
        let vkey = format!("{name}+{key_id:08x}+{}", STANDARD.encode(public));
        Ok(Self {
            name: name.to_owned(),
            signing,
            key_id,
            vkey,
        })
    }

    /// The witness of the authority `authority_id`, named `khien-witness/<authority_id>`.
    pub fn for_authority(authority_id: &str, seed: [u8; 32]) -> Result<Self, WitnessError> {
        Self::from_seed(&format!("{NAME_PREFIX}{authority_id}"), seed)
    }

    /// A witness from its stored secret key, `PRIVATE+KEY+name+hash+base64(alg ‖ seed)`. The
    /// algorithm byte is 0x04; 0x01 (a plain signed-note Ed25519 key, as `golang.org/x/mod`
    /// generates) is taken as well, as `transparency-dev/formats` does: the key then cosigns
    /// under its 0x04 key ID.
    pub fn parse(skey: &str) -> Result<Self, WitnessError> {
        const BAD: WitnessError = WitnessError::WitnessKey("cần dạng PRIVATE+KEY+name+hash+base64");
        let rest = skey.trim().strip_prefix("PRIVATE+KEY+").ok_or(BAD)?;
        // Names hold no '+'; base64 may.
        let (name, rest) = rest.split_once('+').ok_or(BAD)?;
        let (hash, b64) = rest.split_once('+').ok_or(BAD)?;
        let id = u32::from_str_radix(hash, 16)
            .ok()
            .filter(|_| hash.len() == 8)
            .ok_or(BAD)?;
        let raw = STANDARD.decode(b64).map_err(|_| BAD)?;
        let (alg, seed) = raw.split_first().ok_or(BAD)?;
        let seed: [u8; 32] = seed.try_into().map_err(|_| BAD)?;
        if *alg != COSIGNATURE_V1 && *alg != 0x01 {
            return Err(WitnessError::WitnessKey(
                "thuật toán không phải Ed25519 (algorithm is not 0x04 or 0x01)",
            ));
        }
        let witness = Self::from_seed(name, seed)?;
        let mut public = vec![*alg];
        public.extend_from_slice(witness.signing.verifying_key().as_bytes());
        if signed_note::key_id(name, &public) != id {
            return Err(WitnessError::WitnessKey("mã khóa sai (key ID mismatch)"));
        }
        Ok(witness)
    }

    /// The stored form of the private key. Secret: store it, never print or log it.
    pub fn secret(&self) -> String {
        let mut private = vec![COSIGNATURE_V1];
        private.extend_from_slice(self.signing.as_bytes());
        format!(
            "PRIVATE+KEY+{}+{:08x}+{}",
            self.name,
            self.key_id,
            STANDARD.encode(private)
        )
    }

    /// The witness's name (the signature lines' key name).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The key ID, `SHA-256(name ‖ "\n" ‖ 0x04 ‖ public key)[:4]`.
    pub fn key_id(&self) -> u32 {
        self.key_id
    }

    /// The verifier key, `name+hash+base64(0x04 ‖ public key)`: publish it.
    pub fn verifier_key(&self) -> &str {
        &self.vkey
    }

    /// The verifier of this witness's cosignatures.
    pub fn verifier(&self) -> WitnessVerifier {
        WitnessVerifier {
            name: self.name.clone(),
            key_id: self.key_id,
            key: self.signing.verifying_key(),
            vkey: self.vkey.clone(),
        }
    }

    /// Checks the unit's `checkpoint_note` against the last state cosigned for its log
    /// (`previous`, `None` if none) and, if it holds, cosigns it at `now_unix_secs`.
    ///
    /// In order: the unit's verifier key parses and names the witnessed log; the note is a
    /// checkpoint of that log signed by that key (other signatures, such as other witnesses'
    /// cosignatures, are ignored); its size is not below the witnessed size; the proof is an
    /// RFC 6962 consistency proof from the witnessed tree to it (empty if nothing was
    /// witnessed, or if the sizes are equal, in which case the roots must be equal).
    pub fn observe(
        &self,
        previous: Option<&WitnessedState>,
        origin_verifier_key: &str,
        checkpoint_note: &str,
        consistency_proof: &[Hash],
        now_unix_secs: u64,
    ) -> Result<(Cosigned, WitnessedState), WitnessError> {
        let origin_key =
            LogVerifier::parse(origin_verifier_key).map_err(|_| WitnessError::OriginKey)?;
        if let Some(prev) = previous
            && prev.origin != origin_key.name()
        {
            return Err(WitnessError::WrongOrigin {
                expected: prev.origin.clone(),
                found: origin_key.name().to_owned(),
            });
        }
        let checkpoint = verify_unit_checkpoint(&origin_key, checkpoint_note)?;
        if now_unix_secs > i64::MAX as u64 {
            return Err(WitnessError::Time(now_unix_secs));
        }
        let (old_size, old_root) = previous.map_or((0, Hash::default()), |p| (p.size, p.root));
        check_consistency(
            old_size,
            old_root,
            checkpoint.size,
            checkpoint.root,
            consistency_proof,
        )?;

        let mut note =
            Note::from_bytes(checkpoint_note.as_bytes()).map_err(|_| WitnessError::Malformed)?;
        let signer = CosignatureSigner {
            witness: self,
            timestamp: now_unix_secs,
        };
        note.add_sigs(&[&signer]).map_err(|_| WitnessError::Sign)?;
        let cosigned = String::from_utf8(note.to_bytes()).map_err(|_| WitnessError::Sign)?;
        // `add_sigs` puts the new signature last.
        let line = cosigned
            .trim_end_matches('\n')
            .rsplit('\n')
            .next()
            .map(|l| format!("{l}\n"))
            .ok_or(WitnessError::Sign)?;
        let state = WitnessedState {
            origin: origin_key.name().to_owned(),
            size: checkpoint.size,
            root: checkpoint.root,
            timestamp: now_unix_secs,
            note: cosigned.clone(),
        };
        Ok((
            Cosigned {
                line,
                note: cosigned,
                timestamp: now_unix_secs,
            },
            state,
        ))
    }
}

fn verify_unit_checkpoint(
    key: &LogVerifier,
    note: &str,
) -> Result<crate::keys::Verified, WitnessError> {
    key.verify_checkpoint(note.as_bytes()).map_err(|e| match e {
        CheckpointError::Signature => WitnessError::BadSignature,
        CheckpointError::Origin(found) => WitnessError::WrongOrigin {
            expected: key.name().to_owned(),
            found,
        },
        _ => WitnessError::Malformed,
    })
}

/// The length of the RFC 6962 (§2.1.2) consistency proof between sizes `old` and `new`,
/// `0 < old ≤ new`.
fn consistency_proof_len(old: u64, new: u64) -> usize {
    let (mut lo, mut hi, mut len) = (0u64, new, 0usize);
    // Invariant: lo < old ≤ hi, so hi − lo ≥ 2 inside the loop.
    while old != hi {
        let k = 1u64 << (hi - lo - 1).ilog2();
        if old <= lo + k {
            hi = lo + k;
        } else {
            lo += k;
        }
        len += 1;
    }
    len + usize::from(lo != 0)
}

fn check_consistency(
    old: u64,
    old_root: Hash,
    new: u64,
    new_root: Hash,
    proof: &[Hash],
) -> Result<(), WitnessError> {
    if proof.len() > MAX_PROOF_HASHES {
        return Err(WitnessError::MalformedProof(format!(
            "{} mã băm, tối đa {MAX_PROOF_HASHES} (more than {MAX_PROOF_HASHES} hashes)",
            proof.len()
        )));
    }
    if new < old {
        return Err(WitnessError::Rollback {
            witnessed: old,
            offered: new,
        });
    }
    if old == new {
        if !proof.is_empty() {
            return Err(WitnessError::MalformedProof(
                "phải rỗng khi kích thước bằng nhau (must be empty for equal sizes)".to_owned(),
            ));
        }
        if old_root != new_root {
            return Err(WitnessError::Inconsistent {
                witnessed: old,
                offered: new,
            });
        }
        return Ok(());
    }
    if old == 0 {
        if !proof.is_empty() {
            return Err(WitnessError::MalformedProof(
                "phải rỗng khi chưa đồng ký gì (must be empty from size 0)".to_owned(),
            ));
        }
        return Ok(());
    }
    let expected = consistency_proof_len(old, new);
    if proof.len() != expected {
        return Err(WitnessError::MalformedProof(format!(
            "{} mã băm, cần {expected} từ {old} đến {new} ({} hashes, {expected} expected)",
            proof.len(),
            proof.len()
        )));
    }
    check_tree(&proof.to_vec(), new, new_root, old, old_root).map_err(|_| {
        WitnessError::Inconsistent {
            witnessed: old,
            offered: new,
        }
    })
}

impl WitnessVerifier {
    /// Parses a verifier key of type 0x04, `name+hash+base64(0x04 ‖ public key)`, checking
    /// its key ID. (A plain 0x01 key is refused: a witness publishes its 0x04 key.)
    pub fn parse(vkey: &str) -> Result<Self, WitnessError> {
        const BAD: WitnessError = WitnessError::WitnessKey("cần dạng name+hash+base64");
        let vkey = vkey.trim();
        let (name, rest) = vkey.split_once('+').ok_or(BAD)?;
        let (hash, b64) = rest.split_once('+').ok_or(BAD)?;
        if !signed_note::is_key_name_valid(name) || hash.len() != 8 {
            return Err(BAD);
        }
        let id = u32::from_str_radix(hash, 16).map_err(|_| BAD)?;
        let raw = STANDARD.decode(b64).map_err(|_| BAD)?;
        let (alg, public) = raw.split_first().ok_or(BAD)?;
        if *alg != COSIGNATURE_V1 {
            return Err(WitnessError::WitnessKey(
                "không phải khóa cosignature/v1 (signature type is not 0x04)",
            ));
        }
        let public: [u8; 32] = public.try_into().map_err(|_| BAD)?;
        let key = VerifyingKey::from_bytes(&public)
            .map_err(|_| WitnessError::WitnessKey("khóa Ed25519 hỏng (bad Ed25519 key)"))?;
        if signed_note::key_id(name, &raw) != id {
            return Err(WitnessError::WitnessKey("mã khóa sai (key ID mismatch)"));
        }
        Ok(Self {
            name: name.to_owned(),
            key_id: id,
            key,
            vkey: vkey.to_owned(),
        })
    }

    /// The witness's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The key ID.
    pub fn key_id(&self) -> u32 {
        self.key_id
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.vkey
    }

    /// Checks this witness's cosignature on a checkpoint note and returns its time (POSIX
    /// seconds). Other signatures are ignored: check the log's own with
    /// [`crate::keys::Verifier::verify_checkpoint`]. Whether a time in the future is refused is
    /// the caller's choice (this crate has no clock).
    pub fn verify(&self, checkpoint_note: &str) -> Result<u64, WitnessError> {
        let note =
            Note::from_bytes(checkpoint_note.as_bytes()).map_err(|_| WitnessError::Malformed)?;
        Checkpoint::from_bytes(note.text()).map_err(|_| WitnessError::Malformed)?;
        let list = VerifierList::new(vec![Box::new(CosignatureVerifier {
            name: self.name.clone(),
            key_id: self.key_id,
            key: self.key,
        })]);
        let (verified, _) = note.verify(&list).map_err(|e| match e {
            NoteError::UnverifiedNote => WitnessError::NoCosignature,
            _ => WitnessError::BadCosignature,
        })?;
        verified
            .iter()
            .filter(|s| s.name() == self.name && s.id() == self.key_id)
            .find_map(|s: &Signature| split_timestamped(s.signature()))
            .map(|(ts, _)| ts)
            .ok_or(WitnessError::NoCosignature)
    }
}

/// Checks the cosignature by the witness of `witness_verifier_key` on `checkpoint_note` and
/// returns its time (POSIX seconds). See [`WitnessVerifier::verify`].
pub fn verify_cosignature(
    witness_verifier_key: &str,
    checkpoint_note: &str,
) -> Result<u64, WitnessError> {
    WitnessVerifier::parse(witness_verifier_key)?.verify(checkpoint_note)
}

impl WitnessedState {
    /// The state a stored cosigned note stands for, both signatures checked (the unit's, by
    /// `origin_verifier_key`, and the witness's): a witness's store cannot be altered
    /// unnoticed.
    pub fn restore(
        origin_verifier_key: &str,
        witness: &WitnessVerifier,
        note: &str,
    ) -> Result<Self, WitnessError> {
        let origin_key =
            LogVerifier::parse(origin_verifier_key).map_err(|_| WitnessError::OriginKey)?;
        let checkpoint = verify_unit_checkpoint(&origin_key, note)?;
        let timestamp = witness.verify(note)?;
        Ok(Self {
            origin: origin_key.name().to_owned(),
            size: checkpoint.size,
            root: checkpoint.root,
            timestamp,
            note: note.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::LogKey;
    use crate::leaf_hash;
    use crate::prove::{ProveError, TileSet};
    use crate::tree::Edge;
    use ed25519_dalek::Verifier as _;
    use proptest::prelude::*;
    use sha2::{Digest as _, Sha256};

    const UNIT: &str = "khien.example.vn/don-vi-1";
    const T0: u64 = 1_767_225_600; // 2026-01-01T00:00:00Z

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn entries(n: u64) -> Vec<Vec<u8>> {
        (0..n).map(|i| format!("entry {i}").into_bytes()).collect()
    }

    /// A log of `entries` as the unit stores it: its tiles, and the root at every size.
    struct Log {
        tiles: TileSet,
        roots: Vec<Hash>,
    }

    impl Log {
        fn new(entries: &[Vec<u8>]) -> Self {
            let mut edge = Edge::new();
            let mut full = Vec::new();
            let mut roots = vec![edge.root()];
            for e in entries {
                edge.push(leaf_hash(e), &mut full);
                roots.push(edge.root());
            }
            let mut tiles = TileSet::new();
            for t in full.into_iter().chain(edge.partial_tiles()) {
                tiles.insert(t.level, t.n, t.data);
            }
            Self { tiles, roots }
        }

        fn size(&self) -> u64 {
            self.roots.len() as u64 - 1
        }

        fn root(&self, size: u64) -> Hash {
            self.roots[size as usize]
        }

        /// The unit's consistency proof from `old` to the whole log (as `prove.rs` makes it).
        fn proof_from(&self, old: u64) -> Result<Vec<Hash>, ProveError> {
            let size = self.size();
            if old == 0 || old == size {
                return Ok(Vec::new());
            }
            self.tiles
                .prove_consistency(size, self.root(size), old, self.root(old))
        }

        fn checkpoint(&self, key: &LogKey, size: u64) -> Result<String, crate::keys::KeyError> {
            key.sign_checkpoint(size, self.root(size))
        }
    }

    fn unit_key() -> Result<LogKey, crate::keys::KeyError> {
        LogKey::from_seed(UNIT, [11; 32])
    }

    fn witness() -> Result<Witness, WitnessError> {
        Witness::for_authority("a05-bo-cong-an", [42; 32])
    }

    #[test]
    fn a_growing_log_is_cosigned_and_a_rewritten_one_is_caught() -> TestResult {
        let unit = unit_key()?;
        let w = witness()?;
        let honest = Log::new(&entries(9));

        // First sight at size 5: nothing to be consistent with, the proof is empty.
        let cp5 = honest.checkpoint(&unit, 5)?;
        let (c5, s5) = w.observe(None, unit.verifier_key(), &cp5, &[], T0)?;
        assert_eq!(
            (s5.size, s5.root, s5.origin.as_str()),
            (5, honest.root(5), UNIT)
        );
        assert!(c5.note.starts_with(&cp5) && c5.note.ends_with(&c5.line));
        assert_eq!(verify_cosignature(w.verifier_key(), &c5.note), Ok(T0));

        // Size 9 with the unit's proof from 5: cosigned.
        let cp9 = honest.checkpoint(&unit, 9)?;
        let proof = honest.proof_from(5)?;
        let (c9, s9) = w.observe(Some(&s5), unit.verifier_key(), &cp9, &proof, T0 + 60)?;
        assert_eq!(
            (s9.size, s9.root, s9.timestamp),
            (9, honest.root(9), T0 + 60)
        );
        assert_eq!(verify_cosignature(w.verifier_key(), &c9.note), Ok(T0 + 60));
        // The same checkpoint again is cosigned again (equal size, equal root, no proof).
        assert!(
            w.observe(Some(&s9), unit.verifier_key(), &cp9, &[], T0 + 120)
                .is_ok()
        );

        // The unit rewrites entry 3 and re-signs with its own key: same size, other root.
        let mut changed = entries(9);
        changed[3] = b"entry 3, rewritten".to_vec();
        let forged = Log::new(&changed);
        let forged9 = forged.checkpoint(&unit, 9)?;
        assert!(
            crate::keys::Verifier::parse(unit.verifier_key())?
                .verify_checkpoint(forged9.as_bytes())
                .is_ok(),
            "the rewritten checkpoint is validly signed"
        );
        assert_eq!(
            w.observe(Some(&s9), unit.verifier_key(), &forged9, &[], T0 + 180),
            Err(WitnessError::Inconsistent {
                witnessed: 9,
                offered: 9
            })
        );
        // Against the state at 5, with the rewritten log's own proof from 5 to 9.
        let forged_proof = forged.proof_from(5)?;
        assert_eq!(
            w.observe(
                Some(&s5),
                unit.verifier_key(),
                &forged9,
                &forged_proof,
                T0 + 180
            ),
            Err(WitnessError::Inconsistent {
                witnessed: 5,
                offered: 9
            })
        );
        // Rewritten and grown to 12: still caught.
        let mut grown = changed.clone();
        grown.extend(entries(12).split_off(9));
        let forged = Log::new(&grown);
        let forged12 = forged.checkpoint(&unit, 12)?;
        assert_eq!(
            w.observe(
                Some(&s9),
                unit.verifier_key(),
                &forged12,
                &forged.proof_from(9)?,
                T0 + 240
            ),
            Err(WitnessError::Inconsistent {
                witnessed: 9,
                offered: 12
            })
        );

        // Rollback: back to 5 after 9 was cosigned.
        assert_eq!(
            w.observe(Some(&s9), unit.verifier_key(), &cp5, &[], T0 + 300),
            Err(WitnessError::Rollback {
                witnessed: 9,
                offered: 5
            })
        );
        Ok(())
    }

    #[test]
    fn bad_signatures_origins_and_proofs_are_named() -> TestResult {
        let unit = unit_key()?;
        let w = witness()?;
        let log = Log::new(&entries(9));
        let cp5 = log.checkpoint(&unit, 5)?;
        let cp9 = log.checkpoint(&unit, 9)?;
        let (_, s5) = w.observe(None, unit.verifier_key(), &cp5, &[], T0)?;
        let proof = log.proof_from(5)?;
        let obs = |prev, vkey: &str, note: &str, proof: &[Hash]| {
            w.observe(prev, vkey, note, proof, T0 + 1)
        };

        // Another key under the unit's name; an edited size.
        let impostor = LogKey::from_seed(UNIT, [12; 32])?;
        let forged = impostor.sign_checkpoint(9, log.root(9))?;
        assert_eq!(
            obs(Some(&s5), unit.verifier_key(), &forged, &proof),
            Err(WitnessError::BadSignature)
        );
        let edited = cp9.replacen("\n9\n", "\n10\n", 1);
        assert_eq!(
            obs(Some(&s5), unit.verifier_key(), &edited, &proof),
            Err(WitnessError::BadSignature)
        );
        assert_eq!(
            obs(None, unit.verifier_key(), "not a note", &[]),
            Err(WitnessError::Malformed)
        );
        assert_eq!(
            obs(None, "nonsense", &cp9, &[]),
            Err(WitnessError::OriginKey)
        );

        // Another unit's log, against this unit's state.
        let other = LogKey::from_seed("khien.example.vn/don-vi-2", [13; 32])?;
        let other9 = log.checkpoint(&other, 9)?;
        assert_eq!(
            obs(Some(&s5), other.verifier_key(), &other9, &proof),
            Err(WitnessError::WrongOrigin {
                expected: UNIT.to_owned(),
                found: "khien.example.vn/don-vi-2".to_owned()
            })
        );

        // Proofs of the wrong shape; a right-length proof that does not hold.
        let mut short = proof.clone();
        short.pop();
        assert!(matches!(
            obs(Some(&s5), unit.verifier_key(), &cp9, &short),
            Err(WitnessError::MalformedProof(_))
        ));
        assert!(matches!(
            obs(None, unit.verifier_key(), &cp9, &proof),
            Err(WitnessError::MalformedProof(_))
        ));
        assert!(matches!(
            obs(Some(&s5), unit.verifier_key(), &cp5, &proof),
            Err(WitnessError::MalformedProof(_))
        ));
        assert!(matches!(
            obs(Some(&s5), unit.verifier_key(), &cp9, &vec![log.root(1); 64]),
            Err(WitnessError::MalformedProof(_))
        ));
        let mut wrong = proof.clone();
        wrong[0].0[0] ^= 1;
        assert_eq!(
            obs(Some(&s5), unit.verifier_key(), &cp9, &wrong),
            Err(WitnessError::Inconsistent {
                witnessed: 5,
                offered: 9
            })
        );
        assert_eq!(
            w.observe(None, unit.verifier_key(), &cp9, &[], 1 << 63),
            Err(WitnessError::Time(1 << 63))
        );
        Ok(())
    }

    #[test]
    fn cosignatures_verify_and_a_flipped_byte_is_refused() -> TestResult {
        let unit = unit_key()?;
        let w = witness()?;
        let log = Log::new(&entries(3));
        let cp = log.checkpoint(&unit, 3)?;
        let (c, state) = w.observe(None, unit.verifier_key(), &cp, &[], T0)?;
        assert_eq!(verify_cosignature(w.verifier_key(), &c.note), Ok(T0));
        assert_eq!(w.verifier().verify(&c.note), Ok(T0));

        // Flip one byte of the cosignature (in its Ed25519 part, then in its timestamp).
        let (name, b64) = c
            .line
            .trim_end()
            .strip_prefix("— ")
            .and_then(|l| l.split_once(' '))
            .ok_or("line")?;
        assert_eq!(name, w.name());
        for at in [4 + 8 + 10, 4 + 7] {
            let mut raw = STANDARD.decode(b64)?;
            raw[at] ^= 0x01;
            let flipped = format!("{cp}— {name} {}\n", STANDARD.encode(&raw));
            assert_eq!(
                verify_cosignature(w.verifier_key(), &flipped),
                Err(WitnessError::BadCosignature),
                "byte {at}"
            );
        }
        // An edited body; the unit's note alone; another witness's key.
        let edited = c.note.replacen("\n3\n", "\n4\n", 1);
        assert_eq!(
            verify_cosignature(w.verifier_key(), &edited),
            Err(WitnessError::BadCosignature)
        );
        assert_eq!(
            verify_cosignature(w.verifier_key(), &cp),
            Err(WitnessError::NoCosignature)
        );
        let other = Witness::for_authority("a05-khac", [43; 32])?;
        assert_eq!(
            verify_cosignature(other.verifier_key(), &c.note),
            Err(WitnessError::NoCosignature)
        );
        // The unit's plain (0x01) key is no cosignature key.
        assert!(matches!(
            verify_cosignature(unit.verifier_key(), &c.note),
            Err(WitnessError::WitnessKey(_))
        ));

        // The stored state is restored from its note, both signatures checked.
        let restored = WitnessedState::restore(unit.verifier_key(), &w.verifier(), &state.note)?;
        assert_eq!(restored, state);
        assert!(
            WitnessedState::restore(unit.verifier_key(), &other.verifier(), &state.note).is_err()
        );
        Ok(())
    }

    #[test]
    fn the_bytes_are_those_of_c2sp_tlog_cosignature() -> TestResult {
        let w = Witness::from_seed("witness.example.vn/w1", [5; 32])?;
        let public = SigningKey::from_bytes(&[5; 32]).verifying_key();

        // Verifier key: name+hash+base64(0x04 ‖ key), hash = SHA-256(name ‖ \n ‖ 0x04 ‖ key)[:4].
        let mut material = vec![0x04];
        material.extend_from_slice(public.as_bytes());
        let digest = Sha256::digest([b"witness.example.vn/w1\n".as_slice(), &material].concat());
        let id = u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]);
        assert_eq!(
            w.verifier_key(),
            format!(
                "witness.example.vn/w1+{id:08x}+{}",
                STANDARD.encode(&material)
            )
        );
        assert_eq!(w.key_id(), id);

        // The line: base64(key ID ‖ u64 BE time ‖ Ed25519 over the cosigned message).
        let unit = unit_key()?;
        let log = Log::new(&entries(2));
        let cp = log.checkpoint(&unit, 2)?;
        let (c, _) = w.observe(None, unit.verifier_key(), &cp, &[], 1_679_315_147)?;
        let b64 = c
            .line
            .strip_prefix("— witness.example.vn/w1 ")
            .and_then(|l| l.strip_suffix('\n'))
            .ok_or("line")?;
        let raw = STANDARD.decode(b64)?;
        assert_eq!(raw.len(), 4 + 8 + 64);
        assert_eq!(raw[..4], id.to_be_bytes());
        assert_eq!(raw[4..12], 1_679_315_147u64.to_be_bytes());
        let body = cp
            .split_once("\n\n")
            .map(|(b, _)| format!("{b}\n"))
            .ok_or("body")?;
        let msg = format!("cosignature/v1\ntime 1679315147\n{body}");
        let sig = ed25519_dalek::Signature::from_slice(&raw[12..])?;
        public.verify(msg.as_bytes(), &sig)?;

        // The secret key round-trips; a Go-style 0x01 secret key is taken too.
        let again = Witness::parse(&w.secret())?;
        assert_eq!(again.verifier_key(), w.verifier_key());
        let mut plain = vec![0x01];
        plain.extend_from_slice(public.as_bytes());
        let mut seed = vec![0x01];
        seed.extend_from_slice(&[5; 32]);
        let go = format!(
            "PRIVATE+KEY+witness.example.vn/w1+{:08x}+{}",
            signed_note::key_id("witness.example.vn/w1", &plain),
            STANDARD.encode(seed)
        );
        assert_eq!(Witness::parse(&go)?.verifier_key(), w.verifier_key());
        assert!(Witness::parse(&go.replace("+KEY+witness", "+KEY+other")).is_err());
        assert!(format!("{w:?}").contains("vkey") && !format!("{w:?}").contains(&w.secret()));
        assert_eq!(
            Witness::for_authority("has space", [1; 32]).err(),
            Some(WitnessError::WitnessName)
        );
        assert_eq!(
            Witness::for_authority("a05", [1; 32])?.name(),
            "khien-witness/a05"
        );
        Ok(())
    }

    /// A checkpoint of Google's `arche2025h1.staging.ct.transparency.dev` log cosigned by the
    /// public witness `remora.n621.de` (and others), with that witness's published 0x04
    /// verifier key: the format is the one other implementations write.
    #[test]
    fn a_real_witness_cosignature_verifies() -> TestResult {
        const REMORA: &str = "remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2";
        const NOTE: &str = "arche2025h1.staging.ct.transparency.dev\n\
1432088532\n\
U7WM79jrzyhGZ5/GUBTpM7NzwdyfFx61t3RovgcC4Ro=\n\
\n\
— arche2025h1.staging.ct.transparency.dev zTM8sQAAAZ5W0WdjBAMARjBEAiBjW5IQf9pvsYLfQFX6hoGREPMHbdQ3urbllzalApkptQIgIpwtEroeW2BXaHAI4kJXFbon5Ch9MNL5zRNZ55lvGt0=\n\
— arche2025h1.staging.ct.transparency.dev ui8GwCF1+kWqZrxGdhj4aX3gcw7XUlXQQabg/27lefwhUkzbC3NygNI75MdhL1bfTW9g8Ei59RA23oHP7Ry1k3ZFWwQ=\n\
— transparency.dev/DEV:witness-little-garden 2AQqhwAAAABqEiEgzgFIqqhbUoDwjMWE6UP8nd8/KYTzwZ2rhIgcqoXHAwVkjZr4AscylP3v7sEodkRAErumC2q44vdgJY096st5BQ==\n\
— witness1.smartit.nu/witness1 pIyCDwAAAABqEiEghIp82KWebrw7/oHQwlTAm3g2RKS4+eebl8eO0WH+/iEcxZ75W3u5hNI7TOQtmJbqmNWVuE0tgh0XwzdZsDsUAQ==\n\
— remora.n621.de 2net5wAAAABqEiEgPlfF3V06o0Y+fHM+J5J9s27wgxxcOVSpZ/2g/KSiXCg9DEZI+aVCIobWX9sXTynk5XeU/zZ0WBxtqB0DrAWfBw==\n\
— witness.stagemole.eu Z/euoAAAAABqEiEgw0i+7g2ENfDAWHmtRzCfKTHSDwYDJA2NmKeGi9Y8FtEyOUvVr+AJmIY/2TUFucgKi7lI7cUiOvKFYe/TmN9DAg==\n";
        // The key ID in the key is the 0x04 derivation.
        assert_eq!(WitnessVerifier::parse(REMORA)?.key_id(), 0xda77_ade7);
        assert_eq!(verify_cosignature(REMORA, NOTE), Ok(0x6a12_2120));
        let clobbered = NOTE.replacen("\n1432088532\n", "\n42\n", 1);
        assert_eq!(
            verify_cosignature(REMORA, &clobbered),
            Err(WitnessError::BadCosignature)
        );
        // A plain Ed25519 (0x01) key from the same test suite is refused as a witness key.
        assert!(
            WitnessVerifier::parse("TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6")
                .is_err()
        );
        Ok(())
    }

    #[test]
    fn proof_lengths_are_those_of_rfc_6962() -> TestResult {
        // Against the proofs `tlog_tiles` makes from the tiles.
        let log = Log::new(&entries(600));
        for new in [2u64, 3, 7, 8, 9, 255, 256, 257, 511, 600] {
            for old in 1..new {
                let p = log
                    .tiles
                    .prove_consistency(new, log.root(new), old, log.root(old))?;
                assert_eq!(consistency_proof_len(old, new), p.len(), "{old} → {new}");
            }
        }
        assert_eq!(consistency_proof_len(5, 9), 5);
        assert_eq!(consistency_proof_len(4, 8), 1);
        assert_eq!(consistency_proof_len(1, 1 << 62), 62);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        #[test]
        fn any_extension_of_the_witnessed_prefix_is_cosigned(old in 1u64..300, more in 0u64..300) {
            let fail = |e: &dyn std::fmt::Display| TestCaseError::fail(e.to_string());
            let unit = unit_key().map_err(|e| fail(&e))?;
            let w = witness().map_err(|e| fail(&e))?;
            let log = Log::new(&entries(old + more));
            let first = log.checkpoint(&unit, old).map_err(|e| fail(&e))?;
            let (_, state) = w.observe(None, unit.verifier_key(), &first, &[], T0).map_err(|e| fail(&e))?;
            let last = log.checkpoint(&unit, old + more).map_err(|e| fail(&e))?;
            let proof = log.proof_from(old).map_err(|e| fail(&e))?;
            let (c, next) = w
                .observe(Some(&state), unit.verifier_key(), &last, &proof, T0 + 1)
                .map_err(|e| fail(&e))?;
            prop_assert_eq!(next.size, old + more);
            prop_assert_eq!(verify_cosignature(w.verifier_key(), &c.note), Ok(T0 + 1));
        }

        #[test]
        fn any_rewritten_witnessed_entry_is_caught(
            old in 1u64..300, more in 0u64..300, at in any::<prop::sample::Index>()
        ) {
            let fail = |e: &dyn std::fmt::Display| TestCaseError::fail(e.to_string());
            let unit = unit_key().map_err(|e| fail(&e))?;
            let w = witness().map_err(|e| fail(&e))?;
            let honest = Log::new(&entries(old));
            let first = honest.checkpoint(&unit, old).map_err(|e| fail(&e))?;
            let (_, state) = w.observe(None, unit.verifier_key(), &first, &[], T0).map_err(|e| fail(&e))?;
            let mut changed = entries(old + more);
            let i = at.index(old as usize);
            changed[i] = format!("entry {i}, rewritten").into_bytes();
            let forged = Log::new(&changed);
            let note = forged.checkpoint(&unit, old + more).map_err(|e| fail(&e))?;
            let proof = forged.proof_from(old).map_err(|e| fail(&e))?;
            prop_assert_eq!(
                w.observe(Some(&state), unit.verifier_key(), &note, &proof, T0 + 1),
                Err(WitnessError::Inconsistent { witnessed: old, offered: old + more })
            );
        }
    }
}
