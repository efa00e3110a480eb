//! Writing a scan's results into the catalogue: every file or table where personal data was
//! found becomes an asset (or updates the asset an earlier scan made of it), under an asset for
//! its directory or database, with its findings; one transaction, so an interrupted or failed
//! write leaves the catalogue as it was.

use anyhow::{Context as _, bail};
use khien_domain::{AssetId, AssetKind, OrgId, PersonalDataClass, ScanId, Text};
use khien_scan::{Location, Report};
use khien_store::{ScanRecord, ScannedAsset, ScannedFinding};

use crate::args::Global;

fn random16() -> [u8; 16] {
    use khien_app::Random as _;
    let mut b = [0u8; 16];
    khien_app::OsRandom.fill(&mut b);
    b
}

/// A name that fits the catalogue: the end of a long path is the telling part.
fn name(s: &str) -> anyhow::Result<Text> {
    let n = s.chars().count();
    let short: String = if n > 200 {
        s.chars().skip(n - 200).collect()
    } else {
        s.to_owned()
    };
    Text::parse("name", &short, 200).map_err(|e| anyhow::anyhow!("{e}"))
}

fn class(code: &str) -> PersonalDataClass {
    match code {
        "sensitive" => PersonalDataClass::Sensitive,
        "basic" => PersonalDataClass::Basic,
        _ => PersonalDataClass::None,
    }
}

fn canonical(path: &str) -> String {
    std::fs::canonicalize(path).map_or_else(|_| path.to_owned(), |p| p.display().to_string())
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
    let mut assets: Vec<ScannedAsset> = Vec::new();
    for (i, s) in report.sources.iter().enumerate() {
        let units: Vec<_> = report
            .units
            .iter()
            .filter(|u| u.source == s.source && u.personal_data != "none")
            .collect();
        if units.is_empty() {
            continue;
        }
        let raw = sources.get(i).map_or(s.source.as_str(), String::as_str);
        let (parent, prefix) = match s.kind {
            "directory" => {
                let path = canonical(raw);
                assets.push(scanned(
                    format!("dir:{path}"),
                    None,
                    name(&path)?,
                    AssetKind::File,
                    &units,
                    None,
                    None,
                ));
                (Some(assets.len() - 1), String::new())
            }
            "file" => (None, String::new()),
            _ => {
                assets.push(scanned(
                    format!("db:{}", s.source),
                    None,
                    name(&s.source)?,
                    AssetKind::Database,
                    &units,
                    None,
                    None,
                ));
                (Some(assets.len() - 1), format!("table:{}#", s.source))
            }
        };
        for u in units {
            let (locator, label, kind) = match (&u.location.file, &u.location.table) {
                (Some(f), _) => (format!("file:{}", canonical(f)), f.clone(), AssetKind::File),
                (None, Some(t)) => (format!("{prefix}{t}"), t.clone(), AssetKind::Table),
                (None, None) => continue,
            };
            let findings: Vec<ScannedFinding> = report
                .findings
                .iter()
                .filter(|f| f.source == u.source && same_unit(&f.location, &u.location))
                .map(|f| ScannedFinding {
                    table: if u.location.file.is_some() {
                        f.location.table.clone()
                    } else {
                        None
                    },
                    column: f.location.column.clone(),
                    field: f.location.field.clone(),
                    detector: f.detector.to_owned(),
                    category: f.category.to_owned(),
                    legal_basis: f.legal_basis.to_owned(),
                    count: f.count,
                    confidence: f64::from(f.confidence),
                    samples: f.samples.clone(),
                })
                .collect();
            let mut a = scanned(
                locator,
                parent,
                name(&label)?,
                kind,
                &[u],
                u.bytes,
                Some(u.records),
            );
            a.findings = findings;
            assets.push(a);
        }
    }
    if assets.is_empty() {
        return Ok((
            "Không phát hiện dữ liệu cá nhân: danh mục không thay đổi (nothing to write)."
                .to_owned(),
            organisation,
        ));
    }
    let scan = ScanRecord {
        id: ScanId::from_random(random16()),
        regime: report.regime.to_owned(),
        sources: report.sources.iter().map(|s| s.source.clone()).collect(),
        assets,
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

fn same_unit(finding: &Location, unit: &Location) -> bool {
    match (&unit.file, &unit.table) {
        (Some(f), _) => finding.file.as_ref() == Some(f),
        (None, t) => finding.file.is_none() && finding.table.as_ref() == t.as_ref(),
    }
}

fn scanned(
    locator: String,
    parent: Option<usize>,
    name: Text,
    kind: AssetKind,
    units: &[&khien_scan::Unit],
    bytes: Option<u64>,
    records: Option<u64>,
) -> ScannedAsset {
    let personal_data = units
        .iter()
        .map(|u| class(u.personal_data))
        .max()
        .unwrap_or(PersonalDataClass::None);
    ScannedAsset {
        locator,
        parent,
        new_id: AssetId::from_random(random16()),
        name,
        kind,
        personal_data,
        volume_bytes: bytes,
        record_count: records,
        findings: Vec::new(),
    }
}
