//! The official forms filled from the registry (Decree 165/2025 Forms 01a–07b, Decree
//! 356/2025 Forms 01a–10). Rendering (PDF, DOCX) is the adapters' part; what the registry
//! knows and the checks of the data are here.

use std::sync::OnceLock;

use khien_domain::{CaseId, OrgId};
use khien_forms::{Catalogue, Filled, Form, registry};

use crate::access::ops;
use crate::{App, AppError, Caller, On};

/// The built-in forms.
pub fn catalogue() -> Result<&'static Catalogue, AppError> {
    static CATALOGUE: OnceLock<Result<Catalogue, String>> = OnceLock::new();
    CATALOGUE
        .get_or_init(|| Catalogue::builtin().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| {
            tracing::error!(error = %e, "the form files do not load");
            AppError::Internal
        })
}

/// One form.
pub fn form(id: &str) -> Result<&'static Form, AppError> {
    catalogue()?.get(id).ok_or(AppError::NotFound("form"))
}

impl App {
    /// A form's data checked, with what the registry knows of the organisation filled into
    /// the blanks the caller left (the caller's data wins). Refused data names the field and
    /// never repeats the value.
    pub async fn fill_form(
        &self,
        caller: &Caller,
        org: OrgId,
        form_id: &str,
        data: &serde_json::Value,
    ) -> Result<Filled<'static>, AppError> {
        self.fill_form_for(caller, org, form_id, data, None).await
    }

    /// As [`App::fill_form`], drafting from everything the registry holds (issue 16): the
    /// organisation and its DPO, its profile, catalogue, activities and registers, and the
    /// case the form is filed under when one is named.
    pub async fn fill_form_for(
        &self,
        caller: &Caller,
        org: OrgId,
        form_id: &str,
        data: &serde_json::Value,
        case: Option<CaseId>,
    ) -> Result<Filled<'static>, AppError> {
        let form = form(form_id)?;
        let mut on = On::default().with("form", form.id.clone());
        if let Some(c) = case {
            on = on.with("case", c.to_string());
        }
        let p = self.permit(caller, ops::FORM_FILL, org, on).await?;
        let r = async {
            let o = self.store.get_organisation(org).await?;
            let profile = self.store.get_profile(org).await?.map(|s| s.profile);
            let assets = self.store.list_assets(org).await?;
            let activities = self.store.list_activities(org).await?;
            let registers = self.store.list_register_entries(org, None).await?;
            let detectors = self.store.detectors_found(org).await?;
            let case = match case {
                Some(c) => Some(self.store.get_case(org, c).await?),
                None => None,
            };
            let breach = match &case {
                Some(c) if c.kind == "breach" => {
                    self.store.breach_facts(org, c.id).await?.map(|(f, _)| f)
                }
                _ => None,
            };
            let known = registry::known_all(
                &o,
                &registry::Holdings {
                    profile: profile.as_ref(),
                    assets: &assets,
                    activities: &activities,
                    registers: &registers,
                    case: case.as_ref(),
                    detectors: &detectors,
                    breach: breach.as_ref(),
                },
            );
            let data = form.prefill(&known, data);
            form.fill(&data)
                .map_err(|e| AppError::Rejected(e.to_string()))
        }
        .await;
        self.finish(&p, r).await
    }
}
