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
//!
//! [`open`] and [`open_signed`] do the recipient's side (for `khien package open|verify`):
//! they open packages made by [`envelope`] and by `openssl cms -encrypt`.

use aes::cipher::{
    BlockDecryptMut as _, BlockEncryptMut as _, KeyIvInit as _, block_padding::Pkcs7,
};
use cms::cert::IssuerAndSerialNumber;
use cms::content_info::{CmsVersion, ContentInfo};
use cms::enveloped_data::{
    EncryptedContentInfo, EnvelopedData, KeyAgreeRecipientIdentifier, KeyAgreeRecipientInfo,
    KeyTransRecipientInfo, OriginatorIdentifierOrKey, OriginatorPublicKey, RecipientEncryptedKey,
    RecipientIdentifier, RecipientInfo, RecipientInfos,
};
use der::asn1::{BitString, ObjectIdentifier, OctetString, SetOfVec};
use der::{Any, Decode as _, Encode as _, Sequence};
use sha2::Digest as _;
use x509_cert::spki::AlgorithmIdentifierOwned;
use zeroize::Zeroizing;

use crate::keys::{self, ID_EC_PUBLIC_KEY, PRIME256V1, RSA_ENCRYPTION};
use crate::{CryptoError, Fill};

/// id-envelopedData.
pub const ID_ENVELOPED_DATA: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.3");
const AES128_CBC: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.1.2");
const AES192_CBC: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.1.22");
const AES256_CBC: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.1.42");
const AES128_WRAP: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.1.5");
const AES192_WRAP: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.1.25");
const AES256_WRAP: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.1.45");
/// id-ce-subjectKeyIdentifier.
const ID_CE_SUBJECT_KEY_IDENTIFIER: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.14");
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
    #[asn1(context_specific = "0", tag_mode = "EXPLICIT", optional = "true")]
    entity_u_info: Option<OctetString>,
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
                entity_u_info: None,
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

/// What an opened and verified package holds.
pub struct Opened {
    /// The signed content (for Khiên's packages, the JSON document `khien/package/v1`).
    pub content: Zeroizing<Vec<u8>>,
    /// The signer's certificate, as the SignedData includes it.
    pub signer: x509_cert::Certificate,
}

impl std::fmt::Debug for Opened {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Opened")
            .field("signer", &self.signer.tbs_certificate.subject.to_string())
            .field("content_len", &self.content.len())
            .finish_non_exhaustive()
    }
}

/// Opens a package and checks the organisation's signature inside (Decree 165/2025 Art.
/// 16.3(b)): [`open`], then [`crate::cms::verify`] of what it holds. With `signer`, the
/// SignedData must be signed by exactly that certificate (the organisation's, obtained
/// from it by another channel); without it only the integrity under the certificate the
/// package carries is proved, and the caller must judge [`Opened::signer`].
///
/// This is the check that matters: the content encryption (AES-CBC, as `openssl cms`
/// makes it) has no integrity of its own, so an altered package may decrypt to garbage;
/// the signature is what refuses it.
///
/// Khiên's packages also name the certificate they were made for
/// (`recipient_certificate_sha256` in the content): a caller that shows the content should
/// compare it with the recipient's certificate, so that a package re-enveloped by another
/// recipient is recognised.
pub fn open_signed(
    package: &[u8],
    recipient_cert: &x509_cert::Certificate,
    recipient_key: &[u8],
    signer: Option<&x509_cert::Certificate>,
    rng: &dyn Fill,
) -> Result<Opened, CryptoError> {
    let signed = open(package, recipient_cert, recipient_key, rng)?;
    let verified = crate::cms::verify(&signed, signer)?;
    Ok(Opened {
        content: Zeroizing::new(verified.content),
        signer: verified.signer,
    })
}

/// Opens a package (CMS EnvelopedData, DER or PEM `PKCS7`/`CMS`) for the holder of
/// `recipient_cert`, whose private key is `recipient_key` (PKCS#8, PKCS#1 or SEC1; DER or
/// PEM), and returns what it holds (for Khiên's packages, the organisation's SignedData: see
/// [`open_signed`]). Opens what [`envelope`] makes and what `openssl cms -encrypt -aes256
/// -recip cert.pem` makes (AES-128/192/256-CBC content; RSA PKCS#1 v1.5 key transport; EC
/// P-256 ephemeral-static ECDH with the X9.63 KDF over SHA-1 or SHA-2 and AES key wrap).
/// Recipients are found by issuer and serial number, or by subject key identifier (RSA
/// only: the `cms` crate does not decode an EC recipient named by key identifier, as
/// `openssl cms -encrypt -keyid` makes it).
///
/// **The recipient's key, not Khiên's.** This is a convenience of the `khien` command line
/// for the recipient; the recommended way to open a package is
/// `openssl cms -decrypt -inform DER -recip cert.pem -inkey key.pem`. For an RSA recipient
/// the key is decrypted here with PKCS#1 v1.5 from the pure-Rust `rsa` crate, without
/// implicit rejection and not constant time (blinded with `rng`, which does not make it
/// so): use it on the recipient's own machine, never as a service answering for others.
/// Khiên's own keys are never RSA decryption keys.
///
/// Errors: [`CryptoError::KeyMismatch`] when the key is not the certificate's,
/// [`CryptoError::NotRecipient`] when the package is not for that certificate,
/// [`CryptoError::Authentication`] when the content key or the content does not decrypt.
/// No error carries key material. An altered package may still "open" to garbage (CBC has
/// no integrity): [`open_signed`] refuses it.
pub fn open(
    package: &[u8],
    recipient_cert: &x509_cert::Certificate,
    recipient_key: &[u8],
    rng: &dyn Fill,
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let der = package_der(package)?;
    let ci = ContentInfo::from_der(&der).map_err(malformed("content info"))?;
    if ci.content_type != ID_ENVELOPED_DATA {
        return Err(CryptoError::Malformed("not an EnvelopedData"));
    }
    let ed: EnvelopedData = ci
        .content
        .decode_as()
        .map_err(malformed("enveloped data"))?;
    let kind = recipient_kind(recipient_cert)?;
    let (alg, key) = keys::pkcs8(recipient_key)?;
    let cek = match (kind, alg) {
        (RecipientKind::Rsa, keys::Alg::Rsa) => {
            let key = rsa_key(&key, recipient_cert)?;
            let ktri = ed
                .recip_infos
                .0
                .iter()
                .find_map(|ri| match ri {
                    RecipientInfo::Ktri(k) if rid_matches(&k.rid, recipient_cert) => Some(k),
                    _ => None,
                })
                .ok_or(CryptoError::NotRecipient)?;
            if ktri.key_enc_alg.oid != RSA_ENCRYPTION {
                return Err(CryptoError::Unsupported(
                    "key transport (RSA PKCS#1 v1.5 only, not RSA-OAEP)",
                ));
            }
            Zeroizing::new(
                key.decrypt_blinded(&mut Rng(rng), rsa::Pkcs1v15Encrypt, ktri.enc_key.as_bytes())
                    .map_err(|_| CryptoError::Authentication)?,
            )
        }
        (RecipientKind::EcP256, keys::Alg::EcP256) => {
            let key = ec_key(&key, recipient_cert)?;
            let (kari, rek) = ed
                .recip_infos
                .0
                .iter()
                .find_map(|ri| match ri {
                    RecipientInfo::Kari(k) => k
                        .recipient_enc_keys
                        .iter()
                        .find(|r| kari_rid_matches(&r.rid, recipient_cert))
                        .map(|r| (k, r)),
                    _ => None,
                })
                .ok_or(CryptoError::NotRecipient)?;
            ecdh_cek(&key, kari, rek.enc_key.as_bytes())?
        }
        _ => return Err(CryptoError::KeyMismatch),
    };
    decrypt_content(&ed.encrypted_content, &cek)
}

/// The DER of a package given as DER or as PEM (`PKCS7` or `CMS`).
fn package_der(package: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, CryptoError> {
    if !keys::is_pem(package) {
        return Ok(std::borrow::Cow::Borrowed(package));
    }
    keys::pem_blocks(package)
        .into_iter()
        .find(|b| b.label == "PKCS7" || b.label == "CMS")
        .and_then(|b| b.der)
        .map(|d| std::borrow::Cow::Owned(d.to_vec()))
        .ok_or(CryptoError::Malformed(
            "package (no PKCS7 or CMS block in the PEM)",
        ))
}

/// The certificate's subjectKeyIdentifier, when it has one.
fn subject_key_id(cert: &x509_cert::Certificate) -> Option<Vec<u8>> {
    use x509_cert::ext::pkix::SubjectKeyIdentifier;
    cert.tbs_certificate
        .extensions
        .iter()
        .flatten()
        .find(|e| e.extn_id == ID_CE_SUBJECT_KEY_IDENTIFIER)
        .and_then(|e| SubjectKeyIdentifier::from_der(e.extn_value.as_bytes()).ok())
        .map(|s| s.0.into_bytes())
}

fn issuer_serial_matches(ias: &IssuerAndSerialNumber, cert: &x509_cert::Certificate) -> bool {
    ias.issuer == cert.tbs_certificate.issuer
        && ias.serial_number == cert.tbs_certificate.serial_number
}

fn rid_matches(rid: &RecipientIdentifier, cert: &x509_cert::Certificate) -> bool {
    match rid {
        RecipientIdentifier::IssuerAndSerialNumber(ias) => issuer_serial_matches(ias, cert),
        RecipientIdentifier::SubjectKeyIdentifier(ski) => {
            subject_key_id(cert).is_some_and(|k| k == ski.0.as_bytes())
        }
    }
}

fn kari_rid_matches(rid: &KeyAgreeRecipientIdentifier, cert: &x509_cert::Certificate) -> bool {
    match rid {
        KeyAgreeRecipientIdentifier::IssuerAndSerialNumber(ias) => issuer_serial_matches(ias, cert),
        KeyAgreeRecipientIdentifier::RKeyId(r) => {
            subject_key_id(cert).is_some_and(|k| k == r.subject_key_identifier.0.as_bytes())
        }
    }
}

/// The recipient's RSA key, checked against its certificate.
fn rsa_key(pkcs8: &[u8], cert: &x509_cert::Certificate) -> Result<rsa::RsaPrivateKey, CryptoError> {
    use rsa::pkcs1::DecodeRsaPublicKey as _;
    use rsa::pkcs8::DecodePrivateKey as _;
    let key = rsa::RsaPrivateKey::from_pkcs8_der(pkcs8)
        .map_err(|_| CryptoError::Key("not an RSA private key"))?;
    let public = rsa::RsaPublicKey::from_pkcs1_der(
        cert.tbs_certificate
            .subject_public_key_info
            .subject_public_key
            .raw_bytes(),
    )
    .map_err(|_| CryptoError::Malformed("recipient RSA key"))?;
    if key.to_public_key() != public {
        return Err(CryptoError::KeyMismatch);
    }
    Ok(key)
}

/// The recipient's EC P-256 key, checked against its certificate.
fn ec_key(pkcs8: &[u8], cert: &x509_cert::Certificate) -> Result<p256::SecretKey, CryptoError> {
    use p256::pkcs8::DecodePrivateKey as _;
    let key = p256::SecretKey::from_pkcs8_der(pkcs8)
        .map_err(|_| CryptoError::Key("not an EC P-256 private key"))?;
    let public = p256::PublicKey::from_sec1_bytes(
        cert.tbs_certificate
            .subject_public_key_info
            .subject_public_key
            .raw_bytes(),
    )
    .map_err(|_| CryptoError::Malformed("recipient EC key"))?;
    if key.public_key() != public {
        return Err(CryptoError::KeyMismatch);
    }
    Ok(key)
}

/// The X9.63 KDF (SEC 1 §3.6.1) with digest `D`: `len` bytes from the shared secret `z` and
/// the ECC-CMS-SharedInfo.
fn x963_kdf<D: sha2::Digest>(z: &[u8], shared_info: &[u8], len: usize) -> Zeroizing<Vec<u8>> {
    let mut out = Zeroizing::new(Vec::with_capacity(len + 64));
    let mut counter = 1u32;
    while out.len() < len {
        let mut h = D::new();
        h.update(z);
        h.update(counter.to_be_bytes());
        h.update(shared_info);
        out.extend_from_slice(&h.finalize());
        counter = counter.saturating_add(1);
    }
    out.truncate(len);
    out
}

/// The content-encryption key of a KeyAgreeRecipientInfo (RFC 5753 §3.1.2): ECDH between
/// the recipient's static key and the originator's ephemeral key, the X9.63 KDF, AES key
/// unwrap.
fn ecdh_cek(
    key: &p256::SecretKey,
    kari: &KeyAgreeRecipientInfo,
    wrapped: &[u8],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let OriginatorIdentifierOrKey::OriginatorKey(originator) = &kari.originator else {
        return Err(CryptoError::Unsupported(
            "key agreement with a static originator key (ephemeral-static ECDH only)",
        ));
    };
    if originator.algorithm.oid != ID_EC_PUBLIC_KEY {
        return Err(CryptoError::Malformed("originator key"));
    }
    let ephemeral = p256::PublicKey::from_sec1_bytes(originator.public_key.raw_bytes())
        .map_err(|_| CryptoError::Malformed("originator key"))?;
    let wrap_alg: AlgorithmIdentifierOwned = kari
        .key_enc_alg
        .parameters
        .as_ref()
        .ok_or(CryptoError::Malformed("key wrap algorithm"))?
        .decode_as()
        .map_err(malformed("key wrap algorithm"))?;
    let kek_len: usize = match wrap_alg.oid {
        AES128_WRAP => 16,
        AES192_WRAP => 24,
        AES256_WRAP => 32,
        _ => return Err(CryptoError::Unsupported("key wrap (AES key wrap only)")),
    };
    let bits = u32::try_from(kek_len * 8).map_err(|_| CryptoError::Malformed("key length"))?;
    let shared_info = SharedInfo {
        key_info: wrap_alg,
        entity_u_info: kari.ukm.clone(),
        supp_pub_info: OctetString::new(bits.to_be_bytes().to_vec())
            .map_err(malformed("shared info"))?,
    }
    .to_der()
    .map_err(malformed("shared info"))?;
    let z = p256::ecdh::diffie_hellman(key.to_nonzero_scalar(), ephemeral.as_affine());
    let z = z.raw_secret_bytes().as_slice();
    // dhSinglePass-stdDH-* (SEC 1, RFC 5753) and, P-256's cofactor being 1, the same
    // computation for dhSinglePass-cofactorDH-*.
    let kek = match kari.key_enc_alg.oid.to_string().as_str() {
        "1.3.133.16.840.63.0.2" | "1.3.133.16.840.63.0.3" => {
            x963_kdf::<sha1::Sha1>(z, &shared_info, kek_len)
        }
        "1.3.132.1.11.0" | "1.3.132.1.14.0" => x963_kdf::<sha2::Sha224>(z, &shared_info, kek_len),
        "1.3.132.1.11.1" | "1.3.132.1.14.1" => x963_kdf::<sha2::Sha256>(z, &shared_info, kek_len),
        "1.3.132.1.11.2" | "1.3.132.1.14.2" => x963_kdf::<sha2::Sha384>(z, &shared_info, kek_len),
        "1.3.132.1.11.3" | "1.3.132.1.14.3" => x963_kdf::<sha2::Sha512>(z, &shared_info, kek_len),
        _ => {
            return Err(CryptoError::Unsupported(
                "key agreement (ECDH with the X9.63 KDF only)",
            ));
        }
    };
    let mut cek = Zeroizing::new(vec![0u8; wrapped.len().saturating_sub(8)]);
    let unwrapped = match kek_len {
        16 => aes_kw::KekAes128::try_from(kek.as_slice()).map(|k| k.unwrap(wrapped, &mut cek)),
        24 => aes_kw::KekAes192::try_from(kek.as_slice()).map(|k| k.unwrap(wrapped, &mut cek)),
        _ => aes_kw::KekAes256::try_from(kek.as_slice()).map(|k| k.unwrap(wrapped, &mut cek)),
    };
    match unwrapped {
        Ok(Ok(())) => Ok(cek),
        _ => Err(CryptoError::Authentication),
    }
}

/// The content, decrypted with the content-encryption key (AES-CBC, PKCS#7 padding).
fn decrypt_content(
    eci: &EncryptedContentInfo,
    cek: &[u8],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let iv = eci
        .content_enc_alg
        .parameters
        .as_ref()
        .ok_or(CryptoError::Malformed("content encryption IV"))?
        .decode_as::<OctetString>()
        .map_err(malformed("content encryption IV"))?;
    let iv = iv.as_bytes();
    let mut buf = Zeroizing::new(
        eci.encrypted_content
            .as_ref()
            .ok_or(CryptoError::Malformed("detached encrypted content"))?
            .as_bytes()
            .to_vec(),
    );
    let bad = |_| CryptoError::Authentication;
    let len = match eci.content_enc_alg.oid {
        AES128_CBC => cbc::Decryptor::<aes::Aes128>::new_from_slices(cek, iv)
            .map_err(|_| CryptoError::Authentication)?
            .decrypt_padded_mut::<Pkcs7>(&mut buf)
            .map_err(bad)?
            .len(),
        AES192_CBC => cbc::Decryptor::<aes::Aes192>::new_from_slices(cek, iv)
            .map_err(|_| CryptoError::Authentication)?
            .decrypt_padded_mut::<Pkcs7>(&mut buf)
            .map_err(bad)?
            .len(),
        AES256_CBC => cbc::Decryptor::<aes::Aes256>::new_from_slices(cek, iv)
            .map_err(|_| CryptoError::Authentication)?
            .decrypt_padded_mut::<Pkcs7>(&mut buf)
            .map_err(bad)?
            .len(),
        _ => {
            return Err(CryptoError::Unsupported(
                "content encryption (AES-128/192/256-CBC only)",
            ));
        }
    };
    buf.truncate(len);
    Ok(buf)
}

/// The SHA-256 digest of a package, hex (what the processing log records).
pub fn digest(package: &[u8]) -> String {
    crate::identity::hex(&sha2::Sha256::digest(package))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::{SigningIdentity, Subject, parse_certificate};
    use crate::testutil::{OsFill, openssl, read, self_signed};
    use time::macros::datetime;

    const CONTENT: &[u8] = br#"{"type":"khien/package/v1","records":[{"cccd":"001099012345"}]}"#;

    fn org() -> SigningIdentity {
        SigningIdentity::self_issued(
            &Subject {
                organisation: "Công ty Cổ phần Dữ liệu Thanh Hóa",
                org_id: "1",
            },
            datetime!(2026-12-06 10:00 UTC),
            5,
        )
        .unwrap()
    }

    fn signed(org: &SigningIdentity) -> Vec<u8> {
        crate::cms::sign(org, CONTENT, datetime!(2026-12-06 10:05 UTC)).unwrap()
    }

    #[test]
    fn envelope_then_open_for_rsa_and_ec_recipients() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let org = org();
        let signed = signed(&org);
        for (name, ec) in [("rsa", false), ("ec", true)] {
            self_signed(d, name, ec);
            let cert = parse_certificate(&read(d, &format!("{name}.pem"))).unwrap();
            let key = read(d, &format!("{name}.key"));
            let pkg = envelope(&cert, &signed, &OsFill).unwrap();
            assert_eq!(*open(&pkg, &cert, &key, &OsFill).unwrap(), signed, "{name}");
            let opened = open_signed(&pkg, &cert, &key, Some(org.certificate()), &OsFill).unwrap();
            assert_eq!(*opened.content, CONTENT, "{name}");
            assert_eq!(opened.signer, *org.certificate());
            assert!(!format!("{opened:?}").contains("cccd"));
            // The key in its other forms: PKCS#1 or SEC1 PEM, PKCS#8 DER.
            let traditional = format!("{name}.trad");
            let kind = if ec { "ec" } else { "rsa" };
            let mut args = vec![kind, "-in", &*format!("{name}.key")]
                .into_iter()
                .map(str::to_owned)
                .collect::<Vec<_>>();
            if !ec {
                args.push("-traditional".to_owned());
            }
            args.extend(["-out".to_owned(), traditional.clone()]);
            openssl(d, &args.iter().map(String::as_str).collect::<Vec<_>>());
            let trad = read(d, &traditional);
            assert!(String::from_utf8_lossy(&trad).contains(if ec {
                "EC PRIVATE KEY"
            } else {
                "RSA PRIVATE KEY"
            }));
            assert_eq!(*open(&pkg, &cert, &trad, &OsFill).unwrap(), signed);
            let der = format!("{name}.key.der");
            openssl(
                d,
                &[
                    "pkey",
                    "-in",
                    &format!("{name}.key"),
                    "-outform",
                    "DER",
                    "-out",
                    &der,
                ],
            );
            assert_eq!(*open(&pkg, &cert, &read(d, &der), &OsFill).unwrap(), signed);
        }
    }

    #[test]
    fn packages_made_by_openssl_open() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let org = org();
        let signed = signed(&org);
        std::fs::write(d.join("signed.der"), &signed).unwrap();
        for (name, ec) in [("rsa", false), ("ec", true)] {
            self_signed(d, name, ec);
            let cert = parse_certificate(&read(d, &format!("{name}.pem"))).unwrap();
            let key = read(d, &format!("{name}.key"));
            // DER and PEM; identified by issuer and serial, and (RSA) by subject key
            // identifier: the `cms` crate (0.2) does not decode the rKeyId choice of an EC
            // recipient made by `openssl cms -encrypt -keyid`.
            let forms: &[(&str, bool)] = if ec {
                &[("DER", false), ("PEM", false)]
            } else {
                &[("DER", false), ("PEM", false), ("DER", true)]
            };
            for &(form, keyid) in forms {
                let out = format!("{name}-{form}-{keyid}.p7m");
                let mut args = vec![
                    "cms",
                    "-encrypt",
                    "-aes256",
                    "-binary",
                    "-in",
                    "signed.der",
                    "-outform",
                    form,
                    "-out",
                    &out,
                ];
                if keyid {
                    args.push("-keyid");
                }
                let cert_file = format!("{name}.pem");
                args.extend(["-recip", &cert_file]);
                openssl(d, &args);
                let pkg = read(d, &out);
                assert_eq!(
                    *open(&pkg, &cert, &key, &OsFill).unwrap(),
                    signed,
                    "{name} {form} keyid={keyid}"
                );
                let opened =
                    open_signed(&pkg, &cert, &key, Some(org.certificate()), &OsFill).unwrap();
                assert_eq!(*opened.content, CONTENT);
            }
        }
    }

    #[test]
    fn wrong_keys_other_recipients_and_altered_packages_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let org = org();
        let signed = signed(&org);
        for name in ["rsa", "rsa2", "ec", "ec2"] {
            self_signed(d, name, name.starts_with("ec"));
        }
        let cert = |n: &str| parse_certificate(&read(d, &format!("{n}.pem"))).unwrap();
        let key = |n: &str| read(d, &format!("{n}.key"));
        for (name, other) in [("rsa", "rsa2"), ("ec", "ec2")] {
            let pkg = envelope(&cert(name), &signed, &OsFill).unwrap();
            // A key that is not the certificate's.
            for wrong in [other, if name == "rsa" { "ec" } else { "rsa" }] {
                let e = open(&pkg, &cert(name), &key(wrong), &OsFill).unwrap_err();
                assert!(matches!(e, CryptoError::KeyMismatch), "{name}/{wrong}: {e}");
            }
            // Another certificate with its own key: not a recipient.
            let e = open(&pkg, &cert(other), &key(other), &OsFill).unwrap_err();
            assert!(matches!(e, CryptoError::NotRecipient), "{name}: {e}");
            // Not a key at all.
            let e = open(&pkg, &cert(name), b"not a key", &OsFill).unwrap_err();
            assert!(matches!(e, CryptoError::Key(_)), "{e}");
            // Altered: bytes of the encrypted content, one in 41, and the last. CBC has no
            // integrity of its own, so the bare open may "succeed" with garbage; the
            // organisation's signature refuses every one.
            let ci = ContentInfo::from_der(&pkg).unwrap();
            let ed: EnvelopedData = ci.content.decode_as().unwrap();
            let ct = ed.encrypted_content.encrypted_content.unwrap().into_bytes();
            let at = pkg
                .windows(ct.len())
                .position(|w| w == ct.as_slice())
                .unwrap();
            let mut garbage = 0;
            for i in (at..at + ct.len()).step_by(41).chain([pkg.len() - 1]) {
                let mut altered = pkg.clone();
                altered[i] ^= 0x20;
                match open(&altered, &cert(name), &key(name), &OsFill) {
                    Ok(plain) => {
                        assert_ne!(*plain, signed);
                        garbage += 1;
                    }
                    Err(e) => assert!(matches!(e, CryptoError::Authentication), "{e}"),
                }
                let r = open_signed(
                    &altered,
                    &cert(name),
                    &key(name),
                    Some(org.certificate()),
                    &OsFill,
                );
                assert!(r.is_err(), "{name}: byte {i} altered and still verified");
            }
            assert!(garbage > 0, "some alterations decrypt to garbage");
            // Another organisation's certificate is not the signer.
            let other_org = SigningIdentity::self_issued(
                &Subject {
                    organisation: "Khác",
                    org_id: "2",
                },
                datetime!(2026-12-06 10:00 UTC),
                5,
            )
            .unwrap();
            let e = open_signed(
                &pkg,
                &cert(name),
                &key(name),
                Some(other_org.certificate()),
                &OsFill,
            )
            .unwrap_err();
            assert!(matches!(e, CryptoError::Authentication), "{e}");
        }
    }
}
