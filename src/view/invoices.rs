//! Invoices page: the organization's invoices, newest first, filterable by offer and
//! year, with PDF download and a reconciliation export (CSV).

use serde::{Deserialize, Serialize};

use crate::domain::offer::OfferKind;
use crate::domain::order::CreditReason;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoicesView {
    pub rows: Vec<InvoiceRow>,
    /// Years that have invoices, newest first (for the filter).
    pub years: Vec<i32>,
    /// Offers that have invoices (for the filter).
    pub offers: Vec<OfferKind>,
    /// Credit notes issued in the same filter, newest first.
    pub credit_notes: Vec<CreditNoteRow>,
}

/// A credit note as the invoices page lists it (negative amount).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreditNoteRow {
    pub id: i64,
    pub number: String,
    pub issued_on: String,
    pub offer: OfferKind,
    /// The number of the invoice it credits.
    pub invoice_number: String,
    pub reason: CreditReason,
    pub total: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceRow {
    pub id: i64,
    pub number: String,
    pub issued_on: String,
    pub offer: OfferKind,
    pub total: String,
    pub paid: bool,
    /// For an unpaid invoice: the due date.
    pub due_on: Option<String>,
    /// The order was cancelled (its bank transfer did not come).
    pub cancelled: bool,
    /// The number of the credit note that credits it, if any.
    pub credited_by: Option<String>,
}

/// The filters of the invoices page (from its query string).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceFilter {
    pub offer: Option<OfferKind>,
    pub year: Option<i32>,
}

impl InvoiceFilter {
    /// The query string of this filter (`offer=...&year=...`), for links.
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(offer) = &self.offer {
            parts.push(format!("offer={}", offer.code()));
        }
        if let Some(year) = self.year {
            parts.push(format!("year={year}"));
        }
        parts.join("&")
    }
}
