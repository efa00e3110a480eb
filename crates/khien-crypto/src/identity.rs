//! The organisation's signing identity (Decree 165/2025 Art. 16.3(b): digital signature and
//! non-repudiation of what the organisation provides or attests): an ECDSA P-256 key and an
//! X.509 certificate. By default the certificate is self-issued; an organisation replaces it
//! with one issued by a Vietnamese CA (import) when it has one. Khiên's own keys are never
//! RSA (no RSA private-key operation from a pure-Rust RSA crate).
//!
//! Key generation and ECDSA signing draw their randomness inside `ring` (its generator
//! interface is sealed); the application layer is the only caller.

use ring::rand::SystemRandom;
use ring::signature::{
    ECDSA_P256_SHA256_ASN1, ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair, KeyPair as _,
    UnparsedPublicKey,
};
use time::OffsetDateTime;
use x509_cert::der::{Decode as _, Encode as _};
use zeroize::Zeroizing;

use crate::CryptoError;

/// A signing key with its certificate.
pub struct SigningIdentity {
    cert_der: Vec<u8>,
    key_pkcs8: Zeroizing<Vec<u8>>,
    key: EcdsaKeyPair,
    cert: x509_cert::Certificate,
}

impl std::fmt::Debug for SigningIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningIdentity")
            .field("subject", &self.subject())
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
        let cert = params.self_signed(&key).map_err(sig)?;
        Self::from_parts(cert.der().to_vec(), Zeroizing::new(key.serialize_der()))
    }

    /// An identity from a certificate (DER) and its private key (PKCS#8 DER); refused when
    /// the key is not ECDSA P-256 or does not match the certificate.
    pub fn from_parts(
        cert_der: Vec<u8>,
        key_pkcs8: Zeroizing<Vec<u8>>,
    ) -> Result<Self, CryptoError> {
        let key = EcdsaKeyPair::from_pkcs8(
            &ECDSA_P256_SHA256_ASN1_SIGNING,
            &key_pkcs8,
            &SystemRandom::new(),
        )
        .map_err(|_| CryptoError::Signing("the key is not an ECDSA P-256 PKCS#8 key".to_owned()))?;
        let cert = x509_cert::Certificate::from_der(&cert_der)
            .map_err(|_| CryptoError::Malformed("certificate"))?;
        let spki = cert
            .tbs_certificate
            .subject_public_key_info
            .subject_public_key
            .raw_bytes();
        if spki != key.public_key().as_ref() {
            return Err(CryptoError::Signing(
                "the key does not belong to the certificate".to_owned(),
            ));
        }
        Ok(Self {
            cert_der,
            key_pkcs8,
            key,
            cert,
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

    /// The private key (PKCS#8 DER), for storing it wrapped.
    pub fn key_pkcs8(&self) -> &Zeroizing<Vec<u8>> {
        &self.key_pkcs8
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

    /// An ECDSA P-256 SHA-256 signature (DER) of `msg`.
    pub fn sign(&self, msg: &[u8]) -> Result<Vec<u8>, CryptoError> {
        self.key
            .sign(&SystemRandom::new(), msg)
            .map(|s| s.as_ref().to_vec())
            .map_err(|_| CryptoError::Signing("ECDSA signing failed".to_owned()))
    }
}

/// Checks an ECDSA P-256 SHA-256 signature (DER) by the key of `cert`.
pub fn verify(cert: &x509_cert::Certificate, msg: &[u8], sig: &[u8]) -> Result<(), CryptoError> {
    let key = cert
        .tbs_certificate
        .subject_public_key_info
        .subject_public_key
        .raw_bytes();
    UnparsedPublicKey::new(&ECDSA_P256_SHA256_ASN1, key)
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

#[cfg(test)]
mod tests {
    use super::*;
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
}
