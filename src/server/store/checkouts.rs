//! Checkouts: one per attempt to buy, renew or reactivate. The key is the
//! idempotency key of the order and of the card charge.

use sqlx::{Any, Executor, FromRow};

use super::{corrupt, CardToken, Coded, Instant, MaybeCoded, Result};
use crate::domain::offer::OfferKind;
use crate::domain::order::{CheckoutTarget, DeclineCode, PaymentMethod};
use crate::domain::subscription::{AutoRenewal, OrderKind};

crate::code_enum! {
    /// Where a checkout is in Buy (docs/adr/0004-checkout-idempotency.md).
    pub enum CheckoutStatus: "a checkout status" {
        /// Created by the payment step; Buy not pressed yet.
        Open = "open",
        /// Buy recorded the payment attempt; the charge may be under way.
        Charging = "charging",
        /// The order exists.
        Done = "done",
        /// The card was declined; a new payment step starts a new checkout.
        Declined = "declined",
    }
}

/// The contact person of a bank transfer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferContact {
    pub name: String,
    pub phone: String,
    pub email: String,
}

/// How a checkout pays.
#[derive(Debug, Clone)]
pub enum CheckoutPayment {
    Card { card: CardToken, holder: Option<String> },
    BankTransfer(TransferContact),
}

/// A stored checkout.
#[derive(Debug, Clone)]
pub struct Checkout {
    pub key: String,
    pub organization_id: i64,
    pub user_id: i64,
    pub subscription_id: Option<i64>,
    pub offer: OfferKind,
    pub payment: CheckoutPayment,
    pub status: CheckoutStatus,
    pub decline: Option<DeclineCode>,
    pub order_id: Option<i64>,
    /// What the order is based on (`Quote::basis`); `None` on checkouts from before
    /// it was recorded.
    pub basis: Option<String>,
    /// The kind of order the checkout was started for (an automatic renewal's
    /// checkout is made by the job runner).
    pub kind: OrderKind,
    /// The order as charged (JSON of the service's terms), once Buy started charging.
    pub terms: Option<String>,
    /// Automatic renewal after this order, as chosen on the review page.
    pub auto_renewal_choice: Option<AutoRenewal>,
}

impl Checkout {
    pub fn method(&self) -> PaymentMethod {
        match self.payment {
            CheckoutPayment::Card { .. } => PaymentMethod::Card,
            CheckoutPayment::BankTransfer(_) => PaymentMethod::BankTransfer,
        }
    }

    /// The card to charge, for a card payment.
    pub fn card(&self) -> Option<&CardToken> {
        match &self.payment {
            CheckoutPayment::Card { card, .. } => Some(card),
            CheckoutPayment::BankTransfer(_) => None,
        }
    }

    pub fn target(&self) -> CheckoutTarget {
        match self.subscription_id {
            Some(id) => CheckoutTarget::Renew(id),
            None => CheckoutTarget::Buy(self.offer),
        }
    }

    /// The lock that serialises orders for the same subscription (or, for a first
    /// purchase, the same organization).
    pub fn lock_key(&self) -> i64 {
        self.subscription_id.unwrap_or(-self.organization_id)
    }
}

#[derive(FromRow)]
struct Row {
    checkout_key: String,
    organization_id: i64,
    user_id: i64,
    subscription_id: Option<i64>,
    #[sqlx(try_from = "String")]
    offer_code: Coded<OfferKind>,
    #[sqlx(try_from = "String")]
    payment_method: Coded<PaymentMethod>,
    card_token: Option<String>,
    card_brand: Option<String>,
    card_last4: Option<String>,
    card_expiry: Option<String>,
    card_holder: Option<String>,
    contact_name: Option<String>,
    contact_phone: Option<String>,
    contact_email: Option<String>,
    #[sqlx(try_from = "String")]
    status: Coded<CheckoutStatus>,
    #[sqlx(try_from = "Option<String>")]
    decline_code: MaybeCoded<DeclineCode>,
    order_id: Option<i64>,
    basis: Option<String>,
    #[sqlx(try_from = "String")]
    kind: Coded<OrderKind>,
    quote: Option<String>,
    #[sqlx(try_from = "Option<String>")]
    auto_renewal_choice: MaybeCoded<AutoRenewal>,
}

impl TryFrom<Row> for Checkout {
    type Error = sqlx::Error;

    fn try_from(row: Row) -> Result<Checkout> {
        let card = CardToken::from_columns(row.card_token, row.card_brand, row.card_last4, row.card_expiry)
            .map_err(|problem| corrupt(format!("checkout: {problem}")))?;
        let contact = match (row.contact_name, row.contact_phone, row.contact_email) {
            (Some(name), Some(phone), Some(email)) => Some(TransferContact { name, phone, email }),
            (None, None, None) => None,
            _ => return Err(corrupt("checkout: a transfer contact needs name, phone and e-mail together".into())),
        };
        let method = row.payment_method.0;
        let payment = match (method, card, contact) {
            (PaymentMethod::Card, Some(card), None) => CheckoutPayment::Card { card, holder: row.card_holder },
            (PaymentMethod::BankTransfer, None, Some(contact)) => CheckoutPayment::BankTransfer(contact),
            _ => return Err(corrupt(format!("checkout: payment method {} does not match its details", method.code()))),
        };
        Ok(Checkout {
            key: row.checkout_key,
            organization_id: row.organization_id,
            user_id: row.user_id,
            subscription_id: row.subscription_id,
            offer: row.offer_code.0,
            payment,
            status: row.status.0,
            decline: row.decline_code.0,
            order_id: row.order_id,
            basis: row.basis,
            kind: row.kind.0,
            terms: row.quote,
            auto_renewal_choice: row.auto_renewal_choice.0,
        })
    }
}

const COLUMNS: &str = "checkout_key, organization_id, user_id, subscription_id, offer_code, payment_method, card_token, card_brand, \
                       card_last4, card_expiry, card_holder, contact_name, contact_phone, contact_email, status, decline_code, order_id, basis, kind, quote, auto_renewal_choice";

/// The checkout `key` of the organization; another organization's key is not found.
pub async fn checkout<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, key: &str) -> Result<Option<Checkout>> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM checkouts WHERE checkout_key = $1 AND organization_id = $2"))
        .bind(key)
        .bind(organization_id)
        .fetch_optional(executor)
        .await?;
    row.map(Checkout::try_from).transpose()
}

/// A checkout to record.
pub struct NewCheckout<'a> {
    pub key: &'a str,
    pub organization_id: i64,
    pub user_id: i64,
    pub subscription_id: Option<i64>,
    pub offer: OfferKind,
    pub kind: OrderKind,
    /// What the order is based on (`Quote::basis`).
    pub basis: &'a str,
    pub card: Option<&'a CardToken>,
    pub card_holder: Option<&'a str>,
    pub contact: Option<&'a TransferContact>,
    pub created_at: Instant,
}

/// Records a checkout; a second one with the same key changes nothing (an automatic
/// renewal's key is made from its subscription, term and attempt).
pub async fn insert<'e, E: Executor<'e, Database = Any>>(executor: E, checkout: &NewCheckout<'_>) -> Result<()> {
    let method = if checkout.card.is_some() { PaymentMethod::Card } else { PaymentMethod::BankTransfer };
    sqlx::query(
        "INSERT INTO checkouts (checkout_key, organization_id, user_id, subscription_id, offer_code, kind, payment_method, card_token, \
         card_brand, card_last4, card_expiry, card_holder, contact_name, contact_phone, contact_email, status, created_at, basis) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) ON CONFLICT (checkout_key) DO NOTHING",
    )
    .bind(checkout.key)
    .bind(checkout.organization_id)
    .bind(checkout.user_id)
    .bind(checkout.subscription_id)
    .bind(checkout.offer.code())
    .bind(checkout.kind.code())
    .bind(method.code())
    .bind(checkout.card.map(|c| c.token.clone()))
    .bind(checkout.card.map(|c| c.brand.clone()))
    .bind(checkout.card.map(|c| c.last4.clone()))
    .bind(checkout.card.map(|c| c.expiry.clone()))
    .bind(checkout.card_holder)
    .bind(checkout.contact.map(|c| c.name.clone()))
    .bind(checkout.contact.map(|c| c.phone.clone()))
    .bind(checkout.contact.map(|c| c.email.clone()))
    .bind(CheckoutStatus::Open.code())
    .bind(super::instant_text(checkout.created_at.0))
    .bind(checkout.basis)
    .execute(executor)
    .await?;
    Ok(())
}

/// Another checkout of the same subscription (or purchase of the same offer) with the
/// same basis that is charging or done, other than `checkout` itself: charging
/// first, then the newest. A checkout of an earlier term has another basis.
pub async fn competing<'e, E: Executor<'e, Database = Any>>(executor: E, checkout: &Checkout) -> Result<Option<(String, CheckoutStatus)>> {
    #[derive(FromRow)]
    struct Competing {
        checkout_key: String,
        #[sqlx(try_from = "String")]
        status: Coded<CheckoutStatus>,
    }
    let order = "ORDER BY CASE status WHEN 'charging' THEN 0 ELSE 1 END, created_at DESC LIMIT 1";
    let row: Option<Competing> = match checkout.subscription_id {
        Some(id) => {
            sqlx::query_as(&format!(
                "SELECT checkout_key, status FROM checkouts WHERE subscription_id = $1 AND checkout_key <> $2 AND status IN ($3, $4) AND basis = $5 {order}"
            ))
            .bind(id)
            .bind(&checkout.key)
            .bind(CheckoutStatus::Charging.code())
            .bind(CheckoutStatus::Done.code())
            .bind(&checkout.basis)
            .fetch_optional(executor)
            .await?
        }
        None => {
            sqlx::query_as(&format!(
                "SELECT checkout_key, status FROM checkouts WHERE organization_id = $1 AND offer_code = $2 AND subscription_id IS NULL \
                 AND checkout_key <> $3 AND status IN ($4, $5) AND basis = $6 {order}"
            ))
            .bind(checkout.organization_id)
            .bind(checkout.offer.code())
            .bind(&checkout.key)
            .bind(CheckoutStatus::Charging.code())
            .bind(CheckoutStatus::Done.code())
            .bind(&checkout.basis)
            .fetch_optional(executor)
            .await?
        }
    };
    Ok(row.map(|row| (row.checkout_key, row.status.0)))
}

/// Marks the checkout `charging` with the order it is about to charge and the
/// automatic renewal chosen.
pub async fn set_charging<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    key: &str,
    terms: &str,
    choice: Option<AutoRenewal>,
    at: &str,
) -> Result<()> {
    sqlx::query("UPDATE checkouts SET status = $1, quote = $2, auto_renewal_choice = $3, charging_since = $4 WHERE checkout_key = $5")
        .bind(CheckoutStatus::Charging.code())
        .bind(terms)
        .bind(choice.map(AutoRenewal::code))
        .bind(at)
        .bind(key)
        .execute(executor)
        .await?;
    Ok(())
}

pub async fn set_status<'e, E: Executor<'e, Database = Any>>(executor: E, key: &str, status: CheckoutStatus) -> Result<()> {
    sqlx::query("UPDATE checkouts SET status = $1 WHERE checkout_key = $2").bind(status.code()).bind(key).execute(executor).await?;
    Ok(())
}

pub async fn set_declined<'e, E: Executor<'e, Database = Any>>(executor: E, key: &str, decline: DeclineCode) -> Result<()> {
    sqlx::query("UPDATE checkouts SET status = $1, decline_code = $2 WHERE checkout_key = $3")
        .bind(CheckoutStatus::Declined.code())
        .bind(decline.code())
        .bind(key)
        .execute(executor)
        .await?;
    Ok(())
}

pub async fn set_done<'e, E: Executor<'e, Database = Any>>(executor: E, key: &str, order_id: i64) -> Result<()> {
    sqlx::query("UPDATE checkouts SET status = $1, order_id = $2 WHERE checkout_key = $3")
        .bind(CheckoutStatus::Done.code())
        .bind(order_id)
        .bind(key)
        .execute(executor)
        .await?;
    Ok(())
}

/// A checkout left `charging`.
#[derive(Debug, Clone, FromRow)]
pub struct Charging {
    pub checkout_key: String,
    pub organization_id: i64,
    pub charging_since: Option<String>,
}

/// The checkouts left `charging` since before `before` (by a crash, a dropped
/// request or a gateway error); all of them with `None`.
pub async fn charging<'e, E: Executor<'e, Database = Any>>(executor: E, before: Option<&str>) -> Result<Vec<Charging>> {
    sqlx::query_as(
        "SELECT checkout_key, organization_id, charging_since FROM checkouts WHERE status = $1 AND ($2 = '' OR charging_since < $2)          ORDER BY checkout_key",
    )
        .bind(CheckoutStatus::Charging.code())
        .bind(before.unwrap_or(""))
        .fetch_all(executor)
        .await
}

/// The decline codes of the automatic renewal attempts of a subscription's term (its
/// basis), in the order of the attempts.
pub async fn automatic_declines<'e, E: Executor<'e, Database = Any>>(executor: E, subscription_id: i64, basis: &str) -> Result<Vec<DeclineCode>> {
    #[derive(FromRow)]
    struct Declined {
        #[sqlx(try_from = "String")]
        decline_code: Coded<DeclineCode>,
    }
    let rows: Vec<Declined> = sqlx::query_as(
        "SELECT decline_code FROM checkouts WHERE subscription_id = $1 AND basis = $2 AND kind = $3 AND status = $4 AND decline_code IS NOT NULL          ORDER BY created_at, checkout_key",
    )
    .bind(subscription_id)
    .bind(basis)
    .bind(OrderKind::AutomaticRenewal.code())
    .bind(CheckoutStatus::Declined.code())
    .fetch_all(executor)
    .await?;
    Ok(rows.into_iter().map(|row| row.decline_code.0).collect())
}

/// The declined automatic charges of every subscription of an organization, in the
/// order they were tried: (subscription, basis, decline). One query for a page that
/// lists all subscriptions.
pub async fn automatic_declines_of<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64) -> Result<Vec<(i64, String, DeclineCode)>> {
    #[derive(FromRow)]
    struct Declined {
        subscription_id: i64,
        basis: String,
        #[sqlx(try_from = "String")]
        decline_code: Coded<DeclineCode>,
    }
    let rows: Vec<Declined> = sqlx::query_as(
        "SELECT c.subscription_id, c.basis, c.decline_code FROM checkouts c JOIN subscriptions s ON s.id = c.subscription_id \
         WHERE s.organization_id = $1 AND c.kind = $2 AND c.status = $3 AND c.decline_code IS NOT NULL \
         ORDER BY c.created_at, c.checkout_key",
    )
    .bind(organization_id)
    .bind(OrderKind::AutomaticRenewal.code())
    .bind(CheckoutStatus::Declined.code())
    .fetch_all(executor)
    .await?;
    Ok(rows.into_iter().map(|row| (row.subscription_id, row.basis, row.decline_code.0)).collect())
}

/// A cancelled order's checkout no longer stands for its basis: a new order of the
/// same term is taken.
pub async fn void_basis<'e, E: Executor<'e, Database = Any>>(executor: E, key: &str) -> Result<()> {
    sqlx::query("UPDATE checkouts SET basis = basis || ':void' WHERE checkout_key = $1 AND basis IS NOT NULL").bind(key).execute(executor).await?;
    Ok(())
}
