//! Events worded for their reader: the sentence of a notification, and the e-mail
//! (subject, plain text and HTML) in the recipient's language.

use chrono::NaiveDate;

use crate::domain::money::Money;
use crate::domain::offer::OfferKind;
use crate::domain::validation::VatIdState;
use crate::i18n::format::Formatter;
use crate::i18n::{arg, I18n};
use crate::server::service::notify::Event;
use crate::view::labels::{decline_reason_id, offer_name};
use crate::view::notice::NoticeArg;
use crate::view::Notice;

fn text(value: String) -> NoticeArg {
    NoticeArg::Text(value)
}

/// The sentence of an event, with its arguments formatted for `fmt`'s language.
pub fn sentence(event: &Event, i18n: &I18n, fmt: &Formatter) -> Notice {
    let offer = |offer: &OfferKind| ("offer".to_string(), text(offer_name(i18n, *offer)));
    let date = |name: &str, day: &NaiveDate| (name.to_string(), text(fmt.date(*day)));
    let amount = |total: &Money| ("amount".to_string(), text(super::money(fmt, *total)));
    let reason = |code| ("reason".to_string(), text(i18n.t(decline_reason_id(code))));
    let (id, args) = match event {
        Event::OrderPlaced { offer: o, order_number, total, new_anniversary, transfer: None, .. } => (
            crate::fl!("event-order-placed"),
            vec![offer(o), ("number".into(), text(order_number.clone())), amount(total), date("date", new_anniversary)],
        ),
        Event::OrderPlaced { offer: o, order_number, total, transfer: Some((reference, due)), .. } => (
            crate::fl!("event-order-awaiting-transfer"),
            vec![offer(o), ("number".into(), text(order_number.clone())), amount(total), ("reference".into(), text(reference.clone())), date("date", due)],
        ),
        Event::AutomaticRenewalCharged { offer: o, total, new_anniversary, .. } => {
            (crate::fl!("event-automatic-renewal-charged"), vec![offer(o), amount(total), date("date", new_anniversary)])
        }
        Event::AutomaticRenewalDeclined { offer: o, decline, next_attempt, .. } => {
            (crate::fl!("event-automatic-renewal-declined"), vec![offer(o), reason(*decline), date("date", next_attempt)])
        }
        Event::AutomaticRenewalStopped { offer: o, decline, closes_on, .. } => {
            (crate::fl!("event-automatic-renewal-stopped"), vec![offer(o), reason(*decline), date("date", closes_on)])
        }
        Event::RenewByHand { offer: o, closes_on, .. } => (crate::fl!("event-renew-by-hand"), vec![offer(o), date("date", closes_on)]),
        Event::ChargeSoon { offer: o, charge_on, total, card, .. } => {
            (crate::fl!("event-charge-soon"), vec![offer(o), date("date", charge_on), amount(total), ("card".into(), text(super::card(i18n, card)))])
        }
        Event::ExpiresSoon { offer: o, expires_on, opens_on, closes_on, .. } => {
            (crate::fl!("event-expires-soon"), vec![offer(o), date("date", expires_on), date("opens", opens_on), date("closes", closes_on)])
        }
        Event::WindowClosing { offer: o, closes_on, .. } => (crate::fl!("event-window-closing"), vec![offer(o), date("date", closes_on)]),
        Event::Lapsed { offer: o, lapsed_on, .. } => (crate::fl!("event-lapsed"), vec![offer(o), date("date", lapsed_on)]),
        Event::TransferReceived { offer: o, order_number, total, new_anniversary, .. } => (
            crate::fl!("event-transfer-received"),
            vec![offer(o), ("number".into(), text(order_number.clone())), amount(total), date("date", new_anniversary)],
        ),
        Event::TransferDueSoon { offer: o, order_number, total, reference, due_on, .. } => (
            crate::fl!("event-transfer-due-soon"),
            vec![offer(o), ("number".into(), text(order_number.clone())), amount(total), ("reference".into(), text(reference.clone())), date("date", due_on)],
        ),
        Event::TransferCancelled { offer: o, order_number, credit_note_number, .. } => (
            crate::fl!("event-transfer-cancelled"),
            vec![offer(o), ("number".into(), text(order_number.clone())), ("credit".into(), text(credit_note_number.clone()))],
        ),
        Event::SupportReplied { request_id, subject, .. } => (
            crate::fl!("event-support-replied"),
            vec![("number".into(), text(super::support::request_number(*request_id))), ("subject".into(), text(subject.clone()))],
        ),
        Event::CancellationCompleted { offer: o, effective_on, refunded: None, .. } => {
            (crate::fl!("event-cancellation-completed"), vec![offer(o), date("date", effective_on)])
        }
        Event::CancellationCompleted { offer: o, effective_on, refunded: Some(total), .. } => {
            (crate::fl!("event-cancellation-completed-refunded"), vec![offer(o), date("date", effective_on), amount(total)])
        }
        Event::VatIdDecided { vat_id, state: VatIdState::Verified } => (crate::fl!("event-vat-id-verified"), vec![("id".into(), text(vat_id.clone()))]),
        Event::VatIdDecided { vat_id, .. } => (crate::fl!("event-vat-id-rejected"), vec![("id".into(), text(vat_id.clone()))]),
        Event::CancellationDeclined { offer: o, request_id, .. } => {
            (crate::fl!("event-cancellation-declined"), vec![offer(o), ("number".into(), text(super::support::request_number(*request_id)))])
        }
    };
    Notice { id: id.to_string(), args }
}

/// The subject line's message id of an event.
fn subject_id(event: &Event) -> &'static str {
    match event {
        Event::OrderPlaced { transfer: None, .. } => crate::fl!("mail-subject-order-placed"),
        Event::OrderPlaced { transfer: Some(_), .. } => crate::fl!("mail-subject-order-awaiting-transfer"),
        Event::AutomaticRenewalCharged { .. } => crate::fl!("mail-subject-automatic-renewal-charged"),
        Event::AutomaticRenewalDeclined { .. } => crate::fl!("mail-subject-automatic-renewal-declined"),
        Event::AutomaticRenewalStopped { .. } => crate::fl!("mail-subject-automatic-renewal-stopped"),
        Event::RenewByHand { .. } => crate::fl!("mail-subject-renew-by-hand"),
        Event::ChargeSoon { .. } => crate::fl!("mail-subject-charge-soon"),
        Event::ExpiresSoon { .. } => crate::fl!("mail-subject-expires-soon"),
        Event::WindowClosing { .. } => crate::fl!("mail-subject-window-closing"),
        Event::Lapsed { .. } => crate::fl!("mail-subject-lapsed"),
        Event::TransferReceived { .. } => crate::fl!("mail-subject-transfer-received"),
        Event::TransferDueSoon { .. } => crate::fl!("mail-subject-transfer-due-soon"),
        Event::TransferCancelled { .. } => crate::fl!("mail-subject-transfer-cancelled"),
        Event::SupportReplied { .. } => crate::fl!("mail-subject-support-replied"),
        Event::CancellationCompleted { .. } => crate::fl!("mail-subject-cancellation-completed"),
        Event::CancellationDeclined { .. } => crate::fl!("mail-subject-cancellation-declined"),
        Event::VatIdDecided { state: VatIdState::Verified, .. } => crate::fl!("mail-subject-vat-id-verified"),
        Event::VatIdDecided { .. } => crate::fl!("mail-subject-vat-id-rejected"),
    }
}

fn event_offer(event: &Event) -> Option<OfferKind> {
    Some(match event {
        Event::OrderPlaced { offer, .. }
        | Event::AutomaticRenewalCharged { offer, .. }
        | Event::AutomaticRenewalDeclined { offer, .. }
        | Event::AutomaticRenewalStopped { offer, .. }
        | Event::RenewByHand { offer, .. }
        | Event::ChargeSoon { offer, .. }
        | Event::ExpiresSoon { offer, .. }
        | Event::WindowClosing { offer, .. }
        | Event::Lapsed { offer, .. }
        | Event::TransferReceived { offer, .. }
        | Event::TransferDueSoon { offer, .. }
        | Event::TransferCancelled { offer, .. }
        | Event::CancellationCompleted { offer, .. }
        | Event::CancellationDeclined { offer, .. } => *offer,
        Event::SupportReplied { .. } | Event::VatIdDecided { .. } => return None,
    })
}

fn invoice_number(event: &Event) -> Option<&str> {
    match event {
        Event::OrderPlaced { invoice_number, .. }
        | Event::AutomaticRenewalCharged { invoice_number, .. }
        | Event::TransferReceived { invoice_number, .. } => Some(invoice_number),
        _ => None,
    }
}

/// An e-mail ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub subject: String,
    pub text: String,
    pub html: String,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The e-mail of an event in `i18n`'s language. `public_url` is the portal's address
/// for the link to the subscription; `with_invoice` says a PDF is attached.
pub fn mail(event: &Event, i18n: &I18n, fmt: &Formatter, public_url: &str, with_invoice: bool) -> Mail {
    let about = match (event_offer(event), event) {
        (Some(offer), _) => offer_name(i18n, offer),
        (None, Event::SupportReplied { request_id, .. }) => super::support::request_number(*request_id),
        (None, Event::VatIdDecided { vat_id, .. }) => vat_id.clone(),
        (None, _) => String::new(),
    };
    let subject = i18n.tr(subject_id(event), &[("offer", arg(about))]);
    let link = format!("{}{}", public_url.trim_end_matches('/'), event.link());
    let mut paragraphs = vec![i18n.t("mail-greeting"), sentence(event, i18n, fmt).render(i18n)];
    if let (true, Some(number)) = (with_invoice, invoice_number(event)) {
        paragraphs.push(i18n.tr("mail-invoice-attached", &[("number", arg(number.to_string()))]));
    }
    let details = i18n.t("mail-open-details");
    let signature = i18n.t("mail-signature");
    let why = i18n.t("mail-why");
    let mut text = paragraphs.join("\n\n");
    text.push_str(&format!("\n\n{details}\n{link}\n\n{signature}\n\n-- \n{why}\n"));
    let body: String = paragraphs.iter().map(|p| format!("<p>{}</p>", escape(p))).collect();
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body style=\"font-family: sans-serif; line-height: 1.5; color: #1b1b1b\">{body}\
         <p><a href=\"{href}\">{details}</a></p><p>{signature}</p>\
         <hr><p style=\"font-size: 0.85em; color: #555\">{why}</p></body></html>",
        lang = i18n.lang().bcp47(),
        title = escape(&subject),
        href = escape(&link),
        details = escape(&details),
        signature = escape(&signature),
        why = escape(&why),
    );
    Mail { subject, text, html }
}
