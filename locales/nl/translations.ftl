# membership-offers: see docs/glossary.md for the terms of each language.

## The translators' workbench (/translations): how far each language is against the
## English source, its messages beside the English, and one message with its preview.
## Read-only: translators edit the .ftl files and commit them.

# Navigation entry and page heading of the workbench.
nav-translations = Vertalingen
translations-title = Vertalingen
translations-intro = Hoe ver elke taal is. Een bericht is verouderd als de Engelse bron is gewijzigd nadat het is vertaald. Open een taal om de berichten naast de Engelse bron te zien.
translations-completeness = Volledigheid per taal
# Variables:
#   $error (String) - the file that does not load, with line, column and the parser's message
translations-problem = Een bestand laadt niet: { $error }
translations-column-language = Taal
translations-column-total = Berichten
translations-state-translated = Vertaald
translations-state-stale = Verouderd
translations-state-missing = Ontbreekt
# A number of messages in the completeness table.
# Variables:
#   $count (Number) - how many messages
translations-count =
    { $count ->
        [one] { $count } bericht
       *[other] { $count } berichten
    }

## One language's messages

# Variables:
#   $language (String) - the language's own name, e.g. "Nederlands"
translations-language-title = Vertalingen: { $language }
translations-back-overview = Alle talen
# Variables:
#   $translated (Number) - messages translated from the current English source
#   $total (Number) - messages in English
#   $stale (Number) - translated messages whose English source changed since
#   $missing (Number) - messages the language lacks
translations-progress = { $translated } van { $total } vertaald, { $stale } verouderd, { $missing } ontbreken.
translations-filter-label = Berichten filteren
translations-filter-show = Tonen
translations-filter-all = Alle berichten
translations-filter-file = Bestand
translations-filter-all-files = Alle bestanden
translations-filter-search = Zoeken op id of tekst
translations-filter-apply = Filters toepassen
# Variables:
#   $count (Number) - how many messages the filters show
translations-shown =
    { $count ->
        [one] { $count } bericht getoond.
       *[other] { $count } berichten getoond.
    }
translations-none = Geen bericht voldoet aan deze filters.
translations-column-id = Bericht-id
translations-column-english = Engels
translations-column-translation = Vertaling
translations-column-state = Status
translations-not-translated-short = Niet vertaald

## One message

# Variables:
#   $id (String) - the message id, e.g. "offers-renew"
translations-message-title = Bericht { $id }
# Variables:
#   $language (String) - the language's own name, e.g. "Deutsch"
translations-back-language = Alle berichten: { $language }
translations-hash = Bron-hash
# Variables:
#   $current (String) - the hash of the English source now, eight hex digits
#   $recorded (String) - the hash recorded with the translation, or "none recorded"
translations-hash-value = Engels nu { $current }, vastgelegd { $recorded }
translations-hash-none = niets vastgelegd
translations-stale-hint = De Engelse bron is gewijzigd na deze vertaling. Controleer de vertaling en leg haar daarna vast als nagekeken (README, ‘For translators’).
translations-english-source = Engelse bron
# Variables:
#   $language (String) - the language's own name, e.g. "Français"
translations-translation-in = Vertaling: { $language }
translations-not-translated = Nog niet vertaald: pagina’s tonen de Engelse tekst.
translations-comment = Opmerking voor vertalers
translations-no-comment = Dit bericht heeft geen opmerking.
translations-variables = Variabelen
translations-no-variables = Dit bericht heeft geen variabelen.
translations-column-variable = Variabele
translations-column-kind = Soort
translations-column-note = Beschrijving
translations-column-sample = Voorbeeld
translations-sample-numbers = 0, 1, 2, 5
translations-kind-number = Getal
translations-kind-date = Datum
translations-kind-amount = Bedrag
translations-kind-text = Tekst
translations-glossary = Woordenlijsttermen
translations-no-glossary = Dit bericht gebruikt geen term uit de woordenlijst.
translations-column-concept = Betekenis
translations-preview = Voorbeeldweergave
translations-preview-intro = Het bericht zoals pagina’s het tonen, met voorbeeldwaarden: de getallen 0, 1, 2 en 5 (en een getal naar keuze), een datum en een bedrag in de notatie van deze taal.
translations-preview-number = Ander getal
translations-preview-apply = Voorbeeld tonen
# A preview row's sample: the number given to the message's number variables.
# Variables:
#   $number (Number) - the sample number
translations-preview-with-number = Met { $number }
translations-preview-sample = Met voorbeeldwaarden
translations-paging = Vorig en volgend bericht
translations-previous = Vorig bericht
translations-next = Volgend bericht
