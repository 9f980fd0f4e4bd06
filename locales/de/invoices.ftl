# membership-offers: see docs/glossary.md for the terms of each language.

## Seite „Rechnungen“

invoice-filter-offer = Angebot
invoice-filter-year = Jahr
invoice-filter-all = Alle
# Die Sprache der heruntergeladenen PDF-Datei.
invoice-pdf-language = PDF-Sprache
invoice-filter-apply = Anzeigen
invoice-none = Keine passenden Rechnungen.
invoice-column-number = Rechnungsnummer
invoice-column-date = Rechnungsdatum
invoice-column-offer = Angebot
invoice-column-amount = Betrag
invoice-column-status = Status
invoice-column-download = Download
# Link aus den Seeds ("Rechnung herunterladen").
invoice-download-pdf = PDF herunterladen
# Barrierefreier Name des Download-Links.
# Variables:
#   $number (String) - die Rechnungsnummer
invoice-download-pdf-label = { invoice-download-pdf }: Rechnung { $number }
invoice-export-csv = Kontenabstimmungsdatei exportieren (CSV)
invoice-status-paid = Bezahlt
# Variables:
#   $date (String) - das Fälligkeitsdatum der Zahlung, formatiert
invoice-status-awaiting = Zahlung ausstehend, fällig am { $date }
invoice-status-awaiting-short = Zahlung ausstehend
# Status of an invoice whose order was cancelled (its bank transfer did not come).
invoice-status-cancelled = Storniert
# Beside an invoice's status. Variables:
#   $number (String) - the number of the credit note that credits it
invoice-credited-by = Gutgeschrieben mit { $number }
# Heading of the list of credit notes on the Invoices page.
credit-notes-heading = Gutschriften
# Column: the invoice a credit note credits.
credit-note-column-credits = Gutschrift zu Rechnung
# Column: why the invoice was credited.
credit-note-column-reason = Grund
# Why an invoice was credited.
credit-note-reason-transfer-not-received = Überweisung nicht eingegangen
credit-note-reason-cancellation-refund = Kündigung mit Erstattung
# On a credit note and in the export. Variables:
#   $number (String) - the number of the invoice it credits
credit-note-credits = Gutschrift zu Rechnung { $number }
# The credit note PDF's document title. Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
credit-note-pdf-title = Gutschrift { $number }
# The big heading of the credit note PDF.
credit-note-pdf-heading = Gutschrift
# Variables:
#   $reference (String) - the card refund's reference at the payment provider
credit-note-refund-reference = Referenz der Erstattung: { $reference }
# Accessible name of the download link. Variables:
#   $number (String) - the credit note number
credit-note-download-label = Gutschrift { $number } als PDF herunterladen
invoice-method-card = Kreditkarte
invoice-method-bank-transfer = Elektronische Überweisung

## Rechnungs-PDF und Export der Kontenabstimmungsdatei

# Eine Bezeichnung mit ihrem Wert im Rechnungs-PDF.
# Variables:
#   $label (String) - die Bezeichnung, zum Beispiel „Rechnungsnummer“
#   $value (String) - der Wert
invoice-pdf-field = { $label }: { $value }
# Dokumenttitel in den Eigenschaften der PDF-Datei.
# Variables:
#   $number (String) - die Rechnungsnummer
invoice-pdf-title = Rechnung { $number }
invoice-pdf-heading = Rechnung
# Variables:
#   $id (String) - eine Umsatzsteuer-Identifikationsnummer
invoice-pdf-vat-id = USt-IdNr.: { $id }
invoice-pdf-partner-id = Partner-ID
invoice-pdf-description = Beschreibung
invoice-pdf-net = Nettobetrag
# Variables:
#   $reference (String) - die bei der Überweisung anzugebende Zahlungsreferenz
invoice-pdf-reference = Zahlungsreferenz: { $reference }
# The seller's bank account on an invoice awaiting a bank transfer. Variables:
#   $name (String) - the seller's legal name
#   $iban (String) - the seller's IBAN
#   $bic (String) - the seller's BIC
invoice-pdf-bank = Zahlbar an { $name }, IBAN { $iban }, BIC { $bic }
invoice-csv-period-from = Zeitraum von
invoice-csv-period-to = Zeitraum bis
invoice-csv-currency = Währung
invoice-csv-vat-rate = MwSt.-Satz (%)
invoice-csv-vat = MwSt.
invoice-csv-reference = Zahlungsreferenz

## The invoice and credit note PDFs' own labels (apart from the pages' labels, so each
## context can change alone)

invoice-pdf-number = Rechnungsnummer
invoice-pdf-date = Rechnungsdatum
invoice-pdf-status = Status
# The credit note PDF's labels of its own number and date.
credit-note-pdf-number = Gutschriftsnummer
credit-note-pdf-date = Gutschriftsdatum
invoice-pdf-bill-to = Rechnungsadresse
invoice-pdf-period = Zeitraum
# The period an invoice covers, in the PDF's table (short dates).
# Variables:
#   $from (String) - first day of the period, short date
#   $to (String) - last day of the period, short date
invoice-pdf-period-value = { $from } – { $to }
invoice-pdf-price = Preis
# Variables:
#   $rate (String) - the VAT rate in percent, formatted, e.g. "21"
invoice-pdf-vat = MwSt. ({ $rate } %)
invoice-pdf-total = Gesamtbetrag
invoice-pdf-payment-method = Zahlungsmethode
invoice-pdf-reverse-charge = Steuerschuldnerschaft des Leistungsempfängers: Der Käufer schuldet die MwSt.
invoice-pdf-policy-exception = Für diese Bestellung gilt eine Richtlinienausnahme; sie ist in der Bestellung vermerkt.

## The reconciliation export's column headers (apart from the pages' and the PDF's labels)

# Invoice and credit note numbers.
invoice-csv-number = Nummer
invoice-csv-date = Datum
invoice-csv-offer = Angebot
invoice-csv-net = Nettobetrag
invoice-csv-total = Gesamtbetrag
invoice-csv-status = Status
invoice-csv-payment-method = Zahlungsmethode

## Names of downloaded files: letters, digits, hyphens and dots only (no slashes), with
## the extension kept.

# Variables:
#   $number (String) - the invoice number, e.g. "2026-000001"
invoice-file-name = Rechnung-{ $number }.pdf
# Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
credit-note-file-name = Gutschrift-{ $number }.pdf
# The reconciliation export (CSV).
invoice-export-file-name = Rechnungen.csv
