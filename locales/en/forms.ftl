# membership-offers: see docs/glossary.md for the terms of each language.

## Errors shown beside a form field.

field-required = Please fill in this field.
field-too-long = This is too long.
field-invalid-characters = This contains characters that are not allowed.
field-invalid-email = Enter an e-mail address like name@example.com.
field-invalid-phone = Enter a phone number with 6 to 20 digits, for example +31 20 123 4567.
field-invalid-card-number = This card number is not valid. Check the digits.
field-card-expired = This card has expired.
field-invalid-expiry = Enter the expiry date as MM/YY.
field-invalid-cvc = Enter the 3 or 4 digits on the back of the card.
field-invalid-postal-code = This postal code does not match the country’s format.
field-invalid-vat-id = This VAT ID does not match the country’s format.

## While a form is being sent.

# Announced to screen readers while a form is being sent; its buttons are disabled meanwhile.
form-sending = Sending…
