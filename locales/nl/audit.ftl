# membership-offers: see docs/glossary.md for the terms of each language.

## Pagina Auditlogboek (Globale beheerder)

audit-title = Auditlogboek
audit-filter-action = Actie
audit-filter-user = Gebruiker
audit-column-when = Tijdstip
audit-column-who = Gebruiker
audit-column-action = Actie
audit-column-detail = Details
audit-column-address = IP-adres
audit-action-sign-in = Aangemeld
audit-action-sign-in-failed = Mislukte aanmelding
audit-action-sign-out = Afgemeld
audit-action-password-changed = Wachtwoord gewijzigd
audit-action-signed-out-everywhere = Overal afgemeld
audit-action-purchase = Aankoop
audit-action-renewal = Vernieuwing
audit-action-automatic-renewal = Automatische vernieuwing
audit-action-reactivation = Opnieuw geactiveerd
audit-action-auto-renewal-off = Automatische vernieuwing uitgeschakeld
audit-action-cancellation-requested = Annulering aangevraagd
audit-action-profile-updated = Partnerprofiel gewijzigd
audit-action-user-added = Gebruiker toegevoegd
audit-action-user-roles-changed = Rollen gewijzigd
audit-action-user-activated = Gebruiker geactiveerd
audit-action-user-deactivated = Gebruiker gedeactiveerd
audit-action-enrolled = Lid geworden van het netwerk
audit-action-other = Overig
audit-action-auto-renewal-on = Automatische vernieuwing ingeschakeld
audit-action-transfer-received = Bankoverboeking ontvangen
audit-action-transfer-cancelled = Bankoverboeking niet ontvangen; bestelling geannuleerd
audit-action-support-request-handled = Ondersteuningsaanvraag afgehandeld door { -partner-support }
audit-action-cancellation-completed = Annulering voltooid door { -partner-support }
audit-action-competency-status-set = Status van competentievereisten ingesteld door { -partner-support }
audit-action-vat-id-verified = Btw-nummer geverifieerd
audit-action-vat-id-rejected = Btw-nummer geweigerd

## The Details column: one line per fact of an entry. Entries written before these
## messages existed keep the English text they were written with.

# Variables:
#   $number (String) - the order number, e.g. "ORD-2026-000001"
audit-fact-order = Bestelling { $number }
# Variables:
#   $number (String) - the invoice number, e.g. "INV-2026-000001"
audit-fact-invoice = Factuur { $number }
# Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
audit-fact-credit-note = Creditnota { $number }
# The VAT ID that Partner Support or VIES verified or rejected.
# Variables:
#   $number (String) - the VAT ID, e.g. "DE136695976"
audit-fact-vat-id = Btw-nummer { $number }
# Variables:
#   $offer (String) - the offer's name, e.g. "Action Pack subscription"
#   $id (String) - the subscription's number in the portal, e.g. "12"
audit-fact-subscription = { $offer } (abonnement { $id })
# Variables:
#   $date (String) - the day the bank transfer came in, formatted
audit-fact-received-on = Ontvangen op { $date }
# Variables:
#   $date (String) - the day the cancellation takes effect, formatted
audit-fact-effective-on = Gaat in op { $date }
# Why automatic renewal was turned off.
# Variables:
#   $attempts (Number) - how many charges of the stored card were declined
#   $reason (String) - why the last charge failed, a short sentence (decline-reason-*)
audit-fact-declined = { $attempts ->
        [one] Na { $attempts } geweigerde betaling: { $reason }
       *[other] Na { $attempts } geweigerde betalingen: { $reason }
    }
# Variables:
#   $email (String) - the e-mail address of the user the action was about
audit-fact-user = Gebruiker { $email }
# The roles a user was given.
# Variables:
#   $roles (String) - the roles' names, joined as a list ("Global admin and Sales agent")
audit-fact-roles = Rollen: { $roles }
# A user was given no role.
audit-fact-no-roles = Geen rollen
# Which fields of the partner profile changed.
# Variables:
#   $fields (String) - the fields' names (audit-field-*), joined as a list
audit-fact-profile-fields = Gewijzigd: { $fields }
# The fields named in audit-fact-profile-fields, written as inside a sentence's list.
# "Address" stands for the address lines and the city.
audit-field-legal-name = juridische naam
audit-field-address = adres
audit-field-postal-code = postcode
audit-field-vat-id = btw-nummer
audit-field-preferred-language = voorkeurstaal
# Variables:
#   $number (String) - the support request's number, e.g. "SR-000123"
#   $event (String) - what Partner Support did (support-event-*), e.g. "Message"
audit-fact-support-request = Aanvraag { $number }: { $event }
# A competency area's requirement status, as Partner Support set it.
# Variables:
#   $area (String) - the competency area's name (area-*)
audit-fact-competency-complete = { $area }: aan de vereisten is voldaan
# Variables:
#   $area (String) - the competency area's name (area-*)
audit-fact-competency-incomplete = { $area }: niet aan de vereisten voldaan
# Variables:
#   $items (String) - what is missing (competency-missing-*), joined as a list
audit-fact-competency-missing = Ontbreekt: { $items }
