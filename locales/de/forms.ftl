# membership-offers: see docs/glossary.md for the terms of each language.

## Fehlermeldungen neben einem Formularfeld.

field-required = Bitte füllen Sie dieses Feld aus.
field-too-long = Die Eingabe ist zu lang.
field-invalid-characters = Die Eingabe enthält unzulässige Zeichen.
field-invalid-email = Geben Sie eine E-Mail-Adresse wie name@example.com ein.
field-invalid-phone = Geben Sie eine Telefonnummer mit 6 bis 20 Ziffern ein, zum Beispiel +49 30 1234 5678.
field-invalid-card-number = Diese Kartennummer ist ungültig. Überprüfen Sie die Ziffern.
field-card-expired = Diese Karte ist abgelaufen.
field-invalid-expiry = Geben Sie das Ablaufdatum im Format MM/JJ ein.
field-invalid-cvc = Geben Sie die 3 oder 4 Ziffern auf der Rückseite der Karte ein.
field-invalid-postal-code = Diese Postleitzahl entspricht nicht dem Format des Landes.
field-invalid-vat-id = Diese USt-IdNr. entspricht nicht dem Format des Landes.

## Während ein Formular gesendet wird.

# Wird Screenreadern angesagt, während ein Formular gesendet wird; die Schaltflächen sind so lange deaktiviert.
form-sending = Wird gesendet …
