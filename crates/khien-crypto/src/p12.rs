//! Reading PKCS#12 files (RFC 7292) as Vietnamese CAs deliver them, often exported from
//! Windows: the password-integrity MAC is checked first, then the password-encrypted
//! contents are decrypted: PBES2 (RFC 8018: PBKDF2 with an HMAC-SHA family PRF and AES-CBC or
//! DES-EDE3-CBC), or the legacy PKCS#12 PBE schemes with SHA-1 (3-key and 2-key triple DES,
//! 128- and 40-bit RC2). Decryption only; decrypted bytes live in [`Zeroizing`] buffers and
//! no error names the password.

use aes::cipher::{BlockDecryptMut as _, InnerIvInit as _, KeyIvInit as _, block_padding::Pkcs7};
use cms::content_info::ContentInfo;
use der::asn1::{ObjectIdentifier, OctetString};
use der::{Any, Decode as _, Encode as _, Sequence};
use hmac::Mac as _;
use pkcs12::kdf::{Pkcs12KeyType, derive_key_utf8};
use x509_cert::spki::AlgorithmIdentifierOwned;
use zeroize::Zeroizing;

use crate::CryptoError;

const ID_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.1");
const ID_ENCRYPTED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.6");
const PBES2: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.13");
const SHA1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.14.3.2.26");
const SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");
const SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.2");
const SHA512: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.3");
const X509_CERTIFICATE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.22.1");

/// Iteration counts above this are refused (OpenSSL and Windows use 2 048 to 10 000; a
/// file with billions would hang the import).
const MAX_ITERATIONS: u32 = 10_000_000;
/// How deep safeContentsBags may nest.
const MAX_DEPTH: usize = 4;

/// What a PKCS#12 file holds that an identity needs.
pub(crate) struct Contents {
    /// The private keys, PKCS#8 DER (decrypted).
    pub(crate) keys: Vec<Zeroizing<Vec<u8>>>,
    /// The certificates, DER.
    pub(crate) certs: Vec<Vec<u8>>,
}

/// SafeBag (RFC 7292 §4.2); the attributes (friendlyName, localKeyId) are not needed.
#[derive(Sequence)]
struct SafeBag {
    bag_id: ObjectIdentifier,
    #[asn1(context_specific = "0", tag_mode = "EXPLICIT")]
    bag_value: Any,
    #[asn1(optional = "true")]
    _attributes: Option<Any>,
}

/// EncryptedPrivateKeyInfo (RFC 5208 §6).
#[derive(Sequence)]
struct EncryptedPrivateKeyInfo {
    algorithm: AlgorithmIdentifierOwned,
    data: OctetString,
}

/// pkcs-12PbeParams (RFC 7292 Appendix C).
#[derive(Sequence)]
struct PbeParams {
    salt: OctetString,
    iterations: u32,
}

/// CertBag (RFC 7292 §4.2.3).
#[derive(Sequence)]
struct CertBag {
    cert_id: ObjectIdentifier,
    #[asn1(context_specific = "0", tag_mode = "EXPLICIT")]
    cert_value: OctetString,
}

fn malformed(what: &'static str) -> impl Fn(der::Error) -> CryptoError {
    move |_| CryptoError::Malformed(what)
}

/// The keys and certificates of a PKCS#12 file (DER) opened with `password`.
pub(crate) fn decode(der: &[u8], password: &str) -> Result<Contents, CryptoError> {
    let pfx = pkcs12::pfx::Pfx::from_der(der).map_err(malformed("PKCS#12 file"))?;
    if pfx.auth_safe.content_type != ID_DATA {
        return Err(CryptoError::Unsupported(
            "PKCS#12 public-key integrity mode (password integrity only)",
        ));
    }
    let auth_safe = pfx
        .auth_safe
        .content
        .decode_as::<OctetString>()
        .map_err(malformed("PKCS#12 authenticated safe"))?;
    if let Some(mac) = &pfx.mac_data {
        check_mac(mac, auth_safe.as_bytes(), password)?;
    }
    let infos: Vec<ContentInfo> =
        Vec::from_der(auth_safe.as_bytes()).map_err(malformed("PKCS#12 authenticated safe"))?;
    let mut out = Contents {
        keys: Vec::new(),
        certs: Vec::new(),
    };
    for info in infos {
        if info.content_type == ID_DATA {
            let data = info
                .content
                .decode_as::<OctetString>()
                .map_err(malformed("PKCS#12 safe contents"))?;
            safe_contents(data.as_bytes(), password, &mut out, 0)?;
        } else if info.content_type == ID_ENCRYPTED_DATA {
            let ed = info
                .content
                .decode_as::<cms::encrypted_data::EncryptedData>()
                .map_err(malformed("PKCS#12 encrypted data"))?;
            let ciphertext = ed
                .enc_content_info
                .encrypted_content
                .as_ref()
                .ok_or(CryptoError::Malformed("PKCS#12 encrypted data"))?;
            let plain = decrypt(
                &ed.enc_content_info.content_enc_alg,
                ciphertext.as_bytes(),
                password,
            )?;
            safe_contents(&plain, password, &mut out, 0)?;
        } else {
            return Err(CryptoError::Unsupported(
                "PKCS#12 public-key privacy mode (password privacy only)",
            ));
        }
    }
    Ok(out)
}

/// Checks the password-integrity MAC (RFC 7292 §5, Appendix B key derivation).
fn check_mac(
    mac: &pkcs12::mac_data::MacData,
    data: &[u8],
    password: &str,
) -> Result<(), CryptoError> {
    let oid = mac.mac.algorithm.oid;
    let salt = mac.mac_salt.as_bytes();
    let rounds = iterations(mac.iterations)?;
    let expected = mac.mac.digest.as_bytes();
    // The MAC key: the PKCS#12 KDF with the MAC's digest, as long as its output.
    macro_rules! mac_matches {
        ($d:ty) => {{
            let key = Zeroizing::new(
                derive_key_utf8::<$d>(
                    password,
                    salt,
                    Pkcs12KeyType::Mac,
                    rounds,
                    <$d as sha2::Digest>::output_size(),
                )
                .map_err(|_| password_chars())?,
            );
            let mut mac = hmac::Hmac::<$d>::new_from_slice(&key)
                .map_err(|_| CryptoError::Malformed("PKCS#12 MAC"))?;
            mac.update(data);
            mac.verify_slice(expected).is_ok()
        }};
    }
    let ok = if oid == SHA1 {
        mac_matches!(sha1::Sha1)
    } else if oid == SHA256 {
        mac_matches!(sha2::Sha256)
    } else if oid == SHA384 {
        mac_matches!(sha2::Sha384)
    } else if oid == SHA512 {
        mac_matches!(sha2::Sha512)
    } else {
        return Err(CryptoError::Unsupported(
            "PKCS#12 MAC algorithm (HMAC with SHA-1, SHA-256, SHA-384 or SHA-512 only; not PBMAC1)",
        ));
    };
    if ok {
        Ok(())
    } else {
        Err(CryptoError::Pkcs12Password)
    }
}

fn password_chars() -> CryptoError {
    CryptoError::Unsupported("password characters outside the Basic Multilingual Plane")
}

fn iterations(n: impl TryInto<u32>) -> Result<i32, CryptoError> {
    let n: u32 = n
        .try_into()
        .map_err(|_| CryptoError::Malformed("PKCS#12 iteration count"))?;
    if n == 0 || n > MAX_ITERATIONS {
        return Err(CryptoError::Unsupported(
            "PKCS#12 iteration count (1 to 10 000 000)",
        ));
    }
    i32::try_from(n).map_err(|_| CryptoError::Malformed("PKCS#12 iteration count"))
}

/// The bags of a SafeContents: keys and certificates collected into `out`.
fn safe_contents(
    der: &[u8],
    password: &str,
    out: &mut Contents,
    depth: usize,
) -> Result<(), CryptoError> {
    if depth > MAX_DEPTH {
        return Err(CryptoError::Malformed("PKCS#12 nested too deep"));
    }
    let bags: Vec<SafeBag> = Vec::from_der(der).map_err(malformed("PKCS#12 safe contents"))?;
    for bag in bags {
        match bag.bag_id {
            pkcs12::PKCS_12_KEY_BAG_OID => {
                let key = bag
                    .bag_value
                    .to_der()
                    .map_err(malformed("PKCS#12 key bag"))?;
                out.keys.push(Zeroizing::new(key));
            }
            pkcs12::PKCS_12_PKCS8_KEY_BAG_OID => {
                let epki: EncryptedPrivateKeyInfo = bag
                    .bag_value
                    .decode_as()
                    .map_err(malformed("PKCS#12 shrouded key bag"))?;
                let key = decrypt(&epki.algorithm, epki.data.as_bytes(), password)?;
                out.keys.push(key);
            }
            pkcs12::PKCS_12_CERT_BAG_OID => {
                let cert: CertBag = bag
                    .bag_value
                    .decode_as()
                    .map_err(malformed("PKCS#12 certificate bag"))?;
                if cert.cert_id == X509_CERTIFICATE {
                    out.certs.push(cert.cert_value.into_bytes());
                }
            }
            pkcs12::PKCS_12_SAFE_CONTENTS_BAG_OID => {
                let inner = bag
                    .bag_value
                    .to_der()
                    .map_err(malformed("PKCS#12 safe contents bag"))?;
                safe_contents(&inner, password, out, depth + 1)?;
            }
            // CRLs, secrets: not needed.
            _ => {}
        }
    }
    Ok(())
}

/// Decrypts password-encrypted bytes. A failure after the MAC matched means the contents
/// were encrypted under another password: reported as a wrong password all the same.
fn decrypt(
    alg: &AlgorithmIdentifierOwned,
    ciphertext: &[u8],
    password: &str,
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let mut buf = Zeroizing::new(ciphertext.to_vec());
    if alg.oid == PBES2 {
        let alg_der = alg
            .to_der()
            .map_err(malformed("PKCS#12 PBES2 parameters"))?;
        let scheme = pkcs5::EncryptionScheme::try_from(alg_der.as_slice())
            .map_err(|_| CryptoError::Unsupported("PKCS#12 PBES2 parameters"))?;
        let Some(params) = scheme.pbes2() else {
            return Err(CryptoError::Unsupported("PKCS#12 PBES1 scheme"));
        };
        match &params.kdf {
            pkcs5::pbes2::Kdf::Pbkdf2(p) => {
                iterations(p.iteration_count)?;
            }
            _ => return Err(CryptoError::Unsupported("PKCS#12 PBES2 KDF (PBKDF2 only)")),
        }
        let len = params
            .decrypt_in_place(password.as_bytes(), &mut buf)
            .map_err(|e| match e {
                pkcs5::Error::DecryptFailed => CryptoError::Pkcs12Password,
                _ => CryptoError::Unsupported("PKCS#12 PBES2 cipher or PRF"),
            })?
            .len();
        buf.truncate(len);
        return Ok(buf);
    }
    let params: PbeParams = alg
        .parameters
        .as_ref()
        .ok_or(CryptoError::Malformed("PKCS#12 PBE parameters"))?
        .decode_as()
        .map_err(malformed("PKCS#12 PBE parameters"))?;
    let rounds = iterations(params.iterations)?;
    let salt = params.salt.as_bytes();
    let derive = |kind: Pkcs12KeyType, len: usize| {
        derive_key_utf8::<sha1::Sha1>(password, salt, kind, rounds, len)
            .map(Zeroizing::new)
            .map_err(|_| password_chars())
    };
    let iv = derive(Pkcs12KeyType::Iv, 8)?;
    let bad = |_| CryptoError::Pkcs12Password;
    let len = match alg.oid {
        pkcs12::PKCS_12_PBE_WITH_SHAAND3_KEY_TRIPLE_DES_CBC => {
            let key = derive(Pkcs12KeyType::EncryptionKey, 24)?;
            cbc::Decryptor::<des::TdesEde3>::new_from_slices(&key, &iv)
                .map_err(|_| CryptoError::Malformed("PKCS#12 3DES key"))?
                .decrypt_padded_mut::<Pkcs7>(&mut buf)
                .map_err(bad)?
                .len()
        }
        pkcs12::PKCS_12_PBE_WITH_SHAAND2_KEY_TRIPLE_DES_CBC => {
            let key = derive(Pkcs12KeyType::EncryptionKey, 16)?;
            cbc::Decryptor::<des::TdesEde2>::new_from_slices(&key, &iv)
                .map_err(|_| CryptoError::Malformed("PKCS#12 2-key 3DES key"))?
                .decrypt_padded_mut::<Pkcs7>(&mut buf)
                .map_err(bad)?
                .len()
        }
        pkcs12::PKCS_12_PBE_WITH_SHAAND128_BIT_RC2_CBC
        | pkcs12::PKCS_12_PBEWITH_SHAAND40_BIT_RC2_CBC => {
            let bits = if alg.oid == pkcs12::PKCS_12_PBE_WITH_SHAAND128_BIT_RC2_CBC {
                128
            } else {
                40
            };
            let key = derive(Pkcs12KeyType::EncryptionKey, bits / 8)?;
            let cipher = rc2::Rc2::new_with_eff_key_len(&key, bits);
            cbc::Decryptor::<rc2::Rc2>::inner_iv_slice_init(cipher, &iv)
                .map_err(|_| CryptoError::Malformed("PKCS#12 RC2 IV"))?
                .decrypt_padded_mut::<Pkcs7>(&mut buf)
                .map_err(bad)?
                .len()
        }
        _ => {
            return Err(CryptoError::Unsupported(
                "PKCS#12 encryption (PBES2, triple DES or RC2 only)",
            ));
        }
    };
    buf.truncate(len);
    Ok(buf)
}
