//! The invoices page.

use leptos::prelude::*;

use crate::view::invoices::{InvoiceFilter, InvoicesView};
use crate::view::AppError;

#[server(endpoint = "invoices")]
pub async fn load_invoices(filter: InvoiceFilter) -> Result<InvoicesView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::store::invoices::InvoiceQuery;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?.require(Action::DownloadInvoice)?;
    let page = Page::current();
    let query = InvoiceQuery { offer: filter.offer, year: filter.year };
    let list = crate::server::service::invoices::list(page.core(), partner.organization_id, &query).await?;
    Ok(crate::server::present::invoices::invoices_view(&list, true, page.fmt()))
}
