## The network staff console (/staff): the support-request queue across organizations,
## bank transfers awaiting payment, and the competency requirement records. Read by
## support agents only. Dates and amounts arrive formatted.

# Title of the queue of support requests.
staff-queue-title = Demandes de support
# Variables:
#   $count (Number) - how many requests are open, in progress or waiting for the partner
staff-open-count =
    { $count ->
        [one] Une demande est ouverte.
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
# Variables:
#   $area (String) - the competency area, e.g. "Cloud Platform"
staff-competency-missing = { $area } : exigences encore manquantes
# Button that saves one organization's requirement status.
staff-save-competency = Enregistrer
