# membership-offers: see docs/glossary.md for the terms of each language.

## Notifications

notifications-title = Notifications
notifications-unread-count =
    { $count ->
        [0] Vous n’avez aucune notification non lue.
        [1] Vous avez 1 notification non lue.
       *[other] Vous avez { $count } notifications non lues.
    }
notifications-mark-read = Marquer comme lue
notifications-mark-all-read = Tout marquer comme lu
notifications-done-read = Marqué comme lu.
notifications-none = Vous n’avez encore aucune notification.
notifications-new = Nouveau
shell-notifications-link =
    { $count ->
        [one] , { $count } non lue
       *[other] , { $count } non lues
    }
