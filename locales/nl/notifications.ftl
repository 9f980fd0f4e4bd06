# membership-offers: see docs/glossary.md for the terms of each language.

## Meldingen

notifications-title = Meldingen
notifications-unread-count =
    { $count ->
        [0] U hebt geen ongelezen meldingen.
        [1] U hebt 1 ongelezen melding.
       *[other] U hebt { $count } ongelezen meldingen.
    }
notifications-mark-read = Markeren als gelezen
notifications-mark-all-read = Alles markeren als gelezen
notifications-done-read = Gemarkeerd als gelezen.
notifications-none = U hebt nog geen meldingen.
notifications-new = Nieuw
shell-notifications-link =
    { $count ->
        [one] , { $count } ongelezen
       *[other] , { $count } ongelezen
    }
