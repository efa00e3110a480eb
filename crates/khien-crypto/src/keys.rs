//! Reading private keys and PEM: PKCS#8 (`PRIVATE KEY`), PKCS#1 (`RSA PRIVATE KEY`) and SEC1
//! (`EC PRIVATE KEY`), DER or PEM, all brought to PKCS#8. EC keys are P-256 only and are
//! re-encoded with their public key (what `ring` wants). Decoded key bytes live in
//! [`Zeroizing`] buffers; no error names a key.

use der::asn1::ObjectIdentifier;
use der::{Decode as _, Encode as _};
use zeroize::Zeroizing;

use crate::CryptoError;

/// rsaEncryption.
pub(crate) const RSA_ENCRYPTION: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
/// id-ecPublicKey.
pub(crate) const ID_EC_PUBLIC_KEY: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
/// prime256v1 (P-256).
pub(crate) const PRIME256V1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");

/// The algorithm of a private key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Alg {
    /// RSA.
    Rsa,
    /// ECDSA / ECDH on P-256.
    EcP256,
}

/// A private key as PKCS#8 DER, with its algorithm.
pub(crate) type Pkcs8Key = (Alg, Zeroizing<Vec<u8>>);

/// One PEM block: its label and, when it decodes, its DER.
pub(crate) struct PemBlock {
    pub(crate) label: String,
    pub(crate) der: Option<Zeroizing<Vec<u8>>>,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Whether `bytes` looks like PEM (text with a `-----BEGIN ` line) rather than DER.
pub(crate) fn is_pem(bytes: &[u8]) -> bool {
    bytes.trim_ascii_start().starts_with(b"-----BEGIN ") || find(bytes, b"\n-----BEGIN ").is_some()
}

/// The PEM blocks in `text`, in order; text between blocks (such as the "Bag Attributes"
/// that `openssl pkcs12` prints) is ignored. A block that does not decode (a legacy
/// encrypted key with `Proc-Type` headers, say) is listed without DER.
pub(crate) fn pem_blocks(text: &[u8]) -> Vec<PemBlock> {
    const BEGIN: &[u8] = b"-----BEGIN ";
    const END: &[u8] = b"-----END ";
    const DASHES: &[u8] = b"-----";
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = find(rest, BEGIN) {
        let Some(block) = rest.get(start..) else {
            break;
        };
        let label = block
            .get(BEGIN.len()..)
            .and_then(|l| find(l, DASHES).and_then(|n| l.get(..n)))
            .map(|l| String::from_utf8_lossy(l).into_owned())
            .unwrap_or_default();
        let Some(end) = find(block, END) else {
            break;
        };
        let after = end + END.len();
        let Some(close) = block.get(after..).and_then(|b| find(b, DASHES)) else {
            break;
        };
        let stop = after + close + DASHES.len();
        let der = block
            .get(..stop)
            .and_then(|one| der::pem::decode_vec(one).ok())
            .map(|(_, der)| Zeroizing::new(der));
        out.push(PemBlock { label, der });
        rest = block.get(stop..).unwrap_or_default();
    }
    out
}

/// A private key (PKCS#8, PKCS#1 or SEC1; DER or PEM) as PKCS#8 DER, with its algorithm.
pub(crate) fn pkcs8(bytes: &[u8]) -> Result<Pkcs8Key, CryptoError> {
    if is_pem(bytes) {
        for block in pem_blocks(bytes) {
            let convert: fn(&[u8]) -> Result<Pkcs8Key, CryptoError> = match block.label.as_str() {
                "PRIVATE KEY" => from_pkcs8,
                "RSA PRIVATE KEY" => from_pkcs1,
                "EC PRIVATE KEY" => from_sec1,
                "ENCRYPTED PRIVATE KEY" => {
                    return Err(CryptoError::Key(
                        "the PEM key is encrypted: decrypt it first (openssl pkey)",
                    ));
                }
                _ => continue,
            };
            let der = block.der.ok_or(CryptoError::Key(
                "the PEM key block does not decode (an encrypted legacy PEM key? decrypt it first with openssl pkey)",
            ))?;
            return convert(&der);
        }
        return Err(CryptoError::Key(
            "no PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY block in the PEM",
        ));
    }
    if pkcs8::PrivateKeyInfo::from_der(bytes).is_ok() {
        from_pkcs8(bytes)
    } else if rsa::pkcs1::RsaPrivateKey::from_der(bytes).is_ok() {
        from_pkcs1(bytes)
    } else if p256::SecretKey::from_sec1_der(bytes).is_ok() {
        from_sec1(bytes)
    } else {
        Err(CryptoError::Key("not a PKCS#8, PKCS#1 or SEC1 private key"))
    }
}

/// A PKCS#8 key, checked for its algorithm; EC keys re-encoded.
pub(crate) fn from_pkcs8(der: &[u8]) -> Result<Pkcs8Key, CryptoError> {
    let info = pkcs8::PrivateKeyInfo::from_der(der)
        .map_err(|_| CryptoError::Key("not a PKCS#8 private key"))?;
    if info.algorithm.oid == RSA_ENCRYPTION {
        return Ok((Alg::Rsa, Zeroizing::new(der.to_vec())));
    }
    if info.algorithm.oid == ID_EC_PUBLIC_KEY {
        use p256::pkcs8::DecodePrivateKey as _;
        let key = p256::SecretKey::from_pkcs8_der(der)
            .map_err(|_| CryptoError::Key("EC keys on P-256 only"))?;
        return ec_pkcs8(&key);
    }
    Err(CryptoError::Key("RSA or EC P-256 keys only"))
}

/// A PKCS#1 RSAPrivateKey, wrapped in PKCS#8 (no RSA arithmetic).
fn from_pkcs1(der: &[u8]) -> Result<Pkcs8Key, CryptoError> {
    rsa::pkcs1::RsaPrivateKey::from_der(der)
        .map_err(|_| CryptoError::Key("not a PKCS#1 RSA private key"))?;
    let info = pkcs8::PrivateKeyInfo {
        algorithm: pkcs8::AlgorithmIdentifierRef {
            oid: RSA_ENCRYPTION,
            parameters: Some(der::asn1::AnyRef::NULL),
        },
        private_key: der,
        public_key: None,
    };
    let mut out = Zeroizing::new(Vec::new());
    info.encode_to_vec(&mut out)
        .map_err(|_| CryptoError::Key("PKCS#1 to PKCS#8"))?;
    Ok((Alg::Rsa, out))
}

/// A SEC1 ECPrivateKey (P-256), as PKCS#8.
fn from_sec1(der: &[u8]) -> Result<Pkcs8Key, CryptoError> {
    let key = p256::SecretKey::from_sec1_der(der)
        .map_err(|_| CryptoError::Key("not a SEC1 EC private key on P-256"))?;
    ec_pkcs8(&key)
}

fn ec_pkcs8(key: &p256::SecretKey) -> Result<Pkcs8Key, CryptoError> {
    use p256::pkcs8::EncodePrivateKey as _;
    let doc = key
        .to_pkcs8_der()
        .map_err(|_| CryptoError::Key("EC key to PKCS#8"))?;
    Ok((Alg::EcP256, Zeroizing::new(doc.as_bytes().to_vec())))
}
