# membership-offers: see docs/glossary.md for the terms of each language.

## Partner profile (seed term "Partner profile")

profile-partner-id = Partner ID
profile-country = Country
profile-membership = Network membership
profile-member = Member
profile-not-member = Not a member yet
profile-legal-name = Legal name
profile-address-line1 = Address
profile-address-line2 = Address (second line, optional)
profile-postal-code = Postal code
profile-city = City
profile-vat-id = VAT ID
profile-vat-id-hint = Optional. With the country code, for example NL123456782B01.
profile-preferred-language = Preferred language
profile-save = Save
# Shown when the partner came from the order review and will return to it.
profile-save-and-return = Save and return to the order
profile-saved = The partner profile was saved.

## Whether the stored VAT ID is verified, shown under the field. Only a verified VAT ID
## gives reverse charge (0 % VAT) on orders from another EU country.

# Variables:
#   $date (String) - the day it was verified, formatted
profile-vat-verified = Verified on { $date }.
profile-vat-unverified = Awaiting verification by { -partner-support }. Until it is verified, VAT is charged on your orders.
# Variables:
#   $date (String) - the day Partner Support rejected it, formatted
profile-vat-rejected = Not verified: on { $date } { -partner-support } could not confirm this VAT ID. Check the number, or open a support request. VAT is charged on your orders until a VAT ID is verified.
