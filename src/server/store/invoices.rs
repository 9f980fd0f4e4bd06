//! Invoices: one per order, numbered gaplessly per calendar year inside the order's
//! transaction, with the buyer's bill-to details copied (a later profile change never
//! alters a past invoice).

use chrono::{Datelike, NaiveDate};
use sqlx::{Any, Transaction};

use super::organizations::Organization;
use crate::server::config::Config;

/// What the invoice records of its order.
#[derive(Debug, Clone)]
pub struct InvoiceDraft<'a> {
    pub order_id: i64,
    pub issued_on: NaiveDate,
    pub buyer: &'a Organization,
    pub offer_code: String,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub currency: &'a str,
    pub net_minor: i64,
    pub vat_rate_bp: u32,
    pub vat_minor: i64,
    pub total_minor: i64,
    pub vat_treatment: &'a str,
    pub payment_method: &'a str,
    pub paid: bool,
    pub exception_id: Option<String>,
}

/// Days a bank transfer has to arrive.
pub const TRANSFER_DUE_DAYS: u64 = 14;

/// The next number of `year` (`2021-000042`), allocated inside `tx`: a rolled back
/// order gives its number back, so numbers stay gapless.
pub async fn allocate_number(tx: &mut Transaction<'static, Any>, year: i32) -> Result<(i64, String), sqlx::Error> {
    let (sequence,): (i64,) = sqlx::query_as(
        "INSERT INTO invoice_counters (year, last_number) VALUES ($1, 1) \
         ON CONFLICT (year) DO UPDATE SET last_number = invoice_counters.last_number + 1 RETURNING last_number",
    )
    .bind(i64::from(year))
    .fetch_one(&mut **tx)
    .await?;
    Ok((sequence, format!("{year}-{sequence:06}")))
}

/// The payment reference of a bank transfer for an invoice number.
pub fn payment_reference(invoice_number: &str) -> String {
    format!("PN-{}", invoice_number.replace('-', ""))
}

/// Creates the invoice of an order; returns its number.
pub async fn create(tx: &mut Transaction<'static, Any>, config: &Config, draft: InvoiceDraft<'_>) -> Result<String, sqlx::Error> {
    let year = draft.issued_on.year();
    let (sequence, number) = allocate_number(tx, year).await?;
    let (due_on, reference) = if draft.paid {
        (None, None)
    } else {
        let due = draft.issued_on.checked_add_days(chrono::Days::new(TRANSFER_DUE_DAYS)).expect("date in range");
        (Some(due.to_string()), Some(payment_reference(&number)))
    };
    let buyer = draft.buyer;
    sqlx::query(
        "INSERT INTO invoices (number, year, sequence, order_id, organization_id, issued_on, seller_name, seller_address, seller_vat_id, \
         seller_country, buyer_name, buyer_partner_id, buyer_address1, buyer_address2, buyer_postal_code, buyer_city, buyer_country, \
         buyer_vat_id, offer_code, period_from, period_to, currency, net_minor, vat_rate_bp, vat_minor, total_minor, vat_treatment, \
         payment_method, status, due_on, payment_reference, exception_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, \
         $26, $27, $28, $29, $30, $31, $32)",
    )
    .bind(&number)
    .bind(i64::from(year))
    .bind(sequence)
    .bind(draft.order_id)
    .bind(buyer.id)
    .bind(draft.issued_on.to_string())
    .bind(&config.seller_name)
    .bind(&config.seller_address)
    .bind(&config.seller_vat_id)
    .bind(config.seller_country.code())
    .bind(&buyer.legal_name)
    .bind(&buyer.partner_id)
    .bind(&buyer.address_line1)
    .bind(&buyer.address_line2)
    .bind(&buyer.postal_code)
    .bind(&buyer.city)
    .bind(buyer.country.code())
    .bind(&buyer.vat_id)
    .bind(&draft.offer_code)
    .bind(draft.period_from.to_string())
    .bind(draft.period_to.to_string())
    .bind(draft.currency)
    .bind(draft.net_minor)
    .bind(i64::from(draft.vat_rate_bp))
    .bind(draft.vat_minor)
    .bind(draft.total_minor)
    .bind(draft.vat_treatment)
    .bind(draft.payment_method)
    .bind(if draft.paid { "paid" } else { "awaiting-payment" })
    .bind(due_on)
    .bind(reference)
    .bind(draft.exception_id)
    .execute(&mut **tx)
    .await?;
    Ok(number)
}
