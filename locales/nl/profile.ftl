# membership-offers: see docs/glossary.md for the terms of each language.

## Partnerprofiel (seedterm "Partnerprofiel")

profile-partner-id = Partner-ID
profile-country = Land
profile-membership = Lidmaatschap van het netwerk
profile-member = Lid
profile-not-member = Nog geen lid
profile-legal-name = Juridische naam
profile-address-line1 = Adres
profile-address-line2 = Adres (tweede regel, optioneel)
profile-postal-code = Postcode
profile-city = Plaats
profile-vat-id = Btw-nummer
profile-vat-id-hint = Optioneel. Met de landcode, bijvoorbeeld NL123456782B01.
profile-preferred-language = Voorkeurstaal
profile-save = Opslaan
# Wordt getoond wanneer de partner vanuit de controle van de bestelgegevens komt en daarnaar terugkeert.
profile-save-and-return = Opslaan en terug naar de bestelling
profile-saved = Het partnerprofiel is opgeslagen.

## Whether the stored VAT ID is verified, shown under the field. Only a verified VAT ID
## gives reverse charge (0 % VAT) on orders from another EU country.

# Variables:
#   $date (String) - the day it was verified, formatted
profile-vat-verified = Geverifieerd op { $date }.
profile-vat-unverified = Wacht op verificatie door { -partner-support }. Tot het btw-nummer is geverifieerd, wordt btw in rekening gebracht op uw bestellingen.
# Variables:
#   $date (String) - the day Partner Support rejected it, formatted
profile-vat-rejected = Niet geverifieerd: op { $date } kon { -partner-support } dit btw-nummer niet bevestigen. Controleer het nummer of dien een ondersteuningsaanvraag in. Tot een btw-nummer is geverifieerd, wordt btw in rekening gebracht.
