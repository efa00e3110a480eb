//! Operator commands: first-run setup, organisations, users, tokens, supervision.
//!
//! These run with direct access to the registry (whoever can run them can read the database
//! file anyway), so they are not subject to the API's Cedar policies.

use std::io::IsTerminal as _;

use anyhow::{anyhow, bail};
use khien_auth::{Password, SecretKind, hash_password, new_secret};
use khien_domain::{
    Email, Membership, OrgId, OrganisationDraft, Role, TaxCode, Text, TokenId, UserId,
};
use khien_store::{ApiToken, NewUser, Store};
use rand::RngCore as _;

use crate::cli::{
    self, InitArgs, OrgCommand, OrgFields, SupervisionCommand, TokenCommand, UserCommand,
};
use crate::output;

fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b
}

fn now() -> time::OffsetDateTime {
    khien_api::Clock::now(&khien_api::SystemClock)
}

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

async fn create_account(
    store: &dyn Store,
    email: Email,
    name: Text,
    password: Password,
    roles: &[Membership],
) -> anyhow::Result<UserId> {
    let salt: [u8; 16] = random();
    let hash = tokio::task::spawn_blocking(move || hash_password(&password, salt)).await??;
    let user = store
        .create_user(
            &NewUser {
                id: UserId::from_random(random()),
                email,
                display_name: name,
                password_hash: hash,
            },
            roles,
            now(),
        )
        .await?;
    Ok(user.id)
}

/// What `init` made.
pub(crate) struct Created {
    pub(crate) org: OrgId,
    pub(crate) user: UserId,
}

/// Creates the first organisation and its DPO account, in a registry with no organisation.
pub(crate) async fn init(
    store: &dyn Store,
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
    if !store.list_organisations(None).await?.is_empty() {
        bail!(
            "the registry already has organisations: add one with `khien org add` and its users with `khien user add`"
        );
    }
    if store.find_user_by_email(&email).await?.is_some() {
        bail!("an account with this e-mail address already exists");
    }
    let salt: [u8; 16] = random();
    let hash = tokio::task::spawn_blocking(move || hash_password(&password, salt)).await??;
    let dpo = NewUser {
        id: UserId::from_random(random()),
        email,
        display_name: name,
        password_hash: hash,
    };
    let (org, user) = store
        .create_organisation_with_dpo(OrgId::from_random(random()), &draft, &dpo, now())
        .await?;
    let user = user.id;
    Ok(Created { org: org.id, user })
}

pub(crate) async fn org_command(store: &dyn Store, c: OrgCommand) -> anyhow::Result<()> {
    match c {
        OrgCommand::List(f) => {
            let orgs = store.list_organisations(None).await?;
            output::organisations(&orgs, f.format)
        }
        OrgCommand::Show { id, format } => {
            let org = store.get_organisation(id).await?;
            output::organisation(&org, format.format)
        }
        OrgCommand::Add { name, org, format } => {
            let draft = org_draft(&name, &org)?;
            let created = store
                .create_organisation(OrgId::from_random(random()), &draft, now())
                .await?;
            output::organisation(&created, format.format)
        }
        OrgCommand::Members { id, format } => {
            store.get_organisation(id).await?;
            let members = store.list_members(id).await?;
            output::members(&members, format.format)
        }
    }
}

async fn account(store: &dyn Store, email: &str) -> anyhow::Result<khien_domain::User> {
    let email = Email::parse(email).map_err(|e| anyhow!("--email: {e}"))?;
    Ok(store
        .find_user_by_email(&email)
        .await?
        .ok_or_else(|| anyhow!("no account with this e-mail address"))?
        .user)
}

async fn set_disabled(store: &dyn Store, email: &str, disabled: bool) -> anyhow::Result<()> {
    let user = account(store, email).await?;
    store.set_user_disabled(user.id, disabled).await?;
    if disabled {
        outln!("Đã khóa tài khoản; phiên và mã truy cập API ngừng hiệu lực (account disabled).");
    } else {
        outln!("Đã mở khóa tài khoản (account enabled).");
    }
    Ok(())
}

pub(crate) async fn user_command(store: &dyn Store, c: UserCommand) -> anyhow::Result<()> {
    match c {
        UserCommand::Add {
            email,
            name,
            org,
            roles,
            format,
        } => {
            let email = Email::parse(&email).map_err(|e| anyhow!("--email: {e}"))?;
            let name = text("name", &name)?;
            let kind = store.get_organisation(org).await?.details.kind;
            let roles = roles
                .iter()
                .map(|r| cli::parse_role(r).map(|role| Membership { org_id: org, role }))
                .collect::<anyhow::Result<Vec<_>>>()?;
            if roles.iter().any(|m| m.role == Role::Supervisor)
                && kind != khien_domain::OrgKind::Authority
            {
                bail!("the supervisor role exists only in organisations of kind `authority`");
            }
            let password = password_from_env_or_prompt("KHIEN_USER_PASSWORD")?;
            let id = create_account(store, email, name, password, &roles).await?;
            let members = store.list_members(org).await?;
            let me: Vec<_> = members.into_iter().filter(|m| m.user.id == id).collect();
            output::members(&me, format.format)
        }
        UserCommand::Disable { email } => set_disabled(store, &email, true).await,
        UserCommand::Enable { email } => set_disabled(store, &email, false).await,
        UserCommand::Password { email } => {
            let user = account(store, &email).await?;
            let password = password_from_env_or_prompt("KHIEN_USER_PASSWORD")?;
            let salt: [u8; 16] = random();
            let hash =
                tokio::task::spawn_blocking(move || hash_password(&password, salt)).await??;
            store.set_password(user.id, &hash).await?;
            outln!(
                "Đã đặt mật khẩu mới; các phiên đăng nhập đã kết thúc (password set; sessions ended)."
            );
            Ok(())
        }
        UserCommand::Grant { email, org, role } => {
            let role = cli::parse_role(&role)?;
            let user = account(store, &email).await?;
            store
                .grant_role(user.id, Membership { org_id: org, role }, now())
                .await?;
            outln!("Đã cấp vai trò (role granted).");
            Ok(())
        }
    }
}

pub(crate) async fn token_command(store: &dyn Store, c: TokenCommand) -> anyhow::Result<()> {
    match c {
        TokenCommand::Create {
            email,
            name,
            expires_in_days,
        } => {
            let user = account(store, &email).await?;
            let now = now();
            let secret = new_secret(SecretKind::ApiToken, random());
            let token = ApiToken {
                id: TokenId::from_random(random()),
                user_id: user.id,
                name: text("name", &name)?,
                created_at: now,
                expires_at: expires_in_days.map(|d| now + time::Duration::days(i64::from(d))),
                revoked_at: None,
            };
            store.create_api_token(&token, &secret.digest).await?;
            eprintln!(
                "Mã truy cập API (API token) {}: lưu lại ngay, sẽ không hiện lại (shown once).",
                token.id
            );
            outln!("{}", secret.plain);
            Ok(())
        }
    }
}

pub(crate) async fn supervision_command(
    store: &dyn Store,
    c: SupervisionCommand,
) -> anyhow::Result<()> {
    match c {
        SupervisionCommand::Add { authority, org } => {
            store.add_supervision(authority, org, now()).await?;
            outln!("Đã giao giám sát (supervision added).");
            Ok(())
        }
        SupervisionCommand::Remove { authority, org } => {
            store.remove_supervision(authority, org).await?;
            outln!("Đã chấm dứt giám sát (supervision removed).");
            Ok(())
        }
        SupervisionCommand::List { authority, format } => {
            store.get_organisation(authority).await?;
            let ids = store.supervised_by(authority).await?;
            let orgs = store.list_organisations(Some(&ids)).await?;
            output::organisations(&orgs, format.format)
        }
    }
}
