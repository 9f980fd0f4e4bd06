# membership-offers: see docs/glossary.md for the terms of each language.

## 通知

notifications-title = 通知
notifications-unread-count =
    { $count ->
        [0] 你没有未读通知。
       *[other] 你有 { $count } 条未读通知。
    }
notifications-mark-read = 标记为已读
notifications-mark-all-read = 全部标记为已读
notifications-done-read = 已标记为已读。
notifications-none = 你还没有任何通知。
notifications-new = 新
shell-notifications-link = ，{ $count } 条未读
