# membership-offers: see docs/glossary.md for the terms of each language.

## De jaarcyclus: meldingen in het portaal en per e-mail, de statusregel van een
## abonnement en de agenda-export.

decline-reason-card-declined = de kaart is geweigerd.
decline-reason-insufficient-funds = de kaart is geweigerd wegens onvoldoende saldo.

event-order-placed = Bestelling { $number } voor { $offer } is bevestigd: er is { $amount } afgeschreven. De nieuwe verjaardatum is { $date }.
event-order-awaiting-transfer = Bestelling { $number } voor { $offer } wacht op uw bankoverboeking van { $amount } met betalingskenmerk { $reference } vóór { $date }.
event-automatic-renewal-charged = { $offer } is automatisch vernieuwd: er is { $amount } van uw kaart afgeschreven. De nieuwe verjaardatum is { $date }.
event-automatic-renewal-declined = We konden { $offer } niet automatisch vernieuwen: { $reason } We proberen uw kaart opnieuw op { $date }.
event-automatic-renewal-stopped = We konden { $offer } niet automatisch vernieuwen: { $reason } Na drie pogingen is automatische vernieuwing nu uitgeschakeld. Vernieuw het abonnement zelf vóór { $date } om de voordelen te behouden.
event-renew-by-hand = Automatische vernieuwing van { $offer } staat aan, maar er is geen kaart vastgelegd om af te schrijven. Vernieuw het abonnement zelf vóór { $date } om de voordelen te behouden.
event-charge-soon = { $offer } wordt op { $date } automatisch vernieuwd: we schrijven { $amount } af van { $card }.
event-expires-soon = { $offer } verloopt op { $date } en automatische vernieuwing staat uit. Vernieuw tussen { $opens } en { $closes } om de voordelen te behouden.
event-window-closing = { $offer } is verlopen en nog niet vernieuwd. Vernieuw vóór { $date }, anders vervallen de voordelen.
event-lapsed = { $offer } is op { $date } vervallen: de voordelen zijn beëindigd. U kunt de aanbieding opnieuw kopen op de pagina Lidmaatschapsaanbiedingen.

## Onderwerpregels van e-mail

mail-subject-order-placed = Uw bestelling voor { $offer } is bevestigd
mail-subject-order-awaiting-transfer = Uw bestelling voor { $offer } wacht op uw bankoverboeking
mail-subject-automatic-renewal-charged = { $offer } is automatisch vernieuwd
mail-subject-automatic-renewal-declined = Automatische vernieuwing van { $offer } is mislukt
mail-subject-automatic-renewal-stopped = Vernieuw { $offer } zelf: automatische vernieuwing is mislukt
mail-subject-renew-by-hand = Vernieuw { $offer } zelf: geen kaart vastgelegd
mail-subject-charge-soon = { $offer } wordt binnenkort automatisch vernieuwd
mail-subject-expires-soon = { $offer } verloopt binnenkort
mail-subject-window-closing = Laatste dagen om { $offer } te vernieuwen
mail-subject-lapsed = { $offer } is vervallen

## Tekst van e-mail

mail-greeting = Hallo,
mail-invoice-attached = Factuur { $number } is bijgevoegd als pdf.
mail-open-details = Bekijk het abonnement in het portaal:
mail-signature = Lidmaatschapsaanbiedingen van het { -network-name }
mail-why = U ontvangt deze e-mail omdat u globale beheerder of MPN-partnerbeheerder van uw organisatie bent, of omdat u de bestelling hebt geplaatst.

## Statusregel van een abonnement

cycle-renews-automatically = Wordt op { $date } automatisch vernieuwd: we schrijven { $amount } af van { $card }.
cycle-no-card-before = Automatische vernieuwing staat aan, maar er is geen kaart vastgelegd: vernieuw zelf tussen { $opens } en { $closes }.
cycle-auto-off-before = Automatische vernieuwing staat uit: vernieuw zelf tussen { $opens } en { $closes }.
cycle-awaiting-automatic-renewal = Wacht op automatische vernieuwing: { $card } wordt vanaf { $date } belast.
cycle-automatic-renewal-failed = Automatische vernieuwing is mislukt: { $reason } Volgende poging op { $date }.
cycle-automatic-renewal-stopped = Automatische vernieuwing is drie keer mislukt en staat uit: { $reason } Vernieuw zelf vóór { $date }.
cycle-no-card-window = Geen kaart vastgelegd voor automatische vernieuwing: vernieuw zelf vóór { $date }.
cycle-renew-by = Vernieuw vóór { $date } om de voordelen te behouden.
cycle-lapsed = Vervallen op { $date }: de voordelen zijn beëindigd.

## Agenda-export

calendar-event-summary = { $offer }: { $event }
calendar-event-description = Bekijk het abonnement in het portaal: { $link }
# Variables:
#   $offer (String) - the offer's name
calendar-file-name = { $offer } – data.ics

## Bankoverboekingen

event-transfer-received = We hebben uw bankoverboeking van { $amount } voor bestelling { $number } ({ $offer }) ontvangen. De verjaardatum is { $date }.
event-transfer-due-soon = Bestelling { $number } ({ $offer }) wacht nog op uw bankoverboeking van { $amount } met betalingskenmerk { $reference }. Deze moet vóór { $date } binnen zijn, anders wordt de bestelling geannuleerd.
event-transfer-cancelled = Uw bankoverboeking voor bestelling { $number } ({ $offer }) is niet ontvangen: de bestelling is geannuleerd en creditnota { $credit } crediteert de factuur.
mail-subject-transfer-received = Bankoverboeking ontvangen voor { $offer }
mail-subject-transfer-due-soon = Uw bankoverboeking voor { $offer } moet binnenkort binnen zijn
mail-subject-transfer-cancelled = Bestelling voor { $offer } geannuleerd: overboeking niet ontvangen
