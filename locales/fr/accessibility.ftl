# membership-offers: see docs/glossary.md for the terms of each language.

## La déclaration d’accessibilité (/accessibility), liée depuis le pied de chaque page.

# Lien du pied de page vers la déclaration, et titre de la page.
a11y-title = Accessibilité
# Premier paragraphe de la déclaration.
a11y-intro = Le { -network-name } veut que toute personne qui travaille pour un partenaire puisse utiliser ce portail : au clavier, avec un lecteur d’écran ou une loupe, sur un téléphone ou un ordinateur.
a11y-standard-heading = La norme visée
a11y-standard = Ce portail vise la conformité aux Règles pour l’accessibilité des contenus Web (WCAG) 2.2, niveau AA. Il est partiellement conforme : les limites connues sont indiquées ci-dessous.
a11y-testing-heading = Comment il est testé
# Les contrôles sont faits à chaque version ; « axe-core » et « Nu HTML Checker » sont des noms de produits.
a11y-testing-axe = Chaque page, dans les cinq langues, connecté ou non, est contrôlée avec axe-core selon les règles WCAG 2.2 A et AA, en largeur d’ordinateur et de téléphone.
a11y-testing-html = Chaque page est contrôlée avec le Nu HTML Checker du W3C.
a11y-testing-keyboard = Des tests dans le navigateur effectuent les tâches principales au clavier seul : se connecter, renouveler par carte, désactiver le renouvellement automatique, demander une annulation et télécharger une facture.
a11y-testing-phone = Sur un écran de téléphone, rien ne défile horizontalement, et chaque tâche fonctionne aussi sans JavaScript.
a11y-limits-heading = Limites connues
a11y-limit-colors = Le portail n’a qu’un thème clair. En mode couleurs forcées (comme le contraste élevé de Windows), les statuts gardent une bordure : aucun n’est indiqué par la seule couleur.
a11y-limit-pdf = Les PDF des factures et des avoirs ne sont pas balisés : un lecteur d’écran lit leur texte, mais pas leur mise en page. Les mêmes montants figurent sur la page Factures et dans l’export CSV.
a11y-limit-manual = Le portail n’a pas encore été testé par des personnes qui utilisent chaque jour des technologies d’assistance.
a11y-contact-heading = Vos remarques
a11y-contact = Si quelque chose dans ce portail est difficile à utiliser, signalez-le au { -partner-support } depuis Support, ou demandez à un administrateur de votre organisation de le faire.
