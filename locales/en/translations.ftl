# membership-offers: see docs/glossary.md for the terms of each language.

## The translators' workbench (/translations): how far each language is against the
## English source, its messages beside the English, and one message with its preview.
## Read-only: translators edit the .ftl files and commit them.

# Navigation entry and page heading of the workbench.
nav-translations = Translations
translations-title = Translations
translations-intro = How far each language is. A message is stale when its English source changed after it was translated. Open a language to see its messages beside the English source.
translations-completeness = Completeness per language
# Variables:
#   $error (String) - the file that does not load, with line, column and the parser's message
translations-problem = A file does not load: { $error }
translations-column-language = Language
translations-column-total = Messages
translations-state-translated = Translated
translations-state-stale = Stale
translations-state-missing = Missing
# A number of messages in the completeness table.
# Variables:
#   $count (Number) - how many messages
translations-count =
    { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }

## One language's messages

# Variables:
#   $language (String) - the language's own name, e.g. "Nederlands"
translations-language-title = Translations: { $language }
translations-back-overview = All languages
# Variables:
#   $translated (Number) - messages translated from the current English source
#   $total (Number) - messages in English
#   $stale (Number) - translated messages whose English source changed since
#   $missing (Number) - messages the language lacks
translations-progress = { $translated } of { $total } translated, { $stale } stale, { $missing } missing.
translations-filter-label = Filter the messages
translations-filter-show = Show
translations-filter-all = All messages
translations-filter-file = File
translations-filter-all-files = All files
translations-filter-search = Search by id or text
translations-filter-apply = Apply filters
# Variables:
#   $count (Number) - how many messages the filters show
translations-shown =
    { $count ->
        [one] { $count } message shown.
       *[other] { $count } messages shown.
    }
translations-none = No message matches these filters.
translations-column-id = Message id
translations-column-english = English
translations-column-translation = Translation
translations-column-state = State
translations-not-translated-short = Not translated

## One message

# Variables:
#   $id (String) - the message id, e.g. "offers-renew"
translations-message-title = Message { $id }
# Variables:
#   $language (String) - the language's own name, e.g. "Deutsch"
translations-back-language = All messages: { $language }
translations-hash = Source hash
# Variables:
#   $current (String) - the hash of the English source now, eight hex digits
#   $recorded (String) - the hash recorded with the translation, or "none recorded"
translations-hash-value = English now { $current }, recorded { $recorded }
translations-hash-none = none recorded
translations-stale-hint = The English source changed after this translation. Check the translation, then record it as reviewed (README, “For translators”).
translations-english-source = English source
# Variables:
#   $language (String) - the language's own name, e.g. "Français"
translations-translation-in = Translation: { $language }
translations-not-translated = Not translated yet: pages show the English text.
translations-comment = Comment for translators
translations-no-comment = This message has no comment.
translations-variables = Variables
translations-no-variables = This message takes no variables.
translations-column-variable = Variable
translations-column-kind = Kind
translations-column-note = Description
translations-column-sample = Sample
translations-sample-numbers = 0, 1, 2, 5
translations-kind-number = Number
translations-kind-date = Date
translations-kind-amount = Amount
translations-kind-text = Text
translations-glossary = Glossary terms
translations-no-glossary = This message uses no glossary term.
translations-column-concept = What it names
translations-preview = Preview
translations-preview-intro = The message as pages show it, formatted with sample values: numbers 0, 1, 2 and 5 (and one of your choice), a date and an amount in this language’s format.
translations-preview-number = Another number
translations-preview-apply = Preview
# A preview row's sample: the number given to the message's number variables.
# Variables:
#   $number (Number) - the sample number
translations-preview-with-number = With { $number }
translations-preview-sample = With sample values
translations-paging = Previous and next message
translations-previous = Previous message
translations-next = Next message
