//! The data subjects' channel (Law 91/2025 Art. 4, 10, 14; Decree 356/2025 Art. 5): anyone
//! sends a request to an organisation without an account; the sender proves they hold the
//! contact address they gave (a one-time code sent there) or is verified in person by staff;
//! only then is the subject request case opened, with the clocks of the regime in force, and
//! only then may anything be disclosed. Staff carry the request out (deletion destroys the
//! subject in the vault with a certificate; restriction and objection stop the vault's reads;
//! withdrawal withdraws the subject's consents; access and portability produce the subject's
//! data signed by the organisation) or refuse it with a reason, and the answer is e-mailed.
//!
//! What the sender wrote (contact address, how they name the subject, details) is kept only
//! sealed under a data key wrapped by the vault's keystore. Public answers say nothing
//! personal and never whether the organisation holds anything about anyone: every well-formed
//! request gets the same answer, and the subject is looked up only after verification.
//! Throttled per contact address and per network, counted in the registry (shared by every
//! server) and in memory.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

use khien_crypto::{DataKey, KekId, Wrapped, envelope};
use khien_domain::{
    Case, CaseId, Code as _, Email, OrgId, RequestKind, RequestStatus, Text, UserId,
};
use khien_log::event::{Action as LogAction, Actor, ActorKind, Entry};
use khien_rules::cases::CaseObligation;
use khien_store::{PublicRequest, Restriction, StoreError};
use serde_json::{Map, Value};
use time::{Duration, OffsetDateTime};
use zeroize::Zeroizing;

use crate::access::ops;
use crate::cases::EventDraft;
use crate::mail::Mail;
use crate::vault::{Rng, crypto};
use crate::{App, AppError, Caller, Door, On};

/// Requests accepted from one contact address per hour.
pub const PER_ADDRESS_PER_HOUR: u64 = 3;
/// Requests accepted from one network (IPv4 /24, IPv6 /48) per hour.
pub const PER_NETWORK_PER_HOUR: u64 = 20;
/// Calls of the public channel (any kind, well-formed or not) from one network per minute.
pub const CALLS_PER_NETWORK_PER_MINUTE: u32 = 30;
/// Wrong codes before a code stops working.
pub const MAX_ATTEMPTS: u32 = 5;
/// How long a code works.
pub const CODE_VALIDITY: Duration = Duration::minutes(30);
/// Longest subject reference and details, in characters.
pub const MAX_REFERENCE: usize = 200;
/// Longest details.
pub const MAX_DETAILS: usize = 2000;

/// Calls of the public channel per network in the current minute, in memory.
#[derive(Debug, Default)]
pub struct PublicRate(Mutex<HashMap<String, (i64, u32)>>);

impl PublicRate {
    /// Counts a call from `network` at `now`; the seconds to wait when over the limit.
    fn hit(&self, network: &str, now: OffsetDateTime) -> Result<(), u64> {
        let minute = now.unix_timestamp().div_euclid(60);
        let mut m = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if m.len() > 10_000 {
            m.retain(|_, (w, _)| *w == minute);
        }
        let e = m.entry(network.to_owned()).or_insert((minute, 0));
        if e.0 != minute {
            *e = (minute, 0);
        }
        e.1 += 1;
        if e.1 > CALLS_PER_NETWORK_PER_MINUTE {
            Err(u64::try_from(60 - now.unix_timestamp().rem_euclid(60)).unwrap_or(60))
        } else {
            Ok(())
        }
    }
}

/// The network a client is in: its IPv4 /24 or IPv6 /48 (one household or office).
pub fn network_of(ip: Option<IpAddr>) -> String {
    match ip {
        Some(IpAddr::V4(v4)) => {
            let o = v4.octets();
            format!("{}.{}.{}.0/24", o[0], o[1], o[2])
        }
        Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => network_of(Some(IpAddr::V4(v4))),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
            }
        },
        None => "unknown".to_owned(),
    }
}

/// A request as the sender writes it.
#[derive(Clone, Default)]
pub struct Submission {
    /// What is asked (`access`, `deletion`...).
    pub kind: String,
    /// Where the code and the answer go.
    pub contact_email: String,
    /// How the sender names the subject (the identifier the organisation knows them by).
    pub subject_reference: String,
    /// What they ask, in their words.
    pub details: String,
}

impl std::fmt::Debug for Submission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Submission")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// What the sender learns on submitting.
#[derive(Debug, Clone)]
pub struct Submitted {
    /// The reference to follow the request by.
    pub reference: String,
    /// Whether a code was sent to the contact address (else: verification in person).
    pub code_sent: bool,
}

/// A time limit of a request, as the status page shows it.
#[derive(Debug, Clone)]
pub struct Deadline {
    /// The obligation.
    pub obligation: String,
    /// What must be done.
    pub title: String,
    /// The article.
    pub legal_basis: String,
    /// When it is due.
    pub due: OffsetDateTime,
    /// When it was met.
    pub done_at: Option<OffsetDateTime>,
}

impl From<CaseObligation> for Deadline {
    fn from(o: CaseObligation) -> Self {
        Self {
            obligation: o.obligation,
            title: o.title,
            legal_basis: o.legal_basis,
            due: o.due,
            done_at: o.fulfilled_at,
        }
    }
}

/// A request without what the sender wrote: what its status page and the staff's list show.
#[derive(Debug, Clone)]
pub struct RequestView {
    /// The reference.
    pub reference: String,
    /// What is asked.
    pub kind: RequestKind,
    /// Where it stands.
    pub status: RequestStatus,
    /// When it was received.
    pub received_at: OffsetDateTime,
    /// When the sender was verified.
    pub verified_at: Option<OffsetDateTime>,
    /// How (`code`, `in_person`).
    pub verified_how: Option<String>,
    /// The case opened at verification.
    pub case_id: Option<CaseId>,
    /// Its time limits.
    pub deadlines: Vec<Deadline>,
    /// When it was carried out or refused.
    pub decided_at: Option<OffsetDateTime>,
    /// What was done, or why it was refused.
    pub outcome: Option<String>,
    /// When the answer was sent.
    pub answered_at: Option<OffsetDateTime>,
    /// Wrong codes tried.
    pub attempts: u32,
}

/// What the sender wrote, opened for staff (a decryption, recorded).
#[derive(Clone)]
pub struct Revealed {
    /// The contact address.
    pub contact_email: String,
    /// How they named the subject.
    pub subject_reference: String,
    /// What they asked.
    pub details: String,
    /// The subject's pseudonym.
    pub subject: String,
}

impl std::fmt::Debug for Revealed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Revealed")
            .field("subject", &self.subject)
            .finish_non_exhaustive()
    }
}

/// A decision on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Carry it out.
    Approve,
    /// Refuse it, with a reason.
    Refuse,
}

/// What a decision did.
#[derive(Debug, Clone)]
pub struct Decided {
    /// The request now.
    pub view: RequestView,
    /// The destruction certificate (deletion), CMS SignedData DER.
    pub certificate: Option<Vec<u8>>,
    /// The subject's data (access, portability), CMS SignedData DER around JSON.
    pub package: Option<Vec<u8>>,
    /// Whether the answer reached the SMTP server (none: no mailer configured).
    pub answered: Option<bool>,
}

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Compares two digests in time independent of where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

pub(crate) fn request_aad(org: OrgId, reference: &str) -> Vec<u8> {
    format!("khien/public-request/v1|{org}|{reference}").into_bytes()
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// A reference (`YC-XXXX-XXXX-XXXX`, Crockford base32, 60 random bits), trimmed and
/// upper-cased, or none when it cannot be one.
pub fn normalise_reference(s: &str) -> Option<String> {
    let s = s.trim().to_ascii_uppercase();
    let ok = s.len() == 17
        && s.starts_with("YC-")
        && s.bytes().enumerate().skip(3).all(|(i, b)| {
            if i == 7 || i == 12 {
                b == b'-'
            } else {
                ALPHABET.contains(&b)
            }
        });
    ok.then_some(s)
}

impl App {
    fn public_actor() -> Actor {
        Actor {
            kind: ActorKind::System,
            id: "public-channel".to_owned(),
        }
    }

    /// A keyed digest for throttling (the same key for every organisation: a flood from one
    /// address is one flood).
    fn throttle_digest(&self, what: &str, value: &str) -> String {
        self.log
            .pseudonyms()
            .for_org(&uuid::Uuid::nil())
            .pseudonym(&format!("{what}:{value}"))
    }

    /// The digest kept of a one-time code: keyed (the log's pseudonym key for the
    /// organisation), so that a copy of the database does not give the code by trying the
    /// million of them.
    fn code_digest(&self, org: OrgId, reference: &str, code: &str) -> String {
        self.log
            .pseudonyms()
            .for_org(&org.as_uuid())
            .pseudonym(&format!("khien/request-code/v1|{reference}|{code}"))
    }

    fn new_reference(&self) -> String {
        let b = self.random_bytes::<8>();
        let n = u64::from_be_bytes(b) >> 4;
        let chars: String = (0..12)
            .map(|i| char::from(ALPHABET[((n >> (55 - 5 * i)) & 31) as usize]))
            .collect();
        format!("YC-{}-{}-{}", &chars[0..4], &chars[4..8], &chars[8..12])
    }

    fn new_code(&self) -> String {
        loop {
            let n = u32::from_be_bytes(self.random_bytes::<4>());
            // Unbiased: draw again above the largest multiple of 10^6.
            if n < 4_294_000_000 {
                return format!("{:06}", n % 1_000_000);
            }
        }
    }

    fn public_rate(&self, ip: Option<IpAddr>) -> Result<String, AppError> {
        let network = network_of(ip);
        self.public_rate
            .hit(&network, self.now())
            .map_err(AppError::RateLimited)?;
        Ok(network)
    }

    /// The organisation's name, for its public request page (public information; unknown:
    /// "not found").
    pub async fn public_organisation(&self, org: OrgId) -> Result<String, AppError> {
        Ok(self
            .store
            .get_organisation(org)
            .await?
            .details
            .name
            .as_str()
            .to_owned())
    }

    /// Receives a request on the public channel (Decree 356/2025 Art. 5(1)): checked,
    /// throttled, sealed, recorded, and a one-time code sent to the contact address. The
    /// answer is the same whatever the organisation holds about the subject.
    pub async fn public_submit(
        &self,
        org: OrgId,
        input: &Submission,
        ip: Option<IpAddr>,
    ) -> Result<Submitted, AppError> {
        let network = self.public_rate(ip)?;
        let vault = self.vault()?;
        let mut errors = Vec::new();
        let kind = input
            .kind
            .trim()
            .parse::<RequestKind>()
            .map_err(|e| errors.push(e))
            .ok();
        let email = Email::parse(input.contact_email.trim())
            .map_err(|e| errors.push(e))
            .ok();
        let reference = input.subject_reference.trim();
        if reference.is_empty() || reference.chars().count() > MAX_REFERENCE {
            errors.push(khien_domain::DomainError::Invalid {
                field: "subject_reference",
                rule: "how the organisation knows the data subject (a customer number, an identity card number, an e-mail address): 1 to 200 characters",
            });
        }
        let details = input.details.trim();
        if details.chars().count() > MAX_DETAILS
            || details
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
        {
            errors.push(khien_domain::DomainError::Invalid {
                field: "details",
                rule: "at most 2000 characters of text",
            });
        }
        let (Some(kind), Some(email)) = (kind, email) else {
            return Err(AppError::Invalid(errors));
        };
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        self.store.get_organisation(org).await?;
        let now = self.now();
        let contact = email.as_str().to_ascii_lowercase();
        let contact_digest = self.throttle_digest("contact", &contact);
        let network_digest = self.throttle_digest("network", &network);
        let (by_contact, by_network) = self
            .store
            .public_requests_since(&contact_digest, &network_digest, now - Duration::hours(1))
            .await?;
        if by_contact >= PER_ADDRESS_PER_HOUR || by_network >= PER_NETWORK_PER_HOUR {
            return Err(AppError::RateLimited(3600));
        }
        let subject = self.subject_pseudonym(org, reference)?;
        let reference_id = self.new_reference();
        let code = Zeroizing::new(self.new_code());
        // Sealed under a key of its own, wrapped by the keystore.
        let plain = Zeroizing::new(
            serde_json::to_vec(&serde_json::json!({
                "contact_email": contact,
                "subject_reference": reference,
                "details": details,
            }))
            .map_err(|_| AppError::Internal)?,
        );
        let rng = Rng(self.random.as_ref());
        let aad = request_aad(org, &reference_id);
        let dk = DataKey::generate(&rng);
        let wrapped = vault.keystore.wrap(&dk, &aad, &rng).map_err(crypto)?;
        let sealed = envelope::seal(&dk, &rng, &aad, &plain).map_err(crypto)?;
        drop(dk);
        let request = PublicRequest {
            org_id: org,
            reference: reference_id.clone(),
            kind,
            status: RequestStatus::Unverified,
            contact_digest,
            network_digest,
            subject: subject.clone(),
            sealed,
            kek: wrapped.kek.0,
            wrapped_key: wrapped.bytes,
            code_digest: Some(self.code_digest(org, &reference_id, &code)),
            code_expires_at: Some(now + CODE_VALIDITY),
            attempts: 0,
            received_at: now,
            verified_at: None,
            verified_how: None,
            verified_by: None,
            case_id: None,
            decided_at: None,
            reason: None,
            answered_at: None,
        };
        // Recorded first (a collection of personal data), then kept.
        let mut e = Entry::system(
            now,
            Some(org.as_uuid()),
            Self::public_actor(),
            LogAction::Collection,
        );
        e.subject = Some(subject);
        let mut d = Map::new();
        d.insert("op".to_owned(), "request.submit".into());
        d.insert("door".to_owned(), Door::Public.name().into());
        d.insert("reference".to_owned(), reference_id.clone().into());
        d.insert("kind".to_owned(), kind.code().into());
        e.details = Some(d);
        let p = self
            .record_own(e, ops::REQUEST_SUBMIT, Door::Public)
            .await?;
        let r = self
            .store
            .add_public_request(&request)
            .await
            .map_err(AppError::from);
        self.finish(&p, r).await?;
        let code_sent = match &self.mailer {
            Some(m) => {
                let mail = Mail {
                    to: contact,
                    subject: format!("[Khiên] Mã xác minh yêu cầu {reference_id}"),
                    body: format!(
                        "Tổ chức đã nhận yêu cầu \"{label}\" của bạn, mã yêu cầu {reference_id}.\n\n\
                         Mã xác minh: {code}\n\n\
                         Nhập mã này trên trang theo dõi yêu cầu trong vòng 30 phút để xác minh bạn là người \
                         đã gửi yêu cầu. Yêu cầu chỉ được xử lý sau khi xác minh (Nghị định 356/2025/NĐ-CP Điều 5).\n\
                         Nếu bạn không gửi yêu cầu này, hãy bỏ qua thư.\n\n\
                         Your request ({kind}) was received with reference {reference_id}. \
                         Verification code: {code} (valid 30 minutes).\n\n— Khiên\n",
                        label = kind.label_vi(),
                        code = code.as_str(),
                    ),
                    attachments: Vec::new(),
                };
                match m.send(&mail).await {
                    Ok(()) => true,
                    Err(e) => {
                        tracing::warn!(error = %e, "the verification code could not be sent");
                        false
                    }
                }
            }
            None => false,
        };
        Ok(Submitted {
            reference: reference_id,
            code_sent,
        })
    }

    /// Verifies the sender with the code sent to their address; opens the case.
    pub async fn public_verify(
        &self,
        org: OrgId,
        reference: &str,
        code: &str,
        ip: Option<IpAddr>,
    ) -> Result<RequestView, AppError> {
        self.public_rate(ip)?;
        let reference = normalise_reference(reference).ok_or(AppError::NotFound("request"))?;
        let mut r = self
            .store
            .public_request(org, &reference)
            .await
            .map_err(not_found)?;
        if r.status != RequestStatus::Unverified {
            return self.view(org, &r).await;
        }
        let now = self.now();
        let usable = r.code_digest.is_some() && r.code_expires_at.is_some_and(|t| t > now);
        // One attempt is taken first, atomically: guesses sent at once each use one up.
        if !usable
            || !self
                .store
                .claim_request_attempt(org, &reference, MAX_ATTEMPTS)
                .await?
        {
            let again = self
                .store
                .public_request(org, &reference)
                .await
                .map_err(not_found)?;
            if again.status != RequestStatus::Unverified {
                return self.view(org, &again).await;
            }
            return Err(AppError::Conflict(
                "this code can no longer be used: ask the organisation to verify you in person"
                    .to_owned(),
            ));
        }
        r.attempts += 1;
        let code = code.trim();
        let right = code.len() == 6
            && code.bytes().all(|b| b.is_ascii_digit())
            && r.code_digest
                .as_deref()
                .is_some_and(|d| same(d, &self.code_digest(org, &reference, code)));
        if !right {
            let left = MAX_ATTEMPTS.saturating_sub(r.attempts);
            return Err(AppError::Rejected(format!(
                "the code is not right; {left} attempt(s) left"
            )));
        }
        self.mark_verified(&mut r, "code", None, Door::Public, false)
            .await?;
        self.view(org, &r).await
    }

    /// Marks a request verified and opens its case with the clocks of the regime in force
    /// at verification (Decree 356/2025 Art. 5: a request made "theo đúng thủ tục"); the
    /// automatic reply that tells the sender the procedure and the time limits fulfils the
    /// two-working-day reply when it reaches them.
    async fn mark_verified(
        &self,
        r: &mut PublicRequest,
        how: &str,
        by: Option<UserId>,
        door: Door,
        staff: bool,
    ) -> Result<(), AppError> {
        let now = self.now();
        let org = r.org_id;
        let case_id = CaseId::from_random(self.random_bytes());
        // Claimed first: of two verifications at once (a double click, a code entered while
        // staff verify in person) one wins, and only it opens the case.
        r.status = RequestStatus::Verified;
        r.verified_at = Some(now);
        r.verified_how = Some(how.to_owned());
        r.verified_by = by;
        r.code_digest = None;
        self.store
            .update_public_request(r, RequestStatus::Unverified)
            .await
            .map_err(|e| match e {
                StoreError::Conflict(_) => {
                    AppError::Conflict("the request was verified meanwhile".to_owned())
                }
                e => e.into(),
            })?;
        // Staff's verification is recorded by its own decision; the sender's here.
        if !staff {
            let mut e = Entry::system(
                now,
                Some(org.as_uuid()),
                Self::public_actor(),
                LogAction::Change,
            );
            e.subject = Some(r.subject.clone());
            let mut d = Map::new();
            d.insert("op".to_owned(), ops::REQUEST_VERIFY.name.into());
            d.insert("door".to_owned(), door.name().into());
            d.insert("reference".to_owned(), r.reference.clone().into());
            d.insert("how".to_owned(), how.into());
            d.insert("case_id".to_owned(), case_id.to_string().into());
            e.details = Some(d);
            self.record_own(e, ops::REQUEST_VERIFY, door).await?;
        }
        let title = Text::parse(
            "title",
            &format!("{} — {}", r.kind.label_vi(), r.reference),
            200,
        )?;
        self.open_request_case(org, case_id, &title, r.kind, now, by)
            .await?;
        self.store
            .set_request_case(org, &r.reference, case_id)
            .await?;
        r.case_id = Some(case_id);
        // The reply (Decree 356/2025 Art. 5(2)-(5)): the procedure and the time limits.
        let case = self.store.get_case(org, case_id).await?;
        let scope = self.scope_of(org).await?;
        let limits: Vec<String> = self
            .legal
            .obligations(&case, scope)
            .into_iter()
            .map(|o| format!("- {} ({}): {}", o.title, o.legal_basis, vn_time(o.due)))
            .collect();
        let body = format!(
            "Yêu cầu {reference} ({label}) đã được xác minh và đang được xử lý.\n\n\
             Thời hạn theo quy định:\n{limits}\n\n\
             Tổ chức sẽ gửi kết quả đến địa chỉ thư này. Bạn có thể theo dõi tình trạng yêu cầu bằng mã {reference}.\n\n\
             Your request {reference} was verified; the time limits above apply.\n\n— Khiên\n",
            reference = r.reference,
            label = r.kind.label_vi(),
            limits = limits.join("\n"),
        );
        let replied = self
            .send_to_sender(r, "Đã tiếp nhận yêu cầu", body, Vec::new())
            .await
            == Some(true);
        if replied
            && let Err(e) = crate::cases::apply_transition(
                &*self.store,
                &self.legal,
                org,
                case_id,
                "respond",
                self.now(),
                Text::parse(
                    "note",
                    "Phản hồi tự động qua thư điện tử: thủ tục và thời hạn thực hiện",
                    500,
                )
                .ok(),
                by,
                self.now(),
            )
            .await
        {
            tracing::warn!(error = %e, "the reply could not be recorded on the case");
        }
        Ok(())
    }

    /// Opens what the sender wrote (the caller must hold the key: the organisation's vault).
    fn open_request(&self, r: &PublicRequest) -> Result<Revealed, AppError> {
        let vault = self.vault()?;
        let aad = request_aad(r.org_id, &r.reference);
        let dk = vault
            .keystore
            .unwrap(
                &Wrapped {
                    kek: KekId(r.kek.clone()),
                    bytes: r.wrapped_key.clone(),
                },
                &aad,
            )
            .map_err(crypto)?;
        let plain = Zeroizing::new(envelope::open(&dk, &aad, &r.sealed).map_err(crypto)?);
        let v: Value = serde_json::from_slice(&plain).map_err(|_| AppError::Internal)?;
        let s = |k: &str| {
            v.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        Ok(Revealed {
            contact_email: s("contact_email"),
            subject_reference: s("subject_reference"),
            details: s("details"),
            subject: r.subject.clone(),
        })
    }

    /// E-mails the sender (after verification only): whether it reached the SMTP server.
    async fn send_to_sender(
        &self,
        r: &PublicRequest,
        title: &str,
        body: String,
        attachments: Vec<(String, String, Vec<u8>)>,
    ) -> Option<bool> {
        let mailer = self.mailer.as_ref()?;
        let to = match self.open_request(r) {
            Ok(x) => x.contact_email,
            Err(_) => return Some(false),
        };
        let mail = Mail {
            to,
            subject: format!("[Khiên] {title}: {}", r.reference),
            body,
            attachments,
        };
        match mailer.send(&mail).await {
            Ok(()) => Some(true),
            Err(e) => {
                tracing::warn!(error = %e, "a message to a data subject could not be sent");
                Some(false)
            }
        }
    }

    async fn view(&self, org: OrgId, r: &PublicRequest) -> Result<RequestView, AppError> {
        let deadlines = match r.case_id {
            Some(c) => {
                let case = self.store.get_case(org, c).await?;
                let scope = self.scope_of(org).await?;
                deadlines_of(&self.legal, &case, scope)
            }
            None => Vec::new(),
        };
        Ok(view_of(r, deadlines))
    }

    /// The status of a request by its reference (no login; nothing personal).
    pub async fn public_status(
        &self,
        org: OrgId,
        reference: &str,
        ip: Option<IpAddr>,
    ) -> Result<RequestView, AppError> {
        self.public_rate(ip)?;
        let reference = normalise_reference(reference).ok_or(AppError::NotFound("request"))?;
        let r = self
            .store
            .public_request(org, &reference)
            .await
            .map_err(not_found)?;
        self.view(org, &r).await
    }

    /// The organisation's requests with their time limits (nothing the senders wrote).
    pub async fn request_list(
        &self,
        caller: &Caller,
        org: OrgId,
    ) -> Result<Vec<RequestView>, AppError> {
        let p = self
            .permit(caller, ops::REQUEST_LIST, org, On::default())
            .await?;
        let r = async {
            let requests = self.store.list_public_requests(org).await?;
            let cases = self.store.list_cases(org).await?;
            let scope = self.scope_of(org).await?;
            Ok(requests
                .iter()
                .map(|r| {
                    let d = r
                        .case_id
                        .and_then(|c| cases.iter().find(|x| x.id == c))
                        .map(|case| deadlines_of(&self.legal, case, scope))
                        .unwrap_or_default();
                    view_of(r, d)
                })
                .collect())
        }
        .await;
        self.finish(&p, r).await
    }

    /// One request with what the sender wrote (a decryption, recorded with the subject).
    pub async fn request_get(
        &self,
        caller: &Caller,
        org: OrgId,
        reference: &str,
    ) -> Result<(RequestView, Revealed), AppError> {
        let reference = normalise_reference(reference).ok_or(AppError::NotFound("request"))?;
        let on = On::default().with("reference", reference.clone());
        let p = self.permit(caller, ops::REQUEST_READ, org, on).await?;
        let r = async {
            let r = self
                .store
                .public_request(org, &reference)
                .await
                .map_err(not_found)?;
            let revealed = self.open_request(&r)?;
            Ok((self.view(org, &r).await?, revealed))
        }
        .await;
        self.finish(&p, r).await
    }

    /// Records that staff verified the sender in person (an identity document seen at the
    /// counter, say) and opens the case.
    pub async fn request_verify_in_person(
        &self,
        caller: &Caller,
        org: OrgId,
        reference: &str,
    ) -> Result<RequestView, AppError> {
        let reference = normalise_reference(reference).ok_or(AppError::NotFound("request"))?;
        let on = On::default()
            .with("reference", reference.clone())
            .with("how", "in_person");
        let p = self.permit(caller, ops::REQUEST_VERIFY, org, on).await?;
        let r = async {
            let mut r = self
                .store
                .public_request(org, &reference)
                .await
                .map_err(not_found)?;
            let by = caller.user_id();
            // Verified by a code, the sender proved an address; seen in person, who they are
            // (what carrying the request out needs when the address is not the subject's).
            if r.status == RequestStatus::Verified && r.verified_how.as_deref() == Some("code") {
                r.verified_how = Some("in_person".to_owned());
                r.verified_by = by;
                self.store
                    .update_public_request(&r, RequestStatus::Verified)
                    .await?;
                return self.view(org, &r).await;
            }
            if r.status != RequestStatus::Unverified {
                return Err(AppError::Conflict(
                    "the request is already verified".to_owned(),
                ));
            }
            let door = match caller {
                Caller::User(u) => u.door,
                Caller::Operator { .. } => Door::Cli,
            };
            self.mark_verified(&mut r, "in_person", by, door, true)
                .await?;
            self.view(org, &r).await
        }
        .await;
        self.finish(&p, r).await
    }

    /// Carries out or refuses a verified request, closes its case and e-mails the answer.
    pub async fn request_decide(
        &self,
        caller: &Caller,
        org: OrgId,
        reference: &str,
        decision: Decision,
        reason: &str,
    ) -> Result<Decided, AppError> {
        let reference = normalise_reference(reference).ok_or(AppError::NotFound("request"))?;
        if decision == Decision::Refuse && reason.trim().is_empty() {
            return Err(AppError::invalid(
                "reason",
                "a refusal states its reason (Decree 356/2025 Art. 5)",
            ));
        }
        let reason =
            self.screened_text("reason", reason, 1000, false, "at most 1000 characters")?;
        let on = On::default().with("reference", reference.clone()).with(
            "decision",
            match decision {
                Decision::Approve => "approve",
                Decision::Refuse => "refuse",
            },
        );
        let p = self.permit(caller, ops::REQUEST_DECIDE, org, on).await?;
        let mut r = match self
            .store
            .public_request(org, &reference)
            .await
            .map_err(not_found)
        {
            Ok(r) => r,
            Err(e) => return self.finish(&p, Err(e)).await,
        };
        let Some(case_id) = r.case_id.filter(|_| r.status == RequestStatus::Verified) else {
            let why = if r.status == RequestStatus::Unverified {
                "the sender is not verified yet: nothing is done or disclosed before (a code, or verification in person)"
            } else {
                "the request was already decided"
            };
            return self
                .finish(&p, Err(AppError::Conflict(why.to_owned())))
                .await;
        };
        // Carried out only for the subject: the address the sender proved must be one the
        // organisation holds for them, or the sender was seen in person (Decree 356/2025
        // Art. 5; Law 91/2025 Art. 4).
        if decision == Decision::Approve && r.verified_how.as_deref() == Some("code") {
            let held = match self.open_request(&r) {
                Ok(sent) => {
                    self.address_held(caller, org, &r.subject, &sent.contact_email)
                        .await
                }
                Err(e) => Err(e),
            };
            match held {
                Ok(true) => {}
                Ok(false) => {
                    return self
                        .finish(
                            &p,
                            Err(AppError::Conflict(
                                "the address the sender proved is not one the organisation holds for this data subject: verify the sender in person before carrying the request out (Decree 356/2025 Art. 5)"
                                    .to_owned(),
                            )),
                        )
                        .await;
                }
                Err(e) => return self.finish(&p, Err(e)).await,
            }
        }
        if decision == Decision::Approve && r.kind == RequestKind::Correction && reason.is_empty() {
            return self
                .finish(
                    &p,
                    Err(AppError::invalid(
                        "reason",
                        "state what was corrected (the change itself is made in the systems)",
                    )),
                )
                .await;
        }
        // Claimed first: of two decisions at once one wins; a failure below gives it back.
        let now = self.now();
        let target = match decision {
            Decision::Approve => RequestStatus::Done,
            Decision::Refuse => RequestStatus::Refused,
        };
        r.status = target;
        r.decided_at = Some(now);
        if let Err(e) = self
            .store
            .update_public_request(&r, RequestStatus::Verified)
            .await
        {
            let e = match e {
                StoreError::Conflict(_) => {
                    AppError::Conflict("the request was already decided".to_owned())
                }
                e => e.into(),
            };
            return self.finish(&p, Err(e)).await;
        }
        let mut certificate = None;
        let mut package = None;
        let mut done = reason.clone();
        if decision == Decision::Approve {
            let carried = self.carry_out(caller, &r, case_id).await;
            let (what, cert, pkg) = match carried {
                Ok(x) => x,
                Err(e) => {
                    r.status = RequestStatus::Verified;
                    r.decided_at = None;
                    if let Err(back) = self.store.update_public_request(&r, target).await {
                        tracing::error!(error = %back, "a failed request could not be given back");
                    }
                    return self.finish(&p, Err(e)).await;
                }
            };
            certificate = cert;
            package = pkg;
            if done.is_empty() {
                done = what;
            } else {
                done = format!("{what} {done}");
            }
        }
        let transition = match decision {
            Decision::Approve => "complete",
            Decision::Refuse => "refuse",
        };
        let note = Text::parse("note", &done.chars().take(2000).collect::<String>(), 2000).ok();
        if let Err(e) = crate::cases::apply_transition(
            &*self.store,
            &self.legal,
            org,
            case_id,
            transition,
            now,
            note,
            caller.user_id(),
            now,
        )
        .await
        {
            // Done and recorded on the request; the case was moved by hand meanwhile.
            tracing::warn!(error = %e, "a decided request's case could not be closed");
        }
        r.reason = Some(done.clone());
        if let Err(e) = self.store.update_public_request(&r, target).await {
            return self.finish(&p, Err(e.into())).await;
        }
        // The answer.
        let mut attachments = Vec::new();
        if let Some(c) = &certificate {
            attachments.push((
                "chung-nhan-huy-du-lieu.p7m".to_owned(),
                "application/pkcs7-mime".to_owned(),
                c.clone(),
            ));
        }
        if let Some(pk) = &package {
            attachments.push((
                "du-lieu-ca-nhan.p7m".to_owned(),
                "application/pkcs7-mime".to_owned(),
                pk.clone(),
            ));
        }
        let verdict = match decision {
            Decision::Approve => "đã được thực hiện",
            Decision::Refuse => "bị từ chối",
        };
        let body = format!(
            "Yêu cầu {reference} ({label}) {verdict}.\n\n{why_label}: {done}\n\n{files}\
             Your request {reference} was {verdict_en}.\n\n— Khiên\n",
            label = r.kind.label_vi(),
            why_label = if decision == Decision::Refuse {
                "Lý do"
            } else {
                "Kết quả"
            },
            files = if attachments.is_empty() {
                String::new()
            } else {
                "Tệp đính kèm được tổ chức ký số (CMS); kiểm tra bằng `openssl cms -verify -inform DER -in <tệp> -noverify`.\n\n".to_owned()
            },
            verdict_en = if decision == Decision::Refuse {
                "refused"
            } else {
                "carried out"
            },
        );
        let answered = self
            .send_to_sender(&r, "Kết quả xử lý yêu cầu", body, attachments)
            .await;
        if answered == Some(true) {
            let before = r.status;
            r.answered_at = Some(self.now());
            if let Err(e) = self.store.update_public_request(&r, before).await {
                tracing::warn!(error = %e, "the answer's time could not be recorded");
            }
        }
        let view = self.view(org, &r).await;
        let view = self.finish(&p, view).await?;
        Ok(Decided {
            view,
            certificate,
            package,
            answered,
        })
    }

    /// Does what an approved request asks, each step its own decision in the log: what was
    /// done (in words), the destruction certificate, the subject's data.
    async fn carry_out(
        &self,
        caller: &Caller,
        r: &PublicRequest,
        case_id: CaseId,
    ) -> Result<(String, Option<Vec<u8>>, Option<Vec<u8>>), AppError> {
        let org = r.org_id;
        let now = self.now();
        match r.kind {
            RequestKind::Deletion => {
                let d = self
                    .vault_destroy(
                        caller,
                        org,
                        &r.subject,
                        "Yêu cầu xóa dữ liệu cá nhân của chủ thể dữ liệu (Điều 14 Luật 91/2025)",
                        Some(case_id),
                    )
                    .await;
                match d {
                    Ok(d) => Ok((
                        format!(
                            "Dữ liệu của chủ thể trong kho đã bị hủy ({} bản ghi); giấy chứng nhận hủy được ký số, mục nhật ký {}.",
                            d.records, d.log_index
                        ),
                        Some(d.certificate),
                        None,
                    )),
                    Err(AppError::NotFound(_)) => Ok((
                        "Kho dữ liệu không lưu dữ liệu nào của chủ thể này.".to_owned(),
                        None,
                        None,
                    )),
                    Err(AppError::Gone(_)) => Ok((
                        "Dữ liệu của chủ thể đã bị hủy trước đó.".to_owned(),
                        None,
                        None,
                    )),
                    Err(e) => Err(e),
                }
            }
            RequestKind::Restriction | RequestKind::Objection => {
                self.restrict(org, &r.subject, "*", r.kind, case_id, now)
                    .await?;
                Ok((
                    "Kho dữ liệu ngừng cung cấp dữ liệu của chủ thể cho mọi mục đích xử lý."
                        .to_owned(),
                    None,
                    None,
                ))
            }
            RequestKind::Withdrawal => {
                let consents = self.store.list_consents(org, Some(&r.subject)).await?;
                let mut n = 0;
                for c in consents.iter().filter(|c| c.withdrawn_at.is_none()) {
                    let c = match self
                        .store
                        .withdraw_consent(org, c.id, now, Some(case_id))
                        .await
                    {
                        Ok(c) => c,
                        Err(StoreError::Conflict(_)) => continue,
                        Err(e) => return Err(e.into()),
                    };
                    for purpose in &c.purposes {
                        self.restrict(org, &r.subject, purpose, r.kind, case_id, now)
                            .await?;
                    }
                    self.tell_systems(&c, case_id).await;
                    n += 1;
                }
                let what = if n == 0 {
                    "Sổ theo dõi sự đồng ý không có sự đồng ý còn hiệu lực nào của chủ thể; việc ngừng xử lý dựa trên sự đồng ý được thực hiện trong các hệ thống xử lý.".to_owned()
                } else {
                    format!(
                        "Đã rút lại {n} sự đồng ý; kho dữ liệu ngừng cung cấp dữ liệu cho các mục đích đó."
                    )
                };
                Ok((what, None, None))
            }
            RequestKind::Access | RequestKind::Portability => {
                let pkg = self
                    .subject_export(caller, org, &r.subject, &r.reference)
                    .await?;
                Ok((
                    "Dữ liệu cá nhân của chủ thể và thông tin về hoạt động xử lý được gửi kèm, có chữ ký số của tổ chức.".to_owned(),
                    None,
                    Some(pkg),
                ))
            }
            RequestKind::Correction => Ok(("Đã chỉnh sửa:".to_owned(), None, None)),
        }
    }

    /// Opens the subject request case of a request of `kind` received at `at`, with the
    /// events that start its clocks (Decree 356/2025 Art. 5).
    pub(crate) async fn open_request_case(
        &self,
        org: OrgId,
        case_id: CaseId,
        title: &Text,
        kind: RequestKind,
        at: OffsetDateTime,
        by: Option<UserId>,
    ) -> Result<(), AppError> {
        let events: Vec<EventDraft> = kind
            .triggers()
            .iter()
            .map(|t| EventDraft {
                trigger: (*t).to_owned(),
                at,
                note: None,
                quantity: None,
            })
            .collect();
        crate::cases::open_case(
            &*self.store,
            &self.legal,
            org,
            case_id,
            "subject_request",
            title,
            &std::collections::BTreeMap::new(),
            &events,
            by,
            self.now(),
        )
        .await?;
        Ok(())
    }

    /// Whether an address is among the subject's vault records (a decryption, recorded with
    /// the subject).
    async fn address_held(
        &self,
        caller: &Caller,
        org: OrgId,
        subject: &str,
        address: &str,
    ) -> Result<bool, AppError> {
        let vault = self.vault()?;
        let on = On {
            subject: Some(subject.to_owned()),
            ..On::default()
        }
        .with("purpose", "identity_check");
        let p = self.permit(caller, ops::REQUEST_MATCH, org, on).await?;
        let r = async {
            let wanted = address.trim();
            Ok(self
                .open_subject_records(vault, org, subject)
                .await?
                .iter()
                .flat_map(|(_, fields)| fields.values())
                .filter_map(|v| v.as_str())
                .any(|v| v.trim().eq_ignore_ascii_case(wanted)))
        }
        .await;
        self.finish(&p, r).await
    }

    async fn restrict(
        &self,
        org: OrgId,
        subject: &str,
        purpose: &str,
        kind: RequestKind,
        case_id: CaseId,
        since: OffsetDateTime,
    ) -> Result<(), AppError> {
        Ok(self
            .store
            .add_restriction(&Restriction {
                org_id: org,
                subject: subject.to_owned(),
                purpose: purpose.to_owned(),
                kind,
                case_id: Some(case_id),
                since,
            })
            .await?)
    }

    /// The subject's data (every record the vault holds of them, decrypted: one decision
    /// recorded as a decryption with the subject) and the organisation's processing
    /// activities, as JSON signed by the organisation (CMS SignedData, DER).
    async fn subject_export(
        &self,
        caller: &Caller,
        org: OrgId,
        subject: &str,
        reference: &str,
    ) -> Result<Vec<u8>, AppError> {
        let vault = self.vault()?;
        let records = self.store.subject_records(org, subject).await?;
        let on = On {
            subject: Some(subject.to_owned()),
            ..On::default()
        }
        .with("reference", reference.to_owned())
        .with("records", records);
        let p = self.permit(caller, ops::REQUEST_EXPORT, org, on).await?;
        let r = async {
            let records: Vec<Value> = self
                .open_subject_records(vault, org, subject)
                .await?
                .into_iter()
                .map(|(record, fields)| {
                    serde_json::json!({
                        "collection": record.collection,
                        "created_at": rfc3339(record.created_at),
                        "fields": fields,
                    })
                })
                .collect();
            let activities = self.store.list_activities(org).await?;
            let o = self.store.get_organisation(org).await?;
            let now = self.now();
            let doc = serde_json::json!({
                "type": "khien/subject-data/v1",
                "title": "Dữ liệu cá nhân của chủ thể dữ liệu",
                "legal_basis": "Luật 91/2025/QH15 Điều 4 khoản 1; Nghị định 356/2025/NĐ-CP Điều 5 khoản 3",
                "organisation": { "id": org.to_string(), "name": o.details.name.as_str() },
                "request": reference,
                "subject": subject,
                "created_at": rfc3339(now),
                "records": records,
                "processing_activities": activities.iter().map(|a| serde_json::json!({
                    "name": a.details.name.as_str(),
                    "purpose": a.details.purpose.as_str(),
                    "legal_basis": a.details.legal_basis.code(),
                    "legal_basis_label": a.details.legal_basis.label_vi(),
                    "cross_border": a.details.cross_border,
                })).collect::<Vec<_>>(),
            });
            let content = Zeroizing::new(serde_json::to_vec_pretty(&doc).map_err(|_| AppError::Internal)?);
            drop(records);
            let identity = self.signing_identity(vault, org).await?;
            khien_crypto::cms::sign(&identity, &content, now).map_err(crypto)
        }
        .await;
        self.finish(&p, r).await
    }
}

/// A request unknown is "not found" (whatever the store's wording).
fn not_found(e: StoreError) -> AppError {
    match e {
        StoreError::NotFound(_) => AppError::NotFound("request"),
        e => e.into(),
    }
}

fn deadlines_of(legal: &crate::Legal, case: &Case, scope: khien_calendar::Scope) -> Vec<Deadline> {
    legal
        .obligations(case, scope)
        .into_iter()
        .map(Deadline::from)
        .collect()
}

fn view_of(r: &PublicRequest, deadlines: Vec<Deadline>) -> RequestView {
    RequestView {
        reference: r.reference.clone(),
        kind: r.kind,
        status: r.status,
        received_at: r.received_at,
        verified_at: r.verified_at,
        verified_how: r.verified_how.clone(),
        case_id: r.case_id,
        deadlines,
        decided_at: r.decided_at,
        outcome: r.reason.clone(),
        answered_at: r.answered_at,
        attempts: r.attempts,
    }
}

/// An instant as people in Vietnam read it.
pub(crate) fn vn_time(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::macros::offset!(+7));
    format!(
        "{:02}:{:02} ngày {:02}/{:02}/{}",
        t.hour(),
        t.minute(),
        t.day(),
        u8::from(t.month()),
        t.year()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_group_a_household_or_an_office() {
        let a: IpAddr = "203.0.113.7".parse().unwrap();
        let b: IpAddr = "203.0.113.250".parse().unwrap();
        let c: IpAddr = "203.0.114.7".parse().unwrap();
        assert_eq!(network_of(Some(a)), network_of(Some(b)));
        assert_ne!(network_of(Some(a)), network_of(Some(c)));
        let m: IpAddr = "::ffff:203.0.113.9".parse().unwrap();
        assert_eq!(network_of(Some(m)), network_of(Some(a)));
        let v6: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        assert_eq!(network_of(Some(v6)), "2001:db8:1::/48");
    }

    #[test]
    fn references_are_recognised_in_any_case_and_nothing_else_is() {
        assert_eq!(
            normalise_reference(" yc-7k3m-q2z9-0abc "),
            Some("YC-7K3M-Q2Z9-0ABC".to_owned())
        );
        assert_eq!(normalise_reference("YC-7K3M-Q2Z9-0AB"), None);
        assert_eq!(
            normalise_reference("YC-7K3M-Q2Z9-0ABU"),
            None,
            "U is not Crockford"
        );
        assert_eq!(normalise_reference("'; DROP TABLE"), None);
    }

    #[test]
    fn the_network_rate_resets_each_minute() {
        let r = PublicRate::default();
        let t = OffsetDateTime::UNIX_EPOCH + Duration::minutes(10);
        for _ in 0..CALLS_PER_NETWORK_PER_MINUTE {
            assert!(r.hit("n", t).is_ok());
        }
        assert!(r.hit("n", t).is_err());
        assert!(r.hit("other", t).is_ok());
        assert!(r.hit("n", t + Duration::minutes(1)).is_ok());
    }

    #[test]
    fn digests_are_compared_whole() {
        assert!(same("ps1:abc", "ps1:abc"));
        assert!(!same("ps1:abc", "ps1:abd"));
        assert!(!same("ps1:abc", "ps1:ab"));
    }
}
