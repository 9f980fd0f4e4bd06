//! The invoices page.

use crate::i18n::format::Formatter;
use crate::server::service::invoices::InvoiceList;
use crate::view::invoices::{InvoiceRow, InvoicesView};

pub fn invoices_view(list: &InvoiceList, can_download: bool, fmt: &Formatter) -> InvoicesView {
    let rows = list
        .invoices
        .iter()
        .map(|invoice| {
            let currency = invoice.currency.0;
            InvoiceRow {
                id: invoice.id,
                number: invoice.number.clone(),
                issued_on: fmt.date(invoice.issued_on.0),
                offer: invoice.offer(),
                total: fmt.money(invoice.total_minor, currency.code(), currency.minor_digits()),
                paid: invoice.is_paid(),
                due_on: invoice.due_on.0.map(|d| fmt.date(d)),
            }
        })
        .collect();
    InvoicesView { rows, years: list.years.clone(), offers: list.offers.clone(), can_download }
}
