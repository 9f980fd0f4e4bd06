# membership-offers: see docs/glossary.md for the terms of each language.

## Rejoindre le réseau (seed 000 : « S’inscrire maintenant »)

# Nom de la page et du bouton des seeds.
enroll-title = Rejoindre le réseau
enroll-intro = L’adhésion au réseau est gratuite et ne nécessite aucun renouvellement. Confirmez les informations légales de votre organisation pour adhérer ; vous pourrez ensuite acheter des offres.
enroll-accept = Je confirme ces informations et j’accepte les conditions d’adhésion du réseau.
enroll-submit = S’inscrire maintenant
enroll-already-member = Votre organisation est déjà membre du réseau.
