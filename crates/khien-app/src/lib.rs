//! Khiên's application layer: every use case exactly once, whatever door calls it (the HTTP
//! API, the command line, the web console).
//!
//! A use case is one method of [`App`]. It takes the authenticated [`Caller`], asks the Cedar
//! policies, writes the decision to the processing log, and only then does the work and
//! returns typed results (Decree 165/2025 Art. 6.4(c) and 17.4: every access and retrieval
//! recorded; Art. 17.10: the processing log).
//!
//! Architecture invariants:
//! - Every use case on an organisation's data goes through [`App::permit`]: one log entry per
//!   decision, permit or deny, with the actor from authentication (never from a request body),
//!   appended and durable **before** the work it permits. If the entry cannot be written the
//!   work is not done and the caller gets [`AppError::Log`]. Work that then fails adds a
//!   second entry (`outcome: failure`) pointing at the first.
//! - No HTTP, no terminal: adapters translate their requests into these calls and the results
//!   into their responses.
//! - Time and randomness come from [`Clock`] and [`Random`]; the only readers of the system
//!   clock and the OS generator are [`SystemClock`] and [`OsRandom`].

#![forbid(unsafe_code)]

pub mod access;
pub mod account;
mod batch;
pub mod breach;
pub mod cases;
pub mod catalogue;
pub mod consents;
pub mod credentials;
mod error;
pub mod events;
pub mod forms;
pub mod history;
pub mod invitations;
pub mod mail;
pub mod oversight;
pub mod registers;
pub mod registry;
pub mod reminders;
pub mod requests;
pub mod scans;
pub mod screen;
pub mod throttle;
pub mod vault;
pub mod witness;

use std::sync::Arc;

use khien_policy::Policies;
use khien_store::{EventLog, Store};
use time::OffsetDateTime;

pub use access::{Caller, Door, On, Op, UserCaller};
pub use cases::Legal;
pub use error::AppError;

/// Where the application gets the time.
pub trait Clock: Send + Sync + 'static {
    /// The current instant.
    fn now(&self) -> OffsetDateTime;
}

/// The system clock: the only place Khiên reads the time.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    #[allow(clippy::disallowed_methods, reason = "this is the one clock")]
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// Where the application gets randomness (identifiers, salts, secrets).
pub trait Random: Send + Sync + 'static {
    /// Fills `buf` with random bytes.
    fn fill(&self, buf: &mut [u8]);
}

/// The operating system's generator.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsRandom;

impl Random for OsRandom {
    #[allow(
        clippy::disallowed_types,
        reason = "this is the one reader of the OS generator"
    )]
    fn fill(&self, buf: &mut [u8]) {
        use rand::RngCore as _;
        rand::rngs::OsRng.fill_bytes(buf);
    }
}

/// Concurrent password hashes allowed: twice the cores.
pub fn hashing_permits() -> Arc<tokio::sync::Semaphore> {
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    Arc::new(tokio::sync::Semaphore::new(cores * 2))
}

/// Everything a use case needs.
#[derive(Clone)]
pub struct App {
    /// The registry.
    pub store: Arc<dyn Store>,
    /// The processing log: the only way to write it.
    pub log: Arc<dyn EventLog>,
    /// The authorisation policies.
    pub policies: Arc<Policies>,
    /// The clock.
    pub clock: Arc<dyn Clock>,
    /// Randomness.
    pub random: Arc<dyn Random>,
    /// Rule packs, case workflows and the calendar.
    pub legal: Arc<Legal>,
    /// Bounds concurrent password hashing (Argon2id uses 19 MiB each).
    pub hashing: Arc<tokio::sync::Semaphore>,
    /// Logins being checked per client (the failure counts are in the store).
    pub in_flight: Arc<throttle::InFlight>,
    /// Processing events accepted per organisation per minute.
    pub event_rate: Arc<events::EventRate>,
    /// Recently authenticated callers (used only while [`App::follow_access_changes`] runs).
    pub credentials: Arc<credentials::Credentials>,
    /// Scans started from the console, and where they may read.
    pub scans: Arc<scans::ScanJobs>,
    /// The vault's keys (none: the vault answers "not configured").
    pub vault: Option<Arc<vault::Vault>>,
    /// E-mail to data subjects (one-time codes, answers, breach notices); none: not sent.
    pub mailer: Option<Arc<dyn mail::Mailer>>,
    /// Where the organisation's systems hear of withdrawn consents; none: not told.
    pub hooks: Option<Arc<dyn mail::SystemsHook>>,
    /// Public requests per network, in memory (beside the per-address counts in the store).
    pub public_rate: Arc<requests::PublicRate>,
}

impl App {
    /// An application over a registry and its log, with the built-in policies and rules,
    /// the system clock and the OS generator.
    pub fn new(store: Arc<dyn Store>, log: Arc<dyn EventLog>) -> Result<Self, AppError> {
        let policies = Policies::load().map_err(|e| {
            tracing::error!(error = %e, "the authorisation policies do not load");
            AppError::Internal
        })?;
        // A deployment's own reading of "a large number of data subjects" (Decree 356/2025
        // Art. 41 says 100,000).
        let large = match std::env::var("KHIEN_LARGE_SUBJECT_COUNT") {
            Ok(v) => Some(v.trim().parse::<u64>().map_err(|_| {
                AppError::Rejected(
                    "KHIEN_LARGE_SUBJECT_COUNT must be a whole number of data subjects".to_owned(),
                )
            })?),
            Err(_) => None,
        };
        let legal = Legal::builtin_with(large).map_err(|e| {
            tracing::error!(error = %e, "the legal rule packs do not load");
            AppError::Internal
        })?;
        Ok(Self {
            store,
            log,
            policies: Arc::new(policies),
            clock: Arc::new(SystemClock),
            random: Arc::new(OsRandom),
            legal,
            hashing: hashing_permits(),
            in_flight: Arc::default(),
            event_rate: Arc::default(),
            credentials: Arc::default(),
            scans: Arc::default(),
            vault: None,
            mailer: None,
            hooks: None,
            public_rate: Arc::default(),
        })
    }

    /// Lets this process keep authenticated callers in memory, following the registry's
    /// access epoch so that changes made elsewhere take effect within
    /// [`credentials::POLL`] (servers call this; see [`credentials`]). The task runs until
    /// dropped or aborted.
    pub fn follow_access_changes(&self) -> tokio::task::JoinHandle<()> {
        tokio::spawn(self.credentials.clone().watch(self.store.clone()))
    }

    /// The current instant.
    pub fn now(&self) -> OffsetDateTime {
        self.clock.now()
    }

    /// `N` random bytes.
    pub fn random_bytes<const N: usize>(&self) -> [u8; N] {
        let mut b = [0u8; N];
        self.random.fill(&mut b);
        b
    }
}
