//! What the frame of every page needs to know about the visitor.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

/// The signed-in user and organization as the header shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Visitor {
    pub signed_in: bool,
    pub user_name: String,
    /// The partner organization; `None` for network staff.
    pub organization_name: Option<String>,
    pub is_staff: bool,
    pub can_manage_users: bool,
    pub can_view_audit_log: bool,
}

/// The header's information about the current visitor (signed out: the default).
#[server(endpoint = "visitor")]
pub async fn load_visitor() -> Result<Visitor, AppError> {
    use crate::domain::roles::Action;
    use crate::server::auth::current_user;
    use crate::server::state::AppState;

    let Ok(user) = current_user() else { return Ok(Visitor::default()) };
    let state = expect_context::<AppState>();
    let organization_name = match user.organization_id {
        Some(id) => sqlx::query_as::<_, (String,)>("SELECT legal_name FROM organizations WHERE id = $1")
            .bind(id)
            .fetch_optional(state.db.pool())
            .await
            .map_err(|e| crate::server::error::internal("loading the visitor", &e))?
            .map(|(name,)| name),
        None => None,
    };
    Ok(Visitor {
        signed_in: true,
        user_name: user.display_name.clone(),
        organization_name,
        is_staff: user.organization_id.is_none(),
        can_manage_users: user.may(Action::ManageUsers),
        can_view_audit_log: user.may(Action::ViewAuditLog),
    })
}
