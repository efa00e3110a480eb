//! The consent ledger (Law 91/2025 Art. 9, 10, 24; Decree 356/2025 Art. 6): each consent kept
//! as evidence the organisation can produce in a dispute (Art. 6(2): the burden of proof is
//! the controller's), its withdrawal, and the history of a subject's consents.
//!
//! Systems record consents over the API as they collect them. The subject appears only as a
//! pseudonym; their age is kept, never their date of birth. A withdrawal opens the
//! withdrawal request with its clock (Decree 356/2025 Art. 5(2)), stops the vault from
//! decrypting the subject's data for the purposes withdrawn (Law 91/2025 Art. 10(4): what
//! was processed before stands), and tells the organisation's systems (webhook).

use khien_domain::{
    Capacity, CaseId, Consent, ConsentChannel, ConsentFacts, ConsentId, OrgId, Representation,
    RequestKind, Text,
};
use khien_store::Restriction;
use time::{Date, OffsetDateTime};

use crate::access::ops;
use crate::vault::check_code;
use crate::{App, AppError, Caller, On};

/// Most purposes in one consent.
pub const MAX_PURPOSES: usize = 32;
/// Longest scope, in characters.
pub const MAX_SCOPE: usize = 1000;

/// A consent as a system reports it.
#[derive(Debug, Clone)]
pub struct ConsentInput {
    /// The subject's identifier (or pseudonym); only its pseudonym is kept.
    pub subject: String,
    /// The purposes consented to, each on its own (Law 91/2025 Art. 9(4)(a)).
    pub purposes: Vec<String>,
    /// How it was expressed (Decree 356/2025 Art. 6(1)).
    pub channel: ConsentChannel,
    /// What it covers: the kinds of data, the controller (Law 91/2025 Art. 9(2)); no
    /// personal data.
    pub scope: String,
    /// SHA-256 (hex) of the text or record shown to the subject.
    pub evidence_sha256: String,
    /// When it was given.
    pub given_at: OffsetDateTime,
    /// The subject's date of birth, when known: only the age it gives is kept.
    pub birth_date: Option<Date>,
    /// The subject's capacity.
    pub capacity: Capacity,
    /// Who consented on their behalf, and that person's identifier (kept as a pseudonym).
    pub representative: Option<(Representation, String)>,
    /// Whether a purpose publishes or discloses the subject's private life.
    pub discloses_private_life: bool,
    /// Whether the child consented too (Law 91/2025 Art. 24(2)).
    pub child_consented: bool,
    /// Whether the data are sensitive (then the subject must have been told so: Decree
    /// 356/2025 Art. 6(4)).
    pub sensitive: bool,
    /// Whether the subject was told the data are sensitive.
    pub sensitive_notice: bool,
}

/// What a withdrawal did.
#[derive(Debug, Clone)]
pub struct Withdrawn {
    /// The consent, now withdrawn.
    pub consent: Consent,
    /// The withdrawal request opened, with its clock.
    pub case_id: CaseId,
    /// Whether the organisation's systems were told (none: no webhook configured).
    pub systems_notified: Option<bool>,
}

/// Lower-case hexadecimal SHA-256, or the rule it breaks.
fn check_digest(s: &str) -> Result<String, AppError> {
    let s = s.trim().to_ascii_lowercase();
    if s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(s)
    } else {
        Err(AppError::invalid(
            "evidence_sha256",
            "the SHA-256 of the text or record shown to the subject: 64 hexadecimal digits",
        ))
    }
}

/// The date at UTC+7 (the Vietnamese calendar day of an instant).
fn vn_date(t: OffsetDateTime) -> Date {
    crate::registers::today_vn(t)
}

impl App {
    /// Records a consent (Decree 356/2025 Art. 6(2): the controller keeps it).
    pub async fn consent_record(
        &self,
        caller: &Caller,
        org: OrgId,
        input: &ConsentInput,
    ) -> Result<Consent, AppError> {
        let subject = self.subject_pseudonym(org, &input.subject)?;
        if input.purposes.is_empty() || input.purposes.len() > MAX_PURPOSES {
            return Err(AppError::invalid(
                "purposes",
                "1 to 32 purposes, each on its own",
            ));
        }
        let mut purposes = Vec::with_capacity(input.purposes.len());
        for p in &input.purposes {
            let p = check_code("purposes", p)?;
            if purposes.contains(&p) {
                return Err(AppError::invalid("purposes", "each purpose once"));
            }
            purposes.push(p);
        }
        let scope = self.screened_text(
            "scope",
            &input.scope,
            MAX_SCOPE,
            false,
            "at most 1000 characters",
        )?;
        let evidence = check_digest(&input.evidence_sha256)?;
        let now = self.now();
        if !(1900..=2099).contains(&input.given_at.year()) {
            return Err(AppError::invalid("given_at", "between 1900 and 2099"));
        }
        if input.given_at > now + time::Duration::minutes(5) {
            return Err(AppError::invalid("given_at", "not in the future"));
        }
        let age = match input.birth_date {
            Some(b) => Some(
                khien_domain::age_on(b, vn_date(input.given_at)).ok_or_else(|| {
                    AppError::invalid("birth_date", "on or before the day the consent was given")
                })?,
            ),
            None => None,
        };
        if input.sensitive && !input.sensitive_notice {
            return Err(AppError::invalid(
                "sensitive_notice",
                "for sensitive personal data the subject must be told the data are sensitive (Decree 356/2025 Art. 6(4))",
            ));
        }
        khien_domain::check_consent(&ConsentFacts {
            age,
            capacity: input.capacity,
            representative: input.representative.as_ref().map(|r| r.0),
            discloses_private_life: input.discloses_private_life,
            child_consented: input.child_consented,
        })?;
        let representative_subject =
            match &input.representative {
                Some((_, who)) => Some(self.subject_pseudonym(org, who).map_err(|_| {
                    AppError::invalid("representative.person", "1 to 256 characters")
                })?),
                None => None,
            };
        let id = ConsentId::from_random(self.random_bytes());
        let on = On {
            subject: Some(subject.clone()),
            ..On::default()
        }
        .with("consent_id", id.to_string())
        .with("purposes", purposes.join(","))
        .with("channel", input.channel.to_string());
        let p = self.permit(caller, ops::CONSENT_RECORD, org, on).await?;
        let consent = Consent {
            id,
            org_id: org,
            subject,
            purposes,
            channel: input.channel,
            scope,
            evidence_sha256: evidence,
            given_at: input.given_at,
            subject_age: age,
            capacity: input.capacity,
            representative: input.representative.as_ref().map(|r| r.0),
            representative_subject,
            discloses_private_life: input.discloses_private_life,
            child_consented: input.child_consented,
            sensitive_notice: input.sensitive_notice,
            recorded_by: caller.user_id(),
            recorded_at: now,
            withdrawn_at: None,
            withdrawal_case: None,
        };
        let r = async {
            self.store.add_consent(&consent).await?;
            Ok(self.store.get_consent(org, id).await?)
        }
        .await;
        self.finish(&p, r).await
    }

    /// Withdraws a consent (Law 91/2025 Art. 10): opens the withdrawal request with its clock
    /// (Decree 356/2025 Art. 5(2)), restricts the vault's reads of the subject's data for the
    /// purposes withdrawn from now on, and tells the organisation's systems.
    pub async fn consent_withdraw(
        &self,
        caller: &Caller,
        org: OrgId,
        id: &str,
        at: Option<OffsetDateTime>,
    ) -> Result<Withdrawn, AppError> {
        let id: ConsentId = id.parse().map_err(|_| AppError::NotFound("consent"))?;
        let now = self.now();
        let at = at.unwrap_or(now);
        if !(1900..=2099).contains(&at.year()) || at > now + time::Duration::minutes(5) {
            return Err(AppError::invalid("withdrawn_at", "not in the future"));
        }
        let on = On::default().with("consent_id", id.to_string());
        let p = self.permit(caller, ops::CONSENT_WITHDRAW, org, on).await?;
        let r = async {
            let c = self.store.get_consent(org, id).await?;
            if c.withdrawn_at.is_some() {
                return Err(AppError::Conflict(
                    "the consent was already withdrawn".to_owned(),
                ));
            }
            if at < c.given_at {
                return Err(AppError::invalid(
                    "withdrawn_at",
                    "not before the consent was given",
                ));
            }
            // Claimed first: of two withdrawals at once one wins, and only it opens a case.
            let consent = self.store.withdraw_consent(org, id, at, None).await?;
            let case_id = CaseId::from_random(self.random_bytes());
            let title = Text::parse(
                "title",
                &format!("Rút lại sự đồng ý {}", &id.to_string()[..8]),
                200,
            )?;
            self.open_request_case(
                org,
                case_id,
                &title,
                RequestKind::Withdrawal,
                at,
                caller.user_id(),
            )
            .await?;
            self.store.set_consent_case(org, id, case_id).await?;
            let consent = khien_domain::Consent {
                withdrawal_case: Some(case_id),
                ..consent
            };
            for purpose in &consent.purposes {
                self.store
                    .add_restriction(&Restriction {
                        org_id: org,
                        subject: consent.subject.clone(),
                        purpose: purpose.clone(),
                        kind: RequestKind::Withdrawal,
                        case_id: Some(case_id),
                        since: at,
                    })
                    .await?;
            }
            Ok((consent, case_id))
        }
        .await;
        let (consent, case_id) = self.finish(&p, r).await?;
        let systems_notified = self.tell_systems(&consent, case_id).await;
        Ok(Withdrawn {
            consent,
            case_id,
            systems_notified,
        })
    }

    /// Tells the organisation's systems that a consent was withdrawn (the subject by
    /// pseudonym): whether they acknowledged it, none when no webhook is configured.
    pub(crate) async fn tell_systems(&self, c: &Consent, case: CaseId) -> Option<bool> {
        let hook = self.hooks.as_ref()?;
        let event = serde_json::json!({
            "type": "consent.withdrawn",
            "org_id": c.org_id.to_string(),
            "consent_id": c.id.to_string(),
            "subject": c.subject,
            "purposes": c.purposes,
            "withdrawn_at": c.withdrawn_at.and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok()),
            "case_id": case.to_string(),
            "legal_basis": "Law 91/2025 Art. 10(3); Decree 356/2025 Art. 5(2)",
        });
        match hook.deliver(&event).await {
            Ok(()) => Some(true),
            Err(e) => {
                tracing::warn!(error = %e, "the systems were not told of a withdrawn consent");
                Some(false)
            }
        }
    }

    /// The organisation's consents, or one subject's history (named by identifier or
    /// pseudonym), oldest first.
    pub async fn consent_list(
        &self,
        caller: &Caller,
        org: OrgId,
        subject: Option<&str>,
    ) -> Result<Vec<Consent>, AppError> {
        let subject = subject
            .map(|s| self.subject_pseudonym(org, s))
            .transpose()?;
        let on = On {
            subject: subject.clone(),
            ..On::default()
        };
        self.read_in_org(caller, ops::CONSENT_LIST, org, on, async || {
            self.store.list_consents(org, subject.as_deref()).await
        })
        .await
    }

    /// The evidence of a subject's consents for an inspector or a court: the history as a
    /// JSON document signed by the organisation (CMS SignedData, DER), which `openssl cms
    /// -verify` checks against the organisation's certificate.
    pub async fn consent_evidence(
        &self,
        caller: &Caller,
        org: OrgId,
        subject: &str,
    ) -> Result<Vec<u8>, AppError> {
        let vault = self
            .vault
            .as_deref()
            .ok_or(AppError::Unavailable("vault"))?;
        let subject = self.subject_pseudonym(org, subject)?;
        let on = On {
            subject: Some(subject.clone()),
            ..On::default()
        };
        let p = self.permit(caller, ops::CONSENT_EXPORT, org, on).await?;
        let r = async {
            let o = self.store.get_organisation(org).await?;
            let consents = self.store.list_consents(org, Some(&subject)).await?;
            let now = self.now();
            let doc = serde_json::json!({
                "type": "khien/consent-evidence/v1",
                "title": "Chứng cứ về sự đồng ý của chủ thể dữ liệu cá nhân",
                "legal_basis": "Luật 91/2025/QH15 Điều 9; Nghị định 356/2025/NĐ-CP Điều 6 khoản 2",
                "organisation": { "id": org.to_string(), "name": o.details.name.as_str() },
                "subject": subject,
                "exported_at": rfc3339(now),
                "exported_by": caller.actor().id,
                "log_index": p.index,
                "consents": consents.iter().map(consent_json).collect::<Vec<_>>(),
            });
            let content = serde_json::to_vec_pretty(&doc).map_err(|_| AppError::Internal)?;
            let identity = self.signing_identity(vault, org).await?;
            khien_crypto::cms::sign(&identity, &content, now).map_err(|e| {
                tracing::error!(error = %e, "the consent evidence could not be signed");
                AppError::Internal
            })
        }
        .await;
        self.finish(&p, r).await
    }
}

fn rfc3339(t: OffsetDateTime) -> Option<String> {
    t.format(&time::format_description::well_known::Rfc3339)
        .ok()
}

/// A consent as the evidence document and the API show it.
pub fn consent_json(c: &Consent) -> serde_json::Value {
    use khien_domain::Code as _;
    serde_json::json!({
        "id": c.id.to_string(),
        "subject": c.subject,
        "purposes": c.purposes,
        "channel": c.channel.code(),
        "channel_label": c.channel.label_vi(),
        "scope": c.scope,
        "evidence_sha256": c.evidence_sha256,
        "given_at": rfc3339(c.given_at),
        "subject_age": c.subject_age,
        "child": c.subject_age.map(|a| a < khien_domain::CHILD_UNDER),
        "capacity": c.capacity.code(),
        "representative": c.representative.map(|r| serde_json::json!({
            "relation": r.code(),
            "person": c.representative_subject,
        })),
        "discloses_private_life": c.discloses_private_life,
        "child_consented": c.child_consented,
        "sensitive_notice": c.sensitive_notice,
        "recorded_by": c.recorded_by.map(|u| u.to_string()),
        "recorded_at": rfc3339(c.recorded_at),
        "withdrawn_at": c.withdrawn_at.and_then(rfc3339),
        "withdrawal_case": c.withdrawal_case.map(|x| x.to_string()),
        "status": if c.withdrawn_at.is_some() { "withdrawn" } else { "given" },
    })
}
