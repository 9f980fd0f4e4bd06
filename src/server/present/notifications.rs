//! The Notifications page.

use crate::i18n::format::Formatter;
use crate::i18n::I18n;
use crate::server::present::events::sentence;
use crate::server::service::notifications::Notification;
use crate::view::notifications::{NotificationItem, NotificationsView};

pub fn notifications_view(list: &[Notification], unread: i64, i18n: &I18n, fmt: &Formatter) -> NotificationsView {
    let items = list
        .iter()
        .map(|n| NotificationItem {
            id: n.id,
            text: sentence(&n.event, i18n, fmt),
            at: fmt.date(n.at.date_naive()),
            read: n.read,
            link: n.event.link(),
        })
        .collect();
    NotificationsView { items, unread }
}
