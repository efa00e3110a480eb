//! Throttling of failed logins, against password guessing.
//!
//! After [`MAX_FAILURES`] failed logins for one e-mail address within [`WINDOW`], further logins
//! for that address are refused (429, with `Retry-After`) until the window has passed since the
//! first failure; a successful login clears the count. The count is in memory, per server
//! process, and is keyed by the address as typed (lower-cased), whether or not an account
//! exists, so that the answer does not reveal which addresses have accounts.

use std::collections::HashMap;
use std::sync::Mutex;

use time::{Duration, OffsetDateTime};

/// Failed logins allowed in a window.
pub const MAX_FAILURES: u32 = 5;
/// The window.
pub const WINDOW: Duration = Duration::minutes(15);
/// Addresses tracked at most; older entries are dropped first.
const MAX_ENTRIES: usize = 100_000;

#[derive(Debug, Clone, Copy)]
struct Attempts {
    failures: u32,
    first: OffsetDateTime,
}

/// Failed-login counts.
#[derive(Debug, Default)]
pub struct LoginThrottle {
    attempts: Mutex<HashMap<String, Attempts>>,
}

fn key(email: &str) -> String {
    email.trim().to_lowercase()
}

impl LoginThrottle {
    /// `Some(seconds to wait)` when logins for this address are refused now.
    pub fn refused(&self, email: &str, now: OffsetDateTime) -> Option<u64> {
        let map = self.attempts.lock().ok()?;
        let a = map.get(&key(email))?;
        let until = a.first + WINDOW;
        (a.failures >= MAX_FAILURES && now < until)
            .then(|| u64::try_from((until - now).whole_seconds().max(1)).unwrap_or(1))
    }

    /// Records a failed login.
    pub fn failed(&self, email: &str, now: OffsetDateTime) {
        let Ok(mut map) = self.attempts.lock() else {
            return;
        };
        if map.len() >= MAX_ENTRIES {
            map.retain(|_, a| now < a.first + WINDOW);
        }
        let entry = map.entry(key(email)).or_insert(Attempts {
            failures: 0,
            first: now,
        });
        if now >= entry.first + WINDOW {
            *entry = Attempts {
                failures: 0,
                first: now,
            };
        }
        entry.failures = entry.failures.saturating_add(1);
    }

    /// Records a successful login.
    pub fn succeeded(&self, email: &str) {
        if let Ok(mut map) = self.attempts.lock() {
            map.remove(&key(email));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn five_failures_lock_the_address_for_the_rest_of_the_window() {
        let t = LoginThrottle::default();
        let t0 = datetime!(2026-11-23 08:00 UTC);
        for i in 0..MAX_FAILURES {
            assert_eq!(t.refused("a@x.vn", t0), None, "after {i} failures");
            t.failed("A@x.vn ", t0 + Duration::seconds(i.into()));
        }
        assert_eq!(
            t.refused("a@x.vn", t0 + Duration::minutes(1)),
            Some(14 * 60)
        );
        assert_eq!(
            t.refused("other@x.vn", t0),
            None,
            "other addresses are not affected"
        );
        assert_eq!(
            t.refused("a@x.vn", t0 + WINDOW),
            None,
            "the window has passed"
        );
        // A failure after the window starts a new count.
        t.failed("a@x.vn", t0 + WINDOW);
        assert_eq!(t.refused("a@x.vn", t0 + WINDOW), None);
    }

    #[test]
    fn success_clears_the_count() {
        let t = LoginThrottle::default();
        let t0 = datetime!(2026-11-23 08:00 UTC);
        for _ in 0..MAX_FAILURES - 1 {
            t.failed("a@x.vn", t0);
        }
        t.succeeded("a@x.vn");
        t.failed("a@x.vn", t0);
        assert_eq!(t.refused("a@x.vn", t0), None);
    }
}
