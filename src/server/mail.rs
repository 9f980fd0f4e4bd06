//! Sending e-mail: through SMTP when `SMTP_URL` is set, else written as `.eml` files
//! under the outbox folder (`data/outbox/` by default), the embedded default.

use std::path::PathBuf;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Why a message could not be sent (the job runner retries).
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid address or message: {0}")]
    Message(String),
    #[error("SMTP: {0}")]
    Smtp(String),
    #[error("writing the .eml file: {0}")]
    File(String),
    #[error("SMTP_URL must look like smtp://host:port or smtps://host:port, got {0:?}")]
    Url(String),
}

/// A message to send.
pub struct Outgoing<'a> {
    pub to: &'a str,
    pub subject: &'a str,
    pub text: &'a str,
    pub html: &'a str,
    /// A PDF to attach: file name and bytes.
    pub attachment: Option<(String, Vec<u8>)>,
}

#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Smtp(_) => f.write_str("Mailer::Smtp"),
            Mailer::Files(dir) => write!(f, "Mailer::Files({})", dir.display()),
        }
    }
}

impl Mailer {
    /// SMTP for `smtp://host:port` (plain, for a local relay or sink) or
    /// `smtps://user:password@host:port` (TLS); `.eml` files in `outbox` otherwise.
    pub fn from_settings(smtp_url: Option<&str>, outbox: PathBuf) -> Result<Mailer, MailError> {
        let Some(url) = smtp_url.filter(|u| !u.trim().is_empty()) else { return Ok(Mailer::Files(outbox)) };
        let parsed = url::Url::parse(url).map_err(|_| MailError::Url(url.to_string()))?;
        let host = parsed.host_str().ok_or_else(|| MailError::Url(url.to_string()))?.to_string();
        let transport = match parsed.scheme() {
            "smtp" => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host).port(parsed.port().unwrap_or(25)).build(),
            "smtps" => {
                let mut builder =
                    AsyncSmtpTransport::<Tokio1Executor>::relay(&host).map_err(|e| MailError::Smtp(e.to_string()))?.port(parsed.port().unwrap_or(465));
                if !parsed.username().is_empty() {
                    let password = parsed.password().unwrap_or_default().to_string();
                    builder = builder.credentials(lettre::transport::smtp::authentication::Credentials::new(parsed.username().to_string(), password));
                }
                builder.build()
            }
            _ => return Err(MailError::Url(url.to_string())),
        };
        Ok(Mailer::Smtp(transport))
    }

    /// Sends `mail` from `from`.
    pub async fn send(&self, from: &str, mail: Outgoing<'_>) -> Result<(), MailError> {
        let from: Mailbox = from.parse().map_err(|e: lettre::address::AddressError| MailError::Message(e.to_string()))?;
        let to: Mailbox = mail.to.parse().map_err(|e: lettre::address::AddressError| MailError::Message(e.to_string()))?;
        let alternative = MultiPart::alternative()
            .singlepart(SinglePart::builder().header(ContentType::TEXT_PLAIN).body(mail.text.to_string()))
            .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(mail.html.to_string()));
        let body = match mail.attachment {
            Some((name, bytes)) => {
                let pdf = ContentType::parse("application/pdf").map_err(|e| MailError::Message(e.to_string()))?;
                MultiPart::mixed().multipart(alternative).singlepart(Attachment::new(name).body(bytes, pdf))
            }
            None => alternative,
        };
        let message = Message::builder().from(from).to(to).subject(mail.subject).multipart(body).map_err(|e| MailError::Message(e.to_string()))?;
        match self {
            Mailer::Smtp(transport) => transport.send(message).await.map(|_| ()).map_err(|e| MailError::Smtp(e.to_string())),
            Mailer::Files(dir) => {
                tokio::fs::create_dir_all(dir).await.map_err(|e| MailError::File(e.to_string()))?;
                AsyncFileTransport::<Tokio1Executor>::new(dir).send(message).await.map(|_| ()).map_err(|e| MailError::File(e.to_string()))
            }
        }
    }
}
