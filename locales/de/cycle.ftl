# membership-offers: see docs/glossary.md for the terms of each language.

## Der Jahreszyklus: Benachrichtigungen im Portal und per E-Mail, die Statuszeile
## eines Abonnements und der Kalenderexport.

decline-reason-card-declined = Die Karte wurde abgelehnt.
decline-reason-insufficient-funds = Die Karte wurde wegen unzureichender Deckung abgelehnt.

event-order-placed = Die Bestellung { $number } für „{ $offer }“ ist bestätigt: Ihre Karte wurde mit { $amount } belastet. Das neue Jahrestagsdatum ist der { $date }.
event-order-awaiting-transfer = Die Bestellung { $number } für „{ $offer }“ wartet auf Ihre Überweisung von { $amount } mit dem Verwendungszweck { $reference } bis zum { $date }.
event-automatic-renewal-charged = „{ $offer }“ wurde automatisch verlängert: Ihre Karte wurde mit { $amount } belastet. Das neue Jahrestagsdatum ist der { $date }.
event-automatic-renewal-declined = „{ $offer }“ konnte nicht automatisch verlängert werden: { $reason } Wir versuchen es am { $date } erneut mit Ihrer Karte.
event-automatic-renewal-stopped = „{ $offer }“ konnte nicht automatisch verlängert werden: { $reason } Nach drei Versuchen ist die automatische Verlängerung jetzt deaktiviert. Verlängern Sie selbst bis zum { $date }, um die Vorteile zu behalten.
event-renew-by-hand = Die automatische Verlängerung von „{ $offer }“ ist aktiviert, aber es ist keine Karte hinterlegt, die belastet werden kann. Verlängern Sie selbst bis zum { $date }, um die Vorteile zu behalten.
event-charge-soon = „{ $offer }“ wird am { $date } automatisch verlängert: Wir buchen { $amount } von { $card } ab.
event-expires-soon = „{ $offer }“ läuft am { $date } ab, und die automatische Verlängerung ist deaktiviert. Verlängern Sie zwischen dem { $opens } und dem { $closes }, um die Vorteile zu behalten.
event-window-closing = „{ $offer }“ ist abgelaufen und noch nicht verlängert. Verlängern Sie bis zum { $date }, sonst enden die Vorteile.
event-lapsed = „{ $offer }“ ist am { $date } erloschen: Die Vorteile sind beendet. Sie können das Angebot auf der Seite „Mitgliedschaftsangebote“ erneut kaufen.

## Betreffzeilen der E-Mails

mail-subject-order-placed = Ihre Bestellung für „{ $offer }“ ist bestätigt
mail-subject-order-awaiting-transfer = Ihre Bestellung für „{ $offer }“ wartet auf Ihre Überweisung
mail-subject-automatic-renewal-charged = „{ $offer }“ wurde automatisch verlängert
mail-subject-automatic-renewal-declined = Automatische Verlängerung von „{ $offer }“ fehlgeschlagen
mail-subject-automatic-renewal-stopped = Verlängern Sie „{ $offer }“ selbst: Die automatische Verlängerung ist fehlgeschlagen
mail-subject-renew-by-hand = Verlängern Sie „{ $offer }“ selbst: Keine Karte hinterlegt
mail-subject-charge-soon = „{ $offer }“ wird bald automatisch verlängert
mail-subject-expires-soon = „{ $offer }“ läuft bald ab
mail-subject-window-closing = Letzte Tage, um „{ $offer }“ zu verlängern
mail-subject-lapsed = „{ $offer }“ ist erloschen

## Text der E-Mails

mail-greeting = Guten Tag,
mail-invoice-attached = Die Rechnung { $number } ist als PDF angehängt.
mail-open-details = Das Abonnement im Portal ansehen:
mail-signature = Mitgliedschaftsangebote des { -network-name }
mail-why = Sie erhalten diese E-Mail, weil Sie globaler Administrator oder MPN-Partneradministrator Ihrer Organisation sind oder die Bestellung aufgegeben haben.

## Statuszeile eines Abonnements

cycle-renews-automatically = Wird am { $date } automatisch verlängert: { $card } wird mit { $amount } belastet.
cycle-no-card-before = Die automatische Verlängerung ist aktiviert, aber es ist keine Karte hinterlegt: Verlängern Sie selbst zwischen dem { $opens } und dem { $closes }.
cycle-auto-off-before = Die automatische Verlängerung ist deaktiviert: Verlängern Sie selbst zwischen dem { $opens } und dem { $closes }.
cycle-awaiting-automatic-renewal = Automatische Verlängerung ausstehend: { $card } wird ab dem { $date } belastet.
cycle-automatic-renewal-failed = Die automatische Verlängerung ist fehlgeschlagen: { $reason } Nächster Versuch am { $date }.
cycle-automatic-renewal-stopped = Die automatische Verlängerung ist dreimal fehlgeschlagen und deaktiviert: { $reason } Verlängern Sie selbst bis zum { $date }.
cycle-no-card-window = Keine Karte für die automatische Verlängerung hinterlegt: Verlängern Sie selbst bis zum { $date }.
cycle-renew-by = Verlängern Sie bis zum { $date }, um die Vorteile zu behalten.
cycle-lapsed = Am { $date } erloschen: Die Vorteile sind beendet.

## Kalenderexport

calendar-event-summary = { $offer }: { $event }
calendar-event-description = Das Abonnement im Portal ansehen: { $link }
# Variables:
#   $offer (String) - the offer's name
calendar-file-name = { $offer } – Termine.ics

## Überweisungen

event-transfer-received = Wir haben Ihre Überweisung von { $amount } für die Bestellung { $number } („{ $offer }“) erhalten. Das Jahrestagsdatum ist der { $date }.
event-transfer-due-soon = Die Bestellung { $number } („{ $offer }“) wartet noch auf Ihre Überweisung von { $amount } mit dem Verwendungszweck { $reference }. Sie muss bis zum { $date } eingehen, sonst wird die Bestellung storniert.
event-transfer-cancelled = Ihre Überweisung für die Bestellung { $number } („{ $offer }“) ist nicht eingegangen: Die Bestellung ist storniert, und die Gutschrift { $credit } schreibt die Rechnung gut.
mail-subject-transfer-received = Überweisung für „{ $offer }“ erhalten
mail-subject-transfer-due-soon = Ihre Überweisung für „{ $offer }“ ist bald fällig
mail-subject-transfer-cancelled = Bestellung für „{ $offer }“ storniert: Überweisung nicht erhalten
