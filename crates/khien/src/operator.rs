//! What the operator commands (first-run setup, organisations, users, tokens, supervision)
//! share: flag values turned into validated values, and the password.
//!
//! These run with direct access to the registry (whoever can run them can read the database
//! file anyway), so they are not subject to the API's Cedar policies; they go through the same
//! use cases as the API, and each is recorded in the processing log as the operator (kind
//! `operator`, the OS user name).

use std::io::IsTerminal as _;

use anyhow::{anyhow, bail};
use khien_auth::Password;
use khien_domain::{Code, Email, OrgKind, OrganisationDraft, Role, TaxCode, Text};

use crate::args::OrgFields;

pub(crate) fn text(field: &'static str, v: &str) -> anyhow::Result<Text> {
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

pub(crate) fn org_draft(name: &str, f: &OrgFields) -> anyhow::Result<OrganisationDraft> {
    Ok(OrganisationDraft {
        name: text("name", name)?,
        tax_code: f
            .tax_code
            .as_deref()
            .map(TaxCode::parse)
            .transpose()
            .map_err(|e| anyhow!("{e}"))?,
        kind: parse_kind(&f.kind)?,
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

pub(crate) fn email(v: &str) -> anyhow::Result<Email> {
    Email::parse(v).map_err(|e| anyhow!("--email: {e}"))
}

pub(crate) fn parse_kind(s: &str) -> anyhow::Result<OrgKind> {
    OrgKind::parse_code(s).map_err(|e| anyhow::anyhow!("{e}"))
}

pub(crate) fn parse_role(s: &str) -> anyhow::Result<Role> {
    Role::parse_code(s).map_err(|e| anyhow::anyhow!("{e}"))
}

/// Refuses a flag value that is blank.
pub(crate) fn non_blank(field: &str, v: &str) -> anyhow::Result<()> {
    if v.trim().is_empty() {
        bail!("--{field} must not be empty");
    }
    Ok(())
}
