# membership-offers: see docs/glossary.md for the terms of each language.

## Le cadre de chaque page : en-tête, navigation, choix de langue, pied de page.

# Le nom du réseau (une marque).
-network-name = Réseau de partenaires
# L’équipe qui répond aux demandes de support, vérifie les numéros de TVA et effectue les annulations.
# En minuscules, avec l’article (masculin) : « le support des partenaires », « au support des partenaires ».
-partner-support = support des partenaires
# Le nom du produit dans l’en-tête et l’onglet du navigateur.
shell-product-name = Offres d’abonnement du { -network-name }
# Titre d’une page dans l’onglet du navigateur.
# Variables:
#   $page (String) - le titre de la page, par exemple « Offres d’abonnement »
shell-page-title = { $page } · { -network-name }
shell-skip-to-content = Aller au contenu
shell-language-label = Langue
shell-footer = { -network-name } · Portail des offres d’abonnement
shell-coming-soon = Cette partie du portail arrive bientôt.

## Navigation

nav-label = Menu principal
nav-menu-toggle = Menu
nav-offers = Offres d’abonnement
nav-competencies = Compétences
nav-invoices = Factures
nav-support = Support
nav-users = Utilisateurs
nav-profile = Profil de partenaire
# Staff console navigation: the queue of support requests across organizations.
nav-staff-requests = Demandes de support
# Staff console navigation: orders awaiting a bank transfer.
nav-staff-transfers = Virements bancaires
# Staff console navigation: VAT IDs awaiting verification.
nav-staff-vat-ids = Numéros de TVA

## Noms des langues, chacun dans sa langue.

lang-name-en = English
lang-name-nl = Nederlands
lang-name-de = Deutsch
lang-name-fr = Français
lang-name-zh = 简体中文

## Page introuvable

not-found-title = Page introuvable
not-found-body = La page demandée n’existe pas ou a été déplacée.
not-found-home-link = Aller aux offres d’abonnement

## Utilisateur connecté

# Affiché dans l’en-tête à la place d’une organisation pour le personnel de support du réseau.
shell-staff = Équipe du { -partner-support }
# Bouton de l’en-tête qui met fin à la session.
shell-sign-out = Se déconnecter

## Country names (the organization's country on the profile, the order review and invoices).

country-nl = Pays-Bas
country-de = Allemagne
country-fr = France
country-be = Belgique
country-at = Autriche
country-gb = Royaume-Uni
country-cn = Chine
country-us = États-Unis

## Pour les traducteurs : affiché tant que LOCALES_RELOAD=1 est défini (développement).

# En bas de chaque page quand un fichier .ftl modifié ne se charge pas ; en dessous, le
# fichier, la ligne et la colonne de l’erreur.
locales-reload-failed = Les traductions modifiées ne se chargent pas : la dernière version chargée reste affichée. Corrigez le fichier ci-dessous, puis actualisez la page.

## Passer d’une page à l’autre d’une longue liste.

# La zone de navigation autour des liens de page.
pager-label = Pages
pager-previous = Page précédente
pager-next = Page suivante
# Variables:
#   $page (Number) - cette page, à partir de 1
#   $pages (Number) - le nombre de pages
pager-position = Page { $page } sur { $pages }
