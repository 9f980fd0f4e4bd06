# membership-offers: see docs/glossary.md for the terms of each language.

## Invoices page

invoice-filter-offer = Offer
invoice-filter-year = Year
invoice-filter-all = All
# The language of the downloaded PDF.
invoice-pdf-language = PDF language
invoice-filter-apply = Show
invoice-none = No invoices match.
invoice-column-number = Invoice number
invoice-column-date = Invoice date
invoice-column-offer = Offer
invoice-column-amount = Amount
invoice-column-status = Status
invoice-column-download = Download
# Link from the seeds ("Download invoice").
invoice-download-pdf = Download PDF
# Accessible name of the download link: it starts with the link's visible text
# (invoice-download-pdf, WCAG 2.5.3 "label in name"), then says which invoice.
# Variables:
#   $number (String) - the invoice number
invoice-download-pdf-label = { invoice-download-pdf }: invoice { $number }
invoice-export-csv = Export reconciliation file (CSV)
invoice-status-paid = Paid
# Variables:
#   $date (String) - the date payment is due, formatted
invoice-status-awaiting = Awaiting payment, due { $date }
invoice-status-awaiting-short = Awaiting payment
# Status of an invoice whose order was cancelled (its bank transfer did not come).
invoice-status-cancelled = Cancelled
# Beside an invoice's status. Variables:
#   $number (String) - the number of the credit note that credits it
invoice-credited-by = Credited by { $number }
# Heading of the list of credit notes on the Invoices page.
credit-notes-heading = Credit notes
# Column: the invoice a credit note credits.
credit-note-column-credits = Credits invoice
# Column: why the invoice was credited.
credit-note-column-reason = Reason
# Why an invoice was credited.
credit-note-reason-transfer-not-received = Bank transfer not received
credit-note-reason-cancellation-refund = Cancellation with refund
# On a credit note and in the export. Variables:
#   $number (String) - the number of the invoice it credits
credit-note-credits = Credits invoice { $number }
# The credit note PDF's document title. Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
credit-note-pdf-title = Credit note { $number }
# The big heading of the credit note PDF.
credit-note-pdf-heading = Credit note
# Variables:
#   $reference (String) - the card refund's reference at the payment provider
credit-note-refund-reference = Refund reference: { $reference }
# Accessible name of the download link. Variables:
#   $number (String) - the credit note number
credit-note-download-label = Download credit note { $number } as PDF
invoice-method-card = Credit card
invoice-method-bank-transfer = Electronic bank transfer

## Invoice PDF and reconciliation export

# A label and its value on the invoice PDF.
# Variables:
#   $label (String) - the label, e.g. "Invoice number"
#   $value (String) - the value
invoice-pdf-field = { $label }: { $value }
# Document title in the PDF's properties.
# Variables:
#   $number (String) - the invoice number
invoice-pdf-title = Invoice { $number }
invoice-pdf-heading = Invoice
# Variables:
#   $id (String) - a VAT identification number
invoice-pdf-vat-id = VAT ID: { $id }
invoice-pdf-partner-id = Partner ID
invoice-pdf-description = Description
invoice-pdf-net = Net amount
# Variables:
#   $reference (String) - the payment reference to quote on the transfer
invoice-pdf-reference = Payment reference: { $reference }
# The seller's bank account on an invoice awaiting a bank transfer. Variables:
#   $name (String) - the seller's legal name
#   $iban (String) - the seller's IBAN
#   $bic (String) - the seller's BIC
invoice-pdf-bank = Pay to { $name }, IBAN { $iban }, BIC { $bic }
invoice-csv-period-from = Period from
invoice-csv-period-to = Period to
invoice-csv-currency = Currency
invoice-csv-vat-rate = VAT rate (%)
invoice-csv-vat = VAT
invoice-csv-reference = Payment reference

## The invoice and credit note PDFs' own labels (apart from the pages' labels, so each
## context can change alone)

invoice-pdf-number = Invoice number
invoice-pdf-date = Invoice date
invoice-pdf-status = Status
# The credit note PDF's labels of its own number and date.
credit-note-pdf-number = Credit note number
credit-note-pdf-date = Credit note date
invoice-pdf-bill-to = Bill-to address
invoice-pdf-period = Period
# The period an invoice covers, in the PDF's table (short dates).
# Variables:
#   $from (String) - first day of the period, short date
#   $to (String) - last day of the period, short date
invoice-pdf-period-value = { $from } – { $to }
invoice-pdf-price = Price
# Variables:
#   $rate (String) - the VAT rate in percent, formatted, e.g. "21"
invoice-pdf-vat = VAT ({ $rate } %)
invoice-pdf-total = Total
invoice-pdf-payment-method = Payment method
invoice-pdf-reverse-charge = VAT reverse charged: the buyer accounts for the VAT.
invoice-pdf-policy-exception = A policy exception applies to this order and is recorded on it.

## The reconciliation export's column headers (apart from the pages' and the PDF's labels)

# Invoice and credit note numbers.
invoice-csv-number = Number
invoice-csv-date = Date
invoice-csv-offer = Offer
invoice-csv-net = Net amount
invoice-csv-total = Total
invoice-csv-status = Status
invoice-csv-payment-method = Payment method

## Names of downloaded files: letters, digits, hyphens and dots only (no slashes), with
## the extension kept.

# Variables:
#   $number (String) - the invoice number, e.g. "2026-000001"
invoice-file-name = invoice-{ $number }.pdf
# Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
credit-note-file-name = credit-note-{ $number }.pdf
# The reconciliation export (CSV).
invoice-export-file-name = invoices.csv
