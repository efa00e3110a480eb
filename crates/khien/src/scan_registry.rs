//! Writing a scan's results into the catalogue: every file or table where personal data was
//! found becomes an asset (or updates the asset an earlier scan made of it), under an asset for
//! its directory or database, with its findings; one transaction, so an interrupted or failed
//! write leaves the catalogue as it was.

use anyhow::{Context as _, bail};
use khien_domain::{OrgId, ScanId};
use khien_scan::Report;

use crate::args::Global;

fn random16() -> [u8; 16] {
    use khien_app::Random as _;
    let mut b = [0u8; 16];
    khien_app::OsRandom.fill(&mut b);
    b
}

pub(crate) async fn record(
    g: &Global,
    org: Option<OrgId>,
    report: &Report,
    sources: &[String],
) -> anyhow::Result<(String, khien_domain::Organisation)> {
    let app = crate::context::app(g).await?;
    let store = app.store.clone();
    let me = khien_app::Caller::operator_from_env();
    let org = match org {
        Some(o) => o,
        None => {
            let orgs = store.list_organisations(None).await?;
            let own: Vec<_> = orgs
                .iter()
                .filter(|o| o.details.kind != khien_domain::OrgKind::Authority)
                .collect();
            match own.as_slice() {
                [one] => one.id,
                [] => bail!("the registry has no organisation: run `khien init` first"),
                _ => bail!("the registry has several organisations: say which with --org ID"),
            }
        }
    };
    let organisation = store
        .get_organisation(org)
        .await
        .context("cannot read the organisation")?;
    let Some(scan) =
        khien_app::scans::scan_record(ScanId::from_random(random16()), report, sources, random16)?
    else {
        return Ok((
            "Không phát hiện dữ liệu cá nhân: danh mục không thay đổi (nothing to write)."
                .to_owned(),
            organisation,
        ));
    };
    // The decision (the operator, the scan's id and counts) is in the processing log before
    // the catalogue changes; a log that cannot record it leaves the catalogue untouched.
    let (w, index) = app
        .record_scan(&me, org, &scan)
        .await
        .context("cannot write the scan to the registry")?;
    let summary = format!(
        "Đã ghi vào danh mục dữ liệu (written to the catalogue): {} tài sản mới (new), {} cập nhật (updated), {} phát hiện (findings); lần quét {}; nhật ký xử lý (processing log) #{}",
        w.created, w.updated, w.findings, scan.id, index
    );
    Ok((summary, organisation))
}
