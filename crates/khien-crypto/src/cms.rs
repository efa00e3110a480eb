//! CMS SignedData (RFC 5652 §5) made with the organisation's signing identity: what Khiên
//! gives to prove something the organisation attests (a destruction certificate, Decree
//! 165/2025 Art. 13 and 17.7; a package for a third party, Art. 16.3(b)). The content is
//! encapsulated (not detached), the signer's certificate and its issuers' are included, and
//! the signed attributes are contentType, signingTime and messageDigest, so that
//! `openssl cms -verify -inform DER -CAfile org.pem` (self-issued) or `-CAfile root.pem` (a
//! CA's certificate) checks it and prints the content. The digest is SHA-256; the signature
//! ECDSA P-256 (ecdsa-with-SHA256) or RSA PKCS#1 v1.5 (sha256WithRSAEncryption), after the
//! identity's key.

use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::content_info::{CmsVersion, ContentInfo};
use cms::signed_data::{
    CertificateSet, EncapsulatedContentInfo, SignedData, SignerIdentifier, SignerInfo, SignerInfos,
};
use der::asn1::{ObjectIdentifier, OctetString, SetOfVec, UtcTime};
use der::{Any, Decode as _, Encode as _};
use sha2::Digest as _;
use time::OffsetDateTime;
use x509_cert::attr::Attribute;
use x509_cert::spki::AlgorithmIdentifierOwned;

use crate::CryptoError;
use crate::identity::{self, ECDSA_WITH_SHA256, SHA256_WITH_RSA, SigningIdentity};
use crate::keys::{ID_EC_PUBLIC_KEY, RSA_ENCRYPTION};

/// id-data.
pub const ID_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.1");
/// id-signedData.
pub const ID_SIGNED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.2");
const ID_CONTENT_TYPE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.3");
const ID_MESSAGE_DIGEST: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.4");
const ID_SIGNING_TIME: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.5");
const ID_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");

fn malformed(what: &'static str) -> impl Fn(der::Error) -> CryptoError {
    move |_| CryptoError::Malformed(what)
}

fn attribute(oid: ObjectIdentifier, value: Any) -> Result<Attribute, CryptoError> {
    let mut values = SetOfVec::new();
    values.insert(value).map_err(malformed("attribute"))?;
    Ok(Attribute { oid, values })
}

/// `content` signed by `identity` at `signing_time`, as a DER ContentInfo of SignedData
/// (Decree 165/2025 Art. 16.3(b): the organisation's digital signature over what it
/// provides or attests).
pub fn sign(
    identity: &SigningIdentity,
    content: &[u8],
    signing_time: OffsetDateTime,
) -> Result<Vec<u8>, CryptoError> {
    let cert = identity.certificate().clone();
    let digest = sha2::Sha256::digest(content);
    let since_epoch = std::time::Duration::from_secs(
        u64::try_from(signing_time.unix_timestamp()).map_err(|_| CryptoError::Malformed("time"))?,
    );
    let time = UtcTime::from_unix_duration(since_epoch).map_err(malformed("time"))?;
    let mut attrs = SetOfVec::new();
    for a in [
        attribute(
            ID_CONTENT_TYPE,
            Any::encode_from(&ID_DATA).map_err(malformed("attribute"))?,
        )?,
        attribute(
            ID_SIGNING_TIME,
            Any::encode_from(&time).map_err(malformed("attribute"))?,
        )?,
        attribute(
            ID_MESSAGE_DIGEST,
            Any::encode_from(&OctetString::new(digest.to_vec()).map_err(malformed("digest"))?)
                .map_err(malformed("attribute"))?,
        )?,
    ] {
        attrs.insert(a).map_err(malformed("attributes"))?;
    }
    // RFC 5652 §5.4: the signature covers the DER of the attributes as a SET OF.
    let signed = attrs.to_der().map_err(malformed("attributes"))?;
    let signature = identity.sign(&signed)?;
    let sha256 = AlgorithmIdentifierOwned {
        oid: ID_SHA256,
        parameters: None,
    };
    let signer = SignerInfo {
        version: CmsVersion::V1,
        sid: SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
            issuer: cert.tbs_certificate.issuer.clone(),
            serial_number: cert.tbs_certificate.serial_number.clone(),
        }),
        digest_alg: sha256.clone(),
        signed_attrs: Some(attrs),
        signature_algorithm: identity.signature_algorithm(),
        signature: OctetString::new(signature).map_err(malformed("signature"))?,
        unsigned_attrs: None,
    };
    let mut digests = SetOfVec::new();
    digests.insert(sha256).map_err(malformed("digest"))?;
    let mut certs = SetOfVec::new();
    for c in std::iter::once(cert).chain(identity.chain().iter().cloned()) {
        certs
            .insert(CertificateChoices::Certificate(c))
            .map_err(malformed("certificate"))?;
    }
    let mut signers = SetOfVec::new();
    signers.insert(signer).map_err(malformed("signer"))?;
    let sd = SignedData {
        version: CmsVersion::V1,
        digest_algorithms: digests,
        encap_content_info: EncapsulatedContentInfo {
            econtent_type: ID_DATA,
            econtent: Some(
                Any::encode_from(
                    &OctetString::new(content.to_vec()).map_err(malformed("content"))?,
                )
                .map_err(malformed("content"))?,
            ),
        },
        certificates: Some(CertificateSet(certs)),
        crls: None,
        signer_infos: SignerInfos(signers),
    };
    ContentInfo {
        content_type: ID_SIGNED_DATA,
        content: Any::encode_from(&sd).map_err(malformed("signed data"))?,
    }
    .to_der()
    .map_err(malformed("content info"))
}

/// What a verified SignedData says.
#[derive(Debug, Clone)]
pub struct Verified {
    /// The signed content.
    pub content: Vec<u8>,
    /// The signer's certificate (as included).
    pub signer: x509_cert::Certificate,
}

/// Checks a SignedData made by [`sign`] (or any with one signer whose certificate is
/// included, SHA-256, signed attributes, and an ECDSA P-256 or RSA PKCS#1 v1.5 signature) and
/// returns its content. With `trusted`, the signer must be that certificate; without it,
/// only the integrity under the included certificate is proved (anyone can sign): whoever
/// relies on it compares the signer with a certificate they trust, or checks its chain
/// (`openssl cms -verify -CAfile root.pem`).
pub fn verify(
    der: &[u8],
    trusted: Option<&x509_cert::Certificate>,
) -> Result<Verified, CryptoError> {
    let ci = ContentInfo::from_der(der).map_err(malformed("content info"))?;
    if ci.content_type != ID_SIGNED_DATA {
        return Err(CryptoError::Malformed("not a SignedData"));
    }
    let sd: SignedData = ci.content.decode_as().map_err(malformed("signed data"))?;
    let content = match &sd.encap_content_info.econtent {
        Some(any) => any
            .decode_as::<OctetString>()
            .map_err(malformed("content"))?
            .into_bytes(),
        None => return Err(CryptoError::Malformed("detached content")),
    };
    let [signer] = sd.signer_infos.0.as_slice() else {
        return Err(CryptoError::Malformed("not exactly one signer"));
    };
    let SignerIdentifier::IssuerAndSerialNumber(sid) = &signer.sid else {
        return Err(CryptoError::Malformed("signer identifier"));
    };
    let cert = sd
        .certificates
        .as_ref()
        .and_then(|set| {
            set.0.iter().find_map(|c| match c {
                CertificateChoices::Certificate(c)
                    if c.tbs_certificate.issuer == sid.issuer
                        && c.tbs_certificate.serial_number == sid.serial_number =>
                {
                    Some(c.clone())
                }
                _ => None,
            })
        })
        .ok_or(CryptoError::Malformed("signer certificate"))?;
    if let Some(t) = trusted
        && *t != cert
    {
        return Err(CryptoError::Authentication);
    }
    // The signature algorithm must be the one of the certificate's key (OpenSSL writes
    // rsaEncryption for RSA PKCS#1 v1.5 signers, Khiên sha256WithRSAEncryption).
    let key_alg = cert.tbs_certificate.subject_public_key_info.algorithm.oid;
    let sig_alg = signer.signature_algorithm.oid;
    let fits = (key_alg == ID_EC_PUBLIC_KEY && sig_alg == ECDSA_WITH_SHA256)
        || (key_alg == RSA_ENCRYPTION && (sig_alg == SHA256_WITH_RSA || sig_alg == RSA_ENCRYPTION));
    if signer.digest_alg.oid != ID_SHA256 || !fits {
        return Err(CryptoError::Malformed("algorithms"));
    }
    let attrs = signer
        .signed_attrs
        .as_ref()
        .ok_or(CryptoError::Malformed("signed attributes"))?;
    let digest = attrs
        .iter()
        .find(|a| a.oid == ID_MESSAGE_DIGEST)
        .and_then(|a| a.values.iter().next())
        .ok_or(CryptoError::Malformed("message digest"))?
        .decode_as::<OctetString>()
        .map_err(malformed("message digest"))?;
    if digest.as_bytes() != sha2::Sha256::digest(&content).as_slice() {
        return Err(CryptoError::Authentication);
    }
    let signed = attrs.to_der().map_err(malformed("attributes"))?;
    identity::verify(&cert, &signed, signer.signature.as_bytes())?;
    Ok(Verified {
        content,
        signer: cert,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::Subject;
    use time::macros::datetime;

    #[test]
    fn signed_data_verifies_and_edits_do_not() {
        let id = SigningIdentity::self_issued(
            &Subject {
                organisation: "Sở Y tế",
                org_id: "1",
            },
            datetime!(2026-12-06 10:00 UTC),
            5,
        )
        .unwrap();
        let der = sign(
            &id,
            br#"{"destroyed":true}"#,
            datetime!(2026-12-06 10:05 UTC),
        )
        .unwrap();
        let v = verify(&der, Some(id.certificate())).unwrap();
        assert_eq!(v.content, br#"{"destroyed":true}"#);
        // Flipping any byte of the content or the signature breaks it.
        let at = der
            .windows(b"true".len())
            .position(|w| w == b"true")
            .unwrap();
        let mut edited = der.clone();
        edited[at] = b'T';
        assert!(verify(&edited, Some(id.certificate())).is_err());
        let mut edited = der.clone();
        let n = edited.len();
        edited[n - 3] ^= 1;
        assert!(verify(&edited, None).is_err());
        // Another organisation's certificate is not the signer.
        let other = SigningIdentity::self_issued(
            &Subject {
                organisation: "Khác",
                org_id: "2",
            },
            datetime!(2026-12-06 10:00 UTC),
            5,
        )
        .unwrap();
        assert!(verify(&der, Some(other.certificate())).is_err());
    }
}
