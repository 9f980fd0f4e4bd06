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

/// A subscription's details for the page of one of its actions (turn off automatic
/// renewal, request the cancellation): refused with 403 for a role without it.
#[server(endpoint = "offer_for_action")]
pub async fn load_offer_for_action(id: i64, action: crate::domain::roles::Action) -> Result<OfferDetails, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Partner, render::Page};
    if !matches!(action, Action::TurnOffAutoRenewal | Action::RequestCancellation) {
        return Err(AppError::BadRequest);
    }
    let partner = Partner::from_context()?.require(action)?;
    let page = Page::current();
    let details = crate::server::service::offers::details(page.core(), partner.organization_id, id).await?;
    Ok(crate::server::present::offers::offer_details(&details, partner.may(Action::Renew), &page.i18n(), page.fmt()))
}
