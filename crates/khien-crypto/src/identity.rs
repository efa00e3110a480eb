//! The organisation's signing identity (Decree 165/2025 Art. 16.3(b): digital signature and
//! non-repudiation of what the organisation provides or attests): a private key and its X.509
//! certificate, with the issuers' certificates when a CA issued it.
//!
//! - By default an ECDSA P-256 key and a self-issued certificate
//!   ([`SigningIdentity::self_issued`]).
//! - An organisation with a certificate from a Vietnamese CA (VNPT-CA, Viettel-CA, BKAV-CA,
//!   FPT-CA, ...: mostly RSA-2048) imports it with its key and chain, from PEM
//!   ([`SigningIdentity::import_pem`]) or PKCS#12 ([`SigningIdentity::import_pkcs12`]). The
//!   import refuses a key that is not the certificate's, a certificate whose key usage allows
//!   neither digitalSignature nor nonRepudiation, and one not valid at the instant given.
//!
//! Signing is `ring`'s: ECDSA P-256 with SHA-256, or RSA PKCS#1 v1.5 with SHA-256
//! (`ring`'s RSA is constant time); or, for a key held in a PKCS#11 token ([`HeldKey`]),
//! the token's ECDSA P-256. The pure-Rust `rsa` crate never signs. Key generation
//! and signing draw their randomness inside `ring` (its generator interface is sealed); the
//! application layer is the only caller.

use ring::rand::SystemRandom;
use ring::signature::{
    ECDSA_P256_SHA256_ASN1, ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair, KeyPair as _,
    RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256, RsaKeyPair, UnparsedPublicKey,
    VerificationAlgorithm,
};
use time::OffsetDateTime;
use x509_cert::der::asn1::ObjectIdentifier;
use x509_cert::der::{Any, Decode as _, Encode as _};
use x509_cert::spki::AlgorithmIdentifierOwned;
use zeroize::Zeroizing;

use crate::CryptoError;
use crate::keys::{self, ID_EC_PUBLIC_KEY, PRIME256V1, RSA_ENCRYPTION};

/// ecdsa-with-SHA256.
pub const ECDSA_WITH_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.2");
/// sha256WithRSAEncryption.
pub const SHA256_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.11");
/// id-ce-keyUsage.
const ID_CE_KEY_USAGE: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.15");

/// An ECDSA P-256 private key held outside this process (a PKCS#11 token: Decree 165/2025
/// Art. 16.3(b) with the key in the organisation's HSM), which signs on request and never
/// leaves its holder.
pub trait HeldKey: Send + Sync + std::fmt::Debug {
    /// The public key: an uncompressed P-256 point (65 bytes, `0x04 || x || y`).
    fn public_key(&self) -> &[u8];
    /// An ECDSA P-256 signature of SHA-256(`msg`), DER (ECDSA-Sig-Value, RFC 3279).
    fn sign(&self, msg: &[u8]) -> Result<Vec<u8>, CryptoError>;
    /// Where the key is, for storing a reference to it (a token object's label).
    fn reference(&self) -> &str;
}

/// The private key, as `ring` holds it, or held outside this process.
enum Key {
    Ecdsa(EcdsaKeyPair),
    Rsa(RsaKeyPair),
    Held(std::sync::Arc<dyn HeldKey>),
}

impl Key {
    /// From PKCS#8 DER: ECDSA P-256 or RSA (2048 to 8192 bits, `ring`'s bounds).
    fn from_pkcs8(pkcs8: &[u8]) -> Result<Self, CryptoError> {
        let info = pkcs8::PrivateKeyInfo::from_der(pkcs8)
            .map_err(|_| CryptoError::Key("not a PKCS#8 private key"))?;
        if info.algorithm.oid == ID_EC_PUBLIC_KEY {
            EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8, &SystemRandom::new())
                .map(Key::Ecdsa)
                .map_err(|_| CryptoError::Key("the EC key is not an ECDSA P-256 PKCS#8 key"))
        } else if info.algorithm.oid == RSA_ENCRYPTION {
            RsaKeyPair::from_pkcs8(pkcs8)
                .map(Key::Rsa)
                .map_err(|_| CryptoError::Key("the RSA key is not usable (2048 to 8192 bits)"))
        } else {
            Err(CryptoError::Key("ECDSA P-256 or RSA keys only"))
        }
    }

    /// The public key as a certificate's subjectPublicKey holds it (an uncompressed point,
    /// or a PKCS#1 RSAPublicKey).
    fn public(&self) -> &[u8] {
        match self {
            Key::Ecdsa(k) => k.public_key().as_ref(),
            Key::Rsa(k) => k.public_key().as_ref(),
            Key::Held(k) => k.public_key(),
        }
    }
}

/// The kind of a signing key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    /// ECDSA on P-256, signing with SHA-256.
    EcdsaP256,
    /// RSA PKCS#1 v1.5, signing with SHA-256.
    Rsa {
        /// The modulus length in bits.
        bits: usize,
    },
}

/// A signing key with its certificate and the certificate's issuers.
pub struct SigningIdentity {
    cert_der: Vec<u8>,
    key_pkcs8: Zeroizing<Vec<u8>>,
    key: Key,
    cert: x509_cert::Certificate,
    chain: Vec<x509_cert::Certificate>,
    chain_der: Vec<Vec<u8>>,
}

impl std::fmt::Debug for SigningIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningIdentity")
            .field("subject", &self.subject())
            .field("key", &self.key_kind())
            .finish_non_exhaustive()
    }
}

/// Who the self-issued certificate names.
#[derive(Debug, Clone)]
pub struct Subject<'a> {
    /// The organisation's name (the certificate's O and CN).
    pub organisation: &'a str,
    /// Its id in Khiên (the certificate's OU), so two organisations of one name differ.
    pub org_id: &'a str,
}

impl SigningIdentity {
    /// A new key and a self-issued certificate valid from `now` for `years` years.
    pub fn self_issued(
        subject: &Subject<'_>,
        now: OffsetDateTime,
        years: i32,
    ) -> Result<Self, CryptoError> {
        let sig = |e: rcgen::Error| CryptoError::Signing(e.to_string());
        let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).map_err(sig)?;
        let cert = self_issued_params(subject, now, years)
            .self_signed(&key)
            .map_err(sig)?;
        Self::from_parts(cert.der().to_vec(), Zeroizing::new(key.serialize_der()))
    }

    /// A self-issued certificate, valid from `now` for `years` years, for a key held outside
    /// this process (generated in a PKCS#11 token), which signs the certificate itself.
    pub fn self_issued_held(
        subject: &Subject<'_>,
        now: OffsetDateTime,
        years: i32,
        key: std::sync::Arc<dyn HeldKey>,
    ) -> Result<Self, CryptoError> {
        let sig = |e: rcgen::Error| CryptoError::Signing(e.to_string());
        let remote = rcgen::KeyPair::from_remote(Box::new(Remote(key.clone()))).map_err(sig)?;
        let cert = self_issued_params(subject, now, years)
            .self_signed(&remote)
            .map_err(sig)?;
        Self::from_held(cert.der().to_vec(), &[], key)
    }

    /// An identity from a certificate (DER), its issuers' (DER, nearest first) and the key
    /// held outside this process that the certificate is for; refused when it is not.
    pub fn from_held(
        cert_der: Vec<u8>,
        chain_der: &[Vec<u8>],
        key: std::sync::Arc<dyn HeldKey>,
    ) -> Result<Self, CryptoError> {
        Self::of_key(
            cert_der,
            chain_der,
            Key::Held(key),
            Zeroizing::new(Vec::new()),
        )
    }

    /// An identity of `key` (whose PKCS#8 is `key_pkcs8`, empty for a held key) and the
    /// certificate (DER) with its issuers'; refused when the certificate is not for the key.
    fn of_key(
        cert_der: Vec<u8>,
        chain_der: &[Vec<u8>],
        key: Key,
        key_pkcs8: Zeroizing<Vec<u8>>,
    ) -> Result<Self, CryptoError> {
        let cert = x509_cert::Certificate::from_der(&cert_der)
            .map_err(|_| CryptoError::Malformed("certificate"))?;
        if public_key(&cert) != key.public() {
            return Err(CryptoError::KeyMismatch);
        }
        let chain = chain_der
            .iter()
            .map(|d| {
                x509_cert::Certificate::from_der(d)
                    .map_err(|_| CryptoError::Malformed("issuer certificate"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            cert_der,
            key_pkcs8,
            key,
            cert,
            chain,
            chain_der: chain_der.to_vec(),
        })
    }

    /// The key held outside this process, when the identity's key is one.
    pub fn held_key(&self) -> Option<&std::sync::Arc<dyn HeldKey>> {
        match &self.key {
            Key::Held(k) => Some(k),
            _ => None,
        }
    }
}

/// What a self-issued certificate says (the organisation's name and id, Vietnam, signing
/// and non-repudiation).
fn self_issued_params(
    subject: &Subject<'_>,
    now: OffsetDateTime,
    years: i32,
) -> rcgen::CertificateParams {
    let mut params = rcgen::CertificateParams::default();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, subject.organisation);
    params
        .distinguished_name
        .push(rcgen::DnType::OrganizationName, subject.organisation);
    params
        .distinguished_name
        .push(rcgen::DnType::OrganizationalUnitName, subject.org_id);
    params
        .distinguished_name
        .push(rcgen::DnType::CountryName, "VN");
    params.not_before = now;
    params.not_after = now
        .replace_year(now.year() + years)
        .unwrap_or(now + time::Duration::days(365 * i64::from(years)));
    params.key_usages = vec![
        rcgen::KeyUsagePurpose::DigitalSignature,
        rcgen::KeyUsagePurpose::ContentCommitment,
    ];
    params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::EmailProtection];
    params
}

/// A held key as rcgen signs with one.
struct Remote(std::sync::Arc<dyn HeldKey>);

impl rcgen::RemoteKeyPair for Remote {
    fn public_key(&self) -> &[u8] {
        self.0.public_key()
    }

    fn sign(&self, msg: &[u8]) -> Result<Vec<u8>, rcgen::Error> {
        self.0.sign(msg).map_err(|_| rcgen::Error::RemoteKeyError)
    }

    fn algorithm(&self) -> &'static rcgen::SignatureAlgorithm {
        &rcgen::PKCS_ECDSA_P256_SHA256
    }
}

impl SigningIdentity {
    /// An identity from a certificate (DER) and its private key (PKCS#8 DER: ECDSA P-256 or
    /// RSA); refused when the key is neither or does not match the certificate. The
    /// certificate's validity and key usage are not checked here (an identity stored after
    /// its import is reloaded this way): see [`check_signing_certificate`].
    pub fn from_parts(
        cert_der: Vec<u8>,
        key_pkcs8: Zeroizing<Vec<u8>>,
    ) -> Result<Self, CryptoError> {
        Self::from_parts_with_chain(cert_der, &[], key_pkcs8)
    }

    /// [`SigningIdentity::from_parts`] with the certificates of the certificate's issuers
    /// (DER, nearest first), which SignedData then carries.
    pub fn from_parts_with_chain(
        cert_der: Vec<u8>,
        chain_der: &[Vec<u8>],
        key_pkcs8: Zeroizing<Vec<u8>>,
    ) -> Result<Self, CryptoError> {
        let key = Key::from_pkcs8(&key_pkcs8)?;
        Self::of_key(cert_der, chain_der, key, key_pkcs8)
    }

    /// Imports a certificate issued by a CA, with its private key, from PEM.
    ///
    /// `cert_chain_pem` holds the certificate and, optionally, its issuers' certificates
    /// (`CERTIFICATE` blocks in any order; other text is ignored; a single DER certificate
    /// is accepted too). `key_pem` holds the private key: PKCS#8 (`PRIVATE KEY`), PKCS#1
    /// (`RSA PRIVATE KEY`) or SEC1 (`EC PRIVATE KEY`, P-256), or the same in DER; encrypted
    /// PEM keys are refused (decrypt them first). Refused: a key that belongs to none of the
    /// certificates ([`CryptoError::KeyMismatch`]), a key usage that allows neither
    /// digitalSignature nor nonRepudiation ([`CryptoError::KeyUsage`]), a certificate not
    /// valid at `now` ([`CryptoError::CertificateExpired`],
    /// [`CryptoError::CertificateNotYetValid`]).
    pub fn import_pem(
        cert_chain_pem: &[u8],
        key_pem: &[u8],
        now: OffsetDateTime,
    ) -> Result<Self, CryptoError> {
        let certs = if keys::is_pem(cert_chain_pem) {
            keys::pem_blocks(cert_chain_pem)
                .into_iter()
                .filter(|b| b.label == "CERTIFICATE")
                .map(|b| {
                    b.der
                        .as_deref()
                        .and_then(|d| x509_cert::Certificate::from_der(d).ok())
                        .ok_or(CryptoError::Malformed("certificate"))
                })
                .collect::<Result<Vec<_>, _>>()?
        } else {
            vec![parse_certificate(cert_chain_pem)?]
        };
        if certs.is_empty() {
            return Err(CryptoError::Malformed("certificate (no CERTIFICATE block)"));
        }
        let (_, pkcs8) = keys::pkcs8(key_pem)?;
        Self::assemble(certs, pkcs8, now)
    }

    /// Imports a certificate issued by a CA, with its private key and issuers, from a PKCS#12
    /// file (`.p12`, `.pfx`, DER) protected by `password`.
    ///
    /// Decrypted: PBES2 (PBKDF2 with HMAC-SHA-1/-224/-256/-384/-512, AES-128/192/256-CBC or
    /// DES-EDE3-CBC; OpenSSL 3's and recent Windows' default), and the legacy PKCS#12 PBE
    /// schemes pbeWithSHAAnd3-KeyTripleDES-CBC, pbeWithSHAAnd2-KeyTripleDES-CBC,
    /// pbeWithSHAAnd128BitRC2-CBC and pbeWithSHAAnd40BitRC2-CBC (older Windows and
    /// `openssl pkcs12 -legacy`). The integrity MAC (HMAC with SHA-1, SHA-256, SHA-384 or
    /// SHA-512) is checked first: a wrong password is [`CryptoError::Pkcs12Password`], which
    /// never repeats it. Not handled: PBMAC1 integrity (OpenSSL 3.4 `-pbmac1_pbkdf2`),
    /// public-key privacy or integrity modes, RC4, and BER indefinite-length encodings.
    /// Then the same checks as [`SigningIdentity::import_pem`].
    pub fn import_pkcs12(
        der: &[u8],
        password: &Zeroizing<String>,
        now: OffsetDateTime,
    ) -> Result<Self, CryptoError> {
        let contents = crate::p12::decode(der, password)?;
        let certs = contents
            .certs
            .iter()
            .map(|d| {
                x509_cert::Certificate::from_der(d)
                    .map_err(|_| CryptoError::Malformed("certificate in the PKCS#12 file"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut mismatch = None;
        for key in &contents.keys {
            let (_, pkcs8) = keys::from_pkcs8(key)?;
            match Self::assemble(certs.clone(), pkcs8, now) {
                Err(CryptoError::KeyMismatch) => mismatch = Some(CryptoError::KeyMismatch),
                other => return other,
            }
        }
        Err(mismatch.unwrap_or(CryptoError::Key("the PKCS#12 file holds no private key")))
    }

    /// The identity of the certificate among `certs` that `key_pkcs8` belongs to (the first
    /// valid one when several do), with its issuers found among the others.
    fn assemble(
        mut certs: Vec<x509_cert::Certificate>,
        key_pkcs8: Zeroizing<Vec<u8>>,
        now: OffsetDateTime,
    ) -> Result<Self, CryptoError> {
        let key = Key::from_pkcs8(&key_pkcs8)?;
        let mut first_error = None;
        let mut chosen = None;
        for (i, c) in certs.iter().enumerate() {
            if public_key(c) != key.public() {
                continue;
            }
            match check_signing_certificate(c, now) {
                Ok(()) => {
                    chosen = Some(i);
                    break;
                }
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        let Some(i) = chosen else {
            return Err(first_error.unwrap_or(CryptoError::KeyMismatch));
        };
        let cert = certs.swap_remove(i);
        let chain = issuers(&cert, certs);
        let cert_der = certificate_der(&cert)?;
        let chain_der = chain
            .iter()
            .map(certificate_der)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            cert_der,
            key_pkcs8,
            key,
            cert,
            chain,
            chain_der,
        })
    }

    /// The certificate, DER.
    pub fn certificate_der(&self) -> &[u8] {
        &self.cert_der
    }

    /// The certificate, parsed.
    pub fn certificate(&self) -> &x509_cert::Certificate {
        &self.cert
    }

    /// The certificate, PEM.
    pub fn certificate_pem(&self) -> String {
        pem_of("CERTIFICATE", &self.cert_der)
    }

    /// The private key (PKCS#8 DER), for storing it wrapped; empty when the key is held
    /// outside this process ([`SigningIdentity::held_key`]).
    pub fn key_pkcs8(&self) -> &Zeroizing<Vec<u8>> {
        &self.key_pkcs8
    }

    /// The issuers' certificates (nearest first; the root when it was given).
    pub fn chain(&self) -> &[x509_cert::Certificate] {
        &self.chain
    }

    /// The issuers' certificates, DER (nearest first), for storing them with the key.
    pub fn chain_der(&self) -> &[Vec<u8>] {
        &self.chain_der
    }

    /// The certificate followed by its issuers', PEM.
    pub fn chain_pem(&self) -> String {
        let mut out = self.certificate_pem();
        for der in &self.chain_der {
            out.push_str(&pem_of("CERTIFICATE", der));
        }
        out
    }

    /// The kind of key.
    pub fn key_kind(&self) -> KeyKind {
        match &self.key {
            Key::Ecdsa(_) | Key::Held(_) => KeyKind::EcdsaP256,
            Key::Rsa(k) => KeyKind::Rsa {
                bits: k.public().modulus_len() * 8,
            },
        }
    }

    /// The signature algorithm of [`SigningIdentity::sign`], as CMS names it:
    /// ecdsa-with-SHA256 (no parameters) or sha256WithRSAEncryption (NULL parameters).
    pub fn signature_algorithm(&self) -> AlgorithmIdentifierOwned {
        match &self.key {
            Key::Ecdsa(_) | Key::Held(_) => AlgorithmIdentifierOwned {
                oid: ECDSA_WITH_SHA256,
                parameters: None,
            },
            Key::Rsa(_) => AlgorithmIdentifierOwned {
                oid: SHA256_WITH_RSA,
                parameters: Some(Any::null()),
            },
        }
    }

    /// The certificate's subject, as text.
    pub fn subject(&self) -> String {
        self.cert.tbs_certificate.subject.to_string()
    }

    /// The certificate's SHA-256 fingerprint, hex.
    pub fn fingerprint(&self) -> String {
        use sha2::Digest as _;
        hex(&sha2::Sha256::digest(&self.cert_der))
    }

    /// A signature of `msg` (Decree 165/2025 Art. 16.3(b)): ECDSA P-256 SHA-256 (DER), or
    /// RSA PKCS#1 v1.5 SHA-256, by `ring`, or by the token that holds the key.
    pub fn sign(&self, msg: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let rng = SystemRandom::new();
        match &self.key {
            Key::Ecdsa(k) => k
                .sign(&rng, msg)
                .map(|s| s.as_ref().to_vec())
                .map_err(|_| CryptoError::Signing("ECDSA signing failed".to_owned())),
            Key::Rsa(k) => {
                let mut sig = vec![0u8; k.public().modulus_len()];
                k.sign(&RSA_PKCS1_SHA256, &rng, msg, &mut sig)
                    .map_err(|_| CryptoError::Signing("RSA signing failed".to_owned()))?;
                Ok(sig)
            }
            Key::Held(k) => k.sign(msg),
        }
    }
}

/// The subjectPublicKey of a certificate (the bytes of its BIT STRING).
fn public_key(cert: &x509_cert::Certificate) -> &[u8] {
    cert.tbs_certificate
        .subject_public_key_info
        .subject_public_key
        .raw_bytes()
}

/// The issuers of `cert` found in `pool`, nearest first, up to a self-issued certificate or
/// one whose issuer is not there. Names are compared, not signatures (whoever relies on the
/// chain checks it, `openssl cms -verify -CAfile` say).
fn issuers(
    cert: &x509_cert::Certificate,
    mut pool: Vec<x509_cert::Certificate>,
) -> Vec<x509_cert::Certificate> {
    let mut chain: Vec<x509_cert::Certificate> = Vec::new();
    loop {
        let last = chain.last().unwrap_or(cert);
        let tbs = &last.tbs_certificate;
        if tbs.issuer == tbs.subject {
            break;
        }
        let Some(i) = pool
            .iter()
            .position(|c| c.tbs_certificate.subject == tbs.issuer)
        else {
            break;
        };
        chain.push(pool.swap_remove(i));
    }
    chain
}

/// An instant of a certificate, as `time` has it (RFC 3339 when shown).
fn instant(t: x509_cert::time::Time) -> (Option<OffsetDateTime>, String) {
    let secs = t.to_unix_duration().as_secs();
    let at = i64::try_from(secs)
        .ok()
        .and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok());
    let shown = at
        .and_then(|a| {
            a.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| format!("{secs} s after 1970-01-01T00:00:00Z"));
    (at, shown)
}

/// Whether `cert` may sign at `now`: it is valid then, and its key usage, when the
/// certificate has one, allows digitalSignature or nonRepudiation (Decree 165/2025 Art.
/// 16.3(b): a signature that proves who provided the data).
pub fn check_signing_certificate(
    cert: &x509_cert::Certificate,
    now: OffsetDateTime,
) -> Result<(), CryptoError> {
    let validity = &cert.tbs_certificate.validity;
    let (not_before, shown) = instant(validity.not_before);
    if not_before.is_none_or(|t| now < t) {
        return Err(CryptoError::CertificateNotYetValid { not_before: shown });
    }
    let (not_after, shown) = instant(validity.not_after);
    if not_after.is_none_or(|t| now > t) {
        return Err(CryptoError::CertificateExpired { not_after: shown });
    }
    let usage = cert
        .tbs_certificate
        .extensions
        .iter()
        .flatten()
        .find(|e| e.extn_id == ID_CE_KEY_USAGE);
    if let Some(ext) = usage {
        let ku = x509_cert::ext::pkix::KeyUsage::from_der(ext.extn_value.as_bytes())
            .map_err(|_| CryptoError::Malformed("key usage"))?;
        if !(ku.digital_signature() || ku.non_repudiation()) {
            return Err(CryptoError::KeyUsage);
        }
    }
    Ok(())
}

/// Checks a signature by the key of `cert`: ECDSA P-256 SHA-256 (DER) or RSA PKCS#1 v1.5
/// SHA-256 (2048 bits or more), after the certificate's key.
pub fn verify(cert: &x509_cert::Certificate, msg: &[u8], sig: &[u8]) -> Result<(), CryptoError> {
    let spki = &cert.tbs_certificate.subject_public_key_info;
    let alg: &'static dyn VerificationAlgorithm = if spki.algorithm.oid == RSA_ENCRYPTION {
        &RSA_PKCS1_2048_8192_SHA256
    } else if spki.algorithm.oid == ID_EC_PUBLIC_KEY
        && spki
            .algorithm
            .parameters
            .as_ref()
            .and_then(|p| p.decode_as::<ObjectIdentifier>().ok())
            == Some(PRIME256V1)
    {
        &ECDSA_P256_SHA256_ASN1
    } else {
        return Err(CryptoError::Unsupported(
            "signer key (RSA or EC P-256 certificates only)",
        ));
    };
    UnparsedPublicKey::new(alg, public_key(cert))
        .verify(msg, sig)
        .map_err(|_| CryptoError::Authentication)
}

/// Parses a certificate from PEM or DER.
pub fn parse_certificate(bytes: &[u8]) -> Result<x509_cert::Certificate, CryptoError> {
    use x509_cert::der::DecodePem as _;
    if bytes.starts_with(b"-----BEGIN") {
        x509_cert::Certificate::from_pem(bytes).map_err(|_| CryptoError::Malformed("certificate"))
    } else {
        x509_cert::Certificate::from_der(bytes).map_err(|_| CryptoError::Malformed("certificate"))
    }
}

/// DER of a parsed certificate.
pub fn certificate_der(cert: &x509_cert::Certificate) -> Result<Vec<u8>, CryptoError> {
    cert.to_der()
        .map_err(|_| CryptoError::Malformed("certificate"))
}

/// PEM armour of `der` under `label`.
pub fn pem_of(label: &str, der: &[u8]) -> String {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for line in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(line).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Certificates stored one after the other (DER, concatenated: a certificate, then its
/// issuers'), split apart.
pub fn split_der_certificates(bytes: &[u8]) -> Result<Vec<Vec<u8>>, CryptoError> {
    use x509_cert::der::Reader as _;
    let mut reader = x509_cert::der::SliceReader::new(bytes)
        .map_err(|_| CryptoError::Malformed("certificates"))?;
    let mut out = Vec::new();
    while !reader.is_finished() {
        let cert = x509_cert::Certificate::decode(&mut reader)
            .map_err(|_| CryptoError::Malformed("certificates"))?;
        out.push(
            cert.to_der()
                .map_err(|_| CryptoError::Malformed("certificates"))?,
        );
    }
    if out.is_empty() {
        return Err(CryptoError::Malformed("certificates"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{issued, openssl, read, root_ca, try_openssl};
    use time::macros::datetime;

    #[test]
    fn a_self_issued_identity_signs_and_round_trips_through_its_parts() {
        let id = SigningIdentity::self_issued(
            &Subject {
                organisation: "Công ty Cổ phần Dữ liệu Thanh Hóa",
                org_id: "0c6a3e4e-0000-4000-8000-000000000001",
            },
            datetime!(2026-12-06 10:00 UTC),
            5,
        )
        .unwrap();
        assert!(id.subject().contains("VN"));
        let sig = id.sign(b"hello").unwrap();
        verify(id.certificate(), b"hello", &sig).unwrap();
        assert!(verify(id.certificate(), b"hellO", &sig).is_err());
        let again =
            SigningIdentity::from_parts(id.certificate_der().to_vec(), id.key_pkcs8().clone())
                .unwrap();
        assert_eq!(again.fingerprint(), id.fingerprint());
        assert_eq!(
            parse_certificate(id.certificate_pem().as_bytes()).unwrap(),
            *id.certificate()
        );
        // A key that is not the certificate's is refused.
        let other = SigningIdentity::self_issued(
            &Subject {
                organisation: "B",
                org_id: "2",
            },
            datetime!(2026-12-06 10:00 UTC),
            1,
        )
        .unwrap();
        assert!(
            SigningIdentity::from_parts(id.certificate_der().to_vec(), other.key_pkcs8().clone())
                .is_err()
        );
        assert!(!format!("{id:?}").contains("key_pkcs8"));
    }

    /// The instant `secs` seconds after the certificate's notBefore.
    fn after_not_before(cert: &x509_cert::Certificate, secs: i64) -> OffsetDateTime {
        let t = cert.tbs_certificate.validity.not_before.to_unix_duration();
        OffsetDateTime::from_unix_timestamp(t.as_secs() as i64 + secs).unwrap()
    }

    /// `content` signed by `id`, checked by `openssl cms -verify -CAfile root.pem` and by
    /// [`crate::cms::verify`].
    fn signs_and_openssl_verifies(dir: &std::path::Path, id: &SigningIdentity, tag: &str) {
        let content = format!("Biên bản hủy dữ liệu {tag}");
        let now = after_not_before(id.certificate(), 60);
        let der = crate::cms::sign(id, content.as_bytes(), now).unwrap();
        let v = crate::cms::verify(&der, Some(id.certificate())).unwrap();
        assert_eq!(v.content, content.as_bytes());
        std::fs::write(dir.join(format!("{tag}.p7s")), &der).unwrap();
        openssl(
            dir,
            &[
                "cms",
                "-verify",
                "-inform",
                "DER",
                "-in",
                &format!("{tag}.p7s"),
                "-CAfile",
                "root.pem",
                "-out",
                &format!("{tag}.out"),
            ],
        );
        assert_eq!(
            read(dir, &format!("{tag}.out")),
            content.as_bytes(),
            "{tag}"
        );
        // Altered content is refused.
        let at = der.windows(b"Bi".len()).position(|w| w == b"Bi").unwrap();
        let mut edited = der.clone();
        edited[at] = b'b';
        assert!(crate::cms::verify(&edited, Some(id.certificate())).is_err());
    }

    #[test]
    fn a_ca_issued_rsa_identity_imports_from_pkcs12_and_signs() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        root_ca(d);
        issued(d, "leaf", false, "digitalSignature,nonRepudiation");
        let leaf = parse_certificate(&read(d, "leaf.pem")).unwrap();
        let now = after_not_before(&leaf, 60);
        let password = "Mật khẩu của Công ty 2026";
        let pass_arg = format!("pass:{password}");
        let exports: [(&str, &[&str]); 3] = [
            // OpenSSL 3's default: PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC; MAC HMAC-SHA256.
            ("modern", &[]),
            // Older Windows and OpenSSL 1.x: 3DES key bag, 40-bit RC2 certificate bag, MAC
            // HMAC-SHA1 (needs OpenSSL's legacy provider).
            ("legacy", &["-legacy"]),
            // Windows' "TripleDES-SHA1": 3DES for both bags.
            (
                "3des",
                &[
                    "-keypbe",
                    "PBE-SHA1-3DES",
                    "-certpbe",
                    "PBE-SHA1-3DES",
                    "-macalg",
                    "sha1",
                ],
            ),
        ];
        for (name, extra) in exports {
            let file = format!("{name}.p12");
            let mut args = vec![
                "pkcs12",
                "-export",
                "-in",
                "leaf.pem",
                "-inkey",
                "leaf.key",
                "-certfile",
                "root.pem",
                "-passout",
                &pass_arg,
                "-out",
                &file,
            ];
            args.extend_from_slice(extra);
            let out = try_openssl(d, &args);
            if !out.status.success() && name == "legacy" {
                // Only when this openssl build has no legacy provider.
                eprintln!(
                    "skipped: openssl refuses `pkcs12 -export -legacy`: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                continue;
            }
            assert!(
                out.status.success(),
                "{name}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let p12 = read(d, &file);
            let id =
                SigningIdentity::import_pkcs12(&p12, &Zeroizing::new(password.to_owned()), now)
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(id.key_kind(), KeyKind::Rsa { bits: 2048 }, "{name}");
            assert_eq!(*id.certificate(), leaf);
            assert_eq!(id.chain().len(), 1, "{name}: the root comes along");
            assert!(
                id.chain()[0]
                    .tbs_certificate
                    .subject
                    .to_string()
                    .contains("Test Root CA")
            );
            assert_eq!(id.signature_algorithm().oid, SHA256_WITH_RSA);
            signs_and_openssl_verifies(d, &id, name);
            // Stored and reloaded (what the application keeps: certificate, chain, key).
            let again = SigningIdentity::from_parts_with_chain(
                id.certificate_der().to_vec(),
                id.chain_der(),
                id.key_pkcs8().clone(),
            )
            .unwrap();
            assert_eq!(again.fingerprint(), id.fingerprint());
            signs_and_openssl_verifies(d, &again, &format!("{name}-again"));
            assert_eq!(id.chain_pem().matches("BEGIN CERTIFICATE").count(), 2);
            // A wrong password is refused, and not repeated.
            let e = SigningIdentity::import_pkcs12(
                &p12,
                &Zeroizing::new("mật khẩu sai".to_owned()),
                now,
            )
            .unwrap_err();
            assert!(matches!(e, CryptoError::Pkcs12Password), "{name}: {e}");
            assert!(!e.to_string().contains("sai"));
            // An altered file is refused too (the MAC).
            let mut altered = p12.clone();
            let n = altered.len();
            altered[n / 2] ^= 1;
            assert!(
                SigningIdentity::import_pkcs12(&altered, &Zeroizing::new(password.to_owned()), now)
                    .is_err()
            );
        }
    }

    #[test]
    fn ca_issued_identities_import_from_pem() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        root_ca(d);
        let chain = |name: &str| {
            let mut pem = read(d, &format!("{name}.pem"));
            pem.extend(b"\nSome text between blocks\n");
            pem.extend(read(d, "root.pem"));
            pem
        };
        // EC P-256 leaf, its key in SEC1 (`EC PRIVATE KEY`) and in PKCS#8.
        issued(d, "ec", true, "digitalSignature");
        let ec_key = read(d, "ec.key");
        assert!(String::from_utf8_lossy(&ec_key).contains("BEGIN EC PRIVATE KEY"));
        let ec = parse_certificate(&read(d, "ec.pem")).unwrap();
        let now = after_not_before(&ec, 60);
        let id = SigningIdentity::import_pem(&chain("ec"), &ec_key, now).unwrap();
        assert_eq!(id.key_kind(), KeyKind::EcdsaP256);
        assert_eq!(id.chain().len(), 1);
        assert_eq!(id.signature_algorithm().oid, ECDSA_WITH_SHA256);
        signs_and_openssl_verifies(d, &id, "ec");
        openssl(d, &["pkey", "-in", "ec.key", "-out", "ec.p8"]);
        let p8 = SigningIdentity::import_pem(&chain("ec"), &read(d, "ec.p8"), now).unwrap();
        assert_eq!(p8.fingerprint(), id.fingerprint());
        // The stored form reloads.
        SigningIdentity::from_parts_with_chain(
            id.certificate_der().to_vec(),
            id.chain_der(),
            id.key_pkcs8().clone(),
        )
        .unwrap();

        // RSA leaf, its key in PKCS#1 (`RSA PRIVATE KEY`); certificate and key in one file.
        issued(d, "rsa", false, "nonRepudiation");
        openssl(
            d,
            &["rsa", "-in", "rsa.key", "-traditional", "-out", "rsa.pkcs1"],
        );
        let pkcs1 = read(d, "rsa.pkcs1");
        assert!(String::from_utf8_lossy(&pkcs1).contains("BEGIN RSA PRIVATE KEY"));
        let mut both = chain("rsa");
        both.extend(&pkcs1);
        let id = SigningIdentity::import_pem(&both, &both, now).unwrap();
        assert_eq!(id.key_kind(), KeyKind::Rsa { bits: 2048 });
        signs_and_openssl_verifies(d, &id, "rsa");
        // SignedData made by `openssl cms -sign` (rsaEncryption as the signature algorithm,
        // more signed attributes) verifies too.
        std::fs::write(d.join("msg.txt"), "Thông báo").unwrap();
        for (signer, key) in [("rsa", "rsa.key"), ("ec", "ec.key")] {
            let out = format!("{signer}-openssl.p7s");
            openssl(
                d,
                &[
                    "cms",
                    "-sign",
                    "-binary",
                    "-nodetach",
                    "-md",
                    "sha256",
                    "-in",
                    "msg.txt",
                    "-signer",
                    &format!("{signer}.pem"),
                    "-inkey",
                    key,
                    "-outform",
                    "DER",
                    "-out",
                    &out,
                ],
            );
            let signer_cert = parse_certificate(&read(d, &format!("{signer}.pem"))).unwrap();
            let v = crate::cms::verify(&read(d, &out), Some(&signer_cert)).unwrap();
            assert_eq!(v.content, "Thông báo".as_bytes());
        }
        // Without the root: the leaf alone signs; openssl needs the root from -CAfile.
        let alone = SigningIdentity::import_pem(&read(d, "rsa.pem"), &pkcs1, now).unwrap();
        assert!(alone.chain().is_empty());
        signs_and_openssl_verifies(d, &alone, "rsa-alone");
    }

    #[test]
    fn imports_refuse_expired_mismatched_and_non_signing_certificates() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        root_ca(d);
        issued(d, "leaf", false, "digitalSignature,nonRepudiation");
        issued(d, "other", false, "digitalSignature");
        issued(d, "enc", false, "keyEncipherment");
        let leaf = parse_certificate(&read(d, "leaf.pem")).unwrap();
        let now = after_not_before(&leaf, 60);
        let cert = read(d, "leaf.pem");
        let key = read(d, "leaf.key");
        SigningIdentity::import_pem(&cert, &key, now).unwrap();
        // Expired: the error names the expiry date.
        let after = leaf.tbs_certificate.validity.not_after.to_unix_duration();
        let later = OffsetDateTime::from_unix_timestamp(after.as_secs() as i64 + 86_400).unwrap();
        let e = SigningIdentity::import_pem(&cert, &key, later).unwrap_err();
        let CryptoError::CertificateExpired { not_after } = &e else {
            panic!("{e}");
        };
        let expected = OffsetDateTime::from_unix_timestamp(after.as_secs() as i64)
            .unwrap()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
        assert_eq!(*not_after, expected);
        assert!(e.to_string().contains(&expected), "{e}");
        // Not valid yet.
        let e =
            SigningIdentity::import_pem(&cert, &key, after_not_before(&leaf, -86_400)).unwrap_err();
        assert!(
            matches!(e, CryptoError::CertificateNotYetValid { .. }),
            "{e}"
        );
        // A key that is not the certificate's.
        let e = SigningIdentity::import_pem(&cert, &read(d, "other.key"), now).unwrap_err();
        assert!(matches!(e, CryptoError::KeyMismatch), "{e}");
        // A certificate for encryption only.
        let e =
            SigningIdentity::import_pem(&read(d, "enc.pem"), &read(d, "enc.key"), now).unwrap_err();
        assert!(matches!(e, CryptoError::KeyUsage), "{e}");
        // The same checks through PKCS#12: expired and mismatched.
        openssl(
            d,
            &[
                "pkcs12", "-export", "-in", "leaf.pem", "-inkey", "leaf.key", "-passout", "pass:x",
                "-out", "leaf.p12",
            ],
        );
        let p12 = read(d, "leaf.p12");
        let pw = Zeroizing::new("x".to_owned());
        SigningIdentity::import_pkcs12(&p12, &pw, now).unwrap();
        let e = SigningIdentity::import_pkcs12(&p12, &pw, later).unwrap_err();
        assert!(matches!(e, CryptoError::CertificateExpired { .. }), "{e}");
        // Garbage and keys that are not keys.
        assert!(SigningIdentity::import_pkcs12(b"not a p12", &pw, now).is_err());
        let e = SigningIdentity::import_pem(&cert, b"-----BEGIN NOTHING-----\n", now).unwrap_err();
        assert!(matches!(e, CryptoError::Key(_)), "{e}");
        openssl(
            d,
            &[
                "pkey", "-in", "leaf.key", "-aes256", "-passout", "pass:x", "-out", "leaf.enc",
            ],
        );
        let e = SigningIdentity::import_pem(&cert, &read(d, "leaf.enc"), now).unwrap_err();
        assert!(matches!(e, CryptoError::Key(_)), "{e}");
    }
}
