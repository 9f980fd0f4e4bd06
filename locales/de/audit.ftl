# membership-offers: see docs/glossary.md for the terms of each language.

## Seite „Überwachungsprotokoll“ (Globaler Administrator)

audit-title = Überwachungsprotokoll
audit-filter-action = Aktion
audit-filter-user = Benutzer
audit-column-when = Zeitpunkt
audit-column-who = Benutzer
audit-column-action = Aktion
audit-column-detail = Details
audit-column-address = IP-Adresse
audit-action-sign-in = Angemeldet
audit-action-sign-in-failed = Fehlgeschlagene Anmeldung
audit-action-sign-out = Abgemeldet
audit-action-password-changed = Passwort geändert
audit-action-signed-out-everywhere = Überall abgemeldet
audit-action-purchase = Kauf
audit-action-renewal = Verlängerung
audit-action-automatic-renewal = Automatische Verlängerung
audit-action-reactivation = Reaktivierung
audit-action-auto-renewal-off = Automatische Verlängerung deaktiviert
audit-action-cancellation-requested = Kündigung angefordert
audit-action-profile-updated = Partnerprofil geändert
audit-action-user-added = Benutzer hinzugefügt
audit-action-user-roles-changed = Rollen geändert
audit-action-user-activated = Benutzer aktiviert
audit-action-user-deactivated = Benutzer deaktiviert
audit-action-enrolled = Dem Netzwerk beigetreten
audit-action-other = Sonstiges
audit-action-auto-renewal-on = Automatische Verlängerung aktiviert
audit-action-transfer-received = Überweisung erhalten
audit-action-transfer-cancelled = Überweisung nicht erhalten; Bestellung storniert
audit-action-support-request-handled = Supportanfrage vom { -partner-support } bearbeitet
audit-action-cancellation-completed = Kündigung vom { -partner-support } abgeschlossen
audit-action-competency-status-set = Anforderungsstatus einer Kompetenz vom { -partner-support } gesetzt
audit-action-vat-id-verified = USt-IdNr. bestätigt
audit-action-vat-id-rejected = USt-IdNr. abgelehnt

## The Details column: one line per fact of an entry. Entries written before these
## messages existed keep the English text they were written with.

# Variables:
#   $number (String) - the order number, e.g. "ORD-2026-000001"
audit-fact-order = Bestellung { $number }
# Variables:
#   $number (String) - the invoice number, e.g. "INV-2026-000001"
audit-fact-invoice = Rechnung { $number }
# Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
audit-fact-credit-note = Gutschrift { $number }
# The VAT ID that Partner Support or VIES verified or rejected.
# Variables:
#   $number (String) - the VAT ID, e.g. "DE136695976"
audit-fact-vat-id = USt-IdNr. { $number }
# Variables:
#   $offer (String) - the offer's name, e.g. "Action Pack subscription"
#   $id (String) - the subscription's number in the portal, e.g. "12"
audit-fact-subscription = { $offer } (Abonnement { $id })
# Variables:
#   $date (String) - the day the bank transfer came in, formatted
audit-fact-received-on = Eingegangen am { $date }
# Variables:
#   $date (String) - the day the cancellation takes effect, formatted
audit-fact-effective-on = Wirksam zum { $date }
# Why automatic renewal was turned off.
# Variables:
#   $attempts (Number) - how many charges of the stored card were declined
#   $reason (String) - why the last charge failed, a short sentence (decline-reason-*)
audit-fact-declined = { $attempts ->
        [one] Nach { $attempts } abgelehnten Belastung: { $reason }
       *[other] Nach { $attempts } abgelehnten Belastungen: { $reason }
    }
# Variables:
#   $email (String) - the e-mail address of the user the action was about
audit-fact-user = Benutzer { $email }
# The roles a user was given.
# Variables:
#   $roles (String) - the roles' names, joined as a list ("Global admin and Sales agent")
audit-fact-roles = Rollen: { $roles }
# A user was given no role.
audit-fact-no-roles = Keine Rollen
# Which fields of the partner profile changed.
# Variables:
#   $fields (String) - the fields' names (audit-field-*), joined as a list
audit-fact-profile-fields = Geändert: { $fields }
# The fields named in audit-fact-profile-fields, written as inside a sentence's list.
# "Address" stands for the address lines and the city.
audit-field-legal-name = rechtlicher Name
audit-field-address = Adresse
audit-field-postal-code = Postleitzahl
audit-field-vat-id = USt-IdNr.
audit-field-preferred-language = bevorzugte Sprache
# Variables:
#   $number (String) - the support request's number, e.g. "SR-000123"
#   $event (String) - what Partner Support did (support-event-*), e.g. "Message"
audit-fact-support-request = Anfrage { $number }: { $event }
# A competency area's requirement status, as Partner Support set it.
# Variables:
#   $area (String) - the competency area's name (area-*)
audit-fact-competency-complete = { $area }: Anforderungen erfüllt
# Variables:
#   $area (String) - the competency area's name (area-*)
audit-fact-competency-incomplete = { $area }: Anforderungen nicht erfüllt
# Variables:
#   $items (String) - what is missing (competency-missing-*), joined as a list
audit-fact-competency-missing = Es fehlt: { $items }
