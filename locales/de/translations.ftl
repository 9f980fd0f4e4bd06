# membership-offers: see docs/glossary.md for the terms of each language.

## The translators' workbench (/translations): how far each language is against the
## English source, its messages beside the English, and one message with its preview.
## Read-only: translators edit the .ftl files and commit them.

# Navigation entry and page heading of the workbench.
nav-translations = Übersetzungen
translations-title = Übersetzungen
translations-intro = Wie weit jede Sprache ist. Eine Meldung ist veraltet, wenn sich ihre englische Quelle nach der Übersetzung geändert hat. Öffnen Sie eine Sprache, um ihre Meldungen neben der englischen Quelle zu sehen.
translations-completeness = Vollständigkeit je Sprache
# Variables:
#   $error (String) - the file that does not load, with line, column and the parser's message
translations-problem = Eine Datei lässt sich nicht laden: { $error }
translations-column-language = Sprache
translations-column-total = Meldungen
translations-state-translated = Übersetzt
translations-state-stale = Veraltet
translations-state-missing = Fehlt
# A number of messages in the completeness table.
# Variables:
#   $count (Number) - how many messages
translations-count =
    { $count ->
        [one] { $count } Meldung
       *[other] { $count } Meldungen
    }

## One language's messages

# Variables:
#   $language (String) - the language's own name, e.g. "Nederlands"
translations-language-title = Übersetzungen: { $language }
translations-back-overview = Alle Sprachen
# Variables:
#   $translated (Number) - messages translated from the current English source
#   $total (Number) - messages in English
#   $stale (Number) - translated messages whose English source changed since
#   $missing (Number) - messages the language lacks
translations-progress = { $translated } von { $total } übersetzt, { $stale } veraltet, { $missing } fehlen.
translations-filter-label = Meldungen filtern
translations-filter-show = Anzeigen
translations-filter-all = Alle Meldungen
translations-filter-file = Datei
translations-filter-all-files = Alle Dateien
translations-filter-search = Nach ID oder Text suchen
translations-filter-apply = Filter anwenden
# Variables:
#   $count (Number) - how many messages the filters show
translations-shown =
    { $count ->
        [one] { $count } Meldung angezeigt.
       *[other] { $count } Meldungen angezeigt.
    }
translations-none = Keine Meldung entspricht diesen Filtern.
translations-column-id = Meldungs-ID
translations-column-english = Englisch
translations-column-translation = Übersetzung
translations-column-state = Status
translations-not-translated-short = Nicht übersetzt

## One message

# Variables:
#   $id (String) - the message id, e.g. "offers-renew"
translations-message-title = Meldung { $id }
# Variables:
#   $language (String) - the language's own name, e.g. "Deutsch"
translations-back-language = Alle Meldungen: { $language }
translations-hash = Quell-Hash
# Variables:
#   $current (String) - the hash of the English source now, eight hex digits
#   $recorded (String) - the hash recorded with the translation, or "none recorded"
translations-hash-value = Englisch jetzt { $current }, erfasst { $recorded }
translations-hash-none = nichts erfasst
translations-stale-hint = Die englische Quelle hat sich nach dieser Übersetzung geändert. Prüfen Sie die Übersetzung und erfassen Sie sie dann als geprüft (README, „For translators“).
translations-english-source = Englische Quelle
# Variables:
#   $language (String) - the language's own name, e.g. "Français"
translations-translation-in = Übersetzung: { $language }
translations-not-translated = Noch nicht übersetzt: Die Seiten zeigen den englischen Text.
translations-comment = Hinweis für Übersetzer
translations-no-comment = Diese Meldung hat keinen Hinweis.
translations-variables = Variablen
translations-no-variables = Diese Meldung hat keine Variablen.
translations-column-variable = Variable
translations-column-kind = Art
translations-column-note = Beschreibung
translations-column-sample = Beispiel
translations-sample-numbers = 0, 1, 2, 5
translations-kind-number = Zahl
translations-kind-date = Datum
translations-kind-amount = Betrag
translations-kind-text = Text
translations-glossary = Glossarbegriffe
translations-no-glossary = Diese Meldung verwendet keinen Glossarbegriff.
translations-column-concept = Bedeutung
translations-preview = Vorschau
translations-preview-intro = Die Meldung, wie die Seiten sie zeigen, mit Beispielwerten: die Zahlen 0, 1, 2 und 5 (und eine Zahl Ihrer Wahl), ein Datum und ein Betrag im Format dieser Sprache.
translations-preview-number = Andere Zahl
translations-preview-apply = Vorschau anzeigen
# A preview row's sample: the number given to the message's number variables.
# Variables:
#   $number (Number) - the sample number
translations-preview-with-number = Mit { $number }
translations-preview-sample = Mit Beispielwerten
translations-paging = Vorherige und nächste Meldung
translations-previous = Vorherige Meldung
translations-next = Nächste Meldung
