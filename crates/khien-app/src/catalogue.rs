//! The catalogue of data assets, scans recorded into it, and processing activities
//! (Decree 165/2025 Art. 10; Law 91/2025).

use khien_domain::{
    ActivityId, AssetId, DataAsset, DataAssetDraft, OrgId, ProcessingActivity,
    ProcessingActivityDraft, ScanId,
};
use khien_store::{ScanRecord, ScanWritten, ScannedFinding};
use time::OffsetDateTime;

use crate::access::ops;
use crate::{App, AppError, Caller, On};

/// An asset's latest findings: the scan, when, and what it found (masked samples only).
pub type Findings = Option<(ScanId, OffsetDateTime, Vec<ScannedFinding>)>;

impl App {
    /// The organisation's assets, by name.
    pub async fn list_assets(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<Vec<DataAsset>, AppError> {
        self.read_in_org(caller, ops::ASSET_LIST, org, On::default(), async || {
            self.store.list_assets(org).await
        })
        .await
    }

    /// How many assets the organisation has (in all, with personal data, important or core).
    pub async fn asset_counts(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<khien_store::AssetCounts, AppError> {
        let on = On::default().with("counts", true);
        self.read_in_org(caller, ops::ASSET_LIST, org, on, async || {
            self.store.count_assets(org).await
        })
        .await
    }

    /// One page of the organisation's assets by name, of one personal-data class when given,
    /// and how many match.
    pub async fn list_assets_page(
        &self,
        caller: &Caller,
        org: OrgId,
        class: Option<khien_domain::PersonalDataClass>,
        offset: u64,
        limit: u64,
    ) -> Result<(Vec<DataAsset>, u64), AppError> {
        if !(1..=1000).contains(&limit) {
            return Err(AppError::invalid("limit", "must be between 1 and 1000"));
        }
        let on = On::default().with("offset", offset).with("limit", limit);
        self.read_in_org(caller, ops::ASSET_LIST, org, on, async || {
            self.store
                .list_assets_page(org, class, None, offset, limit)
                .await
        })
        .await
    }

    /// The organisation's assets whose name contains `needle` (folded: neither case nor
    /// diacritics matter, "nguyen" finds "Nguyễn"), of one class when given: one page by
    /// name, and how many match. The search runs in the database (the store's folded names).
    pub async fn search_assets(
        &self,
        caller: &Caller,
        org: OrgId,
        needle: &str,
        class: Option<khien_domain::PersonalDataClass>,
        offset: u64,
        limit: u64,
    ) -> Result<(Vec<DataAsset>, u64), AppError> {
        if !(1..=1000).contains(&limit) {
            return Err(AppError::invalid("limit", "must be between 1 and 1000"));
        }
        let on = On::default().with("search", true).with("offset", offset);
        self.read_in_org(caller, ops::ASSET_LIST, org, on, async || {
            self.store
                .list_assets_page(org, class, Some(needle), offset, limit)
                .await
        })
        .await
    }

    /// One asset.
    pub async fn get_asset(
        &self,
        caller: &Caller,
        org: OrgId,
        id: AssetId,
    ) -> Result<DataAsset, AppError> {
        let p = self
            .permit(caller, ops::ASSET_GET, org, On::asset(id))
            .await?;
        let r = self.store.get_asset(org, id).await.map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// One asset with its latest findings.
    pub async fn asset_with_findings(
        &self,
        caller: &Caller,
        org: OrgId,
        id: AssetId,
    ) -> Result<(DataAsset, Findings), AppError> {
        let p = self
            .permit(
                caller,
                ops::ASSET_GET,
                org,
                On::asset(id).with("findings", true),
            )
            .await?;
        let r = async {
            let asset = self.store.get_asset(org, id).await?;
            let findings = self.store.asset_findings(org, id).await?;
            Ok((asset, findings))
        }
        .await;
        self.finish(&p, r).await
    }

    /// Adds an asset (the DPO and the data protection unit).
    pub async fn create_asset(
        &self,
        caller: &Caller,
        org: OrgId,
        draft: &DataAssetDraft,
    ) -> Result<DataAsset, AppError> {
        let id = AssetId::from_random(self.random_bytes());
        let p = self
            .permit(caller, ops::ASSET_CREATE, org, On::asset(id))
            .await?;
        let r = self
            .store
            .create_asset(org, id, draft, self.now())
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Replaces an asset's details.
    pub async fn update_asset(
        &self,
        caller: &Caller,
        org: OrgId,
        id: AssetId,
        draft: &DataAssetDraft,
    ) -> Result<DataAsset, AppError> {
        let p = self
            .permit(caller, ops::ASSET_UPDATE, org, On::asset(id))
            .await?;
        let r = self
            .store
            .update_asset(org, id, draft, self.now())
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Removes an asset nothing refers to.
    pub async fn delete_asset(
        &self,
        caller: &Caller,
        org: OrgId,
        id: AssetId,
    ) -> Result<(), AppError> {
        let p = self
            .permit(caller, ops::ASSET_DELETE, org, On::asset(id))
            .await?;
        let r = self
            .store
            .delete_asset(org, id)
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Writes a discovery scan's results into the catalogue in one transaction; returns what
    /// changed and the index of the log entry that records it.
    pub async fn record_scan(
        &self,
        caller: &Caller,
        org: OrgId,
        scan: &ScanRecord,
    ) -> Result<(ScanWritten, u64), AppError> {
        let on = On::default()
            .with("scan_id", scan.id.to_string())
            .with("regime", short(&scan.regime))
            .with("sources", scan.sources.len() as u64)
            .with("assets", scan.assets.len() as u64);
        let p = self.permit(caller, ops::SCAN_RECORD, org, on).await?;
        let r = async {
            self.store.get_organisation(org).await?;
            Ok(self.store.record_scan(org, scan, self.now()).await?)
        }
        .await;
        self.finish(&p, r).await.map(|w| (w, p.index))
    }

    /// The organisation's processing activities, by name.
    pub async fn list_activities(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<Vec<ProcessingActivity>, AppError> {
        self.read_in_org(caller, ops::ACTIVITY_LIST, org, On::default(), async || {
            self.store.list_activities(org).await
        })
        .await
    }

    /// One activity.
    pub async fn get_activity(
        &self,
        caller: &Caller,
        org: OrgId,
        id: ActivityId,
    ) -> Result<ProcessingActivity, AppError> {
        let on = On::default().with("activity_id", id.to_string());
        let p = self.permit(caller, ops::ACTIVITY_GET, org, on).await?;
        let r = self
            .store
            .get_activity(org, id)
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Records an activity (the DPO and the data protection unit).
    pub async fn create_activity(
        &self,
        caller: &Caller,
        org: OrgId,
        draft: &ProcessingActivityDraft,
    ) -> Result<ProcessingActivity, AppError> {
        let id = ActivityId::from_random(self.random_bytes());
        let on = On::default().with("activity_id", id.to_string());
        let p = self.permit(caller, ops::ACTIVITY_CREATE, org, on).await?;
        let r = self
            .store
            .create_activity(org, id, draft, self.now())
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Replaces an activity.
    pub async fn update_activity(
        &self,
        caller: &Caller,
        org: OrgId,
        id: ActivityId,
        draft: &ProcessingActivityDraft,
    ) -> Result<ProcessingActivity, AppError> {
        let on = On::default().with("activity_id", id.to_string());
        let p = self.permit(caller, ops::ACTIVITY_UPDATE, org, on).await?;
        let r = self
            .store
            .update_activity(org, id, draft, self.now())
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }

    /// Removes an activity.
    pub async fn delete_activity(
        &self,
        caller: &Caller,
        org: OrgId,
        id: ActivityId,
    ) -> Result<(), AppError> {
        let on = On::default().with("activity_id", id.to_string());
        let p = self.permit(caller, ops::ACTIVITY_DELETE, org, on).await?;
        let r = self
            .store
            .delete_activity(org, id)
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await
    }
}

fn short(s: &str) -> String {
    if s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        s.to_owned()
    } else {
        "(other)".to_owned()
    }
}
