//! `khien org`: organisations.

use khien_app::{App, Caller};

use crate::args::OrgCommand;
use crate::operator::org_draft;
use crate::output;

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
        OrgCommand::Profile { id, format } => {
            let (p, at) = app.profile(&me, id).await?;
            crate::registers::profile(&p, at, format.format)
        }
        OrgCommand::SetProfile {
            id,
            size,
            startup,
            household_business,
            sectors,
            state_agency,
            processing_service,
            processes_sensitive,
            subject_count,
            sensitive_subject_count,
            format,
        } => {
            use khien_domain::{OrgProfile, Sector, SizeClass};
            let profile = OrgProfile {
                size: size.map(|s| s.parse::<SizeClass>()).transpose()?,
                startup,
                household_business,
                sectors: sectors
                    .iter()
                    .map(|s| s.parse::<Sector>())
                    .collect::<Result<_, _>>()?,
                state_agency,
                processing_service,
                processes_sensitive,
                subject_count,
                sensitive_subject_count,
            };
            let kept = app.set_profile(&me, id, profile).await?;
            crate::registers::profile(&kept.profile, Some(kept.updated_at), format.format)
        }
    }
}
