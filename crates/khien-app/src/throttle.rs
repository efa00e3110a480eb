//! Throttling of failed logins, against password guessing.
//!
//! After [`MAX_FAILURES`] failed logins for one e-mail address within [`WINDOW`], further logins
//! for that address are refused (429, with `Retry-After`) until the window has passed since the
//! first failure; a successful login clears the count. An attempt is counted *before* the
//! password is checked ([`LoginThrottle::begin`]), so parallel guesses cannot slip past the
//! limit. The count is in memory, per server process, keyed by the normalised address whether
//! or not an account exists (the answer does not reveal which addresses have accounts);
//! text that is not an e-mail address is never tracked (it cannot log in anyway).

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
    // Callers pass parsed addresses (at most 254 characters).
    email.trim().to_lowercase()
}

impl LoginThrottle {
    /// Counts an attempt for `email`, or refuses it with the seconds to wait. Call it before
    /// checking the password; call [`Self::succeeded`] when the login succeeds.
    pub fn begin(&self, email: &str, now: OffsetDateTime) -> Result<(), u64> {
        let Ok(mut map) = self.attempts.lock() else {
            return Ok(());
        };
        let k = key(email);
        if !map.contains_key(&k) && map.len() >= MAX_ENTRIES {
            map.retain(|_, a| now < a.first + WINDOW);
            if map.len() >= MAX_ENTRIES {
                // Under a flood of distinct addresses, new ones wait rather than grow memory.
                return Err(60);
            }
        }
        let entry = map.entry(k).or_insert(Attempts {
            failures: 0,
            first: now,
        });
        if now >= entry.first + WINDOW {
            *entry = Attempts {
                failures: 0,
                first: now,
            };
        }
        if entry.failures >= MAX_FAILURES {
            let until = entry.first + WINDOW;
            return Err(u64::try_from((until - now).whole_seconds().max(1)).unwrap_or(1));
        }
        entry.failures = entry.failures.saturating_add(1);
        Ok(())
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
    fn five_attempts_lock_the_address_for_the_rest_of_the_window() {
        let t = LoginThrottle::default();
        let t0 = datetime!(2026-11-23 08:00 UTC);
        for i in 0..MAX_FAILURES {
            let at = t0 + Duration::seconds(i.into());
            assert_eq!(t.begin("A@x.vn ", at), Ok(()), "attempt {i}");
        }
        assert_eq!(t.begin("a@x.vn", t0 + Duration::minutes(1)), Err(14 * 60));
        assert_eq!(
            t.begin("other@x.vn", t0),
            Ok(()),
            "other addresses are not affected"
        );
        assert_eq!(
            t.begin("a@x.vn", t0 + WINDOW),
            Ok(()),
            "the window has passed"
        );
    }

    #[test]
    fn success_clears_the_count() {
        let t = LoginThrottle::default();
        let t0 = datetime!(2026-11-23 08:00 UTC);
        for _ in 0..MAX_FAILURES - 1 {
            t.begin("a@x.vn", t0).unwrap();
        }
        t.succeeded("a@x.vn");
        for _ in 0..MAX_FAILURES {
            assert_eq!(t.begin("a@x.vn", t0), Ok(()));
        }
    }

    /// Parallel guesses are counted before any password is checked.
    #[test]
    fn parallel_attempts_cannot_exceed_the_limit() {
        let t = std::sync::Arc::new(LoginThrottle::default());
        let t0 = datetime!(2026-11-23 08:00 UTC);
        let handles: Vec<_> = (0..50)
            .map(|_| {
                let t = t.clone();
                std::thread::spawn(move || t.begin("a@x.vn", t0).is_ok())
            })
            .collect();
        let allowed = handles
            .into_iter()
            .map(|h| h.join().unwrap())
            .filter(|ok| *ok)
            .count();
        assert_eq!(
            allowed, MAX_FAILURES as usize,
            "exactly the allowance got through"
        );
        assert!(t.begin("a@x.vn", t0).is_err());
    }
}
