//! Buy, renew and reactivate: the payment method step, the review of the order and
//! the confirmation (seed 000's order of steps).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;
use crate::domain::offer::OfferKind;
use crate::domain::subscription::OrderKind;

/// What is being bought: a renewal (or reactivation) of a subscription, or a purchase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckoutTarget {
    Renew(i64),
    Buy(String),
}

/// A message with its (already formatted) arguments, rendered through Fluent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub id: String,
    pub args: Vec<(String, String)>,
}

/// The payment method step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentStep {
    pub offer: OfferKind,
    pub kind: OrderKind,
    pub total: String,
    /// Why the order cannot be placed, if it cannot.
    pub refusal: Option<Notice>,
    pub can_act: bool,
    pub back: String,
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
    pub exception_id: Option<String>,
    pub payment: PaymentSummary,
    pub bill_to: Vec<String>,
    /// Set when the card was declined: the decline's message id.
    pub declined: Option<String>,
    /// Set when the order can no longer be placed.
    pub refusal: Option<Notice>,
    pub back: String,
}

/// The confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmationView {
    pub offer: OfferKind,
    pub kind: OrderKind,
    pub order_number: String,
    pub invoice_number: String,
    pub total: String,
    pub new_anniversary: String,
    /// For a bank transfer: payment reference and due date.
    pub transfer: Option<(String, String)>,
}

/// The Fluent id of the heading of a checkout for an order kind.
pub fn checkout_title_id(kind: OrderKind) -> &'static str {
    match kind {
        OrderKind::Purchase => crate::fl!("checkout-title-purchase"),
        OrderKind::Reactivation => crate::fl!("checkout-title-reactivation"),
        OrderKind::Renewal | OrderKind::AutomaticRenewal => crate::fl!("checkout-title-renewal"),
    }
}

#[server(endpoint = "checkout_payment_step")]
pub async fn load_payment_step(target: CheckoutTarget) -> Result<PaymentStep, AppError> {
    crate::server::checkout::payment_step(target).await
}

#[server(endpoint = "checkout_review")]
pub async fn load_review(key: String) -> Result<ReviewView, AppError> {
    crate::server::checkout::review(key).await
}

#[server(endpoint = "checkout_confirmation")]
pub async fn load_confirmation(key: String) -> Result<ConfirmationView, AppError> {
    crate::server::checkout::confirmation(key).await
}
