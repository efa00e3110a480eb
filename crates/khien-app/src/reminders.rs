//! Reminders before obligations fall due, through notifiers (the log; a webhook).
//!
//! [`run_once`] looks at every open obligation of every organisation; for each, the smallest
//! configured lead time that has been reached (72 h before, 24 h, 2 h, at the due instant...)
//! is announced once: the store records the claim, so restarts and replicas do not repeat it,
//! and a claim whose notification failed is released to be tried on the next run. The shell
//! (`khien serve`) runs it on a timer.

use std::sync::Arc;

use async_trait::async_trait;
use khien_store::{ReminderKey, Store, StoreError};
use serde::Serialize;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::cases::{self, Legal};

/// One reminder.
#[derive(Debug, Clone, Serialize)]
pub struct Reminder {
    /// The organisation.
    pub org_id: Uuid,
    /// The case.
    pub case_id: Uuid,
    /// Its kind.
    pub case_kind: String,
    /// The obligation.
    pub obligation: String,
    /// What must be done, in Vietnamese.
    pub title: String,
    /// The article.
    pub legal_basis: String,
    /// When it is due (+07:00).
    #[serde(with = "time::serde::rfc3339")]
    pub due: OffsetDateTime,
    /// The lead time reached, in seconds before the due instant (0: it is due now).
    pub lead_seconds: i64,
}

/// Where reminders go.
#[async_trait]
pub trait Notifier: Send + Sync + 'static {
    /// Its name, for logs.
    fn name(&self) -> &'static str;
    /// Delivers a reminder; an error makes it be tried again on the next run.
    async fn notify(&self, r: &Reminder) -> Result<(), String>;
}

/// Writes reminders to the log (ids, obligation and due instant: never the case's title).
#[derive(Debug, Default)]
pub struct LogNotifier;

#[async_trait]
impl Notifier for LogNotifier {
    fn name(&self) -> &'static str {
        "log"
    }

    async fn notify(&self, r: &Reminder) -> Result<(), String> {
        tracing::warn!(
            target: "khien::reminder",
            org_id = %r.org_id,
            case_id = %r.case_id,
            obligation = %r.obligation,
            legal_basis = %r.legal_basis,
            due = %r.due,
            lead_seconds = r.lead_seconds,
            "obligation falls due"
        );
        Ok(())
    }
}

/// POSTs each reminder as JSON to a URL (HTTP or HTTPS with the system's root certificates).
#[derive(Debug)]
pub struct WebhookNotifier(crate::mail::WebhookHook);

impl WebhookNotifier {
    /// A webhook to `url`, with a 10-second timeout.
    pub fn new(url: &str) -> Result<Self, String> {
        crate::mail::WebhookHook::new(url).map(Self)
    }
}

#[async_trait]
impl Notifier for WebhookNotifier {
    fn name(&self) -> &'static str {
        "webhook"
    }

    async fn notify(&self, r: &Reminder) -> Result<(), String> {
        use crate::mail::SystemsHook as _;
        let v =
            serde_json::to_value(r).map_err(|_| "the reminder could not be encoded".to_owned())?;
        self.0.deliver(&v).await
    }
}

/// E-mails each reminder through an SMTP server.
pub struct SmtpNotifier {
    mailer: crate::mail::SmtpMailer,
    to: Vec<String>,
}

impl std::fmt::Debug for SmtpNotifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The transport holds credentials: never print it.
        f.debug_struct("SmtpNotifier")
            .field("recipients", &self.to.len())
            .finish_non_exhaustive()
    }
}

impl SmtpNotifier {
    /// A notifier sending through `url`: `smtps://user:pass@host:465` (implicit TLS),
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS) or `smtp://host:25` (plain, for a
    /// local relay), from `from` to every address of `to`.
    pub fn new(url: &str, from: &str, to: &[String]) -> Result<Self, String> {
        let mailer = crate::mail::SmtpMailer::new(url, from)?;
        for a in to {
            a.parse::<lettre::message::Mailbox>()
                .map_err(|_| "a recipient is not a valid e-mail address".to_owned())?;
        }
        if to.is_empty() {
            return Err("give at least one recipient".to_owned());
        }
        Ok(Self {
            mailer,
            to: to.to_vec(),
        })
    }
}

#[async_trait]
impl Notifier for SmtpNotifier {
    fn name(&self) -> &'static str {
        "smtp"
    }

    async fn notify(&self, r: &Reminder) -> Result<(), String> {
        use crate::mail::Mailer as _;
        let when = if r.lead_seconds == 0 {
            "Đã đến hạn".to_owned()
        } else {
            format!("Còn {} giờ đến hạn", r.lead_seconds / 3600)
        };
        let due = r
            .due
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        let body = format!(
            "{when}: {title}\n\nHạn (due): {due}\nCăn cứ (legal basis): {basis}\nNghĩa vụ (obligation): {id}\nVụ việc (case): {case} ({kind})\nTổ chức (organisation): {org}\n\n— Khiên\n",
            title = r.title,
            basis = r.legal_basis,
            id = r.obligation,
            case = r.case_id,
            kind = r.case_kind,
            org = r.org_id,
        );
        self.mailer
            .send(&crate::mail::Mail {
                to: self.to.join(", "),
                subject: format!("[Khiên] {when}: {}", r.title),
                body,
                attachments: Vec::new(),
            })
            .await
    }
}

/// Parses lead times such as `72h,24h,2h,0h` (also `30m`, `3d`).
pub fn parse_leads(s: &str) -> Result<Vec<Duration>, String> {
    let mut out = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((i, _)) = part.char_indices().last() else {
            continue;
        };
        let (num, unit) = part.split_at(i);
        let n: i64 = num
            .parse()
            .map_err(|_| format!("`{part}` is not a lead time like 24h"))?;
        if !(0..=100_000).contains(&n) {
            return Err(format!("`{part}` is out of range"));
        }
        let d = match unit {
            "m" => Duration::minutes(n),
            "h" => Duration::hours(n),
            "d" => Duration::days(n),
            _ => return Err(format!("`{part}`: use m, h or d")),
        };
        out.push(d);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// One pass over every organisation; returns how many reminders were delivered.
pub async fn run_once(
    store: &dyn Store,
    legal: &Legal,
    notifiers: &[Arc<dyn Notifier>],
    leads: &[Duration],
    now: OffsetDateTime,
) -> Result<usize, StoreError> {
    let mut delivered = 0;
    for org in store.list_organisations(None).await? {
        let (items, _, _) = cases::due(store, legal, &org, now).await?;
        for item in items {
            let o = &item.obligation;
            // The smallest lead time already reached.
            let Some(lead) = leads
                .iter()
                .copied()
                .find(|l| o.due.checked_sub(*l).is_some_and(|at| now >= at))
            else {
                continue;
            };
            let key = ReminderKey {
                org_id: org.id,
                case_id: item.case_id,
                obligation: o.obligation.clone(),
                lead_secs: lead.whole_seconds(),
                due_at: o.due,
            };
            if !store.claim_reminder(&key, now).await? {
                continue;
            }
            let reminder = Reminder {
                org_id: org.id.as_uuid(),
                case_id: item.case_id.as_uuid(),
                case_kind: item.case_kind.clone(),
                obligation: o.obligation.clone(),
                title: o.title.clone(),
                legal_basis: o.legal_basis.clone(),
                due: o.due,
                lead_seconds: lead.whole_seconds(),
            };
            let mut failed = false;
            for n in notifiers {
                if let Err(e) = n.notify(&reminder).await {
                    tracing::error!(notifier = n.name(), error = %e, "a reminder was not delivered; it will be retried");
                    failed = true;
                }
            }
            if failed {
                store.release_reminder(&key).await?;
            } else {
                delivered += 1;
            }
        }
    }
    Ok(delivered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_times_parse() {
        assert_eq!(
            parse_leads("24h, 2h,0h,72h,2h").unwrap(),
            vec![
                Duration::ZERO,
                Duration::hours(2),
                Duration::hours(24),
                Duration::hours(72)
            ]
        );
        assert_eq!(
            parse_leads("30m,3d").unwrap(),
            vec![Duration::minutes(30), Duration::days(3)]
        );
        for bad in ["x", "2w", "-1h", "h", "5ắ", "99999999999h"] {
            assert!(parse_leads(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn smtp_settings_are_checked() {
        let to = vec!["dpo@example.vn".to_owned()];
        assert!(
            SmtpNotifier::new("smtps://u:p@mail.example.vn:465", "khien@example.vn", &to).is_ok()
        );
        assert!(SmtpNotifier::new("http://x", "khien@example.vn", &to).is_err());
        assert!(SmtpNotifier::new("smtp://localhost:25", "not an address", &to).is_err());
        assert!(SmtpNotifier::new("smtp://localhost:25", "khien@example.vn", &[]).is_err());
        let n = SmtpNotifier::new(
            "smtps://user:secret-pw@mail.example.vn",
            "k@example.vn",
            &to,
        )
        .unwrap();
        assert!(!format!("{n:?}").contains("secret-pw"));
    }

    #[test]
    fn webhook_urls_are_checked() {
        assert!(WebhookNotifier::new("ftp://x").is_err());
        assert!(WebhookNotifier::new("https://hooks.example.vn/khien").is_ok());
    }
}
