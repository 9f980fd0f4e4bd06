//! The Competencies page (seed 002).

use leptos::prelude::*;

use crate::view::support::CompetenciesView;
use crate::view::AppError;

#[server(endpoint = "competencies")]
pub async fn load_competencies() -> Result<CompetenciesView, AppError> {
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?;
    let page = Page::current();
    let competencies = crate::server::service::competencies::of_organization(page.core(), partner.organization_id).await?;
    Ok(crate::server::present::support::competencies_view(&competencies, page.fmt()))
}
