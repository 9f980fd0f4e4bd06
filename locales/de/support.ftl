# membership-offers: see docs/glossary.md for the terms of each language.

## Support: the partner's Partner Center requests, their timeline and the new-request
## form (seed 000/001 words: Support, Report problems with Partner Center, New request,
## Problem type, Submit). Dates arrive formatted.

# Heading of the list of the organization's requests on the Support page.
support-requests-heading = Partner Center-Anfragen
# Button that opens the new-request form.
support-new-request = Neue Anfrage
# Link back to the list of requests.
support-back = Zurück zu Support
# Shown when the organization has no request (in the chosen status).
support-none = Hier gibt es keine Anfragen.
# Label of the status filter above the list of requests.
support-filter-status = Status
# Column headings of the list of requests.
support-column-number = Nummer
support-column-subject = Betreff
support-column-subscription = Abonnement
support-column-status = Status
support-column-updated = Letzte Änderung

# A request's status.
support-status-open = Offen
support-status-in-progress = In Bearbeitung
support-status-waiting-partner = Wartet auf Sie
support-status-resolved = Gelöst
support-status-closed = Geschlossen

# Problem types of the category "Report problems with Partner Center".
support-problem-membership-offers = Mitgliedschaftsangebote und Kompetenzen
support-problem-sign-in = Anmeldung, Benutzer und Rollen
support-problem-other = Etwas anderes
# The empty first choice of the Problem type list.
support-choose-problem-type = Problemtyp auswählen
# Label of the subject field.
support-subject = Betreff
# Label of the reply field on a request.
support-message = Ihre Nachricht
# Button that sends a reply.
support-send = Senden
# Button with which the partner closes their own request.
support-close-request = Anfrage schließen
# Heading of the reply form.
support-reply = Antworten
# Heading of the request's history of events and messages.
support-timeline = Verlauf
# Label of the choice when a cancellation takes effect.
support-effect = Wann die Kündigung wirksam wird
# Label of who opened the request and when.
support-opened-by = Geöffnet
# Variables:
#   $name (String) - the name of the user who opened the request
#   $date (String) - the day it was opened
support-opened-by-value = von { $name } am { $date }
# Variables:
#   $number (String) - the request number, e.g. "SR-000012"
#   $subject (String) - the request's subject as the partner wrote it
support-request-title = Anfrage { $number }: { $subject }

# What happened on a request, one line of its timeline.
support-event-opened = Anfrage geöffnet
support-event-message = Nachricht
support-event-assigned = Vom { -partner-support } übernommen
support-event-status-changed = Status geändert
# Variables:
#   $status (String) - the new status, e.g. "In progress"
support-event-status-changed-to = Status geändert in „{ $status }“
support-event-cancellation-completed = Kündigung abgeschlossen
support-event-cancellation-declined = Kündigung abgelehnt
support-event-closed = Anfrage geschlossen

# Confirmations after an action on a request.
support-done-opened = Ihre Anfrage wurde gesendet. Der { -partner-support } antwortet hier und per E-Mail.
support-done-replied = Ihre Antwort wurde gesendet.
support-done-closed = Die Anfrage ist geschlossen.

# When a requested cancellation takes effect.
cancel-effect-now = Sofort: Die Vorteile enden heute
cancel-effect-end-of-term = Zum Ende der aktuellen Laufzeit

# Shown when someone writes on or acts on a closed request.
refusal-request-closed = Diese Anfrage ist geschlossen. Öffnen Sie eine neue Anfrage, wenn Sie weitere Hilfe benötigen.
# Shown when staff try to complete or decline a request that is not a cancellation.
refusal-not-a-cancellation = Diese Anfrage ist keine Kündigung.
# Shown when staff ask for a refund of a term that was not paid by card.
refusal-nothing-to-refund = Für die aktuelle Laufzeit gibt es keine Kartenzahlung, die erstattet werden kann.

# Variables:
#   $number (String) - the request number, e.g. "SR-000012"
#   $subject (String) - the request's subject
event-support-replied = Der { -partner-support } hat Ihre Anfrage { $number } beantwortet: { $subject }.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the day the cancellation takes effect
event-cancellation-completed = Ihr Angebot „{ $offer }“ ist gekündigt. Die Kündigung wird am { $date } wirksam; die automatische Verlängerung ist deaktiviert.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the day the cancellation takes effect
#   $amount (String) - the amount refunded to the card, with its currency
event-cancellation-completed-refunded = Ihr Angebot „{ $offer }“ ist gekündigt. Die Kündigung wird am { $date } wirksam; { $amount } werden Ihrer Karte erstattet, und eine Gutschrift steht auf der Seite „Rechnungen“.
# Variables:
#   $offer (String) - the offer's name
#   $number (String) - the request number, e.g. "SR-000012"
event-cancellation-declined = Der { -partner-support } hat die Kündigung Ihres Angebots „{ $offer }“ abgelehnt. Die Nachricht finden Sie in Anfrage { $number }.
# Subject line of the e-mail sent when staff reply on a request.
mail-subject-support-replied = Der { -partner-support } hat Ihre Anfrage beantwortet
# Variables:
#   $offer (String) - the offer's name
mail-subject-cancellation-completed = „{ $offer }“ gekündigt
# Variables:
#   $offer (String) - the offer's name
mail-subject-cancellation-declined = Kündigung von „{ $offer }“ abgelehnt
