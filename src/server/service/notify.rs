//! Telling partners: what happened ([`Event`]) is written, in the transaction of the
//! change itself, as a notification for each recipient and an e-mail in the outbox
//! (with a job to deliver it). Recipients: the organization's Global admins and MPN
//! partner admins, and the user who placed the order.
//!
//! Events carry data, not text: the notification is worded when it is shown and the
//! e-mail when it is sent, each in its reader's language.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

use super::Result;
use crate::domain::money::Money;
use crate::domain::offer::OfferKind;
use crate::domain::order::DeclineCode;
use crate::server::store::jobs::{self, NewJob};
use crate::server::store::outbox::{self, NewMail};
use crate::server::store::{notifications, users};

/// Something a partner is told about, in the portal and by e-mail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum Event {
    /// A partner's order is placed (card charged, or awaiting the bank transfer).
    OrderPlaced {
        /// `None` for a first purchase awaiting its transfer.
        subscription_id: Option<i64>,
        offer: OfferKind,
        order_number: String,
        invoice_number: String,
        total: Money,
        new_anniversary: NaiveDate,
        /// For a bank transfer: the payment reference and the due date.
        transfer: Option<(String, NaiveDate)>,
    },
    /// Rule 7: the stored card was charged on A + 1; the subscription is renewed.
    AutomaticRenewalCharged { subscription_id: i64, offer: OfferKind, invoice_number: String, total: Money, new_anniversary: NaiveDate },
    /// The card was declined; another attempt follows.
    AutomaticRenewalDeclined { subscription_id: i64, offer: OfferKind, decline: DeclineCode, next_attempt: NaiveDate },
    /// The last attempt was declined: automatic renewal is off; renew by hand.
    AutomaticRenewalStopped { subscription_id: i64, offer: OfferKind, decline: DeclineCode, closes_on: NaiveDate },
    /// Automatic renewal is on but no card is on file: renew by hand.
    RenewByHand { subscription_id: i64, offer: OfferKind, closes_on: NaiveDate },
    /// A − 15 with automatic renewal on: the card will be charged.
    ChargeSoon { subscription_id: i64, offer: OfferKind, charge_on: NaiveDate, total: Money, card: crate::domain::order::MaskedCard },
    /// A − 15 with automatic renewal off (rules 6 and 7): it expires; renew in the window.
    ExpiresSoon { subscription_id: i64, offer: OfferKind, expires_on: NaiveDate, opens_on: NaiveDate, closes_on: NaiveDate },
    /// A + 23, not renewed: the window closes soon.
    WindowClosing { subscription_id: i64, offer: OfferKind, closes_on: NaiveDate },
    /// A + 31: lapsed; benefits and the competency are lost.
    Lapsed { subscription_id: i64, offer: OfferKind, lapsed_on: NaiveDate },
    /// Network staff received the bank transfer: the order is paid.
    TransferReceived { subscription_id: i64, offer: OfferKind, order_number: String, invoice_number: String, total: Money, new_anniversary: NaiveDate },
    /// 7 days before the transfer's due date.
    TransferDueSoon { subscription_id: Option<i64>, offer: OfferKind, order_number: String, total: Money, reference: String, due_on: NaiveDate },
    /// The transfer did not come: the order is cancelled with a credit note.
    TransferCancelled { subscription_id: Option<i64>, offer: OfferKind, order_number: String, credit_note_number: String, total: Money },
    /// Network support replied to a support request.
    SupportReplied { request_id: i64, subject: String },
    /// Network support completed a cancellation, effective on a day, maybe refunded.
    CancellationCompleted { request_id: i64, subscription_id: i64, offer: OfferKind, effective_on: NaiveDate, refunded: Option<Money> },
    /// Network support declined a cancellation; the subscription goes on.
    CancellationDeclined { request_id: i64, subscription_id: i64, offer: OfferKind },
    /// The organization's VAT ID was verified (reverse charge applies from now on) or
    /// rejected, by a Support agent or VIES.
    VatIdDecided { vat_id: String, state: crate::domain::validation::VatIdState },
}

impl Event {
    /// The portal page the event links to.
    pub fn link(&self) -> String {
        match self {
            Event::TransferCancelled { .. } => "/invoices".to_string(),
            Event::SupportReplied { request_id, .. }
            | Event::CancellationCompleted { request_id, .. }
            | Event::CancellationDeclined { request_id, .. } => format!("/support/{request_id}"),
            Event::VatIdDecided { .. } => "/profile".to_string(),
            other => match other.subscription_id() {
                Some(id) => format!("/offers/{id}"),
                None => "/invoices".to_string(),
            },
        }
    }

    /// The subscription the event is about.
    pub fn subscription_id(&self) -> Option<i64> {
        match self {
            Event::OrderPlaced { subscription_id, .. }
            | Event::TransferDueSoon { subscription_id, .. }
            | Event::TransferCancelled { subscription_id, .. } => *subscription_id,
            Event::AutomaticRenewalCharged { subscription_id, .. }
            | Event::AutomaticRenewalDeclined { subscription_id, .. }
            | Event::AutomaticRenewalStopped { subscription_id, .. }
            | Event::RenewByHand { subscription_id, .. }
            | Event::ChargeSoon { subscription_id, .. }
            | Event::ExpiresSoon { subscription_id, .. }
            | Event::WindowClosing { subscription_id, .. }
            | Event::Lapsed { subscription_id, .. }
            | Event::TransferReceived { subscription_id, .. }
            | Event::CancellationCompleted { subscription_id, .. }
            | Event::CancellationDeclined { subscription_id, .. } => Some(*subscription_id),
            Event::SupportReplied { .. } | Event::VatIdDecided { .. } => None,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Option<Event> {
        serde_json::from_str(text).ok()
    }
}

/// The job kind that delivers one e-mail of the outbox.
pub const DELIVER_MAIL: &str = "deliver-mail";
/// Attempts to deliver an e-mail before it is given up.
pub const MAIL_ATTEMPTS: i64 = 8;

/// The payload of a [`DELIVER_MAIL`] job.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeliverMail {
    pub outbox_key: String,
}

/// Records `event` (once per `key`) for the organization's recipients, inside the
/// caller's transaction: a notification and an e-mail for each, and the jobs that
/// deliver the e-mails. `invoice_id` is attached to the e-mails as a PDF.
pub async fn record(
    tx: &mut AnyConnection,
    organization_id: i64,
    placed_by: Option<i64>,
    event: &Event,
    key: &str,
    invoice_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    let json = event.to_json();
    let at = now.to_rfc3339();
    for recipient in users::recipients(&mut *tx, organization_id, placed_by).await? {
        let unique = format!("{key}:user-{}", recipient.user_id);
        notifications::insert(&mut *tx, organization_id, recipient.user_id, &json, &unique, &at).await?;
        let mail = NewMail {
            unique_key: &unique,
            organization_id,
            user_id: recipient.user_id,
            to_address: &recipient.email,
            lang: &recipient.lang,
            event: &json,
            invoice_id,
            at: &at,
        };
        if outbox::insert(&mut *tx, &mail).await? {
            let payload = serde_json::to_string(&DeliverMail { outbox_key: unique.clone() }).unwrap_or_default();
            let job = NewJob {
                kind: DELIVER_MAIL,
                payload: &payload,
                unique_key: &format!("mail:{unique}"),
                subject: None,
                due_at: now,
                max_attempts: MAIL_ATTEMPTS,
            };
            jobs::enqueue(&mut *tx, &job, now).await?;
        }
    }
    Ok(())
}
