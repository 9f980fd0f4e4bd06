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
