# membership-offers: see docs/glossary.md for the terms of each language.

## The translators' workbench (/translations): how far each language is against the
## English source, its messages beside the English, and one message with its preview.
## Read-only: translators edit the .ftl files and commit them.

# Navigation entry and page heading of the workbench.
nav-translations = Traductions
translations-title = Traductions
translations-intro = L’avancement de chaque langue. Un message est obsolète quand sa source anglaise a changé après sa traduction. Ouvrez une langue pour voir ses messages à côté de la source anglaise.
translations-completeness = Avancement par langue
# Variables:
#   $error (String) - the file that does not load, with line, column and the parser's message
translations-problem = Un fichier ne se charge pas : { $error }
translations-column-language = Langue
translations-column-total = Messages
translations-state-translated = Traduit
translations-state-stale = Obsolète
translations-state-missing = Manquant
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
translations-language-title = Traductions : { $language }
translations-back-overview = Toutes les langues
# Variables:
#   $translated (Number) - messages translated from the current English source
#   $total (Number) - messages in English
#   $stale (Number) - translated messages whose English source changed since
#   $missing (Number) - messages the language lacks
translations-progress = { $translated } sur { $total } traduits, { $stale } obsolètes, { $missing } manquants.
translations-filter-label = Filtrer les messages
translations-filter-show = Afficher
translations-filter-all = Tous les messages
translations-filter-file = Fichier
translations-filter-all-files = Tous les fichiers
translations-filter-search = Rechercher par identifiant ou texte
translations-filter-apply = Appliquer les filtres
# Variables:
#   $count (Number) - how many messages the filters show
translations-shown =
    { $count ->
        [one] { $count } message affiché.
       *[other] { $count } messages affichés.
    }
translations-none = Aucun message ne correspond à ces filtres.
translations-column-id = Identifiant du message
translations-column-english = Anglais
translations-column-translation = Traduction
translations-column-state = État
translations-not-translated-short = Non traduit

## One message

# Variables:
#   $id (String) - the message id, e.g. "offers-renew"
translations-message-title = Message { $id }
# Variables:
#   $language (String) - the language's own name, e.g. "Deutsch"
translations-back-language = Tous les messages : { $language }
translations-hash = Empreinte de la source
# Variables:
#   $current (String) - the hash of the English source now, eight hex digits
#   $recorded (String) - the hash recorded with the translation, or "none recorded"
translations-hash-value = Anglais actuel { $current }, enregistrée { $recorded }
translations-hash-none = aucune enregistrée
translations-stale-hint = La source anglaise a changé après cette traduction. Vérifiez la traduction, puis enregistrez-la comme relue (README, « For translators »).
translations-english-source = Source anglaise
# Variables:
#   $language (String) - the language's own name, e.g. "Français"
translations-translation-in = Traduction : { $language }
translations-not-translated = Pas encore traduit : les pages affichent le texte anglais.
translations-comment = Commentaire pour les traducteurs
translations-no-comment = Ce message n’a pas de commentaire.
translations-variables = Variables
translations-no-variables = Ce message n’a pas de variable.
translations-column-variable = Variable
translations-column-kind = Type
translations-column-note = Description
translations-column-sample = Exemple
translations-sample-numbers = 0, 1, 2, 5
translations-kind-number = Nombre
translations-kind-date = Date
translations-kind-amount = Montant
translations-kind-text = Texte
translations-glossary = Termes du glossaire
translations-no-glossary = Ce message n’utilise aucun terme du glossaire.
translations-column-concept = Ce qu’il désigne
translations-preview = Aperçu
translations-preview-intro = Le message tel que les pages l’affichent, avec des valeurs d’exemple : les nombres 0, 1, 2 et 5 (et un nombre de votre choix), une date et un montant au format de cette langue.
translations-preview-number = Autre nombre
translations-preview-apply = Afficher l’aperçu
# A preview row's sample: the number given to the message's number variables.
# Variables:
#   $number (Number) - the sample number
translations-preview-with-number = Avec { $number }
translations-preview-sample = Avec des valeurs d’exemple
translations-paging = Message précédent et suivant
translations-previous = Message précédent
translations-next = Message suivant
