//! The organization's invoices: the list (with its filter choices) and one invoice.

use chrono::Datelike;

use super::{found, Result};
use crate::domain::offer::OfferKind;
use crate::server::core::Core;
use crate::server::store::credit_notes::{self, StoredCreditNote};
use crate::server::store::invoices::{self, InvoiceQuery, StoredInvoice};

/// Which of the organization's invoices and credit notes to show; an empty field does
/// not filter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Selection {
    pub offer: Option<OfferKind>,
    pub year: Option<i32>,
}

impl Selection {
    fn query(self) -> InvoiceQuery {
        InvoiceQuery { offer: self.offer, year: self.year }
    }
}

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
pub async fn list(core: &Core, organization_id: i64, selection: Selection) -> Result<InvoiceList> {
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
    if selection == Selection::default() {
        return Ok(InvoiceList { invoices: all, years, offers, credit_notes: all_credit_notes });
    }
    let query = &selection.query();
    let invoices = invoices::list(pool, organization_id, query).await?;
    let credit_notes = credit_notes::list(pool, organization_id, query).await?;
    Ok(InvoiceList { invoices, years, offers, credit_notes })
}

/// The invoices and credit notes matching a filter (the export).
#[tracing::instrument(skip(core))]
pub async fn matching(core: &Core, organization_id: i64, selection: Selection) -> Result<(Vec<StoredInvoice>, Vec<StoredCreditNote>)> {
    let pool = core.db.pool();
    let query = &selection.query();
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
