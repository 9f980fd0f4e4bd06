//! The Notifications page.

use leptos::prelude::*;

use crate::view::notifications::NotificationsView;
use crate::view::AppError;

#[server(endpoint = "notifications")]
pub async fn load_notifications() -> Result<NotificationsView, AppError> {
    use crate::server::service::notifications;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?;
    let page = Page::current();
    let (org, user) = (partner.organization_id, partner.user.user_id);
    let list = notifications::list(page.core(), org, user).await?;
    let unread = notifications::unread(page.core(), org, user).await?;
    Ok(crate::server::present::notifications::notifications_view(&list, unread, &page.i18n(), page.fmt()))
}
