//! Buy, renew and reactivate: the payment method step, the review of the order and
//! the confirmation (seed 000's order of steps).

use serde::{Deserialize, Serialize};

use super::Notice;
use crate::domain::offer::OfferKind;
use crate::domain::subscription::OrderKind;

/// The payment method step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentStep {
    pub offer: OfferKind,
    pub kind: OrderKind,
    pub total: String,
    /// Why the order cannot be placed, if it cannot.
    pub refusal: Option<Notice>,
    pub back: String,
    /// The order that awaits its bank transfer (its confirmation page), if one does.
    pub awaiting_order: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PaymentSummary {
    Card { brand: String, last4: String, expiry: String },
    BankTransfer { contact_name: String, phone: String, email: String },
}

/// Review order details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewView {
    pub key: String,
    pub offer: OfferKind,
    pub kind: OrderKind,
    pub period_from: String,
    pub period_to: String,
    pub new_anniversary: String,
    pub net: String,
    pub vat_rate: String,
    pub vat: String,
    pub total: String,
    pub reverse_charge: bool,
    /// The VAT ID awaits verification (or was rejected), so VAT is charged.
    pub vat_id_unverified: bool,
    pub exception_id: Option<String>,
    pub payment: PaymentSummary,
    pub bill_to: Vec<String>,
    pub bill_to_country: crate::domain::country::Country,
    pub bill_to_vat_id: String,
    /// Set when the card was declined: why.
    pub declined: Option<Notice>,
    /// Set when the order can no longer be placed.
    pub refusal: Option<Notice>,
    pub back: String,
    /// The card automatic renewal would charge after this order (`brand •••• 1234`),
    /// if there is one; without a card automatic renewal stays off.
    pub auto_renewal_card: Option<String>,
    /// When automatic renewal would first charge the card.
    pub next_charge_on: Option<String>,
}

/// The confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmationView {
    pub offer: OfferKind,
    pub kind: OrderKind,
    pub order_number: String,
    pub invoice_number: String,
    pub total: String,
    /// `None` for a first purchase by bank transfer: its term starts on the day the
    /// transfer is received.
    pub new_anniversary: Option<String>,
    /// For a bank transfer: what to pay where, and by when.
    pub transfer: Option<TransferInstructions>,
}

/// How to pay an order awaiting a bank transfer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferInstructions {
    pub reference: String,
    pub due_on: String,
    pub beneficiary: String,
    pub iban: String,
    pub bic: String,
}
