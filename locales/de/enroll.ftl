# membership-offers: see docs/glossary.md for the terms of each language.

## Dem Netzwerk beitreten (Seed 000: "Jetzt registrieren")

# Seiten- und Schaltflächenname aus den Seeds.
enroll-title = Dem Netzwerk beitreten
enroll-intro = Die Mitgliedschaft im Netzwerk ist kostenlos und muss nicht verlängert werden. Bestätigen Sie die rechtlichen Angaben Ihrer Organisation, um beizutreten; danach können Sie Angebote kaufen.
enroll-accept = Ich bestätige diese Angaben und akzeptiere die Mitgliedschaftsbedingungen des Netzwerks.
enroll-submit = Jetzt registrieren
enroll-already-member = Ihre Organisation ist bereits Mitglied des Netzwerks.
