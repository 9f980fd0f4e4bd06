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
# Nom accessible du lien de téléchargement.
# Variables:
#   $number (String) - le numéro de facture
invoice-download-pdf-label = Télécharger la facture { $number } au format PDF
invoice-export-csv = Exporter le fichier de rapprochement (CSV)
invoice-status-paid = Payée
# Variables:
#   $date (String) - la date d’échéance du paiement, mise en forme
invoice-status-awaiting = En attente de paiement, échéance le { $date }
invoice-status-awaiting-short = En attente de paiement
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
invoice-csv-period-from = Début de la période
invoice-csv-period-to = Fin de la période
invoice-csv-currency = Devise
invoice-csv-vat-rate = Taux de TVA (%)
invoice-csv-vat = TVA
invoice-csv-reference = Référence de paiement
