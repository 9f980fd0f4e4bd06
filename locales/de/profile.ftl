# membership-offers: see docs/glossary.md for the terms of each language.

## Partnerprofil (Seed-Begriff "Partnerprofil")

profile-partner-id = Partner-ID
profile-country = Land
profile-membership = Mitgliedschaft im Netzwerk
profile-member = Mitglied
profile-not-member = Noch kein Mitglied
profile-legal-name = Rechtlicher Name
profile-address-line1 = Adresse
profile-address-line2 = Adresse (zweite Zeile, optional)
profile-postal-code = Postleitzahl
profile-city = Ort
profile-vat-id = USt-IdNr.
profile-vat-id-hint = Optional. Mit Ländercode, zum Beispiel DE123456788.
profile-preferred-language = Bevorzugte Sprache
profile-save = Speichern
# Wird angezeigt, wenn der Partner von der Überprüfung der Bestelldetails kommt und dorthin zurückkehrt.
profile-save-and-return = Speichern und zurück zur Bestellung
profile-saved = Das Partnerprofil wurde gespeichert.

## Whether the stored VAT ID is verified, shown under the field. Only a verified VAT ID
## gives reverse charge (0 % VAT) on orders from another EU country.

# Variables:
#   $date (String) - the day it was verified, formatted
profile-vat-verified = Bestätigt am { $date }.
profile-vat-unverified = Wartet auf Bestätigung durch den { -partner-support }. Bis die USt-IdNr. bestätigt ist, wird auf Ihre Bestellungen MwSt. berechnet.
# Variables:
#   $date (String) - the day Partner Support rejected it, formatted
profile-vat-rejected = Nicht bestätigt: Am { $date } konnte der { -partner-support } diese USt-IdNr. nicht bestätigen. Prüfen Sie die Nummer oder stellen Sie eine Supportanfrage. Bis eine USt-IdNr. bestätigt ist, wird MwSt. berechnet.
