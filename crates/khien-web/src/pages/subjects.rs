//! The people whose data it is (issue 17): the public request page of an organisation (no
//! login, Vietnamese first: Decree 356/2025 Art. 5(1)) with its status page, the staff's list
//! of requests with the days left and each request's handling, and the consent ledger.

use askama::Template;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use khien_app::AppError;
use khien_app::requests::{Decision, RequestView, Submission};
use khien_domain::{Code as _, OrgId, RequestKind, RequestStatus};
use serde::Deserialize;

use super::{Page, Posted, download, html, org_frame, org_id, see_other};
use crate::WebState;
use crate::ctx::{Ctx, Viewer, lang_of};
use crate::i18n::{Lang, T};
use crate::security::{self, LOGIN};
use crate::view;

/// A choice of a select: code, label, selected.
pub struct Choice {
    pub code: &'static str,
    pub label: &'static str,
    pub selected: bool,
}

fn kinds(selected: &str) -> Vec<Choice> {
    RequestKind::ALL
        .iter()
        .map(|k| Choice {
            code: k.code(),
            label: k.label_vi(),
            selected: k.code() == selected,
        })
        .collect()
}

/// A time limit as a row.
pub struct DeadlineRow {
    pub title: String,
    pub basis: String,
    pub due: String,
    pub left: String,
    pub late: bool,
    pub done: String,
}

fn deadline_rows(
    t: &T,
    lang: Lang,
    v: &RequestView,
    now: time::OffsetDateTime,
) -> Vec<DeadlineRow> {
    v.deadlines
        .iter()
        .map(|d| {
            let (left, late) = match d.done_at {
                Some(_) => (String::new(), false),
                None => view::left(t, d.due, now),
            };
            DeadlineRow {
                title: d.title.clone(),
                basis: view::citation(&d.legal_basis, lang),
                due: view::when(d.due),
                left,
                late,
                done: d.done_at.map(view::when).unwrap_or_default(),
            }
        })
        .collect()
}

fn status_label(t: &T, s: RequestStatus) -> String {
    t.s(&format!("requests.status_{}", s.code())).to_owned()
}

// ---- The public pages -------------------------------------------------------------------

#[derive(Template)]
#[template(path = "public_request.html")]
struct PublicRequestPage {
    t: T,
    csrf: String,
    org_id: String,
    org_name: String,
    lead: String,
    kinds: Vec<Choice>,
    error: String,
    contact: String,
    reference: String,
    details: String,
    switch_href: String,
    switch_label: &'static str,
    switch_lang: &'static str,
}

#[derive(Template)]
#[template(path = "public_status.html")]
struct PublicStatusPage {
    t: T,
    csrf: String,
    org_id: String,
    org_name: String,
    reference: String,
    kind: String,
    status: String,
    unverified: bool,
    received: String,
    deadlines: Vec<DeadlineRow>,
    answered: String,
    notice: String,
    error: String,
}

fn switch(lang: Lang, path: &str) -> (String, &'static str, &'static str) {
    let other = lang.other();
    (
        format!("{path}?lang={}", other.code()),
        match other {
            Lang::Vi => "Tiếng Việt",
            Lang::En => "English",
        },
        other.code(),
    )
}

fn public_id(lang: Lang, s: &str) -> Result<OrgId, Response> {
    s.parse::<uuid::Uuid>()
        .map(OrgId::from_uuid)
        .map_err(|_| super::error_page(lang, &AppError::NotFound("organisation")))
}

fn public_form(
    s: &WebState,
    lang: Lang,
    org: OrgId,
    name: String,
    form: &RequestForm,
    error: String,
    status: StatusCode,
) -> Response {
    let t = T::new(lang);
    let (switch_href, switch_label, switch_lang) = switch(lang, &format!("/request/{org}"));
    let lead = t.f("public.lead", &[("org", &name)]);
    let p = |csrf| {
        PublicRequestPage {
            t,
            csrf,
            org_id: org.to_string(),
            lead,
            org_name: name,
            kinds: kinds(&form.kind),
            error,
            contact: form.contact_email.clone(),
            reference: form.subject_reference.clone(),
            details: form.details.clone(),
            switch_href,
            switch_label,
            switch_lang,
        }
        .render()
    };
    super::account::pre_login_page(s, status, p)
}

/// `GET /request/{org}`: the organisation's public request form.
pub async fn request_form(
    State(s): State<WebState>,
    headers: HeaderMap,
    uri: axum::http::Uri,
    Path(org): Path<String>,
) -> Page {
    let lang = lang_of(&headers, uri.query());
    let org = public_id(lang, &org)?;
    let name = s
        .app
        .public_organisation(org)
        .await
        .map_err(|e| super::error_page(lang, &e))?;
    Ok(public_form(
        &s,
        lang,
        org,
        name,
        &RequestForm::default(),
        String::new(),
        StatusCode::OK,
    ))
}

#[derive(Deserialize, Default)]
pub struct RequestForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    contact_email: String,
    #[serde(default)]
    subject_reference: String,
    #[serde(default)]
    details: String,
}

/// The CSRF token of a public form: bound to the pre-login cookie.
fn public_csrf_ok(headers: &HeaderMap, presented: &str) -> bool {
    let pre = security::cookie(headers, LOGIN).unwrap_or_default();
    !pre.is_empty() && security::csrf_ok(&pre, presented)
}

/// `POST /request/{org}`: receives the request and shows its status page.
pub async fn request_submit(
    State(s): State<WebState>,
    headers: HeaderMap,
    uri: axum::http::Uri,
    connect: Option<axum::Extension<ConnectInfo<std::net::SocketAddr>>>,
    Path(org): Path<String>,
    axum::Form(f): axum::Form<RequestForm>,
) -> Page {
    let lang = lang_of(&headers, uri.query());
    let org = public_id(lang, &org)?;
    if !public_csrf_ok(&headers, &f.csrf) {
        return Err(super::refusal(lang, StatusCode::FORBIDDEN, "error.csrf"));
    }
    let ip = connect.map(|c| c.0.0.ip());
    let name = s
        .app
        .public_organisation(org)
        .await
        .map_err(|e| super::error_page(lang, &e))?;
    let sub = Submission {
        kind: f.kind.clone(),
        contact_email: f.contact_email.clone(),
        subject_reference: f.subject_reference.clone(),
        details: f.details.clone(),
    };
    match s.app.public_submit(org, &sub, ip).await {
        Ok(done) => {
            let sent = if done.code_sent { "sent" } else { "in_person" };
            Ok(see_other(&format!(
                "/request/{org}/{}?submitted={sent}&lang={}",
                done.reference,
                lang.code()
            )))
        }
        Err(e @ (AppError::Invalid(_) | AppError::Rejected(_) | AppError::RateLimited(_))) => {
            let t = T::new(lang);
            let error = match &e {
                AppError::RateLimited(_) => t.s("public.too_many").to_owned(),
                _ => t.f(
                    "public.invalid",
                    &[("fields", &invalid_fields(&e).join(", "))],
                ),
            };
            let status = match e {
                AppError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            Ok(public_form(&s, lang, org, name, &f, error, status))
        }
        Err(e) => Err(super::error_page(lang, &e)),
    }
}

fn invalid_fields(e: &AppError) -> Vec<String> {
    match e {
        AppError::Invalid(errs) => errs
            .iter()
            .map(|d| match d {
                khien_domain::DomainError::Invalid { field, .. }
                | khien_domain::DomainError::Empty { field }
                | khien_domain::DomainError::TooLong { field, .. }
                | khien_domain::DomainError::NotOneOf { field, .. } => (*field).to_owned(),
                _ => "?".to_owned(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

#[derive(Deserialize, Default)]
pub struct StatusQ {
    #[serde(default)]
    submitted: Option<String>,
}

#[allow(clippy::too_many_arguments)]
fn status_page(
    s: &WebState,
    lang: Lang,
    org: OrgId,
    name: String,
    v: &RequestView,
    notice: String,
    error: String,
    status: StatusCode,
) -> Response {
    let t = T::new(lang);
    let now = s.app.now();
    let p = |csrf| {
        PublicStatusPage {
            csrf,
            org_id: org.to_string(),
            org_name: name,
            reference: v.reference.clone(),
            kind: v.kind.label_vi().to_owned(),
            status: status_label(&t, v.status),
            unverified: v.status == RequestStatus::Unverified,
            received: view::when(v.received_at),
            deadlines: deadline_rows(&t, lang, v, now),
            answered: v.answered_at.map(view::when).unwrap_or_default(),
            notice,
            error,
            t,
        }
        .render()
    };
    super::account::pre_login_page(s, status, p)
}

/// `GET /request/{org}/{reference}`: where a request stands, and the code form.
pub async fn request_status(
    State(s): State<WebState>,
    headers: HeaderMap,
    uri: axum::http::Uri,
    connect: Option<axum::Extension<ConnectInfo<std::net::SocketAddr>>>,
    Path((org, reference)): Path<(String, String)>,
    Query(q): Query<StatusQ>,
) -> Page {
    let lang = lang_of(&headers, uri.query());
    let org = public_id(lang, &org)?;
    let ip = connect.map(|c| c.0.0.ip());
    let fail = |e| super::error_page(lang, &e);
    let name = s.app.public_organisation(org).await.map_err(fail)?;
    let v = s
        .app
        .public_status(org, &reference, ip)
        .await
        .map_err(fail)?;
    let t = T::new(lang);
    let notice = match q.submitted.as_deref() {
        Some("sent") => t.s("public.code_sent").to_owned(),
        Some(_) => t.s("public.in_person").to_owned(),
        None => String::new(),
    };
    Ok(status_page(
        &s,
        lang,
        org,
        name,
        &v,
        notice,
        String::new(),
        StatusCode::OK,
    ))
}

#[derive(Deserialize, Default)]
pub struct CodeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
}

/// `POST /request/{org}/{reference}/verify`: the code from the e-mail.
pub async fn request_verify(
    State(s): State<WebState>,
    headers: HeaderMap,
    uri: axum::http::Uri,
    connect: Option<axum::Extension<ConnectInfo<std::net::SocketAddr>>>,
    Path((org, reference)): Path<(String, String)>,
    axum::Form(f): axum::Form<CodeForm>,
) -> Page {
    let lang = lang_of(&headers, uri.query());
    let org = public_id(lang, &org)?;
    if !public_csrf_ok(&headers, &f.csrf) {
        return Err(super::refusal(lang, StatusCode::FORBIDDEN, "error.csrf"));
    }
    let ip = connect.map(|c| c.0.0.ip());
    let fail = |e| super::error_page(lang, &e);
    let name = s.app.public_organisation(org).await.map_err(fail)?;
    let t = T::new(lang);
    match s.app.public_verify(org, &reference, &f.code, ip).await {
        Ok(v) => Ok(status_page(
            &s,
            lang,
            org,
            name,
            &v,
            t.s("public.verified").to_owned(),
            String::new(),
            StatusCode::OK,
        )),
        Err(e @ (AppError::Rejected(_) | AppError::Conflict(_))) => {
            let v = s
                .app
                .public_status(org, &reference, ip)
                .await
                .map_err(fail)?;
            let key = if matches!(e, AppError::Conflict(_)) {
                "public.code_locked"
            } else {
                "public.code_wrong"
            };
            Ok(status_page(
                &s,
                lang,
                org,
                name,
                &v,
                String::new(),
                t.s(key).to_owned(),
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
        Err(e) => Err(fail(e)),
    }
}

// ---- The staff's pages ------------------------------------------------------------------

pub struct RequestRow {
    pub reference: String,
    pub kind: String,
    pub status: String,
    pub received: String,
    pub next: String,
    pub left: String,
    pub late: bool,
}

#[derive(Template)]
#[template(path = "requests.html")]
struct RequestsPage {
    ctx: Ctx,
    rows: Vec<RequestRow>,
    public_link: String,
}

/// `GET /o/{org}/requests`: the requests with the days left.
pub async fn list(State(s): State<WebState>, v: Viewer, Path(org): Path<String>) -> Page {
    let org = org_id(&v, &org)?;
    let (frame, list) = tokio::join!(
        org_frame(&s, &v, org, "requests"),
        s.app.request_list(&v.caller, org)
    );
    let (ctx, _) = frame?;
    let list = list.map_err(|e| v.fail(e))?;
    let t = v.t();
    let now = s.app.now();
    let rows = list
        .iter()
        .map(|r| {
            let next = r
                .deadlines
                .iter()
                .filter(|d| d.done_at.is_none())
                .min_by_key(|d| d.due);
            let (left, late) = match (next, r.status) {
                (Some(d), RequestStatus::Verified) => view::left(&t, d.due, now),
                _ => (String::new(), false),
            };
            RequestRow {
                reference: r.reference.clone(),
                kind: r.kind.label_vi().to_owned(),
                status: status_label(&t, r.status),
                received: view::when(r.received_at),
                next: next
                    .filter(|_| r.status == RequestStatus::Verified)
                    .map(|d| d.title.clone())
                    .unwrap_or_default(),
                left,
                late,
            }
        })
        .collect();
    html(&RequestsPage {
        public_link: format!("/request/{org}"),
        ctx,
        rows,
    })
}

#[derive(Template)]
#[template(path = "request.html")]
struct RequestPage {
    ctx: Ctx,
    reference: String,
    kind: String,
    status: String,
    unverified: bool,
    verified: bool,
    verified_how: String,
    case_id: String,
    contact: String,
    subject_reference: String,
    subject: String,
    details: String,
    deadlines: Vec<DeadlineRow>,
    outcome: String,
    answered: String,
    can_manage: bool,
    done: String,
}

async fn show_request(s: &WebState, v: &Viewer, org: OrgId, reference: &str, done: String) -> Page {
    let (frame, got) = tokio::join!(
        org_frame(s, v, org, "requests"),
        s.app.request_get(&v.caller, org, reference)
    );
    let (ctx, _) = frame?;
    let (r, revealed) = got.map_err(|e| v.fail(e))?;
    let t = v.t();
    html(&RequestPage {
        reference: r.reference.clone(),
        kind: r.kind.label_vi().to_owned(),
        status: status_label(&t, r.status),
        unverified: r.status == RequestStatus::Unverified,
        verified: r.status == RequestStatus::Verified,
        verified_how: r
            .verified_how
            .as_deref()
            .map(|h| t.s(&format!("requests.how_{h}")).to_owned())
            .unwrap_or_default(),
        case_id: r.case_id.map(|c| c.to_string()).unwrap_or_default(),
        contact: revealed.contact_email,
        subject_reference: revealed.subject_reference,
        subject: revealed.subject,
        details: revealed.details,
        deadlines: deadline_rows(&t, v.lang, &r, s.app.now()),
        outcome: r.outcome.clone().unwrap_or_default(),
        answered: r.answered_at.map(view::when).unwrap_or_default(),
        can_manage: s
            .app
            .allows(&v.caller, khien_app::access::ops::REQUEST_DECIDE, org),
        done,
        ctx,
    })
}

/// `GET /o/{org}/requests/{reference}`: one request, what the sender wrote (a recorded
/// decryption), and its handling.
pub async fn show(
    State(s): State<WebState>,
    v: Viewer,
    Path((org, reference)): Path<(String, String)>,
) -> Page {
    let org = org_id(&v, &org)?;
    show_request(&s, &v, org, &reference, String::new()).await
}

#[derive(Deserialize)]
pub struct Empty {}

/// `POST /o/{org}/requests/{reference}/verify`: verified in person.
pub async fn verify_in_person(
    State(s): State<WebState>,
    Path((org, reference)): Path<(String, String)>,
    p: Posted<Empty>,
) -> Page {
    let v = &p.v;
    let org = org_id(v, &org)?;
    s.app
        .request_verify_in_person(&v.caller, org, &reference)
        .await
        .map_err(|e| v.fail(e))?;
    let done = v.t().s("requests.verified_done").to_owned();
    show_request(&s, v, org, &reference, done).await
}

#[derive(Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

/// `POST /o/{org}/requests/{reference}/decide`: carried out or refused.
pub async fn decide(
    State(s): State<WebState>,
    Path((org, reference)): Path<(String, String)>,
    p: Posted<DecideForm>,
) -> Page {
    let v = &p.v;
    let org = org_id(v, &org)?;
    let decision = match p.form.decision.as_str() {
        "approve" => Decision::Approve,
        "refuse" => Decision::Refuse,
        _ => return Err(v.fail(AppError::invalid("decision", "approve or refuse"))),
    };
    let d = s
        .app
        .request_decide(&v.caller, org, &reference, decision, &p.form.reason)
        .await
        .map_err(|e| v.fail(e))?;
    let t = v.t();
    let mut done = t.s("requests.decided").to_owned();
    if d.certificate.is_some() {
        done.push(' ');
        done.push_str(t.s("requests.certificate_in_vault"));
    }
    match d.answered {
        Some(true) => {
            done.push(' ');
            done.push_str(t.s("requests.answered"));
        }
        Some(false) => {
            done.push(' ');
            done.push_str(t.s("requests.not_answered"));
        }
        None => {
            done.push(' ');
            done.push_str(t.s("requests.no_mail"));
        }
    }
    show_request(&s, v, org, &reference, done).await
}

// ---- The consent ledger -----------------------------------------------------------------

pub struct ConsentRow {
    pub id: String,
    pub subject: String,
    pub purposes: String,
    pub channel: String,
    pub given: String,
    pub child: bool,
    pub representative: String,
    pub withdrawn: String,
    pub case_id: String,
}

#[derive(Template)]
#[template(path = "consents.html")]
struct ConsentsPage {
    ctx: Ctx,
    subject: String,
    subject_q: String,
    rows: Vec<ConsentRow>,
    can_withdraw: bool,
    done: String,
}

#[derive(Deserialize, Default)]
pub struct ConsentQ {
    #[serde(default)]
    subject: String,
}

async fn consents_page(s: &WebState, v: &Viewer, org: OrgId, subject: &str, done: String) -> Page {
    let subject = subject.trim();
    let filter = (!subject.is_empty()).then_some(subject);
    let (frame, list) = tokio::join!(
        org_frame(s, v, org, "consents"),
        s.app.consent_list(&v.caller, org, filter)
    );
    let (ctx, _) = frame?;
    let list = list.map_err(|e| v.fail(e))?;
    let rows = list
        .into_iter()
        .rev()
        .map(|c| ConsentRow {
            id: c.id.to_string(),
            subject: c.subject,
            purposes: c.purposes.join(", "),
            channel: c.channel.label_vi().to_owned(),
            given: view::when(c.given_at),
            child: c.subject_age.is_some_and(|a| a < khien_domain::CHILD_UNDER),
            representative: c
                .representative
                .map(|r| r.label_vi().to_owned())
                .unwrap_or_default(),
            withdrawn: c.withdrawn_at.map(view::when).unwrap_or_default(),
            case_id: c.withdrawal_case.map(|x| x.to_string()).unwrap_or_default(),
        })
        .collect();
    html(&ConsentsPage {
        can_withdraw: s
            .app
            .allows(&v.caller, khien_app::access::ops::CONSENT_WITHDRAW, org),
        subject: subject.to_owned(),
        subject_q: crate::ctx::encode(subject),
        rows,
        done,
        ctx,
    })
}

/// `GET /o/{org}/consents[?subject=]`: the ledger, or one subject's history.
pub async fn consents(
    State(s): State<WebState>,
    v: Viewer,
    Path(org): Path<String>,
    Query(q): Query<ConsentQ>,
) -> Page {
    let org = org_id(&v, &org)?;
    consents_page(&s, &v, org, &q.subject, String::new()).await
}

/// `POST /o/{org}/consents/{id}/withdraw`.
pub async fn withdraw(
    State(s): State<WebState>,
    Path((org, id)): Path<(String, String)>,
    p: Posted<Empty>,
) -> Page {
    let v = &p.v;
    let org = org_id(v, &org)?;
    let w = s
        .app
        .consent_withdraw(&v.caller, org, &id, None)
        .await
        .map_err(|e| v.fail(e))?;
    let done = v
        .t()
        .f("consents.withdrawn", &[("case", &w.case_id.to_string())]);
    consents_page(&s, v, org, "", done).await
}

/// `GET /o/{org}/consents/evidence?subject=`: the signed evidence of a subject's consents.
pub async fn evidence(
    State(s): State<WebState>,
    v: Viewer,
    Path(org): Path<String>,
    Query(q): Query<ConsentQ>,
) -> Page {
    let org = org_id(&v, &org)?;
    let der = s
        .app
        .consent_evidence(&v.caller, org, &q.subject)
        .await
        .map_err(|e| v.fail(e))?;
    Ok(download(
        der,
        "application/pkcs7-mime",
        "chung-cu-dong-y.p7m",
    ))
}
