//! The data catalogue: each asset's classification, its findings, and the questions on
//! important and core data (Decree 165/2025 Art. 3 and 4) the DPO answers.

use askama::Template;
use axum::extract::{Path, Query, State};
use khien_app::AppError;
use khien_domain::Code as _;
use khien_domain::{
    AssetId, Classification, ImportanceCriterion, ImportanceLevel, PersonalDataClass,
};
use serde::Deserialize;

use super::{Page, Posted, html, org_frame, org_id, see_other};
use crate::WebState;
use crate::ctx::{Ctx, Viewer};
use crate::view;

pub struct AssetRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub personal: String,
    pub personal_code: &'static str,
    pub importance: String,
    pub article: String,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "assets.html")]
struct List {
    ctx: Ctx,
    rows: Vec<AssetRow>,
    count_text: String,
    pager: super::Pager,
    q: String,
    class: String,
}

#[derive(Deserialize, Default)]
pub struct ListQ {
    #[serde(default)]
    q: String,
    #[serde(default)]
    class: String,
    #[serde(default)]
    page: Option<usize>,
}

fn row(t: &crate::i18n::T, a: &khien_domain::DataAsset) -> AssetRow {
    let c = a.details.classification;
    AssetRow {
        id: a.id.to_string(),
        name: a.details.name.as_str().to_owned(),
        kind: t.or("asset_kind", a.details.kind.code()),
        personal: t.or("personal", c.personal_data.code()),
        personal_code: c.personal_data.code(),
        importance: t.or("importance", c.importance.code()),
        article: c
            .importance_article()
            .map(|a| view::citation(&a, t.lang))
            .unwrap_or_default(),
        updated: view::when(a.updated_at),
    }
}

/// `GET /o/{org}/assets`.
pub async fn list(
    State(s): State<WebState>,
    v: Viewer,
    Path(org): Path<String>,
    Query(q): Query<ListQ>,
) -> Page {
    let org = org_id(&v, &org)?;
    let t = v.t();
    let mut keep = vec![];
    if !q.q.is_empty() {
        keep.push(format!("q={}", crate::ctx::encode(&q.q)));
    }
    if !q.class.is_empty() {
        keep.push(format!("class={}", crate::ctx::encode(&q.class)));
    }
    let keep = keep.join("&");
    let class = match q.class.as_str() {
        "none" => Some(PersonalDataClass::None),
        "basic" => Some(PersonalDataClass::Basic),
        "sensitive" => Some(PersonalDataClass::Sensitive),
        _ => None,
    };
    let needle = q.q.trim();
    // One page from the store, counted and (when searched) matched there, folded: neither
    // case nor diacritics matter.
    let (app, caller) = (&s.app, &v.caller);
    let fetch = |page: usize| {
        let offset = ((page - 1) * super::PAGE) as u64;
        let limit = super::PAGE as u64;
        async move {
            if needle.is_empty() {
                app.list_assets_page(caller, org, class, offset, limit)
                    .await
            } else {
                app.search_assets(caller, org, needle, class, offset, limit)
                    .await
            }
        }
    };
    let want = q.page.unwrap_or(1).max(1);
    // The page's reads run together, so that their log entries share one durable commit.
    let (frame, counts, first) = tokio::join!(
        org_frame(&s, &v, org, "assets"),
        s.app.asset_counts(&v.caller, org),
        fetch(want)
    );
    let (ctx, _) = frame?;
    let counts = counts.map_err(|e| v.fail(e))?;
    let (mut page, mut matching) = first.map_err(|e| v.fail(e))?;
    let pager = super::Pager::new(&t, usize::try_from(matching).unwrap_or(0), q.page, &keep);
    if pager.page != want {
        (page, matching) = fetch(pager.page).await.map_err(|e| v.fail(e))?;
    }
    let rows: Vec<AssetRow> = page.iter().map(|a| row(&t, a)).collect();
    let total = counts.total;
    html(&List {
        ctx,
        count_text: t.f(
            "assets.count",
            &[("n", &matching.to_string()), ("total", &total.to_string())],
        ),
        pager,
        rows,
        q: q.q.chars().take(200).collect(),
        class: q.class.chars().take(20).collect(),
    })
}

pub struct FindingRow {
    pub place: String,
    pub category: String,
    pub article: String,
    pub count: u64,
    pub confidence: String,
    pub samples: String,
}

pub struct Question {
    pub id: &'static str,
    pub key: String,
    pub answer: &'static str,
}

#[derive(Template)]
#[template(path = "asset.html")]
struct Show {
    ctx: Ctx,
    a: AssetRow,
    description: String,
    owner: String,
    records: String,
    findings: Vec<FindingRow>,
    scanned: String,
    questions: Vec<Question>,
    saved: bool,
}

#[derive(Deserialize, Default)]
pub struct ShowQ {
    #[serde(default)]
    saved: Option<String>,
}

fn asset_id(v: &Viewer, s: &str) -> Result<AssetId, axum::response::Response> {
    s.parse::<uuid::Uuid>()
        .map(AssetId::from_uuid)
        .map_err(|_| v.fail(AppError::NotFound("asset")))
}

/// The four criteria, in the order of the clauses of Art. 3 and 4.
const CRITERIA: [ImportanceCriterion; 4] = [
    ImportanceCriterion::NationalSecurity,
    ImportanceCriterion::ForeignRelations,
    ImportanceCriterion::Macroeconomy,
    ImportanceCriterion::LifeHealthRights,
];

/// `GET /o/{org}/assets/{asset}`.
pub async fn show(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, asset)): Path<(String, String)>,
    Query(q): Query<ShowQ>,
) -> Page {
    let org = org_id(&v, &org)?;
    let id = asset_id(&v, &asset)?;
    let (ctx, _) = org_frame(&s, &v, org, "assets").await?;
    let (a, findings) = s
        .app
        .asset_with_findings(&v.caller, org, id)
        .await
        .map_err(|e| v.fail(e))?;
    let t = v.t();
    let c = a.details.classification;
    let (scanned, findings) = match findings {
        Some((_, at, f)) => (t.f("asset.scanned_at", &[("at", &view::when(at))]), f),
        None => (String::new(), Vec::new()),
    };
    let findings = findings
        .iter()
        .map(|f| FindingRow {
            place: [f.table.as_deref(), f.column.as_deref(), f.field.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" › "),
            category: format!(
                "{} ({})",
                t.or("detector", &f.detector),
                t.or("category", &f.category)
            ),
            article: view::citation(&f.legal_basis, t.lang),
            count: f.count,
            confidence: format!("{:.0}%", f.confidence * 100.0),
            samples: f.samples.join(", "),
        })
        .collect();
    let questions = CRITERIA
        .iter()
        .map(|k| Question {
            id: k.code(),
            key: format!("question.{}", k.code()),
            answer: if c.importance_criterion == Some(*k) {
                c.importance.code()
            } else {
                "ordinary"
            },
        })
        .collect();
    html(&Show {
        description: a
            .details
            .description
            .as_ref()
            .map(|d| d.as_str().to_owned())
            .unwrap_or_default(),
        owner: a.details.owner.as_str().to_owned(),
        records: a
            .details
            .record_count
            .map(|n| n.to_string())
            .unwrap_or_default(),
        a: row(&t, &a),
        findings,
        scanned,
        questions,
        saved: q.saved.is_some(),
        ctx,
    })
}

#[derive(Deserialize)]
pub struct ClassifyForm {
    personal_data: String,
    #[serde(default)]
    national_security: String,
    #[serde(default)]
    foreign_relations: String,
    #[serde(default)]
    macroeconomy: String,
    #[serde(default)]
    life_health_rights: String,
}

/// The level and criterion the four answers give: the gravest answer decides, and the first
/// clause that gave it is the criterion (Decree 165/2025 Art. 3 "may endanger" → important,
/// Art. 4 "directly endangers" → core).
pub fn judge(
    answers: [&str; 4],
) -> Result<(ImportanceLevel, Option<ImportanceCriterion>), AppError> {
    let mut best = (ImportanceLevel::Ordinary, None);
    for (a, k) in answers.iter().zip(CRITERIA) {
        let level = match *a {
            "" | "ordinary" => ImportanceLevel::Ordinary,
            "important" => ImportanceLevel::Important,
            "core" => ImportanceLevel::Core,
            _ => {
                return Err(AppError::invalid(
                    "importance",
                    "must be ordinary, important or core",
                ));
            }
        };
        let rank = |l: ImportanceLevel| match l {
            ImportanceLevel::Ordinary => 0,
            ImportanceLevel::Important => 1,
            ImportanceLevel::Core => 2,
        };
        if rank(level) > rank(best.0) {
            best = (level, Some(k));
        }
    }
    Ok(best)
}

/// `POST /o/{org}/assets/{asset}/classify`: the answers recorded as the asset's
/// classification (a change, decided and logged by the application).
pub async fn classify(
    State(s): State<WebState>,
    Path((org, asset)): Path<(String, String)>,
    p: Posted<ClassifyForm>,
) -> Page {
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let id = asset_id(v, &asset)?;
    let f = &p.form;
    let personal = match f.personal_data.as_str() {
        "none" => PersonalDataClass::None,
        "basic" => PersonalDataClass::Basic,
        "sensitive" => PersonalDataClass::Sensitive,
        _ => {
            return Err(v.fail(AppError::invalid(
                "personal_data",
                "must be none, basic or sensitive",
            )));
        }
    };
    let (importance, criterion) = judge([
        &f.national_security,
        &f.foreign_relations,
        &f.macroeconomy,
        &f.life_health_rights,
    ])
    .map_err(|e| v.fail(e))?;
    let a = s
        .app
        .get_asset(&v.caller, org_uuid, id)
        .await
        .map_err(|e| v.fail(e))?;
    let mut draft = a.details.clone();
    draft.classification = Classification {
        personal_data: personal,
        importance,
        importance_criterion: criterion,
        open_data: draft.classification.open_data
            && personal == PersonalDataClass::None
            && importance == ImportanceLevel::Ordinary,
    };
    s.app
        .update_asset(&v.caller, org_uuid, id, &draft)
        .await
        .map_err(|e| v.fail(e))?;
    Ok(see_other(&format!("/o/{org}/assets/{asset}?saved=1")))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    /// Decree 165/2025 Art. 3 and 4: "may endanger" is important, "directly endangers" is
    /// core; the gravest answer decides and names its clause.
    #[test]
    fn the_gravest_answer_decides_the_level_and_its_clause() {
        let cases: [([&str; 4], ImportanceLevel, Option<ImportanceCriterion>); 5] = [
            (["ordinary"; 4], ImportanceLevel::Ordinary, None),
            (
                ["", "", "", "important"],
                ImportanceLevel::Important,
                Some(ImportanceCriterion::LifeHealthRights),
            ),
            (
                ["important", "core", "", "core"],
                ImportanceLevel::Core,
                Some(ImportanceCriterion::ForeignRelations),
            ),
            (
                ["core", "", "", ""],
                ImportanceLevel::Core,
                Some(ImportanceCriterion::NationalSecurity),
            ),
            (
                ["", "important", "important", ""],
                ImportanceLevel::Important,
                Some(ImportanceCriterion::ForeignRelations),
            ),
        ];
        for (answers, level, criterion) in cases {
            assert_eq!(judge(answers).unwrap(), (level, criterion), "{answers:?}");
        }
        assert!(judge(["very", "", "", ""]).is_err());
    }
}
