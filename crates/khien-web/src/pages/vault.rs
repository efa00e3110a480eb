//! The vault (Decree 165/2025 Art. 11, 13, 17.7): its collections, a data subject's access
//! history, destruction of a subject's data with the certificate to download, and the
//! organisation's signing certificate.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::IntoResponse as _;
use khien_app::AppError;
use khien_domain::CaseId;
use serde::Deserialize;

use super::{Page, Posted, html, org_frame, org_id};
use crate::WebState;
use crate::ctx::{Ctx, Viewer};
use crate::view;

pub struct CollectionRow {
    pub name: String,
    pub sensitive: bool,
    pub purposes: String,
    pub records: u64,
    pub created: String,
}

pub struct DestructionRow {
    pub at: String,
    pub subject: String,
    pub case: String,
    pub log_index: u64,
    pub records: u64,
}

/// A destruction as a table row.
pub fn destruction_row(d: khien_store::Destruction) -> DestructionRow {
    DestructionRow {
        at: view::when(d.at),
        subject: d.subject,
        case: d.case_id.map(|c| c.to_string()).unwrap_or_default(),
        log_index: d.log_index,
        records: d.records,
    }
}

#[derive(Template)]
#[template(path = "vault.html")]
struct VaultPage {
    ctx: Ctx,
    can_destroy: bool,
    collections: Vec<CollectionRow>,
    destructions: Vec<DestructionRow>,
    done: String,
}

async fn render(s: &WebState, v: &Viewer, org: khien_domain::OrgId, done: String) -> Page {
    let (frame, collections, destructions) = tokio::join!(
        org_frame(s, v, org, "vault"),
        s.app.vault_collections(&v.caller, org),
        s.app.vault_destructions(&v.caller, org)
    );
    let (ctx, _) = frame?;
    let collections = collections.map_err(|e| v.fail(e))?;
    let destructions = destructions.map_err(|e| v.fail(e))?;
    html(&VaultPage {
        can_destroy: s
            .app
            .allows(&v.caller, khien_app::access::ops::VAULT_DESTROY, org),
        collections: collections
            .into_iter()
            .map(|c| CollectionRow {
                name: c.name,
                sensitive: c.sensitive,
                purposes: c.purposes.join(", "),
                records: c.records,
                created: view::when(c.created_at),
            })
            .collect(),
        destructions: destructions.into_iter().map(destruction_row).collect(),
        done,
        ctx,
    })
}

/// `GET /o/{org}/vault`.
pub async fn page(State(s): State<WebState>, v: Viewer, Path(org): Path<String>) -> Page {
    let org = org_id(&v, &org)?;
    render(&s, &v, org, String::new()).await
}

#[derive(Deserialize)]
pub struct DestroyForm {
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub case_id: String,
}

/// `POST /o/{org}/vault/destroy`: destroys a subject's data and shows the outcome.
pub async fn destroy(
    State(s): State<WebState>,
    Path(org): Path<String>,
    p: Posted<DestroyForm>,
) -> Page {
    let v = &p.v;
    let org = org_id(v, &org)?;
    let f = &p.form;
    let case = match f.case_id.trim() {
        "" => None,
        c => Some(CaseId::from_uuid(
            c.parse::<uuid::Uuid>()
                .map_err(|_| v.fail(AppError::invalid("case_id", "a case id")))?,
        )),
    };
    let d = s
        .app
        .vault_destroy(&v.caller, org, &f.subject, &f.reason, case)
        .await
        .map_err(|e| v.fail(e))?;
    let t = v.t();
    let done = t.f(
        "vault.destroyed",
        &[
            ("subject", &d.subject),
            ("records", &d.records.to_string()),
            ("index", &d.log_index.to_string()),
        ],
    );
    render(&s, v, org, done).await
}

/// `GET /o/{org}/vault/destructions/{index}`: a destruction certificate (CMS, DER).
pub async fn certificate(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, index)): Path<(String, u64)>,
) -> Page {
    let org = org_id(&v, &org)?;
    let all = s
        .app
        .vault_destructions(&v.caller, org)
        .await
        .map_err(|e| v.fail(e))?;
    let d = all
        .into_iter()
        .find(|d| d.log_index == index)
        .ok_or_else(|| v.fail(AppError::NotFound("destruction")))?;
    let mut r = (StatusCode::OK, d.certificate).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pkcs7-mime"),
    );
    if let Ok(v) =
        HeaderValue::from_str(&format!("attachment; filename=\"huy-du-lieu-{index}.p7m\""))
    {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}

/// `GET /o/{org}/vault/signing-certificate.pem`.
pub async fn signing_certificate(
    State(s): State<WebState>,
    v: Viewer,
    Path(org): Path<String>,
) -> Page {
    let org = org_id(&v, &org)?;
    let pem = s
        .app
        .signing_certificate(&v.caller, org)
        .await
        .map_err(|e| v.fail(e))?;
    let mut r = (StatusCode::OK, pem).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-pem-file"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"chung-thu-ky-so.pem\""),
    );
    Ok(r)
}
