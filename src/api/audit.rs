//! The organization's audit log (Global admin).

use leptos::prelude::*;

use crate::view::audit::{AuditFilter, AuditView};
use crate::view::AppError;

#[server(endpoint = "audit")]
pub async fn load_audit(#[server(default)] filter: AuditFilter) -> Result<AuditView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?.require(Action::ViewAuditLog)?;
    let page = Page::current();
    let log = crate::server::service::audit::log(page.core(), partner.organization_id, filter.action, filter.user).await?;
    Ok(crate::server::present::audit::audit_view(log, &page.i18n(), page.fmt()))
}
