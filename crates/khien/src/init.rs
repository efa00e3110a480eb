//! `khien init` (and `khien serve --init-org`): the first organisation and its DPO account.

use anyhow::{anyhow, bail};
use khien_app::{App, Caller};
use khien_auth::Password;
use khien_domain::{Email, OrgId, UserId};

use crate::args::InitArgs;
use crate::operator::{non_blank, org_draft, text};

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
    non_blank("org-name", &args.org_name)?;
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
