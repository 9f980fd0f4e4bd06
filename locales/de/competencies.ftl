# membership-offers: see docs/glossary.md for the terms of each language.

## The partner's Competencies page (seed 002): requirement status per competency
## area, the level held, and the policy exemption notice.

# Introduction of the Competencies page.
competencies-intro = Für jeden Kompetenzbereich sehen Sie, ob Ihre Organisation die Anforderungen erfüllt, welches Level Sie haben und wann es verlängert wird.
# Shown when the organization has no competency record yet.
competencies-none = Ihre Organisation hat noch keine Kompetenz.
# Introduces the list of requirements still missing.
competency-missing = Es fehlt noch:
# A requirement that can be missing.
competency-missing-certified-individuals = Zertifizierte Personen
competency-missing-customer-references = Kundenreferenzen
competency-missing-performance-target = Leistungsziel
competency-missing-technical-assessment = Technische Bewertung
# Label of the level held (Silver or Gold).
competency-level = Level
# Shown when the organization holds no level in this area.
competency-no-level = Sie haben in diesem Bereich kein Silver- oder Gold-Level.
# The policy exemption notice (seed 002).
competency-exemption = Sie wurden bis zu Ihrem nächsten Verlängerungsdatum von der Erfüllung der Anforderungen befreit.
# Link to the Membership offers page to pay the fee.
competency-pay-fee = Die Kompetenzgebühr auf der Seite „Mitgliedschaftsangebote“ bezahlen
