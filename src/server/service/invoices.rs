//! The organization's invoices: the list (with its filter choices) and one invoice.

use chrono::Datelike;

use super::{found, Result};
use crate::domain::offer::OfferKind;
use crate::server::core::Core;
use crate::server::store::credit_notes::{self, StoredCreditNote};
use crate::server::store::invoices::{self, InvoiceQuery, StoredInvoice};

/// The invoices matching a filter, and the years and offers there are to filter by.
#[derive(Debug, Clone)]
pub struct InvoiceList {
    pub invoices: Vec<StoredInvoice>,
    /// Years that have invoices, newest first.
    pub years: Vec<i32>,
    /// Offers that have invoices, in order of their newest invoice.
    pub offers: Vec<OfferKind>,
    /// The credit notes matching the same filter.
    pub credit_notes: Vec<StoredCreditNote>,
}

#[tracing::instrument(skip(core))]
pub async fn list(core: &Core, organization_id: i64, query: &InvoiceQuery) -> Result<InvoiceList> {
    let pool = core.db.pool();
    let all = invoices::list(pool, organization_id, &InvoiceQuery::default()).await?;
    let all_credit_notes = credit_notes::list(pool, organization_id, &InvoiceQuery::default()).await?;
    let mut years: Vec<i32> = all.iter().map(|i| i.issued_on.0.year()).chain(all_credit_notes.iter().map(|c| c.issued_on.0.year())).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    let mut offers: Vec<OfferKind> = Vec::new();
    for invoice in &all {
        if !offers.contains(&invoice.offer()) {
            offers.push(invoice.offer());
        }
    }
    let invoices = if *query == InvoiceQuery::default() { all } else { invoices::list(pool, organization_id, query).await? };
    let credit_notes = if *query == InvoiceQuery::default() { all_credit_notes } else { credit_notes::list(pool, organization_id, query).await? };
    Ok(InvoiceList { invoices, years, offers, credit_notes })
}

/// The invoices and credit notes matching a filter (the export).
pub async fn matching(core: &Core, organization_id: i64, query: &InvoiceQuery) -> Result<(Vec<StoredInvoice>, Vec<StoredCreditNote>)> {
    let pool = core.db.pool();
    Ok((invoices::list(pool, organization_id, query).await?, credit_notes::list(pool, organization_id, query).await?))
}

/// One credit note of the organization, with the invoice it credits.
#[tracing::instrument(skip(core))]
pub async fn credit_note(core: &Core, organization_id: i64, id: i64) -> Result<(StoredCreditNote, StoredInvoice)> {
    let pool = core.db.pool();
    let credit = found(credit_notes::credit_note(pool, organization_id, id).await?)?;
    let invoice = found(invoices::invoice(pool, organization_id, credit.invoice_id).await?)?;
    Ok((credit, invoice))
}

/// One invoice of the organization.
#[tracing::instrument(skip(core))]
pub async fn invoice(core: &Core, organization_id: i64, id: i64) -> Result<StoredInvoice> {
    found(invoices::invoice(core.db.pool(), organization_id, id).await?)
}
