# membership-offers: see docs/glossary.md for the terms of each language.

## Profil de partenaire (terme des seeds « Profil de partenaire »)

profile-partner-id = ID de partenaire
profile-country = Pays
profile-membership = Adhésion au réseau
profile-member = Membre
profile-not-member = Pas encore membre
profile-legal-name = Raison sociale
profile-address-line1 = Adresse
profile-address-line2 = Complément d’adresse (facultatif)
profile-postal-code = Code postal
profile-city = Ville
profile-vat-id = Numéro de TVA
profile-vat-id-hint = Facultatif. Avec le code pays, par exemple FR83404833048.
profile-preferred-language = Langue préférée
profile-save = Enregistrer
# Affiché lorsque le partenaire vient de l’étape de vérification de la commande et y retournera.
profile-save-and-return = Enregistrer et revenir à la commande
profile-saved = Le profil de partenaire a été enregistré.

## Whether the stored VAT ID is verified, shown under the field. Only a verified VAT ID
## gives reverse charge (0 % VAT) on orders from another EU country.

# Variables:
#   $date (String) - the day it was verified, formatted
profile-vat-verified = Vérifié le { $date }.
profile-vat-unverified = En attente de vérification par le { -partner-support }. Tant qu’il n’est pas vérifié, la TVA est facturée sur vos commandes.
# Variables:
#   $date (String) - the day Partner Support rejected it, formatted
profile-vat-rejected = Non vérifié : le { $date }, le { -partner-support } n’a pas pu confirmer ce numéro de TVA. Vérifiez le numéro ou ouvrez une demande de support. La TVA est facturée tant qu’aucun numéro de TVA n’est vérifié.
