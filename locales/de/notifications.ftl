# membership-offers: see docs/glossary.md for the terms of each language.

## Benachrichtigungen

notifications-title = Benachrichtigungen
notifications-unread-count =
    { $count ->
        [0] Sie haben keine ungelesenen Benachrichtigungen.
        [1] Sie haben 1 ungelesene Benachrichtigung.
       *[other] Sie haben { $count } ungelesene Benachrichtigungen.
    }
notifications-mark-read = Als gelesen markieren
notifications-mark-all-read = Alle als gelesen markieren
notifications-done-read = Als gelesen markiert.
notifications-none = Sie haben noch keine Benachrichtigungen.
notifications-new = Neu
shell-notifications-link =
    { $count ->
        [one] , { $count } ungelesen
       *[other] , { $count } ungelesen
    }
