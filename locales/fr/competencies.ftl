# membership-offers: see docs/glossary.md for the terms of each language.

## The partner's Competencies page (seed 002): requirement status per competency
## area, the level held, and the policy exemption notice.

# Introduction of the Competencies page.
competencies-intro = Pour chaque domaine de compétence, vous voyez si votre organisation remplit les exigences, le niveau que vous détenez et sa date de renouvellement.
# Shown when the organization has no competency record yet.
competencies-none = Votre organisation n’a encore aucune compétence.
# Introduces the list of requirements still missing.
competency-missing = Il manque encore :
# A requirement that can be missing.
competency-missing-certified-individuals = Personnes certifiées
competency-missing-customer-references = Références clients
competency-missing-performance-target = Objectif de performance
competency-missing-technical-assessment = Évaluation technique
# Label of the level held (Silver or Gold).
competency-level = Niveau
# Shown when the organization holds no level in this area.
competency-no-level = Vous ne détenez aucun niveau Silver ou Gold dans ce domaine.
# The policy exemption notice (seed 002).
competency-exemption = Vous avez obtenu une exemption des exigences jusqu’à votre prochaine date de renouvellement.
# Link to the Membership offers page to pay the fee.
competency-pay-fee = Payer les frais de compétence sur la page Offres d’abonnement
