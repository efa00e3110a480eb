//! The access history (Decree 165/2025 Art. 6.4(c), 17.4): who accessed, retrieved, changed
//! or was refused what, from the processing log's index. Read by the DPO, the data
//! protection unit and auditors; the reading is itself recorded.

use khien_domain::{AssetId, OrgId};
use khien_log::event::Action;
use khien_store::{HistoryEntry, HistoryQuery};
use time::OffsetDateTime;

use crate::access::ops;
use crate::{App, AppError, Caller, On};

/// Largest page.
pub const MAX_LIMIT: u32 = 1000;
/// Default page.
pub const DEFAULT_LIMIT: u32 = 100;

/// What to look for; a raw data subject identifier is turned into the organisation's
/// pseudonym here and never stored or logged.
#[derive(Clone, Default)]
pub struct HistoryFilter {
    /// The actor's id (a user's id, a system's name, an operator's OS user name).
    pub user: Option<String>,
    /// The asset.
    pub asset: Option<AssetId>,
    /// The data subject's identifier (raw) or pseudonym (`ps1:…`).
    pub subject: Option<String>,
    /// The action.
    pub action: Option<Action>,
    /// `Some(true)`: refusals only; `Some(false)`: permitted accesses only.
    pub denied: Option<bool>,
    /// From this instant.
    pub from: Option<OffsetDateTime>,
    /// Before this instant.
    pub to: Option<OffsetDateTime>,
    /// The cursor from the previous page.
    pub cursor: Option<u64>,
    /// Page size (1 to 1 000; default 100).
    pub limit: Option<u32>,
}

impl std::fmt::Debug for HistoryFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HistoryFilter")
            .field("asset", &self.asset)
            .field("action", &self.action)
            .finish_non_exhaustive()
    }
}

/// One page of the history, newest first.
#[derive(Debug, Clone)]
pub struct HistoryPage {
    /// The entries.
    pub entries: Vec<HistoryEntry>,
    /// The cursor of the next (older) page, when there is one.
    pub next: Option<u64>,
}

impl App {
    /// The organisation's access history matching `filter`, newest first.
    pub async fn access_history(
        &self,
        caller: &Caller,
        org: OrgId,
        filter: HistoryFilter,
    ) -> Result<HistoryPage, AppError> {
        let limit = filter.limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(AppError::invalid("limit", "must be between 1 and 1000"));
        }
        // The log's indexes are signed 64-bit integers: a larger cursor is a bad request, not
        // a failure of the log.
        if filter.cursor.is_some_and(|c| i64::try_from(c).is_err()) {
            return Err(AppError::invalid(
                "cursor",
                "must be at most 9223372036854775807",
            ));
        }
        if filter
            .user
            .as_ref()
            .is_some_and(|u| u.trim().is_empty() || u.chars().count() > 200)
        {
            return Err(AppError::invalid("user", "must have 1 to 200 characters"));
        }
        let subject = match filter.subject.as_deref().map(str::trim) {
            None => None,
            Some(s) if s.is_empty() || s.chars().count() > 200 => {
                return Err(AppError::invalid(
                    "subject",
                    "must have 1 to 200 characters",
                ));
            }
            Some(s) if s.starts_with("ps1:") => Some(s.to_owned()),
            Some(s) => Some(self.log.pseudonyms().for_org(&org.as_uuid()).pseudonym(s)),
        };
        // What was asked is recorded (the subject only as its pseudonym).
        let mut on = On {
            asset: filter.asset,
            subject: subject.clone(),
            detail: Vec::new(),
            vault: None,
        };
        if let Some(u) = filter
            .user
            .as_deref()
            .filter(|u| uuid::Uuid::parse_str(u).is_ok())
        {
            on = on.with("filter_user", u.to_owned());
        }
        let p = self.permit(caller, ops::HISTORY_READ, org, on).await?;
        let query = HistoryQuery {
            org,
            actor: filter.user,
            asset: filter.asset,
            subject,
            action: filter.action,
            denied: filter.denied,
            from: filter.from,
            to: filter.to,
            before: filter.cursor,
            limit: limit + 1,
        };
        let r = self.log.history(&query).await.map_err(AppError::Log);
        let mut entries = self.finish(&p, r).await?;
        let next = if entries.len() > limit as usize {
            entries.truncate(limit as usize);
            entries.last().map(|e| e.index)
        } else {
            None
        };
        Ok(HistoryPage { entries, next })
    }
}

impl App {
    /// A receipt (C2SP tlog-proof: the entry's inclusion in the current signed checkpoint)
    /// for entry `index` of the organisation's access history; the reading is recorded. An
    /// entry of another organisation, or none, is "not found".
    pub async fn entry_receipt(
        &self,
        caller: &Caller,
        org: OrgId,
        index: u64,
    ) -> Result<khien_log::receipt::Receipt, AppError> {
        if i64::try_from(index).is_err() {
            return Err(AppError::NotFound("entry"));
        }
        let on = On::default().with("receipt", index);
        let p = self.permit(caller, ops::HISTORY_READ, org, on).await?;
        let r = async {
            let query = HistoryQuery {
                org,
                actor: None,
                asset: None,
                subject: None,
                action: None,
                denied: None,
                from: None,
                to: None,
                before: Some(index + 1),
                limit: 1,
            };
            let found = self.log.history(&query).await.map_err(AppError::Log)?;
            if found.first().map(|e| e.index) != Some(index) {
                return Err(AppError::NotFound("entry"));
            }
            self.log.receipt(index).await.map_err(AppError::Log)
        }
        .await;
        self.finish(&p, r).await
    }

    /// The log's current signed checkpoint, checked against its own verifier key: the size,
    /// the root hash and whether the signature holds. Public (served at `/log/checkpoint`).
    pub async fn checkpoint_status(
        &self,
    ) -> Result<(String, Option<khien_log::keys::Verified>), AppError> {
        let note = self.log.checkpoint().await.map_err(AppError::Log)?;
        let verified = khien_log::keys::Verifier::parse(self.log.verifier_key())
            .ok()
            .and_then(|v| v.verify_checkpoint(note.as_bytes()).ok());
        Ok((note, verified))
    }
}
