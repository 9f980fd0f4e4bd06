# membership-offers: see docs/glossary.md for the terms of each language.

## The partner's Competencies page (seed 002): requirement status per competency
## area, the level held, and the policy exemption notice.

# Introduction of the Competencies page.
competencies-intro = Each competency area shows whether your organization meets its requirements, the level you hold and when it renews.
# Shown when the organization has no competency record yet.
competencies-none = Your organization has no competency yet.
# Introduces the list of requirements still missing.
competency-missing = Still missing:
# A requirement that can be missing.
competency-missing-certified-individuals = Certified individuals
competency-missing-customer-references = Customer references
competency-missing-performance-target = Performance target
competency-missing-technical-assessment = Technical assessment
# Label of the level held (Silver or Gold).
competency-level = Level
# Shown when the organization holds no level in this area.
competency-no-level = You hold no Silver or Gold level in this area.
# The policy exemption notice (seed 002).
competency-exemption = You have been given an exemption from meeting the requirements until your next renewal date.
# Link to the Membership offers page to pay the fee.
competency-pay-fee = Pay the competency fee on the Membership offers page
