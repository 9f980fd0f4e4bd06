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
invoice-download-pdf-label = Rechnung { $number } als PDF herunterladen
invoice-export-csv = Kontenabstimmungsdatei exportieren (CSV)
invoice-status-paid = Bezahlt
# Variables:
#   $date (String) - das Fälligkeitsdatum der Zahlung, formatiert
invoice-status-awaiting = Zahlung ausstehend, fällig am { $date }
invoice-status-awaiting-short = Zahlung ausstehend
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
invoice-csv-period-from = Zeitraum von
invoice-csv-period-to = Zeitraum bis
invoice-csv-currency = Währung
invoice-csv-vat-rate = MwSt.-Satz (%)
invoice-csv-vat = MwSt.
invoice-csv-reference = Zahlungsreferenz
