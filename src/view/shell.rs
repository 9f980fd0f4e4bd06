//! What the frame of every page needs to know about the visitor.

use serde::{Deserialize, Serialize};

/// The signed-in user and organization as the header shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Visitor {
    pub signed_in: bool,
    pub user_name: String,
    /// The partner organization; `None` for network staff.
    pub organization_name: Option<String>,
    pub is_staff: bool,
    /// The staff console (Support agent).
    pub can_handle_support: bool,
    /// The translators' workbench (Translator).
    pub can_view_translations: bool,
    pub can_manage_users: bool,
    pub can_view_audit_log: bool,
    /// Invoices, the profile and support are for users with a partner role; a user
    /// with no role sees only the offers and their status.
    pub can_view_invoices: bool,
    pub can_edit_profile: bool,
    pub can_use_support: bool,
    /// Unread notifications of a partner user.
    pub unread_notifications: i64,
}
