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
# Accessible name of the download link.
# Variables:
#   $number (String) - the invoice number
invoice-download-pdf-label = Download invoice { $number } as PDF
invoice-export-csv = Export reconciliation file (CSV)
invoice-status-paid = Paid
# Variables:
#   $date (String) - the date payment is due, formatted
invoice-status-awaiting = Awaiting payment, due { $date }
invoice-status-awaiting-short = Awaiting payment
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
invoice-csv-period-from = Period from
invoice-csv-period-to = Period to
invoice-csv-currency = Currency
invoice-csv-vat-rate = VAT rate (%)
invoice-csv-vat = VAT
invoice-csv-reference = Payment reference
