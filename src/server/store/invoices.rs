//! Invoices: one per order, numbered gaplessly per calendar year inside the order's
//! transaction, with the seller's and the buyer's details copied (a later profile
//! change never alters a past invoice).

use chrono::{Datelike, NaiveDate};
use sqlx::{Any, AnyConnection, Executor, FromRow};

use super::orders::StoredVatTreatment;
use super::organizations::Organization;
use super::{Coded, Day, MaybeDay, Result};
use crate::domain::country::Country;
use crate::domain::dates::transfer_due_on;
use crate::domain::money::{Currency, OrderAmounts};
use crate::domain::offer::OfferKind;
use crate::domain::order::PaymentMethod;

crate::code_enum! {
    pub enum InvoiceStatus: "an invoice status" {
        Paid = "paid",
        AwaitingPayment = "awaiting-payment",
        /// The order was cancelled (a bank transfer not received); a credit note
        /// credits it.
        Cancelled = "cancelled",
    }
}

/// The seller printed on invoices (`SELLER_*` settings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seller {
    pub name: String,
    pub address: String,
    pub vat_id: String,
    pub country: Country,
    /// The account bank transfers are paid into (`SELLER_IBAN`, `SELLER_BIC`).
    pub iban: String,
    pub bic: String,
}

/// What the invoice records of its order.
pub struct InvoiceDraft<'a> {
    pub order_id: i64,
    pub issued_on: NaiveDate,
    pub seller: &'a Seller,
    pub buyer: &'a Organization,
    pub offer: OfferKind,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub amounts: &'a OrderAmounts,
    pub method: PaymentMethod,
    pub status: InvoiceStatus,
    pub exception_id: Option<&'a str>,
}

/// The next number of `year` (`2021-000042`), allocated inside the caller's
/// transaction: a rolled back order gives its number back, so numbers stay gapless.
async fn allocate_number(tx: &mut AnyConnection, year: i32) -> Result<(i64, String)> {
    let (sequence,): (i64,) = sqlx::query_as(
        "INSERT INTO invoice_counters (year, last_number) VALUES ($1, 1) \
         ON CONFLICT (year) DO UPDATE SET last_number = invoice_counters.last_number + 1 RETURNING last_number",
    )
    .bind(i64::from(year))
    .fetch_one(&mut *tx)
    .await?;
    Ok((sequence, format!("{year}-{sequence:06}")))
}

/// The payment reference of a bank transfer for an invoice number.
pub fn payment_reference(invoice_number: &str) -> String {
    format!("PN-{}", invoice_number.replace('-', ""))
}

/// An invoice just created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatedInvoice {
    pub id: i64,
    pub number: String,
    /// For an invoice awaiting a bank transfer: its payment reference and due date.
    pub transfer: Option<(String, NaiveDate)>,
}

/// Creates the invoice of an order inside the order's transaction.
pub async fn create(tx: &mut AnyConnection, draft: &InvoiceDraft<'_>) -> Result<CreatedInvoice> {
    let year = draft.issued_on.year();
    let (sequence, number) = allocate_number(tx, year).await?;
    let transfer = match draft.status {
        InvoiceStatus::Paid => None,
        InvoiceStatus::AwaitingPayment => Some((payment_reference(&number), transfer_due_on(draft.issued_on))),
        InvoiceStatus::Cancelled => None,
    };
    let (reference, due_on) = match &transfer {
        Some((reference, due)) => (Some(reference.clone()), Some(due.to_string())),
        None => (None, None),
    };
    let buyer = draft.buyer;
    let amounts = draft.amounts;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO invoices (number, year, sequence, order_id, organization_id, issued_on, seller_name, seller_address, seller_vat_id, \
         seller_country, buyer_name, buyer_partner_id, buyer_address1, buyer_address2, buyer_postal_code, buyer_city, buyer_country, \
         buyer_vat_id, offer_code, period_from, period_to, currency, net_minor, vat_rate_bp, vat_minor, total_minor, vat_treatment, \
         payment_method, status, due_on, payment_reference, exception_id, seller_iban, seller_bic) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, \
         $26, $27, $28, $29, $30, $31, $32, $33, $34) RETURNING id",
    )
    .bind(&number)
    .bind(i64::from(year))
    .bind(sequence)
    .bind(draft.order_id)
    .bind(buyer.id)
    .bind(draft.issued_on.to_string())
    .bind(&draft.seller.name)
    .bind(&draft.seller.address)
    .bind(&draft.seller.vat_id)
    .bind(draft.seller.country.code())
    .bind(&buyer.legal_name)
    .bind(&buyer.partner_id)
    .bind(&buyer.address_line1)
    .bind(&buyer.address_line2)
    .bind(&buyer.postal_code)
    .bind(&buyer.city)
    .bind(buyer.country().code())
    .bind(&buyer.vat_id)
    .bind(draft.offer.code())
    .bind(draft.period_from.to_string())
    .bind(draft.period_to.to_string())
    .bind(amounts.total.currency().code())
    .bind(amounts.net.minor())
    .bind(i64::from(amounts.vat_rate_bp))
    .bind(amounts.vat.minor())
    .bind(amounts.total.minor())
    .bind(StoredVatTreatment::from(amounts.treatment).code())
    .bind(draft.method.code())
    .bind(draft.status.code())
    .bind(due_on)
    .bind(reference)
    .bind(draft.exception_id)
    .bind(transfer.as_ref().map(|_| draft.seller.iban.clone()))
    .bind(transfer.as_ref().map(|_| draft.seller.bic.clone()))
    .fetch_one(&mut *tx)
    .await?;
    Ok(CreatedInvoice { id, number, transfer })
}

/// One stored invoice, as the list, the PDF and the export need it.
#[derive(Debug, Clone, FromRow)]
pub struct StoredInvoice {
    pub id: i64,
    pub number: String,
    pub organization_id: i64,
    #[sqlx(try_from = "String")]
    pub issued_on: Day,
    pub seller_name: String,
    pub seller_address: String,
    pub seller_vat_id: String,
    pub buyer_name: String,
    pub buyer_partner_id: String,
    pub buyer_address1: String,
    pub buyer_address2: String,
    pub buyer_postal_code: String,
    pub buyer_city: String,
    #[sqlx(try_from = "String")]
    pub buyer_country: Coded<Country>,
    pub buyer_vat_id: String,
    #[sqlx(try_from = "String")]
    pub offer_code: Coded<OfferKind>,
    #[sqlx(try_from = "String")]
    pub period_from: Day,
    #[sqlx(try_from = "String")]
    pub period_to: Day,
    #[sqlx(try_from = "String")]
    pub currency: Coded<Currency>,
    pub net_minor: i64,
    pub vat_rate_bp: i64,
    pub vat_minor: i64,
    pub total_minor: i64,
    #[sqlx(try_from = "String")]
    pub vat_treatment: Coded<StoredVatTreatment>,
    #[sqlx(try_from = "String")]
    pub payment_method: Coded<PaymentMethod>,
    #[sqlx(try_from = "String")]
    pub status: Coded<InvoiceStatus>,
    #[sqlx(try_from = "Option<String>")]
    pub due_on: MaybeDay,
    pub payment_reference: Option<String>,
    pub exception_id: Option<String>,
    /// Where a bank transfer is to be paid into.
    pub seller_iban: Option<String>,
    pub seller_bic: Option<String>,
}

impl StoredInvoice {
    pub fn offer(&self) -> OfferKind {
        self.offer_code.0
    }

    pub fn is_paid(&self) -> bool {
        self.status.0 == InvoiceStatus::Paid
    }
}

const COLUMNS: &str = "id, number, organization_id, issued_on, seller_name, seller_address, seller_vat_id, buyer_name, buyer_partner_id, \
    buyer_address1, buyer_address2, buyer_postal_code, buyer_city, buyer_country, buyer_vat_id, offer_code, period_from, period_to, \
    currency, net_minor, vat_rate_bp, vat_minor, total_minor, vat_treatment, payment_method, status, due_on, payment_reference, exception_id, \
    seller_iban, seller_bic";

/// Which of the organization's invoices to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InvoiceQuery {
    pub offer: Option<OfferKind>,
    pub year: Option<i32>,
}

/// The organization's invoices matching `query`, newest first.
pub async fn list<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, query: &InvoiceQuery) -> Result<Vec<StoredInvoice>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM invoices WHERE organization_id = $1 \
         AND ($2 = '' OR offer_code = $2) AND ($3 = 0 OR year = $3) ORDER BY issued_on DESC, sequence DESC"
    ))
    .bind(organization_id)
    .bind(query.offer.map(|o| o.code()).unwrap_or_default())
    .bind(i64::from(query.year.unwrap_or(0)))
    .fetch_all(executor)
    .await
}

/// One invoice of the organization; another organization's id is not found.
pub async fn invoice<'e, E: Executor<'e, Database = Any>>(executor: E, organization_id: i64, id: i64) -> Result<Option<StoredInvoice>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM invoices WHERE id = $1 AND organization_id = $2"))
        .bind(id)
        .bind(organization_id)
        .fetch_optional(executor)
        .await
}

/// The invoice is paid (a bank transfer received on `paid_on`); a first purchase's
/// period starts that day.
pub async fn mark_paid<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64, paid_on: NaiveDate, period_from: NaiveDate, period_to: NaiveDate) -> Result<()> {
    sqlx::query("UPDATE invoices SET status = $1, paid_on = $2, period_from = $3, period_to = $4 WHERE id = $5")
        .bind(InvoiceStatus::Paid.code())
        .bind(paid_on.to_string())
        .bind(period_from.to_string())
        .bind(period_to.to_string())
        .bind(id)
        .execute(executor)
        .await?;
    Ok(())
}

pub async fn mark_cancelled<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64) -> Result<()> {
    sqlx::query("UPDATE invoices SET status = $1 WHERE id = $2").bind(InvoiceStatus::Cancelled.code()).bind(id).execute(executor).await?;
    Ok(())
}

/// The invoice of an order.
pub async fn of_order<'e, E: Executor<'e, Database = Any>>(executor: E, order_id: i64) -> Result<Option<StoredInvoice>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM invoices WHERE order_id = $1")).bind(order_id).fetch_optional(executor).await
}
