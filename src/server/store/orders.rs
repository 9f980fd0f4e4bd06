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
        /// A bank transfer that did not come; credited.
        Cancelled = "cancelled",
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
    /// `None` for a first purchase awaiting its bank transfer: its subscription starts
    /// when the money comes.
    pub subscription_id: Option<i64>,
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
    pub subscription_id: Option<i64>,
    pub seller_name: String,
    pub seller_iban: Option<String>,
    pub seller_bic: Option<String>,
}

/// The order and invoice of the organization's checkout `key`, once it is done.
pub async fn confirmation<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, key: &str) -> Result<Option<Confirmation>> {
    sqlx::query_as(
        "SELECT o.offer_code, o.kind, o.number AS order_number, i.number AS invoice_number, o.total_minor, o.currency, o.new_anniversary, \
         i.payment_reference, i.due_on, o.subscription_id, i.seller_name, i.seller_iban, i.seller_bic \
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

/// An order awaiting (or done with) its bank transfer, with its invoice.
#[derive(Debug, Clone, FromRow)]
pub struct TransferRow {
    pub order_id: i64,
    pub order_number: String,
    pub organization_id: i64,
    pub organization_name: String,
    pub user_id: i64,
    pub checkout_key: String,
    pub subscription_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub offer_code: Coded<OfferKind>,
    #[sqlx(try_from = "String")]
    pub kind: Coded<OrderKind>,
    #[sqlx(try_from = "String")]
    pub status: Coded<OrderStatus>,
    #[sqlx(try_from = "String")]
    pub currency: Coded<Currency>,
    pub total_minor: i64,
    #[sqlx(try_from = "String")]
    pub ordered_on: Day,
    pub invoice_id: i64,
    pub invoice_number: String,
    pub payment_reference: Option<String>,
    #[sqlx(try_from = "Option<String>")]
    pub due_on: MaybeDay,
}

const TRANSFER_SELECT: &str = "SELECT o.id AS order_id, o.number AS order_number, o.organization_id, g.legal_name AS organization_name, o.user_id, \
     o.checkout_key, o.subscription_id, o.offer_code, o.kind, o.status, o.currency, o.total_minor, i.issued_on AS ordered_on, \
     i.id AS invoice_id, i.number AS invoice_number, i.payment_reference, i.due_on \
     FROM orders o JOIN invoices i ON i.order_id = o.id JOIN organizations g ON g.id = o.organization_id";

/// Every order awaiting its bank transfer, oldest first (network staff).
pub async fn awaiting_transfers<'e, E: Executor<'e, Database = Any>>(executor: E) -> Result<Vec<TransferRow>> {
    sqlx::query_as(&format!("{TRANSFER_SELECT} WHERE o.status = $1 ORDER BY o.id"))
        .bind(OrderStatus::AwaitingPayment.code())
        .fetch_all(executor)
        .await
}

/// One order paid by bank transfer, of any organization (network staff, the job runner).
pub async fn transfer<'e, E: Executor<'e, Database = Any>>(executor: E, order_id: i64) -> Result<Option<TransferRow>> {
    sqlx::query_as(&format!("{TRANSFER_SELECT} WHERE o.id = $1 AND o.payment_method = 'bank-transfer'")).bind(order_id).fetch_optional(executor).await
}

/// The organization's orders awaiting a transfer (the offers page shows them).
pub async fn awaiting_of<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64) -> Result<Vec<TransferRow>> {
    sqlx::query_as(&format!("{TRANSFER_SELECT} WHERE o.organization_id = $1 AND o.status = $2 ORDER BY o.id"))
        .bind(organization_id)
        .bind(OrderStatus::AwaitingPayment.code())
        .fetch_all(executor)
        .await
}

/// The order is paid on `paid_on`; a first purchase gets its subscription and term.
pub async fn mark_paid<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    order_id: i64,
    subscription_id: i64,
    period_from: NaiveDate,
    period_to: NaiveDate,
    new_anniversary: NaiveDate,
    paid_on: NaiveDate,
) -> Result<()> {
    sqlx::query(
        "UPDATE orders SET status = $1, subscription_id = $2, period_from = $3, period_to = $4, new_anniversary = $5, paid_on = $6 WHERE id = $7",
    )
    .bind(OrderStatus::Paid.code())
    .bind(subscription_id)
    .bind(period_from.to_string())
    .bind(period_to.to_string())
    .bind(new_anniversary.to_string())
    .bind(paid_on.to_string())
    .bind(order_id)
    .execute(executor)
    .await?;
    Ok(())
}

pub async fn mark_cancelled<'e, E: Executor<'e, Database = Any>>(executor: E, order_id: i64, on: NaiveDate) -> Result<()> {
    sqlx::query("UPDATE orders SET status = $1, cancelled_on = $2 WHERE id = $3")
        .bind(OrderStatus::Cancelled.code())
        .bind(on.to_string())
        .bind(order_id)
        .execute(executor)
        .await?;
    Ok(())
}

/// The latest paid order of a subscription: what a refund would credit.
pub async fn last_paid_of<'e, E: Executor<'e, Database = Any>>(executor: E, subscription_id: i64) -> Result<Option<(i64, String, String)>> {
    sqlx::query_as(
        "SELECT id, checkout_key, payment_method FROM orders WHERE subscription_id = $1 AND status = $2 ORDER BY id DESC LIMIT 1",
    )
    .bind(subscription_id)
    .bind(OrderStatus::Paid.code())
    .fetch_optional(executor)
    .await
}
