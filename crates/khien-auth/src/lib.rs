//! Credentials: password hashing with Argon2id and the secrets behind sessions and API tokens.
//!
//! Nothing here reads the clock or draws randomness: salts and secret bytes are arguments, so
//! the shell decides where randomness comes from and tests are deterministic. Nothing here
//! logs, and no error carries a password or a secret.
//!
//! Session and API token secrets are 32 random bytes, shown once to their owner as
//! `khien_s_…` (session) or `khien_t_…` (API token) and stored only as their SHA-256 digest.
//! A fast digest is right for them (unlike passwords) because they carry 256 bits of entropy.

#![forbid(unsafe_code)]

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// Shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longest password accepted (bounds the hashing work an attacker can ask for).
pub const MAX_PASSWORD_CHARS: usize = 1024;

/// Why a credential operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    /// The password is shorter or longer than allowed.
    #[error(
        "the password must have between {MIN_PASSWORD_CHARS} and {MAX_PASSWORD_CHARS} characters"
    )]
    PasswordLength,
    /// The stored hash could not be read or the hasher failed.
    #[error("password hashing failed")]
    Hashing,
}

/// A password in memory. `Debug` never prints it.
pub struct Password(String);

impl Password {
    /// Wraps a password given by a person, checking its length.
    pub fn new(plain: String) -> Result<Self, AuthError> {
        let n = plain.chars().count();
        if !(MIN_PASSWORD_CHARS..=MAX_PASSWORD_CHARS).contains(&n) {
            return Err(AuthError::PasswordLength);
        }
        Ok(Self(plain))
    }

    /// Wraps a password for verification only (no length rule: a wrong length simply fails).
    pub fn for_verification(plain: String) -> Self {
        Self(plain)
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

/// Hashes a password with Argon2id (RustCrypto defaults: m = 19 MiB, t = 2, p = 1, as OWASP
/// recommends) and a caller-supplied 16-byte salt. Returns a PHC string.
pub fn hash_password(password: &Password, salt: [u8; 16]) -> Result<String, AuthError> {
    let salt = SaltString::encode_b64(&salt).map_err(|_| AuthError::Hashing)?;
    Argon2::default()
        .hash_password(password.0.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| AuthError::Hashing)
}

/// Checks a password against a PHC string. `Ok(false)` for a wrong password.
pub fn verify_password(password: &Password, phc: &str) -> Result<bool, AuthError> {
    if password.0.chars().count() > MAX_PASSWORD_CHARS {
        return Ok(false);
    }
    let parsed = PasswordHash::new(phc).map_err(|_| AuthError::Hashing)?;
    Ok(Argon2::default()
        .verify_password(password.0.as_bytes(), &parsed)
        .is_ok())
}

/// A PHC hash of a password nobody knows, used to spend the same time on a login for an
/// unknown account as on one for a known account (so timing does not reveal which e-mail
/// addresses have accounts).
pub const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Gb0EzGOhcTRVdrhR1NYdfNL8V8vrn5dSOl9Fv7WAd5o";

/// Which kind of bearer secret a string is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    /// A login session of a person.
    Session,
    /// An API token of a system.
    ApiToken,
    /// An invitation to join an organisation (accepted once, never a bearer credential).
    Invitation,
}

impl SecretKind {
    fn prefix(self) -> &'static str {
        match self {
            Self::Session => "khien_s_",
            Self::ApiToken => "khien_t_",
            Self::Invitation => "khien_i_",
        }
    }
}

/// A freshly made bearer secret: the text shown once to its owner and the digest to store.
pub struct NewSecret {
    /// The secret as the owner will present it. Show it once; never log it.
    pub plain: String,
    /// Its digest, the only form that is stored.
    pub digest: String,
}

impl std::fmt::Debug for NewSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewSecret")
            .field("digest", &self.digest)
            .finish_non_exhaustive()
    }
}

/// Makes a secret of the given kind from 32 random bytes supplied by the caller.
pub fn new_secret(kind: SecretKind, random: [u8; 32]) -> NewSecret {
    let plain = format!("{}{}", kind.prefix(), URL_SAFE_NO_PAD.encode(random));
    let digest = digest_secret(&plain);
    NewSecret { plain, digest }
}

/// Recognises a presented secret: its kind and its digest, or `None` if it is not shaped like
/// one of ours (wrong prefix, wrong length, wrong alphabet).
pub fn recognise_secret(presented: &str) -> Option<(SecretKind, String)> {
    for kind in [
        SecretKind::Session,
        SecretKind::ApiToken,
        SecretKind::Invitation,
    ] {
        if let Some(rest) = presented.strip_prefix(kind.prefix()) {
            let well_formed = rest.len() == 43
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            return well_formed.then(|| (kind, digest_secret(presented)));
        }
    }
    None
}

/// Hex SHA-256 of a secret's text.
fn digest_secret(plain: &str) -> String {
    let d = Sha256::digest(plain.as_bytes());
    let mut out = String::with_capacity(64);
    for b in d {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    out
}

const HEX: [u8; 16] = *b"0123456789abcdef";

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn passwords_hash_and_verify() {
        let p = Password::new("mật khẩu rất dài".to_owned()).unwrap();
        let h = hash_password(&p, [3; 16]).unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password(&p, &h).unwrap());
        let wrong = Password::for_verification("mật khẩu khác hẳn".to_owned());
        assert!(!verify_password(&wrong, &h).unwrap());
        assert!(verify_password(&p, "not a phc string").is_err());
    }

    #[test]
    fn dummy_hash_is_a_valid_argon2id_hash() {
        let p = Password::for_verification("anything at all".to_owned());
        assert!(!verify_password(&p, DUMMY_HASH).unwrap());
    }

    #[test]
    fn password_length_rule() {
        assert!(Password::new("short".to_owned()).is_err());
        assert!(Password::new("x".repeat(MAX_PASSWORD_CHARS + 1)).is_err());
        assert!(Password::new("ơ".repeat(MIN_PASSWORD_CHARS)).is_ok());
    }

    #[test]
    fn debug_never_shows_secrets() {
        let p = Password::new("hunter2hunter2".to_owned()).unwrap();
        assert!(!format!("{p:?}").contains("hunter2"));
        let s = new_secret(SecretKind::ApiToken, [9; 32]);
        assert!(!format!("{s:?}").contains(&s.plain));
    }

    #[test]
    fn secrets_are_recognised_by_kind() {
        let s = new_secret(SecretKind::Session, [1; 32]);
        assert_eq!(
            recognise_secret(&s.plain),
            Some((SecretKind::Session, s.digest.clone()))
        );
        let t = new_secret(SecretKind::ApiToken, [1; 32]);
        assert_eq!(
            recognise_secret(&t.plain).map(|x| x.0),
            Some(SecretKind::ApiToken)
        );
        assert_ne!(s.digest, t.digest);
        assert_eq!(recognise_secret("khien_s_short"), None);
        assert_eq!(recognise_secret("Bearer x"), None);
    }

    proptest! {
        #[test]
        fn every_new_secret_is_recognised(bytes in proptest::array::uniform32(any::<u8>())) {
            let s = new_secret(SecretKind::ApiToken, bytes);
            prop_assert_eq!(recognise_secret(&s.plain), Some((SecretKind::ApiToken, s.digest)));
        }

        #[test]
        fn recognise_never_panics(s in "\\PC{0,80}") {
            let _ = recognise_secret(&s);
        }
    }
}
