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
