//! Operator commands: first-run setup, organisations, users, tokens, supervision.
//!
//! These run with direct access to the registry (whoever can run them can read the database
//! file anyway), so they are not subject to the API's Cedar policies; they go through the same
//! use cases as the API, and each is recorded in the processing log as the operator (kind
//! `operator`, the OS user name).

use std::io::IsTerminal as _;

use anyhow::{anyhow, bail};
use khien_app::registry::NewMember;
use khien_app::{App, Caller};
use khien_auth::Password;
use khien_domain::{Email, OrgId, OrganisationDraft, TaxCode, Text, UserId};

use crate::cli::{
    self, InitArgs, OrgCommand, OrgFields, SupervisionCommand, TokenCommand, UserCommand,
};
use crate::output;

fn text(field: &'static str, v: &str) -> anyhow::Result<Text> {
    Text::parse(field, v, 300).map_err(|e| anyhow!("{e}"))
}

/// Reads a password from the environment variable `var`, or asks twice on a terminal.
pub(crate) fn password_from_env_or_prompt(var: &str) -> anyhow::Result<Password> {
    if let Ok(p) = std::env::var(var) {
        return Password::new(p).map_err(|e| anyhow!("{var}: {e}"));
    }
    if !std::io::stdin().is_terminal() {
        bail!("no password: set {var}, or run on a terminal to be asked for it");
    }
    let first = rpassword::prompt_password("Mật khẩu (password, ≥ 10 ký tự): ")?;
    let second = rpassword::prompt_password("Nhập lại mật khẩu (repeat): ")?;
    if first != second {
        bail!("the two passwords differ");
    }
    Password::new(first).map_err(|e| anyhow!("{e}"))
}

fn org_draft(name: &str, f: &OrgFields) -> anyhow::Result<OrganisationDraft> {
    Ok(OrganisationDraft {
        name: text("name", name)?,
        tax_code: f
            .tax_code
            .as_deref()
            .map(TaxCode::parse)
            .transpose()
            .map_err(|e| anyhow!("{e}"))?,
        kind: cli::parse_kind(&f.kind)?,
        province: f
            .province
            .as_deref()
            .map(|p| text("province", p))
            .transpose()?,
        head_office_address: f
            .address
            .as_deref()
            .map(|a| text("address", a))
            .transpose()?,
        contact_address: None,
    })
}

/// What `init` made.
pub(crate) struct Created {
    pub(crate) org: OrgId,
    pub(crate) user: UserId,
}

/// Creates the first organisation and its DPO account, in a registry with no organisation.
pub(crate) async fn init(
    app: &App,
    args: &InitArgs,
    password: Password,
) -> anyhow::Result<Created> {
    cli::non_blank("org-name", &args.org_name)?;
    let draft = org_draft(&args.org_name, &args.org)?;
    let email = Email::parse(&args.admin_email).map_err(|e| anyhow!("--admin-email: {e}"))?;
    let name = match &args.admin_name {
        Some(n) => text("admin-name", n)?,
        None => text("admin-name", "Người chịu trách nhiệm bảo vệ dữ liệu")?,
    };
    if app.store.find_user_by_email(&email).await?.is_some() {
        bail!("an account with this e-mail address already exists");
    }
    let (org, user) = app
        .init(&Caller::operator_from_env(), &draft, email, name, password)
        .await?;
    Ok(Created {
        org: org.id,
        user: user.id,
    })
}

pub(crate) async fn org_command(app: &App, c: OrgCommand) -> anyhow::Result<()> {
    let me = Caller::operator_from_env();
    match c {
        OrgCommand::List(f) => {
            let orgs = app.list_orgs(&me).await?;
            output::organisations(&orgs, f.format)
        }
        OrgCommand::Show { id, format } => {
            let org = app.get_org(&me, id).await?;
            output::organisation(&org, format.format)
        }
        OrgCommand::Add { name, org, format } => {
            let draft = org_draft(&name, &org)?;
            let created = app.create_org(&me, &draft).await?;
            output::organisation(&created, format.format)
        }
        OrgCommand::Members { id, format } => {
            let members = app.members(&me, id).await?;
            output::members(&members, format.format)
        }
    }
}

fn email(v: &str) -> anyhow::Result<Email> {
    Email::parse(v).map_err(|e| anyhow!("--email: {e}"))
}

pub(crate) async fn user_command(app: &App, c: UserCommand) -> anyhow::Result<()> {
    let me = Caller::operator_from_env();
    match c {
        UserCommand::Add {
            email: address,
            name,
            org,
            roles,
            format,
        } => {
            let email = email(&address)?;
            let name = text("name", &name)?;
            let roles = roles
                .iter()
                .map(|r| cli::parse_role(r))
                .collect::<anyhow::Result<Vec<_>>>()?;
            // The organisation exists before anyone is asked for a password.
            app.store.get_organisation(org).await?;
            let password = password_from_env_or_prompt("KHIEN_USER_PASSWORD")?;
            let member = app
                .add_member(
                    &me,
                    org,
                    NewMember {
                        email,
                        display_name: name,
                        password,
                        roles,
                    },
                )
                .await?;
            output::members(&[member], format.format)
        }
        UserCommand::Disable { email: e } => {
            app.set_user_disabled(&me, &email(&e)?, true).await?;
            outln!(
                "Đã khóa tài khoản; phiên và mã truy cập API ngừng hiệu lực (account disabled)."
            );
            Ok(())
        }
        UserCommand::Enable { email: e } => {
            app.set_user_disabled(&me, &email(&e)?, false).await?;
            outln!("Đã mở khóa tài khoản (account enabled).");
            Ok(())
        }
        UserCommand::Password { email: e } => {
            let address = email(&e)?;
            app.account(&address).await?;
            let password = password_from_env_or_prompt("KHIEN_USER_PASSWORD")?;
            app.set_user_password(&me, &address, password).await?;
            outln!(
                "Đã đặt mật khẩu mới; các phiên đăng nhập đã kết thúc (password set; sessions ended)."
            );
            Ok(())
        }
        UserCommand::Grant {
            email: e,
            org,
            role,
        } => {
            let role = cli::parse_role(&role)?;
            let user = app.account(&email(&e)?).await?;
            app.grant_role(&me, org, user.id, role, true).await?;
            outln!("Đã cấp vai trò (role granted).");
            Ok(())
        }
    }
}

pub(crate) async fn token_command(app: &App, c: TokenCommand) -> anyhow::Result<()> {
    let me = Caller::operator_from_env();
    match c {
        TokenCommand::Create {
            email: e,
            name,
            expires_in_days,
            roles,
        } => {
            let roles = if roles.is_empty() {
                None
            } else {
                Some(
                    roles
                        .iter()
                        .map(|r| cli::parse_role(r))
                        .collect::<anyhow::Result<Vec<_>>>()?,
                )
            };
            let user = app.account(&email(&e)?).await?;
            let created = app
                .create_token(&me, user.id, text("name", &name)?, expires_in_days, roles)
                .await?;
            let until = created
                .token
                .expires_at
                .map(|t| t.date().to_string())
                .unwrap_or_default();
            eprintln!(
                "Mã truy cập API (API token) {}, hết hạn (expires) {until}: lưu lại ngay, sẽ không hiện lại (shown once).",
                created.token.id
            );
            outln!("{}", created.secret);
            Ok(())
        }
    }
}

pub(crate) async fn supervision_command(app: &App, c: SupervisionCommand) -> anyhow::Result<()> {
    let me = Caller::operator_from_env();
    match c {
        SupervisionCommand::Add { authority, org } => {
            app.add_supervision(&me, authority, org).await?;
            outln!("Đã giao giám sát (supervision added).");
            Ok(())
        }
        SupervisionCommand::Remove { authority, org } => {
            app.remove_supervision(&me, authority, org).await?;
            outln!("Đã chấm dứt giám sát (supervision removed).");
            Ok(())
        }
        SupervisionCommand::List { authority, format } => {
            let orgs = app.supervised_by(&me, authority).await?;
            output::organisations(&orgs, format.format)
        }
    }
}
