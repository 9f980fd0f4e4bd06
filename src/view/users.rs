//! Users page: Global admin and User admin add users, assign the five partner roles
//! and deactivate users (seed 000: "Add users and assign permissions").

use serde::{Deserialize, Serialize};

use crate::domain::roles::{ManageRefused, Role};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsersView {
    pub users: Vec<UserRow>,
    pub me: i64,
    /// The roles the viewer may give (a User admin cannot give Global admin).
    pub grantable: Vec<Role>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub roles: Vec<Role>,
    pub active: bool,
    /// Why the viewer may not change this user (their own account, or a Global admin
    /// seen by a User admin); `None` when the row's forms are offered.
    pub locked: Option<ManageRefused>,
}

/// The five partner roles, in the seed's order.
pub const PARTNER_ROLES: [Role; 5] = [Role::GlobalAdmin, Role::UserAdmin, Role::MpnPartnerAdmin, Role::AdminAgent, Role::SalesAgent];
