//! The network staff console: the queue, one request, bank transfers, competencies,
//! VAT IDs awaiting verification.
//! Support agents only; anyone else is told the page does not exist.

use leptos::prelude::*;

use crate::view::support::{CompetencyFilter, RequestFilter, RequestView, StaffCompetenciesView, StaffQueueView, StaffTransfersView};
use crate::view::AppError;

#[server(endpoint = "staff_queue")]
pub async fn load_queue(#[server(default)] filter: RequestFilter) -> Result<StaffQueueView, AppError> {
    use crate::server::service::support::QueueFilter;
    use crate::server::web::{extract::Staff, render::Page};
    let staff = Staff::from_context()?;
    let page = Page::current();
    let filter = QueueFilter {
        status: filter.status,
        problem_type: filter.problem_type,
        organization_id: filter.organization,
        assigned_to: filter.mine.then_some(staff.user.user_id),
    };
    let core = page.core();
    let rows = crate::server::service::support::queue(core, filter).await?;
    let organizations = crate::server::service::profile::organization_names(core).await?;
    let open = crate::server::service::support::open_count(core).await?;
    Ok(crate::server::present::support::queue_view(&rows, organizations, open, page.fmt()))
}

#[server(endpoint = "staff_request")]
pub async fn load_staff_request(id: i64) -> Result<RequestView, AppError> {
    use crate::server::web::{extract::Staff, render::Page};
    let staff = Staff::from_context()?;
    let page = Page::current();
    let details = crate::server::service::support::details(page.core(), None, id).await?;
    Ok(crate::server::present::support::request_view(&details, Some(staff.user.user_id), page.fmt()))
}

#[server(endpoint = "staff_transfers")]
pub async fn load_transfers() -> Result<StaffTransfersView, AppError> {
    use crate::server::web::{extract::Staff, render::Page};
    Staff::from_context()?;
    let page = Page::current();
    let rows = crate::server::service::transfers::awaiting(page.core()).await?;
    Ok(crate::server::present::support::transfers_view(&rows, page.core().clock.today(), page.fmt()))
}

#[server(endpoint = "staff_competencies")]
pub async fn load_staff_competencies(#[server(default)] filter: CompetencyFilter) -> Result<StaffCompetenciesView, AppError> {
    use crate::server::web::{extract::Staff, render::Page};
    Staff::from_context()?;
    let page = Page::current();
    let all = crate::server::service::competencies::all(page.core()).await?;
    Ok(crate::server::present::support::staff_competencies_view(&all, &filter, page.fmt()))
}

#[server(endpoint = "staff_vat_ids")]
pub async fn load_staff_vat_ids() -> Result<crate::view::support::StaffVatIdsView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Staff, render::Page};
    let staff = Staff::from_context()?;
    if !staff.user.may(Action::VerifyVatId) {
        return Err(AppError::NotFound);
    }
    let page = Page::current();
    let awaiting = crate::server::service::vat::awaiting(page.core()).await?;
    Ok(crate::server::present::support::staff_vat_ids_view(awaiting))
}
