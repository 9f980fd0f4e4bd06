# membership-offers: see docs/glossary.md for the terms of each language.

## Support: the partner's Partner Center requests, their timeline and the new-request
## form (seed 000/001 words: Support, Report problems with Partner Center, New request,
## Problem type, Submit). Dates arrive formatted.

# Heading of the list of the organization's requests on the Support page.
support-requests-heading = Partner Center-aanvragen
# Button that opens the new-request form.
support-new-request = Nieuwe aanvraag
# Link back to the list of requests.
support-back = Terug naar Ondersteuning
# Shown when the organization has no request (in the chosen status).
support-none = Er zijn hier geen aanvragen.
# Label of the status filter above the list of requests.
support-filter-status = Status
# Column headings of the list of requests.
support-column-number = Nummer
support-column-subject = Onderwerp
support-column-subscription = Abonnement
support-column-status = Status
support-column-updated = Laatst bijgewerkt

# A request's status.
support-status-open = Open
support-status-in-progress = In behandeling
support-status-waiting-partner = Wacht op u
support-status-resolved = Opgelost
support-status-closed = Gesloten

# Problem types of the category "Report problems with Partner Center".
support-problem-membership-offers = Lidmaatschapsaanbiedingen en competenties
support-problem-sign-in = Aanmelden, gebruikers en rollen
support-problem-other = Iets anders
# The empty first choice of the Problem type list.
support-choose-problem-type = Kies een soort probleem
# Label of the subject field.
support-subject = Onderwerp
# Label of the reply field on a request.
support-message = Uw bericht
# Button that sends a reply.
support-send = Verzenden
# Button with which the partner closes their own request.
support-close-request = Aanvraag sluiten
# Heading of the reply form.
support-reply = Antwoorden
# Heading of the request's history of events and messages.
support-timeline = Tijdlijn
# Label of the choice when a cancellation takes effect.
support-effect = Wanneer de annulering ingaat
# Label of who opened the request and when.
support-opened-by = Geopend
# Variables:
#   $name (String) - the name of the user who opened the request
#   $date (String) - the day it was opened
support-opened-by-value = door { $name } op { $date }
# Variables:
#   $number (String) - the request number, e.g. "SR-000012"
#   $subject (String) - the request's subject as the partner wrote it
support-request-title = Aanvraag { $number }: { $subject }

# What happened on a request, one line of its timeline.
support-event-opened = Aanvraag geopend
support-event-message = Bericht
support-event-assigned = In behandeling genomen door { -partner-support }
support-event-status-changed = Status gewijzigd
# Variables:
#   $status (String) - the new status, e.g. "In progress"
support-event-status-changed-to = Status gewijzigd in { $status }
support-event-cancellation-completed = Annulering voltooid
support-event-cancellation-declined = Annulering geweigerd
support-event-closed = Aanvraag gesloten

# Confirmations after an action on a request.
support-done-opened = Uw aanvraag is verzonden. { -partner-support } antwoordt hier en per e-mail.
support-done-replied = Uw antwoord is verzonden.
support-done-closed = De aanvraag is gesloten.

# When a requested cancellation takes effect.
cancel-effect-now = Nu: de voordelen eindigen vandaag
cancel-effect-end-of-term = Aan het einde van de huidige termijn

# Shown when someone writes on or acts on a closed request.
refusal-request-closed = Deze aanvraag is gesloten. Open een nieuwe aanvraag als u meer hulp nodig hebt.
# Shown when staff try to complete or decline a request that is not a cancellation.
refusal-not-a-cancellation = Deze aanvraag vraagt niet om een annulering.
# Shown when staff ask for a refund of a term that was not paid by card.
refusal-nothing-to-refund = Er is geen kaartbetaling van de huidige termijn om terug te betalen.

# Variables:
#   $number (String) - the request number, e.g. "SR-000012"
#   $subject (String) - the request's subject
event-support-replied = { -partner-support } heeft uw aanvraag { $number } beantwoord: { $subject }.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the day the cancellation takes effect
event-cancellation-completed = Uw { $offer } is geannuleerd. De annulering gaat in op { $date }; automatische verlenging staat uit.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the day the cancellation takes effect
#   $amount (String) - the amount refunded to the card, with its currency
event-cancellation-completed-refunded = Uw { $offer } is geannuleerd. De annulering gaat in op { $date }; { $amount } wordt teruggestort op uw kaart en een creditnota staat op de pagina Facturen.
# Variables:
#   $offer (String) - the offer's name
#   $number (String) - the request number, e.g. "SR-000012"
event-cancellation-declined = { -partner-support } heeft de annulering van uw { $offer } geweigerd. Het bericht staat bij aanvraag { $number }.
# Subject line of the e-mail sent when staff reply on a request.
mail-subject-support-replied = { -partner-support } heeft uw aanvraag beantwoord
# Variables:
#   $offer (String) - the offer's name
mail-subject-cancellation-completed = { $offer } geannuleerd
# Variables:
#   $offer (String) - the offer's name
mail-subject-cancellation-declined = Annulering van { $offer } geweigerd
