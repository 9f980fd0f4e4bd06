# membership-offers: see docs/glossary.md for the terms of each language.

## Foutmeldingen naast een formulierveld.

field-required = Vul dit veld in.
field-too-long = Dit is te lang.
field-invalid-characters = Dit bevat tekens die niet zijn toegestaan.
field-invalid-email = Voer een e-mailadres in zoals naam@example.com.
field-invalid-phone = Voer een telefoonnummer in met 6 tot 20 cijfers, bijvoorbeeld +31 20 123 4567.
field-invalid-card-number = Dit kaartnummer is ongeldig. Controleer de cijfers.
field-card-expired = Deze kaart is verlopen.
field-invalid-expiry = Voer de vervaldatum in als MM/JJ.
field-invalid-cvc = Voer de 3 of 4 cijfers op de achterkant van de kaart in.
field-invalid-postal-code = Deze postcode komt niet overeen met de notatie van het land.
field-invalid-vat-id = Dit btw-nummer komt niet overeen met de notatie van het land.

## Terwijl een formulier wordt verzonden.

# Voorgelezen door schermlezers terwijl een formulier wordt verzonden; de knoppen zijn dan uitgeschakeld.
form-sending = Bezig met verzenden…
