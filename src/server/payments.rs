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
use serde::{Deserialize, Serialize};

use super::db::Db;
use crate::domain::validation::{CardBrand, CardExpiry, CardNumber, Cvc};

pub type GatewayFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, GatewayError>> + Send + 'a>>;

/// What the partner typed. Not `Debug`-printable in full, not `Serialize`.
pub struct CardDetails {
    pub number: CardNumber,
    pub expiry: CardExpiry,
    pub cvc: Cvc,
}

/// A tokenised card: all the portal keeps.
#[derive(Clone, PartialEq, Eq)]
pub struct CardToken {
    pub token: String,
    pub brand: String,
    pub last4: String,
    pub expiry: String,
}

impl std::fmt::Debug for CardToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CardToken({} •••• {})", self.brand, self.last4)
    }
}

/// Why the card's bank refused a charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeclineCode {
    CardDeclined,
    InsufficientFunds,
}

impl DeclineCode {
    pub fn code(self) -> &'static str {
        match self {
            DeclineCode::CardDeclined => "card-declined",
            DeclineCode::InsufficientFunds => "insufficient-funds",
        }
    }

    pub fn parse(code: &str) -> Option<DeclineCode> {
        [DeclineCode::CardDeclined, DeclineCode::InsufficientFunds].into_iter().find(|d| d.code() == code)
    }
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
}

pub trait PaymentGateway: Send + Sync {
    /// Exchanges card details for a token.
    fn tokenize(&self, card: CardDetails) -> GatewayFuture<'_, CardToken>;
    /// Charges a token; the same idempotency key answers the first outcome again.
    fn charge(&self, request: ChargeRequest) -> GatewayFuture<'_, ChargeOutcome>;
    /// The outcome of an earlier charge with this key, if one was made.
    fn find_charge(&self, idempotency_key: String) -> GatewayFuture<'_, Option<ChargeOutcome>>;
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
                "4000000000000002" => "decline",
                "4000000000009995" => "insufficient-funds",
                _ => "succeed",
            };
            let token = random_id("tok_sandbox");
            sqlx::query("INSERT INTO sandbox_cards (token, behaviour, created_at) VALUES ($1, $2, $3)")
                .bind(&token)
                .bind(behaviour)
                .bind(chrono::Utc::now().to_rfc3339())
                .execute(self.db.pool())
                .await
                .map_err(unavailable)?;
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
            let (behaviour,): (String,) = sqlx::query_as("SELECT behaviour FROM sandbox_cards WHERE token = $1")
                .bind(&request.token)
                .fetch_optional(self.db.pool())
                .await
                .map_err(unavailable)?
                .ok_or(GatewayError::UnknownToken)?;
            let (outcome, reference) = match behaviour.as_str() {
                "decline" => (DeclineCode::CardDeclined.code().to_string(), String::new()),
                "insufficient-funds" => (DeclineCode::InsufficientFunds.code().to_string(), String::new()),
                _ => ("succeeded".to_string(), random_id("ch_sandbox")),
            };
            // ON CONFLICT: a concurrent charge with the same key wins; read its outcome.
            sqlx::query(
                "INSERT INTO sandbox_charges (idempotency_key, token, currency, amount_minor, outcome, reference, charged_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (idempotency_key) DO NOTHING",
            )
            .bind(&request.idempotency_key)
            .bind(&request.token)
            .bind(&request.currency)
            .bind(request.amount_minor)
            .bind(&outcome)
            .bind(&reference)
            .bind(chrono::Utc::now().to_rfc3339())
            .execute(self.db.pool())
            .await
            .map_err(unavailable)?;
            self.find_charge(request.idempotency_key).await?.ok_or(GatewayError::Unavailable("charge not recorded".into()))
        })
    }

    fn find_charge(&self, idempotency_key: String) -> GatewayFuture<'_, Option<ChargeOutcome>> {
        Box::pin(async move {
            let row: Option<(String, String)> =
                sqlx::query_as("SELECT outcome, reference FROM sandbox_charges WHERE idempotency_key = $1")
                    .bind(&idempotency_key)
                    .fetch_optional(self.db.pool())
                    .await
                    .map_err(unavailable)?;
            Ok(row.map(|(outcome, reference)| match DeclineCode::parse(&outcome) {
                Some(code) => ChargeOutcome::Declined(code),
                None => ChargeOutcome::Succeeded { reference },
            }))
        })
    }
}

/// How many charges the sandbox made for an idempotency key (tests: never more than one).
pub async fn sandbox_charge_count(db: &Db, idempotency_key: &str) -> Result<i64, sqlx::Error> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sandbox_charges WHERE idempotency_key = $1")
        .bind(idempotency_key)
        .fetch_one(db.pool())
        .await?;
    Ok(count)
}
