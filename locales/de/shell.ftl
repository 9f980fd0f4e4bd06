# membership-offers: see docs/glossary.md for the terms of each language.

## Der Rahmen jeder Seite: Kopfzeile, Navigation, Sprachauswahl, Fußzeile.

# Der Name des Netzwerks (ein Markenname).
-network-name = Partnernetzwerk
# Das Team, das Supportanfragen beantwortet, USt-IdNr. prüft und Kündigungen abschließt.
# Maskulin: „der Partner-Support“, „vom Partner-Support“.
-partner-support = Partner-Support
# Der Produktname in der Kopfzeile und im Browser-Tab.
shell-product-name = Mitgliedschaftsangebote im { -network-name }
# Titel einer Seite im Browser-Tab.
# Variables:
#   $page (String) - die Überschrift der Seite, zum Beispiel "Mitgliedschaftsangebote"
shell-page-title = { $page } · { -network-name }
shell-skip-to-content = Zum Inhalt springen
shell-language-label = Sprache
shell-footer = { -network-name } · Portal für Mitgliedschaftsangebote
shell-coming-soon = Dieser Bereich des Portals folgt in Kürze.

## Navigation

nav-label = Hauptmenü
nav-menu-toggle = Menü
nav-offers = Mitgliedschaftsangebote
nav-competencies = Kompetenzen
nav-invoices = Rechnungen
nav-support = Support
nav-users = Benutzer
nav-profile = Partnerprofil
# Staff console navigation: the queue of support requests across organizations.
nav-staff-requests = Supportanfragen
# Staff console navigation: orders awaiting a bank transfer.
nav-staff-transfers = Überweisungen
# Staff console navigation: VAT IDs awaiting verification.
nav-staff-vat-ids = USt-IdNrn.

## Sprachnamen, jeweils in der eigenen Sprache.

lang-name-en = English
lang-name-nl = Nederlands
lang-name-de = Deutsch
lang-name-fr = Français
lang-name-zh = 简体中文

## Seite nicht gefunden

not-found-title = Seite nicht gefunden
not-found-body = Die angeforderte Seite gibt es nicht oder sie wurde verschoben.
not-found-home-link = Zu den Mitgliedschaftsangeboten

## Angemeldeter Benutzer

# Wird für Support-Mitarbeiter des Netzwerks in der Kopfzeile anstelle einer Organisation angezeigt.
shell-staff = { -partner-support }
# Schaltfläche in der Kopfzeile, die die Sitzung beendet.
shell-sign-out = Abmelden

## Country names (the organization's country on the profile, the order review and invoices).

country-nl = Niederlande
country-de = Deutschland
country-fr = Frankreich
country-be = Belgien
country-at = Österreich
country-gb = Vereinigtes Königreich
country-cn = China
country-us = Vereinigte Staaten

## Für Übersetzer: angezeigt, solange LOCALES_RELOAD=1 gesetzt ist (Entwicklung).

# Unten auf jeder Seite, wenn eine geänderte .ftl-Datei nicht lädt; darunter Datei,
# Zeile und Spalte des Fehlers.
locales-reload-failed = Die geänderten Übersetzungen lassen sich nicht laden, deshalb sehen Sie die zuletzt geladene Fassung. Korrigieren Sie die Datei unten und laden Sie die Seite neu.

## Blättern durch die Seiten einer langen Liste.

# Der Navigationsbereich um die Seitenlinks.
pager-label = Seiten
pager-previous = Vorherige Seite
pager-next = Nächste Seite
# Variables:
#   $page (Number) - diese Seite, ab 1
#   $pages (Number) - die Anzahl der Seiten
pager-position = Seite { $page } von { $pages }
