# membership-offers: see docs/glossary.md for the terms of each language.

## Audit log page (Global admin)

audit-title = Audit log
audit-filter-action = Action
audit-filter-user = User
audit-column-when = When
audit-column-who = Who
audit-column-action = Action
audit-column-detail = Details
audit-column-address = Address
audit-action-sign-in = Signed in
audit-action-sign-in-failed = Failed sign-in
audit-action-sign-out = Signed out
audit-action-password-changed = Password changed
audit-action-signed-out-everywhere = Signed out everywhere
audit-action-purchase = Purchase
audit-action-renewal = Renewal
audit-action-automatic-renewal = Automatic renewal
audit-action-reactivation = Reactivation
audit-action-auto-renewal-off = Automatic renewal turned off
audit-action-cancellation-requested = Cancellation requested
audit-action-profile-updated = Partner profile changed
audit-action-user-added = User added
audit-action-user-roles-changed = Roles changed
audit-action-user-activated = User activated
audit-action-user-deactivated = User deactivated
audit-action-enrolled = Joined the network
audit-action-other = Other
audit-action-auto-renewal-on = Automatic renewal turned on
audit-action-transfer-received = Bank transfer received
audit-action-transfer-cancelled = Bank transfer not received; order cancelled
audit-action-support-request-handled = Support request handled by { -partner-support }
audit-action-cancellation-completed = Cancellation completed by { -partner-support }
audit-action-competency-status-set = Competency requirement status set by { -partner-support }
audit-action-vat-id-verified = VAT ID verified
audit-action-vat-id-rejected = VAT ID rejected

## The Details column: one line per fact of an entry. Entries written before these
## messages existed keep the English text they were written with.

# Variables:
#   $number (String) - the order number, e.g. "ORD-2026-000001"
audit-fact-order = Order { $number }
# Variables:
#   $number (String) - the invoice number, e.g. "INV-2026-000001"
audit-fact-invoice = Invoice { $number }
# Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
audit-fact-credit-note = Credit note { $number }
# The VAT ID that Partner Support or VIES verified or rejected.
# Variables:
#   $number (String) - the VAT ID, e.g. "DE136695976"
audit-fact-vat-id = VAT ID { $number }
# Variables:
#   $offer (String) - the offer's name, e.g. "Action Pack subscription"
#   $id (String) - the subscription's number in the portal, e.g. "12"
audit-fact-subscription = { $offer } (subscription { $id })
# Variables:
#   $date (String) - the day the bank transfer came in, formatted
audit-fact-received-on = Received on { $date }
# Variables:
#   $date (String) - the day the cancellation takes effect, formatted
audit-fact-effective-on = Takes effect on { $date }
# Why automatic renewal was turned off.
# Variables:
#   $attempts (Number) - how many charges of the stored card were declined
#   $reason (String) - why the last charge failed, a short sentence (decline-reason-*)
audit-fact-declined = { $attempts ->
        [one] After { $attempts } declined charge: { $reason }
       *[other] After { $attempts } declined charges: { $reason }
    }
# Variables:
#   $email (String) - the e-mail address of the user the action was about
audit-fact-user = User { $email }
# The roles a user was given.
# Variables:
#   $roles (String) - the roles' names, joined as a list ("Global admin and Sales agent")
audit-fact-roles = Roles: { $roles }
# A user was given no role.
audit-fact-no-roles = No roles
# Which fields of the partner profile changed.
# Variables:
#   $fields (String) - the fields' names (audit-field-*), joined as a list
audit-fact-profile-fields = Changed: { $fields }
# The fields named in audit-fact-profile-fields, written as inside a sentence's list.
# "Address" stands for the address lines and the city.
audit-field-legal-name = legal name
audit-field-address = address
audit-field-postal-code = postal code
audit-field-vat-id = VAT ID
audit-field-preferred-language = preferred language
# Variables:
#   $number (String) - the support request's number, e.g. "SR-000123"
#   $event (String) - what Partner Support did (support-event-*), e.g. "Message"
audit-fact-support-request = Request { $number }: { $event }
# A competency area's requirement status, as Partner Support set it.
# Variables:
#   $area (String) - the competency area's name (area-*)
audit-fact-competency-complete = { $area }: requirements met
# Variables:
#   $area (String) - the competency area's name (area-*)
audit-fact-competency-incomplete = { $area }: requirements not met
# Variables:
#   $items (String) - what is missing (competency-missing-*), joined as a list
audit-fact-competency-missing = Missing: { $items }
