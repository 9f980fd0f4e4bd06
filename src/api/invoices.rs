//! The invoices page.

use leptos::prelude::*;

use crate::view::invoices::{InvoiceFilter, InvoicesView};
use crate::view::AppError;

#[server(endpoint = "invoices")]
pub async fn load_invoices(#[server(default)] filter: InvoiceFilter) -> Result<InvoicesView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::service::invoices::{self, Selection};
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?.require(Action::DownloadInvoice)?;
    let page = Page::current();
    let selection = Selection { offer: filter.offer, year: filter.year };
    let list = invoices::list(page.core(), partner.organization_id, selection).await?;
    Ok(crate::server::present::invoices::invoices_view(&list, page.fmt()))
}
