//! The log's keys: the Ed25519 key that signs checkpoints (C2SP signed-note, algorithm 0x01),
//! and the HMAC key that turns a data subject's identifier into a pseudonym.
//!
//! A checkpoint is the C2SP tlog-checkpoint text (origin, size, base64 root hash) signed as
//! a signed note whose key name is the origin.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac as _};
use sha2::Sha256;
use signed_note::{Note, Signer as _, StandardSigner, StandardVerifier, VerifierList};
use tlog_tiles::{Checkpoint, Hash};

/// Why a key or a checkpoint was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// The origin is not a valid key name (no spaces, no `+`).
    #[error("tên nhật ký không hợp lệ (invalid log origin): không được chứa khoảng trắng hoặc '+'")]
    Origin,
    /// The stored signer key does not parse.
    #[error("khóa ký không hợp lệ (malformed signer key)")]
    Signer,
    /// The verifier key does not parse.
    #[error("khóa xác minh không hợp lệ (malformed verifier key): cần dạng name+hash+base64")]
    Verifier,
    /// Signing failed.
    #[error("không ký được điểm kiểm tra (signing failed)")]
    Sign,
}

/// The checkpoint signer.
pub struct LogKey {
    signer: StandardSigner,
    skey: String,
    vkey: String,
}

impl std::fmt::Debug for LogKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the private key.
        f.debug_struct("LogKey")
            .field("vkey", &self.vkey)
            .finish_non_exhaustive()
    }
}

impl LogKey {
    /// A key for `origin` from a 32-byte Ed25519 seed (the caller's randomness).
    pub fn from_seed(origin: &str, seed: [u8; 32]) -> Result<Self, KeyError> {
        if !signed_note::is_key_name_valid(origin) {
            return Err(KeyError::Origin);
        }
        let signing = ed25519_dalek::SigningKey::from_bytes(&seed);
        let vkey = signed_note::new_ed25519_verifier_key(origin, &signing.verifying_key());
        let mut pubkey = vec![1u8];
        pubkey.extend_from_slice(signing.verifying_key().as_bytes());
        let mut private = vec![1u8];
        private.extend_from_slice(&seed);
        let skey = format!(
            "PRIVATE+KEY+{origin}+{:08x}+{}",
            signed_note::key_id(origin, &pubkey),
            STANDARD.encode(private)
        );
        Self::parse(&skey)
            .map(|k| Self { vkey, ..k })
            .map_err(|_| KeyError::Signer)
    }

    /// A key from its stored form (`PRIVATE+KEY+name+hash+base64`).
    pub fn parse(skey: &str) -> Result<Self, KeyError> {
        let signer = StandardSigner::new(skey).map_err(|_| KeyError::Signer)?;
        // The verifier key is derived from the signer key's public half.
        // PRIVATE+KEY+<name>+<hash>+<base64>: names hold no '+', base64 may.
        let rest = skey.strip_prefix("PRIVATE+KEY+").ok_or(KeyError::Signer)?;
        let (_name, rest) = rest.split_once('+').ok_or(KeyError::Signer)?;
        let (_hash, b64) = rest.split_once('+').ok_or(KeyError::Signer)?;
        let raw = STANDARD.decode(b64).map_err(|_| KeyError::Signer)?;
        let seed: [u8; 32] = raw
            .get(1..33)
            .and_then(|s| s.try_into().ok())
            .ok_or(KeyError::Signer)?;
        let signing = ed25519_dalek::SigningKey::from_bytes(&seed);
        let vkey = signed_note::new_ed25519_verifier_key(signer.name(), &signing.verifying_key());
        Ok(Self {
            signer,
            skey: skey.to_owned(),
            vkey,
        })
    }

    /// The origin (the key's name, the checkpoint's first line).
    pub fn origin(&self) -> &str {
        self.signer.name()
    }

    /// The stored form of the private key. Secret: store it, never print or log it.
    pub fn secret(&self) -> &str {
        &self.skey
    }

    /// The verifier key, `name+hash+base64`.
    pub fn verifier_key(&self) -> &str {
        &self.vkey
    }

    /// The signed checkpoint of a tree of `size` leaves with root `root`.
    pub fn sign_checkpoint(&self, size: u64, root: Hash) -> Result<String, KeyError> {
        let cp = Checkpoint::new(self.origin(), size, root, "").map_err(|_| KeyError::Origin)?;
        let mut note = Note::new(&cp.to_bytes(), &[]).map_err(|_| KeyError::Sign)?;
        note.add_sigs(&[&self.signer]).map_err(|_| KeyError::Sign)?;
        String::from_utf8(note.to_bytes()).map_err(|_| KeyError::Sign)
    }
}

/// A verified checkpoint.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verified {
    /// Tree size.
    pub size: u64,
    /// Root hash.
    pub root: Hash,
}

/// Why a checkpoint did not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CheckpointError {
    /// Not a signed note, or no valid signature by the key.
    #[error("chữ ký điểm kiểm tra không hợp lệ (checkpoint signature invalid or missing)")]
    Signature,
    /// The note's text is not a checkpoint.
    #[error("điểm kiểm tra sai định dạng (malformed checkpoint)")]
    Malformed,
    /// The checkpoint is for another log.
    #[error("điểm kiểm tra của nhật ký khác (checkpoint origin `{0}` is not the key's)")]
    Origin(String),
}

/// A parsed verifier key.
#[derive(Debug, Clone)]
pub struct Verifier {
    vkey: String,
    name: String,
}

impl Verifier {
    /// Parses `name+hash+base64`.
    pub fn parse(vkey: &str) -> Result<Self, KeyError> {
        let vkey = vkey.trim();
        let inner = StandardVerifier::new(vkey).map_err(|_| KeyError::Verifier)?;
        let name = signed_note::Verifier::name(&inner).to_owned();
        Ok(Self {
            vkey: vkey.to_owned(),
            name,
        })
    }

    /// The key's name (the log's origin).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.vkey
    }

    /// Checks a signed checkpoint and returns its size and root.
    pub fn verify_checkpoint(&self, note: &[u8]) -> Result<Verified, CheckpointError> {
        let parsed = Note::from_bytes(note).map_err(|_| CheckpointError::Malformed)?;
        let verifier = StandardVerifier::new(&self.vkey).map_err(|_| CheckpointError::Signature)?;
        let list = VerifierList::new(vec![Box::new(verifier)]);
        parsed
            .verify(&list)
            .map_err(|_| CheckpointError::Signature)?;
        let cp = Checkpoint::from_bytes(parsed.text()).map_err(|_| CheckpointError::Malformed)?;
        if cp.origin() != self.name {
            return Err(CheckpointError::Origin(cp.origin().to_owned()));
        }
        Ok(Verified {
            size: cp.size(),
            root: *cp.hash(),
        })
    }
}

/// The key of the data-subject pseudonyms: HMAC-SHA256 over the normalised identifier.
pub struct PseudonymKey([u8; 32]);

impl std::fmt::Debug for PseudonymKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PseudonymKey(…)")
    }
}

impl PseudonymKey {
    /// From 32 secret bytes.
    pub fn new(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// The organisation's own pseudonym key, derived from this one (HMAC of the organisation's
    /// id): the same person gets unrelated pseudonyms in two organisations, so entries cannot
    /// be linked across organisations by their pseudonyms.
    pub fn for_org(&self, org: &uuid::Uuid) -> Self {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.0) else {
            return Self(self.0);
        };
        mac.update(b"khien/org-pseudonym-key/v1\n");
        mac.update(org.as_bytes());
        Self(mac.finalize().into_bytes().into())
    }

    /// The pseudonym of an identifier: `ps1:` and the base64url HMAC of the identifier with
    /// whitespace removed and letters lower-cased, so `079 123 456 789` and `079123456789`,
    /// or two spellings of one e-mail address, give one pseudonym.
    pub fn pseudonym(&self, identifier: &str) -> String {
        let normal: String = identifier
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.0) else {
            // HMAC accepts keys of any length; this branch cannot be taken.
            return String::new();
        };
        mac.update(b"khien/subject/v1\n");
        mac.update(normal.as_bytes());
        let tag = mac.finalize().into_bytes();
        format!(
            "ps1:{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(tag)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checkpoint_signed_by_the_key_verifies_and_nothing_else_does() -> Result<(), KeyError> {
        let key = LogKey::from_seed("khien.example.vn/log", [7u8; 32])?;
        let again = LogKey::parse(key.secret())?;
        assert_eq!(again.verifier_key(), key.verifier_key());
        // Every seed round-trips (base64 with '+' and '/' included).
        for b in 0..=255u8 {
            let k = LogKey::from_seed("n", [b; 32])?;
            assert_eq!(LogKey::parse(k.secret())?.verifier_key(), k.verifier_key());
        }
        assert!(key.verifier_key().starts_with("khien.example.vn/log+"));
        let root = crate::leaf_hash(b"x");
        let note = key.sign_checkpoint(1, root)?;
        assert!(note.starts_with("khien.example.vn/log\n1\n"), "{note}");
        let v = Verifier::parse(key.verifier_key())?;
        assert_eq!(
            v.verify_checkpoint(note.as_bytes()),
            Ok(Verified { size: 1, root })
        );
        // Another key with the same name.
        let other = LogKey::from_seed("khien.example.vn/log", [8u8; 32])?;
        let v2 = Verifier::parse(other.verifier_key())?;
        assert!(v2.verify_checkpoint(note.as_bytes()).is_err());
        // An edited size.
        let edited = note.replacen("\n1\n", "\n2\n", 1);
        assert!(v.verify_checkpoint(edited.as_bytes()).is_err());
        assert!(LogKey::from_seed("has space", [1; 32]).is_err());
        assert!(Verifier::parse("nonsense").is_err());
        Ok(())
    }

    #[test]
    fn pseudonyms_are_keyed_and_normalised() {
        let k = PseudonymKey::new([1; 32]);
        assert_eq!(k.pseudonym("079 123 456 789"), k.pseudonym("079123456789"));
        assert_eq!(k.pseudonym("An@Example.VN"), k.pseudonym("an@example.vn"));
        assert_ne!(k.pseudonym("079123456789"), k.pseudonym("079123456780"));
        assert_ne!(
            k.pseudonym("079123456789"),
            PseudonymKey::new([2; 32]).pseudonym("079123456789")
        );
        let p = k.pseudonym("079123456789");
        assert!(p.starts_with("ps1:") && !p.contains("079123456789"));
    }

    #[test]
    fn organisations_get_unlinkable_pseudonyms() {
        let k = PseudonymKey::new([1; 32]);
        let a = uuid::Uuid::from_bytes([1; 16]);
        let b = uuid::Uuid::from_bytes([2; 16]);
        let (pa, pb) = (k.for_org(&a), k.for_org(&b));
        assert_eq!(
            pa.pseudonym("079123456789"),
            k.for_org(&a).pseudonym("079 123 456 789")
        );
        assert_ne!(pa.pseudonym("079123456789"), pb.pseudonym("079123456789"));
        assert_ne!(pa.pseudonym("079123456789"), k.pseudonym("079123456789"));
    }
}
