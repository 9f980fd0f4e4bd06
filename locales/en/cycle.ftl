# membership-offers: see docs/glossary.md for the terms of each language.

## The yearly cycle: what partners are told in the portal (Notifications) and by
## e-mail, the status line of a subscription, and the calendar export.
## Dates ($date, $opens, $closes) and amounts ($amount) arrive formatted.

# Why an automatic charge was declined; completes a sentence of its own.
decline-reason-card-declined = the card was declined.
decline-reason-insufficient-funds = the card was declined for insufficient funds.

# Variables:
#   $offer (String) - the offer's name, e.g. "Action Pack subscription"
#   $number (String) - the order number, e.g. "MO-0000012"
#   $amount (String) - the total charged, with its currency
#   $date (String) - the new anniversary date
event-order-placed = Order { $number } for { $offer } is confirmed: { $amount } was charged. The new anniversary date is { $date }.
# Variables:
#   $offer (String) - the offer's name
#   $number (String) - the order number
#   $amount (String) - the total to transfer, with its currency
#   $reference (String) - the payment reference to quote on the transfer
#   $date (String) - the date the transfer must arrive by
event-order-awaiting-transfer = Order { $number } for { $offer } awaits your bank transfer of { $amount } with payment reference { $reference } by { $date }.
# Variables:
#   $offer (String) - the offer's name
#   $amount (String) - the total charged to the card
#   $date (String) - the new anniversary date
event-automatic-renewal-charged = { $offer } was renewed automatically: { $amount } was charged to your card. The new anniversary date is { $date }.
# Variables:
#   $offer (String) - the offer's name
#   $reason (String) - why the charge failed, a short sentence
#   $date (String) - the date of the next attempt
event-automatic-renewal-declined = We could not renew { $offer } automatically: { $reason } We will try your card again on { $date }.
# Variables:
#   $offer (String) - the offer's name
#   $reason (String) - why the last charge failed, a short sentence
#   $date (String) - the last day of the renewal window
event-automatic-renewal-stopped = We could not renew { $offer } automatically: { $reason } After three attempts automatic renewal is now off. Renew it yourself by { $date } to keep its benefits.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the last day of the renewal window
event-renew-by-hand = Automatic renewal of { $offer } is on, but there is no card on file to charge. Renew it yourself by { $date } to keep its benefits.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the day the card will be charged
#   $amount (String) - the amount that will be charged
#   $card (String) - the card, e.g. "Visa •••• 4242"
event-charge-soon = { $offer } renews automatically on { $date }: we will charge { $amount } to { $card }.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the expiration (anniversary) date
#   $opens (String) - the first day of the renewal window
#   $closes (String) - the last day of the renewal window
event-expires-soon = { $offer } expires on { $date } and automatic renewal is off. Renew it between { $opens } and { $closes } to keep its benefits.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the last day of the renewal window
event-window-closing = { $offer } has expired and is not renewed yet. Renew it by { $date }, or its benefits end.
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the day the benefits ended
event-lapsed = { $offer } lapsed on { $date }: its benefits have ended. You can buy it again on the Membership offers page.

## E-mail subjects

# Variables:
#   $offer (String) - the offer's name
mail-subject-order-placed = Your order for { $offer } is confirmed
# Variables:
#   $offer (String) - the offer's name
mail-subject-order-awaiting-transfer = Your order for { $offer } awaits your bank transfer
# Variables:
#   $offer (String) - the offer's name
mail-subject-automatic-renewal-charged = { $offer } was renewed automatically
# Variables:
#   $offer (String) - the offer's name
mail-subject-automatic-renewal-declined = Automatic renewal of { $offer } failed
# Variables:
#   $offer (String) - the offer's name
mail-subject-automatic-renewal-stopped = Renew { $offer } yourself: automatic renewal failed
# Variables:
#   $offer (String) - the offer's name
mail-subject-renew-by-hand = Renew { $offer } yourself: no card on file
# Variables:
#   $offer (String) - the offer's name
mail-subject-charge-soon = { $offer } renews automatically soon
# Variables:
#   $offer (String) - the offer's name
mail-subject-expires-soon = { $offer } expires soon
# Variables:
#   $offer (String) - the offer's name
mail-subject-window-closing = Last days to renew { $offer }
# Variables:
#   $offer (String) - the offer's name
mail-subject-lapsed = { $offer } has lapsed

## E-mail body

mail-greeting = Hello,
# Variables:
#   $number (String) - the invoice number
mail-invoice-attached = Invoice { $number } is attached as a PDF.
mail-open-details = See the subscription in the portal:
mail-signature = { -network-name } membership offers
# Why the reader gets the e-mail.
mail-why = You receive this e-mail because you are a Global admin or MPN partner admin of your organization, or because you placed the order.

## The status line of a subscription: where it is in its year, and what comes next.

# Variables:
#   $date (String) - the day the card will be charged
#   $amount (String) - the amount, VAT included
#   $card (String) - the card, e.g. "Visa •••• 4242"
cycle-renews-automatically = Renews automatically on { $date }: { $amount } will be charged to { $card }.
# Variables:
#   $opens (String) - the first day of the renewal window
#   $closes (String) - the last day of the renewal window
cycle-no-card-before = Automatic renewal is on, but there is no card on file: renew it yourself between { $opens } and { $closes }.
# Variables:
#   $opens (String) - the first day of the renewal window
#   $closes (String) - the last day of the renewal window
cycle-auto-off-before = Automatic renewal is off: renew it yourself between { $opens } and { $closes }.
# Variables:
#   $date (String) - the day the card is charged
#   $card (String) - the card, e.g. "Visa •••• 4242"
cycle-awaiting-automatic-renewal = Awaiting automatic renewal: { $card } is charged from { $date }.
# Variables:
#   $reason (String) - why the charge failed, a short sentence
#   $date (String) - the date of the next attempt
cycle-automatic-renewal-failed = Automatic renewal failed: { $reason } Next attempt on { $date }.
# Variables:
#   $reason (String) - why the last charge failed, a short sentence
#   $date (String) - the last day of the renewal window
cycle-automatic-renewal-stopped = Automatic renewal failed three times and is off: { $reason } Renew it yourself by { $date }.
# Variables:
#   $date (String) - the last day of the renewal window
cycle-no-card-window = No card on file for automatic renewal: renew it yourself by { $date }.
# Variables:
#   $date (String) - the last day of the renewal window
cycle-renew-by = Renew it by { $date } to keep its benefits.
# Variables:
#   $date (String) - the day the benefits ended
cycle-lapsed = Lapsed on { $date }: its benefits have ended.

## Calendar export (an .ics file of the subscription's dates)

# Variables:
#   $offer (String) - the offer's name
#   $event (String) - what happens that day, e.g. "Renewal window opens"
calendar-event-summary = { $offer }: { $event }
# Variables:
#   $link (String) - the address of the subscription in the portal
calendar-event-description = See the subscription in the portal: { $link }
# The name of the downloaded calendar file (characters that file names may not
# contain are replaced by the portal).
# Variables:
#   $offer (String) - the offer's name
calendar-file-name = { $offer } – dates.ics

## Bank transfers settled by network staff

# Variables:
#   $offer (String) - the offer's name
#   $number (String) - the order number
#   $amount (String) - the amount received
#   $date (String) - the (new) anniversary date
event-transfer-received = We received your bank transfer of { $amount } for order { $number } ({ $offer }). The anniversary date is { $date }.
# Variables:
#   $offer (String) - the offer's name
#   $number (String) - the order number
#   $amount (String) - the amount to transfer
#   $reference (String) - the payment reference
#   $date (String) - the due date
event-transfer-due-soon = Order { $number } ({ $offer }) still awaits your bank transfer of { $amount } with payment reference { $reference }. It must arrive by { $date }, or the order is cancelled.
# Variables:
#   $offer (String) - the offer's name
#   $number (String) - the order number
#   $credit (String) - the credit note's number
event-transfer-cancelled = Your bank transfer for order { $number } ({ $offer }) did not arrive: the order is cancelled and credit note { $credit } credits its invoice.
# Variables:
#   $offer (String) - the offer's name
mail-subject-transfer-received = Bank transfer received for { $offer }
# Variables:
#   $offer (String) - the offer's name
mail-subject-transfer-due-soon = Your bank transfer for { $offer } is due soon
# Variables:
#   $offer (String) - the offer's name
mail-subject-transfer-cancelled = Order for { $offer } cancelled: transfer not received
