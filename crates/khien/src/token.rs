//! `khien token`: API tokens for systems.

use khien_app::{App, Caller};

use crate::args::TokenCommand;
use crate::operator::{email, parse_role, text};

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
                        .map(|r| parse_role(r))
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
