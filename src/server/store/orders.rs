//! Orders: one per checkout (its key is unique), numbered `MO-0000001`.

use chrono::NaiveDate;
use sqlx::{Any, Executor, FromRow};

use super::{Coded, Day, MaybeDay, Result};
use crate::domain::money::{Currency, OrderAmounts, VatTreatment};
use crate::domain::offer::OfferKind;
use crate::domain::order::PaymentMethod;
use crate::domain::subscription::OrderKind;

crate::code_enum! {
    pub enum OrderStatus: "an order status" {
        Paid = "paid",
        AwaitingPayment = "awaiting-payment",
    }
}

crate::code_enum! {
    /// How VAT was charged, as stored on orders and invoices.
    pub enum StoredVatTreatment: "a VAT treatment code" {
        Standard = "standard",
        ReverseCharge = "reverse-charge",
        ZeroRated = "zero-rated",
    }
}

impl From<VatTreatment> for StoredVatTreatment {
    fn from(treatment: VatTreatment) -> StoredVatTreatment {
        match treatment {
            VatTreatment::Standard { .. } => StoredVatTreatment::Standard,
            VatTreatment::ReverseCharge => StoredVatTreatment::ReverseCharge,
            VatTreatment::ZeroRated => StoredVatTreatment::ZeroRated,
        }
    }
}

/// An order to write.
pub struct NewOrder<'a> {
    pub checkout_key: &'a str,
    pub organization_id: i64,
    pub user_id: i64,
    pub subscription_id: i64,
    pub offer: OfferKind,
    pub kind: OrderKind,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub new_anniversary: NaiveDate,
    pub amounts: &'a OrderAmounts,
    pub method: PaymentMethod,
    pub status: OrderStatus,
    pub exception_id: Option<&'a str>,
    pub created_at: &'a str,
}

/// Writes the order and gives it its number; returns (id, number).
pub async fn insert(tx: &mut sqlx::AnyConnection, order: &NewOrder<'_>) -> Result<(i64, String)> {
    let amounts = order.amounts;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO orders (number, organization_id, user_id, checkout_key, subscription_id, offer_code, kind, period_from, period_to, \
         new_anniversary, currency, net_minor, vat_rate_bp, vat_minor, total_minor, vat_treatment, payment_method, status, exception_id, created_at) \
         VALUES ($1, $2, $3, $1, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id",
    )
    .bind(order.checkout_key)
    .bind(order.organization_id)
    .bind(order.user_id)
    .bind(order.subscription_id)
    .bind(order.offer.code())
    .bind(order.kind.code())
    .bind(order.period_from.to_string())
    .bind(order.period_to.to_string())
    .bind(order.new_anniversary.to_string())
    .bind(amounts.total.currency().code())
    .bind(amounts.net.minor())
    .bind(i64::from(amounts.vat_rate_bp))
    .bind(amounts.vat.minor())
    .bind(amounts.total.minor())
    .bind(StoredVatTreatment::from(amounts.treatment).code())
    .bind(order.method.code())
    .bind(order.status.code())
    .bind(order.exception_id)
    .bind(order.created_at)
    .fetch_one(&mut *tx)
    .await?;
    let number = format!("MO-{id:07}");
    sqlx::query("UPDATE orders SET number = $1 WHERE id = $2").bind(&number).bind(id).execute(&mut *tx).await?;
    Ok((id, number))
}

/// What the confirmation page shows of the order of a checkout.
#[derive(Debug, Clone, FromRow)]
pub struct Confirmation {
    #[sqlx(try_from = "String")]
    pub offer_code: Coded<OfferKind>,
    #[sqlx(try_from = "String")]
    pub kind: Coded<OrderKind>,
    pub order_number: String,
    pub invoice_number: String,
    pub total_minor: i64,
    #[sqlx(try_from = "String")]
    pub currency: Coded<Currency>,
    #[sqlx(try_from = "String")]
    pub new_anniversary: Day,
    pub payment_reference: Option<String>,
    #[sqlx(try_from = "Option<String>")]
    pub due_on: MaybeDay,
}

/// The order and invoice of the organization's checkout `key`, once it is done.
pub async fn confirmation<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, key: &str) -> Result<Option<Confirmation>> {
    sqlx::query_as(
        "SELECT o.offer_code, o.kind, o.number AS order_number, i.number AS invoice_number, o.total_minor, o.currency, o.new_anniversary, \
         i.payment_reference, i.due_on \
         FROM checkouts c JOIN orders o ON o.id = c.order_id JOIN invoices i ON i.order_id = o.id \
         WHERE c.checkout_key = $1 AND c.organization_id = $2",
    )
    .bind(key)
    .bind(organization_id)
    .fetch_optional(executor)
    .await
}

/// The user who placed the latest order of a subscription, if any.
pub async fn last_user_of<'e, E: Executor<'e, Database = Any>>(executor: E, subscription_id: i64) -> Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT user_id FROM orders WHERE subscription_id = $1 ORDER BY id DESC LIMIT 1")
        .bind(subscription_id)
        .fetch_optional(executor)
        .await?;
    Ok(row.map(|(id,)| id))
}
