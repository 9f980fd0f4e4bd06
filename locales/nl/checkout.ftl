# membership-offers: see docs/glossary.md for the terms of each language.

## Afrekenen: kopen, vernieuwen of opnieuw activeren (de stappen uit seed 000)

checkout-title-purchase = Een aanbieding kopen
checkout-title-renewal = Abonnement vernieuwen
checkout-title-reactivation = Competentie opnieuw activeren
checkout-back = Terug
# Toegankelijke naam van de lijst met stappen voor het afrekenen.
checkout-steps-label = Stappen voor het afrekenen
checkout-step-payment = Betalingswijze
checkout-step-review = Bestelgegevens controleren
checkout-step-confirmation = Bevestiging
checkout-no-price = Deze aanbieding heeft geen prijs in de valuta van uw organisatie. Neem contact op met { -partner-support }.
checkout-already-owned = Uw organisatie heeft deze aanbieding al. Vernieuw de aanbieding via de details ervan zodra het vernieuwingsvenster opengaat.
checkout-gateway-unavailable = De betalingsservice is momenteel niet bereikbaar. Er is niets afgeschreven; probeer het later opnieuw.

## Stap Betalingswijze

# Variables:
#   $amount (String) - het totaalbedrag inclusief btw, opgemaakt
checkout-amount-due = Te betalen bedrag, inclusief btw: { $amount }
checkout-payment-method = Betalingswijze
checkout-method-card = Creditcard (wordt direct afgeschreven)
checkout-method-bank-transfer = Elektronische bankoverboeking
checkout-card-details = Kaartgegevens
checkout-card-holder = Naam op de kaart
checkout-card-number = Kaartnummer
checkout-card-number-hint = De 12 tot 19 cijfers op de voorkant van de kaart.
checkout-card-expiry = Vervaldatum
checkout-card-expiry-hint = MM/JJ
checkout-card-cvc = Beveiligingscode (CVC)
checkout-contact-details = Contactpersoon voor de overboeking
checkout-contact-name = Naam van de contactpersoon
checkout-contact-phone = Telefoonnummer
checkout-contact-email = E-mailadres
# Knop uit de seeds ("Verzenden") waarmee u doorgaat naar de controle van de bestelling.
checkout-submit = Verzenden

## Bestelgegevens controleren

checkout-review-title = Bestelgegevens controleren
checkout-order-details = Bestelgegevens
checkout-offer = Aanbieding
checkout-period = Periode
# Variables:
#   $from (String) - de eerste dag van de periode, opgemaakt
#   $to (String) - de laatste dag van de periode, opgemaakt
checkout-period-value = { $from } tot en met { $to }
checkout-new-anniversary = Nieuwe jubileumdatum
checkout-price = Prijs
# Variables:
#   $rate (String) - het btw-tarief in procenten, opgemaakt, bijvoorbeeld "21"
checkout-vat = Btw ({ $rate }%)
checkout-total = Totaal
# Variables:
#   $brand (String) - het merk van de kaart, bijvoorbeeld "Visa"
#   $last4 (String) - de laatste vier cijfers van het kaartnummer
#   $expiry (String) - de vervaldatum van de kaart, MM/JJ
checkout-paid-by-card = { $brand } eindigend op { $last4 } (verloopt { $expiry })
# Variables:
#   $name (String) - de naam van de contactpersoon
#   $phone (String) - het telefoonnummer van de contactpersoon
#   $email (String) - het e-mailadres van de contactpersoon
checkout-paid-by-transfer = Elektronische bankoverboeking; contactpersoon: { $name }, { $phone }, { $email }
checkout-reverse-charge = Btw verlegd: de koper draagt de btw af.
checkout-policy-exception = Voor deze bestelling geldt een beleidsuitzondering; deze is bij de bestelling vastgelegd.
# Seedterm voor het adres op de factuur.
checkout-bill-to = Factuuradres
# Link uit de seeds ("Bijwerken") naar het partnerprofiel.
checkout-update-address = Bijwerken
# Knop uit de seeds ("Kopen").
checkout-buy = Kopen
checkout-buy-hint = Bij betaling met een kaart wordt het bedrag direct afgeschreven.
checkout-declined = Uw kaart is geweigerd. Er is niets afgeschreven en uw bestelling is niet geplaatst.
checkout-insufficient-funds = Uw kaart is geweigerd wegens onvoldoende saldo. Er is niets afgeschreven en uw bestelling is niet geplaatst.
checkout-choose-other-method = Kies een andere betalingswijze

## Bevestiging

checkout-confirmed-title = Uw bestelling is bevestigd
# Variables:
#   $offer (String) - de naam van de aanbieding
#   $number (String) - het bestelnummer
checkout-confirmed-order = Hartelijk dank. Uw bestelling { $number } voor de aanbieding { $offer } is bevestigd.
checkout-order-number = Bestelnummer
checkout-invoice-number = Factuurnummer
# Variables:
#   $amount (String) - het afgeschreven bedrag, opgemaakt
checkout-confirmed-charged = Er is { $amount } van uw kaart afgeschreven.
# Variables:
#   $amount (String) - het over te maken bedrag, opgemaakt
#   $reference (String) - het betalingskenmerk dat u moet vermelden
#   $date (String) - de datum waarop de overboeking uiterlijk moet zijn gedaan, opgemaakt
checkout-confirmed-transfer = Maak { $amount } over met betalingskenmerk { $reference }, uiterlijk op { $date }. De bestelling staat in afwachting van uw overboeking.
# Heading of the seller's bank account on the confirmation of a bank-transfer order.
checkout-bank-heading = Onze bankgegevens
# Labels of the bank account's facts.
checkout-bank-beneficiary = Begunstigde
checkout-bank-iban = IBAN
checkout-bank-bic = BIC
# Knop uit de seeds ("Sluiten").
checkout-close = Sluiten
checkout-auto-renewal-legend = Automatische vernieuwing
checkout-auto-renewal-on = Elk jaar automatisch vernieuwen: { $card } belasten op { $date }
checkout-auto-renewal-off = Automatische vernieuwing uit laten; ik vernieuw zelf
checkout-auto-renewal-no-card = Automatische vernieuwing blijft uit: er is geen kaart om te belasten. U krijgt een herinnering voordat het abonnement verloopt.
checkout-view-awaiting-order = De bestelling bekijken die op betaling wacht
checkout-starts-on-receipt = Gaat in op de dag dat uw overboeking is ontvangen, voor één jaar
# On the order review, when the partner's VAT ID would give reverse charge but is not verified yet.
checkout-vat-id-unverified = Uw btw-nummer is nog niet geverifieerd, dus op deze bestelling wordt btw in rekening gebracht. Zodra { -partner-support } het verifieert, wordt de btw op volgende bestellingen verlegd.

## A card as the partner sees it, wherever it is named (order review, offer details,
## notices and e-mail)

# Variables:
#   $brand (String) - the card's brand, e.g. "Visa"
#   $last4 (String) - the last four digits of the card number, e.g. "4242"
card-masked = { $brand } •••• { $last4 }
