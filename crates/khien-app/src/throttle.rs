//! Throttling of logins, against password guessing, without handing anyone a way to lock a
//! real user out or to tie up the password hashers (issue 13).
//!
//! - Failures are counted per *address and client* ([`PAIR_MAX`] in [`WINDOW`]): a burst of
//!   wrong passwords for the DPO's address from one client blocks that client for that
//!   address, not the DPO logging in from elsewhere.
//! - Attempts are counted per *client* too ([`CLIENT_MAX`] in [`WINDOW`], successful logins
//!   given back), so one client cannot spray guesses over many addresses.
//! - A client has at most [`CLIENT_IN_FLIGHT`] logins being checked at once, and the hashers
//!   themselves are bounded ([`crate::App::hashing`]), so a flood waits or is refused
//!   instead of exhausting memory (Argon2id takes 19 MiB per check).
//! - The counts live in the registry's database, so every server on a PostgreSQL database
//!   shares them; they are keyed by a digest, never the address itself. An IPv6 client is
//!   its /64, since anyone holding one address usually holds the whole prefix.
//!
//! Attempts are counted *before* the password is checked, so parallel guesses cannot slip
//! past the limit.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use sha2::{Digest as _, Sha256};
use time::Duration;

use crate::{App, AppError};

/// Failed logins allowed for one address from one client in a window.
pub const PAIR_MAX: i64 = 5;
/// Failed logins allowed from one client in a window, whatever the addresses.
pub const CLIENT_MAX: i64 = 30;
/// The window.
pub const WINDOW: Duration = Duration::minutes(15);
/// Logins of one client being checked at once.
pub const CLIENT_IN_FLIGHT: usize = 2;

/// Logins being checked, per client (per process: this bounds work, not guesses).
#[derive(Debug, Default)]
pub struct InFlight {
    clients: Mutex<HashMap<String, usize>>,
}

/// A login being checked; dropping it frees the client's slot.
#[derive(Debug)]
pub struct Slot {
    owner: Arc<InFlight>,
    client: String,
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Ok(mut m) = self.owner.clients.lock()
            && let Some(n) = m.get_mut(&self.client)
        {
            *n = n.saturating_sub(1);
            if *n == 0 {
                m.remove(&self.client);
            }
        }
    }
}

impl InFlight {
    /// Takes a slot for `client`, or `None` when it has [`CLIENT_IN_FLIGHT`] already.
    pub fn take(self: &Arc<Self>, client: &str) -> Option<Slot> {
        let mut m = self.clients.lock().ok()?;
        let n = m.entry(client.to_owned()).or_insert(0);
        if *n >= CLIENT_IN_FLIGHT {
            return None;
        }
        *n += 1;
        Some(Slot {
            owner: self.clone(),
            client: client.to_owned(),
        })
    }
}

/// How a client is named for counting: an IPv4 address, or an IPv6 /64; `-` when unknown.
pub fn client_name(client: Option<IpAddr>) -> String {
    match client.map(|ip| ip.to_canonical()) {
        None => "-".to_owned(),
        Some(IpAddr::V4(v4)) => v4.to_string(),
        Some(IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

fn digest(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    h.update(b"khien/login-throttle/v1");
    for p in parts {
        h.update([0]);
        h.update(p.as_bytes());
    }
    h.finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>()
}

/// The keys a login attempt is counted under.
#[derive(Debug, Clone)]
pub struct Keys {
    pair: String,
    client: String,
}

impl Keys {
    /// For an address (as typed; normalised here) from a client.
    pub fn new(email: &str, client: &str) -> Self {
        let email = email.trim().to_lowercase();
        Self {
            pair: format!("p:{}", digest(&[&email, client])),
            client: format!("c:{}", digest(&[client])),
        }
    }
}

fn wait(end: time::OffsetDateTime, now: time::OffsetDateTime) -> u64 {
    u64::try_from((end - now).whole_seconds().max(1)).unwrap_or(1)
}

impl App {
    /// Counts a login attempt; refuses it with the seconds to wait when the address has
    /// failed too often from this client, or the client too often overall.
    pub(crate) async fn throttle_begin(&self, keys: &Keys) -> Result<(), AppError> {
        let now = self.now();
        let (pair, pair_end) = self.store.throttle_add(&keys.pair, 1, now, WINDOW).await?;
        let (client, client_end) = self
            .store
            .throttle_add(&keys.client, 1, now, WINDOW)
            .await?;
        // Now and then, forget ended windows.
        if self.random_bytes::<1>()[0] == 0 {
            let pruned = self.store.throttle_prune(now).await?;
            tracing::debug!(pruned, "login throttle pruned");
        }
        if pair > PAIR_MAX {
            return Err(AppError::TooManyAttempts(wait(pair_end, now)));
        }
        if client > CLIENT_MAX {
            return Err(AppError::TooManyAttempts(wait(client_end, now)));
        }
        Ok(())
    }

    /// Records a successful login: the address starts afresh from this client, and the
    /// attempt is given back to the client.
    pub(crate) async fn throttle_succeeded(&self, keys: &Keys) -> Result<(), AppError> {
        self.store.throttle_clear(&keys.pair).await?;
        self.store
            .throttle_add(&keys.client, -1, self.now(), WINDOW)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    #[test]
    fn clients_are_named_by_address_or_v6_prefix() {
        assert_eq!(
            client_name(Some(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 7)))),
            "10.0.0.7"
        );
        let a: Ipv6Addr = "2001:db8:1:2:aaaa::1"
            .parse()
            .unwrap_or(Ipv6Addr::LOCALHOST);
        let b: Ipv6Addr = "2001:db8:1:2:bbbb::9"
            .parse()
            .unwrap_or(Ipv6Addr::LOCALHOST);
        assert_eq!(
            client_name(Some(IpAddr::V6(a))),
            client_name(Some(IpAddr::V6(b)))
        );
        // An IPv4 address mapped into IPv6 is the IPv4 client.
        let mapped = Ipv4Addr::new(10, 0, 0, 7).to_ipv6_mapped();
        assert_eq!(client_name(Some(IpAddr::V6(mapped))), "10.0.0.7");
        assert_eq!(client_name(None), "-");
    }

    #[test]
    fn keys_name_neither_address_nor_client_and_fold_case() {
        let k = Keys::new(" DPO@Example.vn", "10.0.0.7");
        assert_eq!(k.pair, Keys::new("dpo@example.vn", "10.0.0.7").pair);
        assert_ne!(k.pair, Keys::new("dpo@example.vn", "10.0.0.8").pair);
        assert!(!k.pair.contains("example") && !k.client.contains("10.0"));
    }

    #[test]
    fn a_client_has_at_most_two_logins_in_flight() {
        let f = Arc::new(InFlight::default());
        let a = f.take("x");
        let b = f.take("x");
        assert!(a.is_some() && b.is_some());
        assert!(f.take("x").is_none());
        assert!(f.take("y").is_some(), "other clients are not affected");
        drop(a);
        assert!(f.take("x").is_some());
    }
}
