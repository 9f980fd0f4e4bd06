//! Payments behind a `PaymentGateway` trait, and the built-in sandbox gateway.
//!
//! The card number and CVC go to the gateway once, to be tokenised; the portal keeps
//! only the token, brand, last four digits and expiry. Charges carry an idempotency
//! key: the same key never charges twice.

use std::future::Future;
use std::pin::Pin;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;

use super::store::db::Db;
use super::store::sandbox::{self, Behaviour, ChargeResult, NewCharge};
pub use super::store::CardToken;
use crate::domain::order::DeclineCode;
use crate::domain::validation::{CardBrand, CardExpiry, CardNumber, Cvc};

pub type GatewayFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, GatewayError>> + Send + 'a>>;

/// What the partner typed. Not `Debug`-printable in full, not `Serialize`.
pub struct CardDetails {
    pub number: CardNumber,
    pub expiry: CardExpiry,
    pub cvc: Cvc,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChargeOutcome {
    Succeeded { reference: String },
    Declined(DeclineCode),
}

#[derive(Debug, Clone)]
pub struct ChargeRequest {
    pub token: String,
    pub currency: String,
    pub amount_minor: i64,
    pub idempotency_key: String,
}

#[derive(Debug, thiserror::Error)]
pub enum GatewayError {
    #[error("the payment gateway is unavailable: {0}")]
    Unavailable(String),
    #[error("unknown card token")]
    UnknownToken,
    #[error("no successful charge to refund, or a refund larger than the charge")]
    NotRefundable,
}

pub trait PaymentGateway: Send + Sync {
    /// Exchanges card details for a token.
    fn tokenize(&self, card: CardDetails) -> GatewayFuture<'_, CardToken>;
    /// Charges a token; the same idempotency key answers the first outcome again.
    fn charge(&self, request: ChargeRequest) -> GatewayFuture<'_, ChargeOutcome>;
    /// The outcome of an earlier charge with this key, if one was made.
    fn find_charge(&self, idempotency_key: String) -> GatewayFuture<'_, Option<ChargeOutcome>>;
    /// Refunds (part of) a charge; the same idempotency key refunds once and answers
    /// the first refund's reference again.
    fn refund(&self, request: RefundRequest) -> GatewayFuture<'_, String>;
}

/// A refund of an earlier charge.
#[derive(Debug, Clone)]
pub struct RefundRequest {
    /// The idempotency key of the charge to refund.
    pub charge_key: String,
    pub amount_minor: i64,
    pub idempotency_key: String,
}

/// The built-in sandbox: test card 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002
/// is declined, 4000 0000 0000 9995 fails for insufficient funds; any other valid
/// number succeeds. It keeps its records in its own tables, as a real gateway would.
pub struct SandboxGateway {
    db: Db,
}

impl SandboxGateway {
    pub fn new(db: Db) -> SandboxGateway {
        SandboxGateway { db }
    }
}

fn random_id(prefix: &str) -> String {
    let mut bytes = [0u8; 18];
    rand::rng().fill_bytes(&mut bytes);
    format!("{prefix}_{}", URL_SAFE_NO_PAD.encode(bytes))
}

fn brand_name(brand: CardBrand) -> &'static str {
    match brand {
        CardBrand::Visa => "Visa",
        CardBrand::Mastercard => "Mastercard",
        CardBrand::Amex => "American Express",
        CardBrand::Other => "Card",
    }
}

fn unavailable(error: sqlx::Error) -> GatewayError {
    GatewayError::Unavailable(error.to_string())
}

impl PaymentGateway for SandboxGateway {
    fn tokenize(&self, card: CardDetails) -> GatewayFuture<'_, CardToken> {
        Box::pin(async move {
            let behaviour = match card.number.expose_digits() {
                "4000000000000002" => Behaviour::Decline,
                "4000000000009995" => Behaviour::InsufficientFunds,
                _ => Behaviour::Succeed,
            };
            let token = random_id("tok_sandbox");
            sandbox::insert_card(self.db.pool(), &token, behaviour, &chrono::Utc::now().to_rfc3339()).await.map_err(unavailable)?;
            Ok(CardToken {
                token,
                brand: brand_name(card.number.brand()).to_string(),
                last4: card.number.last4().to_string(),
                expiry: format!("{:02}/{}", card.expiry.month(), card.expiry.year() % 100),
            })
        })
    }

    fn charge(&self, request: ChargeRequest) -> GatewayFuture<'_, ChargeOutcome> {
        Box::pin(async move {
            if let Some(outcome) = self.find_charge(request.idempotency_key.clone()).await? {
                return Ok(outcome);
            }
            let behaviour =
                sandbox::card_behaviour(self.db.pool(), &request.token).await.map_err(unavailable)?.ok_or(GatewayError::UnknownToken)?;
            let (result, reference) = match behaviour {
                Behaviour::Decline => (ChargeResult::CardDeclined, String::new()),
                Behaviour::InsufficientFunds => (ChargeResult::InsufficientFunds, String::new()),
                Behaviour::Succeed => (ChargeResult::Succeeded, random_id("ch_sandbox")),
            };
            // A concurrent charge with the same key wins; read its outcome.
            let charge = NewCharge {
                idempotency_key: &request.idempotency_key,
                token: &request.token,
                currency: &request.currency,
                amount_minor: request.amount_minor,
                result,
                reference: &reference,
                at: &chrono::Utc::now().to_rfc3339(),
            };
            sandbox::insert_charge(self.db.pool(), &charge).await.map_err(unavailable)?;
            self.find_charge(request.idempotency_key).await?.ok_or(GatewayError::Unavailable("charge not recorded".into()))
        })
    }

    fn refund(&self, request: RefundRequest) -> GatewayFuture<'_, String> {
        Box::pin(async move {
            if let Some(reference) = sandbox::refund(self.db.pool(), &request.idempotency_key).await.map_err(unavailable)? {
                return Ok(reference);
            }
            match self.find_charge(request.charge_key.clone()).await? {
                Some(ChargeOutcome::Succeeded { .. }) => {}
                _ => return Err(GatewayError::NotRefundable),
            }
            let charged = sandbox::charged_amount(self.db.pool(), &request.charge_key).await.map_err(unavailable)?.unwrap_or(0);
            if request.amount_minor <= 0 || request.amount_minor > charged {
                return Err(GatewayError::NotRefundable);
            }
            let reference = random_id("re_sandbox");
            sandbox::insert_refund(self.db.pool(), &request.idempotency_key, &request.charge_key, request.amount_minor, &reference, &chrono::Utc::now().to_rfc3339())
                .await
                .map_err(unavailable)?;
            sandbox::refund(self.db.pool(), &request.idempotency_key).await.map_err(unavailable)?.ok_or(GatewayError::Unavailable("refund not recorded".into()))
        })
    }

    fn find_charge(&self, idempotency_key: String) -> GatewayFuture<'_, Option<ChargeOutcome>> {
        Box::pin(async move {
            let found = sandbox::charge(self.db.pool(), &idempotency_key).await.map_err(unavailable)?;
            Ok(found.map(|(result, reference)| match result {
                ChargeResult::Succeeded => ChargeOutcome::Succeeded { reference },
                ChargeResult::CardDeclined => ChargeOutcome::Declined(DeclineCode::CardDeclined),
                ChargeResult::InsufficientFunds => ChargeOutcome::Declined(DeclineCode::InsufficientFunds),
            }))
        })
    }
}

/// How many charges the sandbox made for an idempotency key (tests: never more than one).
pub async fn sandbox_charge_count(db: &Db, idempotency_key: &str) -> Result<i64, sqlx::Error> {
    sandbox::charge_count(db.pool(), idempotency_key).await
}
