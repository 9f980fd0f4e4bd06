# membership-offers: see docs/glossary.md for the terms of each language.

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
invoice-download-pdf-label = { invoice-download-pdf }: factuur { $number }
invoice-export-csv = Afstemmingsbestand exporteren (CSV)
invoice-status-paid = Betaald
# Variables:
#   $date (String) - de datum waarop uiterlijk moet zijn betaald, opgemaakt
invoice-status-awaiting = In afwachting van betaling, uiterlijk { $date }
invoice-status-awaiting-short = In afwachting van betaling
# Status of an invoice whose order was cancelled (its bank transfer did not come).
invoice-status-cancelled = Geannuleerd
# Beside an invoice's status. Variables:
#   $number (String) - the number of the credit note that credits it
invoice-credited-by = Gecrediteerd met { $number }
# Heading of the list of credit notes on the Invoices page.
credit-notes-heading = Creditnota’s
# Column: the invoice a credit note credits.
credit-note-column-credits = Crediteert factuur
# Column: why the invoice was credited.
credit-note-column-reason = Reden
# Why an invoice was credited.
credit-note-reason-transfer-not-received = Bankoverboeking niet ontvangen
credit-note-reason-cancellation-refund = Annulering met terugbetaling
# On a credit note and in the export. Variables:
#   $number (String) - the number of the invoice it credits
credit-note-credits = Crediteert factuur { $number }
# The credit note PDF's document title. Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
credit-note-pdf-title = Creditnota { $number }
# The big heading of the credit note PDF.
credit-note-pdf-heading = Creditnota
# Variables:
#   $reference (String) - the card refund's reference at the payment provider
credit-note-refund-reference = Kenmerk terugbetaling: { $reference }
# Accessible name of the download link. Variables:
#   $number (String) - the credit note number
credit-note-download-label = Creditnota { $number } downloaden als pdf
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
# The seller's bank account on an invoice awaiting a bank transfer. Variables:
#   $name (String) - the seller's legal name
#   $iban (String) - the seller's IBAN
#   $bic (String) - the seller's BIC
invoice-pdf-bank = Te betalen aan { $name }, IBAN { $iban }, BIC { $bic }
invoice-csv-period-from = Periode van
invoice-csv-period-to = Periode tot en met
invoice-csv-currency = Valuta
invoice-csv-vat-rate = Btw-tarief (%)
invoice-csv-vat = Btw
invoice-csv-reference = Betalingskenmerk

## The invoice and credit note PDFs' own labels (apart from the pages' labels, so each
## context can change alone)

invoice-pdf-number = Factuurnummer
invoice-pdf-date = Factuurdatum
invoice-pdf-status = Status
# The credit note PDF's labels of its own number and date.
credit-note-pdf-number = Creditnotanummer
credit-note-pdf-date = Creditnotadatum
invoice-pdf-bill-to = Factuuradres
invoice-pdf-period = Periode
# The period an invoice covers, in the PDF's table (short dates).
# Variables:
#   $from (String) - first day of the period, short date
#   $to (String) - last day of the period, short date
invoice-pdf-period-value = { $from } – { $to }
invoice-pdf-price = Prijs
# Variables:
#   $rate (String) - the VAT rate in percent, formatted, e.g. "21"
invoice-pdf-vat = Btw ({ $rate }%)
invoice-pdf-total = Totaal
invoice-pdf-payment-method = Betalingswijze
invoice-pdf-reverse-charge = Btw verlegd: de koper draagt de btw af.
invoice-pdf-policy-exception = Voor deze bestelling geldt een beleidsuitzondering; deze is bij de bestelling vastgelegd.

## The reconciliation export's column headers (apart from the pages' and the PDF's labels)

# Invoice and credit note numbers.
invoice-csv-number = Nummer
invoice-csv-date = Datum
invoice-csv-offer = Aanbieding
invoice-csv-net = Nettobedrag
invoice-csv-total = Totaal
invoice-csv-status = Status
invoice-csv-payment-method = Betalingswijze

## Names of downloaded files: letters, digits, hyphens and dots only (no slashes), with
## the extension kept.

# Variables:
#   $number (String) - the invoice number, e.g. "2026-000001"
invoice-file-name = factuur-{ $number }.pdf
# Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
credit-note-file-name = creditnota-{ $number }.pdf
# The reconciliation export (CSV).
invoice-export-file-name = facturen.csv
