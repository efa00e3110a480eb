//! The vault: personal data fields kept encrypted for the organisation's systems, decrypted
//! only for a decided purpose, destroyed provably (Decree 165/2025 Art. 11, 13, 17.7;
//! Law 91/2025 and Decree 356/2025 on erasure).
//!
//! A system stores a data subject's fields in a collection and keeps only the token. Each
//! subject has one data key (AES-256-GCM), kept only wrapped by the keystore's current
//! key-encryption key. Every write, read and destruction is a Cedar decision recorded in the
//! processing log before anything is done: a write as an `encryption`, a read of values as a
//! `decryption` (appended before any plaintext leaves), a masked read as an `access`, a
//! destruction as a `destruction`, each with the subject's pseudonym and the purpose named.
//! Destroying a subject destroys their data keys (crypto-shredding) and erases the sealed
//! fields; a certificate signed by the organisation (CMS SignedData) proves it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use khien_crypto::{DataKey, Keystore, SigningIdentity, Wrapped, envelope};
use khien_domain::{CaseId, OrgId};
use khien_store::{Destruction, StoreError, StoreResult, SubjectKey, VaultCollection, VaultRecord};
use serde_json::{Map, Value};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::access::{VaultFacts, ops};
use crate::batch::Batcher;
use crate::{App, AppError, Caller, On};

/// The vault's keys: the keystore and the organisations' signing identities (kept in memory
/// once opened), and where destructions are recorded outside the database.
pub struct Vault {
    pub(crate) keystore: Arc<dyn Keystore>,
    identities: Mutex<HashMap<OrgId, Arc<SigningIdentity>>>,
    /// Held while an organisation's first identity is made: two first requests at once made
    /// two keys (one left behind, in a token an object that could still sign).
    making_identity: tokio::sync::Mutex<()>,
    tombstones: Option<Arc<dyn Tombstones>>,
    /// Writes gathered into one transaction.
    writes: Batcher<(VaultRecord, Option<SubjectKey>), StoreResult<()>>,
    /// Destructions gathered: their tombstones in one fsync, then one transaction.
    destructions: Batcher<(Tombstone, Destruction), StoreResult<()>>,
    /// Records and collections read, kept while the vault epoch stays.
    kept: Kept,
}

/// Vault rows kept in memory (sealed records with their wrapped key, and collections: never
/// a plaintext or an unwrapped key), all valid at one vault epoch. The epoch moves whenever a
/// stored vault row changes or goes; every use of a kept row is confirmed by the epoch that
/// the transaction recording its decision saw ([`crate::access::Permit::vault_epoch`]), and
/// everything is dropped when it moved.
#[derive(Default)]
struct Kept(Mutex<KeptRows>);

#[derive(Default)]
struct KeptRows {
    epoch: i64,
    records: HashMap<(OrgId, Uuid), Arc<khien_store::RecordWithKey>>,
    collections: HashMap<(OrgId, String), Arc<VaultCollection>>,
    /// Subjects' live keys (wrapped), as last written under: a write seals under it and the
    /// store refuses the record if it is not live any more.
    keys: HashMap<(OrgId, String), SubjectKey>,
    /// The tokens kept of each subject (to forget a destroyed subject without a scan).
    tokens: HashMap<(OrgId, String), Vec<Uuid>>,
    /// Each organisation's restrictions: (subject, purpose or `*`).
    restrictions: HashMap<OrgId, Arc<std::collections::HashSet<(String, String)>>>,
}

impl KeptRows {
    /// Everything dropped; valid from `epoch` on.
    fn reset(&mut self, epoch: i64) {
        self.records.clear();
        self.collections.clear();
        self.keys.clear();
        self.tokens.clear();
        self.restrictions.clear();
        self.epoch = epoch;
    }

    fn put_record(&mut self, org: OrgId, token: Uuid, r: Arc<khien_store::RecordWithKey>) {
        if self.records.len() >= KEPT_RECORDS {
            self.records.clear();
            self.tokens.clear();
        }
        self.tokens
            .entry((org, r.0.subject.clone()))
            .or_default()
            .push(token);
        self.records.insert((org, token), r);
    }
}

/// Most records kept (about 40 MB of sealed fields at 400 bytes each); all are dropped when
/// full.
const KEPT_RECORDS: usize = 100_000;

impl Kept {
    fn record(&self, org: OrgId, token: Uuid) -> Option<(Arc<khien_store::RecordWithKey>, i64)> {
        let k = self.0.lock().ok()?;
        k.records.get(&(org, token)).map(|r| (r.clone(), k.epoch))
    }

    fn collection(&self, org: OrgId, name: &str) -> Option<(Arc<VaultCollection>, i64)> {
        let k = self.0.lock().ok()?;
        k.collections
            .get(&(org, name.to_owned()))
            .map(|c| (c.clone(), k.epoch))
    }

    fn key(&self, org: OrgId, subject: &str) -> Option<SubjectKey> {
        let k = self.0.lock().ok()?;
        k.keys.get(&(org, subject.to_owned())).cloned()
    }

    /// Rows read at `epoch`: kept if that is still the epoch (a newer one drops the rest).
    fn keep(&self, epoch: i64, put: impl FnOnce(&mut KeptRows)) {
        if let Ok(mut k) = self.0.lock() {
            if epoch > k.epoch {
                k.reset(epoch);
            }
            if epoch == k.epoch {
                if k.keys.len() >= KEPT_RECORDS {
                    k.keys.clear();
                }
                put(&mut k);
            }
        }
    }

    /// The epoch seen moved (forward, or back after a restore): what is kept goes.
    fn saw(&self, epoch: i64) {
        if let Ok(mut k) = self.0.lock()
            && k.epoch != epoch
        {
            k.reset(epoch);
        }
    }

    /// The organisation's restrictions, if kept at exactly `epoch`.
    fn restrictions(
        &self,
        org: OrgId,
        epoch: i64,
    ) -> Option<Arc<std::collections::HashSet<(String, String)>>> {
        let k = self.0.lock().ok()?;
        (k.epoch == epoch).then(|| k.restrictions.get(&org).cloned())?
    }

    /// A subject destroyed here: nothing of theirs stays in memory, whatever the epoch.
    fn forget_subject(&self, org: OrgId, subject: &str) {
        if let Ok(mut k) = self.0.lock() {
            let who = (org, subject.to_owned());
            for t in k.tokens.remove(&who).unwrap_or_default() {
                k.records.remove(&(org, t));
            }
            k.keys.remove(&who);
        }
    }
}

/// Most writes or destructions in one transaction.
const BATCH: usize = 512;

/// A destruction as recorded outside the database, so that restoring an earlier backup
/// cannot bring the subject back: the keys to destroy again (never the subject's identifier
/// or data).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Tombstone {
    /// The organisation.
    pub org: Uuid,
    /// The subject's pseudonym.
    pub subject: String,
    /// The data keys destroyed.
    pub key_ids: Vec<Uuid>,
    /// When.
    #[serde(with = "time::serde::rfc3339")]
    pub at: time::OffsetDateTime,
}

/// Where destructions are recorded outside the database (a file beside the keystore), and
/// read back to re-apply them.
pub trait Tombstones: Send + Sync {
    /// Records destructions (durably, all of them or an error) before they are carried out.
    fn record(&self, ts: &[Tombstone]) -> Result<(), String>;
    /// Every destruction recorded.
    fn all(&self) -> Result<Vec<Tombstone>, String>;
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("keystore", &self.keystore.kind())
            .finish_non_exhaustive()
    }
}

impl Vault {
    /// A vault over a keystore.
    pub fn new(keystore: Arc<dyn Keystore>) -> Self {
        Self {
            keystore,
            identities: Mutex::default(),
            making_identity: tokio::sync::Mutex::new(()),
            tombstones: None,
            writes: Batcher::new(BATCH),
            destructions: Batcher::new(BATCH),
            kept: Kept::default(),
        }
    }

    /// The same, recording destructions in `tombstones` too.
    #[must_use]
    pub fn with_tombstones(mut self, tombstones: Arc<dyn Tombstones>) -> Self {
        self.tombstones = Some(tombstones);
        self
    }
}

/// Most fields in one record.
pub const MAX_FIELDS: usize = 64;
/// Largest record, as JSON.
pub const MAX_RECORD_BYTES: usize = 64 * 1024;

/// What a system stores.
#[derive(Debug, Clone)]
pub struct StoreInput {
    /// The collection (`[a-z0-9_.-]`, at most 64).
    pub collection: String,
    /// The data subject's identifier (a CCCD number, an e-mail address...) or pseudonym.
    pub subject: String,
    /// The purpose of the processing (a code like the collection's name).
    pub purpose: String,
    /// The fields: names to strings, numbers, booleans or nulls.
    pub fields: Map<String, Value>,
}

/// A stored record: the token to keep, and the subject as its pseudonym.
#[derive(Debug, Clone)]
pub struct Stored {
    /// The token.
    pub token: Uuid,
    /// The subject's pseudonym.
    pub subject: String,
}

/// A read record.
#[derive(Debug)]
pub struct Read {
    /// The fields (masked when asked so); wiped from this value's memory is the caller's
    /// concern once serialised.
    pub fields: Map<String, Value>,
    /// Whether the values are masked.
    pub masked: bool,
    /// The collection.
    pub collection: String,
    /// The subject's pseudonym.
    pub subject: String,
}

/// A destruction done.
#[derive(Debug, Clone)]
pub struct Destroyed {
    /// The certificate (CMS SignedData, DER).
    pub certificate: Vec<u8>,
    /// The processing log's entry recording it.
    pub log_index: u64,
    /// The subject's pseudonym.
    pub subject: String,
    /// The data keys destroyed.
    pub key_ids: Vec<Uuid>,
    /// The records made unreadable.
    pub records: u64,
}

/// A code: a collection's name or a purpose (`[a-z0-9_.-]`, 1 to 64), safe to record.
pub fn check_code(field: &'static str, s: &str) -> Result<String, AppError> {
    let ok = !s.is_empty()
        && s.len() <= 64
        && s.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'.' | b'-')
        });
    if ok {
        Ok(s.to_owned())
    } else {
        Err(AppError::invalid(
            field,
            "1 to 64 lower-case letters, digits, `_`, `.` or `-`",
        ))
    }
}

pub(crate) fn record_aad(
    org: OrgId,
    token: Uuid,
    collection: &str,
    subject: &str,
    key: Uuid,
) -> Vec<u8> {
    format!("khien/vault-record/v1|{org}|{token}|{collection}|{subject}|{key}").into_bytes()
}

fn key_aad(org: OrgId, subject: &str, key: Uuid) -> Vec<u8> {
    format!("khien/vault-key/v1|{org}|{subject}|{key}").into_bytes()
}

/// The `kek` of a stored signing key held in the keystore's token (Decree 165/2025 Art.
/// 16.3(b), the organisation's key in its HSM): no KEK wraps it, and what is stored in place
/// of the wrapped key is the token object's label.
pub const HELD_SIGNING_KEY: &str = "token";

/// The label of a signing key generated in the token for `org`.
fn signing_key_label(org: OrgId, tag: [u8; 4]) -> String {
    let tag: String = tag.iter().map(|b| format!("{b:02x}")).collect();
    format!("khien-sign-{org}-{tag}")
}

fn signing_aad(org: OrgId) -> Vec<u8> {
    format!("khien/signing-key/v1|{org}").into_bytes()
}

pub(crate) fn crypto(e: khien_crypto::CryptoError) -> AppError {
    tracing::error!(error = %e, "vault cryptography failed");
    AppError::Internal
}

/// A stored signing key: the wrapped data key's length (2 bytes), the wrapped data key, and
/// the PKCS#8 key sealed under that data key.
fn split_signing_key(stored: &[u8]) -> Result<(&[u8], &[u8]), AppError> {
    let (len, rest) = stored.split_at_checked(2).ok_or(AppError::Internal)?;
    let len = usize::from(u16::from_be_bytes([len[0], len[1]]));
    rest.split_at_checked(len).ok_or(AppError::Internal)
}

fn join_signing_key(wrapped_key: &[u8], sealed: &[u8]) -> Result<Vec<u8>, AppError> {
    let len = u16::try_from(wrapped_key.len()).map_err(|_| AppError::Internal)?;
    let mut stored = len.to_be_bytes().to_vec();
    stored.extend_from_slice(wrapped_key);
    stored.extend_from_slice(sealed);
    Ok(stored)
}

/// What a re-wrap after a key rotation did.
#[derive(Debug, Clone, Default)]
pub struct Rewrapped {
    /// The key-encryption key everything is now wrapped under.
    pub current: String,
    /// Keys re-wrapped.
    pub rewrapped: u64,
    /// Live keys still under other key-encryption keys (those the keystore does not hold),
    /// by KEK.
    pub left: Vec<(String, u64)>,
    /// The processing log's entry recording the re-wrap.
    pub log_index: u64,
}

/// A reference in the input to a row that is not there: the input is invalid (not a 404 of
/// the route).
fn missing_is_invalid(
    field: &'static str,
    rule: &'static str,
) -> impl FnOnce(StoreError) -> AppError {
    move |e| match e {
        StoreError::NotFound(_) => AppError::invalid(field, rule),
        e => e.into(),
    }
}

/// One result per item: the batch's own, or its failure for every item.
fn all_or_each(n: usize, r: StoreResult<Vec<StoreResult<()>>>) -> Vec<StoreResult<()>> {
    match r {
        Ok(each) => each,
        Err(e) => {
            tracing::error!(error = %e, "a vault transaction failed");
            let msg = e.to_string();
            (0..n)
                .map(|_| Err(StoreError::Backend(msg.clone())))
                .collect()
        }
    }
}

/// Carries out gathered destructions: first their tombstones, outside the database and
/// durable (one fsync), so that no restore can undo them; then one transaction.
async fn destroy_batch(
    store: Arc<dyn khien_store::Store>,
    tombstones: Option<Arc<dyn Tombstones>>,
    items: Vec<(Tombstone, Destruction)>,
) -> Vec<StoreResult<()>> {
    let n = items.len();
    let (ts, ds): (Vec<Tombstone>, Vec<Destruction>) = items.into_iter().unzip();
    if let Some(t) = tombstones {
        let recorded = tokio::task::spawn_blocking(move || t.record(&ts)).await;
        if !matches!(recorded, Ok(Ok(()))) {
            let why = match recorded {
                Ok(Err(e)) => e,
                _ => "the task stopped".to_owned(),
            };
            tracing::error!(error = %why, "destructions could not be recorded outside the database; nothing destroyed");
            return (0..n)
                .map(|_| Err(StoreError::Backend("tombstones".to_owned())))
                .collect();
        }
    }
    all_or_each(n, store.destroy_vault_subjects(&ds).await)
}

/// Adapts the application's generator to the crypto engine's.
pub(crate) struct Rng<'a>(pub(crate) &'a dyn crate::Random);

impl khien_crypto::Fill for Rng<'_> {
    fn fill(&self, buf: &mut [u8]) {
        self.0.fill(buf);
    }
}

impl App {
    pub(crate) fn vault(&self) -> Result<&Vault, AppError> {
        self.vault.as_deref().ok_or(AppError::Unavailable("vault"))
    }

    /// The pseudonym of a subject named by identifier or already by pseudonym.
    pub(crate) fn subject_pseudonym(&self, org: OrgId, subject: &str) -> Result<String, AppError> {
        let s = subject.trim();
        if s.is_empty() || s.chars().count() > 256 {
            return Err(AppError::invalid("subject", "1 to 256 characters"));
        }
        if s.starts_with("ps1:") {
            return Ok(s.to_owned());
        }
        Ok(self.log.pseudonyms().for_org(&org.as_uuid()).pseudonym(s))
    }

    /// Whether any field, by its name or its value, is sensitive personal data under Law
    /// 91/2025 (khien-detect's classification), for collections made by a first write.
    fn looks_sensitive(&self, fields: &Map<String, Value>) -> bool {
        let year = self.now().year();
        fields.iter().any(|(name, v)| {
            let hint = khien_detect::hint(name);
            let by_name = matches!(hint, Some(khien_detect::Hint::Is(d))
                if khien_detect::classify(d, khien_detect::Regime::Law91).0
                    == khien_detect::Category::Sensitive);
            let by_value = v
                .as_str()
                .and_then(|s| khien_detect::detect(s, hint, year))
                .is_some_and(|h| {
                    h.confidence >= 0.8
                        && khien_detect::classify(h.detector, khien_detect::Regime::Law91).0
                            == khien_detect::Category::Sensitive
                });
            by_name || by_value
        })
    }

    /// Stores a data subject's fields in a collection, encrypted, and returns the token
    /// (Decree 165/2025 Art. 11.1). A collection not yet declared is made by its first
    /// write, kept for that write's purpose, sensitive when a field is.
    pub async fn vault_store(
        &self,
        caller: &Caller,
        org: OrgId,
        input: &StoreInput,
    ) -> Result<Stored, AppError> {
        let vault = self.vault()?;
        let collection = check_code("collection", &input.collection)?;
        let purpose = check_code("purpose", &input.purpose)?;
        let subject = self.subject_pseudonym(org, &input.subject)?;
        check_fields(&input.fields)?;
        let plain =
            Zeroizing::new(serde_json::to_vec(&input.fields).map_err(|_| AppError::Internal)?);
        if plain.len() > MAX_RECORD_BYTES {
            return Err(AppError::invalid("fields", "at most 64 KiB in all"));
        }
        let (existing, basis) = self.kept_collection(vault, org, &collection).await?;
        let detected = self.looks_sensitive(&input.fields);
        let (sensitive, purposes) = match &existing {
            Some(c) => (c.sensitive || detected, c.purposes.clone()),
            None => (detected, vec![purpose.clone()]),
        };
        // Tokens and key ids begin with the time, so that records and keys are written at the
        // end of their indexes (a random key cost a page per row; BENCHMARKS.md).
        let token = khien_domain::time_ordered_uuid(self.now(), self.random_bytes::<10>());
        let on = On {
            subject: Some(subject.clone()),
            vault: Some(VaultFacts {
                sensitive,
                purposes: purposes.clone(),
                purpose: purpose.clone(),
            }),
            ..On::default()
        }
        .with("collection", collection.clone())
        .with("token", token.to_string())
        .with("fields", input.fields.len());
        let p = self.permit(caller, ops::VAULT_WRITE, org, on).await?;
        // Collecting more of a subject's data for a purpose they restricted, objected to or
        // withdrew consent for is processing too (Law 91/2025 Art. 10): refused.
        if self
            .restricted(vault, org, &subject, &purpose, p.vault_epoch)
            .await?
        {
            return self.finish(&p, Err(AppError::Restricted)).await;
        }
        // Decided on a collection read from memory or before the decision: if the vault
        // changed since (or the log cannot tell), the collection must still be what was
        // decided on.
        if p.vault_epoch != Some(basis) {
            if let Some(seen) = p.vault_epoch {
                vault.kept.saw(seen);
            }
            let again = self.store.vault_collection(org, &collection).await?;
            let same = match (&existing, &again) {
                (Some(a), Some(b)) => a.sensitive == b.sensitive && a.purposes == b.purposes,
                (None, None) => true,
                _ => false,
            };
            if !same {
                return self
                    .finish(
                        &p,
                        Err(AppError::Conflict(
                            "the collection changed while it was written; retry".to_owned(),
                        )),
                    )
                    .await;
            }
        }
        let r = async {
            let now = self.now();
            // A write never replaces what the DPO declared (purposes, asset): it makes a
            // collection that does not exist yet, or marks one sensitive.
            match &existing {
                None => {
                    let made = self
                        .store
                        .create_vault_collection(&VaultCollection {
                            org_id: org,
                            name: collection.clone(),
                            sensitive,
                            purposes: purposes.clone(),
                            created_at: now,
                            records: 0,
                            asset_id: None,
                        })
                        .await?;
                    if !made {
                        // Made by another writer meanwhile: it must be what was decided on.
                        let theirs = self.store.vault_collection(org, &collection).await?;
                        if theirs.as_ref().is_none_or(|c| c.purposes != purposes) {
                            return Err(AppError::Conflict(
                                "the collection was declared meanwhile; retry".to_owned(),
                            ));
                        }
                        if sensitive && theirs.is_some_and(|c| !c.sensitive) {
                            self.store
                                .mark_vault_collection_sensitive(org, &collection)
                                .await?;
                        }
                    }
                }
                Some(c) if sensitive && !c.sensitive => {
                    self.store
                        .mark_vault_collection_sensitive(org, &collection)
                        .await?;
                }
                Some(_) => {}
            }
            let rng = Rng(self.random.as_ref());
            // Seal under the subject's live key, or a new one; if another writer made the
            // subject's key meanwhile (or it is not the one kept in memory), seal again
            // under theirs. First from memory: a subject not kept gets a new key at once (the
            // store refuses it if they have one, and the second round reads theirs).
            for attempt in 0..3 {
                let live = if attempt == 0 {
                    vault.kept.key(org, &subject)
                } else {
                    self.store.live_subject_key(org, &subject).await?
                };
                let opened = match &live {
                    Some(k) if attempt == 0 => self.open_key(vault, org, k).ok(),
                    Some(k) => Some(self.open_key(vault, org, k)?),
                    None => None,
                };
                if attempt == 0 && live.is_some() && opened.is_none() {
                    // The key kept in memory no longer opens (re-wrapped, destroyed): read it.
                    continue;
                }
                let (key, key_id, new) = match (&live, opened) {
                    (Some(k), Some(dk)) => (dk, k.key_id, None),
                    _ => {
                        let key_id =
                            khien_domain::time_ordered_uuid(now, self.random_bytes::<10>());
                        let dk = DataKey::generate(&rng);
                        let w = vault
                            .keystore
                            .wrap(&dk, &key_aad(org, &subject, key_id), &rng)
                            .map_err(crypto)?;
                        let k = SubjectKey {
                            key_id,
                            subject: subject.clone(),
                            kek: w.kek.0,
                            wrapped: Some(w.bytes),
                            created_at: now,
                            destroyed_at: None,
                        };
                        (dk, key_id, Some(k))
                    }
                };
                let sealed = envelope::seal(
                    &key,
                    &rng,
                    &record_aad(org, token, &collection, &subject, key_id),
                    &plain,
                )
                .map_err(crypto)?;
                let record = VaultRecord {
                    token,
                    org_id: org,
                    subject: subject.clone(),
                    collection: collection.clone(),
                    key_id,
                    sealed: Some(sealed),
                    created_at: now,
                };
                let store = self.store.clone();
                let used = match &new {
                    Some(k) => k.clone(),
                    None => match live {
                        Some(k) => k,
                        None => return Err(AppError::Internal),
                    },
                };
                let put = vault.writes.submit((record, new), move |items| {
                    let store = store.clone();
                    async move { all_or_each(items.len(), store.put_vault_records(&items).await) }
                });
                match put.await? {
                    Ok(()) => {
                        if let Some(epoch) = p.vault_epoch {
                            vault.kept.keep(epoch, |k| {
                                k.keys.insert((org, subject.clone()), used);
                            });
                        }
                        return Ok(Stored {
                            token,
                            subject: subject.clone(),
                        });
                    }
                    Err(khien_store::StoreError::Conflict(_)) => continue,
                    Err(e) => return Err(e.into()),
                }
            }
            Err(AppError::Conflict(
                "the subject's data key kept changing; retry".to_owned(),
            ))
        }
        .await;
        self.finish(&p, r).await
    }

    /// A record with its key and collection, from memory or the store, and the vault epoch
    /// it is valid at (none when not found).
    async fn kept_record(
        &self,
        vault: &Vault,
        org: OrgId,
        token: Uuid,
    ) -> Result<(Option<Arc<khien_store::RecordWithKey>>, Option<i64>), AppError> {
        if let Some((r, epoch)) = vault.kept.record(org, token) {
            return Ok((Some(r), Some(epoch)));
        }
        let (found, epoch) = self.store.vault_record_seen(org, token).await?;
        let Some(found) = found else {
            return Ok((None, None));
        };
        let found = Arc::new(found);
        vault
            .kept
            .keep(epoch, |k| k.put_record(org, token, found.clone()));
        Ok((Some(found), Some(epoch)))
    }

    /// A collection, from memory or the store, and the vault epoch it is valid at.
    async fn kept_collection(
        &self,
        vault: &Vault,
        org: OrgId,
        name: &str,
    ) -> Result<(Option<VaultCollection>, i64), AppError> {
        if let Some((c, epoch)) = vault.kept.collection(org, name) {
            return Ok((Some((*c).clone()), epoch));
        }
        let (found, epoch) = self.store.vault_collection_seen(org, name).await?;
        if let Some(c) = &found {
            let c = Arc::new(c.clone());
            vault.kept.keep(epoch, |k| {
                k.collections.insert((org, name.to_owned()), c);
            });
        }
        Ok((found, epoch))
    }

    /// Whether the subject restricted processing for `purpose` (or for every purpose): from
    /// the restrictions kept at the epoch the decision saw, else read with their epoch.
    async fn restricted(
        &self,
        vault: &Vault,
        org: OrgId,
        subject: &str,
        purpose: &str,
        seen: Option<i64>,
    ) -> Result<bool, AppError> {
        let hit = |set: &std::collections::HashSet<(String, String)>| {
            set.contains(&(subject.to_owned(), purpose.to_owned()))
                || set.contains(&(subject.to_owned(), "*".to_owned()))
        };
        if let Some(e) = seen
            && let Some(set) = vault.kept.restrictions(org, e)
        {
            return Ok(hit(&set));
        }
        let (rows, epoch) = self.store.restrictions_seen(org).await?;
        let set: Arc<std::collections::HashSet<(String, String)>> =
            Arc::new(rows.into_iter().map(|r| (r.subject, r.purpose)).collect());
        let answer = hit(&set);
        vault.kept.keep(epoch, |k| {
            k.restrictions.insert(org, set);
        });
        Ok(answer)
    }

    /// Every record of a subject that still holds sealed fields, opened: what a data
    /// subject's access request returns and where a breach notice finds their address. The
    /// caller has recorded the decision (a decryption naming the subject) first.
    pub(crate) async fn open_subject_records(
        &self,
        vault: &Vault,
        org: OrgId,
        subject: &str,
    ) -> Result<Vec<(VaultRecord, Map<String, Value>)>, AppError> {
        let tokens = self.store.subject_tokens(org, subject).await?;
        let mut out = Vec::with_capacity(tokens.len());
        for t in tokens {
            let Some((record, key, _)) = self.store.vault_record(org, t).await? else {
                continue;
            };
            let Some(sealed) = &record.sealed else {
                continue;
            };
            let dk = self.open_key(vault, org, &key)?;
            let plain = Zeroizing::new(
                envelope::open(
                    &dk,
                    &record_aad(
                        org,
                        record.token,
                        &record.collection,
                        &record.subject,
                        key.key_id,
                    ),
                    sealed,
                )
                .map_err(crypto)?,
            );
            let fields: Map<String, Value> =
                serde_json::from_slice(&plain).map_err(|_| AppError::Internal)?;
            out.push((record, fields));
        }
        Ok(out)
    }

    pub(crate) fn open_key(
        &self,
        vault: &Vault,
        org: OrgId,
        k: &SubjectKey,
    ) -> Result<DataKey, AppError> {
        let wrapped = k.wrapped.as_ref().ok_or(AppError::Gone("data subject"))?;
        vault
            .keystore
            .unwrap(
                &Wrapped {
                    kek: khien_crypto::KekId(k.kek.clone()),
                    bytes: wrapped.clone(),
                },
                &key_aad(org, &k.subject, k.key_id),
            )
            .map_err(crypto)
    }

    /// Reads a record for a purpose: its values (a decryption), or masked values. Refused
    /// (and recorded) unless the policies permit this caller this purpose on this collection;
    /// gone once the subject was destroyed.
    pub async fn vault_read(
        &self,
        caller: &Caller,
        org: OrgId,
        token: &str,
        purpose: &str,
        masked: bool,
    ) -> Result<Read, AppError> {
        let vault = self.vault()?;
        let purpose = check_code("purpose", purpose)?;
        let (found, basis) = match Uuid::parse_str(token) {
            Ok(t) => self.kept_record(vault, org, t).await?,
            Err(_) => (None, None),
        };
        let Some(found) = found else {
            // Asked and not found: recorded like any read of the organisation.
            let on = On::default().with("found", false);
            let p = self.permit(caller, ops::VAULT_LOOKUP, org, on).await?;
            return self.finish(&p, Err(AppError::NotFound("record"))).await;
        };
        let (record, key, collection) = &*found;
        let purpose_named = purpose.clone();
        let on = On {
            subject: Some(record.subject.clone()),
            vault: Some(VaultFacts {
                sensitive: collection.sensitive,
                purposes: collection.purposes.clone(),
                purpose,
            }),
            ..On::default()
        }
        .with("collection", collection.name.clone())
        .with("token", record.token.to_string());
        let op = if masked {
            ops::VAULT_READ_MASKED
        } else {
            ops::VAULT_DECRYPT
        };
        // The decision (a decryption) is durable in the log before any plaintext exists.
        let p = self.permit(caller, op, org, on).await?;
        // Read from memory or before the decision: if the vault changed since (the epoch the
        // decision's own transaction saw moved), read it again; a destroyed subject is then
        // gone, a collection whose class or purposes changed is decided again.
        let fresh;
        let (record, key) = match (basis, p.vault_epoch) {
            (Some(b), seen) if seen != Some(b) => {
                if let Some(seen) = seen {
                    vault.kept.saw(seen);
                }
                let (again, _) = self.store.vault_record_seen(org, record.token).await?;
                match again {
                    Some(a)
                        if a.2.sensitive == collection.sensitive
                            && a.2.purposes == collection.purposes
                            && a.0.collection == record.collection
                            && a.0.subject == record.subject =>
                    {
                        fresh = a;
                        (&fresh.0, &fresh.1)
                    }
                    _ => {
                        return self
                            .finish(
                                &p,
                                Err(AppError::Conflict(
                                    "the record's collection changed while it was read; retry"
                                        .to_owned(),
                                )),
                            )
                            .await;
                    }
                }
            }
            _ => (record, key),
        };
        // A subject who restricted, objected to or withdrew consent for this purpose (Law
        // 91/2025 Art. 10): refused, with the refusal recorded after the decision.
        if record.sealed.is_some()
            && self
                .restricted(vault, org, &record.subject, &purpose_named, p.vault_epoch)
                .await?
        {
            return self.finish(&p, Err(AppError::Restricted)).await;
        }
        let r = (|| {
            let sealed = record
                .sealed
                .as_ref()
                .ok_or(AppError::Gone("data subject"))?;
            let dk = self.open_key(vault, org, key)?;
            let plain = envelope::open(
                &dk,
                &record_aad(
                    org,
                    record.token,
                    &record.collection,
                    &record.subject,
                    key.key_id,
                ),
                sealed,
            )
            .map_err(crypto)?;
            let mut fields: Map<String, Value> =
                serde_json::from_slice(&plain).map_err(|_| AppError::Internal)?;
            if masked {
                for v in fields.values_mut() {
                    *v = match v {
                        Value::String(s) => Value::String(khien_crypto::mask::mask(s)),
                        Value::Number(n) => Value::String(khien_crypto::mask::mask(&n.to_string())),
                        _ => Value::Null,
                    };
                }
            }
            Ok(Read {
                fields,
                masked,
                collection: record.collection.clone(),
                subject: record.subject.clone(),
            })
        })();
        self.finish(&p, r).await
    }

    /// Destroys a data subject's data in the vault (crypto-shredding: their data keys are
    /// destroyed, their sealed fields erased) and returns a certificate signed by the
    /// organisation (Decree 165/2025 Art. 13, 17.7). `case` is the data subject's request
    /// this answers, when there is one.
    pub async fn vault_destroy(
        &self,
        caller: &Caller,
        org: OrgId,
        subject: &str,
        reason: &str,
        case: Option<CaseId>,
    ) -> Result<Destroyed, AppError> {
        let vault = self.vault()?;
        // A subject that cannot be one (blank, too long) is one Khiên holds nothing of.
        let subject = self
            .subject_pseudonym(org, subject)
            .map_err(|_| AppError::NotFound("data subject"))?;
        // The reason goes into the signed certificate, never personal data.
        let reason = self.screened_text("reason", reason, 500, true, "1 to 500 characters")?;
        let reason = reason.as_str();
        let mut on = On {
            subject: Some(subject.clone()),
            ..On::default()
        };
        if let Some(c) = case {
            on = on.with("case_id", c.to_string());
        }
        let p = self.permit(caller, ops::VAULT_DESTROY, org, on).await?;
        let r = async {
            if let Some(c) = case {
                self.store
                    .get_case(org, c)
                    .await
                    .map_err(missing_is_invalid("case_id", "no such case in this organisation"))?;
            }
            let identity = self.signing_identity(vault, org).await?;
            // Read what there is to destroy, sign the certificate, then destroy exactly that
            // and record the certificate in one transaction (again if a write came between).
            for _ in 0..3 {
                let state = self.store.subject_state(org, &subject).await?;
                let Some(key) = state.key else {
                    return Err(if state.destroyed_before {
                        AppError::Gone("data subject")
                    } else {
                        AppError::NotFound("data subject")
                    });
                };
                let records = state.records;
                let now = self.now();
                let key_ids = vec![key.key_id];
                let document = serde_json::json!({
                    "type": "khien/destruction-certificate/v1",
                    "title": "Giấy chứng nhận hủy dữ liệu cá nhân",
                    "legal_basis": "Nghị định 165/2025/NĐ-CP Điều 13, Điều 17 khoản 7; Luật 91/2025/QH15",
                    "organisation": { "id": org.to_string(), "name": state.org_name },
                    "subject": subject,
                    "destroyed_at": now.format(&time::format_description::well_known::Rfc3339)
                        .map_err(|_| AppError::Internal)?,
                    "by": caller.actor().id,
                    "request": case.map(|c| c.to_string()),
                    "reason": reason,
                    "method": "crypto-shredding: the data keys (AES-256-GCM) were destroyed and the sealed fields erased; no copy of the keys remains in Khiên",
                    "key_ids": key_ids.iter().map(Uuid::to_string).collect::<Vec<_>>(),
                    "records": records,
                    "log": { "index": p.index },
                });
                let content =
                    serde_json::to_vec_pretty(&document).map_err(|_| AppError::Internal)?;
                let certificate =
                    khien_crypto::cms::sign(&identity, &content, now).map_err(crypto)?;
                let d = Destruction {
                    org_id: org,
                    subject: subject.clone(),
                    at: now,
                    actor: caller.actor().id.clone(),
                    case_id: case,
                    key_ids: key_ids.clone(),
                    records,
                    log_index: p.index,
                    certificate: certificate.clone(),
                };
                let tombstone = Tombstone {
                    org: org.as_uuid(),
                    subject: subject.clone(),
                    key_ids: key_ids.clone(),
                    at: now,
                };
                let store = self.store.clone();
                let tombstones = vault.tombstones.clone();
                let done = vault.destructions.submit((tombstone, d), move |items| {
                    let store = store.clone();
                    let tombstones = tombstones.clone();
                    async move { destroy_batch(store, tombstones, items).await }
                });
                match done.await? {
                    Ok(()) => {
                        vault.kept.forget_subject(org, &subject);
                        return Ok(Destroyed {
                            certificate,
                            log_index: p.index,
                            subject: subject.clone(),
                            key_ids,
                            records,
                        });
                    }
                    Err(khien_store::StoreError::Conflict(_)) => continue,
                    Err(e) => return Err(e.into()),
                }
            }
            Err(AppError::Conflict(
                "the subject's records kept changing; retry".to_owned(),
            ))
        }
        .await;
        self.finish(&p, r).await
    }

    /// The organisation's signing certificate (PEM): made, self-issued, the first time it is
    /// needed (Decree 165/2025 Art. 16.3(b)).
    pub async fn signing_certificate(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<String, AppError> {
        let vault = self.vault()?;
        self.read_in_org(
            caller,
            ops::SIGNING_CERTIFICATE_GET,
            org,
            On::default(),
            async || {
                Ok(self
                    .signing_identity(vault, org)
                    .await
                    .map_err(|e| match e {
                        AppError::Store(s) => s,
                        _ => khien_store::StoreError::Backend("signing identity".to_owned()),
                    })?
                    .certificate_pem())
            },
        )
        .await
    }

    /// The organisation's vault collections, with their record counts.
    pub async fn vault_collections(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<Vec<VaultCollection>, AppError> {
        self.read_in_org(caller, ops::VAULT_LIST, org, On::default(), async || {
            self.store.list_vault_collections(org).await
        })
        .await
    }

    /// The organisation's destructions, newest first (certificates included).
    pub async fn vault_destructions(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<Vec<Destruction>, AppError> {
        let on = On::default().with("destructions", true);
        self.read_in_org(caller, ops::VAULT_LIST, org, on, async || {
            self.store.list_destructions(org, None).await
        })
        .await
    }

    /// The destructions done under a case (a data subject's request or another), with
    /// their certificates, newest first: what the case's page shows.
    pub async fn vault_case_destructions(
        &self,
        caller: &Caller,
        org: OrgId,
        case: CaseId,
    ) -> Result<Vec<Destruction>, AppError> {
        let on = On::default()
            .with("destructions", true)
            .with("case_id", case.to_string());
        self.read_in_org(caller, ops::VAULT_LIST, org, on, async || {
            self.store.case_destructions(org, case).await
        })
        .await
    }

    /// Declares a collection, or changes its class and purposes (the DPO).
    pub async fn vault_declare(
        &self,
        caller: &Caller,
        org: OrgId,
        name: &str,
        sensitive: bool,
        purposes: &[String],
        asset: Option<khien_domain::AssetId>,
    ) -> Result<VaultCollection, AppError> {
        let name = check_code("name", name)?;
        if purposes.is_empty() || purposes.len() > 32 {
            return Err(AppError::invalid("purposes", "1 to 32 purposes"));
        }
        let mut ps = purposes
            .iter()
            .map(|p| check_code("purposes", p))
            .collect::<Result<Vec<_>, _>>()?;
        ps.sort();
        ps.dedup();
        let on = On::default()
            .with("collection", name.clone())
            .with("sensitive", sensitive)
            .with("purposes", ps.join(","));
        let p = self.permit(caller, ops::VAULT_DECLARE, org, on).await?;
        let r = async {
            let existing = self.store.vault_collection(org, &name).await?;
            if existing.as_ref().is_some_and(|c| c.sensitive && !sensitive) {
                return Err(AppError::Conflict(
                    "a collection found sensitive stays sensitive".to_owned(),
                ));
            }
            if let Some(a) = asset {
                self.store
                    .get_asset(org, a)
                    .await
                    .map_err(missing_is_invalid(
                        "asset_id",
                        "no such asset in this organisation",
                    ))?;
            }
            let c = VaultCollection {
                org_id: org,
                name: name.clone(),
                sensitive,
                purposes: ps,
                created_at: existing.as_ref().map_or(self.now(), |c| c.created_at),
                records: existing.as_ref().map_or(0, |c| c.records),
                asset_id: asset,
            };
            self.store.put_vault_collection(&c).await?;
            // With its record count (a single collection is read without it).
            let listed = self.store.list_vault_collections(org).await?;
            Ok(listed.into_iter().find(|x| x.name == c.name).unwrap_or(c))
        }
        .await;
        self.finish(&p, r).await
    }

    /// The organisation's signing identity: made (self-issued) the first time, its key kept
    /// sealed under a data key wrapped by the keystore, or held in the keystore's PKCS#11
    /// token (generated there when the keystore is one).
    pub(crate) async fn signing_identity(
        &self,
        vault: &Vault,
        org: OrgId,
    ) -> Result<Arc<SigningIdentity>, AppError> {
        if let Some(id) = vault
            .identities
            .lock()
            .ok()
            .and_then(|m| m.get(&org).cloned())
        {
            return Ok(id);
        }
        // One at a time, and again from memory: another request may have made it meanwhile.
        let _making = vault.making_identity.lock().await;
        if let Some(id) = vault
            .identities
            .lock()
            .ok()
            .and_then(|m| m.get(&org).cloned())
        {
            return Ok(id);
        }
        let id = match self.store.signing_key(org).await? {
            Some((certs, kek, label)) if kek == HELD_SIGNING_KEY => {
                // The token's object must be one made for this organisation: its label is
                // not bound to it otherwise (a sealed key is, by its associated data).
                let label = String::from_utf8(label)
                    .ok()
                    .filter(|l| l.starts_with(&format!("khien-sign-{org}-")))
                    .ok_or_else(|| {
                        tracing::error!("the stored reference to the organisation's signing key in the token is not one made for it");
                        AppError::Internal
                    })?;
                let Some(key) = vault.keystore.signing_key(&label, false).map_err(crypto)? else {
                    tracing::error!(
                        "the organisation's signing key is held in a PKCS#11 token, and this keystore is not that token"
                    );
                    return Err(AppError::Internal);
                };
                let mut certs =
                    khien_crypto::identity::split_der_certificates(&certs).map_err(crypto)?;
                let leaf = certs.remove(0);
                SigningIdentity::from_held(leaf, &certs, key).map_err(crypto)?
            }
            Some((certs, kek, wrapped)) => {
                let (wdk, sealed) = split_signing_key(&wrapped)?;
                let dk = vault
                    .keystore
                    .unwrap(
                        &Wrapped {
                            kek: khien_crypto::KekId(kek),
                            bytes: wdk.to_vec(),
                        },
                        &signing_aad(org),
                    )
                    .map_err(crypto)?;
                let pkcs8 = envelope::open(&dk, &signing_aad(org), sealed).map_err(crypto)?;
                // The certificate, then its issuers' (an imported identity's chain).
                let mut certs =
                    khien_crypto::identity::split_der_certificates(&certs).map_err(crypto)?;
                let leaf = certs.remove(0);
                SigningIdentity::from_parts_with_chain(leaf, &certs, Zeroizing::new(pkcs8.to_vec()))
                    .map_err(crypto)?
            }
            None => {
                let id = self.new_signing_identity(vault, org).await?;
                self.put_signing_identity(vault, org, &id).await?;
                id
            }
        };
        let id = Arc::new(id);
        if let Ok(mut m) = vault.identities.lock() {
            m.insert(org, id.clone());
        }
        Ok(id)
    }
}

impl App {
    /// A new self-issued identity for `org`: its key generated in the keystore's PKCS#11
    /// token when the keystore is one (the key never leaves it), otherwise here.
    async fn new_signing_identity(
        &self,
        vault: &Vault,
        org: OrgId,
    ) -> Result<SigningIdentity, AppError> {
        let o = self.store.get_organisation(org).await?;
        let org_text = org.to_string();
        let subject = khien_crypto::identity::Subject {
            organisation: o.details.name.as_str(),
            org_id: &org_text,
        };
        let label = signing_key_label(org, self.random_bytes::<4>());
        match vault.keystore.signing_key(&label, true).map_err(crypto)? {
            Some(key) => SigningIdentity::self_issued_held(&subject, self.now(), 5, key),
            None => SigningIdentity::self_issued(&subject, self.now(), 5),
        }
        .map_err(crypto)
    }

    /// Keeps a signing identity: its key sealed under a new data key wrapped by the
    /// keystore, its certificate followed by its issuers'; for a key held in the token, the
    /// token object's label in place of the key.
    async fn put_signing_identity(
        &self,
        vault: &Vault,
        org: OrgId,
        id: &SigningIdentity,
    ) -> Result<(), AppError> {
        let mut certs = id.certificate_der().to_vec();
        for c in id.chain_der() {
            certs.extend_from_slice(c);
        }
        if let Some(key) = id.held_key() {
            self.store
                .put_signing_key(
                    org,
                    &certs,
                    HELD_SIGNING_KEY,
                    key.reference().as_bytes(),
                    self.now(),
                )
                .await?;
            return Ok(());
        }
        let rng = Rng(self.random.as_ref());
        let dk = DataKey::generate(&rng);
        let w = vault
            .keystore
            .wrap(&dk, &signing_aad(org), &rng)
            .map_err(crypto)?;
        let sealed =
            envelope::seal(&dk, &rng, &signing_aad(org), id.key_pkcs8()).map_err(crypto)?;
        let stored = join_signing_key(&w.bytes, &sealed)?;
        self.store
            .put_signing_key(org, &certs, &w.kek.0, &stored, self.now())
            .await?;
        Ok(())
    }

    /// Stores `id` as the organisation's identity and uses it from now on in this server.
    async fn keep_signing_identity(
        &self,
        vault: &Vault,
        org: OrgId,
        id: SigningIdentity,
    ) -> Result<(), AppError> {
        self.put_signing_identity(vault, org, &id).await?;
        if let Ok(mut m) = vault.identities.lock() {
            m.insert(org, Arc::new(id));
        }
        Ok(())
    }

    /// Replaces the organisation's signing identity by one issued by a CA (a Vietnamese
    /// CA's certificate, imported from PKCS#12 or PEM by the caller; Decree 165/2025
    /// Art. 16.3(b)): what is signed from then on carries it. Returns the new certificate's
    /// SHA-256 fingerprint. Recorded with the old and new fingerprints.
    pub async fn vault_import_identity(
        &self,
        caller: &Caller,
        org: OrgId,
        id: SigningIdentity,
    ) -> Result<String, AppError> {
        let vault = self.vault()?;
        let fingerprint = id.fingerprint();
        // The fingerprint only: an individual's certificate names a person.
        let on = On::default().with("certificate_sha256", fingerprint.clone());
        let p = self
            .permit(caller, ops::SIGNING_IDENTITY_IMPORT, org, on)
            .await?;
        let r = async {
            self.store.get_organisation(org).await?;
            self.keep_signing_identity(vault, org, id).await?;
            Ok(fingerprint)
        }
        .await;
        self.finish(&p, r).await
    }

    /// Replaces the organisation's signing identity by a new key generated in the keystore's
    /// PKCS#11 token, with a self-issued certificate (Decree 165/2025 Art. 16.3(b): the key
    /// in the organisation's HSM, never outside it). Refused when the keystore is not a
    /// token. Returns the new certificate's SHA-256 fingerprint; the log records the decision
    /// (`signing_identity.import`, `key: pkcs11`).
    pub async fn vault_token_identity(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<String, AppError> {
        let vault = self.vault()?;
        let on = On::default().with("key", "pkcs11");
        let p = self
            .permit(caller, ops::SIGNING_IDENTITY_IMPORT, org, on)
            .await?;
        let r = async {
            if vault.keystore.kind() != "pkcs11" {
                return Err(AppError::invalid(
                    "keystore",
                    "a PKCS#11 token (KHIEN_PKCS11_MODULE, KHIEN_PKCS11_TOKEN, KHIEN_PKCS11_PIN)",
                ));
            }
            let id = self.new_signing_identity(vault, org).await?;
            let fingerprint = id.fingerprint();
            self.keep_signing_identity(vault, org, id).await?;
            Ok(fingerprint)
        }
        .await;
        self.finish(&p, r).await
    }

    /// Destroys again every destruction recorded outside the database (after a restore, and
    /// whenever a server starts): returns how many keys and records it changed, recorded in
    /// the processing log when any.
    pub async fn reapply_destructions(&self) -> Result<u64, AppError> {
        let Some(t) = self.vault.as_ref().and_then(|v| v.tombstones.clone()) else {
            return Ok(0);
        };
        let all = t.all().map_err(|e| {
            tracing::error!(error = %e, "the destructions recorded outside the database cannot be read");
            AppError::Internal
        })?;
        let now = self.now();
        let mut changed = 0;
        for d in &all {
            let n = self
                .store
                .reapply_destruction(OrgId::from_uuid(d.org), &d.key_ids, now)
                .await?;
            if n > 0 {
                let mut e = khien_log::event::Entry::system(
                    now,
                    Some(d.org),
                    crate::Caller::operator_from_env().actor(),
                    khien_log::event::Action::Destruction,
                );
                e.subject = Some(d.subject.clone());
                let mut detail = Map::new();
                detail.insert("op".to_owned(), "vault.destruction_reapplied".into());
                detail.insert("changed".to_owned(), n.into());
                e.details = Some(detail);
                self.log.append(vec![e]).await.map_err(AppError::Log)?;
            }
            changed += n;
        }
        Ok(changed)
    }

    /// Records a backup or a restore of the whole registry in the processing log (the
    /// operator's action; Decree 165/2025 Art. 17.10).
    pub async fn record_instance_event(
        &self,
        caller: &Caller,
        action: khien_log::event::Action,
        op: &'static str,
    ) -> Result<u64, AppError> {
        self.record_instance_event_with(caller, action, op, Map::new())
            .await
    }

    /// Records the retirement of a key-encryption key (before it is removed): what was
    /// wrapped under it, backups included, can no longer be opened.
    pub async fn record_key_retirement(&self, caller: &Caller, kek: &str) -> Result<u64, AppError> {
        let mut detail = Map::new();
        detail.insert("kek".to_owned(), kek.into());
        self.record_instance_event_with(
            caller,
            khien_log::event::Action::Destruction,
            "vault.retire-key",
            detail,
        )
        .await
    }

    async fn record_instance_event_with(
        &self,
        caller: &Caller,
        action: khien_log::event::Action,
        op: &'static str,
        mut detail: Map<String, Value>,
    ) -> Result<u64, AppError> {
        let mut e = khien_log::event::Entry::system(self.now(), None, caller.actor(), action);
        detail.insert("op".to_owned(), op.into());
        e.details = Some(detail);
        let idx = self.log.append(vec![e]).await.map_err(AppError::Log)?;
        idx.first().copied().ok_or(AppError::Internal)
    }
}

impl App {
    /// Re-wraps every live key (data keys and signing keys) held under a key-encryption key
    /// other than the keystore's current one, after a rotation: the data is not touched
    /// (Decree 165/2025 Art. 11). Recorded first in the processing log (the operator's
    /// action); `progress` is told the running count. Keys under a KEK the keystore no
    /// longer holds cannot be re-wrapped and are reported in `left`.
    pub async fn vault_rewrap(
        &self,
        caller: &Caller,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<Rewrapped, AppError> {
        let vault = self.vault()?;
        let current = vault.keystore.current().0;
        let mut detail = Map::new();
        detail.insert("kek".to_owned(), current.clone().into());
        let log_index = self
            .record_instance_event_with(
                caller,
                khien_log::event::Action::Encryption,
                "vault.rewrap",
                detail,
            )
            .await?;
        let held: std::collections::HashSet<String> =
            vault.keystore.keks().into_iter().map(|k| k.0).collect();
        let rng = Rng(self.random.as_ref());
        let mut done = 0;
        for (kek, _) in self.store.kek_usage().await? {
            if kek == current || !held.contains(&kek) {
                continue;
            }
            loop {
                let batch = self.store.keys_wrapped_by(&kek, 1000).await?;
                if batch.is_empty() {
                    break;
                }
                let mut items = Vec::with_capacity(batch.len());
                for k in batch {
                    let (aad, wdk, sealed) = match &k.kind {
                        khien_store::WrappedKind::Data { key_id, subject } => {
                            (key_aad(k.org_id, subject, *key_id), &k.wrapped[..], None)
                        }
                        khien_store::WrappedKind::Signing => {
                            let (wdk, sealed) = split_signing_key(&k.wrapped)?;
                            (signing_aad(k.org_id), wdk, Some(sealed))
                        }
                        khien_store::WrappedKind::Request { reference } => (
                            crate::requests::request_aad(k.org_id, reference),
                            &k.wrapped[..],
                            None,
                        ),
                    };
                    let dk = vault
                        .keystore
                        .unwrap(
                            &Wrapped {
                                kek: khien_crypto::KekId(k.kek.clone()),
                                bytes: wdk.to_vec(),
                            },
                            &aad,
                        )
                        .map_err(crypto)?;
                    let w = vault.keystore.wrap(&dk, &aad, &rng).map_err(crypto)?;
                    let bytes = match sealed {
                        Some(sealed) => join_signing_key(&w.bytes, sealed)?,
                        None => w.bytes,
                    };
                    items.push((k, w.kek.0, bytes));
                }
                let n = self.store.rewrap_keys(&items).await?;
                done += n;
                progress(done);
            }
        }
        let left = self
            .store
            .kek_usage()
            .await?
            .into_iter()
            .filter(|(k, _)| *k != current && k != HELD_SIGNING_KEY)
            .collect();
        Ok(Rewrapped {
            current,
            rewrapped: done,
            left,
            log_index,
        })
    }
}

/// What an expiry pass found and did.
#[derive(Debug, Clone, Default)]
pub struct Expired {
    /// Subjects destroyed, with their destructions' log entries.
    pub destroyed: Vec<(String, u64)>,
    /// Subjects whose retention has passed (the ones a dry run would destroy).
    pub due: Vec<String>,
    /// Subjects with a record past its retention kept because another of their records is
    /// still within its own (or in a collection of no asset with a retention period).
    pub kept: u64,
    /// Collections whose asset is no longer in the catalogue (no period applies).
    pub orphaned: Vec<String>,
    /// Why the pass stopped before the end (an error code), when it did.
    pub stopped: Option<String>,
}

/// The reason written in the certificates of destructions at the end of a retention period.
pub const EXPIRY_REASON: &str =
    "Hết thời hạn lưu trữ của tài sản dữ liệu (Nghị định 165/2025/NĐ-CP Điều 5, Điều 13)";

impl App {
    /// Destroys the data subjects all of whose records are past their collection's asset's
    /// retention period (Decree 165/2025 Art. 5, 13): each destruction decided, recorded
    /// and certified as one asked for by the caller (`vault_destroy`), with
    /// [`EXPIRY_REASON`]. A subject with one record still within its period is kept whole
    /// (their key is theirs for all their records). `dry_run`: only say who is due.
    pub async fn vault_expire(
        &self,
        caller: &Caller,
        org: OrgId,
        dry_run: bool,
    ) -> Result<Expired, AppError> {
        self.vault()?;
        // Only who may destroy runs a pass (the decision recorded); each destruction is then
        // decided and recorded on its own.
        let on = On::default().with("expire", true).with("dry_run", dry_run);
        let p = self.permit(caller, ops::VAULT_DESTROY, org, on).await?;
        let collections = match self.store.list_vault_collections(org).await {
            Ok(c) => c,
            Err(e) => return self.finish(&p, Err(e.into())).await,
        };
        let now = self.now();
        let mut out = Expired::default();
        let mut periods: HashMap<String, khien_domain::Retention> = HashMap::new();
        for c in &collections {
            if let Some(a) = c.asset_id
                && let Some(r) = match self.store.get_asset(org, a).await {
                    Ok(asset) => asset.details.retention,
                    // The asset was deleted from the catalogue: no period to apply.
                    Err(khien_store::StoreError::NotFound(_)) => {
                        out.orphaned.push(c.name.clone());
                        None
                    }
                    Err(e) => return Err(e.into()),
                }
            {
                periods.insert(c.name.clone(), r);
            }
        }
        let past = |collection: &str, at: time::OffsetDateTime| {
            periods
                .get(collection)
                .and_then(|r| r.ends(at))
                .is_some_and(|end| end <= now)
        };
        let mut looked = std::collections::HashSet::new();
        let mut names: Vec<&String> = periods.keys().collect();
        names.sort();
        for name in names {
            let Some(before) = periods.get(name).and_then(|r| r.no_later_than(now)) else {
                continue;
            };
            let mut after: Option<String> = None;
            loop {
                // Records made after `before` cannot be past (the exact test is below).
                let page = self
                    .store
                    .expired_subjects(org, name, before, after.as_deref(), 1000)
                    .await?;
                let Some(last) = page.last() else { break };
                after = Some(last.clone());
                for subject in page {
                    if !looked.insert(subject.clone()) {
                        continue;
                    }
                    let times = self.store.subject_record_times(org, &subject).await?;
                    let here = times.iter().any(|(c, t)| c == name && past(c, *t));
                    if !here {
                        continue;
                    }
                    if times.iter().all(|(c, t)| past(c, *t)) {
                        out.due.push(subject);
                    } else {
                        out.kept += 1;
                    }
                }
            }
        }
        if dry_run {
            return Ok(out);
        }
        let mut failed = None;
        for chunk in out.due.chunks(64) {
            // Looked at again just before: a record written since keeps the subject.
            let mut now_due = Vec::with_capacity(chunk.len());
            for s in chunk {
                let times = self.store.subject_record_times(org, s).await?;
                if !times.is_empty() && times.iter().all(|(c, t)| past(c, *t)) {
                    now_due.push(s.clone());
                }
            }
            let done = crate::batch::join_all(
                now_due
                    .iter()
                    .map(|s| self.vault_destroy(caller, org, s, EXPIRY_REASON, None))
                    .collect(),
            )
            .await;
            for (s, d) in now_due.iter().zip(done) {
                match d {
                    Ok(d) => out.destroyed.push((s.clone(), d.log_index)),
                    // Destroyed meanwhile by someone else: nothing left to do.
                    Err(AppError::Gone(_) | AppError::NotFound(_)) => {}
                    Err(e) => {
                        failed.get_or_insert(e);
                    }
                }
            }
            if failed.is_some() {
                break;
            }
        }
        match failed {
            // What was destroyed stays destroyed (and certified); the error is said after.
            Some(e) if out.destroyed.is_empty() => Err(e),
            Some(e) => {
                tracing::error!(error = %e, destroyed = out.destroyed.len(), "an expiry pass stopped early");
                out.stopped = Some(e.code().to_owned());
                Ok(out)
            }
            None => Ok(out),
        }
    }
}

/// A package made for a third party.
#[derive(Debug, Clone)]
pub struct Package {
    /// CMS EnvelopedData (DER) around the organisation's SignedData.
    pub der: Vec<u8>,
    /// Its SHA-256 digest, hex (recorded in the processing log).
    pub digest: String,
    /// The processing log's entry recording its provision.
    pub log_index: u64,
}

impl App {
    /// Provides records to a third party (Decree 165/2025 Art. 16.3(b)): each record read
    /// for `purpose` (a decryption decided and recorded on its own), the whole signed by the
    /// organisation and encrypted to the recipient's certificate; the package's digest and
    /// the recipient's certificate fingerprint are recorded before it is returned.
    pub async fn vault_package(
        &self,
        caller: &Caller,
        org: OrgId,
        recipient_pem: &str,
        tokens: &[String],
        purpose: &str,
    ) -> Result<Package, AppError> {
        let vault = self.vault()?;
        // Refused before anything is read when the caller may not provide data (the refusal
        // recorded like any other).
        if !self.allows(caller, ops::PACKAGE_CREATE, org) {
            self.permit(caller, ops::PACKAGE_CREATE, org, On::default())
                .await?;
            return Err(AppError::Forbidden);
        }
        let purpose = check_code("purpose", purpose)?;
        if tokens.is_empty() || tokens.len() > 1000 {
            return Err(AppError::invalid("tokens", "1 to 1 000 tokens"));
        }
        let cert = khien_crypto::identity::parse_certificate(recipient_pem.trim().as_bytes())
            .map_err(|_| {
                AppError::invalid("recipient_certificate", "an X.509 certificate in PEM")
            })?;
        khien_crypto::package::recipient_kind(&cert).map_err(|_| {
            AppError::invalid("recipient_certificate", "an RSA or EC P-256 certificate")
        })?;
        let fingerprint = khien_crypto::identity::certificate_der(&cert)
            .map(|d| {
                use sha2::Digest as _;
                sha2::Sha256::digest(d)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>()
            })
            .map_err(crypto)?;
        let mut records = Vec::with_capacity(tokens.len());
        for t in tokens {
            let r = self.vault_read(caller, org, t, &purpose, false).await?;
            records.push(serde_json::json!({
                "token": t,
                "collection": r.collection,
                "subject": r.subject,
                "fields": r.fields,
            }));
        }
        let identity = self.signing_identity(vault, org).await?;
        let o = self.store.get_organisation(org).await?;
        let now = self.now();
        let content = serde_json::to_vec_pretty(&serde_json::json!({
            "type": "khien/package/v1",
            "organisation": { "id": org.to_string(), "name": o.details.name.as_str() },
            "purpose": purpose,
            "created_at": now.format(&time::format_description::well_known::Rfc3339)
                .map_err(|_| AppError::Internal)?,
            "recipient_certificate_sha256": fingerprint,
            "records": records,
        }))
        .map_err(|_| AppError::Internal)?;
        drop(records);
        let signed = khien_crypto::cms::sign(&identity, &content, now).map_err(crypto)?;
        drop(Zeroizing::new(content));
        let rng = Rng(self.random.as_ref());
        let der = khien_crypto::package::envelope(&cert, &signed, &rng).map_err(crypto)?;
        let digest = khien_crypto::package::digest(&der);
        let on = On::default()
            .with("purpose", purpose)
            .with("records", tokens.len())
            .with("recipient_certificate_sha256", fingerprint)
            .with("package_sha256", digest.clone());
        let p = self.permit(caller, ops::PACKAGE_CREATE, org, on).await?;
        Ok(Package {
            der,
            digest,
            log_index: p.index,
        })
    }
}

fn check_fields(fields: &Map<String, Value>) -> Result<(), AppError> {
    if fields.is_empty() || fields.len() > MAX_FIELDS {
        return Err(AppError::invalid("fields", "1 to 64 fields"));
    }
    for (name, v) in fields {
        check_code("fields", &name.to_ascii_lowercase())?;
        if !(v.is_string() || v.is_number() || v.is_boolean() || v.is_null()) {
            return Err(AppError::invalid(
                "fields",
                "values are strings, numbers, booleans or null",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use khien_crypto::{CryptoError, DataKey, Fill, KekId, Keystore, Wrapped, envelope};
    use serde_json::json;
    use zeroize::Zeroizing;

    use super::{StoreInput, Vault};
    use crate::{App, AppError, Caller};

    /// A keystore of one fixed KEK, in memory.
    struct OneKek(DataKey);

    impl Keystore for OneKek {
        fn kind(&self) -> &'static str {
            "test"
        }
        fn signing_key(
            &self,
            _label: &str,
            _create: bool,
        ) -> Result<Option<std::sync::Arc<dyn khien_crypto::identity::HeldKey>>, CryptoError>
        {
            Ok(None)
        }
        fn current(&self) -> KekId {
            KekId("kek-test".to_owned())
        }
        fn keks(&self) -> Vec<KekId> {
            vec![self.current()]
        }
        fn wrap(&self, key: &DataKey, aad: &[u8], rng: &dyn Fill) -> Result<Wrapped, CryptoError> {
            Ok(Wrapped {
                kek: self.current(),
                bytes: envelope::seal(&self.0, rng, aad, key.expose())?,
            })
        }
        fn unwrap(&self, wrapped: &Wrapped, aad: &[u8]) -> Result<DataKey, CryptoError> {
            let b = envelope::open(&self.0, aad, &wrapped.bytes)?;
            let mut k = Zeroizing::new([0u8; 32]);
            k.copy_from_slice(&b);
            Ok(DataKey::from_bytes(k))
        }
    }

    /// Two servers over one registry, each keeping what it read: a subject destroyed by one
    /// is gone for the other at once (the epoch its decision's transaction saw moved), and a
    /// collection whose purposes changed is not read under the old ones.
    #[tokio::test]
    async fn what_one_server_keeps_in_memory_never_outlives_a_change_by_another() {
        use khien_domain::{OrgKind, OrganisationDraft, Text};
        use khien_store_sql::log::{LogInit, MemoryKeys};
        let init = LogInit {
            origin: "khien.test/log".to_owned(),
            seed: [1; 32],
            pseudonym_key: [2; 32],
            now: time::OffsetDateTime::UNIX_EPOCH,
            keys: Arc::new(MemoryKeys::default()),
        };
        let dir = std::env::temp_dir().join(format!("khien-kept-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let url = format!("sqlite://{}/k.db", dir.display());
        let (store, log) =
            khien_store_sql::open_with_log(&url, khien_store_sql::Migrations::Apply, &init)
                .await
                .unwrap();
        let kek = Arc::new(OneKek(DataKey::from_bytes(Zeroizing::new([7; 32]))));
        let server = |kek: Arc<OneKek>| {
            let mut app = App::new(store.clone(), log.clone()).unwrap();
            app.vault = Some(Arc::new(Vault::new(kek)));
            app
        };
        let (one, two) = (server(kek.clone()), server(kek));
        let op = Caller::Operator {
            name: "test".to_owned(),
        };
        let draft = OrganisationDraft {
            name: Text::parse("name", "Công ty K", 100).unwrap(),
            tax_code: None,
            kind: OrgKind::Company,
            province: None,
            head_office_address: None,
            contact_address: None,
        };
        let org = one.create_org(&op, &draft).await.unwrap().id;
        let input = StoreInput {
            collection: "kh".to_owned(),
            subject: "079123456789".to_owned(),
            purpose: "cskh".to_owned(),
            fields: json!({"so_cccd": "079123456789"})
                .as_object()
                .unwrap()
                .clone(),
        };
        let kept = one.vault_store(&op, org, &input).await.unwrap();
        let token = kept.token.to_string();
        // Read twice by the first server: the second read comes from memory.
        for _ in 0..2 {
            let r = one
                .vault_read(&op, org, &token, "cskh", false)
                .await
                .unwrap();
            assert_eq!(r.fields["so_cccd"], "079123456789");
        }
        assert!(one.vault().unwrap().kept.record(org, kept.token).is_some());
        // The second server destroys the subject.
        two.vault_destroy(&op, org, &kept.subject, "Hết hạn lưu trữ", None)
            .await
            .unwrap();
        let r = one.vault_read(&op, org, &token, "cskh", false).await;
        assert!(matches!(r, Err(AppError::Gone(_))), "{r:?}");
        // The first server kept the subject's key from its write: a new write for them is
        // sealed under a new key, never the destroyed one.
        let back = one.vault_store(&op, org, &input).await.unwrap();
        let r = two
            .vault_read(&op, org, &back.token.to_string(), "cskh", false)
            .await
            .unwrap();
        assert_eq!(r.fields["so_cccd"], "079123456789");
        let old_key = store
            .vault_record(org, kept.token)
            .await
            .unwrap()
            .unwrap()
            .1;
        let new_key = store
            .vault_record(org, back.token)
            .await
            .unwrap()
            .unwrap()
            .1;
        assert_ne!(old_key.key_id, new_key.key_id);
        assert!(old_key.wrapped.is_none() && new_key.wrapped.is_some());
        // A collection's purposes changed elsewhere: a write under the old ones is refused.
        let again = StoreInput {
            subject: "079000000001".to_owned(),
            ..input.clone()
        };
        let t2 = one
            .vault_store(&op, org, &again)
            .await
            .unwrap()
            .token
            .to_string();
        one.vault_read(&op, org, &t2, "cskh", true).await.unwrap();
        two.vault_declare(&op, org, "kh", false, &["billing".to_owned()], None)
            .await
            .unwrap();
        let r = one.vault_read(&op, org, &t2, "cskh", true).await;
        assert!(matches!(r, Err(AppError::Conflict(_))), "{r:?}");
        let r = one.vault_read(&op, org, &t2, "billing", true).await;
        assert!(r.is_ok(), "read again under the new purposes: {r:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    struct ManualClock(std::sync::Mutex<time::OffsetDateTime>);

    impl crate::Clock for ManualClock {
        fn now(&self) -> time::OffsetDateTime {
            *self.0.lock().unwrap()
        }
    }

    /// The end of an asset's retention period destroys the subjects whose records all
    /// passed it (Decree 165/2025 Art. 5, 13), with a certificate each; a subject with a
    /// record still within its period, or in a collection of no asset, is kept whole.
    #[tokio::test]
    async fn the_end_of_an_assets_retention_destroys_its_subjects() {
        use khien_domain::{
            AssetKind, Classification, CountryCode, DataAssetDraft, OrgKind, OrganisationDraft,
            Retention, Text,
        };
        use khien_store_sql::log::{LogInit, MemoryKeys};
        use time::macros::datetime;
        let init = LogInit {
            origin: "khien.test/log".to_owned(),
            seed: [1; 32],
            pseudonym_key: [2; 32],
            now: time::OffsetDateTime::UNIX_EPOCH,
            keys: Arc::new(MemoryKeys::default()),
        };
        let (store, log) = khien_store_sql::open_with_log(
            "sqlite::memory:",
            khien_store_sql::Migrations::Apply,
            &init,
        )
        .await
        .unwrap();
        let clock = Arc::new(ManualClock(std::sync::Mutex::new(
            datetime!(2026-01-31 09:00 +7),
        )));
        let mut app = App::new(store.clone(), log).unwrap();
        app.clock = clock.clone();
        app.vault = Some(Arc::new(Vault::new(Arc::new(OneKek(DataKey::from_bytes(
            Zeroizing::new([7; 32]),
        ))))));
        let op = Caller::Operator {
            name: "test".to_owned(),
        };
        let t = |s: &str| Text::parse("name", s, 200).unwrap();
        let draft = OrganisationDraft {
            name: t("Công ty R"),
            tax_code: None,
            kind: OrgKind::Company,
            province: None,
            head_office_address: None,
            contact_address: None,
        };
        let org = app.create_org(&op, &draft).await.unwrap().id;
        let asset = |retention: &str| DataAssetDraft {
            name: t("Hồ sơ ứng viên"),
            kind: AssetKind::Database,
            parent_id: None,
            description: None,
            owner: t("Phòng Nhân sự"),
            custodian: None,
            classification: Classification::UNCLASSIFIED,
            retention: Some(Retention::parse(retention).unwrap()),
            storage_location: None,
            storage_country: CountryCode::VN,
            volume_bytes: None,
            record_count: None,
            data_subject_count: None,
        };
        let cv = app.create_asset(&op, org, &asset("1m")).await.unwrap().id;
        let hr = app.create_asset(&op, org, &asset("5y")).await.unwrap().id;
        app.vault_declare(
            &op,
            org,
            "ung_vien",
            false,
            &["tuyen_dung".to_owned()],
            Some(cv),
        )
        .await
        .unwrap();
        app.vault_declare(
            &op,
            org,
            "nhan_su",
            false,
            &["tuyen_dung".to_owned()],
            Some(hr),
        )
        .await
        .unwrap();
        let put = |collection: &str, subject: &str| StoreInput {
            collection: collection.to_owned(),
            subject: subject.to_owned(),
            purpose: "tuyen_dung".to_owned(),
            fields: json!({"ghi_chu": "ứng viên"}).as_object().unwrap().clone(),
        };
        // Three candidates on 31 January; one is hired (a record under the 5-year asset),
        // one also has a record in a collection of no asset.
        let mut tokens = Vec::new();
        for s in ["ung-vien-1", "ung-vien-2", "ung-vien-3"] {
            tokens.push(
                app.vault_store(&op, org, &put("ung_vien", s))
                    .await
                    .unwrap()
                    .token,
            );
        }
        let mut hired = put("nhan_su", "ung-vien-2");
        // Health data: the write marks the collection sensitive, and keeps its asset.
        hired
            .fields
            .insert("chan_doan".to_owned(), json!("Viêm gan siêu vi B"));
        app.vault_store(&op, org, &hired).await.unwrap();
        let c = store
            .vault_collection(org, "nhan_su")
            .await
            .unwrap()
            .unwrap();
        assert!(c.sensitive && c.asset_id == Some(hr), "{c:?}");
        app.vault_store(&op, org, &put("khac", "ung-vien-3"))
            .await
            .unwrap();
        // 27 February: one month has not passed (31 January + 1m = 28 February).
        *clock.0.lock().unwrap() = datetime!(2026-02-27 09:00 +7);
        app.vault_read(&op, org, &tokens[0].to_string(), "tuyen_dung", true)
            .await
            .unwrap();
        assert!(app.vault().unwrap().kept.record(org, tokens[0]).is_some());
        let e = app.vault_expire(&op, org, false).await.unwrap();
        assert!(
            e.due.is_empty() && e.destroyed.is_empty() && e.kept == 0,
            "{e:?}"
        );
        // 28 February: it has. A dry run says who, then the pass destroys them.
        *clock.0.lock().unwrap() = datetime!(2026-02-28 09:00 +7);
        let e = app.vault_expire(&op, org, true).await.unwrap();
        assert_eq!((e.due.len(), e.kept, e.destroyed.len()), (1, 2, 0), "{e:?}");
        let e = app.vault_expire(&op, org, false).await.unwrap();
        assert_eq!((e.destroyed.len(), e.kept), (1, 2), "{e:?}");
        assert!(
            app.vault().unwrap().kept.record(org, tokens[0]).is_none(),
            "a destroyed subject's record leaves memory at once"
        );
        let gone = app
            .vault_read(&op, org, &tokens[0].to_string(), "tuyen_dung", true)
            .await;
        assert!(matches!(gone, Err(AppError::Gone(_))), "{gone:?}");
        for t in &tokens[1..] {
            app.vault_read(&op, org, &t.to_string(), "tuyen_dung", true)
                .await
                .unwrap();
        }
        let d = store.list_destructions(org, None).await.unwrap();
        assert_eq!(d.len(), 1);
        let signed = khien_crypto::cms::verify(&d[0].certificate, None).unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&signed.content).unwrap();
        assert_eq!(doc["reason"], super::EXPIRY_REASON);
        // A second pass finds nothing more to do.
        let e = app.vault_expire(&op, org, false).await.unwrap();
        assert!(e.destroyed.is_empty() && e.due.is_empty(), "{e:?}");
    }
}
