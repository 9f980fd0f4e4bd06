//! Credit notes: their own gapless number series per year (`CN-2026-000001`), each
//! crediting one invoice in full, with negative amounts.

use chrono::{Datelike, NaiveDate};
use sqlx::{Any, AnyConnection, Executor, FromRow};

use super::invoices::{InvoiceQuery, StoredInvoice};
use super::{Coded, Day, Result};
use crate::domain::money::Currency;
use crate::domain::offer::OfferKind;
pub use crate::domain::order::CreditReason;

/// A credit note just created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatedCreditNote {
    pub id: i64,
    pub number: String,
}

/// Credits `invoice` in full, inside the caller's transaction.
pub async fn create(tx: &mut AnyConnection, invoice: &StoredInvoice, reason: CreditReason, issued_on: NaiveDate, refund_reference: Option<&str>) -> Result<CreatedCreditNote> {
    let year = issued_on.year();
    let (sequence,): (i64,) = sqlx::query_as(
        "INSERT INTO credit_note_counters (year, last_number) VALUES ($1, 1) \
         ON CONFLICT (year) DO UPDATE SET last_number = credit_note_counters.last_number + 1 RETURNING last_number",
    )
    .bind(i64::from(year))
    .fetch_one(&mut *tx)
    .await?;
    let number = format!("CN-{year}-{sequence:06}");
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO credit_notes (number, year, sequence, invoice_id, organization_id, issued_on, reason, currency, net_minor, vat_minor, \
         total_minor, refund_reference) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(&number)
    .bind(i64::from(year))
    .bind(sequence)
    .bind(invoice.id)
    .bind(invoice.organization_id)
    .bind(issued_on.to_string())
    .bind(reason.code())
    .bind(invoice.currency.0.code())
    .bind(-invoice.net_minor)
    .bind(-invoice.vat_minor)
    .bind(-invoice.total_minor)
    .bind(refund_reference)
    .fetch_one(&mut *tx)
    .await?;
    Ok(CreatedCreditNote { id, number })
}

/// A stored credit note with the number of the invoice it credits.
#[derive(Debug, Clone, FromRow)]
pub struct StoredCreditNote {
    pub id: i64,
    pub number: String,
    #[sqlx(try_from = "String")]
    pub issued_on: Day,
    pub invoice_id: i64,
    pub invoice_number: String,
    #[sqlx(try_from = "String")]
    pub reason: Coded<CreditReason>,
    #[sqlx(try_from = "String")]
    pub currency: Coded<Currency>,
    pub net_minor: i64,
    pub vat_minor: i64,
    pub total_minor: i64,
    pub refund_reference: Option<String>,
    /// Of the credited invoice: its offer, period and VAT rate.
    #[sqlx(try_from = "String")]
    pub offer_code: Coded<OfferKind>,
    #[sqlx(try_from = "String")]
    pub period_from: Day,
    #[sqlx(try_from = "String")]
    pub period_to: Day,
    pub vat_rate_bp: i64,
}

const SELECT: &str = "SELECT c.id, c.number, c.issued_on, c.invoice_id, i.number AS invoice_number, c.reason, c.currency, c.net_minor, \
    c.vat_minor, c.total_minor, c.refund_reference, i.offer_code, i.period_from, i.period_to, i.vat_rate_bp \
    FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id";

/// The organization's credit notes matching the invoices' filter (the credited
/// invoice's offer, the credit note's year), newest first.
pub async fn list<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, query: &InvoiceQuery) -> Result<Vec<StoredCreditNote>> {
    sqlx::query_as(&format!(
        "{SELECT} WHERE c.organization_id = $1 AND ($2 = '' OR i.offer_code = $2) AND ($3 = 0 OR c.year = $3) \
         ORDER BY c.issued_on DESC, c.sequence DESC"
    ))
    .bind(organization_id)
    .bind(query.offer.map(|o| o.code()).unwrap_or_default())
    .bind(i64::from(query.year.unwrap_or(0)))
    .fetch_all(executor)
    .await
}

/// One credit note of the organization; another organization's id is not found.
pub async fn credit_note<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, id: i64) -> Result<Option<StoredCreditNote>> {
    sqlx::query_as(&format!("{SELECT} WHERE c.id = $1 AND c.organization_id = $2")).bind(id).bind(organization_id).fetch_optional(executor).await
}
