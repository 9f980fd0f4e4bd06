## Pagina Facturen

invoice-filter-offer = Aanbieding
invoice-filter-year = Jaar
invoice-filter-all = Alle
# De taal van de gedownloade PDF.
invoice-pdf-language = Taal van de PDF
invoice-filter-apply = Weergeven
invoice-none = Geen overeenkomende facturen.
invoice-column-number = Factuurnummer
invoice-column-date = Factuurdatum
invoice-column-offer = Aanbieding
invoice-column-amount = Bedrag
invoice-column-status = Status
invoice-column-download = Downloaden
# Link uit de seeds ("Factuur downloaden").
invoice-download-pdf = PDF downloaden
# Toegankelijke naam van de downloadlink.
# Variables:
#   $number (String) - het factuurnummer
invoice-download-pdf-label = Factuur { $number } als PDF downloaden
invoice-export-csv = Afstemmingsbestand exporteren (CSV)
invoice-status-paid = Betaald
# Variables:
#   $date (String) - de datum waarop uiterlijk moet zijn betaald, opgemaakt
invoice-status-awaiting = In afwachting van betaling, uiterlijk { $date }
invoice-status-awaiting-short = In afwachting van betaling
invoice-method-card = Creditcard
invoice-method-bank-transfer = Elektronische bankoverboeking

## Factuur-PDF en export van het afstemmingsbestand

# Een label met zijn waarde op de factuur-pdf.
# Variables:
#   $label (String) - het label, bijvoorbeeld "Factuurnummer"
#   $value (String) - de waarde
invoice-pdf-field = { $label }: { $value }
# Documenttitel in de eigenschappen van de PDF.
# Variables:
#   $number (String) - het factuurnummer
invoice-pdf-title = Factuur { $number }
invoice-pdf-heading = Factuur
# Variables:
#   $id (String) - een btw-identificatienummer
invoice-pdf-vat-id = Btw-nummer: { $id }
invoice-pdf-partner-id = Partner-ID
invoice-pdf-description = Omschrijving
invoice-pdf-net = Nettobedrag
# Variables:
#   $reference (String) - het betalingskenmerk dat bij de overboeking moet worden vermeld
invoice-pdf-reference = Betalingskenmerk: { $reference }
invoice-csv-period-from = Periode van
invoice-csv-period-to = Periode tot en met
invoice-csv-currency = Valuta
invoice-csv-vat-rate = Btw-tarief (%)
invoice-csv-vat = Btw
invoice-csv-reference = Betalingskenmerk
