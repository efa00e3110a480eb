//! Khiên's protection engine (Decree 165/2025 Art. 11, 13, 16.3(b), 17.7): what it takes to
//! keep an organisation's personal data fields encrypted, to decrypt them only for a decided
//! read, to destroy them beyond recovery, and to sign what the organisation attests.
//!
//! - [`envelope`]: AES-256-GCM under a random data key per data subject; the data key is kept
//!   only wrapped by a key-encryption key (envelope encryption).
//! - [`keystore`]: where key-encryption keys live, behind one interface ([`Keystore`]); the
//!   local keystore is a file outside the registry database, sealed by a passphrase
//!   (Argon2id), with rotation.
//! - [`pkcs11`]: the keystore in a PKCS#11 token (an HSM): key-encryption keys generated in
//!   the token and never extractable; data keys wrapped and unwrapped by the token
//!   (AES-256-GCM), with rotation.
//! - [`identity`]: the organisation's signing identity (an ECDSA P-256 key and X.509
//!   certificate, self-issued by default; or an RSA or ECDSA key with its certificate chain
//!   imported from a Vietnamese CA, PEM or PKCS#12).
//! - [`cms`]: CMS SignedData (RFC 5652) made with that identity, which `openssl cms -verify`
//!   checks.
//! - [`package`]: packages for third parties (CMS EnvelopedData around the organisation's
//!   SignedData), and opening them with the recipient's key.
//! - [`mask`]: the masked form of a field for callers who do not need the value.
//!
//! **Invariants.** Randomness and time are arguments (`&dyn Fill`, instants); keys and
//! plaintext are held in [`zeroize::Zeroizing`] buffers and wiped when dropped; no error
//! names a key, a passphrase or a plaintext value; `Debug` of a key prints its id only.

#![forbid(unsafe_code)]

pub mod cms;
pub mod envelope;
pub mod identity;
mod keys;
pub mod keystore;
pub mod mask;
mod p12;
pub mod package;
pub mod pkcs11;
#[cfg(test)]
mod testutil;

pub use envelope::{DataKey, Sealed};
pub use identity::SigningIdentity;
pub use keystore::{KekId, Keystore, LocalKeystore, Wrapped};
pub use pkcs11::Pkcs11Keystore;
pub use x509_cert;

/// A source of random bytes (the caller's: the application passes the OS generator, tests a
/// seeded one).
pub trait Fill {
    /// Fills `buf` with random bytes.
    fn fill(&self, buf: &mut [u8]);
}

/// Why a cryptographic operation failed. Never carries key material or plaintext.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CryptoError {
    /// A ciphertext or wrapped key did not authenticate: wrong key, wrong context, or edited.
    #[error("the data does not authenticate (wrong key or altered)")]
    Authentication,
    /// The passphrase does not open the keystore.
    #[error("the passphrase does not open the keystore")]
    Passphrase,
    /// The key-encryption key named is not in the keystore.
    #[error("the key-encryption key `{0}` is not in the keystore")]
    UnknownKek(String),
    /// A stored structure is malformed.
    #[error("malformed {0}")]
    Malformed(&'static str),
    /// Reading or writing the keystore file failed.
    #[error("keystore file: {0}")]
    Io(String),
    /// Making a certificate or a signature failed.
    #[error("signing: {0}")]
    Signing(String),
    /// The PKCS#11 module or token failed or refused (no such module or token, PIN locked,
    /// the token's own error). Names no PIN and no key material.
    #[error("PKCS#11: {0}")]
    Token(String),
    /// A private key could not be read (what was expected is named, never the key).
    #[error("private key: {0}")]
    Key(&'static str),
    /// The private key is not the one of the certificate's public key.
    #[error("the private key does not belong to the certificate")]
    KeyMismatch,
    /// The certificate's key usage does not allow signing (neither digitalSignature nor
    /// nonRepudiation).
    #[error(
        "the certificate's key usage allows neither digitalSignature nor nonRepudiation: it cannot sign"
    )]
    KeyUsage,
    /// The certificate has expired.
    #[error("the certificate expired on {not_after}")]
    CertificateExpired {
        /// When it expired (RFC 3339).
        not_after: String,
    },
    /// The certificate is not valid yet.
    #[error("the certificate is not valid before {not_before}")]
    CertificateNotYetValid {
        /// When it becomes valid (RFC 3339).
        not_before: String,
    },
    /// The password does not open the PKCS#12 file (or the file was altered).
    #[error("the password does not open the PKCS#12 file (wrong password, or the file is altered)")]
    Pkcs12Password,
    /// An algorithm or form this crate does not handle.
    #[error("unsupported: {0}")]
    Unsupported(&'static str),
    /// The certificate given is not among the package's recipients.
    #[error("the certificate is not a recipient of this package")]
    NotRecipient,
}
