# membership-offers: see docs/glossary.md for the terms of each language.

## Page Factures

invoice-filter-offer = Offre
invoice-filter-year = Année
invoice-filter-all = Tous
# La langue du PDF téléchargé.
invoice-pdf-language = Langue du PDF
invoice-filter-apply = Afficher
invoice-none = Aucune facture ne correspond.
invoice-column-number = Numéro de facture
invoice-column-date = Date de facture
invoice-column-offer = Offre
invoice-column-amount = Montant
invoice-column-status = État
invoice-column-download = Téléchargement
# Lien des seeds (« Télécharger la facture »).
invoice-download-pdf = Télécharger le PDF
# Nom accessible du lien de téléchargement : il commence par le texte visible du lien
# (invoice-download-pdf, WCAG 2.5.3), puis indique la facture.
# Variables:
#   $number (String) - le numéro de facture
invoice-download-pdf-label = { invoice-download-pdf } : facture { $number }
invoice-export-csv = Exporter le fichier de rapprochement (CSV)
invoice-status-paid = Payée
# Variables:
#   $date (String) - la date d’échéance du paiement, mise en forme
invoice-status-awaiting = En attente de paiement, échéance le { $date }
invoice-status-awaiting-short = En attente de paiement
# Status of an invoice whose order was cancelled (its bank transfer did not come).
invoice-status-cancelled = Annulée
# Beside an invoice's status. Variables:
#   $number (String) - the number of the credit note that credits it
invoice-credited-by = Créditée par { $number }
# Heading of the list of credit notes on the Invoices page.
credit-notes-heading = Avoirs
# Column: the invoice a credit note credits.
credit-note-column-credits = Facture créditée
# Column: why the invoice was credited.
credit-note-column-reason = Motif
# Why an invoice was credited.
credit-note-reason-transfer-not-received = Virement bancaire non reçu
credit-note-reason-cancellation-refund = Annulation avec remboursement
# On a credit note and in the export. Variables:
#   $number (String) - the number of the invoice it credits
credit-note-credits = Avoir sur la facture { $number }
# The credit note PDF's document title. Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
credit-note-pdf-title = Avoir { $number }
# The big heading of the credit note PDF.
credit-note-pdf-heading = Avoir
# Variables:
#   $reference (String) - the card refund's reference at the payment provider
credit-note-refund-reference = Référence du remboursement : { $reference }
# Accessible name of the download link. Variables:
#   $number (String) - the credit note number
credit-note-download-label = Télécharger l’avoir { $number } en PDF
invoice-method-card = Carte de crédit
invoice-method-bank-transfer = Virement bancaire électronique

## PDF de la facture et export du fichier de rapprochement

# Un libellé et sa valeur dans le PDF de la facture.
# Variables:
#   $label (String) - le libellé, par exemple « Numéro de facture »
#   $value (String) - la valeur
invoice-pdf-field = { $label } : { $value }
# Titre du document dans les propriétés du PDF.
# Variables:
#   $number (String) - le numéro de facture
invoice-pdf-title = Facture { $number }
invoice-pdf-heading = Facture
# Variables:
#   $id (String) - un numéro d’identification à la TVA
invoice-pdf-vat-id = Numéro de TVA : { $id }
invoice-pdf-partner-id = ID de partenaire
invoice-pdf-description = Description
invoice-pdf-net = Montant HT
# Variables:
#   $reference (String) - la référence de paiement à indiquer sur le virement
invoice-pdf-reference = Référence de paiement : { $reference }
# The seller's bank account on an invoice awaiting a bank transfer. Variables:
#   $name (String) - the seller's legal name
#   $iban (String) - the seller's IBAN
#   $bic (String) - the seller's BIC
invoice-pdf-bank = À payer à { $name }, IBAN { $iban }, BIC { $bic }
invoice-csv-period-from = Début de la période
invoice-csv-period-to = Fin de la période
invoice-csv-currency = Devise
invoice-csv-vat-rate = Taux de TVA (%)
invoice-csv-vat = TVA
invoice-csv-reference = Référence de paiement

## The invoice and credit note PDFs' own labels (apart from the pages' labels, so each
## context can change alone)

invoice-pdf-number = Numéro de facture
invoice-pdf-date = Date de facture
invoice-pdf-status = État
# The credit note PDF's labels of its own number and date.
credit-note-pdf-number = Numéro d’avoir
credit-note-pdf-date = Date de l’avoir
invoice-pdf-bill-to = Adresse de facturation
invoice-pdf-period = Période
# The period an invoice covers, in the PDF's table (short dates).
# Variables:
#   $from (String) - first day of the period, short date
#   $to (String) - last day of the period, short date
invoice-pdf-period-value = du { $from } au { $to }
invoice-pdf-price = Prix
# Variables:
#   $rate (String) - the VAT rate in percent, formatted, e.g. "21"
invoice-pdf-vat = TVA ({ $rate } %)
invoice-pdf-total = Total
invoice-pdf-payment-method = Mode de paiement
invoice-pdf-reverse-charge = Autoliquidation de la TVA : la TVA est due par l’acheteur.
invoice-pdf-policy-exception = Une exception à la politique s’applique à cette commande et y est consignée.

## The reconciliation export's column headers (apart from the pages' and the PDF's labels)

# Invoice and credit note numbers.
invoice-csv-number = Numéro
invoice-csv-date = Date
invoice-csv-offer = Offre
invoice-csv-net = Montant HT
invoice-csv-total = Total
invoice-csv-status = État
invoice-csv-payment-method = Mode de paiement

## Names of downloaded files: letters, digits, hyphens and dots only (no slashes), with
## the extension kept.

# Variables:
#   $number (String) - the invoice number, e.g. "2026-000001"
invoice-file-name = facture-{ $number }.pdf
# Variables:
#   $number (String) - the credit note number, e.g. "CN-2026-000001"
credit-note-file-name = avoir-{ $number }.pdf
# The reconciliation export (CSV).
invoice-export-file-name = factures.csv
