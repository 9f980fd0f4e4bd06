# membership-offers: see docs/glossary.md for the terms of each language.

## Angebotsnamen

# Das Jahresabonnement aus den Seeds ("Action Pack-Abonnement").
offer-action-pack = Action Pack-Abonnement
# Name eines Kompetenzangebots.
# Variables:
#   $level (String) - "Silver" oder "Gold" (aus level-silver / level-gold)
#   $area (String) - der Kompetenzbereich, zum Beispiel "Cloud Platform"
offer-competency = { $level }-Kompetenz: { $area }
level-silver = Silver
level-gold = Gold
area-cloud-platform = Cloud Platform
area-cloud-productivity = Cloud Productivity
area-data-analytics = Data Analytics
area-data-platform = Data Platform
area-security = Security
area-application-development = Application Development

## Seite „Mitgliedschaftsangebote“

offers-available-heading = Angebote
# Überschrift der Liste der Angebote, die die Organisation besitzt (Seed-Begriff "Gekauft").
offers-purchased-heading = Gekauft
offers-purchased-empty = Ihre Organisation hat noch keine Angebote gekauft.
offers-benefit-support = Dedizierter Support
offers-benefit-marketing = Marketingressourcen
offers-benefit-planning = Einblicke und Tools für die Geschäftsplanung
offers-benefit-training = Cloudorientierte Schulungen
# Preis auf einer Angebotskachel.
# Variables:
#   $price (String) - der Jahrespreis, bereits formatiert, zum Beispiel "475,00 €"
offers-price-per-year = { $price } pro Jahr
offers-buy = Kaufen
# Schaltfläche aus den Seeds ("Abonnement verlängern").
offers-renew = Abonnement verlängern
# Schaltfläche für eine erloschene Kompetenz, für die eine Richtlinienausnahme gilt.
offers-reactivate = Reaktivieren
offers-view-details = Details anzeigen
offers-requirements-not-met = Anforderungen noch nicht erfüllt
offers-join-first = Treten Sie zuerst dem Netzwerk bei
offers-not-member = Ihre Organisation ist noch kein Mitglied des Netzwerks. Treten Sie dem Netzwerk bei, bevor Sie ein Angebot kaufen.
offers-column-offer = Angebot
offers-column-status = Status
offers-column-purchase-date = Kaufdatum
# Seed 002: In dieser Spalte steht der Jahrestag.
offers-column-renewal-start-date = Startdatum der Verlängerung
offers-column-expiration-date = Ablaufdatum
offers-column-automatic-renewal = Automatische Verlängerung
offers-column-actions = Aktionen
# Banner, solange ein Angebot im Zeitfenster für die Verlängerung ist.
# Variables:
#   $offer (String) - der Name des Angebots
#   $days (Number) - Tage, bis das Zeitfenster endet
#   $date (String) - das Datum, an dem das Zeitfenster endet, formatiert
offers-banner-window-closing =
    { $days ->
        [0] Das Zeitfenster für die Verlängerung Ihres Angebots „{ $offer }“ endet heute ({ $date }).
        [1] Das Zeitfenster für die Verlängerung Ihres Angebots „{ $offer }“ endet morgen ({ $date }).
       *[other] Das Zeitfenster für die Verlängerung Ihres Angebots „{ $offer }“ endet in { $days } Tagen ({ $date }).
    }
# Banner, wenn die automatische Verlängerung deaktiviert ist und das Angebot bald abläuft.
# Variables:
#   $offer (String) - der Name des Angebots
#   $days (Number) - Tage, bis das Angebot abläuft
#   $date (String) - das Ablaufdatum, formatiert
offers-banner-expires-without-auto-renewal =
    { $days ->
        [0] Ihr Angebot „{ $offer }“ läuft heute ({ $date }) ab, und die automatische Verlängerung ist deaktiviert.
        [1] Ihr Angebot „{ $offer }“ läuft morgen ({ $date }) ab, und die automatische Verlängerung ist deaktiviert.
       *[other] Ihr Angebot „{ $offer }“ läuft in { $days } Tagen ({ $date }) ab, und die automatische Verlängerung ist deaktiviert.
    }

## Status

status-active = Aktiv
# Abgelaufen, im 30-tägigen Zeitfenster für die Verlängerung: Die Vorteile bleiben bestehen.
status-in-renewal-window = Im Zeitfenster für die Verlängerung
status-lapsed = Erloschen
status-cancelled = Gekündigt
status-cancellation-requested = Kündigung angefordert
auto-renewal-on = Ein
auto-renewal-off = Aus
competency-requirements = Anforderungen:
# Seed-Begriff für eine Kompetenz, deren Anforderungen erfüllt sind.
competency-status-complete = Abgeschlossen
competency-status-incomplete = Nicht abgeschlossen

## Warum keine Verlängerung möglich ist

# Variables:
#   $date (String) - der erste Tag des Zeitfensters für die Verlängerung, formatiert
renew-not-yet = Sie können ab { $date } verlängern.
# Variables:
#   $date (String) - der letzte Tag des Zeitfensters für die Verlängerung, formatiert
renew-window-closed = Das Zeitfenster für die Verlängerung endete am { $date }.
renew-requirements-not-met = Die Kompetenzanforderungen müssen „Abgeschlossen“ sein, bevor Sie verlängern können.
# Variables:
#   $date (String) - das Datum, an dem die Kündigung angefordert wurde, formatiert
renew-cancellation-requested = Am { $date } wurde eine Kündigung angefordert.
# Variables:
#   $date (String) - das Datum der Kündigung, formatiert
renew-cancelled = Gekündigt am { $date }.

## Angebotsdetails

details-back = Zurück zu den Mitgliedschaftsangeboten
details-price = Preis
details-next-charge = Nächste automatische Abbuchung
# Variables:
#   $date (String) - das Datum der Abbuchung, formatiert
#   $amount (String) - der Betrag einschließlich USt., formatiert
details-next-charge-value = { $amount } am { $date }
details-card = Hinterlegte Karte
details-actions-heading = Aktionen
details-timeline-heading = Zeitachse
# Schaltfläche aus den Seeds ("Automatische Verlängerung deaktivieren").
details-turn-off-auto-renewal = Automatische Verlängerung deaktivieren
# Schaltfläche aus den Seeds ("Abonnement stornieren").
details-cancel-subscription = Abonnement stornieren
# Schaltfläche aus den Seeds ("Rechnung herunterladen").
details-download-invoice = Rechnung herunterladen
details-policy-exception = Für dieses Angebot gilt eine Richtlinienausnahme: Seine Fristen wurden im Rahmen einer Fristverlängerung verschoben, und bis zum nächsten Verlängerungsdatum ist es von den Anforderungen befreit.
# Variables:
#   $date (String) - das Datum, an dem die Kündigung angefordert wurde, formatiert
details-cancellation-requested = Sie haben am { $date } die Kündigung dieses Abonnements angefordert. Der { -partner-support } schließt sie ab; den Stand können Sie unter „Support“ verfolgen.
details-auto-renewal-off = Die automatische Verlängerung ist deaktiviert. Sie können sie nach Ihrer nächsten Verlängerung wieder aktivieren.
# Variables:
#   $date (String) - das Datum der Erinnerung, formatiert
details-auto-renewal-off-reminder = Die automatische Verlängerung ist deaktiviert. Sie können sie nach Ihrer nächsten Verlängerung wieder aktivieren. Wir erinnern Sie am { $date } daran.
details-done-auto-renewal-off = Die automatische Verlängerung ist jetzt deaktiviert.
details-done-cancellation-requested = Ihre Kündigungsanfrage wurde an den { -partner-support } gesendet.
timeline-purchased = Gekauft
timeline-reminder-before = Erinnerung: läuft in 15 Tagen ab
timeline-anniversary = Jahrestag und Ablaufdatum
timeline-window-opens = Beginn des Zeitfensters für die Verlängerung
timeline-reminder-after = Erinnerung: Zeitfenster für die Verlängerung endet bald
timeline-window-closes = Ende des Zeitfensters für die Verlängerung
timeline-loses-benefits = Ende der Vorteile ohne Verlängerung
timeline-automatic-charge = Abbuchung von der Karte durch die automatische Verlängerung

## Automatische Verlängerung deaktivieren

auto-renewal-off-title = Automatische Verlängerung deaktivieren?
# Variables:
#   $offer (String) - der Name des Angebots
#   $date (String) - der Jahrestag (das Ablaufdatum), formatiert
auto-renewal-off-explanation = Ihr Angebot „{ $offer }“ wird am { $date } nicht automatisch verlängert. Verlängern Sie es innerhalb des Zeitfensters für die Verlängerung selbst, um seine Vorteile zu behalten.
auto-renewal-off-lock = Nach dem Deaktivieren können Sie die automatische Verlängerung erst nach Ihrer nächsten manuellen Verlängerung wieder aktivieren. Wir erinnern Sie, bevor das Angebot abläuft.
auto-renewal-off-keep = Automatische Verlängerung beibehalten

## Ein Abonnement kündigen (eine Supportanfrage, Seed 000)

cancel-title = Abonnement stornieren
cancel-intro = Kündigungen werden vom { -partner-support } bearbeitet. Senden Sie diese Supportanfrage; den Stand können Sie unter „Support“ verfolgen.
cancel-category = Kategorie
cancel-problem-type = Problemtyp
cancel-subscription = Abonnement
cancel-description = Beschreibung
# Vorausgefüllter Text der Kündigungsanfrage.
# Variables:
#   $offer (String) - der Name des Angebots
cancel-description-prefill = Bitte kündigen Sie unser Angebot „{ $offer }“.
cancel-submit = Senden
cancel-back = Zurück zum Angebot
# Heading of what a cancellation takes away, shown before the request is sent.
cancel-loses-heading = Was Sie verlieren, und ab wann
# Said before the list of the benefits a cancellation ends, when the current term
# runs on after today. Variables:
#   $offer (String) - the offer's name
#   $end (String) - the day after the current term's anniversary date: when a cancellation at the end of the term takes effect
#   $now (String) - today: when a cancellation now takes effect
cancel-loses-benefits-on = Die Vorteile von „{ $offer }“ enden, wenn die Kündigung wirksam wird: am { $end } zum Ende der aktuellen Laufzeit oder heute, am { $now }, wenn Sie die sofortige Kündigung wählen.
# Said before the list of the benefits a cancellation ends, when the current term
# has already ended (the renewal window): either choice takes effect today. Variables:
#   $offer (String) - the offer's name
#   $date (String) - today
cancel-loses-benefits-today = Die Vorteile von „{ $offer }“ enden, wenn die Kündigung wirksam wird: heute, am { $date }.
# Only for a competency. Variables:
#   $offer (String) - the competency's name, e.g. "Silver competency: Cloud Platform"
cancel-loses-competency = Ab diesem Tag hat Ihre Organisation die { $offer } nicht mehr.
# What a cancellation does to automatic renewal.
cancel-loses-auto-renewal = Die automatische Verlängerung wird deaktiviert: Ihre Karte wird nicht mehr automatisch belastet.
# Who completes the cancellation.
cancel-staff-completes = Der { -partner-support } schließt die Kündigung ab und bestätigt den Tag; Sie werden hier und per E-Mail benachrichtigt.
# Choice of when the cancellation takes effect. Variables:
#   $date (String) - the day after the current term's anniversary date
cancel-effect-end-of-term-on = Zum Ende der aktuellen Laufzeit, am { $date }
# Choice of when the cancellation takes effect. Variables:
#   $date (String) - today
cancel-effect-now-on = Sofort, am { $date }
# The subject prefilled on the cancellation request. Variables:
#   $offer (String) - the offer's name
cancel-subject-prefill = „{ $offer }“ kündigen
# Support-Kategorie aus Seed 000.
support-category-partner-center = Probleme mit dem Partner Center melden
# Problemtyp für den Support aus Seed 000.
support-problem-invoice-payment = Hilfe bei Partnerrechnung, Zahlung oder Kontenabstimmungsdatei

# Variables:
#   $date (String) - das Datum, an dem die Vorteile endeten, formatiert
refusal-lapsed = Dieses Abonnement ist am { $date } abgelaufen.
refusal-auto-renewal-already-off = Die automatische Verlängerung ist bereits deaktiviert.
refusal-auto-renewal-already-on = Die automatische Verlängerung ist bereits aktiviert.
refusal-no-card-on-file = Für die automatische Verlängerung muss eine Karte hinterlegt sein. Verlängern Sie per Kreditkarte, um sie zu aktivieren.
# Variables:
#   $date (String) - der letzte Tag des Verlängerungszeitraums, formatiert
refusal-auto-renewal-charges-declined = Die automatische Verlängerung bleibt deaktiviert: Die Karte wurde in diesem Zeitraum bei jedem Versuch abgelehnt. Verlängern Sie selbst bis zum { $date }; beim Kauf können Sie die automatische Verlängerung für das nächste Jahr aktiviert lassen.
offers-buy-again = Erneut kaufen
details-turn-on-auto-renewal = Automatische Verlängerung aktivieren
details-done-auto-renewal-on = Die automatische Verlängerung ist jetzt aktiviert.
details-calendar = Diese Termine in Ihren Kalender übernehmen (.ics)
status-awaiting-payment = Verlängerung wartet auf Zahlung
status-purchase-awaiting-payment = Kauf wartet auf Zahlung
renew-awaiting-transfer = Für dieses Angebot wird bis zum { $date } eine Überweisung erwartet.
cycle-awaiting-transfer = Verlängerung wartet auf Zahlung: Die Vorteile bleiben bis zum { $date } erhalten, dem Fälligkeitsdatum der Überweisung.
refusal-transfer-not-awaited = Für diese Bestellung wird keine Überweisung mehr erwartet.
refusal-transfer-amount = Der erhaltene Betrag muss genau dem Rechnungsbetrag von { $amount } entsprechen. Teil- und Überzahlungen werden nicht angenommen.
refusal-transfer-date = Der Tag des Zahlungseingangs muss zwischen dem { $date } und heute liegen.
