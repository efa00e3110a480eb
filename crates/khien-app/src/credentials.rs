//! Recently authenticated callers, kept in memory so that a request does not read the
//! account, its roles and the organisations it supervises from the registry every time.
//!
//! The rule: **no decision is made on credentials older than its own log entry**.
//! - Each caller carries the registry's access epoch its data is known to be at least as new
//!   as ([`crate::UserCaller::basis`]). The epoch rises with every change to accounts,
//!   sessions, tokens, memberships and supervision, whoever makes it (database triggers: the
//!   command line on the same database, another server on the same PostgreSQL, a statement
//!   written by hand).
//! - The log entry recording a decision is appended in a transaction that also reads the
//!   epoch ([`khien_store::EventLog::append_seen`]). When the epoch moved past the caller's
//!   basis, [`App::permit`](crate::App::permit) reads the credentials again from the
//!   registry before anything is done: if they ended, the decision is voided by a second
//!   entry and the caller gets "unauthenticated"; if the roles changed, it is voided and
//!   decided again. So a token disabled by the command line is refused on the very next
//!   request, as without this memory.
//! - A change made through this process drops everything kept before the use case returns
//!   ([`App::finish`](crate::App::finish) for [`ops::ACCESS`](crate::access::ops::ACCESS)).
//! - A watcher ([`Credentials::watch`]) reads the epoch every [`POLL`] and drops what was
//!   kept when it moved, so that the re-reading above stays rare; if it has not read the
//!   epoch within [`STALE_AFTER`] (database down, or no watcher: the command line), nothing
//!   is kept and every request reads the registry.
//! - Expiry is checked on every use against the clock, as the registry does.
//!
//! Keys are the digests of the presented secrets (never the secrets).

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use khien_domain::User;
use khien_policy::Principal;
use khien_store::{Credential, Store};
use time::OffsetDateTime;

/// How often the watcher reads the access epoch.
pub const POLL: Duration = Duration::from_millis(10);

/// Past this age of the last successful read of the epoch, nothing kept is used.
pub const STALE_AFTER: Duration = Duration::from_millis(250);

/// At most this many callers are kept (all are dropped when it is reached).
const CAPACITY: usize = 10_000;

/// What authentication found for one secret.
#[derive(Debug, Clone)]
pub(crate) struct Known {
    pub user: User,
    pub credential: Credential,
    pub principal: Principal,
    pub expires_at: Option<OffsetDateTime>,
}

#[derive(Debug)]
struct Kept {
    known: Known,
    generation: u64,
    basis: i64,
}

/// The memory of authenticated callers (see the module's documentation).
#[derive(Debug, Default)]
pub struct Credentials {
    entries: Mutex<HashMap<String, Kept>>,
    /// Moves on every invalidation; entries of an older generation are not used.
    generation: AtomicU64,
    /// When the watcher last read the epoch (`None`: no watcher, nothing kept).
    watched: Mutex<Option<(Instant, i64)>>,
}

impl Credentials {
    /// The current generation, read **before** the registry is, so that an invalidation
    /// that happens meanwhile makes what is read then unusable.
    pub(crate) fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    fn fresh(&self) -> bool {
        self.epoch().is_some()
    }

    /// The access epoch last read (what is read from the registry from now on is at least
    /// as new), when the watcher runs and has read it lately.
    pub(crate) fn epoch(&self) -> Option<i64> {
        self.watched
            .lock()
            .ok()
            .and_then(|w| *w)
            .filter(|(at, _)| at.elapsed() < STALE_AFTER)
            .map(|(_, e)| e)
    }

    /// What was found for `digest`, if it is still valid at `now`, with its basis.
    pub(crate) fn get(&self, digest: &str, now: OffsetDateTime) -> Option<(Known, i64)> {
        if !self.fresh() {
            return None;
        }
        let current = self.generation();
        let entries = self.entries.lock().ok()?;
        let kept = entries.get(digest)?;
        if kept.generation != current || kept.known.expires_at.is_some_and(|e| e <= now) {
            return None;
        }
        Some((kept.known.clone(), kept.basis))
    }

    /// Keeps what was found for `digest`, read from the registry after `generation` and
    /// `basis` (the epoch) were taken.
    pub(crate) fn put(&self, digest: &str, known: Known, generation: u64, basis: i64) {
        if !self.fresh() || generation != self.generation() {
            return;
        }
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= CAPACITY {
                entries.clear();
            }
            entries.insert(
                digest.to_owned(),
                Kept {
                    known,
                    generation,
                    basis,
                },
            );
        }
    }

    /// Forgets everything kept.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }

    /// An epoch seen elsewhere (in the transaction of a log append): when it is newer than
    /// the one last read, everything kept is dropped (the watcher will catch up).
    pub(crate) fn saw(&self, epoch: i64) {
        let newer = self
            .watched
            .lock()
            .ok()
            .and_then(|w| *w)
            .is_some_and(|(_, e)| epoch > e);
        if newer {
            self.invalidate();
        }
    }

    /// Records a read of the registry's access epoch; drops everything when it moved.
    pub(crate) fn observed(&self, epoch: i64) {
        let before = self
            .watched
            .lock()
            .ok()
            .and_then(|mut w| w.replace((Instant::now(), epoch)));
        if before.is_none_or(|(_, e)| e != epoch) {
            self.invalidate();
        }
    }

    /// Stops using what is kept until the epoch is read again.
    fn lost(&self) {
        if let Ok(mut w) = self.watched.lock() {
            *w = None;
        }
        self.invalidate();
    }

    /// Follows the registry's access epoch until the task is dropped (run by servers; the
    /// command line keeps nothing).
    pub async fn watch(self: std::sync::Arc<Self>, store: std::sync::Arc<dyn Store>) {
        let mut tick = tokio::time::interval(POLL);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut failing = false;
        loop {
            tick.tick().await;
            match store.access_epoch().await {
                Ok(epoch) => {
                    if failing {
                        tracing::info!("the access epoch is read again");
                        failing = false;
                    }
                    self.observed(epoch);
                }
                Err(e) => {
                    if !failing {
                        tracing::warn!(error = %e, "the access epoch cannot be read; callers are authenticated from the registry each time");
                        failing = true;
                    }
                    self.lost();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use khien_domain::UserId;

    fn known(expires: Option<OffsetDateTime>) -> Known {
        let id = UserId::from_uuid(uuid::Uuid::from_u128(7));
        Known {
            user: User {
                id,
                email: khien_domain::Email::parse("a@example.vn").unwrap(),
                display_name: khien_domain::Text::parse("name", "A", 10).unwrap(),
                disabled: false,
                created_at: OffsetDateTime::UNIX_EPOCH,
            },
            credential: Credential::Session(khien_domain::SessionId::from_uuid(
                uuid::Uuid::from_u128(8),
            )),
            principal: Principal {
                user: id,
                memberships: vec![],
                supervises: vec![],
            },
            expires_at: expires,
        }
    }

    const NOW: OffsetDateTime = OffsetDateTime::UNIX_EPOCH;

    #[test]
    fn nothing_is_kept_without_a_watcher() {
        let c = Credentials::default();
        let g = c.generation();
        c.put("d", known(None), g, 1);
        assert!(c.get("d", NOW).is_none());
    }

    #[test]
    fn kept_until_the_epoch_moves_or_this_process_changes_access() {
        let c = Credentials::default();
        c.observed(5);
        let g = c.generation();
        c.put("d", known(None), g, 1);
        assert!(c.get("d", NOW).is_some());
        c.observed(5);
        assert!(c.get("d", NOW).is_some(), "the same epoch keeps it");
        c.observed(6);
        assert!(c.get("d", NOW).is_none(), "another process changed access");
        let g = c.generation();
        c.put("d", known(None), g, 1);
        c.invalidate();
        assert!(c.get("d", NOW).is_none(), "this process changed access");
    }

    #[test]
    fn what_was_read_before_an_invalidation_is_not_kept() {
        let c = Credentials::default();
        c.observed(1);
        let g = c.generation();
        c.invalidate(); // a change lands while the registry is being read
        c.put("d", known(None), g, 1);
        assert!(c.get("d", NOW).is_none());
    }

    #[test]
    fn a_newer_epoch_seen_in_a_log_append_drops_what_is_kept() {
        let c = Credentials::default();
        c.observed(4);
        let g = c.generation();
        c.put("d", known(None), g, 4);
        assert_eq!(c.get("d", NOW).map(|(_, b)| b), Some(4));
        c.saw(4);
        assert!(c.get("d", NOW).is_some(), "the same epoch");
        c.saw(5);
        assert!(c.get("d", NOW).is_none(), "a newer one");
    }

    #[test]
    fn expired_credentials_are_not_used() {
        let c = Credentials::default();
        c.observed(1);
        let g = c.generation();
        c.put("d", known(Some(NOW + time::Duration::seconds(1))), g, 1);
        assert!(c.get("d", NOW).is_some());
        assert!(c.get("d", NOW + time::Duration::seconds(1)).is_none());
    }

    #[test]
    fn a_lost_epoch_stops_the_use_of_what_is_kept() {
        let c = Credentials::default();
        c.observed(1);
        let g = c.generation();
        c.put("d", known(None), g, 1);
        c.lost();
        assert!(c.get("d", NOW).is_none());
        c.observed(1);
        assert!(c.get("d", NOW).is_none(), "dropped, not resumed");
    }
}
