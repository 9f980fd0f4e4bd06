# membership-offers: see docs/glossary.md for the terms of each language.

## Support: the partner's Partner Center requests, their timeline and the new-request
## form (seed 000/001 words: Support, Report problems with Partner Center, New request,
## Problem type, Submit). Dates arrive formatted.

# Heading of the list of the organization's requests on the Support page.
support-requests-heading = Demandes à l’Espace partenaires
# Button that opens the new-request form.
support-new-request = Nouvelle demande
# Link back to the list of requests.
support-back = Retour au Support
# Shown when the organization has no request (in the chosen status).
support-none = Il n’y a aucune demande ici.
# Label of the status filter above the list of requests.
support-filter-status = État
# Column headings of the list of requests.
support-column-number = Numéro
support-column-subject = Objet
support-column-subscription = Abonnement
support-column-status = État
support-column-updated = Dernière mise à jour

# A request's status.
support-status-open = Ouverte
support-status-in-progress = En cours
support-status-waiting-partner = En attente de votre réponse
support-status-resolved = Résolue
support-status-closed = Fermée

# Problem types of the category "Report problems with Partner Center".
support-problem-membership-offers = Offres d’abonnement et compétences
support-problem-sign-in = Connexion, utilisateurs et rôles
support-problem-other = Autre chose
# The empty first choice of the Problem type list.
support-choose-problem-type = Choisissez un type de problème
# Label of the subject field.
support-subject = Objet
# Label of the reply field on a request.
support-message = Votre message
# Button that sends a reply.
support-send = Envoyer
# Button with which the partner closes their own request.
support-close-request = Fermer la demande
# Heading of the reply form.
support-reply = Répondre
# Heading of the request's history of events and messages.
support-timeline = Historique
# Label of the choice when a cancellation takes effect.
support-effect = Date d’effet de l’annulation
# Label of who opened the request and when.
support-opened-by = Ouverte
# Variables:
#   $name (String) - the name of the user who opened the request
#   $date (String) - the day it was opened
support-opened-by-value = par { $name } le { $date }
# Variables:
#   $number (String) - the request number, e.g. "SR-000012"
#   $subject (String) - the request's subject as the partner wrote it
support-request-title = Demande { $number } : { $subject }

# What happened on a request, one line of its timeline.
support-event-opened = Demande ouverte
support-event-message = Message
support-event-assigned = Prise en charge par le { -partner-support }
support-event-status-changed = État modifié
# Variables:
#   $status (String) - the new status, e.g. "In progress"
support-event-status-changed-to = État modifié : { $status }
support-event-cancellation-completed = Annulation effectuée
support-event-cancellation-declined = Annulation refusée
support-event-closed = Demande fermée

# Confirmations after an action on a request.
support-done-opened = Votre demande a été envoyée. Le { -partner-support } vous répondra ici et par e-mail.
support-done-replied = Votre réponse a été envoyée.
support-done-closed = La demande est fermée.

# When a requested cancellation takes effect.
cancel-effect-now = Maintenant : les avantages prennent fin aujourd’hui
cancel-effect-end-of-term = À la fin de la période en cours

# Shown when someone writes on or acts on a closed request.
refusal-request-closed = Cette demande est fermée. Ouvrez une nouvelle demande si vous avez besoin d’aide.
# Shown when staff try to complete or decline a request that is not a cancellation.
refusal-not-a-cancellation = Cette demande ne porte pas sur une annulation.
# Shown when staff ask for a refund of a term that was not paid by card.
refusal-nothing-to-refund = Aucun paiement par carte de la période en cours n’est à rembourser.

# Variables:
#   $number (String) - the request number, e.g. "SR-000012"
#   $subject (String) - the request's subject
event-support-replied = Le { -partner-support } a répondu à votre demande { $number } : { $subject }.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the day the cancellation takes effect
event-cancellation-completed = Votre offre « { $offer } » est annulée. L’annulation prend effet le { $date } ; le renouvellement automatique est désactivé.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the day the cancellation takes effect
#   $amount (String) - the amount refunded to the card, with its currency
event-cancellation-completed-refunded = Votre offre « { $offer } » est annulée. L’annulation prend effet le { $date } ; { $amount } sont remboursés sur votre carte et un avoir figure sur la page Factures.
# Variables:
#   $offer (String) - the offer's name
#   $number (String) - the request number, e.g. "SR-000012"
event-cancellation-declined = Le { -partner-support } a refusé l’annulation de votre offre « { $offer } ». Son message figure dans la demande { $number }.
# Subject line of the e-mail sent when staff reply on a request.
mail-subject-support-replied = Le { -partner-support } a répondu à votre demande
# Variables:
#   $offer (String) - the offer's name
mail-subject-cancellation-completed = « { $offer } » annulée
# Variables:
#   $offer (String) - the offer's name
mail-subject-cancellation-declined = Annulation de « { $offer } » refusée
