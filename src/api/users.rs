//! The Users page (Global admin and User admin).

use leptos::prelude::*;

use crate::view::users::UsersView;
use crate::view::AppError;

#[server(endpoint = "users")]
pub async fn load_users() -> Result<UsersView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?.require(Action::ManageUsers)?;
    let page = Page::current();
    let members = crate::server::service::users::list(page.core(), partner.organization_id).await?;
    Ok(crate::server::present::users::users_view(members, partner.user.user_id, &partner.user.roles))
}
