//! Envelope encryption of one data subject's fields (Decree 165/2025 Art. 11.1: personal data
//! kept encrypted at rest): a random 256-bit data key per data subject, AES-256-GCM with a
//! random 96-bit nonce per message, and associated data that binds the ciphertext to where
//! it belongs (organisation, token, collection, subject), so that a ciphertext copied to
//! another row does not open. The data key itself is stored only wrapped by a key-encryption
//! key ([`crate::keystore`]); destroying the wrapped key destroys the data (crypto-shredding).
//!
//! Sealed format: `0x01 || nonce (12) || ciphertext || tag (16)`.

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use zeroize::Zeroizing;

use crate::{CryptoError, Fill};

const VERSION: u8 = 1;
const TAG_LEN: usize = 16;

/// A data key: 32 bytes, wiped when dropped; its `Debug` prints nothing of it.
pub struct DataKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

impl DataKey {
    /// A fresh random key.
    pub fn generate(rng: &dyn Fill) -> Self {
        let mut k = Zeroizing::new([0u8; 32]);
        rng.fill(k.as_mut());
        Self(k)
    }

    /// A key from its bytes (as unwrapped from a keystore).
    pub fn from_bytes(bytes: Zeroizing<[u8; 32]>) -> Self {
        Self(bytes)
    }

    /// The key's bytes, for wrapping.
    pub fn expose(&self) -> &[u8; 32] {
        &self.0
    }

    fn aead(&self) -> Result<LessSafeKey, CryptoError> {
        UnboundKey::new(&AES_256_GCM, self.0.as_ref())
            .map(LessSafeKey::new)
            .map_err(|_| CryptoError::Malformed("key"))
    }
}

/// What [`seal`] makes: the sealed bytes.
pub type Sealed = Vec<u8>;

/// Encrypts `plaintext` under `key`, bound to `aad`.
pub fn seal(
    key: &DataKey,
    rng: &dyn Fill,
    aad: &[u8],
    plaintext: &[u8],
) -> Result<Sealed, CryptoError> {
    let mut nonce = [0u8; NONCE_LEN];
    rng.fill(&mut nonce);
    let mut out = Vec::with_capacity(1 + NONCE_LEN + plaintext.len() + TAG_LEN);
    out.push(VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(plaintext);
    let mut body = out.split_off(1 + NONCE_LEN);
    key.aead()?
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut body,
        )
        .map_err(|_| CryptoError::Authentication)?;
    out.extend_from_slice(&body);
    // The copy of the plaintext in `body` was encrypted in place; nothing is left to wipe.
    Ok(out)
}

/// Decrypts what [`seal`] made with the same `key` and `aad`; the plaintext is wiped when
/// the returned buffer is dropped.
pub fn open(key: &DataKey, aad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    if sealed.len() < 1 + NONCE_LEN + TAG_LEN || sealed[0] != VERSION {
        return Err(CryptoError::Malformed("sealed data"));
    }
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&sealed[1..=NONCE_LEN]);
    let mut buf = Zeroizing::new(sealed[1 + NONCE_LEN..].to_vec());
    let n = key
        .aead()?
        .open_in_place(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut buf,
        )
        .map_err(|_| CryptoError::Authentication)?
        .len();
    buf.truncate(n);
    Ok(buf)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::sync::atomic::{AtomicU64, Ordering};

    /// A deterministic generator for tests (never for keys outside tests).
    pub(crate) struct Counter(pub AtomicU64);

    impl Fill for Counter {
        fn fill(&self, buf: &mut [u8]) {
            for chunk in buf.chunks_mut(8) {
                let n = self
                    .0
                    .fetch_add(1, Ordering::Relaxed)
                    .wrapping_mul(0x9E37_79B9_7F4A_7C15);
                let b = n.to_le_bytes();
                chunk.copy_from_slice(&b[..chunk.len()]);
            }
        }
    }

    proptest! {
        #[test]
        fn open_of_seal_is_the_plaintext(
            seed in any::<u64>(),
            aad in proptest::collection::vec(any::<u8>(), 0..64),
            plain in proptest::collection::vec(any::<u8>(), 0..2048),
        ) {
            let rng = Counter(AtomicU64::new(seed));
            let key = DataKey::generate(&rng);
            let sealed = seal(&key, &rng, &aad, &plain).unwrap();
            let opened = open(&key, &aad, &sealed).unwrap();
            prop_assert_eq!(opened.as_slice(), plain.as_slice());
            // The plaintext does not appear in what is stored (for anything long enough to
            // tell).
            if plain.len() >= 8 {
                prop_assert!(!sealed.windows(plain.len()).any(|w| w == plain.as_slice()));
            }
        }

        #[test]
        fn any_change_to_key_context_or_data_is_refused(
            seed in any::<u64>(),
            plain in proptest::collection::vec(any::<u8>(), 1..256),
            at in any::<prop::sample::Index>(),
        ) {
            let rng = Counter(AtomicU64::new(seed));
            let key = DataKey::generate(&rng);
            let other = DataKey::generate(&rng);
            let sealed = seal(&key, &rng, b"org|token|c|s", &plain).unwrap();
            prop_assert!(open(&other, b"org|token|c|s", &sealed).is_err());
            prop_assert!(open(&key, b"org|token2|c|s", &sealed).is_err());
            let mut edited = sealed.clone();
            let i = at.index(edited.len());
            edited[i] ^= 0x01;
            prop_assert!(open(&key, b"org|token|c|s", &edited).is_err());
        }
    }

    #[test]
    fn a_key_does_not_print() {
        let key = DataKey::from_bytes(Zeroizing::new([0x41; 32]));
        assert_eq!(format!("{key:?}"), "DataKey(..)");
    }
}
