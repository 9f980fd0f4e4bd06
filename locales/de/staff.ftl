# membership-offers: see docs/glossary.md for the terms of each language.

## The network staff console (/staff): the support-request queue across organizations,
## bank transfers awaiting payment, and the competency requirement records. Read by
## support agents only. Dates and amounts arrive formatted.

# Title of the queue of support requests.
staff-queue-title = Supportanfragen
# Variables:
#   $count (Number) - how many requests are open, in progress or waiting for the partner
staff-open-count =
    { $count ->
        [0] Es sind keine Anfragen offen.
        [1] Eine Anfrage ist offen.
       *[other] { $count } Anfragen sind offen.
    }
# Filter: only the requests assigned to the signed-in agent.
staff-filter-mine = Mir zugewiesen
# Column headings of the queue.
staff-column-organization = Organisation
staff-column-assigned = Zugewiesen an
staff-column-opened = Geöffnet
# Link back to the queue.
staff-back = Zurück zur Warteschlange
# Button: the signed-in agent takes the request on.
staff-assign-to-me = Mir zuweisen
# Label of the reply field; the partner is notified.
staff-reply = Antwort an den Partner
# Label of the status list and its button.
staff-set-status = Status
staff-save-status = Status speichern
# Heading of the section with the cancellation's actions.
staff-cancellation-heading = Kündigung
# Checkbox: refund the current term's card payment with a credit note.
staff-refund = Die Kartenzahlung der aktuellen Laufzeit erstatten und eine Gutschrift ausstellen
# Buttons that complete or decline the requested cancellation.
staff-complete-cancellation = Kündigung abschließen
staff-decline-message = Nachricht an den Partner: warum die Kündigung abgelehnt wird
staff-decline-cancellation = Kündigung ablehnen

# Confirmations after a staff action.
staff-done-assigned = Die Anfrage ist Ihnen zugewiesen.
staff-done-replied = Ihre Antwort wurde gesendet; der Partner wurde benachrichtigt.
staff-done-status = Der Status ist gespeichert.
staff-done-completed = Die Kündigung ist abgeschlossen; der Partner wurde benachrichtigt.
staff-done-declined = Die Kündigung ist abgelehnt; der Partner wurde benachrichtigt.
staff-done-received = Die Überweisung ist als eingegangen markiert: Die Rechnung ist bezahlt und die Bestellung ausgeführt.
staff-done-not-received = Die Bestellung ist storniert und ihre Rechnung mit einer Gutschrift ausgeglichen.
staff-done-competency = Der Anforderungsstatus ist gespeichert.

# Title of the list of orders awaiting a bank transfer.
staff-transfers-title = Überweisungen, die auf Zahlung warten
# Shown when no order awaits a transfer.
staff-transfers-none = Keine Bestellung wartet auf eine Überweisung.
# Variables:
#   $number (String) - the order number, e.g. "MO-0000012"
#   $organization (String) - the partner organization's legal name
staff-transfer-heading = Bestellung { $number }, { $organization }
# Labels of an awaited order's facts.
staff-transfer-reference = Verwendungszweck
staff-transfer-ordered = Bestelldatum
staff-transfer-due = Fälligkeitsdatum
# Variables:
#   $currency (String) - the invoice's currency code, e.g. "EUR"
staff-transfer-amount = Eingegangener Betrag ({ $currency })
# Label of the day the money arrived.
staff-transfer-received-on = Eingegangen am
# Buttons that settle the awaited order.
staff-mark-received = Als eingegangen markieren
staff-mark-not-received = Als nicht eingegangen markieren und Bestellung stornieren

# Title and introduction of the competency requirement records.
staff-competencies-title = Kompetenzanforderungen
staff-competencies-intro = Die eigenen Aufzeichnungen des Netzwerks, ob jede Organisation die Anforderungen eines Kompetenzbereichs erfüllt. In der Demo werden sie hier geführt; Partner sehen das Ergebnis auf ihrer Seite „Kompetenzen“.
# Beschriftung des Suchfelds über den Namen der Organisationen.
staff-competencies-search = Name der Organisation enthält
staff-competencies-search-submit = Suchen
# Über den Karten: welche Organisationen diese Seite zeigt.
# Variables:
#   $first (Number) - die Position der ersten Organisation der Seite
#   $last (Number) - die Position der letzten
#   $total (Number) - wie viele Organisationen zur Suche passen
staff-competencies-range = { $total ->
    [1] Eine Organisation
   *[other] Organisationen { $first }–{ $last } von { $total }
}
staff-competencies-none = Noch keine Organisation hat Kompetenzdaten.
# Variables:
#   $search (String) - wonach gesucht wurde
staff-competencies-no-match = Keine Organisation mit „{ $search }“ im Namen.
# Variables:
#   $area (String) - the competency area, e.g. "Cloud Platform"
staff-competency-missing = { $area }: noch fehlende Anforderungen
# Button that saves one organization's requirement status.
staff-save-competency = Speichern

## Staff console: VAT IDs awaiting verification (/staff/vat-ids).

staff-vat-title = USt-IdNrn., die auf Bestätigung warten
staff-vat-intro = Erst eine bestätigte USt-IdNr. führt zur Steuerschuldnerschaft des Leistungsempfängers. Prüfen Sie jede Nummer im nationalen Register (MIAS/VIES) und mit der Adresse der Organisation und bestätigen oder ablehnen Sie sie. Die Administratoren des Partners werden in jedem Fall benachrichtigt.
staff-vat-none = Keine USt-IdNr. wartet auf Bestätigung.
# Buttons on each VAT ID.
staff-vat-verify = Bestätigen
staff-vat-reject = Ablehnen
staff-done-vat-verified = Die USt-IdNr. ist bestätigt; der Partner wurde benachrichtigt. Für seine nächsten Bestellungen gilt, wo zutreffend, die Steuerschuldnerschaft des Leistungsempfängers.
staff-done-vat-rejected = Die USt-IdNr. ist abgelehnt; der Partner wurde benachrichtigt.
# Shown when the partner changed or removed the VAT ID after the page was loaded.
refusal-vat-id-changed = Diese USt-IdNr. wurde geändert oder entfernt, nachdem die Seite geladen wurde. Prüfen Sie die aktuelle.
# Notifications and e-mail after a VAT ID was verified or rejected.
# Variables:
#   $id (String) - the VAT ID
event-vat-id-verified = Ihre USt-IdNr. { $id } ist bestätigt. Ab jetzt gilt auf Ihren Rechnungen, wo zutreffend, die Steuerschuldnerschaft des Leistungsempfängers.
# Variables:
#   $id (String) - the VAT ID
event-vat-id-rejected = Ihre USt-IdNr. { $id } konnte nicht bestätigt werden. Prüfen Sie sie in Ihrem Partnerprofil oder stellen Sie eine Supportanfrage. Bis eine USt-IdNr. bestätigt ist, wird MwSt. berechnet.
# Subject lines of those e-mails.
# Variables:
#   $offer (String) - the VAT ID
mail-subject-vat-id-verified = USt-IdNr. { $offer } bestätigt
# Variables:
#   $offer (String) - the VAT ID
mail-subject-vat-id-rejected = USt-IdNr. { $offer } nicht bestätigt
