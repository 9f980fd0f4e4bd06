# membership-offers: see docs/glossary.md for the terms of each language.

## Die Erklärung zur Barrierefreiheit (/accessibility), verlinkt in der Fußzeile jeder Seite.

# Link in der Fußzeile zur Erklärung und Überschrift der Seite.
a11y-title = Barrierefreiheit
# Erster Absatz der Erklärung.
a11y-intro = Das { -network-name } möchte, dass alle, die für einen Partner arbeiten, dieses Portal nutzen können: mit Tastatur, Screenreader oder Bildschirmlupe, auf dem Smartphone oder am Computer.
a11y-standard-heading = Der Standard, den wir anstreben
a11y-standard = Dieses Portal soll die Web Content Accessibility Guidelines (WCAG) 2.2 auf Stufe AA erfüllen. Es erfüllt sie teilweise: Die uns bekannten Einschränkungen stehen unten.
a11y-testing-heading = Wie es geprüft wird
# Die Prüfungen laufen bei jeder Freigabe; „axe-core“ und „Nu HTML Checker“ sind Produktnamen.
a11y-testing-axe = Jede Seite wird in allen fünf Sprachen, angemeldet und abgemeldet, mit axe-core nach den Regeln von WCAG 2.2 A und AA geprüft, in Desktop- und in Smartphone-Breite.
a11y-testing-html = Jede Seite wird mit dem Nu HTML Checker des W3C geprüft.
a11y-testing-keyboard = Browsertests erledigen die wichtigsten Aufgaben nur mit der Tastatur: Anmelden, Verlängern per Kreditkarte, automatische Verlängerung deaktivieren, Kündigung beantragen und Rechnung herunterladen.
a11y-testing-phone = Auf einem Smartphone-Bildschirm scrollt nichts seitlich, und jede Aufgabe funktioniert auch ohne JavaScript.
a11y-limits-heading = Bekannte Einschränkungen
a11y-limit-colors = Das Portal hat nur ein helles Farbschema. Bei erzwungenen Farben (etwa dem Kontrastmodus von Windows) behalten Status ihren Rahmen, sodass keiner nur durch Farbe erkennbar ist.
a11y-limit-pdf = Die PDF-Dateien von Rechnungen und Gutschriften sind nicht getaggt: Ein Screenreader liest ihren Text, aber nicht ihr Layout. Dieselben Beträge stehen auf der Seite Rechnungen und im CSV-Export.
a11y-limit-manual = Das Portal wurde noch nicht von Menschen getestet, die täglich assistive Technologien nutzen.
a11y-contact-heading = Rückmeldung
a11y-contact = Wenn etwas in diesem Portal schwer zu bedienen ist, teilen Sie es bitte dem { -partner-support } über Support mit, oder bitten Sie einen Administrator Ihrer Organisation darum.
