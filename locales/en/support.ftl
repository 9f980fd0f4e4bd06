# membership-offers: see docs/glossary.md for the terms of each language.

## Support: the partner's Partner Center requests, their timeline and the new-request
## form (seed 000/001 words: Support, Report problems with Partner Center, New request,
## Problem type, Submit). Dates arrive formatted.

# Heading of the list of the organization's requests on the Support page.
support-requests-heading = Partner Center requests
# Button that opens the new-request form.
support-new-request = New request
# Link back to the list of requests.
support-back = Back to Support
# Shown when the organization has no request (in the chosen status).
support-none = There are no requests here.
# Label of the status filter above the list of requests.
support-filter-status = Status
# Column headings of the list of requests.
support-column-number = Number
support-column-subject = Subject
support-column-subscription = Subscription
support-column-status = Status
support-column-updated = Last update

# A request's status.
support-status-open = Open
support-status-in-progress = In progress
support-status-waiting-partner = Waiting for you
support-status-resolved = Resolved
support-status-closed = Closed

# Problem types of the category "Report problems with Partner Center".
support-problem-membership-offers = Membership offers and competencies
support-problem-sign-in = Sign-in, users and roles
support-problem-other = Something else
# The empty first choice of the Problem type list.
support-choose-problem-type = Choose a problem type
# Label of the subject field.
support-subject = Subject
# Label of the reply field on a request.
support-message = Your message
# Button that sends a reply.
support-send = Send
# Button with which the partner closes their own request.
support-close-request = Close request
# Heading of the reply form.
support-reply = Reply
# Heading of the request's history of events and messages.
support-timeline = Timeline
# Label of the choice when a cancellation takes effect.
support-effect = When the cancellation takes effect
# Label of who opened the request and when.
support-opened-by = Opened
# Variables:
#   $name (String) - the name of the user who opened the request
#   $date (String) - the day it was opened
support-opened-by-value = by { $name } on { $date }
# Variables:
#   $number (String) - the request number, e.g. "SR-000012"
#   $subject (String) - the request's subject as the partner wrote it
support-request-title = Request { $number }: { $subject }

# What happened on a request, one line of its timeline.
support-event-opened = Request opened
support-event-message = Message
support-event-assigned = Taken on by { -partner-support }
support-event-status-changed = Status changed
# Variables:
#   $status (String) - the new status, e.g. "In progress"
support-event-status-changed-to = Status changed to { $status }
support-event-cancellation-completed = Cancellation completed
support-event-cancellation-declined = Cancellation declined
support-event-closed = Request closed

# Confirmations after an action on a request.
support-done-opened = Your request was sent. { -partner-support } will answer here and by e-mail.
support-done-replied = Your reply was sent.
support-done-closed = The request is closed.

# When a requested cancellation takes effect.
cancel-effect-now = Now: the benefits end today
cancel-effect-end-of-term = At the end of the current term

# Shown when someone writes on or acts on a closed request.
refusal-request-closed = This request is closed. Open a new request if you need more help.
# Shown when staff try to complete or decline a request that is not a cancellation.
refusal-not-a-cancellation = This request does not ask for a cancellation.
# Shown when staff ask for a refund of a term that was not paid by card.
refusal-nothing-to-refund = There is no card payment of the current term to refund.

# Variables:
#   $number (String) - the request number, e.g. "SR-000012"
#   $subject (String) - the request's subject
event-support-replied = { -partner-support } answered your request { $number }: { $subject }.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the day the cancellation takes effect
event-cancellation-completed = Your { $offer } is cancelled. The cancellation takes effect on { $date }; automatic renewal is off.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the day the cancellation takes effect
#   $amount (String) - the amount refunded to the card, with its currency
event-cancellation-completed-refunded = Your { $offer } is cancelled. The cancellation takes effect on { $date }; { $amount } is refunded to your card and a credit note is on the Invoices page.
# Variables:
#   $offer (String) - the offer's name
#   $number (String) - the request number, e.g. "SR-000012"
event-cancellation-declined = { -partner-support } declined the cancellation of your { $offer }. Their message is on request { $number }.
# Subject line of the e-mail sent when staff reply on a request.
mail-subject-support-replied = { -partner-support } answered your request
# Variables:
#   $offer (String) - the offer's name
mail-subject-cancellation-completed = { $offer } cancelled
# Variables:
#   $offer (String) - the offer's name
mail-subject-cancellation-declined = Cancellation of { $offer } declined
