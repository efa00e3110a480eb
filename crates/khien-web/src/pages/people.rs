//! People: members and their roles, invitations, the viewer's own API tokens, and the DPO
//! designation (Decree 165/2025 Art. 18.1).

use askama::Template;
use axum::extract::{Path, State};
use khien_app::AppError;
use khien_domain::{Code as _, Designation, Email, Role, Text, TokenId};
use serde::Deserialize;

use super::{Page, Posted, html, org_frame, org_id, see_other};
use crate::WebState;
use crate::ctx::{Ctx, Viewer};
use crate::view;

pub struct MemberRow {
    pub name: String,
    pub email: String,
    pub roles: String,
    pub disabled: bool,
}

pub struct InvitationRow {
    pub email: String,
    pub roles: String,
    pub expires: String,
    pub state: String,
}

pub struct TokenRow {
    pub id: String,
    pub name: String,
    pub created: String,
    pub expires: String,
    pub revoked: bool,
}

#[derive(Template)]
#[template(path = "people.html")]
struct PeoplePage {
    ctx: Ctx,
    members: Vec<MemberRow>,
    invitations: Vec<InvitationRow>,
    tokens: Vec<TokenRow>,
    roles: Vec<(String, String)>,
    designations: Vec<(String, String, String, String, String)>,
    secret: String,
    secret_kind: String,
}

fn roles_text(t: &crate::i18n::T, roles: &[Role]) -> String {
    roles
        .iter()
        .map(|r| t.or("role", r.code()))
        .collect::<Vec<_>>()
        .join(", ")
}

async fn render(
    s: &WebState,
    v: &Viewer,
    org: khien_domain::OrgId,
    secret: String,
    secret_kind: &str,
) -> Page {
    let (ctx, o) = org_frame(s, v, org, "people").await?;
    let t = v.t();
    let members = s.app.members(&v.caller, org).await.map_err(|e| v.fail(e))?;
    let invitations = if ctx.can_admin {
        s.app
            .invitations(&v.caller, org)
            .await
            .map_err(|e| v.fail(e))?
    } else {
        Vec::new()
    };
    let tokens = s.app.list_tokens(&v.caller).await.map_err(|e| v.fail(e))?;
    let designations = s
        .app
        .designations(&v.caller, org)
        .await
        .map_err(|e| v.fail(e))?;
    let now = s.app.now();
    let roles = Role::ALL
        .iter()
        .filter(|r| {
            (**r == Role::Supervisor) == (o.details.kind == khien_domain::OrgKind::Authority)
                || **r != Role::Supervisor
        })
        .map(|r| (r.code().to_owned(), t.or("role", r.code())))
        .collect();
    html(&PeoplePage {
        members: members
            .iter()
            .map(|m| MemberRow {
                name: m.user.display_name.as_str().to_owned(),
                email: m.user.email.as_str().to_owned(),
                roles: roles_text(&t, &m.roles),
                disabled: m.user.disabled,
            })
            .collect(),
        invitations: invitations
            .iter()
            .map(|i| InvitationRow {
                email: i.email.as_str().to_owned(),
                roles: roles_text(&t, &i.roles),
                expires: view::when(i.expires_at),
                state: t
                    .s(if i.accepted_at.is_some() {
                        "people.accepted"
                    } else if i.expires_at < now {
                        "people.expired"
                    } else {
                        "people.pending"
                    })
                    .to_owned(),
            })
            .collect(),
        tokens: tokens
            .iter()
            .map(|k| TokenRow {
                id: k.id.to_string(),
                name: k.name.as_str().to_owned(),
                created: view::when(k.created_at),
                expires: k.expires_at.map(view::when).unwrap_or_default(),
                revoked: k.revoked_at.is_some(),
            })
            .collect(),
        roles,
        designations: designations
            .iter()
            .map(|d| {
                (
                    d.dpo_name.as_str().to_owned(),
                    [
                        d.dpo_phone.as_ref().map(|p| p.as_str().to_owned()),
                        d.dpo_email.as_ref().map(|e| e.as_str().to_owned()),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" · "),
                    d.unit_name.as_str().to_owned(),
                    view::date(d.since),
                    d.document_number.as_str().to_owned(),
                )
            })
            .collect(),
        secret,
        secret_kind: secret_kind.to_owned(),
        ctx,
    })
}

/// `GET /o/{org}/people`.
pub async fn page(State(s): State<WebState>, v: Viewer, Path(org): Path<String>) -> Page {
    let org = org_id(&v, &org)?;
    render(&s, &v, org, String::new(), "").await
}

#[derive(Deserialize)]
pub struct InviteForm {
    email: String,
}

/// `POST /o/{org}/people/invite`: the invitation's secret is shown once.
pub async fn invite(
    State(s): State<WebState>,
    Path(org): Path<String>,
    p: Posted<InviteForm>,
) -> Page {
    let v = &p.v;
    let org = org_id(v, &org)?;
    let email = Email::parse(p.form.email.trim()).map_err(|e| v.fail(e.into()))?;
    let roles: Vec<Role> = p
        .pairs
        .iter()
        .filter(|(k, _)| k == "role")
        .filter_map(|(_, r)| Role::ALL.iter().copied().find(|x| x.code() == r))
        .collect();
    let inv = s
        .app
        .invite(&v.caller, org, email, roles)
        .await
        .map_err(|e| v.fail(e))?;
    render(&s, v, org, inv.secret, "invitation").await
}

#[derive(Deserialize)]
pub struct DesignationForm {
    dpo_name: String,
    #[serde(default)]
    dpo_title: String,
    #[serde(default)]
    dpo_phone: String,
    #[serde(default)]
    dpo_email: String,
    unit_name: String,
    since: String,
    document_number: String,
    document_date: String,
}

fn date_field(field: &'static str, s: &str) -> Result<time::Date, AppError> {
    time::Date::parse(
        s.trim(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .map_err(|_| AppError::invalid(field, "must be a date"))
}

/// `POST /o/{org}/people/designation`.
pub async fn designation(
    State(s): State<WebState>,
    Path(org): Path<String>,
    p: Posted<DesignationForm>,
) -> Page {
    let v = &p.v;
    let org_uuid = org_id(v, &org)?;
    let f = &p.form;
    let d = (|| -> Result<Designation, AppError> {
        Ok(Designation {
            dpo_user_id: None,
            dpo_name: Text::parse("dpo_name", f.dpo_name.trim(), 200)?,
            dpo_title: Some(f.dpo_title.trim())
                .filter(|t| !t.is_empty())
                .map(|t| Text::parse("dpo_title", t, 200))
                .transpose()?,
            dpo_phone: Some(f.dpo_phone.trim())
                .filter(|t| !t.is_empty())
                .map(|t| Text::parse("dpo_phone", t, 64))
                .transpose()?,
            dpo_email: Some(f.dpo_email.trim())
                .filter(|t| !t.is_empty())
                .map(khien_domain::Email::parse)
                .transpose()?,
            unit_name: Text::parse("unit_name", f.unit_name.trim(), 200)?,
            since: date_field("since", &f.since)?,
            document_number: Text::parse("document_number", f.document_number.trim(), 100)?,
            document_date: date_field("document_date", &f.document_date)?,
        })
        .and_then(|d: Designation| {
            d.validate()?;
            Ok(d)
        })
    })()
    .map_err(|e| v.fail(e))?;
    s.app
        .record_designation(&v.caller, org_uuid, &d)
        .await
        .map_err(|e| v.fail(e))?;
    Ok(see_other(&format!("/o/{org}/people")))
}

#[derive(Deserialize)]
pub struct TokenForm {
    name: String,
    #[serde(default)]
    days: String,
    #[serde(default)]
    back: String,
}

fn back_to(back: &str) -> String {
    if back.starts_with("/o/") && !back.contains("//") && back.len() < 200 {
        back.to_owned()
    } else {
        "/".to_owned()
    }
}

/// `POST /tokens`: a token of the viewer's, its secret shown once.
pub async fn create_token(State(s): State<WebState>, p: Posted<TokenForm>) -> Page {
    let v = &p.v;
    let Some(user) = v.caller.user_id() else {
        return Err(v.fail(AppError::Forbidden));
    };
    let name = Text::parse("name", p.form.name.trim(), 100).map_err(|e| v.fail(e.into()))?;
    let days = match p.form.days.trim() {
        "" => None,
        d => Some(d.parse::<u32>().map_err(|_| {
            v.fail(AppError::invalid(
                "expires_in_days",
                "must be a whole number",
            ))
        })?),
    };
    let made = s
        .app
        .create_token(&v.caller, user, name, days, None)
        .await
        .map_err(|e| v.fail(e))?;
    let back = back_to(&p.form.back);
    match back.strip_prefix("/o/").and_then(|r| r.split('/').next()) {
        Some(org) => {
            let org = org_id(v, org)?;
            render(&s, v, org, made.secret, "token").await
        }
        None => Ok(see_other("/")),
    }
}

#[derive(Deserialize)]
pub struct RevokeForm {
    #[serde(default)]
    back: String,
}

/// `POST /tokens/{token}/revoke`.
pub async fn revoke_token(
    State(s): State<WebState>,
    Path(token): Path<String>,
    p: Posted<RevokeForm>,
) -> Page {
    let v = &p.v;
    let id = token
        .parse::<uuid::Uuid>()
        .map(TokenId::from_uuid)
        .map_err(|_| v.fail(AppError::NotFound("token")))?;
    s.app
        .revoke_token(&v.caller, id)
        .await
        .map_err(|e| v.fail(e))?;
    Ok(see_other(&back_to(&p.form.back)))
}
