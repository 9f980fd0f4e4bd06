# membership-offers: see docs/glossary.md for the terms of each language.

## Offer names

# The yearly subscription of the seeds ("Action Pack subscription").
offer-action-pack = Action Pack subscription
# Name of a competency offer.
# Variables:
#   $level (String) - "Silver" or "Gold" (from level-silver / level-gold)
#   $area (String) - the competency area, e.g. "Cloud Platform"
offer-competency = { $level } competency: { $area }
level-silver = Silver
level-gold = Gold
area-cloud-platform = Cloud Platform
area-cloud-productivity = Cloud Productivity
area-data-analytics = Data Analytics
area-data-platform = Data Platform
area-security = Security
area-application-development = Application Development

## Membership offers page

offers-available-heading = Offers
# Heading of the list of offers the organization owns (seed term "Purchased").
offers-purchased-heading = Purchased
offers-purchased-empty = Your organization has not purchased any offers yet.
offers-benefit-support = Dedicated support
offers-benefit-marketing = Marketing resources
offers-benefit-planning = Insights and business-planning tools
offers-benefit-training = Cloud-focused training
# Price shown on an offer tile.
# Variables:
#   $price (String) - the yearly price, already formatted, e.g. "€ 475,00"
offers-price-per-year = { $price } per year
offers-buy = Buy
# Button from the seeds ("Renew subscription").
offers-renew = Renew subscription
# Button for a lapsed competency under a policy exception.
offers-reactivate = Reactivate
offers-view-details = View details
offers-requirements-not-met = Requirements not met yet
offers-join-first = Join the network first
offers-not-member = Your organization is not a member of the network yet. Join the network before you buy an offer.
offers-column-offer = Offer
offers-column-status = Status
offers-column-purchase-date = Purchase date
# Seed 002: the anniversary date shows in this column.
offers-column-renewal-start-date = Renewal start date
offers-column-expiration-date = Expiration date
offers-column-automatic-renewal = Automatic renewal
offers-column-actions = Actions
# Banner while an offer is in its renewal window.
# Variables:
#   $offer (String) - the offer's name
#   $days (Number) - days until the window closes
#   $date (String) - the date the window closes, formatted
# Keep the exact variants [0] (the day itself: today) and [1] (tomorrow) before the plural
# categories: French `one` also covers 0.
offers-banner-window-closing =
    { $days ->
        [0] The renewal window of your { $offer } closes today ({ $date }).
        [1] The renewal window of your { $offer } closes tomorrow ({ $date }).
       *[other] The renewal window of your { $offer } closes in { $days } days ({ $date }).
    }
# Banner when automatic renewal is off and the offer expires soon.
# Variables:
#   $offer (String) - the offer's name
#   $days (Number) - days until it expires
#   $date (String) - the expiration date, formatted
# Keep the exact variants [0] (the day itself: today) and [1] (tomorrow) before the plural
# categories: French `one` also covers 0.
offers-banner-expires-without-auto-renewal =
    { $days ->
        [0] Your { $offer } expires today ({ $date }) and automatic renewal is off.
        [1] Your { $offer } expires tomorrow ({ $date }) and automatic renewal is off.
       *[other] Your { $offer } expires in { $days } days ({ $date }) and automatic renewal is off.
    }

## Statuses

status-active = Active
# Expired, in the 30-day renewal window: benefits continue.
status-in-renewal-window = In renewal window
status-lapsed = Lapsed
status-cancelled = Cancelled
status-cancellation-requested = Cancellation requested
auto-renewal-on = On
auto-renewal-off = Off
competency-requirements = Requirements:
# Seed term for a competency whose requirements are met.
competency-status-complete = Complete
competency-status-incomplete = Not complete

## Why Renew is not available

# Variables:
#   $date (String) - the first day of the renewal window, formatted
renew-not-yet = You can renew from { $date }.
# Variables:
#   $date (String) - the last day of the renewal window, formatted
renew-window-closed = The renewal window closed on { $date }.
renew-requirements-not-met = The competency requirements must be Complete before you can renew.
# Variables:
#   $date (String) - the date the cancellation was requested, formatted
renew-cancellation-requested = A cancellation was requested on { $date }.
# Variables:
#   $date (String) - the date of the cancellation, formatted
renew-cancelled = Cancelled on { $date }.

## Offer details

details-back = Back to Membership offers
details-price = Price
details-next-charge = Next automatic charge
# Variables:
#   $date (String) - the date of the charge, formatted
#   $amount (String) - the amount including VAT, formatted
details-next-charge-value = { $amount } on { $date }
details-card = Card on file
details-actions-heading = Actions
details-timeline-heading = Timeline
# Button from the seeds ("Turn off automatic renewal").
details-turn-off-auto-renewal = Turn off automatic renewal
# Button from the seeds ("Cancel subscription").
details-cancel-subscription = Cancel subscription
# Button from the seeds ("Download invoice").
details-download-invoice = Download invoice
details-policy-exception = A policy exception applies to this offer: its dates were extended and its requirements are exempt until the next renewal date.
# Variables:
#   $date (String) - the date the cancellation was requested, formatted
details-cancellation-requested = You requested the cancellation of this subscription on { $date }. { -partner-support } will complete it; follow it under Support.
details-auto-renewal-off = Automatic renewal is off. You can turn it on again after your next renewal.
# Variables:
#   $date (String) - the date of the reminder, formatted
details-auto-renewal-off-reminder = Automatic renewal is off. You can turn it on again after your next renewal. We will remind you on { $date }.
details-done-auto-renewal-off = Automatic renewal is now off.
details-done-cancellation-requested = Your cancellation request was sent to { -partner-support }.
timeline-purchased = Purchased
timeline-reminder-before = Reminder: expires in 15 days
timeline-anniversary = Anniversary and expiration date
timeline-window-opens = Renewal window opens
timeline-reminder-after = Reminder: renewal window closes soon
timeline-window-closes = Renewal window closes
timeline-loses-benefits = Benefits end if not renewed
timeline-automatic-charge = Automatic renewal charges the card

## Turning off automatic renewal

auto-renewal-off-title = Turn off automatic renewal?
# Variables:
#   $offer (String) - the offer's name
#   $date (String) - the anniversary (expiration) date, formatted
auto-renewal-off-explanation = Your { $offer } will not renew automatically on { $date }. Renew it yourself during the renewal window to keep its benefits.
auto-renewal-off-lock = Once turned off, automatic renewal cannot be turned on again until your next manual renewal. We will remind you before the offer expires.
auto-renewal-off-keep = Keep automatic renewal on

## Cancelling a subscription (a support request, seed 000)

cancel-title = Cancel subscription
cancel-intro = Cancellations are handled by { -partner-support }. Send this support request; you can follow its status under Support.
cancel-category = Category
cancel-problem-type = Problem type
cancel-subscription = Subscription
cancel-description = Description
# Prefilled text of the cancellation request.
# Variables:
#   $offer (String) - the offer's name
cancel-description-prefill = Please cancel our { $offer }.
cancel-submit = Submit
cancel-back = Back to the offer
# Heading of what a cancellation takes away, shown before the request is sent.
cancel-loses-heading = What you lose, and when
# Said before the list of the benefits a cancellation ends, when the current term
# runs on after today. Variables:
#   $offer (String) - the offer's name
#   $end (String) - the day after the current term's anniversary date: when a cancellation at the end of the term takes effect
#   $now (String) - today: when a cancellation now takes effect
cancel-loses-benefits-on = The benefits of { $offer } end when the cancellation takes effect: on { $end } at the end of the current term, or today, { $now }, if you ask for it now.
# Said before the list of the benefits a cancellation ends, when the current term
# has already ended (the renewal window): either choice takes effect today. Variables:
#   $offer (String) - the offer's name
#   $date (String) - today
cancel-loses-benefits-today = The benefits of { $offer } end when the cancellation takes effect: today, { $date }.
# Only for a competency. Variables:
#   $offer (String) - the competency's name, e.g. "Silver competency: Cloud Platform"
cancel-loses-competency = From that day your organization no longer holds the { $offer }.
# What a cancellation does to automatic renewal.
cancel-loses-auto-renewal = Automatic renewal is turned off: nothing more is charged.
# Who completes the cancellation.
cancel-staff-completes = { -partner-support } completes the cancellation and confirms the day; you are notified here and by e-mail.
# Choice of when the cancellation takes effect. Variables:
#   $date (String) - the day after the current term's anniversary date
cancel-effect-end-of-term-on = At the end of the current term, on { $date }
# Choice of when the cancellation takes effect. Variables:
#   $date (String) - today
cancel-effect-now-on = Now, on { $date }
# The subject prefilled on the cancellation request. Variables:
#   $offer (String) - the offer's name
cancel-subject-prefill = Cancel { $offer }
# Support category from seed 000.
support-category-partner-center = Report problems with Partner Center
# Support problem type from seed 000.
support-problem-invoice-payment = Help with partner invoice, payment, or reconciliation file

# Shown when the subscription lapsed, so it cannot be changed any more.
# Variables:
#   $date (String) - the date the benefits ended, formatted
refusal-lapsed = This subscription lapsed on { $date }.
# Shown when automatic renewal is already off.
refusal-auto-renewal-already-off = Automatic renewal is already off.
# Shown when automatic renewal is already on.
refusal-auto-renewal-already-on = Automatic renewal is already on.
# Shown when automatic renewal cannot be turned on without a card to charge.
refusal-no-card-on-file = Automatic renewal needs a card on file. Renew by card to turn it on.
# Shown when automatic renewal cannot be turned on because every automatic charge of
# this term (A + 1, A + 3, A + 7) was declined; only a renewal by hand turns it on again.
# Variables:
#   $date (String) - the last day of the renewal window, formatted
refusal-auto-renewal-charges-declined = Automatic renewal stays off: the card was declined on every attempt this term. Renew it yourself by { $date }; when you buy, you can keep automatic renewal on for the next year.
# Button on a lapsed or cancelled offer: a new purchase.
offers-buy-again = Buy again
# Button on offer details (seed 001: turn automatic renewal back on).
details-turn-on-auto-renewal = Turn on automatic renewal
details-done-auto-renewal-on = Automatic renewal is now on.
# Link that downloads the subscription's dates as a calendar file.
details-calendar = Add these dates to your calendar (.ics)
# Status of a subscription whose renewal by bank transfer is awaited (benefits continue).
status-awaiting-payment = Renewal awaiting payment
# On an offer's tile: a first purchase by bank transfer awaits the money.
status-purchase-awaiting-payment = Purchase awaiting payment
# Why Renew is not offered: the bank transfer of an order is awaited.
# Variables:
#   $date (String) - the transfer's due date
renew-awaiting-transfer = A bank transfer for this offer is awaited until { $date }.
# Variables:
#   $date (String) - the transfer's due date
cycle-awaiting-transfer = Renewal awaiting payment: the benefits continue until { $date }, the transfer’s due date.
# Shown when staff try to settle an order that is not awaiting a transfer.
refusal-transfer-not-awaited = This order is not awaiting a bank transfer any more.
# Variables:
#   $amount (String) - the invoice total, with its currency
refusal-transfer-amount = The amount received must be exactly the invoice total of { $amount }. Partial payments and over-payments are not accepted.
# Variables:
#   $date (String) - the order date
refusal-transfer-date = The day the transfer was received must be between { $date } and today.
