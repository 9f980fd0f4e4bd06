# membership-offers: see docs/glossary.md for the terms of each language.

## Checkout: buy, renew or reactivate (seed 000's steps)

checkout-title-purchase = Buy an offer
checkout-title-renewal = Renew subscription
checkout-title-reactivation = Reactivate competency
checkout-back = Back
# Accessible name of the list of checkout steps.
checkout-steps-label = Checkout steps
checkout-step-payment = Payment method
checkout-step-review = Review order details
checkout-step-confirmation = Confirmation
checkout-no-price = This offer has no price in your organization’s currency. Please contact { -partner-support }.
checkout-already-owned = Your organization already has this offer. Renew it from its details when the renewal window opens.
checkout-gateway-unavailable = The payment service cannot be reached right now. Nothing was charged; please try again later.

## Payment method step

# Variables:
#   $amount (String) - the total including VAT, formatted
checkout-amount-due = Amount due, VAT included: { $amount }
checkout-payment-method = Payment method
checkout-method-card = Credit card (charged immediately)
checkout-method-bank-transfer = Electronic bank transfer
checkout-card-details = Card details
checkout-card-holder = Name on card
checkout-card-number = Card number
checkout-card-number-hint = The 12 to 19 digits on the front of the card.
checkout-card-expiry = Expiry date
checkout-card-expiry-hint = MM/YY
checkout-card-cvc = Security code (CVC)
checkout-contact-details = Contact person for the transfer
checkout-contact-name = Contact name
checkout-contact-phone = Phone number
checkout-contact-email = E-mail address
# Button from the seeds ("Submit") that continues to the review.
checkout-submit = Submit

## Review order details

checkout-review-title = Review order details
checkout-order-details = Order details
checkout-offer = Offer
checkout-period = Period
# Variables:
#   $from (String) - first day of the period, formatted
#   $to (String) - last day of the period, formatted
checkout-period-value = { $from } to { $to }
checkout-new-anniversary = New anniversary date
checkout-price = Price
# Variables:
#   $rate (String) - the VAT rate in percent, formatted, e.g. "21"
checkout-vat = VAT ({ $rate } %)
checkout-total = Total
# Variables:
#   $brand (String) - the card's brand, e.g. "Visa"
#   $last4 (String) - the card number's last four digits
#   $expiry (String) - the card's expiry, MM/YY
checkout-paid-by-card = { $brand } ending in { $last4 } (expires { $expiry })
# Variables:
#   $name (String) - the contact person's name
#   $phone (String) - the contact's phone number
#   $email (String) - the contact's e-mail address
checkout-paid-by-transfer = Electronic bank transfer; contact: { $name }, { $phone }, { $email }
checkout-reverse-charge = VAT reverse charged: the buyer accounts for the VAT.
checkout-policy-exception = A policy exception applies to this order and is recorded on it.
# Seed term for the invoice address.
checkout-bill-to = Bill-to address
# Link from the seeds ("Update") to the partner profile.
checkout-update-address = Update
# Button from the seeds ("Buy").
checkout-buy = Buy
checkout-buy-hint = A card is charged immediately.
checkout-declined = Your card was declined. Nothing was charged and your order was not placed.
checkout-insufficient-funds = Your card was declined for insufficient funds. Nothing was charged and your order was not placed.
checkout-choose-other-method = Choose another payment method

## Confirmation

checkout-confirmed-title = Your order is confirmed
# Variables:
#   $offer (String) - the offer's name
#   $number (String) - the order number
checkout-confirmed-order = Thank you. Your order { $number } for the { $offer } is confirmed.
checkout-order-number = Order number
checkout-invoice-number = Invoice number
# Variables:
#   $amount (String) - the amount charged, formatted
checkout-confirmed-charged = Your card was charged { $amount }.
# Variables:
#   $amount (String) - the amount to transfer, formatted
#   $reference (String) - the payment reference to quote
#   $date (String) - the date the transfer is due, formatted
checkout-confirmed-transfer = Please transfer { $amount } with payment reference { $reference } by { $date }. The order waits for your transfer.
# Heading of the seller's bank account on the confirmation of a bank-transfer order.
checkout-bank-heading = Our bank details
# Labels of the bank account's facts.
checkout-bank-beneficiary = Beneficiary
checkout-bank-iban = IBAN
checkout-bank-bic = BIC
# Button from the seeds ("Close").
checkout-close = Close
# The review's choice of automatic renewal after Buy (rule 7).
checkout-auto-renewal-legend = Automatic renewal
# Variables:
#   $card (String) - the card, e.g. "Visa •••• 4242"
#   $date (String) - the day it would first be charged
checkout-auto-renewal-on = Renew automatically every year: charge { $card } on { $date }
checkout-auto-renewal-off = Keep automatic renewal off; I will renew myself
checkout-auto-renewal-no-card = Automatic renewal stays off: there is no card to charge. You will be reminded before the subscription expires.
# Link to the confirmation of the order whose bank transfer is awaited.
checkout-view-awaiting-order = View the order awaiting payment
# On the confirmation of a first purchase by bank transfer, instead of a date.
checkout-starts-on-receipt = Starts one year from the day your transfer is received
# On the order review, when the partner's VAT ID would give reverse charge but is not verified yet.
checkout-vat-id-unverified = Your VAT ID is not verified yet, so VAT is charged on this order. Once { -partner-support } verifies it, later orders are reverse charged.

## A card as the partner sees it, wherever it is named (order review, offer details,
## notices and e-mail)

# Variables:
#   $brand (String) - the card's brand, e.g. "Visa"
#   $last4 (String) - the last four digits of the card number, e.g. "4242"
card-masked = { $brand } •••• { $last4 }
