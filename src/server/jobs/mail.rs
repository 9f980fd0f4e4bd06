//! Delivering one e-mail of the outbox: worded in the recipient's language when it is
//! sent, the invoice PDF attached where there is one.

use crate::i18n::Lang;
use crate::server::mail::Outgoing;
use crate::server::present::events::mail;
use crate::server::present::invoice_pdf::render_pdf;
use crate::server::service::notify::{DeliverMail, Event};
use crate::server::state::AppState;
use crate::server::store::invoices;
use crate::server::store::outbox::{self, MailStatus};

pub async fn deliver(state: &AppState, job: &DeliverMail) -> Result<String, String> {
    let pool = state.core.db.pool();
    let row = outbox::by_key(pool, &job.outbox_key).await.map_err(|e| e.to_string())?;
    let Some(row) = row else { return Ok("message gone".into()) };
    if row.status.0 == MailStatus::Sent {
        return Ok("already sent".into());
    }
    let event = Event::from_json(&row.event).ok_or_else(|| format!("outbox {}: the event cannot be read", row.id))?;
    let lang = Lang::parse(&row.lang).unwrap_or_default();
    let i18n = state.locales().i18n(lang);
    let attachment = match row.invoice_id {
        Some(id) => {
            let invoice = invoices::invoice(pool, row.organization_id, id).await.map_err(|e| e.to_string())?.ok_or("the invoice is gone")?;
            let (font, formatters, pdf_i18n) = (state.invoice_font.clone(), state.formatters.clone(), i18n.clone());
            let number = invoice.number.clone();
            let bytes = tokio::task::spawn_blocking(move || render_pdf(&invoice, &pdf_i18n, formatters.get(lang), &font))
                .await
                .map_err(|e| e.to_string())?
                .map_err(|e| e.to_string())?;
            Some((format!("invoice-{number}.pdf"), bytes))
        }
        None => None,
    };
    let config = &state.core.config;
    let worded = mail(&event, &i18n, state.formatters.get(lang), &config.public_url, attachment.is_some());
    let outgoing = Outgoing { to: &row.to_address, subject: &worded.subject, text: &worded.text, html: &worded.html, attachment };
    state.mailer.send(&config.mail_from, outgoing).await.map_err(|e| e.to_string())?;
    outbox::set_status(pool, row.id, MailStatus::Sent, &state.core.clock.now().to_rfc3339()).await.map_err(|e| e.to_string())?;
    Ok(format!("outbox {} sent", row.id))
}
