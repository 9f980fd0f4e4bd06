//! Users page: Global admin and User admin add users, assign the five partner roles
//! and deactivate users (seed 000: "Add users and assign permissions").

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;
use crate::domain::roles::Role;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsersView {
    pub users: Vec<UserRow>,
    pub me: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub roles: Vec<Role>,
    pub active: bool,
}

/// The five partner roles, in the seed's order.
pub const PARTNER_ROLES: [Role; 5] = [Role::GlobalAdmin, Role::UserAdmin, Role::MpnPartnerAdmin, Role::AdminAgent, Role::SalesAgent];

pub fn role_label_id(role: Role) -> &'static str {
    match role {
        Role::GlobalAdmin => crate::fl!("role-global-admin"),
        Role::UserAdmin => crate::fl!("role-user-admin"),
        Role::MpnPartnerAdmin => crate::fl!("role-partner-admin"),
        Role::AdminAgent => crate::fl!("role-admin-agent"),
        Role::SalesAgent => crate::fl!("role-sales-agent"),
        Role::SupportAgent => crate::fl!("role-support-agent"),
    }
}

#[server(endpoint = "users")]
pub async fn load_users() -> Result<UsersView, AppError> {
    crate::server::users::users_view().await
}
