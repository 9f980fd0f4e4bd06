//! The organization's invoices: the list (with its filter choices) and one invoice.

use chrono::Datelike;

use super::{found, Result};
use crate::domain::offer::OfferKind;
use crate::server::core::Core;
use crate::server::store::invoices::{self, InvoiceQuery, StoredInvoice};

/// The invoices matching a filter, and the years and offers there are to filter by.
#[derive(Debug, Clone)]
pub struct InvoiceList {
    pub invoices: Vec<StoredInvoice>,
    /// Years that have invoices, newest first.
    pub years: Vec<i32>,
    /// Offers that have invoices, in order of their newest invoice.
    pub offers: Vec<OfferKind>,
}

#[tracing::instrument(skip(core))]
pub async fn list(core: &Core, organization_id: i64, query: &InvoiceQuery) -> Result<InvoiceList> {
    let pool = core.db.pool();
    let all = invoices::list(pool, organization_id, &InvoiceQuery::default()).await?;
    let mut years: Vec<i32> = all.iter().map(|i| i.issued_on.0.year()).collect();
    years.dedup();
    let mut offers: Vec<OfferKind> = Vec::new();
    for invoice in &all {
        if !offers.contains(&invoice.offer()) {
            offers.push(invoice.offer());
        }
    }
    let invoices = if *query == InvoiceQuery::default() { all } else { invoices::list(pool, organization_id, query).await? };
    Ok(InvoiceList { invoices, years, offers })
}

/// The invoices matching a filter (the export).
pub async fn matching(core: &Core, organization_id: i64, query: &InvoiceQuery) -> Result<Vec<StoredInvoice>> {
    Ok(invoices::list(core.db.pool(), organization_id, query).await?)
}

/// One invoice of the organization.
#[tracing::instrument(skip(core))]
pub async fn invoice(core: &Core, organization_id: i64, id: i64) -> Result<StoredInvoice> {
    found(invoices::invoice(core.db.pool(), organization_id, id).await?)
}
