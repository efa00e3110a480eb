//! `khien supervision`: supervision of organisations by authorities.

use khien_app::{App, Caller};

use crate::args::SupervisionCommand;
use crate::output;

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
