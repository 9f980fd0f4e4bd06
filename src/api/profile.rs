//! The partner profile (and the enroll page, which starts from it).

use leptos::prelude::*;

use crate::view::profile::ProfileView;
use crate::view::AppError;

#[server(endpoint = "profile")]
pub async fn load_profile() -> Result<ProfileView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?.require(Action::EditProfile)?;
    let page = Page::current();
    let org = crate::server::service::profile::load(page.core(), partner.organization_id).await?;
    Ok(crate::server::present::profile::profile_view(org, page.fmt()))
}

/// The profile as the enroll page starts from it: only for the roles that may enroll.
#[server(endpoint = "enroll_profile")]
pub async fn load_enroll_profile() -> Result<ProfileView, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::Partner, render::Page};
    let partner = Partner::from_context()?.require(Action::Enroll)?;
    let page = Page::current();
    let org = crate::server::service::profile::load(page.core(), partner.organization_id).await?;
    Ok(crate::server::present::profile::profile_view(org, page.fmt()))
}
