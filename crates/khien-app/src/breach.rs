//! A personal data breach as the texts write it (Law 91/2025 Art. 23; Decree 356/2025 Art.
//! 8(3), 28, 29): its facts on the breach case, the notices e-mailed to the affected subjects
//! within 72 hours where the decree requires them (who was told and when, the address only
//! masked), the report on Form 08 filled from the facts (`forms.rs`), and the file kept 5
//! years after remediation.

use khien_domain::{BreachFacts, BreachNotice, CaseId, Email, OrgId, Text};

use crate::access::ops;
use crate::mail::Mail;
use crate::{App, AppError, Caller, On};

/// Most recipients in one call.
pub const MAX_RECIPIENTS: usize = 1000;
/// Longest text of a fact.
pub const MAX_FACT: usize = 4000;

/// What a round of notices did.
#[derive(Debug, Clone)]
pub struct Notified {
    /// The notices of this round.
    pub notices: Vec<BreachNotice>,
    /// Whether the case's subject-notice obligation is now fulfilled (every notice of the
    /// round reached the SMTP server).
    pub fulfilled: bool,
}

/// The notice to an affected subject, with what Decree 356/2025 Art. 29(2) lists.
pub fn notice_text(org_name: &str, f: &BreachFacts) -> String {
    use khien_domain::Code as _;
    let kinds: Vec<&str> = f.data_kinds.iter().map(|k| k.label_vi()).collect();
    let or_blank = |s: &Option<String>| s.clone().unwrap_or_default();
    format!(
        "{org_name} thông báo sự cố vi phạm dữ liệu cá nhân có liên quan đến bạn \
         (Điều 29 Nghị định 356/2025/NĐ-CP).\n\n\
         a) Thời điểm và hình thức phát hiện: {when}; {how}\n\
         b) Loại dữ liệu bị ảnh hưởng: {kinds}\n\
         c) Mức độ nghiêm trọng: {severity}. Rủi ro có thể xảy ra: {risks}\n\
         d) Biện pháp đã, đang và sẽ thực hiện: {measures}\n\
         đ) Bạn nên: {guidance}\n\
         e) Liên hệ: {contact}\n\n\
         — Khiên\n",
        when = f
            .discovered_at
            .map(crate::requests::vn_time)
            .unwrap_or_default(),
        how = or_blank(&f.discovered_how),
        kinds = kinds.join("; "),
        severity = f.severity.map(|s| s.label_vi()).unwrap_or_default(),
        risks = or_blank(&f.risks),
        measures = or_blank(&f.measures),
        guidance = or_blank(&f.subject_guidance),
        contact = or_blank(&f.contact),
    )
}

impl App {
    /// The case, which must be a breach of the organisation.
    async fn breach_case(&self, org: OrgId, case: CaseId) -> Result<khien_domain::Case, AppError> {
        let c = self.store.get_case(org, case).await?;
        if c.kind != "breach" {
            return Err(AppError::Conflict(
                "this case is not a breach: facts and notices belong to breach cases".to_owned(),
            ));
        }
        Ok(c)
    }

    /// Sets what is known of a breach (replacing it whole).
    pub async fn breach_facts_set(
        &self,
        caller: &Caller,
        org: OrgId,
        case: CaseId,
        facts: &BreachFacts,
    ) -> Result<BreachFacts, AppError> {
        let now = self.now();
        for t in [facts.discovered_at, facts.occurred_at]
            .into_iter()
            .flatten()
        {
            if !(1900..=2099).contains(&t.year()) || t > now + time::Duration::minutes(5) {
                return Err(AppError::invalid(
                    "discovered_at",
                    "instants between 1900 and now",
                ));
            }
        }
        if let (Some(o), Some(d)) = (facts.occurred_at, facts.discovered_at)
            && o > d
        {
            return Err(AppError::invalid(
                "occurred_at",
                "cannot be after the breach was discovered",
            ));
        }
        let texts = [
            &facts.discovered_how,
            &facts.place,
            &facts.conduct,
            &facts.parties,
            &facts.data_description,
            &facts.risks,
            &facts.consequences,
            &facts.measures,
            &facts.subject_guidance,
            &facts.contact,
            &facts.minutes_number,
            &facts.minutes_participants,
        ];
        if texts
            .iter()
            .any(|t| t.as_deref().is_some_and(|s| s.chars().count() > MAX_FACT))
        {
            return Err(AppError::invalid(
                "facts",
                "each text at most 4000 characters",
            ));
        }
        let on = On::default().with("case_id", case.to_string());
        let p = self.permit(caller, ops::BREACH_FACTS_SET, org, on).await?;
        let r = async {
            self.breach_case(org, case).await?;
            let clean = |s: &Option<String>| {
                s.as_deref()
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
            };
            let mut f = facts.clone();
            for (dst, src) in [
                (&mut f.discovered_how, &facts.discovered_how),
                (&mut f.place, &facts.place),
                (&mut f.conduct, &facts.conduct),
                (&mut f.parties, &facts.parties),
                (&mut f.data_description, &facts.data_description),
                (&mut f.risks, &facts.risks),
                (&mut f.consequences, &facts.consequences),
                (&mut f.measures, &facts.measures),
                (&mut f.subject_guidance, &facts.subject_guidance),
                (&mut f.contact, &facts.contact),
                (&mut f.minutes_number, &facts.minutes_number),
                (&mut f.minutes_participants, &facts.minutes_participants),
            ] {
                *dst = clean(src);
            }
            f.data_kinds.sort();
            f.data_kinds.dedup();
            self.store
                .put_breach_facts(org, case, &f, caller.user_id(), now)
                .await?;
            Ok(f)
        }
        .await;
        self.finish(&p, r).await
    }

    /// What is known of a breach (empty when nothing was recorded yet), with when it was
    /// last set.
    pub async fn breach_facts_get(
        &self,
        caller: &Caller,
        org: OrgId,
        case: CaseId,
    ) -> Result<(BreachFacts, Option<time::OffsetDateTime>), AppError> {
        let on = On::default().with("case_id", case.to_string());
        let p = self.permit(caller, ops::BREACH_READ, org, on).await?;
        let r = async {
            self.breach_case(org, case).await?;
            Ok(match self.store.breach_facts(org, case).await? {
                Some((f, at)) => (f, Some(at)),
                None => (BreachFacts::default(), None),
            })
        }
        .await;
        self.finish(&p, r).await
    }

    /// The minutes confirming the breach (Law 91/2025 Art. 23(2)) as a document's blocks,
    /// drawn up from the facts recorded on the case (a blank for each fact not recorded).
    pub async fn breach_minutes(
        &self,
        caller: &Caller,
        org: OrgId,
        case: CaseId,
    ) -> Result<Vec<khien_doc::Block>, AppError> {
        let on = On::default()
            .with("case_id", case.to_string())
            .with("document", "minutes");
        let p = self.permit(caller, ops::BREACH_READ, org, on).await?;
        let r = async {
            let c = self.breach_case(org, case).await?;
            let o = self.store.get_organisation(org).await?;
            let facts = self
                .store
                .breach_facts(org, case)
                .await?
                .map(|(f, _)| f)
                .unwrap_or_default();
            Ok(khien_forms::minutes::breach_minutes(
                &o,
                c.title.as_str(),
                &facts,
            ))
        }
        .await;
        self.finish(&p, r).await
    }

    /// The notices sent for a breach, oldest first.
    pub async fn breach_notices(
        &self,
        caller: &Caller,
        org: OrgId,
        case: CaseId,
    ) -> Result<Vec<BreachNotice>, AppError> {
        let on = On::default().with("case_id", case.to_string());
        let p = self.permit(caller, ops::BREACH_READ, org, on).await?;
        let r = async {
            self.breach_case(org, case).await?;
            Ok(self.store.breach_notices(org, case).await?)
        }
        .await;
        self.finish(&p, r).await
    }

    /// E-mails the notice of Decree 356/2025 Art. 29(2) to each affected subject: given by
    /// address (`recipients`), or named as the vault knows them (`subjects`: the address is
    /// the first e-mail address among their records' fields, read as a decryption recorded
    /// with the subject). Each attempt is recorded (masked address, time, outcome); when
    /// every one reached the SMTP server, the case's `notify_subjects` transition fulfils
    /// the 72-hour obligation.
    pub async fn breach_notify(
        &self,
        caller: &Caller,
        org: OrgId,
        case: CaseId,
        recipients: &[String],
        subjects: &[String],
    ) -> Result<Notified, AppError> {
        if recipients.is_empty() && subjects.is_empty() {
            return Err(AppError::invalid(
                "recipients",
                "name at least one recipient or subject",
            ));
        }
        if recipients.len() + subjects.len() > MAX_RECIPIENTS {
            return Err(AppError::invalid("recipients", "at most 1000 in one call"));
        }
        let mut addresses: Vec<(String, Option<String>)> = Vec::new();
        for r in recipients {
            let e = Email::parse(r.trim())?;
            addresses.push((e.as_str().to_owned(), None));
        }
        let pseudonyms = subjects
            .iter()
            .map(|s| self.subject_pseudonym(org, s))
            .collect::<Result<Vec<_>, _>>()?;
        let on = On::default()
            .with("case_id", case.to_string())
            .with("recipients", recipients.len())
            .with("subjects", subjects.len());
        let p = self.permit(caller, ops::BREACH_NOTIFY, org, on).await?;
        let r = async {
            let mailer = self
                .mailer
                .clone()
                .ok_or(AppError::Unavailable("e-mail (SMTP)"))?;
            let c = self.breach_case(org, case).await?;
            let w = self
                .legal
                .workflows
                .get(&c.kind)
                .map_err(|e| AppError::Case(crate::cases::CaseOpError::from(e)))?;
            if w.is_final(&c.state) {
                return Err(AppError::Conflict("the breach case is closed".to_owned()));
            }
            let facts = self
                .store
                .breach_facts(org, case)
                .await?
                .map(|(f, _)| f)
                .unwrap_or_default();
            let missing = facts.missing_for_notice();
            if !missing.is_empty() {
                return Err(AppError::Rejected(format!(
                    "a notice must state what Decree 356/2025 Art. 29(2) lists; record these facts first: {}",
                    missing.join(", ")
                )));
            }
            for s in &pseudonyms {
                match self.subject_email(caller, org, s).await? {
                    Some(e) => addresses.push((e, Some(s.clone()))),
                    None => {
                        return Err(AppError::Rejected(
                            "a subject named has no e-mail address in the vault: give their address in `recipients`".to_owned(),
                        ));
                    }
                }
            }
            addresses.sort();
            addresses.dedup_by(|a, b| a.0.eq_ignore_ascii_case(&b.0));
            let o = self.store.get_organisation(org).await?;
            let body = notice_text(o.details.name.as_str(), &facts);
            // Each attempt recorded as soon as it is made: a round cut short keeps what was sent.
            let mut notices = Vec::with_capacity(addresses.len());
            for (to, subject) in &addresses {
                let sent = mailer
                    .send(&Mail {
                        to: to.clone(),
                        subject: format!(
                            "[{}] Thông báo sự cố vi phạm dữ liệu cá nhân",
                            o.details.name.as_str()
                        ),
                        body: body.clone(),
                        attachments: Vec::new(),
                    })
                    .await;
                let notice = BreachNotice {
                    org_id: org,
                    case_id: case,
                    recipient: khien_domain::mask_email(to),
                    subject: subject.clone(),
                    at: self.now(),
                    sent: sent.is_ok(),
                    error: sent.err(),
                    by: caller.user_id(),
                };
                self.store
                    .add_breach_notices(std::slice::from_ref(&notice))
                    .await?;
                notices.push(notice);
            }
            let fulfilled = notices.iter().all(|n| n.sent);
            if fulfilled {
                let now = self.now();
                let first = notices.first().map_or(now, |n| n.at);
                let note = Text::parse(
                    "note",
                    &format!("Đã gửi thông báo đến {} chủ thể dữ liệu", notices.len()),
                    500,
                )
                .ok();
                crate::cases::apply_transition(
                    &*self.store,
                    &self.legal,
                    org,
                    case,
                    "notify_subjects",
                    first,
                    note,
                    caller.user_id(),
                    now,
                )
                .await?;
            }
            Ok(Notified { notices, fulfilled })
        }
        .await;
        self.finish(&p, r).await
    }

    /// The first e-mail address among a subject's vault records, if any (a decryption,
    /// recorded with the subject).
    async fn subject_email(
        &self,
        caller: &Caller,
        org: OrgId,
        subject: &str,
    ) -> Result<Option<String>, AppError> {
        let vault = self.vault()?;
        let on = On {
            subject: Some(subject.to_owned()),
            ..On::default()
        }
        .with("purpose", "breach_notice");
        let p = self.permit(caller, ops::BREACH_ADDRESS, org, on).await?;
        let r = async {
            for (_, fields) in self.open_subject_records(vault, org, subject).await? {
                if let Some(e) = fields
                    .values()
                    .filter_map(|v| v.as_str())
                    .find_map(|v| Email::parse(v.trim()).ok())
                {
                    return Ok(Some(e.as_str().to_owned()));
                }
            }
            Ok(None)
        }
        .await;
        self.finish(&p, r).await
    }
}
