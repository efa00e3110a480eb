//! `khien user`: users and their roles.

use khien_app::registry::NewMember;
use khien_app::{App, Caller};

use crate::args::UserCommand;
use crate::operator::{email, parse_role, password_from_env_or_prompt, text};
use crate::output;

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
                .map(|r| parse_role(r))
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
            let role = parse_role(&role)?;
            let user = app.account(&email(&e)?).await?;
            app.grant_role(&me, org, user.id, role, true).await?;
            outln!("Đã cấp vai trò (role granted).");
            Ok(())
        }
    }
}
