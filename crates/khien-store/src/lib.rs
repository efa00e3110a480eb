//! The storage interface of Khiên's registry: the [`Store`] trait (one trait per area of the
//! registry, gathered by `Store`), implemented for SQLite (the embedded default) and PostgreSQL
//! (production) by `khien-store-sql`, and checked by one contract suite against both.
//!
//! Architecture invariants:
//! - This crate contains no SQL and knows no database; it speaks in domain types.
//! - Every method is one transaction: when it returns an error, nothing it was asked to write
//!   was written.
//! - Every method that reads or writes an organisation's data takes the organisation's id and
//!   never returns rows of another organisation, whatever the other arguments are.
//! - Time is an argument (`now`); the store never reads the clock.

#![forbid(unsafe_code)]

use async_trait::async_trait;
use khien_domain::{
    ActivityId, AssetId, AssetKind, Case, CaseEntryKind, CaseId, DataAsset, DataAssetDraft,
    Designation, Email, FieldValue, InvitationId, Membership, OrgId, OrgProfile, Organisation,
    OrganisationDraft, PersonalDataClass, ProcessingActivity, ProcessingActivityDraft,
    RegisterEntry, RegisterEntryId, Role, ScanId, SessionId, StoredProfile, Text, TokenId, User,
    UserId,
};
use time::OffsetDateTime;

/// What kind of record a [`StoreError::NotFound`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    /// An organisation.
    Organisation,
    /// A user.
    User,
    /// A role held by a user.
    Membership,
    /// A data asset.
    DataAsset,
    /// A processing activity.
    ProcessingActivity,
    /// An API token.
    ApiToken,
    /// A supervision link.
    Supervision,
    /// A case.
    Case,
    /// An entry of a register.
    RegisterEntry,
    /// A consent of the consent ledger.
    Consent,
    /// A data subject's request received on the public channel.
    PublicRequest,
}

impl Entity {
    /// The entity's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            Self::Organisation => "organisation",
            Self::User => "user",
            Self::Membership => "role",
            Self::DataAsset => "data asset",
            Self::ProcessingActivity => "processing activity",
            Self::ApiToken => "API token",
            Self::Supervision => "supervision",
            Self::Case => "case",
            Self::RegisterEntry => "register entry",
            Self::Consent => "consent",
            Self::PublicRequest => "request",
        }
    }
}

/// Why a storage operation failed. Messages never contain stored values.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The record does not exist (or belongs to another organisation, which is the same thing
    /// to the caller).
    #[error("{} not found", .0.name())]
    NotFound(Entity),
    /// A uniqueness rule would be broken (e.g. an e-mail address already has an account).
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// A referenced record does not exist in the same organisation.
    #[error("`{0}` refers to a record that does not exist in this organisation")]
    InvalidReference(&'static str),
    /// A record cannot be removed while others refer to it.
    #[error("still in use: {0}")]
    InUse(&'static str),
    /// Stored data could not be read back into the domain (a bug or a hand-edited database).
    #[error("stored data is corrupt in `{0}`")]
    Corrupt(&'static str),
    /// The database failed (connection, I/O, timeout).
    #[error("database error: {0}")]
    Backend(String),
}

/// The result of a storage operation.
pub type StoreResult<T> = Result<T, StoreError>;

/// A new account.
pub struct NewUser {
    /// Identifier.
    pub id: UserId,
    /// Login and contact address.
    pub email: Email,
    /// Name shown to people.
    pub display_name: Text,
    /// Argon2id PHC hash of the password.
    pub password_hash: String,
}

impl std::fmt::Debug for NewUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewUser")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// An account with its password hash, for logging in.
pub struct UserCredentials {
    /// The account.
    pub user: User,
    /// Argon2id PHC hash of the password.
    pub password_hash: String,
}

/// A user with their roles in one organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The account.
    pub user: User,
    /// Roles held in the organisation, sorted.
    pub roles: Vec<Role>,
}

/// An API token's record (never its secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    /// Identifier.
    pub id: TokenId,
    /// The account it acts for.
    pub user_id: UserId,
    /// A name given by its owner, e.g. the system that uses it.
    pub name: Text,
    /// Creation time.
    pub created_at: OffsetDateTime,
    /// It stops working after this instant, when set.
    pub expires_at: Option<OffsetDateTime>,
    /// It was revoked at this instant, when set.
    pub revoked_at: Option<OffsetDateTime>,
    /// The roles it carries, a subset of its owner's (in every organisation where the owner
    /// holds them); `None`: all of the owner's roles.
    pub roles: Option<Vec<Role>>,
}

/// What a presented secret authenticates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authenticated {
    /// The session or token.
    pub credential: Credential,
    /// Its enabled owner.
    pub user: User,
    /// For a token that carries a subset of its owner's roles, that subset.
    pub roles: Option<Vec<Role>>,
    /// When the session or token stops being accepted (`None`: a token without expiry).
    pub expires_at: Option<OffsetDateTime>,
}

/// An invitation to join an organisation with some roles; the invitee sets their own
/// password (or proves the one of their existing account) with the invitation's secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// Identifier.
    pub id: InvitationId,
    /// The organisation.
    pub org_id: OrgId,
    /// The address invited.
    pub email: Email,
    /// The roles it grants.
    pub roles: Vec<Role>,
    /// Who invited (a user's id or the operator's name, as in the processing log).
    pub invited_by: String,
    /// When.
    pub created_at: OffsetDateTime,
    /// It can no longer be accepted after this instant.
    pub expires_at: OffsetDateTime,
    /// When it was accepted, if it was.
    pub accepted_at: Option<OffsetDateTime>,
    /// The account that accepted it.
    pub user_id: Option<UserId>,
}

/// A discovery scan's results, written to the catalogue in one transaction (issue 3): each
/// file, table or database found becomes (or updates) an asset, and its findings are kept.
#[derive(Debug, Clone)]
pub struct ScanRecord {
    /// The scan.
    pub id: ScanId,
    /// Regime of the classification (`law-91-2025`, `decree-13-2023`).
    pub regime: String,
    /// The sources scanned (database URLs without passwords).
    pub sources: Vec<String>,
    /// Assets, parents before their children.
    pub assets: Vec<ScannedAsset>,
}

/// One asset a scan found.
#[derive(Debug, Clone)]
pub struct ScannedAsset {
    /// What identifies it from scan to scan: a canonical path, or a database URL (without
    /// password) and a table name. A locator seen before updates the asset it created.
    pub locator: String,
    /// The parent, as an index into [`ScanRecord::assets`] (earlier in the list).
    pub parent: Option<usize>,
    /// The id given to the asset if it is new.
    pub new_id: AssetId,
    /// Name.
    pub name: Text,
    /// Kind (directory and file → `file`, database → `database`, table → `table`).
    pub kind: AssetKind,
    /// What the scan classified it as. An existing asset is never lowered: a DPO's
    /// `sensitive` stays even if this scan found only basic data.
    pub personal_data: PersonalDataClass,
    /// Size in bytes.
    pub volume_bytes: Option<u64>,
    /// Records.
    pub record_count: Option<u64>,
    /// Findings.
    pub findings: Vec<ScannedFinding>,
}

/// One finding as kept in the catalogue: never a raw value.
#[derive(Debug, Clone, PartialEq)]
pub struct ScannedFinding {
    /// Sheet of a workbook.
    pub table: Option<String>,
    /// Column.
    pub column: Option<String>,
    /// JSON field path.
    pub field: Option<String>,
    /// Detector id.
    pub detector: String,
    /// `basic` or `sensitive`.
    pub category: String,
    /// Article.
    pub legal_basis: String,
    /// Values found.
    pub count: u64,
    /// Confidence, 0 to 1.
    pub confidence: f64,
    /// Masked samples.
    pub samples: Vec<String>,
}

/// How many assets an organisation has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AssetCounts {
    /// In all.
    pub total: u64,
    /// Holding personal data (basic or sensitive).
    pub personal: u64,
    /// Important or core data (Decree 165/2025 Art. 3, 4).
    pub important: u64,
    /// Holding sensitive personal data.
    pub sensitive: u64,
    /// Important or core data that is personal data (Decree 356/2025 Art. 42(3)).
    pub important_personal: u64,
    /// The largest number of data subjects an asset says it holds.
    pub max_subjects: Option<u64>,
}

/// What writing a scan changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScanWritten {
    /// Assets created.
    pub created: u64,
    /// Assets updated.
    pub updated: u64,
    /// Findings kept.
    pub findings: u64,
}

/// An entry to append to a case's history.
#[derive(Debug, Clone)]
pub struct NewCaseEntry {
    /// Event or transition.
    pub kind: CaseEntryKind,
    /// The trigger or transition name.
    pub name: String,
    /// When it happened.
    pub at: OffsetDateTime,
    /// A note.
    pub note: Option<Text>,
    /// A non-negative quantity it carries (records transferred, say).
    pub quantity: Option<i64>,
    /// Who records it.
    pub recorded_by: Option<UserId>,
}

/// Whom a presented bearer secret belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credential {
    /// A login session.
    Session(SessionId),
    /// An API token.
    ApiToken(TokenId),
}

/// The registry's storage interface: the methods of every area of the registry ([`OrgStore`],
/// [`AccountStore`], [`CatalogueStore`], [`CaseStore`]) and the store's own. Whoever calls an
/// area's methods on a `dyn Store` brings that area's trait into scope.
#[async_trait]
pub trait Store:
    OrgStore
    + AccountStore
    + CatalogueStore
    + CaseStore
    + VaultStore
    + RegisterStore
    + SubjectStore
    + Send
    + Sync
    + 'static
{
    /// Which backend this is (`sqlite` or `postgres`), for logs and metrics.
    fn backend(&self) -> &'static str;

    /// Checks that the database answers.
    async fn ping(&self) -> StoreResult<()>;
}

/// A collection of the vault: personal data fields of one kind (Decree 165/2025 Art. 11).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultCollection {
    /// Its organisation.
    pub org_id: OrgId,
    /// Its name (`[a-z0-9_.-]`, at most 64).
    pub name: String,
    /// Whether it holds sensitive personal data (Law 91/2025).
    pub sensitive: bool,
    /// The purposes it is kept for (codes like its name).
    pub purposes: Vec<String>,
    /// When it was declared or first written.
    pub created_at: OffsetDateTime,
    /// How many records it holds (destroyed ones included); filled in by listings only
    /// (0 elsewhere).
    pub records: u64,
    /// The catalogue's asset it belongs to: its retention period (Decree 165/2025 Art. 5)
    /// is the records' ([`VaultStore::expired_subjects`]).
    pub asset_id: Option<AssetId>,
}

/// A data subject's data key, stored only wrapped by a key-encryption key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectKey {
    /// The key's id.
    pub key_id: uuid::Uuid,
    /// The subject's pseudonym (`ps1:…`).
    pub subject: String,
    /// The key-encryption key that wraps it.
    pub kek: String,
    /// The wrapped key; `None` once destroyed.
    pub wrapped: Option<Vec<u8>>,
    /// When it was made.
    pub created_at: OffsetDateTime,
    /// When it was destroyed.
    pub destroyed_at: Option<OffsetDateTime>,
}

/// One record of the vault: a data subject's fields, sealed under their data key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultRecord {
    /// The token the system keeps instead of the data.
    pub token: uuid::Uuid,
    /// Its organisation.
    pub org_id: OrgId,
    /// The subject's pseudonym.
    pub subject: String,
    /// The collection.
    pub collection: String,
    /// The data key it is sealed under.
    pub key_id: uuid::Uuid,
    /// The sealed fields; `None` once destroyed.
    pub sealed: Option<Vec<u8>>,
    /// When it was stored.
    pub created_at: OffsetDateTime,
}

/// A key kept wrapped by a key-encryption key: a data subject's data key or an
/// organisation's signing key (what a key rotation re-wraps).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrappedKey {
    /// Its organisation.
    pub org_id: OrgId,
    /// Which key.
    pub kind: WrappedKind,
    /// The key-encryption key that wraps it.
    pub kek: String,
    /// The wrapped bytes.
    pub wrapped: Vec<u8>,
}

/// Which key a [`WrappedKey`] is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WrappedKind {
    /// A data subject's data key.
    Data {
        /// The key's id.
        key_id: uuid::Uuid,
        /// The subject's pseudonym.
        subject: String,
    },
    /// The organisation's signing key.
    Signing,
    /// The key sealing what a data subject's request on the public channel said.
    Request {
        /// The request's reference.
        reference: String,
    },
}

/// Counters that move when what servers keep in memory changes in the registry: `access`
/// (who may do what) and `vault` (stored vault rows changed or gone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Epochs {
    /// The access epoch.
    pub access: i64,
    /// The vault epoch.
    pub vault: i64,
}

/// A vault record with its key and its collection.
pub type RecordWithKey = (VaultRecord, SubjectKey, VaultCollection);

/// What a destruction of a data subject needs to know, read in one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectState {
    /// The organisation's name (for the certificate).
    pub org_name: String,
    /// The subject's live data key.
    pub key: Option<SubjectKey>,
    /// How many of the subject's records still hold sealed fields.
    pub records: u64,
    /// Whether the subject was destroyed before.
    pub destroyed_before: bool,
}

/// A destruction of a data subject's data, with its signed certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Destruction {
    /// Its organisation.
    pub org_id: OrgId,
    /// The subject's pseudonym.
    pub subject: String,
    /// When.
    pub at: OffsetDateTime,
    /// By whom (the log's actor).
    pub actor: String,
    /// The case (a data subject's request) it answers, if any.
    pub case_id: Option<CaseId>,
    /// The keys destroyed.
    pub key_ids: Vec<uuid::Uuid>,
    /// How many records became unreadable.
    pub records: u64,
    /// The processing log's entry that records it.
    pub log_index: u64,
    /// The CMS SignedData certificate (DER).
    pub certificate: Vec<u8>,
}

/// The vault: collections, subjects' wrapped data keys, sealed records, destructions, and the
/// organisation's signing key (wrapped).
#[async_trait]
pub trait VaultStore: Send + Sync + 'static {
    /// A collection.
    async fn vault_collection(
        &self,
        org: OrgId,
        name: &str,
    ) -> StoreResult<Option<VaultCollection>>;
    /// Declares a collection or replaces its class and purposes.
    async fn put_vault_collection(&self, c: &VaultCollection) -> StoreResult<()>;
    /// Makes a collection unless one of that name exists (a first write); whether it did.
    async fn create_vault_collection(&self, c: &VaultCollection) -> StoreResult<bool>;
    /// Marks a collection sensitive (a write found sensitive data in it); nothing else
    /// changes.
    async fn mark_vault_collection_sensitive(&self, org: OrgId, name: &str) -> StoreResult<()>;
    /// The organisation's collections, by name, with their record counts.
    async fn list_vault_collections(&self, org: OrgId) -> StoreResult<Vec<VaultCollection>>;
    /// The subject's live (not destroyed) data key.
    async fn live_subject_key(&self, org: OrgId, subject: &str) -> StoreResult<Option<SubjectKey>>;
    /// Stores a record. When the subject has no live key, `new_key` becomes it; when they
    /// have one that is not `record.key_id`, nothing is stored and `Conflict` is returned
    /// (another writer made the key first: seal again under theirs).
    async fn put_vault_record(
        &self,
        record: &VaultRecord,
        new_key: Option<&SubjectKey>,
    ) -> StoreResult<()> {
        let mut r = self
            .put_vault_records(&[(record.clone(), new_key.cloned())])
            .await?;
        r.pop()
            .unwrap_or(Err(StoreError::Backend("no result".to_owned())))
    }
    /// Stores several records in one transaction (one commit for all: the vault's writes
    /// are gathered like the log's appends); each item as in [`VaultStore::put_vault_record`],
    /// with its own result in order (one refused item does not undo the others).
    async fn put_vault_records(
        &self,
        items: &[(VaultRecord, Option<SubjectKey>)],
    ) -> StoreResult<Vec<StoreResult<()>>>;
    /// A record with its key and its collection (one statement: a protected read needs all
    /// three).
    async fn vault_record(
        &self,
        org: OrgId,
        token: uuid::Uuid,
    ) -> StoreResult<Option<RecordWithKey>> {
        Ok(self.vault_record_seen(org, token).await?.0)
    }
    /// The same, with the vault epoch as the same statement saw it (a counter that moves
    /// whenever a stored vault row changes or goes; new rows do not move it).
    async fn vault_record_seen(
        &self,
        org: OrgId,
        token: uuid::Uuid,
    ) -> StoreResult<(Option<RecordWithKey>, i64)>;
    /// A collection with the vault epoch as the same statement saw it.
    async fn vault_collection_seen(
        &self,
        org: OrgId,
        name: &str,
    ) -> StoreResult<(Option<VaultCollection>, i64)>;
    /// How many of the subject's records still hold sealed fields.
    async fn subject_records(&self, org: OrgId, subject: &str) -> StoreResult<u64>;
    /// The tokens of the subject's records that still hold sealed fields, oldest first (what
    /// a data subject's access request returns).
    async fn subject_tokens(&self, org: OrgId, subject: &str) -> StoreResult<Vec<uuid::Uuid>>;
    /// Subjects (after `after`, in order, at most `limit`) with a sealed record in
    /// `collection` made no later than `before`: those whose retention may have ended.
    async fn expired_subjects(
        &self,
        org: OrgId,
        collection: &str,
        before: OffsetDateTime,
        after: Option<&str>,
        limit: u32,
    ) -> StoreResult<Vec<String>>;
    /// The collection and the time of every sealed record of the subject.
    async fn subject_record_times(
        &self,
        org: OrgId,
        subject: &str,
    ) -> StoreResult<Vec<(String, OffsetDateTime)>>;
    /// The organisation's name, the subject's live key, their sealed records and whether
    /// they were destroyed before, in one statement; `NotFound` for no such organisation.
    async fn subject_state(&self, org: OrgId, subject: &str) -> StoreResult<SubjectState>;
    /// Carries out a destruction in one transaction: the subject's live keys (which must be
    /// exactly `d.key_ids`) are destroyed, the sealed fields of their records (which must be
    /// `d.records`) erased, and the destruction with its certificate recorded. When the
    /// keys or records changed since they were read, nothing is done and `Conflict` returned.
    async fn destroy_vault_subject(&self, d: &Destruction) -> StoreResult<()> {
        let mut r = self.destroy_vault_subjects(std::slice::from_ref(d)).await?;
        r.pop()
            .unwrap_or(Err(StoreError::Backend("no result".to_owned())))
    }
    /// Carries out several destructions in one transaction (one commit for all), each as in
    /// [`VaultStore::destroy_vault_subject`], with its own result in order.
    async fn destroy_vault_subjects(&self, ds: &[Destruction])
    -> StoreResult<Vec<StoreResult<()>>>;
    /// Destroys again the keys `key_ids` of `org` and erases the sealed fields of their
    /// records (a destruction recorded outside the database, re-applied after a restore);
    /// returns how many keys and records it changed (0 when already destroyed).
    async fn reapply_destruction(
        &self,
        org: OrgId,
        key_ids: &[uuid::Uuid],
        now: OffsetDateTime,
    ) -> StoreResult<u64>;
    /// The organisation's destructions, newest first, of one subject when given.
    async fn list_destructions(
        &self,
        org: OrgId,
        subject: Option<&str>,
    ) -> StoreResult<Vec<Destruction>>;
    /// The destructions done under a case (a data subject's request), newest first.
    async fn case_destructions(&self, org: OrgId, case: CaseId) -> StoreResult<Vec<Destruction>>;
    /// Live keys (data keys and signing keys) wrapped under `kek`, at most `limit`.
    async fn keys_wrapped_by(&self, kek: &str, limit: u32) -> StoreResult<Vec<WrappedKey>>;
    /// Replaces wrapped keys after a rotation: each `(old, kek, wrapped)` only while `old`
    /// is still live and wrapped under `old.kek` (a key destroyed meanwhile stays destroyed);
    /// one transaction; returns how many were replaced.
    async fn rewrap_keys(&self, items: &[(WrappedKey, String, Vec<u8>)]) -> StoreResult<u64>;
    /// How many live keys each key-encryption key wraps.
    async fn kek_usage(&self) -> StoreResult<Vec<(String, u64)>>;
    /// The organisation's signing certificate (DER) and wrapped private key (KEK id, bytes).
    async fn signing_key(&self, org: OrgId) -> StoreResult<Option<(Vec<u8>, String, Vec<u8>)>>;
    /// Sets the organisation's signing certificate and wrapped key (replacing any).
    async fn put_signing_key(
        &self,
        org: OrgId,
        certificate: &[u8],
        kek: &str,
        wrapped: &[u8],
        now: OffsetDateTime,
    ) -> StoreResult<()>;
}

/// The organisation's profile and the registers the texts require (issue 16).
#[async_trait]
pub trait RegisterStore: Send + Sync + 'static {
    /// The organisation's profile, if one was ever set.
    async fn get_profile(&self, org: OrgId) -> StoreResult<Option<StoredProfile>>;
    /// Sets the profile (replacing it whole).
    async fn put_profile(
        &self,
        org: OrgId,
        profile: &OrgProfile,
        now: OffsetDateTime,
    ) -> StoreResult<StoredProfile>;
    /// Adds an entry (its fields already checked against the register's definition).
    async fn add_register_entry(&self, entry: &RegisterEntry) -> StoreResult<()>;
    /// Replaces an entry's summary, fields and retention; the entry must be in `register`.
    async fn update_register_entry(
        &self,
        org: OrgId,
        register: &str,
        id: RegisterEntryId,
        change: &RegisterChange,
        now: OffsetDateTime,
    ) -> StoreResult<RegisterEntry>;
    /// One entry of a register.
    async fn get_register_entry(
        &self,
        org: OrgId,
        register: &str,
        id: RegisterEntryId,
    ) -> StoreResult<RegisterEntry>;
    /// The entries of a register (every register when `None`), oldest first.
    async fn list_register_entries(
        &self,
        org: OrgId,
        register: Option<&str>,
    ) -> StoreResult<Vec<RegisterEntry>>;
    /// The detectors any scan of the organisation's data found something with (ids such as
    /// `vn.cccd`), once each: what kinds of personal data it holds.
    async fn detectors_found(&self, org: OrgId) -> StoreResult<Vec<String>>;
    /// Removes an entry (the application checks its retention first).
    async fn delete_register_entry(
        &self,
        org: OrgId,
        register: &str,
        id: RegisterEntryId,
    ) -> StoreResult<()>;
}

/// The people whose data it is (issue 17): the consent ledger (Law 91/2025 Art. 9; Decree
/// 356/2025 Art. 6), the requests received on the public channel (Decree 356/2025 Art. 5) and
/// the restrictions the vault applies to a subject's data (Law 91/2025 Art. 10).
#[async_trait]
pub trait SubjectStore: Send + Sync + 'static {
    /// Records a consent.
    async fn add_consent(&self, consent: &khien_domain::Consent) -> StoreResult<()>;
    /// One consent.
    async fn get_consent(
        &self,
        org: OrgId,
        id: khien_domain::ConsentId,
    ) -> StoreResult<khien_domain::Consent>;
    /// Marks a consent withdrawn at `at` by the request `case`; a conflict if it already was.
    async fn withdraw_consent(
        &self,
        org: OrgId,
        id: khien_domain::ConsentId,
        at: OffsetDateTime,
        case: Option<CaseId>,
    ) -> StoreResult<khien_domain::Consent>;
    /// The organisation's consents (one subject's when given), oldest first.
    async fn list_consents(
        &self,
        org: OrgId,
        subject: Option<&str>,
    ) -> StoreResult<Vec<khien_domain::Consent>>;
    /// Records a request received on the public channel; a conflict if its reference exists.
    async fn add_public_request(&self, r: &PublicRequest) -> StoreResult<()>;
    /// One request by its reference.
    async fn public_request(&self, org: OrgId, reference: &str) -> StoreResult<PublicRequest>;
    /// Writes a request's state (everything but what was received), if its status is still
    /// `expected` (a conflict otherwise).
    async fn update_public_request(
        &self,
        r: &PublicRequest,
        expected: khien_domain::RequestStatus,
    ) -> StoreResult<()>;
    /// Counts one attempt at a request's code, atomically, if it is still unverified and has
    /// had fewer than `max` attempts: whether an attempt was left (concurrent guesses each
    /// take one).
    async fn claim_request_attempt(
        &self,
        org: OrgId,
        reference: &str,
        max: u32,
    ) -> StoreResult<bool>;
    /// Records the case opened for a verified request.
    async fn set_request_case(&self, org: OrgId, reference: &str, case: CaseId) -> StoreResult<()>;
    /// Records the withdrawal request a withdrawn consent opened.
    async fn set_consent_case(
        &self,
        org: OrgId,
        id: khien_domain::ConsentId,
        case: CaseId,
    ) -> StoreResult<()>;
    /// The organisation's requests, newest first.
    async fn list_public_requests(&self, org: OrgId) -> StoreResult<Vec<PublicRequest>>;
    /// How many requests came, since `since`, from a contact address and from a network
    /// (their digests), over every organisation: what throttling counts.
    async fn public_requests_since(
        &self,
        contact_digest: &str,
        network_digest: &str,
        since: OffsetDateTime,
    ) -> StoreResult<(u64, u64)>;
    /// Restricts the processing of a subject's data for a purpose (every purpose: `*`).
    async fn add_restriction(&self, r: &Restriction) -> StoreResult<()>;
    /// The organisation's restrictions, with the vault epoch they were read at (a new
    /// restriction moves it).
    async fn restrictions_seen(&self, org: OrgId) -> StoreResult<(Vec<Restriction>, i64)>;
    /// Sets the facts of a breach case (replacing them whole).
    async fn put_breach_facts(
        &self,
        org: OrgId,
        case: CaseId,
        facts: &khien_domain::BreachFacts,
        by: Option<UserId>,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    /// The facts of a breach case, with when they were last set; none when never set.
    async fn breach_facts(
        &self,
        org: OrgId,
        case: CaseId,
    ) -> StoreResult<Option<(khien_domain::BreachFacts, OffsetDateTime)>>;
    /// Records notices sent (or attempted) to affected subjects.
    async fn add_breach_notices(&self, notices: &[khien_domain::BreachNotice]) -> StoreResult<()>;
    /// The notices of a breach case, oldest first.
    async fn breach_notices(
        &self,
        org: OrgId,
        case: CaseId,
    ) -> StoreResult<Vec<khien_domain::BreachNotice>>;
}

/// A data subject's request received on the public channel. What the sender wrote (contact
/// address, how they name the subject, details) is kept only sealed, under a data key wrapped
/// by the vault's keystore.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicRequest {
    /// Its organisation.
    pub org_id: OrgId,
    /// The reference given to the sender.
    pub reference: String,
    /// What is asked.
    pub kind: khien_domain::RequestKind,
    /// Where it stands.
    pub status: khien_domain::RequestStatus,
    /// Keyed digest of the contact address (throttling, never the address).
    pub contact_digest: String,
    /// Keyed digest of the sender's network (throttling).
    pub network_digest: String,
    /// The subject's pseudonym, from the reference the sender gave.
    pub subject: String,
    /// The sealed fields (JSON: contact_email, subject_reference, details).
    pub sealed: Vec<u8>,
    /// The key-encryption key wrapping the data key.
    pub kek: String,
    /// The wrapped data key.
    pub wrapped_key: Vec<u8>,
    /// Digest of the one-time code sent to the contact address.
    pub code_digest: Option<String>,
    /// Until when the code is valid.
    pub code_expires_at: Option<OffsetDateTime>,
    /// Wrong codes tried.
    pub attempts: u32,
    /// When it was received.
    pub received_at: OffsetDateTime,
    /// When the sender was verified.
    pub verified_at: Option<OffsetDateTime>,
    /// How: `code` or `in_person`.
    pub verified_how: Option<String>,
    /// Who verified in person.
    pub verified_by: Option<UserId>,
    /// The case opened at verification.
    pub case_id: Option<CaseId>,
    /// When it was carried out or refused.
    pub decided_at: Option<OffsetDateTime>,
    /// The reason given (refusal) or what was done.
    pub reason: Option<String>,
    /// When the answer reached the SMTP server.
    pub answered_at: Option<OffsetDateTime>,
}

/// A restriction of the processing of a subject's data (restriction, objection, withdrawal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restriction {
    /// Its organisation.
    pub org_id: OrgId,
    /// The subject's pseudonym.
    pub subject: String,
    /// The purpose restricted, or `*` for every purpose.
    pub purpose: String,
    /// Why (`restriction`, `objection`, `withdrawal`).
    pub kind: khien_domain::RequestKind,
    /// The request or withdrawal it carries out.
    pub case_id: Option<CaseId>,
    /// From when.
    pub since: OffsetDateTime,
}

/// A new content for a register entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterChange {
    /// The entry's title in lists.
    pub summary: String,
    /// Its fields.
    pub fields: std::collections::BTreeMap<String, FieldValue>,
    /// Kept at least until.
    pub retain_until: Option<time::Date>,
}

/// Organisations, their designations, and their supervision by authorities.
#[async_trait]
pub trait OrgStore: Send + Sync + 'static {
    // Organisations.

    /// Registers an organisation. Tax codes are unique.
    async fn create_organisation(
        &self,
        id: OrgId,
        draft: &OrganisationDraft,
        now: OffsetDateTime,
    ) -> StoreResult<Organisation>;
    /// Registers an organisation together with its first DPO account, in one transaction
    /// (`khien init`): either both exist afterwards or neither does.
    async fn create_organisation_with_dpo(
        &self,
        id: OrgId,
        draft: &OrganisationDraft,
        dpo: &NewUser,
        now: OffsetDateTime,
    ) -> StoreResult<(Organisation, User)>;
    /// One organisation.
    async fn get_organisation(&self, id: OrgId) -> StoreResult<Organisation>;
    /// Organisations, by name; `only` restricts the list to the given ids.
    async fn list_organisations(&self, only: Option<&[OrgId]>) -> StoreResult<Vec<Organisation>>;
    /// Replaces an organisation's details.
    async fn update_organisation(
        &self,
        id: OrgId,
        draft: &OrganisationDraft,
        now: OffsetDateTime,
    ) -> StoreResult<Organisation>;
    /// Records a new designation of the DPO and data protection unit. Earlier designations are
    /// kept as history; the latest is the current one.
    async fn record_designation(
        &self,
        id: OrgId,
        designation: &Designation,
        now: OffsetDateTime,
    ) -> StoreResult<Organisation>;
    /// Every designation of an organisation, latest first.
    async fn designation_history(&self, id: OrgId) -> StoreResult<Vec<Designation>>;

    // Supervision by authorities.

    /// Puts `org` under the supervision of `authority` (an organisation of kind `authority`).
    async fn add_supervision(
        &self,
        authority: OrgId,
        org: OrgId,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    /// Ends a supervision.
    async fn remove_supervision(&self, authority: OrgId, org: OrgId) -> StoreResult<()>;
    /// The organisations an authority oversees.
    async fn supervised_by(&self, authority: OrgId) -> StoreResult<Vec<OrgId>>;
}

/// Accounts and what authenticates them: users and their roles, sessions and API tokens, login
/// throttling, invitations, and the access epoch that moves when any of them changes.
#[async_trait]
pub trait AccountStore: Send + Sync + 'static {
    /// A counter that rises whenever accounts, sessions, tokens, roles or supervision change
    /// (moved by triggers in the database, whoever makes the change): whoever keeps
    /// authenticated callers in memory drops them when it moves.
    async fn access_epoch(&self) -> StoreResult<i64>;

    // Users and roles.

    /// Creates an account with its first roles. E-mail addresses are unique.
    async fn create_user(
        &self,
        user: &NewUser,
        roles: &[Membership],
        now: OffsetDateTime,
    ) -> StoreResult<User>;
    /// One account.
    async fn get_user(&self, id: UserId) -> StoreResult<User>;
    /// An account and its password hash, by e-mail address.
    async fn find_user_by_email(&self, email: &Email) -> StoreResult<Option<UserCredentials>>;
    /// Number of accounts.
    async fn count_users(&self) -> StoreResult<u64>;
    /// Replaces an account's password hash, ends its sessions and revokes its API tokens
    /// (at `now`).
    async fn set_password(
        &self,
        id: UserId,
        password_hash: &str,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    /// Enables or disables an account; either way its sessions end and its API tokens are
    /// revoked (at `now`), so re-enabling does not bring back credentials issued before.
    async fn set_user_disabled(
        &self,
        id: UserId,
        disabled: bool,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    /// Every role of a user, in every organisation.
    async fn memberships(&self, user: UserId) -> StoreResult<Vec<Membership>>;
    /// Grants a role; granting a role already held changes nothing.
    async fn grant_role(
        &self,
        user: UserId,
        membership: Membership,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    /// Revokes a role. The last `dpo` role of an organisation cannot be revoked (`Conflict`).
    async fn revoke_role(&self, user: UserId, membership: Membership) -> StoreResult<()>;
    /// The users holding a role in an organisation.
    async fn list_members(&self, org: OrgId) -> StoreResult<Vec<Member>>;

    // Sessions and API tokens.

    /// Stores a session by the digest of its secret.
    async fn create_session(
        &self,
        id: SessionId,
        user: UserId,
        digest: &str,
        now: OffsetDateTime,
        expires_at: OffsetDateTime,
    ) -> StoreResult<()>;
    /// Ends a session.
    async fn delete_session(&self, digest: &str) -> StoreResult<()>;
    /// Stores an API token by the digest of its secret.
    async fn create_api_token(&self, token: &ApiToken, digest: &str) -> StoreResult<()>;
    /// A user's API tokens, newest first.
    async fn list_api_tokens(&self, user: UserId) -> StoreResult<Vec<ApiToken>>;
    /// Revokes one of a user's API tokens.
    async fn revoke_api_token(
        &self,
        user: UserId,
        id: TokenId,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    /// Finds the enabled user behind a live (unexpired, unrevoked) session or token digest.
    async fn authenticate(
        &self,
        digest: &str,
        now: OffsetDateTime,
    ) -> StoreResult<Option<Authenticated>>;

    // Login throttling, shared by every server on the database.

    /// Adds `delta` to the count kept under `key` and returns the new count with the end of
    /// its window. When the window has ended (or there is none) the count starts again from
    /// `delta` with a window ending at `now + window`. A count never goes below zero.
    async fn throttle_add(
        &self,
        key: &str,
        delta: i64,
        now: OffsetDateTime,
        window: time::Duration,
    ) -> StoreResult<(i64, OffsetDateTime)>;
    /// Forgets the count kept under `key`.
    async fn throttle_clear(&self, key: &str) -> StoreResult<()>;
    /// Forgets every count whose window ended before `now`; returns how many.
    async fn throttle_prune(&self, now: OffsetDateTime) -> StoreResult<u64>;

    // Invitations.

    /// Stores an invitation by the digest of its secret.
    async fn create_invitation(&self, invitation: &Invitation, digest: &str) -> StoreResult<()>;
    /// An organisation's invitations, newest first.
    async fn list_invitations(&self, org: OrgId) -> StoreResult<Vec<Invitation>>;
    /// The invitation behind a secret's digest, accepted or not.
    async fn find_invitation(&self, digest: &str) -> StoreResult<Option<Invitation>>;
    /// Accepts a pending invitation in one transaction: marks it accepted by `user` (refused
    /// with `Conflict` if it was accepted meanwhile or has expired), creates the account when
    /// `new_user` is given (its id must be `user`), and grants the invitation's roles.
    async fn accept_invitation(
        &self,
        org: OrgId,
        id: InvitationId,
        user: UserId,
        new_user: Option<&NewUser>,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
}

/// The catalogue: data assets, discovery scans and their findings, processing activities.
#[async_trait]
pub trait CatalogueStore: Send + Sync + 'static {
    // The catalogue.

    /// Adds an asset. A parent must be an asset of the same organisation.
    async fn create_asset(
        &self,
        org: OrgId,
        id: AssetId,
        draft: &DataAssetDraft,
        now: OffsetDateTime,
    ) -> StoreResult<DataAsset>;
    /// One asset.
    async fn get_asset(&self, org: OrgId, id: AssetId) -> StoreResult<DataAsset>;
    /// An organisation's assets, by name.
    async fn list_assets(&self, org: OrgId) -> StoreResult<Vec<DataAsset>>;
    /// How many assets an organisation has: in all, with personal data, important or core.
    async fn count_assets(&self, org: OrgId) -> StoreResult<AssetCounts>;
    /// One page of an organisation's assets ordered by name (then id), of one personal-data
    /// class when given, whose name contains `name` when given (both compared folded:
    /// `khien_domain::fold`, so "nguyen" finds "Nguyễn"), and how many assets match in all.
    async fn list_assets_page(
        &self,
        org: OrgId,
        class: Option<khien_domain::PersonalDataClass>,
        name: Option<&str>,
        offset: u64,
        limit: u64,
    ) -> StoreResult<(Vec<DataAsset>, u64)>;
    /// Replaces an asset's details.
    async fn update_asset(
        &self,
        org: OrgId,
        id: AssetId,
        draft: &DataAssetDraft,
        now: OffsetDateTime,
    ) -> StoreResult<DataAsset>;
    /// Removes an asset that no other asset or activity refers to.
    async fn delete_asset(&self, org: OrgId, id: AssetId) -> StoreResult<()>;

    /// Writes a scan's results: creates or updates its assets and keeps their findings, all
    /// in one transaction.
    async fn record_scan(
        &self,
        org: OrgId,
        scan: &ScanRecord,
        now: OffsetDateTime,
    ) -> StoreResult<ScanWritten>;
    /// The findings of an asset's latest scan, with that scan's id and time.
    async fn asset_findings(
        &self,
        org: OrgId,
        asset: AssetId,
    ) -> StoreResult<Option<(ScanId, OffsetDateTime, Vec<ScannedFinding>)>>;

    // Processing activities.

    /// Adds an activity. Its assets must be assets of the same organisation.
    async fn create_activity(
        &self,
        org: OrgId,
        id: ActivityId,
        draft: &ProcessingActivityDraft,
        now: OffsetDateTime,
    ) -> StoreResult<ProcessingActivity>;
    /// One activity.
    async fn get_activity(&self, org: OrgId, id: ActivityId) -> StoreResult<ProcessingActivity>;
    /// An organisation's activities, by name.
    async fn list_activities(&self, org: OrgId) -> StoreResult<Vec<ProcessingActivity>>;
    /// Replaces an activity's details, assets and recipients.
    async fn update_activity(
        &self,
        org: OrgId,
        id: ActivityId,
        draft: &ProcessingActivityDraft,
        now: OffsetDateTime,
    ) -> StoreResult<ProcessingActivity>;
    /// Removes an activity.
    async fn delete_activity(&self, org: OrgId, id: ActivityId) -> StoreResult<()>;
}

/// Cases, their histories, and the reminders of their obligations.
#[async_trait]
pub trait CaseStore: Send + Sync + 'static {
    // Cases.

    /// Opens a case in `state` with its first events.
    #[allow(clippy::too_many_arguments)]
    async fn create_case(
        &self,
        org: OrgId,
        id: CaseId,
        kind: &str,
        title: &Text,
        state: &str,
        fields: &std::collections::BTreeMap<String, String>,
        events: &[NewCaseEntry],
        now: OffsetDateTime,
    ) -> StoreResult<Case>;
    /// One case with its history.
    async fn get_case(&self, org: OrgId, id: CaseId) -> StoreResult<Case>;
    /// An organisation's cases with their histories, newest first.
    async fn list_cases(&self, org: OrgId) -> StoreResult<Vec<Case>>;
    /// The cases, with their histories, of every organisation `authority` supervises (each
    /// case carries its `org_id`), newest first: one read for an authority's table.
    async fn list_supervised_cases(&self, authority: OrgId) -> StoreResult<Vec<Case>>;
    /// Appends an entry and moves the case from `expected_state` to `new_state`, only if it
    /// is still in `expected_state` (otherwise `Conflict`, and nothing is written).
    async fn append_case_entry(
        &self,
        org: OrgId,
        id: CaseId,
        expected_state: &str,
        new_state: &str,
        entry: &NewCaseEntry,
        now: OffsetDateTime,
    ) -> StoreResult<Case>;

    // Reminders.

    /// Claims the reminder of an obligation at a lead time before its due instant: `true` if
    /// this call claimed it, `false` if it was already claimed (sent).
    async fn claim_reminder(&self, key: &ReminderKey, now: OffsetDateTime) -> StoreResult<bool>;
    /// Releases a claim whose notification failed, so that it is tried again.
    async fn release_reminder(&self, key: &ReminderKey) -> StoreResult<()>;
}

/// What identifies one reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderKey {
    /// The organisation.
    pub org_id: OrgId,
    /// The case.
    pub case_id: CaseId,
    /// The obligation's id.
    pub obligation: String,
    /// How long before the due instant, in seconds (0: at the due instant).
    pub lead_secs: i64,
    /// The due instant.
    pub due_at: OffsetDateTime,
}

/// Why the processing log refused or failed an operation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LogError {
    /// The database failed; nothing was acknowledged.
    #[error("nhật ký xử lý: lỗi cơ sở dữ liệu (processing log backend error): {0}")]
    Backend(String),
    /// The stored log is inconsistent (run `khien log verify`).
    #[error("nhật ký xử lý không nhất quán (processing log inconsistent): {0}")]
    Corrupt(String),
    /// An entry could not be encoded.
    #[error("{0}")]
    Entry(String),
    /// No such entry (or it was removed under the retention period).
    #[error("không có bản ghi {0} (no such entry)")]
    NoEntry(u64),
    /// The log is shutting down.
    #[error("nhật ký xử lý đang đóng (processing log closed)")]
    Closed,
    /// The log's secret keys are missing or do not match (they live outside the database).
    #[error("khóa của nhật ký xử lý (processing log keys): {0}")]
    Keys(String),
}

/// The processing log (Decree 165/2025 Art. 17.10): the only way to write it.
///
/// Every append returns once the entries are durable (committed and synced), with their
/// indexes in order. Entries never hold raw personal data: a data subject appears only as the
/// pseudonym made by [`EventLog::pseudonyms`].
#[async_trait]
pub trait EventLog: Send + Sync + 'static {
    /// Appends entries; returns their indexes once durable.
    async fn append(&self, entries: Vec<khien_log::event::Entry>) -> Result<Vec<u64>, LogError>;

    /// Appends like [`EventLog::append`], and also returns the registry's epochs (access:
    /// [`AccountStore::access_epoch`]; vault: [`VaultStore::vault_record_seen`]) as the
    /// append's own transaction saw them, when the log lives in the registry's database
    /// (`None` otherwise): whoever decided with credentials or vault rows kept in memory
    /// learns, at no extra cost, whether they changed before the decision was recorded.
    async fn append_seen(
        &self,
        entries: Vec<khien_log::event::Entry>,
    ) -> Result<(Vec<u64>, Option<Epochs>), LogError> {
        Ok((self.append(entries).await?, None))
    }

    /// The key that turns data subject identifiers into pseudonyms.
    fn pseudonyms(&self) -> &khien_log::keys::PseudonymKey;

    /// The verifier key, `name+hash+base64`.
    fn verifier_key(&self) -> &str;

    /// The current signed checkpoint.
    async fn checkpoint(&self) -> Result<String, LogError>;

    /// A tile or entry bundle under `/log/`, `None` when absent (or not yet that wide).
    async fn tile(&self, path: khien_log::tiles::TilePath) -> Result<Option<Vec<u8>>, LogError>;

    /// A self-contained receipt for entry `index` against the current checkpoint.
    async fn receipt(&self, index: u64) -> Result<khien_log::receipt::Receipt, LogError>;

    /// The access history: an organisation's entries matching `query`, newest first.
    async fn history(&self, query: &HistoryQuery) -> Result<Vec<HistoryEntry>, LogError>;
}

/// What to look for in the access history (Decree 165/2025 Art. 6.4(c)): every filter that
/// is set must match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryQuery {
    /// The organisation.
    pub org: OrgId,
    /// The actor's id (a user's id, a system's name, an operator's OS user name).
    pub actor: Option<String>,
    /// The asset.
    pub asset: Option<AssetId>,
    /// The data subject's pseudonym (never the raw identifier).
    pub subject: Option<String>,
    /// The action.
    pub action: Option<khien_log::event::Action>,
    /// Only refusals (`true`) or only permitted accesses (`false`).
    pub denied: Option<bool>,
    /// Entries accepted at or after this instant.
    pub from: Option<OffsetDateTime>,
    /// Entries accepted before this instant.
    pub to: Option<OffsetDateTime>,
    /// Entries with an index below this one (the cursor of the previous page).
    pub before: Option<u64>,
    /// At most this many (1 to 10 000).
    pub limit: u32,
}

/// One entry of the access history.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    /// Its index in the processing log (prove it with `khien log proof INDEX`).
    pub index: u64,
    /// When the log accepted it.
    pub at: OffsetDateTime,
    /// Who.
    pub actor: khien_log::event::Actor,
    /// What.
    pub action: khien_log::event::Action,
    /// Whether access control refused it.
    pub denied: bool,
    /// On which asset.
    pub asset_id: Option<AssetId>,
    /// The data subject's pseudonym.
    pub subject: Option<String>,
    /// The rest of the entry: outcome, operation, purpose, legal basis, claimed actor, details.
    pub detail: serde_json::Map<String, serde_json::Value>,
}
