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
