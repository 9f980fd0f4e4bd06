//! What the frame of every page needs to know about the visitor.

use leptos::prelude::*;

use crate::view::shell::Visitor;
use crate::view::AppError;

/// The header's information about the current visitor (signed out: the default).
#[server(endpoint = "visitor")]
pub async fn load_visitor() -> Result<Visitor, AppError> {
    use crate::domain::roles::Action;
    use crate::server::web::{extract::SignedIn, render::Page};
    let Ok(SignedIn(user)) = SignedIn::from_context() else { return Ok(Visitor::default()) };
    let page = Page::current();
    let (organization_name, unread_notifications) = match user.organization_id {
        Some(id) => crate::server::service::profile::header(page.core(), id, user.user_id).await?,
        None => (None, 0),
    };
    Ok(Visitor {
        signed_in: true,
        user_name: user.display_name.clone(),
        organization_name,
        is_staff: user.is_staff(),
        can_handle_support: user.may(Action::HandleSupportRequests),
        can_view_translations: user.may(Action::ViewTranslations),
        can_manage_users: user.may(Action::ManageUsers),
        can_view_audit_log: user.may(Action::ViewAuditLog),
        can_view_invoices: user.may(Action::DownloadInvoice),
        can_edit_profile: user.may(Action::EditProfile),
        can_use_support: user.may(Action::ViewSupportRequests),
        unread_notifications,
    })
}
