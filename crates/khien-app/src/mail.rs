//! Messages to people outside Khiên: e-mail to data subjects (one-time codes, answers to their
//! requests, breach notices) and the webhook that tells the organisation's systems a consent
//! was withdrawn. Errors name the kind of failure, never an address or the server's text.

use async_trait::async_trait;

/// One e-mail.
#[derive(Clone)]
pub struct Mail {
    /// The recipient (several: separated by commas).
    pub to: String,
    /// The subject line.
    pub subject: String,
    /// The plain-text body.
    pub body: String,
    /// Files attached: name, MIME type, bytes (a signed certificate, the subject's data).
    pub attachments: Vec<(String, String, Vec<u8>)>,
}

impl std::fmt::Debug for Mail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The recipient and the body are personal data.
        f.debug_struct("Mail")
            .field("subject", &self.subject)
            .finish_non_exhaustive()
    }
}

/// Sends e-mail.
#[async_trait]
pub trait Mailer: Send + Sync {
    /// Sends one message; the error says what kind of failure it was.
    async fn send(&self, mail: &Mail) -> Result<(), String>;
}

/// Sends through an SMTP server (lettre).
pub struct SmtpMailer {
    transport: lettre::AsyncSmtpTransport<lettre::Tokio1Executor>,
    from: lettre::message::Mailbox,
}

impl std::fmt::Debug for SmtpMailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The transport holds credentials: never print it.
        f.debug_struct("SmtpMailer").finish_non_exhaustive()
    }
}

impl SmtpMailer {
    /// A mailer through `url` (`smtps://user:pass@host:465`, `smtp://user:pass@host:587?tls=required`
    /// or `smtp://host:25` for a local relay), sending as `from`.
    pub fn new(url: &str, from: &str) -> Result<Self, String> {
        let transport = lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(url)
            .map_err(|_| {
                "the SMTP URL is not valid (smtps://user:pass@host:465 or smtp://host:25)"
                    .to_owned()
            })?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        let from = from
            .parse()
            .map_err(|_| "the sender is not a valid e-mail address".to_owned())?;
        Ok(Self { transport, from })
    }
}

#[async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, mail: &Mail) -> Result<(), String> {
        use lettre::AsyncTransport as _;
        let to: Vec<lettre::message::Mailbox> = mail
            .to
            .split(',')
            .map(|a| {
                a.trim()
                    .parse()
                    .map_err(|_| "the recipient is not a valid e-mail address".to_owned())
            })
            .collect::<Result<_, _>>()?;
        use lettre::message::{Attachment, MultiPart, SinglePart, header::ContentType};
        let mut builder = lettre::Message::builder()
            .from(self.from.clone())
            .subject(mail.subject.clone());
        for t in to {
            builder = builder.to(t);
        }
        let message = if mail.attachments.is_empty() {
            builder
                .header(ContentType::TEXT_PLAIN)
                .body(mail.body.clone())
        } else {
            let mut parts = MultiPart::mixed().singlepart(SinglePart::plain(mail.body.clone()));
            for (name, mime, bytes) in &mail.attachments {
                let mime = ContentType::parse(mime)
                    .map_err(|_| "an attachment's type is not valid".to_owned())?;
                parts = parts.singlepart(Attachment::new(name.clone()).body(bytes.clone(), mime));
            }
            builder.multipart(parts)
        }
        .map_err(|_| "the e-mail could not be built".to_owned())?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| {
            format!(
                "the SMTP server refused or could not be reached: {}",
                smtp_error_kind(&e)
            )
        })
    }
}

/// Where the organisation's systems hear that a consent was withdrawn (Law 91/2025 Art. 10(3):
/// the processors are asked to stop).
#[async_trait]
pub trait SystemsHook: Send + Sync {
    /// Delivers one event (JSON without personal data: the subject by pseudonym).
    async fn deliver(&self, event: &serde_json::Value) -> Result<(), String>;
}

/// POSTs each event as JSON to a URL.
#[derive(Debug)]
pub struct WebhookHook {
    url: String,
    client: reqwest::Client,
}

impl WebhookHook {
    /// A webhook to `url` (http or https), with a 10-second timeout.
    pub fn new(url: &str) -> Result<Self, String> {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err("the webhook URL must start with http:// or https://".to_owned());
        }
        let client = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .map_err(|_| "the HTTP client could not be built".to_owned())?;
        Ok(Self {
            url: url.to_owned(),
            client,
        })
    }
}

#[async_trait]
impl SystemsHook for WebhookHook {
    async fn deliver(&self, event: &serde_json::Value) -> Result<(), String> {
        let resp = self
            .client
            .post(&self.url)
            .json(event)
            .send()
            .await
            .map_err(|e| format!("webhook unreachable: {}", e.without_url()))?;
        if resp.status().is_success() {
            Ok(())
        } else {
            Err(format!("webhook answered {}", resp.status()))
        }
    }
}

/// The kind of an SMTP failure, without the server's text (which may quote addresses).
pub(crate) fn smtp_error_kind(e: &lettre::transport::smtp::Error) -> &'static str {
    if e.is_permanent() {
        "permanent error"
    } else if e.is_transient() {
        "transient error"
    } else if e.is_timeout() {
        "timeout"
    } else if e.is_tls() {
        "TLS error"
    } else {
        "connection error"
    }
}
