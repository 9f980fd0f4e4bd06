//! The Notifications page: what the partner was told, newest first.

use serde::{Deserialize, Serialize};

use super::Notice;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationsView {
    pub items: Vec<NotificationItem>,
    pub unread: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationItem {
    pub id: i64,
    pub text: Notice,
    /// When, formatted.
    pub at: String,
    pub read: bool,
    /// The subscription's page.
    pub link: String,
}
