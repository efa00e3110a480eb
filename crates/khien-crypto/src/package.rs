//! Packages for third parties (Decree 165/2025 Art. 16.3(b): data provided encrypted and
//! digitally signed, with non-repudiation): content signed by the organisation
//! ([`crate::cms::sign`]) and enveloped for the recipient's certificate as CMS EnvelopedData
//! (RFC 5652 §6) with AES-256-CBC, so that the recipient opens it with
//! `openssl cms -decrypt -inform DER -recip cert.pem -inkey key.pem` and checks the result
//! with `openssl cms -verify`.
//!
//! Recipients' certificates from Vietnamese CAs are mostly RSA: the content key is encrypted
//! to them with RSA PKCS#1 v1.5 (key transport; only a public-key operation). EC P-256
//! recipients get ECDH key agreement (RFC 5753: an ephemeral key, X9.63 KDF with SHA-256,
//! AES-256 key wrap).

use aes::cipher::{BlockEncryptMut as _, KeyIvInit as _, block_padding::Pkcs7};
use cms::cert::IssuerAndSerialNumber;
use cms::content_info::{CmsVersion, ContentInfo};
use cms::enveloped_data::{
    EncryptedContentInfo, EnvelopedData, KeyAgreeRecipientIdentifier, KeyAgreeRecipientInfo,
    KeyTransRecipientInfo, OriginatorIdentifierOrKey, OriginatorPublicKey, RecipientEncryptedKey,
    RecipientIdentifier, RecipientInfo, RecipientInfos,
};
use der::asn1::{BitString, ObjectIdentifier, OctetString, SetOfVec};
use der::{Any, Encode as _, Sequence};
use sha2::Digest as _;
use x509_cert::spki::AlgorithmIdentifierOwned;
use zeroize::Zeroizing;

use crate::{CryptoError, Fill};

/// id-envelopedData.
pub const ID_ENVELOPED_DATA: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.3");
const RSA_ENCRYPTION: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
const ID_EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const PRIME256V1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
const AES256_CBC: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.1.42");
const AES256_WRAP: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.1.45");
/// dhSinglePass-stdDH-sha256kdf-scheme (RFC 5753).
const ECDH_SHA256_KDF: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.132.1.11.1");

fn malformed(what: &'static str) -> impl Fn(der::Error) -> CryptoError {
    move |_| CryptoError::Malformed(what)
}

/// The generator as `rand_core` wants it (RSA padding).
struct Rng<'a>(&'a dyn Fill);

impl rsa::rand_core::RngCore for Rng<'_> {
    fn next_u32(&mut self) -> u32 {
        let mut b = [0u8; 4];
        self.0.fill(&mut b);
        u32::from_le_bytes(b)
    }
    fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.0.fill(&mut b);
        u64::from_le_bytes(b)
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        self.0.fill(dest);
    }
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rsa::rand_core::Error> {
        self.0.fill(dest);
        Ok(())
    }
}

impl rsa::rand_core::CryptoRng for Rng<'_> {}

/// ECC-CMS-SharedInfo (RFC 5753 §7.2).
#[derive(Sequence)]
struct SharedInfo {
    key_info: AlgorithmIdentifierOwned,
    #[asn1(context_specific = "2", tag_mode = "EXPLICIT")]
    supp_pub_info: OctetString,
}

/// What kind of key a recipient's certificate holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecipientKind {
    /// RSA (key transport).
    Rsa,
    /// EC P-256 (key agreement).
    EcP256,
}

/// The kind of a recipient's key, or why it cannot receive a package.
pub fn recipient_kind(cert: &x509_cert::Certificate) -> Result<RecipientKind, CryptoError> {
    let spki = &cert.tbs_certificate.subject_public_key_info;
    if spki.algorithm.oid == RSA_ENCRYPTION {
        return Ok(RecipientKind::Rsa);
    }
    if spki.algorithm.oid == ID_EC_PUBLIC_KEY {
        let curve = spki
            .algorithm
            .parameters
            .as_ref()
            .and_then(|p| p.decode_as::<ObjectIdentifier>().ok());
        if curve == Some(PRIME256V1) {
            return Ok(RecipientKind::EcP256);
        }
    }
    Err(CryptoError::Malformed(
        "recipient key (RSA or EC P-256 certificates only)",
    ))
}

/// `content` (a DER ContentInfo, typically the organisation's SignedData) enveloped for the
/// holder of `recipient`, as a DER ContentInfo of EnvelopedData.
pub fn envelope(
    recipient: &x509_cert::Certificate,
    content: &[u8],
    rng: &dyn Fill,
) -> Result<Vec<u8>, CryptoError> {
    let mut cek = Zeroizing::new([0u8; 32]);
    rng.fill(cek.as_mut());
    let mut iv = [0u8; 16];
    rng.fill(&mut iv);
    let encrypted = cbc::Encryptor::<aes::Aes256>::new(cek.as_ref().into(), &iv.into())
        .encrypt_padded_vec_mut::<Pkcs7>(content);
    let rid = IssuerAndSerialNumber {
        issuer: recipient.tbs_certificate.issuer.clone(),
        serial_number: recipient.tbs_certificate.serial_number.clone(),
    };
    let spki = &recipient.tbs_certificate.subject_public_key_info;
    let (info, version) = match recipient_kind(recipient)? {
        RecipientKind::Rsa => {
            use rsa::pkcs1::DecodeRsaPublicKey as _;
            let key = rsa::RsaPublicKey::from_pkcs1_der(spki.subject_public_key.raw_bytes())
                .map_err(|_| CryptoError::Malformed("recipient RSA key"))?;
            let enc = key
                .encrypt(&mut Rng(rng), rsa::Pkcs1v15Encrypt, cek.as_ref())
                .map_err(|_| CryptoError::Signing("RSA key transport failed".to_owned()))?;
            (
                RecipientInfo::Ktri(KeyTransRecipientInfo {
                    version: CmsVersion::V0,
                    rid: RecipientIdentifier::IssuerAndSerialNumber(rid),
                    key_enc_alg: AlgorithmIdentifierOwned {
                        oid: RSA_ENCRYPTION,
                        parameters: Some(Any::null()),
                    },
                    enc_key: OctetString::new(enc).map_err(malformed("key"))?,
                }),
                CmsVersion::V0,
            )
        }
        RecipientKind::EcP256 => {
            use ring::agreement::{
                ECDH_P256, EphemeralPrivateKey, UnparsedPublicKey, agree_ephemeral,
            };
            let wrap_alg = AlgorithmIdentifierOwned {
                oid: AES256_WRAP,
                parameters: None,
            };
            let shared = SharedInfo {
                key_info: wrap_alg.clone(),
                supp_pub_info: OctetString::new(256u32.to_be_bytes().to_vec())
                    .map_err(malformed("shared info"))?,
            }
            .to_der()
            .map_err(malformed("shared info"))?;
            let sys = ring::rand::SystemRandom::new();
            let eph = EphemeralPrivateKey::generate(&ECDH_P256, &sys)
                .map_err(|_| CryptoError::Signing("ECDH key generation failed".to_owned()))?;
            let eph_pub = eph
                .compute_public_key()
                .map_err(|_| CryptoError::Signing("ECDH public key".to_owned()))?;
            let peer = UnparsedPublicKey::new(&ECDH_P256, spki.subject_public_key.raw_bytes());
            // X9.63 KDF with SHA-256: one block gives the 256-bit wrapping key.
            let kek: Zeroizing<[u8; 32]> = agree_ephemeral(eph, &peer, |z| {
                let mut h = sha2::Sha256::new();
                h.update(z);
                h.update(1u32.to_be_bytes());
                h.update(&shared);
                Zeroizing::new(<[u8; 32]>::from(h.finalize()))
            })
            .map_err(|_| CryptoError::Malformed("recipient EC key"))?;
            let wrapped = aes_kw::KekAes256::from(*kek)
                .wrap_vec(cek.as_ref())
                .map_err(|_| CryptoError::Signing("AES key wrap failed".to_owned()))?;
            (
                RecipientInfo::Kari(KeyAgreeRecipientInfo {
                    version: CmsVersion::V3,
                    originator: OriginatorIdentifierOrKey::OriginatorKey(OriginatorPublicKey {
                        algorithm: AlgorithmIdentifierOwned {
                            oid: ID_EC_PUBLIC_KEY,
                            parameters: None,
                        },
                        public_key: BitString::from_bytes(eph_pub.as_ref())
                            .map_err(malformed("key"))?,
                    }),
                    ukm: None,
                    key_enc_alg: AlgorithmIdentifierOwned {
                        oid: ECDH_SHA256_KDF,
                        parameters: Some(Any::encode_from(&wrap_alg).map_err(malformed("alg"))?),
                    },
                    recipient_enc_keys: vec![RecipientEncryptedKey {
                        rid: KeyAgreeRecipientIdentifier::IssuerAndSerialNumber(rid),
                        enc_key: OctetString::new(wrapped).map_err(malformed("key"))?,
                    }],
                }),
                CmsVersion::V2,
            )
        }
    };
    let mut infos = SetOfVec::new();
    infos.insert(info).map_err(malformed("recipients"))?;
    let ed = EnvelopedData {
        version,
        originator_info: None,
        recip_infos: RecipientInfos(infos),
        encrypted_content: EncryptedContentInfo {
            content_type: crate::cms::ID_DATA,
            content_enc_alg: AlgorithmIdentifierOwned {
                oid: AES256_CBC,
                parameters: Some(
                    Any::encode_from(&OctetString::new(iv.to_vec()).map_err(malformed("iv"))?)
                        .map_err(malformed("iv"))?,
                ),
            },
            encrypted_content: Some(OctetString::new(encrypted).map_err(malformed("content"))?),
        },
        unprotected_attrs: None,
    };
    ContentInfo {
        content_type: ID_ENVELOPED_DATA,
        content: Any::encode_from(&ed).map_err(malformed("enveloped data"))?,
    }
    .to_der()
    .map_err(malformed("content info"))
}

/// The SHA-256 digest of a package, hex (what the processing log records).
pub fn digest(package: &[u8]) -> String {
    crate::identity::hex(&sha2::Sha256::digest(package))
}
