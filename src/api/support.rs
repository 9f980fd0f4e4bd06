//! The partner's support requests.

use leptos::prelude::*;

use crate::domain::support::RequestStatus;
use crate::view::support::{RequestView, SupportListView};
use crate::view::AppError;

#[server(endpoint = "support_requests")]
pub async fn load_support(status: Option<RequestStatus>) -> Result<SupportListView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?.require(Action::ViewSupportRequests)?;
    let page = Page::current();
    let rows = crate::server::service::support::list_of(page.core(), partner.organization_id, status).await?;
    Ok(crate::server::present::support::list_view(&rows, true, page.fmt()))
}

#[server(endpoint = "support_request")]
pub async fn load_request(id: i64) -> Result<RequestView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?.require(Action::ViewSupportRequests)?;
    let page = Page::current();
    let details = crate::server::service::support::details(page.core(), Some(partner.organization_id), id).await?;
    Ok(crate::server::present::support::request_view(&details, None, page.fmt()))
}

/// Whether the user may open a new request (the New request page asks first).
#[server(endpoint = "support_may_open")]
pub async fn may_open_request() -> Result<(), AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::extract::Partner;
    Partner::from_context()?.require(Action::ViewSupportRequests)?;
    Ok(())
}
