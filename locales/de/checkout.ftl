# membership-offers: see docs/glossary.md for the terms of each language.

## Bestellvorgang: kaufen, verlängern oder reaktivieren (die Schritte aus Seed 000)

checkout-title-purchase = Ein Angebot kaufen
checkout-title-renewal = Abonnement verlängern
checkout-title-reactivation = Kompetenz reaktivieren
checkout-back = Zurück
# Barrierefreier Name der Liste der Schritte im Bestellvorgang.
checkout-steps-label = Schritte im Bestellvorgang
checkout-step-payment = Zahlungsmethode
checkout-step-review = Bestelldetails überprüfen
checkout-step-confirmation = Bestätigung
checkout-no-price = Für dieses Angebot gibt es keinen Preis in der Währung Ihrer Organisation. Bitte wenden Sie sich an den { -partner-support }.
checkout-already-owned = Ihre Organisation besitzt dieses Angebot bereits. Verlängern Sie es über die Angebotsdetails, sobald das Zeitfenster für die Verlängerung beginnt.
checkout-gateway-unavailable = Der Zahlungsdienst ist derzeit nicht erreichbar. Ihre Karte wurde nicht belastet; bitte versuchen Sie es später erneut.

## Schritt „Zahlungsmethode“

# Variables:
#   $amount (String) - der Gesamtbetrag einschließlich MwSt., formatiert
checkout-amount-due = Zu zahlender Betrag einschließlich MwSt.: { $amount }
checkout-payment-method = Zahlungsmethode
checkout-method-card = Kreditkarte (sofortige Abbuchung)
checkout-method-bank-transfer = Elektronische Überweisung
checkout-card-details = Kartendaten
checkout-card-holder = Name auf der Karte
checkout-card-number = Kartennummer
checkout-card-number-hint = Die 12 bis 19 Ziffern auf der Vorderseite der Karte.
checkout-card-expiry = Ablaufdatum
checkout-card-expiry-hint = MM/JJ
checkout-card-cvc = Sicherheitscode (CVC)
checkout-contact-details = Kontaktperson für die Überweisung
checkout-contact-name = Name der Kontaktperson
checkout-contact-phone = Telefonnummer
checkout-contact-email = E-Mail-Adresse
# Schaltfläche aus den Seeds ("Übermitteln"), die zur Überprüfung der Bestellung weiterführt.
checkout-submit = Übermitteln

## Bestelldetails überprüfen

checkout-review-title = Bestelldetails überprüfen
checkout-order-details = Bestelldetails
checkout-offer = Angebot
checkout-period = Zeitraum
# Variables:
#   $from (String) - der erste Tag des Zeitraums, formatiert
#   $to (String) - der letzte Tag des Zeitraums, formatiert
checkout-period-value = { $from } bis { $to }
checkout-new-anniversary = Neuer Jahrestag
checkout-price = Preis
# Variables:
#   $rate (String) - der MwSt.-Satz in Prozent, formatiert, zum Beispiel "19"
checkout-vat = MwSt. ({ $rate } %)
checkout-total = Gesamtbetrag
# Variables:
#   $brand (String) - die Marke der Karte, zum Beispiel "Visa"
#   $last4 (String) - die letzten vier Ziffern der Kartennummer
#   $expiry (String) - das Ablaufdatum der Karte, MM/JJ
checkout-paid-by-card = { $brand } mit den Endziffern { $last4 } (gültig bis { $expiry })
# Variables:
#   $name (String) - der Name der Kontaktperson
#   $phone (String) - die Telefonnummer der Kontaktperson
#   $email (String) - die E-Mail-Adresse der Kontaktperson
checkout-paid-by-transfer = Elektronische Überweisung; Kontaktperson: { $name }, { $phone }, { $email }
checkout-reverse-charge = Steuerschuldnerschaft des Leistungsempfängers: Der Käufer schuldet die MwSt.
checkout-policy-exception = Für diese Bestellung gilt eine Richtlinienausnahme; sie ist in der Bestellung vermerkt.
# Seed-Begriff für die Adresse auf der Rechnung.
checkout-bill-to = Rechnungsadresse
# Link aus den Seeds ("Aktualisieren") zum Partnerprofil.
checkout-update-address = Aktualisieren
# Schaltfläche aus den Seeds ("Kaufen").
checkout-buy = Kaufen
checkout-buy-hint = Eine Karte wird sofort belastet.
checkout-declined = Ihre Karte wurde abgelehnt. Sie wurde nicht belastet, und Ihre Bestellung wurde nicht aufgegeben.
checkout-insufficient-funds = Ihre Karte wurde wegen unzureichender Deckung abgelehnt. Sie wurde nicht belastet, und Ihre Bestellung wurde nicht aufgegeben.
checkout-choose-other-method = Andere Zahlungsmethode wählen

## Bestätigung

checkout-confirmed-title = Ihre Bestellung wurde bestätigt
# Variables:
#   $offer (String) - der Name des Angebots
#   $number (String) - die Bestellnummer
checkout-confirmed-order = Vielen Dank. Ihre Bestellung { $number } für das Angebot „{ $offer }“ wurde bestätigt.
checkout-order-number = Bestellnummer
checkout-invoice-number = Rechnungsnummer
# Variables:
#   $amount (String) - der belastete Betrag, formatiert
checkout-confirmed-charged = Ihre Karte wurde mit { $amount } belastet.
# Variables:
#   $amount (String) - der zu überweisende Betrag, formatiert
#   $reference (String) - die anzugebende Zahlungsreferenz
#   $date (String) - das Datum, bis zu dem die Überweisung fällig ist, formatiert
checkout-confirmed-transfer = Bitte überweisen Sie { $amount } mit der Zahlungsreferenz { $reference } bis zum { $date }. Die Bestellung bleibt bis zum Eingang Ihrer Überweisung offen.
# Heading of the seller's bank account on the confirmation of a bank-transfer order.
checkout-bank-heading = Unsere Bankverbindung
# Labels of the bank account's facts.
checkout-bank-beneficiary = Empfänger
checkout-bank-iban = IBAN
checkout-bank-bic = BIC
# Schaltfläche aus den Seeds ("Schließen").
checkout-close = Schließen
checkout-auto-renewal-legend = Automatische Verlängerung
checkout-auto-renewal-on = Jedes Jahr automatisch verlängern: { $card } am { $date } belasten
checkout-auto-renewal-off = Automatische Verlängerung deaktiviert lassen; ich verlängere selbst
checkout-auto-renewal-no-card = Die automatische Verlängerung bleibt deaktiviert: Es gibt keine Karte, die belastet werden kann. Wir erinnern Sie, bevor das Abonnement abläuft.
checkout-view-awaiting-order = Die Bestellung ansehen, die auf Zahlung wartet
checkout-starts-on-receipt = Beginnt an dem Tag, an dem Ihre Überweisung eingeht, für ein Jahr
# On the order review, when the partner's VAT ID would give reverse charge but is not verified yet.
checkout-vat-id-unverified = Ihre USt-IdNr. ist noch nicht bestätigt, daher wird auf diese Bestellung MwSt. berechnet. Sobald der { -partner-support } sie bestätigt, gilt für spätere Bestellungen die Steuerschuldnerschaft des Leistungsempfängers.

## A card as the partner sees it, wherever it is named (order review, offer details,
## notices and e-mail)

# Variables:
#   $brand (String) - the card's brand, e.g. "Visa"
#   $last4 (String) - the last four digits of the card number, e.g. "4242"
card-masked = { $brand } •••• { $last4 }
