# membership-offers: see docs/glossary.md for the terms of each language.

## The partner's Competencies page (seed 002): requirement status per competency
## area, the level held, and the policy exemption notice.

# Introduction of the Competencies page.
competencies-intro = Per competentiegebied ziet u of uw organisatie aan de vereisten voldoet, welk niveau u hebt en wanneer het wordt verlengd.
# Shown when the organization has no competency record yet.
competencies-none = Uw organisatie heeft nog geen competentie.
# Introduces the list of requirements still missing.
competency-missing = Ontbreekt nog:
# A requirement that can be missing.
competency-missing-certified-individuals = Gecertificeerde personen
competency-missing-customer-references = Klantreferenties
competency-missing-performance-target = Prestatiedoel
competency-missing-technical-assessment = Technische beoordeling
# Label of the level held (Silver or Gold).
competency-level = Niveau
# Shown when the organization holds no level in this area.
competency-no-level = U hebt in dit gebied geen Silver- of Gold-niveau.
# The policy exemption notice (seed 002).
competency-exemption = U hebt een uitzondering gekregen op het voldoen aan de vereisten tot uw volgende verlengingsdatum.
# Link to the Membership offers page to pay the fee.
competency-pay-fee = Betaal de competentievergoeding op de pagina Lidmaatschapsaanbiedingen
