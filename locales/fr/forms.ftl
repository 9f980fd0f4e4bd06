# membership-offers: see docs/glossary.md for the terms of each language.

## Messages d’erreur affichés à côté d’un champ de formulaire.

field-required = Veuillez remplir ce champ.
field-too-long = Ce texte est trop long.
field-invalid-characters = Ce champ contient des caractères non autorisés.
field-invalid-email = Saisissez une adresse de messagerie comme nom@example.com.
field-invalid-phone = Saisissez un numéro de téléphone de 6 à 20 chiffres, par exemple +33 1 23 45 67 89.
field-invalid-card-number = Ce numéro de carte n’est pas valide. Vérifiez les chiffres.
field-card-expired = Cette carte est arrivée à expiration.
field-invalid-expiry = Saisissez la date d’expiration au format MM/AA.
field-invalid-cvc = Saisissez les 3 ou 4 chiffres figurant au dos de la carte.
field-invalid-postal-code = Ce code postal ne correspond pas au format du pays.
field-invalid-vat-id = Ce numéro de TVA ne correspond pas au format du pays.

## Pendant l’envoi d’un formulaire.

# Annoncé aux lecteurs d’écran pendant l’envoi d’un formulaire ; ses boutons sont désactivés entre-temps.
form-sending = Envoi en cours…
