//! The invoices page.

use crate::i18n::format::Formatter;
use crate::server::service::invoices::InvoiceList;
use crate::server::store::invoices::InvoiceStatus;
use crate::view::invoices::{CreditNoteRow, InvoiceRow, InvoicesView};

pub fn invoices_view(list: &InvoiceList, fmt: &Formatter) -> InvoicesView {
    let money = |minor: i64, currency: crate::domain::money::Currency| fmt.money(minor, currency.code(), currency.minor_digits());
    let rows = list
        .invoices
        .iter()
        .map(|invoice| InvoiceRow {
            id: invoice.id,
            number: invoice.number.clone(),
            issued_on: fmt.date(invoice.issued_on.0),
            offer: invoice.offer(),
            total: money(invoice.total_minor, invoice.currency.0),
            paid: invoice.is_paid(),
            due_on: invoice.due_on.0.map(|d| fmt.date(d)),
            cancelled: invoice.status.0 == InvoiceStatus::Cancelled,
            credited_by: list.credit_notes.iter().find(|credit| credit.invoice_id == invoice.id).map(|credit| credit.number.clone()),
        })
        .collect();
    let credit_notes = list
        .credit_notes
        .iter()
        .map(|credit| CreditNoteRow {
            id: credit.id,
            number: credit.number.clone(),
            issued_on: fmt.date(credit.issued_on.0),
            offer: credit.offer_code.0,
            invoice_number: credit.invoice_number.clone(),
            reason: credit.reason.0,
            total: money(credit.total_minor, credit.currency.0),
        })
        .collect();
    InvoicesView { rows, years: list.years.clone(), offers: list.offers.clone(), credit_notes }
}
