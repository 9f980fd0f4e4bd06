# membership-offers: see docs/glossary.md for the terms of each language.

## The network staff console (/staff): the support-request queue across organizations,
## bank transfers awaiting payment, and the competency requirement records. Read by
## support agents only. Dates and amounts arrive formatted.

# Title of the queue of support requests.
staff-queue-title = Support requests
# Variables:
#   $count (Number) - how many requests are open, in progress or waiting for the partner
# [0] and [1] are exact numbers, tried before the plural categories.
staff-open-count = { $count ->
    [0] No requests are open.
    [1] One request is open.
   *[other] { $count } requests are open.
}
# Filter: only the requests assigned to the signed-in agent.
staff-filter-mine = Assigned to me
# Column headings of the queue.
staff-column-organization = Organization
staff-column-assigned = Assigned to
staff-column-opened = Opened
# Link back to the queue.
staff-back = Back to the queue
# Button: the signed-in agent takes the request on.
staff-assign-to-me = Assign to me
# Label of the reply field; the partner is notified.
staff-reply = Reply to the partner
# Label of the status list and its button.
staff-set-status = Status
staff-save-status = Save status
# Heading of the section with the cancellation's actions.
staff-cancellation-heading = Cancellation
# Checkbox: refund the current term's card payment with a credit note.
staff-refund = Refund the current term’s card payment and issue a credit note
# Buttons that complete or decline the requested cancellation.
staff-complete-cancellation = Complete the cancellation
staff-decline-message = Message to the partner: why the cancellation is declined
staff-decline-cancellation = Decline the cancellation

# Confirmations after a staff action.
staff-done-assigned = The request is assigned to you.
staff-done-replied = Your reply was sent; the partner is notified.
staff-done-status = The status is saved.
staff-done-completed = The cancellation is completed; the partner is notified.
staff-done-declined = The cancellation is declined; the partner is notified.
staff-done-received = The transfer is marked received: the invoice is paid and the order fulfilled.
staff-done-not-received = The order is cancelled and its invoice credited with a credit note.
staff-done-competency = The requirement status is saved.

# Title of the list of orders awaiting a bank transfer.
staff-transfers-title = Bank transfers awaiting payment
# Shown when no order awaits a transfer.
staff-transfers-none = No order is awaiting a bank transfer.
# Variables:
#   $number (String) - the order number, e.g. "MO-0000012"
#   $organization (String) - the partner organization's legal name
staff-transfer-heading = Order { $number }, { $organization }
# Labels of an awaited order's facts.
staff-transfer-reference = Payment reference
staff-transfer-ordered = Order date
staff-transfer-due = Due date
# Variables:
#   $currency (String) - the invoice's currency code, e.g. "EUR"
staff-transfer-amount = Amount received ({ $currency })
# Label of the day the money arrived.
staff-transfer-received-on = Received on
# Buttons that settle the awaited order.
staff-mark-received = Mark received
staff-mark-not-received = Mark not received and cancel the order

# Title and introduction of the competency requirement records.
staff-competencies-title = Competency requirements
staff-competencies-intro = The network’s own records of whether each organization meets a competency area’s requirements. This console is where the demo keeps them; partners see the result on their Competencies page.
# Label of the search box over the organizations' names.
staff-competencies-search = Organization name contains
staff-competencies-search-submit = Search
# Above the cards: which organizations this page shows.
# Variables:
#   $first (Number) - the position of the page's first organization
#   $last (Number) - the position of its last
#   $total (Number) - how many organizations match the search
staff-competencies-range = { $total ->
    [1] One organization
   *[other] Organizations { $first }–{ $last } of { $total }
}
staff-competencies-none = No organization has competency records yet.
# Variables:
#   $search (String) - what the agent searched for
staff-competencies-no-match = No organization’s name contains “{ $search }”.
# Variables:
#   $area (String) - the competency area, e.g. "Cloud Platform"
staff-competency-missing = { $area }: requirements still missing
# Button that saves one organization's requirement status.
staff-save-competency = Save

## Staff console: VAT IDs awaiting verification (/staff/vat-ids).

staff-vat-title = VAT IDs awaiting verification
staff-vat-intro = A VAT ID gives reverse charge only once verified. Check each number against the national register (VIES) and the organization’s address, then verify or reject it. The partner’s admins are told either way.
staff-vat-none = No VAT ID is awaiting verification.
# Buttons on each VAT ID.
staff-vat-verify = Verify
staff-vat-reject = Reject
staff-done-vat-verified = The VAT ID is verified; the partner is notified. Their next orders are reverse charged where that applies.
staff-done-vat-rejected = The VAT ID is rejected; the partner is notified.
# Shown when the partner changed or removed the VAT ID after the page was loaded.
refusal-vat-id-changed = This VAT ID was changed or removed since the page was loaded. Check the current one.
# Notifications and e-mail after a VAT ID was verified or rejected.
# Variables:
#   $id (String) - the VAT ID
event-vat-id-verified = Your VAT ID { $id } is verified. Orders from now on are invoiced with the reverse charge where it applies.
# Variables:
#   $id (String) - the VAT ID
event-vat-id-rejected = Your VAT ID { $id } could not be verified. Check it on your partner profile, or open a support request. VAT is charged until a VAT ID is verified.
# Subject lines of those e-mails.
# Variables:
#   $offer (String) - the VAT ID
mail-subject-vat-id-verified = VAT ID { $offer } verified
# Variables:
#   $offer (String) - the VAT ID
mail-subject-vat-id-rejected = VAT ID { $offer } not verified
