# membership-offers: see docs/glossary.md for the terms of each language.

## Namen van aanbiedingen

# Het jaarabonnement uit de seeds ("Action Pack-abonnement").
offer-action-pack = Action Pack-abonnement
# Naam van een competentieaanbieding.
# Variables:
#   $level (String) - "Silver" of "Gold" (uit level-silver / level-gold)
#   $area (String) - het competentiegebied, bijvoorbeeld "Cloud Platform"
offer-competency = { $level }-competentie: { $area }
level-silver = Silver
level-gold = Gold
area-cloud-platform = Cloud Platform
area-cloud-productivity = Cloud Productivity
area-data-analytics = Data Analytics
area-data-platform = Data Platform
area-security = Security
area-application-development = Application Development

## Pagina Lidmaatschapsaanbiedingen

offers-available-heading = Aanbiedingen
# Kop van de lijst met aanbiedingen die de organisatie bezit (seedterm "Gekocht").
offers-purchased-heading = Gekocht
offers-purchased-empty = Uw organisatie heeft nog geen aanbiedingen gekocht.
offers-benefit-support = Toegewezen ondersteuning
offers-benefit-marketing = Marketingresources
offers-benefit-planning = Inzichten en hulpmiddelen voor bedrijfsplanning
offers-benefit-training = Cloudgerichte training
# Prijs op een aanbiedingstegel.
# Variables:
#   $price (String) - de jaarprijs, al opgemaakt, bijvoorbeeld "€ 475,00"
offers-price-per-year = { $price } per jaar
offers-buy = Kopen
# Knop uit de seeds ("Abonnement vernieuwen").
offers-renew = Abonnement vernieuwen
# Knop voor een vervallen competentie waarvoor een beleidsuitzondering geldt.
offers-reactivate = Opnieuw activeren
offers-view-details = Details bekijken
offers-requirements-not-met = Nog niet aan de vereisten voldaan
offers-join-first = Word eerst lid van het netwerk
offers-not-member = Uw organisatie is nog geen lid van het netwerk. Word lid van het netwerk voordat u een aanbieding koopt.
offers-column-offer = Aanbieding
offers-column-status = Status
offers-column-purchase-date = Aankoopdatum
# Seed 002: de jubileumdatum staat in deze kolom.
offers-column-renewal-start-date = Startdatum vernieuwing
offers-column-expiration-date = Vervaldatum
offers-column-automatic-renewal = Automatische vernieuwing
offers-column-actions = Acties
# Banner zolang een aanbieding in het vernieuwingsvenster is.
# Variables:
#   $offer (String) - de naam van de aanbieding
#   $days (Number) - aantal dagen tot het venster sluit
#   $date (String) - de datum waarop het venster sluit, opgemaakt
offers-banner-window-closing =
    { $days ->
        [0] Het vernieuwingsvenster van uw { $offer } sluit vandaag ({ $date }).
        [1] Het vernieuwingsvenster van uw { $offer } sluit morgen ({ $date }).
       *[other] Het vernieuwingsvenster van uw { $offer } sluit over { $days } dagen ({ $date }).
    }
# Banner wanneer automatische vernieuwing is uitgeschakeld en de aanbieding binnenkort verloopt.
# Variables:
#   $offer (String) - de naam van de aanbieding
#   $days (Number) - aantal dagen tot de aanbieding verloopt
#   $date (String) - de vervaldatum, opgemaakt
offers-banner-expires-without-auto-renewal =
    { $days ->
        [0] Uw { $offer } verloopt vandaag ({ $date }) en automatische vernieuwing is uitgeschakeld.
        [1] Uw { $offer } verloopt morgen ({ $date }) en automatische vernieuwing is uitgeschakeld.
       *[other] Uw { $offer } verloopt over { $days } dagen ({ $date }) en automatische vernieuwing is uitgeschakeld.
    }

## Statussen

status-active = Actief
# Verlopen, in het vernieuwingsvenster van 30 dagen: de voordelen blijven gelden.
status-in-renewal-window = In vernieuwingsvenster
status-lapsed = Vervallen
status-cancelled = Geannuleerd
status-cancellation-requested = Annulering aangevraagd
auto-renewal-on = Aan
auto-renewal-off = Uit
competency-requirements = Vereisten:
# Seedterm voor een competentie waarvan aan de vereisten is voldaan.
competency-status-complete = Voltooid
competency-status-incomplete = Niet voltooid

## Waarom vernieuwen niet mogelijk is

# Variables:
#   $date (String) - de eerste dag van het vernieuwingsvenster, opgemaakt
renew-not-yet = U kunt vernieuwen vanaf { $date }.
# Variables:
#   $date (String) - de laatste dag van het vernieuwingsvenster, opgemaakt
renew-window-closed = Het vernieuwingsvenster is op { $date } gesloten.
renew-requirements-not-met = De competentievereisten moeten Voltooid zijn voordat u kunt vernieuwen.
# Variables:
#   $date (String) - de datum waarop de annulering is aangevraagd, opgemaakt
renew-cancellation-requested = Op { $date } is een annulering aangevraagd.
# Variables:
#   $date (String) - de datum van de annulering, opgemaakt
renew-cancelled = Geannuleerd op { $date }.

## Details van een aanbieding

details-back = Terug naar Lidmaatschapsaanbiedingen
details-price = Prijs
details-next-charge = Volgende automatische afschrijving
# Variables:
#   $date (String) - de datum van de afschrijving, opgemaakt
#   $amount (String) - het bedrag inclusief btw, opgemaakt
details-next-charge-value = { $amount } op { $date }
details-card = Opgeslagen kaart
details-actions-heading = Acties
details-timeline-heading = Tijdlijn
# Knop uit de seeds ("Automatische vernieuwing uitschakelen").
details-turn-off-auto-renewal = Automatische vernieuwing uitschakelen
# Knop uit de seeds ("Abonnement annuleren").
details-cancel-subscription = Abonnement annuleren
# Knop uit de seeds ("Factuur downloaden").
details-download-invoice = Factuur downloaden
details-policy-exception = Voor deze aanbieding geldt een beleidsuitzondering: de datums zijn verlengd en tot de volgende vernieuwingsdatum geldt een uitzondering op de vereisten.
# Variables:
#   $date (String) - de datum waarop de annulering is aangevraagd, opgemaakt
details-cancellation-requested = U hebt op { $date } de annulering van dit abonnement aangevraagd. { -partner-support } handelt deze af; u kunt de aanvraag volgen onder Ondersteuning.
details-auto-renewal-off = Automatische vernieuwing is uitgeschakeld. U kunt deze na uw volgende vernieuwing weer inschakelen.
# Variables:
#   $date (String) - de datum van de herinnering, opgemaakt
details-auto-renewal-off-reminder = Automatische vernieuwing is uitgeschakeld. U kunt deze na uw volgende vernieuwing weer inschakelen. We sturen u op { $date } een herinnering.
details-done-auto-renewal-off = Automatische vernieuwing is nu uitgeschakeld.
details-done-cancellation-requested = Uw annuleringsaanvraag is naar { -partner-support } verzonden.
timeline-purchased = Gekocht
timeline-reminder-before = Herinnering: verloopt over 15 dagen
timeline-anniversary = Jubileumdatum en vervaldatum
timeline-window-opens = Vernieuwingsvenster gaat open
timeline-reminder-after = Herinnering: vernieuwingsvenster sluit binnenkort
timeline-window-closes = Vernieuwingsvenster sluit
timeline-loses-benefits = Voordelen vervallen zonder vernieuwing
timeline-automatic-charge = Automatische vernieuwing schrijft het bedrag af van de kaart

## Automatische vernieuwing uitschakelen

auto-renewal-off-title = Automatische vernieuwing uitschakelen?
# Variables:
#   $offer (String) - de naam van de aanbieding
#   $date (String) - de jubileumdatum (vervaldatum), opgemaakt
auto-renewal-off-explanation = Uw { $offer } wordt op { $date } niet automatisch vernieuwd. Vernieuw de aanbieding zelf tijdens het vernieuwingsvenster om de voordelen te behouden.
auto-renewal-off-lock = Nadat u automatische vernieuwing hebt uitgeschakeld, kunt u deze pas weer inschakelen na uw volgende handmatige vernieuwing. We sturen u een herinnering voordat de aanbieding verloopt.
auto-renewal-off-keep = Automatische vernieuwing ingeschakeld laten

## Een abonnement annuleren (een ondersteuningsaanvraag, seed 000)

cancel-title = Abonnement annuleren
cancel-intro = Annuleringen worden afgehandeld door { -partner-support }. Verzend deze ondersteuningsaanvraag; u kunt de status ervan volgen onder Ondersteuning.
cancel-category = Categorie
cancel-problem-type = Soort probleem
cancel-subscription = Abonnement
cancel-description = Beschrijving
# Vooraf ingevulde tekst van de annuleringsaanvraag.
# Variables:
#   $offer (String) - de naam van de aanbieding
cancel-description-prefill = Wij verzoeken u de volgende aanbieding te annuleren: { $offer }.
cancel-submit = Verzenden
cancel-back = Terug naar de aanbieding
# Heading of what a cancellation takes away, shown before the request is sent.
cancel-loses-heading = Wat u verliest, en wanneer
# Said before the list of the benefits a cancellation ends, when the current term
# runs on after today. Variables:
#   $offer (String) - the offer's name
#   $end (String) - the day after the current term's anniversary date: when a cancellation at the end of the term takes effect
#   $now (String) - today: when a cancellation now takes effect
cancel-loses-benefits-on = De voordelen van { $offer } eindigen wanneer de annulering ingaat: op { $end } aan het einde van de huidige termijn, of vandaag, { $now }, als u om een annulering per direct vraagt.
# Said before the list of the benefits a cancellation ends, when the current term
# has already ended (the renewal window): either choice takes effect today. Variables:
#   $offer (String) - the offer's name
#   $date (String) - today
cancel-loses-benefits-today = De voordelen van { $offer } eindigen wanneer de annulering ingaat: vandaag, { $date }.
# Only for a competency. Variables:
#   $offer (String) - the competency's name, e.g. "Silver competency: Cloud Platform"
cancel-loses-competency = Vanaf die dag heeft uw organisatie de { $offer } niet meer.
# What a cancellation does to automatic renewal.
cancel-loses-auto-renewal = Automatische verlenging wordt uitgeschakeld: er wordt niets meer in rekening gebracht.
# Who completes the cancellation.
cancel-staff-completes = { -partner-support } voltooit de annulering en bevestigt de dag; u krijgt hier en per e-mail een melding.
# Choice of when the cancellation takes effect. Variables:
#   $date (String) - the day after the current term's anniversary date
cancel-effect-end-of-term-on = Aan het einde van de huidige termijn, op { $date }
# Choice of when the cancellation takes effect. Variables:
#   $date (String) - today
cancel-effect-now-on = Nu, op { $date }
# The subject prefilled on the cancellation request. Variables:
#   $offer (String) - the offer's name
cancel-subject-prefill = { $offer } annuleren
# Ondersteuningscategorie uit seed 000.
support-category-partner-center = Problemen met Partnercentrum melden
# Soort probleem voor ondersteuning uit seed 000.
support-problem-invoice-payment = Help bij partnerfactuur, betaling of afstemmingsbestand

# Variables:
#   $date (String) - de datum waarop de voordelen vervielen, opgemaakt
refusal-lapsed = Dit abonnement is vervallen op { $date }.
refusal-auto-renewal-already-off = Automatische vernieuwing staat al uit.
refusal-auto-renewal-already-on = Automatische vernieuwing staat al aan.
refusal-no-card-on-file = Voor automatische vernieuwing is een vastgelegde kaart nodig. Vernieuw met een creditcard om deze in te schakelen.
# Variables:
#   $date (String) - de laatste dag van de vernieuwingsperiode, opgemaakt
refusal-auto-renewal-charges-declined = Automatische vernieuwing blijft uit: de kaart is bij elke poging in deze termijn geweigerd. Vernieuw zelf vóór { $date }; bij het kopen kunt u automatische vernieuwing voor het volgende jaar aan laten staan.
offers-buy-again = Opnieuw kopen
details-turn-on-auto-renewal = Automatische vernieuwing inschakelen
details-done-auto-renewal-on = Automatische vernieuwing is nu ingeschakeld.
details-calendar = Deze datums aan uw agenda toevoegen (.ics)
status-awaiting-payment = Vernieuwing wacht op betaling
status-purchase-awaiting-payment = Aankoop wacht op betaling
renew-awaiting-transfer = Voor deze aanbieding wordt een bankoverboeking verwacht tot { $date }.
cycle-awaiting-transfer = Vernieuwing wacht op betaling: de voordelen blijven tot { $date }, de uiterste datum van de overboeking.
refusal-transfer-not-awaited = Deze bestelling wacht niet meer op een bankoverboeking.
refusal-transfer-amount = Het ontvangen bedrag moet precies het factuurtotaal van { $amount } zijn. Gedeeltelijke betalingen en te hoge betalingen worden niet geaccepteerd.
refusal-transfer-date = De datum van ontvangst van de overboeking moet tussen { $date } en vandaag liggen.
