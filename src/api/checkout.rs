//! The checkout's pages: the payment step, the review, the confirmation.

use leptos::prelude::*;

use crate::domain::order::CheckoutTarget;
use crate::view::checkout::{ConfirmationView, PaymentStep, ReviewView};
use crate::view::AppError;

#[server(endpoint = "checkout_payment_step")]
pub async fn load_payment_step(target: CheckoutTarget) -> Result<PaymentStep, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?.require(Action::Buy)?;
    let page = Page::current();
    let step = crate::server::service::checkout::steps::payment_step(page.core(), partner.organization_id, target).await?;
    Ok(crate::server::present::checkout::payment_step(&step, target, page.fmt()))
}

#[server(endpoint = "checkout_review")]
pub async fn load_review(key: String) -> Result<ReviewView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?.require(Action::Buy)?;
    let page = Page::current();
    let review = crate::server::service::checkout::steps::review(page.core(), partner.organization_id, &key).await?;
    Ok(crate::server::present::checkout::review(&review, &page.i18n(), page.fmt()))
}

#[server(endpoint = "checkout_confirmation")]
pub async fn load_confirmation(key: String) -> Result<ConfirmationView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?.require(Action::Buy)?;
    let page = Page::current();
    let done = crate::server::service::checkout::steps::confirmation(page.core(), partner.organization_id, &key).await?;
    Ok(crate::server::present::checkout::confirmation(&done, page.fmt()))
}
