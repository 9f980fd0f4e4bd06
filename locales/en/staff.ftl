## The network staff console (/staff): the support-request queue across organizations,
## bank transfers awaiting payment, and the competency requirement records. Read by
## support agents only. Dates and amounts arrive formatted.

# Title of the queue of support requests.
staff-queue-title = Support requests
# Variables:
#   $count (Number) - how many requests are open, in progress or waiting for the partner
staff-open-count = { $count ->
    [one] One request is open.
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
staff-refund = Refund the current term's card payment and issue a credit note
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
staff-competencies-intro = The network's own records of whether each organization meets a competency area's requirements. This console is where the demo keeps them; partners see the result on their Competencies page.
# Variables:
#   $area (String) - the competency area, e.g. "Cloud Platform"
staff-competency-missing = { $area }: requirements still missing
# Button that saves one organization's requirement status.
staff-save-competency = Save
