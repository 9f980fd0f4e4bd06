//! The membership offers page and offer details.

use leptos::prelude::*;

use crate::view::offers::{OfferDetails, OffersView};
use crate::view::AppError;

#[server(endpoint = "offers")]
pub async fn load_offers() -> Result<OffersView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?;
    let page = Page::current();
    let overview = crate::server::service::offers::overview(page.core(), partner.organization_id).await?;
    Ok(crate::server::present::offers::offers_view(&overview, partner.may(Action::Renew), &page.i18n(), page.fmt()))
}

#[server(endpoint = "offer_details")]
pub async fn load_offer_details(id: i64) -> Result<OfferDetails, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?;
    let page = Page::current();
    let details = crate::server::service::offers::details(page.core(), partner.organization_id, id).await?;
    Ok(crate::server::present::offers::offer_details(&details, partner.may(Action::Renew), &page.i18n(), page.fmt()))
}
