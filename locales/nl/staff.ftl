# membership-offers: see docs/glossary.md for the terms of each language.

## The network staff console (/staff): the support-request queue across organizations,
## bank transfers awaiting payment, and the competency requirement records. Read by
## support agents only. Dates and amounts arrive formatted.

# Title of the queue of support requests.
staff-queue-title = Ondersteuningsaanvragen
# Variables:
#   $count (Number) - how many requests are open, in progress or waiting for the partner
staff-open-count =
    { $count ->
        [0] Er zijn geen aanvragen open.
        [1] Er is één aanvraag open.
       *[other] Er zijn { $count } aanvragen open.
    }
# Filter: only the requests assigned to the signed-in agent.
staff-filter-mine = Aan mij toegewezen
# Column headings of the queue.
staff-column-organization = Organisatie
staff-column-assigned = Toegewezen aan
staff-column-opened = Geopend
# Link back to the queue.
staff-back = Terug naar de wachtrij
# Button: the signed-in agent takes the request on.
staff-assign-to-me = Aan mij toewijzen
# Label of the reply field; the partner is notified.
staff-reply = Antwoord aan de partner
# Label of the status list and its button.
staff-set-status = Status
staff-save-status = Status opslaan
# Heading of the section with the cancellation's actions.
staff-cancellation-heading = Annulering
# Checkbox: refund the current term's card payment with a credit note.
staff-refund = De kaartbetaling van de huidige termijn terugbetalen en een creditnota uitgeven
# Buttons that complete or decline the requested cancellation.
staff-complete-cancellation = Annulering voltooien
staff-decline-message = Bericht aan de partner: waarom de annulering wordt geweigerd
staff-decline-cancellation = Annulering weigeren

# Confirmations after a staff action.
staff-done-assigned = De aanvraag is aan u toegewezen.
staff-done-replied = Uw antwoord is verzonden; de partner heeft een melding gekregen.
staff-done-status = De status is opgeslagen.
staff-done-completed = De annulering is voltooid; de partner heeft een melding gekregen.
staff-done-declined = De annulering is geweigerd; de partner heeft een melding gekregen.
staff-done-received = De overboeking is als ontvangen gemarkeerd: de factuur is betaald en de bestelling uitgevoerd.
staff-done-not-received = De bestelling is geannuleerd en de factuur is gecrediteerd met een creditnota.
staff-done-competency = De status van de vereisten is opgeslagen.

# Title of the list of orders awaiting a bank transfer.
staff-transfers-title = Bankoverboekingen in afwachting van betaling
# Shown when no order awaits a transfer.
staff-transfers-none = Geen enkele bestelling wacht op een bankoverboeking.
# Variables:
#   $number (String) - the order number, e.g. "MO-0000012"
#   $organization (String) - the partner organization's legal name
staff-transfer-heading = Bestelling { $number }, { $organization }
# Labels of an awaited order's facts.
staff-transfer-reference = Betalingskenmerk
staff-transfer-ordered = Besteldatum
staff-transfer-due = Vervaldatum
# Variables:
#   $currency (String) - the invoice's currency code, e.g. "EUR"
staff-transfer-amount = Ontvangen bedrag ({ $currency })
# Label of the day the money arrived.
staff-transfer-received-on = Ontvangen op
# Buttons that settle the awaited order.
staff-mark-received = Als ontvangen markeren
staff-mark-not-received = Als niet ontvangen markeren en de bestelling annuleren

# Title and introduction of the competency requirement records.
staff-competencies-title = Competentievereisten
staff-competencies-intro = De eigen administratie van het netwerk of elke organisatie aan de vereisten van een competentiegebied voldoet. In de demo wordt die hier bijgehouden; partners zien het resultaat op hun pagina Competenties.
# Label van het zoekveld over de namen van de organisaties.
staff-competencies-search = Naam van de organisatie bevat
staff-competencies-search-submit = Zoeken
# Boven de kaarten: welke organisaties deze pagina toont.
# Variables:
#   $first (Number) - de positie van de eerste organisatie op de pagina
#   $last (Number) - de positie van de laatste
#   $total (Number) - hoeveel organisaties aan de zoekopdracht voldoen
staff-competencies-range = { $total ->
    [1] Eén organisatie
   *[other] Organisaties { $first }–{ $last } van { $total }
}
staff-competencies-none = Nog geen enkele organisatie heeft competentiegegevens.
# Variables:
#   $search (String) - waarop de medewerker zocht
staff-competencies-no-match = Geen organisatie met „{ $search }” in de naam.
# Variables:
#   $area (String) - the competency area, e.g. "Cloud Platform"
staff-competency-missing = { $area }: vereisten die nog ontbreken
# Button that saves one organization's requirement status.
staff-save-competency = Opslaan

## Staff console: VAT IDs awaiting verification (/staff/vat-ids).

staff-vat-title = Btw-nummers die op verificatie wachten
staff-vat-intro = Een btw-nummer geeft pas verlegging van de btw na verificatie. Controleer elk nummer in het nationale register (VIES) en met het adres van de organisatie, en verifieer of weiger het. De beheerders van de partner krijgen in beide gevallen bericht.
staff-vat-none = Er wacht geen btw-nummer op verificatie.
# Buttons on each VAT ID.
staff-vat-verify = Verifiëren
staff-vat-reject = Weigeren
staff-done-vat-verified = Het btw-nummer is geverifieerd; de partner heeft bericht gekregen. Op volgende bestellingen wordt de btw verlegd waar dat geldt.
staff-done-vat-rejected = Het btw-nummer is geweigerd; de partner heeft bericht gekregen.
# Shown when the partner changed or removed the VAT ID after the page was loaded.
refusal-vat-id-changed = Dit btw-nummer is gewijzigd of verwijderd nadat de pagina werd geladen. Controleer het huidige nummer.
# Notifications and e-mail after a VAT ID was verified or rejected.
# Variables:
#   $id (String) - the VAT ID
event-vat-id-verified = Uw btw-nummer { $id } is geverifieerd. Vanaf nu wordt de btw op uw facturen verlegd waar dat geldt.
# Variables:
#   $id (String) - the VAT ID
event-vat-id-rejected = Uw btw-nummer { $id } kon niet worden geverifieerd. Controleer het in uw partnerprofiel of dien een ondersteuningsaanvraag in. Tot een btw-nummer is geverifieerd, wordt btw in rekening gebracht.
# Subject lines of those e-mails.
# Variables:
#   $offer (String) - the VAT ID
mail-subject-vat-id-verified = Btw-nummer { $offer } geverifieerd
# Variables:
#   $offer (String) - the VAT ID
mail-subject-vat-id-rejected = Btw-nummer { $offer } niet geverifieerd
