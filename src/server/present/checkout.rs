//! The checkout's pages: payment step, review, confirmation.

use super::refusal::notice;
use super::{money, percent};
use crate::domain::address::address_lines;
use crate::domain::money::VatTreatment;
use crate::domain::order::CheckoutTarget;
use crate::domain::subscription::OrderKind;
use crate::server::service::Refusal;
use crate::i18n::format::Formatter;
use crate::i18n::I18n;
use crate::server::store::CardToken;
use crate::server::service::checkout::steps::{PaymentStep as Step, Review};
use crate::server::store::checkouts::CheckoutPayment;
use crate::server::store::orders::Confirmation;
use crate::server::store::organizations::Organization;
use crate::view::checkout::*;
use crate::view::labels::decline_message_id;
use crate::view::Notice;

/// The back link of the payment step: the offer details or the offers page.
fn payment_back(target: CheckoutTarget) -> String {
    match target {
        CheckoutTarget::Renew(id) => format!("/offers/{id}"),
        CheckoutTarget::Buy(_) => "/offers".to_string(),
    }
}

/// The payment step's address, where the review leads back to.
fn payment_path(target: CheckoutTarget) -> String {
    match target {
        CheckoutTarget::Renew(id) => format!("/offers/{id}/renew"),
        CheckoutTarget::Buy(offer) => format!("/buy/{}", offer.code()),
    }
}

pub fn payment_step(step: &Step, target: CheckoutTarget, fmt: &Formatter) -> PaymentStep {
    let (total, refusal) = match &step.quoted {
        Ok(quote) => (money(fmt, quote.terms.amounts.total), None),
        Err(refusal) => (String::new(), Some(notice(refusal, fmt))),
    };
    let awaiting_order = match &step.quoted {
        Err(Refusal::AwaitingTransfer { checkout_key, .. }) => Some(format!("/checkout/{checkout_key}/done")),
        _ => None,
    };
    PaymentStep { offer: step.offer, kind: step.kind, total, refusal, back: payment_back(target), awaiting_order }
}

/// The bill-to name and address lines of an organization (the country and VAT ID
/// are shown apart: the country is named in the reader's language).
/// The postal code and the city stand in the order of the organization's country.
pub fn bill_to(org: &Organization) -> Vec<String> {
    let street = [org.legal_name.as_str(), org.address_line1.as_str(), org.address_line2.as_str()];
    address_lines(org.country(), &street, &org.postal_code, &org.city)
}

pub fn review(review: &Review, i18n: &I18n, fmt: &Formatter) -> ReviewView {
    let checkout = &review.checkout;
    let payment = match &checkout.payment {
        CheckoutPayment::Card { card, .. } => {
            PaymentSummary::Card { brand: card.brand.clone(), last4: card.last4.clone(), expiry: card.expiry.clone() }
        }
        CheckoutPayment::BankTransfer(contact) => {
            PaymentSummary::BankTransfer { contact_name: contact.name.clone(), phone: contact.phone.clone(), email: contact.email.clone() }
        }
    };
    let declined = checkout.decline.map(|code| Notice::plain(decline_message_id(code)));
    let back = payment_path(checkout.target());
    let bill_to = bill_to(&review.organization);
    // Automatic renewal charges a card: this order's, or the one kept from before.
    let card_on_file = review.card_on_file.clone().or_else(|| checkout.card().map(CardToken::masked)).map(|c| super::card(i18n, &c));
    let empty = ReviewView {
        key: checkout.key.clone(),
        offer: checkout.offer,
        kind: OrderKind::Renewal,
        period_from: String::new(),
        period_to: String::new(),
        new_anniversary: String::new(),
        net: String::new(),
        vat_rate: String::new(),
        vat: String::new(),
        total: String::new(),
        reverse_charge: false,
        vat_id_unverified: review.vat_id_unverified,
        exception_id: None,
        payment,
        bill_to,
        bill_to_country: review.organization.country(),
        bill_to_vat_id: review.organization.vat_id.clone(),
        declined,
        refusal: None,
        back,
        auto_renewal_card: card_on_file,
        next_charge_on: None,
    };
    match &review.quoted {
        Ok(quote) => {
            let q = &quote.terms;
            ReviewView {
                offer: q.offer,
                kind: q.kind,
                period_from: fmt.date(q.period_from),
                period_to: fmt.date(q.period_to),
                new_anniversary: fmt.date(q.new_anniversary),
                net: money(fmt, q.amounts.net),
                vat_rate: percent(fmt, q.amounts.vat_rate_bp),
                vat: money(fmt, q.amounts.vat),
                total: money(fmt, q.amounts.total),
                reverse_charge: q.amounts.treatment == VatTreatment::ReverseCharge,
                exception_id: q.exception_id.clone(),
                next_charge_on: Some(fmt.date(crate::domain::dates::automatic_charge_on(q.new_anniversary))),
                ..empty
            }
        }
        Err(refusal) => ReviewView { refusal: Some(notice(refusal, fmt)), ..empty },
    }
}

pub fn confirmation(done: &Confirmation, fmt: &Formatter) -> ConfirmationView {
    let currency = done.currency.0;
    ConfirmationView {
        offer: done.offer_code.0,
        kind: done.kind.0,
        order_number: done.order_number.clone(),
        invoice_number: done.invoice_number.clone(),
        total: fmt.money(done.total_minor, currency.code(), currency.minor_digits()),
        new_anniversary: match (done.kind.0, &done.payment_reference, done.subscription_id) {
            (_, Some(_), None) => None,
            _ => Some(fmt.date(done.new_anniversary.0)),
        },
        transfer: match (&done.payment_reference, done.due_on.0) {
            (Some(reference), Some(due)) => Some(TransferInstructions {
                reference: reference.clone(),
                due_on: fmt.date(due),
                beneficiary: done.seller_name.clone(),
                iban: done.seller_iban.clone().unwrap_or_default(),
                bic: done.seller_bic.clone().unwrap_or_default(),
            }),
            _ => None,
        },
    }
}
