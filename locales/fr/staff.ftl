# membership-offers: see docs/glossary.md for the terms of each language.

## The network staff console (/staff): the support-request queue across organizations,
## bank transfers awaiting payment, and the competency requirement records. Read by
## support agents only. Dates and amounts arrive formatted.

# Title of the queue of support requests.
staff-queue-title = Demandes de support
# Variables:
#   $count (Number) - how many requests are open, in progress or waiting for the partner
staff-open-count =
    { $count ->
        [0] Aucune demande n’est ouverte.
        [1] Une demande est ouverte.
       *[other] { $count } demandes sont ouvertes.
    }
# Filter: only the requests assigned to the signed-in agent.
staff-filter-mine = Qui me sont attribuées
# Column headings of the queue.
staff-column-organization = Organisation
staff-column-assigned = Attribuée à
staff-column-opened = Ouverte le
# Link back to the queue.
staff-back = Retour à la file d’attente
# Button: the signed-in agent takes the request on.
staff-assign-to-me = Me l’attribuer
# Label of the reply field; the partner is notified.
staff-reply = Réponse au partenaire
# Label of the status list and its button.
staff-set-status = État
staff-save-status = Enregistrer l’état
# Heading of the section with the cancellation's actions.
staff-cancellation-heading = Annulation
# Checkbox: refund the current term's card payment with a credit note.
staff-refund = Rembourser le paiement par carte de la période en cours et émettre un avoir
# Buttons that complete or decline the requested cancellation.
staff-complete-cancellation = Effectuer l’annulation
staff-decline-message = Message au partenaire : pourquoi l’annulation est refusée
staff-decline-cancellation = Refuser l’annulation

# Confirmations after a staff action.
staff-done-assigned = La demande vous est attribuée.
staff-done-replied = Votre réponse a été envoyée ; le partenaire a été prévenu.
staff-done-status = L’état est enregistré.
staff-done-completed = L’annulation est effectuée ; le partenaire a été prévenu.
staff-done-declined = L’annulation est refusée ; le partenaire a été prévenu.
staff-done-received = Le virement est marqué comme reçu : la facture est payée et la commande exécutée.
staff-done-not-received = La commande est annulée et sa facture créditée par un avoir.
staff-done-competency = L’état des exigences est enregistré.

# Title of the list of orders awaiting a bank transfer.
staff-transfers-title = Virements bancaires en attente de paiement
# Shown when no order awaits a transfer.
staff-transfers-none = Aucune commande n’attend de virement bancaire.
# Variables:
#   $number (String) - the order number, e.g. "MO-0000012"
#   $organization (String) - the partner organization's legal name
staff-transfer-heading = Commande { $number }, { $organization }
# Labels of an awaited order's facts.
staff-transfer-reference = Référence de paiement
staff-transfer-ordered = Date de commande
staff-transfer-due = Date d’échéance
# Variables:
#   $currency (String) - the invoice's currency code, e.g. "EUR"
staff-transfer-amount = Montant reçu ({ $currency })
# Label of the day the money arrived.
staff-transfer-received-on = Reçu le
# Buttons that settle the awaited order.
staff-mark-received = Marquer comme reçu
staff-mark-not-received = Marquer comme non reçu et annuler la commande

# Title and introduction of the competency requirement records.
staff-competencies-title = Exigences des compétences
staff-competencies-intro = Les registres du réseau indiquant si chaque organisation remplit les exigences d’un domaine de compétence. La démo les tient ici ; les partenaires voient le résultat sur leur page Compétences.
# Libellé du champ de recherche sur les noms des organisations.
staff-competencies-search = Le nom de l’organisation contient
staff-competencies-search-submit = Rechercher
# Au-dessus des cartes : les organisations affichées sur cette page.
# Variables:
#   $first (Number) - la position de la première organisation de la page
#   $last (Number) - la position de la dernière
#   $total (Number) - le nombre d’organisations correspondant à la recherche
staff-competencies-range = { $total ->
    [1] Une organisation
   *[other] Organisations { $first } à { $last } sur { $total }
}
staff-competencies-none = Aucune organisation n’a encore de données de compétences.
# Variables:
#   $search (String) - le texte recherché
staff-competencies-no-match = Aucune organisation ne contient « { $search } » dans son nom.
# Variables:
#   $area (String) - the competency area, e.g. "Cloud Platform"
staff-competency-missing = { $area } : exigences encore manquantes
# Button that saves one organization's requirement status.
staff-save-competency = Enregistrer

## Staff console: VAT IDs awaiting verification (/staff/vat-ids).

staff-vat-title = Numéros de TVA en attente de vérification
staff-vat-intro = Un numéro de TVA ne donne droit à l’autoliquidation qu’une fois vérifié. Contrôlez chaque numéro dans le registre national (VIES) et avec l’adresse de l’organisation, puis vérifiez-le ou refusez-le. Les administrateurs du partenaire sont avertis dans les deux cas.
staff-vat-none = Aucun numéro de TVA n’attend de vérification.
# Buttons on each VAT ID.
staff-vat-verify = Vérifier
staff-vat-reject = Refuser
staff-done-vat-verified = Le numéro de TVA est vérifié ; le partenaire est averti. Ses prochaines commandes seront en autoliquidation le cas échéant.
staff-done-vat-rejected = Le numéro de TVA est refusé ; le partenaire est averti.
# Shown when the partner changed or removed the VAT ID after the page was loaded.
refusal-vat-id-changed = Ce numéro de TVA a été modifié ou supprimé depuis le chargement de la page. Vérifiez le numéro actuel.
# Notifications and e-mail after a VAT ID was verified or rejected.
# Variables:
#   $id (String) - the VAT ID
event-vat-id-verified = Votre numéro de TVA { $id } est vérifié. Vos commandes sont désormais facturées en autoliquidation le cas échéant.
# Variables:
#   $id (String) - the VAT ID
event-vat-id-rejected = Votre numéro de TVA { $id } n’a pas pu être vérifié. Vérifiez-le dans votre profil partenaire ou ouvrez une demande de support. La TVA est facturée tant qu’aucun numéro de TVA n’est vérifié.
# Subject lines of those e-mails.
# Variables:
#   $offer (String) - the VAT ID
mail-subject-vat-id-verified = Numéro de TVA { $offer } vérifié
# Variables:
#   $offer (String) - the VAT ID
mail-subject-vat-id-rejected = Numéro de TVA { $offer } non vérifié
