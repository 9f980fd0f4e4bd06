# membership-offers: see docs/glossary.md for the terms of each language.

## Notifications: what the portal told the partner, newest first.

notifications-title = Notifications
# Variables:
#   $count (Number) - how many notifications are unread
notifications-unread-count =
    { $count ->
        [0] You have no unread notifications.
        [1] You have 1 unread notification.
       *[other] You have { $count } unread notifications.
    }
notifications-mark-read = Mark as read
notifications-mark-all-read = Mark all as read
notifications-done-read = Marked as read.
notifications-none = You have no notifications yet.
# Badge on an unread notification.
notifications-new = New
# Read by screen readers after "Notifications" in the header.
# Variables:
#   $count (Number) - how many notifications are unread
shell-notifications-link =
    { $count ->
        [one] , { $count } unread
       *[other] , { $count } unread
    }
